"""Plugins: entry points under "newslens", built-ins through the same hook, failures reported."""

from __future__ import annotations

import pytest

import newslens
from newslens import Analyser, Annotation, Pipeline, hookimpl, plugins

PLUGIN_SOURCE = '''
import newslens

class ShoutAnalyser(newslens.Analyser):
    """Marks the word SHOUT."""
    name = "{name}"
    version = "2.0"
    produces = "{name}"

    def analyse(self, doc):
        at = doc.text.find("SHOUT")
        return [] if at < 0 else [newslens.Annotation(at, at + 5, label="shout")]

@newslens.hookimpl
def register_analysers(register):
    register(ShoutAnalyser())
'''


def shout_plugin(name: str) -> str:
    return PLUGIN_SOURCE.replace("{name}", name)


def analyser_names() -> list[str]:
    return sorted(r.obj.name for r in plugins.registered_analysers())


class Echo(Analyser):
    """A throwaway analyser: one annotation over the headline."""

    name = "echo"
    version = "0.0.1"
    produces = "echo"

    def analyse(self, doc):
        return [] if doc.headline is None else [Annotation(doc.headline.start, doc.headline.end, label="headline")]


class EchoPlugin:
    """A plugin object (not a module) that registers :class:`Echo`."""

    @hookimpl
    def register_analysers(self, register):
        register(Echo())


def test_the_entry_point_group_is_newslens():
    assert plugins.ENTRY_POINT_GROUP == "newslens"


def test_an_installed_distribution_is_found_through_its_entry_point(installed_distribution):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    plugins.load_plugins()
    (found,) = [r for r in plugins.registered_analysers() if r.obj.name == "shout"]
    assert (found.plugin, found.distribution, found.distribution_version) == ("shout", "newslens-shout", "1.4")


def test_a_plugin_layer_carries_the_distribution_in_its_provenance(installed_distribution):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    plugins.load_plugins()
    doc = Pipeline.default(enable=["shout"]).run("Headline\n\nThey SHOUT.")
    assert doc["shout"].to_dict() == {
        "analyser": "shout",
        "version": "2.0",
        "plugin": "newslens-shout",
        "plugin_version": "1.4",
        "annotations": [{"id": "shout-1", "start": 15, "end": 20, "label": "shout", "data": {}}],
    }


def test_installed_plugins_lists_a_plugin_with_its_analysers(installed_distribution):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    plugins.load_plugins()
    (entry,) = [p for p in plugins.installed_plugins() if p["name"] == "shout"]
    assert entry == {
        "name": "shout",
        "distribution": "newslens-shout",
        "version": "1.4",
        "builtin": False,
        "analysers": [{"name": "shout", "version": "2.0", "requires": [], "produces": "shout"}],
        "readers": [],
    }


def test_built_in_plugins_register_through_the_same_hook(fresh_plugins):
    pm = plugins.load_plugins()
    for module in plugins.BUILTIN_PLUGINS:
        assert pm.get_plugin(module) is not None, module
    builtin = [r for r in plugins.registered_analysers() if r.plugin in plugins.BUILTIN_PLUGINS]
    assert {r.distribution for r in builtin} <= {"newslens"}
    assert len(builtin) >= len(plugins.BUILTIN_PLUGINS)


def test_a_built_in_module_is_loaded_as_a_plugin_of_the_newslens_distribution(installed_distribution):
    # a module named in builtins goes through register_analysers like any plugin
    installed_distribution("unused", "0", {"builtin_shout": shout_plugin("shout")}, {})
    plugins.load_plugins(builtins=("builtin_shout",))
    (found,) = [r for r in plugins.registered_analysers() if r.obj.name == "shout"]
    assert (found.plugin, found.distribution, found.distribution_version) == ("builtin_shout", "newslens", newslens.__version__)


def test_a_plugin_that_fails_to_import_is_reported_and_the_others_load(installed_distribution):
    installed_distribution("newslens-broken", "0.1", {"newslens_broken": "import no_such_module_anywhere\n"}, {"broken": "newslens_broken"})
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    plugins.load_plugins()
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "broken"]
    assert (failure.distribution, failure.stage) == ("newslens-broken", "import")
    assert failure.message.startswith("ModuleNotFoundError: No module named 'no_such_module_anywhere'")
    assert str(failure).startswith("plugin broken (distribution newslens-broken): import failed: ModuleNotFoundError")
    assert "shout" in analyser_names()


def test_a_built_in_that_fails_to_import_is_reported_not_fatal(fresh_plugins):
    plugins.load_plugins(builtins=("newslens.analysers.no_such_builtin",))
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "newslens.analysers.no_such_builtin"]
    assert (failure.distribution, failure.stage) == ("newslens", "import")


def test_the_plugin_env_var_loads_only_the_named_plugins(installed_distribution, monkeypatch):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    installed_distribution("newslens-yell", "1.0", {"newslens_yell": shout_plugin("yell")}, {"yell": "newslens_yell"})
    monkeypatch.setenv("NEWSLENS_LOAD_PLUGINS", "shout, other")
    plugins.load_plugins()
    names = analyser_names()
    assert "shout" in names and "yell" not in names


