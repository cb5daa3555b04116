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
