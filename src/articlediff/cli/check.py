"""``articlediff check OLD NEW``: policies a CI job can rely on."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from ..rules import RULES
from .base import CONTEXT_SETTINGS
from .options import InputOptions, complete_rules, input_options, load_versions


@click.command(
    name="check",
    context_settings=CONTEXT_SETTINGS,
    epilog="""\b
Rules:
""" + "\n".join(f"  {name:<19} {meaning}" for name, meaning in RULES.items()) + """

\b
Examples:
  articlediff check v1.txt v2.txt --fail-on quote-changed,quote-removed
  articlediff check v1.txt v2.txt --fail-on any --max-changed-words 200 --format github

\b
Exit status:
  0  no rule broken
  1  a rule broken (the violations are listed)
  2  trouble: an input could not be read, or a bad option""",
)
# Plain strings, not click.Path: inputs may be URLs, and input/load.py gives the errors.
@click.argument("old")
@click.argument("new")
@click.option("--fail-on", "fail_on", multiple=True, metavar="RULES",
              help="Rules to enforce, comma-separated or repeated (see below).",
              shell_complete=lambda ctx, param, incomplete: complete_rules(incomplete))
@click.option("--max-changed-words", type=click.IntRange(min=0), help="Fail when more words than this changed.")
@click.option(
    "--format", "-f", "output_format", type=click.Choice(["text", "json", "github"]), default="text",
    show_default=True, help="github prints GitHub Actions annotations on lines of NEW.",
)
@input_options
def check_command(
    old: str, new: str, fail_on: tuple[str, ...], max_changed_words: int | None, output_format: str,
    inputs: InputOptions,
) -> NoReturn:
    """Check NEW against OLD with policies a CI job can rely on."""
    from ..check import check, parse_rules
    from ..pipeline import compare
    from ..render.check import check_json, check_text, github_annotations

    try:
        rules = parse_rules(fail_on)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fail-on") from None
    if not rules and max_changed_words is None:
        raise click.UsageError("say what to check: --fail-on RULES and/or --max-changed-words N")
    articles = load_versions((old, new), inputs)
    # The story's facts are read only if a number rule asks for them (see check._number_facts).
    result = check(compare(*articles, sentences=False, facts=False), rules, max_changed_words=max_changed_words)
    if output_format == "json":
        click.echo(check_json(result), nl=False)
    elif output_format == "github":
        click.echo(github_annotations(result, new), nl=False)
    else:
        click.echo(check_text(result, new), nl=False)
    sys.exit(result.return_code)

