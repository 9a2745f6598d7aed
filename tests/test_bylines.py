"""Byline lines near the headline in the page's language: names split, prose never read."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from newscrawl.pages.bylines import byline_names, is_byline


def _page(line: str, lang: str, *, after: str = "") -> list[str]:
    root = document_fromstring(
        f"<html lang='{lang}'><body><main><div><h1>Titel</h1><p>{line}</p></div>"
        f"<p>{after or 'Text des Artikels, lang genug, um Text zu sein.'}</p></main></body></html>"
    )
    return byline_names(root, lang)


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Von Anna Berger und Jonas Keller", "de", ["Anna Berger", "Jonas Keller"]),
        ("Por Marta Gil y Luis Rey", "es", ["Marta Gil", "Luis Rey"]),
        # agency copy credited to its source: the agency is the author, another source is not
        ("Fuente: Télam", "es", ["Télam"]),
        ("Fuente: NA", "es", ["NA"]),
        ("Fuente: AFP", "es", ["AFP"]),
        ("Fuente: INDEC", "es", []),
        ("Por João Silva e Ana Costa", "pt", ["João Silva", "Ana Costa"]),
        ("Par Claire Dubois et Marc Lefèvre", "fr", ["Claire Dubois", "Marc Lefèvre"]),
        ("Di Giulia Conti", "it", ["Giulia Conti"]),
        ("Door Jan de Vries en Sanne Bakker", "nl", ["Jan de Vries", "Sanne Bakker"]),
        ("Autor: Piotr Nowak", "pl", ["Piotr Nowak"]),
        ("Av Karin Lind och Per Holm", "sv", ["Karin Lind", "Per Holm"]),
        ("Von Anna Berger · vor 2 Stunden", "de", ["Anna Berger"]),
        ("كتب: محمد علي", "ar", ["محمد علي"]),  # a script without capitals
        ("بقلم: سارة حسن، محمد علي", "ar", ["سارة حسن", "محمد علي"]),
        # Persian agencies: "نویسنده:" (writer), "خبرنگار:" (reporter)
        ("نویسنده: مریم رضایی", "fa", ["مریم رضایی"]),
        ("خبرنگار: علی کاظمی و سارا محمدی", "fa", ["علی کاظمی", "سارا محمدی"]),
        ("Автор: Иван Петров", "ru", ["Иван Петров"]),
        ("Авторы: Иван Петров и Ольга Кузнецова", "ru", ["Иван Петров", "Ольга Кузнецова"]),
        ("Текст: Анна Соколова", "ru", ["Анна Соколова"]),
        ("Автор: Олена Коваль та Тарас Мельник", "uk", ["Олена Коваль", "Тарас Мельник"]),  # noqa: RUF001
        ("By Jane Roe and John Doe", "de", ["Jane Roe and John Doe"]),  # English everywhere
        # Nordic papers: "Text:" names the writer, names alone joined by "and"
        ("Text: Maja Ek", "sv", ["Maja Ek"]),
        ("Anna Lindqvist och Erik Berg", "sv", ["Anna Lindqvist", "Erik Berg"]),
        ("Ingrid Haugland og Ola Dahl", "nb", ["Ingrid Haugland", "Ola Dahl"]),
        ("Af Mette Holm og Jens Krogh", "da", ["Mette Holm", "Jens Krogh"]),
        ("Teksti: Liisa Virtanen", "fi", ["Liisa Virtanen"]),
        ("Haber: Ayşe Yılmaz", "tr", ["Ayşe Yılmaz"]),  # noqa: RUF001
        ("Muhabir: Can Aydın ve Elif Şahin", "tr", ["Can Aydın", "Elif Şahin"]),  # noqa: RUF001
        # a slash before the paper or agency ends the names
        ("Haber: Ayşe Yılmaz / Ege Haber", "tr", ["Ayşe Yılmaz"]),  # noqa: RUF001
        ("Von Anna Berger / dpa", "de", ["Anna Berger"]),
        # Indonesian portals: the writer before the editor, the outlet before the reporter
        # Greek: the genitive after "Του"/"Της" (of) as printed, "Γράφει ο/η" (writes), names  # noqa: RUF003
        # joined by "και του"/"και της"; "Της" case-folds to "τησ" (a final sigma)
        ("Του Γιώργου Παπαδόπουλου", "el", ["Γιώργου Παπαδόπουλου"]),  # noqa: RUF001
        ("Της Μαρίας Κ.", "el", ["Μαρίας Κ."]),  # noqa: RUF001
        ("ΤΗΣ ΜΑΡΙΑΣ ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ", "el", ["ΜΑΡΙΑΣ ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ"]),
        ("Γράφει ο Κώστας Ηλιόπουλος", "el", ["Κώστας Ηλιόπουλος"]),  # noqa: RUF001
        (
            "Της Άννας Μιχαηλίδου και του Πέτρου Ζαχαρίου",
            "el",
            ["Άννας Μιχαηλίδου", "Πέτρου Ζαχαρίου"],
        ),
        ("Της ημέρας τα νέα", "el", []),
        ("Penulis: Rina Wulandari", "id", ["Rina Wulandari"]),
        ("Penulis Dimas Prasetyo | Editor Sari Anggraini", "id", ["Dimas Prasetyo"]),
        ("Reporter: Ahmad Fauzi | Editor: Sari Anggraini", "id", ["Ahmad Fauzi"]),
        ("Laporan wartawan Kabar Nusantara, Budi Santoso", "id", ["Budi Santoso"]),
        # Thai: "โดย" (by), "ผู้เขียน:" (writer), "และ" (and); a desk credited alone
        ("โดย วิไลวรรณ ศรีสุข และ ธนากร บุญมา", "th", ["วิไลวรรณ ศรีสุข", "ธนากร บุญมา"]),
        ("ผู้เขียน: ณัฐพล แสงทอง", "th", ["ณัฐพล แสงทอง"]),
        ("โดย ทีมข่าวภูมิภาค", "th", ["ทีมข่าวภูมิภาค"]),
        # Filipino: "ni" (by), "at" (and)
        ("ni Maria Santos", "fil", ["Maria Santos"]),
        ("Ni Jose Bautista at Ana Reyes", "tl", ["Jose Bautista", "Ana Reyes"]),
        ("Isinulat ni Liza Ocampo", "fil", ["Liza Ocampo"]),
        # Swahili: "Na" (by) opens the line, "na" (and) joins two names; a desk alone stays
        ("Na Juma Mwangi na Aisha Otieno", "sw", ["Juma Mwangi", "Aisha Otieno"]),
        ("Na Mwandishi Wetu", "sw", ["Mwandishi Wetu"]),
    ],
)
def test_byline_words_of_the_page_language(line: str, lang: str, names: list[str]) -> None:
    assert _page(line, lang) == names


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Von hier aus sieht man den Hafen", "de"),  # prose: lower-case words
        ("Por la tarde llovió en toda la ciudad", "es"),
        ("Par ailleurs, la mairie a voté le budget.", "fr"),
        ("Von 2019 bis 2024", "de"),  # digits are no names
        ("Von Anna Berger und Jonas Keller", "en"),  # not the page's language
        ("Por Marta Gil", "de"),
        ("كتب المحافظ رسالة طويلة إلى أهالي المدينة يشرح فيها الخطة", "ar"),  # a sentence
        ("Фото: Мария Смирнова", "ru"),  # a photographer is no author
        ("عکاس: رضا نوری", "fa"),  # a photographer is no author
        ("Текст закона опубликуют в пятницу", "ru"),  # prose
        ("Foto: Olof Strand", "sv"),  # a photographer is no author
        ("Kommunen och Regionen", "sv"),  # one-word names are no people's
        ("Anna Lindqvist", "sv"),  # a name alone, without "Av", may be a caption's
        ("Editor: Hendra Wijaya", "id"),  # an editor is no author
        ("Penulis buku itu hadir di acara peluncuran", "id"),  # prose
        ("โดยทั่วไปแล้วฝนจะตกหนักในช่วงปลายเดือน", "th"),  # prose: "โดย" joined to its sentence
        ("ni Mayor Teodoro Salvador ang pagbubukas ng apat na paaralan", "fil"),  # prose
        ("Na hivyo wakulima walipata malipo yao mapema mwaka huu", "sw"),  # prose: "and so"
    ],
)
def test_no_byline_in_prose_or_another_language(line: str, lang: str) -> None:
    assert _page(line, lang) == []
    assert not is_byline(line, lang)


def test_byline_word_only_near_a_headline() -> None:
    root = document_fromstring(
        "<html lang='de'><body><p>Von Anna Berger</p><p>Text des Artikels.</p></body></html>"
    )
    assert byline_names(root, "de") == []


def test_nordic_author_page_link_is_an_author_link() -> None:
    page = document_fromstring(
        '<html lang="sv"><body><article><h1>Ny busslinje</h1><div class="byline">'
        '<a href="/skribent/anna-lindqvist/">Anna Lindqvist</a></div><p>Från och med februari '
        "går en ny busslinje mellan hamnen och lasarettet.</p></article></body></html>"
    )
    assert byline_names(page, "sv") == ["Anna Lindqvist"]


def test_drupal_account_link_is_an_author_link_but_login_is_not() -> None:
    page = document_fromstring(
        '<html><body><header><a href="/user/login">Log in</a></header><article><h1>Rain</h1>'
        '<span class="field--name-uid"><a href="/user/12">Ana Ruiz</a></span>'
        "<p>It rained all day long in the old town and the river rose.</p></article></body></html>"
    )
    assert byline_names(page) == ["Ana Ruiz"]


def test_writers_page_link_is_an_author_link() -> None:
    page = document_fromstring(
        '<html lang="ar"><body><article><h1>مكتبة جديدة</h1><div class="author">'
        '<a href="/writers/sara-hassan">سارة حسن</a></div><p>افتتحت مكتبة الحي الجديدة أبوابها '
        "أمام الزوار صباح الأربعاء، وتضم أكثر من عشرة آلاف كتاب.</p></article></body></html>"
    )
    assert byline_names(page, "ar") == ["سارة حسن"]


def test_german_authors_page_link_is_an_author_link() -> None:
    page = document_fromstring(
        '<html lang="de"><body><article><h1>Radweg kommt</h1><div class="article__byline">Von '
        '<a href="/autoren/jonas-feldmann/">Jonas Feldmann</a></div><p>Der Stadtrat hat am '
        "Samstag den Bau eines Radwegs am Rheinufer beschlossen.</p></article></body></html>"
    )
    assert byline_names(page, "de") == ["Jonas Feldmann"]


def test_turkish_author_page_link_is_an_author_link() -> None:
    page = document_fromstring(
        '<html lang="tr"><body><article><h1>Ege ihracatında ekim rekoru</h1><div class="author">'  # noqa: RUF001
        'Haber: <a href="/yazar/zeynep-ozturk/">Zeynep Öztürk</a></div><p>Ege bölgesindeki '
        "firmaların ekim ayı ihracatı yüzde 11 arttı.</p></article></body></html>"  # noqa: RUF001
    )
    assert byline_names(page, "tr") == ["Zeynep Öztürk"]


def test_author_links_of_the_site_footer_are_no_byline_but_the_articles_own_are() -> None:
    page = document_fromstring(
        "<html><body><article><h1>Rain</h1>"
        '<p>It rained all day long in the old town and the river rose.</p><aside class="bio">'
        '<a href="/author/ana-ruiz/">Ana Ruiz</a> covers the city.</aside></article>'
        '<footer><a href="/author/columnist-one/">Columnist One</a></footer></body></html>'
    )
    assert byline_names(page) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # people the story cites, linked to their staff or profile pages mid-sentence
        (
            (
                "<p>Cells of the gut had been studied for decades. In 2005 the biochemist "
                '<a href="https://uni.example/biology/staff/sara-bello/">Sara Bello</a> showed in '
                "a paper that the receptors also lay in the small intestine.</p>"
            ),
            ["Ana Ruiz"],
        ),
        (
            (
                "<p>The discovery brought the researchers "
                '<a href="https://uni.example/profile/richardaxe">Richard Axe</a> and Linda Book '
                "a prize, and the field grew quickly in the years that followed it.</p>"
            ),
            ["Ana Ruiz"],
        ),
        # an author box that opens with the writer's link is the writer's
        (
            (
                '<p><a href="/author/tom-field/">Tom Field</a> covers the city council, its budget '
                "and its elections, and before that covered the courts for ten years.</p>"
            ),
            ["Ana Ruiz", "Tom Field"],
        ),
    ],
)
def test_a_person_the_text_cites_through_a_profile_link_is_no_author(
    paragraph: str, names: list[str]
) -> None:
    """The first two had been authors beside the writer (a Quanta Magazine page did so)."""
    page = document_fromstring(
        "<html><body><article><h1>Taste cells</h1>"
        '<div class="byline">By <a href="/authors/ana-ruiz/">Ana Ruiz</a></div>'
        f"<p>It rained all day long in the old town and the river rose.</p>{paragraph}"
        "</article></body></html>"
    )
    assert byline_names(page) == names


def _authors(ld_author: str, byline: str) -> list[str]:
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rain",'
        f' "author": {ld_author}, "publisher": {{"@type": "Organization", "name": "Daily Post"}}}}'
    )
    html = (
        "<html><head><meta property='og:site_name' content='Daily Post'>"
        f"<script type='application/ld+json'>{ld}</script></head><body><article><h1>Rain</h1>"
        f"{byline}<p>It rained all day long in the old town and the river rose.</p>"
        "<aside><a href='/author/bo-li'>Bo Li</a> <a href='/author/eva-sun'>Eva Sun</a></aside>"
        "</article></body></html>"
    )
    return ArticlePage(HtmlResponse("https://dailypost.example/rain", body=html.encode())).authors()


ANA = '{"@type": "Person", "name": "Ana Ruiz"}'
DESK = '{"@type": "Organization", "name": "Daily Post"}'


@pytest.mark.parametrize(
    ("ld_author", "byline", "authors"),
    [
        # the byline names the JSON-LD author and more: its fuller list, JSON-LD's first
        (ANA, "<p>By Tom Field and Ana Ruiz</p>", ["Ana Ruiz", "Tom Field"]),
        (
            ANA,
            (
                "<div class='byline'><a href='/author/ana'>Ana Ruiz</a>, "
                "<a href='/author/tom'>Tom Field</a> · 3 March 2026</div>"
            ),
            ["Ana Ruiz", "Tom Field"],
        ),
        # other people, or author links outside the byline line: JSON-LD's as before
        (ANA, "<p>By Tom Field and Eva Sun</p>", ["Ana Ruiz"]),
        (ANA, "<p>By Ana Ruiz</p>", ["Ana Ruiz"]),
        # the newsroom as author gives way to the people of the byline, and only to them
        (DESK, "<p>By Tom Field</p>", ["Tom Field"]),
        (f"[{DESK}, {ANA}]", "", ["Ana Ruiz"]),
        (DESK, "", ["Daily Post"]),
    ],
)
def test_byline_line_completes_fewer_jsonld_authors(
    ld_author: str, byline: str, authors: list[str]
) -> None:
    assert _authors(ld_author, byline) == authors


def test_korean_bylines_lose_the_title_and_the_e_mail() -> None:
    from newscrawl.loaders import ArticleLoader

    loader = ArticleLoader()
    loader.add_value("authors", ["홍길동 기자 hong@hanbit.example", "이서연·박준호 기자"])
    loader.add_value(
        "body",
        [
            "한빛시는 24일 버스 노선을 바꾼다고 밝혔다.",
            "저작권자 © 한빛일보 무단전재 및 재배포 금지",
        ],
    )
    item = loader.load_item()
    assert item.authors == ["홍길동", "이서연", "박준호"]


def test_a_korean_byline_under_a_headline_that_is_no_h1() -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.spiders.news import GenericArticle

    body = (
        '<html lang="ko"><head><meta property="og:type" content="article">'
        '<meta property="og:title" content="시립미술관 판화전 개막"></head><body>'
        '<h1 class="logo"><a href="/"><img alt="한빛일보"></a></h1><section>'
        '<h3 class="heading">시립미술관 판화전 개막</h3><ul><li>박준호 기자</li>'
        "<li>기사입력 2026-11-23 15:05</li></ul><article><p>"
        + "한빛시립미술관이 지역 작가 스무 명의 판화를 모은 기획전을 23일 개막했다. " * 6
        + "</p></article></section></body></html>"
    )
    page = GenericArticle(
        HtmlResponse(
            "https://www.x.example/article/2026112315050001", body=body.encode(), encoding="utf-8"
        )
    )
    assert page.loader.cleaned("authors", page.authors()) == ["박준호"]


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("Der Eintritt für Kinder ist frei. (dpa)", ["dpa"]),
        ("Der Eintritt für Kinder ist frei. (dpa/AFP)", ["dpa", "AFP"]),
        ("Das sagte Bürgermeisterin Eva Roth (CDU).", []),  # a party, not a source mark
        ("Der Eintritt für Kinder ist frei. (red)", []),  # the desk's own mark, no agency
    ],
)
def test_agency_copy_without_byline_is_credited_to_its_source_mark(
    last: str, authors: list[str]
) -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    html = (
        '<html lang="de"><head><meta property="og:type" content="article"></head><body>'
        "<article><h1>Landesmuseum plant große Schau</h1><p>25.10.2026, 11:00 Uhr</p>"
        "<p>Das Landesmuseum zeigt ab dem Frühjahr eine große Ausstellung über die "
        "Schifffahrt auf dem Rhein, mit mehr als 300 Objekten.</p>"
        f"<p>{last}</p></article></body></html>"
    )
    url = "https://www.kurier.example/kultur/landesmuseum-plant-grosse-schau-a-5b6a9d02.html"
    response = HtmlResponse(url=url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, crawled_at="2026-10-29T10:00:00Z")
    assert item["authors"] == authors


@pytest.mark.parametrize(
    ("credit", "lang", "authors"),
    [("ANP", "nl", ["ANP"]), ("Belga", "nl-BE", ["Belga"]), ("Redactie", "nl", [])],
)
def test_a_dutch_agency_credit_run_into_the_date_is_the_author(
    credit: str, lang: str, authors: list[str]
) -> None:
    """ "<span>ANP</span><time>...</time>" reads "ANP24-11-26, 09:40": the agency still
    wrote the story; the desk ("Redactie") names no author."""
    from scrapy.http import HtmlResponse

    from newscrawl.spiders.news import GenericArticle

    body = (
        f'<html lang="{lang}"><head><meta property="og:type" content="article"></head><body>'
        "<article><h1>Storm legt treinverkeer in het noorden plat</h1>"
        f'<div class="meta"><span class="author">{credit}</span><time>24-11-26, 09:40</time></div>'
        + "<p>Door een zware storm reden er dinsdagochtend geen treinen in het noorden.</p>" * 4
        + "</article></body></html>"
    )
    page = GenericArticle(
        HtmlResponse(
            "https://www.x.example/nieuws/31874402/storm", body=body.encode(), encoding="utf-8"
        )
    )
    assert page.loader.cleaned("authors", page.authors()) == authors


@pytest.mark.parametrize(
    ("closing", "names"),
    [('<p style="text-align:right;"><strong>Hoàng Lan - Thanh Tùng</strong></p>',
      ["Hoàng Lan", "Thanh Tùng"]),
     ('<p style="text-align: right"><strong>Phương Linh</strong> (theo Reuters)</p>',
      ["Phương Linh"]),
     ('<p class="author_mail"><strong>Minh Anh</strong></p>', ["Minh Anh"]),
     ('<p align="right"><b>Quang Hải</b></p>', ["Quang Hải"]),
     ('<p style="text-align:right"><strong>Theo Reuters</strong></p>', ["Reuters"]),
     ('<p style="text-align:right"><strong>Như Tâm (theo AFP)</strong></p>', ["Như Tâm"]),
     # not a signature: prose, no bold, or text after it
     ('<p style="text-align:right"><strong>Ghi chú</strong>: số liệu đến tháng 10.</p>', None),
     ('<p style="text-align:right">Minh Anh</p>', None),
     ('<p style="text-align:right"><strong>Minh Anh</strong></p><p>' + "Đoạn văn " * 12 + "</p>",
      None)],
)  # fmt: skip
def test_closing_signature_of_the_body(closing: str, names: list[str] | None) -> None:
    from newscrawl.pages.bylines import closing_signature

    root = document_fromstring(
        f"<html><body><article><p>{'Nội dung bài viết. ' * 8}</p>{closing}</article></body></html>"
    )
    found = closing_signature([next(root.iter("article"))])
    assert (found[1] if found else None) == names


@pytest.mark.parametrize(("credit", "authors"), [("ΑΠΕ-ΜΠΕ", ["ΑΠΕ-ΜΠΕ"]), ("Σύνταξη", [])])
def test_a_greek_agency_credit_is_the_author(credit: str, authors: list[str]) -> None:
    """The Athens-Macedonian News Agency credited alone on the byline line wrote the story;
    the desk ("Σύνταξη") names no author."""
    from scrapy.http import HtmlResponse

    from newscrawl.spiders.news import GenericArticle

    body = (
        '<html lang="el"><head><meta property="og:type" content="article"></head><body>'
        "<article><h1>Σεισμός 4,6 Ρίχτερ νότια του νησιού</h1>"
        f'<div class="meta"><span class="source">{credit}</span><time>29.11.2026 | 12:20</time>'
        "</div>"
        + "<p>Σεισμική δόνηση σημειώθηκε το πρωί στη θαλάσσια περιοχή νότια του νησιού.</p>" * 4
        + "</article></body></html>"
    )
    page = GenericArticle(
        HtmlResponse(
            "https://www.x.example/kosmos/561234580/seismos", body=body.encode(), encoding="utf-8"
        )
    )
    assert page.loader.cleaned("authors", page.authors()) == authors


@pytest.mark.parametrize(
    ("credit", "lang", "authors"),
    [
        ("УНІАН", "uk", ["УНІАН"]),  # noqa: RUF001
        ("Укринформ", "ru", ["Укринформ"]),
        ("Reuters", "en", ["Reuters"]),
        ("Reuters", "uk", ["Reuters"]),
        ("Редакція", "uk", []),
        ("MTI", "hu", ["MTI"]),  # the Hungarian news agency
    ],
)
def test_a_wire_credited_alone_in_the_author_box_is_the_author(
    credit: str, lang: str, authors: list[str]
) -> None:
    """A Ukrainian site's story in any of its editions, credited to a wire alone."""
    from scrapy.http import HtmlResponse

    from newscrawl.spiders.news import GenericArticle

    body = (
        f'<html lang="{lang}"><head><meta property="og:type" content="article"></head><body>'
        "<article><h1>Grain corridor ships record November volumes</h1>"
        f'<div class="post__time">25.11.2026 16:40</div><div class="post__author">{credit}</div>'
        + "<p>Ports in the Odesa region handled more cargo than in any November.</p>" * 4
        + "</article></body></html>"
    )
    page = GenericArticle(
        HtmlResponse(
            "https://www.x.example/eng/news/2026/11/25/7512150/",
            body=body.encode(),
            encoding="utf-8",
        )
    )
    assert page.loader.cleaned("authors", page.authors()) == authors


