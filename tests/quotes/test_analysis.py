"""Paragraph analyses shared by the versions of a story (QuoteCache)."""

from __future__ import annotations

from articlediff import Paragraph, load_article
from articlediff.quotes import QuoteCache, extract_quotes

from ..conftest import CNN

# --- a cache shared by versions ---------------------------------------------------------


def test_shared_cache_gives_each_version_its_own_quotes() -> None:
    versions = [load_article(str(CNN / f"v{n}.txt")).paragraphs for n in (1, 2, 3)]
    alone = [extract_quotes(paragraphs) for paragraphs in versions]
    cache = QuoteCache()
    assert [extract_quotes(paragraphs, cache=cache) for paragraphs in versions] == alone
    assert len(cache) == len({p.text for paragraphs in versions for p in paragraphs if not p.role.is_metadata})
    assert [extract_quotes(paragraphs, cache=cache) for paragraphs in reversed(versions)] == alone[::-1]


def test_shared_paragraph_resolved_in_each_version_s_context() -> None:
    """The paragraphs are shared, the names are not: a pronoun goes to the person its
    own version names, a surname to the full name its own version gives."""
    shared = "“We will appeal,” he said. “This is not over,” Greene said."
    old = [Paragraph(index=0, text="Prosecutor Linda Greene met Ana Diaz on Monday."),
           Paragraph(index=1, text=shared)]
    new = [Paragraph(index=0, text="Bo Chen, a defence lawyer, spoke first."), Paragraph(index=1, text=shared)]
    cache = QuoteCache()
    old_quotes, new_quotes = extract_quotes(old, cache=cache), extract_quotes(new, cache=cache)
    assert len(cache) == 3
    assert old_quotes == extract_quotes(old) and new_quotes == extract_quotes(new)
    assert [q.speaker for q in old_quotes] == ["Linda Greene", "Linda Greene"]
    assert [q.speaker for q in new_quotes] == ["Bo Chen", "Greene"]
