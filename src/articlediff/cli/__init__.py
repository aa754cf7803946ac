"""The command line. Each command parses its options, calls the library, prints the
result and exits with the result's status (``return_code``); nothing is computed here.

base (the group, help, errors, the entry point), options (option bundles, reading the
versions), console, show (printing a diff or a timeline), pager; one module per
command: diff (the default), check, history, batch, git_external, and track (whose
commands, in track_commands, load only when one runs).
"""

from .base import main, run

# In the order the help lists them; each module is imported when its command runs.
main.lazy_commands = {
    "diff": ".diff:diff_command",
    "check": ".check:check_command",
    "history": ".history:history_command",
    "git-external": ".git_external:git_external_command",
    "batch": ".batch:batch_command",
    "track": ".track:track",
}

__all__ = ["main", "run"]
