"""Reading PDFs back in tests: their text (pypdf) and the QR codes a phone would see (pdftoppm + zxing)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, white space collapsed (lines may break anywhere in a box)."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pdf_pages(data))


def page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [
        (round(float(page.mediabox.width) * 25.4 / 72, 1), round(float(page.mediabox.height) * 25.4 / 72, 1))
        for page in reader.pages
    ]


def render_page(data: bytes, folder: Path, *, page: int = 1, dpi: int = 150) -> Path:
    """Render one page to PNG with poppler's pdftoppm, as a printer and a phone camera would see it."""
    source = folder / "render.pdf"
    source.write_bytes(data)
    stem = folder / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), source, stem],
        check=True,
        capture_output=True,
    )
    return stem.with_suffix(".png")


def decode_qr_codes(data: bytes, folder: Path, *, page: int = 1, dpi: int = 150) -> list[str]:
    """The texts of all QR codes found on a rendered page, in reading order."""
    with Image.open(render_page(data, folder, page=page, dpi=dpi)) as image:
        results = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    found = sorted(results, key=lambda r: (round(r.position.top_left.y / 50), r.position.top_left.x))
    return [result.text for result in found]
