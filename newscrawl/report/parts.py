"""The page's building blocks: its style, its security policy, tables and wording helpers."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Nothing may load from anywhere: the browser refuses (and reports) any outside resource.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CSS = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1d2430; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.4rem; border-bottom: 1px solid #d5dae2; }
.meta, .note { color: #5a6473; } .meta code { font-size: .85em; }
.cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1.4rem 0; }
.card { border: 1px solid #d5dae2; border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }
.card b { display: block; font-size: 1.6rem; }
svg.chart { display: block; width: 100%; max-width: 56rem; height: auto; }
table { border-collapse: collapse; margin: .5rem 0; }
td, th { border-bottom: 1px solid #e4e8ee; padding: .2rem .8rem .2rem 0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.verdict { border-radius: 6px; padding: .7rem 1rem; margin: 1rem 0; border: 1px solid; }
.verdict.ok { background: #e8f5ec; border-color: #8cc79f; color: #1d5c31; }
.verdict.bad { background: #fdecec; border-color: #e08a8a; color: #8a1c1c; }
.verdict.paused, .verdict.unknown { background: #fff6e0; border-color: #e5c26b; color: #6b4e00; }
.verdict ul { margin: .4rem 0 0; }
details { margin: .4rem 0 1rem; } summary { cursor: pointer; color: #3568a8; }
"""


def table(rows: Sequence[Sequence[object]], head: Sequence[str]) -> str:
    """A small table, numbers right-aligned, inside a ``<details>`` under its chart."""

    def cell(value: object) -> str:
        numeric = isinstance(value, int | float)
        text = f"{value:,}" if numeric else str(value)
        return f'<td class="n">{escape(text)}</td>' if numeric else f"<td>{escape(text)}</td>"

    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return (
        f"<details><summary>The numbers</summary><table><tr>{header}</tr>{body}</table></details>"
    )


def plural(count: int, noun: str) -> str:
    """A count and its noun.

    >>> plural(1, "article"), plural(2, "article")
    ('1 article', '2 articles')
    """
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def percent(part: int, whole: int) -> str:
    """A share as a whole percentage.

    >>> percent(1, 3), percent(0, 0)
    ('33%', '0%')
    """
    return f"{part / whole:.0%}" if whole else "0%"
