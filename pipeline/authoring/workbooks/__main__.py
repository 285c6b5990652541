"""`python -m pipeline.authoring.workbooks [DEST]`: regenerate the blank workbooks."""

from __future__ import annotations

import sys

from pipeline.authoring.workbooks.blank import main

sys.exit(main(sys.argv[1:]))