def test_a_comment_inside_a_byline_line_is_no_name() -> None:
    """An English byline line may hold a CMS comment beside its names (a wire credit check
    reads each element of the line: a comment is none)."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    line = fragment_fromstring(
        "<div><!-- byline start --><span>By Ana Ruiz</span><!-- end --></div>"
    )
    assert line_names(line, "By Ana Ruiz", "en") == ["Ana Ruiz"]
    credit = fragment_fromstring("<div><!-- wire --><span>Reuters</span><time>9:40</time></div>")
    assert line_names(credit, "Reuters9:40", "en") == ["Reuters"]


@pytest.mark.parametrize(
    ("line", "jsonld", "authors"),
    [
        ("by: Mark Ellison, Associated Press", None, ["Mark Ellison"]),
        ("By RAMONA VEGA, Nexstar Media Wire", None, ["Ramona Vega"]),
        ("By RAMONA VEGA, Nexstar Media Wire", "Ramona Vega", ["Ramona Vega"]),
        ("Posted by: The Associated Press", None, ["The Associated Press"]),
        # a national agency's full name after the reporter: whom she works for
        ("By Liza Ocampo, Philippine News Agency", None, ["Liza Ocampo"]),
        ("Philippine News Agency", None, ["Philippine News Agency"]),
    ],
)
def test_us_local_tv_bylines_with_a_colon_and_a_wire_credit(
    line: str, jsonld: str | None, authors: list[str]
) -> None:
    """Nexstar-like station pages: "by:" with a colon, and the wire or agency the reporter
    works for after the name, which is no author beside a person (a name in capitals written
    as names are)."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        f'{{"@type": "Person", "name": "{jsonld}"}}}}</script>'
        if jsonld
        else ""
    )
    html = (
        f'<html lang="en-US"><head><meta property="og:type" content="article">{ld}</head><body>'
        '<article><h1>Harbor ferry adds a late-night run</h1><div class="article-byline">'
        f'<p class="article-authors">{line}</p><p>Nov 27, 2026 3:05 p.m. ET</p></div>'
        + "<p>The new boat leaves the terminal at 1:30 a.m., filling a gap for night workers.</p>"
        * 4
        + "</article></body></html>"
    )
    url = "https://www.station.example/news/national/harbor-ferry-adds-late-night-run/"
    page = ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))
    assert page.authors() == authors


