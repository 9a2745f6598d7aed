# ruff: noqa: RUF001, RUF002, RUF003  (Ukrainian and Russian text is written with its own letters)
"""Slobidska Pravda: a recorded Ukrainian news site in three editions for ``test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from tests.cmssites import XML, CmsSite, _ld, paras, person

SLOB = "https://www.slobidska-pravda.example"
HOST = "slobidska-pravda.example"

_EDITIONS = {
    "uk": ("", "Слобідська правда", "Новини", "Теги:"),
    "ru": ("/rus", "Слободская правда", "Новости", "Теги:"),
    "en": ("/eng", "Slobidska Pravda", "News", "Tags:"),
}


def slobidska_pravda() -> CmsSite:
    """A Ukrainian news site on Europe/Kyiv time (+02:00 in winter, +03:00 in summer) with a
    Ukrainian edition at the root (``/news/YYYY/MM/DD/<id>/`` and older
    ``/ukr/news/<section>/<slug>-<id>.html`` pages, one slug in Cyrillic), a Russian one under
    ``/rus/`` and an English one under ``/eng/``: the same story in three languages under one
    id, tied by hreflang alternates, each exported once; zoneless JSON-LD on the Russian
    pages whose zone is the sitemaps' Kyiv offsets (not Moscow's); dates printed "29 листопада
    2026, 15:05", "Неділя, 29 листопада 2026 08:10", "29.11.2026 15:05", "Вчора, 18:20" (the
    crawl is 00:30 Kyiv time on the 30th, 22:30 UTC on the 29th), "Оновлено:"/"Обновлено:";
    bylines "Автор:", "Автор —", "Текст:", "Автори:" with names joined by "та", "і", "и"
    and apostrophes (ʼ and ’) inside names and words, an agency credit; "Читайте також:" and
    "Реклама" inside the text; ``?page=2`` and ``/page2/`` pagination; a sitemap index with a
    sitemap per edition; an RSS feed per edition; video, photo, tag and author pages."""
    site = CmsSite(
        "slobidska-pravda", SLOB + "/", datetime.fromisoformat("2026-11-29T22:30:00+00:00")
    )
    u = SLOB.__add__

    def page(lang: str, title: str, body: str, extra: str = "") -> str:
        prefix, name, news, _ = _EDITIONS[lang]
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | {name}</title>"
            f'<meta property="og:site_name" content="{name}">'
            f'<link rel="alternate" type="application/rss+xml" title="{name}" '
            f'href="{prefix}/rss/">'
            f"{extra}</head><body>"
            f'<header><a class="logo" href="{prefix}/">{name}</a>'
            '<div class="lang-switch"><a href="/">УКР</a><a href="/rus/">РУС</a>'
            '<a href="/eng/">ENG</a></div>'
            f'<nav class="main-menu"><a href="{prefix}/news/">{news}</a>'
            + (
                '<a href="/ukr/news/economy/">Економіка</a><a href="/ukr/news/society/">'
                "Суспільство</a>"
                if lang == "uk"
                else ""
            )
            + f'<a href="{prefix}/video/">Відео</a><a href="{prefix}/photo/">Фото</a>'
            '<a href="/search/?q=">Пошук</a></nav></header>'
            f"{body}"
            '<footer><a href="/about/">Про нас</a><a href="/advert/">Реклама на сайті</a>'
            "<p>© 2026 Слобідська правда. Усі права захищено.</p></footer></body></html>"
        )

    def listing(lang: str, title: str, links: list[str], pager: str = "") -> str:
        cards = "".join(
            f'<div class="article article--small"><a href="{href}" class="article__title">'
            "Матеріал</a></div>"
            for href in links
        )
        return page(
            lang, title, f'<main><h1>{title}</h1><div class="news-list">{cards}</div>{pager}</main>'
        )

    def alternates(path: str) -> str:
        """hreflang links to the same story in the three editions (``path`` is the uk one)."""
        return (
            f'<link rel="alternate" hreflang="uk" href="{SLOB}{path}">'
            f'<link rel="alternate" hreflang="ru" href="{SLOB}/rus{path}">'
            f'<link rel="alternate" hreflang="en" href="{SLOB}/eng{path}">'
        )

    def story(
        lang: str,
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        tags: list[tuple[str, str]],
        tag_label: str = "",
        image: str = "",
        ld: dict[str, Any] | None = None,
        extra: str = "",
    ) -> str:
        label = tag_label or _EDITIONS[lang][3]
        tag_links = "".join(f'<a href="/tags/{s}/">{n}</a>' for s, n in tags)
        og = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="post__photo"><img src="{image}" alt=""><figcaption>'
            "Фото: прес-служба ОДА</figcaption></figure>"
            if image
            else ""
        )
        return page(
            lang,
            title,
            f'<main><article class="post"><h1 class="post__title">{title}</h1>'
            f'<div class="post__time">{dates}</div>'
            f'<div class="post__author">{byline}</div>{figure}'
            f'<div class="post__text">{body_html}</div>'
            f'<div class="post__tags"><span>{label}</span> {tag_links}</div>'
            '<div class="share"><a href="https://facebook.example/sharer">Facebook</a>'
            '<a href="https://t.example/share">Telegram</a></div></article>'
            '<aside class="popular"><h3>Популярне</h3>'
            f'<a href="{prefix_of(lang)}/news/">Усі новини</a></aside></main>',
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{SLOB}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og}{extra}{_ld(ld) if ld else ''}",
        )

    def prefix_of(lang: str) -> str:
        return _EDITIONS[lang][0]

    def read_also(label: str, href: str, text: str) -> str:
        return f'<p class="read-more"><strong>{label}</strong> <a href="{href}">{text}</a></p>'

    def ad(label: str) -> str:
        return (
            f'<div class="ad-block"><span class="ad-label">{label}</span>'
            '<a href="https://ads.example/click?id=51" rel="nofollow sponsored">'
            '<img src="/static/banners/b51.jpg" alt=""></a></div>'
        )

    def news_ld(title: str, dek: str, lang: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "inLanguage": lang,
            "publisher": {"@type": "Organization", "name": _EDITIONS[lang][1]},
            **more,
        }

    def text(ps: list[str]) -> str:
        return "\n\n".join(ps)

    img = SLOB + "/images/doc/"

    def expect(path: str, **item: Any) -> None:
        site.article(url=u(path), site=HOST, **item)

    # -- The same story in three editions (one id, hreflang links between them) -------------

    A1 = "/news/2026/11/29/7512345/"
    u1_title = "У Заріччі запрацював новий обʼєкт теплопостачання"
    u1_dek = "Модульна котельня на Ливарній вулиці гріє вже 46 будинків і дві школи."
    u1 = [
        (
            "У Заріччі на Ливарній вулиці запустили модульну котельню, яка забезпечує теплом 46 "
            "багатоповерхівок, дві школи та дитячий садок. Обʼєкт збудували за вісім місяців."
        ),
        (
            "За словами директорки комунального підприємства Соломії Дячук, нова котельня споживає "
            "на третину менше газу, ніж стара, а її обладнання можна ремонтувати без відключення "
            "споживачів."
        ),
        (
            "Вартість робіт склала 74 млн гривень, з них 60 млн надали міжнародні партнери громади. "
            "Наступного року таку ж котельню планують звести на Пʼятихатках."
        ),
    ]
    u1_img = img + "2026/11/29/kotelnia.jpg"
    u1_html = story(
        "uk", A1, u1_title, u1_dek,
        paras(u1[:1]) + read_also("Читайте також:", "/news/2026/11/29/7512390/",
                                   "Міст через Лопань відкрили після ремонту")
        + paras(u1[1:2]) + ad("Реклама") + paras(u1[2:]),
        dates='29 листопада 2026, 15:05 <span class="post__updated">Оновлено: 29 листопада '
        "2026, 17:40</span>",
        byline="Автор: Соломія Мʼясоєдова",
        tags=[("teplo", "тепло"), ("zarichchia", "Заріччя")],
        image=u1_img,
        ld=news_ld(u1_title, u1_dek, "uk", datePublished="2026-11-29T15:05:00+02:00",
                   dateModified="2026-11-29T17:40:00+02:00",
                   author=person("Соломія Мʼясоєдова"), image=u1_img),
        extra=alternates(A1),
    )  # fmt: skip
    site.add(u(A1), u1_html)
    # the old scheme's address of the same story, whose canonical is the new one: not again
    u1_alias = "/ukr/news/2026/11/29/7512345/"
    site.add(u(u1_alias), u1_html)
    site.never_exported.add(u(u1_alias))
    expect(
        A1, article_id="7512345", title=u1_title, description=u1_dek,
        authors=["Соломія Мʼясоєдова"], published_at="2026-11-29T13:05:00Z",
        published_raw="2026-11-29T15:05:00+02:00", modified_at="2026-11-29T15:40:00Z",
        modified_raw="2026-11-29T17:40:00+02:00", section="news", tags=["тепло", "Заріччя"],
        body=text(u1), image_url=u1_img, language="uk",
    )  # fmt: skip

    R1 = "/rus" + A1
    r1_title = "В Заречье заработал новый объект теплоснабжения"
    r1_dek = "Модульная котельная на Литейной улице греет уже 46 домов и две школы."
    r1 = [
        (
            "В Заречье на Литейной улице запустили модульную котельную, которая обеспечивает теплом "
            "46 многоэтажек, две школы и детский сад. Объект построили за восемь месяцев."
        ),
        (
            "По словам директора коммунального предприятия Соломии Дячук, новая котельная "
            "потребляет на треть меньше газа, чем старая, а её оборудование можно ремонтировать без "
            "отключения потребителей."
        ),
        (
            "Стоимость работ составила 74 млн гривен, из них 60 млн предоставили международные "
            "партнёры громады. В следующем году такую же котельную планируют построить на "
            "Пятихатках."
        ),
    ]
    site.add(u(R1), story(
        "ru", R1, r1_title, r1_dek,
        paras(r1[:2]) + ad("Реклама") + paras(r1[2:]),
        dates="29 ноября 2026, 15:05 <span>Обновлено: 29 ноября 2026, 17:40</span>",
        byline="Автор: Соломия Мясоедова",
        tags=[("teplo", "тепло")],
        image=u1_img,
        ld=news_ld(r1_title, r1_dek, "ru", datePublished="2026-11-29T15:05:00",
                   dateModified="2026-11-29T17:40:00", author=person("Соломия Мясоедова"),
                   image=u1_img),
        extra=alternates(A1),
    ))  # fmt: skip
    expect(
        R1, article_id="7512345", title=r1_title, description=r1_dek,
        authors=["Соломия Мясоедова"], published_at="2026-11-29T13:05:00Z",
        published_raw="2026-11-29T15:05:00", modified_at="2026-11-29T15:40:00Z",
        modified_raw="2026-11-29T17:40:00", section="news", tags=["тепло"],
        body=text(r1), image_url=u1_img, language="ru",
    )  # fmt: skip

    E1 = "/eng" + A1
    e1_title = "New heating plant starts work in Zarichchia"
    e1_dek = (
        "The modular boiler house on Lyvarna Street already heats 46 buildings and two schools."
    )
    e1 = [
        (
            "A modular boiler house has been switched on in Lyvarna Street in Zarichchia, supplying "
            "heat to 46 apartment blocks, two schools and a kindergarten. It took eight months to "
            "build."
        ),
        (
            "According to Solomiia Diachuk, who heads the municipal utility, the new plant burns a "
            "third less gas than the old one and can be repaired without cutting off customers."
        ),
        (
            "The work cost 74 million hryvnias, 60 million of which came from the community's "
            "international partners. A second plant of the same kind is planned for P'iatykhatky "
            "next year."
        ),
    ]
    site.add(u(E1), story(
        "en", E1, e1_title, e1_dek, paras(e1),
        dates="29 November 2026, 15:05",
        byline="Author: Solomiia Miasoiedova",
        tags=[("heating", "heating")],
        image=u1_img,
        ld=news_ld(e1_title, e1_dek, "en", datePublished="2026-11-29T15:05:00+02:00",
                   author=person("Solomiia Miasoiedova"), image=u1_img),
        extra=alternates(A1),
    ))  # fmt: skip
    expect(
        E1, article_id="7512345", title=e1_title, description=e1_dek,
        authors=["Solomiia Miasoiedova"], published_at="2026-11-29T13:05:00Z",
        published_raw="2026-11-29T15:05:00+02:00", section="news", tags=["heating"],
        body=text(e1), image_url=u1_img, language="en",
    )  # fmt: skip

    # -- Ukrainian edition --------------------------------------------------------------------

    # U2: summer (+03:00), no machine date; "Автор —"; "Мітки:"; only on /news/?page=2.
    A2 = "/news/2026/07/14/7498765/"
    u2_title = "На Сіверському озері відкрили пляж із безбарʼєрним входом"
    u2_dek = "До води можна спуститися пандусом, а рятувальники чергують до дев’ятої вечора."
    u2 = [
        (
            "Біля Сіверського озера облаштували новий міський пляж: пандус до води, тіньові навіси "
            "та роздягальні, до яких можна заїхати на візку."
        ),
        (
            "Рятувальний пост працюватиме щодня до дев’ятої вечора, а у вихідні на пляжі чергуватиме "
            "медик. Воду в озері перевірили двічі, обидва аналізи відповідають нормам."
        ),
    ]
    site.add(u(A2), story(
        "uk", A2, u2_title, u2_dek, paras(u2),
        dates="14 липня 2026, 10:30",
        byline="Автор — Тарас Ґудзь",
        tags=[("vidpochynok", "відпочинок")], tag_label="Мітки:",
    ))  # fmt: skip
    expect(
        A2, article_id="7498765", title=u2_title, description=u2_dek, authors=["Тарас Ґудзь"],
        published_at="2026-07-14T07:30:00Z", published_raw="14 липня 2026, 10:30",
        section="news", tags=["відпочинок"], body=text(u2), language="uk",
    )  # fmt: skip

    # U3: the older .html scheme; zoneless JSON-LD; printed "27.11.2026 09:15"; "Текст:" with
    # two names joined by "та".
    A3 = "/ukr/news/economy/tsiny-na-zerno-3012345.html"
    u3_title = "Ціни на зерно в області зросли на 12% за місяць"
    u3_dek = "Аграрії повʼязують подорожчання з дощовою осінню та чергами на елеватори."
    u3 = [
        (
            "За листопад закупівельні ціни на пшеницю в області зросли на 12%, на кукурудзу — на 9%. "
            "Про це повідомили в обласній аграрній палаті."
        ),
        (
            "Фермери пояснюють подорожчання дощовою осінню: частину врожаю досі не зібрано, а на "
            "елеваторах у Чугуївському районі стоять черги вантажівок."
        ),
        (
            "Палата радить господарствам не поспішати з продажем, бо ціни можуть зрости ще до кінця "
            "року."
        ),
    ]
    site.add(u(A3), story(
        "uk", A3, u3_title, u3_dek,
        paras(u3[:2]) + ad("Реклама") + paras(u3[2:]),
        dates="27.11.2026 09:15",
        byline="Текст: Ірина Гнатюк та Остап Бойко",
        tags=[("ahro", "агро"), ("zerno", "зерно")],
        ld=news_ld(u3_title, u3_dek, "uk", datePublished="2026-11-27T09:15:00",
                   author=[person("Ірина Гнатюк"), person("Остап Бойко")]),
    ))  # fmt: skip
    expect(
        A3, article_id="3012345", title=u3_title, description=u3_dek,
        authors=["Ірина Гнатюк", "Остап Бойко"], published_at="2026-11-27T07:15:00Z",
        published_raw="2026-11-27T09:15:00", section="news", tags=["агро", "зерно"],
        body=text(u3), language="uk",
    )  # fmt: skip

    # U4: a Cyrillic slug with ї, є and ґ; printed with the weekday only; an agency credit.
    slug4 = quote("їдальня-ґанок-євроремонт-3012346.html")
    A4 = "/ukr/news/society/" + slug4
    u4_title = "Шкільна їдальня в Безлюдівці відкрилася після ремонту"
    u4_dek = "Учні знову обідають у школі, а до ґанку добудували пандус."
    u4 = [
        (
            "У Безлюдівському ліцеї після піврічного ремонту відкрилася їдальня на 180 місць. Замінили "
            "вікна, кухонне обладнання та вентиляцію."
        ),
        (
            "До ґанку добудували пандус, а в залі поставили окремі столи для молодших класів. "
            "Ремонт профінансувала громада та благодійний фонд «Слобожанська родина»."
        ),
    ]
    site.add(u(A4), story(
        "uk", A4, u4_title, u4_dek, paras(u4),
        dates="Неділя, 29 листопада 2026 08:10",
        byline="Джерело: Укрінформ",
        tags=[("osvita", "освіта")],
    ))  # fmt: skip
    expect(
        A4, article_id="3012346", title=u4_title, description=u4_dek, authors=["Укрінформ"],
        published_at="2026-11-29T06:10:00Z", published_raw="29 листопада 2026 08:10",
        section="news", tags=["освіта"], body=text(u4), language="uk",
    )  # fmt: skip

    # U5: "Вчора, 18:20" read at 00:30 Kyiv time on the 30th (still the 29th in UTC): the
    # 29th; two authors joined by "і", each with an apostrophe (ʼ and ’).
    A5 = "/news/2026/11/29/7512390/"
    u5_title = "Міст через Лопань відкрили після ремонту"
    u5_dek = "Рух відновили на день раніше, ніж обіцяли."
    u5 = [
        (
            "Після трьох місяців ремонту на мосту через Лопань знову відкрили рух для автомобілів і "
            "тролейбусів."
        ),
        (
            "Підрядник замінив деформаційні шви, перила та освітлення. Пішохідні тротуари розширили "
            "до двох метрів."
        ),
    ]
    site.add(u(A5), story(
        "uk", A5, u5_title, u5_dek, paras(u5),
        dates="Вчора, 18:20",
        byline="Автори: Дарʼя Кузьмʼюк і Ольга В’юн",
        tags=[("transport", "транспорт")],
    ))  # fmt: skip
    expect(
        A5, article_id="7512390", title=u5_title, description=u5_dek,
        authors=["Дарʼя Кузьмʼюк", "Ольга В’юн"], published_at="2026-11-29T16:20:00Z",
        published_raw="Вчора, 18:20", section="news", tags=["транспорт"], body=text(u5),
        language="uk",
    )  # fmt: skip

    # -- Russian edition ----------------------------------------------------------------------

    # R2: winter, no machine date: 20:45 Kyiv is 18:45 UTC (17:45 on Moscow time).
    R2 = "/rus/news/2026/11/26/7512200/"
    r2_title = "В Харьковской области восстановили 14 сельских библиотек"
    r2_dek = "В библиотеках появились генераторы и бесплатный интернет."
    r2 = [
        (
            "За год в области отремонтировали 14 сельских библиотек, пострадавших от обстрелов. В "
            "каждой установили генератор и точку бесплатного интернета."
        ),
        (
            "Библиотеки стали местом, где жители получают консультации по компенсациям за "
            "разрушенное жильё."
        ),
    ]
    site.add(u(R2), story(
        "ru", R2, r2_title, r2_dek,
        paras(r2[:1]) + read_also("Читайте также:", R1, r1_title) + paras(r2[1:]),
        dates="26 ноября 2026, 20:45",
        byline="Автор: Ольга Ковальчук и Андрей Гринь",
        tags=[("kultura", "культура")],
    ))  # fmt: skip
    expect(
        R2, article_id="7512200", title=r2_title, description=r2_dek,
        authors=["Ольга Ковальчук", "Андрей Гринь"], published_at="2026-11-26T18:45:00Z",
        published_raw="26 ноября 2026, 20:45", section="news", tags=["культура"],
        body=text(r2), language="ru",
    )  # fmt: skip

    # R4: published in summer time (20 October, +03:00), updated in winter time (27 November,
    # +02:00), both zoneless; the sitemap's lastmod is the update's, at +02:00, which is not
    # the offset of the publication's clock.
    R4 = "/rus/news/2026/10/20/7509100/"
    r4_title = "В Змиеве открыли пункт несокрушимости на 300 человек"
    r4_dek = "В пункте есть генератор, скважина и связь Starlink."
    r4 = [
        (
            "В здании бывшего дома культуры в Змиеве оборудовали пункт несокрушимости на 300 человек. "
            "Там можно согреться, зарядить телефон и получить горячий чай."
        ),
        (
            "После обновления в пункте появились ещё два генератора и отдельная комната для матерей с "
            "детьми."
        ),
    ]
    site.add(u(R4), story(
        "ru", R4, r4_title, r4_dek, paras(r4),
        dates="20 октября 2026, 10:00 <span>Обновлено: 27 ноября 2026, 12:00</span>",
        byline="Автор: Андрей Гринь",
        tags=[("energetika", "энергетика")],
        ld=news_ld(r4_title, r4_dek, "ru", datePublished="2026-10-20T10:00:00",
                   dateModified="2026-11-27T12:00:00", author=person("Андрей Гринь")),
    ))  # fmt: skip
    expect(
        R4, article_id="7509100", title=r4_title, description=r4_dek, authors=["Андрей Гринь"],
        published_at="2026-10-20T07:00:00Z", published_raw="2026-10-20T10:00:00",
        modified_at="2026-11-27T10:00:00Z", modified_raw="2026-11-27T12:00:00", section="news",
        tags=["энергетика"], body=text(r4), language="ru",
    )  # fmt: skip

    # R5: published in April in summer time, when Kyiv is at +03:00 but Cairo (whose clock
    # also gives +02:00/+03:00) still at +02:00; no machine date; updated in November and
    # listed at that +02:00: the site's clock is the newsroom's, Kyiv (the home page is in
    # Ukrainian, written in Ukraine alone).
    R5 = "/rus/news/2026/04/10/7490400/"
    r5_title = "В Харькове высадили 2000 лип вдоль Сумской улицы"
    r5_dek = "Деревья заменят те, что были повреждены за последние годы."
    r5 = [
        (
            "Коммунальщики высадили вдоль Сумской улицы 2000 молодых лип. Саженцы вырастили в "
            "городском питомнике."
        ),
        "Осенью к ним добавили ещё 300 деревьев в сквере у оперного театра.",
    ]
    site.add(u(R5), story(
        "ru", R5, r5_title, r5_dek, paras(r5),
        dates="10 апреля 2026, 09:00<br>Обновлено: 28 ноября 2026, 11:00",
        byline="Текст: Ольга Ковальчук",
        tags=[("ekologiya", "экология")],
    ))  # fmt: skip
    expect(
        R5, article_id="7490400", title=r5_title, description=r5_dek,
        authors=["Ольга Ковальчук"], published_at="2026-04-10T06:00:00Z",
        published_raw="10 апреля 2026, 09:00", modified_at="2026-11-28T09:00:00Z",
        modified_raw="28 ноября 2026, 11:00", section="news", tags=["экология"], body=text(r5),
        language="ru",
    )  # fmt: skip

    # R3: summer, printed in numbers only; only on /rus/news/page2/.
    R3 = "/rus/news/2026/07/03/7497000/"
    r3_title = "В Чугуеве открыли летний кинотеатр под открытым небом"
    r3_dek = "Сеансы будут проходить по пятницам и субботам до конца августа."
    r3 = [
        "На набережной Северского Донца в Чугуеве открылся летний кинотеатр на 200 мест.",
        "Показы бесплатные, фильмы выбирают голосованием в городском телеграм-канале.",
    ]
    site.add(u(R3), story(
        "ru", R3, r3_title, r3_dek, paras(r3),
        dates="03.07.2026 14:00",
        byline="Текст: Андрей Гринь",
        tags=[("kino", "кино")],
    ))  # fmt: skip
    expect(
        R3, article_id="7497000", title=r3_title, description=r3_dek, authors=["Андрей Гринь"],
        published_at="2026-07-03T11:00:00Z", published_raw="03.07.2026 14:00", section="news",
        tags=["кино"], body=text(r3), language="ru",
    )  # fmt: skip

    # -- English edition ----------------------------------------------------------------------

    # E2: printed only; a Reuters credit.
    E2 = "/eng/news/2026/11/25/7512150/"
    e2_title = "Grain corridor ships record November volumes"
    e2_dek = "Ports near Odesa handled more cargo than in any November since 2021."
    e2 = [
        (
            "Ports in the Odesa region handled 7.1 million tonnes of cargo in the first 25 days of "
            "November, the highest figure for the month in five years."
        ),
        (
            "Most of the volume was maize and sunflower oil bound for Mediterranean buyers, port "
            "officials said."
        ),
    ]
    site.add(u(E2), story(
        "en", E2, e2_title, e2_dek, paras(e2[:1]) + ad("Advertisement") + paras(e2[1:]),
        dates="25 November 2026, 16:40",
        byline="Reuters",
        tags=[("economy", "economy")],
    ))  # fmt: skip
    expect(
        E2, article_id="7512150", title=e2_title, description=e2_dek, authors=["Reuters"],
        published_at="2026-11-25T14:40:00Z", published_raw="25 November 2026, 16:40",
        section="news", tags=["economy"], body=text(e2), language="en",
    )  # fmt: skip

    # E3: summer, printed only.
    E3 = "/eng/news/2026/06/30/7496000/"
    e3_title = "Kharkiv metro opens two rebuilt stations"
    e3_dek = "Both stations also serve as shelters during air raid alerts."
    e3 = [
        (
            "Two metro stations closed since 2024 reopened on Tuesday after a full rebuild of their "
            "vestibules and escalators."
        ),
        (
            "The city council said both stations would stay open around the clock during air raid "
            "alerts as shelters."
        ),
    ]
    site.add(u(E3), story(
        "en", E3, e3_title, e3_dek, paras(e3),
        dates="30 June 2026, 09:00",
        byline="Author: Taras Gudz",
        tags=[("transport", "transport")],
    ))  # fmt: skip
    expect(
        E3, article_id="7496000", title=e3_title, description=e3_dek, authors=["Taras Gudz"],
        published_at="2026-06-30T06:00:00Z", published_raw="30 June 2026, 09:00",
        section="news", tags=["transport"], body=text(e3), language="en",
    )  # fmt: skip

    # -- Never items ----------------------------------------------------------------------------

    video = "/video/2026/11/28/7512333/"
    site.add(u(video), page(
        "uk", "Відео: як будували котельню на Ливарній",
        '<main><article class="post"><h1>Відео: як будували котельню на Ливарній</h1>'
        '<div class="post__time">28 листопада 2026, 12:00</div>'
        '<video src="/media/video/kotelnia.mp4" controls></video>'
        "<p>Вісім місяців будівництва за дві хвилини.</p></article></main>",
        f'<link rel="canonical" href="{SLOB}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Відео: як будували котельню на Ливарній",
               "uploadDate": "2026-11-28T12:00:00+02:00"}),
    ))  # fmt: skip
    photo = "/photo/2026/11/27/7512334/"
    figures = "".join(
        f'<figure><img src="/images/gallery/yarmarok-{i}.jpg" alt=""><figcaption>Осінній '
        f"ярмарок на майдані Свободи ({i} з 6)</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(photo), page(
        "uk", "Фоторепортаж: осінній ярмарок",
        '<main><article class="post"><h1>Фоторепортаж: осінній ярмарок</h1>'
        f'<div class="post__time">27 листопада 2026, 16:00</div>{figures}</article></main>',
        f'<link rel="canonical" href="{SLOB}{photo}">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Фоторепортаж: осінній ярмарок",
               "datePublished": "2026-11-27T16:00:00+02:00"}),
    ))  # fmt: skip
    site.add(u("/tags/teplo/"), listing("uk", "Тег: тепло", [u1_alias, R1]))
    site.add(u("/tags/transport/"), listing("uk", "Тег: транспорт", [A5, E3]))
    author = "/authors/solomiia-miasoiedova/"
    site.add(u(author), page(
        "uk", "Соломія Мʼясоєдова",
        '<main><div class="author"><h1>Соломія Мʼясоєдова</h1><p>Журналістка, пише про '
        f'комунальне господарство.</p></div><div class="news-list"><a href="{A1}">Котельня'
        "</a></div></main>",
        '<meta property="og:type" content="profile">',
    ))  # fmt: skip
    site.never_exported |= {
        u(video), u(photo), u("/tags/teplo/"), u("/tags/transport/"), u(author), u("/video/"),
        u("/photo/"), u("/rus/video/"), u("/eng/video/"), u("/rus/photo/"), u("/eng/photo/"),
    }  # fmt: skip

    # -- robots.txt, sitemaps, feeds, listings --------------------------------------------------

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search/\nDisallow: /*?print=\nDisallow: /admin/\n\n"
        f"Sitemap: {SLOB}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<sitemap><loc>{SLOB}{p}</loc><lastmod>2026-11-29T17:40:00+02:00</lastmod></sitemap>"
            for p in ("/sitemap-ukr.xml", "/sitemap-rus.xml", "/sitemap-eng.xml")
        )
        + "</sitemapindex>"
    ), XML)  # fmt: skip

    def urlset(entries: list[tuple[str, str]]) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{SLOB}{p}</loc><lastmod>{w}</lastmod></url>" for p, w in entries)
            + "</urlset>"
        )

    site.add(u("/sitemap-ukr.xml"), urlset([
        (A1, "2026-11-29T17:40:00+02:00"), (A5, "2026-11-29T18:20:00+02:00"),
        (A4, "2026-11-29T08:10:00+02:00"), (A3, "2026-11-27T09:15:00+02:00"),
        (A2, "2026-07-14T10:30:00+03:00"),
    ]), XML)  # fmt: skip
    site.add(u("/sitemap-rus.xml"), urlset([
        (R1, "2026-11-29T17:40:00+02:00"), (R2, "2026-11-26T20:45:00+02:00"),
        (R3, "2026-07-03T14:00:00+03:00"), (R4, "2026-11-27T12:00:00+02:00"),
        (R5, "2026-11-28T11:00:00+02:00"),
    ]), XML)  # fmt: skip
    site.add(u("/sitemap-eng.xml"), urlset([
        (E1, "2026-11-29T15:05:00+02:00"), (E2, "2026-11-25T16:40:00+02:00"),
        (E3, "2026-06-30T09:00:00+03:00"),
    ]), XML)  # fmt: skip

    def rss(prefix: str, name: str, items: list[tuple[str, str, str]]) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{name}</title><link>{SLOB}{prefix}/</link><description>{name}</description>"
            + "".join(
                f"<item><title>{t}</title><link>{SLOB}{p}</link><pubDate>{d}</pubDate></item>"
                for p, t, d in items
            )
            + "</channel></rss>"
        )

    site.add(u("/rss/"), rss("", "Слобідська правда", [
        (A1, u1_title, "Sun, 29 Nov 2026 15:05:00 +0200"),
        (A5, u5_title, "Sun, 29 Nov 2026 18:20:00 +0200"),
    ]), "application/rss+xml")  # fmt: skip
    site.add(u("/rus/rss/"), rss("/rus", "Слободская правда", [
        (R1, r1_title, "Sun, 29 Nov 2026 15:05:00 +0200"),
        (R2, r2_title, "Thu, 26 Nov 2026 20:45:00 +0200"),
    ]), "application/rss+xml")  # fmt: skip
    site.add(u("/eng/rss/"), rss("/eng", "Slobidska Pravda", [
        (E1, e1_title, "Sun, 29 Nov 2026 15:05:00 +0200"),
        (E2, e2_title, "Wed, 25 Nov 2026 16:40:00 +0200"),
    ]), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("uk", "Слобідська правда — новини Харківщини", [
        A1, A5, A4, video, photo, "/tags/teplo/", author,
    ]))  # fmt: skip
    site.add(u("/news/"), listing("uk", "Новини", [A1, A5, A3], (
        '<div class="pagination"><span class="current">1</span>'
        '<a href="/news/?page=2">2</a><a class="next" href="/news/?page=2">Далі</a></div>'
    )))  # fmt: skip
    site.add(u("/news/?page=2"), listing("uk", "Новини", [A2]))
    site.add(u("/ukr/news/economy/"), listing("uk", "Економіка", [A3]))
    site.add(u("/ukr/news/society/"), listing("uk", "Суспільство", [A4, "/tags/transport/"]))
    site.add(u("/video/"), listing("uk", "Відео", [video]))
    site.add(u("/photo/"), listing("uk", "Фото", [photo]))
    site.add(u("/rus/"), listing("ru", "Слободская правда — новости Харьковщины", [R1, R2]))
    site.add(u("/rus/news/"), listing("ru", "Новости", [R1, R2], (
        '<div class="pagination"><a class="next" href="/rus/news/page2/">Следующая</a></div>'
    )))  # fmt: skip
    site.add(u("/rus/news/page2/"), listing("ru", "Новости", [R4, R5, R3]))
    site.add(u("/rus/video/"), listing("ru", "Видео", [video]))
    site.add(u("/eng/"), listing("en", "Slobidska Pravda — news from Kharkiv region", [E1, E2]))
    site.add(u("/eng/news/"), listing("en", "News", [E1, E2, E3]))
    site.add(u("/eng/video/"), listing("en", "Video", [video]))
    site.add(u("/rus/photo/"), listing("ru", "Фото", [photo]))
    site.add(u("/eng/photo/"), listing("en", "Photo", [photo]))
    site.never_requested |= {u("/search/?q=")}
    return site
