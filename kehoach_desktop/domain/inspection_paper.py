"""What the inspection record's paper says around its table, once for the PDF and the Word copy.

Who heads it (the inspecting office's governing body and letterhead line, the record's number) and
who signs it: one block per participant on both sides, the school's people first (its principal
leading), then the team with its leader first. A record not typed yet prints blank blocks to sign by hand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kehoach_desktop.domain.inspection import Inspection
from kehoach_desktop.domain.plan import School
from kehoach_desktop.domain.values import nfc

DEFAULT_OFFICE = "Phòng Giáo dục và Đào tạo"
_HONORIFIC = re.compile(r"^(ông|bà|thầy|cô|đ/c|đồng chí)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class RecordHeading:
    authority: str        # upper line of the letterhead: "UBND XÃ VĨNH HẢI"
    office_line: str      # its bold line: "PHÒNG VĂN HÓA - XÃ HỘI"
    office: str           # in the opening sentence: "đoàn kiểm tra của Phòng Văn hóa - Xã hội xã Vĩnh Hải"
    number: str           # "05/BB-VHXH", or blank space before the symbol to write it by hand


def heading(record: Inspection | None, school: School) -> RecordHeading:
    office = record.office if record and record.office else DEFAULT_OFFICE
    authority = record.authority if record and record.authority else school.governing_body
    number = record.number if record and record.number else "\u00a0" * 8 + "/BB-PGDĐT"
    return RecordHeading(authority, (record.office_line if record else "") or office, office, number)


def signature_name(name: str) -> str:
    """The name under a signature, without "Ông"/"Bà"."""
    return _HONORIFIC.sub("", nfc(name).strip())


def _is_principal(role: str) -> bool:
    return nfc(role).strip().lower() == "hiệu trưởng"


EMPTY_BLOCK = ("", "")


def signers(record: Inspection | None, school: School) -> list[tuple[str, str]]:
    """(title, name) per signature block, in the order a two-column grid prints them: the school's people
    down the left column, the team down the right one, row by row (an empty block where a side has fewer)."""
    school_side, team = _school_signers(record, school), _team_signers(record)
    rows = max(len(school_side), len(team))
    school_side += [EMPTY_BLOCK] * (rows - len(school_side))
    team += [EMPTY_BLOCK] * (rows - len(team))
    return [block for pair in zip(school_side, team) for block in pair]


def _school_signers(record: Inspection | None, school: School) -> list[tuple[str, str]]:
    side = list(record.school_side) if record else []
    principal = next((m.name for m in side if _is_principal(m.role)), school.principal)
    blocks = [("Đại diện nhà trường\nHiệu trưởng", signature_name(principal))]
    blocks += [("Đại diện nhà trường\n" + (m.role.strip() or "Thành viên"), signature_name(m.name))
               for m in side if not (_is_principal(m.role) and nfc(m.name) == nfc(principal))]
    return blocks


def _team_signers(record: Inspection | None) -> list[tuple[str, str]]:
    team = list(record.team) if record and record.team else []
    if not team:
        return [("Tổ trưởng đoàn kiểm tra", ""), ("Thành viên", ""), ("Thành viên", "")]
    blocks = []
    leader = record.leader() if record else None
    if leader is not None:
        team.remove(leader)
        team.insert(0, leader)
    for member in team:
        role = member.team_role or "Thành viên"
        leads = member is leader and role.lower().startswith("tổ trưởng")
        blocks.append(("Tổ trưởng đoàn kiểm tra" if leads else "Đoàn kiểm tra\n" + role, signature_name(member.name)))
    return blocks