def _byline_only(byline: str, lang: str = "en-CA") -> list[str]:
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        f"<html lang='{lang}'><body><article><h1>Rain</h1><p class='byline'>{byline}</p>"
        "<p>It rained all day long in the old town and the river rose.</p></article></body></html>"
    )
    response = HtmlResponse("https://www.x.example/news/rain-1.7394021", body=html.encode())
    return ArticlePage(response).authors()


CP = '{"@type": "Organization", "name": "The Canadian Press"}'
OKAFOR = '{"@type": "Person", "name": "Daniel Okafor"}'


@pytest.mark.parametrize(
    ("byline", "lang", "authors"),
    [
        # the agency after a middle dot is the reporter's, not a co-author
        ("By Priya Raman · The Canadian Press", "en-CA", ["Priya Raman"]),
        ("Par Sophie Bergeron, La Presse Canadienne", "fr-CA", ["Sophie Bergeron"]),
        # a freelancer's credit names no one
        ("By Colleen MacIsaac, Special to the Chronicle", "en-CA", ["Colleen MacIsaac"]),
        # the agency alone is the author
        ("The Canadian Press", "en-CA", ["The Canadian Press"]),
    ],
)
def test_a_wire_or_freelance_credit_after_a_reporter_is_no_author(
    byline: str, lang: str, authors: list[str]
) -> None:
    assert _byline_only(byline, lang) == authors


