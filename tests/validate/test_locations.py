"""Evidence locations: web addresses, files under the evidence folder, nothing outside it."""

from __future__ import annotations

import pytest

from pipeline.validate.locations import Location, classify

FILES = frozenset(
    {"contracts/subcontract.pdf", "Livret d’accueil.pdf", "ind01.pdf", "e\u0301quipe/cv.pdf"}
)  # a macOS file name, decomposed (NFD)

CASES = [
    ("https://www.example.fr/qualite", Location.WEB),
    ("HTTP://intranet.local/doc", Location.WEB),
    ("contracts/subcontract.pdf", Location.FILE),
    ("contracts\\subcontract.pdf", Location.FILE),
    ("./contracts/subcontract.pdf", Location.FILE),
    ("evidence/contracts/subcontract.pdf", Location.FILE),
    ("Contracts/Subcontract.PDF", Location.FILE),
    ("contracts", Location.FILE),
    ("contracts/", Location.FILE),
    ("Livret d’accueil.pdf", Location.FILE),
    ("\u00e9quipe/cv.pdf", Location.FILE),
    ("contracts/missing.pdf", Location.MISSING),
    ("www.example.fr/qualite", Location.MISSING),
    ("../hr/contract.pdf", Location.OUTSIDE),
    ("contracts/../../secret.pdf", Location.OUTSIDE),
    ("/etc/passwd", Location.OUTSIDE),
    ("C:\\Users\\claire\\contract.pdf", Location.OUTSIDE),
    ("c:contract.pdf", Location.OUTSIDE),
    ("\\\\server\\share\\contract.pdf", Location.OUTSIDE),
    ("//server/share/contract.pdf", Location.OUTSIDE),
    ("~/Documents/contract.pdf", Location.OUTSIDE),
    ("file:///home/claire/contract.pdf", Location.OUTSIDE),
    ("smb://server/share/contract.pdf", Location.OUTSIDE),
    ("  ", Location.EMPTY),
]


@pytest.mark.parametrize(("location", "expected"), CASES, ids=[c[0] or "blank" for c in CASES])
def test_a_location_is_a_web_address_or_a_file_inside_the_evidence_folder(
    location: str, expected: Location
) -> None:
    assert classify(location, FILES, "evidence") is expected


def test_a_relative_path_without_an_evidence_folder_is_reported_as_such() -> None:
    assert classify("ind01.pdf", None, "evidence") is Location.NO_FOLDER
    assert classify("../ind01.pdf", None, "evidence") is Location.OUTSIDE
    assert classify("https://example.fr/a.pdf", None, "evidence") is Location.WEB
