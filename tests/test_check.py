"""CI policies: every rule has a passing and a failing case; exit statuses and formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlediff import compare
from articlediff.check import check, parse_rules
from articlediff.cli import main
from articlediff.render.check import github_annotation

from .conftest import CNN

BASE = """# Council approves budget

By Ann Reporter

The council approved a budget of 80,000 euros on Monday, the mayor said.

“We have done our duty to the town and its people,” said Mayor Jo Smith.

The vote was close, with five members against.

This is a developing story."""


def edit(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new)


# rule → (a version that keeps the rule, a version that breaks it)
CASES = {
    "quote-changed": (
        edit("with five members", "with 5 members"),
        edit("We have done our duty to the town and its people", "We have done our duty to the town"),
    ),
    "quote-removed": (
        edit("The vote was close", "The vote was narrow"),
        edit("“We have done our duty to the town and its people,” said Mayor Jo Smith.\n\n", ""),
    ),
    "quote-reattributed": (
        edit("said Mayor Jo Smith", "Mayor Jo Smith said"),
        edit("said Mayor Jo Smith", "said Deputy Mayor Lee Chan"),
    ),
    "paragraph-removed": (
        edit("This is a developing story.", ""),
        edit("The vote was close, with five members against.\n\n", ""),
    ),
    "number-changed": (
        edit("the mayor said", "the mayor told reporters"),
        edit("80,000 euros", "85,000 euros"),
    ),
    "byline-changed": (
        edit("The vote was close", "The vote was tight"),
        edit("By Ann Reporter", "By Ann Reporter and Bo Writer"),
    ),
    "headline-changed": (
        edit("The vote was close", "The vote was tight"),
        edit("# Council approves budget", "# Council narrowly approves budget"),
    ),
    "any": (BASE, edit("close", "tight")),
}


@pytest.mark.parametrize("rule", list(CASES))
def test_rule_passes(rule: str) -> None:
    keeps, _ = CASES[rule]
    assert check(compare(BASE, keeps), [rule]).violations == ()


@pytest.mark.parametrize("rule", list(CASES))
def test_rule_fails(rule: str) -> None:
    _, breaks = CASES[rule]
    violations = check(compare(BASE, breaks), [rule]).violations
    assert [v.rule for v in violations] == [rule]


def test_a_datelines_time_is_no_number_of_the_story() -> None:
    """Every update moves the "Updated" time on: that alone breaks no number-changed,
    and the header's facts leave it to the metadata line."""
    from articlediff.render.describe import facts

    old = edit("By Ann Reporter", "By Ann Reporter\n\nUpdated 3:45 PM ET, Tue March 3, 2026")
    new = edit("By Ann Reporter", "By Ann Reporter\n\nUpdated 6:10 PM ET, Tue March 3, 2026")
    diff = compare(old, new)
    [dateline] = [b for b in diff.rows if b.facts]
    assert diff.new.paragraphs[dateline.new[0]].role.value == "dateline"
    assert dateline.facts[0].old == "3:45" and dateline.facts[0].new == "6:10"  # kept on the block
    assert check(diff, ["number-changed"]).violations == () and facts(diff) == []
    both = compare(old, new.replace("80,000 euros", "85,000 euros"))
    assert [v.message for v in check(both, ["number-changed"]).violations] == ["¶3: number 80,000 euros → 85,000 euros"]


def test_max_changed_words() -> None:
    diff = compare(BASE, edit("The vote was close", "The vote, held late in the evening, was close"))
    assert check(diff, [], max_changed_words=10).violations == ()
    [violation] = check(diff, [], max_changed_words=3).violations
    assert violation.rule == "max-changed-words" and "more than the 3 allowed" in violation.message


def test_parse_rules() -> None:
    assert parse_rules(["quote-changed,any", "any", " number-changed "]) == ["quote-changed", "any", "number-changed"]
    with pytest.raises(ValueError, match="unknown rule 'quotes'"):
        parse_rules(["quotes"])


def test_annotation_escapes() -> None:
    diff = compare(BASE, edit("80,000 euros", "85,000 euros"))
    [violation] = check(diff, ["number-changed"]).violations
    line = github_annotation(violation, "stories/a,b.txt")
    assert line.startswith("::error file=stories/a%2Cb.txt,line=5,title=articlediff number-changed::")
    assert "80,000 euros → 85,000 euros" in line


