"""The synthetic Firstpost-like site: sections, articles, listing pages and seeded text."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property

ORIGIN = "https://www.firstpost.com"
IST = timezone(timedelta(hours=5, minutes=30))
#: Share of articles in the 2019-2021 "FP2.0" design; the rest use the current design.
FP2_SHARE = 0.3
#: The spider follows at most NEWSCRAWL_MAX_PAGES (50) listing pages per section.
MAX_LISTING_PAGES = 45
ARTICLES_PER_PAGE = 30

SECTIONS = (
    "india", "world", "politics", "business", "tech", "sports", "entertainment", "health",
    "opinion", "explainers", "lifestyle", "science", "education", "auto", "economy", "cricket",
    "bollywood", "living", "travel", "food",
)  # fmt: skip

# Seeded "English": common words, so tokenizers and text heuristics see ordinary prose.
_WORDS = (
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when if so "
    "no will more out up into do any your what time can only other new some could these two may "
    "first then than like made over such our even most after also did many before must through "
    "back years where much way well down should because each just those people how too little "
    "state good very make world still own see men work long get here between both life being "
    "under never day same another know while last might us great old year off come since "
    "against go came right used take three government minister court police election market "
    "party report country city week month said according official told percent bank economy "
    "growth crore lakh rupee capital policy reform debate parliament assembly district village "
    "farmers monsoon rain flood water power energy coal railway airport metro highway budget "
    "tax prices inflation investors shares index exports trade talks summit border security "
    "army defence military match series team captain wicket innings runs stadium film actor "
    "director release box office music festival season health hospital doctors vaccine study "
    "research university students exam results school science space mission launch satellite "
    "data phone company startup funding users platform digital online service network"
)
WORDS = tuple(_WORDS.split())
_FIRST = (
    "Aarav Priya Rohan Ananya Vikram Neha Arjun Kavya Rahul Sneha Karan Meera Aditya Pooja "
    "Siddharth Isha Nikhil Divya Manish Tanvi Rajesh Shreya Anil Ritu"
)
FIRST_NAMES = tuple(_FIRST.split())
_LAST = (
    "Sharma Verma Iyer Nair Reddy Gupta Mehta Kapoor Singh Das Banerjee Pillai Joshi Rao "
    "Chatterjee Menon Kulkarni Bose Malhotra Saxena"
)
LAST_NAMES = tuple(_LAST.split())
DESKS = ("FP Staff", "FP News Desk", "FP Trending", "Press Trust of India", "Reuters")


def sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: tuple[int, int] = (2, 5)) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def headline(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(7, 13))
    return " ".join(w.capitalize() if i == 0 or len(w) > 3 else w for i, w in enumerate(words))


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What listings and other pages need to know about an article; the body is made on demand."""

    number: int
    article_id: int
    section: str
    design: str  # "current" or "fp2"
    title: str
    summary: str
    published: datetime
    modified: datetime
    authors: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def slug(self) -> str:
        return "-".join(self.title.lower().split()[:9])

    @property
    def path(self) -> str:
        return f"/{self.section}/{self.slug}-{self.article_id}.html"

    @property
    def url(self) -> str:
        return ORIGIN + self.path


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a section listing; ``style`` is "category" (FP2.0) or "section" (current)."""

    section: str
    style: str
    number: int
    articles: tuple[ArticleMeta, ...]
    last: int

    @staticmethod
    def path_for(section: str, style: str, number: int) -> str:
        if style == "category":
            base = f"/category/{section}"
            return base if number == 1 else f"{base}/page/{number}"
        return f"/{section}/" if number == 1 else f"/{section}/page/{number}/"

    @property
    def url(self) -> str:
        return ORIGIN + self.path_for(self.section, self.style, self.number)


@dataclass
class Site:
    """N articles spread over sections, newest first, with their listing pages."""

    size: int
    seed: int = 2021
    crawl_date: datetime = field(default=datetime(2026, 1, 15, 6, 0, tzinfo=UTC))

    @cached_property
    def sections(self) -> tuple[tuple[str, str], ...]:
        """(name, listing style) pairs; enough sections that each has <= MAX_LISTING_PAGES."""
        wanted = max(4, math.ceil(self.size / (ARTICLES_PER_PAGE * MAX_LISTING_PAGES * 0.75)))
        names = SECTIONS[: min(wanted, len(SECTIONS))]
        return tuple((n, "category" if i % 2 == 0 else "section") for i, n in enumerate(names))

    @cached_property
    def per_page(self) -> int:
        """Cards per listing page: 30, fewer on a tiny site so that it still paginates."""
        per_section = math.ceil(self.size / len(self.sections))
        small = max(5, min(ARTICLES_PER_PAGE, math.ceil(per_section / 3)))
        return max(small, math.ceil(per_section / MAX_LISTING_PAGES))

    @cached_property
    def articles(self) -> tuple[ArticleMeta, ...]:
        """All articles, newest first."""
        rng = random.Random(self.seed)
        made = [self._article(number, rng) for number in range(self.size)]
        made.sort(key=lambda a: a.published, reverse=True)
        return tuple(made)

    def _article(self, number: int, rng: random.Random) -> ArticleMeta:
        fp2 = rng.random() < FP2_SHARE
        if fp2:  # 2019-2021, 7-digit ids
            start, span, article_id = datetime(2019, 3, 1, tzinfo=IST), 900, 6_300_000 + number * 7
        else:  # 2022-, 8-digit ids
            start, span, article_id = (
                datetime(2022, 12, 1, tzinfo=IST),
                1100,
                11_800_000 + number * 9,
            )
        published = start + timedelta(seconds=rng.randrange(span * 86400))
        modified = published + timedelta(seconds=rng.choice((0, 0, rng.randrange(1, 86400))))
        if rng.random() < 0.2:
            authors: tuple[str, ...] = (rng.choice(DESKS),)
        else:
            count = 2 if rng.random() < 0.15 else 1
            authors = tuple(
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(count)
            )
        return ArticleMeta(
            number=number,
            article_id=article_id,
            section=self.sections[number % len(self.sections)][0],
            design="fp2" if fp2 else "current",
            title=headline(rng),
            summary=sentence(rng, 18, 34),
            published=published.replace(microsecond=0),
            modified=modified.replace(microsecond=0),
            authors=authors,
            tags=tuple(dict.fromkeys(rng.choices(WORDS[120:], k=rng.randint(3, 5)))),
        )

    @cached_property
    def by_section(self) -> dict[str, tuple[ArticleMeta, ...]]:
        grouped: dict[str, list[ArticleMeta]] = {name: [] for name, _ in self.sections}
        for article in self.articles:
            grouped[article.section].append(article)
        return {name: tuple(items) for name, items in grouped.items()}

    @cached_property
    def listings(self) -> tuple[Listing, ...]:
        pages: list[Listing] = []
        for name, style in self.sections:
            items = self.by_section[name]
            last = max(1, math.ceil(len(items) / self.per_page))
            for number in range(1, last + 1):
                chunk = items[(number - 1) * self.per_page : number * self.per_page]
                pages.append(Listing(name, style, number, chunk, last))
        return tuple(pages)

    def section_url(self, name: str) -> str:
        style = dict(self.sections)[name]
        return ORIGIN + Listing.path_for(name, style, 1)

    def related(self, article: ArticleMeta, count: int) -> list[ArticleMeta]:
        """Other articles for "read more" boxes: the same section, else the whole site.

        A small site repeats cards rather than making lighter pages than a real one.
        """
        items = self.by_section[article.section]
        if len(items) <= count:
            items = self.articles
        start = (article.number * 7919) % len(items)
        picked = (items[(start + k) % len(items)] for k in range(count + 1))
        return [a for a in picked if a.article_id != article.article_id][:count]

    def article_rng(self, article: ArticleMeta) -> random.Random:
        return random.Random(self.seed * 1_000_003 + article.article_id)
