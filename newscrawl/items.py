"""The Article item: the output contract of every news spider, one JSON object per article."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Version of this contract; README "Feed schema versions" says what changed in each.
SCHEMA_VERSION = "1"


@dataclass
class Article:
    """One news article as exported to the feed.

    Field order here is the key order of each JSON Lines object.
    """

    url: str | None = None
    """Canonical article URL: https, the site's canonical host, no tracking parameters,
    no fragment, no AMP suffix; the page's same-site ``<link rel="canonical">`` wins."""

    site: str | None = None
    """Short name of the site: a site file's spider name; for the generic ``news`` spider the
    host without ``www.`` (``"example-paper.com"``)."""

    article_id: str | None = None
    """The site's own article id, taken from the URL's path, else from an id query parameter
    (``article.php?id=30101``), as a string (``"11792501"``); null when the URL carries none."""

    title: str | None = None
    """The headline (JSON-LD ``headline``, else the page's ``<h1>``, else ``og:title`` or the
    part of ``<title>`` the page shows as its headline; an ``<h1>`` that only links to another
    page is another story's teaser; a line break in it is a space, and a label before the
    headline in it that ``og:title`` leaves out is none of it), never with the site's name
    (also spelt as its domain, run on a little, "ABC新聞デジタル", or in brackets, "【ABC新聞】")
    nor a section the page or its URL names beside it ("Headline | News | Site"). A page whose
    only headline is a ``<title>`` none of whose parts is a name it gives its site takes the
    part its URL or description names, counted (``newscrawl/text/guessed/title``)."""

    description: str | None = None
    """The dek or summary shown under the headline, or null when the page has none. A marked-up
    description that repeats the headline, names the site alone or is its tagline ("The Daily
    Courier - local news ...") is none; HTML a CMS escaped into it is removed, and one cut
    short ("...", "…") gives way to a later tag that holds it whole."""

    authors: list[str] = field(default_factory=list)
    """Author names in page order, deduplicated: ``"A, A"`` is one author, ``"A and B"`` two.
    A title or desk after a person's name is none ("By Robert Burns, AP National Security
    Writer" is one author); a news agency or desk credited alone is the author, also by a
    sign-off alone under the text ("(antara)") or a signature line closing it. A name printed
    wholly in capitals is written as names are ("JANE DOE" is "Jane Doe"; "BBC" stays). A
    CMS account name ("admin", "webmaster", "jdadmin") or a button's label ("Email the
    author") is no author."""

    published_at: str | None = None
    """Publication instant in UTC, ISO 8601 to the second: ``"2013-06-05T02:53:04Z"``.

    A page that gives only a day (``"2018-08-13"``, "3 days ago") and no time of day on that
    day anywhere else: that day as printed at ``00:00:00Z``, never moved by a zone into
    another UTC day (counted as ``newscrawl/dates/date_only``); a page dated nowhere else
    takes the day its URL names (``/2026/11/24/``) the same way. A date printed in another
    calendar (Solar Hijri, the Thai Buddhist Era) is its Gregorian instant. A date printed
    without its year ("Nov. 24, 5:32 p.m. ET") takes the URL's year, else the year of the
    sitemap or feed entry that listed the article, else the crawl time's (counted as
    ``newscrawl/dates/assumed_year``); ``published_raw`` keeps it as printed. A time printed
    without a day ("6:45 PM") is the latest such time before the crawl (counted as
    ``newscrawl/dates/assumed_day``). A zone abbreviation of several meanings ("IST") that
    nothing on the page or the site's listings settles is read by its usual one (India's;
    counted as ``newscrawl/dates/assumed_zone_meaning``)."""

    published_raw: str | None = None
    """The string ``published_at`` was parsed from, exactly as found on the page; except a
    day-first numeric date of a page whose language writes the day first ("23/11/2026 às
    09h15"), given as ISO 8601 without a zone (``"2026-11-23 09:15"``), so that its day and
    month are never read the other way round later; and a relative date ("2 hours ago") that
    the article's sitemap or feed entry dates to within its unit, given as that entry's date
    in UTC (``"2026-11-25T06:40:00Z"``), which ``published_at`` was parsed from."""

    modified_at: str | None = None
    """Last-modified instant in UTC like ``published_at``, or null when the page has none. A
    ``<time>`` printed after an update label ("Updated <time ...>") is the update, never the
    publication."""

    modified_raw: str | None = None
    """The string ``modified_at`` was parsed from, or null. An update printed as a time alone
    ("mis à jour à 17h20") is that time on the day printed before it, as ISO 8601 without a
    zone (``"2026-11-24T17:20"``), zoned like any printed time."""

    section: str | None = None
    """Top-level section as a lowercase slug (``"tech"``, ``"world-news"``, ``"actualite"``
    for "Actualité": Latin letters without accents, a German page's umlauts spelled out as its
    URLs do, ``"baerstadt"`` for "Bärstadt"): JSON-LD ``articleSection``, ``article:section``
    (of a path, "Business > Markets", its first part), the breadcrumb, a category link
    (``rel="category"``, as WordPress marks a post's categories), or the URL's first segment
    when it is a section the site's navigation lists, alone or by a sub-section of it (a
    menu's ``/business/markets/``: ``business``; a site file may always use that segment,
    and WordPress's ``/category/<name>/`` links name ``<name>``; a page read alone with
    ``extract_article``, or fetched by ``-a urls=``, has its own menu for navigation; a
    locale, ``/en-us/``, is no section; after a date in the path, ``/2026/11/24/politics/``,
    the segment that follows it); null when none says. A CMS's default category
    ("Uncategorized"), its catch-all stream or post type ("All", "Front Page", "post") and a
    marked section naming the site itself ("gizmodo.com") are none."""

    tags: list[str] = field(default_factory=list)
    """Tag names as shown on the page, deduplicated whatever their case (the first spelling
    kept), in page order; a CMS's own tokens and flags (``channel_other``,
    ``@post-id:1913719``, ``serversidehawk``), "Category: " words, its default category
    ("Uncategorized") and a tag repeating a headline of four words or more left out."""

    body: str | None = None
    """Plain text of the article, paragraphs joined by a blank line; no ad labels, related-story
    boxes, captions or share buttons, the standfirst printed above it or the writers' signature
    line closing it, and only the first article when the page appends more; a post the story
    quotes (an embedded tweet) is text. An article split over pages (``?page=2``, ``/2``) is
    the text of all its pages, at most 20."""

    image_url: str | None = None
    """Absolute URL of the lead image (JSON-LD ``image``, ``og:image`` or ``twitter:image``,
    then their other spellings and ``<link rel="image_src">``, unless that is the site's logo
    or default sharing picture; JSON-LD's thumbnail, under 300 pixels wide by its address,
    gives way to a larger ``og:image``; else, on the generic path, the picture between the
    headline and the text, or the first picture in the article text, that is no logo, icon,
    avatar or pixel, behind a lazy placeholder the one its ``<picture>``'s source or
    ``<noscript>`` holds), percent-encoded as browsers send it, or null."""

    language: str | None = None
    """Primary language subtag of the article, lowercase (``"en"``): as declared (JSON-LD,
    ``<html lang>``, ``og:locale``, ``Content-Language``) unless the title's script contradicts
    it, or a declared English is contradicted by the function words of the text (a theme's
    ``lang="en-US"`` on a German site); undeclared, from the title's script or the function
    words of the text, else ``"en"``."""

    word_count: int | None = None
    """Number of whitespace-separated words in ``body``."""

    crawled_at: str | None = None
    """UTC instant the page was fetched (for a WARC replay, the record's ``WARC-Date``)."""

    schema_version: str = SCHEMA_VERSION
    """Version of this item contract (``"1"``); it changes whenever a field changes."""
