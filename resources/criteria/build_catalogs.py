"""Build the bundled criteria catalogs (``resources/criteria/*.json``) from the research notes.

Run once by a maintainer; its output is committed and the program never reads the
reference folder at run time::

    python resources/criteria/build_catalogs.py [REFERENCE_DIR]

REFERENCE_DIR (default ``/work/shared/reference``) holds ``criteria-2018.json`` and
``tt57-2026.json``. Every title, note and uncertainty flag is carried over as the
references give it, except the corrections found since (``TITLE_CORRECTIONS_2018``,
``CONFIRMED_2018``: second sources for 2018 titles, each written into the criterion's note)
and the amendment ``AMENDMENTS_2018`` records; they are here, not in the notes, so the
committed files can always be rebuilt from the same notes. Two flags are *derived*, and say so:

* TT57 criteria: ``unverified`` is true when ``sources_agree`` < 2 (the code and title
  come from one source family only), the same meaning "unverified" has in the 2018 notes.
* TT57 standards: ``unverified`` is true when the reference lists a title variant for the
  standard, or when every criterion of that school type comes from one source family.

The output is checked with ``kehoach_desktop.domain.catalog.parse_framework`` before it is
written, so a broken reference cannot produce a catalog the program would refuse.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REFERENCE = Path("/work/shared/reference")

EVIDENCE_2018 = {
    "template": "[H{n}-{n}.{n}-{nn}]",
    "example": "[H1-1.9-01]",
    "format": "[Hn-a.b-cc]",
    "note": "Công văn 5932/BGDĐT-QLCL (28/12/2018): box n, criterion a.b, number cc.",
}
EVIDENCE_TT57 = {"template": "MC.{n}.{n}.{nn}", "example": "MC.1.1.01"}

PROVISIONAL_NOTE_TT57 = (
    "Danh mục tạm thời: chưa đối chiếu với văn bản chính thức của Thông tư 57/2026/TT-BGDĐT; "
    "tên tiêu chí và yêu cầu từng mức có thể thay đổi khi có bản chính thức."
)

# reference id -> (bundled id, display name, school levels)
FRAMEWORKS_2018 = {
    "tt18-2018": ("tt18", "Thông tư 18/2018/TT-BGDĐT (THCS, THPT, nhiều cấp học)",
                  ["thcs", "thpt", "nhieu_cap"]),
    "tt17-2018": ("tt17", "Thông tư 17/2018/TT-BGDĐT (tiểu học)", ["tieu_hoc"]),
    "tt19-2018": ("tt19", "Thông tư 19/2018/TT-BGDĐT (mầm non)", ["mam_non"]),
}
# the reference's applies_to codes, checked against the school levels above
APPLIES_TO = {"THCS": "thcs", "THPT": "thpt", "PTNC": "nhieu_cap", "TH": "tieu_hoc", "MN": "mam_non"}
EXPECTED_2018 = {"tt18": [10, 4, 6, 2, 6], "tt17": [10, 4, 6, 2, 5], "tt19": [10, 3, 6, 2, 4]}
# Version 2: the corrections below. A changed catalog must carry a higher version: the loader
# then prefers it to an installed copy of version 1 instead of refusing "same version, other content".
VERSION_2018 = 2
# "amendments" exists from catalog format 2 on (an older program says "update the program")
FORMAT_2018 = 2

# Found since the first build (reference README, section 1), from two second sources:
SECOND_SOURCES = "an older public self-assessment-report builder (c. 2020) and one school's public tool"
# (catalog, "standard" | "criterion", number or code) -> (title the notes give, the corrected title, why)
TITLE_CORRECTIONS_2018 = {
    ("tt18", "criterion", "1.5"): ("Lớp học", "Khối lớp và tổ chức lớp học",
                                   "the shorthand of schools' filed plans (2023-2025)"),
    ("tt17", "criterion", "1.5"): ("Lớp học", "Khối lớp và tổ chức lớp học",
                                   "the shorthand of schools' filed plans (2023-2025)"),
    ("tt19", "standard", 2): ("Cán bộ quản lý, giáo viên và nhân viên", "Cán bộ quản lý, giáo viên, nhân viên",
                              "source A's wording has no 'và'"),
}
# One-source titles a second source now confirms: their "unverified" flag is cleared, and only theirs.
CONFIRMED_2018 = {
    ("tt18", "criterion", "3.5"): "Thiết bị",
    ("tt17", "criterion", "3.1"): "Khuôn viên, khu sân chơi, sân tập",
    ("tt17", "criterion", "3.5"): "Thiết bị",
    ("tt17", "standard", 5): "Hoạt động giáo dục và kết quả giáo dục",
    ("tt17", "criterion", "5.1"): "Kế hoạch giáo dục của nhà trường",
    ("tt17", "criterion", "5.2"): "Thực hiện Chương trình giáo dục phổ thông cấp tiểu học",
    ("tt17", "criterion", "5.3"): "Thực hiện các hoạt động giáo dục khác",
    ("tt17", "criterion", "5.5"): "Kết quả giáo dục",
    ("tt19", "criterion", "1.5"): "Tổ chức nhóm trẻ và lớp mẫu giáo",
    ("tt19", "criterion", "3.1"): "Diện tích, khuôn viên và sân vườn",
    ("tt19", "criterion", "3.2"): "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập",
    ("tt19", "criterion", "3.3"): "Khối phòng hành chính - quản trị",
    ("tt19", "criterion", "3.4"): "Khối phòng tổ chức ăn",
    ("tt19", "criterion", "3.5"): "Thiết bị, đồ dùng, đồ chơi",
    ("tt19", "criterion", "3.6"): "Khu vệ sinh, hệ thống cấp thoát nước",
    ("tt19", "criterion", "4.1"): "Ban đại diện cha mẹ trẻ",
    ("tt19", "standard", 5): "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ",
    ("tt19", "criterion", "5.1"): "Thực hiện Chương trình giáo dục mầm non",
    ("tt19", "criterion", "5.2"): "Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ",
    ("tt19", "criterion", "5.3"): "Kết quả nuôi dưỡng và chăm sóc sức khỏe",
    ("tt19", "criterion", "5.4"): "Kết quả giáo dục",
}
# Thông tư 22/2024 amended all three 2018 circulars; what it changed in the criteria is not known
# from a reliable source, so no criterion changes and the amendment says "not verified".
AMENDMENTS_2018 = [{
    "circular": "22/2024/TT-BGDĐT",
    "date": "2024-12-10",
    "effective": "2025-01-25",
    "verified": False,
    "note": "Amends Thông tư 17, 18 and 19/2018: repeals several provisions of chapter II, i.e. some "
            "indicators (vbpl.vn marks TT18 'ngưng hiệu lực một phần'). Effective date per one source. "
            "Its effect on the criteria is not verified: one self-contradicting source claims standard 3 "
            "became 3 criteria, unconfirmed, so no criterion was changed. Repealed with TT 17/18/19/2018 "
            "by TT 57/2026.",
}]

# reference school type -> (bundled id, display name, school levels)
FRAMEWORKS_TT57 = {
    "mam_non": ("tt57-mn", "Thông tư 57/2026/TT-BGDĐT (mầm non)", ["mam_non"]),
    "pho_thong": ("tt57-pt", "Thông tư 57/2026/TT-BGDĐT (phổ thông)",
                  ["tieu_hoc", "thcs", "thpt", "nhieu_cap"]),
    "gdtx": ("tt57-gdtx", "Thông tư 57/2026/TT-BGDĐT (giáo dục thường xuyên)", ["gdtx"]),
}
MANDATORY_TT57 = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]


def _nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def _sources_text(notes: list[str]) -> str:
    return " ".join(n.strip() for n in notes if n and n.strip())


def _second_sources(fid: str, kind: str, key, item: dict) -> None:
    """Apply the corrections and confirmations found since the notes, saying so in the item's note."""
    correction = TITLE_CORRECTIONS_2018.get((fid, kind, key))
    if correction is not None:
        old, new, why = correction
        assert item["title"] in (old, new), (fid, kind, key, item["title"])   # notes changed under us?
        if item["title"] == old:
            item["title"] = new
            item["note"] = (f"Corrected in version {VERSION_2018} from '{old}' ({why}); "
                            f"title per {SECOND_SOURCES}.")
    confirmed = CONFIRMED_2018.get((fid, kind, key))
    if confirmed is not None:
        assert item["title"] == confirmed, (fid, kind, key, item["title"])
        item["unverified"] = False
        sentence = f"Confirmed by a second source in version {VERSION_2018} ({SECOND_SOURCES})."
        item["note"] = f"{item['note']} {sentence}" if item.get("note") else sentence
    elif correction is not None and item["unverified"]:
        item["note"] += " Still flagged: the research notes do not list it as confirmed."


