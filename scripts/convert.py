#!/usr/bin/env python3
"""Regenerate the generated pages of docs/ from the articles in seeds/.

Examples:
  python scripts/convert.py            # seeds/ -> docs/
  python scripts/convert.py --check    # exit 5 and list the stale files when docs/ is out of date
  python scripts/convert.py --help     # all options and exit codes
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dossier.cli import convert_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(convert_main())
