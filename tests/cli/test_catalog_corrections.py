"""`kehoach catalog` tells a maintainer which 2018 catalogs Thông tư 22/2024 amended, unverified,
and still marks the one 2018 title that has a single source."""
from __future__ import annotations

import json

from kehoach_desktop.cli import main

AMENDED = "sửa đổi bởi Thông tư 22/2024/TT-BGDĐT (chưa xác minh ảnh hưởng đến tiêu chí)"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_listing_names_the_amendment_beside_each_2018_catalog(capsys):
    code, out, err = run(capsys, "catalog")
    assert code == 0 and err == ""
    lines = {line.split()[0]: line for line in out.splitlines()}
    for fid in ("tt17", "tt18", "tt19"):
        assert lines[fid].endswith("; " + AMENDED)
    assert "sửa đổi" not in lines["tt57-pt"]
    code, out, _ = run(capsys, "catalog", "--json")
    listed = {fw["id"]: fw for fw in json.loads(out)}
    assert listed["tt18"]["amendments"] == [AMENDED] and listed["tt57-pt"]["amendments"] == []


def test_one_catalog_shows_the_corrected_titles_the_amendment_and_the_remaining_flag(capsys):
    code, out, _ = run(capsys, "catalog", "--framework", "tt19")
    assert code == 0
    assert "  ⚠ Sửa đổi bởi Thông tư 22/2024/TT-BGDĐT (chưa xác minh ảnh hưởng đến tiêu chí)" in out
    assert "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên [chưa kiểm chứng]" in out
    assert "[chưa kiểm chứng]" not in out.replace("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên [chưa kiểm chứng]", "")
    code, out, _ = run(capsys, "catalog", "--framework", "tt18")
    assert "Tiêu chí 1.5. Khối lớp và tổ chức lớp học\n" in out
    assert "Tiêu chí 3.5. Thiết bị\n" in out                      # confirmed: no mark any more


def test_the_json_of_one_catalog_carries_the_amendment_data(capsys):
    code, out, _ = run(capsys, "catalog", "--framework", "tt17", "--json")
    assert code == 0
    shown = json.loads(out)
    amendment = shown["amendments"][0]
    assert (amendment["circular"], amendment["date"], amendment["effective"], amendment["verified"]) == (
        "22/2024/TT-BGDĐT", "2024-12-10", "2025-01-25", False)
    assert shown["standards"][0]["criteria"][4]["title"] == "Khối lớp và tổ chức lớp học"
    assert not any(s["unverified"] for s in shown["standards"])


def test_a_catalog_with_a_malformed_amendment_is_refused_and_nothing_is_installed(capsys, tmp_path):
    from kehoach_desktop.paths import user_catalog_dir
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("criteria") / "tt18.json").read_text(encoding="utf-8"))
    data["version"] += 1
    data["amendments"][0]["date"] = "10/12/2024"
    path = tmp_path / "tt18-sua.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "catalog", "import", path)
    assert code == 2, (out, err)
    assert err.startswith("Lỗi: ") and "“amendments[1].date”" in err
    assert not list(user_catalog_dir().glob("*.json"))
