"""History of three versions: paragraph origins, quotation timelines, JSON, text view."""

from __future__ import annotations

import json
from typing import NamedTuple

import jsonschema
import pytest
from click.testing import CliRunner

from articlediff import Article, ArticleDiff, BlockKind, Row, Summary, load_article, segment_article
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


def _diff(old: Article, new: Article, *blocks: Row) -> ArticleDiff:
    return ArticleDiff(old=old, new=new, rows=blocks, summary=Summary())


def test_merge_and_split_trace_to_earliest_part() -> None:
    """A merge takes the earliest first version and the latest edit of its parts; a
    split passes its origin to every part."""
    v0 = segment_article("A.\n\nB.")
    v1 = segment_article("A.\n\nB.\n\nC.")
    v2 = segment_article("C. A.\n\nB.")
    v3 = segment_article("C.\n\nA.\n\nB!")
    steps = [
        _diff(v0, v1, Row(kind=BlockKind.UNCHANGED, old=(0,), new=(0,)),
              Row(kind=BlockKind.UNCHANGED, old=(1,), new=(1,)), Row(kind=BlockKind.ADDED, old=(), new=(2,))),
        _diff(v1, v2, Row(kind=BlockKind.EDITED, old=(0, 2), new=(0,)),
              Row(kind=BlockKind.UNCHANGED, old=(1,), new=(1,))),
        _diff(v2, v3, Row(kind=BlockKind.EDITED, old=(0,), new=(0, 1)),
              Row(kind=BlockKind.EDITED, old=(1,), new=(2,))),
    ]
    origins = trace_paragraphs([v0, v1, v2, v3], steps)
    assert [(p.first_version, p.last_edited_version) for p in origins] == [(0, 3), (0, 3), (0, 3)]
    unchanged_split = _diff(v2, v3, Row(kind=BlockKind.UNCHANGED, old=(0,), new=(0, 1)),
                            Row(kind=BlockKind.UNCHANGED, old=(1,), new=(2,)))
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
    # The step v2 → v3 lists the removed paragraph, brackets and all; the paragraphs
    # of v3 do not hold it.
    assert "old ¶0 removed: \x1b[0m[bold]x[/bold] one!" in text
    assert "[bold]x[/bold] one!" not in text.split("Paragraphs of v3")[1]
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


# --- each step says what changed; the diff's options on a timeline ---------------------

V123 = [str(CNN / f"v{n}.txt") for n in (1, 2, 3)]


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_json_steps_say_what_changed() -> None:
    """Not only counts: the paragraphs, facts and quotations of each step."""
    code, out, _ = _cli(*V123, "--format", "json")
    assert code == 1
    doc = json.loads(out)
    jsonschema.validate(doc, load_history_schema())
    last = doc["steps"][1]
    assert [f["description"] for f in last["facts"]][0] == "jailed: 80,000 → 83,000"
    edited = [c for c in last["changes"] if c["sign"] == "~"]
    assert any("80,000" in c["old_text"] and "83,000" in c["new_text"] for c in edited)
    assert any(c["sign"] == "-" and c["new_text"] is None and c["title"].startswith("old ¶") for c in last["changes"])
    assert [(q["change"], q["speaker"]) for q in last["quotes"]] == [("changed", "Roman Palomares")]
    first = doc["steps"][0]
    assert {"role": "byline", "kind": "removed"}.items() <= first["metadata"][0].items()
    assert sum(q["change"] == "added" for q in first["quotes"]) == 9


def test_text_steps_say_what_changed() -> None:
    _, out, _ = _cli(*V123, "--color", "never", "--width", "100")
    step = out.split("  v2 → v3")[1].split("\n\n")[0]
    assert "facts  jailed: 80,000 → 83,000" in step
    assert "~ ¶18 edited (was ¶17): … of the over [-80,000-]{+83,000+} people jailed under …" in step
    assert "- old ¶28 removed: The announcement came" in step
    assert "~ quote changed (trimmed), ¶11 (was ¶10) · Roman Palomares" in step
    assert "metadata  boilerplate added" in step


@pytest.mark.parametrize("args, message", [
    (["--view", "side-by-side"], "--view side-by-side lays out a diff of two versions"),
    (["--view", "summary"], "--view summary lays out a diff of two versions"),
    (["-C", "3"], "-C/--context sets the context of a diff of two versions"),
    (["--format", "markdown"], "shown as text or json, not markdown"),
    (["--format", "json", "--quotes"], "the JSON timeline holds everything"),
])
def test_options_that_do_not_apply_are_refused(args: list[str], message: str) -> None:
    code, out, err = _cli(*V123, *args)
    assert code == 2 and out == "" and message in err


def test_quotes_shows_only_the_quotations() -> None:
    _, out, _ = _cli(*V123, "--quotes", "--color", "never", "--width", "100")
    assert "Quotations: appeared, changed, gone" in out and "quote changed (trimmed)" in out
    assert "Paragraphs of v3" not in out and "facts  " not in out and "¶18 edited" not in out


def test_full_shows_whole_paragraphs() -> None:
    _, cut, _ = _cli(*V123, "--color", "never", "--width", "100")
    _, full, _ = _cli(*V123, "--full", "--color", "never", "--width", "100")
    assert all(len(line) <= 100 for line in full.splitlines())
    last = load_article(CNN / "v3.txt").paragraphs[11].text  # Roman Palomares…, 300 characters
    assert last not in " ".join(cut.split()) and last in " ".join(full.split())
    # An edit in full: the whole paragraph, its changes marked.
    whole = " ".join(full.split())
    assert ("Bukele has boasted a high incarceration rate as a recipe for security" in whole
            and "[-80,000-]{+83,000+}" in whole)


