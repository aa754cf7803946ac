"""ArticleDiff → one standalone HTML page: the story in reading order with every
change marked, a table of changes, the quotes and the metadata changes.

The page has no external assets and makes no requests (a Content-Security-Policy
forbids them, and lets only the page's own script run). It follows the reader's
light or dark setting. Each change is an element ``id="change-N"`` (N from 1): the
table of changes links to them, and the keys j / n and k / p move to the next and
previous one. A moved paragraph links back to where it stood. Every piece of story
text goes through ``html.escape`` with control and invisible characters made visible.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from html import escape as _escape

from ..model import ArticleDiff, BlockKind, MetadataChange, Row, SectionChange, Span, SpanOp, Structure
from ..text.words import make_visible
from .describe import (
    HEADING_ROLES,
    PARAGRAPH_BREAK,
    SECTION_SIGNS,
    SIGNS,
    Change,
    bare_quote,
    block_text,
    changed_quotes,
    count_parts,
    describe_metadata,
    describe_quote,
    facts,
    first_words,
    list_changes,
    paragraph_counts,
    passage_detail,
    passage_heading,
    passage_opening,
    passage_title,
    plural,
    section_detail,
    section_heading,
    section_title,
    split_edges,
    structure,
    structure_headings,
    unchanged_quotes,
    where,
)

_KIND_CLASS = {BlockKind.ADDED: "added", BlockKind.REMOVED: "removed", BlockKind.EDITED: "edited",
               BlockKind.UNCHANGED: "unchanged"}

CSS = """\
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;
--add:#1a7f37;--add-bg:#dafbe1;--del:#cf222e;--del-bg:#ffebe9;--edit:#9a6700;--edit-bg:#fff8c5;
--move:#8250df;--move-bg:#fbefff;--focus:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;
--panel:#151b23;--add:#3fb950;--add-bg:rgba(46,160,67,.2);--del:#f85149;--del-bg:rgba(248,81,73,.2);
--edit:#d29922;--edit-bg:rgba(187,128,9,.18);--move:#ab7df8;--move-bg:rgba(171,125,248,.18);--focus:#4493f8}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--focus)}
.page{max-width:76rem;margin:0 auto;padding:1.5rem 1rem 4rem;display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
@media (min-width:64rem){.page{grid-template-columns:20rem minmax(0,1fr)}.page>*{grid-column:2}
.page>nav.toc{grid-column:1;grid-row:1/span 5;position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:1rem 0}}
header,nav.toc,section.side,main{min-width:0}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.05rem;margin:0 0 .5rem}
.versions{color:var(--muted);margin:.25rem 0 .75rem;overflow-wrap:anywhere}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:0 0 .5rem;padding:0}
.counts li{padding:.1rem .55rem;border-radius:1rem;background:var(--panel);border:1px solid var(--line);font-size:.9rem}
.counts .added{border-color:var(--add)}.counts .removed{border-color:var(--del)}
.counts .edited{border-color:var(--edit)}.counts .moved{border-color:var(--move)}
.facts,.keys{font-size:.9rem;color:var(--muted);margin:.25rem 0}
kbd{font:.8rem ui-monospace,monospace;border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 .3rem;background:var(--panel)}
nav.toc ol,section.side ul{margin:0;padding:0;list-style:none;font-size:.9rem}
nav.toc li{margin:0 0 .3rem;padding-left:1.4rem;text-indent:-1.4rem}
nav.toc .first{color:var(--muted)}
section.side li{margin:0 0 .4rem}
.sign{display:inline-block;width:1.2rem;text-indent:0;text-align:center;font:700 .95rem ui-monospace,monospace}
.sign.added{color:var(--add)}.sign.removed{color:var(--del)}.sign.edited{color:var(--edit)}.sign.moved{color:var(--move)}
main{font:1.1rem/1.65 Georgia,"Times New Roman",serif;max-width:46rem;padding-left:2.2rem}
main h2{font-family:system-ui,sans-serif;margin-left:-2.2rem}
.num{position:absolute;left:-2.4rem;top:.45rem;width:2rem;text-align:right;font:.75rem system-ui,sans-serif;color:var(--muted)}
.block{position:relative;margin:0 0 1rem;padding:.15rem .9rem;border-left:4px solid transparent;border-radius:2px}
.block p{margin:.3rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.unchanged{color:var(--fg)}
.change.edited{border-color:var(--edit)}
.change.added{border-color:var(--add);background:var(--add-bg)}
.change.removed{border-color:var(--del);background:var(--del-bg)}
.change.moved{border-color:var(--move)}
.change{scroll-margin-top:1.25rem}
.change:target,.change:focus{outline:3px solid var(--focus);outline-offset:3px}
.label{font:600 .8rem/1.4 system-ui,sans-serif;color:var(--muted);margin:.2rem 0}
.label a{color:inherit}
.origin{font:italic .85rem system-ui,sans-serif;color:var(--move);margin:0 0 1rem;padding-left:1.15rem}
.subhead p{font-weight:700}
ul.structure{font-size:.9rem;margin:.25rem 0;padding:0;list-style:none}
h3.structure{font:600 .95rem/1.4 system-ui,sans-serif;margin:1.5rem 0 .5rem -2.2rem;padding:.2rem 0;border-bottom:2px solid var(--line)}
h3.structure.added{border-color:var(--add)}h3.structure.removed{border-color:var(--del)}
h3.structure.reworded{border-color:var(--edit)}h3.structure.moved{border-color:var(--move)}
del{background:var(--del-bg);color:inherit;text-decoration:line-through;text-decoration-color:var(--del)}
ins{background:var(--add-bg);color:inherit;text-decoration:underline;text-decoration-color:var(--add)}
.change.added ins,.change.removed del{background:none;text-decoration:none}
.position{position:fixed;right:1rem;bottom:1rem;font:.85rem system-ui,sans-serif;background:var(--panel);
border:1px solid var(--line);border-radius:1rem;padding:.2rem .7rem;color:var(--muted)}
"""

JS = """\
(function () {
  "use strict";
  var changes = document.querySelectorAll(".change");
  var position = document.getElementById("position");
  function current() {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < changes.length; i++) {
      if (changes[i].id === id) { return i; }
    }
    return -1;
  }
  function firstBelowTop() {
    for (var i = 0; i < changes.length; i++) {
      if (changes[i].getBoundingClientRect().top > 1) { return i; }
    }
    return changes.length;
  }
  function go(step) {
    if (!changes.length) { return; }
    var i = current();
    var next = i < 0 ? (step > 0 ? firstBelowTop() : firstBelowTop() - 1) : i + step;
    next = Math.max(0, Math.min(changes.length - 1, next));
    location.hash = "#" + changes[next].id;
    changes[next].focus({preventScroll: true});
  }
  function show() {
    var i = current();
    if (!position) { return; }
    position.textContent = i < 0 ? changes.length + " changes \\u00b7 j next \\u00b7 k previous"
      : "change " + (i + 1) + " of " + changes.length;
  }
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
    var step = (event.key === "j" || event.key === "n") ? 1 : (event.key === "k" || event.key === "p") ? -1 : 0;
    if (!step) { return; }
    event.preventDefault();
    go(step);
  });
  window.addEventListener("hashchange", show);
  show();
})();
"""


def render_html(diff: ArticleDiff) -> str:
    """The whole page, as one string."""
    changes = list_changes(diff)
    anchors = _anchors(diff, changes)
    found = structure(diff)
    body = [
        _header(diff, _structure_list(diff, found)),
        _toc(changes),
        _metadata(diff.metadata) if diff.metadata else "",
        _quotes(diff, anchors) if diff.quotes else "",
        _story(diff, changes, _structure_headings(diff, found)),
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n" + _head(diff) + "<body>\n<div class=\"page\">\n"
        + "".join(part for part in body if part)
        + "</div>\n<div class=\"position\" id=\"position\" aria-live=\"polite\"></div>\n"
        + f"<script>{JS}</script>\n</body>\n</html>\n"
    )


def text(value: str) -> str:
    """Story text as HTML: escaped, with control and invisible characters made visible."""
    return _escape(make_visible(value), quote=True)


def _head(diff: ArticleDiff) -> str:
    digest = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"
    return (
        "<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"color-scheme\" content=\"light dark\">\n"
        f"<title>How the story changed: {text(diff.old.source)} → {text(diff.new.source)}</title>\n"
        f"<style>\n{CSS}</style>\n</head>\n"
    )


def _structure_ids(found: Structure) -> dict[int, str]:
    """Each section's and passage's element id, by the record's id: ``section-1``, ``passage-1``."""
    ids = {id(c): f"section-{n}" for n, c in enumerate(found.sections, start=1)}
    ids.update({id(p): f"passage-{n}" for n, p in enumerate(found.passages, start=1)})
    return ids


