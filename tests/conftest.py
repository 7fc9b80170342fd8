"""Shared fixtures. Tests read article texts from ../shared at run time; none are copied in."""

from __future__ import annotations

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def shared_path() -> pathlib.Path:
    return pathlib.Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    path = shared_path()
    if not (path / "data").is_dir():
        pytest.fail(f"{path} has no data/: set WHOSAID_SHARED to the shared folder")
    return path


@pytest.fixture(scope="session")
def seed_text(shared_dir: pathlib.Path) -> str:
    return (shared_dir / "data/seed/britney-misses-sons.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(shared_dir: pathlib.Path) -> dict:
    import json

    return json.loads((shared_dir / "data/seed/britney-misses-sons.gold.json").read_text(encoding="utf-8"))
