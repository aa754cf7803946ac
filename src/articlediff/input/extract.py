"""HTML input: a web page → the article's headline, byline, date and paragraphs.

The work is done by trafilatura, a maintained extractor tuned on thousands of sites,
whose metadata readers give the headline, byline and date. It is imported only when a
page is read, so text input never pays for it. Where trafilatura finds no article in
a page (or is missing), a small extractor built on the standard library stands in,
and the page says so (``ExtractedPage.extractor`` is ``builtin``, which the load stage
turns into a warning): it keeps the paragraphs of the page's ``<article>`` (or
``<main>``, or body), and drops page chrome: navigation, headers and footers, asides,
forms, scripts, and blocks whose class or id says they are ads, related links, share
buttons, newsletter or cookie banners.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any, NamedTuple

from ..model import Role
from ..segment import RoledText
from ..text.pattern_cache import compile_pattern

_SPACE = compile_pattern(r"\s+")
_SKIP_TAGS = frozenset(
    "script style noscript template svg nav footer aside form button iframe select "
    "textarea menu dialog object embed canvas figcaption".split()
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
_BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li pre blockquote dd".split())
# Tags that end an open paragraph, as an HTML parser would (<p>one<div>two).
_BREAKING_TAGS = _BLOCK_TAGS | frozenset(
    "div section article main table ul ol dl form header footer aside nav figure hr address".split()
)
_CHROME = compile_pattern(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|related|recommended|promo|newsletter|"
    r"subscribe|signup|cookies?|consent|banner|ad|ads|advert|advertisement|sponsored|share|sharing|social|"
    r"comments?|popup|modal|paywall|outbrain|taboola|trending|most-read|more-stories|read-more)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BYLINE_CLASS = compile_pattern(r"byline|author", re.IGNORECASE)


class ExtractedPage(NamedTuple):
    """The article found in a page."""

    blocks: list[RoledText]
    extractor: str
    """``trafilatura`` or ``builtin``."""


def extract_html(html: str) -> ExtractedPage:
    """Find the article in a web page: with trafilatura, or, where it cannot read the
    page (no article found, or trafilatura missing), with the built-in extractor."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return ExtractedPage(extract_html_builtin(html), "builtin")
    blocks = _extract_trafilatura(html)
    if not any(b.role not in _META_ROLES for b in blocks):
        return ExtractedPage(extract_html_builtin(html), "builtin")
    return ExtractedPage(blocks, "trafilatura")


_META_ROLES = frozenset((Role.HEADLINE, Role.BYLINE, Role.DATELINE))


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- trafilatura -------------------------------------------------------------------


#: The story's date as the page's markup gives it (meta tags, <time>, structured data),
#: the first publication date: never guessed from the text, where htmldate's extensive
#: search would read "© 2026" as 2026-01-01, and two fetches a year apart would show a
#: dateline change that no one made.
_DATE_FROM_MARKUP = {"extensive_search": False, "original_date": True}


def _extract_trafilatura(html: str) -> list[RoledText]:
    import xml.etree.ElementTree as ET

    import trafilatura

    try:
        xml = trafilatura.extract(
            html, output_format="xml", with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, favor_precision=True,
            date_extraction_params=_DATE_FROM_MARKUP,
        )
        doc = ET.fromstring(xml) if xml else None
    except Exception:  # a page trafilatura cannot parse: the built-in extractor reads it
        return []
    if doc is None:
        return []
    main = doc.find("main")
    children = list(main) if main is not None else []
    tree = _page_tree(html)
    title = _headline(_clean(doc.get("title") or ""), tree)
    first_head = children[0] if children and children[0].tag == "head" else None
    if first_head is not None and title and _clean("".join(first_head.itertext())) == title:
        children = children[1:]  # the headline, which goes first of all
    blocks: list[RoledText] = []
    if title:
        blocks.append(RoledText(title, Role.HEADLINE))
    author = _byline(_clean(doc.get("author") or ""), doc.get("sitename") or "", doc.get("hostname") or "", tree)
    if author:
        blocks.append(RoledText(author, Role.BYLINE))
    if doc.get("date"):
        blocks.append(RoledText(_clean(doc.get("date", "")), Role.DATELINE))
    seen_headline = bool(title)
    for element in children:
        for text, tag in _xml_paragraphs(element):
            if tag == "head":
                role = Role.HEADLINE if not seen_headline else Role.SUBHEAD
                seen_headline = True
                if role is Role.HEADLINE:
                    blocks.insert(0, RoledText(text, role))
                else:
                    blocks.append(RoledText(text, role))
            elif tag == "item":
                blocks.append(RoledText(text, Role.BODY))  # an item of a list, however short: never a subhead
            else:
                blocks.append(RoledText(text))
    return blocks


