"""The package's layering: imports flow one way, from the command line and the views
down to the pipeline, and from the pipeline down to text and input, never back up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import articlediff

PACKAGE = Path(articlediff.__file__).parent
#: Each layer, with the layers it may not import.
FORBIDDEN = {
    "text": ("render", "cli", "input", "align", "quotes", "pipeline", "facts", "segment", "check", "history",
             "batch", "track"),
    "model": ("render", "cli", "input", "align", "quotes", "pipeline", "facts", "segment", "text", "check",
              "history", "batch", "track"),
    "core": ("render", "cli"),
    "render": ("cli",),
}


def _layer(path: Path) -> str:
    top = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    if top == "__main__":  # the entry point, which runs the command line
        return "cli"
    if top in ("text", "model", "render", "cli"):
        return top
    return "core"


def _imported(path: Path, where: Path | None = None) -> set[str]:
    """The articlediff modules a file imports (first part under the package), wherever
    the import statement stands (lazy imports inside functions count too); ``where``
    is where the file stands in the package, if not at ``path``."""
    where = where or path
    depth = len(where.relative_to(PACKAGE).parts) - 1
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] == "articlediff" and len(parts) > 1:
                    found.add(parts[1])
                continue
            up = node.level - 1  # how far above this file's folder
            if up > depth:
                continue
            base = list(where.relative_to(PACKAGE).parts[:depth - up])
            target = [*base, *(node.module.split(".") if node.module else [])]
            if target:
                found.add(target[0].removesuffix(".py"))
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "articlediff" and len(parts) > 1:
                    found.add(parts[1])
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_imports_flow_one_way(path: Path) -> None:
    layer = _layer(path)
    wrong = _imported(path) & set(FORBIDDEN.get(layer, ()))
    assert not wrong, f"{path.relative_to(PACKAGE)} ({layer}) imports {sorted(wrong)}"


def test_the_check_finds_an_upward_import(tmp_path: Path) -> None:
    """The reading of imports sees a lazy one inside a function."""
    fake = tmp_path / "fake.py"
    fake.write_text("def f():\n    from ..render.html import render_html\n")
    assert _imported(fake, where=PACKAGE / "track" / "fake.py") == {"render"}
