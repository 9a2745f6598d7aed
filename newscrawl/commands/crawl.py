"""``scrapy crawl`` that rejects bad spider arguments in one line before anything starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            spidercls = self.crawler_process.spider_loader.load(args[0])
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                # Raises UsageError naming the argument: scrapy prints it and exits with 2.
                check(opts.spargs, self.settings)
        super().run(args, opts)


__all__ = ["Command", "UsageError"]
