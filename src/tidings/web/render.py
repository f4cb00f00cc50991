"""Page helpers: article text cut into marked segments, and chart geometry for server-side SVG.

Both return plain data; the templates write the HTML with autoescaping, so article text never
becomes markup.
"""

from __future__ import annotations

from typing import Any

__all__ = ["article_segments", "bar_chart", "line_chart"]

# Which mark wins the link when spans overlap: an actor's page beats nothing.
Span = tuple[int | None, int | None, str, str | None]


def article_segments(text: str, spans: list[Span]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece carries the kinds of every span covering it.

    Overlapping spans (an actor inside an evidence sentence) give pieces with several classes
    instead of nested tags, so the output is flat and always well formed.
    """
    n = len(text)
    clean = [
        (max(0, s), min(n, e), k, href)
        for s, e, k, href in spans
        if s is not None and e is not None and 0 <= s < e <= n + 1
    ]
    cuts = sorted({0, n, *[s for s, _, _, _ in clean], *[e for _, e, _, _ in clean]})
    out: list[dict[str, Any]] = []
    first_of: set[str] = set()
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        kinds, href = [], None
        for s, e, k, h in clean:
            if s <= a and b <= e:
                if k not in kinds:
                    kinds.append(k)
                href = href or h
        seg: dict[str, Any] = {"text": text[a:b], "kinds": " ".join(sorted(kinds)), "href": href, "anchor": None}
        if "evidence" in kinds and "evidence" not in first_of:
            seg["anchor"] = "evidence"  # the page scrolls to the first evidence sentence
            first_of.add("evidence")
        out.append(seg)
    return out


def bar_chart(rows: list[dict[str, Any]], *, width: int = 720, height: int = 180) -> dict[str, Any]:
    """Stacked monthly bars by PLOVER quad class (cooperation up, conflict down) as SVG rectangles."""
    months = sorted({r["month"] for r in rows})
    if not months:
        return {"width": width, "height": height, "bars": [], "labels": [], "mid": height / 2}
    by: dict[str, dict[int, int]] = {m: {} for m in months}
    for r in rows:
        by[r["month"]][int(r["quad_class"] or 0)] = int(r["n"])
    up = max(sum(v for k, v in d.items() if k in (1, 2)) for d in by.values()) or 1
    down = max(sum(v for k, v in d.items() if k in (3, 4)) for d in by.values()) or 1
    mid = 16 + (height - 36) * up / (up + down)
    scale = (height - 36) / (up + down)
    slot = (width - 40) / len(months)
    bars, labels = [], []
    for i, m in enumerate(months):
        x = 40 + i * slot + slot * 0.1
        w = max(1.0, slot * 0.8)
        y_up, y_down = mid, mid
        for q in (1, 2):
            h = by[m].get(q, 0) * scale
            if h:
                y_up -= h
                bars.append({"x": x, "y": y_up, "w": w, "h": h, "cls": f"q{q}", "title": f"{m}: {by[m][q]} {_QUAD[q]}"})
        for q in (3, 4):
            h = by[m].get(q, 0) * scale
            if h:
                bars.append(
                    {"x": x, "y": y_down, "w": w, "h": h, "cls": f"q{q}", "title": f"{m}: {by[m][q]} {_QUAD[q]}"}
                )
                y_down += h
        if i % max(1, -(-len(months) // 9)) == 0:
            labels.append({"x": x + w / 2, "text": m})
    return {"width": width, "height": height, "bars": bars, "labels": labels, "mid": mid}


def line_chart(
    points: list[tuple[str, float]],
    *,
    width: int = 720,
    height: int = 180,
    lo: float | None = None,
    hi: float | None = None,
) -> dict[str, Any]:
    """A polyline of (label, value) points, for an index over time; y runs from ``lo`` to ``hi``."""
    pts = [(str(lbl), float(v)) for lbl, v in points if v is not None]
    if not pts:
        return {"width": width, "height": height, "path": "", "dots": [], "labels": [], "zero": None}
    vals = [v for _, v in pts]
    lo = min(vals) if lo is None else lo
    hi = max(vals) if hi is None else hi
    if hi == lo:
        hi, lo = hi + 1, lo - 1
    step = (width - 80) / max(1, len(pts) - 1)  # room for the last label

    def y(v: float) -> float:
        return 12 + (height - 36) * (hi - v) / (hi - lo)

    dots = [{"x": 40 + i * step, "y": y(v), "title": f"{lbl}: {v:.2f}"} for i, (lbl, v) in enumerate(pts)]
    path = " ".join(f"{'M' if i == 0 else 'L'}{d['x']:.1f},{d['y']:.1f}" for i, d in enumerate(dots))
    labels = [
        {"x": d["x"], "text": lbl}
        for i, ((lbl, _), d) in enumerate(zip(pts, dots))
        if len(pts) <= 12 or i % max(1, len(pts) // 12) == 0
    ]
    zero = y(0.0) if lo <= 0 <= hi else None
    return {
        "width": width,
        "height": height,
        "path": path,
        "dots": dots,
        "labels": labels,
        "zero": zero,
        "lo": lo,
        "hi": hi,
    }


_QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
