"""Markdown input: headings become headline and subhead roles, markup is taken off.

Emphasis, inline code, links and images are reduced to their text so that a link
added around a word, or a word set in bold, is not reported as a change of text.
"""

from __future__ import annotations

import re

from ..model import Role
from ..segment import RoledText, split_paragraphs_with_lines
from ..text.pattern_cache import compile_pattern

_HEADING = compile_pattern(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = compile_pattern(r"^(.+)\n(=+|-+)[ \t]*$")
_IMAGE = compile_pattern(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = compile_pattern(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = compile_pattern(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = compile_pattern(r"`([^`]+)`")
_STRONG = compile_pattern(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = compile_pattern(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = compile_pattern(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = compile_pattern(r"~~(?=\S)(.+?)(?<=\S)~~")
_QUOTE_PREFIX = compile_pattern(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_REFERENCE_DEFINITION = compile_pattern(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_HTML_COMMENT = compile_pattern(r"<!--.*?-->", re.DOTALL)
_THEMATIC_BREAK = compile_pattern(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# A list item's marker: a bullet or a number with its full stop or bracket, then space.
_LIST_MARKER = compile_pattern(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")


def strip_inline(text: str) -> str:
    """Text without inline Markdown: links and images to their text, no emphasis marks."""
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    return _EMPHASIS_UNDERSCORE.sub(r"\1", text)


def markdown_blocks(text: str) -> list[RoledText]:
    """Markdown → paragraphs with the roles their markup gives (None: guess later)."""
    blocks: list[RoledText] = []
    seen_headline = False
    for chunk, line in split_paragraphs_with_lines(_HTML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)):
        if _THEMATIC_BREAK.match(chunk) or _REFERENCE_DEFINITION.match(chunk):
            continue
        role: Role | None = None
        heading = _HEADING.match(chunk) if "\n" not in chunk else None
        setext = _SETEXT.match(chunk)
        if heading:
            level, chunk = len(heading.group(1)), heading.group(2)
            role = Role.HEADLINE if level == 1 and not seen_headline else Role.SUBHEAD
        elif setext:
            level, chunk = (1 if setext.group(2).startswith("=") else 2), setext.group(1)
            role = Role.HEADLINE if level == 1 and not seen_headline else Role.SUBHEAD
        else:
            chunk = _QUOTE_PREFIX.sub("", chunk)
            if _LIST_MARKER.match(chunk):
                blocks += _list_items(chunk, line)
                continue
        seen_headline = seen_headline or role is Role.HEADLINE
        cleaned = strip_inline(chunk).strip()
        if cleaned:
            blocks.append(RoledText(cleaned, role, line))
    return blocks


def _list_items(chunk: str, line: int | None) -> list[RoledText]:
    """A list, one paragraph per item, markers off: so that items reordered are moved,
    not edited, and a short item is body text, never taken for a subhead. A line
    without a marker goes on with the item before it."""
    items: list[tuple[list[str], int]] = []
    for offset, text in enumerate(chunk.split("\n")):
        marker = _LIST_MARKER.match(text)
        if marker is not None or not items:
            items.append(([text[marker.end():] if marker else text], offset))
        else:
            items[-1][0].append(text.strip())
    out = []
    for lines, offset in items:
        cleaned = strip_inline("\n".join(lines)).strip()
        if cleaned:
            out.append(RoledText(cleaned, Role.BODY, None if line is None else line + offset))
    return out
