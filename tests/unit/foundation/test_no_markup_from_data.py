"""One output encoding: no code in bubblegum/ builds markup from data with an f-string,
``+``, ``%`` or ``str.format``. Markup is written in autoescaped Jinja2 templates or with
``markupsafe.Markup(...).format(...)``, which escapes every value it is given."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "bubblegum"
TAG = re.compile(r"(?<!\(\?)(?<!\(\?P)<[A-Za-z!/?]")  # a tag, not a regex's (?<! (?<= or (?P<name>
HOLE = "\0"
# Text with tags that is not HTML: the reason is part of the entry.
NOT_HTML = {
    "services/ai/anthropic_provider.py": "prompts to the model delimit data with <brief> tags",
}


def _literal(node: ast.AST) -> str | None:
    """The text of a string constant or f-string (``HOLE`` where a value goes), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else HOLE for v in node.values)
    return None


def _operands(node: ast.BinOp) -> list[ast.AST]:
    if isinstance(node.op, ast.Add):
        return [*(_operands(node.left) if isinstance(node.left, ast.BinOp) else [node.left]),
                *(_operands(node.right) if isinstance(node.right, ast.BinOp) else [node.right])]
    return [node.left, node.right]


def markup_from_data(source: str) -> list[int]:
    """Line numbers where a string with a tag is combined with a value outside Markup."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            text = _literal(node)
            if HOLE in text and any(TAG.search(part) for part in text.split(HOLE)):
                found.append(node.lineno)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            parts = [_literal(operand) for operand in _operands(node)]
            if any(p is not None and TAG.search(p) for p in parts) and any(p is None for p in parts):
                found.append(node.lineno)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
              and _literal(node.func.value) is not None and TAG.search(_literal(node.func.value))):
            found.append(node.lineno)
    return sorted(set(found))


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if str(p.relative_to(PACKAGE)) not in NOT_HTML)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_markup_is_built_from_data(path):
    lines = markup_from_data(path.read_text())
    assert not lines, f"{path.relative_to(PACKAGE)} builds markup from data on lines {lines}: " \
                      "use a Jinja2 template or markupsafe.Markup(...).format(...)"


@pytest.mark.parametrize("code", [
    'html = f"<p>{name}</p>"',
    "html = f'<a href=\"{url}\">'",
    'html = "<title>" + title + "</title>"',
    'html = "<b>%s</b>" % text',
    'html = "<li>{}</li>".format(item)',
    'html = f"{name}</p>"',
])
def test_the_scan_catches_each_way_of_building_markup(code):
    assert markup_from_data(code) == [1]


@pytest.mark.parametrize("code", [
    'html = Markup("<p>{}</p>").format(name)',
    'html = "<p>fixed</p>"',
    'pattern = f"<{group}h{level}"',
    'packed = struct.pack(f"<{n}i")',
])
def test_the_scan_allows_escaped_or_constant_markup(code):
    assert markup_from_data(code) == []
