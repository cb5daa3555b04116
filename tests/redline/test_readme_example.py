"""The README's example, as a secretariat runs it: ``councilkit redline content --from v1.0
-o redlines`` in a git repository of the example content, a mandate, terms of reference
and a deck edited in both languages; every redline written passes ``councilkit audit``
(tracked changes left in a Word redline are a warning: that is what a redline is)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from clikit import run
from gitrepo import arm, git, make_repository

JCF = "content/groups/joint-councils-framework"
EDITS = {
    f"{JCF}/mandate.yaml": [
        (
            "best-in-class digital government, in support",
            "excellent digital government, in support",
        ),
        (
            "fournir le meilleur gouvernement numérique de sa catégorie",
            "fournir un excellent gouvernement numérique",
        ),
    ],
    f"{JCF}/terms-of-reference.yaml": [
        (
            "The two councils meet jointly to share knowledge",
            "The two councils meet jointly, twice a year, to share knowledge",
        ),
        (
            "conseils se réunissent conjointement pour échanger",
            "conseils se réunissent conjointement, deux fois par année, pour échanger",
        ),
    ],
    "content/groups/open-data-standards/deck-2016-11-16.yaml": [
        ("Eight jurisdictions have designated", "Nine jurisdictions have designated"),
        ("Huit administrations ont désigné", "Neuf administrations ont désigné"),
    ],
}
WRITTEN = [
    f"{stem}-{suffix}-redline.docx"
    for stem in (
        "joint-councils-framework-mandate",
        "joint-councils-framework-terms-of-reference",
        "open-data-standards-deck-2016-11-16",
    )
    for suffix in ("eng", "fra")
]


def test_the_readme_command_redlines_mandates_terms_and_decks_that_pass_the_audit(
    tmp_path: Path, example_content: Path
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(example_content, root / "content")
    make_repository(root, {})
    git(root, "tag", "v1.0")
    for name, edits in EDITS.items():
        path = root / name
        text = path.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    arm(root, tmp_path / "git-ran")
    before = tree(tmp_path)

    result = run("redline", "content", "--from", "v1.0", "-o", "redlines", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    for unchanged in ("open-data-standards/mandate", "joint-councils-framework/deck-2016-09-14"):
        for language in ("en", "fr"):
            assert f"{unchanged} ({language}): no change" in result.stdout
    assert "6 redlines in redlines" in result.stdout
    out = root / "redlines"
    assert sorted(p.name for p in out.iterdir()) == sorted([*WRITTEN, "manifest.json"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in manifest["documents"]) == sorted(WRITTEN)
    assert {(d["kind"], d["language"]) for d in manifest["documents"]} == {
        (kind, language)
        for kind in ("mandate", "terms-of-reference", "deck")
        for language in ("en", "fr")
    }

    audit = run("audit", "redlines", cwd=root)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert audit.stdout.rstrip().endswith("0 errors, 4 warnings"), audit.stdout
    warned = re.findall(r"^redlines/([^:]+):[^\n]*: warning: ([a-z-]+):", audit.stdout, re.M)
    assert sorted(warned) == sorted(
        (name, "tracked-changes") for name in WRITTEN if "-deck-" not in name
    )
    assert not (tmp_path / "git-ran").exists()
    after = tree(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("repo/redlines/")} == before


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (the repository's objects and index too) and its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }
