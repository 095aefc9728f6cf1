"""The `kehoach` command line: what a principal or a district officer runs headlessly."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.store.migrations import SCHEMA_VERSION


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_kehoach_help_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "kehoach_desktop", "--help"],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0
    for command in ("demo", "check", "catalog", "plan"):
        assert command in result.stdout


def test_catalog_without_options_lists_every_installed_framework_with_the_provisional_mark(capsys):
    code, out, _ = run(capsys, "catalog")
    assert code == 0
    for framework_id in ("tt18", "tt17", "tt19", "tt57-mn", "tt57-pt", "tt57-gdtx"):
        assert framework_id in out
    tt57_line = next(line for line in out.splitlines() if line.startswith("tt57-pt"))
    assert "TẠM THỜI" in tt57_line
    assert "15 tiêu chí" in tt57_line


def test_catalog_json_lists_every_tt18_criterion_with_code_and_title(capsys):
    code, out, _ = run(capsys, "catalog", "--framework", "tt18", "--json")
    assert code == 0
    data = json.loads(out)
    criteria = [c for s in data["standards"] for c in s["criteria"]]
    assert len(data["standards"]) == 5 and len(criteria) == 28
    assert all(c["code"] and c["title"] for c in criteria)
    assert {"code": "1.9", "title": "Thực hiện quy chế dân chủ cơ sở"}.items() <= next(
        c for c in criteria if c["code"] == "1.9").items()


def test_an_unknown_framework_is_refused_with_exit_code_2(capsys):
    code, _, err = run(capsys, "catalog", "--framework", "tt99")
    assert code == 2
    assert "Không có khung tiêu chí «tt99»" in err


def test_a_catalog_that_would_orphan_criteria_is_refused_and_a_corrected_one_installs(capsys, tmp_path):
    code, out, _ = run(capsys, "catalog", "--framework", "tt18", "--json")
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("criteria") / "tt18.json").read_text(encoding="utf-8"))

    dropped = json.loads(json.dumps(data))
    dropped["version"] = data["version"] + 1
    standard3 = next(s for s in dropped["standards"] if s["no"] == 3)
    standard3["criteria"] = [c for c in standard3["criteria"] if c["code"] != "3.4"]
    bad = tmp_path / "tt18-bo-3.4.json"
    bad.write_text(json.dumps(dropped, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "catalog", "import", str(bad))
    assert code == 2 and "3.4" in err

    fixed = json.loads(json.dumps(data))
    fixed["version"] = data["version"] + 1
    next(c for s in fixed["standards"] for c in s["criteria"] if c["code"] == "3.5")["title"] = "Tiêu đề đã hiệu chỉnh"
    good = tmp_path / "tt18-v2.json"
    good.write_text(json.dumps(fixed, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "catalog", "import", str(good))
    assert code == 0 and "tt18" in out
    code, out, _ = run(capsys, "catalog", "--framework", "tt18")
    assert "Tiêu chí 3.5. Tiêu đề đã hiệu chỉnh" in out


def test_check_refuses_a_text_file_renamed_db_with_exit_code_2_and_leaves_it_untouched(capsys, tmp_path):
    path = tmp_path / "ke-hoach.db"
    path.write_bytes("Kế hoạch năm học 2024-2025\n".encode())
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, _, err = run(capsys, "check", str(path))
    assert code == 2
    assert "không phải tệp dữ liệu" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_demo_check_and_plan_show_tell_the_story_of_the_demo_school(capsys, tmp_path):
    path = tmp_path / "truong-mau.db"
    code, out, _ = run(capsys, "demo", str(path))
    assert code == 0 and path.exists()

    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["integrity"] == "ok" and report["schema_version"] == SCHEMA_VERSION
    years = {p["school_year"]: p for p in report["plans"]}
    assert years["2024-2025"]["framework"] == "tt18" and years["2024-2025"]["rows"] >= 12
    assert years["2026-2027"]["framework"] == "tt57-pt"

    code, out, _ = run(capsys, "plan", "show", str(path), "--year", "2024-2025")
    assert code == 0
    for standard in range(1, 6):
        assert f"Tiêu chuẩn {standard}:" in out

    code, out, _ = run(capsys, "plan", "show", str(path), "--year", "2024 - 2025", "--json")
    plan = json.loads(out)
    assert plan["framework_id"] == "tt18"
    assert all(r["criterion_code"] for r in plan["rows"])
    assert any(r["budget"]["amount"] and r["budget"]["text"] for r in plan["rows"])


def test_demo_never_overwrites_an_existing_file(capsys, tmp_path):
    path = tmp_path / "truong.db"
    path.write_bytes(b"du lieu quan trong")
    code, _, err = run(capsys, "demo", str(path))
    assert code == 2 and "đã có" in err
    assert path.read_bytes() == b"du lieu quan trong"


def test_plan_show_for_a_year_without_a_plan_is_refused(capsys, demo_file):
    code, _, err = run(capsys, "plan", "show", str(demo_file), "--year", "2030-2031")
    assert code == 2 and "2030-2031" in err
