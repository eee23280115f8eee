"""An article written to break out of the report page, with layers whose labels and data try too."""

from newslens import Annotation, Layer, Provenance, Span, parse

HOSTILE_TEXT = (
    "Breaking <script>alert('headline')</script> news\n\n"
    "The mayor said \"<img src=x onerror=alert('img')>\" was fine.\n\n"
    "Critics wrote \"><svg onload=alert('svg')> and javascript:alert('js') in a post </script><!-- end\n\n"
    "Photo by <b onmouseover=alert('credit')>Sam</b>/Getty Images"
)


def _at(text, words):
    i = text.index(words)
    return Span(i, i + len(words))


def hostile_document():
    """The hostile article with a quote, a source and a plugin layer whose strings are hostile too."""
    text = HOSTILE_TEXT
    doc = parse(text)
    content = _at(text, "<img src=x onerror=alert('img')>")
    speaker = _at(text, "The mayor")
    cue = _at(text, "said")
    svg = _at(text, "\"><svg onload=alert('svg')>")
    quotes = [Annotation(content.start, content.end, label="direct", id="quotes-1",
                         data={"speaker": speaker, "cue": cue, "source": "sources-1"})]
    sources = [Annotation(speaker.start, speaker.end, label="person", id="sources-1",
                          data={"name": "</script><script>alert('name')</script>", "role": "\"><img src=x onerror=alert('role')>",
                                "quotes": ["quotes-1"]})]
    custom = [Annotation(svg.start, svg.end, label="\"><script>alert('label')</script>", id="x-1",
                         data={"note": "</script><script>alert('data')</script>", "link": "javascript:alert('link')"})]
    for name, anns in (("quotes", quotes), ("sources", sources), ("tricks", custom)):
        doc = doc.with_layer(Layer(name, anns, Provenance(f"{name}-stub", "0.1")))
    return doc
