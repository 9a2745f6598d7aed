# ruff: noqa: RUF001, RUF002, RUF003  (Chinese labels are matched with their own full-width punctuation)
"""Generic author layers: ``rel=author`` and author-page links, "By ..." bylines near the headline."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from lxml import etree

from newscrawl.agencies import AGENCIES, AGENCY_ACRONYM_CHARS, AGENCY_NAMES, AGENCY_SPELLINGS
from newscrawl.pages.marks import MarkupMark
from newscrawl.pages.text import INLINE_TAGS
from newscrawl.processors import (
    BIDI_MARKS,
    BRACKETED_TAIL,
    FOR_OUTLET,
    KO_STAFF_TITLE,
    ROLE_NOUNS,
    UI_AFTER_NAME,
    drop_contact_and_title,
    language_subtag,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Attributes, whose getparent() is their element: a link's rel or href is read without
# making a Python object of every link, and itemprop=author / itemprop=name is found with one
# predicate per attribute, not one per element of the page.
_LINK_RELS = etree.XPath(".//a/@rel")
_ITEMPROP_AUTHOR = etree.XPath("descendant::*/@itemprop[. = 'author']")
_ITEMPROP_NAME = etree.XPath("descendant::*/@itemprop[. = 'name']")
_LINK_HREFS = etree.XPath(".//a/@href")
#: What the ``rel`` and ``itemprop`` scans look for, as the lower-cased markup spells it: a page
#: whose markup lacks it is not scanned (each scan reads every element of the page).
_REL_AUTHOR_MARK = re.compile(r"""rel\s*=\s*(?:"[^"]*author|'[^']*author|author)""")
_ITEMPROP_AUTHOR_MARK = MarkupMark("itemprop", r"""itemprop\s*=\s*["']?\s*author""")
_AUTHOR_PATH = re.compile(
    r"/(?:author|authors|by|profile|autor|autora|autores|autore|autori|autoren|auteur|auteurs"
    r"|writer|writers|skribent|skribenter|forfatter|forfattere|journalist|toimittaja|yazar"
    r"|szerzo|szerzok)/"
    # a person's page under it (``/author/jane-roe``): not the folder alone, nor a tag named
    # like it (``/tag/by/``); not a licence's version (``creativecommons.org/licenses/by/3.0/``)
    r"(?=[^/?#\s])(?!\d+\.\d)"
    # Drupal's author link is the account page by number (``/user/12``), never ``/user/login``
    r"|/user/\d+/?(?:$|[?#])"
    # a newsroom's staff page of one person (``/staff/2648000001/maria-lopez/``), not ``/staff/``
    r"|/staff/[\w-]+",
    re.IGNORECASE,
)
#: Elements whose own text may be a byline line when they hold no other element.
_LEAF_TAGS = ("p", "span", "div", "address")
#: "By Jane Roe", "Written by ...", "Story by ...", "Reporting by ...", and with a colon as US
#: local TV sites print it ("by: Jane Roe", "Posted by: The Associated Press").
_BY = re.compile(
    r"^\s*(?:(?:written|posted|story|words|text|report|reported|reporting|authored|curated"
    r"|contributed"
    # the piece's kind before "by": "Analysis by ...", "Opinion by ...", "Guest column by ..."
    r"|analysis|opinion|commentary|(?:guest )?column|essay|review|perspective)\s+)?"
    r"by:?\s+(.{2,80}?)\s*$",
    re.IGNORECASE,
)
#: The word a byline starts with, and the word between two names, per page language.
BYLINE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # "Geschrieben von" (written by), as Joomla prints it in German; "Autorin:" (author)
    # the piece's kind before "von": "Ein Kommentar von", "Eine Analyse von"
    "de": (
        (
            "geschrieben von",
            "verfasst von",
            "von",
            "autor:",
            "autorin:",
            "ein kommentar von",
            "ein gastbeitrag von",
            "ein gastkommentar von",
            "eine analyse von",
            "eine kolumne von",
            "ein essay von",
            "eine reportage von",
        ),
        ("und",),
    ),
    "es": (("por",), ("y", "e")),
    "pt": (("por",), ("e",)),
    "fr": (("par",), ("et",)),
    "it": (("di", "a cura di"), ("e",)),
    "nl": (("door",), ("en",)),
    "pl": (("autor:", "autorka:", "autorzy:"), ("i",)),
    "cs": (("autor:", "autorka:"), ("a",)),
    # "Text:" names the writer as "Foto:" names the photographer, who is no author
    "sv": (("av", "text:", "text och foto:"), ("och",)),
    "nb": (("av", "tekst:", "tekst og foto:"), ("og",)),
    "nn": (("av", "tekst:", "tekst og foto:"), ("og",)),
    "no": (("av", "tekst:", "tekst og foto:"), ("og",)),
    "da": (("af", "tekst:", "tekst og foto:"), ("og",)),
    "fi": (("teksti:", "teksti ja kuvat:"), ("ja",)),
    "ca": (("per",), ("i",)),
    # "Szerző:" (author), "Írta:" (written by); names are printed family name first, as is
    "hu": (("szerző:", "szerzők:", "írta:"), ("és",)),
    # "Penulis:" (writer), "Reporter:"; "Editor:" names no author. "Laporan wartawan <paper>,
    # <name>" (a report by <paper>'s journalist) names the outlet before the writer.
    "id": (
        ("oleh", "penulis:", "penulis", "reporter:", "laporan wartawan", "laporan reporter"),
        ("dan",),
    ),
    # Malay: "Oleh" (by), "Penulis:" (writer), "Wartawan:" (reporter); "dan" (and)
    "ms": (("oleh", "penulis:", "wartawan:", "laporan:"), ("dan",)),
    # "كتب:" (wrote), "بقلم:" (by the pen of); "و" (and) is also written joined to the name
    "ar": (("كتب:", "كتبت:", "بقلم:", "كتب", "كتبت", "بقلم"), ("و",)),
    # "نویسنده:" (writer), "خبرنگار:" (reporter), "به قلم:" (by the pen of)
    "fa": (("نویسنده:", "خبرنگار:", "به قلم:", "نگارش:"), ("و",)),
    # "מאת" (by), "כתב:"/"כתבה:"/"כתבו:" (wrote); "ו" (and) is written onto the next name,
    # with or without a hyphen ("ונועה ברק", "ו-נועה ברק"): a joiner ending in "-" is so
    "he": (("מאת:", "מאת", "כתב:", "כתבה:", "כתבו:", "כתבים:"), ("ו-",)),
    # "Текст:" names the writer as "Фото:" names the photographer, who is no author
    "ru": (("автор:", "авторы:", "автор текста:", "текст:", "текст и фото:"), ("и",)),
    "uk": (("автор:", "авторка:", "автори:", "текст:", "текст і фото:"), ("і", "та")),
    "bg": (("автор:", "автори:", "текст:"), ("и",)),
    # "Haber:" (news by), "Muhabir:" (reporter), "Yazan:" (written by)
    "tr": (("haber:", "muhabir:", "yazan:"), ("ve",)),
    # Filipino: "ni" (by), "Isinulat ni" (written by), "Ulat ni" (report by); "at" (and)
    "fil": (("ni", "isinulat ni", "ulat ni"), ("at",)),
    "tl": (("ni", "isinulat ni", "ulat ni"), ("at",)),
    # Greek names the writer in the genitive after "Του"/"Της" (of), or in the nominative after
    # "Γράφει ο/η" (writes); "και του"/"και της" (and of) joins genitive names
    "el": (
        ("γράφει ο", "γράφει η", "γράφουν οι", "γράφει:", "του", "της", "των"),
        ("και του", "και της", "και ο", "και η", "και"),
    ),
    # "โดย" (by), "ผู้เขียน:" (writer), "รายงานโดย" (reported by), "เรื่อง:" (story); "และ" (and)
    "th": (("โดย", "ผู้เขียน:", "ผู้เขียน", "รายงานโดย", "เรื่อง:", "เรื่องโดย"), ("และ",)),
    # Swahili "Na" (by) opens the line and "na" (and) joins the names: "Na Juma na Aisha"
    "sw": (("na",), ("na",)),
    # "লেখক:" (writer), "প্রতিবেদক:" (reporter); "ও" and "এবং" (and)
    "bn": (("লেখক:", "প্রতিবেদক:"), ("ও", "এবং")),
    # Romanian "de" (by; also "of", but then no names follow), "Autor:"; "și" (and), also
    # with the cedilla older CMSes print ("şi")
    "ro": (("de", "autor:", "autori:", "autoare:"), ("și", "şi")),
    # "رپورٹ:" (report), "رپورٹر:" (reporter), "تحریر:" (written by); "اور" (and)
    "ur": (("رپورٹ:", "رپورٹر:", "تحریر:", "رپورٹ", "تحریر"), ("اور",)),
    # "By ..." is read before these; "Author:" as multilingual sites label every edition
    # "Words: Ana Ruiz. Photos: ...", "Text: Ana Ruiz", as magazines credit the writer
    "en": (("author:", "authors:", "words:", "text:"), ("and",)),
}
#: News agencies credited alone on a byline line, per page language: the agency is the
#: story's author (Anadolu, Demirören, İhlas and ANKA news agencies; the Dutch ANP and the
#: Belgian Belga, whose copy Flemish papers also print).
AGENCY_CREDITS: dict[str, frozenset[str]] = {
    "tr": frozenset({"AA", "DHA", "İHA", "ANKA"}),
    # Télam, Noticias Argentinas (NA), DyN; EFE and Europa Press (Spain), Notimex (Mexico)
    "es": frozenset({"Télam", "NA", "DyN", "EFE", "Europa Press", "Notimex"}),
    "nl": frozenset({"ANP", "Belga"}),
    # the Romanian agencies (Agerpres, News.ro, Mediafax, Rador) and the Moldovan ones (IPN,
    # Moldpres, Infotag), as their credits print them
    "ro": frozenset({"Agerpres", "AGERPRES", "News.ro", "NEWS.RO", "Mediafax", "MEDIAFAX"})
    | frozenset({"Rador", "RADOR", "IPN", "Moldpres", "MOLDPRES", "Infotag", "INFOTAG"}),
    # Portugal's news agency, and its full name
    "pt": frozenset({"Lusa", "Agência Lusa"}),
    # the Hungarian news agency (Magyar Távirati Iroda)
    "hu": frozenset({"MTI"}),
    # the Athens-Macedonian News Agency (ΑΠΕ-ΜΠΕ, also written ANA-MPA) and the Cyprus News
    # Agency (ΚΥΠΕ)
    "el": frozenset({"ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ANA-MPA", "ΚΥΠΕ"}),
    # Ukrinform, UNIAN, Interfax-Ukraine in Ukrainian and Russian spelling, and the wires
    # Ukrainian papers credit in Latin letters
    "uk": frozenset({"Укрінформ", "УНІАН", "Інтерфакс-Україна", "Reuters", "AFP", "AP"}),
    "ru": frozenset({"Укринформ", "УНИАН", "Интерфакс-Украина", "Интерфакс", "ТАСС", "Reuters"}),
    # and South Asia's national wires in their English credits: the Associated Press of
    # Pakistan (APP), the Press Trust of India (PTI), IANS, ANI, and Bangladesh's BSS and UNB;
    # and the News Agency of Nigeria (NAN)
    "en": frozenset(
        {"Reuters", "AFP", "Associated Press", "Bloomberg", "Ukrinform", "UNIAN"}
        | {"APP", "PTI", "IANS", "ANI", "BSS", "UNB", "NAN"}
    ),
    # Taiwan's Central News Agency, Xinhua, China News Service, and the wires in Chinese
    "zh": frozenset(
        {
            "中央社",
            "中央通訊社",
            "新華社",
            "新华社",
            "中新社",
            "路透社",
            "法新社",
            "美聯社",
            "美联社",
            "共同社",
        }
    ),
    # the Saudi (واس), Qatari (قنا), Emirati (وام), Kuwaiti (كونا), Bahraini (بنا) and Omani
    # (العمانية) agencies, and the wires Arabic papers credit in Arabic
    "ar": frozenset(
        {
            "واس",
            "قنا",
            "وام",
            "كونا",
            "بنا",
            "العمانية",
            "رويترز",
            "أ ف ب",
            "أ.ف.ب",
            "د ب أ",
            "الأناضول",
            "فرانس برس",
        }
    ),
}
#: A byline line naming the story's source ("Fuente: Télam", "Fonte: Lusa", "Source: AFP",
#: "Джерело: Укрінформ"):
#: the agency is the author when it is one.
_SOURCE_LABEL = re.compile(
    r"^(?:fuente|fonte|source|quelle|źr[oó]d[lł]o|zdroj|джерело|источник|forr[aá]s|sursa)"
    r"\s*:\s*(\S.{0,40})$",
    re.IGNORECASE,
)
#: Byline words followed by the outlet, a comma, then the names ("Laporan wartawan Kabar
#: Nusantara, Budi Santoso").
_OUTLET_FIRST = frozenset({"laporan wartawan", "laporan reporter"})
#: "Mehmet Kaya / Ege Haber": the writer, then the paper (or agency) after a slash, or after
#: a dash ("Ramon Villaflor - Kapuluan Herald", as Philippine papers print their own staff).
_SLASH_CREDIT = re.compile(r"^(.{3,60}?)\s+[/\u2013\u2014-]\s+(.{2,60})$")
_CREDIT_MARK = re.compile(r"\s[/\u2013\u2014-]\s")
#: A Korean byline line: names, then the title that follows them, then maybe an e-mail
#: ("홍길동 기자", "이서연·박준호 기자 lee@paper.kr", "김민지 기자, 정다은 기자").
_KO_BYLINE = re.compile(
    rf"^(?:[\uac00-\ud7a3]{{2,4}}\s*(?:{KO_STAFF_TITLE})?\s*[\u00b7\u318d,]\s*)*"
    rf"[\uac00-\ud7a3]{{2,4}}\s*{KO_STAFF_TITLE}(?:\s+<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?)?$"
)
#: A Chinese byline's role words: the names follow ("作者：张伟", "本报记者 周静", "记者 王芳 通讯员
#: 赵强"); "责任编辑" (the desk editor) and "来源" (the source agency) name no author.
_ZH_ROLE = re.compile(
    r"^(?:(?:本报|本報|本台|本网|本網|新华社|新華社|中新社|中央社)?"
    r"(?:首席|特约|特約|实习|實習|见习|見習)?[记記]者|通讯员|通訊員|作者)[:：]?"
)
_ZH_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?$")
#: A Xinhua-style dateline naming its reporters: "新华社江州11月24日电（记者 陈明、李娜）".
_ZH_DATELINE = re.compile(
    r"[电電]\s*[（(]\s*(?:[\u4e00-\u9fff]{0,4})?[记記]者\s*([^）)]{2,40})[）)]"
)
#: A Taiwanese wire dateline, the reporters run into the place and the day before "電":
#: "（中央社記者林美華台北24日電）", "（中央社記者王小明、李大華華盛頓23日專電）".
_ZH_WIRE_DATELINE = re.compile(
    r"(?:[（(]|^)(?:[\u4e00-\u9fff]{2,4}社)?[记記]者([\u4e00-\u9fff、]{4,40}?)\d{1,2}日(?:專|专)?[电電]"
)
#: Labels of a byline's fields before a slash: the writer's ("文／", "撰文／", "圖、文／"), and
#: the photographer's, who is no author ("圖／", "攝影／").
_ZH_WRITER_LABELS = frozenset(
    {"文", "撰文", "撰稿", "圖文", "圖、文", "图文", "图、文", "文圖", "文、圖", "文图", "文、图"}
)
_ZH_PHOTO_LABELS = frozenset({"圖", "图", "攝影", "摄影", "圖片", "图片", "照片"})
#: "台北報導", "綜合報導": where the reporter filed from, which ends the names of a byline.
_ZH_REPORTED = re.compile(r"(?:報導|報道|报道)$")
#: Between the fields of a line, and where a name runs into the date of the next element:
#: "記者蔡宗翰2026-11-24 10:30".
_ZH_FIELDS = re.compile(r"[\s\u3000|｜/／]+|(?<=[\u4e00-\u9fff])(?=\d)")
_ZH_NAMES_SPLIT = re.compile(r"[、，,]")
_ZH_SOURCE = re.compile(r"(?:来源|稿源|来自)[:：]\s*([^\s\u3000|｜:：]{2,20})")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Where the names end on a byline line that goes on ("Von Anna Berger · vor 2 Stunden",
#: "By Jane Roe / The Washington Post", "Reporting by Jane Roe; Editing by Tom Field").
_NAMES_END = re.compile(
    r"\s+[\u00b7\u2022|\u2014\u2013/]\s+|\s+-\s+|\s*;\s*"
    # another credit's label: "Reporter: Budi Santoso Editor: Dewi Lestari"
    r"|\.?\s+(?=[^\W\d_]{2,15}:\s)"
)
#: " with " after an English byline's names: the rest of a sentence ("with the mayor", "with
#: additional reporting by ..."), or before a co-author's name ("with Tom Field").
_WITH_REST = re.compile(r"\s+with\s+(?=[a-z])")
_WITH_NAME = re.compile(r"\s+with\s+(?=[A-Z])")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


#: The date or its label run into an English byline's names: "Jane Roe Updated 5:32 PM EST",
#: "Jane Roe on November 24, 2026", "JANE ROE Associated Press Nov 24, 2026".
_NAMES_THEN_DATE = re.compile(
    r"\s+(?:(?:last\s+)?(?:updated|published|posted|modified)\b"
    rf"|on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|{_MONTHS})[a-z]*\.?\s|\d))"
    rf"|\s+(?=(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}\b)"
    r"|\s+(?=\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)


#: An English relative date run into a byline's names, before or after them: "Hours Ago
#: Devin Coldewey", "Jane Roe 2 hours ago", as a byline's date element prints it beside them.
_RELATIVE_DATE = re.compile(
    r"(?:^|\s+)(?:(?:\d+|an?|a few)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?"
    r"|weeks?|months?|years?)\s+ago(?=\s|$)|(?:^|\s+)just now(?=\s|$)",
    re.IGNORECASE,
)


def without_relative_date(text: str) -> str:
    """A byline's text without the relative date run into its names.

    >>> without_relative_date("Hours Ago Devin Coldewey"), without_relative_date("Jane Roe 2 hours ago")
    ('Devin Coldewey', 'Jane Roe')
    """
    if "ago" not in text.lower() and "just now" not in text.lower():
        return text
    return _RELATIVE_DATE.sub("", text).strip()


#: "the" between "and" and the credit that follows it: "Jane Roe and the Associated Press".
_AND_THE = re.compile(r"\b(and|&)\s+the\s+(?=[A-Z])")


def _by_names(names: str) -> str:
    """The names of an English "By ..." line, up to where they end.

    >>> _by_names("Jane Roe with the mayor"), _by_names("Jane Roe with Tom Field / AP")
    ('Jane Roe', 'Jane Roe and Tom Field')
    >>> _by_names("JANE ROE FOR MAILONLINE"), _by_names("Jane Roe for the Daily Courier")
    ('JANE ROE', 'Jane Roe')
    >>> _by_names("Jane Roe Updated 5:32 PM EST"), _by_names("Jane Roe on November 24, 2026")
    ('Jane Roe', 'Jane Roe')
    >>> _by_names("Theresa May May 24, 2026"), _by_names("Theresa May")
    ('Theresa May', 'Theresa May')
    """
    names = without_relative_date(names)
    names = _NAMES_THEN_DATE.split(_NAMES_END.split(names, maxsplit=1)[0], maxsplit=1)[0]
    # "Jane Roe and the Associated Press": the wire as "Jane Roe and Associated Press" is read
    names = _AND_THE.sub(r"\1 ", names)
    names = UI_AFTER_NAME.sub("", names)  # "Jane Roe @janeroe", "Jane Roe Follow"
    names = FOR_OUTLET.split(names, maxsplit=1)[0]
    return _WITH_NAME.sub(" and ", _WITH_REST.split(names, maxsplit=1)[0])


def _before_credit(name: str) -> str:
    """A byline name without the agency or role run into it with no comma.

    Syndicated wire copy prints the writer's name and the agency as two elements whose text
    runs together: "JOSH ROE Associated Press", "Jane Roe Reuters", "JOSH ROE AP Economics
    Writer". An agency counts as it writes its own name ("AP", "Reuters"), so the Chinese
    name "Li Nan" keeps its "Nan"; a name in capitals ends where the capitals do when a role
    follows ("JOSH ROE Economics Writer").

    >>> _before_credit("JOSH ROE Associated Press"), _before_credit("JOSH ROE AP Economics Writer")
    ('JOSH ROE', 'JOSH ROE')
    >>> _before_credit("Jane Roe Reuters"), _before_credit("Li Nan"), _before_credit("Ana de la Fuente")
    ('Jane Roe', 'Li Nan', 'Ana de la Fuente')
    >>> _before_credit("Jane Roe - Reuters")
    'Jane Roe'
    """
    words = name.split()
    for cut in range(2, len(words)):
        head, tail = words[:cut], " ".join(words[cut:])
        if head[-1].endswith(",") or head[-1].casefold() in _CONJUNCTIONS:
            continue  # "Jane Roe and Reuters": the agency is a co-author, as a comma's is read
        if (
            _key(tail) in _AGENCY_FULL_NAMES
            or tail in AGENCY_NAMES.values()
            or (words[cut] in AGENCY_NAMES.values() and _ROLE.search(tail))
            or (all(w.isupper() for w in head) and not tail.isupper() and _ROLE.search(tail))
        ):
            # "Jane Roe - Reuters": the dash between them is neither's
            return " ".join(head).rstrip(" -\u2013\u2014/|\u00b7")
    return name


_CONJUNCTIONS = frozenset({"and", "&", "und", "et", "y", "e"})


#: Name particles written in lower case ("Ana de la Fuente", "Jan van Dijk").
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le", "van", "von",
     "der", "den", "ter", "y", "e", "bin", "al", "el"}
)  # fmt: skip


