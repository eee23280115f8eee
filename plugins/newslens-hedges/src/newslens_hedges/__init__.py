"""newslens-hedges: a newslens plugin that marks hedged and unverified attribution.

This module is the plugin: the ``newslens`` entry point in pyproject.toml names it,
newslens imports it and calls every function here marked ``@newslens.hookimpl``
whose name matches a hook in :mod:`newslens.hookspecs`. Here that is one hook,
``register_analysers``, which hands newslens one analyser.

    >>> import newslens
    >>> doc = newslens.analyse("Talks stall\\n\\nThe minister reportedly resigned.")
    >>> [doc.text_of(a) for a in doc["hedges"]]
    ['reportedly']

Copy this package to write your own plugin: see docs/writing-plugins.md in newslens.
"""

from __future__ import annotations

from newslens import hookimpl

from .analyser import HedgesAnalyser

__all__ = ["HedgesAnalyser", "__version__", "register_analysers"]

__version__ = "0.1.0"


@hookimpl
def register_analysers(register):
    """Give newslens the hedges analyser (one instance; it must be picklable)."""
    register(HedgesAnalyser())
