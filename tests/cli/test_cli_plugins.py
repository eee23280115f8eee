"""``newslens plugins``: what is installed, what it registers, what failed to load."""

from __future__ import annotations

import json

import newslens
from newslens.cli import main


class _Hedges(newslens.Analyser):
    """A toy analyser registered by a throwaway plugin."""

    name = "toy_hedges"
    version = "0.3"
    requires = ("toy_base",)
    produces = "toy_hedges"

    def analyse(self, doc):
        return []


class _ToyPlugin:
    @newslens.hookimpl
    def register_analysers(self, register):
        register(_Hedges())


def test_plugins_lists_each_analyser_with_what_it_requires_and_produces(register_plugin, capsys):
    register_plugin(_ToyPlugin(), name="toy", distribution="newslens-toy", version="1.2.3")
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out.splitlines()
    i = out.index("toy (plugin, newslens-toy 1.2.3)")
    assert out[i + 1] == "  analyser toy_hedges 0.3: requires toy_base; produces toy_hedges"


def test_plugins_json_reports_a_plugin_that_failed_to_import(installed_distribution, capsys):
    installed_distribution("newslens-broken", "0.1", {"newslens_broken": "raise ImportError('no lexicon')"},
                           entry_points={"broken": "newslens_broken"})
    assert main(["plugins", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    (failure,) = [f for f in info["failures"] if f["plugin"] == "broken"]
    assert (failure["distribution"], failure["stage"]) == ("newslens-broken", "import")
    assert failure["message"].startswith("ImportError: no lexicon")


def test_plugins_option_restricts_third_party_plugins_to_the_allow_list(installed_distribution, capsys):
    installed_distribution("newslens-broken", "0.1", {"newslens_broken": "raise ImportError('no lexicon')"},
                           entry_points={"broken": "newslens_broken"})
    assert main(["--plugins", "", "plugins", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["allow"], info["failures"]) == ([], [])
