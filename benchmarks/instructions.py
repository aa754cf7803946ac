"""How many machine instructions compare() takes on the scale documents.

Wall time on a shared or virtual machine drifts by a tenth or more from one hour to
the next, more than most single changes save; the number of instructions a run
executes does not drift. This counts them with valgrind's cachegrind (cache
simulation off): each size is run twice in a fresh interpreter, once building the
documents of benchmarks/scale.py and comparing them, once only building them, and
the difference is compare()'s. Hash randomisation is off (PYTHONHASHSEED=0), so a
count repeats to within a few instructions in a billion.

Give ``--src`` one or more source folders to compare revisions: each is put first on
PYTHONPATH (e.g. a checkout of an earlier commit made with ``git worktree add``), and
compiled to byte code first, so that a folder without it does not count its compiling.
Without it, the articlediff this interpreter imports is counted.

Instructions are not time (a cache miss costs more than an addition), but for the
same interpreter on the same documents, fewer instructions has meant less time in
every change measured so far. Needs valgrind; under it a 10k run takes half a minute.

    python benchmarks/instructions.py [--sizes 1000,10000] [--src DIR ...]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(size: int, compare_too: bool) -> None:
    """Build the documents of one size (and compare them): what is counted."""
    sys.path.insert(0, str(HERE))
    import scale

    from articlediff import compare

    case = scale.build_case(size, 1)
    old, new = "\n\n".join(case.old), "\n\n".join(case.new)
    if compare_too:
        compare(old, new)


def count(size: int, compare_too: bool, src: str | None) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    run = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, __file__, "--child", str(size), "1" if compare_too else "0"],
        env=env, capture_output=True, text=True, check=False,
    )
    found = _REFS.search(run.stderr)
    if run.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({run.returncode}): {run.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="paragraph counts, comma-separated")
    parser.add_argument("--src", nargs="*", default=[None], help="source folders to count, each first on PYTHONPATH")
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "COMPARE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(int(args.child[0]), args.child[1] == "1")
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    for src in filter(None, args.src):
        # A module with no byte code of its own is compiled in the counted run, and the
        # compile counts (a fresh worktree under PYTHONDONTWRITEBYTECODE has none): every
        # source folder is compiled first, so that only compare() is counted.
        compileall.compile_dir(src, quiet=2)
    print(f"{'paragraphs':>10} {'instructions':>16}  source")
    for size in sizes:
        for src in args.src:
            used = count(size, True, src) - count(size, False, src)
            print(f"{size:>10} {used:>16,}  {src or 'as imported'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
