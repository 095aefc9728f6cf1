"""A district officer undoes a catalog import, and a broken installed catalog never stops the program.

``kehoach catalog remove ID`` deletes the installed override so the bundled catalog applies again;
a bundled catalog itself cannot be removed. A catalog file that fails to load (written into the data
folder by hand, or left by an older program) is moved into ``loi/`` with a warning on stderr, and
every command goes on with the bundled catalog.
"""
from __future__ import annotations

import json

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.paths import user_catalog_dir
from kehoach_desktop.resources_path import resource_dir

pytestmark = pytest.mark.timeout(10, func_only=True)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


#: the bundled tt18's version: a district's correction is the next one
BUNDLED = json.loads((resource_dir("criteria") / "tt18.json").read_text(encoding="utf-8"))["version"]


def corrected_tt18(version: int = BUNDLED + 1, title: str = "Tên tiêu chí đã hiệu chỉnh") -> dict:
    data = json.loads((resource_dir("criteria") / "tt18.json").read_text(encoding="utf-8"))
    data["version"] = version
    data["standards"][0]["criteria"][0]["title"] = title
    return data


def first_title(capsys) -> tuple[int, str]:
    code, out, err = run(capsys, "catalog", "--framework", "tt18", "--json")
    assert code == 0, err
    shown = json.loads(out)
    return shown["version"], shown["standards"][0]["criteria"][0]["title"]


def test_an_import_is_undone_and_the_bundled_catalog_applies_again(capsys, tmp_path):
    bundled = first_title(capsys)
    path = tmp_path / "tt18-next.json"
    path.write_text(json.dumps(corrected_tt18(), ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "catalog", "import", path)[0] == 0
    assert first_title(capsys) == (BUNDLED + 1, "Tên tiêu chí đã hiệu chỉnh")

    code, out, err = run(capsys, "catalog", "remove", "tt18")
    assert code == 0, err
    assert f"dùng lại bản có sẵn (phiên bản {BUNDLED})" in out
    assert first_title(capsys) == bundled
    assert not list(user_catalog_dir().glob("*.json"))


def test_a_bundled_catalog_cannot_be_removed(capsys):
    code, _, err = run(capsys, "catalog", "remove", "tt18")
    assert code == 2 and "có sẵn trong chương trình, không gỡ được" in err
    assert first_title(capsys)[0] == BUNDLED


def test_removing_an_unknown_catalog_is_refused(capsys):
    code, _, err = run(capsys, "catalog", "remove", "tt99")
    assert code == 2 and "Không có danh mục đã cài thêm «tt99»" in err


def test_a_catalog_only_installed_is_removed_entirely(capsys, tmp_path):
    data = corrected_tt18(version=1)
    data["id"] = "tt18-thu-nghiem"
    path = tmp_path / "thu-nghiem.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "catalog", "import", path)[0] == 0
    assert "tt18-thu-nghiem" in run(capsys, "catalog")[1]
    code, out, _ = run(capsys, "catalog", "remove", "tt18-thu-nghiem")
    assert code == 0 and "Đã gỡ danh mục tt18-thu-nghiem" in out
    assert "tt18-thu-nghiem" not in run(capsys, "catalog")[1]


def broken_catalog_in_the_data_folder() -> None:
    """What a hand copy or an older program leaves: a regex that freezes, and a file that is not JSON."""
    folder = user_catalog_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads((resource_dir("criteria") / "tt57-pt.json").read_text(encoding="utf-8"))
    data["version"] = 2
    del data["evidence_code"]["template"]
    data["evidence_code"]["pattern"] = "^(MC\\.\\d+\\.\\d+\\.\\d{2}|(a|a)+)$"
    (folder / "tt57-pt.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / "tt18.json").write_text("{ hỏng", encoding="utf-8")


def test_a_broken_installed_catalog_is_set_aside_once_and_commands_still_run(capsys, demo_file):
    broken_catalog_in_the_data_folder()
    code, out, err = run(capsys, "catalog")
    assert code == 0 and "tt57-pt" in out
    assert err.count("Cảnh báo: Không dùng được danh mục đã cài") == 2
    set_aside = user_catalog_dir() / "loi"
    assert sorted(p.name for p in set_aside.iterdir()) == ["tt18.json", "tt57-pt.json"]
    assert not list(user_catalog_dir().glob("*.json"))

    code, out, err = run(capsys, "progress", demo_file, "--json", "--as-of", "2027-01")
    assert code == 0 and err == ""          # told once: the files are already set aside
    due = json.loads(out)["due_soon"][0]
    code, out, err = run(capsys, "progress", "update", demo_file, due["row_id"], "--percent", "60",
                         "--evidence", "MC.2.2.03")
    assert code == 0, err
    code, _, err = run(capsys, "progress", "update", demo_file, due["row_id"], "--percent", "60",
                       "--evidence", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")
    assert code == 2 and "không đúng mẫu" in err


def test_a_broken_catalog_a_command_meets_first_is_set_aside_too(capsys, demo_file):
    broken_catalog_in_the_data_folder()
    code, out, err = run(capsys, "progress", demo_file, "--as-of", "2027-01")
    assert code == 0
    assert "Cảnh báo" in err and "tt57-pt.json" in err and "loi" in err
