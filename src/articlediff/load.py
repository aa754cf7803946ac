"""Load stage: a path or ``-`` (standard input) → decoded text with normalised newlines."""

from __future__ import annotations

import codecs
import os
import sys
from typing import BinaryIO, NamedTuple

from .errors import LoadError
from .textutil import normalize_newlines

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

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


def load_text(source: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
              stdin: BinaryIO | None = None) -> LoadedText:
    """Read a file (or standard input for ``-``) and decode it.

    Raises:
        LoadError: the path is missing, a directory, unreadable, too large, binary,
            or not decodable text. The message is one line and names the input.
    """
    name = os.fspath(source)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        label = "standard input"
    else:
        label = f"'{name}'"
        data = _read_file(name, label, max_bytes)
    if len(data) > max_bytes:
        raise LoadError(f"{label} is larger than {max_bytes:,} bytes; raise the limit with --max-bytes")
    text, encoding = decode_bytes(data, label)
    return LoadedText(source=name, text=normalize_newlines(text), encoding=encoding)


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


def decode_bytes(data: bytes, label: str = "input") -> tuple[str, str]:
    """Decode bytes as text: BOM first, then strict UTF-8, then detection.

    Returns the text (BOM removed) and the encoding's name.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                raise LoadError(f"{label} starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if b"\x00" in data:
        raise LoadError(f"{label} looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data, label)


def _detect(data: bytes, label: str) -> tuple[str, str]:
    # charset-normalizer costs tens of milliseconds to import: only pay for it when
    # the input is not UTF-8.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise LoadError(f"{label} is not text in any encoding articlediff recognises")
    text = str(best)
    if _looks_binary(text):
        raise LoadError(f"{label} looks like a binary file, not text")
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text) > 0.05
