"""The "Tiến độ" tab: where the plan stands as of a month, at a glance.

Everything shown comes from one ``ProgressReport`` (store.dashboard.load_report),
the same figures `kehoach progress --json` prints. A refresh is a few queries,
one pass over the rows and a model reset, so it stays fast on a 2,000-row plan
and the main window may call ``refresh()`` after every edit.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QTableView, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.monitoring import review_points
from kehoach_desktop.domain.plan import STATUSES
from kehoach_desktop.domain.progress import ProgressReport, as_month, default_as_of, format_number
from kehoach_desktop.domain.values import Month
from kehoach_desktop.store.dashboard import load_report
from kehoach_desktop.store.plans import get_plan
from kehoach_desktop.store.progress import plan_framework
from kehoach_desktop.ui.deadline_model import ROW_ID_ROLE, DeadlineModel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.progress_chart import StandardBars, money
from kehoach_desktop.ui.progress_words import review_label, status_name
from kehoach_desktop.ui.target_commands import TargetHost
from kehoach_desktop.ui.target_model import MET_ROLE  # noqa: F401  (the dashboard's tests read it from here)
from kehoach_desktop.ui.targets_panel import TargetsPanel

LABEL_MIN = 140      # px a table's stretching text column keeps however narrow the window
STATUS_COLORS = {"done": "#1e7b4f", "in_progress": "#3b6fb6", "not_started": "#7b8794", "paused": "#b26a00"}
STYLE = """
DashboardWidget { background: #f4f6f9; }
QFrame#card { background: white; border: 1px solid #dbe1e8; border-radius: 6px; }
QGroupBox { background: white; border: 1px solid #dbe1e8; border-radius: 6px; margin-top: 14px;
            padding: 10px 8px 8px 8px; font-weight: bold; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f2933; }
QLabel#caption { color: #5f6b7a; }
QLabel#title { font-size: 17px; font-weight: bold; color: #1f2933; }
QProgressBar { border: none; background: #e6e9ee; border-radius: 5px; max-height: 10px; }
QProgressBar::chunk { background: #1e7b4f; border-radius: 5px; }
QProgressBar#budget_bar::chunk { background: #3b6fb6; }
"""


class DashboardWidget(QWidget):
    rowActivated = Signal(int)    # a plan row's id: the main window selects it in the plan table

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.db = None
        self.plan = None
        self.framework = None
        self.as_of: Month | None = None
        self.report: ProgressReport | None = None
        self._refresh_pending = False
        self._undo: QUndoStack | None = None      # set_editing(); else the window's, else a private one
        self._write = None
        self._build()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("Chưa mở kế hoạch"), objectName="title")
        self.as_of_box = QComboBox(objectName="as_of")
        self.as_of_box.setMinimumContentsLength(12)
        self.as_of_box.setToolTip(self.tr("Xem tiến độ như ở cuối tháng đã chọn"))
        self.as_of_box.currentIndexChanged.connect(self._as_of_chosen)
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(self.tr("Tính đến:"), objectName="caption"))
        header.addWidget(self.as_of_box)
        layout.addLayout(header)

        cards = QHBoxLayout()
        cards.setSpacing(10)
        cards.addWidget(self._overall_card(), 3)
        cards.addWidget(self._status_card(), 4)
        cards.addWidget(self._budget_card(), 3)
        layout.addLayout(cards)

        body = QHBoxLayout()
        body.setSpacing(10)
        standards = QGroupBox(self.tr("Tiến độ và kinh phí theo tiêu chuẩn"))
        self.chart = StandardBars()
        self.chart.setObjectName("standards")
        box = QVBoxLayout(standards)
        box.addWidget(self.chart, 1)
        body.addWidget(standards, 5)
        right = QVBoxLayout()
        right.setSpacing(10)
        self.deadline_box = QGroupBox(self.tr("Trễ hạn và sắp đến hạn"))
        self.deadlines = self._deadline_view()
        QVBoxLayout(self.deadline_box).addWidget(self.deadlines)
        right.addWidget(self.deadline_box, 3)
        self.target_box = QGroupBox(self.tr("Chỉ tiêu"))
        self.target_panel = TargetsPanel(self.target_box)
        self.target_panel.editing = self._editing
        self.targets = self.target_panel.model     # rowCount(), item(row, column) as a table widget has
        QVBoxLayout(self.target_box).addWidget(self.target_panel)
        right.addWidget(self.target_box, 3)
        body.addLayout(right, 6)
        layout.addLayout(body, 1)

    def _card(self) -> tuple[QFrame, QGridLayout]:
        card = QFrame(objectName="card")
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 12)
        grid.setVerticalSpacing(4)
        return card, grid

    def _figure_card(self, caption: str, name: str) -> tuple[QFrame, QLabel, QProgressBar, QLabel]:
        """A card with a caption, a big figure, a bar and a line under it (objects named after ``name``)."""
        card, grid = self._card()
        grid.addWidget(QLabel(caption, objectName="caption"), 0, 0)
        figure = QLabel("—", objectName=f"{name}_figure")
        figure.setStyleSheet("font-size: 26px; font-weight: bold; color: #1f2933;")
        bar = QProgressBar(objectName=f"{name}_bar", textVisible=False)
        bar.setRange(0, 1000)
        foot = QLabel("", objectName=f"{name}_foot")
        for row, widget in enumerate((figure, bar, foot), 1):
            grid.addWidget(widget, row, 0)
        return card, figure, bar, foot

    def _overall_card(self) -> QFrame:
        card, self.overall_percent, self.overall_bar, self.overall_rows = self._figure_card(
            self.tr("Tiến độ chung"), "overall")
        return card

    def _status_card(self) -> QFrame:
        card, grid = self._card()
        grid.addWidget(QLabel(self.tr("Số dòng theo trạng thái"), objectName="caption"), 0, 0, 1, 4)
        self.status_labels: dict[str, QLabel] = {}
        for column, key in enumerate(STATUSES):
            count = QLabel("0", objectName=f"status_{key}")
            count.setStyleSheet(f"font-size: 24px; font-weight: bold; color: {STATUS_COLORS[key]};")
            count.setAlignment(Qt.AlignCenter)
            label = QLabel(status_name(key), objectName="caption")
            label.setAlignment(Qt.AlignCenter)
            grid.addWidget(count, 1, column)
            grid.addWidget(label, 2, column)
            self.status_labels[key] = count
        self.late_label = QLabel("", objectName="late_summary")
        self.late_label.setAlignment(Qt.AlignCenter)
        grid.addWidget(self.late_label, 3, 0, 1, 4)
        return card

    def _budget_card(self) -> QFrame:
        card, self.budget_spent, self.budget_bar, self.budget_planned = self._figure_card(
            self.tr("Kinh phí đã chi"), "budget")
        return card

    @staticmethod
    def _read_only(view: QTableView) -> QHeaderView:
        """A quiet read-only table: no grid, no row numbers, one line a row; returns its header."""
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        return view.horizontalHeader()

    def _deadline_view(self) -> QTableView:
        view = QTableView(objectName="deadlines")
        self.deadline_model = DeadlineModel(view)
        view.setModel(self.deadline_model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        # Fixed widths from the widest text a column can hold (sizing to contents would measure every one
        # of thousands of rows); the label column stretches but never below LABEL_MIN, so it stays readable.
        header = self._read_only(view)
        header.setSectionResizeMode(QHeaderView.Fixed)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setMinimumSectionSize(24)
        fixed = 0
        for column, sample in DeadlineModel.widest().items():
            width = max(view.fontMetrics().horizontalAdvance(sample),
                        header.fontMetrics().horizontalAdvance(DeadlineModel.headers()[column])) + 20
            view.setColumnWidth(column, width)
            fixed += width
        view.setMinimumWidth(fixed + LABEL_MIN + 2 * view.frameWidth())
        view.setCursor(Qt.PointingHandCursor)
        view.clicked.connect(self._deadline_clicked)
        view.activated.connect(self._deadline_clicked)
        return view

    # -- the API the main window uses -------------------------------------------------
    def set_plan(self, db, plan_id: int | None) -> None:
        """Show a plan of an open school file (``db`` from store.database); None clears the tab."""
        self.db = db
        if plan_id is None:
            self.plan = self.framework = self.report = None
            self.title.setText(self.tr("Chưa mở kế hoạch"))
            self._clear()
            return
        try:
            self.plan = get_plan(db, plan_id, with_rows=False)
            self.framework = plan_framework(db, plan_id)
        except InputError as exc:    # e.g. a plan whose catalog is not installed here
            self.plan = self.framework = self.report = None
            self.title.setText(error_text(exc))
            self._clear()
            return
        self.title.setText(self.tr("Tiến độ thực hiện kế hoạch năm học {0}").format(self.plan.school_year))
        self._fill_months(default_as_of(self.plan.school_year, date.today()))
        self.refresh()

    def set_editing(self, undo: QUndoStack, write) -> None:
        """Where chỉ tiêu edits go: the window's undo stack and its guarded writer ``write(fn, *args)``."""
        self._undo, self._write = undo, write

    def _editing(self) -> tuple[QUndoStack, TargetHost] | None:
        """The undo stack and writer for a chỉ tiêu step: those given, else the main window's, else our own."""
        if self.db is None:
            return None
        undo, write = self._undo, self._write
        window = self.window()
        document = getattr(window, "document", None)
        if undo is None and isinstance(getattr(window, "undo", None), QUndoStack):
            undo = window.undo
        if write is None and document is not None and getattr(document, "db", None) is self.db:
            write = document.write
        if undo is None:
            undo = self._undo = QUndoStack(self)
        db = self.db
        return undo, TargetHost(write or (lambda fn, *args: fn(db, *args)), self.refresh,
                                self.target_panel.show_problem)

    def set_as_of(self, when: date | Month | str) -> None:
        """Look at the plan as it stood at the end of that month."""
        self._fill_months(as_month(when))
        self.refresh()

    def schedule_refresh(self) -> None:
        """Refresh once control returns to the event loop: fifty edits in a row cost one refresh."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._pending_refresh)

    def _pending_refresh(self) -> None:
        self._refresh_pending = False
        if self.isVisible():
            self.refresh()
        else:                      # another tab is showing: read the plan when this one is shown
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Read the plan again and redraw every figure; cheap enough to call after each edit."""
        if self.plan is None or self.as_of is None:
            return
        self.report = load_report(self.db, self.plan.id, self.framework, self.as_of)
        self._show(self.report)

    # -- showing ----------------------------------------------------------------------
    def _fill_months(self, chosen: Month) -> None:
        """The months of the plan's school year (September to August), plus ``chosen`` if outside it."""
        first = int(self.plan.school_year[:4]) if self.plan else chosen.year
        months = [Month(first, 9).plus(i) for i in range(12)]
        if chosen not in months:
            months = sorted(set(months) | {chosen})
        reviews = {p.month: review_label(p.when) for p in review_points(self.plan.school_year)} if self.plan else {}
        self.as_of = chosen
        self.as_of_box.blockSignals(True)
        self.as_of_box.clear()
        for month in months:
            text = self.tr("tháng {0}").format(month)
            if month in reviews:     # the monitoring team's review months: end of term I, end of year
                text = self.tr("{0} · {1}").format(text, reviews[month])
            self.as_of_box.addItem(text, month.iso())
        self.as_of_box.setCurrentIndex(months.index(chosen))
        self.as_of_box.blockSignals(False)

    def _as_of_chosen(self, index: int) -> None:
        if index >= 0:
            self.as_of = Month.from_iso(self.as_of_box.itemData(index))
            self.refresh()

    def _show(self, report: ProgressReport) -> None:
        overall = report.overall
        self.overall_percent.setText(f"{format_number(overall.percent)}%")
        self.overall_bar.setValue(round(overall.percent * 10))
        self.overall_rows.setText(self.tr("{0} dòng kế hoạch").format(overall.rows))
        for key, label in self.status_labels.items():
            label.setText(str(overall.by_status[key]))
        self.late_label.setText(self.tr("{0} trễ hạn · {1} sắp đến hạn").format(overall.late, overall.due_soon))
        self.late_label.setStyleSheet("color: #c0392b; font-weight: bold;" if overall.late else "color: #5f6b7a;")
        self.budget_spent.setText(money(overall.budget_spent))
        share = overall.budget_spent / overall.budget_planned if overall.budget_planned else 0
        self.budget_bar.setValue(round(min(share, 1) * 1000))
        self.budget_planned.setText(self.tr("trên {0} dự kiến ({1}%)").format(
            money(overall.budget_planned), format_number(round(share * 100, 1))))
        self.chart.set_standards(report.standards)
        self.deadline_model.set_rows(report.late, report.due_soon)
        self.deadline_box.setTitle(self.tr("Trễ hạn ({0}) và sắp đến hạn ({1}) — bấm để mở dòng").format(
            len(report.late), len(report.due_soon)))
        self._show_targets(report)

    def _show_targets(self, report: ProgressReport) -> None:
        self.target_panel.set_targets(self.plan.id, [target for target, _ in report.targets])
        self.target_box.setTitle(self.tr("Chỉ tiêu ({0})").format(len(report.targets)))

    def _clear(self) -> None:
        self.chart.set_standards([])
        self.deadline_model.set_rows([], [])
        self.target_panel.set_targets(None, [])
        self.overall_percent.setText("—")
        self.budget_spent.setText("—")

    def _deadline_clicked(self, index) -> None:
        if index.isValid():
            self.rowActivated.emit(int(index.siblingAtColumn(0).data(ROW_ID_ROLE)))
