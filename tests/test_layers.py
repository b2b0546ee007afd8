"""The shape of the code: layers that import one way, no import cycle, modules that say what
they hold.

    graph/     the domain: imports nothing of GraphQL or HTTP
    schema/    GraphQL types, query and execution: builds on graph/, knows no HTTP
    serving/   the Starlette app, GraphQL over HTTP, exports, live reload
    server.py  the entry point
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("graph", "schema", "serving")
# what each layer may not import, directly or through the modules it imports
FORBIDDEN = {
    "graph": ("schema", "serving", "server", "strawberry", "starlette", "uvicorn", "graphql"),
    "schema": ("serving", "server", "starlette", "uvicorn"),
    "serving": ("server",),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    found = {
        _module_name(path): path for package in PACKAGES for path in (ROOT / package).rglob("*.py")
    }
    found["server"] = ROOT / "server.py"
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module ``path`` imports, anywhere in it (inside functions too)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    return found


def _import_graph() -> nx.DiGraph:
    modules = _modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        for imported in _imports(path, modules):
            graph.add_edge(name, imported)
    return graph


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    graph = _import_graph()
    starts = [name for name in graph if name == layer or name.startswith(f"{layer}.")]
    reached = set().union(*(nx.descendants(graph, start) for start in starts))
    wrong = sorted(
        name
        for name in reached
        if any(name == bad or name.startswith(f"{bad}.") for bad in FORBIDDEN[layer])
    )
    assert not wrong, f"{layer}/ reaches {wrong}"


def test_no_module_imports_itself_through_others() -> None:
    graph = _import_graph()
    ours = graph.subgraph(name for name in graph if name in _modules())
    cycles = sorted(sorted(cycle) for cycle in nx.simple_cycles(ours))
    assert not cycles, f"import cycles: {cycles}"


@pytest.mark.parametrize("name", sorted(_modules()))
def test_every_module_opens_with_what_it_holds(name: str) -> None:
    tree = ast.parse(_modules()[name].read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring, f"{name} has no docstring"
    first_line = docstring.splitlines()[0]
    assert len(first_line.split()) >= 4, f"{name}: {first_line!r} says too little"
