"""End-to-end time of the CLI on the fixture, against the cost of importing its stack.

The baseline is `python -c "import click, rich.console, diff_match_patch"`: what any
click + rich tool pays before doing anything. Targets: the coloured terminal view
≤ 1.3 × baseline, JSON ≤ 1.0 × baseline (the JSON path never imports rich).

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The installed console script, as a user runs it (beside this Python).
SCRIPT = str(Path(sys.executable).parent / "articlediff")
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "cnn-el-salvador"
COMMANDS = {
    "baseline (import click, rich.console, diff_match_patch)": [
        sys.executable, "-c", "import click, rich.console, diff_match_patch",
    ],
    "articlediff --color always": [
        SCRIPT, str(FIXTURE / "v1.txt"), str(FIXTURE / "v2.txt"), "--color", "always",
    ],
    "articlediff --format json": [
        SCRIPT, str(FIXTURE / "v1.txt"), str(FIXTURE / "v2.txt"), "--format", "json",
    ],
}


def run_once(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{command} failed: {result.stderr.decode()}")
    return elapsed


def measure_all(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, the commands taking turns so that drift in
    the machine's speed affects them alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(run_once(command))
    return {name: statistics.median(values) for name, values in times.items()}


def precompile() -> None:
    """Byte-compile articlediff as pip does on install, so that an editable checkout
    (or PYTHONDONTWRITEBYTECODE) does not charge compilation to every run."""
    import compileall

    import articlediff

    compileall.compile_dir(str(Path(articlediff.__file__).parent), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    precompile()
    measure_all(COMMANDS, 3)  # warm the file cache
    results = measure_all(COMMANDS, args.runs)
    baseline = next(iter(results.values()))
    print(f"{'command':<58} {'median s':>9} {'ratio':>6}")
    for name, seconds in results.items():
        print(f"{name:<58} {seconds:9.4f} {seconds / baseline:6.2f}")


if __name__ == "__main__":
    main()
