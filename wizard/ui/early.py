"""The Qt-free modules the first window needs, imported before PySide6; then PySide6.

PySide6 (6.11) hooks every import statement run after it: ``shibokensupport.feature``'s
``feature_imported`` reads the source of each module name it has not seen yet
(``inspect.getsource``) to look for the word "PySide6" (whether the module may use
``from __feature__ import ...``). It does so even for a module imported long before,
the first time any later import statement names it: 45 scans, ~5.5 ms, before the
first window. The modules imported here, before PySide6, are entered in its table as
"ignore this module" (-1) instead, which is also what it records for a module that
does not mention PySide6 (:func:`_no_feature_scan`; nothing in this app selects a
``__feature__``). ``wizard.ui.app`` imports this first (issue 15).
"""

from __future__ import annotations

import gc

# The app turns the automatic collector off and collects on the GUI thread instead
# (gcguard.install, once the QApplication exists). Off from here already: start-up
# allocates enough for ~60 young-generation passes (3-5 ms) and makes no cycles worth
# them; the GUI thread's first collection comes INTERVAL_MS after the window shows.
gc.disable()

import argparse  # noqa: E402, F401
import dataclasses  # noqa: E402, F401
import json  # noqa: E402, F401
import logging  # noqa: E402, F401
import sys  # noqa: E402

from wizard import translations  # noqa: E402, F401
from wizard.core import (  # noqa: E402, F401
    argv,
    errorlog,
    i18n,
    model,
    providers,
    secrets,
    settings,
    sources,
    status,
    store,
    transcript,
    validation,
    verdict,
)

_IMPORTED_BEFORE_PYSIDE = frozenset(sys.modules)

import PySide6.QtCore  # noqa: E402, F401 - installs the import hook


def _no_feature_scan(names: frozenset[str]) -> None:
    """Enter ``names`` in PySide6's feature table as "ignore this module", so that its
    import hook does not read their source (see the module's docstring). A PySide6
    without that table (another version) keeps scanning: only slower."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in names:
            table.setdefault(name, -1)


_no_feature_scan(_IMPORTED_BEFORE_PYSIDE)
