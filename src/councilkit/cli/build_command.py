"""``councilkit build``: write the Word and PowerPoint documents and their manifest."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from councilkit.cli.arguments import add_content, add_format, add_quiet, add_strict
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.diagnostics import Diagnostic, has_errors
from councilkit.errors import ContentError, UsageError

if TYPE_CHECKING:
    from councilkit.build.manifest import BuildResult


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "build",
        help=help_of("build"),
        description="Check the content, then write one .docx or .pptx per document and "
        "language into OUT, and OUT/manifest.json. Nothing is written when the content has "
        "errors. SOURCE_DATE_EPOCH fixes the timestamps inside the files.",
    )
    add_content(parser)
    parser.add_argument("-o", "--out", default="build", help="output folder (default: build)")
    parser.add_argument(
        "--lang",
        action="append",
        choices=["en", "fr"],
        help="build only this language (repeatable)",
    )
    parser.add_argument(
        "--group", action="append", metavar="SLUG", help="build only this group (repeatable)"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: the number of cores)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="render every document, even unchanged ones"
    )
    parser.add_argument(
        "--shard",
        metavar="I/N",
        help="build only shard I of N (a stable share of the documents, for N CI machines; "
        "join them with: councilkit bundle CONTENT --from DIR...)",
    )
    parser.add_argument(
        "--pdf",
        action="store_true",
        help="also write a tagged PDF of each document into OUT/pdf/ with LibreOffice, the "
        "same as bundle --pdf (which reuses them with --from)",
    )
    parser.add_argument(
        "--pdf-cache",
        metavar="DIR",
        help="with --pdf: keep the PDFs in DIR between runs (a folder CI can cache) "
        "(default: OUT/.councilkit/pdf-cache)",
    )
    parser.add_argument(
        "--audit",
        action="store_true",
        help="audit every document written or reused for accessibility, like "
        "'councilkit audit'; errors fail the build (exit 1)",
    )
    add_strict(parser)
    add_quiet(parser)
    add_format(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="name every file written")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    from councilkit.build import build
    from councilkit.build.shard import parse_shard
    from councilkit.cli.i18n_command import finish_interrupted_import

    shard = None if args.shard is None else parse_shard(args.shard)
    pdfs = PdfOutput(args) if args.pdf or args.pdf_cache is not None else None
    finish_interrupted_import(Path(args.content), console)  # no half-finished import built
    epoch = source_date_epoch()
    with console.progress("Building") as progress:

        def report(path: Path, reused: bool) -> None:
            progress.advance()
            if args.verbose:
                console.info(f"{'unchanged' if reused else 'wrote'} {path}")

        try:
            result = build(
                args.content,
                args.out,
                languages=args.lang,
                groups=args.group,
                source_date_epoch=epoch,
                jobs=args.jobs,
                use_cache=not args.no_cache,
                on_output=report,
                shard=shard,
            )
        except ContentError as exc:
            progress.stop()
            console.diagnostics(exc.diagnostics)
            console.error("councilkit: the build stopped; no file was left half-written")
            return 1
    found = audit_outputs(result.out, [e.path for e in result.entries]) if args.audit else []
    console.diagnostics([*result.diagnostics, *found])
    rendered = len(result.entries) - result.reused
    console.info(
        f"{len(result.entries)} documents in {result.out} "
        f"({rendered} rendered, {result.reused} unchanged)"
    )
    if pdfs is not None:
        pdfs.write(args, result, epoch, console)
    if not args.audit:
        return 0
    if has_errors(found) or (args.strict and bool(found)):
        console.error(f"councilkit: the audit found problems in the documents of {result.out}")
        return 1
    console.info(f"{len(result.entries)} documents audited: no accessibility errors")
    return 0


class PdfOutput:
    """``build --pdf``: the PDFs of the build's documents in ``OUT/pdf/``. Made at
    once, it checks the options, the cache folder and LibreOffice, so that a build that
    could not make its PDFs writes nothing."""

    def __init__(self, args: argparse.Namespace) -> None:
        from councilkit.bundle.output_pdfs import check_pdf_folder
        from councilkit.bundle.pdf import LibreOffice
        from councilkit.bundle.pdf_cache import PdfCache, cache_in_output

        if not args.pdf:
            raise UsageError("--pdf-cache goes with --pdf")
        self.cache = (
            PdfCache(Path(args.pdf_cache), reuse=not args.no_cache)
            if args.pdf_cache is not None
            else cache_in_output(Path(args.out), reuse=not args.no_cache)
        )
        self.cache.check()
        check_pdf_folder(Path(args.out))
        self.converter = LibreOffice()
        self.converter.version()

    def write(
        self, args: argparse.Namespace, result: BuildResult, epoch: int | None, console: Console
    ) -> None:
        """Write the PDFs of ``result``'s documents, and say where they came from."""
        from councilkit.api import load
        from councilkit.bundle.output_pdfs import PDF_FOLDER, build_pdfs

        made = build_pdfs(
            result,
            load(Path(args.content)),
            epoch=epoch,
            jobs=args.jobs,
            converter=self.converter,
            cache=self.cache,
        )
        converted = sum(pdf.converted for pdf in made.values())
        console.info(
            f"{len(made)} PDFs in {result.out / PDF_FOLDER} ({converted} converted, "
            f"{len(made) - converted} from the PDF cache)"
        )


def audit_outputs(out: Path, names: list[str]) -> list[Diagnostic]:
    """The accessibility problems of the build's documents (``names`` under ``out``), as
    ``councilkit audit`` finds them."""
    from councilkit.audit import audit

    return audit([out / name for name in names])


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` from the environment, checked."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return None
    if not raw.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not '{raw}'")
    return int(raw)
