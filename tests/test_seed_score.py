"""The acceptance check of the walking skeleton: F1 >= 0.70 on the seed article, scored by shared/eval."""

import re
import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED_EVAL


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval is not beside the project")
def test_seed_article_f1_is_at_least_0_70():
    result = subprocess.run(
        [
            sys.executable,
            str(SHARED_EVAL / "score.py"),
            "--gold",
            str(SHARED_EVAL / "seed"),
            "--cmd",
            f"{sys.executable} -m kg extract {{file}} --format jsonl",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    f1 = float(re.search(r"F1 ([0-9.]+)", result.stdout.splitlines()[-1]).group(1))
    assert f1 >= 0.70, result.stdout
