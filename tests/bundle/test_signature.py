"""Signed bundles: ``bundle --sign KEY`` and ``verify --signer ALLOWED_SIGNERS``."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from programs import require

from councilkit.bundle import signature
from councilkit.cli import main

EPOCH = "1473811200"
SMALL = ["--group", "open-data-standards", "--lang", "en", "-j", "1", "-q"]


def ssh_keygen() -> str:
    return require("ssh-keygen", "Debian package: openssh-client")


def make_key(folder: Path, name: str) -> Path:
    key = folder / name
    subprocess.run(
        [ssh_keygen(), "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(key)], check=True
    )
    return key


def allowed(folder: Path, *entries: tuple[str, Path]) -> Path:
    path = folder / "allowed_signers"
    path.write_text("".join(f"{who} {key.with_suffix('.pub').read_text()}" for who, key in entries))
    return path


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, example_content_module: Path) -> Path:
    """A bundle signed by alice, with alice's and mallory's keys beside it."""
    folder = tmp_path_factory.mktemp("signed")
    key = make_key(folder, "alice")
    make_key(folder, "mallory")
    target = folder / "release.zip"
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    try:
        status = main(
            ["bundle", str(example_content_module), "-o", str(target), "--sign", str(key), *SMALL]
        )
    finally:
        mp.undo()
    assert status == 0
    return target


@pytest.fixture(scope="module")
def example_content_module() -> Path:
    return Path(__file__).resolve().parents[2] / "content"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def copy(signed: Path, folder: Path, *, with_signature: bool = True) -> Path:
    target = folder / "release.zip"
    shutil.copyfile(signed, target)
    if with_signature:
        shutil.copyfile(signed.with_name("release.zip.sig"), folder / "release.zip.sig")
    return target


def test_a_signed_bundle_verifies_with_its_signer(
    signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = signed.parent
    assert sorted(p.name for p in folder.iterdir()) == [
        "alice",
        "alice.pub",
        "mallory",
        "mallory.pub",
        "release.zip",
        "release.zip.sig",
    ]
    assert (
        signed.with_name("release.zip.sig")
        .read_bytes()
        .startswith(b"-----BEGIN SSH SIGNATURE-----")
    )
    signers = allowed(folder, ("alice@example.org", folder / "alice"))
    status, out, err = run(capsys, "verify", str(signed), "--signer", str(signers))
    assert (status, err) == (0, "")
    assert out.strip().endswith("every document opens; signed by alice@example.org")
    status, out, _ = run(
        capsys, "verify", str(signed), "--signer", str(signers), "--identity", "alice@example.org"
    )
    assert status == 0 and "signed by alice@example.org" in out
    status, out, _ = run(capsys, "verify", str(signed))
    assert status == 0
    assert out.strip().endswith(
        "every document opens; release.zip.sig was not checked (give --signer)"
    )
    signers.unlink()


def test_bad_signatures_fail_with_one_line(
    signed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = signed.parent
    alice = allowed(tmp_path, ("alice@example.org", keys / "alice"))
    bundle = copy(signed, tmp_path)
    snapshot = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir())

    def refused(*args: str) -> str:
        status, out, err = run(capsys, "verify", str(bundle), *args)
        assert (status, out) == (1, ""), err
        assert len(err.splitlines()) == 1
        return err.strip()

    assert refused("--signer", str(alice), "--identity", "bob@example.org") == (
        f"councilkit: error: {bundle}: the signature does not match the bundle or its key is "
        f"not allowed for bob@example.org in '{alice}'"
    )
    only_mallory = tmp_path / "mallory_signers"
    only_mallory.write_text(f"mallory@example.org {(keys / 'mallory.pub').read_text()}")
    assert refused("--signer", str(only_mallory)) == (
        f"councilkit: error: {bundle}: the signature is bad or its key is not in '{only_mallory}'"
    )
    assert (
        sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir() if p != only_mallory)
        == snapshot
    )

    (tmp_path / "release.zip.sig").write_text("-----BEGIN SSH SIGNATURE-----\ngarbage\n")
    assert "the signature is bad" in refused("--signer", str(alice))

    copy(signed, tmp_path)
    with open(bundle, "ab") as stream:
        stream.write(b"\0")  # still a zip (a comment-less tail), no longer the bytes signed
    assert refused("--signer", str(alice)) == (
        f"councilkit: error: {bundle}: the signature does not match the bundle or its key is "
        f"not allowed for alice@example.org in '{alice}'"
    )

    copy(signed, tmp_path)
    (tmp_path / "release.zip.sig").unlink()
    assert refused("--signer", str(alice)) == (
        f"councilkit: error: {bundle}: not signed (release.zip.sig is missing)"
    )


def test_usage_errors_of_signing(
    signed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundle = copy(signed, tmp_path)
    status, _, err = run(capsys, "verify", str(bundle), "--identity", "alice@example.org")
    assert (status, err) == (2, "councilkit: error: --identity needs --signer ALLOWED_SIGNERS\n")
    status, _, err = run(capsys, "verify", str(bundle), "--signer", str(tmp_path / "none"))
    assert (status, err) == (
        2,
        f"councilkit: error: allowed signers file '{tmp_path / 'none'}' does not exist\n",
    )
    monkeypatch.setattr(signature.shutil, "which", lambda name: None)
    signers = allowed(tmp_path, ("alice@example.org", signed.parent / "alice"))
    status, _, err = run(capsys, "verify", str(bundle), "--signer", str(signers))
    assert (status, err) == (
        2,
        "councilkit: error: signatures need ssh-keygen, which is not installed; on Debian "
        "or Ubuntu: apt-get install openssh-client\n",
    )


@pytest.mark.parametrize("case", ["missing key", "not a key", "no ssh-keygen"])
def test_a_bundle_that_cannot_be_signed_is_not_written(
    example_content_module: Path,
    signed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "release.zip").write_bytes(b"the old bundle")
    key = {
        "missing key": tmp_path / "none",
        "not a key": tmp_path / "notes.txt",
        "no ssh-keygen": signed.parent / "alice",
    }[case]
    (tmp_path / "notes.txt").write_text("not a key\n")
    if case == "no ssh-keygen":
        monkeypatch.setattr(signature.shutil, "which", lambda name: None)
    status, _, err = run(
        capsys,
        "bundle",
        str(example_content_module),
        "-o",
        str(out / "release.zip"),
        "--sign",
        str(key),
        *SMALL,
    )
    assert status == 2
    expected = {
        "missing key": f"signing key '{key}' does not exist or is not a file",
        "not a key": f"cannot sign with '{key.resolve()}': ",
        "no ssh-keygen": "signatures need ssh-keygen, which is not installed; on Debian or "
        "Ubuntu: apt-get install openssh-client",
    }[case]
    assert err.startswith(f"councilkit: error: {expected}") and len(err.splitlines()) == 1
    assert [p.name for p in out.iterdir()] == ["release.zip"]  # no .part, no .sig
    assert (out / "release.zip").read_bytes() == b"the old bundle"


def test_an_unsigned_bundle_removes_the_signature_of_the_one_it_replaces(
    example_content_module: Path, signed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = copy(signed, tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert main(["bundle", str(example_content_module), "-o", str(bundle), *SMALL]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["release.zip"]
    with zipfile.ZipFile(bundle) as archive:
        assert "MANIFEST.json" in archive.namelist()
    assert bundle.read_bytes() == signed.read_bytes()  # signing does not change the zip


def test_paths_and_identities_that_look_like_options_stay_values(
    tmp_path: Path,
    example_content_module: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ssh-keygen gets a fixed argument list: a key file named like an option, given as a
    relative path, is passed resolved (so never read as an option), and an identity that
    looks like an option is only the value of ``-I``. Nothing the bundle holds is an
    argument: the zip goes to ssh-keygen's standard input."""
    make_key(tmp_path, "-oProxyCommand=touch PWNED")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    target = tmp_path / "release.zip"
    status, _, err = run(
        capsys, "bundle", str(example_content_module), "-o", str(target),
        "--sign=-oProxyCommand=touch PWNED", *SMALL,
    )  # fmt: skip
    assert (status, err) == (0, "")
    signers = allowed(tmp_path, ("alice@example.org", tmp_path / "-oProxyCommand=touch PWNED"))
    status, out, _ = run(capsys, "verify", str(target), "--signer", str(signers))
    assert status == 0 and "signed by alice@example.org" in out
    status, out, err = run(capsys, "verify", str(target), "--signer", str(signers), "--identity=-Y")
    assert status == 1
    assert len((out + err).strip().splitlines()) == 1
    assert not list(tmp_path.rglob("PWNED"))
    assert not (Path.cwd() / "PWNED").exists()