def _structure_list(diff: ArticleDiff, found: Structure) -> str:
    """The header's list of the sections and passages that changed, each linked to
    its heading in the story; "" when none did."""
    if not found.changed:
        return ""
    ids = _structure_ids(found)
    items = [
        f"<li>{_sign(SECTION_SIGNS[c.kind.value], c.kind.value)}<a href=\"#{ids[id(c)]}\">{text(section_title(c))}</a>"
        f" ({text(section_detail(c))})</li>\n" for c in found.sections
    ] + [
        f"<li>{_sign(SECTION_SIGNS[p.kind.value], p.kind.value)}<a href=\"#{ids[id(p)]}\">{text(passage_title(p))}</a>:"
        f" “{text(passage_opening(diff, p))}” ({text(passage_detail(p))})</li>\n" for p in found.passages
    ]
    return "<ul class=\"structure\" aria-label=\"Sections and passages\">\n" + "".join(items) + "</ul>\n"


def _structure_headings(diff: ArticleDiff, found: Structure) -> dict[int, list[str]]:
    """A heading over each section and passage that changed, by the position of the
    row it stands over: ``section added: El Salvador’s mega-prisons (¶15–¶22)``."""
    ids = _structure_ids(found)
    out: dict[int, list[str]] = {}
    for position, items in structure_headings(diff, found).items():
        out[position] = [
            f"<h3 class=\"structure {item.kind.value}\" id=\"{ids[id(item)]}\">"
            f"{_sign(SECTION_SIGNS[item.kind.value], item.kind.value)}"
            f"{text(section_heading(item) if isinstance(item, SectionChange) else passage_heading(item))}</h3>\n"
            for item in items
        ]
    return out


