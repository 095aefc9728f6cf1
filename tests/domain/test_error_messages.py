"""Every refusal is data: a literal Vietnamese template (its message id) with English beside it.

The test reads the program's source, not its behaviour: it walks the syntax tree of every module
under kehoach_desktop/ and finds each place an ``InputError`` is built, directly or through a
helper that takes a template. A message assembled at run time (an f-string, a concatenation, an
earlier ``exc.message``) could not be looked up in ``domain/messages_en.py``, so the English
interface would show it in Vietnamese; that is what fails here.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kehoach_desktop
from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.messages_en import ENGLISH
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.domain.row_edit import edit_field

PACKAGE = Path(kehoach_desktop.__file__).parent

# Callables whose argument at this position is a template: InputError itself, and the helpers
# that wrap a reason (itself a template) in a wider refusal. Inside such a helper, passing its own
# template parameter on to InputError is allowed.
TEMPLATE_TAKERS = {"InputError": 0, "_fail": 1, "_refuse": 1, "_open_error": 1,
                   "refusal": 1, "_finite": 1, "_tf_error": 0, "_refused": 0, "_held": 3}

# Modules whose refusals are still built from f-strings: converted when the inspection registry lands.
NOT_YET_CONVERTED = {
    "domain/inspection.py",
    "store/inspections.py",
    "commands/inspection.py",
}

_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?:[!:][^{}]*)?\}")


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _passes_on_its_template(arg: ast.expr, function: ast.FunctionDef | None) -> bool:
    """``InputError(reason, …)`` inside a helper that was given ``reason`` as its template."""
    if function is None or not isinstance(arg, ast.Name):
        return False
    taker = TEMPLATE_TAKERS.get(function.name)
    if taker is None:
        return False
    params = [a.arg for a in function.args.args if a.arg != "self"]
    return taker < len(params) and params[taker] == arg.id


def _is_re_raise(arg: ast.expr) -> bool:
    """``InputError(exc.template, field=…, **exc.values)``: a refusal passed on unchanged."""
    return isinstance(arg, ast.Attribute) and arg.attr == "template"


def scan() -> tuple[dict[str, list[str]], list[str]]:
    """(template → where it is used, the places that build a refusal from anything but a literal)."""
    templates: dict[str, list[str]] = {}
    wrong: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):     # a subclass of InputError takes a template as well
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "InputError" for b in node.bases):
                TEMPLATE_TAKERS.setdefault(node.name, 0)
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        enclosing = {id(inner): f for f in functions for inner in ast.walk(f)}   # innermost wins: walked last
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            at = TEMPLATE_TAKERS.get(name or "")
            if at is None or len(node.args) <= at:
                continue
            arg = node.args[at]
            where = f"{module}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                templates.setdefault(arg.value, []).append(where)
            elif _is_re_raise(arg) or _passes_on_its_template(arg, enclosing.get(id(node))):
                continue
            elif module not in NOT_YET_CONVERTED:
                wrong.append(f"{where}: {ast.unparse(arg)[:80]}")
    return templates, wrong


def test_every_refusal_is_built_from_a_literal_template():
    templates, wrong = scan()
    assert len(templates) > 100                      # the scan did find the program's refusals
    assert wrong == []


def test_every_template_has_english_with_the_same_placeholders():
    templates, _ = scan()
    missing = [f"{places[0]}: {t}" for t, places in templates.items() if t not in ENGLISH]
    assert missing == []
    differing = [t for t in templates if placeholders(ENGLISH[t]) != placeholders(t)]
    assert differing == []


def test_the_english_table_has_no_entry_the_program_no_longer_raises():
    templates, _ = scan()
    assert sorted(set(ENGLISH) - set(templates)) == []


def test_a_nested_reason_is_shown_in_the_language_asked_for():
    reason = InputError("số tiền không được âm", field="budget")
    refusal = InputError("Dự kiến kinh phí không hợp lệ: «{text}» ({reason}). Ví dụ hợp lệ: 5 triệu, "
                         "2.000.000 đ, Miễn phí.", field="budget", text="-5 triệu", reason=reason)
    assert refusal.message == ("Dự kiến kinh phí không hợp lệ: «-5 triệu» (số tiền không được âm). "
                               "Ví dụ hợp lệ: 5 triệu, 2.000.000 đ, Miễn phí.")
    english = refusal.in_language("en")
    assert "«-5 triệu»" in english and ENGLISH[reason.template] in english
    assert "không" not in english


def test_a_refused_edit_names_its_row_and_field_as_data():
    row = PlanRow(criterion_code="1.1", position=4)                  # the fifth row of the plan
    with pytest.raises(InputError) as refused:
        edit_field(row, "budget", "5 trieuu", framework("tt18"))
    assert (refused.value.field, refused.value.row, refused.value.values["text"]) == ("budget", 5, "5 trieuu")
    assert refused.value.in_language("en").startswith("Invalid planned budget: «5 trieuu»")
