"""Batch comparisons: one summary per record, bad records reported, order kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from articlediff import compare, load_article
from articlediff.batch import compare_record, read_pairs, run_batch, run_batch_dask
from articlediff.cli.console import with_progress
from articlediff.render.batch import pair_record
from articlediff.render.jsonout import render_json

from .conftest import CNN, FIXTURES


def diff_record(record: object) -> dict[str, object]:
    """A pair's JSON record, as the batch command writes it."""
    return pair_record(compare_record(record))


CNN_RECORD = {"id": "cnn", "old": str(CNN / "v1.txt"), "new": str(CNN / "v2.txt")}


def _lines(tmp_path: Path) -> list[str]:
    """A batch of JSON lines: good paths, a missing file, bad JSON, text pairs."""
    pairs: list[Any] = [
        CNN_RECORD,
        {"id": "missing", "old": str(tmp_path / "nope.txt"), "new": str(CNN / "v2.txt")},
        "{not json",
        {"id": "text", "old_text": "One.\n\nTwo.", "new_text": "One.\n\nTwo, now longer.\n\nThree."},
        {"old_text": "Same.", "new_text": "Same."},
        [1, 2],
        {"id": "both", "old": "a.txt", "old_text": "A.", "new_text": "B."},
    ]
    pairs += [{"id": f"corpus-{case.name}-{n}", "old": str(case / "v1.txt"), "new": str(case / "v2.txt")}
              for n in range(3) for case in sorted((FIXTURES / "corpus").iterdir())]
    pairs += [{"id": f"cnn23-{n}", "old": str(CNN / "v2.txt"), "new": str(CNN / "v3.txt")} for n in range(3)]
    return [p if isinstance(p, str) else json.dumps(p) for p in pairs]


def test_summary_of_a_pair() -> None:
    result = diff_record(CNN_RECORD)
    diff = compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt"))
    assert result["id"] == "cnn" and result["ok"] is True and result["changed"] is True
    assert (result["old"], result["new"]) == (CNN_RECORD["old"], CNN_RECORD["new"])
    assert result["summary"] == diff.summary._asdict()
    assert {"role": "byline", "change": "removed", "old": diff.metadata[0].old, "new": None} in result["metadata"]
    assert {"type": "name", "old": "White House", "new": "Trump", "paragraph": 1} in result["facts"]
    assert json.loads(json.dumps(result)) == result


def test_number_fact_and_text_pair() -> None:
    """Text pairs use explicit keys; a changed number is a fact."""
    sentence = "The report said over {} people were jailed in the crackdown."
    result = diff_record({"id": 7, "old_text": sentence.format("80,000"), "new_text": sentence.format("83,000")})
    assert result["ok"] is True and result["old"] == result["new"] == "<string>"
    assert result["facts"] == [{"type": "number", "old": "80,000", "new": "83,000", "paragraph": 0}]


@pytest.mark.parametrize(("record", "message"), [
    ({"id": 1, "old": "/no/such/file.txt", "new_text": "x"}, "'/no/such/file.txt' does not exist"),
    ({"id": 2, "old": "a.txt", "old_text": "A", "new_text": "B"},
     "give exactly one of 'old' (a path or URL) and 'old_text' (the text)"),
    ({"id": 3, "old_text": "A"}, "give exactly one of 'new' (a path or URL) and 'new_text' (the text)"),
    ({"id": 4, "old_text": 5, "new_text": "B"}, "'old_text' must be a string"),
    ({"id": 5, "old": "-", "new_text": "B"}, "'old' cannot be - (standard input) in a batch"),
    ({"id": 6, "old": "", "new_text": "B"}, "'old' must be a path or URL (a non-empty string)"),
    ({"id": 8, "error": "line 8: not valid JSON"}, "line 8: not valid JSON"),
    (["not", "a", "dict"], "a record must be a JSON object, not list"),
])
def test_failures_become_error_records(record: Any, message: str) -> None:
    """Never raises: every failure is {"id", "ok": false, "error": one line}."""
    expected_id = record.get("id") if isinstance(record, dict) else None
    assert diff_record(record) == {"id": expected_id, "ok": False, "error": message}


