"""The numbers behind the report's charts, from articles (feed dicts) and crawl stats."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from newscrawl.reasons import DROPPED

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

Article = dict[str, Any]
Counts = list[tuple[str, int]]

#: Optional fields whose fill rate the report shows.
FILL_FIELDS = ("authors", "image_url", "modified_at", "description", "tags")
NO_SECTION = "(none)"


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


def day_window(counts: Mapping[date, int], days: int) -> list[tuple[date, int]]:
    """The last ``days`` days up to the latest day with articles, days without any as 0."""
    if not counts:
        return []
    last = max(counts)
    return [
        (day, counts.get(day, 0)) for day in (last - timedelta(n) for n in reversed(range(days)))
    ]


def per_period(counts: Mapping[date, int]) -> tuple[str, Counts]:
    """Daily counts rolled up by month, or by year when they span more than two years.

    Only periods with articles are listed, oldest first.

    >>> per_period({date(2025, 9, 1): 2, date(2025, 9, 30): 1, date(2025, 7, 4): 1})
    ('month', [('2025-07', 1), ('2025-09', 3)])
    >>> per_period({date(2013, 3, 14): 1, date(2025, 4, 9): 2})
    ('year', [('2013', 1), ('2025', 2)])
    """
    if not counts:
        return "month", []
    by_year = max(counts).year - min(counts).year > 2
    width = 4 if by_year else 7
    rolled: Counter[str] = Counter()
    for day, count in counts.items():
        rolled[day.isoformat()[:width]] += count
    return ("year" if by_year else "month"), sorted(rolled.items())


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
