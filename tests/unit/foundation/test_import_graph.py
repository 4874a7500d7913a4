"""The package's import graph has no circles and no upward imports between layers.

Every import counts, also the ones inside functions: a late import hides a circle from
Python, not from the design. ``from a import b`` points at ``a.b`` when that is a module,
otherwise at ``a`` (as grimp, import-linter's graph, reads it).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "bubblegum"

# Higher imports lower, never the other way. Entry points sit on top; api is an adapter
# beside state. Anything not listed (config, db, models, small helpers) is the floor.
LAYERS = {
    "bubblegum.bubblegum": 5, "bubblegum.cli": 5, "bubblegum.commands": 5,
    "bubblegum.pages": 4, "bubblegum.components": 4,
    "bubblegum.state": 3, "bubblegum.api": 3,
    "bubblegum.services": 2,
    "bubblegum.blocks": 1, "bubblegum.render": 1,
}
# Same layer, still one way: a block knows nothing of how it is rendered.
FORBIDDEN = {("bubblegum.blocks", "bubblegum.render")}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    targets.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def _layer(module: str) -> tuple[str, int]:
    for prefix, rank in LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            return prefix, rank
    return "bubblegum", 0


def upward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    found = []
    for source, targets in graph.items():
        (source_layer, source_rank) = _layer(source)
        for target in targets:
            (target_layer, target_rank) = _layer(target)
            if target_rank > source_rank or (source_layer, target_layer) in FORBIDDEN:
                found.append((source, target))
    return sorted(found)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return groups


def test_no_import_circles():
    assert cycles(import_graph()) == []


def test_no_upward_imports():
    assert upward_imports(import_graph()) == []


def test_the_graph_sees_known_edges():
    graph = import_graph()
    assert "bubblegum.blocks.base" in graph["bubblegum.blocks.hero"]
    assert "bubblegum.services.errors" in graph["bubblegum.services.pages"]


if __name__ == "__main__":
    graph = import_graph()
    print("modules", len(graph), "edges", sum(map(len, graph.values())))
    for group in cycles(graph):
        print("cycle", len(group), group)
    for edge in upward_imports(graph):
        print("upward", *edge)
