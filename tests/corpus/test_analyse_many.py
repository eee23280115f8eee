"""newslens.analyse_many: many articles in, one Document each out, in order."""

from __future__ import annotations

import multiprocessing

import pytest

import newslens

from .conftest import CapitalsAnalyser


def _caps(doc):
    return [doc.text_of(a) for a in doc["capitals"]]


def test_two_workers_yield_documents_in_the_order_given():
    articles = [f"Story {i}\n\nThe ID{i} is here." for i in range(40)]
    pipeline = newslens.Pipeline([CapitalsAnalyser()])
    docs = list(newslens.analyse_many(articles, workers=2, chunk_size=3, pipeline=pipeline))
    assert [_caps(d) for d in docs] == [[f"ID{i}"] for i in range(40)]


def test_texts_records_and_documents_can_be_mixed():
    pipeline = newslens.Pipeline([CapitalsAnalyser()])
    given = ["Plain Text\n\nBody.", {"id": "r", "title": "From A Record", "text": "NASA spoke."}, newslens.parse("Doc\n\nBody.")]
    docs = list(newslens.analyse_many(given, pipeline=pipeline))
    assert [(d.headline_text, d.meta.get("id")) for d in docs] == [("Plain Text", None), ("From A Record", "r"), ("Doc", None)]
    assert _caps(docs[1]) == ["NASA"]


def test_a_record_without_text_yields_an_empty_document_saying_why():
    (doc,) = newslens.analyse_many([{"id": "x", "title": "Only a title"}], pipeline=newslens.Pipeline([]))
    assert (doc.text, doc.meta["id"]) == ("", "x")
    assert [f.to_dict() for f in doc.failures] == [
        {"analyser": "input", "layer": "", "kind": "input", "plugin": None,
         "message": "item 0: record has no text: none of the fields ['text', 'content', 'body'] is present"}
    ]


def test_unknown_keyword_is_refused():
    with pytest.raises(TypeError, match="unexpected keyword arguments: colour"):
        list(newslens.analyse_many(["x"], colour="red"))


def test_closing_analyse_many_early_ends_its_worker_processes_at_once():
    articles = (f"Story {i}\n\nThe ID{i} is here." for i in range(10_000))
    docs = newslens.analyse_many(articles, workers=2, chunk_size=5, pipeline=newslens.Pipeline([CapitalsAnalyser()]))
    next(docs)
    docs.close()
    assert multiprocessing.active_children() == []
