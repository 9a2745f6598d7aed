# ruff: noqa: RUF001  (Russian text is written with its own letters, some like Latin ones)
"""Volzhskaya Pravda: a recorded Russian regional daily in windows-1251 for ``test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, Page, _ld, news_ld_for, paras, person

PRAVDA = "https://www.volzhskaya-pravda.example"
#: The charset as Bitrix declares it in the HTTP header; other pages declare it only in HTML.
CP1251 = "text/html; charset=windows-1251"
UNDECLARED = "text/html"

_RU_PARAS = {
    "most": [
        "Мэрия Заречинска объявила, что ремонт Нового моста через Лугу начнётся 1 декабря и продлится до конца марта. Всё это время по мосту смогут ездить только автобусы и машины скорой помощи.",
        "Для остальных водителей откроют объезд по улице Речной и временную переправу у лодочной станции. По оценке городского транспортного управления, дорога через центр станет длиннее примерно на 15 минут.",
        "Стоимость работ составит 412 млн &#8381;, из них три четверти выделит областной бюджет. Подрядчик обязан закончить ремонт до начала весеннего паводка.",
        "Жители левобережных кварталов попросили мэрию продлить на время ремонта вечерние рейсы автобуса №&nbsp;14. Вопрос обещали рассмотреть на ближайшем заседании комиссии.",
    ],
    "shkola": [
        "В микрорайоне Сосновый Бор открылась новая школа на 1100 учеников. В здании три спортивных зала, бассейн и отдельный корпус для начальных классов.",
        "Строительство заняло два года и обошлось областному бюджету в 1,9 млрд рублей. Часть классов уже укомплектована, остальные наберут к январю.",
        "Директором школы назначена Елена Громова, которая прежде руководила гимназией №&nbsp;3.",
    ],
    "pozhar": [
        "Вечером в понедельник на складе у товарной станции загорелись деревянные поддоны. Площадь пожара составила около 300 квадратных метров.",
        "На месте работали шесть пожарных расчётов. Огонь удалось потушить за полтора часа, никто не пострадал.",
        "Причину возгорания устанавливают специалисты областного управления МЧС.",
    ],
    "hokkey": [
        "Хоккейный клуб «Волжские волки» обыграл в гостях команду «Северная звезда» со счётом 4:2 и поднялся на второе место в таблице.",
        "Две шайбы забросил нападающий Кирилл Зотов, по одной — защитник Павел Рябов и капитан команды Артём Белов.",
        "Следующий матч «Волжские волки» проведут в субботу на домашней арене против лидера конференции.",
    ],
    "teatr": [
        "Драматический театр Заречинска покажет в декабре премьеру спектакля «Зимняя пристань» по пьесе местного автора Веры Лозовой.",
        "Постановку готовили почти год, в ней заняты двенадцать актёров труппы и детская студия при театре.",
        "Билеты на первые три показа уже распроданы, поэтому театр добавил дневной спектакль 28 декабря.",
    ],
    "zerno": [
        "Аграрии области собрали в этом году 2,4 млн тонн зерна, что на 8% больше, чем год назад. Урожайность пшеницы превысила 30 центнеров с гектара.",
        "Министерство сельского хозяйства связывает рост с тёплой весной и новыми элеваторами в трёх районах.",
        "Около трети урожая планируется отправить за пределы региона по железной дороге и речным транспортом.",
    ],
    "park": [
        "В Прибрежном парке завершили первый этап благоустройства: проложили велосипедную дорожку вдоль набережной и поставили сто новых скамеек.",
        "Летом на втором этапе появятся детский городок и площадка для уличных тренажёров.",
        "Проект выбрали сами жители на голосовании, в котором участвовали более 19 тысяч человек.",
    ],
    "tarif": [
        "Областная служба по тарифам утвердила новую стоимость проезда в городском транспорте: с 1 января поездка по карте будет стоить 42 рубля.",
        "Цена разового билета у кондуктора вырастет до 50 рублей, а проездные для школьников и пенсионеров останутся прежними.",
        "Перевозчики просили повысить тариф сильнее, ссылаясь на подорожание топлива и запчастей.",
    ],
}

A_MOST = "/news/obshchestvo/12345/"
A_SHKOLA = "/news/2026/11/24/12346.html"
A_POZHAR = "/news/proisshestviya/12347/"
A_HOKKEY = "/sport/12348/"
A_TEATR = "/kultura/12349/"
A_ZERNO = "/news/ekonomika/12340/"
A_PARK = "/news/2026/11/22/12330.html"
A_TARIF = "/news/obshchestvo/12320/"


def _add(site: CmsSite, url: str, text: str, ctype: str = CP1251) -> None:
    """A page served in windows-1251; a character cp1251 lacks is written as a reference."""
    site.pages.append(Page(url, text.encode("windows-1251", "xmlcharrefreplace"), ctype))


def volzhskaya_pravda() -> CmsSite:
    """A Russian regional daily on Moscow time (+03:00 all year) served in windows-1251, in
    1C-Bitrix shapes: the charset declared by the HTTP header on some pages and only by
    ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` on others,
    ``/news/<razdel>/<id>/`` and ``/news/YYYY/MM/DD/<id>.html`` URLs, transliterated section
    slugs with Cyrillic names, dates printed "24 ноября 2026, 15:05", "24.11.2026 11:20",
    "Сегодня, 09:40", "Вчера в 18:20" and "Обновлено: ...", zoneless JSON-LD and a zoneless
    ``itemprop=datePublished`` (the zone is the sitemap's and the feed's +03:00), bylines
    "Автор:" and "Текст:" next to "Фото:" credits, "Читайте также:" and "Реклама" (with its
    erid) inside the text, ``?PAGEN_1=2`` pagination behind "След." and "Дальше", a
    windows-1251 Yandex RSS feed with ``yandex:full-text``, robots.txt with Yandex's
    ``Clean-param:`` and ``Host:`` lines, video and photo pages, tag and author pages."""
    site = CmsSite(
        "volzhskaya-pravda", PRAVDA + "/", datetime.fromisoformat("2026-11-25T10:00:00+00:00")
    )
    u = PRAVDA.__add__
    host = "volzhskaya-pravda.example"

    def page(title: str, body: str, extra: str = "", charset: str = "") -> str:
        return (
            f'<!DOCTYPE html><html lang="ru"><head>{charset}'
            f"<title>{title} — Волжская правда</title>"
            '<meta property="og:site_name" content="Волжская правда">'
            '<link rel="alternate" type="application/rss+xml" title="Волжская правда — новости" '
            'href="/rss/yandex/">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">Волжская правда</a><nav class="top-menu"><ul>'
            '<li><a href="/news/">Новости</a><ul class="submenu">'
            '<li><a href="/news/obshchestvo/">Общество</a></li>'
            '<li><a href="/news/ekonomika/">Экономика</a></li>'
            '<li><a href="/news/proisshestviya/">Происшествия</a></li></ul></li>'
            '<li><a href="/sport/">Спорт</a></li><li><a href="/kultura/">Культура</a></li>'
            '<li><a href="/video/">Видео</a></li><li><a href="/photo/">Фото</a></li>'
            '<li><a href="/search/?q=">Поиск</a></li>'
            '<li><a href="/personal/">Личный кабинет</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about/">О газете</a> <a href="/reklama/">Реклама на сайте</a>'
            "<p>© 2026 ООО «Редакция газеты „Волжская правда“». 16+</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], pager: str = "") -> str:
        cards = "".join(
            f'<div class="news-item"><a href="{href}">Новость</a></div>' for href in links
        )
        return page(
            title,
            f'<main><h1>{title}</h1><div class="news-list">{cards}</div>{pager}</main>',
            charset='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        )

    def bitrix_pager(path: str) -> str:
        return (
            '<div class="modern-page-navigation"><span class="modern-page-title">Страницы:</span>'
            '<span class="modern-page-first modern-page-current">1</span>'
            f'<a href="{path}?PAGEN_1=2" class="">2</a>'
            f'<a class="modern-page-next" href="{path}?PAGEN_1=2">След.</a></div>'
        )

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        crumbs: list[tuple[str, str]],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: tuple[str, str] | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        charset: str = "",
    ) -> str:
        tag_links = "".join(f'<a href="/tags/{s}/">{n}</a>' for s, n in tags)
        crumb_links = "".join(
            f' <span>/</span> <a href="{href}" itemprop="item"><span itemprop="name">{name}</span></a>'
            for href, name in crumbs
        )
        og_image = f'<meta property="og:image" content="{image[0]}">' if image else ""
        figure = (
            f'<div class="detail-picture"><img src="{image[0]}" alt="{title}">'
            f'<div class="photo-source">{image[1]}</div></div>'
            if image
            else ""
        )
        return page(
            title,
            '<main><div class="breadcrumbs" itemscope '
            'itemtype="https://schema.org/BreadcrumbList"><a href="/">Главная</a>'
            f"{crumb_links}</div>"
            f'<div class="news-detail"><h1>{title}</h1>'
            f'<div class="news-date-time">{dates}</div>'
            f'<div class="news-lead">{dek}</div>{figure}'
            f'<div class="news-detail-text">{body_html}</div>'
            f'<div class="news-author">{byline}</div>'
            f'<div class="news-tags">Теги: {tag_links}</div>'
            f'<a class="print" href="{path}?print=Y" rel="nofollow">Версия для печати</a>'
            '<div class="ya-share2"><a href="https://vk.example/share.php">ВКонтакте</a>'
            '<a href="https://ok.example/dk">Одноклассники</a></div></div>'
            '<aside class="popular"><h3>Популярное</h3><ul>'
            f'<li><a href="{A_MOST}">Новый мост закроют на ремонт</a></li></ul></aside>'
            "</main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{PRAVDA}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
            charset,
        )

    def plain(text: str) -> str:
        return text.replace("&#8381;", "₽").replace("&nbsp;", " ")

    def body(key: str, lead: str = "") -> str:
        return "\n\n".join(plain(t) for t in ([lead] if lead else []) + _RU_PARAS[key])

    def read_also(href: str, text: str) -> str:
        return f'<p class="read-also"><b>Читайте также:</b> <a href="{href}">{text}</a></p>'

    ad = (
        '<div class="banner-inside"><div class="banner-label">Реклама</div>'
        '<a href="https://ads.example/click?b=17" rel="nofollow"><img src="/upload/rk/b17.jpg" '
        'alt=""></a><div class="erid">ООО «Лугастрой», ИНН 7700000000, erid: 2VtzqvXyz1</div>'
        "</div>"
    )

    news_ld = news_ld_for("Волжская правда", kind="Organization")

    meta_charset = '<meta charset="windows-1251">'
    http_equiv = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    img = PRAVDA + "/upload/iblock/"
    news_crumbs = [("/news/", "Новости")]

    # A lead of a sentence or more printed in its own box between the date line and the text
    # opens the story, as the article-extraction benchmark's bodies hold such leads (V1, V2);
    # a short dek there is only the description.

    # V1: charset in the header; JSON-LD at +03:00; printed in words; "Автор:" next to a
    # "Фото:" credit; "Читайте также:" and an advertisement with its erid inside the text;
    # a ruble sign as an entity (cp1251 has none).
    most = _RU_PARAS["most"]
    v1_title = "Новый мост через Лугу закроют на ремонт до весны"
    v1_dek = (
        "С 1 декабря по мосту пустят только автобусы и скорую помощь, остальным водителям "
        "предложат объезд по улице Речной."
    )
    v1_img = img + "3f2/most.jpg"
    _add(site, u(A_MOST), story(
        A_MOST, v1_title, v1_dek,
        paras(most[:2]) + read_also(A_TARIF, "Проезд в автобусах подорожает с января")
        + ad + paras(most[2:]),
        dates="24 ноября 2026, 15:05 <span class=\"updated\">Обновлено: 25 ноября 2026, 10:15</span>",
        byline="Автор: Иван Петров",
        crumbs=[*news_crumbs, ("/news/obshchestvo/", "Общество")],
        tags=[("transport", "транспорт"), ("novyy-most", "Новый мост")],
        image=(v1_img, "Фото: Мария Смирнова"),
        ld=news_ld(v1_title, v1_dek, datePublished="2026-11-24T15:05:00+03:00",
                   dateModified="2026-11-25T10:15:00+03:00", author=person("Иван Петров"),
                   image=v1_img),
    ))  # fmt: skip
    site.article(
        url=u(A_MOST), site=host, article_id="12345", title=v1_title, description=v1_dek,
        authors=["Иван Петров"], published_at="2026-11-24T12:05:00Z",
        published_raw="2026-11-24T15:05:00+03:00", modified_at="2026-11-25T07:15:00Z",
        modified_raw="2026-11-25T10:15:00+03:00", section="news",
        tags=["транспорт", "Новый мост"], body=body("most", v1_dek), image_url=v1_img, language="ru",
    )  # fmt: skip

    # V2: ``<meta charset>`` only; zoneless JSON-LD, printed "24.11.2026 11:20"; the text in
    # one block split by <br>s, as Bitrix's visual editor stores it; "Текст:" and a "Фото:"
    # credit naming an organisation.
    shkola = _RU_PARAS["shkola"]
    v2_title = "В Сосновом Бору открылась школа на 1100 учеников"
    v2_dek = (
        "В новом здании три спортивных зала, бассейн и отдельный корпус для младших классов, "
        "остальные классы наберут к январю."
    )
    v2_img = img + "a81/shkola.jpg"
    _add(site, u(A_SHKOLA), story(
        A_SHKOLA, v2_title, v2_dek, "<br /><br />\n".join(shkola),
        dates="24.11.2026 11:20",
        byline="Текст: Анна Соколова<br>Фото: пресс-служба администрации",
        crumbs=[*news_crumbs, ("/news/obshchestvo/", "Общество")],
        tags=[("obrazovanie", "образование")],
        image=(v2_img, "Фото: пресс-служба администрации"),
        ld=news_ld(v2_title, v2_dek, datePublished="2026-11-24T11:20:00",
                   author=person("Анна Соколова")),
        charset=meta_charset,
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_SHKOLA), site=host, article_id="12346", title=v2_title, description=v2_dek,
        authors=["Анна Соколова"], published_at="2026-11-24T08:20:00Z",
        published_raw="2026-11-24T11:20:00", section="news", tags=["образование"],
        body=body("shkola", v2_dek), image_url=v2_img, language="ru",
    )  # fmt: skip

    # V3: ``<meta http-equiv>`` only; the only machine date a zoneless itemprop; printed
    # "Вчера в 18:20".
    v3_title = "На складе у товарной станции сгорели поддоны"
    v3_dek = "Пожар площадью 300 квадратных метров потушили за полтора часа."
    _add(site, u(A_POZHAR), story(
        A_POZHAR, v3_title, v3_dek, paras(_RU_PARAS["pozhar"]),
        dates="Вчера в 18:20",
        byline="Автор: Дмитрий Орлов",
        crumbs=[*news_crumbs, ("/news/proisshestviya/", "Происшествия")],
        tags=[("pozhar", "пожар")],
        meta='<meta itemprop="datePublished" content="2026-11-24T18:20">',
        charset=http_equiv,
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_POZHAR), site=host, article_id="12347", title=v3_title, description=v3_dek,
        authors=["Дмитрий Орлов"], published_at="2026-11-24T15:20:00Z",
        published_raw="2026-11-24T18:20", section="news", tags=["пожар"],
        body=body("pozhar"), language="ru",
    )  # fmt: skip

    # V4: header charset; two authors; JSON-LD ``articleSection`` in Cyrillic.
    v4_title = "«Волжские волки» обыграли «Северную звезду» и поднялись на второе место"
    v4_dek = "Дубль оформил нападающий Кирилл Зотов."
    v4_img = img + "c07/hokkey.jpg"
    _add(site, u(A_HOKKEY), story(
        A_HOKKEY, v4_title, v4_dek, paras(_RU_PARAS["hokkey"][:2]) + ad
        + paras(_RU_PARAS["hokkey"][2:]),
        dates="25 ноября 2026, 09:10",
        byline="Авторы: Иван Петров, Ольга Кузнецова",
        crumbs=[("/sport/", "Спорт")],
        tags=[("hokkey", "хоккей")],
        image=(v4_img, "Фото: ХК «Волжские волки»"),
        ld=news_ld(v4_title, v4_dek, articleSection="Спорт",
                   datePublished="2026-11-25T09:10:00+03:00",
                   author=[person("Иван Петров"), person("Ольга Кузнецова")],
                   image={"@type": "ImageObject", "url": v4_img}),
    ))  # fmt: skip
    site.article(
        url=u(A_HOKKEY), site=host, article_id="12348", title=v4_title, description=v4_dek,
        authors=["Иван Петров", "Ольга Кузнецова"], published_at="2026-11-25T06:10:00Z",
        published_raw="2026-11-25T09:10:00+03:00", section="спорт", tags=["хоккей"],
        body=body("hokkey"), image_url=v4_img, language="ru",
    )  # fmt: skip

    # V5: no machine date at all, printed "Сегодня, 09:40" (the crawl is at 13:00 Moscow
    # time on the 25th); only on the second page of /kultura/, behind "Дальше".
    v5_title = "Драмтеатр покажет премьеру «Зимней пристани» в декабре"
    v5_dek = "Билеты на первые три показа уже распроданы."
    _add(site, u(A_TEATR), story(
        A_TEATR, v5_title, v5_dek, paras(_RU_PARAS["teatr"]),
        dates="Сегодня, 09:40",
        byline="Текст: Ольга Кузнецова",
        crumbs=[("/kultura/", "Культура")],
        tags=[("teatr", "театр")],
        charset=http_equiv,
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_TEATR), site=host, article_id="12349", title=v5_title, description=v5_dek,
        authors=["Ольга Кузнецова"], published_at="2026-11-25T06:40:00Z",
        published_raw="Сегодня, 09:40", section="kultura", tags=["театр"],
        body=body("teatr"), language="ru",
    )  # fmt: skip

    # V6: only in the Yandex RSS feed; JSON-LD at +03:00; printed in words.
    v6_title = "Аграрии области собрали 2,4 млн тонн зерна"
    v6_dek = "Урожай оказался на 8% больше прошлогоднего."
    _add(site, u(A_ZERNO), story(
        A_ZERNO, v6_title, v6_dek, paras(_RU_PARAS["zerno"]),
        dates="23 ноября 2026, 12:00",
        byline="Автор: Дмитрий Орлов",
        crumbs=[*news_crumbs, ("/news/ekonomika/", "Экономика")],
        tags=[("selskoe-khozyaystvo", "сельское хозяйство")],
        ld=news_ld(v6_title, v6_dek, datePublished="2026-11-23T12:00:00+03:00",
                   author=person("Дмитрий Орлов")),
    ))  # fmt: skip
    site.article(
        url=u(A_ZERNO), site=host, article_id="12340", title=v6_title, description=v6_dek,
        authors=["Дмитрий Орлов"], published_at="2026-11-23T09:00:00Z",
        published_raw="2026-11-23T12:00:00+03:00", section="news",
        tags=["сельское хозяйство"], body=body("zerno"), language="ru",
    )  # fmt: skip

    # V7: only in the sitemap; ``<meta charset>`` only; no machine date, printed in words, the
    # update after "Обновлено:".
    v7_title = "В Прибрежном парке появилась велодорожка вдоль набережной"
    v7_dek = "Завершён первый этап благоустройства, второй начнётся летом."
    _add(site, u(A_PARK), story(
        A_PARK, v7_title, v7_dek, paras(_RU_PARAS["park"]),
        dates="22 ноября 2026, 08:45<br>Обновлено: 23 ноября 2026, 12:30",
        byline="Автор: Анна Соколова",
        crumbs=[*news_crumbs, ("/news/obshchestvo/", "Общество")],
        tags=[("blagoustroystvo", "благоустройство")],
        charset=meta_charset,
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_PARK), site=host, article_id="12330", title=v7_title, description=v7_dek,
        authors=["Анна Соколова"], published_at="2026-11-22T05:45:00Z",
        published_raw="22 ноября 2026, 08:45", modified_at="2026-11-23T09:30:00Z",
        modified_raw="23 ноября 2026, 12:30", section="news", tags=["благоустройство"],
        body=body("park"), language="ru",
    )  # fmt: skip

    # V8: on the second page of /news/obshchestvo/ (Bitrix's ?PAGEN_1=2 behind "След.");
    # zoneless JSON-LD dates, printed in numbers with "Обновлено:".
    v8_title = "Проезд в городских автобусах подорожает с 1 января"
    v8_dek = "Поездка по транспортной карте будет стоить 42 рубля."
    _add(site, u(A_TARIF), story(
        A_TARIF, v8_title, v8_dek, paras(_RU_PARAS["tarif"]),
        dates="21.11.2026 19:30 <span>Обновлено: 22.11.2026 09:00</span>",
        byline="Автор: Иван Петров",
        crumbs=[*news_crumbs, ("/news/obshchestvo/", "Общество")],
        tags=[("transport", "транспорт"), ("tarify", "тарифы")],
        ld=news_ld(v8_title, v8_dek, datePublished="2026-11-21T19:30:00",
                   dateModified="2026-11-22T09:00:00", author=person("Иван Петров")),
    ))  # fmt: skip
    site.article(
        url=u(A_TARIF), site=host, article_id="12320", title=v8_title, description=v8_dek,
        authors=["Иван Петров"], published_at="2026-11-21T16:30:00Z",
        published_raw="2026-11-21T19:30:00", modified_at="2026-11-22T06:00:00Z",
        modified_raw="2026-11-22T09:00:00", section="news", tags=["транспорт", "тарифы"],
        body=body("tarif"), language="ru",
    )  # fmt: skip

    # A video and a photo gallery: never items.
    video = "/video/12350/"
    _add(site, u(video), page(
        "Видео: ледоход на Луге",
        '<main><div class="news-detail"><h1>Видео: ледоход на Луге</h1>'
        '<div class="news-date-time">24 ноября 2026, 17:00</div>'
        '<video src="/upload/video/ledohod.mp4" controls></video>'
        "<p>Первые льдины прошли под Новым мостом раньше обычного.</p></div></main>",
        f'<link rel="canonical" href="{PRAVDA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Видео: ледоход на Луге", "uploadDate": "2026-11-24T17:00:00+03:00"}),
    ))  # fmt: skip
    photo = "/photo/12351/"
    figures = "".join(
        f'<figure><img src="/upload/iblock/f1{i}/yarmarka-{i}.jpg" alt="Ярмарка">'
        f"<figcaption>Осенняя ярмарка на Соборной площади ({i} из 8). Фото: Мария Смирнова"
        "</figcaption></figure>"
        for i in range(1, 9)
    )
    _add(site, u(photo), page(
        "Фоторепортаж: осенняя ярмарка на Соборной площади",
        '<main><div class="news-detail"><h1>Фоторепортаж: осенняя ярмарка на Соборной площади</h1>'
        f'<div class="news-date-time">22 ноября 2026, 16:00</div>{figures}</div></main>',
        f'<link rel="canonical" href="{PRAVDA}{photo}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Фоторепортаж: осенняя ярмарка на Соборной площади",
               "datePublished": "2026-11-22T16:00:00+03:00"}),
        http_equiv,
    ), UNDECLARED)  # fmt: skip

    # Tag and author pages list stories but are never items.
    _add(site, u("/tags/transport/"), listing("Тег: транспорт", [A_MOST, A_TARIF]))
    _add(site, u("/tags/hokkey/"), listing("Тег: хоккей", [A_HOKKEY]))
    _add(site, u("/authors/ivan-petrov/"), listing("Иван Петров", [A_MOST, A_HOKKEY]))
    site.never_exported |= {
        u(video), u(photo), u("/tags/transport/"), u("/tags/hokkey/"),
        u("/authors/ivan-petrov/"), u("/video/"), u("/photo/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: Yandex\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /personal/\n"
        "Disallow: /*?print=\nClean-param: PAGEN_1&sphrase_id /news/\n"
        "Clean-param: utm_source&utm_medium&utm_campaign\n\n"
        "User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /personal/\n"
        "Disallow: /*?print=\nDisallow: /*sphrase_id=\n"
        "Clean-param: utm_source&utm_medium&utm_campaign\n"
        f"Host: {PRAVDA}\n"
        f"Sitemap: {PRAVDA}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{PRAVDA}/sitemap-iblock-3.xml</loc>"
        "<lastmod>2026-11-25T09:10:00+03:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    mapped = [
        (A_HOKKEY, "2026-11-25T09:10:00+03:00"), (A_MOST, "2026-11-25T10:15:00+03:00"),
        (A_SHKOLA, "2026-11-24T11:20:00+03:00"), (video, "2026-11-24T17:00:00+03:00"),
        (A_PARK, "2026-11-22T08:45:00+03:00"), (A_TARIF, "2026-11-22T09:00:00+03:00"),
    ]  # fmt: skip
    site.add(u("/sitemap-iblock-3.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{PRAVDA}{p}</loc><lastmod>{w}</lastmod></url>" for p, w in mapped)
        + "</urlset>"
    ), XML)  # fmt: skip
    zerno = "".join(f"<p>{t}</p>" for t in _RU_PARAS["zerno"])
    rss = (
        '<?xml version="1.0" encoding="windows-1251"?>'
        '<rss version="2.0" xmlns="http://backend.userland.com/rss2" '
        'xmlns:yandex="http://news.yandex.ru"><channel>'
        f"<title>Волжская правда</title><link>{PRAVDA}/</link>"
        "<description>Новости Заречинска и области</description>"
        '<yandex:logo type="square">' + PRAVDA + "/upload/logo-180.png</yandex:logo>"
        f"<item><title>{v4_title}</title><link>{PRAVDA}{A_HOKKEY}</link>"
        f"<description>{v4_dek}</description><category>Спорт</category>"
        "<pubDate>Wed, 25 Nov 2026 09:10:00 +0300</pubDate>"
        f"<yandex:full-text>{body('hokkey')}</yandex:full-text></item>"
        f"<item><title>{v6_title}</title><link>{PRAVDA}{A_ZERNO}?utm_source=yandex</link>"
        f"<description>{v6_dek}</description><category>Экономика</category>"
        "<pubDate>Mon, 23 Nov 2026 12:00:00 +0300</pubDate>"
        f"<yandex:full-text><![CDATA[{zerno}]]></yandex:full-text></item>"
        "</channel></rss>"
    )
    site.pages.append(Page(u("/rss/yandex/"), rss.encode("windows-1251"), "application/rss+xml"))

    home = listing("Волжская правда — новости Заречинска", [
        A_MOST, A_SHKOLA, A_HOKKEY, video, photo, "/tags/transport/", "/authors/ivan-petrov/",
    ])  # fmt: skip
    _add(site, u("/"), home)
    _add(site, u("/news/"), listing("Новости", [A_MOST, A_SHKOLA, A_POZHAR]))
    _add(site, u("/news/obshchestvo/"), listing(
        "Общество", [A_MOST, A_SHKOLA], bitrix_pager("/news/obshchestvo/")
    ))  # fmt: skip
    _add(site, u("/news/obshchestvo/?PAGEN_1=2"), listing("Общество", [A_TARIF]))
    _add(site, u("/news/ekonomika/"), listing("Экономика", []))
    _add(site, u("/news/proisshestviya/"), listing("Происшествия", [A_POZHAR]))
    _add(site, u("/sport/"), listing("Спорт", [A_HOKKEY, "/tags/hokkey/"]))
    _add(site, u("/kultura/"), listing("Культура", [], (
        '<div class="more"><a href="/kultura/?PAGEN_1=2">Дальше →</a></div>'
    )))  # fmt: skip
    _add(site, u("/kultura/?PAGEN_1=2"), listing("Культура", [A_TEATR]))
    _add(site, u("/video/"), listing("Видео", [video]))
    _add(site, u("/photo/"), listing("Фото", [photo]))
    site.never_requested |= {
        u("/search/?q="), u("/personal/"), *(u(p + "?print=Y") for p, _ in mapped),
    }  # fmt: skip
    return site
