"""`kehoach progress` and `kehoach target` on the demo school: the figures a principal reads in a meeting."""
from __future__ import annotations

import json

from kehoach_desktop.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def progress_json(capsys, demo_file, *extra) -> dict:
    code, out, err = run(capsys, "progress", demo_file, "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_progress_json_on_the_demo_school_in_june_2025(capsys, demo_file):
    data = progress_json(capsys, demo_file, "--year", "2024-2025", "--as-of", "2025-06")
    assert (data["school_year"], data["framework"], data["as_of"]) == ("2024-2025", "tt18", "2025-06")
    overall = data["overall"]
    assert overall["rows"] == 16 and overall["percent"] == 93.8
    assert overall["by_status"] == {"not_started": 0, "in_progress": 1, "done": 14, "paused": 1}
    assert (overall["budget_planned"], overall["budget_spent"]) == (877_500_000, 473_100_000)
    assert [s["standard"] for s in data["standards"]] == [1, 2, 3, 4, 5]
    facilities = data["standards"][2]
    assert (facilities["rows"], facilities["percent"], facilities["budget_spent"]) == (5, 80.0, 422_900_000)
    assert data["late"] == []
    [library] = data["due_soon"]
    assert library["label"].startswith("Tiêu chí 3.6") and library["end"] == "2025-06" and library["percent"] == 70
    results = {t["name"]: {r["period"]: r["met"] for r in t["results"]} for t in data["targets"]}
    assert results["Tỉ lệ học sinh bỏ học"] == {"Học kỳ I": True, "Cả năm": False}
    assert results["Số học sinh giỏi cấp huyện"] == {"Học kỳ I": None, "Cả năm": False}


def test_a_row_of_september_to_june_is_late_once_july_comes(capsys, demo_file):
    data = progress_json(capsys, demo_file, "--year", "2024-2025", "--as-of", "2025-07")
    assert [d["label"][:12] for d in data["late"]] == ["Tiêu chí 3.6"]
    assert data["overall"]["late"] == 1


def test_a_principal_records_progress_and_the_report_moves(capsys, demo_file):
    before = progress_json(capsys, demo_file, "--as-of", "2027-01")
    assert before["late"] == []
    due = before["due_soon"][0]              # 2.2 "Bảo đảm đủ giáo viên" ends in January 2027
    assert due["end"] == "2027-01"
    code, out, err = run(capsys, "progress", "update", demo_file, due["row_id"], "--date", "15/01/2027",
                         "--percent", "100", "--note", "Đã tuyển đủ giáo viên Tin học", "--evidence", "MC.2.2.03",
                         "--spent", "40 triệu")
    assert code == 0, err
    assert "Hoàn thành, 100%" in out
    after = progress_json(capsys, demo_file, "--as-of", "2027-01")
    assert after["overall"]["by_status"]["done"] == before["overall"]["by_status"]["done"] + 1
    assert due["row_id"] not in [d["row_id"] for d in after["due_soon"]]


def test_a_wrong_or_reused_code_is_refused_with_a_vietnamese_message(capsys, demo_file):
    due = progress_json(capsys, demo_file, "--as-of", "2027-01")["due_soon"][0]
    code, _, err = run(capsys, "progress", "update", demo_file, due["row_id"], "--percent", "60",
                       "--evidence", "[H3-3.4-02]")
    assert code == 2 and "không đúng mẫu" in err
    code, _, err = run(capsys, "progress", "update", demo_file, due["row_id"], "--percent", "60",
                       "--evidence", "MC.1.3.01")
    assert code == 2 and "đã được dùng trong kế hoạch này" in err


def test_the_text_report_names_the_standards_and_the_due_rows(capsys, demo_file):
    code, out, _ = run(capsys, "progress", demo_file, "--year", "2024-2025", "--as-of", "2025-06")
    assert code == 0
    assert "Tiến độ chung: 93,8%" in out
    assert "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học" in out
    assert "Sắp đến hạn (1):" in out and "hạn tháng 6/2025" in out
    assert "Tỉ lệ học sinh bỏ học (≤ 1%): Học kỳ I: 0,5 — đạt; Cả năm: 1,3 — chưa đạt" in out


def test_targets_are_set_and_listed(capsys, demo_file):
    code, _, err = run(capsys, "target", "set", demo_file, "--name", "Tỉ lệ học sinh tham gia hoạt động trải nghiệm",
                       "--value", "60", "--comparison", "≥", "--hk1", "64")
    assert code == 0, err
    code, out, _ = run(capsys, "target", "list", demo_file, "--json")
    added = next(t for t in json.loads(out) if t["name"].startswith("Tỉ lệ học sinh tham gia"))
    assert added["comparison"] == ">=" and added["results"][0] == {"period": "Học kỳ I", "actual": 64.0, "met": True}
    code, _, err = run(capsys, "target", "set", demo_file, "--name", "Chỉ tiêu mới")
    assert code == 2 and "--value" in err


def test_review_fills_the_2026_monitoring_table_and_refuses_a_2018_plan(capsys, demo_file):
    code, out, _ = run(capsys, "progress", "review", demo_file, "--as-of", "2027-05")
    assert code == 0
    assert "Cuối học kỳ I:" in out and "Cuối năm học:" in out and "Kết quả: Hoàn thành" in out
    code, _, err = run(capsys, "progress", "review", demo_file, "--year", "2024-2025")
    assert code == 2 and "Thông tư 57" in err