def _header(diff: ArticleDiff, structure_list: str = "") -> str:
    s = diff.summary
    counts = "".join(f"<li class=\"{kind}\">{label}</li>" for label, kind in count_parts(s))
    parts = [
        "<header>\n<h1>How the story changed</h1>\n",
        f"<p class=\"versions\">{text(diff.old.source)} → {text(diff.new.source)}</p>\n",
        (f"<ul class=\"counts\"><li>{paragraph_counts(diff)} paragraphs</li>{counts}"
         f"<li>{s.words_added} words added, {s.words_removed} removed</li></ul>\n"),
    ]
    found = facts(diff)
    if found:
        parts.append("<p class=\"facts\">Facts changed: " + " · ".join(text(f) for f in found) + "</p>\n")
    parts.append(structure_list)
    if not s.changed:
        parts.append("<p><strong>No differences.</strong></p>\n")
    parts.append("<p class=\"keys\">Keys: <kbd>j</kbd> or <kbd>n</kbd> next change, "
                 "<kbd>k</kbd> or <kbd>p</kbd> previous.</p>\n</header>\n")
    return "".join(parts)


def _sign(change_sign: str, kind: str) -> str:
    return f"<span class=\"sign {kind}\" aria-hidden=\"true\">{_escape(change_sign)}</span>"


