"""The core: the model, errors, the workbook layout, inbox rules and domain rules (no stage)."""