def test_internal_errors_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(old: object, new: object, **options: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("articlediff.batch.compare", broken)
    assert diff_record({"id": 1, "old_text": "A", "new_text": "B"}) == {
        "id": 1, "ok": False, "error": "internal error: RuntimeError: boom second line",
    }


def test_read_pairs() -> None:
    """Bad lines become error records with their line number as id; blank lines are
    skipped; a record without an id gets its line number."""
    lines = ['{"id": "a", "old_text": "x", "new_text": "y"}\n', "\n", "{oops\n", '"text"\n', '{"old_text": "x"}\n']
    records = list(read_pairs(lines))
    assert records[0] == {"id": "a", "old_text": "x", "new_text": "y"}
    assert records[1]["id"] == 3 and records[1]["error"].startswith("line 3: not valid JSON: ")
    assert records[2] == {"id": 4, "error": "line 4: expected a JSON object, got str"}
    assert records[3] == {"old_text": "x", "id": 5}


def test_batch_order_and_jobs(tmp_path: Path) -> None:
    """jobs=1 and jobs=2 give identical results, in input order, errors included."""
    records = list(read_pairs(_lines(tmp_path)))
    one = [pair_record(r) for r in run_batch(records, jobs=1)]
    two = [pair_record(r) for r in run_batch(records, jobs=2)]
    assert one == two
    assert [r["id"] for r in one] == [r["id"] for r in records]
    assert [r["ok"] for r in one[:7]] == [True, False, False, True, True, False, False]
    assert one[1]["error"] == f"'{tmp_path / 'nope.txt'}' does not exist"
    assert one[2]["id"] == 3 and one[2]["error"].startswith("line 3: not valid JSON")
    assert one[4] == {**one[4], "id": 5, "changed": False}
    assert all(r["ok"] for r in one[7:])
    assert one[0] == diff_record(CNN_RECORD)


def test_batch_from_a_generator_with_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Records may come from a generator (length unknown); the bar goes to stderr only."""
    expected = [diff_record(r) for r in read_pairs(_lines(tmp_path))]
    assert [pair_record(r) for r in with_progress(run_batch(read_pairs(_lines(tmp_path)), jobs=2), None)] == expected
    assert capsys.readouterr().out == ""


def test_dask(tmp_path: Path) -> None:
    """The same results on a Dask cluster (a local one, started here)."""
    distributed = pytest.importorskip("distributed")
    records = list(read_pairs(_lines(tmp_path)))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        results = [pair_record(r) for r in run_batch_dask(records, scheduler=cluster.scheduler_address)]
    assert results == [pair_record(r) for r in run_batch(records, jobs=1)]


def test_dask_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Dask, a clear error naming the extra to install."""
    import sys

    from articlediff import ArticleDiffError

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ArticleDiffError, match=r"^Dask is not installed: install articlediff\[dask\]$"):
        list(run_batch_dask([CNN_RECORD], scheduler=None))


def test_quote_counts() -> None:
    """The quote trimmed in v3 counts as changed; counts agree with the diff's JSON summary."""
    result = diff_record({"id": "v3", "old": str(CNN / "v2.txt"), "new": str(CNN / "v3.txt")})
    assert result["quotes"] == {"added": 0, "removed": 0, "changed": 1, "reattributed": 0}
    assert {"type": "number", "old": "80,000", "new": "83,000", "paragraph": 18} in result["facts"]


def test_quote_counts_leave_terms_out_like_the_json_summary() -> None:
    result = diff_record(CNN_RECORD)
    summary = json.loads(render_json(compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt"))))["summary"]
    assert result["quotes"]["added"] == summary["quotes_added"] == 7
    assert result["quotes"]["changed"] + result["quotes"]["reattributed"] == summary["quotes_changed"] == 1


def test_the_exit_status_tells_a_batch_with_failures(tmp_path: Path) -> None:
    """0 when every pair was compared; 2 once every record is written when one was not,
    with the count on standard error and the records on standard output alone."""
    from click.testing import CliRunner

    from articlediff.cli import main

    good = json.dumps({"id": "text", "old_text": "One.", "new_text": "One, two."})
    bad = json.dumps({"id": "missing", "old": str(tmp_path / "nope.txt"), "new": str(CNN / "v2.txt")})
    (tmp_path / "good.jsonl").write_text(good + "\n", encoding="utf-8")
    (tmp_path / "mixed.jsonl").write_text(f"{bad}\n{good}\n", encoding="utf-8")
    runner = CliRunner()

    result = runner.invoke(main, ["batch", "--jobs", "1", str(tmp_path / "good.jsonl")], catch_exceptions=False)
    assert result.exit_code == 0 and result.stderr == ""
    assert [json.loads(line)["ok"] for line in result.stdout.splitlines()] == [True]

    result = runner.invoke(main, ["batch", "--jobs", "1", str(tmp_path / "mixed.jsonl")], catch_exceptions=False)
    assert result.exit_code == 2
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["missing", "text"]
    assert result.stderr == "Error: 1 of 2 pairs could not be compared (see their records)\n"


def test_an_empty_side_is_an_error_record_unless_intended() -> None:
    """A failed download reads as empty: the pair must not pass for "every paragraph
    removed" without the record, or the command, saying the empty side is intended."""
    empty = compare_record({"id": 1, "old_text": "The mayor resigned on Monday.", "new_text": " \n"})
    assert not empty.ok and empty.error is not None and "'new' is empty or blank" in empty.error
    intended = compare_record({"id": 2, "old_text": "The mayor resigned on Monday.", "new_text": "", "allow_empty": True})
    assert intended.ok and intended.summary is not None and intended.summary.removed == 1


def test_batch_allow_empty_option(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from articlediff.cli import main

    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "a", "old_text": "The mayor resigned on Monday.", "new_text": ""}) + "\n")
    refused = CliRunner().invoke(main, ["batch", "-j", "1", str(pairs)])
    assert refused.exit_code == 2 and '"ok": false' in refused.stdout
    allowed = CliRunner().invoke(main, ["batch", "-j", "1", "--allow-empty", str(pairs)])
    assert allowed.exit_code == 0 and '"ok": true' in allowed.stdout
