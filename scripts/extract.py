#!/usr/bin/env python3
"""Print the facts of one or more seeds as JSON.

Examples:
  python scripts/extract.py seeds/000_309a6589a2c97f54.txt
  python scripts/extract.py seeds/*.txt > facts.json
  python scripts/extract.py seeds/a.txt | python ../shared/eval/score.py ../shared/eval/seed-gold.json -

Exit codes: 0 done; 2 a seed or its metadata cannot be read; 1 any other error.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dossier.cli import extract_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(extract_main())
