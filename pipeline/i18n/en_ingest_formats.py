"""English texts for the spreadsheet formats ingest reads or refuses, and other people's files."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "ingest.no_headers": "no text in its first rows",
    "finding.NOT_WORKBOOK_FORMAT": "{name} is a {format} file: this tool reads Excel workbooks "
    "(.xlsx, .xlsm, .xlsb, .xls) and LibreOffice spreadsheets (.ods), not this format.",
    "hint.NOT_WORKBOOK_FORMAT": "Open it in Excel or LibreOffice Calc and save it with File > "
    'Save As, file type "Excel Workbook (.xlsx)" or "ODF Spreadsheet (.ods)"; put that file '
    "in the inbox and remove this one.",
    "format.fods": "flat OpenDocument spreadsheet (.fods)",
    "format.xml2003": "XML Spreadsheet 2003 (.xml)",
    "format.html": "web page (HTML)",
    "format.sylk": "SYLK (.slk)",
    "format.dif": "Data Interchange Format (.dif)",
    "format.gsheet": "Google Sheets shortcut (.gsheet, the spreadsheet itself stays online)",
    "format.numbers": "Apple Numbers",
    "finding.SHEET_TOO_LARGE": "{name} has a value so far down or to the right of a sheet "
    "that reading it would need gigabytes of memory: it was not read.",
    "hint.SHEET_TOO_LARGE": "Open it, press Ctrl+End on each sheet to find the last cell used, "
    "delete the stray rows and columns, and save it again.",
    "ingest.chosen.profile": "that workbook also holds the organisation's profile",
    "ingest.chosen.referential": "it is made for the referential of the planned audit",
    "ingest.chosen.complete": "it is the more complete one",
    "ingest.chosen.recent": "it was saved more recently",
    "finding.DUPLICATE_ENTRY": "Row {row} repeats row {first_row} of {first_name} (sheet "
    '"{first_sheet}") field for field: the entry is counted once.',
    "hint.DUPLICATE_ENTRY": "This file looks like a copy of {first_name}: keep only one of "
    "them in the inbox.",
    "finding.FORM_EXPORT": "{name} is a form's answer export ({count} answers): this entry of "
    "qualiopi.toml would turn it into feedback entries:\n{entry}",
    "hint.FORM_EXPORT": "Check the stakeholder group (beneficiaries, funders, teaching_teams or "
    "companies) and the questions chosen as score and comments, then paste the entry at the "
    "end of qualiopi.toml. Names, e-mail addresses, phone numbers and health questions are "
    "never read.",
    "finding.FORM_QUESTION_MISSING": 'The question "{question}" named in qualiopi.toml is not '
    "a column of this export.",
    "hint.FORM_QUESTION_MISSING": "Copy the question exactly as the first row of the export "
    "writes it into the [[feedback.forms]] entry.",
    "finding.FORM_PERSONAL_QUESTION": 'The question "{question}" asks for personal data (name, '
    "contact details or health): it is never read, so this export was not used.",
    "hint.FORM_PERSONAL_QUESTION": "Remove this question from the [[feedback.forms]] entry of "
    "qualiopi.toml; keep only the score and the comments.",
    "finding.FORM_GROUP_UNKNOWN": '"{group}" is not a stakeholder group: this export was not used.',
    "hint.FORM_GROUP_UNKNOWN": "Write beneficiaries, funders, teaching_teams or companies as "
    "the group of the [[feedback.forms]] entry.",
    "finding.FORM_SCORE_UNREAD": '{count} {count|answer|answers} to "{question}" {count|is|are} not '
    "a number: {count|it counts as an answer|they count as answers} without a score.",
    "hint.FORM_SCORE_UNREAD": "Use a rating or a number question for the score in the form; "
    "or name another question as the score.",
}
