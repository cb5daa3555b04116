"""Development sessions: ``nox`` runs lint, typecheck and tests; ``nox -s demo`` builds
the example content."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = None  # the interpreter nox runs under: the only one a fresh machine has


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite, reading every output back (LibreOffice and pandoc in CI)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on the library, tests, benchmarks and layouts' scripts."""
    session.install("ruff==0.17.5")
    session.run("ruff", "check", "src", "tests", "benchmarks", "layouts", "noxfile.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy, strict on src/."""
    session.install("-e", ".", "mypy==2.4.1", "types-PyYAML")
    session.run("mypy")


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Build the example content into build/ (English and French)."""
    session.install(".")
    session.run("councilkit", "check", "content")
    session.run("councilkit", "build", "content", "-o", "build")


@nox.session(python=PYTHON)
def bundle(session: nox.Session) -> None:
    """Build a release bundle of the example content with PDFs twice, verify it, and
    show that the two are byte-identical."""
    session.install(".")
    session.env["SOURCE_DATE_EPOCH"] = session.env.get("SOURCE_DATE_EPOCH", "1473811200")
    tmp = session.create_tmp()
    first, second = f"{tmp}/bundle-1.zip", f"{tmp}/bundle-2.zip"
    session.run("councilkit", "bundle", "content", "--pdf", "-o", first)
    session.run("councilkit", "verify", first)
    session.run(
        "councilkit", "bundle", "content", "--pdf", "-o", second, env={"TZ": "Pacific/Auckland"}
    )
    session.run("cmp", first, second, external=True)
    session.log("the two bundles are byte-identical")
