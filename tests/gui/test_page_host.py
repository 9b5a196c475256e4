"""The pages depend on a small interface (wizard/ui/pages/host.py), not on
SetupWizard: no page module imports setup_wizard, and the window offers every
member the interface names (issue 16: the import circle is broken)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from tests.conftest import ROOT
from wizard.ui.app import Windows
from wizard.ui.pages.host import WizardHost


def test_no_page_imports_the_wizard_window():
    for path in sorted((ROOT / "wizard" / "ui" / "pages").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert not [m for m in imported if m.endswith("setup_wizard")], path.name


async def test_the_wizard_window_offers_everything_a_page_may_ask_for(qtbot, ctx):
    # async: the window starts its keyring lookup on the running loop (a sync test
    # has none once an earlier test closed its loop).
    wizard = Windows(ctx).open_wizard()
    members = [
        name
        for name in {*WizardHost.__annotations__, *vars(WizardHost)}
        if not name.startswith("_")
    ]
    assert len(members) > 20
    missing = [name for name in members if not hasattr(wizard, name)]
    assert missing == []
    for name, member in vars(WizardHost).items():
        if inspect.isfunction(member):
            assert callable(getattr(wizard, name)), name
    wizard.close()


def test_pages_use_only_what_the_interface_names():
    """A page reaching for something else on the window (self.wiz.pages[…]) would
    bring the circle back: every `self.wiz.X` in the pages is a member of the host."""
    names = {*WizardHost.__annotations__, *vars(WizardHost)}
    used: set[str] = set()
    for path in (ROOT / "wizard" / "ui" / "pages").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "wiz"
            ):
                used.add(node.attr)
    assert used and used <= names, sorted(used - names)
    assert Path(inspect.getfile(WizardHost)).name == "host.py"
