"""Command lines of ``scripts/convert.py`` and ``scripts/extract.py``: thin, errors without tracebacks."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from .convert import convert, default_jobs
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


CONVERT_EXAMPLES = """\
examples:
  python scripts/convert.py                  regenerate docs/ from seeds/
  python scripts/convert.py --check          exit 5 and list what is stale (CI runs this)
  python scripts/convert.py --force          overwrite generated pages that were edited by hand
  python scripts/convert.py --seeds my-seeds --docs my-docs --language en
  python scripts/convert.py --jobs 1           one process (the output is the same for any --jobs)

exit codes:
  0  docs/ is up to date (or was brought up to date)
  1  an unexpected error (please report it)
  2  a seed or its metadata file cannot be read: the message names the file and line
  3  an override or citation does not resolve
  4  a generated page was edited by hand (keep the change as an override, or use --force),
     or a seed would generate a page where a hand-written page is
  5  --check: docs/ does not match seeds/
  6  another convert is writing the same docs/ and did not finish within a few seconds
     (the message names its pid); nothing was changed
  7  docs/ or the folder that holds it cannot be written (disk full, read-only, no permission):
     the message names the file; docs/ was left as it was
  130  interrupted (Ctrl-C): docs/ is as it was, or completely converted; nothing half-written
  143  stopped (SIGTERM, as a CI runner or a process manager stops a job): the same as Ctrl-C
"""

INTERRUPTED = "interrupted; docs/ is as it was or completely converted, nothing half-written is left"
STOPPED = "stopped (SIGTERM); docs/ is as it was or completely converted, nothing half-written is left"


class Stopped(KeyboardInterrupt):
    """SIGTERM, taken like a Ctrl-C: whatever a convert was doing is undone or finished, never left half."""


def _stop_on_sigterm(signum, frame) -> None:
    raise Stopped




def convert_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="convert.py",
        description="Turn the articles in seeds/ into the generated pages of docs/: article pages with "
                    "anchored sentences, timeline, key figures, sources and data exports. Hand-written "
                    "pages are never touched; docs/ is replaced in one step or not at all, by one convert "
                    "at a time.",
        epilog=CONVERT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of seed .txt files "
                        "(default: seeds)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder (default: docs)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 5 if docs/ is stale")
    parser.add_argument("--force", action="store_true",
                        help="overwrite generated pages even if they were edited by hand")
    parser.add_argument("--language", choices=("de", "en"),
                        help="language of the site's labels (default: the language of most seeds)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    parser.add_argument("--no-cache", action="store_true",
                        help="segment and extract every seed again instead of reusing .dossier-cache/")
    parser.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                        help=f"processes that segment and extract seeds (default: all cores, here "
                             f"{default_jobs()}); the output is the same for any N")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"convert.py: {args.seeds}: no such folder\n  hint: put seed .txt files in seeds/ "
              "or pass --seeds FOLDER", file=sys.stderr)
        return 2
    progress = None if args.quiet or not sys.stderr.isatty() else _progress_bar
    previous_handler = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        report = convert(args.seeds, args.docs, check=args.check, force=args.force,
                         language=args.language, progress=progress, cache=not args.no_cache, jobs=args.jobs)
    except DossierError as error:
        _clear_progress(progress)
        print(f"convert.py: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt as interrupt:
        _clear_progress(progress)
        stopped = isinstance(interrupt, Stopped)
        print(f"convert.py: {STOPPED if stopped else INTERRUPTED}", file=sys.stderr)
        return 143 if stopped else 130
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
    _clear_progress(progress)
    if not args.quiet:
        changes = report.changes
        seeds = report.seeds
        if args.check:
            print(f"docs/ is up to date with {seeds} seed(s)")
        elif changes.empty:
            print(f"docs/ is up to date with {seeds} seed(s); nothing to write")
        else:
            print(f"wrote {len(changes.write)} file(s), removed {len(changes.delete)}, from {seeds} seed(s)")
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more, not {text!r}")
    return value


def _progress_bar(done: int, total: int) -> None:
    """A one-line bar on a terminal, for more than a few seeds; silent when piped."""
    if total <= 5:
        return
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} seeds")
    sys.stderr.flush()


def _clear_progress(progress) -> None:
    if progress is not None:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
