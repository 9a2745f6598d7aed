"""``scrapy crawl`` that checks spider, arguments, settings and output paths before anything starts.

Exit codes: 0 finished (or paused under JOBDIR), 1 crashed, 2 bad argument or setting
(``-a site=`` with no home page there included), 3 the crawl failed: a health check failed,
or the site could not be reached (``site_unreachable``).
"""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING, NoReturn

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl.checks import check_crawl
from newscrawl.delta import open_for_run
from newscrawl.monitors import HEALTH_EXIT_CODE, health_failed
from newscrawl.store import StoreError
from newscrawl.unreachable import BAD_SITE_STAT

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: ``scrapy crawl`` exits with this on a bad argument or setting, like argparse.
USAGE_EXIT_CODE = 2


def usage_error(message: str, command: str = "crawl") -> NoReturn:
    """One line naming the problem, one line of usage, exit code 2: no version banner."""
    sys.stderr.write(
        f"scrapy: error: {message}\nusage: scrapy {command} [options] <spider> "
        f"(scrapy {command} -h for help)\n"
    )
    sys.exit(USAGE_EXIT_CODE)


class Command(ScrapyCrawlCommand):
    crawler: Crawler | None = None
    created: list[Path]

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        # Runs before the crawler process exists, so nothing is logged before the error line.
        try:
            super().process_options(args, opts)
        except UsageError as exc:
            usage_error(str(exc))
        self.created = []
        if len(args) != 1:
            return  # Scrapy's own run() says what is missing
        try:
            assert self.settings is not None
            _, self.created = check_crawl(self.settings, args[0], opts.spargs)
            # Held for the run: the JOBDIR lock, and the store (reached, locked, schema checked).
            open_for_run(self.settings)
        except (StoreError, ValueError) as exc:
            usage_error(str(exc))
        except UsageError as exc:
            usage_error(str(exc))

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        # Kept to read the crawl's health verdict once it has finished.
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        for folder in getattr(self, "created", []):
            logger.info("Created the folder %(folder)s for the crawl's files", {"folder": folder})
        super().run(args, opts)
        # Every file is written and closed: the interpreter's last garbage collection over the
        # crawl's objects took ~1 s at every exit (a Ctrl-C included) and frees nothing we need.
        gc.freeze()
        stats = self.crawler.stats if self.crawler is not None else None
        if stats is not None and stats.get_value(BAD_SITE_STAT):
            self.exitcode = USAGE_EXIT_CODE  # -a site= names no home page: a bad argument
            return
        if not self.exitcode and self.crawler is not None and health_failed(self.crawler):
            self.exitcode = HEALTH_EXIT_CODE


__all__ = ["Command", "UsageError"]
