"""The packages' import rules (README "Architecture"), read from the sources.

- imports point one way: ``kiosk_app`` → ``ui`` → ``kiosk`` → ``hardware``, ``offline_queue`` → ``eventlog``;
  ``safefile`` (atomic, owner-only files) is at the bottom with ``eventlog``, and imports nothing of the project;
- only ``ui`` and ``kiosk_app`` import Qt (the core runs and is tested without PySide6);
- no import cycle between modules;
- imports stand at the top of a file; one inside a function says why in a comment (an optional dependency, Qt kept
  out of the headless commands).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("eventlog", "safefile", "hardware", "offline_queue", "kiosk", "ui", "kiosk_app")
#: the project packages each package may import (besides itself)
ALLOWED = {
    "eventlog": set(),
    "safefile": set(),
    "hardware": {"eventlog", "safefile"},
    "offline_queue": {"eventlog", "safefile"},
    "kiosk": {"eventlog", "safefile", "hardware", "offline_queue"},
    "ui": {"eventlog", "safefile", "hardware", "offline_queue", "kiosk"},
    "kiosk_app": {"eventlog", "safefile", "hardware", "offline_queue", "kiosk", "ui"},
}
QT_ALLOWED = {"ui", "kiosk_app"}


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(path: Path) -> list[tuple[str, ast.stmt, bool]]:
    """(imported module, node, at module level) for every import in the file, ``from x import y`` giving ``x.y``
    when that is a module of the project, else ``x``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(n) for n in tree.body}
    for n in tree.body:  # `if TYPE_CHECKING:` blocks and module-level try/except count as the top
        if isinstance(n, ast.If | ast.Try):
            top |= {id(c) for c in ast.walk(n)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node, id(node) in top) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                found.append((sub if sub in MODULES else node.module, node, id(node) in top))
    return found


def test_the_sources_are_found():
    assert {"kiosk.session", "kiosk_app.build", "ui.main_window", "hardware.smartcard.jpki"} <= set(MODULES)


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_point_one_way(package):
    wrong = []
    for name, path in MODULES.items():
        if name.split(".")[0] != package:
            continue
        for imported, node, _ in _imports(path):
            root = imported.split(".")[0]
            if root in PACKAGES and root != package and root not in ALLOWED[package]:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {imported}")
            if root in ("PySide6", "shiboken6") and package not in QT_ALLOWED:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} imports Qt ({imported})")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle():
    graph = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for imported, _, _ in _imports(path):
            # importing a module runs its packages' __init__ first, but a package's own __init__ re-exporting its
            # submodules is not a cycle with them: only the named module counts
            if imported in MODULES and imported != name:
                graph[name].add(imported)
    # Tarjan's strongly connected components
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert not cycles, cycles


def test_imports_stand_at_the_top_unless_a_comment_says_why():
    unexplained = []
    for path in MODULES.values():
        lines = path.read_text(encoding="utf-8").splitlines()
        for _imported, node, at_top in _imports(path):
            if at_top:
                continue
            here = lines[node.lineno - 1]
            above = node.lineno - 2  # the line above the block of imports this one is in
            while above >= 0 and (not lines[above].strip() or lines[above].strip().startswith(("from ", "import "))):
                above -= 1
            if "#" not in here and not (above >= 0 and lines[above].strip().startswith("#")):
                unexplained.append(f"{path.relative_to(ROOT)}:{node.lineno}: {here.strip()}")
    assert not unexplained, "\n".join(sorted(set(unexplained)))
