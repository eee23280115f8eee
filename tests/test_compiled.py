"""A compiled installation gives exactly what the sources give (see hatch_build.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newslens

SRC = Path(__file__).resolve().parent.parent / "src"

TEXTS = [
    ("Mayor promises 2,500 new homes\n\nBy Ana Ruiz\n\nSPRINGFIELD — Mayor Jo Park said on Monday that the city "
    "would build 2,500 homes by 2030. “We have waited long enough,” she told reporters. A spokesman for the "
    "council, who asked not to be named, said the plan would cost $1.2 billion, or about 3% of the budget.\n\n"
    "Photo: Kim Lee/Reuters"),
    ("Talks stall\n\nOfficials said talks had stalled. “Nothing is agreed,” according to one diplomat. "
    "The Associated Press reported that 40 percent of voters disagreed, citing a Gallup poll of 1,000 adults."),
    "",
    "“ “ ” unbalanced ‘ marks said said said 12 12 twelve million % $",
]

_RUN = """
import json, sys
import newslens
from newslens.demo import sample_text
texts = json.loads(sys.stdin.read()) + [sample_text()]
print(json.dumps({"compiled": newslens.compiled_modules(),
                  "docs": [newslens.analyse(t).to_dict() for t in texts]}, sort_keys=True))
"""


def _analyse_in(pythonpath: str | None) -> dict:
    env = dict(os.environ, NEWSLENS_LOAD_PLUGINS="")
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps(TEXTS), capture_output=True,
                          text=True, env=env, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(not newslens.compiled_modules(), reason="this installation of newslens is pure Python")
def test_the_compiled_analysers_give_what_the_sources_give():
    compiled, pure = _analyse_in(None), _analyse_in(str(SRC))
    assert compiled["compiled"] and pure["compiled"] == []
    assert compiled["docs"] == pure["docs"]


def test_compiled_modules_names_the_extension_modules_imported():
    for name in newslens.compiled_modules():
        module = __import__(name, fromlist=["_"])
        assert not module.__file__.endswith(".py"), name
