"""ArticleLoader: every input and output processor of the Article item, declared once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from itemloaders.common import wrap_loader_context
from itemloaders.processors import Join, MapCompose, TakeFirst
from itemloaders.utils import arg_to_iter
from scrapy.loader import ItemLoader

from newscrawl import processors as p
from newscrawl.items import Article

#: Input processors per (loader class, field), composed once.
_INPUT_PROCESSORS: dict[tuple[type[ItemLoader], str], Any] = {}
#: Output processors per (loader class, item class, field).
_OUTPUT_PROCESSORS: dict[tuple[type[ItemLoader], type, str], Any] = {}


class ArticleLoader(ItemLoader):
    """Cleans every value the page objects collect; site code never strips or joins text.

    A site that needs another rule subclasses it and changes one processor
    (``image_url_in = MapCompose(...)``); its page names the subclass as ``loader_class``.
    """

    default_item_class = Article
    default_input_processor = MapCompose(p.clean_text)
    default_output_processor = TakeFirst()

    title_in = MapCompose(p.clean_text, p.strip_site_suffix)
    description_in = MapCompose(p.clean_text, p.without_markup)
    authors_in = MapCompose(
        p.clean_text,
        p.drop_credits,
        p.split_authors,
        p.drop_contact_and_title,
        p.clean_text,
        p.drop_accounts,
        p.name_case,
    )
    authors_out = p.unique
    section_in = MapCompose(p.clean_text, p.drop_default_category, p.slug)
    tags_in = MapCompose(p.clean_text, p.tag_values, p.drop_default_category)
    tags_out = p.unique_tags
    body_in = MapCompose(p.clean_text, p.drop_boilerplate)
    body_out = Join("\n\n")
    image_url_in = MapCompose(p.clean_text, p.absolute_url)
    language_in = MapCompose(p.clean_text, p.language_subtag)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # What the input processor made of each (field, raw values) seen: a page tries its
        # layers with cleaned() and then adds the winning one, which is cleaned only once.
        self._cleaned: dict[tuple[Any, ...], list[Any]] = {}

    def get_input_processor(self, field_name: str) -> Any:
        """The field's processor, after a charset repair of text and before its length cap.

        Around whatever a site declares for the field, so no site can skip them: mojibake
        is undone first (:func:`~newscrawl.processors.repair_charset`), and a value longer
        than :data:`~newscrawl.processors.LIMITS` allows is set aside last, so the page's
        next source is used. Both are noted in the ``damaged`` context for the stats.
        """
        # Built once per loader class and field: itemloaders inspects the signature of every
        # processor object it has not seen, so a new MapCompose per value costs more than
        # the cleaning itself.
        key = (type(self), field_name)
        cached = _INPUT_PROCESSORS.get(key)
        if cached is not None:
            return cached
        processor: Any = super().get_input_processor(field_name)
        # A MapCompose inside a MapCompose maps the same values through the same functions;
        # one flat MapCompose spares a context and a call per value and function.
        flat = type(processor) is MapCompose and not processor.default_loader_context
        steps: list[Any] = [*processor.functions] if flat else [processor]
        if field_name in p.REPAIRED:
            steps.insert(0, p.repair_charset(field_name))
        if field_name in p.LIMITS:
            steps.append(p.at_most(field_name))
        composed = MapCompose(*steps) if len(steps) > 1 or flat else processor
        _INPUT_PROCESSORS[key] = composed
        return composed

    def get_output_processor(self, field_name: str) -> Any:
        # Once per loader class, item class and field: itemloaders looks a field without
        # ``<field>_out`` up in the item's field metadata through a new ItemAdapter each time.
        key = (type(self), type(self.item), field_name)
        cached = _OUTPUT_PROCESSORS.get(key)
        if cached is None:
            cached = _OUTPUT_PROCESSORS[key] = super().get_output_processor(field_name)
        return cached

    def cleaned(self, field: str, values: Iterable[Any]) -> list[Any]:
        """What the input processor of ``field`` keeps of ``values``, without storing them."""
        raw = list(values)
        key = _key(field, raw)
        found = self._cleaned.get(key) if key is not None else None
        if found is None:
            processor = wrap_loader_context(self.get_input_processor(field), self.context)
            found = list(arg_to_iter(processor(raw)))
            if key is not None:
                self._cleaned[key] = found
        return [value for value in found if value is not None]

    def _process_input_value(self, field_name: str, value: Any) -> Any:
        # The processors are pure but for the "damaged" notes, which a set keeps once.
        key = _key(field_name, value) if isinstance(value, list) else None
        if key is not None and (found := self._cleaned.get(key)) is not None:
            return list(found)
        return super()._process_input_value(field_name, value)


def _key(field: str, values: list[Any]) -> tuple[Any, ...] | None:
    """A cache key for ``values`` of ``field``; None when a value is not hashable."""
    # The types too: 1 and True are equal keys, not equal inputs.
    key = (field, tuple(values), tuple(map(type, values)))
    try:
        hash(key)
    except TypeError:
        return None
    return key
