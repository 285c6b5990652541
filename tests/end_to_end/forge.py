"""Hostile files made by code, byte by byte: not-workbooks, damaged copies, bombs, entities.

Nothing here is committed as a binary: every file a case drops in an inbox is made on the spot
from a real workbook of the demo workspace or from first principles (the zip and OLE2 formats).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable, Mapping

import docx

from pipeline.authoring.demo.pdf import text_pdf

MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
    b'openxmlformats.org/package/2006/content-types"><Override PartName="/xl/'
    b'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'spreadsheetml.sheet.main+xml"/></Types>'
)
# Strict Open XML uses other namespaces for the same parts.
_STRICT = {
    MAIN_NS: b"http://purl.oclc.org/ooxml/spreadsheetml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": b"http://purl.oclc.org/ooxml/officeDocument/relationships",
}


# --- Zip packages -------------------------------------------------------------------------


def members(data: bytes) -> dict[str, bytes]:
    """Return every member of zip `data`, by name, in archive order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(
    data: bytes,
    change: Mapping[str, bytes | None] | None = None,
    rename: Mapping[str, str] | None = None,
    stored: bool = False,
) -> bytes:
    """Return zip `data` with members replaced (None: removed) or renamed, others as they were.

    `stored` keeps every member uncompressed (the size then depends only on the content's).
    """
    change, rename = change or {}, rename or {}
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as target:
        for name, content in members(data).items():
            new = change.get(name, content)
            if new is not None:
                target.writestr(rename.get(name, name), new)
    return out.getvalue()


def sheet_part(data: bytes, title: str) -> str:
    """Return the zip member holding worksheet `title` of workbook `data`."""
    parts = members(data)
    workbook = parts["xl/workbook.xml"].decode("utf-8")
    found = re.search(r'<sheet [^>]*name="' + re.escape(title) + r'"[^>]*r:id="(rId\d+)"', workbook)
    assert found, f"no sheet {title!r} in the workbook"
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    for relation in re.finditer(r"<Relationship [^>]*>", rels):
        if f'Id="{found.group(1)}"' in relation.group(0):
            target = re.search(r'Target="([^"]+)"', relation.group(0))
            assert target
            return (
                target.group(1).lstrip("/")
                if target.group(1).startswith("/")
                else "xl/" + target.group(1)
            )
    raise AssertionError(f"no relationship for sheet {title!r}")


def edit_part(data: bytes, name: str, edit: Callable[[bytes], bytes]) -> bytes:
    """Return workbook `data` with member `name` passed through `edit`."""
    return rezip(data, {name: edit(members(data)[name])})


def with_doctype(data: bytes, title: str, cell: str, doctype: bytes, reference: bytes) -> bytes:
    """Return the workbook with a DTD in sheet `title`, whose `cell` holds `reference` inline."""

    def poison(xml: bytes) -> bytes:
        xml = set_cell(xml, cell, b't="inlineStr"><is><t>' + reference + b"</t></is>")
        return _after_declaration(xml, doctype)

    return edit_part(data, sheet_part(data, title), poison)


def with_shared_strings(
    data: bytes, title: str, cell: str, strings: bytes, part: str = "xl/sharedStrings.xml"
) -> bytes:
    """Return the workbook with a shared strings part (`strings`) that `cell` of `title` uses.

    Excel keeps text in such a part; `part` may be given an unusual name (the content types
    and relationships say where it is, as the format allows).
    """
    parts = members(data)
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    types = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/{part}" ContentType="{kind}"/></Types>'.encode()
    )
    rels = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdStrings" Type="{relation}" '
        f'Target="/{part}"/></Relationships>'.encode(),
    )
    sheet = sheet_part(data, title)
    changed = rezip(
        data,
        {
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": rels,
            sheet: set_cell(parts[sheet], cell, b't="s"><v>0</v>'),
        },
    )
    return _added(changed, part, strings)


