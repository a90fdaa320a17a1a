"""One typed way into the core (issue 12, point 1): no core function takes an untyped ``archive``, and
the matching step never reaches back into the Archive (its dependencies are passed in)."""
from __future__ import annotations

import ast
from pathlib import Path

import archive_app.core

CORE = Path(archive_app.core.__file__).parent


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield node


def _archive_parameters():
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in _functions(tree):
            a = fn.args
            for arg in a.posonlyargs + a.args + a.kwonlyargs:
                if arg.arg == "archive":
                    yield path.relative_to(CORE), getattr(fn, "name", "<lambda>"), arg


def test_every_archive_parameter_is_annotated():
    found = list(_archive_parameters())
    assert found, "the scan found no archive parameter at all: it is looking in the wrong place"
    untyped = [f"{path}:{arg.lineno} {name}()" for path, name, arg in found if arg.annotation is None]
    assert not untyped, "core functions taking an untyped archive: " + ", ".join(untyped)


def test_matching_takes_its_dependencies_and_never_the_archive():
    """browsing gets the session factory and the index's matching step, not the Archive to call back."""
    tree = ast.parse((CORE / "browsing.py").read_text(encoding="utf-8"))
    names = {arg.arg for fn in _functions(tree) for arg in fn.args.args + fn.args.kwonlyargs}
    assert "archive" not in names
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert "index_matches" not in attributes and "index_filter" not in attributes
