"""What pipelines may ask the crawl about an item: one typed protocol, no spider attributes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any, Protocol, runtime_checkable

from newscrawl.dates import DEFAULT_FORMATS


@dataclass(frozen=True)
class DateRules:
    """How a site prints dates: its zone, its zone abbreviations, formats and day order."""

    tz_name: str = "UTC"
    zones: Mapping[str, tzinfo] = field(default_factory=dict)
    formats: tuple[str, ...] = DEFAULT_FORMATS
    date_order: str | None = None
    #: The zone of the sitemap or feed entry that listed the article, if its dates print one.
    listed_zone: tzinfo | None = None
    #: The offset the article's page prints beside a date it also gives without a zone.
    page_zone: tzinfo | None = None
    #: Else the zone word of several meanings ("IST") the page prints beside such a date.
    page_word: str | None = None
    #: Zones whose clocks had every offset the site's listings print, when they prove no one
    #: zone: a zoneless date is read on them where they all agree.
    clock_zones: tuple[tzinfo, ...] = ()
    #: The one clock of the country the article's page names as its language's region.
    country_zone: tzinfo | None = None


@runtime_checkable
class ItemContext(Protocol):
    """Implemented by :class:`newscrawl.spiders.base.NewsSpider`; other spiders get defaults."""

    def date_rules(self, item: Any) -> DateRules:
        """The date conventions of the site ``item`` comes from."""
        ...

    def window(self) -> tuple[datetime | None, datetime | None]:
        """The job's ``since``/``until`` (both None when it asked for named URLs)."""
        ...

    def forced(self) -> bool:
        """Whether the job named its articles (``urls``): they are exported even if unchanged."""
        ...

    def listed_date(self, url: str) -> str | None:
        """The newest sitemap or feed date seen for the article at ``url``, if any."""
        ...


def date_rules(spider: object, item: Any) -> DateRules:
    """The date conventions for ``item``: the spider's, else UTC and the default formats."""
    return spider.date_rules(item) if isinstance(spider, ItemContext) else DateRules()


def window(spider: object) -> tuple[datetime | None, datetime | None]:
    """The job's publication window: the spider's, else none."""
    return spider.window() if isinstance(spider, ItemContext) else (None, None)


def forced(spider: object) -> bool:
    """Whether the job named its articles: the spider's answer, else no."""
    return spider.forced() if isinstance(spider, ItemContext) else False


def listed_date(spider: object, url: str) -> str | None:
    """The newest sitemap or feed date for ``url``: the spider's answer, else none."""
    return spider.listed_date(url) if isinstance(spider, ItemContext) else None
