"""A desktop on the stack's Xvfb: a window manager (openbox), a keyboard and
mouse (xdotool) and screen grabs (ImageMagick's ``import``).

With a window manager, windows are placed, decorated, activated and closed as on
a real desktop: Alt+F4 asks the window to close (WM_DELETE_WINDOW), the way a
user's click on the title bar's close button does. Facts: ../shared/NOTES.md
("GUI walks on a real display").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("openbox", "xdotool", "import", "xprop", "xwininfo")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _env(display: str) -> dict[str, str]:
    return {**os.environ, "DISPLAY": display}


def _run(display: str, *cmd: str, check: bool = True, timeout: float = 20) -> str:
    done = subprocess.run(
        cmd, capture_output=True, text=True, env=_env(display), timeout=timeout, check=False
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def wait_until(check, timeout: float, what: str, interval: float = 0.1):
    """Poll ``check`` until it returns something true; return that."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


@dataclass
class Desktop:
    display: str
    window_manager: subprocess.Popen

    # -- windows --------------------------------------------------------------
    def windows(self, title: str, pid: int | None = None) -> list[str]:
        """Visible windows whose title is exactly ``title`` (of process ``pid``)."""
        args = ["xdotool", "search", "--onlyvisible"]
        if pid is not None:
            args += ["--all", "--pid", str(pid)]  # the default is *any* condition
        args += ["--name", f"^{_regex(title)}$"]
        return _run(self.display, *args, check=False).split()

    def wait_window(self, title: str, timeout: float = 20, pid: int | None = None) -> str:
        found = wait_until(lambda: self.windows(title, pid), timeout, f'a window "{title}"')
        return found[0]

    def wait_gone(self, title: str, timeout: float = 10, pid: int | None = None) -> None:
        wait_until(lambda: not self.windows(title, pid), timeout, f'"{title}" to close')

    def title(self, window: str) -> str:
        return _run(self.display, "xdotool", "getwindowname", window).strip()

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of the window on the screen, its frame included."""
        info = _run(self.display, "xwininfo", "-id", window)
        values = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(":")
            if key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
                values[key] = int(value)
        extents = _run(self.display, "xprop", "-id", window, "_NET_FRAME_EXTENTS", check=False)
        left = right = top = bottom = 0
        if "=" in extents:
            left, right, top, bottom = (int(v) for v in extents.split("=")[1].split(","))
        return (
            values["Absolute upper-left X"] - left,
            values["Absolute upper-left Y"] - top,
            values["Width"] + left + right,
            values["Height"] + top + bottom,
        )

    def screen_size(self) -> tuple[int, int]:
        width, height = _run(self.display, "xdotool", "getdisplaygeometry").split()
        return int(width), int(height)

    # -- keyboard -------------------------------------------------------------
    def activate(self, window: str) -> None:
        _run(self.display, "xdotool", "windowactivate", "--sync", window)
        wait_until(
            lambda: _run(self.display, "xdotool", "getactivewindow", check=False).strip() == window,
            5,
            f"window {window} to be active",
        )

    def key(self, window: str, *keys: str) -> None:
        """Real key presses (XTEST) into ``window``, activated first."""
        self.activate(window)
        _run(self.display, "xdotool", "key", "--clearmodifiers", *keys)

    def type(self, window: str, text: str) -> None:
        """Type ``text`` on the keyboard into ``window``'s focused field."""
        self.activate(window)
        _run(self.display, "xdotool", "type", "--delay", "30", text)

    def close_by_window_manager(self, window: str) -> None:
        """Alt+F4: openbox asks the window to close, like its title bar's X."""
        self.key(window, "alt+F4")

    # -- pictures -------------------------------------------------------------
    def grab(self, window: str | None, path: Path) -> Path:
        """What the X server shows (a window with its frame, or the whole screen)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        target = "root" if window is None else window
        _run(self.display, "import", "-window", target, str(path), timeout=30)
        return path


def _regex(title: str) -> str:
    """xdotool --name takes a regular expression."""
    special = set("\\.^$|?*+()[]{}")
    return "".join("\\" + c if c in special else c for c in title)


def start_desktop(display: str) -> Desktop:
    env = _env(display)
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )

    def managed() -> bool:
        if manager.poll() is not None:
            raise RuntimeError(f"openbox exited with {manager.returncode}")
        out = _run(display, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False)
        return "window id" in out

    wait_until(managed, 15, "openbox to manage the display")
    return Desktop(display, manager)


def stop_desktop(desktop: Desktop) -> None:
    if desktop.window_manager.poll() is None:
        desktop.window_manager.terminate()
        try:
            desktop.window_manager.wait(5)
        except subprocess.TimeoutExpired:
            desktop.window_manager.kill()
            desktop.window_manager.wait(5)


def assert_real_png(path: Path, min_bytes: int = 5000) -> None:
    data = path.read_bytes()
    assert data.startswith(PNG_MAGIC), f"{path.name} is not a PNG"
    assert len(data) > min_bytes, f"{path.name} is only {len(data)} bytes"


def text_files(folder: Path) -> list[Path]:
    """Every file under ``folder`` except pictures (what a secret could hide in)."""
    if not folder.exists():
        return []
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() != ".png"]
