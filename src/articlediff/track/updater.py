"""One update: fetch the tracked stories that are due, and store a version of each
whose article changed, after checking the page is a good version of it.

A page is refused (the failure recorded, the stored versions untouched) when it is
an HTTP error, not text, an error page, garbage, an empty article, or far shorter
than the last good version (truncated). Fetching runs on threads; everything else,
extraction, comparison and every write, runs in the calling thread, one short
transaction per story, so a killed update loses nothing it had stored.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..text.pattern_cache import compile_pattern
from .feeds import feed_links, looks_like_feed
from .fetcher import Fetcher, FetchOptions, Request, Response
from .store import Store, Story, text_hash

if TYPE_CHECKING:
    from ..model import Article

#: Below this share of the last good version's body words, a new version is taken for
#: a truncated page rather than a story cut by its editors.
TRUNCATED_SHARE = 0.5
#: ... unless the last good version was this short anyway.
TRUNCATION_MIN_WORDS = 60
#: A shorter article refused as truncated is stored once it was fetched this many
#: times in a row, the same length each time: its editors cut the story.
SHORTER_ACCEPTED_AFTER = 3
#: An article this short whose text says "not found", "error"... is an error page.
ERROR_PAGE_WORDS = 120
#: What an error page says in its headline or first paragraph: an HTTP status standing
#: first ("404", "Error 503: …"), or a phrase no story opens with.
_ERROR_PAGE = compile_pattern(
    r"^\W*(?:error\W*)?[45]\d\d(?:\W*$|\W+(?:not found|forbidden|gone|error|unauthori[sz]ed|bad request|"
    r"bad gateway|internal server error|service unavailable|gateway time-?out))|"
    r"\b(?:page (?:not found|cannot be found|could not be found|you requested)|no longer available|"
    r"does not exist|access denied|internal server error|service (?:temporarily )?unavailable|bad gateway|"
    r"an error (?:has )?occurred|something went wrong)\b",
    re.IGNORECASE,
)
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


@dataclass(frozen=True)
class Outcome:
    """What an update did with one tracked URL."""

    url: str
    status: str
    """``new`` (a version stored), ``same`` (fetched, unchanged), ``not-modified``
    (HTTP 304), ``failed``, or ``feed`` (a feed read)."""
    detail: str = ""
    """The failure's reason, the change's one-line summary, or the feed's new stories."""
    version: int | None = None
    """The number of the version stored."""
    headline: str | None = None
    found: tuple[str, ...] = ()
    """For a feed, the stories it brought that were not tracked yet."""


@dataclass
class UpdateReport:
    """The outcomes of one update, and where its time went."""

    outcomes: list[Outcome] = field(default_factory=list)
    fetch_seconds: float = 0.0
    """Summed over the fetches (which overlap)."""
    process_seconds: float = 0.0
    """Time spent on everything but fetching: extraction, checks, comparison, writes."""

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def article_from_page(data: bytes, *, url: str, media_type: str | None, charset: str | None) -> Article:
    """The article in a fetched page, read by articlediff's own loading: HTML through
    its extractor, text and Markdown as the command line reads them.

    Raises:
        LoadError: the bytes are not text.
    """
    import io

    from ..input.load import load_article

    if charset and charset.lower() not in ("utf-8", "utf8"):
        try:  # the server's charset, which standard input cannot carry: re-encode as UTF-8
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    if media_type in ("text/html", "application/xhtml+xml"):
        input_format = "html"
    elif media_type == "text/markdown":
        input_format = "markdown"
    else:
        input_format = "auto"
    article = load_article("-", stdin=io.BytesIO(data), input_format=input_format, max_bytes=len(data) + 1)
    return article._replace(source=url)


def article_text(article: Article) -> bytes:
    """The article as stored: its format and its paragraphs with their roles, as JSON
    (what decides whether a version changed)."""
    return json.dumps(
        {"format": article.format, "paragraphs": [[p.role.value, p.text] for p in article.paragraphs]},
        ensure_ascii=False, separators=(",", ":"),
    ).encode("utf-8")


def stored_article(text: bytes, *, source: str) -> Article:
    """An article back from its stored text (see article_text)."""
    from ..model import Role
    from ..segment import segment_blocks

    stored = json.loads(text)
    blocks = [(paragraph, Role(role), None) for role, paragraph in stored["paragraphs"]]
    return segment_blocks(blocks, source=source, format=stored["format"])


