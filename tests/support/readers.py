"""Reading output back with external readers, shared by the renderer and bundle tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def pdf_page_count(pdf: Path) -> int:
    """Pages in a PDF, read with pdfinfo (poppler-utils) or by counting page objects."""
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        out = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, text=True)
        for line in out.stdout.splitlines():
            if line.startswith("Pages:"):
                return int(line.split()[1])
    data = pdf.read_bytes()
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")
