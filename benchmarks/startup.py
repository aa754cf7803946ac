"""End-to-end time of the CLI on the fixture, against the cost of importing its stack.

The baseline is `python -c "import click, rich.console, diff_match_patch"`: what any
click + rich tool pays before doing anything. Targets: the coloured terminal view
≤ 1.3 × baseline, JSON ≤ 1.0 × baseline (the JSON path never imports rich).

    python benchmarks/startup.py [--runs N] [--src DIR ...]

With ``--src``, each source folder (e.g. a ``git worktree`` of another revision) is
run as ``python -m articlediff`` with that folder first on PYTHONPATH, all taking turns
with the baseline, so that revisions are compared in one run on one machine state.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The installed console script, as a user runs it (beside this Python).
SCRIPT = str(Path(sys.executable).parent / "articlediff")
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "cnn-el-salvador"
BASELINE = "baseline (import click, rich.console, diff_match_patch)"
#: The views measured, by name: their options after the two versions.
VIEWS = {"--color always": ["--color", "always"], "--format json": ["--format", "json"]}
COMMANDS = {
    BASELINE: [sys.executable, "-c", "import click, rich.console, diff_match_patch"],
    **{f"articlediff {name}": [SCRIPT, str(FIXTURE / "v1.txt"), str(FIXTURE / "v2.txt"), *options]
       for name, options in VIEWS.items()},
}


def run_once(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{command} failed: {result.stderr.decode()}")
    return elapsed


Command = tuple[list[str], "dict[str, str] | None"]


def measure_all(commands: dict[str, Command], runs: int) -> dict[str, float]:
    """Median wall time of each command, the commands taking turns so that drift in
    the machine's speed affects them alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            times[name].append(run_once(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def precompile(folder: Path | None = None) -> None:
    """Byte-compile articlediff as pip does on install, so that an editable checkout
    (or PYTHONDONTWRITEBYTECODE) does not charge compilation to every run."""
    import compileall

    if folder is None:
        import articlediff

        folder = Path(articlediff.__file__).parent
    compileall.compile_dir(str(folder), quiet=1)


def tree_commands(sources: list[str]) -> dict[str, Command]:
    """The two articlediff commands of each source folder, run from it."""
    commands: dict[str, Command] = {BASELINE: (COMMANDS[BASELINE], None)}
    for source in sources:
        folder = Path(source).resolve()
        precompile(folder / "articlediff")
        env = {**os.environ, "PYTHONPATH": str(folder)}
        for name, options in VIEWS.items():
            command = [sys.executable, "-m", "articlediff", str(FIXTURE / "v1.txt"), str(FIXTURE / "v2.txt"), *options]
            commands[f"{source} {name}"] = (command, env)
    return commands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--src", nargs="+", metavar="DIR", help="source folders to compare (each holds articlediff/)")
    args = parser.parse_args()
    if args.src:
        commands = tree_commands(args.src)
    else:
        precompile()
        commands = {name: (command, None) for name, command in COMMANDS.items()}
    measure_all(commands, 3)  # warm the file cache
    results = measure_all(commands, args.runs)
    baseline = next(iter(results.values()))
    width = max(len(name) for name in results)
    print(f"{'command':<{width}} {'median s':>9} {'ratio':>6}")
    for name, seconds in results.items():
        print(f"{name:<{width}} {seconds:9.4f} {seconds / baseline:6.2f}")


if __name__ == "__main__":
    main()