def test_the_agency_beside_its_reporter_in_json_ld_is_no_author() -> None:
    assert _authors(f"[{OKAFOR}, {CP}]", "") == ["Daniel Okafor"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ramon Villaflor - Kapuluan Herald", ["Ramon Villaflor"]),
        ("Ramon Villaflor \u2013 Kapuluan Herald", ["Ramon Villaflor"]),
        ("Ramon Villaflor / Kapuluan Herald", ["Ramon Villaflor"]),
        ("Ramon Villaflor - Reuters", []),  # not the paper's own name: unread
    ],
)
def test_the_writer_then_the_paper_after_a_slash_or_a_dash(line: str, names: list[str]) -> None:
    """Philippine papers credit their own staff "Name - Paper", as Turkish ones "Name / Paper"."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    element = fragment_fromstring(f'<span class="byline">{line}</span>')
    assert line_names(element, line, "en", {"kapuluan herald"}) == names


def test_the_paper_credit_in_its_own_element_where_the_date_runs_into_the_line() -> None:
    """ "<span>Name - Paper</span><span>date</span>": the line's text runs the two together."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    line = fragment_fromstring(
        '<div class="entry-meta"><span class="byline">Ramon Villaflor - Kapuluan Herald</span>'
        '<span class="posted-on">November 19, 2026 | 12:00am</span></div>'
    )
    text = "Ramon Villaflor - Kapuluan HeraldNovember 19, 2026 | 12:00am"
    assert line_names(line, text, "en", {"kapuluan herald"}) == ["Ramon Villaflor"]


def test_the_papers_own_name_after_a_reporter_is_no_co_author() -> None:
    """ "Ana Reyes, Kapuluan Herald": the paper she writes for; alone, it is the byline."""
    from newscrawl.pages.bylines import without_affiliations

    paper = {"kapuluan herald"}
    assert without_affiliations(["Ana Reyes", "Kapuluan Herald"], paper) == ["Ana Reyes"]
    assert without_affiliations(["Kapuluan Herald"], paper) == ["Kapuluan Herald"]


@pytest.mark.parametrize(
    ("writer", "authors"),
    [
        # the dateline (where the story was filed from) before the writer or the wire
        ("الرياض - محمد العتيبي", ["محمد العتيبي"]),
        ("جدة - واس", ["واس"]),
        ("مكة المكرمة \u2013 سارة الغامدي", ["سارة الغامدي"]),
        # the same inside the writer's page link, and a label inside it
        ('<a href="/writer/sultan">الدمام - سلطان الدوسري</a>', ["سلطان الدوسري"]),
        ('<a href="/writer/reem">كتبت: ريم الحربي</a>', ["ريم الحربي"]),
        ('كتب: <a href="/writer/fahad">فهد القحطاني</a>', ["فهد القحطاني"]),
        # a name before the place: no dateline, and no place taken for a name
        ("محمد العتيبي - الرياض", []),
    ],
)
def test_arabic_dateline_and_label_before_the_writer(writer: str, authors: list[str]) -> None:
    """Gulf papers' "City - Name" bylines, in a writer element or its author link."""
    names = _box_names(
        "ar",
        f'<div class="article-writer">{writer}</div>',
        headline="ثلاثون حافلة كهربائية لشمال المدينة",
        text="أعلنت أمانة المنطقة عن تشغيل ثلاثين حافلة كهربائية جديدة.",
    )
    assert names == authors


def _box_names(
    language: str,
    box: str,
    *,
    headline: str = "Council backs the river bridge",
    text: str = "The council voted on Tuesday to fund the bridge over the river.",
) -> list[str]:
    """byline_names of an article page holding ``box`` between its headline and its text."""
    root = document_fromstring(
        f'<html lang="{language}"><body><article><h1>{headline}</h1>{box}'
        f"<p>{text}</p></article></body></html>"
    )
    return byline_names(root, language)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # names are printed family name first and kept so
        ('<div class="cikk-szerzo"><a href="/szerzo/molnar-levente/">Molnár Levente</a></div>',
         ["Molnár Levente"]),
        ("<p>Szerző: Horváth Lilla</p>", ["Horváth Lilla"]),
        ("<p>Szerző: Kelemen Rita és Fekete Bálint</p>", ["Kelemen Rita", "Fekete Bálint"]),
        # a plain name in the box the class names the author's ("szerző")
        ('<div class="szerzo"><span>Nagy Anna</span></div>', ["Nagy Anna"]),
        # the national agency credited alone, or as the source ("Forrás:")
        ("<p>Forrás: MTI</p>", ["MTI"]),
        ("<p>Forrás: Belügyminisztérium</p>", []),
    ],
)  # fmt: skip
def test_hungarian_bylines_keep_names_as_printed(byline: str, names: list[str]) -> None:
    page = document_fromstring(
        f'<html lang="hu"><body><article><h1>Megújult a kórház</h1>{byline}<p>Átadták a megyei '
        "kórház felújított sürgősségi osztályát, ahol negyven beteget tudnak ellátni.</p>"
        "</article></body></html>"
    )
    assert byline_names(page, "hu") == names


