"""The Word template engine: docxtpl's dialect, checked, sandboxed and filled fast."""
