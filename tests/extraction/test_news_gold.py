"""Extraction quality on news written for this project (tests/data/news, see its README): each set keeps
a floor a little under its score when the set was added, so that a rule that helps one sentence and
hurts many shows up here. Scored by shared/eval's score.py, as the hidden sets are."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import default_extractor, relation_line, stated
from kg.graph import KnowledgeGraph

from ..conftest import ROOT, SHARED_EVAL

NEWS = ROOT / "tests" / "data" / "news"
FLOORS = {
    "leads-1": 0.90,
    "leads-2": 0.86,
    "articles-1": 0.85,
    "articles-2": 0.80,
    "articles-3": 0.82,
    "leads-3": 0.75,
    "articles-4": 0.68,
    "articles-5": 0.59,
    "articles-6": 0.57,
    # written blind in the sixth session, first scored 0.469 and 0.468, then used to develop rules
    # (articles-9, seventh session, first scored 0.627, then developed on; articles-10 held out, first 0.568;
    # floors raised at the end of the eighth session a little under the scores then: 0.766, 0.692, 0.796, 0.585;
    # and of the ninth: 0.801, 0.707, 0.804)
    "articles-7": 0.78,
    "articles-8": 0.70,
    "articles-9": 0.79,
    "articles-10": 0.57,
    # articles-11: written blind in the seventh session (0.473), developed on in the eighth (0.632);
    # articles-12: written blind in the eighth, held out, first scored 0.494 (0.481 with the code before it)
    "articles-11": 0.68,
    "articles-12": 0.48,
    # articles-13: written blind in the ninth, held out, first scored 0.606 (0.602 with the code before it)
    "articles-13": 0.57,
    # articles-14: written blind in the eleventh, held out, first scored 0.522 (articles-4 released for rules then)
    "articles-14": 0.51,
    # floors raised at the end of the twelfth session a little under its scores (leads-1 0.930, leads-2 0.895,
    # articles-1 0.890, -2 0.833, -3 0.848, leads-3 0.779, -4 0.713, -5 0.628, -7 0.815, -8 0.727, -9 0.820,
    # -10 0.599, -11 0.712, -12 0.516, -14 0.544)
}
# raised at the end of the thirteenth session a little under its scores (leads-2 0.898, leads-3 0.784, articles-4
# 0.724, -5 0.645, -6 0.626, -10 0.604, -12 0.557, -13 0.623, -14 0.557; the others as they were)
FLOORS |= {
    "leads-2": 0.88,
    "leads-3": 0.77,
    "articles-4": 0.71,
    "articles-5": 0.63,
    "articles-6": 0.61,
    "articles-10": 0.59,
    "articles-12": 0.54,
    "articles-13": 0.61,
    "articles-14": 0.55,
}
# raised at the end of the fourteenth session a little under its scores (leads-2 0.910, leads-3 0.793, articles-2
# 0.845, -3 0.852, -4 0.781, -7 0.846, -9 0.837, -10 0.611, -12 0.563, -13 0.650, -14 0.587; the others as they were)
FLOORS |= {
    "leads-2": 0.89,
    "leads-3": 0.78,
    "articles-2": 0.82,
    "articles-3": 0.83,
    "articles-4": 0.76,
    "articles-7": 0.82,
    "articles-9": 0.81,
    "articles-10": 0.60,
    "articles-12": 0.55,
    "articles-13": 0.63,
    "articles-14": 0.57,
}
# raised at the end of the fifteenth session a little under its scores (leads-3 0.796, articles-8 0.732, -10 0.667;
# the others as they were or within 0.005 of the end of the fourteenth)
FLOORS |= {
    "leads-3": 0.78,
    "articles-8": 0.71,
    "articles-10": 0.64,
}
# raised at the end of the sixteenth session a little under its scores (leads-3 0.802, articles-6 0.669, -9 0.844,
# -10 0.680, -12 0.580; the others as they were or within 0.01 of the end of the fifteenth)
FLOORS |= {
    "leads-3": 0.79,
    "articles-6": 0.64,
    "articles-9": 0.82,
    "articles-10": 0.66,
    "articles-12": 0.56,
}
# raised at the end of the seventeenth session a little under its scores (articles-5 0.662, -7 0.856, -8 0.745,
# -9 0.853, leads-3 0.808; the others as they were or within 0.01 of the end of the sixteenth)
FLOORS |= {
    "articles-5": 0.64,
    "articles-7": 0.83,
    "articles-8": 0.72,
    "articles-9": 0.83,
}

# raised at the end of the eighteenth session a little under its scores (articles-6 0.674, -12 0.609, -13 0.665;
# the others as they were or within 0.01 of the end of the seventeenth)
FLOORS |= {
    "articles-6": 0.65,
    "articles-12": 0.59,
    "articles-13": 0.64,
}
# articles-15 to -18: written blind by helpers in the eighteenth session (first scored 0.695, 0.514, 0.552, 0.644);
# -15 to -17 then developed on, -18 held out; floors a little under the scores at the end of that session (0.769,
# 0.637, 0.628, 0.657)
FLOORS |= {
    "articles-15": 0.75,
    "articles-16": 0.62,
    "articles-17": 0.61,
    "articles-18": 0.64,
}
# articles-19 (tech) and -20 (beyond tech): written blind by helpers in the nineteenth session (first scored 0.695
# and 0.594, the same with the code from that session's start); -19 developed on, -20 held out
FLOORS |= {
    "articles-19": 0.67,
    "articles-20": 0.57,
}
# articles-21 (mixed) and -22 (trade-press style): written blind late in the nineteenth session, both held out (first
# scored 0.694 and 0.703, the same as with the code from that session's start)
FLOORS |= {
    "articles-21": 0.67,
    "articles-22": 0.68,
}


def _predict(folder: Path, out: Path) -> None:
    extractor = default_extractor(None)
    for text in sorted(folder.glob("*.txt")):
        lines = [
            json.dumps(relation_line(relation, extraction.document.text))
            for extraction in KnowledgeGraph.extract(text, extractor)
            for relation in stated(extraction, include_negated=False).relations
        ]
        (out / f"{text.stem}.jsonl").write_text("\n".join(lines) + "\n")


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval is not beside the project")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_news_sets_keep_their_f1_floor(name: str, tmp_path: Path):
    _predict(NEWS / name, tmp_path)
    scored = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), "--gold", str(NEWS / name), "--pred-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    f1 = float(re.search(r"F1 ([0-9.]+)", scored.stdout.splitlines()[-1]).group(1))  # type: ignore[union-attr]
    assert f1 >= FLOORS[name], scored.stdout
