"""The Qt-free modules the first window needs, imported before PySide6.

PySide6 (6.11) hooks every import made after it: ``shibokensupport.feature``'s
``feature_imported`` reads each new module's source (``inspect.getsource``) to
look for the word "PySide6". Imported before PySide6, these modules skip that
(~0.1-0.4 ms each, ~60 modules; issue 15). ``wizard.ui.app`` imports this first.
"""

from __future__ import annotations

import argparse  # noqa: F401
import dataclasses  # noqa: F401
import json  # noqa: F401
import logging  # noqa: F401

from wizard import translations  # noqa: F401
from wizard.core import (  # noqa: F401
    argv,
    errorlog,
    i18n,
    model,
    providers,
    secrets,
    sources,
    status,
    store,
    transcript,
    validation,
    verdict,
)
