"""English for the self-assessment's cli messages (see messages_en_assessment); messages_en.ENGLISH takes these in."""
from __future__ import annotations

MESSAGES: dict[str, str] = {
}
