"""Apps depend one way (docs/architecture.md): each imports only apps below it, siblings of
the same level do not import each other, and nothing imports reports or ops."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEVEL = {
    "core": 0, "org": 1, "legal": 2, "plans": 3,
    "portal": 4, "press": 4, "events": 4, "contest": 4, "procedures": 4, "budget": 4,
    "reports": 5, "ops": 6,
}


def _imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if len(parts) >= 2 and parts[0] == "lantoa" and parts[1] in LEVEL:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("app", sorted(LEVEL))
def test_app_imports_only_apps_below_it(app):
    violations = []
    for path in sorted((ROOT / app).rglob("*.py")):
        for other in _imported_apps(path) - {app}:
            if LEVEL[other] >= LEVEL[app]:
                violations.append(f"{path.relative_to(ROOT)} imports lantoa.{other}")

    assert violations == []
