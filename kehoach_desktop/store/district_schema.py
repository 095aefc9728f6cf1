"""The district file's schema: its own migration set ("kehoach-district"), apart from the school file's.

Every import is a row of ``import_log``; the rows copied from that school
file carry its ``import_id``, so an import only ever adds rows and the school's
current data is a pointer (``district_school.current_import``) swapped in the
same transaction. Earlier imports stay as history, and no import can touch
another school's rows. The copied tables mirror the school file's tables
without NOT NULL, so an export from an older version fills the columns it
lacks with the same defaults the school file would use.

The copied columns are derived from the school file's own schema (``reference``,
every school migration applied), never kept by hand: 0001 created the tables as
they were then, and one "follow_school_N" migration per school schema version adds
whatever columns the school file gained, so a new field reaches the office with no
change here. An incoming file with a column the district copy lacks is refused
(``columns_to_copy``), never silently trimmed.
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.migrations import migrations as school_migrations
from kehoach_desktop.store.school_schema import Column, quote, reference

DISTRICT_MIGRATION_SET = "kehoach-district"
district_migrations = Migrations(DISTRICT_MIGRATION_SET)
DISTRICT_APP_ID = "kehoach-district"

# The school tables the district copies, parents before children.
COPIED_TABLES = ("school", "plan", "plan_row", "progress_update", "evidence", "target", "target_actual")
# The self-assessment's tables (school schema 14), copied since office step 0008 so a commune's bundle carries
# them to the Sở whole; the office's summary of each (its level) is ``school_assessment``.
ASSESSMENT_TABLES = ("self_assessment", "council_member", "criterion_finding", "standard_review", "evidence_item")
# Everything the office keeps of an import, parents before children (extracting and re-making an export).
KEPT_TABLES = COPIED_TABLES + ASSESSMENT_TABLES
# History: the copied tables as migration 0001 created them (school schema 2). Never edited; later
# school columns arrive through the follow_school migrations.
COPIED_V1 = {
    "school": ("id INTEGER", "name TEXT", "code TEXT", "level TEXT", "governing_body TEXT DEFAULT ''",
               "place TEXT DEFAULT ''", "principal TEXT DEFAULT ''", "address TEXT DEFAULT ''",
               "phone TEXT DEFAULT ''", "email TEXT DEFAULT ''"),
    "plan": ("id INTEGER", "school_year TEXT", "framework_id TEXT", "number TEXT DEFAULT ''",
             "place TEXT DEFAULT ''", "issued_on TEXT", "title TEXT DEFAULT ''", "purposes TEXT DEFAULT '[]'",
             "bases TEXT DEFAULT '[]'", "organization TEXT DEFAULT '{}'", "recipients TEXT DEFAULT '[]'",
             "signer_title TEXT DEFAULT ''", "signer_name TEXT DEFAULT ''", "status TEXT DEFAULT 'draft'",
             "general_info TEXT DEFAULT ''", "priority_problems TEXT DEFAULT '[]'",
             "monitoring TEXT DEFAULT '[]'", "reporting TEXT DEFAULT '[]'", "updated_at TEXT DEFAULT ''"),
    "plan_row": ("id INTEGER", "plan_id INTEGER", "position INTEGER DEFAULT 0", "criterion_code TEXT DEFAULT ''",
                 "current_level INTEGER", "target_level INTEGER", "expected_result TEXT DEFAULT ''",
                 "tasks TEXT DEFAULT ''", "lead TEXT DEFAULT ''", "timeframe_text TEXT DEFAULT ''",
                 "start_month TEXT", "end_month TEXT", "budget_amount INTEGER", "budget_text TEXT DEFAULT ''",
                 "support TEXT DEFAULT ''", "notes TEXT DEFAULT ''", "content TEXT DEFAULT ''",
                 "indicators TEXT DEFAULT ''", "expected_evidence TEXT DEFAULT ''",
                 "status TEXT DEFAULT 'not_started'", "percent INTEGER DEFAULT 0", "spent INTEGER",
                 "status_manual INTEGER DEFAULT 0"),
    "progress_update": ("id INTEGER", "row_id INTEGER", "on_date TEXT", "percent INTEGER", "status TEXT",
                        "note TEXT DEFAULT ''", "reporter TEXT DEFAULT ''", "spent INTEGER"),
    "evidence": ("id INTEGER", "plan_id INTEGER", "row_id INTEGER", "update_id INTEGER", "code TEXT",
                 "description TEXT DEFAULT ''"),
    "target": ("id INTEGER", "plan_id INTEGER", "position INTEGER DEFAULT 0", "name TEXT",
               "unit TEXT DEFAULT ''", "comparison TEXT DEFAULT '>='", "value REAL"),
    "target_actual": ("target_id INTEGER", "period TEXT", "value REAL"),
}


def copied_table(school_table: str) -> str:
    return f"imported_{school_table}"


def _definition(column: Column) -> str:
    default = f" DEFAULT {column.default}" if column.default is not None else ""
    return f"{column.name} {column.type}{default}"


def copied_columns(school_table: str) -> tuple[str, ...]:
    """The district copy's column definitions of a school table: the school's own, without NOT NULL."""
    return tuple(_definition(c) for c in reference().tables[school_table].values())


def follow_school(db: Database) -> None:
    """Add to the copied tables every column the school file has and they lack (additive only)."""
    _follow(db, KEPT_TABLES)


def _follow(db: Database, tables: tuple[str, ...]) -> None:
    for table in tables:
        have = {r[1] for r in db.execute(f"PRAGMA table_info({quote(copied_table(table))})")}
        if not have:    # a table a later office step creates (the assessment's, 0008): it follows from then on
            continue
        for column in reference().tables[table].values():
            if column.name not in have:
                db.execute(f"ALTER TABLE {quote(copied_table(table))} ADD COLUMN {_definition(column)}")


def columns_to_copy(school_table: str, incoming: list[str], known: set[str]) -> list[int]:
    """Indexes of ``incoming``'s columns to copy; a column the district copy lacks refuses the file."""
    missing = [c for c in incoming if c not in known]
    if missing:
        raise InputError("bảng {school_table} của tệp có cột {columns} mà tệp Phòng chưa có; tệp bị từ chối để không "
                         "mất dữ liệu. Hãy cập nhật chương trình của Phòng.", field="file",
                         school_table=school_table, columns=', '.join(missing))
    return list(range(len(incoming)))


