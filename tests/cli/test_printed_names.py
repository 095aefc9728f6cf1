"""A school name made to fool the terminal prints as one harmless line."""
from __future__ import annotations

from kehoach_desktop.cli import main
from kehoach_desktop.commands.text import shown
from kehoach_desktop.domain.plan import School
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file

HOSTILE = "Trường\x1b[2J THCS\x9b31m Hòa Bình\nTổng cộng: 0\r\x07"


def named(path, name: str):
    """The name written into the file as another program might have (the store itself cleans it)."""
    db = open_school_file(path)
    try:
        if plans.get_school(db) is None:
            plans.save_school(db, School(name="x", code="79760101", level="thcs"))
        db.execute("UPDATE school SET name = ? WHERE id = 1", [name])
    finally:
        db.close()
    return path


def test_the_store_itself_keeps_a_name_on_one_harmless_line(demo_file):
    db = open_school_file(demo_file)
    try:
        school = plans.get_school(db)
        school.name = HOSTILE
        plans.save_school(db, school)
        assert plans.get_school(db).name == "Trường THCS Hòa Bình Tổng cộng: 0"   # as the terminal shows it
    finally:
        db.close()


def test_a_school_name_with_escapes_and_a_fake_total_is_printed_on_one_line(demo_file, capsys):
    named(demo_file, HOSTILE)

    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out

    assert "\x1b" not in out and "\x9b" not in out and "\r" not in out and "\x07" not in out
    assert not any(line.startswith("Tổng cộng") for line in out.splitlines())
    school_line = next(line for line in out.splitlines() if line.startswith("Trường:"))
    assert "Hòa Bình Tổng cộng: 0" in school_line


def test_the_plan_heading_and_the_json_carry_the_name_harmlessly(demo_file, capsys):
    named(demo_file, HOSTILE)

    assert main(["plan", "show", str(demo_file)]) == 0
    heading = capsys.readouterr().out.splitlines()[0]
    assert heading.startswith("Trường THCS Hòa Bình Tổng cộng: 0") and "\x1b" not in heading

    assert main(["check", str(demo_file), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\\u001b[2J" in out


def test_vietnamese_and_ordinary_punctuation_are_kept():
    text = "Trường Tiểu học Đồng Tháp — «Kế hoạch» 2025-2026 (45/KH-THCS) ½ ✓"
    assert shown(text) == text
    assert shown("a\tb\r\nc\x00d\x1b]0;title\x07e") == "a b cde"


def test_a_letterhead_longer_than_a_page_is_refused_with_exit_2_not_a_crash(demo_file, tmp_path, capsys):
    """A damaged or hostile file whose plan's governing body is 100 KB long: print refuses, writes nothing."""
    db = open_school_file(demo_file)
    try:
        db.execute("UPDATE plan SET governing_body = ? WHERE school_year = '2026-2027'", ["UBND XÃ " * 12_000])
    finally:
        db.close()
    out = tmp_path / "x.pdf"
    assert main(["print", "plan", str(demo_file), "--year", "2026-2027", "-o", str(out)]) == 2
    assert "dài quá một trang giấy" in capsys.readouterr().err and not out.exists()


def test_a_school_name_of_ten_thousand_characters_is_refused_by_name(demo_file, capsys):
    assert main(["school", "set", str(demo_file), "--commune", "xã " + "Vĩnh Hải " * 1200]) == 2
    err = capsys.readouterr().err
    assert " dài " in err and "tối đa" in err and "Traceback" not in err


def test_control_characters_stored_in_a_letterhead_never_reach_the_paper(demo_file, tmp_path, capsys):
    db = open_school_file(demo_file)
    try:
        db.execute("UPDATE plan SET governing_body = ? WHERE school_year = '2026-2027'",
                   ["UBND XÃ\u202b \u202eHÒA \x1b[31m BÌNH"])
    finally:
        db.close()
    out = tmp_path / "x.pdf"
    assert main(["print", "plan", str(demo_file), "--year", "2026-2027", "-o", str(out)]) == 0
    from tests.reports.pdftext import text
    printed = text(out)
    assert "\u202e" not in printed and "\x1b" not in printed and "UBND XÃ" in printed
