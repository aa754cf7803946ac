"""Fetching a story from a URL (archived copies, such as Wayback URLs, are just URLs)."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from typing import NamedTuple

from ..errors import LoadError


class Fetched(NamedTuple):
    data: bytes
    media_type: str | None
    charset: str | None


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET a URL; at most ``max_bytes + 1`` bytes are read, so the caller can refuse
    a larger answer.

    Raises:
        LoadError: a one-line reason (HTTP status, unreachable host, timeout).
    """
    request = urllib.request.Request(
        url, headers={"User-Agent": "articlediff (+news version comparison)", "Accept": "text/html, text/plain;q=0.9, */*;q=0.5"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
            data = response.read(max_bytes + 1)
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the open response
        raise LoadError(f"{url} answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise LoadError(f"{url} did not answer within {timeout:g} s") from None
        raise LoadError(f"cannot fetch {url}: {reason}") from None
    except (TimeoutError, socket.timeout):
        raise LoadError(f"{url} did not answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise LoadError(f"cannot fetch {url}: {exc}") from None
    return Fetched(data, content_type, charset)
