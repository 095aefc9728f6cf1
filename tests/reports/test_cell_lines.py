"""Plain cell text breaks into the lines ReportLab would break it into (styles.PlainParagraph does it
itself, faster): the same words on each line, the same spare width, the same height. A text of one
line against ReportLab's loop for one run; a text of several lines against what the markup parser
and ReportLab made of it before."""
from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph

from kehoach_desktop.reports.styles import PlainParagraph, esc, para
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


def lines_of_text() -> list[str]:
    """Cell texts of several lines, as the plan tables make them ("…\n(Tiêu chí 1.3)"), with blank
    lines, spaces around the breaks and breaks at either end."""
    words = " ".join(cell_texts()).split()
    rng = random.Random(11)
    texts = ["Tiêu chí 1.6. Quản lý hành chính, tài chính và tài sản\n(Mức 2 → Mức 3)", "A\nB", "A\n\nB", "\nA",
             "A\n", "A\n\n", " A \n B ", "x" * 150 + "\nB", "Hiệu trưởng\r\nPhó Hiệu trưởng"]
    for _ in range(400):
        parts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(1, 4))]
        text = rng.choice(["\n", "\n\n", " \n", "\n ", "\r\n", "\n  \n"]).join(parts)
        texts.append(rng.choice(["", "\n"]) + text + rng.choice(["", "", "\n", "\n\n"]))
    return [t for t in texts if t.strip() and not set(t) & set("&<>")]


def printed_lines(paragraph: Paragraph) -> list[tuple[float, str]]:
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [(spare, " ".join(words)) for spare, words in lines]
    return [(line.extraSpace, "".join(run.text for run in line.words)) for line in lines]


@pytest.mark.parametrize("style", ["cell", "cell_centre", "cell_bold", "cell_head"])
def test_lines_of_text_break_as_the_markup_parsers_runs_broke(style):
    fast = 0
    for text in lines_of_text():
        for width in (20.0, 57.3, 113.4, 420.0):
            ours = para(text, style)
            theirs = Paragraph(esc(text), ours.style)          # what every such cell was before
            assert ours.wrap(width, 1e6) == theirs.wrap(width, 1e6)
            assert printed_lines(ours) == printed_lines(theirs)
            assert (ours._width_max, ours.text) == (theirs._width_max, theirs.text)
            fast += ours.blPara.kind == 0
    assert fast > 1000        # most went through PlainParagraph's own loop, not the parser


def test_justified_lines_of_text_are_left_to_reportlab():
    # it does not stretch a line that ends at a line break: a loop that did would print them wider
    assert type(para("Một\nHai ba", "body")) is Paragraph
