"""Textes français des copies PDF et du dossier d’audit."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "pdf.heading": "PDF :",
    "pdf.no_office": "PDF non produits : LibreOffice est introuvable (ni dans le PATH, ni dans "
    "son dossier d'installation habituel). Les documents Word sont écrits. Installez "
    "LibreOffice (fr.libreoffice.org), puis relancez la construction avec --pdf.",
    "pdf.failed": "LibreOffice n'a pas pu convertir {name} en PDF ; le document Word est écrit.",
    "pdf.not_written": "{name} n'a pas pu être écrit : {reason}",
    "pack.written": "Dossier d'audit écrit : {path} ({documents} documents, {files} fichiers "
    "de preuve, {size}).",
    "pack.missing": "  Cité mais introuvable, signalé manquant dans l'index du dossier : {path}",
    "pack.no_documents": "Pas de dossier d'audit pour {folder} : aucun document à envoyer. "
    "Lancez d'abord `qualiopi-docs build`.",
    "pack.too_big": "Dossier d'audit NON écrit pour {folder} : il pèserait {size}, au-delà de "
    "la limite de {limit}. Plus gros fichiers : {biggest}. Allégez ces fichiers, ou relevez "
    "la limite ([pack] limit_mb dans qualiopi.toml, ou --limit-mb).",
    "pack.no_pdf": "  Les PDF sont laissés hors du dossier : LibreOffice est introuvable pour "
    "les refaire avec les liens du dossier.",
    "pack.size": "{mb}\u00a0Mo",
    "pack.size_kb": "{kb}\u00a0ko",
    "pack.file": "dossier-audit.zip",
    "pack.index.title": "Dossier d’audit\u202f: {organisation}",
    "pack.index.intro": "Documents et preuves préparés pour l’audit Qualiopi. {referential} "
    "Chaque lien ouvre un fichier de ce dossier.",
    "pack.index.documents": "Documents",
    "pack.index.evidence": "Preuves par indicateur",
    "pack.index.indicator": "Indicateur",
    "pack.index.proof": "Preuve",
    "pack.index.file_col": "Fichier",
    "pack.index.web": "adresse web",
    "pack.index.missing_mark": "manquant\u202f: introuvable dans le dossier des preuves",
    "pack.index.outside": "non joint\u202f: hors du dossier des preuves",
    "pack.index.none": "aucune preuve citée",
    "pack.index.missing": "Fichiers cités introuvables",
}