def _corrections_note(fid: str) -> str:
    fixed = [f"{k} {c}" for (f, k, c) in TITLE_CORRECTIONS_2018 if f == fid]
    confirmed = sum(1 for (f, _, _) in CONFIRMED_2018 if f == fid)
    parts = []
    if fixed:
        parts.append("title corrected: " + ", ".join(fixed))
    if confirmed:
        parts.append(f"{confirmed} one-source title(s) confirmed")
    return f"Version {VERSION_2018}: " + "; ".join(parts) + f" (second sources: {SECOND_SOURCES})." if parts else ""


def build_2018(reference: dict) -> list[dict]:
    out = []
    for ref in reference["frameworks"]:
        fid, name, levels = FRAMEWORKS_2018[ref["id"]]
        assert sorted(APPLIES_TO[a] for a in ref["applies_to"]) == sorted(levels), ref["id"]
        standards = []
        for s in ref["standards"]:
            std = {"no": s["no"], "title": s["title"], "unverified": bool(s["unverified"])}
            if s.get("note"):
                std["note"] = s["note"]
            _second_sources(fid, "standard", s["no"], std)
            criteria = []
            for c in s["criteria"]:
                crit = {
                    "code": c["code"],
                    "title": c["title"],
                    "unverified": bool(c["unverified"]),
                    "mandatory": False,
                }
                if c.get("note"):
                    crit["note"] = c["note"]
                _second_sources(fid, "criterion", c["code"], crit)
                # which of Mức 2 / Mức 3 have indicators of their own (source A, unchecked)
                crit["has_level"] = {"2": bool(c["has_muc_2"]), "3": bool(c["has_muc_3"])}
                criteria.append(crit)
            std["criteria"] = criteria
            standards.append(std)
        counts = [len(s["criteria"]) for s in standards]
        assert counts == EXPECTED_2018[fid], (fid, counts)
        assert sum(counts) == ref["criteria_count"], fid
        fw = {
            "format": FORMAT_2018,
            "id": fid,
            "name": name,
            "circular": ref["circular"],
            "date": ref["date"],
            "effective": ref["effective"],
            "title": ref["title"],
            "school_levels": levels,
            "level_min": 1,
            "level_max": 4,
            "evidence_code": dict(EVIDENCE_2018),
            "plan_form": "tt18-9col",
            "provisional": False,
            "provisional_note": "",
            "version": VERSION_2018,
            "source_note": _sources_text(
                [reference.get("generated_note", ""),
                 "Sources: " + "; ".join(ref.get("sources", [])) + ".",
                 _corrections_note(fid)]
            ),
            "status_note": ref.get("status_note", ""),
            "levels_note": ref.get("levels_note", ""),
            "amendments": [dict(a) for a in AMENDMENTS_2018],
        }
        if ref.get("effective_unverified"):
            fw["effective_unverified"] = True
        if "muc_4" in ref:
            fw["level_4"] = ref["muc_4"]
        fw["standards"] = standards
        out.append(fw)
    return out


