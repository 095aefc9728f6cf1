"""`kehoach assess show|level|set|new FILE.db`: the self-assessment (Biểu 1) without the window.

    kehoach assess show TRUONG.db [--year 2025-2026] [--json]
    kehoach assess level TRUONG.db [--year 2025-2026] [--json] [--if 3.2=2 --if 4.1=2]
    kehoach assess set TRUONG.db --year 2025-2026 --criterion 1.1 --level 1 [--text "…" | --text-file f.txt]
                                 [--met yes|no|unset]
    kehoach assess new TRUONG.db --year 2026-2027 [--from-previous] [--framework tt57-pt]

`show` (commands/assess_show.py) and `level` only read. `set` and `new` write one transaction
each and save nothing when they refuse (exit 2, a Vietnamese message). The evidence register is `kehoach evidence`; the
papers are `kehoach print assessment|evidence|council`.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json

#: a statement typed in a text file: a few paragraphs; more than this is not a statement
MAX_TEXT_FILE_BYTES = 400_000
MET_WORDS = {"yes": True, "dat": True, "đạt": True, "no": False, "khong": False, "không": False,
             "unset": None, "chua": None, "chưa": None}
_IF = re.compile(r"\s*(\d+\.\d+)\s*=\s*(\d+)\s*")


def register(sub: argparse._SubParsersAction) -> None:
    assess = sub.add_parser("assess", help="báo cáo tự đánh giá (Biểu 1): xem, mức đạt của trường, ghi kết quả")
    actions = assess.add_subparsers(dest="assess_command", metavar="show | level | set | new", required=True)
    show = actions.add_parser("show", help="hội đồng, kết quả từng tiêu chí và minh chứng, mức đạt, cảnh báo")
    level = actions.add_parser("level", help="mức đạt của nhà trường và lý do; --if để thử «nếu tiêu chí … đạt …»")
    for parser in (show, level):
        parser.add_argument("file", metavar="FILE.db")
        parser.add_argument("--year", metavar="2025-2026", help="năm học (mặc định: báo cáo mới nhất)")
        parser.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=_run_show)
    level.add_argument("--if", dest="changes", action="append", default=[], metavar="3.2=2",
                       help="giả sử tiêu chí đạt mức này (nhắc lại được; 0: không đạt Mức 1)")
    level.set_defaults(handler=run_level)

    put = actions.add_parser("set", help="ghi hiện trạng và/hoặc kết quả Đạt/Không đạt một mức của một tiêu chí")
    put.add_argument("file", metavar="FILE.db")
    put.add_argument("--year", required=True, metavar="2025-2026", help="năm học của báo cáo")
    put.add_argument("--criterion", required=True, metavar="1.1", help="tiêu chí")
    put.add_argument("--level", required=True, metavar="1", help="mức (1 hoặc 2)")
    text = put.add_mutually_exclusive_group()
    text.add_argument("--text", help="hiện trạng, kết quả đạt được, kèm mã minh chứng: «… (MC.1.1.01).»")
    text.add_argument("--text-file", metavar="FILE.txt", help="đọc hiện trạng từ tệp văn bản UTF-8")
    put.add_argument("--met", metavar="yes|no|unset",
                     help="đánh giá: yes (Đạt), no (Không đạt), unset (chưa đánh giá); bỏ trống: giữ nguyên")
    put.set_defaults(handler=run_set)

    new = actions.add_parser("new", help="lập báo cáo tự đánh giá của một năm học (trống, hoặc từ năm trước)")
    new.add_argument("file", metavar="FILE.db")
    new.add_argument("--year", required=True, metavar="2026-2027", help="năm học của báo cáo mới")
    new.add_argument("--from-previous", action="store_true",
                     help="bắt đầu từ báo cáo năm học trước: giữ nội dung, hội đồng, minh chứng (giữ mã); "
                          "đánh giá lại từ đầu")
    new.add_argument("--framework", metavar="ID", help="khung tiêu chí (mặc định: khung Thông tư 57 của cấp học)")
    new.set_defaults(handler=run_new)


# -- shared with commands/evidence.py and commands/printing.py ----------------------------------

def opened_context(path: str, year: str | None, *, read_only: bool = True):
    """(file, AssessmentContext) of ``year`` (default: the newest report); the caller closes ``file``."""
    from kehoach_desktop.usecases.assessment_context import assessment_context
    from kehoach_desktop.usecases.school_file import SchoolFile
    file = SchoolFile.open(path, read_only=read_only)
    try:
        return file, assessment_context(file, year)
    except BaseException:
        file.close()
        raise


def level_name(level: int) -> str:
    return f"Mức {level}" if level else "Chưa đạt Mức 1"


def vn_date(day) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def _run_show(args: argparse.Namespace) -> int:
    from kehoach_desktop.commands.assess_show import run_show
    return run_show(args)


def _verdict_or_refuse(ctx):
    from kehoach_desktop.domain.errors import InputError
    if ctx.verdict is None:
        raise InputError("Khung {short_circular} chưa có quy tắc xếp mức đạt của nhà trường.", field="framework",
                         short_circular=ctx.framework.short_circular())
    return ctx.verdict


# -- level -----------------------------------------------------------------------------------

def parse_changes(texts: list[str], framework) -> dict[str, int]:
    """``["3.2=2", "4.1=2,4.2=2"]`` → ``{"3.2": 2, "4.1": 2, "4.2": 2}``, each checked against the framework."""
    from kehoach_desktop.domain.errors import InputError
    changes: dict[str, int] = {}
    for text in (part for typed in texts for part in str(typed).split(",")):
        match = _IF.fullmatch(text)
        if match is None:
            raise InputError("«{text}» không đúng dạng TIÊU_CHÍ=MỨC, ví dụ 3.2=2.", field="changes",
                             text=shown(text)[:40])
        code, level = match.group(1), int(match.group(2))
        if framework.criterion(code) is None:
            raise InputError("Tiêu chí {code} không có trong khung {short_circular}.", field="criterion", code=code,
                             short_circular=framework.short_circular())
        if level > framework.level_max:
            raise InputError("Mức {value} không hợp lệ: khung {short_circular} chỉ có Mức {lo}–{hi}",
                             field="target_level", value=level, short_circular=framework.short_circular(),
                             lo=framework.level_min, hi=framework.level_max)
        changes[code] = level
    return changes


def run_level(args: argparse.Namespace) -> int:
    from kehoach_desktop.commands.assess_show import print_level
    from kehoach_desktop.domain.level_rule import rule_for, what_if
    from kehoach_desktop.domain.self_assessment import unjudged
    file, ctx = opened_context(args.file, args.year)
    file.close()
    verdict = _verdict_or_refuse(ctx)
    fw, a = ctx.framework, ctx.assessment
    changes = parse_changes(args.changes, fw)
    waiting = unjudged(a, fw)
    data: dict = {"school_year": a.school_year, "level": verdict.level, "name": level_name(verdict.level),
                  "why": list(verdict.why), "unjudged": waiting}
    if changes:
        rule = rule_for(fw.id)
        assert rule is not None                          # a verdict was made from it
        supposed = what_if(rule, [c.code for c in fw.criteria()], [c.code for c in fw.mandatory_criteria()],
                           a.reached_levels(), changes)
        data["what_if"] = {"changes": changes, "level": supposed.level, "name": level_name(supposed.level),
                           "why": list(supposed.why)}
    if args.json:
        print(shown_json(data))
        return 0
    print_level(a.school_year, verdict.level, verdict.why, waiting)
    if changes:
        what = ", ".join(f"{code} {level_name(level).lower() if not level else f'đạt Mức {level}'}"
                         for code, level in changes.items())
        moved = data["what_if"]["level"]
        change = "không đổi" if moved == verdict.level else ("cao hơn" if moved > verdict.level else "thấp hơn")
        print(shown(f"Nếu tiêu chí {what}: nhà trường {level_name(moved).lower() if not moved else f'đạt Mức {moved}'}"
                    f" ({change})."))
        for reason in data["what_if"]["why"]:
            print(shown(f"  {reason}"))
    return 0


# -- set and new -----------------------------------------------------------------------------

def read_text_file(path: str) -> str:
    """A statement typed in a text file (UTF-8, with or without BOM); refused in Vietnamese otherwise."""
    from kehoach_desktop.domain.errors import InputError
    source = Path(path)
    if not source.is_file():
        raise InputError("Không có tệp văn bản «{file}».", field="text_file", file=shown(source.name))
    try:
        raw = source.read_bytes()[:MAX_TEXT_FILE_BYTES + 1]
    except OSError as exc:
        raise InputError("Không đọc được tệp «{file}» ({error}).", field="file", file=shown(source.name),
                         error=exc.strerror or exc) from exc
    if len(raw) > MAX_TEXT_FILE_BYTES:
        raise InputError("Tệp «{file}» quá lớn cho nội dung một mức (tối đa {limit} byte).", field="text_file",
                         file=shown(source.name), limit=MAX_TEXT_FILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("Tệp «{file}» không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8.", field="text_file",
                         file=shown(source.name)) from exc
    if "\x00" in text:
        raise InputError("Tệp «{file}» không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8.", field="text_file",
                         file=shown(source.name))
    return text


def clean_statement(text: str) -> str:
    """Line breaks and tabs kept; escapes, other controls and bidi overrides out (a pasted text carries some)."""
    from kehoach_desktop.domain.printable import printable_text
    return printable_text(text.replace("\r\n", "\n").replace("\r", "\n"))


def _met(word: str | None):
    from kehoach_desktop.domain.errors import InputError
    if word is None:
        return "keep"
    key = word.strip().casefold()
    if key not in MET_WORDS:
        raise InputError("«{word}» không hợp lệ cho --met: dùng yes (Đạt), no (Không đạt) hoặc unset (chưa đánh giá).",
                         field="met", word=shown(word)[:20])
    return MET_WORDS[key]


def run_set(args: argparse.Namespace) -> int:
    from kehoach_desktop.commands.assess_show import criterion_result, finding_word
    from kehoach_desktop.domain.citations import cited_codes
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store.evidence_items import list_items
    from kehoach_desktop.store.self_assessment import save_finding
    from kehoach_desktop.usecases.assessment_context import assessment_context
    year = parse_school_year(args.year)
    met = _met(args.met)
    text = read_text_file(args.text_file) if args.text_file else args.text
    text = None if text is None else clean_statement(text)
    file, ctx = opened_context(args.file, year, read_only=False)
    try:
        fw = ctx.framework
        level = fw.validate_level(args.level)
        code = args.criterion.strip()
        updated = file.write(save_finding, year, code, level, text, met, fw)
        listed = {i.code for i in file.read(list_items, year)}
        after = assessment_context(file, year)
    finally:
        file.close()
    finding = updated.finding(level)
    if text is None and args.met is None:
        print(shown(f"Không có gì để lưu: hãy cho --text, --text-file hoặc --met. Tiêu chí {code}, Mức {level}: "
                    f"{finding_word(finding)}."))
        return 0
    print(shown(f"Đã lưu tiêu chí {code}, Mức {level}: {finding_word(finding)}."))
    approved = ctx.assessment.approved_on
    if approved is not None:
        # Changing a report its council already approved is allowed (a correction), but said.
        print(shown(f"Lưu ý: báo cáo năm học {year} đã được Hội đồng thông qua ngày {approved:%d/%m/%Y}; nội dung "
                    "sửa sau ngày đó cần được Hội đồng xem lại."))
    print(shown(f"Tiêu chí {code}: {criterion_result(updated, fw.level_max)}."))
    for missing in [c for c in cited_codes([finding.text], fw.evidence_template) if c not in listed]:
        print(shown(f"Lưu ý: {missing} chưa có trong danh mục minh chứng năm học {year} (kehoach evidence add)."))
    if after.verdict is not None:
        print(shown(f"Mức đạt của nhà trường: {level_name(after.verdict.level)}."))
    return 0


def _framework_for_new(level: str, framework_id: str | None):
    """The framework named, else the first proposed for the school's level that has a council rule (TT57)."""
    from kehoach_desktop.catalogs import framework, installed_catalogs
    from kehoach_desktop.domain.catalog_loader import frameworks_for_level
    from kehoach_desktop.domain.council import council_rule
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.plan import SCHOOL_LEVELS
    if framework_id:
        from kehoach_desktop.commands.plan_new import chosen_framework
        return chosen_framework(level, "", framework_id)
    fitting = [fw for fw in frameworks_for_level(level, installed_catalogs()) if council_rule(fw.id) is not None]
    if not fitting:
        raise InputError("Chưa cài khung tiêu chí Thông tư 57 cho trường {level_name}: hãy cài tệp danh mục "
                         "(kehoach catalog import).", field="framework", level_name=SCHOOL_LEVELS.get(level, level))
    return framework(fitting[0].id)


