#!/usr/bin/env python3
"""Hash every output a change meant to leave alone, to show that it did.

For every pair of versions under fixtures/ (each case's v1→v2, the three-version
case's v2→v3 and v1→v3, the HTML case) the command's JSON, its full terminal view
without colour and its quotations view; the quotations read from each fixture
version (all of them, not only those that changed); and compare()'s JSON and the
quotations of both versions for the scale documents of benchmarks/scale.py.
Prints one SHA-256 per output and one over them all; run it before and after a
change and compare (``--out FILE`` keeps the outputs themselves, to find a
difference).

    python scripts/outputs_snapshot.py [--sizes 1000,10000] [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
VIEWS = {
    "json": ["--format", "json"],
    "text": ["--color", "never", "--full", "--width", "100", "--no-pager"],
    "quotes": ["--color", "never", "--quotes", "--width", "100", "--no-pager"],
}


def pairs() -> list[tuple[Path, Path]]:
    found: list[tuple[Path, Path]] = []
    for case in sorted(p.parent for p in FIXTURES.rglob("v1.txt")):
        versions = sorted(case.glob("v*.txt"))
        found += list(zip(versions, versions[1:]))
        if len(versions) > 2:
            found.append((versions[0], versions[-1]))
    for case in sorted(p.parent for p in FIXTURES.rglob("v1.html")):
        found.append((case / "v1.html", case / "v2.html"))
    return found


def cli_outputs() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for old, new in pairs():
        for view, options in VIEWS.items():
            run = subprocess.run(
                [sys.executable, "-m", "articlediff", str(old), str(new), *options],
                capture_output=True, check=False, cwd=ROOT, env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
            )
            key = f"cli {view} {old.relative_to(FIXTURES)} {new.name}"
            out[key] = run.stdout + b"\n--stderr--\n" + run.stderr + f"\n--rc {run.returncode}\n".encode()
    return out


def quotes_of(text: str) -> bytes:
    from articlediff import segment_article
    from articlediff.quotes import extract_quotes

    return "\n".join(repr(q) for q in extract_quotes(segment_article(text).paragraphs)).encode()


def library_outputs(sizes: list[int]) -> dict[str, bytes]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scale

    from articlediff import compare
    from articlediff.render.jsonout import render_json

    out: dict[str, bytes] = {}
    for path in sorted([*FIXTURES.rglob("v*.txt")]):
        out[f"extract_quotes {path.relative_to(FIXTURES)}"] = quotes_of(path.read_text(encoding="utf-8"))
    for size in sizes:
        case = scale.build_case(size, 1)
        old, new = "\n\n".join(case.old), "\n\n".join(case.new)
        out[f"compare json {size}"] = render_json(compare(old, new)).encode()
        out[f"extract_quotes scale {size} old"] = quotes_of(old)
        out[f"extract_quotes scale {size} new"] = quotes_of(new)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="scale documents' paragraph counts")
    parser.add_argument("--out", type=Path, help="write every output to this file too")
    args = parser.parse_args(argv)
    outputs = {**cli_outputs(), **library_outputs([int(s) for s in args.sizes.split(",") if s.strip()])}
    total = hashlib.sha256()
    for key, data in outputs.items():
        digest = hashlib.sha256(data).hexdigest()
        total.update(f"{key} {digest}\n".encode())
        print(f"{digest[:16]}  {len(data):>10}  {key}")
    print(f"all {total.hexdigest()}  ({len(outputs)} outputs)")
    if args.out:
        with args.out.open("wb") as f:
            for key, data in outputs.items():
                f.write(f"=== {key}\n".encode() + data + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
