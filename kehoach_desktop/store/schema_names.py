"""The school file's schema steps by name: what a file may have applied, read without sqlite-utils.

Opening a file to read it (printing, verifying) must refuse one written by a newer program, which
needs only these names. store/migrations.py defines the steps with sqlite-utils and checks at
import that they are exactly these, in this order, so the two cannot drift apart.
"""
MIGRATION_SET = "kehoach"
KNOWN_MIGRATIONS = ("0001_core", "0002_progress", "0003_inspection", "0004_revisions", "0005_one_plan_per_year",
                     "0006_bodies_of_their_date",
                     "0007_printed_code", "0008_document_as_written", "0009_office_replies",
                     "0010_school_name_of_its_date", "0011_inspection_office_line",
                     "0012_signing_key", "0013_office_reply_key", "0014_self_assessment")
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