class TestCommand:
    def run(self, tmp_path: Path, new_text: str, *args: str) -> Result:
        old, new = tmp_path / "old.md", tmp_path / "new.md"
        old.write_text(BASE)
        new.write_text(new_text)
        return CliRunner().invoke(main, ["check", str(old), str(new), *args])

    def test_clean_exits_0(self, tmp_path: Path) -> None:
        result = self.run(tmp_path, BASE, "--fail-on", "any")
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("OK: ")

    def test_violation_exits_1_with_list(self, tmp_path: Path) -> None:
        result = self.run(tmp_path, edit("80,000 euros", "85,000 euros"), "--fail-on", "number-changed,any")
        assert result.exit_code == 1
        lines = result.stdout.splitlines()
        assert lines[0].endswith("2 violations in " + str(tmp_path / "new.md") + ":")
        assert "number-changed      line 5    ¶2: number 80,000 euros → 85,000 euros" in lines[1]

    def test_json(self, tmp_path: Path) -> None:
        result = self.run(tmp_path, edit("80,000 euros", "85,000 euros"), "--fail-on", "number-changed", "-f", "json")
        doc = json.loads(result.stdout)
        assert doc["schema"] == "articlediff.check/1" and doc["ok"] is False
        assert doc["violations"][0]["rule"] == "number-changed" and doc["violations"][0]["line"] == 5

    def test_github(self, tmp_path: Path) -> None:
        result = self.run(tmp_path, edit("80,000 euros", "85,000 euros"), "--fail-on", "number-changed", "-f", "github")
        assert result.exit_code == 1
        assert result.stdout.startswith(f"::error file={tmp_path / 'new.md'},line=5,")

    def test_unknown_rule_exits_2(self, tmp_path: Path) -> None:
        result = self.run(tmp_path, BASE, "--fail-on", "everything")
        assert result.exit_code == 2 and "unknown rule 'everything'" in result.stderr

    def test_nothing_to_check_exits_2(self, tmp_path: Path) -> None:
        assert self.run(tmp_path, BASE).exit_code == 2

    def test_unreadable_input_exits_2(self, tmp_path: Path) -> None:
        result = CliRunner().invoke(main, ["check", str(CNN / "v1.txt"), str(tmp_path / "gone"), "--fail-on", "any"])
        assert result.exit_code == 2 and result.stderr.count("\n") == 1


LONG_QUOTE = ("“We have done our duty to the town and its people, and we will go on doing it for as long as the "
              "voters want us to, in good years and in bad years alike,” said Mayor Jo Smith.")


def test_a_long_reworded_quotation_shows_the_words_around_its_change() -> None:
    """The change lies past the first twelve words: the message shows where it is,
    never two identical truncated strings (in text and in a GitHub annotation)."""
    old = edit("“We have done our duty to the town and its people,” said Mayor Jo Smith.", LONG_QUOTE)
    new = old.replace("in good years and in bad years alike", "in good years and in lean years alike")
    [violation] = check(compare(old, new), ["quote-changed"]).violations
    was, now = violation.message.split(": “", 1)[1].split("” → “")
    assert was != now.rstrip("”")
    assert "bad" in was and "lean" in now and was.startswith("…")
    assert "lean years" in github_annotation(violation, "new.md")


def test_a_split_quotation_changed_is_shown_with_its_break() -> None:
    from articlediff.render.describe import describe_quote

    old = edit("“We have done our duty to the town and its people,” said Mayor Jo Smith.",
               "“It’s a good-news bad-news story,” said Mayor Jo Smith. “In the electricity sector, prices rose.”")
    new = old.replace("good-news bad-news", "mixed")
    diff = compare(old, new)
    [change] = [q for q in diff.quotes if q.change == "changed"]
    shown = "".join(s.text for s in change.spans if s.op.value != "delete")
    assert shown == "It’s a mixed story … In the electricity sector, prices rose."
    assert " … " in describe_quote(change).text
    [violation] = check(diff, ["quote-changed"]).violations
    assert "story … In the electricity" in violation.message
