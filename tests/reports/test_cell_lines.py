"""Plain cell text breaks into the lines ReportLab would break it into (styles.PlainParagraph does it
itself, faster): the same words on each line, the same spare width, the same height."""
from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph

from kehoach_desktop.reports.styles import PlainParagraph, para
from kehoach_desktop.store.demo import demo_data


def cell_texts() -> list[str]:
    texts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
    walk(demo_data())
    words = " ".join(texts).split()
    rng = random.Random(7)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    texts += ["a" * 120, "x " * 90, "Đạt  mức   3", "  hai đầu  ", "1\u00a02 3 4\u00a05", "mềm\u00admại " * 12]
    return [t for t in texts if t.strip() and "\n" not in t]


@pytest.mark.parametrize("style", ["cell", "cell_centre", "cell_bold", "cell_head", "body", "bullet"])
def test_plain_text_breaks_into_the_lines_reportlab_breaks_it_into(style):
    checked = 0
    for text in cell_texts():
        for width in (25.0, 57.3, 113.4, 420.0):
            ours = para(text, style)
            assert type(ours) is PlainParagraph
            theirs = Paragraph(ours.text, ours.style, frags=[ours.frags[0].clone()])
            assert ours.wrap(width, 1e6) == theirs.wrap(width, 1e6)
            assert ours.blPara.kind == theirs.blPara.kind == 0
            assert [(spare, list(words)) for spare, words in ours.blPara.lines] == \
                [(spare, list(words)) for spare, words in theirs.blPara.lines]
            assert ours.blPara.__dict__.keys() == theirs.blPara.__dict__.keys()
            checked += 1
    assert checked > 1000
