"""``scrapy crawl`` that rejects bad spider arguments in one line before anything starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl.delta import open_for_run
from newscrawl.monitors import HEALTH_EXIT_CODE, health_failed
from newscrawl.store import StoreError

if TYPE_CHECKING:
    import argparse

    from scrapy import Spider
    from scrapy.crawler import Crawler


class Command(ScrapyCrawlCommand):
    crawler: Crawler | None = None

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        # Kept to read the crawl's health verdict once it has finished.
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            spidercls = self.crawler_process.spider_loader.load(args[0])
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                # Raises UsageError naming the argument: scrapy prints it and exits with 2.
                check(opts.spargs, self.settings)
        try:
            # Held for the run: the JOBDIR lock, and the store (reached, locked, schema checked).
            assert self.settings is not None
            open_for_run(self.settings)
        except (StoreError, ValueError) as exc:
            raise UsageError(str(exc)) from None
        super().run(args, opts)
        stats = self.crawler.stats if self.crawler is not None else None
        if stats is not None and stats.get_value("newscrawl/site_unreachable"):
            self.exitcode = 2  # a site that cannot be crawled is a bad argument
            return
        if not self.exitcode and self.crawler is not None and health_failed(self.crawler):
            self.exitcode = HEALTH_EXIT_CODE


__all__ = ["Command", "UsageError"]
