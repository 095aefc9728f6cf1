"""The "Tiến độ" tab shows what `kehoach progress --json` prints, and a late row opens in the plan table."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.cli import main
from kehoach_desktop.domain.plan import STATUSES
from kehoach_desktop.domain.progress import format_number
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.ui.dashboard import MET_ROLE, DashboardWidget
from kehoach_desktop.ui.progress_chart import money


@pytest.fixture
def school(demo_file):
    db = open_school_file(demo_file)
    yield demo_file, db
    db.close()


def cli_json(capsys, path, year, as_of) -> dict:
    assert main(["progress", str(path), "--year", year, "--as-of", as_of, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def dashboard(qtbot, db, year, as_of) -> DashboardWidget:
    widget = DashboardWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.set_plan(db, plans.find_plan(db, year).id)
    widget.set_as_of(as_of)
    widget.show()
    return widget


@pytest.mark.parametrize("year, as_of", [("2024-2025", "2025-04"), ("2024-2025", "2025-07"),
                                         ("2026-2027", "2027-02")])
def test_the_tab_shows_the_same_figures_as_kehoach_progress_json(qtbot, capsys, school, year, as_of):
    path, db = school
    data = cli_json(capsys, path, year, as_of)
    widget = dashboard(qtbot, db, year, as_of)
    overall = data["overall"]
    assert widget.overall_percent.text() == f"{format_number(overall['percent'])}%"
    assert {key: int(label.text()) for key, label in widget.status_labels.items()} == overall["by_status"]
    assert widget.budget_spent.text() == money(overall["budget_spent"])
    assert money(overall["budget_planned"]) in widget.budget_planned.text()
    assert f"{overall['late']} trễ hạn · {overall['due_soon']} sắp đến hạn" == widget.late_label.text()
    shown = [(b.percent, b.rows, b.late, b.planned, b.spent) for b in widget.chart.bars]
    assert shown == [(s["percent"], s["rows"], s["late"], s["budget_planned"], s["budget_spent"])
                     for s in data["standards"]]
    model = widget.deadline_model
    listed = [(model.index(r, 0).data(), model.index(r, 4).data()) for r in range(model.rowCount())]
    assert listed == ([(str(d["number"]), "Trễ hạn") for d in data["late"]]
                      + [(str(d["number"]), "Sắp đến hạn") for d in data["due_soon"]])
    table = widget.targets
    assert table.rowCount() == len(data["targets"])
    for row, target in enumerate(data["targets"]):
        assert table.item(row, 0).text() == target["name"]
        for column, result in enumerate(target["results"], 2):
            expected = {True: "met", False: "not_met", None: "no_figure"}[result["met"]]
            assert table.item(row, column).data(MET_ROLE) == expected
    assert widget.as_of_box.currentData() == as_of


def test_clicking_a_late_row_asks_the_window_to_open_it(qtbot, capsys, school):
    path, db = school
    late = cli_json(capsys, path, "2024-2025", "2025-07")["late"]
    assert late, "the library row (3.6, until June 2025) is late in July"
    widget = dashboard(qtbot, db, "2024-2025", "2025-07")
    view = widget.deadlines
    rect = view.visualRect(widget.deadline_model.index(0, 1))
    with qtbot.waitSignal(widget.rowActivated) as signal:
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    assert signal.args == [late[0]["row_id"]]


def test_choosing_another_month_looks_back(qtbot, school):
    _, db = school
    widget = dashboard(qtbot, db, "2024-2025", "2025-06")
    june = widget.report.overall.percent
    widget.as_of_box.setCurrentIndex(widget.as_of_box.findData("2024-12"))
    assert widget.report.as_of.iso() == "2024-12"
    assert widget.report.overall.percent < june
    assert int(widget.status_labels["done"].text()) == 2


def test_the_tab_follows_a_recorded_update_after_refresh(qtbot, school):
    from kehoach_desktop.domain.plan import ProgressUpdate
    from kehoach_desktop.store.progress import add_update
    _, db = school
    widget = dashboard(qtbot, db, "2026-2027", "2027-02")
    [late] = widget.report.late
    add_update(db, late.row_id, ProgressUpdate(date(2027, 2, 10), 100, evidence=["MC.2.2.05"]))
    widget.refresh()
    assert widget.report.late == [] and widget.status_labels["done"].text() == "1"


def test_an_empty_tab_before_any_plan_is_opened(qtbot):
    widget = DashboardWidget()
    qtbot.addWidget(widget)
    widget.refresh()
    widget.set_plan(None, None)
    assert widget.report is None and widget.overall_percent.text() == "—"
    assert list(STATUSES) == list(widget.status_labels)


def test_many_edits_in_a_row_cost_one_refresh(qtbot, school, monkeypatch):
    _, db = school
    widget = dashboard(qtbot, db, "2026-2027", "2027-02")
    calls = []
    monkeypatch.setattr(widget, "refresh", lambda: calls.append(1))
    for _ in range(50):
        widget.schedule_refresh()
    qtbot.waitUntil(lambda: calls == [1])


def test_a_plan_whose_catalog_is_missing_shows_why_instead_of_failing(qtbot, school):
    _, db = school
    plan = plans.find_plan(db, "2024-2025")
    db.execute("UPDATE plan SET framework_id = 'tt99' WHERE id = ?", [plan.id])
    widget = DashboardWidget()
    qtbot.addWidget(widget)
    widget.set_plan(db, plan.id)
    assert "tt99" in widget.title.text() and widget.report is None
