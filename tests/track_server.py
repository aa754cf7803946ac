"""A small web site on 127.0.0.1 for the tracking tests and benchmark: story pages
whose text can change between requests, feeds, errors, slow and hanging answers,
with ETags, Last-Modified, gzip and robots.txt, and a count of the requests made."""

from __future__ import annotations

import gzip
import hashlib
import html
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Body = bytes | Callable[[int], bytes]
"""A page's bytes, or a function of how many times it was requested before (0 first)."""

PARAGRAPHS = [
    "The city council voted on Tuesday to close the Riverside bridge for repairs, a decision that will"
    " divert some 12,000 vehicles a day onto narrower streets through the old town for most of next year.",
    "“We have no choice: the bridge is not safe,” said Mayor Ana Lopez, who proposed the closure after"
    " engineers found corroded cables during an inspection in the spring.",
    "Shopkeepers in the old town said they feared the traffic would drive customers away, and asked the"
    " council for help with the cost of the disruption during the months of works.",
    "The works are expected to cost 45 million euros, paid for by the regional government and a loan from"
    " the national development bank, according to documents published by the council.",
    "Opposition councillors voted against the plan, saying a temporary crossing should have been built"
    " first so that buses and ambulances could still reach the hospital on the north bank.",
    "“This plan was rushed through without asking the people who live here,” said councillor Marc Weber,"
    " who leads the opposition group on the council and has called for a public hearing.",
    "The closure is due to begin in March and last fourteen months, the council said in a statement"
    " issued after the vote, which passed by 23 votes to 18 after a debate of nearly four hours.",
]


def story_html(title: str, paragraphs: Sequence[str], *, extra: str = "") -> bytes:
    """A news page: navigation, the article (headline, byline, paragraphs), a footer."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>{html.escape(title)}</h1>
<p class="byline">By Jo Reporter</p>
{body}
{extra}
</article>
<footer>Copyright The Daily Example. All rights reserved.</footer>
</body></html>""".encode()


def feed_xml(base: str, paths: Sequence[str], *, title: str = "Example news") -> bytes:
    """An RSS 2.0 feed listing the stories at these paths."""
    items = "\n".join(
        f"<item><title>Story {html.escape(p)}</title><link>{html.escape(base + p)}</link>"
        f"<guid>{html.escape(base + p)}</guid></item>" for p in paths
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{html.escape(title)}</title><link>{html.escape(base)}/</link>
<description>News</description>
{items}
</channel></rss>""".encode()


@dataclass
class Route:
    body: Body
    status: int | Callable[[int], int] = 200
    """The HTTP status, or a function of the count of earlier requests."""
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    hang: bool = False
    """Answer only once the site is released (or after 60 s)."""
    validators: bool = True
    """Send an ETag and Last-Modified, and answer 304 to a request that matches."""


class Site:
    """The pages served, and the requests seen."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()
        self.gzipped = 0
        self.agents: set[str] = set()
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.robots = b"User-agent: *\nDisallow: /private/\n"
        self.base = ""

    def page(self, path: str, body: Body, **options: object) -> str:
        """Serve ``body`` at ``path``; returns its URL."""
        self.routes[path] = Route(body, **options)  # type: ignore[arg-type]
        return self.base + path

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            count = self.hits[path]
            self.hits[path] += 1
            self.agents.add(headers.get("user-agent", ""))
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, self.robots
        route = self.routes.get(path)
        if route is None:
            return 404, {"Content-Type": "text/html"}, b"<html><body><h1>Not found</h1></body></html>"
        if route.hang:
            self.release.wait(60)
        if route.delay:
            time.sleep(route.delay)
        data = route.body(count) if callable(route.body) else route.body
        status = route.status(count) if callable(route.status) else route.status
        out = {"Content-Type": route.content_type}
        if route.validators and status == 200:
            tag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            out["ETag"] = tag
            out["Last-Modified"] = "Tue, 01 Dec 2026 10:00:00 GMT"
            if headers.get("if-none-match") == tag:
                with self.lock:
                    self.conditional[path] += 1
                return 304, {"ETag": tag}, b""
        if "gzip" in headers.get("accept-encoding", "") and len(data) > 200:
            data = gzip.compress(data)
            out["Content-Encoding"] = "gzip"
            with self.lock:
                self.gzipped += 1
        return status, out, data


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, out, data = site.answer(self.path, headers)
            try:
                self.send_response(status)
                for key, value in out.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client went away (a killed update)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve() -> Iterator[Site]:
    """A site served on 127.0.0.1 on a free port, in a thread, for the block."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()