def _kind_class(block: Row) -> str:
    return "moved" if block.moved else _KIND_CLASS[block.kind]


def _toc(changes: Sequence[Change]) -> str:
    """The table of changes: a plain link to each."""
    items = [
        f"<li><a href=\"#change-{c.number}\">{_sign(c.sign, _kind_class(c.block))}{_escape(c.title)}</a>"
        f" <span class=\"first\">{text(first_words(block_text(c.block), 8))}</span></li>\n"
        for c in changes
    ]
    heading = f"<h2>{plural(len(changes), 'change')}</h2>\n"
    return "<nav class=\"toc\" aria-label=\"Changes\">\n" + heading + "<ol>\n" + "".join(items) + "</ol>\n</nav>\n"


def _metadata(changes: Sequence[MetadataChange]) -> str:
    items = []
    for change in changes:
        value = ""
        if change.old:
            value += f"<del>{text(change.old)}</del>"
        if change.old and change.new:
            value += " → "
        if change.new:
            value += f"<ins>{text(change.new)}</ins>"
        kind = _KIND_CLASS[change.kind]
        items.append(f"<li>{_sign(SIGNS[change.kind], kind)}<strong>{_escape(describe_metadata(change))}:</strong> {value}</li>\n")
    return ("<section class=\"side metadata\" aria-label=\"Metadata\">\n<h2>Headline, byline and boilerplate</h2>\n"
            "<ul>\n" + "".join(items) + "</ul>\n</section>\n")


def _quotes(diff: ArticleDiff, anchors: dict[tuple[str, int], str]) -> str:
    items = []
    for quote in changed_quotes(diff):
        line = describe_quote(quote)
        side, number = ("old", quote.old.paragraph) if quote.new is None else ("new", quote.new.paragraph)
        target = anchors.get((side, number))
        where = f"<a href=\"#{target}\">{_escape(line.where)}</a>" if target else _escape(line.where)
        who = f" {text(line.speaker)}:" if line.speaker else ""
        if quote.change == "changed" and quote.spans:
            words = _marked(quote.spans)
        else:
            words = text(bare_quote(line.text))
        kind = quote.change if quote.change in ("added", "removed") else "edited"
        items.append(f"<li>{_sign(line.sign, kind)}<strong>{_escape(line.label)}</strong> ({where}){who} “{words}”</li>\n")
    same = unchanged_quotes(diff)
    if same:
        items.append(f"<li>{_sign(SIGNS[BlockKind.UNCHANGED], 'unchanged')}{plural(same, 'quote')} unchanged</li>\n")
    return ("<section class=\"side quotes\" aria-label=\"Quotes\">\n<h2>Quotes</h2>\n<ul>\n"
            + "".join(items or ["<li>none changed</li>\n"]) + "</ul>\n</section>\n")


def _anchors(diff: ArticleDiff, changes: Sequence[Change]) -> dict[tuple[str, int], str]:
    """("old" | "new", paragraph) → the id of the element that shows it."""
    numbers = {id(c.block): c.number for c in changes}
    out: dict[tuple[str, int], str] = {}
    for block in diff.rows:
        element = _element_id(block, numbers.get(id(block)))
        out.update({("old", i): element for i in block.old})
        out.update({("new", j): element for j in block.new})
    return out


def _element_id(block: Row, number: int | None) -> str:
    if number is not None:
        return f"change-{number}"
    return f"new-{block.new[0]}" if block.new else f"old-{block.old[0]}"


def _story(diff: ArticleDiff, changes: Sequence[Change], headings: dict[int, list[str]] | None = None) -> str:
    """Every row in reading order; where a moved paragraph stood, a link to it; over
    a section or passage that changed, a heading (``headings``, by row position)."""
    numbers = {id(c.block): c for c in changes}
    origins = _origins(diff, changes)
    parts = ["<main>\n<h2>The story, with its changes</h2>\n"]
    for position, block in enumerate(diff.rows):
        parts.extend(origins.get(position, []))
        parts.extend((headings or {}).get(position, []))
        parts.append(_block(block, numbers.get(id(block)), diff))
    parts.extend(origins.get(len(diff.rows), []))
    parts.append("</main>\n")
    return "".join(parts)


