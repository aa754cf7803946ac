"""History of three versions: paragraph origins, quotation timelines, JSON, text view."""

from __future__ import annotations

import json
from typing import NamedTuple

import jsonschema
import pytest
from click.testing import CliRunner

from articlediff import Article, ArticleDiff, Block, BlockKind, Summary, load_article, segment_article
from articlediff.cli import main
from articlediff.history import compare_history, trace_paragraphs, trace_quotes
from articlediff.model import History
from articlediff.render.history import HISTORY_SCHEMA as SCHEMA
from articlediff.render.history import history_to_dict, load_history_schema, render_history

from .conftest import CNN, render_to_string


@pytest.fixture(name="history", scope="module")
def fixture_history() -> History:
    return compare_history([load_article(CNN / f"v{n}.txt") for n in (1, 2, 3)])


def _origin(history: History, start: str) -> tuple[int, int | None]:
    [p] = [p for p in history.paragraphs if p.text.startswith(start)]
    return p.first_version, p.last_edited_version


def test_steps(history: History) -> None:
    """One comparison per consecutive pair; v2 → v3 holds the hand-made edits."""
    assert len(history.steps) == 2
    assert [s.old.source for s in history.steps] == [str(CNN / "v1.txt"), str(CNN / "v2.txt")]
    last = history.steps[1].summary
    assert (last.added, last.removed, last.edited, last.moved) == (1, 1, 2, 0)


def test_paragraph_origins(history: History) -> None:
    """Each paragraph of v3 is traced back through both steps (versions from 0)."""
    assert [p.index for p in history.paragraphs] == list(range(len(history.versions[2].paragraphs)))
    assert _origin(history, "This story has been updated") == (2, None)  # added in v3
    assert _origin(history, "(CNN) — El Salvador") == (0, 1)  # from v1, edited in v2
    assert _origin(history, "“In an act of extraordinary") == (0, None)  # never changed
    assert _origin(history, "It’s unclear whether") == (1, None)  # added in v2
    assert _origin(history, "Roman Palomares") == (1, 2)  # added in v2, quote trimmed in v3
    assert _origin(history, "Bukele has boasted") == (0, 2)  # number corrected in v3


def _diff(old: Article, new: Article, *blocks: Block) -> ArticleDiff:
    return ArticleDiff(old=old, new=new, blocks=blocks, summary=Summary())


def test_merge_and_split_trace_to_earliest_part() -> None:
    """A merge takes the earliest first version and the latest edit of its parts; a
    split passes its origin to every part."""
    v0 = segment_article("A.\n\nB.")
    v1 = segment_article("A.\n\nB.\n\nC.")
    v2 = segment_article("C. A.\n\nB.")
    v3 = segment_article("C.\n\nA.\n\nB!")
    steps = [
        _diff(v0, v1, Block(kind=BlockKind.UNCHANGED, old=(0,), new=(0,)),
              Block(kind=BlockKind.UNCHANGED, old=(1,), new=(1,)), Block(kind=BlockKind.ADDED, old=(), new=(2,))),
        _diff(v1, v2, Block(kind=BlockKind.EDITED, old=(0, 2), new=(0,)),
              Block(kind=BlockKind.UNCHANGED, old=(1,), new=(1,))),
        _diff(v2, v3, Block(kind=BlockKind.EDITED, old=(0,), new=(0, 1)),
              Block(kind=BlockKind.EDITED, old=(1,), new=(2,))),
    ]
    origins = trace_paragraphs([v0, v1, v2, v3], steps)
    assert [(p.first_version, p.last_edited_version) for p in origins] == [(0, 3), (0, 3), (0, 3)]
    unchanged_split = _diff(v2, v3, Block(kind=BlockKind.UNCHANGED, old=(0,), new=(0, 1)),
                            Block(kind=BlockKind.UNCHANGED, old=(1,), new=(2,)))
    origins = trace_paragraphs([v0, v1, v2, v3], [*steps[:2], unchanged_split])
    assert [(p.first_version, p.last_edited_version) for p in origins] == [(0, 2), (0, 2), (0, None)]


def test_needs_two_versions() -> None:
    with pytest.raises(ValueError, match="at least two versions"):
        compare_history([segment_article("Only one.")])


def test_json_matches_schema(history: History) -> None:
    """The document is valid against the shipped schema and survives json.dumps."""
    schema = load_history_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(json.dumps(history_to_dict(history), ensure_ascii=False))
    jsonschema.validate(document, schema)
    assert document["schema"] == SCHEMA
    assert [v["paragraphs"] for v in document["versions"]] == [17, 30, 30]
    assert [(s["from"], s["to"]) for s in document["steps"]] == [(0, 1), (1, 2)]
    assert set(document["steps"][0]["summary"]) == set(Summary._fields)
    assert document["paragraphs"][0] == {
        "index": 0, "text": "This story has been updated with additional developments.",
        "first_version": 2, "last_edited_version": None,
    }


