"""Hostile inputs: texts written to break a news parser, each built on demand by name.

Shared by tests/reliability/test_hostile_inputs.py and benchmarks/hostile.py (which
loads this file by path). Every text here is written for newslens; none comes from
an evaluation corpus. ``news_like(n)`` writes ordinary article-shaped text of about
``n`` characters from a fixed seed, the baseline the benchmark compares against.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

__all__ = ["HOSTILE", "LARGE", "news_like"]

_PEOPLE = [
    "Mayor Ana Ortiz", "Sen. Paul Greene", "Gov. Maria Lopez", "Mr. Daniel Kim", "Dr. Ruth Adeyemi",
    "the minister", "a spokesman for the council", "two officials who asked not to be named",
    "U.S. Secretary of State Helen Marsh", "the company's chief executive, Tom Rivers",
]
_VERBS = ["said", "told reporters", "wrote in a statement", "added", "warned", "said on Tuesday", "argued"]
_PLACES = ["Springfield", "the capital", "Lisbon", "the northern province", "Washington", "Nairobi"]
_CLAIMS = [
    "the budget would pass by Sept. 30",
    "the plan had cost $4.5 million so far",
    "about 250,000 people had left the region",
    "prices rose 3.2 percent in the second quarter",
    "the talks in {place} would resume next week",
    "nobody expected the vote to be this close",
    "the U.S. and the E.U. had agreed on a framework",
    "a dozen schools in {place} would close for two weeks",
]
_QUOTES = [
    "We will not back down.",
    "This is the worst flood in 40 years.",
    "Nobody told us anything, and we waited for three days.",
    "It is too early to say what happened.",
    "We are asking for 1.2 billion euros, not a cent less.",
]
_HEADLINES = [
    "Council Passes Budget After All-Night Session",
    "Floods Force Thousands From Homes; Rescue Teams Stretched",
    "Talks Resume in {place} as Deadline Nears",
]
_CREDITS = ["[Image Credit: Getty Images]", "Photo by Jane Roe/Reuters", "Share this article", "More from The Daily Ledger"]


def _sentence(rng: random.Random) -> str:
    who = rng.choice(_PEOPLE)
    place = rng.choice(_PLACES)
    kind = rng.randrange(4)
    if kind == 0:
        return f"“{rng.choice(_QUOTES)}” {who} {rng.choice(_VERBS)}."
    if kind == 1:
        claim = rng.choice(_CLAIMS).format(place=place)
        return f"{who[0].upper()}{who[1:]} {rng.choice(_VERBS)} that {claim}."
    if kind == 2:
        claim = rng.choice(_CLAIMS).format(place=place)
        return f"According to {who}, {claim}."
    return f"In {place}, {rng.randrange(2, 900)} people gathered on Monday, {rng.randrange(10, 60)} percent more than last year."


def news_like(size: int, seed: int = 8) -> str:
    """Ordinary article-shaped text of at least ``size`` characters: articles one after another."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        article = [rng.choice(_HEADLINES).format(place=rng.choice(_PLACES)), ""]
        for _ in range(rng.randrange(4, 14)):
            article.append(" ".join(_sentence(rng) for _ in range(rng.randrange(1, 5))))
            article.append("")
        article.append(rng.choice(_CREDITS))
        block = "\n".join(article) + "\n\n"
        parts.append(block)
        total += len(block)
    return "".join(parts)


def _unbalanced_quotes() -> str:
    return (
        "Officials “Refuse to Comment\n\n"
        "“We will not back down, the mayor said. Then she left.\n\n"
        "The minister said” nothing was decided“ and walked out.\n\n"
        "‘He told me “it was over,’ she said.\n\n"
        "«Nous partons,» dit-il. „Wir bleiben“ sagte sie. ‚Ja‘ ‘no’ 'yes\" \"maybe'\n\n"
        "He said \"we are leaving and never closed the quote.\n\n"
        "”Backwards,“ she said. ” ” ” “ “ “ \" ' \" ' ″ ‶ 〝 〞 「 」 『\n\n"
        "'Tis the season,' said the owner of the '90s shop, who was 'unavailable\n"
    )


