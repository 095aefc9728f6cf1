"""A district officer is handed hostile catalog files: each is refused quickly, in Vietnamese, and nothing breaks.

Every file is made here by the test itself from a bundled catalog. Each import must end with exit
code 2 and a Vietnamese reason well inside the 10 s limit (a crafted evidence regex used to freeze
``progress update`` for over a minute), and afterwards ``kehoach catalog`` and ``kehoach check``
still work on the bundled catalog.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.domain.catalog import load_catalogs, parse_framework
from kehoach_desktop.domain.catalog_limits import MAX_FILE_BYTES
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_code import compile_template, template_from_pattern
from kehoach_desktop.paths import user_catalog_dir
from kehoach_desktop.resources_path import resource_dir

# a generous bound: each case takes well under a second; the freeze it guards against took over 60 s
pytestmark = pytest.mark.timeout(10, func_only=True)

PATHOLOGICAL = "^(\\[H\\d+-\\d+\\.\\d+-\\d{2}\\]|(a|a)+)$"
#: the bundled tt18's version: a district's correction is the next one
BUNDLED = json.loads((resource_dir("criteria") / "tt18.json").read_text(encoding="utf-8"))["version"]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def tt18(version: int = BUNDLED + 1) -> dict:
    data = json.loads((resource_dir("criteria") / "tt18.json").read_text(encoding="utf-8"))
    data["version"] = version
    return data


def write(path: Path, data: dict | str) -> Path:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def with_legacy_pattern(pattern: str) -> dict:
    data = tt18()
    del data["evidence_code"]["template"]
    data["evidence_code"]["pattern"] = pattern
    return data


def six_megabytes(folder: Path) -> Path:
    """A correct catalog padded with JSON whitespace to 6 MB: valid-looking, only too large."""
    text = json.dumps(tt18(), ensure_ascii=False, indent=1)
    return write(folder / "tt18-6mb.json", text + " " * (6 * 1024 * 1024 - len(text.encode())))


def deep_nesting(folder: Path) -> Path:
    return write(folder / "sau.json", '{"id": "tt18", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")


def long_number(folder: Path) -> Path:
    text = json.dumps(tt18(), ensure_ascii=False).replace('"level_min": 1', '"level_min": ' + "7" * 5_000)
    return write(folder / "so-dai.json", text)


def long_version(folder: Path) -> Path:
    text = json.dumps(tt18(), ensure_ascii=False).replace(f'"version": {BUNDLED + 1}', '"version": ' + "9" * 4_000)
    return write(folder / "phien-ban-dai.json", text)


def a_folder(folder: Path) -> Path:
    path = folder / "thu-muc.json"
    path.mkdir()
    return path


def same_version_other_titles(folder: Path) -> Path:
    data = tt18(version=BUNDLED)
    data["standards"][0]["criteria"][0]["title"] = "Tên đã bị thay lặng lẽ"
    return write(folder / "cung-phien-ban.json", data)


HOSTILE = {
    "a valid catalog of 6 MB": (six_megabytes, "quá lớn"),
    "a pathological evidence regex": (lambda f: write(f / "regex.json", with_legacy_pattern(PATHOLOGICAL)),
                                      "biểu thức chính quy"),
    "100,000 nested lists": (deep_nesting, "lồng nhau"),
    "a 5,000-digit number": (long_number, "một số dài"),
    "a folder instead of a file": (a_folder, "là một thư mục"),
    "a 4,000-digit version": (long_version, "một số dài"),
    "an evidence regex that accepts anything": (lambda f: write(f / "moi-thu.json", with_legacy_pattern("(?s).*")),
                                                "biểu thức chính quy"),
    "the same id and version with other titles": (same_version_other_titles, f"phiên bản {BUNDLED} với nội dung khác"),
}


def bundled_still_in_use(capsys, demo_file) -> None:
    code, out, err = run(capsys, "catalog", "--framework", "tt18", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["version"] == BUNDLED
    assert shown["standards"][0]["criteria"][0]["title"] == tt18()["standards"][0]["criteria"][0]["title"]
    code, out, err = run(capsys, "catalog")
    assert code == 0 and "tt18" in out and err == ""
    code, _, err = run(capsys, "check", demo_file)
    assert code == 0, err


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_catalog_is_refused_in_vietnamese_and_the_program_keeps_working(capsys, tmp_path, demo_file,
                                                                                   name):
    make, reason = HOSTILE[name]
    path = make(tmp_path)
    code, out, err = run(capsys, "catalog", "import", path)
    assert code == 2, (out, err)
    assert err.startswith("Lỗi: ") and reason in err
    assert not list(user_catalog_dir().glob("*.json"))       # nothing was installed
    bundled_still_in_use(capsys, demo_file)


def test_after_a_refused_huge_version_the_genuine_next_version_installs(capsys, tmp_path):
    code, _, _ = run(capsys, "catalog", "import", long_version(tmp_path))
    assert code == 2
    genuine = tt18()
    genuine["standards"][0]["criteria"][0]["title"] = "Tên đã hiệu chỉnh"
    code, out, err = run(capsys, "catalog", "import", write(tmp_path / "tt18-next.json", genuine))
    assert code == 0, err
    assert f"phiên bản {BUNDLED + 1}" in out


def test_a_version_beyond_ten_thousand_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "catalog", "import", write(tmp_path / "lon.json", tt18(version=10_001)))
    assert code == 2 and "phải từ 1 đến 10000" in err


def test_the_loader_applies_the_same_limits_as_the_import(tmp_path):
    """What the import refuses, the loader refuses too: nothing can install and then block starting."""
    for number, (make, reason) in enumerate(HOSTILE.values()):
        folder = tmp_path / str(number)
        folder.mkdir()
        path = make(folder)
        if path.is_dir():
            continue     # the loader reads only files from its folder
        errors: list[InputError] = []
        loaded = load_catalogs([path], errors=errors)
        assert [reason in e.message for e in errors] == [True]
        assert loaded["tt18"].version == BUNDLED


def test_the_same_catalog_imported_twice_is_fine(capsys, tmp_path):
    path = write(tmp_path / "tt18-next.json", tt18())
    assert run(capsys, "catalog", "import", path)[0] == 0
    code, _, err = run(capsys, "catalog", "import", path)
    assert code == 0, err


# -- the evidence-code grammar ---------------------------------------------------------------------

def test_older_catalogs_with_the_known_regexes_still_load_as_templates():
    assert template_from_pattern("^\\[H\\d+-\\d+\\.\\d+-\\d{2}\\]$") == "[H{n}-{n}.{n}-{nn}]"
    assert template_from_pattern("^MC\\.\\d+\\.\\d+\\.\\d{2}$") == "MC.{n}.{n}.{nn}"
    fw = parse_framework(with_legacy_pattern("^\\[H\\d+-\\d+\\.\\d+-\\d{2}\\]$"))
    assert fw.validate_evidence_code("[H3-3.4-02]") == "[H3-3.4-02]"
    with pytest.raises(InputError):
        fw.validate_evidence_code("[H3-3.4-2]")


@pytest.mark.parametrize("template", ["[H{n}{nn}]", "{n}1", "H{x}", "H{nnnnnnn}", "H*", "H(a|a)+"])
def test_ambiguous_or_unknown_templates_are_refused(template):
    data = tt18()
    data["evidence_code"]["template"] = template
    with pytest.raises(InputError) as info:
        parse_framework(data)
    assert "mẫu mã minh chứng" in info.value.message


def test_checking_a_long_crafted_code_takes_one_pass():
    template = compile_template("[H{n}-{n}.{n}-{nn}]")
    assert template.matches("[H12-3.45-06]")
    assert not template.matches("[H" + "1" * 1_000_000 + "-")
    assert not template.matches("[H1-1.9-01]x")
