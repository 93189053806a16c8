"""The package's shape: layers import downward only, no cycles, no registration on import.

core <- records <- images <- pages <- outputs <- build <- cli. A module may import from
its own layer or a lower one; nothing may import from a higher one. Walks the source
with `ast`, so it also sees imports hidden inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "scripts" / "arsip"
LAYERS = ("core", "records", "images", "pages", "outputs", "build", "cli")


def modules() -> dict[str, Path]:
    out = {}
    for f in PKG.rglob("*.py"):
        name = ".".join(("arsip",) + f.relative_to(PKG).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = f
    return out


def imports(mods: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the package's modules it imports (anywhere in the file)."""
    edges = {}
    for name, f in mods.items():
        base = name.split(".") if f.name == "__init__.py" else name.split(".")[:-1]
        found = set()
        for n in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(n, ast.ImportFrom):
                mod = ".".join(base[: len(base) - n.level + 1] + ([n.module] if n.module else [])) if n.level else n.module
                subs = [f"{mod}.{a.name}" for a in n.names if f"{mod}.{a.name}" in mods]
                found.update(subs if len(subs) == len(n.names) else [mod, *subs])
            elif isinstance(n, ast.Import):
                found.update(a.name for a in n.names)
        edges[name] = {m for m in found if m in mods and m != name}
    return edges


def layer(name: str) -> int:
    parts = name.split(".")
    if len(parts) == 1:  # arsip itself (__init__, no imports) and __main__
        return len(LAYERS)
    top = parts[1]
    return LAYERS.index(top) if top in LAYERS else len(LAYERS)


def test_every_module_belongs_to_a_layer():
    stray = [m for m in modules() if layer(m) == len(LAYERS) and m not in ("arsip", "arsip.__main__")]
    assert not stray, f"modules outside the stage folders: {stray}"


def test_layers_import_downward_only():
    up = [f"{a} -> {b}" for a, bs in imports(modules()).items() for b in sorted(bs) if layer(b) > layer(a)]
    assert not up, "imports from a higher layer:\n" + "\n".join(up)


def test_no_import_cycle():
    edges = imports(modules())
    state: dict[str, int] = {}
    cycles = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for n in sorted(edges[m]):
            if state.get(n) == 1:
                cycles.append(" -> ".join(stack[stack.index(n):] + [n]))
            elif n not in state:
                visit(n, stack + [n])
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m, [m])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_nothing_registers_itself_on_import():
    """No module-level statement mutates a list/dict of another module (e.g. STEPS.append)."""
    bad = []
    for name, f in modules().items():
        for n in ast.parse(f.read_text("utf-8")).body:
            call = n.value if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call) else None
            if call and isinstance(call.func, ast.Attribute) and call.func.attr in ("append", "extend", "insert",
                                                                                     "update", "register"):
                bad.append(f"{name}:{n.lineno}")
            if isinstance(n, ast.AugAssign):
                bad.append(f"{name}:{n.lineno}")
    assert not bad, f"module-level registration: {bad}"


def test_the_steps_are_one_tuple_with_the_csp_last():
    from arsip.outputs import steps

    assert isinstance(steps.STEPS, tuple)
    names = [s.name for s in steps.STEPS]
    assert names[-1] == "csp" and names.index("termtips") < names.index("search"), names


def test_the_layer_walker_sees_a_cycle(tmp_path, monkeypatch):
    """The walker itself: two modules importing each other inside functions are a cycle."""
    pkg = tmp_path / "arsip" / "core"
    pkg.mkdir(parents=True)
    (tmp_path / "arsip" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from . import b\n")
    (pkg / "b.py").write_text("from .a import f\n")
    monkeypatch.setattr(__import__(__name__), "PKG", tmp_path / "arsip")
    edges = imports(modules())
    assert "arsip.core.b" in edges["arsip.core.a"] and "arsip.core.a" in edges["arsip.core.b"]
