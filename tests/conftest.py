import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "records"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """Every test gets its own store and a fixed, colourless terminal."""
    monkeypatch.setenv("MIGTL_DB", str(tmp_path / "store.json"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def records() -> Path:
    return RECORDS


@pytest.fixture
def run():
    """Invoke the CLI in-process: run('timeline', '--json') -> Result."""
    from typer.testing import CliRunner

    from migtl.cli import app

    runner = CliRunner()

    def _run(*args: str):
        return runner.invoke(app, [str(a) for a in args], prog_name="migtl")

    return _run
