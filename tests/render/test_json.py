"""The JSON contract: schema-valid, and both versions rebuild from it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from articlediff import compare, load_article
from articlediff.render.jsonout import SCHEMA, load_schema, render_json

from ..conftest import FIXTURES

CASES = sorted(p.parent for p in FIXTURES.rglob("v1.txt"))


def document(case: Path) -> dict:  # type: ignore[type-arg]
    diff = compare(load_article(case / "v1.txt"), load_article(case / "v2.txt"))
    return json.loads(render_json(diff))  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_schema_valid(case: Path) -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document(case), schema)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_both_versions_rebuild(case: Path) -> None:
    doc = document(case)
    assert doc["schema"] == SCHEMA
    for side in ("old", "new"):
        paragraphs = [p["text"] for p in doc[side]["paragraphs"]]
        assert [p["index"] for p in doc[side]["paragraphs"]] == list(range(len(paragraphs)))
        source = (case / ("v1.txt" if side == "old" else "v2.txt")).read_text()
        assert "\n\n".join(paragraphs).split() == source.split()
    old, new = doc["old"]["paragraphs"], doc["new"]["paragraphs"]
    # One row per new paragraph, in order; its insert and equal spans are its text.
    assert [r["new"] for r in doc["rows"] if r["new"] is not None] == list(range(len(new)))
    for row in doc["rows"]:
        if row["new"] is not None:
            assert "".join(s["text"] for s in row["spans"] if s["op"] != "delete") == new[row["new"]]["text"]
    # Every old sentence in exactly one row, whose delete and equal spans hold them.
    held = [tuple(s) for row in doc["rows"] for s in row["old_sentences"]]
    assert sorted(held) == [(p["index"], k) for p in old for k in range(max(len(p["sentences"]), 1))]
    for row in doc["rows"]:
        old_words = "".join(s["text"] for s in row["spans"] if s["op"] != "insert").split()
        sentences = [old[i]["sentences"][k] if old[i]["sentences"] else old[i]["text"] for i, k in row["old_sentences"]]
        assert old_words == " ".join(sentences).split()
    # The links are the rows' links.
    assert [(link["old"], link["new"]) for link in doc["links"]] == [tuple(p) for r in doc["rows"] for p in r["links"]]


def test_summary_matches_rows() -> None:
    doc = document(FIXTURES / "cnn-el-salvador")
    kinds = [b["kind"] for b in doc["rows"]]
    summary = doc["summary"]
    assert summary["edited"] == kinds.count("edited")
    assert summary["added"] == kinds.count("added")
    assert summary["removed"] == kinds.count("removed")
    assert doc["old"]["paragraphs"][0]["role"] == "byline"
    changed = [q for q in doc["quotes"] if q["change"] == "changed"]
    assert [(q["old"]["speaker"], q["new"]["speaker"], q["detail"]) for q in changed] == [
        ("Mneesha Gellman", "Mneesha Gellman", "trimmed")
    ]
    assert summary["quotes_changed"] == 1 and summary["quotes_removed"] == 0


def test_terminal_active_characters_are_escaped() -> None:
    text = render_json(compare("Plain.", "Evil \x9b31m and \u202e reversed and \x1b[2J."))
    assert "\x9b" not in text and "\u202e" not in text and "\x1b" not in text
    doc = json.loads(text)
    assert doc["new"]["paragraphs"][0]["text"] == "Evil \x9b31m and \u202e reversed and \x1b[2J."


def test_curly_quotes_stay_readable() -> None:
    assert "“a sad day”" in render_json(compare("", "“a sad day”"))


def test_sections_and_passages() -> None:
    """The sections added and the passage of reactions of the CNN update (see
    articlediff.sections), as the views name them."""
    doc = document(FIXTURES / "cnn-el-salvador")
    assert [(s["kind"], s["new_subhead"], s["new"], s["quotations"]) for s in doc["sections"]] == [
        ("added", "El Salvador’s mega-prisons", list(range(15, 23)), 3),
        ("added", "Trump’s immigration crackdown", list(range(23, 30)), 0),
    ]
    assert doc["sections"][0]["kept"] == [[12, 16], [13, 17]]
    assert doc["passages"] == [{"kind": "added", "paragraphs": [9, 10, 11], "after": 8, "section": None,
                                "quotations": 3,
                                "speakers": ["A prominent Latino advocacy group", "Roman Palomares (LULAC)"]}]
    removed = document(FIXTURES / "sections-removed")
    assert [(s["kind"], s["old_subhead"], s["new_subhead"], s["old"], s["new"]) for s in removed["sections"]] == [
        ("removed", "El Salvador’s mega-prisons", None, list(range(15, 23)), [])]
    assert removed["passages"] == []
