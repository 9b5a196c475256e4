"""Window placement: every window and dialog opens centred on its parent and
fully on screen (a window half off-screen was seen on a real display)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def centre_on(window: QWidget, parent: QWidget | None = None) -> None:
    """Move ``window`` to the centre of ``parent`` (or of its screen), clamped to the
    available area of that screen."""
    anchor = parent if parent is not None and parent.isVisible() else None
    # The stubs say screen() is never None; on a display being torn down it can be.
    screen: QScreen | None = (anchor or window).screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    size = frame.size().boundedTo(area.size())
    centre = anchor.frameGeometry().center() if anchor is not None else area.center()
    target = QRect(QPoint(0, 0), size)
    target.moveCenter(centre)
    # Keep the title bar and the buttons reachable.
    x = min(max(target.left(), area.left()), area.right() - size.width() + 1)
    y = min(max(target.top(), area.top()), area.bottom() - size.height() + 1)
    window.move(x, y)
