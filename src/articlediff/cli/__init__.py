"""The command line. Each command parses its options, calls the library, prints the
result and exits with the result's status (``return_code``); nothing is computed here.

base (the group, help, errors, the entry point), options (option bundles, reading the
versions), console, show (printing a diff or a timeline), pager; one module per
command: diff (the default), check, history, batch, git_external, and track (whose
commands, in track_commands, load only when one runs).
"""

from .base import main, run
from .batch import batch_command
from .check import check_command
from .diff import diff_command
from .git_external import git_external_command
from .history import history_command
from .track import track

# In the order the help lists them.
for _command in (diff_command, check_command, history_command, git_external_command, batch_command, track):
    main.add_command(_command)

__all__ = ["main", "run"]