def run_new(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.assessment_plan import assessment_for_next_year
    from kehoach_desktop.domain.assessment_texts import default_texts
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.domain.self_assessment import SelfAssessment
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.assessment_start import start_assessment
    from kehoach_desktop.store.self_assessment import load_assessment
    from kehoach_desktop.usecases.school_file import SchoolFile
    year = parse_school_year(args.year)
    previous_year = f"{int(year[:4]) - 1}-{year[:4]}"
    with SchoolFile.open(args.file) as file:
        school = file.read(plans.get_school)
        if school is None:
            raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
        if args.from_previous:
            previous = file.read(load_assessment, previous_year)
            if previous is None:
                raise InputError("Chưa có báo cáo tự đánh giá năm học {school_year} để lập báo cáo năm sau.",
                                 field="school_year", school_year=previous_year)
            plan = next((p for p in file.read(plans.list_plans) if p.school_year == previous_year), None)
            fresh = assessment_for_next_year(previous, file.read(plans.get_plan, plan.id) if plan else None)
            copied = file.write(start_assessment, fresh, previous_year)
        else:
            fw = _framework_for_new(school.level, args.framework)
            fresh = SelfAssessment(year, fw.id, texts=default_texts())
            copied = file.write(start_assessment, fresh, None)
    if copied is None:          # that year has a report (another window may have made it a moment ago)
        raise InputError("Đã có báo cáo tự đánh giá năm học {school_year}; không lập lại để khỏi ghi đè.",
                         field="school_year", school_year=year)
    print(shown(f"Đã lập báo cáo tự đánh giá năm học {year} (khung {fresh.framework_id})."))
    if args.from_previous:
        print(shown(f"Bắt đầu từ báo cáo năm học {previous_year}: giữ nội dung và hội đồng (cần ghi quyết định "
                    f"thành lập mới), các tiêu chí đánh giá lại từ đầu; chép {copied} minh chứng sang danh mục "
                    f"năm học {year}, giữ nguyên mã."))
    print(shown(f"Tiếp theo: kehoach assess set {Path(args.file).name} --year {year} --criterion 1.1 --level 1 "
                "--text \"…\" --met yes"))
    return 0