def body_words(article: Article) -> int:
    """Words of body text (headline, byline and boilerplate aside)."""
    return sum(len(p.text.split()) for p in article.paragraphs if p.role.value in ("body", "subhead"))


def headline(article: Article) -> str:
    """The article's headline, or its first words when it has none."""
    for p in article.paragraphs:
        if p.role.value == "headline":
            return " ".join(p.text.split())
    first = " ".join(article.text.split()[:12])
    return first or "(no text)"


def problem_with(article: Article, *, last_words: int | None) -> str | None:
    """Why this article is no good version of the story, or None if it is: empty,
    an error page, garbage, or truncated (far shorter than the last good version)."""
    words = body_words(article)
    text = article.text
    if words == 0:
        return "empty article: no body text found"
    if _garbage(text):
        return "garbage: the text is mostly not words"
    opening = [p.text for p in article.paragraphs if p.role.value in ("headline", "body")][:2]
    if words <= ERROR_PAGE_WORDS and any(_ERROR_PAGE.search(p[:500]) for p in opening):
        if last_words is None or words < TRUNCATED_SHARE * last_words:
            return f"looks like an error page ({words} words: “{_first_words(text)}”)"
    if last_words is not None and last_words >= TRUNCATION_MIN_WORDS and words < TRUNCATED_SHARE * last_words:
        return f"looks truncated: {words} words of body text against {last_words} in the last good version"
    return None


def _first_words(text: str, count: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:count]) + ("…" if len(parts) > count else "")


