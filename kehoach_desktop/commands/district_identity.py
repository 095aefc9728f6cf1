"""The office's identity on the command line: asked at `office init`, changed by `office set`, printed.

Only ``commands/district.py`` imports this, inside the handlers that need it.
"""
from __future__ import annotations

import argparse
from datetime import date

from kehoach_desktop.commands.text import shown
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import (
    OfficeIdentity, change_day, current_kinds, new_identity, office_kind, offices, refuse_ended,
)


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:
        return ""


def asked_identity(args: argparse.Namespace, ask: bool) -> OfficeIdentity:
    """A new office from the options; in a terminal, what they leave out is asked."""
    kind = args.kind
    if not kind and ask:
        kinds = "; ".join(f"{k.words[0]}: {k.label}" for k in current_kinds())
        kind = _ask(f"Loại cơ quan ({kinds}): ")
    if not kind:
        raise InputError("Hãy cho biết loại cơ quan: {choices}.", field="kind",
                         choices=", ".join(f"--kind {k.words[0]} ({k.label})" for k in current_kinds()))
    office = office_kind(kind)
    refuse_ended(office)
    commune, province, signer = args.commune, args.province, args.signer
    if ask and office.area == "commune" and not commune:
        commune = _ask("Xã/phường/đặc khu (ví dụ: xã Vĩnh Hải): ")
    if ask and not province:
        optional = " (Enter để bỏ qua)" if office.area != "province" else ""
        province = _ask(f"Tỉnh/thành phố (ví dụ: thành phố Hải Phòng){optional}: ")
    if ask and not signer:
        signer = _ask("Họ tên người ký báo cáo (Enter để bỏ qua): ")
    identity = new_identity(office.id, commune=commune or "", province=province or "", signer_name=signer or "",
                            signer_title=args.signer_title or "")
    return identity.changed(name=args.name)


def changed_identity(current: OfficeIdentity, args: argparse.Namespace) -> tuple[OfficeIdentity, date]:
    """``current`` with the options applied, and the day the change applies from. A new kind or area
    takes every line from the kind's templates again; a line given on the command line is kept as typed."""
    from kehoach_desktop.domain.parse import parse_date
    identity = current
    kind = current.kind
    if args.kind or args.commune or args.province:
        office = office_kind(args.kind or current.kind)
        if office.id != current.kind:
            refuse_ended(office)
        kind = office.id
        same = office.id == current.kind
        commune = args.commune or (current.commune if office.area == "commune" else "")
        identity = new_identity(office.id, commune=commune, province=args.province or current.province,
                                signer_name=current.signer_name, signer_title=current.signer_title if same else "")
    identity = identity.changed(
        name=args.name, signer_name=args.signer, signer_title=args.signer_title,
        governing_body=args.governing_body, office_line=args.office_line, place=args.place, symbol=args.symbol,
        recipients=args.recipient)
    since = parse_date(args.since) if args.since else change_day(current, kind, date.today())
    return identity, since


def identity_lines(identity: OfficeIdentity) -> list[str]:
    """The identity as `office init|set|show` print it, one item a line."""
    lines = [
        f"  Loại cơ quan: {identity.label}",
        f"  Tên: {identity.name}",
        f"  Đầu văn bản: {identity.governing_body or '(không có dòng cơ quan chủ quản)'} / {identity.office_line}",
        f"  Địa danh: {identity.place or '(chưa có)'}",
        f"  Số báo cáo: Số …/{identity.symbol}",
        f"  Người ký: {identity.signer_title.replace(chr(10), ' / ')} — {identity.signer_name or '(chưa có họ tên)'}",
        f"  Nơi nhận: {'; '.join(identity.recipients) or '(chưa có)'}",
    ]
    kind = offices().kinds.get(identity.kind)
    if kind is not None and kind.unverified:
        lines.append(f"  Chưa kiểm chứng: {kind.unverified}")
    return [shown(line) for line in lines]
