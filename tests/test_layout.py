"""The folders of generator/ are the pipeline's stages: a module imports only from its own stage
or from the stages before it, and no modules import each other in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

# In the order data flows; a stage may import from itself and from the stages above it
STAGES = [
    ("shared", {"messages", "problems", "config", "urls", "escape", "workers", "revisions", "inputs"}),
    ("model", None),
    ("sitemodel", None),
    ("loading", None),
    ("history", None),
    ("views", None),
    ("building", None),
    ("review", None),
    ("importer", None),
    ("cli", {"__main__", "__init__"}),
]
GENERATOR = REPO / "generator"


def stage_of(module: str) -> int:
    """The stage of a module given as its dotted name under generator."""
    parts = module.split(".")[1:]
    for n, (name, files) in enumerate(STAGES):
        if files is None and parts and parts[0] == name:
            return n
        if files is not None and len(parts) == 1 and parts[0] in files:
            return n
    raise AssertionError(f"generator.{'.'.join(parts)} belongs to no stage: put it in a stage's folder")


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        rel = path.relative_to(REPO).with_suffix("")
        name = ".".join(rel.parts)
        out[name.removesuffix(".__init__")] = path
    return out


def imports(path: Path, known: set[str]) -> set[str]:
    """The generator modules a file imports (a name imported from a package that is a module counts)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("generator")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            subs = {f"{node.module}.{a.name}" for a in node.names}
            found = subs & known
            out |= found or {node.module}
    return {m for m in out if m != "generator"}


def test_every_module_sits_in_a_stage_and_imports_only_up_the_pipeline() -> None:
    found = modules()
    backwards = []
    for name, path in found.items():
        if name == "generator":
            continue
        here = stage_of(name)
        for dep in imports(path, set(found)):
            if stage_of(dep) > here:
                backwards.append(f"{name} → {dep}")
    assert backwards == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    found = modules()
    graph = {name: imports(path, set(found)) & set(found) for name, path in found.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                cycles.append(" → ".join([*trail[trail.index(dep) :], dep]) if dep in trail else dep)
            elif dep not in state:
                visit(dep, [*trail, dep])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_stage_rule_sees_a_module_out_of_place() -> None:
    assert stage_of("generator.views.concepts") > stage_of("generator.sitemodel.targets")
    try:
        stage_of("generator.newthing")
    except AssertionError as e:
        assert "belongs to no stage" in str(e)
    else:
        raise AssertionError("a top-level module outside the shared ones must be refused")
