"""PySide6's import hook, as measured (issue 15; docs/PERFORMANCE.md).

PySide6 6.11 (``shibokensupport.feature.feature_imported``) runs on every import
statement after PySide6 is loaded. For each module *name* it has not seen yet it
reads the module's source with ``inspect.getsource`` and records 0 when the
source mentions "PySide6" (the module may select ``from __feature__ import ...``)
or -1 ("ignore") otherwise. It does this even for a module imported long before
PySide6, the first time a later import statement names it. The app enters the
modules imported before PySide6 (``wizard.ui.early``) as -1, so that the first
window's imports read 12 sources instead of 45. These probes fail when a PySide6
upgrade changes any of that, so the trick can be dropped or adjusted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.probes import fresh_process_result

HOOK_PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import plain_before                      # imported before PySide6
    import PySide6.QtCore
    from shibokensupport import feature
    table = feature.pyside_feature_dict
    seen = {}
    seen["plain_before, not named again"] = table.get("plain_before")
    import plain_before                      # named again, after PySide6
    seen["plain_before, named again"] = table.get("plain_before")
    import uses_qt, plain_after
    seen["uses_qt"] = table.get("uses_qt")
    seen["plain_after"] = table.get("plain_after")
    print(json.dumps(seen))
    """
)


def test_pyside6_scans_each_module_named_after_it_once_by_its_source(tmp_path):
    (tmp_path / "plain_before.py").write_text("X = 1\n")
    (tmp_path / "plain_after.py").write_text("Y = 2\n")
    (tmp_path / "uses_qt.py").write_text("# a module that talks to PySide6\nZ = 3\n")
    done = subprocess.run(
        [sys.executable, "-c", HOOK_PROBE, str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    seen = json.loads(done.stdout)
    assert seen == {
        "plain_before, not named again": None,
        "plain_before, named again": -1,  # scanned although imported before PySide6
        "uses_qt": 0,  # the word "PySide6" anywhere in the source, comments included
        "plain_after": -1,
    }


APP_PROBE = textwrap.dedent(
    """
    import json, sys
    from wizard.ui import early
    from shibokensupport import feature
    scanned = []
    original = feature._mod_uses_pyside
    def counting(module):
        scanned.append(module.__name__)
        return original(module)
    feature._mod_uses_pyside = counting
    from wizard.ui import app as app_module
    qt, windows = app_module.open_first_window(app_module.parse_args([]), [])
    app_module.wait_first_paint(qt, windows)
    table = feature.pyside_feature_dict
    before = sorted(early._IMPORTED_BEFORE_PYSIDE)
    print("RESULT " + json.dumps({
        "scanned": scanned,
        "entered": all(table.get(name) == -1 for name in before if name not in scanned),
        "before": len(before),
    }))
    """
)


def test_the_first_window_reads_only_the_sources_of_modules_imported_after_pyside6(tmp_path):
    result = fresh_process_result(APP_PROBE, tmp_path)
    assert result["entered"] and result["before"] > 100
    # Only modules imported after PySide6 (the Qt modules and wizard.ui's own) are read.
    assert all(n.startswith(("PySide6", "wizard.ui")) for n in result["scanned"]), result["scanned"]
