"""DedupePipeline: each article once per run, by canonical URL and by the site's article id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter

from newscrawl.reasons import reject
from newscrawl.urls import same_page_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def _primary_language(tag: Any) -> str | None:
    """The language subtag of a BCP 47 tag, which editions of one site differ by.

    >>> _primary_language("uk-UA"), _primary_language("RU"), _primary_language(None)
    ('uk', 'ru', None)
    """
    return str(tag).split("-", 1)[0].strip().lower() or None if tag else None


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()
        #: the languages each article id was exported in (None: a page that declared none).
        self.id_languages: dict[str, set[str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url_key = f"url:{same_page_key(adapter.get('url') or '')}"
        id_key = (
            f"id:{adapter.get('site')}:{adapter['article_id']}" if adapter.get("article_id") else ""
        )
        language = _primary_language(adapter.get("language"))
        # A multilingual site gives the translations of a story the same id in each edition
        # (/news/.../7512345/, /rus/news/.../7512345/): those are different articles. A copy
        # that declares no language is taken for the same one.
        languages = self.id_languages.get(id_key) if id_key else None
        same_id = languages is not None and (
            language is None or None in languages or language in languages
        )
        if url_key in self.seen or same_id:
            raise reject(self.crawler.stats, "duplicate", adapter.get("url"))
        self.seen.add(url_key)
        if id_key:
            self.id_languages.setdefault(id_key, set()).add(language)
        return item
