"""`kehoach catalog`: list the installed frameworks, print one, install a corrected file, remove it."""
from __future__ import annotations

import argparse

import json


def register(sub: argparse._SubParsersAction) -> None:
    catalog = sub.add_parser("catalog", help="danh mục tiêu chuẩn, tiêu chí theo thông tư")
    catalog.add_argument("--framework", metavar="KHUNG",
                         help="tt18 | tt17 | tt19 | tt57-mn | tt57-pt | tt57-gdtx")
    catalog.add_argument("--json", action="store_true", help="in dạng JSON")
    catalog.set_defaults(handler=run_catalog)
    actions = catalog.add_subparsers(dest="catalog_command", metavar="import | remove")
    install = actions.add_parser("import", help="cài tệp danh mục đã hiệu chỉnh hoặc mới hơn (.json)")
    install.add_argument("file", metavar="FILE.json")
    install.set_defaults(handler=run_import)
    remove = actions.add_parser("remove", help="gỡ danh mục đã cài thêm; danh mục có sẵn được dùng lại")
    remove.add_argument("framework_id", metavar="KHUNG")
    remove.set_defaults(handler=run_remove)


def framework_to_dict(fw) -> dict:
    return {
        "id": fw.id, "name": fw.name, "circular": fw.circular, "date": fw.date.isoformat(),
        "provisional": fw.provisional, "levels": [fw.level_min, fw.level_max],
        "plan_form": fw.plan_form, "version": fw.version,
        "amendments": [
            {"circular": a.circular, "date": a.date.isoformat(),
             "effective": a.effective.isoformat() if a.effective else None, "verified": a.verified,
             "note": a.note, "label": a.label()}
            for a in fw.amendments
        ],
        "standards": [
            {"no": s.no, "title": s.title, "unverified": s.unverified, "criteria": [
                {"code": c.code, "title": c.title, "mandatory": c.mandatory, "unverified": c.unverified}
                for c in s.criteria]}
            for s in fw.standards
        ],
    }


def run_catalog(args: argparse.Namespace) -> int:
    from kehoach_desktop.catalogs import framework, installed_catalogs
    if args.framework:
        fw = framework(args.framework)
        if args.json:
            print(json.dumps(framework_to_dict(fw), ensure_ascii=False, indent=2))
            return 0
        print(fw.display_name())
        if fw.provisional:
            print(f"  ⚠ {fw.provisional_note}")
        for amendment in fw.amendments:
            print(f"  ⚠ {_capitalised(amendment.label())}" if not amendment.verified
                  else f"  {_capitalised(amendment.label())}")
        for standard in fw.standards:
            mark = " [chưa kiểm chứng]" if standard.unverified else ""
            print(f"Tiêu chuẩn {standard.no}: {standard.title}{mark}")
            for c in standard.criteria:
                marks = (" [bắt buộc]" if c.mandatory else "") + (" [chưa kiểm chứng]" if c.unverified else "")
                print(f"  Tiêu chí {c.code}. {c.title}{marks}")
        return 0
    catalogs = installed_catalogs()
    if args.json:
        print(json.dumps([{"id": fw.id, "name": fw.name, "provisional": fw.provisional,
                           "criteria": len(fw.criteria()), "version": fw.version,
                           "amendments": [a.label() for a in fw.amendments]} for fw in catalogs.values()],
                         ensure_ascii=False, indent=2))
        return 0
    for fw in catalogs.values():
        amended = "".join(f"; {a.label()}" for a in fw.amendments)
        print(f"{fw.id:<10} {fw.display_name()} — {len(fw.standards)} tiêu chuẩn, {len(fw.criteria())} tiêu chí"
              f"{amended}")
    return 0


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def run_import(args: argparse.Namespace) -> int:
    from kehoach_desktop.catalogs import install_catalog
    fw = install_catalog(args.file)
    print(f"Đã cài danh mục {fw.id} (phiên bản {fw.version}): {len(fw.criteria())} tiêu chí.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from kehoach_desktop.catalogs import remove_catalog
    bundled = remove_catalog(args.framework_id)
    if bundled is None:
        print(f"Đã gỡ danh mục {args.framework_id}.")
    else:
        print(f"Đã gỡ bản cài thêm của danh mục {bundled.id}; "
              f"chương trình dùng lại bản có sẵn (phiên bản {bundled.version}).")
    return 0
