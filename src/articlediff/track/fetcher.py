"""Fetching many pages at once, politely: a limit of connections per host, timeouts,
retries with backoff, conditional requests (ETag, Last-Modified), gzip, robots.txt,
and a User-Agent that names articlediff.

Only the standard library: urllib for HTTP, a thread pool for concurrency.
"""

from __future__ import annotations

import random
import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit


def user_agent() -> str:
    """``articlediff/<version> (+https://github.com/articlediff/articlediff)``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("articlediff")
    except PackageNotFoundError:
        number = "0"
    return f"articlediff/{number} (+https://github.com/articlediff/articlediff)"


#: The token robots.txt rules are matched against.
ROBOTS_AGENT = "articlediff"


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch."""

    timeout: float = 20.0
    """Seconds to wait for a connection or for each read, and at most 3 times this in all."""
    retries: int = 2
    """Further attempts after a timeout, a connection error, HTTP 429 or 5xx."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled (with some jitter) for each further one."""
    per_host: int = 2
    """Requests in flight to one host at a time."""
    workers: int = 8
    """Requests in flight in all."""
    max_bytes: int = 50 * 1024 * 1024
    """A larger answer (after gzip) is refused."""
    robots: bool = True
    """Respect robots.txt."""


@dataclass(frozen=True)
class Request:
    """A URL to fetch, with the validators of the version already held."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Response:
    """What a fetch gave: a page (status 200), not modified (304), or an error."""

    url: str
    final_url: str
    """The URL the page came from, after redirects."""
    status: int | None
    """The HTTP status; None when no answer came."""
    data: bytes = b""
    media_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    """Why there is no page: a one-line reason; None for a page or a 304."""
    fetched_at: float = 0.0
    seconds: float = 0.0
    """Time taken, retries and waits included."""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Fail(Exception):
    """A failure that another attempt would not mend."""


class _Retry(Exception):
    """A failure worth another attempt."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class Fetcher:
    """Fetches URLs on a pool of threads, at most ``per_host`` at a time to one host."""

    def __init__(self, options: FetchOptions | None = None, *, agent: str | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.options = options or FetchOptions()
        self.agent = agent or user_agent()
        self._sleep = sleep
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Semaphore] = {}
        self._robots: dict[str, Callable[[str], bool]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._opener = urllib.request.build_opener()

    def fetch_all(self, requests: Iterable[Request]) -> Iterator[tuple[Request, Response]]:
        """Fetch every request; yield each with its response as soon as it is done."""
        pool = ThreadPoolExecutor(max_workers=self.options.workers, thread_name_prefix="articlediff-fetch")
        pending: dict[Future[Response], Request] = {pool.submit(self.fetch, r): r for r in requests}
        try:
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), future.result()
        finally:
            # Interrupted (Ctrl-C, an error while storing): the fetches not started are
            # dropped rather than waited for.
            pool.shutdown(wait=not pending, cancel_futures=True)

    def fetch(self, request: Request) -> Response:
        """Fetch one URL (robots.txt allowing), retrying transient failures. Never
        raises for a network or HTTP failure: the response says what went wrong."""
        start = time.monotonic()
        host = urlsplit(request.url).netloc.lower()
        if urlsplit(request.url).scheme not in ("http", "https"):
            return self._failed(request, start, None, "not an http or https URL")
        if self.options.robots and not self._allowed(request.url, host):
            return self._failed(request, start, None, "robots.txt disallows fetching it")
        attempt = 0
        while True:
            try:
                with self._slot(host):
                    return self._attempt(request, start)
            except _Retry as problem:
                if attempt >= self.options.retries:
                    return self._failed(request, start, None, problem.reason)
                delay = problem.wait if problem.wait is not None else self.options.backoff * 2 ** attempt
                self._sleep(min(delay, 60.0) * (1 + random.random() / 4))
                attempt += 1

    def _slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.Semaphore(self.options.per_host)
            return self._hosts[host]

    def _failed(self, request: Request, start: float, status: int | None, reason: str) -> Response:
        return Response(request.url, request.url, status, error=reason, fetched_at=time.time(),
                        seconds=time.monotonic() - start)

    def _attempt(self, request: Request, start: float) -> Response:
        headers = {
            "User-Agent": self.agent,
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/*;q=0.8, */*;q=0.5",
            "Accept-Encoding": "gzip",
        }
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        req = urllib.request.Request(request.url, headers=headers)
        timeout = self.options.timeout
        try:
            with self._opener.open(req, timeout=timeout) as answer:
                data = self._read(answer, start)
                status = answer.status
                final_url = answer.geturl()
                info: Message = answer.headers
        except urllib.error.HTTPError as exc:
            code, reason, retry_after = exc.code, exc.reason, exc.headers.get("Retry-After") if exc.headers else None
            final = exc.geturl() or request.url
            exc.close()
            if code == 304:
                return Response(request.url, final, 304, etag=request.etag, last_modified=request.last_modified,
                                fetched_at=time.time(), seconds=time.monotonic() - start)
            if code == 429 or code >= 500:
                raise _Retry(f"HTTP {code} {reason}", _retry_after(retry_after)) from None
            return self._failed(request, start, code, f"HTTP {code} {reason}")
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise _Retry(f"no answer within {timeout:g} s") from None
            raise _Retry(f"cannot connect: {exc.reason}") from None
        except (TimeoutError, socket.timeout):
            raise _Retry(f"no answer within {timeout:g} s") from None
        except _Retry:
            raise
        except _Fail as exc:
            return self._failed(request, start, None, str(exc))
        except (OSError, ValueError) as exc:  # a connection reset, a bad status line, a bad URL
            raise _Retry(f"fetch failed: {exc}") from None
        encoding = (info.get("Content-Encoding") or "").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            try:
                data = self._gunzip(data)
            except _Fail as exc:
                return self._failed(request, start, status, str(exc))
        elif encoding not in ("", "identity"):
            return self._failed(request, start, status, f"served in an encoding articlediff cannot read: {encoding}")
        return Response(
            request.url, final_url, status, data,
            media_type=info.get_content_type() if info.get("Content-Type") else None,
            charset=info.get_content_charset(), etag=info.get("ETag"), last_modified=info.get("Last-Modified"),
            fetched_at=time.time(), seconds=time.monotonic() - start,
        )

    def _read(self, answer: object, start: float) -> bytes:
        """The body, read in chunks: refused past max_bytes, or when the whole
        fetch takes more than three times the timeout (a server that drips)."""
        chunks: list[bytes] = []
        size = 0
        deadline = start + 3 * self.options.timeout
        read = answer.read  # type: ignore[attr-defined]
        while True:
            chunk = read(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.options.max_bytes:
                raise _Fail(f"larger than {self.options.max_bytes:,} bytes")
            if time.monotonic() > deadline:
                raise _Retry(f"not read within {3 * self.options.timeout:g} s")
            chunks.append(chunk)

    def _gunzip(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj(wbits=31)
        try:
            out = inflater.decompress(data, self.options.max_bytes + 1)
        except zlib.error as exc:
            raise _Retry(f"bad gzip data: {exc}") from None
        if len(out) > self.options.max_bytes:
            raise _Fail(f"larger than {self.options.max_bytes:,} bytes once unzipped")
        return out

    # --- robots.txt ----------------------------------------------------------------

    def _allowed(self, url: str, host: str) -> bool:
        with self._lock:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:  # one fetch of robots.txt per host
            rules = self._robots.get(host)
            if rules is None:
                rules = self._robots[host] = self._fetch_robots(url)
        return rules(url)

    def _fetch_robots(self, url: str) -> Callable[[str], bool]:
        """Whether the host's robots.txt lets articlediff fetch a URL: as it says;
        everything when it is missing or does not answer; nothing when it is
        forbidden (401, 403)."""
        parts = urlsplit(url)
        request = Request(f"{parts.scheme}://{parts.netloc}/robots.txt")
        try:
            with self._slot(parts.netloc.lower()):
                response = self._attempt(request, time.monotonic())
        except _Retry:
            return lambda _: True
        if response.status == 200:
            parser = urllib.robotparser.RobotFileParser(request.url)
            parser.parse(response.data.decode("utf-8", errors="replace").splitlines())
            return lambda target: parser.can_fetch(ROBOTS_AGENT, target)
        if response.status in (401, 403):
            return lambda _: False
        return lambda _: True


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds (a date is ignored)."""
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