#: What joins a headline to the site's name in a page's title: "Story | DW | 19.01.2020".
_TITLE_SEPARATOR = compile_pattern(r"\s+[|–—:-]\s+|\s*\|\s*")


def _page_tree(html: str) -> Any:
    """The page parsed by lxml (which trafilatura is built on), or None."""
    try:
        import lxml.html

        return lxml.html.fromstring(html)
    except Exception:  # empty or unparsable: no second look at the page
        return None


def _headline(title: str, tree: Any) -> str:
    """The story's headline: the page's title from its metadata, less the site's name
    and date that pages add to it ("Story | DW | 19.01.2020"), when the page's own
    ``<h1>`` is that title without them."""
    if not title or tree is None or not _TITLE_SEPARATOR.search(title):
        return title
    for h1 in tree.iter("h1"):
        heading = _clean(h1.text_content())
        rest = title[len(heading):]
        if heading and title.startswith(heading) and _TITLE_SEPARATOR.match(rest):
            return heading
    return title


#: A visible byline's lead word ("By Jo Doe", "Author: Jo Doe").
_BYLINE_LEAD = compile_pattern(r"^(?:by|authors?:?|written by)\s+", re.IGNORECASE)
#: An editor's initials after the byline, as some sites add them: "Jo Doe (eg)".
_EDITOR_INITIALS = compile_pattern(r"\s*\([a-z]{1,4}(?:[/,]\s*[a-z]{1,4})*\)$")


def _byline(author: str, sitename: str, hostname: str, tree: Any) -> str:
    """The story's byline from the page's metadata; where that names the publisher, not
    a writer (DW's pages give "Deutsche Welle" as their author), the byline the page
    shows its readers, if it has one."""
    if not author or not _names_publisher(author, sitename, hostname) or tree is None:
        return author
    for element in tree.xpath("//*[contains(@class, 'author') or contains(@class, 'byline')]"):
        text = _clean(element.text_content())
        if _BYLINE_LEAD.match(text):
            name = _EDITOR_INITIALS.sub("", _BYLINE_LEAD.sub("", text))
            if 0 < len(name.split()) <= 12:
                return name
    return author


def _names_publisher(author: str, sitename: str, hostname: str) -> bool:
    """Is the author the site itself: its name, or the name its domain abbreviates
    ("Deutsche Welle" for dw.com)?"""
    key = re.sub(r"[^a-z]", "", author.lower())
    initials = "".join(word[0] for word in author.lower().split() if word[:1].isalpha())
    sites = {re.sub(r"[^a-z]", "", name.lower().split(".")[0]) for name in (sitename, hostname.removeprefix("www.")) if name}
    return bool(sites & {key, initials})


def _xml_paragraphs(element) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Paragraph texts of one element of trafilatura's XML (lists give one per item)."""
    if element.tag in ("list", "quote") and len(element):
        out = []
        for child in element:
            out.extend(_xml_paragraphs(child))
        return out
    text = _clean("".join(element.itertext()))
    return [(text, element.tag)] if text else []


# --- built-in extractor ------------------------------------------------------------


