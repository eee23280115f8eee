"""Summarise a corpus run: who is quoted, which outlets are cited, how much rests on anonymous sources.

The input is the JSON Lines output of ``newslens analyse`` over a corpus: one
record per article, ``{"id", "source", "error", **Document.to_dict()}``. Records
are read one at a time and only tallies are kept, so a corpus of any size fits.

>>> summary = summarise(read_records("out.jsonl"), by="publisher")
>>> print(format_table(summary))
"""

from __future__ import annotations

import csv
import html
import io
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .model import Document
from .report.layers import short
from .report.sourcing import KINDS, sourcing_profile

__all__ = ["CorpusTally", "format_csv", "format_html", "format_json", "format_table", "read_records", "summarise"]

#: Which list of the summary each kind of source goes to.
_SOURCE_LISTS = {"person": "people", "organization": "organisations", "organisation": "organisations", "outlet": "outlets"}
_NO_GROUP = "(none)"


def read_records(path: str) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file, one at a time.

    A line that is not a JSON object is yielded as ``{"error": {"kind": "bad_line", ...}}``
    so it is counted as a failed record, not silently dropped.
    """
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield {"id": f"{path}:{n}", "error": {"kind": "bad_line", "message": f"{path} line {n}: {exc}"}}
                continue
            if not isinstance(record, dict):
                yield {"id": f"{path}:{n}", "error": {"kind": "bad_line", "message": f"{path} line {n}: not a JSON object"}}
                continue
            yield record


def _group_of(record: Mapping[str, Any], doc: Document | None, field: str) -> str:
    for where in (doc.meta if doc is not None else {}, record.get("meta") or {}, record, record.get("source") or {}):
        if isinstance(where, Mapping) and where.get(field) is not None:
            return str(where[field])
    return _NO_GROUP


class CorpusTally:
    """Running tallies over a corpus, one record at a time (see :func:`summarise`)."""

    def __init__(self, by: str | None = None):
        self.by = by
        self.records = 0
        self.failed: Counter[str] = Counter()
        self.sourcing: Counter[str] = Counter()
        self.groups: dict[str, Counter[str]] = defaultdict(Counter)
        self.named: dict[str, dict[str, Counter[str]]] = {k: {"attributions": Counter(), "articles": Counter()} for k in ("people", "organisations", "outlets")}
        self.spelling: dict[str, Counter[str]] = defaultdict(Counter)
        self.figure_counts: Counter[int] = Counter()
        self.figure_labels: Counter[str] = Counter()
        self.with_sources = 0

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one output record (an analysed article, or one that failed)."""
        self.records += 1
        error = record.get("error")
        if error:
            self.failed[error.get("kind", "error") if isinstance(error, Mapping) else "error"] += 1
            return
        try:
            doc = Document.from_dict(record)
        except (KeyError, TypeError, ValueError):
            self.failed["not_a_document"] += 1
            return
        profile = sourcing_profile(doc)
        group = _group_of(record, doc, self.by) if self.by else None
        counts = {k: profile[k] for k in KINDS}
        self.sourcing.update(counts)
        self.sourcing["articles"] += 1
        if group is not None:
            self.groups[group].update(counts)
            self.groups[group]["articles"] += 1
        self._sources(doc)
        figures = doc.get("figures")
        if figures is not None:
            self.figure_counts[len(figures)] += 1
            self.figure_labels.update(a.label for a in figures)

    def _sources(self, doc: Document) -> None:
        sources = doc.get("sources")
        if sources is None:
            return
        self.with_sources += 1
        per_source = Counter()
        quotes = doc.get("quotes")
        if quotes is not None:
            per_source.update(q.data.get("source") for q in quotes if isinstance(q.data.get("source"), str))
        seen: set[tuple[str, str]] = set()
        for s in sources:
            which = _SOURCE_LISTS.get(s.label)
            if which is None:
                continue
            name = s.data.get("name") if isinstance(s.data.get("name"), str) and s.data.get("name") else doc.text[s.start : s.end]
            name = " ".join(name.split())
            if not name:
                continue
            key = name.casefold()
            self.spelling[key][name] += 1
            n = s.data.get("attributions")
            if not isinstance(n, int) or isinstance(n, bool):
                n = len(s.data.get("quotes") or ()) or per_source.get(s.id, 0)
            self.named[which]["attributions"][key] += n
            if (which, key) not in seen:
                seen.add((which, key))
                self.named[which]["articles"][key] += 1

    def result(self, top: int = 20) -> dict[str, Any]:
        """The summary as plain JSON-ready data (see :func:`summarise`)."""
        analysed = self.sourcing["articles"]
        out: dict[str, Any] = {
            "records": self.records,
            "analysed": analysed,
            "failed": sum(self.failed.values()),
            "failures": dict(sorted(self.failed.items())),
            "articles_with_sources": self.with_sources,
        }
        for which, tallies in self.named.items():
            ranked = sorted(tallies["articles"], key=lambda k: (-tallies["attributions"][k], -tallies["articles"][k], k))[:top]
            out[which] = [
                {"name": self.spelling[k].most_common(1)[0][0], "attributions": tallies["attributions"][k], "articles": tallies["articles"][k]}
                for k in ranked
            ]
        out["sourcing"] = _sourcing_row(self.sourcing)
        if self.by:
            out["by"] = self.by
            out["groups"] = [
                {"group": g, **_sourcing_row(c)} for g, c in sorted(self.groups.items(), key=lambda gc: (-gc[1]["articles"], gc[0]))
            ]
        values = [n for n, times in sorted(self.figure_counts.items()) for _ in range(times)]
        out["figures"] = {
            "articles": len(values),
            "total": sum(values),
            "per_article": {
                "mean": round(statistics.fmean(values), 3) if values else None,
                "median": statistics.median(values) if values else None,
                "max": max(values) if values else None,
            },
            "histogram": {str(n): times for n, times in sorted(self.figure_counts.items())},
            "by_label": dict(sorted(self.figure_labels.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
        return out


def _sourcing_row(c: Mapping[str, int]) -> dict[str, Any]:
    total = sum(c.get(k, 0) for k in KINDS)
    return {
        "articles": c.get("articles", 0),
        **{k: c.get(k, 0) for k in KINDS},
        "attributions": total,
        "anonymous_share": round(c.get("anonymous", 0) / total, 4) if total else None,
    }


def summarise(records: Iterable[Mapping[str, Any]], *, by: str | None = None, top: int = 20) -> dict[str, Any]:
    """Summarise corpus output records.

    Returns ``{"records", "analysed", "failed", "failures", "people",
    "organisations", "outlets", "sourcing", "figures"}`` and, with ``by`` (a
    field of the records' ``meta``, such as ``publisher``), ``"by"`` and
    ``"groups"``: the sourcing counts of each group. People, organisations and
    outlets come from the ``sources`` layer, ranked by the attributions resting
    on them, ``top`` of each. The anonymous share is anonymous attributions over
    all attributions.
    """
    tally = CorpusTally(by)
    for record in records:
        tally.add(record)
    return tally.result(top)


def format_json(summary: Mapping[str, Any]) -> str:
    """The summary as indented JSON."""
    return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def format_table(summary: Mapping[str, Any]) -> str:
    """The summary as plain-text tables for a terminal."""
    lines = [
        f"{summary['records']} records: {summary['analysed']} analysed, {summary['failed']} failed"
        + (" (" + ", ".join(f"{k} {v}" for k, v in summary["failures"].items()) + ")" if summary["failures"] else ""),
        "",
    ]

    def table(title: str, head: list[str], rows: list[list[Any]]) -> None:
        cells = [head] + [[str(c) for c in r] for r in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
        lines.append(title)
        for k, r in enumerate(cells):
            lines.append("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
            if k == 0:
                lines.append("  " + "  ".join("-" * w for w in widths))
        lines.append("")

    src_head = ["", "articles", "named", "anonymous", "outlet", "unattributed", "attributions", "anonymous share"]

    def src_row(name: str, r: Mapping[str, Any]) -> list[Any]:
        return [name, r["articles"], *(r[k] for k in KINDS), r["attributions"], _pct(r["anonymous_share"])]

    rows = [src_row("all", summary["sourcing"])]
    rows += [src_row(short(g["group"], 40), g) for g in summary.get("groups", [])]
    table("Sourcing" + (f" by {summary['by']}" if summary.get("by") else ""), src_head, rows)
    for key, title in (("people", "Most quoted people"), ("organisations", "Most quoted organisations"), ("outlets", "Outlets cited")):
        if summary[key]:
            table(title, ["name", "attributions", "articles"], [[short(p["name"], 50), p["attributions"], p["articles"]] for p in summary[key]])
        else:
            lines += [f"{title}: none" + ("" if summary["articles_with_sources"] else " (no sources layer in the records)"), ""]
    f = summary["figures"]
    if f["articles"]:
        pa = f["per_article"]
        lines.append(f"Figures per article: mean {pa['mean']}, median {pa['median']}, max {pa['max']} ({f['total']} in {f['articles']} articles)")
        lines.append("  by kind: " + ", ".join(f"{k} {v}" for k, v in f["by_label"].items()))
    else:
        lines.append("Figures per article: no figures layer in the records")
    return "\n".join(lines).rstrip() + "\n"


CSV_COLUMNS = ("section", "name", "articles", "attributions", *KINDS, "anonymous_share", "value")


def format_csv(summary: Mapping[str, Any]) -> str:
    """The summary as one CSV table: a ``section`` column says which part each row is."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerow({"section": "sourcing", "name": "all", **_csv_sourcing(summary["sourcing"])})
    for g in summary.get("groups", []):
        w.writerow({"section": "sourcing", "name": f"{summary['by']}={g['group']}", **_csv_sourcing(g)})
    for key in ("people", "organisations", "outlets"):
        for p in summary[key]:
            w.writerow({"section": key, "name": p["name"], "articles": p["articles"], "attributions": p["attributions"]})
    f = summary["figures"]
    w.writerow({"section": "figures", "name": "articles", "value": f["articles"]})
    w.writerow({"section": "figures", "name": "total", "value": f["total"]})
    for k, v in f["per_article"].items():
        w.writerow({"section": "figures", "name": f"per_article_{k}", "value": "" if v is None else v})
    for k, v in f["by_label"].items():
        w.writerow({"section": "figures", "name": f"label={k}", "value": v})
    return buf.getvalue()


def _csv_sourcing(r: Mapping[str, Any]) -> dict[str, Any]:
    return {"articles": r["articles"], "attributions": r["attributions"], **{k: r[k] for k in KINDS},
            "anonymous_share": "" if r["anonymous_share"] is None else r["anonymous_share"]}


# --- the HTML page ------------------------------------------------------------------

def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _bars(rows: list[tuple[str, float, str]], *, unit: str = "", colour: str | list[str] = "#2563eb", max_value: float | None = None) -> str:
    """A horizontal bar chart as inline SVG: one (label, value, shown value) per row.

    ``colour`` is one colour for every bar, or a list with one per row.
    """
    if not rows:
        return '<p class="empty">Nothing to show.</p>'
    top = max_value or max(v for _, v, _ in rows) or 1
    row_h, label_w, bar_w = 26, 190, 300
    height = row_h * len(rows) + 4
    out = [f'<svg class="chart" viewBox="0 0 {label_w + bar_w + 90} {height}" role="img" aria-label="bar chart">']
    for i, (label, value, shown) in enumerate(rows):
        y = i * row_h + 4
        w = max(bar_w * value / top, 1 if value else 0)
        out.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_esc(short(label, 28))}<title>{_esc(label)}</title></text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 8}" rx="3" fill="{colour if isinstance(colour, str) else colour[i]}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" class="num">{_esc(shown)}{_esc(unit)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _histogram(hist: Mapping[str, int]) -> str:
    if not hist:
        return '<p class="empty">No figures layer in the records.</p>'
    items = sorted((int(k), v) for k, v in hist.items())
    if items[-1][0] <= 60:  # short enough to show every count, the empty ones too
        counts = dict(items)
        items = [(n, counts.get(n, 0)) for n in range(0, items[-1][0] + 1)]
    top = max(v for _, v in items)
    width, height, pad = 560, 180, 24
    bw = (width - 2 * pad) / len(items)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height + 36}" role="img" aria-label="figures per article">']
    for i, (n, v) in enumerate(items):
        h = (height - 20) * v / top
        x = pad + i * bw
        out.append(
            f'<rect x="{x + 2:.1f}" y="{height - h:.1f}" width="{max(bw - 4, 1):.1f}" height="{h:.1f}" rx="2" fill="#9333ea"><title>{n} figures: {v} articles</title></rect>'
        )
        if len(items) <= 30 or i % max(len(items) // 15, 1) == 0:
            out.append(f'<text x="{x + bw / 2:.1f}" y="{height + 16}" text-anchor="middle">{n}</text>')
    out.append(f'<text x="{width / 2}" y="{height + 34}" text-anchor="middle" class="axis">figures in an article (bar: number of articles)</text></svg>')
    return "".join(out)


_CSS = """
body{margin:0;background:#f6f7f9;color:#1f2328;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
header{padding:1.2rem 1.5rem;background:#fff;border-bottom:1px solid #e3e6ea}
h1{margin:0;font-size:1.4rem} header p{margin:.3rem 0 0;color:#5b6470}
main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),1fr));gap:1rem;padding:1rem 1.5rem 3rem;max-width:80rem;margin:0 auto}
section{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:1rem 1.1rem;min-width:0}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.07em;color:#5b6470;margin:0 0 .7rem}
.chart{width:100%;height:auto;font-size:12px;fill:#1f2328} .chart .num{fill:#5b6470} .chart .axis{fill:#5b6470;font-size:11px}
.big{font-size:2rem;font-weight:700} .big small{font-size:.9rem;font-weight:500;color:#5b6470;margin-left:.4rem}
.empty{color:#5b6470}
table{border-collapse:collapse;width:100%;font-size:.9rem} th,td{text-align:left;padding:.25rem .5rem .25rem 0;border-top:1px solid #e3e6ea}
td.n{text-align:right;font-variant-numeric:tabular-nums}
"""


def format_html(summary: Mapping[str, Any], *, title: str = "newslens corpus summary") -> str:
    """The summary as one self-contained HTML page with inline-SVG charts (no script at all)."""
    s = summary["sourcing"]
    share = s["anonymous_share"]
    sections = [
        "<section><h2>Anonymous sourcing</h2>"
        f'<div class="big">{_pct(share)}<small>of {s["attributions"]} attributions rest on anonymous sources</small></div>'
        + _bars([(kind, s[k], str(s[k])) for kind, k in (("Named", "named"), ("Anonymous", "anonymous"), ("Other outlets", "outlet"), ("Unattributed", "unattributed"))],
                colour=["#2563eb", "#dc2626", "#0d9488", "#9ca3af"])
        + "</section>"
    ]
    if summary.get("groups"):
        groups = [g for g in summary["groups"] if g["anonymous_share"] is not None]
        sections.append(
            f"<section><h2>Anonymous share by {_esc(summary['by'])}</h2>"
            + _bars([(g["group"], g["anonymous_share"] * 100, f"{g['anonymous_share'] * 100:.1f}") for g in groups], unit="%", colour="#dc2626", max_value=100)
            + "</section>"
        )
    for key, heading, colour in (("people", "Most quoted people (attributions)", "#2563eb"), ("organisations", "Most quoted organisations (attributions)", "#4f46e5")):
        sections.append(f"<section><h2>{heading}</h2>" + _bars([(p["name"], p["attributions"], str(p["attributions"])) for p in summary[key]], colour=colour) + "</section>")
    sections.append("<section><h2>Outlets cited (articles)</h2>" + _bars([(p["name"], p["articles"], str(p["articles"])) for p in summary["outlets"]], colour="#0d9488") + "</section>")
    f = summary["figures"]
    pa = f["per_article"]
    stats = f"<p>mean {_esc(pa['mean'])}, median {_esc(pa['median'])}, max {_esc(pa['max'])} figures per article</p>" if f["articles"] else ""
    sections.append(f"<section><h2>Figures per article</h2>{stats}{_histogram(f['histogram'])}</section>")
    failed = f", {summary['failed']} failed" if summary["failed"] else ""
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_esc(title)}</h1><p>{summary['records']} records: {summary['analysed']} analysed{failed}</p></header>\n"
        "<main>\n" + "\n".join(sections) + "\n</main>\n</body>\n</html>\n"
    )
