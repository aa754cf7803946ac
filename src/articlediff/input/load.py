"""Load stage: a path, a URL or ``-`` (standard input) → an Article.

Bytes are decoded (byte-order mark, then strict UTF-8, then detection), newlines
normalised, and the text read as plain text, Markdown or HTML.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from typing import BinaryIO, NamedTuple

from ..errors import LoadError
from ..model import Article, ArticleFormat
from ..segment import SegmentCache, segment_article, segment_blocks
from ..text.words import normalize_newlines

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Seconds a URL may take to answer.
DEFAULT_TIMEOUT = 20.0
FORMATS = ("auto", "text", "markdown", "html")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class LoadedText(NamedTuple):
    """Decoded text of one input, with where it came from and how it was decoded."""

    source: str
    text: str
    encoding: str
    media_type: str | None = None
    """The Content-Type a web server gave (without parameters), for URLs."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load_text(source: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
              stdin: BinaryIO | None = None, timeout: float = DEFAULT_TIMEOUT) -> LoadedText:
    """Read a file, a URL, or standard input for ``-``, and decode it.

    Raises:
        LoadError: the path is missing, a directory, unreadable, too large, binary,
            or not decodable text; the URL did not answer. The message is one line
            and names the input.
    """
    name = os.fspath(source)
    media_type = charset = None
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        label = "standard input"
    elif is_url(name):
        from .fetch import fetch

        label = name
        fetched = fetch(name, timeout=timeout, max_bytes=max_bytes)
        data, media_type, charset = fetched.data, fetched.media_type, fetched.charset
    else:
        label = f"'{name}'"
        data = _read_file(name, label, max_bytes)
    if len(data) > max_bytes:
        raise LoadError(f"{label} is larger than {max_bytes:,} bytes; raise the limit with --max-bytes")
    text, encoding = decode_bytes(data, label, charset=charset)
    return LoadedText(source=name, text=normalize_newlines(text), encoding=encoding, media_type=media_type)


def load_article(source: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 input_format: str = "auto", timeout: float = DEFAULT_TIMEOUT,
                 stdin: BinaryIO | None = None, cache: SegmentCache | None = None) -> Article:
    """Read a story (file, URL or ``-``) and segment it.

    Args:
        input_format: ``text``, ``markdown``, ``html``, or ``auto`` to decide from the
            file name, the server's Content-Type, or the text itself.
        cache: segmentation shared with the other versions of the story read with it,
            which repeat most of its paragraphs (see segment.SegmentCache).
    """
    loaded = load_text(source, max_bytes=max_bytes, timeout=timeout, stdin=stdin)
    return read_article(loaded, input_format, cache=cache)


def read_article(loaded: LoadedText, input_format: str = "auto", *, cache: SegmentCache | None = None) -> Article:
    """Segment decoded text as plain text, Markdown or HTML (``auto``: as
    ``detect_format`` decides), with ``cache`` if given (see load_article)."""
    kind = detect_format(loaded) if input_format == "auto" else input_format
    if kind == "html":
        from .extract import extract_html

        page = extract_html(loaded.text)
        return segment_blocks(page.blocks, source=loaded.source, encoding=loaded.encoding,
                              format=ArticleFormat.HTML, cache=cache)._replace(extractor=page.extractor)
    if kind == "markdown":
        from .markdown import markdown_blocks

        return segment_blocks(markdown_blocks(loaded.text), source=loaded.source,
                              encoding=loaded.encoding, format=ArticleFormat.MARKDOWN, cache=cache)
    return segment_article(loaded.text, source=loaded.source, encoding=loaded.encoding, cache=cache)


# Compiled on first use (by re's cache), since plain text never needs it.
_HTML_START = r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"


def detect_format(loaded: LoadedText) -> str:
    """``html``, ``markdown`` or ``text``, from the media type, the name, the text."""
    if loaded.media_type in ("text/html", "application/xhtml+xml"):
        return "html"
    suffix = os.path.splitext(loaded.source.split("?")[0])[1].lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown", ".mdown"):
        return "markdown"
    if loaded.text.lstrip()[:1] == "<" and re.match(_HTML_START, loaded.text[:4096], re.IGNORECASE | re.DOTALL):
        return "html"
    return "text"


def _read_file(name: str, label: str, max_bytes: int) -> bytes:
    try:
        if os.path.isdir(name):
            raise LoadError(f"{label} is a directory, not a file")
        with open(name, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise LoadError(f"{label} does not exist") from None
    except PermissionError:
        raise LoadError(f"{label} cannot be read: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{label} is a directory, not a file") from None
    except OSError as exc:
        raise LoadError(f"{label} cannot be read: {exc.strerror or exc}") from None


def decode_bytes(data: bytes, label: str = "input", *, charset: str | None = None) -> tuple[str, str]:
    """Decode bytes as text: BOM first, then the charset a server declared, then
    strict UTF-8, then detection.

    Returns the text (BOM removed) and the encoding's name.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                raise LoadError(f"{label} starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if charset:
        try:
            return data.decode(charset), charset.lower()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: decide from the bytes
    if b"\x00" in data:
        raise LoadError(f"{label} looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data, label)


#: How much more "chaos" (charset-normalizer's measure of implausible characters, 0 to
#: 1) a Windows-1252 reading may show than the best reading and still be preferred.
_NEAR_CHAOS = 0.05


def _detect(data: bytes, label: str) -> tuple[str, str]:
    # charset-normalizer costs tens of milliseconds to import: only pay for it when
    # the input is not UTF-8.
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None or best.encoding is None:
        raise LoadError(f"{label} is not text in any encoding articlediff recognises")
    # Between readings scored alike, Windows-1252, the commonest legacy encoding of news
    # text: charset-normalizer's near ties put Central European cp1250 first, which
    # reads French, Spanish or English "crêpes" as "crępes". A reading of Czech or
    # Polish scores better in cp1250 and keeps it.
    western = next((m for m in results if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + _NEAR_CHAOS and western.coherence >= best.coherence:
        best = western
    text = str(best)
    if _looks_binary(text):
        raise LoadError(f"{label} looks like a binary file, not text")
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text) > 0.05


def input_warnings(old: Article, new: Article) -> list[str]:
    """What the user should know about how the inputs were read: an HTML extraction
    that looks failed (one body far shorter than the other, which would otherwise
    show as mass deletion), or the basic extractor standing in where trafilatura
    could not read a page."""
    warnings = []
    for article in (old, new):
        if article.extractor == "builtin":
            warnings.append(
                f"trafilatura found no article in {article.source}: it was read with the basic built-in"
                " extractor, which may keep page chrome (menus, links) or miss the byline and date"
            )
    if "html" in (old.format, new.format):
        sizes = [sum(len(p.text.split()) for p in a.paragraphs if p.role.value == "body") for a in (old, new)]
        small, large = sorted(sizes)
        if large >= 150 and small < 0.3 * large:
            which = old if sizes[0] == small else new
            warnings.append(
                f"the article extracted from {which.source} has {small} words of body text against {large}:"
                " extraction may have failed there, so the diff may show false deletions"
            )
    return warnings
