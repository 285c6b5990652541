"""Attacks through the inbox: entities, zip bombs and XML tricks are refused before any parser
expands them, with the memory of the build bounded; nothing the attacker points at is read."""

from __future__ import annotations

from pathlib import Path

from tests.end_to_end import forge
from tests.end_to_end.children import limited_build
from tests.end_to_end.conftest import Case, document_text

SECRET = "SECRET-7f3a-do-not-leak"
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)


def _external(secret: Path) -> bytes:
    return b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://' + str(secret).encode() + b'">]>'


def _strings(doctype: bytes, reference: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + doctype
        + b"<sst "
        + NS
        + b' count="1" uniqueCount="1"><si><t>'
        + reference
        + b"</t></si></sst>"
    )


def test_entities_in_a_sheet_or_the_shared_strings_are_refused_unexpanded(
    case: Case, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    book = case.workbook("complaints").read_bytes()
    poisoned = {
        "laughs in a sheet.xlsx": forge.with_doctype(book, "Complaints", "E2", LAUGHS, b"&lol9;"),
        "laughs in shared strings.xlsx": forge.with_shared_strings(
            book, "Complaints", "E2", _strings(LAUGHS, b"&lol9;")
        ),
        "external in a sheet.xlsx": forge.with_doctype(
            book, "Complaints", "E2", _external(secret), b"&xxe;"
        ),
        "external in shared strings.xlsx": forge.with_shared_strings(
            book, "Complaints", "E2", _strings(_external(secret), b"&xxe;")
        ),
        # a part the format lets a workbook name freely: refused by the parser's own guard
        "laughs in an unusual part.xlsx": forge.with_shared_strings(
            book, "Complaints", "E2", _strings(LAUGHS, b"&lol9;"), "xl/strings.dat"
        ),
    }
    for name, content in poisoned.items():
        (case.inbox / name).write_bytes(content)
    case.snapshot()

    outcome = limited_build(case.root)

    for name in poisoned:
        assert [f[:5] for f in outcome["findings"] if f[2] == f"inbox/{name}"] == [
            ["error", "XML_ENTITIES", f"inbox/{name}", "", ""]
        ], name
    assert outcome["deliveries"]["outbox/complaint-register.docx"] == "unchanged"
    case.verify()
    assert SECRET not in str(outcome)
    assert all(SECRET not in document_text(path) for path in case.outbox.rglob("*.docx"))


def test_zip_bombs_are_refused_before_parsing_with_memory_bounded(
    case: Case, bombs: dict[str, tuple[bytes, str]]
) -> None:
    assert len(bombs["bomb 500 MB.xlsx"][0]) < 1 << 20  # 1 MB that expands to 500 MB
    for name, (content, _) in bombs.items():
        (case.inbox / name).write_bytes(content)
    case.snapshot()

    outcome = limited_build(case.root)  # 400 MB of address space for the whole build

    for name, (_, code) in bombs.items():
        assert [f[:5] for f in outcome["findings"] if f[2] == f"inbox/{name}"] == [
            ["error", code, f"inbox/{name}", "", ""]
        ], name
    assert outcome["deliveries"]["outbox/audit-preparation.docx"] == "unchanged"
    case.verify()
