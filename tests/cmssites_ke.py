"""The Savanna Mirror: a recorded Kenyan daily with a Kiswahili edition for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

MIRROR = "https://www.savannamirror.example.co.ke"

_KE_PARAS = {
    "tariffs": [
        "Households in Lanet Ward will pay twelve shillings more for every thousand litres of water from January, after the county assembly approved new tariffs on Monday evening.",
        "The water company said the increase would pay for a second treatment plant at Kiamunyi, which it expects to finish before the long rains of 2028.",
        "Residents who spoke at the public hearing said they already buy water from vendors for three days a week because the taps run dry.",
        "The county executive for water promised that metered connections in the informal settlements would keep the old rate for another year.",
    ],
    "flowers": [
        "Flower farms around Lake Ndaruga shipped a record number of stems to Europe in the week before the Advent markets, growers said on Tuesday.",
        "The growers' association said cargo space had been easier to find this year after two new freighter routes opened from the airport in Eldama.",
        "Smaller farms, however, said the price they receive per stem had fallen because of a strong shilling.",
    ],
    "schools": [
        "The county government has handed over forty new classrooms to primary schools in Kiburu sub-county, ending years of lessons held under trees.",
        "The county commissioner said the classrooms would take in about two thousand pupils when schools reopen in January.",
        "Parents' representatives asked the national government to send more teachers, saying that the new rooms would be of little use without them.",
    ],
    "maize": [
        "The price of a two-kilogramme packet of maize flour fell for the third month running in November, according to figures released by the statistics bureau.",
        "Millers said a good harvest in the western counties and lower transport costs had pushed the price down.",
        "Traders at Soko Mjinga market said customers were still buying in small quantities as school fees fall due in January.",
    ],
    "marathon": [
        "Chebet Kiprotich won the women's race at the Iten Hills Marathon on Sunday in two hours and twenty-one minutes, a course record.",
        "She broke away from the leading group at the thirtieth kilometre and finished almost two minutes ahead of her training partner.",
        "The men's race went to a nineteen-year-old debutant from Kapsowar, who said he had entered only to pace his older brother.",
    ],
    "roads": [
        "Contractors have started resurfacing the forty-kilometre road between Molende and Sigoti, which was cut off for a week during the October rains.",
        "The roads authority said the work would take eight months and that one lane would stay open during the day.",
        "Matatu operators on the route said they would keep their fares unchanged until the work is done.",
    ],
    "chai": [
        "Wakulima wa chai katika kaunti ya Kerigo watapokea malipo ya ziada mwezi Desemba baada ya bei ya chai katika mnada kupanda kwa wiki sita mfululizo.",
        "Mwenyekiti wa chama cha ushirika alisema kila mkulima atapata shilingi tano zaidi kwa kila kilo ya majani mabichi aliyowasilisha mwaka huu.",
        "Baadhi ya wakulima walilalamika kwamba malipo hayo yamechelewa na kuomba serikali ya kaunti kusimamia viwanda vidogo vya chai.",
    ],
    "soka": [
        "Timu ya Nyota ya Pwani ilishinda mabao mawili kwa sifuri dhidi ya Simba wa Milimani katika uwanja wa Bandari Jumapili jioni.",
        "Mabao yote mawili yalifungwa katika kipindi cha pili na mshambuliaji mpya aliyejiunga na timu mwezi uliopita.",
        "Kocha wa Simba wa Milimani alisema timu yake itarekebisha makosa kabla ya mechi ijayo ya ligi wiki ijayo.",
    ],
    "mvua": [
        "Idara ya hali ya hewa imetoa tahadhari ya mvua kubwa katika kaunti za pwani kwa siku tatu zijazo.",
        "Wakazi wanaoishi karibu na mito wameshauriwa kuhamia maeneo ya juu hadi mvua itakapopungua.",
        "Shule kadhaa katika eneo la Mto Mdogo zimefungwa kwa muda kwa sababu barabara zinazoelekea huko zimejaa maji.",
    ],
    "soko": [
        "Wafanyabiashara wa soko kuu la mji wa Kilindi wamehamishiwa kwenye eneo jipya lenye vibanda mia tatu.",
        "Serikali ya kaunti ilisema soko la zamani litabomolewa na kujengwa upya kwa muda wa mwaka mmoja.",
        "Wafanyabiashara wengi walisema wanafurahia eneo jipya kwa kuwa lina maji safi na vyoo vya umma.",
    ],
    "maji": [
        "Kampuni ya maji ya mji wa Lanet imeanza kusambaza maji kwa mgao wa siku tatu kwa wiki kutokana na ukame.",
        "Meneja wa kampuni alisema kiwango cha maji katika bwawa kuu kimeshuka hadi asilimia arobaini.",
        "Wakazi wameombwa kuhifadhi maji na kuripoti mabomba yanayovuja.",
    ],
    "budget": [
        "Members of the county assembly in Kiburu have passed a supplementary budget that moves forty million shillings from road works to health centres.",
        "The chair of the budget committee said three dispensaries had run out of basic drugs in October.",
        "The roads department said the cut would delay the gravelling of two feeder roads until the next financial year.",
    ],
}


def savanna_mirror() -> CmsSite:
    """A Kenyan daily on Nairobi time (EAT, +03:00 all year) with a Kiswahili edition under
    ``/kiswahili/`` (``lang="sw"``): Arc-style ``/<section>/<sub>/article/<id>/<slug>`` URLs
    next to ``/kenya/news/<slug>-<id>`` ones, sub-sections (``/news/counties/``), ``?page=N``
    pagination, dates printed "Tuesday, November 24, 2026 — updated on November 25, 2026",
    "24 Nov 2026 - 14:05" (no zone), "2:05 pm EAT", Swahili "Imechapishwa Jumanne, Novemba 24,
    2026", "Imesasishwa", "saa 2 zilizopita" (2 hours ago) and a time on the Swahili clock
    ("saa 3:30 asubuhi" is 9:30 am), English "By ..." and Swahili "Na ... na ..." bylines, a
    staff byline ("Mirror Reporter"), a KNA credit, "ALSO READ" links and a "Related" box in
    the body, JSON-LD with and without +03:00, a news sitemap under a sitemap index, an RSS
    feed, video, gallery, tag and author pages, and a robots.txt ``Disallow``."""
    site = CmsSite(
        "savanna-mirror", MIRROR + "/", datetime.fromisoformat("2026-11-25T09:00:00+00:00")
    )
    u = MIRROR.__add__
    host = "savannamirror.example.co.ke"

    # The Kiswahili edition's own menu: Habari (news), Michezo (sport), Biashara (business).
    sw_menu = (
        '<nav class="edition-menu"><ul><li><a href="/kiswahili/habari/">Habari</a></li>'
        '<li><a href="/kiswahili/michezo/">Michezo</a></li>'
        '<li><a href="/kiswahili/biashara/">Biashara</a></li></ul></nav>'
    )

    def page(title: str, body: str, extra: str = "", lang: str = "en") -> str:
        brand = "The Savanna Mirror" if lang == "en" else "Kioo cha Savana"
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} - {brand}</title>"
            f'<meta property="og:site_name" content="{brand}">'
            '<link rel="alternate" type="application/rss+xml" title="Latest news" '
            'href="/rss/news.xml">'
            f"{extra}</head><body>"
            '<header class="site-header"><a class="logo" href="/">The Savanna Mirror</a>'
            '<nav class="main-menu"><ul><li><a href="/news/">News</a><ul class="submenu">'
            '<li><a href="/news/counties/">Counties</a></li><li><a href="/news/national/">'
            "National</a></li></ul></li>"
            '<li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li>'
            '<li><a href="/kiswahili/">Kiswahili</a></li><li><a href="/videos/">Videos</a></li>'
            '<li><a href="/photos/">Photos</a></li><li><a href="/search?q=">Search</a></li>'
            "</ul></nav>"
            f"{sw_menu if lang == 'sw' else ''}</header>"
            f"{body}"
            '<footer><a href="/about-us">About us</a> <a href="/terms-and-conditions">Terms</a> '
            '<a href="/epaper/">E-Paper</a></footer></body></html>'
        )

    def listing(
        title: str, links: list[str], next_href: str | None = None, lang: str = "en"
    ) -> str:
        cards = "".join(
            f'<div class="article-card"><h3><a href="{href}">Story</a></h3></div>' for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}" rel="next">Next &raquo;</a></div>'
            if next_href
            else ""
        )
        return page(
            title,
            f'<main><h1 class="section-title">{title}</h1><div class="cards">{cards}</div>'
            f"{more}</main>",
            lang=lang,
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
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        lang: str = "en",
    ) -> str:
        tag_base = "/tags/" if lang == "en" else "/kiswahili/mada/"
        tag_links = "".join(f'<a href="{tag_base}{s}" class="tag">{n}</a>' for s, n in tags)
        crumb_links = "".join(f' / <a href="{href}">{name}</a>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><div class="breadcrumb"><a href="/">Home</a>{crumb_links}</div>'
            f'<article class="article-page"><h1 class="article-title">{title}</h1>'
            f'<div class="article-meta"><div class="author-name">{byline}</div>'
            f'<div class="article-date">{dates}</div></div>'
            f'<div class="article-body">{body_html}</div>'
            f'<div class="article-tags">{tag_links}</div>'
            '<div class="share-bar"><a href="https://wa.example/send">WhatsApp</a>'
            '<a href="https://facebook.example/sharer">Facebook</a></div></article>'
            '<aside class="trending"><h2>Trending</h2><ul><li><a href="'
            '/sports/article/4520388/kiprotich-sets-course-record-iten-hills">Kiprotich sets '
            "course record</a></li></ul></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{MIRROR}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    news_ld = news_ld_for("The Savanna Mirror")

    def by(names: list[tuple[str, str]], word: str = "By", joiner: str = "and") -> str:
        links = f" {joiner} ".join(f'<a href="/author/{slug}">{name}</a>' for name, slug in names)
        return f"{word} {links}"

    img = MIRROR + "/resources/images/2026/11/"

    # E1: Arc-style URL under a sub-section; JSON-LD at +03:00, the page prints the days only
    # ("Tuesday, November 24, 2026 — updated on November 25, 2026"); an "ALSO READ" link and
    # a "Related" box inside the body; two authors.
    e1 = "/news/counties/article/4520331/lanet-water-tariffs-rise-january"
    e1_title = "Lanet residents to pay more for water from January"
    e1_dek = "The county assembly approved new tariffs to fund a second treatment plant."
    tariffs = _KE_PARAS["tariffs"]
    e1_body = (
        paras(tariffs[:2])
        + '<p><strong>ALSO READ: </strong><a href="/kenya/news/ndaruga-flower-exports-record-4520345">'
        "Flower farms ship record stems ahead of Advent markets</a></p>"
        + paras(tariffs[2:3])
        + '<div class="related-articles"><h3>Related</h3><ul>'
        '<li><a href="/news/counties/article/4520360/kiburu-schools-get-forty-classrooms">'
        "Kiburu schools get forty new classrooms</a></li>"
        '<li><a href="/news/article/4520395/molende-sigoti-road-resurfacing-starts">'
        "Work starts on Molende-Sigoti road</a></li></ul></div>" + paras(tariffs[3:])
    )
    site.add(u(e1), story(
        e1, e1_title, e1_dek, e1_body,
        dates="Tuesday, November 24, 2026 — updated on November 25, 2026",
        byline=by([("Wanjiru Kamau", "wanjiru-kamau"), ("Otieno Barasa", "otieno-barasa")]),
        crumbs=[("/news/", "News"), ("/news/counties/", "Counties")],
        tags=[("nakuru", "Nakuru"), ("water", "Water")], image=img + "lanet-water.jpg",
        ld=news_ld(e1_title, e1_dek, articleSection="Counties",
                   datePublished="2026-11-24T07:30:00+03:00",
                   dateModified="2026-11-25T10:15:00+03:00",
                   author=[person("Wanjiru Kamau"), person("Otieno Barasa")],
                   image={"@type": "ImageObject", "url": img + "lanet-water.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(e1), site=host, article_id="4520331", title=e1_title, description=e1_dek,
        authors=["Wanjiru Kamau", "Otieno Barasa"], published_at="2026-11-24T04:30:00Z",
        published_raw="2026-11-24T07:30:00+03:00", modified_at="2026-11-25T07:15:00Z",
        modified_raw="2026-11-25T10:15:00+03:00", section="counties", tags=["Nakuru", "Water"],
        body="\n\n".join(tariffs), image_url=img + "lanet-water.jpg", language="en",
    )  # fmt: skip

    # E2: /kenya/news/<slug>-<id>; no JSON-LD date, printed "24 Nov 2026 - 14:05" with no
    # zone (Nairobi time); a staff byline.
    e2 = "/kenya/news/ndaruga-flower-exports-record-4520345"
    e2_title = "Flower farms ship record stems ahead of Advent markets"
    e2_dek = "Smaller growers say a strong shilling has cut their prices."
    site.add(u(e2), story(
        e2, e2_title, e2_dek, paras(_KE_PARAS["flowers"]),
        dates="24 Nov 2026 - 14:05", byline="By Mirror Reporter",
        crumbs=[("/business/", "Business")], tags=[("horticulture", "Horticulture")],
        ld=news_ld(e2_title, e2_dek),
    ))  # fmt: skip
    site.article(
        url=u(e2), site=host, article_id="4520345", title=e2_title, description=e2_dek,
        authors=["Mirror Reporter"], published_at="2026-11-24T11:05:00Z",
        published_raw="24 Nov 2026 - 14:05", section="business", tags=["Horticulture"],
        body="\n\n".join(_KE_PARAS["flowers"]), language="en",
    )  # fmt: skip

    # E3: a Kenya News Agency story: "By KNA", printed "November 23, 2026, 2:05 pm EAT".
    e3 = "/news/counties/article/4520360/kiburu-schools-get-forty-classrooms"
    e3_title = "Kiburu schools get forty new classrooms"
    e3_dek = "About two thousand pupils will move out of makeshift classes in January."
    site.add(u(e3), story(
        e3, e3_title, e3_dek, paras(_KE_PARAS["schools"]),
        dates="November 23, 2026, 2:05 pm EAT", byline="By KNA",
        crumbs=[("/news/", "News"), ("/news/counties/", "Counties")],
        tags=[("education", "Education")],
    ))  # fmt: skip
    site.article(
        url=u(e3), site=host, article_id="4520360", title=e3_title, description=e3_dek,
        authors=["KNA"], published_at="2026-11-23T11:05:00Z",
        published_raw="November 23, 2026, 2:05 pm EAT", section="news", tags=["Education"],
        body="\n\n".join(_KE_PARAS["schools"]), language="en",
    )  # fmt: skip

    # E4: dates only in JSON-LD at +03:00, nothing printed; on page 2 of /business/ only.
    e4 = "/business/article/4520372/maize-flour-price-falls-third-month"
    e4_title = "Maize flour price falls for third month running"
    e4_dek = "Millers credit a good harvest and cheaper transport."
    site.add(u(e4), story(
        e4, e4_title, e4_dek, paras(_KE_PARAS["maize"]), dates="",
        byline=by([("Kiprono Chebet", "kiprono-chebet")]),
        crumbs=[("/business/", "Business")], tags=[("economy", "Economy")],
        image=img + "maize-flour.jpg",
        ld=news_ld(e4_title, e4_dek, articleSection="Business",
                   datePublished="2026-11-22T16:45:00+03:00", author=person("Kiprono Chebet")),
    ))  # fmt: skip
    site.article(
        url=u(e4), site=host, article_id="4520372", title=e4_title, description=e4_dek,
        authors=["Kiprono Chebet"], published_at="2026-11-22T13:45:00Z",
        published_raw="2026-11-22T16:45:00+03:00", section="business", tags=["Economy"],
        body="\n\n".join(_KE_PARAS["maize"]), image_url=img + "maize-flour.jpg", language="en",
    )  # fmt: skip

    # E5: the day and the time printed apart ("23 Nov 2026" | "2:05 pm EAT"), JSON-LD
    # without a zone.
    e5 = "/sports/article/4520388/kiprotich-sets-course-record-iten-hills"
    e5_title = "Kiprotich sets course record at Iten Hills Marathon"
    e5_dek = "A nineteen-year-old debutant won the men's race."
    site.add(u(e5), story(
        e5, e5_title, e5_dek, paras(_KE_PARAS["marathon"]),
        dates='<span class="date">Monday, 23 Nov 2026</span> | <span class="time">2:05 pm EAT</span>',
        byline=by([("Otieno Barasa", "otieno-barasa")]),
        crumbs=[("/sports/", "Sports")], tags=[("athletics", "Athletics")],
        ld=news_ld(e5_title, e5_dek, articleSection="Sports",
                   datePublished="2026-11-23T14:05:00", author=person("Otieno Barasa")),
    ))  # fmt: skip
    site.article(
        url=u(e5), site=host, article_id="4520388", title=e5_title, description=e5_dek,
        authors=["Otieno Barasa"], published_at="2026-11-23T11:05:00Z",
        published_raw="2026-11-23T14:05:00", section="sports", tags=["Athletics"],
        body="\n\n".join(_KE_PARAS["marathon"]), language="en",
    )  # fmt: skip

    # E6: only in the RSS feed; JSON-LD without a zone and nothing printed.
    e6 = "/news/article/4520395/molende-sigoti-road-resurfacing-starts"
    e6_title = "Work starts on Molende-Sigoti road"
    e6_dek = "One lane will stay open during the eight months of works."
    site.add(u(e6), story(
        e6, e6_title, e6_dek, paras(_KE_PARAS["roads"]), dates="",
        byline=by([("Wanjiru Kamau", "wanjiru-kamau")]),
        crumbs=[("/news/", "News"), ("/news/national/", "National")],
        ld=news_ld(e6_title, e6_dek, datePublished="2026-11-24T18:20:00",
                   author=person("Wanjiru Kamau")),
    ))  # fmt: skip
    site.article(
        url=u(e6), site=host, article_id="4520395", title=e6_title, description=e6_dek,
        authors=["Wanjiru Kamau"], published_at="2026-11-24T15:20:00Z",
        published_raw="2026-11-24T18:20:00", section="news",
        body="\n\n".join(_KE_PARAS["roads"]), language="en",
    )  # fmt: skip

    # S1: Kiswahili; JSON-LD at +03:00, printed "Imechapishwa Jumanne, Novemba 24, 2026" and
    # "Imesasishwa Jumatano, Novemba 25, 2026"; "Na Juma Mwangi na Aisha Otieno" is two authors.
    s1 = "/kiswahili/habari/article/4520400/wakulima-wa-chai-kupata-malipo-ya-ziada"
    s1_title = "Wakulima wa chai kupata malipo ya ziada Desemba"
    s1_dek = "Bei ya chai katika mnada imepanda kwa wiki sita mfululizo."
    site.add(u(s1), story(
        s1, s1_title, s1_dek, paras(_KE_PARAS["chai"]),
        dates="Imechapishwa Jumanne, Novemba 24, 2026 <br>Imesasishwa Jumatano, Novemba 25, 2026",
        byline=by([("Juma Mwangi", "juma-mwangi"), ("Aisha Otieno", "aisha-otieno")], "Na", "na"),
        crumbs=[("/kiswahili/", "Kiswahili"), ("/kiswahili/habari/", "Habari")],
        tags=[("kilimo", "Kilimo")], image=img + "chai.jpg", lang="sw",
        ld=news_ld(s1_title, s1_dek, inLanguage="sw", articleSection="Habari",
                   datePublished="2026-11-24T09:30:00+03:00",
                   dateModified="2026-11-25T08:00:00+03:00",
                   author=[person("Juma Mwangi"), person("Aisha Otieno")],
                   image={"@type": "ImageObject", "url": img + "chai.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(s1), site=host, article_id="4520400", title=s1_title, description=s1_dek,
        authors=["Juma Mwangi", "Aisha Otieno"], published_at="2026-11-24T06:30:00Z",
        published_raw="2026-11-24T09:30:00+03:00", modified_at="2026-11-25T05:00:00Z",
        modified_raw="2026-11-25T08:00:00+03:00", section="habari", tags=["Kilimo"],
        body="\n\n".join(_KE_PARAS["chai"]), image_url=img + "chai.jpg", language="sw",
    )  # fmt: skip

    # S2: Kiswahili, no JSON-LD; printed "Novemba 23, 2026 | 16:40" with no zone.
    s2 = "/kiswahili/michezo/article/4520412/nyota-ya-pwani-yashinda-simba-wa-milimani"
    s2_title = "Nyota ya Pwani yashinda Simba wa Milimani mabao mawili"
    s2_dek = "Mshambuliaji mpya alifunga mabao yote mawili."
    site.add(u(s2), story(
        s2, s2_title, s2_dek, paras(_KE_PARAS["soka"]),
        dates="Novemba 23, 2026 | 16:40", byline=by([("Halima Njeri", "halima-njeri")], "Na"),
        crumbs=[("/kiswahili/", "Kiswahili"), ("/kiswahili/michezo/", "Michezo")],
        tags=[("soka", "Soka")], lang="sw",
    ))  # fmt: skip
    site.article(
        url=u(s2), site=host, article_id="4520412", title=s2_title, description=s2_dek,
        authors=["Halima Njeri"], published_at="2026-11-23T13:40:00Z",
        published_raw="Novemba 23, 2026 | 16:40", section="michezo", tags=["Soka"],
        body="\n\n".join(_KE_PARAS["soka"]), language="sw",
    )  # fmt: skip

    # S3: breaking Kiswahili story: "saa 2 zilizopita" (2 hours ago) on the page, the exact
    # time in the news sitemap (+03:00); the newsroom's own byline "Na Mwandishi Wetu".
    s3 = "/kiswahili/habari/article/4520420/tahadhari-ya-mvua-kubwa-pwani"
    s3_title = "Tahadhari ya mvua kubwa yatolewa kwa kaunti za pwani"
    s3_dek = "Wakazi wa karibu na mito washauriwa kuhamia maeneo ya juu."
    site.add(u(s3), story(
        s3, s3_title, s3_dek, paras(_KE_PARAS["mvua"]),
        dates="saa 2 zilizopita", byline="Na Mwandishi Wetu",
        crumbs=[("/kiswahili/", "Kiswahili"), ("/kiswahili/habari/", "Habari")],
        tags=[("hali-ya-hewa", "Hali ya hewa")], lang="sw",
    ))  # fmt: skip
    site.article(
        url=u(s3), site=host, article_id="4520420", title=s3_title, description=s3_dek,
        authors=["Mwandishi Wetu"], published_at="2026-11-25T06:40:00Z",
        published_raw="2026-11-25T06:40:00Z", section="habari", tags=["Hali ya hewa"],
        body="\n\n".join(_KE_PARAS["mvua"]), language="sw",
    )  # fmt: skip

    # S4: Kiswahili time: "saa 3:30 asubuhi" is the third hour after sunrise, 9:30 am.
    s4 = "/kiswahili/habari/article/4520433/wafanyabiashara-wahamia-soko-jipya-kilindi"
    s4_title = "Wafanyabiashara wahamia soko jipya mjini Kilindi"
    s4_dek = "Soko la zamani litajengwa upya kwa mwaka mmoja."
    site.add(u(s4), story(
        s4, s4_title, s4_dek, paras(_KE_PARAS["soko"]),
        dates="Jumapili, Novemba 22, 2026 saa 3:30 asubuhi",
        byline=by([("Juma Mwangi", "juma-mwangi")], "Na"),
        crumbs=[("/kiswahili/", "Kiswahili"), ("/kiswahili/habari/", "Habari")],
        tags=[("biashara", "Biashara")], lang="sw",
    ))  # fmt: skip
    site.article(
        url=u(s4), site=host, article_id="4520433", title=s4_title, description=s4_dek,
        authors=["Juma Mwangi"], published_at="2026-11-22T06:30:00Z",
        published_raw="Novemba 22, 2026 saa 3:30 asubuhi", section="habari",
        tags=["Biashara"], body="\n\n".join(_KE_PARAS["soko"]), language="sw",
    )  # fmt: skip

    # E7: the days only, printed "Tuesday, November 24, 2026 — updated on November 25,
    # 2026", no JSON-LD date: the days as printed, at 00:00 UTC.
    e7 = "/news/counties/article/4520440/kiburu-assembly-moves-funds-to-health"
    e7_title = "Kiburu assembly moves road funds to health centres"
    e7_dek = "Three dispensaries ran out of basic drugs in October."
    site.add(u(e7), story(
        e7, e7_title, e7_dek, paras(_KE_PARAS["budget"]),
        dates="Tuesday, November 24, 2026 — updated on November 25, 2026",
        byline=by([("Otieno Barasa", "otieno-barasa")]),
        crumbs=[("/news/", "News"), ("/news/counties/", "Counties")],
        tags=[("health", "Health")], ld=news_ld(e7_title, e7_dek),
    ))  # fmt: skip
    site.article(
        url=u(e7), site=host, article_id="4520440", title=e7_title, description=e7_dek,
        authors=["Otieno Barasa"], published_at="2026-11-24T00:00:00Z",
        published_raw="November 24, 2026", modified_at="2026-11-25T00:00:00Z",
        modified_raw="November 25, 2026", section="news", tags=["Health"],
        body="\n\n".join(_KE_PARAS["budget"]), language="en",
    )  # fmt: skip

    # S5: Kiswahili, no JSON-LD date: "Imechapishwa: Novemba 24, 2026 | 10:15" (published)
    # and "Imesasishwa: Novemba 25, 2026 | 08:00" (updated), Nairobi time.
    s5 = "/kiswahili/habari/article/4520445/lanet-yaanza-mgao-wa-maji"
    s5_title = "Lanet yaanza mgao wa maji kwa siku tatu kwa wiki"
    s5_dek = "Kiwango cha maji katika bwawa kuu kimeshuka hadi asilimia arobaini."
    site.add(u(s5), story(
        s5, s5_title, s5_dek, paras(_KE_PARAS["maji"]),
        dates="<span>Imechapishwa: Novemba 24, 2026 | 10:15</span> "
        "<span>Imesasishwa: Novemba 25, 2026 | 08:00</span>",
        byline=by([("Aisha Otieno", "aisha-otieno")], "Na"),
        crumbs=[("/kiswahili/", "Kiswahili"), ("/kiswahili/habari/", "Habari")],
        tags=[("maji", "Maji")], lang="sw", ld=news_ld(s5_title, s5_dek, inLanguage="sw"),
    ))  # fmt: skip
    site.article(
        url=u(s5), site=host, article_id="4520445", title=s5_title, description=s5_dek,
        authors=["Aisha Otieno"], published_at="2026-11-24T07:15:00Z",
        published_raw="Novemba 24, 2026 | 10:15", modified_at="2026-11-25T05:00:00Z",
        modified_raw="Novemba 25, 2026 | 08:00", section="habari", tags=["Maji"],
        body="\n\n".join(_KE_PARAS["maji"]), language="sw",
    )  # fmt: skip

    # A video and a gallery at article-shaped URLs: never items.
    video = "/videos/news/article/4520450/lanet-residents-queue-for-water"
    site.add(u(video), page(
        "VIDEO: Lanet residents queue for water",
        "<main><article><h1>VIDEO: Lanet residents queue for water</h1>"
        "<p>24 Nov 2026 - 16:00</p>"
        '<video src="/media/lanet-water.mp4" controls></video>'
        "<p>Residents say the taps run dry three days a week.</p></article></main>",
        f'<link rel="canonical" href="{MIRROR}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Lanet residents queue for water",
               "uploadDate": "2026-11-24T16:00:00+03:00"}),
    ))  # fmt: skip
    gallery = "/photos/article/4520455/iten-hills-marathon-in-pictures"
    figures = "".join(
        f'<figure><img src="/resources/images/2026/11/iten-{i}.jpg" alt="Runners">'
        f"<figcaption>Runners climb the last hill ({i} of 6).</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(gallery), page(
        "PHOTOS: Iten Hills Marathon in pictures",
        f"<main><article><h1>PHOTOS: Iten Hills Marathon in pictures</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{MIRROR}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Iten Hills Marathon in pictures",
               "datePublished": "2026-11-23T17:00:00+03:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    # Tag and author pages list stories but are never items.
    site.add(u("/tags/nakuru"), listing("Nakuru", [e1, e2]))
    site.add(u("/tags/water"), listing("Water", [e1]))
    site.add(u("/kiswahili/mada/kilimo"), listing("Kilimo", [s1], lang="sw"))
    site.add(u("/author/wanjiru-kamau"), listing("Wanjiru Kamau", [e1, e6]))
    site.add(u("/author/juma-mwangi"), listing("Juma Mwangi", [s1, s4], lang="sw"))
    site.never_exported |= {
        u("/tags/nakuru"), u("/tags/water"), u("/kiswahili/mada/kilimo"),
        u("/author/wanjiru-kamau"), u("/author/juma-mwangi"), u("/videos/"), u("/photos/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /api/\nDisallow: /epaper/\n"
        f"Sitemap: {MIRROR}/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{MIRROR}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T09:40:00+03:00</lastmod></sitemap>"
        f"<sitemap><loc>{MIRROR}/sitemaps/sections.xml</loc>"
        "<lastmod>2026-11-25T09:40:00+03:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (s3, "2026-11-25T09:40:00+03:00", s3_title, "sw"),
        (e1, "2026-11-24T07:30:00+03:00", e1_title, "en"),
        (video, "2026-11-24T16:00:00+03:00", "Lanet residents queue for water", "en"),
        (e2, "2026-11-24T14:05:00+03:00", e2_title, "en"),
        (gallery, "2026-11-23T17:00:00+03:00", "Iten Hills Marathon in pictures", "en"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{MIRROR}{path}</loc><news:news><news:publication>"
            f"<news:name>The Savanna Mirror</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title, lang in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/sections.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<url><loc>{MIRROR}{path}</loc><changefreq>hourly</changefreq></url>"
            for path in ("/news/", "/news/counties/", "/business/", "/sports/", "/kiswahili/")
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>The Savanna Mirror - Latest</title><link>{MIRROR}/</link>"
        f"<item><title>{e6_title}</title><link>{MIRROR}{e6}</link>"
        "<pubDate>Tue, 24 Nov 2026 18:20:00 +0300</pubDate></item>"
        f"<item><title>{e1_title}</title><link>{MIRROR}{e1}</link>"
        "<pubDate>Tue, 24 Nov 2026 07:30:00 +0300</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("The Savanna Mirror", [e1, s1, video, gallery, "/tags/nakuru"]))
    site.add(u("/news/"), listing("News", [e1, "/news/counties/"]))
    site.add(u("/news/counties/"), listing("Counties", [e1], "/news/counties/?page=2"))
    site.add(u("/news/counties/?page=2"), listing("Counties", [e3, e7]))
    site.add(u("/news/national/"), listing("National", []))
    site.add(u("/business/"), listing("Business", [e2], "/business/?page=2"))
    site.add(u("/business/?page=2"), listing("Business", [e4]))
    site.add(u("/sports/"), listing("Sports", [e5]))
    site.add(u("/kiswahili/"), listing("Kiswahili", [s1, s3], lang="sw"))
    site.add(u("/kiswahili/habari/"), listing("Habari", [s1, s4, s5], lang="sw"))
    site.add(u("/kiswahili/michezo/"), listing("Michezo", [s2], lang="sw"))
    site.add(u("/kiswahili/biashara/"), listing("Biashara", [], lang="sw"))
    site.add(u("/videos/"), listing("Videos", [video]))
    site.add(u("/photos/"), listing("Photos", [gallery]))
    site.never_requested |= {u("/search?q="), u("/epaper/")}
    return site