def test_bengali_reporters_joined_by_o_before_their_district() -> None:
    """ "তানভীর আহমেদ ও সাবরিনা ইয়াসমিন, কুড়িগ্রাম": two reporters ("ও" is "and") and a place."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import marked_names

    box = fragment_fromstring(
        '<div><div class="author-name"><span>তানভীর আহমেদ ও সাবরিনা ইয়াসমিন, কুড়িগ্রাম</span></div></div>'
    )
    assert marked_names(box, "bn") == ["তানভীর আহমেদ", "সাবরিনা ইয়াসমিন"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Oleh Siti Aminah dan Lim Wei Ling", ["Siti Aminah", "Lim Wei Ling"]),
        ("Oleh Nurul Huda", ["Nurul Huda"]),
        ("Penulis: Mohd Firdaus Ismail", ["Mohd Firdaus Ismail"]),
    ],
)
def test_malay_bylines_oleh_and_dan(line: str, names: list[str]) -> None:
    """Malay pages (``lang="ms"``) write "Oleh" (by) before the writers, "dan" (and) between."""
    assert _page(line, "ms") == names


@pytest.mark.parametrize(
    ("last", "agencies"),
    [
        ("-- BERNAMA", ["Bernama"]),
        ("Harga ayam kekal. -- BERNAMA", ["Bernama"]),
        ("\u2014 AFP", ["AFP"]),
        ("(ANTARA)", ["Antara"]),
        ("-- Puan Rohana", []),
    ],
)
def test_a_wire_signed_after_a_dash_is_the_source(last: str, agencies: list[str]) -> None:
    """ "-- BERNAMA" closing the text credits the agency, as "(antara)" does, by its own name."""
    from newscrawl.pages.bylines import source_mark

    assert source_mark([last]) == agencies


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Zdroj: ČTK", "ČTK"), ("Zdroj: TASR", "TASR"), ("Zdroj: Městský úřad", None)],
)
def test_czech_source_lines_credit_the_agency(line: str, agency: str | None) -> None:
    """ "Zdroj:" (source) names the agency, whose name keeps its háček ("ČTK")."""
    from newscrawl.pages.bylines import source_agency, source_mark

    assert source_agency(line, "cs") == agency
    assert source_mark(["Poslanci schválili rozpočet. (ČTK)"]) == ["ČTK"]
    assert source_mark(["(čtk)"]) == ["ČTK"]


@pytest.mark.parametrize(
    ("credit", "authors"), [("APP", ["APP"]), ("PTI", ["PTI"]), ("Web Desk", ["Web Desk"])]
)
def test_a_south_asian_wire_credited_alone_is_the_author(credit: str, authors: list[str]) -> None:
    """The Associated Press of Pakistan (or the Press Trust of India) credited alone in the
    byline element under the headline wrote the story, as Reuters does."""
    from scrapy.http import HtmlResponse

    from newscrawl.spiders.news import GenericArticle

    body = (
        '<html lang="en"><head><meta property="og:type" content="article"></head><body>'
        "<article><h1>Cabinet approves a new wheat support price</h1>"
        f'<div class="story__byline"><span>{credit}</span></div>'
        "<div><span>Published: November 23, 2026 09:40 PM PST</span></div>"
        + "<p>The federal cabinet on Monday approved the support price for wheat.</p>" * 4
        + "</article></body></html>"
    )
    page = GenericArticle(
        HtmlResponse(
            "https://www.x.example/news/2841012/wheat", body=body.encode(), encoding="utf-8"
        )
    )
    assert page.loader.cleaned("authors", page.authors()) == authors


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("رپورٹ: سعدیہ ملک، کراچی", "ur", ["سعدیہ ملک"]),
        ("تحریر: نادیہ خان", "ur", ["نادیہ خان"]),
        ("رپورٹ: عمران حیدر اور سعدیہ ملک", "ur", ["عمران حیدر", "سعدیہ ملک"]),
        # the place after a comma, Latin or Arabic, is no co-author in any language
        ("كتب: محمد علي، القاهرة", "ar", ["محمد علي"]),
        ("প্রতিবেদক: তানভীর আহমেদ, কুড়িগ্রাম", "bn", ["তানভীর আহমেদ"]),
    ],
)
def test_an_urdu_byline_label_names_the_writer_without_the_place(
    line: str, lang: str, names: list[str]
) -> None:
    """ "رپورٹ:" (report) and "تحریر:" (written by) open an Urdu byline; "اور" joins names;
    the one word after the last comma is where the story was filed from."""
    assert _page(line, lang) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Portugal's news agency credited alone
        ('<div class="autoria"><span class="agencia">Lusa</span></div>', ["Lusa"]),
        ('<div class="autoria">Agência Lusa</div>', ["Agência Lusa"]),
        ('<div class="autoria"><span>Lusa</span><time>24/11/2026 11:40</time></div>', ["Lusa"]),
    ],
)  # fmt: skip
def test_lusa_credited_alone_is_the_author(line: str, names: list[str]) -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    element = fragment_fromstring(line)
    assert line_names(element, element.text_content(), "pt-PT") == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # after the reporter's author link: both credited
        ('<div class="autoria">Por <a href="/autor/tm">Tiago Medeiros</a> com Lusa</div>',
         ["Tiago Medeiros", "Lusa"]),
        ('<div class="autoria">Por <a href="/autor/tm">Tiago Medeiros</a> em Ponta Delgada</div>',
         ["Tiago Medeiros"]),
    ],
)  # fmt: skip
def test_lusa_credited_after_the_reporter(byline: str, names: list[str]) -> None:
    page = document_fromstring(
        f'<html lang="pt-PT"><body><article><h1>Frota fica em terra pelo quarto dia</h1>{byline}'
        "<p>A frota de pesca ficou em terra pelo quarto dia consecutivo por causa da agitação "
        "marítima.</p></article></body></html>"
    )
    assert byline_names(page, "pt-PT") == names


@pytest.mark.parametrize(
    ("lang", "byline", "names"),
    [
        # an agency credited after the names with "with" is a co-author
        ("pt-PT", '<p class="autor">Por Ana Costa, com Lusa</p>', ["Ana Costa", "Lusa"]),
        ("pt-PT", "<p>Por Ana Costa com Lusa</p>", ["Ana Costa", "Lusa"]),
        ("pt-PT", '<p class="autor"><a href="/autor/ana-costa">Ana Costa</a>, com Lusa</p>',
         ["Ana Costa", "Lusa"]),
        ("es", "<p>Por Ana Ruiz, con EFE</p>", ["Ana Ruiz", "EFE"]),
        ("en", '<p class="byline">By Jane Roe and Tom Field with Reuters</p>',
         ["Jane Roe", "Tom Field", "Reuters"]),
        # anything else after "with" is no agency
        ("pt-PT", "<p>Por Ana Costa com a família</p>", []),
    ],
)  # fmt: skip
def test_an_agency_credited_with_the_reporters(lang: str, byline: str, names: list[str]) -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        f'<html lang="{lang}"><body><article><h1>Frota fica em terra pelo quarto dia</h1>{byline}'
        "<p>A frota de pesca ficou em terra pelo quarto dia consecutivo por causa da agitação "
        "marítima, que chegou a seis metros.</p><p>Os armadores pedem apoio extraordinário ao "
        "Governo Regional para os dias perdidos.</p></article></body></html>"
    )
    page = ArticlePage(HtmlResponse("https://x.example/noticia/frota-1234", body=html.encode()))
    assert page.authors() == names


@pytest.mark.parametrize(
    ("lang", "byline", "names"),
    [
        # where a correspondent files from is no author, nor part of the name
        ("pt-PT", "<p>Por João Silva, em Bruxelas</p>", ["João Silva"]),
        ("pt-PT", "<p>Por João Silva e Ana Costa, em Ponta Delgada</p>",
         ["João Silva", "Ana Costa"]),
        ("pt-PT", "<p>Por João Silva, em Bruxelas, com Lusa</p>", ["João Silva", "Lusa"]),
        ("es", "<p>Por Ana Ruiz, desde Bruselas</p>", ["Ana Ruiz"]),
        ("fr", "<p>Par Claire Dubois, à Bruxelles</p>", ["Claire Dubois"]),
        ("en", "<p>By Jane Roe, in Washington</p>", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_a_correspondents_place_after_the_names(lang: str, byline: str, names: list[str]) -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        f'<html lang="{lang}"><body><article><h1>Frota fica em terra pelo quarto dia</h1>{byline}'
        "<p>A frota de pesca ficou em terra pelo quarto dia consecutivo por causa da agitação "
        "marítima, que chegou a seis metros.</p><p>Os armadores pedem apoio extraordinário ao "
        "Governo Regional para os dias perdidos.</p></article></body></html>"
    )
    page = ArticlePage(HtmlResponse("https://x.example/noticia/frota-1234", body=html.encode()))
    assert page.authors() == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the city the reporter files from, after the name's comma, is no author
        ("By Chinedu Okafor, Port Harcourt", ["Chinedu Okafor"]),
        ("By Tunde Adebayo and Ngozi Eze, Ado Ekiti", ["Tunde Adebayo", "Ngozi Eze"]),
        # a list of names: "and" before the last, or commas only
        ("By Ada Obi, Tom Field and Uche Eze", ["Ada Obi", "Tom Field", "Uche Eze"]),
        ("By Ada Obi, Tom Field, Uche Eze", ["Ada Obi", "Tom Field", "Uche Eze"]),
    ],
)
def test_english_byline_place_after_comma(line: str, names: list[str]) -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    assert line_names(fragment_fromstring(f"<p>{line}</p>"), line, "en") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a correspondent's byline names the place filed from after the comma
        ("From Okey Sampson, Aba", ["Okey Sampson"]),
        ("From Ada Obi and Uche Eze, Port Harcourt", ["Ada Obi", "Uche Eze"]),
        # "From ..." opening a sentence, or with no place, is no byline
        ("From Monday, buses will load at the stadium", []),
        ("From Okey Sampson", []),
    ],
)
def test_english_correspondent_byline(line: str, names: list[str]) -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    assert line_names(fragment_fromstring(f"<p>{line}</p>"), line, "en") == names
    assert is_byline(line, "en") is bool(names)


@pytest.mark.parametrize(
    ("blocks", "names"),
    [
        # the News Agency of Nigeria's credit closing the text, alone or after the last sentence
        (["The ferries start on Monday.", "(NAN)"], ["NAN"]),
        (["The ferries start on Monday. (NAN)"], ["NAN"]),
    ],
)
def test_nigerian_agency_source_mark(blocks: list[str], names: list[str]) -> None:
    from newscrawl.pages.bylines import source_mark

    assert source_mark(blocks) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the byline bar's "By Name, City": the city the reporter files from is no author
        ("By Chinedu Okafor, Abuja", ["Chinedu Okafor"]),
        ("By Chinedu Okafor, Port Harcourt", ["Chinedu Okafor"]),
        ("By Tunde Adebayo and Ngozi Eze, Lagos", ["Tunde Adebayo and Ngozi Eze"]),
        ("From Okey Sampson, Aba", ["Okey Sampson"]),
    ],
)
def test_english_byline_bar_place(line: str, names: list[str]) -> None:
    root = document_fromstring(
        "<html lang='en'><body><main><div><h1>Headline</h1>"
        f"<span class='meta-author'>{line}</span></div>"
        "<p>The text of the story, long enough to be the text.</p></main></body></html>"
    )
    assert byline_names(root, "en") == names


def _ferry_authors(before: str = "", after: str = "", head: str = "") -> list[str]:
    """The authors of a ferry story: ``before`` and ``after`` its text, ``head`` in its head."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        f'<html lang="en-US"><head><meta property="og:type" content="article">{head}</head>'
        f"<body><article><h1>Harbor ferry adds a late-night run</h1>{before}"
        + "<p>The new boat leaves the terminal at 1:30 a.m., filling a gap for night workers.</p>"
        * 4
        + f"{after}</article></body></html>"
    )
    url = "https://www.station.example/news/national/harbor-ferry-adds-late-night-run/"
    return ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8")).authors()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By JANE DOE and TOM FIELD", ["Jane Doe", "Tom Field"]),
        ("By MARY-KATE O'NEIL", ["Mary-Kate O'Neil"]),
        ("By Jane Doe / The Washington Post", ["Jane Doe"]),
        ("Reporting by Jane Doe; Editing by Tom Field", ["Jane Doe"]),
        ("Story by Jane Doe", ["Jane Doe"]),
        ("Words by Jane Doe", ["Jane Doe"]),
        ("By Jane DOE", ["Jane DOE"]),  # not all capitals: as printed
    ],
)
def test_byline_lines_read_as_analysts_group_them(line: str, authors: list[str]) -> None:
    """A name in capitals is written as names are, and what follows a "/" or ";" is no name."""
    assert _ferry_authors(before=f'<p class="byline">{line}</p>') == authors


