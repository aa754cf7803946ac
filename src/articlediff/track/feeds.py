"""RSS and Atom feeds (read by feedparser): whether a page is one, and its stories."""

from __future__ import annotations

from urllib.parse import urljoin

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
               "application/xml", "text/xml")


def looks_like_feed(data: bytes, media_type: str | None) -> bool:
    """Whether a fetched page should be read as a feed: served as one, or XML that
    opens with an ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` element."""
    if media_type in _FEED_TYPES[:3]:
        return True
    if media_type in ("text/html", "application/xhtml+xml"):
        return False
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
        while head.startswith(b"<!--") and b"-->" in head:
            head = head[head.find(b"-->") + 3:].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def feed_links(data: bytes, base_url: str) -> list[str] | None:
    """The story URLs a feed lists, in its order, duplicates removed; None when the
    bytes are not a feed feedparser can read."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        return None
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        url = urljoin(base_url, str(link).strip())
        if url.startswith(("http://", "https://")) and url not in links:
            links.append(url)
    return links