def _added(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return out.getvalue()


def set_cell(xml: bytes, cell: str, content: bytes) -> bytes:
    """Return sheet XML whose `cell` is replaced by `<c r="cell" ` + `content` + `</c>`."""
    pattern = re.compile(rb'<c r="' + cell.encode() + rb'"[^>]*?(/>|>.*?</c>)', re.DOTALL)
    new = b'<c r="' + cell.encode() + b'" ' + content + b"</c>"
    changed, count = pattern.subn(lambda _: new, xml, count=1)
    assert count == 1, f"no cell {cell} in the sheet"
    return changed


def _after_declaration(xml: bytes, doctype: bytes) -> bytes:
    declaration = re.match(rb"<\?xml[^>]*\?>\s*", xml)
    head = declaration.group(0) if declaration else b""
    return head + doctype + xml[len(head) :]


def truncated(data: bytes) -> bytes:
    """Return the first half of a file, as a copy cut short leaves it."""
    return data[: len(data) // 2]


def flipped(data: bytes, name: str) -> bytes:
    """Return zip `data` with one byte flipped in the middle of member `name`'s compressed data."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    position = start + info.compress_size // 2
    patched = bytearray(data)
    patched[position] ^= 0xFF
    return bytes(patched)


def strict(data: bytes) -> bytes:
    """Return a workbook rewritten with Strict Open XML namespaces (Excel's "Strict" save)."""

    def convert(content: bytes) -> bytes:
        for old, new in _STRICT.items():
            content = content.replace(old, new)
        return content

    return rezip(
        data,
        {
            name: convert(content)
            for name, content in members(data).items()
            if name.endswith((".xml", ".rels"))
        },
    )


# --- Bombs ----------------------------------------------------------------------------------


def bomb(unpacked_mb: int) -> bytes:
    """Return a small zip holding a workbook whose sheet unpacks to `unpacked_mb` megabytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", b'<workbook xmlns="' + MAIN_NS + b'"/>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = b" " * (1 << 20)
            for _ in range(unpacked_mb):
                part.write(block)
    return out.getvalue()


def many_parts(count: int) -> bytes:
    """Return a workbook-looking zip with `count` tiny members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", b'<workbook xmlns="' + MAIN_NS + b'"/>')
        for number in range(count - 2):
            archive.writestr(f"xl/media/image{number}.xml", b"<a/>")
    return out.getvalue()


def lying(data: bytes, name: str, declared: int) -> bytes:
    """Return zip `data` whose central directory understates the unpacked size of `name`."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
        entry = archive.start_dir
    patched = bytearray(data)
    while True:
        assert patched[entry : entry + 4] == b"PK\x01\x02", f"no central entry for {name}"
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", patched, entry + 28)
        if bytes(patched[entry + 46 : entry + 46 + name_length]).decode() == name:
            break
        entry += 46 + name_length + extra_length + comment_length
    assert info.file_size > declared
    if struct.unpack_from("<I", patched, entry + 24)[0] == 0xFFFFFFFF:  # zip64: in the extra
        struct.pack_into("<Q", patched, entry + 46 + name_length + 4, declared)
    else:
        struct.pack_into("<I", patched, entry + 24, declared)
    return bytes(patched)


# --- Files that are not workbooks -------------------------------------------------------------


def ods() -> bytes:
    """Return a small OpenDocument spreadsheet, laid out as LibreOffice Calc saves one."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr(
            "META-INF/manifest.xml",
            (
                b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
                b'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                b'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                b'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                b'"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
            ),
        )
        archive.writestr(
            "content.xml",
            (
                b'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="'
                b'urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:'
                b'tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
                b'xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>'
                b'<table:table table:name="Complaints"><table:table-row><table:table-cell><text:p>'
                b"ID</text:p></table:table-cell></table:table-row></table:table></office:"
                b"spreadsheet></office:body></office:document-content>"
            ),
        )
    return out.getvalue()


def csv() -> bytes:
    """Return a register exported as CSV (semicolons, as French Excel writes it)."""
    return (
        "ID;Reçue le;Objet\r\nC-01;10/02/2026;Convocation reçue en retard\r\n"
        "C-02;27/03/2026;Absence non signalée\r\n"
    ).encode("cp1252")


def word_document(text: str = "Procedure for complaints") -> bytes:
    """Return a real Word document whose only paragraph is `text`."""
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf() -> bytes:
    """Return a real one-page PDF."""
    return text_pdf("Training catalogue", ["2026 edition"])


def xls() -> bytes:
    """Return an Excel 97-2003 workbook container (OLE2 with a Workbook stream of BIFF8)."""
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0)
    eof = struct.pack("<HH", 0x000A, 0)
    return compound_file({"Workbook": bof + eof})


def encrypted() -> bytes:
    """Return a workbook protected by a password to open, as Office stores it (agile, 4.4)."""
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://'
        b'schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" '
        b'keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
        b'hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>'
    )
    package = struct.pack("<Q", 9000) + bytes(range(256)) * 36
    return compound_file({"EncryptionInfo": info, "EncryptedPackage": package})