@pytest.mark.parametrize(
    ("jsonld", "closing", "authors"),
    [
        (None, "(Reporting by Jane Doe in London; Editing by Tom Field)", ["Jane Doe"]),
        (None, "(Reporting by Ana Ruiz and Bo Li; Writing by Ann Poe; Editing by Ed Hay)",
         ["Ana Ruiz", "Bo Li", "Ann Poe"]),
        ("Reuters", "Reporting by Jane Doe; additional reporting by Al Cox; Editing by Ed Hay",
         ["Jane Doe"]),
        (None, "Reporting by the minister's office was thin, critics said.", []),
    ],
)  # fmt: skip
def test_the_credit_line_closing_wire_copy_names_its_reporters(
    jsonld: str | None, closing: str, authors: list[str]
) -> None:
    """Reuters copy credited "Reuters" (or no one): its closing line names the reporters."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        f'{{"@type": "Organization", "name": "{jsonld}"}}}}</script>'
        if jsonld
        else ""
    )
    assert _ferry_authors(after=f"<p>{closing}</p>", head=ld) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices had doubled.",
        "By Tuesday the river had risen.",
        "Story by the numbers: a year in review",
    ],
)
def test_a_short_paragraph_opening_with_by_is_no_byline(line: str) -> None:
    """ "By the end of the year, ..." in the text was the page's author when no byline was."""
    assert _ferry_authors(after=f"<p>{line}</p>") == []


def test_a_json_ld_person_named_by_given_and_family_name() -> None:
    """``{"givenName": "Jane", "familyName": "Doe"}`` without ``name`` gave no author."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry",'
        ' "author": {"@type": "Person", "givenName": "Jane", "familyName": "Doe"}}</script>'
    )
    assert _ferry_authors(head=ld) == ["Jane Doe"]


def test_a_turkish_name_in_capitals_stays_as_printed() -> None:
    """Title case would write "YILMAZ" as "Yilmaz"; Turkish writes it with a dotless i."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        '<html lang="tr"><head><meta property="og:type" content="article"></head><body>'
        '<article><h1>Köprü trafiğe kapandı</h1><p class="byline">Haber: MEHMET YILMAZ</p>'  # noqa: RUF001
        + "<p>Belediye, köprünün bakım çalışmaları nedeniyle bir ay kapalı kalacağını açıkladı.</p>"  # noqa: RUF001
        * 4
        + "</article></body></html>"
    )
    url = "https://www.haber.example/gundem/kopru-trafige-kapandi-123"
    page = ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))
    assert page.authors() == ["MEHMET YILMAZ"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe with the mayor", ["Jane Roe"]),
        ("By Jane Roe with additional reporting by Tom Field", ["Jane Roe"]),
        ("By Jane Roe with Tom Field", ["Jane Roe", "Tom Field"]),
    ],
)
def test_with_after_a_bylines_names(line: str, authors: list[str]) -> None:
    """ "with the mayor" is no name (it was part of one); "with Tom Field" names a co-author."""
    assert _ferry_authors(before=f'<p class="byline">{line}</p>') == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By ANI NEWS DESK", ["ANI News Desk"]),
        ("By ABC NEWS", ["ABC News"]),
        ("By JERUSALEM POST STAFF", ["Jerusalem Post Staff"]),
    ],
)
def test_an_outlet_in_capitals_keeps_its_acronyms(line: str, authors: list[str]) -> None:
    """Written as names are, an agency keeps its own spelling and an outlet its acronym."""
    assert _ferry_authors(before=f'<p class="byline">{line}</p>') == authors


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        # the writer's role on the next line of the byline box
        ("Ana Ruiz<br>Senior Reporter", ["Ana Ruiz"]),
        ("<p>Ana Ruiz</p><p>Reporter</p>", ["Ana Ruiz"]),
        ("By Ana Ruiz<br>Staff Writer", ["Ana Ruiz"]),
        # names joined on one line stay joined
        ("Ana Ruiz and <b>Tom</b> Field", ["Ana Ruiz", "Tom Field"]),
    ],
)
def test_a_line_break_in_the_byline_box_ends_the_names(box: str, authors: list[str]) -> None:
    """Lines of a byline box are never run together: "Ana RuizSenior Reporter" is no name."""
    assert _box_names("en", f'<div class="byline">{box}</div>') == authors