def build_tt57(reference: dict) -> list[dict]:
    effective_text = reference["effective"]
    effective = effective_text[:10]
    assert reference["levels"] == ["Mức 1", "Mức 2"]
    rule = reference["school_level_rule"]
    assert rule["mandatory_criteria"] == MANDATORY_TT57
    evidence = reference["evidence_code_format"]
    assert evidence["example"] == EVIDENCE_TT57["example"]
    out = []
    for school_type, ref in reference["school_types"].items():
        fid, name, levels = FRAMEWORKS_TT57[school_type]
        all_criteria = [c for s in ref["standards"] for c in s["criteria"]]
        one_source_only = all(c.get("sources_agree", 0) < 2 for c in all_criteria)
        variants = ref.get("standard_title_variants", {})
        standards = []
        for s in ref["standards"]:
            std = {"no": s["no"], "title": s["title"]}
            notes = []
            variant = variants.get(str(s["no"]))
            if variant:
                std["title_variants"] = [variant]
                notes.append(f"Title variant: {variant}.")
            if one_source_only:
                notes.append("Only one source family (A) covers this school type: "
                             "every criterion has sources_agree=1.")
            std["unverified"] = bool(variant) or one_source_only
            if s.get("note"):
                notes.insert(0, s["note"])
            if notes:
                std["note"] = " ".join(notes)
            criteria = []
            for c in s["criteria"]:
                agree = c.get("sources_agree")
                crit = {
                    "code": c["code"],
                    "title": c["title"],
                    "unverified": agree is None or agree < 2,
                    "mandatory": bool(c["mandatory"]),
                }
                if c.get("note"):
                    crit["note"] = c["note"]
                if c.get("title_variants"):
                    crit["title_variants"] = c["title_variants"]
                    if "note" not in crit:
                        crit["note"] = "Title variant: " + "; ".join(c["title_variants"]) + "."
                if agree is not None:
                    crit["sources_agree"] = agree
                crit["levels"] = c["levels"]
                if c.get("indicators"):
                    crit["indicators"] = c["indicators"]
                if c.get("evidence_hints"):
                    crit["evidence_hints"] = c["evidence_hints"]
                if c.get("evidence_group"):
                    crit["evidence_group"] = c["evidence_group"]
                criteria.append(crit)
            std["criteria"] = criteria
            standards.append(std)
        codes = [c["code"] for s in standards for c in s["criteria"]]
        assert len(standards) == 4 and len(codes) == 15, fid
        assert [c["code"] for s in standards for c in s["criteria"] if c["mandatory"]] == MANDATORY_TT57, fid
        fw = {
            "format": 1,
            "id": fid,
            "name": name,
            "circular": reference["circular"],
            "date": reference["date"],
            "effective": effective,
            "title": reference["title"],
            "school_levels": levels,
            "level_min": 1,
            "level_max": 2,
            "evidence_code": {
                **EVIDENCE_TT57,
                "format": evidence["pattern"],
                "note": f"{evidence['citation_style']}. Basis: {evidence['basis']}.",
            },
            "plan_form": "tt57-bieu2",
            "provisional": True,
            "provisional_note": PROVISIONAL_NOTE_TT57,
            "version": 1,
            "source_note": _sources_text([
                reference.get("status", ""),
                "Sources: " + "; ".join(f"{k} = {v}" for k, v in reference.get("sources", {}).items()) + ".",
                "sources_agree = " + reference.get("sources_agree_meaning", "") + ".",
            ]),
            "status_note": "Replaces " + ", ".join(reference.get("replaces", [])) + " (as reported by the sources).",
            "levels_note": "Levels: " + ", ".join(reference["levels"]) + ". The school's level follows school_level_rule.",
            "effective_unverified": effective_text != effective,
            "effective_note": effective_text,
            "appendix": ref.get("appendix", ""),
            "replaces": reference.get("replaces", []),
            "school_level_rule": rule,
            "forms": reference.get("forms", {}),
            "standards": standards,
        }
        out.append(fw)
    return out


def main(argv: list[str]) -> int:
    reference_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_REFERENCE
    ref_2018 = json.loads((reference_dir / "criteria-2018.json").read_text(encoding="utf-8"))
    ref_2026 = json.loads((reference_dir / "tt57-2026.json").read_text(encoding="utf-8"))
    frameworks = [_nfc(f) for f in build_2018(ref_2018) + build_tt57(ref_2026)]

    sys.path.insert(0, str(HERE.parent.parent))
    from kehoach_desktop.domain.catalog import parse_framework  # noqa: E402

    for fw in frameworks:
        parse_framework(fw)  # refuse to write anything the program would refuse
        path = HERE / f"{fw['id']}.json"
        path.write_text(json.dumps(fw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        count = sum(len(s["criteria"]) for s in fw["standards"])
        print(f"{path.name}: {len(fw['standards'])} standards, {count} criteria")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
