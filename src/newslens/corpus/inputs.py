"""Read a corpus: text files, directories, JSON Lines and JSON arrays of records.

Inputs are read lazily, one article at a time, so memory stays flat whatever the
corpus size. Each article becomes an :class:`Item` carrying its id and where it
came from. An input that cannot be read (undecodable bytes, a bad JSON line, a
record that is not an object) becomes an Item with an ``error``: it is reported in
the output in its place, never stops the run, and still counts as one record.
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import attrs

__all__ = ["Fields", "InputError", "Item", "check_paths", "read_inputs", "STDIN"]

#: How the standard input is named on the command line.
STDIN = "-"

_RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}
_CHUNK = 1 << 16  # bytes read at a time from a JSON array


class InputError(ValueError):
    """A path named on the command line does not exist or cannot be listed."""


@attrs.frozen
class Fields:
    """Which record fields hold the id, the title and the text (each tried in order)."""

    id: tuple[str, ...] = ("id",)
    title: tuple[str, ...] = ("title", "headline")
    text: tuple[str, ...] = ("text", "content", "body")


@attrs.frozen
class Item:
    """One article of the corpus as read, before analysis.

    ``kind`` is ``"text"`` (``payload`` is the article's text), ``"record"``
    (``payload`` is the JSON object), ``"document"`` (a reader plugin already made
    the Document) or ``"error"`` (``payload`` is
    ``(kind, message)`` saying why the input could not be read).
    """

    id: Any
    source: dict[str, Any]
    kind: str
    payload: Any

    @property
    def error(self) -> tuple[str, str] | None:
        """``(kind, message)`` when the input could not be read, else None."""
        return self.payload if self.kind == "error" else None


def _decode(data: bytes, where: str, errors: str) -> str:
    try:
        return data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        byte = data[exc.start : exc.start + 1].hex()
        raise ValueError(
            f"{where}: not UTF-8 text: byte 0x{byte} at offset {exc.start} cannot be decoded (try --errors replace)"
        ) from None


def _format_of(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    if path == STDIN:
        return "text"
    return _RECORD_SUFFIXES.get(Path(path).suffix.lower(), "text")


def check_paths(paths: Sequence[str]) -> None:
    """Raise :class:`InputError` naming the first path that does not exist."""
    for p in paths:
        if p != STDIN and not os.path.exists(p):
            raise InputError(f"no such file or directory: {p}")


def _walk(root: str, pattern: str) -> Iterator[str]:
    """Files under ``root`` matching ``pattern``, in a stable (sorted) order, lazily."""
    match_path = "/" in pattern
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if fnmatch.fnmatch(rel if match_path else name, pattern.removeprefix("**/")):
                yield path


def read_inputs(
    paths: Iterable[str],
    *,
    glob: str = "*.txt",
    input_format: str = "auto",
    fields: Fields = Fields(),
    errors: str = "strict",
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Every article in ``paths``, in order, as :class:`Item` s.

    A directory is walked recursively (sorted) for files matching ``glob``. A file
    ending in ``.jsonl``/``.ndjson`` holds one JSON record per line, ``.json`` a JSON
    array of records, one whose suffix a reader plugin claims (``.html``, say) is
    read by that reader, anything else is one article of plain text; ``input_format``
    (``text``, ``jsonl``, ``json``) overrides the guess. ``-`` is the standard input.
    ``errors="replace"`` decodes bad UTF-8 bytes as U+FFFD instead of failing.
    """
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            for file in _walk(path, glob):
                yield from _read_file(file, _format_of(file, input_format), fields, errors, None)
        else:
            yield from _read_file(path, _format_of(path, input_format), fields, errors, stdin)


def _open(path: str, stdin: BinaryIO | None) -> BinaryIO:
    if path == STDIN:
        return stdin if stdin is not None else sys.stdin.buffer
    return open(path, "rb")


def _read_file(path: str, fmt: str, fields: Fields, errors: str, stdin: BinaryIO | None) -> Iterator[Item]:
    name = "<stdin>" if path == STDIN else path
    try:
        fh = _open(path, stdin)
    except OSError as exc:
        yield Item(name, {"path": name}, "error", ("unreadable", f"{name}: cannot open: {exc.strerror or exc}"))
        return
    try:
        if fmt == "jsonl":
            yield from _json_lines(fh, name, fields, errors)
        elif fmt == "json":
            yield from _json_array(fh, name, fields, errors)
        else:
            yield _text_item(fh, name, errors, reader=None if path == STDIN else _reader(path))
    finally:
        if path != STDIN:
            fh.close()


def _reader(path: str) -> Any:
    """The reader plugin that claims ``path``'s suffix (HTML, say), or None for plain text."""
    from ..readers import reader_for

    return reader_for(path)


def _text_item(fh: BinaryIO, name: str, errors: str, reader: Any) -> Item:
    try:
        data = fh.read()
    except OSError as exc:
        return Item(name, {"path": name}, "error", ("unreadable", f"{name}: cannot read: {exc.strerror or exc}"))
    if reader is not None:
        from ..readers import ReaderError, read_with_reader

        try:
            return Item(name, {"path": name, "reader": reader.obj.name}, "document", read_with_reader(reader, data, name))
        except ReaderError as exc:
            return Item(name, {"path": name}, "error", ("unreadable", str(exc)))
    try:
        return Item(name, {"path": name}, "text", _decode(data, name, errors))
    except ValueError as exc:
        return Item(name, {"path": name}, "error", ("undecodable", str(exc)))


def _record_item(value: Any, name: str, where: dict[str, Any], fields: Fields, label: str) -> Item:
    default_id = f"{name}:{where['line']}" if "line" in where else f"{name}[{where['index']}]"
    if not isinstance(value, dict):
        return Item(default_id, where, "error", ("bad_record", f"{label}: a record must be a JSON object, got {type(value).__name__}"))
    rid = next((value[f] for f in fields.id if value.get(f) is not None), None)
    return Item(default_id if rid is None else rid, where, "record", value)


def _json_lines(fh: BinaryIO, name: str, fields: Fields, errors: str) -> Iterator[Item]:
    offset = 0
    for n, raw in enumerate(fh, start=1):
        where = {"path": name, "line": n}
        label = f"{name} line {n}"
        line_offset, offset = offset, offset + len(raw)
        if not raw.strip():
            continue  # a blank line holds no record
        try:
            line = raw.decode("utf-8", errors=errors)
        except UnicodeDecodeError as exc:
            byte = raw[exc.start : exc.start + 1].hex()
            yield Item(
                f"{name}:{n}",
                where,
                "error",
                ("undecodable", f"{label}: not UTF-8: byte 0x{byte} at offset {line_offset + exc.start} cannot be decoded"),
            )
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(f"{name}:{n}", where, "error", ("bad_json", f"{label}: bad JSON: {exc.msg} (column {exc.colno})"))
            continue
        yield _record_item(value, name, where, fields, label)


def _json_array(fh: BinaryIO, name: str, fields: Fields, errors: str) -> Iterator[Item]:
    """The records of a JSON array, decoded element by element (the array is never held whole)."""
    import codecs

    decoder = json.JSONDecoder()
    reader = codecs.getincrementaldecoder("utf-8")(errors=errors)
    buf, pos, eof, index = "", 0, False, 0

    def more() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        data = fh.read(_CHUNK)
        eof = not data
        buf = buf[pos:] + reader.decode(data, final=eof)
        pos = 0
        return True

    def skip_space() -> str:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buf) or not more():
                return buf[pos] if pos < len(buf) else ""

    def broken(why: str) -> Item:
        return Item(f"{name}[{index}]", {"path": name, "index": index}, "error", ("bad_json", f"{name} item {index}: {why}"))

    try:
        if skip_space() != "[":
            yield Item(name, {"path": name}, "error", ("bad_json", f"{name}: bad JSON: expected an array of records"))
            return
        pos += 1
        if skip_space() == "]":
            return
        while True:
            skip_space()
            while True:
                try:
                    value, end = decoder.raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as exc:
                    if not more():
                        yield broken(f"bad JSON: {exc.msg}")
                        return
            pos = end
            yield _record_item(value, name, {"path": name, "index": index}, fields, f"{name} item {index}")
            index += 1
            sep = skip_space()
            if sep == "]":
                return
            if sep != ",":
                yield broken("bad JSON: expected ',' or ']' between records")
                return
            pos += 1
    except UnicodeDecodeError as exc:
        yield broken(f"not UTF-8: {exc.reason} (try --errors replace)")