def test_the_plugin_env_var_accepts_distribution_names(installed_distribution, monkeypatch):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    installed_distribution("newslens-yell", "1.0", {"newslens_yell": shout_plugin("yell")}, {"yell": "newslens_yell"})
    monkeypatch.setenv("NEWSLENS_LOAD_PLUGINS", "newslens-yell")
    plugins.load_plugins()
    names = analyser_names()
    assert "yell" in names and "shout" not in names


def test_an_empty_plugin_env_var_loads_no_third_party_plugin(installed_distribution, monkeypatch):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    monkeypatch.setenv("NEWSLENS_LOAD_PLUGINS", "")
    pm = plugins.load_plugins()
    assert "shout" not in analyser_names()
    assert {name for name, _ in pm.list_name_plugin()} == set(plugins.BUILTIN_PLUGINS)


def test_an_unset_plugin_env_var_loads_every_plugin(installed_distribution):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    installed_distribution("newslens-yell", "1.0", {"newslens_yell": shout_plugin("yell")}, {"yell": "newslens_yell"})
    plugins.load_plugins()
    assert {"shout", "yell"} <= set(analyser_names())


def test_load_plugins_allow_argument_overrides_the_env_var(installed_distribution, monkeypatch):
    installed_distribution("newslens-shout", "1.4", {"newslens_shout": shout_plugin("shout")}, {"shout": "newslens_shout"})
    monkeypatch.setenv("NEWSLENS_LOAD_PLUGINS", "")
    plugins.load_plugins(allow=["shout"])
    assert "shout" in analyser_names()


def test_a_throwaway_analyser_class_registers_through_a_hookimpl_and_runs(register_plugin):
    register_plugin(EchoPlugin(), name="echo-plugin", distribution="newslens-echo")
    assert "echo" in analyser_names()
    doc = Pipeline.default(enable=["echo"]).run("Budget Passes\n\nThe council voted.")
    assert [(a.id, doc.text_of(a), a.label) for a in doc["echo"]] == [("echo-1", "Budget Passes", "headline")]
    assert doc["echo"].provenance.plugin == "newslens-echo"


def test_the_throwaway_analyser_is_gone_after_its_test():
    # runs after the test above (file order): the fixture unregistered the plugin
    assert "echo" not in analyser_names()
    assert plugins.plugin_manager().get_plugin("echo-plugin") is None


def test_a_hook_that_raises_is_reported_and_other_plugins_still_register(register_plugin):
    class Raising:
        @hookimpl
        def register_analysers(self, register):
            raise RuntimeError("cannot register today")

    register_plugin(Raising(), name="raising", distribution="newslens-raising")
    register_plugin(EchoPlugin(), name="echo-plugin", distribution="newslens-echo")
    assert "echo" in analyser_names()
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "raising"]
    assert (failure.distribution, failure.stage) == ("newslens-raising", "hook")
    assert failure.message.startswith("register_analysers: RuntimeError: cannot register today")


def test_a_bad_declaration_is_reported_and_left_out(register_plugin):
    class Nameless(Echo):
        name = "Not A Name"

    class Declaring:
        @hookimpl
        def register_analysers(self, register):
            register(Nameless())
            register(Echo())

    register_plugin(Declaring(), name="declaring", distribution="newslens-declaring")
    assert "echo" in analyser_names() and "Not A Name" not in analyser_names()
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "declaring"]
    assert failure.stage == "declaration"
    assert failure.message == (
        "analyser 'Not A Name' (plugin declaring, distribution newslens-declaring): "
        "name must be a lower-case identifier such as 'quotes', got 'Not A Name'"
    )


def test_a_failure_is_reported_once_however_often_analysers_are_listed(register_plugin):
    class Raising:
        @hookimpl
        def register_analysers(self, register):
            raise RuntimeError("again")

    register_plugin(Raising(), name="raising", distribution="newslens-raising")
    plugins.registered_analysers()
    plugins.registered_analysers()
    assert len([f for f in plugins.load_failures() if f.plugin == "raising"]) == 1


def test_readers_register_through_their_own_hook(register_plugin):
    class Reader:
        name = "plain"
        suffixes = (".txt",)

        def read(self, data, *, path):
            return newslens.parse(data.decode())

    class ReaderPlugin:
        @hookimpl
        def register_readers(self, register):
            register(Reader())

    register_plugin(ReaderPlugin(), name="reader-plugin", distribution="newslens-reader")
    (found,) = [r for r in plugins.registered_readers() if r.plugin == "reader-plugin"]
    assert (found.obj.name, found.distribution) == ("plain", "newslens-reader")


@pytest.mark.parametrize("bad", [{"name": "x", "read": None}, {"name": "x", "suffixes": ("txt",)}])
def test_a_reader_without_read_or_with_bad_suffixes_is_reported(register_plugin, bad):
    reader = type("BadReader", (), {"read": lambda self, data, path: None, **bad})()

    class ReaderPlugin:
        @hookimpl
        def register_readers(self, register):
            register(reader)

    register_plugin(ReaderPlugin(), name="bad-reader", distribution="newslens-bad-reader")
    assert [r for r in plugins.registered_readers() if r.plugin == "bad-reader"] == []
    assert [f.stage for f in plugins.load_failures() if f.plugin == "bad-reader"] == ["declaration"]
