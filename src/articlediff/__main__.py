"""The ``articlediff`` command, and ``python -m articlediff``."""

from __future__ import annotations


def main() -> None:
    """Run the command line, without the cyclic garbage collector.

    A run is one short process whose records (tuples, strings) hold no reference
    cycles, so collecting would only cost time, while click and rich are imported and
    while the versions are compared. ``batch``, which may run for long in its workers,
    turns it back on.

    On the way out every object is frozen: the collection the interpreter makes when
    it shuts down would otherwise walk all of them (mostly the modules of click and
    rich) only to free memory the process is about to give back.
    """
    import gc

    gc.disable()
    from .cli import run

    try:
        run()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