def _garbage(text: str) -> bool:
    """Mostly not letters, or full of replacement characters and controls."""
    sample = text[:20000]
    if not sample:
        return False
    letters = sum(ch.isalpha() for ch in sample)
    odd = sum(ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\t") for ch in sample)
    non_space = sum(not ch.isspace() for ch in sample) or 1
    return letters / non_space < 0.4 or odd / len(sample) > 0.01


class Updater:
    """Runs updates against one store with one fetcher."""

    def __init__(self, store: Store, *, options: FetchOptions | None = None, fetcher: Fetcher | None = None,
                 clock: Callable[[], float] = time.time,
                 summarize: Callable[[Article, Article], dict[str, Any]] | None = None) -> None:
        """``summarize`` describes the change from the last version to a new one, to be
        stored with it (render.track.summarize_change); None stores no description."""
        self.store = store
        self.summarize = summarize
        self.fetcher = fetcher or Fetcher(options)
        self.clock = clock
        self.keep_raw = True

    def update(self, stories: Sequence[Story], *, progress: Callable[[int, int], None] | None = None,
               keep_raw: bool = True) -> UpdateReport:
        """Fetch these stories and feeds (feeds, and URLs of unknown kind, first: the
        stories a feed brings are fetched in the same update), and store what changed.

        Args:
            progress: called with (done, total) after each URL.
        """
        self.keep_raw = keep_raw
        report = UpdateReport()
        first = [s for s in stories if s.kind != "story"]
        later = [s for s in stories if s.kind == "story"]
        total = len(stories)
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)

        brought: list[Story] = []
        for story, response in self._fetch(first, report):
            started = time.perf_counter()
            outcome, new_stories = self._first_fetch(story, response)
            brought.extend(new_stories)
            report.outcomes.append(outcome)
            report.process_seconds += time.perf_counter() - started
            tick()
        known = {s.id for s in later}
        later += [s for s in brought if s.id not in known]
        total = len(first) + len(later)
        for story, response in self._fetch(later, report):
            started = time.perf_counter()
            report.outcomes.append(self._story(story, response))
            report.process_seconds += time.perf_counter() - started
            tick()
        # In the order the stories were given (then the feeds' new ones), not the order
        # the fetches happened to end in, so that two runs print alike.
        order = {s.url: k for k, s in enumerate([*stories, *brought])}
        report.outcomes.sort(key=lambda o: order.get(o.url, len(order)))
        return report

    def _fetch(self, stories: Iterable[Story], report: UpdateReport) -> Iterable[tuple[Story, Response]]:
        by_url = {s.url: s for s in stories}
        requests = [Request(s.url, s.etag if s.versions or s.kind == "feed" else None,
                            s.last_modified if s.versions or s.kind == "feed" else None)
                    for s in by_url.values()]
        for request, response in self.fetcher.fetch_all(requests):
            report.fetch_seconds += response.seconds
            yield by_url[request.url], response

    def _first_fetch(self, story: Story, response: Response) -> tuple[Outcome, list[Story]]:
        """A feed, or a URL not known to be a story or a feed."""
        if response.error is None and not response.not_modified and looks_like_feed(response.data, response.media_type):
            links = feed_links(response.data, response.final_url)
            if links is not None:
                if story.kind != "feed":
                    self.store.set_kind(story.id, "feed")
                return self._feed(story, response, links)
        if story.kind == "feed":
            if response.not_modified:
                self.store.record_success(story.id, at=response.fetched_at)
                return Outcome(story.url, "not-modified"), []
            reason = response.error or "not a feed any more: feedparser cannot read it"
            self.store.record_failure(story.id, at=response.fetched_at or self.clock(), reason=reason)
            return Outcome(story.url, "failed", reason), []
        if story.kind == "auto" and response.error is None:  # after a failure, the next fetch decides
            self.store.set_kind(story.id, "story")
        return self._story(story, response), []

    def _feed(self, feed: Story, response: Response, links: list[str]) -> tuple[Outcome, list[Story]]:
        new: list[Story] = []
        for link in links:
            story, created = self.store.add_story(link, kind="story", interval=feed.interval,
                                                  now=response.fetched_at, feed_id=feed.id)
            if created:
                new.append(story)
        self.store.record_success(feed.id, at=response.fetched_at, etag=response.etag,
                                  last_modified=response.last_modified)
        detail = f"{len(new)} new stor{'y' if len(new) == 1 else 'ies'} of {len(links)} listed"
        return Outcome(feed.url, "feed", detail, found=tuple(s.url for s in new)), new

    def _story(self, story: Story, response: Response) -> Outcome:
        """Check the page and store it if it is a good, changed version."""
        from ..errors import LoadError

        at = response.fetched_at or self.clock()
        if response.not_modified:
            self.store.record_success(story.id, at=at)
            return Outcome(story.url, "not-modified", headline=story.headline)
        reason = response.error
        article = None
        if reason is None and response.media_type is not None and response.media_type not in _TEXT_TYPES \
                and not response.media_type.startswith("text/"):
            reason = f"not a page: served as {response.media_type}"
        if reason is None:
            try:
                article = article_from_page(response.data, url=response.final_url, media_type=response.media_type,
                                            charset=response.charset)
            except LoadError as exc:
                reason = str(exc).replace("standard input", "the page")
        if article is not None and reason is None:
            reason = problem_with(article, last_words=story.last_words)
            if reason is not None and reason.startswith("looks truncated") and reason == story.last_error \
                    and story.failures + 1 >= SHORTER_ACCEPTED_AFTER:
                reason = None  # the same shorter article, fetch after fetch: the story was cut
        if reason is not None or article is None:
            reason = reason or "no article"
            self.store.record_failure(story.id, at=at, reason=reason)
            return Outcome(story.url, "failed", reason, headline=story.headline)
        text = article_text(article)
        if story.last_text_hash == text_hash(text):
            self.store.record_success(story.id, at=at, etag=response.etag, last_modified=response.last_modified)
            return Outcome(story.url, "same", headline=story.headline)
        summary = None
        if story.last_text_hash is not None and self.summarize is not None:
            previous = stored_article(self.store.blob(story.last_text_hash), source=story.url)
            summary = self.summarize(previous, article)
        version = self.store.store_version(
            story.id, fetched_at=at, final_url=response.final_url, headline=headline(article),
            words=body_words(article), text=text, raw=response.data if self.keep_raw else None,
            summary=summary, etag=response.etag, last_modified=response.last_modified,
            expected_previous=story.last_text_hash,
        )
        if version is None:  # another update stored the same text meanwhile
            return Outcome(story.url, "same", headline=story.headline)
        return Outcome(story.url, "new", summary["line"] if summary else (
            "first version" if story.last_text_hash is None else "changed"), version.number,
                       version.headline)