# --- OLE2 compound files (MS-CFB, version 3) --------------------------------------------------

_SECTOR = 512
_FREE, _END, _FAT_SECTOR, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(streams: Mapping[str, bytes]) -> bytes:
    """Return an OLE2 compound file holding `streams` (each stored in regular sectors)."""
    bodies = [content.ljust(max(4096, len(content)), b"\0") for content in streams.values()]
    fat = [_FAT_SECTOR, _END]  # sector 0 holds the FAT, sector 1 the directory
    starts = []
    for body in bodies:
        count = -(-len(body) // _SECTOR)
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [_END]
    assert len(fat) <= _SECTOR // 4, "streams too large for a one-sector FAT"
    fat_bytes = struct.pack(f"<{_SECTOR // 4}I", *fat, *[_FREE] * (_SECTOR // 4 - len(fat)))
    directory = _entry("Root Entry", 5, child=1 if streams else _NONE, start=_END, size=0)
    names = list(streams)
    for index, (name, body) in enumerate(zip(names, bodies, strict=True)):
        right = index + 2 if index + 1 < len(names) else _NONE
        directory += _entry(name, 2, right=right, start=starts[index], size=len(body))
    directory = directory.ljust(-(-len(directory) // _SECTOR) * _SECTOR, b"\0")
    assert len(directory) == _SECTOR, "keep to three streams"
    return (
        _header()
        + fat_bytes
        + directory
        + b"".join(body.ljust(-(-len(body) // _SECTOR) * _SECTOR, b"\0") for body in bodies)
    )


def _header() -> bytes:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    # directory sectors (0 in v3), FAT sectors, first directory sector, transaction,
    # mini-stream cutoff, first mini-FAT sector, mini-FAT sectors, first DIFAT, DIFAT sectors
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    return header + struct.pack("<I", 0) + struct.pack("<I", _FREE) * 108


def _entry(
    name: str, kind: int, *, child: int = _NONE, right: int = _NONE, start: int, size: int
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
    entry += struct.pack("<III", _NONE, right, child) + b"\0" * 36
    return entry + struct.pack("<IQ", start, size)


def many_rows(data: bytes, title: str, count: int, row: Callable[[int], bytes]) -> bytes:
    """Return the workbook whose sheet `title` holds its header and then `count` rows.

    `row(n)` gives the cells (`<c>` elements) of row n; the XML is written straight, as a
    program exporting a large register would.
    """

    def fill(xml: bytes) -> bytes:
        header = re.search(rb'<row r="1"[ >].*?</row>', xml, re.DOTALL)
        assert header
        rows = b"".join(b'<row r="%d">%s</row>' % (n, row(n)) for n in range(2, count + 2))
        start, end = xml.index(b"<sheetData>"), xml.index(b"</sheetData>")
        body = b"<sheetData>" + header.group(0) + rows
        xml = xml[:start] + body + xml[end:]
        return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:H%d"/>' % (count + 1), xml)

    return edit_part(data, sheet_part(data, title), fill)