def _mismatched_quotes() -> str:
    return (
        "A “Mismatched' Headline\"\n\n"
        "“It was late,' the mayor said, “and we were tired.\" Then: 'No comment”.\n\n"
        "«Quoted» “Quoted” „Quoted“ ‚Quoted‘ 'Quoted\" \"Quoted' ‘Quoted\" “Quoted'\n\n"
        "The senator said “the vote (was [“rigged”) and] nobody” cared.”"
    )


def _all_capitals() -> str:
    return news_like(6000, seed=3).upper()


def _no_punctuation() -> str:
    text = news_like(6000, seed=4)
    return "".join(c for c in text if c.isalnum() or c.isspace())


def _right_to_left() -> str:
    return (
        "الحكومة توافق على الميزانية بعد جلسة طويلة\n\n"
        "قال وزير المالية أحمد حسن يوم الثلاثاء: «لن نتراجع عن هذا القرار». "
        "وأضاف أن ٢٥٠٬٠٠٠ شخص غادروا المنطقة منذ سبتمبر.\n\n"
        "\u202bوفقاً لمصادر لم تكشف عن هويتها\u202c، فإن المحادثات ستستأنف الأسبوع المقبل.\n\n"
        "הממשלה אישרה את התקציב. \"לא נוותר\", אמר השר דוד כהן ביום שלישי.\n\n"
        "Mixed: the minister \u200fقال\u200e “we agree” and כהן said 3.5% \u2067مرحبا\u2069 \u202eevil override\u202c.\n\n"
        "[مصدر الصورة: رويترز]"
    )


def _emoji_with_joiners() -> str:
    family = "👩\u200d👩\u200d👧\u200d👦"
    return (
        f"Families {family} Return Home 🏠 After Flood 🌊\n\n"
        f"“We are safe {family}❤️\u200d🔥,” said the mayor 👩🏽\u200d⚖️ on Monday. "
        "Flags 🇺🇸🇺🇦🏴\u200d☠️🏳️\u200d🌈 flew. Keycaps 1️⃣2️⃣#️⃣ and skin tones 👍🏿👍🏻.\n\n"
        + "🧑\u200d🤝\u200d🧑" * 500
        + "\n\nPhoto by 📷 Jane Roe/Getty Images"
    )


def _combining_marks() -> str:
    zalgo = "".join(c + "\u0301\u0302\u0303\u0308\u0323\u0330\u0345" * 8 for c in "Headline")
    return (
        f"{zalgo}\n\n"
        "The mayor said “cafe\u0301” and “nai\u0308ve” in a decomposed form.\n\n"
        + "\u0301" * 2000
        + "\n\nA\u0308\u0301\u0323 paragraph with stacked marks, \u05d0\u05b8\u05bc and \u0915\u094d\u0937\u093f Hindi.\n\n"
        "\u0301\u0302 opening marks with no base. Said the official."
    )


def _control_characters() -> str:
    controls = "".join(chr(c) for c in range(0x00, 0x20)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
    return (
        "Budget\x00Passes\x07\n\n"
        f"The mayor\x00 said “we\x1b[31m will\x08 win.”\x0c Then\x0b she left.\n\n"
        f"{controls}\n\n"
        + "\x00" * 1000
        + "\n\nA line\x1c with\x1d separators\x1e and\x1f units.\x85Next line.\u2028Line.\u2029Para.\n\n"
        "\ufeffA BOM in the middle, \ufffe and \uffff non-characters, \U0010ffff the last code point."
    )


def _lone_surrogates_from_json() -> str:
    # json.loads accepts "\ud800" escapes and gives a str with a lone surrogate in it:
    # exactly what a scraped JSON record can hand us.
    record = json.loads(
        '{"text": "Budget \\ud800Passes\\n\\nThe mayor said \\u201cwe \\udfff will win.\\u201d '
        'Then \\udbff\\udbff she left.\\n\\nPhoto: AP \\ud83d"}'
    )
    return record["text"]


def _ten_thousand_digits() -> str:
    digits = "".join(str((i * 7 + 3) % 10) for i in range(10_000))
    grouped = ",".join(digits[i : i + 3] for i in range(1, 10_000, 3))
    return (
        "Deficit Reaches a Number Nobody Can Read\n\n"
        f"The deficit reached ${digits} on Monday, the minister said.\n\n"
        f"Officials counted {grouped} votes, or {digits[:5000]}.{digits[5000:]} percent.\n\n"
        f"{digits}"
    )


def _nested_brackets() -> str:
    depth = 5000
    return (
        "Brackets (Within [Brackets {Within]) Brackets\n\n"
        + "(" * depth + "the mayor said" + ")" * depth + ".\n\n"
        + "".join("([{“‘"[i % 5] for i in range(depth)) + "x" + "".join("’”}])"[i % 5] for i in range(depth)) + "\n\n"
        + "((((( [[[[[ {{{{{ “unclosed, the mayor said.\n\n"
        + ")))))]]]]]}}}}} closed first, the mayor said."
    )


def _digits_of_every_script() -> str:
    # Every character the regex module calls a digit, including those of scripts newer
    # than this Python's Unicode tables (int() and float() refuse those): found by fuzzing.
    import regex

    digit = regex.compile(r"\d")
    digits = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and digit.match(chr(c))]
    return "Digits Of Every Script\n\n" + " ".join(f"The count was {d}{d}{d} people, {d}.{d}%." for d in digits)


