"""The numbers behind the report's charts, from articles (feed dicts) and crawl stats."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from newscrawl.reasons import DROPPED

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

Article = dict[str, Any]
Counts = list[tuple[str, int]]

#: Optional fields whose fill rate the report shows.
FILL_FIELDS = ("authors", "image_url", "modified_at", "description", "tags")
NO_SECTION = "(none)"
#: The longest span of publication dates still charted day by day.
DAYS = 60


def ranked(counter: Counter[str], n: int | None = None) -> Counts:
    """Most common first; ties in alphabetical order so that reports are stable.

    >>> ranked(Counter({"b": 2, "a": 2, "c": 5}))
    [('c', 5), ('a', 2), ('b', 2)]
    """
    return sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))[:n]


def unique_by_url(articles: Sequence[Article]) -> tuple[list[Article], int]:
    """Articles once per URL, first seen wins (feeds may overlap), and the number of repeats."""
    seen: set[Any] = set()
    unique: list[Article] = []
    for article in articles:
        key = article.get("url") or id(article)
        if key not in seen:
            seen.add(key)
            unique.append(article)
    return unique, len(articles) - len(unique)


def published_day(article: Article) -> date | None:
    """The UTC day of ``published_at``, or None when it is missing or malformed."""
    value = article.get("published_at")
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def per_day(articles: Iterable[Article]) -> Counter[date]:
    """Articles per UTC publication day; articles without a date are not counted."""
    return Counter(day for article in articles if (day := published_day(article)))


def per_section(articles: Iterable[Article]) -> Counts:
    """Articles per section, most first; articles without a section count as ``(none)``."""
    return ranked(Counter(article.get("section") or NO_SECTION for article in articles))


def is_filled(value: Any) -> bool:
    """A value counts as filled unless it is null, an empty string or an empty list.

    >>> [is_filled(v) for v in (None, "", [], "x", ["a"], 0)]
    [False, False, False, True, True, True]
    """
    return value is not None and value != "" and value != []


def fill_rates(
    articles: Sequence[Article], fields: Sequence[str] = FILL_FIELDS
) -> list[tuple[str, int, int]]:
    """``(field, filled, total)`` for each field, in the order given."""
    return [
        (field, sum(is_filled(article.get(field)) for article in articles), len(articles))
        for field in fields
    ]


def top_values(articles: Iterable[Article], field: str, n: int) -> Counts:
    """The ``n`` most frequent values of a list field (tags, authors), each once per article."""
    counter: Counter[str] = Counter()
    for article in articles:
        counter.update(set(article.get(field) or ()))
    return ranked(counter, n)


def rejects_by_reason(stats: Mapping[str, Any]) -> Counts:
    """``newscrawl/dropped/<reason>`` stats, most first (duplicates included)."""
    prefix = DROPPED + "/"
    return ranked(
        Counter({k.removeprefix(prefix): int(v) for k, v in stats.items() if k.startswith(prefix)})
    )


def rejects_from_lines(rejects: Iterable[Mapping[str, Any]]) -> Counts:
    """Rejects by reason from the lines of a rejects feed (one line per rejected item or page).

    >>> rejects_from_lines([{"reason": "http_404"}, {"reason": "duplicate"}, {"reason": "http_404"}])
    [('http_404', 2), ('duplicate', 1)]
    """
    return ranked(Counter(str(line.get("reason") or "unknown") for line in rejects))


def duplicates_removed(stats: Mapping[str, Any]) -> int:
    """Items the dedupe pipeline dropped."""
    return int(stats.get(f"{DROPPED}/duplicate", 0))


def error_kind(key: str) -> str | None:
    """The report's name for an error stat, or None when the stat is not an error.

    >>> error_kind("downloader/exception_type_count/twisted.internet.error.TimeoutError")
    'download error: TimeoutError'
    >>> error_kind("downloader/response_status_count/404"), error_kind("item_scraped_count")
    ('HTTP 404 response', None)
    """
    head, _, tail = key.rpartition("/")
    if head == "spider_exceptions":
        return f"spider exception: {tail}"
    if head == "downloader/exception_type_count":
        return f"download error: {tail.rpartition('.')[2]}"
    if head == "downloader/response_status_count" and tail.isdigit() and int(tail) >= 400:
        return f"HTTP {tail} response"
    if head == "feedexport/failed_count":
        return f"feed not stored: {tail}"
    named = {
        "log_count/ERROR": "ERROR lines in the log",
        "retry/max_reached": "retries exhausted",
        "warc_replay/missing": "page missing from WARC",
    }
    return named.get(key)


def errors_by_kind(stats: Mapping[str, Any]) -> Counts:
    """Errors of the crawl by kind, from its stats, most first; zero counts left out."""
    counter: Counter[str] = Counter()
    for key, value in stats.items():
        kind = error_kind(key)
        if kind and isinstance(value, int) and value > 0:
            counter[kind] += value
    return ranked(counter)


#: Reasons a request ended without a page (newscrawl.rejects.failure_reason), besides ``http_*``.
FAILURE_REASONS = frozenset(
    {"timeout", "truncated", "too_large", "dns_error", "connection_error", "download_error"}
)


def is_failure(reason: str) -> bool:
    """Whether a reject reason means the URL failed (HTTP error or no answer), not a choice.

    >>> [is_failure(r) for r in ("http_404", "timeout", "not_article", "duplicate")]
    [True, True, False, False]
    """
    return reason.startswith("http_") or reason in FAILURE_REASONS


def failed_urls(rejects: Iterable[Mapping[str, Any]]) -> Counts:
    """Failed URLs by their final reason (the last line for a URL wins), each URL once."""
    final: dict[str, str] = {}
    for line in rejects:
        url, reason = str(line.get("url") or ""), str(line.get("reason") or "")
        if url:
            final.pop(url, None)  # the last reason of a URL is its final one
            final[url] = reason
    return ranked(Counter(reason for reason in final.values() if is_failure(reason)))


def failed_from_stats(stats: Mapping[str, Any]) -> Counts:
    """Failed article URLs by reason from the ``newscrawl/dropped/<reason>`` stats (one per URL)."""
    return [(reason, n) for reason, n in rejects_by_reason(stats) if is_failure(reason)]


def bucket(span_days: int, days: int = DAYS) -> str:
    """The bars of a chart covering ``span_days`` days: ~60 bars at most.

    Per day up to ``days`` days, per week up to a year, per month up to five years, else per year.

    >>> [bucket(n) for n in (1, 60, 61, 366, 367, 1900, 5000)]
    ['day', 'day', 'week', 'week', 'month', 'year', 'year']
    """
    if span_days <= days:
        return "day"
    if span_days <= 366:
        return "week"
    if span_days <= 5 * 366:
        return "month"
    return "year"


def period_start(day: date, period: str) -> date:
    """The first day of the day's week (Monday), month or year.

    >>> [str(period_start(date(2025, 9, 18), p)) for p in ("day", "week", "month", "year")]
    ['2025-09-18', '2025-09-15', '2025-09-01', '2025-01-01']
    """
    if period == "week":
        return day - timedelta(day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return day.replace(month=1, day=1)
    return day


def _next(start: date, period: str) -> date:
    if period == "week":
        return start + timedelta(7)
    if period == "month":
        return (start + timedelta(32)).replace(day=1)
    if period == "year":
        return start.replace(year=start.year + 1)
    return start + timedelta(1)


def bucketed(counts: Mapping[date, int], days: int = DAYS) -> tuple[str, list[tuple[date, int]]]:
    """Daily counts in buckets chosen by their span, every bucket from first to last listed.

    >>> bucketed({date(2013, 3, 14): 1, date(2025, 4, 9): 2})[0]
    'year'
    >>> bucketed({date(2025, 9, 1): 2, date(2025, 9, 3): 1})
    ('day', [(datetime.date(2025, 9, 1), 2), (datetime.date(2025, 9, 2), 0), (datetime.date(2025, 9, 3), 1)])
    """
    if not counts:
        return "day", []
    first, last = min(counts), max(counts)
    period = bucket((last - first).days + 1, days)
    rolled: Counter[date] = Counter()
    for day, count in counts.items():
        rolled[period_start(day, period)] += count
    out: list[tuple[date, int]] = []
    start = period_start(first, period)
    while start <= last:
        out.append((start, rolled.get(start, 0)))
        start = _next(start, period)
    return period, out


def duration(seconds: float) -> str:
    """A duration for people.

    >>> [duration(s) for s in (0.5848996959999795, 12.34, 192.4, 7384.0)]
    ['0.6 s', '12 s', '3 min 12 s', '2 h 3 min']
    """
    if seconds < 10:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def rate(value: float) -> str:
    """A rate or other fraction with sensible digits: three significant, thousands separated.

    >>> [rate(v) for v in (0.0, 0.123456, 2.5, 41.66666, 12345.678)]
    ['0', '0.123', '2.5', '41.7', '12,346']
    """
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def instant(value: str) -> str:
    """An ISO timestamp to the second, in UTC when it says its zone.

    >>> instant("2026-11-29 06:50:09.289498+00:00"), instant("2026-11-29T06:50:09.5")
    ('2026-11-29 06:50:09 UTC', '2026-11-29 06:50:09')
    """
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    if parsed.tzinfo is not None:
        return parsed.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return parsed.strftime("%Y-%m-%d %H:%M:%S")
