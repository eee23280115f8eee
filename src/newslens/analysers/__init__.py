"""The built-in analysers, one module each, each a plugin registered like any other."""
