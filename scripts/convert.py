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

if __name__ == "__main__":
    try:
        from dossier.cli import INTERRUPTED, convert_main
    except KeyboardInterrupt:  # Ctrl-C while the libraries load: nothing was read or written yet
        print("convert.py: interrupted before converting; nothing was written", file=sys.stderr)
        sys.exit(130)
    try:
        code = convert_main()
    except KeyboardInterrupt:  # outside the conversion itself (parsing arguments, printing the summary)
        print(f"convert.py: {INTERRUPTED}", file=sys.stderr)
        code = 130
    sys.exit(code)
