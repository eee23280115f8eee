"""The ``image_credits`` analyser: who made the pictures of an article.

One annotation per credit for a picture, whether a line of its own
(``[Image Credit: Getty Images]``, ``Getty.``, ``Jim Urquhart / Reuters.``) or set in a
caption (``... in Iowa on Monday. (AP Photo/Evan Vucci)``). The span is the credit as
written: enclosing brackets belong to it, a closing sentence period does not.

``label``: ``line`` (the paragraph is the credit) or ``caption`` (inside a paragraph).
``data.photographer``: the person, as written, or None. ``data.provider``: the agency,
outlet or platform as written ("AFP/Getty Images"), or None. ``data.agency``: the
provider's normalised name ("GETTY" -> "Getty Images"; of a chain, the last agency).
"""

from __future__ import annotations

from newslens import Analyser, Annotation, Document, hookimpl

from .finding import find_credits

__all__ = ["ImageCreditsAnalyser", "register_analysers"]


class ImageCreditsAnalyser(Analyser):
    """Find picture credits and read photographer, provider and agency from each."""

    name = "image_credits"
    version = "0.1.0"
    requires = ()
    produces = "image_credits"

    def analyse(self, doc: Document) -> list[Annotation]:
        """One annotation per picture credit in the body and the credit lines."""
        return find_credits(doc)


@hookimpl
def register_analysers(register) -> None:
    """Register the image credits analyser."""
    register(ImageCreditsAnalyser())
