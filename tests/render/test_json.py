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
    for side, keep in (("old", "delete"), ("new", "insert")):
        paragraphs = [p["text"] for p in doc[side]["paragraphs"]]
        assert [p["index"] for p in doc[side]["paragraphs"]] == list(range(len(paragraphs)))
        seen = sorted(i for block in doc["blocks"] for i in block[side])
        assert seen == list(range(len(paragraphs))), "each paragraph in exactly one block"
        for block in doc["blocks"]:
            text = "".join(s["text"] for s in block["spans"] if s["op"] in ("equal", keep))
            assert text == "\n\n".join(paragraphs[i] for i in block[side])
        source = (case / ("v1.txt" if side == "old" else "v2.txt")).read_text()
        assert "\n\n".join(paragraphs).split() == source.split()


def test_summary_matches_blocks() -> None:
    doc = document(FIXTURES / "cnn-el-salvador")
    kinds = [b["kind"] for b in doc["blocks"]]
    summary = doc["summary"]
    assert summary["edited"] == kinds.count("edited")
    assert summary["added"] == sum(len(b["new"]) for b in doc["blocks"] if b["kind"] == "added")
    assert summary["removed"] == sum(len(b["old"]) for b in doc["blocks"] if b["kind"] == "removed")
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
