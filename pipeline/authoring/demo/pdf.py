"""A one-page PDF of plain text, for the demo's evidence files (scanned-document stand-ins).

Written by hand so the demo needs no PDF library: two standard fonts, WinAnsi encoding (covers
French), fixed content, no creation date, so the same text always gives the same bytes.
"""

from __future__ import annotations

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LEADING = 14
WRAP = 92  # characters per line at 10 pt Helvetica
MAX_LINES = (PAGE_HEIGHT - 2 * MARGIN - 40) // LEADING


def text_pdf(title: str, lines: list[str]) -> bytes:
    """Return a one-page A4 PDF showing `title` in bold and `lines` below it, wrapped."""
    wrapped = [part for line in lines for part in (textwrap.wrap(line, WRAP) or [""])]
    if len(wrapped) > MAX_LINES:
        raise ValueError(f"{len(wrapped)} lines do not fit on one page ({MAX_LINES} at most)")
    stream = _content(title, wrapped)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        % (PAGE_WIDTH, PAGE_HEIGHT),
        _font(b"Helvetica"),
        _font(b"Helvetica-Bold"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    return _document(objects)


def _content(title: str, lines: list[str]) -> bytes:
    top = PAGE_HEIGHT - MARGIN
    parts = [
        b"BT /F2 14 Tf %d %d Td (%s) Tj ET" % (MARGIN, top, _literal(title)),
        b"BT /F1 10 Tf %d TL %d %d Td" % (LEADING, MARGIN, top - 30),
    ]
    parts += [b"(%s) '" % _literal(line) for line in lines]
    parts.append(b"ET")
    return b"\n".join(parts)


def _font(name: bytes) -> bytes:
    return b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name


def _literal(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _document(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
