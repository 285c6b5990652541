"""English texts of the ingest stage: what reading the files found, and the blank workbooks."""

from __future__ import annotations

from pipeline.i18n.en_ingest_blank import TEXT as BLANK
from pipeline.i18n.en_ingest_formats import TEXT as FORMATS

TEXT: dict[str, str] = {
    # Files that are not workbooks
    "finding.FILE_EMPTY": "{name} is empty (0 bytes): it holds no workbook.",
    "hint.FILE_EMPTY": "The copy into the inbox probably failed: copy the workbook again.",
    "finding.FILE_TOO_LARGE": "{name} is larger than {limit} MB: it was not read.",
    "hint.FILE_TOO_LARGE": "Workbooks for this tool are small; remove pictures or old data, or "
    "split the registers into separate workbooks.",
    "finding.FILE_CORRUPT": "{name} is damaged (incomplete or corrupted) and cannot be read.",
    "hint.FILE_CORRUPT": "Open it in Excel or LibreOffice: if it opens, save it again as an "
    "Excel Workbook (.xlsx); otherwise copy it again from its source.",
    "finding.FILE_UNREADABLE": "{name} cannot be opened: {reason}.",
    "hint.FILE_UNREADABLE": "Close it in any program that holds it and check that you may "
    "read it, then try again.",
    "finding.FILE_NAME_ENCODING": "The file {shown} has a name that is not valid text (as a "
    "network share or an old archive can produce): it was not read.",
    "hint.FILE_NAME_ENCODING": "Rename it (letters, digits, hyphens), for example from the "
    "file explorer; the other files were processed.",
    "finding.FILE_SYMLINK": "{name} is a link to a file elsewhere: it was not read.",
    "hint.FILE_SYMLINK": "Put the workbook itself in the inbox, not a shortcut or link to it.",
    "finding.NOT_WORKBOOK": "{name} is not an Excel workbook: its content is neither .xlsx nor "
    "a known spreadsheet format.",
    "hint.NOT_WORKBOOK": "Put only the workbooks (.xlsx) in the inbox; keep other documents in "
    "the evidence folder.",
    "finding.NOT_WORKBOOK_CSV": "{name} is a CSV text file, not a workbook: it has no sheets, "
    "headers or dropdowns to read.",
    "hint.NOT_WORKBOOK_CSV": "Copy its rows into the blank workbook of that register and save "
    "it as .xlsx.",
    "finding.NOT_WORKBOOK_DOCX": "{name} is a Word document, not a workbook.",
    "hint.NOT_WORKBOOK_DOCX": "Keep documents in the evidence folder and cite them in the "
    "evidence list; only workbooks go in the inbox.",
    "finding.NOT_WORKBOOK_PDF": "{name} is a PDF document, not a workbook.",
    "hint.NOT_WORKBOOK_PDF": "Keep PDF evidence in the evidence folder and cite it in the "
    "evidence list; only workbooks go in the inbox.",
    "finding.WORKBOOK_ENCRYPTED": "{name} is protected by a password to open: it cannot be read.",
    "hint.WORKBOOK_ENCRYPTED": "Open it in Excel, remove the password (File > Info > Protect "
    "Workbook > Encrypt with Password, empty it) and save it again.",
    "finding.WORKBOOK_STRICT": '{name} is saved as "Strict Open XML Spreadsheet", a variant '
    "this tool cannot read.",
    "hint.WORKBOOK_STRICT": 'Open it in Excel and use File > Save As, file type "Excel '
    'Workbook (.xlsx)" (not "Strict Open XML").',
    "finding.WORKBOOK_UNREADABLE": "{name} looks like a workbook but its content cannot be "
    "read (damaged or written by an unusual program).",
    "hint.WORKBOOK_UNREADABLE": "Open it in Excel or LibreOffice and save it again as an Excel "
    "Workbook (.xlsx).",
    "finding.ZIP_TOO_MANY_PARTS": "{name} holds far more parts than any workbook: it was "
    "refused without being opened.",
    "hint.ZIP_TOO_MANY_PARTS": "If it is really your workbook, save it again from Excel; "
    "otherwise remove it from the inbox.",
    "finding.ZIP_TOO_LARGE": "{name} would expand to far more data than any workbook: it was "
    "refused without being opened.",
    "hint.ZIP_TOO_LARGE": "If it is really your workbook, remove old data and pictures and "
    "save it again; otherwise remove it from the inbox.",
    "finding.ZIP_RATIO": "{name} is compressed in a way no spreadsheet program produces (a "
    '"zip bomb"): it was refused without being opened.',
    "hint.ZIP_RATIO": "Remove it from the inbox and tell whoever manages your computers.",
    "finding.XML_ENTITIES": "{name} contains XML declarations (DTD or entities) that no "
    "spreadsheet program writes and that can be used to attack "
    "readers: it was refused.",
    "hint.XML_ENTITIES": "If it is really your workbook, open it in Excel and save it again; "
    "otherwise remove it from the inbox.",
    "finding.CONFLICT_COPY": "{name} is a conflict copy made by a file-sync program: its "
    "sheets are used only when no other workbook has them.",
    "hint.CONFLICT_COPY": "Compare it with the original, keep the right version and delete "
    "the other.",
    "finding.NO_KNOWN_SHEET": "{name} has no sheet this tool recognises: no profile fields "
    'and no table with the expected column headers. Sheet "{first}" has the headers {found}; '
    'the nearest table (sheet "{kind}") needs at least {expected}.',
    "hint.NO_KNOWN_SHEET": "Start from the blank workbooks created by `qualiopi-docs init`, "
    "or give your table the column headers they use.",
    # Sheets
    "finding.HIDDEN_SHEET": 'Sheet "{tab}" is hidden but holds the {kind}: it is read like '
    "any other sheet.",
    "hint.HIDDEN_SHEET": "Hiding a sheet does not remove it. Unhide it to check it, or delete "
    "it if it is an old copy.",
    "finding.HIDDEN_ROWS": "{count} {count|hidden row holds|hidden rows hold} data (first: row {first}); they are "
    "read like the others.",
    "hint.HIDDEN_ROWS": "Hiding a row does not remove it. Unhide the rows to check them, or "
    "delete the rows that should not count.",
    "finding.MERGED_CELLS": "{count} {count|merged cell range spans|merged cell ranges span} several columns (first: "
    "{range}); only the first column of each receives the value.",
    "hint.MERGED_CELLS": "Unmerge these cells and type each value in its own column.",
    "finding.ROWS_NOT_READ": "Reading stopped at row {row} after {count} empty rows: anything "
    "further down was not read.",
    "hint.ROWS_NOT_READ": "Move any rows further down up, next to the others, or delete the "
    "formatted empty rows.",
    "finding.TOO_MANY_ROWS": 'Sheet "{tab}" has more than {limit} filled rows: reading '
    "stopped there.",
    "hint.TOO_MANY_ROWS": "Archive old rows in another file, or raise max_rows in "
    "qualiopi.toml if this size is intended.",
    "finding.MISSING_COLUMN": 'Sheet "{tab}" has no column "{column}".',
    "hint.MISSING_COLUMN": 'Add a column headed "{column}" in the header row (headers may be '
    "in any order, in French or English).",
    "finding.DUPLICATE_COLUMN": 'Sheet "{tab}" has two columns headed "{column}": only the '
    "first one is read.",
    "hint.DUPLICATE_COLUMN": "Delete or rename the second column.",
    "finding.MISSING_FIELD": 'The profile has no field "{column}".',
    "hint.MISSING_FIELD": 'Add a row with the label "{column}" and your answer in the cell '
    "to its right.",
    "finding.DUPLICATE_SHEET": 'Sheet "{tab}" is a second {kind}: only the one in {used_file} '
    '(sheet "{used_sheet}") is read, because {why}.',
    "hint.DUPLICATE_SHEET": "Keep a single {kind} for the organisation: remove or empty the "
    "other one.",
    "finding.EVIDENCE_FOLDER_OUTSIDE": 'The evidence folder "{folder}" is outside the '
    "workspace: its files are not looked at.",
    "hint.EVIDENCE_FOLDER_OUTSIDE": "Set evidence_folder in qualiopi.toml to a folder inside "
    "the workspace.",
    # Cells
    "finding.CELL_ERROR": '"{column}" shows the error {value} instead of a value.',
    "hint.CELL_ERROR": "Correct the formula or type the value itself.",
    "finding.CELL_TOO_LONG": '"{column}" holds {length} characters, more than the {limit} an '
    "Excel cell can hold: Excel cuts it if the workbook is saved there.",
    "hint.CELL_TOO_LONG": "Shorten the text, or put the details in a document of the evidence "
    "folder and name it here.",
    "finding.ORGANISATION_TWIN": "The organisation folders {name} and {other} have names that "
    "look the same but are written differently (accents typed on a Mac and on Windows): their "
    'workbooks are read together, as one organisation, whose documents go to "{outbox}".',
    "hint.ORGANISATION_TWIN": "Move the workbooks of one folder into the other and delete the "
    "empty one; where a workbook is in both, keep the right version.",
    "twin.composed": '"{name}" (accents written as one character, as Windows types them)',
    "twin.decomposed": '"{name}" (accents written as separate marks, as a Mac stores them)',
    "finding.FORMULA_NO_VALUE": '"{column}" holds a formula whose result was never saved, so '
    "its value is unknown.",
    "hint.FORMULA_NO_VALUE": "Open the workbook in Excel or LibreOffice and save it, or type "
    "the value instead of the formula.",
    "finding.BAD_DATE": '"{column}": "{value}" is not a date (dates are read day first, '
    "dd/mm/yyyy).",
    "hint.BAD_DATE": "Type a real date such as 31/01/2026 (or 2026-01-31); check the day and "
    "the month.",
    "finding.DATE_OUT_OF_RANGE": '"{column}": "{value}" is not a plausible date.',
    "hint.DATE_OUT_OF_RANGE": "Type the full date, day, month and year (for example 31/01/2026).",
    "finding.BAD_NUMBER": '"{column}": "{value}" is not a number.',
    "hint.BAD_NUMBER": "Type digits only, for example 1234.50 (no unit except EUR).",
    "finding.NOT_WHOLE_NUMBER": '"{column}": "{value}" is not a whole number.',
    "hint.NOT_WHOLE_NUMBER": "Type a whole number, for example 2.",
    "finding.NUMBER_AMBIGUOUS": '"{column}": "{value}" could mean two numbers; it was read '
    "as {number}.",
    "hint.NUMBER_AMBIGUOUS": "If that is wrong, type the number without a thousands separator "
    "(1234 or 1.234).",
    "finding.BAD_INDICATOR": '"{column}": "{value}" is not an indicator number.',
    "hint.BAD_INDICATOR": 'Type indicator numbers such as 12, or several as "1, 2, 9".',
    "finding.BAD_YES_NO": '"{column}": "{value}" is neither yes nor no.',
    "hint.BAD_YES_NO": "Choose {allowed} in the dropdown.",
    "finding.BAD_CHOICE": '"{column}": "{value}" is not one of the values of the list.',
    "hint.BAD_CHOICE": "Choose one of {allowed} in the dropdown.",
    "finding.YES_NO_MISSING": '"{column}" is not answered: the tool cannot tell which '
    "indicators apply without it.",
    "hint.YES_NO_MISSING": "Choose Yes or No in the dropdown.",
    "finding.NEW_ENTRANT_SINGLE_ANSWER": '"{column}" is answered Yes once for the whole '
    "organisation (older profile): read as new entrant for every category delivered "
    "({categories}).",
    "hint.NEW_ENTRANT_SINGLE_ANSWER": "If only one category is new (no activity in your last "
    "BPF), take the profile of a new grid: it asks the question per category, and only that "
    "category's indicators get the new-entrant treatment.",
    **BLANK,
    **FORMATS,
}
