"""Signed bundles: an SSH signature of the zip's bytes, made and checked by ``ssh-keygen``.

Checksums show that a bundle is whole, not who made it. ``bundle --sign KEY`` writes
``FILE.zip.sig`` beside the zip: ``ssh-keygen -Y sign`` over the zip's bytes, in the
namespace ``councilkit-bundle``. The signature is beside the zip, not in it, because it signs
the zip's bytes, which a member inside would change. ``verify --signer ALLOWED_SIGNERS``
checks it against an OpenSSH ``allowed_signers`` file.

``ssh-keygen`` runs with a fixed list of arguments, no shell, an environment of
``LC_ALL=C`` alone, and every path resolved; the zip comes on its standard input.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import BinaryIO

from councilkit.errors import CouncilkitError, UsageError

NAMESPACE = "councilkit-bundle"
SUFFIX = ".sig"
TIMEOUT_SECONDS = 300
_ENVIRONMENT = {"LC_ALL": "C"}


class SignatureError(CouncilkitError):
    """A bundle's signature is missing, bad, or not made by an allowed key."""


def signature_path(bundle: Path) -> Path:
    """Where the signature of ``bundle`` is: ``FILE.zip.sig`` beside it."""
    return bundle.with_name(bundle.name + SUFFIX)


def find_ssh_keygen() -> str:
    """The path of ``ssh-keygen``, or a :class:`UsageError` naming the Debian package."""
    found = shutil.which("ssh-keygen")
    if found is None:
        raise UsageError(
            "signatures need ssh-keygen, which is not installed; on Debian or Ubuntu: "
            "apt-get install openssh-client"
        )
    return found


def check_key(key: Path) -> Path:
    """``key`` resolved, or a :class:`UsageError` when it is not a file or ``ssh-keygen``
    is missing (checked before anything is built)."""
    find_ssh_keygen()
    if not key.is_file():
        raise UsageError(f"signing key '{key}' does not exist or is not a file")
    return key.resolve()


def sign(key: Path, data: BinaryIO) -> bytes:
    """The SSH signature (armoured text) of the bytes in ``data`` made with the private
    key file ``key``."""
    ssh_keygen = find_ssh_keygen()
    done = _run([ssh_keygen, "-q", "-Y", "sign", "-f", str(key), "-n", NAMESPACE], data)
    if done.returncode != 0 or not done.stdout.startswith(b"-----BEGIN SSH SIGNATURE-----"):
        raise UsageError(f"cannot sign with '{key}': {_reason(done)}")
    return done.stdout


def check_signature(bundle: Path, allowed_signers: Path, identity: str | None = None) -> str:
    """The identity (principal) that signed ``bundle``, checked against the OpenSSH
    ``allowed_signers`` file; :class:`SignatureError` when the signature is missing, bad,
    or made by a key the file does not allow. Without ``identity``, the principals the
    file gives the signing key are tried in turn."""
    if not allowed_signers.is_file():
        raise UsageError(f"allowed signers file '{allowed_signers}' does not exist")
    ssh_keygen = find_ssh_keygen()
    signers = str(allowed_signers.resolve())
    signature = signature_path(bundle).resolve()
    if not signature.is_file():
        raise SignatureError(f"{bundle}: not signed ({signature.name} is missing)")
    if identity is not None:
        principals = [identity]
    else:
        found = _run(
            [ssh_keygen, "-Y", "find-principals", "-s", str(signature), "-f", signers], None
        )
        principals = found.stdout.decode("utf-8", "replace").split()
        if found.returncode != 0 or not principals:
            raise SignatureError(
                f"{bundle}: the signature is bad or its key is not in '{allowed_signers}'"
            )
    for principal in principals:
        command = [ssh_keygen, "-Y", "verify", "-f", signers, "-I", principal]
        command += ["-n", NAMESPACE, "-s", str(signature)]
        with open(bundle.resolve(), "rb") as data:
            checked = _run(command, data)
        if checked.returncode == 0:
            return principal
    raise SignatureError(
        f"{bundle}: the signature does not match the bundle or its key is not allowed for "
        f"{', '.join(principals)} in '{allowed_signers}'"
    )


def _run(command: list[str], data: BinaryIO | None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            command,
            stdin=data if data is not None else subprocess.DEVNULL,
            capture_output=True,
            env=_ENVIRONMENT,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UsageError(f"ssh-keygen took more than {TIMEOUT_SECONDS} s") from None


def _reason(done: subprocess.CompletedProcess[bytes]) -> str:
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else f"ssh-keygen exited with {done.returncode}"
