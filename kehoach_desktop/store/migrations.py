"""The school file's schema, one sqlite-utils migration step per change.

Each step runs in its own transaction together with its record in
``_sqlite_migrations`` and stamps ``PRAGMA user_version`` so that any tool can
read the version cheaply. Never edit a step that has shipped: add a new one,
and commit a file of the previous version under tests/store/fixtures/ so the
upgrade stays tested (see tests/store/test_migrations.py).
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

from kehoach_desktop.store.schema_names import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION

migrations = Migrations(MIGRATION_SET)


def _stamp(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations(name="0001_core")
def core(db: Database) -> None:
    db.execute(
        """CREATE TABLE app_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE school (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            level TEXT NOT NULL,
            governing_body TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            principal TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            school_year TEXT NOT NULL,
            framework_id TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            title TEXT NOT NULL DEFAULT '',
            purposes TEXT NOT NULL DEFAULT '[]',
            bases TEXT NOT NULL DEFAULT '[]',
            organization TEXT NOT NULL DEFAULT '{}',
            recipients TEXT NOT NULL DEFAULT '[]',
            signer_title TEXT NOT NULL DEFAULT '',
            signer_name TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            general_info TEXT NOT NULL DEFAULT '',
            priority_problems TEXT NOT NULL DEFAULT '[]',
            monitoring TEXT NOT NULL DEFAULT '[]',
            reporting TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE plan_row (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            criterion_code TEXT NOT NULL DEFAULT '',
            current_level INTEGER,
            target_level INTEGER,
            expected_result TEXT NOT NULL DEFAULT '',
            tasks TEXT NOT NULL DEFAULT '',
            lead TEXT NOT NULL DEFAULT '',
            timeframe_text TEXT NOT NULL DEFAULT '',
            start_month TEXT,
            end_month TEXT,
            budget_amount INTEGER,
            budget_text TEXT NOT NULL DEFAULT '',
            support TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            indicators TEXT NOT NULL DEFAULT '',
            expected_evidence TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX plan_row_plan ON plan_row(plan_id, position)")
    _stamp(db, 1)


@migrations(name="0002_progress")
def progress(db: Database) -> None:
    """Progress through the year: row status, dated updates, evidence, targets (chỉ tiêu)."""
    for ddl in (
        "ALTER TABLE plan_row ADD COLUMN status TEXT NOT NULL DEFAULT 'not_started'",
        "ALTER TABLE plan_row ADD COLUMN percent INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE plan_row ADD COLUMN spent INTEGER",
        "ALTER TABLE plan_row ADD COLUMN status_manual INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute(ddl)
    db.execute(
        """CREATE TABLE progress_update (
            id INTEGER PRIMARY KEY,
            row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            percent INTEGER NOT NULL,
            status TEXT,
            note TEXT NOT NULL DEFAULT '',
            reporter TEXT NOT NULL DEFAULT '',
            spent INTEGER
        )"""
    )
    db.execute("CREATE INDEX progress_update_row ON progress_update(row_id, on_date)")
    db.execute(
        """CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
            update_id INTEGER REFERENCES progress_update(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            UNIQUE (plan_id, code)
        )"""
    )
    db.execute(
        """CREATE TABLE target (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            comparison TEXT NOT NULL DEFAULT '>=',
            value REAL NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE target_actual (
            target_id INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (target_id, period)
        )"""
    )
    _stamp(db, 2)


@migrations(name="0003_inspection")
def inspection(db: Database) -> None:
    """District inspections of a plan (biên bản kiểm tra), several per plan over the years."""
    db.execute(
        """CREATE TABLE inspection (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            school_year TEXT NOT NULL DEFAULT '',
            started_at TEXT,
            ended_at TEXT,
            place TEXT NOT NULL DEFAULT '',
            authority TEXT NOT NULL DEFAULT '',
            office TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '[]',
            school_side TEXT NOT NULL DEFAULT '[]',
            comments TEXT NOT NULL DEFAULT '[]',
            recommendations TEXT NOT NULL DEFAULT '[]',
            conclusion TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX inspection_plan ON inspection(plan_id, started_at)")
    db.execute(
        """CREATE TABLE inspection_finding (
            inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
            row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'not_started',
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (inspection_id, row_id)
        )"""
    )
    db.execute("CREATE INDEX inspection_finding_row ON inspection_finding(row_id)")
    _stamp(db, 3)


@migrations(name="0004_revisions")
def revisions(db: Database) -> None:
    """Issued plans (ban hành): each issue freezes the plan's canonical content as revision N."""
    db.execute(
        """CREATE TABLE plan_revision (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            issued_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            UNIQUE (plan_id, number)
        )"""
    )
    db.execute("CREATE INDEX plan_revision_fingerprint ON plan_revision(fingerprint)")
    _stamp(db, 4)


@migrations(name="0005_one_plan_per_year")
def one_plan_per_year(db: Database) -> None:
    """One plan per school year per school file: a unique index on (school_year, copy_number).

    Before this step nothing stopped a second plan for a year that already had
    one, so a file may hold twins. They are settled without losing anything:

    * a twin that holds nothing — no row (hence no progress update or
      evidence), no target (chỉ tiêu), no issued revision, no inspection — is
      deleted in favour of the others: it is what a second «Kế hoạch mới…»
      left behind, and only its header could go, never a row or an update;
    * when every twin is empty, the earliest (lowest id) stays;
    * twins that both hold content cannot be merged by a program: both are
      kept. The earliest stays the plan of the year (``copy_number`` 0, the one
      ``--year`` finds); each later one gets ``copy_number`` 1, 2, … and keeps
      its valid "YYYY-YYYY" school year, so it still prints. `kehoach check`
      and the window's plan list call it «bản sao», and it stops being a copy
      as soon as the principal moves it to a free year (or deletes it).

    New plans always get ``copy_number`` 0, so the index refuses a second plan
    for a year; only this step ever writes a copy number above 0.
    """
    db.execute("ALTER TABLE plan ADD COLUMN copy_number INTEGER NOT NULL DEFAULT 0")
    years = [r[0] for r in db.execute(
        "SELECT school_year FROM plan GROUP BY school_year HAVING COUNT(*) > 1").fetchall()]
    for year in years:
        ids = [r[0] for r in db.execute("SELECT id FROM plan WHERE school_year = ? ORDER BY id", [year])]
        holding = [i for i in ids if _holds_content(db, i)]
        keep = holding or ids[:1]
        for plan_id in ids:
            if plan_id not in keep:
                db.execute("DELETE FROM plan WHERE id = ?", [plan_id])
        for number, plan_id in enumerate(keep):
            db.execute("UPDATE plan SET copy_number = ? WHERE id = ?", [number, plan_id])
    db.execute("CREATE UNIQUE INDEX plan_school_year ON plan(school_year, copy_number)")
    _stamp(db, 5)


@migrations(name="0006_bodies_of_their_date")
def bodies_of_their_date(db: Database) -> None:
    """The school's identity since 01/7/2025, and each document keeping the bodies of its date.

    The school gains its commune, province, the governing body's sentence form and the office
    that receives its plans. A plan now stores the governing body of its own letterhead and an
    inspection record its authority: both are filled from the school as it is now, and a plan
    without a place gets the school's, so every existing document prints exactly what it printed
    before this step; from here on, editing the school changes only new documents.
    """
    for column in ("commune", "province", "governing_body_sentence", "receiving_office"):
        db.execute(f"ALTER TABLE school ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE plan ADD COLUMN governing_body TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE plan SET governing_body = COALESCE((SELECT governing_body FROM school WHERE id = 1), '')")
    db.execute("UPDATE plan SET place = COALESCE((SELECT place FROM school WHERE id = 1), '') WHERE place = ''")
    db.execute("UPDATE inspection SET authority = COALESCE((SELECT governing_body FROM school WHERE id = 1), '') "
               "WHERE authority = ''")
    _stamp(db, 6)


@migrations(name="0007_printed_code")
def printed_code(db: Database) -> None:
    """Each revision records the version of the canonical form its fingerprint was made under.

    Revisions issued so far are version 1 (the plan's data) and keep verifying under it; new
    ones are version 2 (everything the signed plan prints, ``domain.canonical``), stored as
    ``printed`` beside the plan's data (``snapshot``, still what a revision is read back from).
    """
    db.execute("ALTER TABLE plan_revision ADD COLUMN canonical_version INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE plan_revision ADD COLUMN printed TEXT")
    _stamp(db, 7)


@migrations(name="0008_document_as_written")
def document_as_written(db: Database) -> None:
    """What an imported Word plan printed that the fields did not say, kept to print as it had it.

    A row gains the criterion cell as the document wrote it and the document's own rows above it
    in the plan table ("MỨC 1, 2, 3"); a plan gains the document's section headings where they
    differ from the form's ("VI. TỔ CHỨC THỰC HIỆN"), its own closing paragraphs and whether its
    lists had lines without a mark (none is then added). All empty here, so every plan already in
    a file prints as before (its "Tổ chức thực hiện" parts live in the organization's JSON).
    """
    for column in ("criterion_wording", "rows_above"):
        db.execute(f"ALTER TABLE plan_row ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE plan ADD COLUMN section_headings TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE plan ADD COLUMN closing TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE plan ADD COLUMN items_as_written INTEGER NOT NULL DEFAULT 0")
    _stamp(db, 8)


@migrations(name="0009_office_replies")
def office_replies(db: Database) -> None:
    """What the office answered about a plan (domain.office_reply): its decision and its comments on rows."""
    db.execute(
        """CREATE TABLE office_reply (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            received_at TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            office TEXT NOT NULL DEFAULT '',
            governing_body TEXT NOT NULL DEFAULT '',
            signer TEXT NOT NULL DEFAULT '',
            plan_code TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '',
            decided_on TEXT,
            UNIQUE (plan_id, file_sha256)
        )"""
    )
    db.execute(
        """CREATE TABLE office_comment (
            reply_id INTEGER NOT NULL REFERENCES office_reply(id) ON DELETE CASCADE,
            row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
            comment TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX office_comment_row ON office_comment(row_id)")
    _stamp(db, 9)


@migrations(name="0010_school_name_of_its_date")
def school_name_of_its_date(db: Database) -> None:
    """A plan keeps the school's name of its date, as it keeps its governing body (0006): renaming the
    school later neither rewrites a filed plan's letterhead nor turns its issued code into a draft's."""
    db.execute("ALTER TABLE plan ADD COLUMN school_name TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE plan SET school_name = COALESCE((SELECT name FROM school WHERE id = 1), '')")
    _stamp(db, 10)


@migrations(name="0011_inspection_office_line")
def inspection_office_line(db: Database) -> None:
    """An inspection record keeps the letterhead line of the office that made it («PHÒNG VĂN HÓA - XÃ
    HỘI») apart from its name in a sentence, so a record the office sends back prints as the office signed it."""
    db.execute("ALTER TABLE inspection ADD COLUMN office_line TEXT NOT NULL DEFAULT ''")
    _stamp(db, 11)


@migrations(name="0012_signing_key")
def signing_key(db: Database) -> None:
    """The school's own key pair (domain.signing), made with the file (or at this upgrade), and its export
    counter. Exports are signed with the private key, which never leaves the file: an export blanks it."""
    from datetime import datetime, timezone
    from kehoach_desktop.domain.signing import new_key_pair
    db.execute(
        """CREATE TABLE signing_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            public_key TEXT NOT NULL,
            private_key TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            export_sequence INTEGER NOT NULL DEFAULT 0
        )"""
    )
    private, public = new_key_pair()
    db.execute("INSERT INTO signing_key (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)",
               [public, private, datetime.now(timezone.utc).isoformat(timespec="seconds")])
    _stamp(db, 12)


@migrations(name="0013_office_reply_key")
def office_reply_key(db: Database) -> None:
    """The office key each reply was signed with (domain.office_reply): the school keeps the first one it
    sees and refuses a reply signed by another (or unsigned) until the principal confirms the change."""
    db.execute("ALTER TABLE office_reply ADD COLUMN public_key TEXT NOT NULL DEFAULT ''")
    _stamp(db, 13)


@migrations(name="0014_self_assessment")
def self_assessment(db: Database) -> None:
    """The year's self-assessment (domain.self_assessment): its council, each criterion's findings per
    level, each standard's review, the report's other texts and data table; the evidence register
    (domain.evidence_register), kept per school year with one row per code; and the priority problem
    a plan row addresses (the registry's ``problem``: its number in section IV)."""
    db.execute(
        """CREATE TABLE self_assessment (
            id INTEGER PRIMARY KEY,
            school_year TEXT NOT NULL UNIQUE,
            framework_id TEXT NOT NULL,
            council_decision_number TEXT NOT NULL DEFAULT '',
            council_decision_date TEXT,
            approved_on TEXT,
            texts TEXT NOT NULL DEFAULT '{}',
            data TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE council_member (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES self_assessment(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            work_group TEXT NOT NULL DEFAULT '',
            criteria TEXT NOT NULL DEFAULT '',
            task TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE criterion_finding (
            assessment_id INTEGER NOT NULL REFERENCES self_assessment(id) ON DELETE CASCADE,
            criterion_code TEXT NOT NULL,
            level INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            met INTEGER,
            PRIMARY KEY (assessment_id, criterion_code, level)
        )"""
    )
    db.execute(
        """CREATE TABLE standard_review (
            assessment_id INTEGER NOT NULL REFERENCES self_assessment(id) ON DELETE CASCADE,
            standard_no INTEGER NOT NULL,
            strengths TEXT NOT NULL DEFAULT '',
            weaknesses TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, standard_no)
        )"""
    )
    db.execute(
        """CREATE TABLE evidence_item (
            id INTEGER PRIMARY KEY,
            school_year TEXT NOT NULL,
            code TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            issuer TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            expires TEXT,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (school_year, code)
        )"""
    )
    db.execute("ALTER TABLE plan_row ADD COLUMN problem TEXT NOT NULL DEFAULT ''")
    _stamp(db, 14)


def _holds_content(db: Database, plan_id: int) -> bool:
    """Anything under the plan that deleting it would lose (progress and evidence hang off rows)."""
    return any(db.execute(f"SELECT 1 FROM {table} WHERE plan_id = ? LIMIT 1", [plan_id]).fetchone()
               for table in ("plan_row", "target", "plan_revision", "inspection"))


# The names a reader checks a file against (store/schema_names.py) are exactly the steps above.
if tuple(m.name for m in migrations._migrations) != KNOWN_MIGRATIONS:
    raise RuntimeError("store/schema_names.py must list the migrations of store/migrations.py, in order")
__all__ = ["KNOWN_MIGRATIONS", "MIGRATION_SET", "SCHEMA_VERSION", "migrations"]