def test_ignore_boilerplate_and_ignore_minor_apply_to_each_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = "Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n\nRoofs were torn off dozens of homes, residents said."
    versions = [base, base + "\n\nThis is a developing story.", base.replace("officials said.", "officials said!") + "\n\nThis is a developing story."]
    paths = []
    for n, text in enumerate(versions):
        path = tmp_path / f"v{n}.txt"
        path.write_text(text)
        paths.append(str(path))
    code, out, _ = _cli(*paths, "--color", "never")
    assert code == 1 and "metadata  boilerplate added" in out
    code, out, _ = _cli(*paths, "--color", "never", "--ignore-boilerplate")
    assert code == 1 and "boilerplate added" not in out and "left out" in out
    code, out, _ = _cli(*paths, "--color", "never", "--ignore-boilerplate", "--ignore-minor")
    last_step = out.split("Paragraphs of")[0].split("v2 → v3")[1]
    assert code == 0 and "¶1 edited" not in last_step and "(1 minor or metadata change left out)" in last_step
    code, out, _ = _cli("history", *paths, "--format", "json", "--ignore-boilerplate", "--ignore-minor")
    assert code == 0 and all(step["changes"] == [] for step in json.loads(out)["steps"])


def test_git_log_shows_each_commit_date_and_subject(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "news").mkdir(parents=True)
    env = {"GIT_CONFIG_GLOBAL": str(tmp_path / "none"), "GIT_CONFIG_NOSYSTEM": "1"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)

    def git(*args: str, date: str = "") -> None:
        extra = {"GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date} if date else {}
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", *args], cwd=repo,
                       check=True, capture_output=True, env={**__import__("os").environ, **extra})

    git("init", "-q")
    for n in (1, 2, 3):
        shutil.copyfile(CNN / f"v{n}.txt", repo / "news" / "story.txt")
        git("add", ".")
        git("commit", "-q", "-m", f"Update {n}: the deal\n\nA longer message.", date=f"2025-02-0{n}T12:00:00Z")
    monkeypatch.chdir(repo / "news")
    code, out, _ = _cli("--git-log", "story.txt", "--color", "never", "--width", "120")
    assert code == 1
    lines = [line for line in out.splitlines() if line.startswith("  v")][:3]
    for n, line in enumerate(lines, start=1):
        assert f"2025-02-0{n}  Update {n}: the deal" in line and ":news/story.txt" in line
        assert "A longer message" not in line
    code, out, _ = _cli("history", "--git-log", "story.txt", "--format", "json")
    doc = json.loads(out)
    jsonschema.validate(doc, load_history_schema())
    assert [v["commit"]["subject"] for v in doc["versions"]] == [f"Update {n}: the deal" for n in (1, 2, 3)]
    assert all(len(v["commit"]["hash"]) == 40 and v["commit"]["date"].startswith("2025-02-0") for v in doc["versions"])


def test_the_timeline_is_paged_like_a_diff(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """--pager applies to the timeline too: its text goes the way a diff's does."""
    import articlediff.cli.show as show

    paged: list[tuple[bool | None, str]] = []

    def record(console, renderable, views, *, crop=True):  # type: ignore[no-untyped-def]
        with console.capture() as capture:
            console.print(renderable)
        paged.append((views.pager, capture.get()))

    monkeypatch.setattr(show, "print_paged", record)
    for command in ([], ["history"]):
        code, _, _ = _cli(*command, *V123, "--pager", "--color", "never")
        assert code == 1
    assert [p for p, _ in paged] == [True, True] and all("History of 3 versions" in text for _, text in paged)


def test_input_format_applies_to_versions_read_from_git(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "none"))
    repo = tmp_path / "repo"
    repo.mkdir()
    for n, text in enumerate(("# Storm hits\n\nThe storm hit on Monday.\n", "# Storm hits\n\nThe storm hit on Tuesday.\n")):
        (repo / "story.txt").write_text(text)
        for args in (["init", "-q"] if n == 0 else [], ["add", "."], ["commit", "-qm", f"v{n}"]):
            if args:
                subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", *args], cwd=repo,
                               check=True, capture_output=True)
    monkeypatch.chdir(repo)
    for fmt, headline in (("text", "# Storm hits"), ("markdown", "Storm hits")):
        code, out, _ = _cli("--git", "HEAD~1", "HEAD", "story.txt", "--input-format", fmt, "-f", "json")
        assert json.loads(out)["new"]["paragraphs"][0]["text"] == headline


def test_steps_name_sections_and_passages() -> None:
    """The timeline gives each step's structure as a diff's header does: the two
    sections and the passage of reactions v2 added, in text and JSON."""
    _, out, _ = _cli(*V123, "--color", "never", "--width", "200")
    step = out.split("  v1 → v2")[1].split("  v2 → v3")[0]
    assert "sections  2 added: El Salvador’s mega-prisons, Trump’s immigration crackdown" in step
    assert "passages  ¶9–¶11 added:" in step
    code, out, _ = _cli(*V123, "--format", "json")
    first = json.loads(out)["steps"][0]
    assert [(s["kind"], s["new_subhead"]) for s in first["sections"]] == [
        ("added", "El Salvador’s mega-prisons"), ("added", "Trump’s immigration crackdown")]
    assert [(p["kind"], p["paragraphs"]) for p in first["passages"]] == [("added", [9, 10, 11])]
