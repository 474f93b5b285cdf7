"""Make the app's icon files from resources/icons/checkin.svg.

Run: `make icons` (or `python scripts/make_icons.py`) after changing the SVG, and commit the output:
resources/icons/png/checkin-N.png (N = 16 ... 512: the window icon and Linux's hicolor theme),
checkin.ico (Windows executable and installer) and checkin.icns (macOS .app).
The SVG is drawn by Qt's QSvgRenderer offscreen; Pillow writes the ICO and ICNS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "checkin.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at size x size pixels, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)  # straight (not premultiplied) alpha
    return Image.frombytes("RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine())


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in (*SIZES, 1024)}
    (ICONS / "png").mkdir(exist_ok=True)
    for size in SIZES:
        images[size].save(ICONS / "png" / f"checkin-{size}.png", optimize=True)
    # Windows: each size drawn on its own (sharper than Pillow's downscaling of one large image).
    images[256].save(
        ICONS / "checkin.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    # macOS: Pillow writes the sizes of the largest image given and those appended.
    images[1024].save(ICONS / "checkin.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
