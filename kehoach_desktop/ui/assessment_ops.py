"""The window's self-assessment actions: council, evidence register, report texts, priority problems,
next year's assessment, and the three papers (Biểu 1, Danh mục minh chứng, council papers)."""
from __future__ import annotations


class AssessmentOps:
    def __init__(self, window) -> None:
        self.window = window
