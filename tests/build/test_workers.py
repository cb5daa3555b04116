"""Rendering in worker processes: tasks taken from payloads, and workers that let go of
what they inherited from the build."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from councilkit.build import workers


def is_open(descriptor: int) -> bool:
    try:
        os.fstat(descriptor)
    except OSError:
        return False
    return True


@pytest.mark.parametrize("jobs", [1, 2])
def test_tasks_come_back_in_order_with_their_tags(
    jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "render_planned", lambda planned: (planned.encode(), ()))
    first, second = pickle.dumps(("a", "b", "c")), pickle.dumps(("d", "e"))
    tasks = [(f"tag{i}", task) for i, task in enumerate([(first, 2), (second, 0), (first, 0)])]
    assert list(workers.render_all(iter(tasks), jobs)) == [
        ("tag0", b"c", ()),
        ("tag1", b"d", ()),
        ("tag2", b"a", ()),
    ]


def test_a_worker_closes_the_descriptors_it_inherited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    descriptor = os.open(tmp_path, os.O_RDONLY)  # as the output folder's lock is held
    try:
        monkeypatch.setattr(
            workers, "render_planned", lambda planned: (str(is_open(descriptor)).encode(), ())
        )
        tasks = iter([("only", (pickle.dumps(("x",)), 0))])
        assert list(workers.render_all(tasks, 2, inherited=(descriptor,))) == [
            ("only", b"False", ())
        ]
        assert is_open(descriptor)  # the build keeps its own
        tasks = iter([("only", (pickle.dumps(("x",)), 0))])
        assert list(workers.render_all(tasks, 2)) == [("only", b"True", ())]
    finally:
        os.close(descriptor)


def test_workers_are_started_before_any_task_and_render_the_tasks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert workers.start_workers(1) is None  # one job: rendered in the build's process
    descriptor = os.open(tmp_path, os.O_RDONLY)
    try:
        monkeypatch.setattr(
            workers, "render_planned", lambda planned: (str(is_open(descriptor)).encode(), ())
        )
        pool = workers.start_workers(2, inherited=(descriptor,))
        assert pool is not None
        with pool:
            assert len(pool._processes) == 2  # forked now, before the build reads content
            tasks = iter([(i, (pickle.dumps(("x",)), 0)) for i in range(3)])
            assert list(workers.render_all(tasks, 2, pool=pool)) == [
                (i, b"False", ()) for i in range(3)
            ]
        assert is_open(descriptor)
    finally:
        os.close(descriptor)
