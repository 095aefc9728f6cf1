"""English for the refusals ``InputError`` carries: Vietnamese template → English template.

The keys are the templates exactly as written where the error is raised (the message id); the
placeholders keep their names. tests/domain/test_error_messages.py finds every template in the
code and fails when one has no English here, or when an English entry's placeholders differ.
"""
from __future__ import annotations

ENGLISH: dict[str, str] = {
}
