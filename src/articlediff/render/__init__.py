"""Renderers: an ArticleDiff → JSON, or rich renderables for the terminal.

Each renderer lives in its own module and is imported only when used, so that the
JSON path never pays for importing rich.
"""