def _origins(diff: ArticleDiff, changes: Sequence[Change]) -> dict[int, list[str]]:
    """For each moved paragraph, a note where it stood in the old version: before the
    first block in place that comes after it in the old order."""
    in_place = [(k, min(b.old)) for k, b in enumerate(diff.rows) if b.old and not b.moved]
    out: dict[int, list[str]] = {}
    seen: set[int] = set()
    for change in changes:
        for old, new in change.block.moved_pairs:
            if old in seen:
                continue
            seen.add(old)
            position = next((k for k, first in in_place if first > old), len(diff.rows))
            what = f"Part of old ¶{old}" if any(i == old for i, _, _ in change.block.parts) else f"Old ¶{old}"
            note = (f"<p class=\"origin\" id=\"from-{old}\">↕ {what} stood here; it moved to "
                    f"<a href=\"#change-{change.number}\">¶{new}</a>.</p>\n")
            out.setdefault(position, []).append(note)
    return out


def _block(block: Row, change: Change | None, diff: ArticleDiff) -> str:
    classes = ["block", "change" if change else "", _KIND_CLASS[block.kind], "moved" if block.moved else ""]
    if diff.roles(block) & HEADING_ROLES:
        classes.append("subhead")
    attrs = f"class=\"{' '.join(c for c in classes if c)}\" id=\"{_element_id(block, change.number if change else None)}\""
    if change is None:
        number = f"<span class=\"num\" title=\"{_escape(where(block))}\">¶{block.new[0]}</span>"
        return f"<div {attrs}>{number}" + "".join(f"<p>{p}</p>" for p in _paragraphs(block)) + "</div>\n"
    return (f"<section {attrs} tabindex=\"-1\" aria-label=\"{_escape(change.title)}\">\n{_change_heading(change)}"
            + "".join(f"<p>{p}</p>" for p in _paragraphs(block)) + "\n</section>\n")


def _change_heading(change: Change) -> str:
    """``~ ¶0 edited (was ¶1) · substantive``, a move linked to where it came from."""
    title = _escape(change.title)
    for old, _ in change.block.moved_pairs:
        title = title.replace(f"from ¶{old}", f"from <a href=\"#from-{old}\">¶{old}</a>", 1)
    tags = f" · {_escape(', '.join(change.tags))}" if change.tags else ""
    link = f"<a href=\"#change-{change.number}\">{_sign(change.sign, _kind_class(change.block))}</a>"
    return f"<div class=\"label\">{link}{title}{tags}</div>"


def _paragraphs(block: Row) -> list[str]:
    """The block's text as HTML paragraphs, deletions in <del>, insertions in <ins>,
    split at paragraph breaks so that no element spans two paragraphs."""
    whole = {BlockKind.ADDED: "ins", BlockKind.REMOVED: "del"}.get(block.kind)
    out = [""]
    for span in block.spans:
        tag = whole or {SpanOp.DELETE: "del", SpanOp.INSERT: "ins"}.get(span.op)
        for k, piece in enumerate(span.text.split(PARAGRAPH_BREAK)):
            if k:
                out.append("")
            out[-1] += _wrap(piece, tag)
    return out


def _wrap(piece: str, tag: str | None) -> str:
    """``piece`` escaped, in ``<tag>`` with the white space at its edges outside."""
    lead, core, trail = split_edges(piece)
    if tag is None or not core:
        return text(piece)
    return f"{text(lead)}<{tag}>{text(core)}</{tag}>{text(trail)}"


def _marked(spans: Iterable[Span]) -> str:
    """A quote's word diff on one line."""
    tags = {SpanOp.DELETE: "del", SpanOp.INSERT: "ins"}
    return "".join(_wrap(" ".join(s.text.split("\n")), tags.get(s.op)) for s in spans)
