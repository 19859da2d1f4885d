"""Command lines of ``scripts/convert.py`` and ``scripts/extract.py``: thin, errors without tracebacks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import DossierError
from .extract import extract
from .seed import read_seed
from .segment import segment

EXTRACT_EXAMPLES = """\
examples:
  python scripts/extract.py seeds/000_309a6589a2c97f54.txt
  python scripts/extract.py seeds/*.txt > facts.json

exit codes:
  0  the facts were printed
  1  an unexpected error (please report it)
  2  a seed or its metadata file cannot be read: the message names the file and line
"""


def extract_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="extract.py",
        description="Print the timeline, key figures and sources of seeds as JSON, each fact with "
                    "its citation (anchor, exact sentence, offsets).",
        epilog=EXTRACT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seeds", nargs="+", metavar="SEED", type=Path, help="seed text files")
    args = parser.parse_args(argv)
    try:
        facts = [extract(segment(read_seed(path))).to_json() for path in args.seeds]
    except DossierError as error:
        print(f"extract.py: {error}", file=sys.stderr)
        return error.exit_code
    json.dump(facts, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
