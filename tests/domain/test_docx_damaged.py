"""Damaged and odd Word files: the importer answers with a plan or a Vietnamese refusal, never a crash."""
from __future__ import annotations

import io
import random
import zipfile

import pytest
from lxml import etree

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.docx_reading import W
from kehoach_desktop.domain.errors import InputError
from tests.fixtures.docx.build_fixtures import build_all

ODD_TEXTS = ("Tiêu chuẩn 9:", "MỨC 7", "Tiêu chí 99.1", "", "1.1.1", "Nơi nhận:", "HIỆU TRƯỞNG",
             "năm học 2024-2023", "-5 triệu", "Tháng 13/2024", "Số:", "KẾ HOẠCH", "I. ")
ODD_COUNTS = ("abc", "-1", "0", "99999", "continue", "restart", "")


def _mutate(source, rng: random.Random) -> bytes:
    archive = zipfile.ZipFile(source)
    root = etree.fromstring(archive.read("word/document.xml"))
    elements = list(root.iter(f"{W}tc", f"{W}tr", f"{W}p", f"{W}tbl", f"{W}gridSpan", f"{W}vMerge", f"{W}t"))
    for _ in range(rng.randint(1, 6)):
        element = rng.choice(elements)
        parent = element.getparent()
        if parent is None:
            continue
        roll = rng.random()
        if element.tag in (f"{W}gridSpan", f"{W}vMerge") and roll < 0.7:
            element.set(f"{W}val", rng.choice(ODD_COUNTS))
        elif element.tag == f"{W}t" and roll < 0.6:
            element.text = rng.choice(ODD_TEXTS)
        elif roll < 0.5:
            parent.remove(element)
        else:
            parent.insert(parent.index(element), etree.fromstring(etree.tostring(element)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as copy:
        for item in archive.infolist():
            copy.writestr(item, etree.tostring(root) if item.filename == "word/document.xml" else archive.read(item))
    return out.getvalue()


def test_a_hundred_and_twenty_damaged_copies_of_real_layouts_never_crash(tmp_path):
    catalogs = installed_catalogs()
    sources = [p for name, p in build_all(tmp_path / "src").items() if name.endswith(("2018.docx", "2026.docx"))]
    rng = random.Random(20261125)
    read = refused = 0
    for number in range(120):
        path = tmp_path / f"hong-{number}.docx"
        path.write_bytes(_mutate(rng.choice(sources), rng))
        try:
            import_plan_docx(path, catalogs)
            read += 1
        except InputError as exc:
            assert exc.message and "Traceback" not in exc.message
            refused += 1
    assert read > 60 and read + refused == 120


@pytest.mark.parametrize("document", [
    b"<not xml",
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&b;</w:t></w:r></w:p></w:body></w:document>",
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:document>',
])
def test_a_broken_or_hostile_document_part_is_refused(tmp_path, document):
    path = tmp_path / "hong.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    with pytest.raises(InputError):
        import_plan_docx(path, installed_catalogs())
