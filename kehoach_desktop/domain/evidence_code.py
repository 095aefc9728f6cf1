"""Evidence-code formats as a small declared grammar, never a user-supplied regular expression.

A catalog says what an evidence code looks like with a *template*: literal characters and
digit placeholders, e.g. ``[H{n}-{n}.{n}-{nn}]`` for Công văn 5932's ``[H1-1.9-01]``:

* ``{n}`` — one or more digits;
* ``{nn}``, ``{nnn}`` … (up to six ``n``) — exactly that many digits.

The program compiles it into a left-to-right check without backtracking: a variable run of
digits may not be followed by more digits (another placeholder or a literal starting with a
digit), so taking every digit is always the right choice and a check costs one pass over the
code. A catalog's regular expression could take minutes on a crafted pattern; this cannot.

Older catalogs carried a ``pattern`` (a regex); :func:`template_from_pattern` accepts one only
when it is made of escaped literals, ``\\d+`` and ``\\d{k}`` — the shapes catalogs used.
"""
from __future__ import annotations

from dataclasses import dataclass

DIGITS = frozenset("0123456789")

#: characters a template may use literally (no braces: they open placeholders)
LITERAL_PUNCTUATION = frozenset("[]().-_/:#")
MAX_TEMPLATE_CHARS = 40
MAX_FIXED_DIGITS = 6
#: longest evidence code checked at all (a template's codes are far shorter)
MAX_CODE_CHARS = 100

VARIABLE = 0        # a token (kind, value): (VARIABLE, 0) one or more digits
FIXED = 1           # (FIXED, k): exactly k digits
LITERAL = 2         # (LITERAL, "text")


class TemplateError(ValueError):
    """A template or legacy pattern the program does not accept; ``reason`` says why (English, for logs)."""


def _literal_char(ch: str) -> bool:
    return ch.isalnum() or ch in LITERAL_PUNCTUATION


@dataclass(frozen=True)
class EvidenceTemplate:
    """A compiled evidence-code template: ``matches`` runs in time linear in the code."""

    template: str
    tokens: tuple[tuple[int, object], ...]

    def matches(self, text: str) -> bool:
        if len(text) > MAX_CODE_CHARS:
            return False
        pos = 0
        for kind, value in self.tokens:
            if kind == LITERAL:
                assert isinstance(value, str)
                if not text.startswith(value, pos):
                    return False
                pos += len(value)
            elif kind == FIXED:
                assert isinstance(value, int)
                run = text[pos:pos + value]
                if len(run) != value or not set(run) <= DIGITS:
                    return False
                pos += value
            else:
                start = pos
                while pos < len(text) and text[pos] in DIGITS:
                    pos += 1
                if pos == start:
                    return False
        return pos == len(text)


def compile_template(template: str) -> EvidenceTemplate:
    """The template checked and compiled; TemplateError if it is not in the grammar above."""
    if not template or len(template) > MAX_TEMPLATE_CHARS:
        raise TemplateError("empty or too long")
    tokens: list[tuple[int, object]] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "{":
            end = template.find("}", i)
            name = template[i + 1:end] if end > i else ""
            if not name or set(name) != {"n"} or len(name) > MAX_FIXED_DIGITS:
                raise TemplateError("unknown placeholder")
            tokens.append((VARIABLE, 0) if name == "n" else (FIXED, len(name)))
            i = end + 1
        elif _literal_char(ch):
            if tokens and tokens[-1][0] == LITERAL:
                tokens[-1] = (LITERAL, str(tokens[-1][1]) + ch)
            else:
                tokens.append((LITERAL, ch))
            i += 1
        else:
            raise TemplateError("character not allowed")
    for (kind, _), (next_kind, next_value) in zip(tokens, tokens[1:]):
        digit_next = next_kind != LITERAL or str(next_value)[0] in DIGITS
        if kind == VARIABLE and digit_next:
            raise TemplateError("digits right after {n} are ambiguous")
    return EvidenceTemplate(template, tuple(tokens))


def template_from_pattern(pattern: str) -> str:
    """The template a legacy regex ``pattern`` means, if it has one of the known safe shapes.

    Accepted: optional ``^`` and ``$`` around a sequence of ``\\d+``, ``\\d{k}`` (2 ≤ k ≤ 6),
    backslash-escaped punctuation and plain letters, digits, ``-``, ``_``, ``/``, ``:`` and ``#``.
    Anything else (groups, alternation, ``.``, ``*``, flags …) raises TemplateError.
    """
    body = pattern[1:] if pattern.startswith("^") else pattern
    if body.endswith("$") and not body.endswith("\\$"):
        body = body[:-1]
    out: list[str] = []
    i = 0
    while i < len(body):
        if body.startswith("\\d+", i):
            out.append("{n}")
            i += 3
        elif body.startswith("\\d{", i):
            end = body.find("}", i)
            count = body[i + 3:end] if end > i else ""
            if not count.isdigit() or not 2 <= int(count) <= MAX_FIXED_DIGITS:
                raise TemplateError("unsupported repetition")
            out.append("{" + "n" * int(count) + "}")
            i = end + 1
        elif body[i] == "\\" and i + 1 < len(body) and body[i + 1] in LITERAL_PUNCTUATION:
            out.append(body[i + 1])
            i += 2
        elif body[i].isalnum() or body[i] in "-_/:#":
            out.append(body[i])
            i += 1
        else:
            raise TemplateError("not a known safe shape")
    template = "".join(out)
    compile_template(template)
    return template