def _name(element: HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


def _lined(element: HtmlElement) -> str:
    """The element's text, its lines (``<br>``, blocks) joined by " | ": "Ana Ruiz | Reporter".

    >>> from lxml.html import fragment_fromstring as f
    >>> _lined(f('<div class="byline">Ana Ruiz<br>Reporter</div>'))
    'Ana Ruiz | Reporter'
    >>> _lined(f('<div><p>By <b>Ana</b> Ruiz</p><p>Reporter</p></div>'))
    'By Ana Ruiz | Reporter'
    """
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            # a line break, or any element but those that flow inside a line of text
            line = isinstance(child.tag, str) and child.tag not in INLINE_TAGS
            if line:
                parts.append("\n")
            if isinstance(child.tag, str):
                walk(child)
            if line:
                parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return " | ".join(line for line in lines if line)


def byline_names(
    scope: HtmlElement,
    language: str = "en",
    markup: str | None = None,
    links: Sequence[HtmlElement] | None = None,
    h1s: Sequence[HtmlElement] | None = None,
) -> list[str]:
    """Author names the page shows.

    ``rel=author`` or ``itemprop=author`` names, author-page links, else a "By ..." line,
    or one in the page's ``language`` ("Von ...", "Por ...", "Par ...") near the headline.
    What the caller already has spares a walk of the page: ``markup``, the page's markup in
    lower case; ``links``, the ``<a>`` elements in ``scope``; ``h1s``, its ``<h1>`` elements.
    """
    rel: list[HtmlElement] = []
    if markup is None or _REL_AUTHOR_MARK.search(markup):
        if links is None:
            rel = [v.getparent() for v in _LINK_RELS(scope) if "author" in v.lower().split()]
        else:
            rel = [a for a in links if "author" in (a.get("rel") or "").lower().split()]
    authors: list[HtmlElement] = []
    if markup is None or _ITEMPROP_AUTHOR_MARK.search(markup):
        authors = [attribute.getparent() for attribute in _ITEMPROP_AUTHOR(scope)]
    inner = [attribute.getparent() for a in authors for attribute in _ITEMPROP_NAME(a)]
    for elements in (rel, inner):
        names = [text for e in elements if (text := _name(e)) and len(text) <= 80]
        if names:
            return names
    if links is None:
        linked = [href.getparent() for href in _LINK_HREFS(scope) if _AUTHOR_PATH.search(href)]
    else:
        linked = [a for a in links if _AUTHOR_PATH.search(a.get("href") or "")]
    names = [
        name
        for a in linked
        if (text := _name(a)) and len(text) <= 80 and not _site_chrome(a) and not _mentioned(a)
        for name in _link_names(text, language)
    ]
    if names:
        return names + _agency_after(linked[-1])
    box = _near_headline(scope, h1s)
    for text in _leaf_texts(box):
        line = " ".join(text.split())
        if len(text) < 90 and (match := _BY.match(line)):
            name, wire = with_agency(_by_names(match.group(1)))
            printed = _before_credit(_without_place_text(without_place(name)))
            # "By the end of the year, prices had doubled." opens a sentence, names no one
            if wire or _name_like(_name_separators(("and",)).split(printed)[0].strip(" .")):
                return [printed, *wire]
        if len(text) < 90 and (names := correspondent_names(line)):
            return names
    if box is not scope and (names := marked_names(box, language)):
        return names
    words = BYLINE_WORDS.get(language_subtag(language) or "")
    if words is None or box is scope:
        return []
    for text in _leaf_texts(box):
        if len(text) < 90 and (names := local_byline(" ".join(text.split()), *words)):
            return names
        if len(text) < 90 and (agency := source_agency(" ".join(text.split()), language)):
            return [agency]
    # Names alone, joined by the language's "and" ("Anna Lindqvist och Erik Berg"), as Nordic
    # papers print them: two names or more, so a line of one name (a caption's) is none.
    for text in _leaf_texts(box):
        if len(text) < 90 and len(names := joined_names(" ".join(text.split()), words[1])) >= 2:
            return names
    return []


#: A class or id that marks the author's name: "author", "byline__author", "article-byline",
#: "article-writer", Hungarian "szerző", and "autor" as a word of its own (Romanian, Spanish,
#: Portuguese, Polish, German: "autor", "post_autor", "autores"; never "autorun").
_AUTHOR_MARK = re.compile(
    r"author|byline|writer|szerz|(?<![a-z])autor(?:[ae]s|[aie]|en)?(?![a-z])"
    # Drupal's field of the node's author ("Submitted by <span class="field--name-uid">")
    r"|field--name-uid\b",
    re.IGNORECASE,
)


def _link_names(text: str, language: str) -> list[str]:
    """The names an author link's text gives: without the language's label or a dateline.

    >>> _link_names("كتبت: ريم الحربي", "ar"), _link_names("الواحة - سلطان الدوسري", "ar")
    (['ريم الحربي'], ['سلطان الدوسري'])
    >>> _link_names("Jane Roe", "en"), _link_names("Von Anna Berger", "de")
    (['Jane Roe'], ['Anna Berger'])
    """
    words = BYLINE_WORDS.get(language_subtag(language) or "")
    if words and (names := local_byline(text, *words)):
        return names
    return dateline_names(text, language) or [text]


#: "الرياض - محمد العتيبي": the place the story was filed from, a dash, then the writer.
_AR_DATELINE = re.compile(
    r"^([^\W\d_][^\d:\-\u2013\u2014]{0,30}?)\s+[-\u2013\u2014]\s+(\S.{1,59})$"
)


def dateline_names(line: str, language: str = "en") -> list[str]:
    """The writer (or agency) of an Arabic byline that starts with its dateline, else [].

    Arabic papers print where the story was filed from before the name ("الرياض - محمد
    العتيبي") and before a wire's credit ("جدة - واس"). A name is two words or more, so a
    name before the place ("محمد العتيبي - الرياض") gives none.

    >>> dateline_names("الرياض - محمد العتيبي", "ar"), dateline_names("جدة - واس", "ar")
    (['محمد العتيبي'], ['واس'])
    >>> dateline_names("محمد العتيبي - الرياض", "ar"), dateline_names("Jane Roe - Staff", "en")
    ([], [])
    """
    subtag = language_subtag(language) or ""
    if subtag != "ar" or not (match := _AR_DATELINE.match(line)):
        return []
    place, rest = match.group(1).strip(), match.group(2).strip()
    if rest in AGENCY_CREDITS[subtag]:
        return [rest]
    if len(place.split()) > 2 or len(rest.split()) < 2 or not _name_like(rest):
        return []
    return [rest]


def marked_names(box: HtmlElement, language: str = "en") -> list[str]:
    """Names alone in an element near the headline whose class or id says author or byline.

    Gannett's ``<span class="author">Lisa Kaczke and Trevor J. Mitchell</span>``: no "By",
    no link; only names of two words or more, joined by "and" in English or the page's language.

    >>> from lxml.html import fragment_fromstring as f
    >>> marked_names(f('<div><span class="author">Lisa Kaczke and Trevor J. Mitchell</span></div>'))
    ['Lisa Kaczke', 'Trevor J. Mitchell']
    >>> marked_names(f('<div class="byline"><span class="author">Lisa Kaczke</span> '
    ...                '<span>Sioux Falls Argus Leader</span></div>'))
    ['Lisa Kaczke']
    >>> marked_names(f('<div><span class="author-bio">Lisa writes about schools.</span></div>'))
    []
    >>> marked_names(f('<div><span class="author">文／記者陳志豪　圖／記者黃怡君</span></div>'))
    ['陳志豪']
    """
    words = BYLINE_WORDS.get(language_subtag(language) or "")
    joiners = ("and", *(words[1] if words else ()))
    tags = ("span", "div", "p", "address", "li", "strong")
    marked = [
        element
        for element in box.iter(*tags)
        if _AUTHOR_MARK.search(f"{element.get('class', '')} {element.get('id', '')}")
    ]
    inner = {id(e) for e in marked}
    for element in marked:
        # the innermost: a "byline-section" also holds the publication's name beside the names
        if any(id(e) in inner for e in element.iterdescendants(*tags)):
            continue
        text = without_relative_date(_lined(element).translate(BIDI_MARKS))
        if _HAN.search(text):
            # Chinese names have no spaces to tell them: "文／記者陳志豪　圖／記者黃怡君"
            if names := han_byline(text, language, dateline=False):
                return names
            if language_subtag(language) == "ja" and (names := ja_byline(text, alone=True)):
                return names  # "山田 太郎" alone where the writer's name goes
            continue
        # a label ("Text: Maja Ek / Foto: ...") is read line by line further on
        if not text or len(text) >= 90 or ":" in text:
            continue
        if text in AGENCY_CREDITS.get(language_subtag(language) or "", ()):
            return [text]  # the agency alone where the writer's name goes: "Agerpres"
        # "Av Ingrid Haugland": the language's byline word before the names
        if words and (names := local_byline(text, *words)):
            return names
        if names := dateline_names(text, language):
            return names
        # names alone on the first line, a role on the next: "Ana Ruiz | Senior Reporter"
        first = text.split(" | ", maxsplit=1)[0]
        if by := _BY.match(first):
            first = _by_names(by.group(1))
        if len(linked := _linked_names(element, first)) >= 2:
            return linked  # "By <a>Ana Ruiz</a><a>Tom Field</a>": a link each
        first = _before_credit(UI_AFTER_NAME.sub("", first))
        listed, comma, paper = first.rpartition(",")
        if (
            comma
            and paper.strip()
            and (
                _AND.search(listed)
                or paper.strip().startswith("The ")
                or _paper_after(listed, paper)
            )
        ):
            # "Jane Roe and Tom Field, Lagos": the list ended at "and"; "Jane Roe, The
            # Washington Post": no one's name starts with "The"; "Jane Roe, USA TODAY",
            # "Jane Roe, Nashville Tennessean": the paper, as Gannett's papers credit theirs
            first = listed
        credit: list[str] = []
        if bracket := BRACKETED_TAIL.search(first):
            # "Anna Schmidt (dpa)": the agency's credit after the writer, a co-author;
            # "Anna Schmidt (Redaktion)": the writer's role
            if _is_agency(bracket.group(1)):
                first, credit = first[: bracket.start()], [bracket.group(1)]
            elif _ROLE.search(bracket.group(1)):
                first = first[: bracket.start()]
        if _key(first) in _AGENCY_FULL_NAMES:
            return [first]  # "Press Trust of India" credited alone
        head, *tail = _NAMES_END.split(first, maxsplit=1)
        tail_credit = tail and (
            _outlet_like(tail[0]) or _ROLE.search(tail[0]) or _is_agency(tail[0].strip())
        )
        if tail_credit and _name_like(head):
            # "Budi Santoso - detikNews": the outlet after the name; "Ana Ruiz - Staff
            # Writer", "Ana Ruiz - Reuters", as "By Ana Ruiz / Reuters" is read
            first = head
        text, agency = with_agency(first)
        if names := joined_names(text, joiners):
            return names + _peer_names(element, marked, joiners, names) + agency + credit
    return []


def _peer_names(
    element: HtmlElement, marked: Sequence[HtmlElement], joiners: tuple[str, ...], found: list[str]
) -> list[str]:
    """The names of the elements marked as ``element`` is, after it: one writer each.

    ``<span class="author">Ana Ruiz</span><span class="author">Tom Field</span>``: the mark
    repeated is a list of writers, read whole, not only its first.
    """
    kind = (element.tag, element.get("class"), element.getparent())
    names: list[str] = []
    for peer in marked[marked.index(element) + 1 :]:
        if (peer.tag, peer.get("class"), peer.getparent()) != kind:
            continue
        text = without_relative_date(_lined(peer).translate(BIDI_MARKS))
        if len(text) < 90 and ":" not in text:
            names += [n for n in joined_names(text, joiners) if n not in found + names]
    return names


#: Words that end a newspaper's name ("Nashville Tennessean", "Detroit Free Press") and
#: hardly a person's ("Sun" and "Bee" end both, so are none of them).
_PAPER_WORDS = frozenset(
    {"today", "times", "tribune", "herald", "journal", "gazette", "chronicle", "courier",
     "tennessean", "telegraph", "observer", "dispatch", "inquirer", "enquirer", "sentinel",
     "advocate", "examiner", "statesman", "oklahoman", "ledger", "bulletin", "telegram",
     "newspaper", "newspapers", "magazine", "daily", "weekly", "news", "online", "press",
     "post", "star", "republic", "register", "guardian", "independent", "express", "mail",
     "mirror", "standard", "record"}
)  # fmt: skip


def _paper_after(names: str, credit: str) -> bool:
    """Whether ``credit``, after a comma behind ``names``, is a paper's name, not a co-author.

    Its last word is a paper's ("Nashville Tennessean", "Arizona Republic"), or it is in
    capitals behind names that are not ("Jane Roe, USA TODAY").

    >>> _paper_after("Jane Roe", "USA TODAY"), _paper_after("Jane Roe", "Nashville Tennessean")
    (True, True)
    >>> _paper_after("Jane Roe", "Tom Field"), _paper_after("JANE ROE", "TOM FIELD")
    (False, False)
    """
    words = credit.split()
    if len(words) < 2:
        return False  # one word is the place filed from, read as such further on
    if words[-1].casefold() in _PAPER_WORDS:
        return True
    return credit.isupper() and not names.isupper()


def joined_names(line: str, joiners: tuple[str, ...]) -> list[str]:
    """The names of a line of names alone joined by "and" in the page's language, else [].

    >>> joined_names("Anna Lindqvist och Erik Berg", ("och",))
    ['Anna Lindqvist', 'Erik Berg']
    >>> joined_names("Kommunen och Regionen", ("och",)), joined_names("Anna Lindqvist", ("och",))
    ([], ['Anna Lindqvist'])

    One word after a comma at the end is where the reporters file from, no name:

    >>> joined_names("তানভীর আহমেদ ও সাবরিনা ইয়াসমিন, কুড়িগ্রাম", ("ও",))
    ['তানভীর আহমেদ', 'সাবরিনা ইয়াসমিন']
    """
    names = _without_place(
        [part.strip() for part in _name_separators(joiners).split(line) if part.strip()], line
    )
    if not names or not all(_name_like(name) and " " in name for name in names):
        return []
    return names


#: A comma before the last word of a byline, Latin or Arabic-script ("، کراچی").
_PLACE_COMMA = re.compile(r"\s*[,\u060c]\s*$")


def _without_place(names: list[str], line: str) -> list[str]:
    """``names`` without the one word after the line's last comma: the place filed from.

    Only after a name of two words or more: "Sadia Malik, Karachi", "سعدیہ ملک، کراچی".

    >>> _without_place(["سعدیہ ملک", "کراچی"], "سعدیہ ملک، کراچی")
    ['سعدیہ ملک']
    >>> _without_place(["Smith", "Jones"], "Smith, Jones")
    ['Smith', 'Jones']
    >>> _without_place(["Karel Dvořák", "ČTK"], "Karel Dvořák, ČTK")
    ['Karel Dvořák', 'ČTK']
    """
    if (
        len(names) >= 2
        and " " not in names[-1]
        and " " in names[-2]
        and line.rstrip().endswith(names[-1])
        and _PLACE_COMMA.search(line.rstrip()[: -len(names[-1])])
        and not _is_agency(names[-1])  # "Autor: Karel Dvořák, ČTK": the wire, no place
    ):
        return names[:-1]
    return names


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


#: A byline part that names a role or a desk, not a person: "AP National Security Writer"
#: after "By Robert Burns,", "IGN Staff", "Redaktion".
_ROLE = re.compile(
    rf"\b(?:{'|'.join(f'{noun}s?' for noun in sorted(ROLE_NOUNS))}"
    r"|staff|team|bureau|desk|newsroom|redaktion|redakteurin?"
    r"|korrespondent(?:in)?|r[eé]daction|correspondant|journaliste|redacci[oó]n|corresponsal"
    r"|reda[cç][aã]o|correspondente|redazione"
    # a freelancer's credit: "Special to the Chronicle", "Collaboration spéciale"
    r"|special\s+to|collaboration\s+sp[eé]ciale"
    # a wire credit after the name: "Nexstar Media Wire", "Tribune News Service"
    r"|(?:news|media|press)\s?wire|newswire|wire services?|news service"
    # a national agency's full name: "Philippine News Agency", "Yonhap News Agency"
    r"|(?:news|press) agency)\b",
    re.IGNORECASE,
)
#: News agencies by their full names, as a byline credits them after a reporter's name.
_AGENCY_FULL_NAMES = frozenset(
    {"associated press", "the associated press", "agence france-presse", "agence france presse",
     "thomson reuters", "deutsche presse-agentur", "bloomberg news", "the canadian press",
     "canadian press", "la presse canadienne",
     # South Asia's and Africa's national wires, credited by their full names
     "press trust of india", "united news of india", "indo-asian news service",
     "asian news international", "associated press of pakistan", "news agency of nigeria",
     "kenya news agency", "xinhua news agency", "kyodo news", "yonhap news agency",
     "anadolu agency", "agencia efe", "europa press"}
)  # fmt: skip


def _affiliation(name: str, publisher: Collection[str]) -> bool:
    """A role ("AP Sports Writer"), a wire or agency, or the publisher's desk ("CNN Business").

    "Nexstar Media Wire" or "Associated Press" after a reporter's name is whom they work for.

    The publisher's name counts as a prefix only as an acronym or in two words or more, so a
    site called "Regan" makes no affiliation of "Regan Smith".
    """
    if _ROLE.search(name):
        return True
    key = _key(name)
    if key in _AGENCY_FULL_NAMES or key in publisher:
        # "Jane Roe, Associated Press", "Ana Reyes, Kapuluan Herald": the agency or paper the
        # reporter writes for; an agency's short credit ("Von Anna Beispiel und dpa") names
        # the agency as a co-author
        return True
    for folded in publisher:
        if key.startswith(folded + " ") and (" " in folded or name[: len(folded)].isupper()):
            return True
    return False


def _account(name: str) -> bool:
    """A login's name in Latin letters, one word: "webdesk", "jroe2" (no writer's name)."""
    return " " not in name.strip() and name.isascii()


def _person(name: str, publisher: Collection[str]) -> bool:
    """A name that reads as a person's: two words or more, no role, not the publisher's."""
    return (
        len(name.split()) >= 2
        and not any(c.isdigit() for c in name)
        and _key(name) not in publisher
        and not _affiliation(name, publisher)
    )


def without_affiliations(names: Sequence[str], publisher: Collection[str] = ()) -> list[str]:
    """``names`` without the roles and desks a byline prints after a person's name.

    Only beside a person: a desk alone ("FP Staff", "Reuters") is the byline the page has.

    >>> without_affiliations(["ROBERT BURNS", "AP National Security Writer"])
    ['ROBERT BURNS']
    >>> without_affiliations(["Jill Disis", "CNN Business"], {"cnn"})
    ['Jill Disis']
    >>> without_affiliations(["FP Staff", "Reuters"]), without_affiliations(["Desk Staff"])
    (['FP Staff', 'Reuters'], ['Desk Staff'])
    >>> without_affiliations(["RAMONA VEGA", "Nexstar Media Wire"])
    ['RAMONA VEGA']
    >>> without_affiliations(["Mark Ellison", "Associated Press"])
    ['Mark Ellison']
    >>> without_affiliations(["The Associated Press"])
    ['The Associated Press']
    >>> without_affiliations(["Sophie Bergeron", "La Presse Canadienne"])
    ['Sophie Bergeron']
    >>> without_affiliations(["Colleen MacIsaac", "Special to the Chronicle"])
    ['Colleen MacIsaac']
    >>> without_affiliations(["Liza Ocampo", "Philippine News Agency"])
    ['Liza Ocampo']
    >>> without_affiliations(["Ana Reyes", "Kapuluan Herald"], {"kapuluan herald"})
    ['Ana Reyes']
    """
    if not any(_person(name, publisher) for name in names):
        return list(names)
    return [name for name in names if not _affiliation(name, publisher)]


def merged_authors(
    marked: Sequence[str], shown: Sequence[str], publisher: Collection[str] = ()
) -> list[str]:
    """The authors the markup names (JSON-LD, ``<meta>``), completed by the byline line shown.

    A byline that names every marked author and more gives the rest, after the marked ones;
    a byline of other people leaves the marked authors as they are. A marked author that is
    the publisher (``publisher``: casefolded names of the site) gives way to people.

    >>> merged_authors(["Ana Ruiz"], ["Ana Ruiz", "Tom Field"])
    ['Ana Ruiz', 'Tom Field']
    >>> merged_authors(["Ana Ruiz"], ["Bo Li", "Tom Field"])
    ['Ana Ruiz']
    >>> merged_authors(["Daily Post", "Ana Ruiz"], [], {"daily post"})
    ['Ana Ruiz']
    >>> merged_authors(["Daily Post"], ["Ana Ruiz"], {"daily post"})
    ['Ana Ruiz']
    >>> merged_authors(["Daily Post"], [], {"daily post"})
    ['Daily Post']

    A marked news agency gives way to its reporters the byline names:

    >>> merged_authors(["中央社"], ["林美華"]), merged_authors(["Reuters"], [])
    (['林美華'], ['Reuters'])

    So does a marked desk ("Web Desk", "Digital Team") or login ("webdesk") to the people the
    byline names:

    >>> merged_authors(["Web Desk"], ["Bola Akinde"]), merged_authors(["Web Desk"], ["Web Desk"])
    (['Bola Akinde'], ['Web Desk'])
    >>> merged_authors(["webdesk"], ["Bola Akinde"]), merged_authors(["Digital Team"], ["Bola Akinde"])
    (['Bola Akinde'], ['Bola Akinde'])
    """
    marked = without_affiliations(marked, publisher)
    shown = without_affiliations(shown, publisher)
    people = [name for name in marked if _key(name) not in publisher]
    shown_people = [name for name in shown if _key(name) not in publisher]
    if shown_people and all(map(_is_agency, people)) and not any(map(_is_agency, shown_people)):
        # JSON-LD's author the wire ("中央社"), the byline its reporter ("中央社記者林美華")
        return shown_people
    if (
        shown_people
        and all(_ROLE.search(n) or _account(n) for n in people)
        and all(_person(n, publisher) for n in shown_people)
    ):
        # JSON-LD's author the desk account that posted the story ("Web Desk", "webdesk"),
        # the byline the reporter who wrote it
        return shown_people
    if not people:
        return shown_people or list(marked)
    known = {_key(name) for name in people}
    if known < {_key(name) for name in shown_people}:
        return people + [name for name in shown_people if _key(name) not in known]
    return people


def _agency_after(link: HtmlElement) -> list[str]:
    """The agency a byline credits after its last author link ("Por <a>Ana Costa</a> com Lusa").

    >>> from lxml.html import fragment_fromstring as f
    >>> _agency_after(f('<p>Por <a href="/autor/a">Ana Costa</a>, com Lusa</p>')[0])
    ['Lusa']
    >>> _agency_after(f('<p>Por <a href="/autor/a">Ana Costa</a> em Lisboa</p>')[0])
    []
    """
    tail = " ".join((link.tail or "").split())
    if not tail:
        return []
    rest, agency = with_agency(" " + tail)
    return agency if not rest.strip() else []


#: An agency credited after the names with "with": "Por Ana Costa, com Lusa", "Jane Roe with
#: AFP", "Ana Ruiz con EFE".
_WITH_AGENCY = re.compile(
    r"[,;]?\s+(?:com|with|con|avec|mit)\s+([^\W\d][\w .-]{0,28}?)\.?$", re.IGNORECASE
)


#: Where a correspondent files from, after the names: "Por João Silva, em Bruxelas", "Por Ana
#: Ruiz, desde Bruselas", "Par Claire Dubois, à Bruxelles", "By Jane Roe, in Washington".
_FILED_FROM = re.compile(r",\s+(?:em|desde|en|in|from|à|depuis)\s+[^\W\d_][\w .'-]{1,30}$")


def without_place(text: str) -> str:
    """``text`` without the place a correspondent's byline names after the names.

    >>> without_place("João Silva, em Bruxelas"), without_place("Jane Roe and Tom Field")
    ('João Silva', 'Jane Roe and Tom Field')
    """
    match = _FILED_FROM.search(text)
    return text[: match.start()] if match and match.group(0)[-1:].isalpha() else text


def with_agency(text: str) -> tuple[str, list[str]]:
    """``text`` without the agency it credits at its end with "with", and that agency.

    >>> with_agency("Ana Costa, com Lusa"), with_agency("Ana Costa com a família")
    (('Ana Costa', ['Lusa']), ('Ana Costa com a família', []))
    """
    if (match := _WITH_AGENCY.search(text)) is None or not _is_agency(match.group(1)):
        return text, []
    return text[: match.start()], [match.group(1)]


def _is_agency(name: str) -> bool:
    """A news agency's name or credit ("Reuters", "dpa", "中央社"), not a person's."""
    return name.casefold() in AGENCIES or any(name in names for names in AGENCY_CREDITS.values())


def line_names(
    line: HtmlElement, text: str, language: str = "en", publisher: Collection[str] = ()
) -> list[str]:
    """The names of a byline line: its "By ..." text, else its author links' texts.

    Only names of two words or more, capitalised, without digits: a line's date ("Wednesday,
    20 November") or its "View author archive" link is no author. A line of a name, a slash
    and the ``publisher`` (casefolded names) names that writer; a line of a news agency
    alone, in the page's language, names the agency.

    >>> from lxml.html import fragment_fromstring as f
    >>> line_names(f("<p>By Ana Ruiz and Tom Field | 3 March</p>"), "By Ana Ruiz and Tom Field | 3 March")
    ['Ana Ruiz', 'Tom Field']
    >>> line_names(f("<li>이서연·박준호 기자 lee@hanbit.example</li>"), "이서연·박준호 기자 lee@hanbit.example")
    ['이서연', '박준호']
    >>> line_names(f("<div>Mehmet Kaya / Ege Haber</div>"), "Mehmet Kaya / Ege Haber", "tr", {"ege haber"})
    ['Mehmet Kaya']
    >>> line_names(f("<div>Ramon Villaflor - Kapuluan Herald</div>"), "Ramon Villaflor - Kapuluan Herald", "en", {"kapuluan herald"})
    ['Ramon Villaflor']
    >>> line_names(f("<div>İHA</div>"), "İHA", "tr"), line_names(f("<div>AA</div>"), "AA", "en")
    (['İHA'], [])
    >>> line_names(f("<span>Fuente: Télam</span>"), "Fuente: Télam", "es")
    ['Télam']
    >>> line_names(f("<span>Fuente: INDEC</span>"), "Fuente: INDEC", "es")
    []
    >>> line_names(f("<div><span>ANP</span><time>24-11-26, 09:40</time></div>"), "ANP24-11-26, 09:40", "nl")
    ['ANP']
    >>> line_names(f("<h3>by Ana Ruiz<br><span>Monday, 3 March</span></h3>"), "by Ana Ruiz Monday, 3 March")
    ['Ana Ruiz']
    >>> line_names(f("<p>By<br>Ana Ruiz</p>"), "By Ana Ruiz")
    ['Ana Ruiz']
    """
    text = without_relative_date(" ".join(text.split()))
    names: list[str] = []
    if _HAN.search(text) and (zh := han_byline(text, language)):
        return zh
    if agency := source_agency(text, language):
        return [agency]
    agencies = AGENCY_CREDITS.get(language_subtag(language) or "", frozenset())
    if text in agencies:
        return [text]
    if (placed := _AGENCY_PLACE.match(text)) and placed.group(1) in agencies:
        return [placed.group(1)]  # "PTI | New Delhi": the wire, and the place it filed from
    # "<span>ANP</span><time>24-11-26, 09:40</time>": the agency in an element of its own,
    # run into the date in the line's text ("ANP24-11-26, 09:40")
    if agencies and (
        credited := [n for e in line.iterdescendants(etree.Element) if (n := _name(e)) in agencies]
    ):
        return credited[:1]
    if credited_writer := _paper_credit(line, text, publisher):
        names = [credited_writer]
    elif _KO_BYLINE.match(text):
        # Korean names are one word (no space), so they skip the checks for Latin names.
        return [n for part in text.split(",") for n in drop_contact_and_title(part)]
    elif len(text) < 90 and (match := _BY.match(_first_line(line) or "") or _BY.match(text)):
        by, wire = with_agency(_by_names(match.group(1)))
        names = [*map(_before_credit, _english_names(without_place(by))), *wire]
        if len(names) - len(wire) < 2 and len(linked := _linked_names(line, by)) >= 2:
            # "By <a>Ana Ruiz</a><a>Tom Field</a>": a link each, whatever joins them (had
            # been one name, "Ana RuizTom Field"), or a comma a place would follow
            names = [*linked, *wire]
    elif len(text) < 90 and (from_names := correspondent_names(text)):
        names = from_names
    elif words := BYLINE_WORDS.get(language_subtag(language) or ""):
        names = local_byline(text, *words)
    if not names:
        links = [a for a in line.iter("a") if is_author_link(a)]
        hrefs = [a.get("href") for a in links]
        # Two links to one author page are a name and a label ("Biography"): which is which
        # is a guess.
        names = [_name(a) for a in links if hrefs.count(a.get("href")) == 1]
    # an agency credited beside the writers ("Por Ana Costa, com Lusa") is one word
    return [
        name
        for name in map(str.strip, names)
        if (_name_like(name) and " " in name) or name in agencies or name.casefold() in AGENCIES
    ]


def _linked_names(line: HtmlElement, names: str) -> list[str]:
    """The texts of the line's links that are each a name of the "By ..." line's ``names``.

    >>> from lxml.html import fragment_fromstring as f
    >>> line = f('<p>By <a href="/p/a">Ana Ruiz</a><a href="/p/t">Tom Field</a></p>')
    >>> _linked_names(line, "Ana RuizTom Field")
    ['Ana Ruiz', 'Tom Field']
    """
    texts = [" ".join("".join(a.itertext()).split()) for a in line.iter("a")]
    found = [t for t in dict.fromkeys(texts) if t and " " in t and _name_like(t) and t in names]
    return (
        found if "".join(found).replace(" ", "") == names.replace(" ", "").replace(",", "") else []
    )


def _english_names(names: str) -> list[str]:
    """The names of a "By ..." line's text, without the place the reporters file from.

    English lists its names with "and" before the last one, so a part after the last comma
    that ends the line after the "and" ("A and B, Lagos"), or after the only comma, is the
    place (or the paper) the byline adds, no name.

    >>> _english_names("Ada Obi, Port Harcourt"), _english_names("Ada Obi and Tom Field, Abuja")
    (['Ada Obi'], ['Ada Obi', 'Tom Field'])
    >>> _english_names("Ada Obi, Tom Field and Uche Eze"), _english_names("Ada Obi, Tom Field, Uche Eze")
    (['Ada Obi', 'Tom Field', 'Uche Eze'], ['Ada Obi', 'Tom Field', 'Uche Eze'])

    After the names listed with commas alone, a paper's name is the paper (Gannett's
    credit), no co-author:

    >>> _english_names("Ada Obi, Tom Field, USA TODAY")
    ['Ada Obi', 'Tom Field']
    """
    parts = _name_separators(("and",)).split(names)
    head, _, tail = names.rpartition(",")
    placed = names.count(",") == 1 or _AND.search(head) or _paper_after(head, tail.strip())
    return parts[:-1] if len(parts) >= 2 and tail.strip() == parts[-1].strip() and placed else parts


_AND = re.compile(r"\band\b", re.IGNORECASE)


def _without_place_text(names: str) -> str:
    """A "By ..." line's names as printed, cut before the place :func:`_english_names` finds.

    >>> _without_place_text("Ada Obi and Tom Field, Abuja"), _without_place_text("Ada Obi, Tom Field and Uche Eze")
    ('Ada Obi and Tom Field', 'Ada Obi, Tom Field and Uche Eze')
    """
    if len(_english_names(names)) < len(_name_separators(("and",)).split(names)):
        return names.rpartition(",")[0].strip()
    return names


#: A correspondent's byline with the place filed from: "From Okey Ibe, Aba" (Nigerian and
#: other English papers); the place is required, as "From ..." opens sentences too.
_FROM = re.compile(r"^\s*from\s+([^\W\d_][^,]{2,60},[^,.;:!?]{2,40})$", re.IGNORECASE)


def correspondent_names(line: str) -> list[str]:
    """The names of a "From Name, Place" byline line, else [].

    >>> correspondent_names("From Kunle Ade, Akure"), correspondent_names("From Ada Obi and Uche Eze, Port Harcourt")
    (['Kunle Ade'], ['Ada Obi', 'Uche Eze'])
    >>> correspondent_names("From Monday, traffic will use the bridge"), correspondent_names("From the archive, Lagos")
    ([], [])
    """
    if not (match := _FROM.match(" ".join(line.split()))):
        return []
    names = [name.strip() for name in _english_names(match.group(1))]
    dropped = len(names) < len(_name_separators(("and",)).split(match.group(1)))
    return names if dropped and all(_name_like(n) and " " in n for n in names) else []


def _first_line(line: HtmlElement) -> str | None:
    """The line's text before its first ``<br>``, when it has one and text before it.

    The names of "by Jeff Foust<br><span>Monday, November 18, 2019</span>" end at the break.

    >>> from lxml.html import fragment_fromstring as f
    >>> _first_line(f("<h3>by Ana Ruiz<br><span>Monday, 3 March</span></h3>"))
    'by Ana Ruiz'
    >>> _first_line(f("<p>By <b>Ana Ruiz</b></p>")), _first_line(f("<p><br>By Ana Ruiz</p>"))
    (None, None)
    """
    if line.find(".//br") is None:
        return None
    head: list[str] = []

    def before_break(element: HtmlElement) -> bool:
        """Collect the text up to the first ``<br>``; True once it is reached."""
        head.append(element.text or "")
        for child in element:
            if child.tag == "br":
                return True
            if isinstance(child.tag, str) and before_break(child):
                return True
            head.append(child.tail or "")
        return False

    before_break(line)
    return " ".join("".join(head).split()) or None


def _paper_credit(line: HtmlElement, text: str, publisher: Collection[str]) -> str | None:
    """The writer of a "Name / Paper" or "Name - Paper" line, or of one of its elements.

    An element's own text counts: a byline ``<span>`` runs into the date's in the line's text.
    A paper or desk credited by its initials after a slash ("Jane Roe / TOI") needs no
    publisher to be known.
    """
    if not _CREDIT_MARK.search(text):
        return None
    texts = chain((text,), (_name(e) for e in line.iterdescendants(etree.Element)))
    for candidate in texts:
        if (credit := _SLASH_CREDIT.match(candidate)) and (
            _key(credit.group(2)) in publisher or _INITIALS_CREDIT.fullmatch(credit.group(0))
        ):
            return credit.group(1)
    return None


#: "Jane Roe / TOI": a name, a slash, and the paper's or desk's initials.
_INITIALS_CREDIT = re.compile(r"[^/]{3,60}?\s+/\s+[A-Z]{2,5}")
#: A news agency, then the place it filed from: "PTI | New Delhi", "IANS, Mumbai".
_AGENCY_PLACE = re.compile(
    r"^(\S{2,12})\s*(?:\s[|/\u2013\u2014-]\s|,\s)[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}$"
)


def zh_byline(text: str, *, dateline: bool = True) -> list[str]:
    """The names of a Chinese byline line (no sentence), or of a Xinhua-style dateline.

    >>> zh_byline("2026年11月24日 09:30　来源：江南日报　记者 王芳 通讯员 赵强")
    ['王芳', '赵强']
    >>> zh_byline("发布时间：2026-11-24 15:05　作者：张伟、李娜　责任编辑：孙丽")
    ['张伟', '李娜']
    >>> zh_byline("新华社江州11月24日电（记者 陈明）江州港新码头投入运营。")
    ['陈明']
    >>> zh_byline("来源：新华社　责任编辑：李娜"), zh_byline("记者了解到，码头已经建成。")
    ([], [])
    >>> zh_byline("作者：刘洋　记者 孙丽 摄")
    ['刘洋']
    >>> zh_byline("文／陳志豪"), zh_byline("文／記者陳志豪　圖／記者黃怡君")
    (['陳志豪'], ['陳志豪'])
    >>> zh_byline("記者林俊宏、周曉雯／港南報導"), zh_byline("文／記者蔡宗翰2026-11-24 10:30")
    (['林俊宏', '周曉雯'], ['蔡宗翰'])
    >>> zh_byline("（中央社記者林美華台北24日電）交通部24日宣布，工程將於明年春天動工。")
    ['林美華']
    """
    if dateline and (found := _ZH_DATELINE.search(text)):
        listed = _ZH_FIELDS.split(found.group(1))
        return [n for part in listed for n in _ZH_NAMES_SPLIT.split(part) if _ZH_NAME.match(n)]
    if dateline and (found := _ZH_WIRE_DATELINE.search(text)):
        *reporters, last = _ZH_NAMES_SPLIT.split(found.group(1))
        # the last name runs into the place: Taiwanese given names are mostly three characters
        # long, so a longer run is a three-character name and the place, four two and two
        reporters.append(last[:3] if len(last) > 4 else last[:2])
        return [n for n in reporters if _ZH_NAME.match(n)]
    if "。" in text or "，" in text:
        return []
    names: list[str] = []
    taking, since, photo = False, 0, False
    for field in _ZH_FIELDS.split(text):
        if field in _ZH_PHOTO_LABELS:  # "圖／記者黃怡君": the photographer's credit
            taking, photo = False, True
            continue
        if field in _ZH_WRITER_LABELS:  # "文／陳志豪", "圖、文／記者陳志豪"
            taking, since, photo = True, len(names), False
            continue
        role = _ZH_ROLE.match(field)
        if role:
            taking, since, field = not photo, len(names), field[role.end() :]
            photo = False
            if not field:
                continue
        elif photo:
            photo = False
            continue
        if field in ("摄", "攝"):  # the names before "摄" (photographed) are the photographer's
            del names[since:]
        if _ZH_REPORTED.search(field):  # "記者王小明／台北報導": the place it was filed from
            taking = False
            continue
        parts = [p for p in _ZH_NAMES_SPLIT.split(field) if p]
        if not taking or not parts or not all(_ZH_NAME.match(p) for p in parts):
            taking = False
            continue
        names += parts
    return names


#: A Japanese byline's writer label, then the names: "文：", "文・", "文／", "執筆者：",
#: "取材・文：", "文・写真：" (the writer took the photographs too), "記者：" or "記者 ".
_JA_WRITER = re.compile(
    r"(?:(?:取材・文|文・写真|写真・文|文と写真|執筆者|執筆|筆者|著者|文)\s*[：:／/・]"
    r"|記者(?:\s*[：:／/]|[ \u3000]))\s*"
)
#: The photographer's label, whose name is no author's: "写真：", "撮影／".
_JA_PHOTO = re.compile(r"\s*(?:写真|撮影|画像|動画)\s*[：:／/]")
#: A Japanese name: kanji, then kanji or kana ("山田太郎", "佐藤ゆかり"), its family and given
#: names maybe spaced ("山田 太郎"), a title after it ("記者", "特派員", "編集委員").
_JA_TITLE = r"(?:[ \u3000]?(?:記者|特派員|編集委員|論説委員|支局長|デスク))"
_JA_NAME_PARTS = (
    r"([\u4e00-\u9fff\u3005]{1,4}?)[ \u3000]?([\u4e00-\u9fff\u3005\u3040-\u30ff]{1,5}?)"
)
_JA_NAME = re.compile(rf"{_JA_NAME_PARTS}{_JA_TITLE}?")
_JA_TITLED = re.compile(rf"{_JA_NAME_PARTS}{_JA_TITLE}")
_JA_NAMES_SPLIT = re.compile(r"\s*[、，,]\s*")


def ja_byline(text: str, *, alone: bool = False) -> list[str]:
    """The writers a Japanese byline line names: after a writer's label, or before a title.

    ``alone``: the line is in an element marked as the author's, and a name alone is one.

    >>> ja_byline("文：山田太郎"), ja_byline("文・写真：佐藤ゆかり"), ja_byline("記者 山田 太郎")
    (['山田太郎'], ['佐藤ゆかり'], ['山田太郎'])
    >>> ja_byline("文／山田太郎　写真／佐藤花子"), ja_byline("山田太郎、佐藤花子記者")
    (['山田太郎'], ['山田太郎', '佐藤花子'])
    >>> ja_byline("山田 太郎", alone=True), ja_byline("山田 太郎"), ja_byline("記者会見で山田氏は述べた。")
    (['山田太郎'], [], [])
    """
    text = " ".join(text.split())
    if "。" in text:
        return []
    if label := _JA_WRITER.search(text):
        listed = _JA_PHOTO.split(text[label.end() :], maxsplit=1)[0]
    elif alone or _JA_TITLED.fullmatch(_JA_NAMES_SPLIT.split(text)[-1]):
        listed = text
    else:
        return []
    names = []
    for part in _JA_NAMES_SPLIT.split(listed.strip(" |｜／/")):
        if not (match := _JA_NAME.fullmatch(part)):
            break
        names.append(match.group(1) + match.group(2))
    return names


def han_byline(text: str, language: str = "", *, dateline: bool = True) -> list[str]:
    """The names of a byline line in Chinese characters: in Japanese, else in Chinese."""
    if language_subtag(language) == "ja" and (names := ja_byline(text)):
        return names
    return zh_byline(text, dateline=dateline)


def zh_source(text: str) -> list[str]:
    """The outlet a Chinese date line names as the story's source ("来源：新华社").

    >>> zh_source("2026-11-24 15:05:32　来源：江南日报　作者：张伟")
    ['江南日报']
    """
    return _ZH_SOURCE.findall(text)


def is_author_link(link: HtmlElement) -> bool:
    """A link to an author: ``rel=author``, or to an author's page (``/author/ana-ruiz``).

    >>> from lxml.html import fragment_fromstring as f
    >>> is_author_link(f('<a href="/by/ana-ruiz/">Ana Ruiz</a>'))
    True
    >>> is_author_link(f('<a href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>'))
    False
    """
    if "author" in (link.get("rel") or "").lower().split():
        return True
    return _AUTHOR_PATH.search(link.get("href") or "") is not None


def _site_chrome(link: HtmlElement) -> bool:
    """In the site's navigation, a sidebar or the page footer (a columnist list), not a byline."""
    ancestors = list(link.iterancestors())
    for index, node in enumerate(ancestors):
        if node.tag == "nav":
            return True
        if node.tag in ("aside", "footer"):
            # an article's own footer ("Posted by ...") or author box is still the article's
            return not any(a.tag == "article" for a in ancestors[index + 1 :])
    return False


#: Elements whose text is a paragraph of its own, where an author page's link may be cited.
_PARAGRAPHS = frozenset({"p", "li", "blockquote", "dd", "td", "figcaption"})


def _mentioned(link: HtmlElement) -> bool:
    """A person's page linked in the middle of the text's prose: someone the story cites.

    A paragraph of prose around the link ("... the biochemist <a href=".../staff/jane-roe/">Jane
    Roe</a> showed in a paper ...") names a source, not a writer; a byline is a short line, and
    a paragraph an author box opens with the writer's link ("<a>Jane Roe</a> covers ...") is
    the writer's.

    >>> from lxml.html import fromstring
    >>> page = fromstring('<div><p>' + 'Tests ran for weeks. ' * 5 + 'The biochemist <a href="/staff/jane-roe">Jane Roe</a> said so.</p>'
    ...     '<p><a href="/author/tom-field">Tom Field</a> covers the city council and its budget for the paper, and before that '
    ...     'covered the courts for ten years.</p><p class="byline">By <a href="/author/ana-ruiz">Ana Ruiz</a></p></div>')
    >>> [_mentioned(a) for a in page.iter("a")]
    [True, False, False]
    >>> names = ", ".join(f'<a href="/author/{n}">Reporter {n.title()}</a>' for n in ("one", "two", "three", "four", "five", "six"))
    >>> [_mentioned(a) for a in fromstring(f'<p>Story and photos by {names} and <a href="/author/x">Reporter Seven</a></p>').iter("a")]
    [False, False, False, False, False, False, False]
    """
    paragraph = next((node for node in link.iterancestors() if node.tag in _PARAGRAPHS), None)
    if paragraph is None:
        return False
    text = paragraph.text_content()
    if len(" ".join(text.split())) <= _BYLINE_LINE_CHARS:
        return False
    before = text.partition(link.text_content())[0]
    names = 0
    for other in paragraph.iter("a"):
        # a long byline of linked names: "By <a>Ana Ruiz</a>, <a>Tom Field</a> and <a>...</a>",
        # a word ("and", "und", "y") between each two
        name = other.text_content().strip()
        if (
            other is not link
            and name
            and name in before
            and _AUTHOR_PATH.search(other.get("href") or "")
        ):
            before, names = before.replace(name, " "), names + 1
    return len(_WORDS.findall(before)) > _LABEL_WORDS + names


#: A byline line's length at most: a paragraph longer than this around an author link is prose.
_BYLINE_LINE_CHARS = 120
#: Words of a byline's label before its first linked name at most ("Story and photos by").
_LABEL_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+")


def source_agency(line: str, language: str = "en") -> str | None:
    """The news agency a "Fuente: Télam" line names as the story's source, if it is one.

    >>> source_agency("Fuente: NA", "es"), source_agency("Source: AFP"), source_agency("Fuente: INDEC", "es")
    ('NA', 'AFP', None)
    >>> source_agency("Źródło: PAP", "pl"), source_agency("Źródło: Urząd Miasta", "pl")
    ('PAP', None)
    >>> source_agency("Zdroj: ČTK", "cs"), source_agency("Zdroj: ctk", "cs")
    ('ČTK', 'ctk')
    """
    source = _SOURCE_LABEL.match(line)
    if source is None:
        return None
    agency = source.group(1).strip()
    credits = AGENCY_CREDITS.get(language_subtag(language) or "", frozenset())
    return agency if agency in credits or agency.casefold() in AGENCIES else None


def is_byline(line: str, language: str = "en") -> bool:
    """Whether ``line`` is a byline line ("By Jane Roe", "Von Anna Berger und Jonas Keller").

    >>> is_byline("Por Marta Gil y Luis Rey", "es"), is_byline("Por la tarde llovió", "es")
    (True, False)
    >>> is_byline("홍길동 기자", "ko"), is_byline("버스 노선 개편", "ko")
    (True, False)
    """
    line = " ".join(line.split())
    if len(line) >= 90:
        return False
    if _BY.match(line) or _KO_BYLINE.match(line) or source_agency(line, language):
        return True
    if correspondent_names(line):
        return True
    if _HAN.search(line) and han_byline(line, language, dateline=False):
        return True
    words = BYLINE_WORDS.get(language_subtag(language) or "")
    return words is not None and bool(local_byline(line, *words))


def local_byline(line: str, starts: tuple[str, ...], joiners: tuple[str, ...]) -> list[str]:
    """The names of a byline line in another language, or [] when the line is no byline.

    The line starts with the language's byline word and goes on with names only: words
    that start with a capital (or name particles), no digits, no sentence.

    >>> local_byline("Von Anna Berger und Jonas Keller", ("von",), ("und",))
    ['Anna Berger', 'Jonas Keller']
    >>> local_byline("Par Claire Dubois et Marc Lefèvre · il y a 2 heures", ("par",), ("et",))
    ['Claire Dubois', 'Marc Lefèvre']
    >>> local_byline("Von hier aus sieht man den Hafen", ("von",), ("und",))
    []
    >>> local_byline("Laporan wartawan Kabar Nusantara, Budi Santoso", ("laporan wartawan",), ("dan",))
    ['Budi Santoso']
    >>> local_byline("Της Άννας Μιχαηλίδου και του Πέτρου Ζαχαρίου", *BYLINE_WORDS["el"])
    ['Άννας Μιχαηλίδου', 'Πέτρου Ζαχαρίου']
    """
    lowered = line.casefold()
    # both sides case-folded: a Greek final sigma is folded to σ ("Της" is "τησ")
    start = next(
        (w for w in starts if lowered.startswith(w.casefold() + ("" if w.endswith(":") else " "))),
        None,
    )
    if start is None and (dashed := _DASHED_LABEL.match(line)):
        # "Автор — Тарас Ґудзь": a dash where the label's colon would be
        label = dashed.group(1).casefold() + ":"
        start = dashed.group(0) if label in starts else None
    if start is None:
        return []
    rest = line[len(start) :]
    if start in _OUTLET_FIRST:
        if "," not in rest:
            return []
        rest = rest.split(",", 1)[1]
    rest = _NAMES_END.split(rest.strip(), maxsplit=1)[0].strip(" ,;")
    rest, agency = with_agency(rest)
    rest = without_place(rest)
    parts = _name_separators(joiners).split(rest)
    names = _without_place([part.strip() for part in parts if part.strip()], rest)
    if names and (head := _before_credit(names[-1])) != names[-1]:
        # "di Marco Rossi ANSA": the agency run into the name, a co-author as after a comma
        credit = names[-1][len(head) :].strip()
        names[-1] = head
        agency = [credit, *agency] if _is_agency(credit) else agency
    if names and not _name_like(names[-1]):
        if _is_agency(names[-1]):
            agency, names = [names[-1], *agency], names[:-1]  # "Von Anna Schmidt, dpa"
        elif len(names) > 1:
            names = names[:-1]  # "Por Ana Souza, g1 SP": the desk the names write for
    if not names:
        return agency  # "Von dpa": the agency alone
    return names + agency if all(_name_like(name) for name in names) else []


#: A byline label and a dash after it instead of a colon ("Автор — ", "Text – ").
_DASHED_LABEL = re.compile(r"^(\w+(?: \w+)?)\s+[\u2014\u2013-]\s+")


@lru_cache(maxsize=64)
def _name_separators(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """Commas, "&" and the language's "and" between names (compiled once per language).

    A joiner ending in "-" is written onto the next name, its hyphen (or maqaf) optional.

    >>> _name_separators(("ו-",)).split("שירה בן דוד ואלון מזרחי ו-נועה ברק")
    ['שירה בן דוד', 'אלון מזרחי', 'נועה ברק']
    """
    words = [re.escape(word) for word in joiners if not word.endswith("-")]
    prefixes = [re.escape(word[:-1]) for word in joiners if word.endswith("-")]
    alternatives = [",", "،", ";", "&"]
    if words:
        alternatives.append(rf"\b(?:{'|'.join(words)})\b")
    separators = rf"\s*(?:{'|'.join(alternatives)})\s*"
    if prefixes:
        separators += rf"|\s+(?:{'|'.join(prefixes)})[-\u05be]?(?=[^\W\d_])"
    return re.compile(separators)


#: A surname given as its initial: "Κ.", "D.".
_INITIAL = re.compile(r"[^\W\d_]\.")


def _name_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in text):
        return False
    if text.endswith(("!", "?", ":")) or not _capital(words[0]):
        return False
    if text.endswith(".") and (len(words) < 2 or not _INITIAL.fullmatch(words[-1])):
        return False  # a sentence, not a name ending in an initial ("Μαρία Κ.")
    return all(_capital(w) or w.casefold() in _PARTICLES for w in words)


def _outlet_like(text: str) -> bool:
    """A word an outlet or desk is written as, never a name: "detikNews", "g1", "kumparanNEWS".

    >>> _outlet_like("detikNews"), _outlet_like("g1 SP"), _outlet_like("Jakarta")
    (True, True, False)
    """
    word = text.split()[0] if text.split() else ""
    return bool(word) and (
        word[:1].islower()
        or any(c.isdigit() for c in word)
        or _INNER_CAPITAL.search(word) is not None
    )


_INNER_CAPITAL = re.compile(r"^[^\W\d_][a-z]+[A-Z]")


def _capital(word: str) -> bool:
    """A capital, or a letter of a script without case (Arabic, Hebrew): as a name starts."""
    return word[:1].isalpha() and not word[:1].islower()


def _leaf_texts(box: HtmlElement) -> Iterator[str]:
    """Texts of the ``p``, ``span``, ``div`` and ``address`` under ``box`` without elements.

    In page order, one per text node, as the XPath ``.//p[not(*)]/text() | ...``, whose union libxml2 merges in quadratic time
    on a page of many paragraphs.
    """
    for element in box.iterdescendants(*_LEAF_TAGS):
        if any(isinstance(child.tag, str) for child in element):
            continue
        # right-to-left pages wrap names in direction marks ("\u200fשירה בן דוד\u200f")
        if element.text:
            yield element.text.translate(BIDI_MARKS)
        for child in element:  # comments: the text after each is a text node of its own
            if child.tail:
                yield child.tail.translate(BIDI_MARKS)


def _near_headline(scope: HtmlElement, h1s: Sequence[HtmlElement] | None = None) -> HtmlElement:
    """The headline's surroundings, where a byline is printed (the scope without a headline)."""
    h1 = next(scope.iter("h1"), None) if h1s is None else next(iter(h1s), None)
    if h1 is None:
        return scope
    box = h1.getparent()
    for _ in range(2):
        if box is None or len(box) >= 3:
            break
        box = box.getparent()
    return box if box is not None else scope


_AGENCY_LIST = r"([\w-]{2,14}(?:\s*/\s*[\w-]{2,14}){0,3})"
#: A source mark closing the text ("... ist frei. (dpa)"), or a dateline opening it
#: ("Berlin (dpa) - Die Koalition ...", "Paris (AFP) - ...", with any dash).
_MARK_AT_END = re.compile(
    rf"(?:^|[.!?\u2026\"'\u201c\u201d\u00bb\u00ab)]\s*)\({_AGENCY_LIST}\)\W*$"
    # "... tahun ini. -- BERNAMA": the agency after a dash, as Malaysian papers sign wire copy
    rf"|(?:^|[.!?\u2026\"'\u201c\u201d\u00bb\u00ab)]\s+)(?:--|[\u2013\u2014])\s?{_AGENCY_LIST}\W*$"
)
_DATELINE = re.compile(rf"^[^\W\d][^()\n]{{0,40}}?\s\({_AGENCY_LIST}\)\s+[-\u2013\u2014]\s")


#: The credit line closing wire copy: "(Reporting by Jane Roe in London; Editing by Tom Field)".
_CREDIT_LINE = re.compile(r"^\(?\s*reporting\s+by\s+[^()]{3,300}\)?$", re.IGNORECASE)
_CREDIT_PART = re.compile(r"^\s*(?:reporting|writing)\s+by\s+(.+?)\s*$", re.IGNORECASE)
_PLACED = re.compile(r"\s+in\s+")
#: Between two credits: "; Editing by", ", with reporting by", ", editing by".
_CREDITS_SPLIT = re.compile(
    r";|,\s*(?=(?:with\s+|and\s+)?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b)",
    re.IGNORECASE,
)


def credit_line_names(line: str) -> list[str]:
    """The reporters and writer a wire story's closing credit line names; not its editors.

    A place after a name ("Jane Roe in London") is no name; a part after a placed name
    with no place of its own may be a second place ("in Los Angeles and New York"): left out.

    >>> credit_line_names("(Reporting by Jane Roe in London; Editing by Tom Field)")
    ['Jane Roe']
    >>> credit_line_names("(Reporting by Ana Ruiz and Bo Li in Lima; Writing by Ann Poe; Editing by Ed Hay)")
    ['Ana Ruiz', 'Bo Li', 'Ann Poe']
    >>> credit_line_names("Reporting by Jane Roe in Los Angeles and New York; editing by Tom Field")
    ['Jane Roe']
    >>> credit_line_names("Reporting by Ana Ruiz, Bo Li, with reporting by Ed Hay and Al Cox, editing by Ann Poe")
    ['Ana Ruiz', 'Bo Li']
    >>> credit_line_names("Reporting by the minister was thin, critics said."), credit_line_names("")
    ([], [])
    """
    text = " ".join(line.split())
    if not _CREDIT_LINE.match(text):
        return []
    names: list[str] = []
    for part in _CREDITS_SPLIT.split(text.strip("()")):
        if not (match := _CREDIT_PART.match(part)):
            continue
        placed = False
        for token in _name_separators(("and",)).split(match.group(1)):
            name, *place = _PLACED.split(token.strip(" ."), maxsplit=1)
            if placed and not place:
                continue
            placed = placed or bool(place)
            if _name_like(name) and " " in name:
                names.append(name)
    return names


def source_mark(blocks: Sequence[str]) -> list[str]:
    """The news agencies that the text's dateline or closing source mark credits.

    >>> source_mark(["Die Schau ist bis August geöffnet. (dpa)"])
    ['dpa']
    >>> source_mark(["Berlin (dpa/AFP) - Die Koalition hat sich geeinigt.", "Mehr folgt."])
    ['dpa', 'AFP']
    >>> source_mark(["Das sagte Bürgermeisterin Eva Roth (CDU)."]), source_mark([])
    ([], [])
    >>> source_mark(["(antara)"]), source_mark(["Harga beras naik. (ANTARA)"])
    (['Antara'], ['Antara'])
    >>> source_mark(["-- BERNAMA"]), source_mark(["Harga naik. \u2014 AFP"])
    (['Bernama'], ['AFP'])
    >>> source_mark(["Schodek schválili poslanci. (ČTK)"]), source_mark(["(čtk)"])
    (['ČTK'], ['ČTK'])
    """
    if not blocks:
        return []
    match = _DATELINE.match(blocks[0]) or _MARK_AT_END.search(blocks[-1])
    if match is None:
        return []
    names = [name.strip() for name in next(g for g in match.groups() if g).split("/")]
    if not all(name.casefold() in AGENCIES for name in names):
        return []
    # a name in capitals that is no acronym ("BERNAMA", "ANTARA") is the agency's own spelling
    return [
        AGENCY_SPELLINGS[name.casefold()]
        if name.islower() or (name.isupper() and len(name) > AGENCY_ACRONYM_CHARS)
        else name
        for name in names
    ]


#: Paragraphs a closing signature is printed in: right-aligned, or classed as the author's.
_SIGNATURES = etree.XPath(
    "descendant::p/@style[contains(translate(., ' ', ''), 'text-align:right')]/.."
    " | descendant::p/@align[. = 'right']/.. | descendant::p/@class[starts-with(., 'author')]/.."
)
#: The source a signature credits after the names: "(theo Reuters)", "(via AFP)".
_SIGNATURE_CREDIT = re.compile(
    r"\s*[(\[](?:theo|ngu\u1ed3n|via|with|according to|from)\s[^()\[\]]{2,40}[)\]]\s*$",
    re.IGNORECASE,
)
#: A signature naming only the source: "Theo Reuters" (after Reuters), "Nguồn: AFP".
_SIGNATURE_SOURCE = re.compile(r"^(?:theo|ngu\u1ed3n:?)\s+(\S.{1,40})$", re.IGNORECASE)
_SIGNATURE_SPLIT = re.compile(r"\s+[-\u2013\u2014]\s+|\s*,\s*|\s+(?:v\u00e0|and)\s+")
#: A signature is a line, never a paragraph of prose.
SIGNATURE_CHARS = 80


def closing_signature(containers: Sequence[HtmlElement]) -> tuple[str, list[str]] | None:
    """The names that sign the body at its end, and the signature's text.

    Vietnamese papers (and others) close a story with the writers' names in bold on a
    right-aligned line: ``<p style="text-align:right"><strong>Hoàng Lan - Thanh Tùng</strong>
    </p>``, perhaps with the source it draws on ("Phương Linh (theo Reuters)"). The line must
    be the last paragraph of its container, and all of its names in bold.
    """
    for container in reversed(containers):
        candidates = _SIGNATURES(container)
        if not candidates:
            continue
        last = candidates[-1]
        if any(
            sibling.tag == "p" and len(" ".join("".join(sibling.itertext()).split())) >= 60
            for sibling in last.itersiblings()
        ):
            return None  # prose after it: no closing line
        text = " ".join("".join(last.itertext()).split())
        bold = " ".join(" ".join(t for b in last.iter("strong", "b") for t in b.itertext()).split())
        names_part = _SIGNATURE_CREDIT.sub("", text)
        if not bold or len(text) > SIGNATURE_CHARS or bold not in (names_part, text):
            return None
        if source := _SIGNATURE_SOURCE.match(names_part):
            return text, [source.group(1)]  # "Theo Reuters": the agency alone is the author
        names = [name for name in _SIGNATURE_SPLIT.split(names_part) if name]
        if names and all(_name_like(name) for name in names):
            return text, names
        return None
    return None
