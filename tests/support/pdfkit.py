"""Stand-ins for LibreOffice in PDF tests: one that counts what the real one converts, and
a fast fake that makes a small real PDF per document (so pdftoppm draws its thumbnail).

Like LibreOffice, the fake stamps each PDF with the time of the conversion and a new
document ID, which :func:`~councilkit.bundle.pdf.normalize_pdf` must remove for bundles
to be byte-identical; the rest depends only on the document's bytes, language and the
converter's version."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from pathlib import Path

from contentkit import GROUP, MANDATE, content, write

from councilkit.bundle.pdf import LibreOffice
from councilkit.bundle.pdf_tags import LANGUAGE_TAGS

VERSION = "LibreOffice 7.4.7.2 40(Build:2)"
EPOCH = 1473811200


def tiny_content(root: Path) -> Path:
    """Groups g and h, a mandate each: four Word files (two per language), which
    ``build --shard I/3`` puts in shards 1 and 3 (shard 2 has none)."""
    content(root)
    return write(root, {"groups/h/group.yaml": GROUP, "groups/h/mandate.yaml": MANDATE})


def edit_mandate(root: Path, group: str) -> None:
    """Change the English text of ``group``'s mandate (its French file stays the same)."""
    mandate = root / "groups" / group / "mandate.yaml"
    text = mandate.read_text(encoding="utf-8")
    mandate.write_text(text.replace("advises the councils", "advises both councils"), "utf-8")


class FakeLibreOffice:
    """A converter that makes a one-page PDF naming the document's checksum; ``converted``
    lists the names of the files it converted, in order."""

    def __init__(self, version: str = VERSION) -> None:
        self._version = version
        self.converted: list[str] = []

    def version(self) -> str:
        return self._version

    def convert(
        self, files: list[Path], outdir: Path, *, languages: list[str], jobs: int, profiles: Path
    ) -> list[Path]:
        outdir.mkdir(parents=True, exist_ok=True)
        made = []
        for file, language in zip(files, languages, strict=True):
            self.converted.append(file.name)
            now = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S")
            info = (
                f"/Title ({hashlib.sha256(file.read_bytes()).hexdigest()}) "
                f"/Producer ({self._version}) /CreationDate (D:{now}+00'00')"
            )
            made.append(outdir / f"{file.stem}.pdf")
            made[-1].write_bytes(_pdf(LANGUAGE_TAGS[language], info, secrets.token_hex(16)))
        return made


def _pdf(language: str, info: str, identifier: str) -> bytes:
    """A one-page PDF in ``language`` with the document information ``info``, its
    cross-reference table right (so poppler reads it without repairing it)."""
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /Lang ({language}) >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
        f"<< {info} >>",
    ]
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    table = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R /ID [<{identifier}><{identifier}>]"
    return out + f"trailer\n<< {trailer} >>\nstartxref\n{table}\n%%EOF\n".encode()


class CountingLibreOffice(LibreOffice):
    """The installed LibreOffice; ``converted`` lists the names of the files it converted."""

    def __init__(self) -> None:
        super().__init__()
        self.converted: list[str] = []

    def convert(
        self, files: list[Path], outdir: Path, *, languages: list[str], jobs: int, profiles: Path
    ) -> list[Path]:
        self.converted.extend(file.name for file in files)
        return super().convert(files, outdir, languages=languages, jobs=jobs, profiles=profiles)