@pytest.mark.parametrize(
    ("language", "box", "authors"),
    [
        # the desk the names write for, after them: no name, and not the names' undoing
        ("pt-BR", "Por Ana Souza, g1 SP", ["Ana Souza"]),
        ("id-ID", "Budi Santoso - detikNews", ["Budi Santoso"]),
        # an agency credited after the names, or alone, in lower case as it writes itself
        ("de-DE", "Von Anna Schmidt, dpa", ["Anna Schmidt", "dpa"]),
        ("de-DE", "Von dpa", ["dpa"]),
        # a national wire by its full name, credited alone
        ("en-IN", "Press Trust of India", ["Press Trust of India"]),
        # a place after a name in a caseless script stays unread, as before
        ("ar", "محمد العتيبي - الرياض", []),
    ],
)
def test_a_desk_or_wire_after_the_names_or_alone(
    language: str, box: str, authors: list[str]
) -> None:
    assert _box_names(language, f'<div class="byline">{box}</div>') == authors


def test_a_tag_page_named_like_an_author_folder_is_no_author_page() -> None:
    """``/tag/by/`` is the tag "by", not the author folder ``/by/<name>``."""
    box = (
        '<div class="meta"><a href="/author/ana-ruiz/">Ana Ruiz</a>, '
        '<a href="/author/tom-field/">Tom Field</a></div>'
        '<div class="tags"><a href="/tag/by/">by</a></div>'
    )
    assert _box_names("en", box) == ["Ana Ruiz", "Tom Field"]


_FERRY_TEXT = (
    "<p>Ferry fares will rise by a tenth in the spring, the operator said on Tuesday, citing "
    "the cost of fuel and crews.</p><p>Commuters' groups said they would ask the county to "
    "step in before the new fares start.</p>"
)


