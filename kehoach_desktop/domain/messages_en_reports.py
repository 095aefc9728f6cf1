"""English for the self-assessment's reports messages (see messages_en_assessment); messages_en.ENGLISH takes these in."""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    "Chưa có danh sách Hội đồng tự đánh giá năm học {school_year}.":
        "The self-assessment council of {school_year} has no members yet.",
    "Chưa in được danh sách Hội đồng tự đánh giá: {problems}":
        "The self-assessment council's papers cannot be printed yet: {problems}",
}
