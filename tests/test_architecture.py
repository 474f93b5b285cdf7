"""The core (checkin/) never imports Qt or the window; only the entry point names ui, lazily."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "checkin"
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def _imports(tree: ast.AST) -> list[tuple[str, ast.AST]]:
    """Every imported module name with its node (relative imports resolved are within checkin)."""
    found: list[tuple[str, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, node))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.args[0].value, node))
    return found


def _is_forbidden(module: str) -> bool:
    return module.split(".")[0] in FORBIDDEN


def _top_level_nodes(tree: ast.Module) -> set[int]:
    """ids of import nodes that run when the module is imported (not inside a function)."""
    nodes: set[int] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return
        nodes.add(id(node))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return nodes


def test_the_scan_sees_imports() -> None:
    """The checker itself can fail: it finds Qt in a made-up module."""
    tree = ast.parse(
        "from PySide6.QtWidgets import QWidget\nimport ui.app\nimportlib.import_module('shiboken6')\n"
    )
    assert [m for m, _ in _imports(tree) if _is_forbidden(m)] == ["PySide6.QtWidgets", "ui.app", "shiboken6"]


def test_no_core_module_imports_qt_or_the_window() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 20
    offenders = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        relative = path.relative_to(ROOT).as_posix()
        top_level = _top_level_nodes(tree)
        for module, node in _imports(tree):
            if not _is_forbidden(module):
                continue
            if (
                relative == "checkin/__main__.py"
                and module.split(".")[0] == "ui"
                and id(node) not in top_level
            ):
                continue  # the composition root opens the window lazily
            offenders.append(f"{relative}:{getattr(node, 'lineno', '?')} imports {module}")
    assert offenders == []


def test_the_entry_point_imports_the_window_only_inside_a_function() -> None:
    tree = ast.parse((CORE / "__main__.py").read_text(encoding="utf-8"))
    top_level = _top_level_nodes(tree)
    ui_imports = [node for module, node in _imports(tree) if module.split(".")[0] == "ui"]
    assert ui_imports, "the entry point opens the window through ui"
    assert all(id(node) not in top_level for node in ui_imports)


def test_import_linter_contract_holds() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        found = shutil.which("lint-imports")
        if found is None:
            pytest.skip("import-linter is not installed")
        lint_imports = Path(found)
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", result.stdout)
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert kept is not None and int(kept.group(1)) == len(contracts) >= 3