@district_migrations(name="0001_district")
def district_core(db: Database) -> None:
    db.execute("CREATE TABLE district_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            school_code TEXT NOT NULL,
            school_name TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            program_version TEXT NOT NULL,
            schema_version INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX import_log_school ON import_log(school_code, exported_at)")
    db.execute(
        """CREATE TABLE district_school (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            level TEXT NOT NULL DEFAULT '',
            current_import INTEGER NOT NULL REFERENCES import_log(id),
            first_imported_at TEXT NOT NULL,
            last_imported_at TEXT NOT NULL
        )"""
    )
    for table, columns in COPIED_V1.items():
        key = "target_id, period" if table == "target_actual" else "id"
        body = ",\n  ".join(("import_id INTEGER NOT NULL REFERENCES import_log(id)",) + columns)
        db.execute(f"CREATE TABLE {copied_table(table)} (\n  {body},\n  PRIMARY KEY (import_id, {key})\n)")
    db.execute("CREATE INDEX imported_plan_row_plan ON imported_plan_row(import_id, plan_id, position)")
    db.execute("PRAGMA user_version = 1")


# One per school schema version from the one district 0001 copied: each adds what that version added.
# The steps of the office's own tables come after them in this list, but they are applied by name, so
# a later school version's follow step still runs on a file that already has them.
for _version in range(len(school_migrations._migrations)):
    district_migrations(name=f"follow_school_{_version + 1:02d}")(follow_school)


@district_migrations(name="0002_office_identity")
def office_identity(db: Database) -> None:
    """The office's kind and how it signs (domain.office), one row per change with the day it applies
    from. A file made before offices had a kind becomes a Phòng GD&ĐT of the name it was given."""
    from kehoach_desktop.domain.office import legacy_identity
    db.execute(
        """CREATE TABLE office_identity (
            id INTEGER PRIMARY KEY,
            since TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            governing_body TEXT NOT NULL DEFAULT '',
            office_line TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            signer_name TEXT NOT NULL DEFAULT '',
            symbol TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '[]',
            commune TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    row = db.execute("SELECT value FROM district_meta WHERE key = 'name'").fetchone()
    if row is not None:       # a new file gets its identity from create_office, in the same transaction
        from kehoach_desktop.store.district_office import insert_identity
        insert_identity(db.conn, legacy_identity(row[0]))


@district_migrations(name="0003_office_inspection")
def office_inspection(db: Database) -> None:
    """The office's own inspection records (biên bản kiểm tra), kept in its file, never in the school's copy.

    A record names the school by code and the plan by the school's own plan id, which every import of that
    school keeps, and the import whose plan the team had in hand (its rows are the findings' rows). The
    record itself is domain.inspection's JSON, read back through the same checks as one typed in.
    """
    db.execute(
        """CREATE TABLE office_inspection (
            id INTEGER PRIMARY KEY,
            school_code TEXT NOT NULL,
            plan_id INTEGER NOT NULL,
            school_year TEXT NOT NULL,
            import_id INTEGER NOT NULL REFERENCES import_log(id),
            started_at TEXT,
            record TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX office_inspection_school ON office_inspection(school_code, school_year)")


@district_migrations(name="0004_arrived_through")
def arrived_through(db: Database) -> None:
    """Which commune office a school's file came through (a Sở importing a commune's bundle,
    store.office_bundle): per import its commune and the office's name, '' for a file imported
    directly; per school the commune it last came through, which the overview groups by."""
    db.execute("ALTER TABLE import_log ADD COLUMN through TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE import_log ADD COLUMN through_office TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE district_school ADD COLUMN through TEXT NOT NULL DEFAULT ''")


@district_migrations(name="0005_trust")
def trust(db: Database) -> None:
    """Who may speak for a school (#17): the office's own key pair (it signs its replies and bundles), the
    school keys it has pinned (trust on first use: one row per key, the newest is the school's), the
    commune offices' keys its bundles came signed with, and per import the school's export counter,
    the key that signed it and the school's code as the office compares it (domain.school_code)."""
    from datetime import datetime, timezone

    from kehoach_desktop.domain.school_code import code_key
    from kehoach_desktop.domain.signing import new_key_pair
    db.execute(
        """CREATE TABLE office_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            public_key TEXT NOT NULL,
            private_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    private, public = new_key_pair()
    db.execute("INSERT INTO office_key (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)",
               [public, private, datetime.now(timezone.utc).isoformat(timespec="seconds")])
    db.execute(
        """CREATE TABLE school_key (
            id INTEGER PRIMARY KEY,
            code_key TEXT NOT NULL,
            public_key TEXT NOT NULL,
            since TEXT NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX school_key_code ON school_key(code_key, id)")
    db.execute(
        """CREATE TABLE sender_key (
            id INTEGER PRIMARY KEY,
            sender TEXT NOT NULL,
            public_key TEXT NOT NULL,
            since TEXT NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX sender_key_sender ON sender_key(sender, id)")
    db.execute("ALTER TABLE import_log ADD COLUMN sequence INTEGER")
    db.execute("ALTER TABLE import_log ADD COLUMN public_key TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE district_school ADD COLUMN code_key TEXT NOT NULL DEFAULT ''")
    for (code,) in db.execute("SELECT code FROM district_school").fetchall():
        db.execute("UPDATE district_school SET code_key = ? WHERE code = ?", [code_key(code), code])
    db.execute("CREATE INDEX district_school_key ON district_school(code_key)")



@district_migrations(name="0006_office_changes")
def office_changes(db: Database) -> None:
    """What the officer did to the overview (store.district_history): a school taken out of it, or put
    back on its previous import. Each keeps the school's overview row before and after (JSON; '' after
    a removal), so it can be undone exactly while the school is still as it left it. Imports are never
    touched: they stay as history."""
    db.execute(
        """CREATE TABLE office_change (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            school_code TEXT NOT NULL,
            code_key TEXT NOT NULL,
            school_name TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL DEFAULT '',
            made_at TEXT NOT NULL,
            undone_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX office_change_school ON office_change(code_key, id)")

@district_migrations(name="0007_look_alike")
def look_alike_codes(db: Database) -> None:
    """Each school's code as it looks on paper (domain.school_code.look_alike), indexed, so a new school's
    near-duplicate is found by one lookup instead of comparing with every school the office holds."""
    from kehoach_desktop.domain.school_code import look_alike
    db.execute("ALTER TABLE district_school ADD COLUMN look_alike TEXT NOT NULL DEFAULT ''")
    for (code,) in db.execute("SELECT code FROM district_school").fetchall():
        db.execute("UPDATE district_school SET look_alike = ? WHERE code = ?", [look_alike(code), code])
    db.execute("CREATE INDEX district_school_look_alike ON district_school(look_alike)")


# History: the self-assessment's tables as school schema 14 made them; later columns come through the follow steps.
ASSESSMENT_V14 = {
    "self_assessment": ("id INTEGER", "school_year TEXT", "framework_id TEXT", "council_decision_number TEXT DEFAULT ''",
                        "council_decision_date TEXT", "approved_on TEXT", "texts TEXT DEFAULT '{}'",
                        "data TEXT DEFAULT '{}'", "updated_at TEXT DEFAULT ''"),
    "council_member": ("id INTEGER", "assessment_id INTEGER", "position INTEGER DEFAULT 0", "name TEXT DEFAULT ''",
                       "title TEXT DEFAULT ''", "role TEXT DEFAULT ''", "work_group TEXT DEFAULT ''",
                       "criteria TEXT DEFAULT ''", "task TEXT DEFAULT ''"),
    "criterion_finding": ("assessment_id INTEGER", "criterion_code TEXT", "level INTEGER", "text TEXT DEFAULT ''",
                          "met INTEGER"),
    "standard_review": ("assessment_id INTEGER", "standard_no INTEGER", "strengths TEXT DEFAULT ''",
                        "weaknesses TEXT DEFAULT ''", "direction TEXT DEFAULT ''"),
    "evidence_item": ("id INTEGER", "school_year TEXT", "code TEXT", "name TEXT DEFAULT ''", "number TEXT DEFAULT ''",
                      "issued_on TEXT", "issuer TEXT DEFAULT ''", "location TEXT DEFAULT ''", "expires TEXT",
                      "note TEXT DEFAULT ''"),
}
ASSESSMENT_KEYS = {"criterion_finding": "assessment_id, criterion_code, level",
                   "standard_review": "assessment_id, standard_no"}


@district_migrations(name="0008_school_assessment")
def school_assessment(db: Database) -> None:
    """Each school's self-assessment (#18): the school's own tables copied per import like its plan, and the
    office's summary per import and school year (``school_assessment``: the level worked out at import by the
    rule, with why, each criterion's reached level as JSON, the council's size, the approval day, the number
    of evidence items; store.district_assessment). Keyed by the import, so removing a school, putting it back
    on its previous import and undoing either carry its level along. Imports made before this step kept no
    assessment: the level shows once the school sends its file again."""
    for table, columns in ASSESSMENT_V14.items():
        key = ASSESSMENT_KEYS.get(table, "id")
        body = ",\n  ".join(("import_id INTEGER NOT NULL REFERENCES import_log(id)",) + columns)
        db.execute(f"CREATE TABLE {copied_table(table)} (\n  {body},\n  PRIMARY KEY (import_id, {key})\n)")
    _follow(db, ASSESSMENT_TABLES)     # a program whose school schema is newer than 14 made this file
    db.execute(
        """CREATE TABLE school_assessment (
            import_id INTEGER NOT NULL REFERENCES import_log(id),
            school_code TEXT NOT NULL,
            school_year TEXT NOT NULL,
            framework_id TEXT NOT NULL,
            framework_version INTEGER,
            level INTEGER,
            why TEXT NOT NULL DEFAULT '[]',
            reached TEXT NOT NULL DEFAULT '{}',
            unjudged INTEGER NOT NULL DEFAULT 0,
            council_members INTEGER NOT NULL DEFAULT 0,
            council_decision TEXT NOT NULL DEFAULT '',
            council_date TEXT,
            approved_on TEXT,
            evidence_items INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (import_id, school_year)
        )"""
    )


DISTRICT_SCHEMA_VERSION = len(district_migrations._migrations)
KNOWN_DISTRICT_MIGRATIONS = tuple(m.name for m in district_migrations._migrations)