def test_text_view_at_80_columns(history: History) -> None:
    """Every line fits 80 columns; versions are counted from v1 for people."""
    text = render_to_string(render_history(history), width=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert "  v1 → v2  5 edited, 18 added, 5 removed, 0 moved; words +630 -70" in lines
    assert "  v2 → v3  2 edited, 1 added, 1 removed, 0 moved; words +9 -56" in lines
    assert "Paragraphs of v3: first seen, last edited" in lines
    assert "  ¶0   v3             This story has been updated with additional developments." in lines
    assert any(line.startswith("  ¶11  v2, edited v3  Roman Palomares") and line.endswith("…") for line in lines)
    assert any(line.startswith("  ¶18  v1, edited v3  Bukele has boasted") for line in lines)


def test_text_view_colours_without_markup() -> None:
    """Article text with [brackets] is shown as it is, never read as rich markup."""
    history = compare_history([segment_article(t) for t in ("[bold]x[/bold] one.", "[bold]x[/bold] one!", "[red]")])
    text = render_to_string(render_history(history), width=80, color=True)
    assert "[bold]x[/bold] one!" not in text  # paragraph gone from v3
    assert "[red]" in text


# --- quotation timelines -------------------------------------------------------------


class FakeQuote(NamedTuple):
    text: str
    speaker: str | None
    paragraph: int
    kind: str = "quote"
    start: int | None = 0
    end: int | None = 10


class FakeChange(NamedTuple):
    change: str
    kind: str
    old: FakeQuote | None
    new: FakeQuote | None


class FakeStep(NamedTuple):
    quotes: list[FakeChange]


def test_trace_quotes_chains_by_place() -> None:
    """A quotation is followed from step to step by its place and words in the version
    both steps share; equal text elsewhere does not confuse it."""
    a0, b0 = FakeQuote("We will act.", "Rubio", 0), FakeQuote("No comment.", "Bukele", 1)
    a1, b1, c1 = FakeQuote("We will act now.", "Rubio", 0), FakeQuote("No comment.", "Bukele", 1), FakeQuote("Sad day.", None, 2)
    a2, c2 = FakeQuote("We will act now.", "Rubio's office", 0), FakeQuote("Sad day.", None, 1)
    changes = [
        [FakeChange("changed", "quote", a0, a1), FakeChange("unchanged", "quote", b0, b1),
         FakeChange("added", "quote", None, c1)],
        [FakeChange("reattributed", "quote", a1, a2), FakeChange("removed", "quote", b1, None),
         FakeChange("unchanged", "quote", c1, c2)],
    ]
    timeline = trace_quotes([FakeStep(c) for c in changes])  # type: ignore[arg-type]
    assert [(q.text, q.speaker, q.appeared, q.changed, q.disappeared) for q in timeline] == [
        ("We will act now.", "Rubio's office", 0, (1, 2), None),
        ("No comment.", "Bukele", 0, (), 2),
        ("Sad day.", None, 1, (), None),
    ]


def test_quote_timeline_of_fixture(history: History) -> None:
    """With the real quotation modules: the quote trimmed in v3 is changed in v3, the
    one reworded in v2 changed in v2, Rubio's opening quote never changed."""
    pytest.importorskip("articlediff.quotes.diff")
    pytest.importorskip("articlediff.quotes")
    timelines = {q.text: (q.speaker, q.appeared, q.changed, q.disappeared) for q in history.quotes}
    assert timelines["opposes treating deported non-criminal migrants like cattle."] == ("Roman Palomares", 1, (2,), None)
    gellman = [t for text, t in timelines.items() if text.startswith("essentially proposing to send people")]
    assert gellman == [("Mneesha Gellman", 0, (1,), None)]
    rubio = [t for text, t in timelines.items() if text.startswith("In an act of extraordinary friendship")]
    assert rubio == [("Marco Rubio", 0, (), None)]
    assert [q.appeared for q in history.quotes] == sorted(q.appeared for q in history.quotes)
    lines = render_to_string(render_history(history), width=80).splitlines()
    assert "Quotations: appeared, changed, gone" in lines
    assert any(line.startswith("  v2, changed v3  Roman Palomares: “opposes treating") for line in lines)
    jsonschema.validate(history_to_dict(history), load_history_schema())


def test_quote_timeline_disappearance() -> None:
    """A quotation dropped in the last version is marked gone there."""
    pytest.importorskip("articlediff.quotes.diff")
    lead = "The mayor spoke on Monday about the new budget for the city."
    smith = "Smith said, “We will win this fight for {}the people of our city.”"
    jones = "Jones, the council leader, said, “It is over and everybody knows it by now.”"
    versions = [f"{lead}\n\n{smith.format('')}", f"{lead}\n\n{smith.format('')}\n\n{jones}",
                f"{lead}\n\n{smith.format('all ')}"]
    history = compare_history([segment_article(v) for v in versions])
    assert [(q.speaker, q.appeared, q.changed, q.disappeared) for q in history.quotes] == [
        ("Smith", 0, (2,), None), ("Jones", 1, (), 2),
    ]
    text = render_to_string(render_history(history), width=80)
    assert "  v2, gone v3     Jones: “It is over and everybody knows it by now.”" in text.splitlines()
    assert history_to_dict(history)["quotes"][1] == {
        "text": "It is over and everybody knows it by now.", "speaker": "Jones", "kind": "quote",
        "appeared": 1, "changed": [], "disappeared": 2,
    }


# --- from the command line ------------------------------------------------------------

VERSIONS = [str(CNN / f"v{n}.txt") for n in (1, 2, 3)]


@pytest.mark.parametrize("command", [[], ["history"]], ids=["main-call", "history-command"])
def test_three_versions_on_the_command_line(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, *VERSIONS, "--color", "never", "--width", "100"])
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("History of 3 versions")
    assert "v2 → v3  2 edited, 1 added, 1 removed, 0 moved" in result.stdout


def test_three_versions_as_json() -> None:
    result = CliRunner().invoke(main, [*VERSIONS, "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, load_history_schema())
    assert [v["source"] for v in doc["versions"]] == VERSIONS


def test_the_same_version_three_times_is_no_change() -> None:
    assert CliRunner().invoke(main, [VERSIONS[0]] * 3).exit_code == 0


@pytest.mark.parametrize("args", [[*VERSIONS, "--format", "html"], [*VERSIONS, "-f", "markdown"], [VERSIONS[0]]])
def test_history_usage_errors_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