def _ferry_byline_authors(byline: str, lang: str = "en-US", text: str = _FERRY_TEXT) -> list[str]:
    """The authors of a story page whose byline box under the headline holds ``byline``."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        f'<html lang="{lang}"><body><article><h1>Ferry fares rise in spring</h1>'
        f'<div class="byline">{byline}</div>{text}</article></body></html>'
    )
    page = ArticlePage(HtmlResponse("https://x.example/news/ferry-fares-1234", body=html.encode()))
    return page.authors()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # wire copy's name and agency in two elements whose text runs together
        ("By <span>JOSH ROE</span> <span>Associated Press</span>", ["Josh Roe"]),
        ("By JOSH ROE and ANA RUIZ Associated Press", ["Josh Roe", "Ana Ruiz"]),
        ("By Jane Roe Reuters", ["Jane Roe"]),
        ("By JOSH ROE AP Economics Writer", ["Josh Roe"]),
        # the outlet a writer files for
        ("By Jane Roe for Reuters", ["Jane Roe"]),
        ("By JANE ROE and TOM FIELD FOR MAILONLINE", ["Jane Roe", "Tom Field"]),
        ("By Jane Roe for the Daily Courier", ["Jane Roe"]),
        # an agency after "and" is a co-author; a name's last word is no agency ("Li Nan")
        ("By Jane Roe and Reuters", ["Jane Roe", "Reuters"]),
        ("By Li Nan and Ana Fortune", ["Li Nan", "Ana Fortune"]),
    ],
)
def test_english_byline_credit_after_the_names(byline: str, names: list[str]) -> None:
    assert _ferry_byline_authors(byline) == names


@pytest.mark.parametrize(
    ("lang", "byline", "names"),
    [
        # an agency run into the writer's name, or bracketed after it, is a co-author, as
        # after a comma ("Von Anna Schmidt, dpa"); a bracketed role is no name
        ("it", "di Marco Rossi ANSA", ["Marco Rossi", "ANSA"]),
        ("de", "Anna Schmidt (dpa)", ["Anna Schmidt", "dpa"]),
        ("de", "Anna Schmidt (Redaktion)", ["Anna Schmidt"]),
        ("de", "Von Anna Schmidt, dpa", ["Anna Schmidt", "dpa"]),
        # with no byline word, as in English: whom the writer works for, no co-author
        ("es", "Ana López EFE", ["Ana López"]),
    ],
)
def test_an_agency_run_into_or_bracketed_after_a_local_byline(
    lang: str, byline: str, names: list[str]
) -> None:
    italian = (
        "<p>Il traghetto per l'isola riparte da lunedì dopo tre settimane di lavori al molo, "
        "ha detto la compagnia.</p><p>Le corse saranno sei al giorno fino a marzo, poi otto.</p>"
    )
    assert _ferry_byline_authors(byline, lang, italian) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # the date or its label run into the names, as one element's text
        ("By Jane Roe Updated 5:32 PM EST", ["Jane Roe"]),
        ("Posted by Jane Roe on November 24, 2026", ["Jane Roe"]),
        ("By JANE ROE Associated Press Nov 24, 2026", ["Jane Roe"]),
        ("By Theresa May", ["Theresa May"]),
        # names alone, then the paper after a comma: after an "and", or a name of "The ..."
        ("Jane Roe and Tom Field, The Washington Post", ["Jane Roe", "Tom Field"]),
        ("Jane Roe, The Washington Post", ["Jane Roe"]),
        ("Jane Roe, Tom Field and Lee Chan", ["Jane Roe", "Tom Field", "Lee Chan"]),
    ],
)
def test_english_byline_ends_before_the_date_or_the_paper(byline: str, names: list[str]) -> None:
    assert _ferry_byline_authors(byline) == names


@pytest.mark.parametrize(
    "byline",
    [
        # a social handle or a profile button after the name is no part of it
        "By Jane Roe @janeroe",
        "By Jane Roe Follow",
        "By <a href='/people/jane-roe'>Jane Roe</a> <button>Follow</button>",
        "<span class='author'>Jane Roe</span> <a href='mailto:jr@x.example'>Email the author</a>",
    ],
)
def test_a_handle_or_profile_button_after_the_name(byline: str) -> None:
    assert _ferry_byline_authors(byline) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # Indian papers' credits: "Authored by", "Curated By:" open a byline
        ("Authored by Meera Pillai", ["Meera Pillai"]),
        ("Curated By: Meera Pillai", ["Meera Pillai"]),
        # a wire and the place it filed from
        ("PTI | New Delhi", ["PTI"]),
        ("IANS, Mumbai", ["IANS"]),
        # a name and the paper's or desk's initials after a slash
        ("Meera Pillai / TNN", ["Meera Pillai"]),
        # controls: no agency before the place, no initials after the slash (a place there
        # is read as no byline; a role there names the writer, as a dash's does)
        ("Monsoon | New Delhi", []),
        ("Meera Pillai / New Delhi", []),
        ("Meera Pillai / Staff", ["Meera Pillai"]),
    ],
)
def test_indian_credit_words_wires_with_their_place_and_desk_initials(
    byline: str, authors: list[str]
) -> None:
    """Each of the first five had given no author."""
    assert _byline_only(byline, "en") == authors


@pytest.mark.parametrize(
    ("byline", "lang", "authors"),
    [
        # the piece's kind before "by": had given no author
        ("Analysis by Ana Ruiz, CNN", "en", ["Ana Ruiz"]),
        ("Opinion by Ana Ruiz", "en", ["Ana Ruiz"]),
        ("Guest column by Ana Ruiz", "en", ["Ana Ruiz"]),
        # ... or its label with it ("Ein Kommentar von Anna Berger" had been one name)
        ("Ein Kommentar von Anna Berger", "de", ["Anna Berger"]),
        ("Eine Analyse von Anna Berger und Jonas Keller", "de", ["Anna Berger", "Jonas Keller"]),
        # another credit's label ends the names (had been run into the writer's name)
        ("Reporter: Budi Santoso Editor: Dewi Lestari", "id", ["Budi Santoso"]),
        # "the" before the wire is no name (had been an author "the")
        ("By Ana Ruiz and the Associated Press", "en", ["Ana Ruiz"]),
        # controls: a medical reviewer is no author; prose stays prose
        ("Medically reviewed by Dr. Tom Field", "en", []),
        ("Von hier aus sieht man den Hafen", "de", []),
    ],
)
def test_a_bylines_kind_of_piece_and_the_credits_after_it(
    byline: str, lang: str, authors: list[str]
) -> None:
    assert _byline_only(byline, lang) == authors


@pytest.mark.parametrize(
    ("byline", "lang", "authors"),
    [
        # the paper after a comma, as Gannett's papers credit theirs (had been an author)
        ("Ana Ruiz, USA TODAY", "en", ["Ana Ruiz"]),
        ("Ana Ruiz, Nashville Tennessean", "en", ["Ana Ruiz"]),
        ("Ana Ruiz, Detroit Free Press", "en", ["Ana Ruiz"]),
        # a role or a wire after a dash, and an e-mail address after the name (had given none)
        ("Ana Ruiz - Staff Writer", "en", ["Ana Ruiz"]),
        ("Ana Ruiz - Reuters", "en", ["Ana Ruiz"]),
        ("By Ana Ruiz ana.ruiz@herald.example", "en", ["Ana Ruiz"]),
        ("Ana Ruiz ana.ruiz@herald.example", "en", ["Ana Ruiz"]),
        # a writer's credit as magazines print it (had given none)
        ("Contributed by Ana Ruiz", "en", ["Ana Ruiz"]),
        ("Words: Ana Ruiz. Photos: Tom Field", "en", ["Ana Ruiz"]),
        ("Text: Ana Ruiz", "en", ["Ana Ruiz"]),
        # controls: two writers after a comma, in capitals or not, stay two; "Sun" ends names
        ("Ana Ruiz, Tom Field", "en", ["Ana Ruiz", "Tom Field"]),
        ("ANA RUIZ, TOM FIELD", "en", ["Ana Ruiz", "Tom Field"]),
        ("Ana Ruiz, Li Sun", "en", ["Ana Ruiz", "Li Sun"]),
        ("Ana Ruiz and Tom Field, USA TODAY", "en", ["Ana Ruiz", "Tom Field"]),
        # the paper after names listed with commas alone (had been a third author)
        ("By Ana Ruiz, Tom Field, USA TODAY", "en", ["Ana Ruiz", "Tom Field"]),
        ("By Ana Ruiz, Tom Field, Nashville Tennessean", "en", ["Ana Ruiz", "Tom Field"]),
        ("By Ana Ruiz, Tom Field, Daily Mail", "en", ["Ana Ruiz", "Tom Field"]),
        ("Ana Ruiz, Tom Field, Detroit Free Press", "en", ["Ana Ruiz", "Tom Field"]),
        # controls: a third writer stays, in capitals or not
        ("By Ana Ruiz, Tom Field, Lee Chan", "en", ["Ana Ruiz", "Tom Field", "Lee Chan"]),
        ("By ANA RUIZ, TOM FIELD, LEE CHAN", "en", ["Ana Ruiz", "Tom Field", "Lee Chan"]),
    ],
)
def test_the_paper_role_wire_or_address_after_a_name_is_no_author(
    byline: str, lang: str, authors: list[str]
) -> None:
    assert _byline_only(byline, lang) == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a writer in each repeated mark or link (had been the first writer only, or the two
        # names run together: "Ana RuizTom Field")
        (
            "<span class='author'>Ana Ruiz</span><span class='author'>Tom Field</span>",
            ["Ana Ruiz", "Tom Field"],
        ),
        (
            "By <span class='author'>Ana Ruiz</span>, <span class='author'>Tom Field</span>",
            ["Ana Ruiz", "Tom Field"],
        ),
        (
            "By <a href='/people/ana-ruiz'>Ana Ruiz</a><a href='/people/tom-field'>Tom Field</a>",
            ["Ana Ruiz", "Tom Field"],
        ),
        # controls: a role in a mark of its own, a place after the comma
        (
            "<span class='author'>Ana Ruiz</span><span class='author-title'>Senior Reporter</span>",
            ["Ana Ruiz"],
        ),
        ("By <a href='/people/ana-ruiz'>Ana Ruiz</a>, Chicago", ["Ana Ruiz"]),
    ],
)
def test_each_writer_marked_or_linked_on_its_own_is_an_author(
    byline: str, authors: list[str]
) -> None:
    assert _byline_only(byline) == authors


def test_a_byline_lines_names_linked_one_by_one_are_each_an_author() -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.pages.bylines import line_names

    line = fragment_fromstring(
        "<p>By <a href='/people/ana-ruiz'>Ana Ruiz</a><a href='/people/tom-field'>Tom Field</a></p>"
    )
    assert line_names(line, "By Ana RuizTom Field") == ["Ana Ruiz", "Tom Field"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a writer's label with a colon or a middle dot, or a title after the name (had been
        # none), and a name spaced between family and given name (had been two names)
        ("文：山田太郎", ["山田太郎"]),  # noqa: RUF001
        ("文・山田太郎", ["山田太郎"]),
        ("執筆者：佐藤ゆかり", ["佐藤ゆかり"]),  # noqa: RUF001
        ("文・写真：山田太郎", ["山田太郎"]),  # noqa: RUF001
        ("山田太郎記者", ["山田太郎"]),
        ("山田 太郎 記者", ["山田太郎"]),
        ("記者：山田 太郎", ["山田太郎"]),  # noqa: RUF001
        ("文／山田太郎　写真／佐藤花子", ["山田太郎"]),  # noqa: RUF001
        # a name alone where the writer's name goes
        ("山田 太郎", ["山田太郎"]),
        # controls: a photographer alone, and a sentence, name no author
        ("写真：佐藤花子", []),  # noqa: RUF001
        ("記者会見で山田氏は計画を説明した。", []),
    ],
)
def test_japanese_bylines(byline: str, authors: list[str]) -> None:
    assert _byline_only(byline, "ja") == authors


def test_a_chinese_byline_of_two_names_spaced_stays_two_names() -> None:
    """Only a Japanese page joins a family and a given name across a space."""
    assert _byline_only("记者 王芳 李娜", "zh-CN") == ["王芳", "李娜"]


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        # the outlet or the role run into one JSON-LD name (each had been the whole string)
        ("Ana Ruiz For Dailymail.com", ["Ana Ruiz"]),
        ("Ana Ruiz Political Editor For The Daily Mail", ["Ana Ruiz"]),
        ("Ana Ruiz Senior Correspondent", ["Ana Ruiz"]),
        # the paper named with "The" where its name lacks it (had been an author)
        ("Ana Ruiz | The Daily Post", ["Ana Ruiz"]),
        # controls: an organisation's name, a desk's role, a surname that is a role's word
        ("Voices for Justice Network", ["Voices for Justice Network"]),
        ("Sports Desk Editor", ["Sports Desk Editor"]),
        ("John Writer", ["John Writer"]),
        ("Ana Ruiz, AP Auto Writer", ["Ana Ruiz"]),
    ],
)
def test_the_outlet_or_role_in_a_json_ld_name_is_no_part_of_it(
    name: str, authors: list[str]
) -> None:
    assert _authors(f'{{"@type": "Person", "name": "{name}"}}', "") == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a relative date run into the names, before or after them (had been part of the name,
        # or the digits had made no name of it)
        ("Hours Ago Devin Coldewey", ["Devin Coldewey"]),
        ("2 hours ago Devin Coldewey", ["Devin Coldewey"]),
        ("Devin Coldewey 2 hours ago", ["Devin Coldewey"]),
        ("By Devin Coldewey 2 hours ago", ["Devin Coldewey"]),
        # a button's label where the name goes, in capitals (had been an author)
        ("Email The Author", []),
        # controls: a label in lower case, and a name with its date line after a bar
        ("About the author", []),
        ("By Devin Coldewey | Published 2 hours ago", ["Devin Coldewey"]),
    ],
)
def test_a_relative_date_or_a_buttons_label_in_the_byline_is_no_name(
    byline: str, authors: list[str]
) -> None:
    assert _byline_only(byline, "en") == authors


@pytest.mark.parametrize(
    "marked",
    [
        # a login's name, or a desk named a team, marked where the writer's name goes (each
        # had been the author, the byline's writer lost)
        '<meta name="author" content="webdesk">',
        '<meta name="author" content="Daily Post Digital Team">',
    ],
)
def test_a_marked_login_or_team_gives_way_to_the_writer_the_byline_names(marked: str) -> None:
    assert _ferry_authors(before='<p class="byline">By Jane Roe</p>', head=marked) == ["Jane Roe"]


def test_a_marked_writer_stays_beside_a_byline_of_someone_else() -> None:
    """The policy kept: markup names the writer; a byline of another person does not undo it."""
    marked = '<meta name="author" content="Tom Field">'
    assert _ferry_authors(before='<p class="byline">By Jane Roe</p>', head=marked) == ["Tom Field"]
