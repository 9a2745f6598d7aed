"""The report as one self-contained HTML page: inline CSS and SVG, no scripts, no network."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from newscrawl.report.charts import bar_chart, day_chart
from newscrawl.report.parts import CSP, CSS, percent, plural, table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscrawl.report.summary import Report


def counts_section(
    heading: str,
    pairs: Sequence[tuple[str, int]],
    *,
    chart_id: str,
    title: str,
    unit: str,
    category: str,
) -> str:
    """One section: a bar chart of counts and its table, or a sentence when there are none."""
    if not pairs:
        return f'<h2>{escape(heading)}</h2><p class="note">None recorded.</p>'
    chart = bar_chart(pairs, chart_id=chart_id, title=title, xlabel=unit, ylabel=category)
    return f"<h2>{escape(heading)}</h2>{chart}{table(pairs, [category, unit])}"


#: The chart's heading and axis label for each bucket.
BUCKET_NAMES = {"day": "day", "week": "week (from Monday)", "month": "month", "year": "year"}


def days_section(report: Report) -> str:
    heading = "Articles per publication date"
    if not report.buckets:
        return f'<h2>{heading}</h2><p class="note">No article has a publication date.</p>'
    first, last = report.buckets[0][0], report.buckets[-1][0]
    unit = BUCKET_NAMES[report.bucket]
    span = (
        f"{first:%d %b %Y} to {last:%d %b %Y}"
        if report.bucket in ("day", "week")
        else f"{first:%b %Y} to {last:%b %Y}"
        if report.bucket == "month"
        else f"{first:%Y} to {last:%Y}"
    )
    title = f"Articles per publication {unit} (UTC), {span}"
    chart = day_chart(
        report.buckets,
        chart_id="per-day",
        title=title,
        xlabel=report.bucket,
        ylabel="articles",
        period=report.bucket,
    )
    note = ""
    if report.undated:
        note = f'<p class="note">{escape(plural(report.undated, "article"))} without a publication date.</p>'
    width = {"day": 10, "week": 10, "month": 7, "year": 4}[report.bucket]
    rows = [(start.isoformat()[:width], count) for start, count in report.buckets]
    return f"<h2>{heading}</h2>{chart}{note}{table(rows, [report.bucket, 'articles'])}"


def fill_section(report: Report) -> str:
    pairs = [(name, 100 * filled / total if total else 0.0) for name, filled, total in report.fill]
    labels = [
        f"{percent(filled, total)} ({filled:,} of {total:,})" for _, filled, total in report.fill
    ]
    title = "Field fill rates: share of articles with a value"
    chart = bar_chart(
        pairs,
        chart_id="fill",
        title=title,
        xlabel="% of articles",
        ylabel="field",
        labels=labels,
        xmax=100,
    )
    rows = [(name, filled, total, percent(filled, total)) for name, filled, total in report.fill]
    return f"<h2>Field fill rates</h2>{chart}{table(rows, ['field', 'filled', 'articles', 'rate'])}"


def cards(report: Report) -> str:
    values = [("articles", f"{report.articles:,}"), ("sections", f"{len(report.sections):,}")]
    if report.has_stats or report.rejects_files:
        values += [
            ("duplicates removed", f"{report.duplicates:,}"),
            ("rejected", f"{sum(n for _, n in report.rejects):,}"),
            ("failed URLs", f"{sum(n for _, n in report.failed):,}"),
        ]
    return (
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{escape(v)}</b>{escape(k)}</div>' for k, v in values)
        + "</div>"
    )


def verdict(report: Report) -> str:
    """The headline: the health verdict, red when the crawl failed or exported nothing."""
    problems: list[str] = []
    if report.articles == 0:
        problems.append("No articles: this crawl exported nothing.")
    head = report.health[0].removeprefix("newscrawl health: ") if report.health else ""
    failed_checks = [line for line in report.health[1:] if line.startswith(("FAIL ", "ERROR "))]
    if head.startswith("FAILED"):
        problems.append(f"Health: {head}.")
    # The cause of a crawl that could not reach its site comes first (newscrawl.monitors).
    problems += [
        f"Site {line.removeprefix('site ')}."
        for line in report.health[1:]
        if line.startswith("site unreachable: ")
    ]
    if problems:
        items = "".join(f"<li>{escape(line)}</li>" for line in failed_checks)
        checks = f"<ul>{items}</ul>" if items else ""
        text = " ".join(escape(p) for p in problems)
        return f'<div class="verdict bad" role="alert"><b>{text}</b>{checks}</div>'
    if head.startswith("paused"):
        return f'<div class="verdict paused"><b>Health: {escape(head)}.</b></div>'
    if head:
        return f'<div class="verdict ok"><b>Health: {escape(head)}.</b></div>'
    return (
        '<div class="verdict unknown">No health file beside the feed: '
        "the crawl's checks are unknown.</div>"
    )


def stats_sections(report: Report) -> str:
    if not report.has_stats and not report.rejects_files:
        return (
            '<h2>Duplicates, rejects and errors</h2><p class="note">No stats file was given '
            "(<code>--stats</code>) and no rejects file is beside the feed, so duplicates "
            "removed, rejects and errors are unknown.</p>"
        )
    duplicates = (
        f"<h2>Duplicates removed</h2><p>The crawler dropped {report.duplicates:,} repeated "
        "articles (same canonical URL or article id); they are counted among the rejects.</p>"
    )
    total = sum(n for _, n in report.rejects)
    rejects = counts_section(
        "Rejects by reason",
        report.rejects,
        chart_id="rejects",
        title=f"Rejected items and pages by reason ({total:,} in all)",
        unit="items or pages",
        category="reason",
    )
    failed = counts_section(
        "Failed URLs by final reason",
        report.failed,
        chart_id="failed",
        title=f"Failed URLs by final reason ({sum(n for _, n in report.failed):,}, each once)",
        unit="URLs",
        category="reason",
    )
    errors = counts_section(
        "Error events by kind",
        report.errors,
        chart_id="errors",
        title="Error events from the crawl stats (retries and log lines count again)",
        unit="events",
        category="kind",
    )
    if not report.has_stats:
        names = ", ".join(f"<code>{escape(name)}</code>" for name in report.rejects_files)
        note = (
            f'<p class="note">No stats file was given (<code>--stats</code>): duplicates, '
            f"rejects and failed URLs are read from the rejects file ({names}); error events "
            "and the crawl's figures are unknown.</p>"
        )
        return f"{note}{duplicates}{rejects}{failed}"
    crawl = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in report.crawl)
    return f"{duplicates}{rejects}{failed}{errors}<h2>Crawl</h2><table>{crawl}</table>"


def render(report: Report) -> str:
    """The whole page."""
    feeds = ", ".join(f"<code>{escape(name)}</code> ({n:,} items)" for name, n in report.feeds)
    stats = ", ".join(f"<code>{escape(name)}</code>" for name in report.stats_files) or "none"
    rejects = ", ".join(f"<code>{escape(name)}</code>" for name in report.rejects_files) or "none"
    repeats = (
        f" {plural(report.repeats, 'item')} found in more than one feed counted once."
        if report.repeats
        else ""
    )
    sections = [
        days_section(report),
        counts_section(
            "Articles per section",
            report.sections,
            chart_id="sections",
            title=f"Articles per section ({report.articles:,} articles)",
            unit="articles",
            category="section",
        ),
        fill_section(report),
        counts_section(
            "Top tags",
            report.top_tags,
            chart_id="tags",
            title=f"Top {len(report.top_tags)} tags: articles carrying each",
            unit="articles",
            category="tag",
        ),
        counts_section(
            "Top authors",
            report.top_authors,
            chart_id="authors",
            title=f"Top {len(report.top_authors)} authors: articles by each",
            unit="articles",
            category="author",
        ),
        stats_sections(report),
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crawl report</title>
<style>{CSS}</style>
</head>
<body>
<h1>Crawl report</h1>
<p class="meta">Generated {escape(report.generated_at)}. Feeds: {feeds}. Stats: {stats}. Rejects: {rejects}.{repeats}</p>
{verdict(report)}
{cards(report)}
{"".join(sections)}
</body>
</html>
"""
