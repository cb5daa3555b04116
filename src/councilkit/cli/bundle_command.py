"""``councilkit bundle`` and ``councilkit verify``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import add_content, add_quiet
from councilkit.cli.build_command import source_date_epoch
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.errors import ContentError, UsageError


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "bundle",
        help=help_of("bundle"),
        description="Build the selected documents and write one zip with the documents in "
        "a folder per language, PDFs (--pdf), MANIFEST.json, SHA256SUMS and index.html. "
        "The same content and SOURCE_DATE_EPOCH give the same bytes.",
    )
    add_content(parser)
    parser.add_argument(
        "-o", "--out", required=True, metavar="FILE.zip", help="the bundle to write"
    )
    parser.add_argument("--pdf", action="store_true", help="add PDF copies made with LibreOffice")
    parser.add_argument(
        "--pdf-cache",
        metavar="DIR",
        help="keep the PDFs in DIR between runs (a folder CI can cache), so that only "
        "changed documents are converted again (default with --build-dir: "
        "BUILD_DIR/.councilkit/pdf-cache; else none)",
    )
    parser.add_argument("--lang", action="append", choices=["en", "fr"], help="only this language")
    parser.add_argument("--group", action="append", metavar="SLUG", help="only this group")
    parser.add_argument(
        "-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes"
    )
    parser.add_argument(
        "--build-dir", help="build (and cache) the documents here instead of a temporary folder"
    )
    parser.add_argument(
        "--from",
        dest="from_folders",
        nargs="+",
        metavar="DIR",
        help="do not build: join the output folders of build --shard I/N (one per shard) "
        "into the same bytes a bundle built here would have",
    )
    parser.add_argument(
        "--sign",
        metavar="KEY",
        help="sign the zip with this SSH private key file (ssh-keygen); writes FILE.zip.sig",
    )
    add_quiet(parser)
    parser.set_defaults(run=run_bundle)


def register_verify(commands: Any) -> None:
    checker: argparse.ArgumentParser = commands.add_parser(
        "verify",
        help=help_of("verify"),
        description="Exit 0 when every member is listed, every checksum matches, every "
        "document opens and (with --signer) the signature FILE.zip.sig is good; exit 1 "
        "naming the first problem.",
    )
    checker.add_argument("bundle", help="the bundle zip")
    checker.add_argument(
        "--signer",
        metavar="ALLOWED_SIGNERS",
        help="require a signature by a key in this OpenSSH allowed_signers file",
    )
    checker.add_argument(
        "--identity",
        metavar="NAME",
        help="the signer's identity in ALLOWED_SIGNERS (default: found from the key)",
    )
    add_quiet(checker)
    checker.set_defaults(run=run_verify)


def run_bundle(args: argparse.Namespace, console: Console) -> int:
    from councilkit.bundle import bundle
    from councilkit.bundle.pdf import LibreOffice

    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    with console.progress("Bundling") as progress:
        try:
            result = bundle(
                args.content,
                args.out,
                pdf=args.pdf,
                languages=args.lang,
                groups=args.group,
                source_date_epoch=source_date_epoch(),
                jobs=args.jobs,
                build_dir=args.build_dir,
                on_output=lambda path, reused: progress.advance(),
                sign_with=args.sign,
                from_folders=args.from_folders,
                pdf_cache=args.pdf_cache,
                converter=LibreOffice(),
            )
        except ContentError as exc:
            progress.stop()
            console.diagnostics(exc.diagnostics)
            console.error("councilkit: no bundle was written")
            return 1
    for warning in result.warnings:
        if not console.quiet:
            console.error(f"councilkit: warning: {warning}; no source commit is recorded")
    console.info(f"wrote {result.path}: {result.documents} documents, {result.files} files")
    if result.pdfs is not None:
        made = result.pdfs
        console.info(
            f"PDFs: {made.converted} converted, {made.cached} from the PDF cache, "
            f"{made.from_shards} from the shards"
        )
    if result.signature is not None:
        console.info(f"wrote {result.signature}")
    return 0


def run_verify(args: argparse.Namespace, console: Console) -> int:
    from councilkit.bundle import check_signature, signature_path, verify

    if args.identity is not None and args.signer is None:
        raise UsageError("--identity needs --signer ALLOWED_SIGNERS")
    bundle = Path(args.bundle)
    if not bundle.is_file():
        raise UsageError(f"bundle '{bundle}' does not exist")
    signer = None
    if args.signer is not None:
        signer = check_signature(bundle, Path(args.signer), args.identity)
    count = verify(bundle)
    if signer is not None:
        signed = f"; signed by {signer}"
    elif signature_path(bundle).exists():
        signed = f"; {signature_path(bundle).name} was not checked (give --signer)"
    else:
        signed = ""
    console.info(
        f"{args.bundle}: {count} files, every file is listed, every checksum matches and "
        f"every document opens{signed}"
    )
    return 0
