"""Bar charts as inline SVG (matplotlib): a title, axis labels and the value on every bar."""

from __future__ import annotations

import io
import re
from html import escape
from typing import TYPE_CHECKING

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from matplotlib.axes import Axes

COLOR = "#3568a8"
WIDTH = 8.0  # inches; every chart as wide, so that the page scales them all alike
LABEL_CHARS = 38


def short(label: str, limit: int = LABEL_CHARS) -> str:
    """A category label cut to fit beside its bar.

    >>> short("a" * 50, 10)
    'aaaaaaaaa…'
    """
    return label if len(label) <= limit else label[: limit - 1] + "…"


def prefix_ids(svg: str, prefix: str) -> str:
    """Make every ``id`` (and reference to one) unique to this chart within the page."""
    svg = re.sub(r'(\sid=")([^"]+)"', rf'\g<1>{prefix}-\g<2>"', svg)
    svg = re.sub(r'(href=")#([^"]+)"', rf'\g<1>#{prefix}-\g<2>"', svg)
    return re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\g<1>)", svg)


def to_svg(figure: Figure, chart_id: str, title: str) -> str:
    """The figure as an ``<svg>`` element for inline use: no XML prolog, labelled for readers."""
    buffer = io.StringIO()
    with mpl.rc_context({"svg.hashsalt": chart_id, "svg.fonttype": "path"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = prefix_ids(svg[svg.index("<svg") :], chart_id)
    label = f'<svg class="chart" id="{chart_id}" role="img" aria-label="{escape(title)}" '
    return svg.replace("<svg ", label, 1)


def _style(ax: Axes, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold", pad=12)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)


def bar_chart(
    pairs: Sequence[tuple[str, float]],
    *,
    chart_id: str,
    title: str,
    xlabel: str,
    ylabel: str,
    labels: Sequence[str] | None = None,
    xmax: float | None = None,
) -> str:
    """Horizontal bars, largest first at the top, each with its value (or ``labels``) at its end."""
    names = [short(name) for name, _ in pairs]
    values = [value for _, value in pairs]
    figure = Figure(figsize=(WIDTH, 1.4 + 0.32 * max(len(pairs), 1)), layout="constrained")
    ax = figure.add_subplot()
    bars = ax.barh(range(len(values)), values, color=COLOR, height=0.7)
    ax.set_yticks(range(len(values)), names)
    ax.invert_yaxis()
    ax.bar_label(bars, labels=list(labels or [f"{v:,.0f}" for v in values]), padding=4)
    # Room on the right for the value labels.
    ax.set_xlim(0, (xmax if xmax is not None else max(values, default=0) or 1) * 1.22)
    if xmax is not None:  # no ticks past the scale's end (100%)
        ax.set_xticks([xmax * step / 5 for step in range(6)])
    else:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", length=0)
    _style(ax, title, xlabel, ylabel)
    return to_svg(figure, chart_id, title)


#: How a bar's date reads under it, per bucket.
TICK_FORMATS = {"day": "%d %b", "week": "%d %b %Y", "month": "%b %Y", "year": "%Y"}


def day_chart(
    days: Sequence[tuple[date, int]],
    *,
    chart_id: str,
    title: str,
    xlabel: str,
    ylabel: str,
    period: str = "day",
) -> str:
    """Vertical bars, one per day (or week, month, year) in order, empty ones left as gaps."""
    figure = Figure(figsize=(WIDTH, 3.8), layout="constrained")
    ax = figure.add_subplot()
    values = [count for _, count in days]
    bars = ax.bar(range(len(days)), values, color=COLOR, width=0.75)
    ax.bar_label(bars, labels=[f"{v:,}" if v else "" for v in values], padding=2, fontsize=8)
    step = max(1, len(days) // 31 + 1) if len(days) > 31 else 1
    ticks = list(range(0, len(days), step))
    ax.set_xticks(
        ticks, [days[i][0].strftime(TICK_FORMATS[period]) for i in ticks], rotation=60, ha="right"
    )
    ax.set_ylim(0, (max(values, default=0) or 1) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(-0.6, len(days) - 0.4)
    _style(ax, title, xlabel, ylabel)
    return to_svg(figure, chart_id, title)
