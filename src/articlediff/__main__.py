"""The ``articlediff`` command, and ``python -m articlediff``."""

from __future__ import annotations


def main() -> None:
    """Run the command line, without the cyclic garbage collector.

    A run is one short process whose records (tuples, strings) hold no reference
    cycles, so collecting would only cost time: a few milliseconds of every run, while
    click and rich are imported and while the versions are compared. ``batch``, which
    may run for long in its workers, turns it back on.
    """
    import gc

    gc.disable()
    from .cli import run

    run()


if __name__ == "__main__":
    main()