#: name -> builder. Names read as the case they test; the test ids are these names.
HOSTILE: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "only-white-space": lambda: " \t\n\r\n\u00a0\u2028\u3000\u2009 \r\r\n\n\t",
    "only-a-headline": lambda: "Senate Passes Budget After All-Night Session",
    "5-MB-of-text": lambda: news_like(5_000_000),
    "1-MB-line-without-space": lambda: "Headline\n\n" + "Abcdefghij" * 100_000,
    "200-KB-line-of-punctuation-without-space": lambda: "U.S.“a”,(b)-'c'." * 12_500,
    "200-KB-paragraph-without-full-stop": lambda: "Headline\n\n" + "the mayor said that " * 10_000,
    "100000-straight-quotation-marks": lambda: '"' * 100_000,
    "100000-curly-quotation-marks": lambda: "Headline\n\n" + "“" * 100_000,
    "100000-quotation-marks-around-words": lambda: "Headline\n\n" + "“Yes,” he said. " * 25_000 + "\n" + '"' * 50_000,
    "unbalanced-quotes": _unbalanced_quotes,
    "mismatched-quotes": _mismatched_quotes,
    "all-capitals": _all_capitals,
    "no-punctuation": _no_punctuation,
    "right-to-left-scripts": _right_to_left,
    "emoji-with-joiners": _emoji_with_joiners,
    "combining-marks": _combining_marks,
    "nul-and-control-characters": _control_characters,
    "lone-surrogates-from-json": _lone_surrogates_from_json,
    "10000-digit-number": _ten_thousand_digits,
    "deeply-nested-brackets": _nested_brackets,
    "100000-short-lines": lambda: "Headline\n" + "a\n" * 50_000 + "\n\n" * 25_000,
    "200-KB-of-full-stops": lambda: "Headline\n\n" + "." * 200_000,
    "200-KB-of-capitals-without-space": lambda: "Headline\n\n" + "A" * 200_000,
    "200-KB-of-digits-without-space": lambda: "Headline\n\nThe count was " + "7" * 200_000 + ".",
    "digits-of-every-script": _digits_of_every_script,
    "200-KB-of-white-space-inside-a-sentence": lambda: "Headline\n\nThe mayor said" + " " * 100_000 + "\t" * 100_000 + "that it was late.",
    # Number words are read by mutually recursive steps: a chain once recursed per word.
    "10000-number-words-in-a-row": lambda: "Headline\n\nThey counted " + "one " * 10_000 + "apples.",
}

#: Inputs too large to run more than once per test session.
LARGE = frozenset(
    {
        "5-MB-of-text",
        "1-MB-line-without-space",
        "200-KB-line-of-punctuation-without-space",
        "200-KB-paragraph-without-full-stop",
        "100000-straight-quotation-marks",
        "100000-curly-quotation-marks",
        "100000-quotation-marks-around-words",
        "100000-short-lines",
        "200-KB-of-full-stops",
        "200-KB-of-capitals-without-space",
        "200-KB-of-digits-without-space",
        "200-KB-of-white-space-inside-a-sentence",
    }
)
