"""HTML pieces built in Python: the highlighted article text and the quotes-over-time chart.

Everything that comes from an article goes through ``markupsafe.escape``; the only markup
made here is our own tags and attributes, so nothing in an article can run in the browser.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape


def attribution(q: dict[str, Any]) -> str:
    """One line saying who said a quote and how we know: shown when the quote is hovered."""
    who = q.get("speaker") or {"anonymous": "an anonymous source", "organization": "an organisation"}.get(
        q.get("speaker_kind") or "", "unknown speaker")
    parts = [str(who)]
    if q.get("mention_text") and q["mention_text"] != q.get("speaker"):
        parts.append(f"(as \u201c{q['mention_text']}\u201d)")
    parts.append(f"\u2014 {q.get('kind', 'direct')} quote, confidence {float(q.get('confidence') or 0):.2f}")
    ch = q.get("channel")
    if ch:
        label = ch["type"].replace("_", " ") + (f" ({ch['name']})" if ch.get("name") else "")
        parts.append(f"\u2014 {label}{', deleted' if ch.get('deleted') else ''}")
    if q.get("hedged"):
        parts.append(f"\u2014 hedged{(': ' + q['hedge_text']) if q.get('hedge_text') else ''}")
    return " ".join(parts)


def highlight(text: str, quotes: list[dict[str, Any]], boilerplate: list[dict[str, Any]]) -> Markup:
    """The article text with each quote in a ``<mark class="quote">`` of its speaker's colour.

    Spans may nest (a quote inside a quote) or overlap, so the text is cut at every span edge
    and each piece is marked with the innermost quote covering it.  Boilerplate is greyed.
    """
    n = len(text)
    edges = {0, n}
    spans = []
    for i, q in enumerate(quotes):
        s, e = max(0, int(q["start"])), min(n, int(q["end"]))
        if s < e:
            spans.append((s, e, i))
            edges.update((s, e))
    furniture = []
    for b in boilerplate:
        s, e = max(0, int(b["start"])), min(n, int(b["end"]))
        if s < e:
            furniture.append((s, e, b["kind"]))
            edges.update((s, e))
    cuts = sorted(edges)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        if covering:
            s, e, i = min(covering, key=lambda sp: (sp[1] - sp[0], -sp[0]))
            q = quotes[i]
            piece = Markup(
                '<mark class="quote" data-quote="{qid}" data-person="{pid}" style="background-color: {colour}"'
                ' title="{title}" data-attribution="{title}">{body}</mark>'
            ).format(qid=q.get("id", i), pid=q.get("person_id") or "", colour=q["colour"],
                     title=attribution(q), body=piece)
        bp = [f for f in furniture if f[0] <= a and b <= f[1]]
        if bp:
            piece = Markup('<span class="boilerplate" title="boilerplate: {kind}">{body}</span>').format(
                kind=bp[0][2].replace("_", " "), body=piece)
        out.append(piece)
    return Markup("").join(out)


def _months(first: str, last: str) -> list[str]:
    try:
        y, m = int(first[:4]), int(first[5:7])
        ly, lm = int(last[:4]), int(last[5:7])
    except ValueError:
        return []
    months = []
    while (y, m) <= (ly, lm) and len(months) < 600:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def timeline_svg(timeline: list[dict[str, Any]], *, width: int = 600, height: int = 120) -> Markup:
    """A small inline bar chart of quotes per month (no scripts, no external assets)."""
    counts = {t["month"]: int(t["count"]) for t in timeline if t.get("month")}
    if not counts:
        return Markup('<p class="muted">No dated quotes.</p>')
    months = _months(min(counts), max(counts)) or sorted(counts)
    top = max(counts.values())
    plot_h = height - 20
    bar_w = max(1.0, width / len(months))
    bars = []
    for i, month in enumerate(months):
        c = counts.get(month, 0)
        h = plot_h * c / top if top else 0
        bars.append(Markup(
            '<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" class="bar"><title>{m}: {c} quote{s}</title></rect>'
        ).format(x=i * bar_w, y=plot_h - h, w=max(bar_w - 1, 0.5), h=h, m=month, c=c, s="" if c == 1 else "s"))
    labels = Markup('<text x="0" y="{y}" class="axis">{a}</text><text x="{w}" y="{y}" class="axis" text-anchor="end">{b}</text>'
                    ).format(y=height - 4, a=months[0], b=months[-1], w=width)
    return Markup(
        '<svg class="timeline" role="img" aria-label="quotes per month" width="{w}" height="{h}" viewBox="0 0 {w} {h}"'
        ' xmlns="http://www.w3.org/2000/svg">{bars}{labels}</svg>'
    ).format(w=width, h=height, bars=Markup("").join(bars), labels=labels)
