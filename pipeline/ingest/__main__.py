"""`python -m pipeline.ingest [DEST]`: regenerate the blank workbooks (templates/xlsx/)."""

from __future__ import annotations

import sys

from pipeline.ingest.blank import main

sys.exit(main(sys.argv[1:]))
