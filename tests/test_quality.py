"""Extraction quality on annotated releases, through the scorer the project is judged by.

`tests/data/heldout/` holds 24 releases (6 per language) written and annotated by a colleague
who had not seen the extractor; the visible seed and dev sets live in `../shared/eval/`. The
scorer (`shared/eval/score.py`) runs the installed CLI end to end on a fresh store.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
HELDOUT = ROOT / "tests" / "data" / "heldout"

SETS = [
    pytest.param(HELDOUT / "gold.jsonl", HELDOUT, HELDOUT / "tenure.json", id="heldout"),
    pytest.param(ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl", None,
                 ROOT.parent / "shared" / "eval" / "dev" / "tenure.json", id="dev"),
    pytest.param(ROOT.parent / "shared" / "eval" / "gold-seeds.jsonl", ROOT / "records",
                 ROOT.parent / "shared" / "eval" / "tenure-seeds.json", id="seeds"),
]


@pytest.mark.parametrize("gold,docs,tenure", SETS)
def test_scores(gold, docs, tenure, tmp_path):
    if not SCORER.exists() or not gold.exists():
        pytest.skip("the scorer and its gold files are not beside this checkout")
    cmd = [sys.executable, str(SCORER), str(gold), "--tenure", str(tenure), "--json",
           "--migtl", f"{sys.executable} -m migtl"]
    if docs is not None:
        cmd += ["--docs", str(docs)]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    scores = json.loads(next(line for line in out.stdout.splitlines() if line.startswith("{")))
    assert scores["overall"] >= 0.95, scores
    for key in ("persons_p_r_f1", "participants_p_r_f1", "met_p_r_f1"):
        assert scores[key][2] >= 0.9, (key, scores)
    assert scores["date_accuracy"] >= 0.9 and scores["identity_ok"] >= 0.9, scores
