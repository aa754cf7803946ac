"""Exceptions raised by the library; the CLI turns each into a one-line error, exit 2."""

from __future__ import annotations


class ArticleDiffError(Exception):
    """Base class for every error articlediff reports to its user."""


class LoadError(ArticleDiffError):
    """An input could not be read or decoded as text."""
