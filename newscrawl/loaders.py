"""ArticleLoader: every input and output processor of the Article item, declared once."""

from __future__ import annotations

from itemloaders.processors import Join, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from newscrawl import processors as p
from newscrawl.items import Article


class ArticleLoader(ItemLoader):
    """Cleans every value the page objects collect; site code never strips or joins text."""

    default_item_class = Article
    default_input_processor = MapCompose(p.clean_text)
    default_output_processor = TakeFirst()

    title_in = MapCompose(p.clean_text, p.strip_site_suffix)
    authors_in = MapCompose(p.clean_text, p.split_authors, p.clean_text)
    authors_out = p.unique
    tags_in = MapCompose(p.clean_text)
    tags_out = p.unique
    body_in = MapCompose(p.clean_text, p.drop_boilerplate)
    body_out = Join("\n\n")
    image_url_in = MapCompose(p.clean_text, p.absolute_url)
    language_in = MapCompose(p.clean_text, p.language_subtag)