class _Block(NamedTuple):
    tag: str
    text: str
    in_article: bool
    in_main: bool


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, opened a skipped subtree)
        self.skipping = 0
        self.article = 0
        self.main = 0
        self.current: list[str] | None = None
        self.current_tag = ""
        self.blocks: list[_Block] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] | None = None
        self.page_title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = attributes.get("name") or attributes.get("property") or ""
            if key and "content" in attributes:
                self.meta[key.lower()] = attributes["content"]
            return
        if tag == "br" and self.current is not None:
            self.current.append(" ")
        if tag in _VOID_TAGS:
            return
        names = f"{attributes.get('class', '')} {attributes.get('id', '')}"
        skip = tag in _SKIP_TAGS or bool(_CHROME.search(names)) or attributes.get("hidden") is not None \
            or attributes.get("aria-hidden") == "true" or attributes.get("role") in ("navigation", "banner", "complementary")
        if tag == "header" and not self.article:
            skip = True
        self.stack.append((tag, skip))
        if skip:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "title":
            self.title = []
        elif tag == "article":
            self.article += 1
        elif tag == "main":
            self.main += 1
        if tag in _BREAKING_TAGS and self.current_tag != "byline":
            self._flush()
        if tag in _BLOCK_TAGS or tag == "time" or (_BYLINE_CLASS.search(names) and self.current is None):
            self._flush()
            self.current = []
            self.current_tag = "byline" if _BYLINE_CLASS.search(names) and tag not in ("h1", "h2") else tag

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        # Close up to the matching open tag; stray end tags are ignored.
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                break
        else:
            return
        while len(self.stack) > depth:
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skipping -= 1
                continue
            if self.skipping:
                continue
            if open_tag == "title" and self.title is not None:
                self.page_title = _clean("".join(self.title))
                self.title = None
            elif open_tag == "article":
                self._flush()
                self.article -= 1
            elif open_tag == "main":
                self._flush()
                self.main -= 1
            if self.current is not None and (open_tag == self.current_tag or open_tag in _BLOCK_TAGS or
                                             (self.current_tag == "byline")):
                self._flush()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.title is not None:
            self.title.append(data)
        elif self.current is not None:
            self.current.append(data)

    def _flush(self) -> None:
        if self.current is not None:
            text = _clean("".join(self.current))
            if text:
                self.blocks.append(_Block(self.current_tag, text, self.article > 0, self.main > 0))
        self.current = None

    def close(self) -> None:
        super().close()
        self._flush()


def extract_html_builtin(html: str) -> list[RoledText]:
    """The standard-library extractor (see the module docstring)."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    blocks = parser.blocks
    if any(b.in_article for b in blocks):
        scoped = [b for b in blocks if b.in_article or (b.tag == "h1" and not b.in_article)]
    elif any(b.in_main for b in blocks):
        scoped = [b for b in blocks if b.in_main or b.tag == "h1"]
    else:
        scoped = blocks
    out: list[RoledText] = []
    seen_headline = False
    for block in scoped:
        if block.tag == "h1" and not seen_headline:
            role: Role | None = Role.HEADLINE
            seen_headline = True
        elif block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            role = Role.SUBHEAD
        elif block.tag == "byline":
            role = Role.BYLINE
        elif block.tag == "time":
            role = Role.DATELINE
        elif block.tag == "li":
            role = Role.BODY  # an item of a list, however short: never a subhead
        else:
            role = None
        if out and out[-1].text == block.text:
            continue  # a byline inside a byline block, say
        out.append(RoledText(block.text, role))
    if not seen_headline:
        title = parser.meta.get("og:title") or parser.page_title
        if title:
            out.insert(0, RoledText(title, Role.HEADLINE))
    if not any(b.role is Role.BYLINE for b in out) and parser.meta.get("author"):
        out.insert(1 if seen_headline or out and out[0].role is Role.HEADLINE else 0,
                   RoledText(_clean(parser.meta["author"]), Role.BYLINE))
    return out
