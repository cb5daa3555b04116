"""Rendering in worker processes: a group's outputs rendered by one worker from its
payload, the first output of each kind rendered by the build before the workers start,
and workers that let go of what they inherited from the build."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from types import SimpleNamespace

import pytest

from councilkit.build import workers


def is_open(descriptor: int) -> bool:
    try:
        os.fstat(descriptor)
    except OSError:
        return False
    return True


def planned(name: str, kind: str) -> SimpleNamespace:
    """A stand-in for a planned output: its name, and its document's kind."""
    return SimpleNamespace(name=name, document=SimpleNamespace(KIND=kind))


def payload(*outputs: tuple[str, str]) -> bytes:
    return pickle.dumps(tuple(planned(name, kind) for name, kind in outputs))


def rendered_with_pid(output: SimpleNamespace) -> tuple[bytes, tuple[()]]:
    return f"{output.name}@{os.getpid()}".encode(), ()


@pytest.fixture
def batches() -> list[tuple[list[str], bytes]]:
    first = payload(("deck-en", "deck"), ("deck-fr", "deck"), ("mandate-en", "mandate"))
    second = payload(("deck-en", "deck"), ("mandate-en", "mandate"))
    return [(["a0", "a1", "a2"], first), (["b0", "b1"], second)]


def test_one_job_renders_every_output_here_in_order(
    batches: list[tuple[list[str], bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "render_planned", rendered_with_pid)
    here = os.getpid()
    assert list(workers.render_all(iter(batches), 1)) == [
        ("a0", f"deck-en@{here}".encode(), ()),
        ("a1", f"deck-fr@{here}".encode(), ()),
        ("a2", f"mandate-en@{here}".encode(), ()),
        ("b0", f"deck-en@{here}".encode(), ()),
        ("b1", f"mandate-en@{here}".encode(), ()),
    ]


def test_the_first_output_of_each_kind_is_rendered_here_and_a_group_by_one_worker(
    batches: list[tuple[list[str], bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "render_planned", rendered_with_pid)
    done = list(workers.render_all(iter(batches), 2))
    tags = [tag for tag, _, _ in done]
    assert tags == ["a0", "a2", "a1", "b0", "b1"]  # what was rendered here comes first
    names = [data.decode().split("@")[0] for _, data, _ in done]
    assert names == ["deck-en", "mandate-en", "deck-fr", "deck-en", "mandate-en"]
    where = [int(data.decode().split("@")[1]) for _, data, _ in done]
    assert where[:2] == [os.getpid()] * 2
    assert os.getpid() not in where[2:]
    assert where[3] == where[4]  # the second group's two outputs: one worker


def test_the_workers_start_only_when_there_is_more_than_one_of_a_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers, "render_planned", rendered_with_pid)
    single = [(["only"], payload(("deck-en", "deck"))), (["next"], payload(("m", "mandate")))]
    here = os.getpid()
    assert list(workers.render_all(iter(single), 2)) == [
        ("only", f"deck-en@{here}".encode(), ()),
        ("next", f"m@{here}".encode(), ()),
    ]


def test_a_worker_closes_the_descriptors_it_inherited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    descriptor = os.open(tmp_path, os.O_RDONLY)  # as the output folder's lock is held
    try:
        monkeypatch.setattr(
            workers,
            "render_planned",
            lambda output: (str(is_open(descriptor)).encode(), ()),
        )
        two = payload(("x", "deck"), ("y", "deck"))
        assert list(workers.render_all(iter([(["x", "y"], two)]), 2, inherited=(descriptor,))) == [
            ("x", b"True", ()),  # here
            ("y", b"False", ()),  # in a worker
        ]
        assert is_open(descriptor)  # the build keeps its own
        assert list(workers.render_all(iter([(["x", "y"], two)]), 2)) == [
            ("x", b"True", ()),
            ("y", b"True", ()),
        ]
    finally:
        os.close(descriptor)
