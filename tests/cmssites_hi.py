"""Dainik Samachar: a recorded Hindi daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

DAINIK = "https://www.dainiksamachar.example"

_HI_PARAS = {
    "metro": [
        "राजधानी में मेट्रो का नया गलियारा मंगलवार सुबह यात्रियों के लिए खोल दिया गया, जिससे पूर्वी इलाकों से हवाई अड्डे तक का सफर आधे घंटे कम हो जाएगा।",
        "नए गलियारे पर कुल ग्यारह स्टेशन हैं और पहले दिन करीब चालीस हजार लोगों ने इसमें सफर किया।",
        "मेट्रो निगम के अनुसार शुरुआती एक महीने तक गाड़ियां हर आठ मिनट पर चलेंगी, बाद में यह अंतर घटाकर पांच मिनट किया जाएगा।",
        "स्थानीय दुकानदारों ने उम्मीद जताई कि स्टेशन खुलने से बाजार में ग्राहकों की संख्या बढ़ेगी।",
    ],
    "sensex": [
        "शेयर बाजार में मंगलवार को जोरदार तेजी रही और सेंसेक्स पहली बार नए रिकॉर्ड स्तर पर बंद हुआ।",
        "बैंकिंग और सूचना प्रौद्योगिकी कंपनियों के शेयरों में सबसे ज्यादा खरीदारी देखी गई।",
        "बाजार के जानकारों का कहना है कि विदेशी निवेशकों की वापसी से आने वाले हफ्तों में भी रुख मजबूत रह सकता है।",
    ],
    "cricket": [
        "नई दिल्ली, 23 नवंबर (भाषा) राज्य की रणजी टीम ने सोमवार को घरेलू मैदान पर खेले गए मुकाबले में मेहमान टीम को सात विकेट से हरा दिया।",
        "कप्तान ने दूसरी पारी में नाबाद अर्धशतक लगाकर टीम को आसान जीत दिलाई।",
        "इस जीत के साथ टीम अंक तालिका में दूसरे स्थान पर पहुंच गई है।",
    ],
    "videsh": [
        "पड़ोसी देश में हुए आम चुनाव के नतीजे बुधवार देर रात घोषित किए गए, जिनमें किसी भी दल को स्पष्ट बहुमत नहीं मिला।",
        "निर्वाचन आयोग के मुताबिक मतदान का प्रतिशत पिछले चुनाव से थोड़ा अधिक रहा।",
        "विदेश मंत्रालय ने कहा कि भारत नई सरकार के साथ मिलकर काम करने को तैयार है।",
    ],
    "kisan": [
        "रबी सीजन की बुआई से पहले सरकार ने गेहूं के बीज पर मिलने वाली सब्सिडी बढ़ाने का फैसला किया है।",
        "कृषि विभाग के अधिकारियों ने बताया कि किसान अपने नजदीकी सहकारी केंद्र से रियायती दर पर बीज खरीद सकेंगे।",
        "किसान संगठनों ने फैसले का स्वागत किया, लेकिन खाद की कमी का मुद्दा भी उठाया।",
    ],
}


def dainik_samachar() -> CmsSite:
    """A Hindi daily on India's clock (+05:30, no DST): ``/<section>/<slug>-<id>.html`` and
    ``/business/AAAA/MM/DD/<slug>/`` URLs with ``/amp/`` twins, a sub-section in the navigation
    (``/sports/cricket/``) paginated by an "अगला पेज" anchor, dates printed "प्रकाशित: 24 नवंबर
    2026, 14:05 IST", "अपडेटेड: २४ नवंबर २०२६, ०२:०५ PM" (Devanagari digits) and "Nov 24, 2026,
    02:05 PM IST", JSON-LD dates with and without a zone, a sitemap index in robots.txt over a news
    sitemap whose dates are in UTC (``Z``, which says nothing of the newsroom), an RSS feed
    announced only by ``<link rel=alternate>`` (GMT dates), "यह भी पढ़ें:" boxes and "विज्ञापन"
    labels in the body, "लेखक:" and "द्वारा:" bylines and agency credits "(भाषा)" and
    "(एजेंसी)", video, photo and web-story pages, tag (``/topic/``) and author pages."""
    site = CmsSite(
        "dainik-samachar", DAINIK + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = DAINIK.__add__
    host = "dainiksamachar.example"

    def page(title: str, body: str, extra: str = "", lang: str = "hi") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | दैनिक समाचार</title>"
            '<meta property="og:site_name" content="दैनिक समाचार">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">दैनिक समाचार</a><nav class="main-nav"><ul>'
            '<li><a href="/india-news/">देश</a></li><li><a href="/world-news/">विदेश</a></li>'
            '<li><a href="/sports/">खेल</a><ul class="sub-nav">'
            '<li><a href="/sports/cricket/">क्रिकेट</a></li></ul></li>'
            '<li><a href="/business/">बिज़नेस</a></li><li><a href="/videos/">वीडियो</a></li>'
            '<li><a href="/photos/">फोटो</a></li><li><a href="/web-stories/">वेब स्टोरीज़</a></li>'
            '<li><a href="/search/?q=">खोजें</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about-us/">हमारे बारे में</a> '
            '<a href="/privacy-policy/">गोपनीयता नीति</a>'
            "<p>© 2026 दैनिक समाचार. सर्वाधिकार सुरक्षित.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="news-card"><h3><a href="{href}">खबर</a></h3></div>' for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}">अगला पेज</a></div>' if next_href else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="listing">{cards}</div>{more}</main>')

    def byline(label: str, name: str, slug: str, credit: str = "") -> str:
        return (
            f'<div class="author-info"><span>{label}</span> '
            f'<a href="/author/{slug}/">{name}</a>{credit}</div>'
        )

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        writer: str,
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        lang: str = "hi",
    ) -> str:
        tag_links = "".join(f'<li><a href="/topic/{s}/">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><article class="story"><h1 class="story-title">{title}</h1>'
            f'<h2 class="synopsis">{dek}</h2>{writer}<div class="story-date">{dates}</div>'
            f'<div class="story-body">{body_html}</div>'
            f'<div class="tags"><span>टैग्स:</span><ul>{tag_links}</ul></div>'
            '<div class="share"><a href="https://wa.example/send?text=khabar">'
            "व्हाट्सऐप पर शेयर करें</a></div></article>"
            '<aside class="trending"><h2>ट्रेंडिंग</h2><ol>'
            f'<li><a href="/amp{H1}">दिल्ली मेट्रो का नया गलियारा खुला</a></li></ol></aside></main>',
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{DAINIK}{path}">'
            f'<link rel="amphtml" href="{DAINIK}/amp{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
            lang,
        )

    def ad() -> str:
        return '<div class="ad-slot"><span>विज्ञापन</span><div id="ad-1"></div></div>'

    def padhen(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="also-read"><p><strong>यह भी पढ़ें:</strong></p><ul>{items}</ul></div>'

    news_ld = news_ld_for("दैनिक समाचार", language="hi")

    img = DAINIK + "/images/2026/11/"

    # H1: "लेखक:" byline; JSON-LD dates at +05:30 and the same instants printed with IST;
    # "यह भी पढ़ें:" box and "विज्ञापन" label in the body; an /amp/ twin linked from every
    # page's trending box; in the news sitemap (at Z).
    h1_title = "दिल्ली मेट्रो का नया गलियारा यात्रियों के लिए खुला"
    h1_dek = "पूर्वी दिल्ली से हवाई अड्डे तक का सफर आधे घंटे कम होगा।"
    metro = _HI_PARAS["metro"]
    h1_body = (
        paras(metro[:2]) + ad()
        + padhen([(H2, "सेंसेक्स नए रिकॉर्ड स्तर पर बंद"),
                  (H5, "गेहूं के बीज पर सब्सिडी बढ़ी")])
        + paras(metro[2:])
    )  # fmt: skip
    h1_html = story(
        H1, h1_title, h1_dek, h1_body,
        dates="<span>प्रकाशित: 24 नवंबर 2026, 14:05 IST</span>"
        "<span>अपडेटेड: 25 नवंबर 2026, 09:30 IST</span>",
        writer=byline("लेखक:", "राहुल शर्मा", "rahul-sharma"),
        tags=[("delhi-metro", "दिल्ली मेट्रो"), ("parivahan", "परिवहन")],
        image=img + "metro.jpg",
        ld=news_ld(h1_title, h1_dek, articleSection="देश",
                   datePublished="2026-11-24T14:05:00+05:30",
                   dateModified="2026-11-25T09:30:00+05:30",
                   author=person("राहुल शर्मा"),
                   image={"@type": "ImageObject", "url": img + "metro.jpg"}),
    )  # fmt: skip
    site.add(u(H1), h1_html)
    site.add(u("/amp" + H1), h1_html.replace("<html ", "<html amp ", 1))
    site.article(
        url=u(H1), site=host, article_id="123456", title=h1_title, description=h1_dek,
        authors=["राहुल शर्मा"], published_at="2026-11-24T08:35:00Z",
        published_raw="2026-11-24T14:05:00+05:30", modified_at="2026-11-25T04:00:00Z",
        modified_raw="2026-11-25T09:30:00+05:30", section="देश",
        tags=["दिल्ली मेट्रो", "परिवहन"], body="\n\n".join(metro),
        image_url=img + "metro.jpg", language="hi",
    )  # fmt: skip

    # H2: another layout: "द्वारा:" byline with an "(एजेंसी)" credit, the date printed
    # "Nov 24, 2026, 02:05 PM IST" and a JSON-LD date without a zone (the printed IST holds);
    # in no sitemap or feed.
    h2_title = "सेंसेक्स पहली बार नए रिकॉर्ड स्तर पर बंद"
    h2_dek = "बैंकिंग और आईटी शेयरों में जमकर खरीदारी।"
    sensex = _HI_PARAS["sensex"]
    site.add(u(H2), story(
        H2, h2_title, h2_dek, paras(sensex[:1]) + ad() + paras(sensex[1:]),
        dates="<time>Nov 24, 2026, 02:05 PM IST</time>",
        writer=byline("द्वारा:", "प्रिया वर्मा", "priya-verma", " (एजेंसी)"),
        tags=[("share-bazaar", "शेयर बाजार")], image=img + "sensex.jpg",
        ld=news_ld(h2_title, h2_dek, datePublished="2026-11-24T14:05:00"),
    ))  # fmt: skip
    site.article(
        url=u(H2), site=host, title=h2_title, description=h2_dek,
        authors=["प्रिया वर्मा"], published_at="2026-11-24T08:35:00Z",
        published_raw="2026-11-24T14:05:00", section="business",
        tags=["शेयर बाजार"], body="\n\n".join(sensex),
        image_url=img + "sensex.jpg", language="hi",
    )  # fmt: skip

    # H3: no byline, the agency's "(भाषा)" in the dateline; printed only "प्रकाशित: २३ नवंबर
    # २०२६, ०६:४० PM" in Devanagari digits without a zone, in no sitemap or feed: Hindi's one
    # zone (+05:30); only on the second page of /sports/cricket/.
    h3_title = "रणजी ट्रॉफी: घरेलू टीम ने मेहमानों को सात विकेट से हराया"
    h3_dek = "कप्तान के नाबाद अर्धशतक से मिली आसान जीत।"
    cricket = _HI_PARAS["cricket"]
    site.add(u(H3), story(
        H3, h3_title, h3_dek, paras(cricket),
        dates="<span>प्रकाशित: २३ नवंबर २०२६, ०६:४० PM</span>",
        writer="", tags=[("ranji-trophy", "रणजी ट्रॉफी")],
    ))  # fmt: skip
    site.article(
        url=u(H3), site=host, article_id="123789", title=h3_title, description=h3_dek,
        published_at="2026-11-23T13:10:00Z", published_raw="२३ नवंबर २०२६, ०६:४० PM",
        section="sports", tags=["रणजी ट्रॉफी"], body="\n\n".join(cricket), language="hi",
    )  # fmt: skip

    # H4: lang="hi-IN"; JSON-LD date at +05:30 and author; only in the RSS feed (GMT).
    h4_title = "पड़ोसी देश के चुनाव में किसी दल को बहुमत नहीं"
    h4_dek = "भारत ने कहा, नई सरकार के साथ काम करने को तैयार।"
    videsh = _HI_PARAS["videsh"]
    site.add(u(H4), story(
        H4, h4_title, h4_dek, paras(videsh),
        dates="<span>अपडेटेड: 25 नवंबर 2026, 07:15 IST</span>",
        writer=byline("लेखक:", "अनिल कुमार", "anil-kumar"),
        tags=[("chunav", "चुनाव")], lang="hi-IN",
        ld=news_ld(h4_title, h4_dek, articleSection="विदेश",
                   datePublished="2026-11-25T06:50:00+05:30",
                   dateModified="2026-11-25T07:15:00+05:30", author=person("अनिल कुमार")),
    ))  # fmt: skip
    site.article(
        url=u(H4), site=host, article_id="124001", title=h4_title, description=h4_dek,
        authors=["अनिल कुमार"], published_at="2026-11-25T01:20:00Z",
        published_raw="2026-11-25T06:50:00+05:30", modified_at="2026-11-25T01:45:00Z",
        modified_raw="2026-11-25T07:15:00+05:30", section="विदेश", tags=["चुनाव"],
        body="\n\n".join(videsh), language="hi",
    )  # fmt: skip

    # H5: a dated business URL without an id; JSON-LD without a zone and the same time printed
    # "प्रकाशित: 24 नवंबर 2026, 11:20 IST"; "यह भी पढ़ें:" as one paragraph; in the news sitemap.
    h5_title = "गेहूं के बीज पर सब्सिडी बढ़ी, किसानों को राहत"
    h5_dek = "सहकारी केंद्रों से रियायती दर पर मिलेगा बीज।"
    kisan = _HI_PARAS["kisan"]
    h5_body = (
        paras(kisan[:1])
        + f'<p><strong>यह भी पढ़ें:</strong> <a href="{H1}">मेट्रो का नया गलियारा खुला</a></p>'
        + ad()
        + paras(kisan[1:])
    )
    site.add(u(H5), story(
        H5, h5_title, h5_dek, h5_body,
        dates="<span>प्रकाशित: 24 नवंबर 2026, 11:20 IST</span>",
        writer=byline("द्वारा:", "प्रिया वर्मा", "priya-verma"),
        tags=[("kisan", "किसान")], image=img + "gehun.jpg",
        ld=news_ld(h5_title, h5_dek, articleSection="बिज़नेस",
                   datePublished="2026-11-24T11:20:00", author=person("प्रिया वर्मा")),
    ))  # fmt: skip
    site.article(
        url=u(H5), site=host, title=h5_title, description=h5_dek, authors=["प्रिया वर्मा"],
        published_at="2026-11-24T05:50:00Z", published_raw="2026-11-24T11:20:00",
        section="बिज़नेस", tags=["किसान"], body="\n\n".join(kisan),
        image_url=img + "gehun.jpg", language="hi",
    )  # fmt: skip

    # A video, a photo gallery and a web story at article-shaped URLs: never items.
    video = "/videos/india-news/barish-se-sadkein-jalmagn-124100.html"
    site.add(u(video), page(
        "वीडियो: बारिश से सड़कें जलमग्न",
        "<main><article><h1>वीडियो: बारिश से सड़कें जलमग्न</h1>"
        "<p>प्रकाशित: 24 नवंबर 2026, 17:00 IST</p>"
        '<video src="/media/barish.mp4" controls></video>'
        "<p>शहर के कई इलाकों में घुटनों तक पानी भर गया।</p></article></main>",
        f'<link rel="canonical" href="{DAINIK}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "वीडियो: बारिश से सड़कें जलमग्न",
               "uploadDate": "2026-11-24T17:00:00+05:30"}),
    ))  # fmt: skip
    photos = "/photos/india-news/diwali-mela-ki-tasveeren-124200.html"
    figures = "".join(
        f'<figure><img src="/images/2026/11/mela-{i}.jpg" alt="मेला">'
        f"<figcaption>दिवाली मेले की रौनक ({i}/8)।</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(photos), page(
        "तस्वीरों में: दिवाली मेला",
        f"<main><article><h1>तस्वीरों में: दिवाली मेला</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{DAINIK}{photos}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "तस्वीरों में: दिवाली मेला", "datePublished": "2026-11-22T18:00:00+05:30"}),
    ))  # fmt: skip
    webstory = "/web-stories/sardiyon-mein-sehat-ke-paanch-upay-124300/"
    slides = "".join(
        f'<amp-story-page id="p{i}"><amp-story-grid-layer template="vertical">'
        f"<p>सर्दियों में सेहत का उपाय {i}: गुनगुना पानी पिएं और धूप में बैठें।</p>"
        "</amp-story-grid-layer></amp-story-page>"
        for i in range(1, 6)
    )
    site.add(u(webstory), (
        '<!DOCTYPE html><html amp lang="hi"><head><meta charset="utf-8">'
        "<title>सर्दियों में सेहत के पांच उपाय</title>"
        f'<link rel="canonical" href="{DAINIK}{webstory}">'
        + _ld({"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "सर्दियों में सेहत के पांच उपाय",
               "datePublished": "2026-11-23T10:00:00+05:30"})
        + f'</head><body><amp-story standalone title="सर्दियों में सेहत के पांच उपाय">{slides}'
        "</amp-story></body></html>"
    ))  # fmt: skip
    site.never_exported |= {u(video), u(photos), u(webstory)}

    # Tag and author pages list stories but are never items.
    site.add(u("/topic/delhi-metro/"), listing("दिल्ली मेट्रो", [H1]))
    site.add(u("/topic/kisan/"), listing("किसान", [H5]))
    site.add(u("/author/rahul-sharma/"), listing("राहुल शर्मा", [H1]))
    site.add(u("/author/priya-verma/"), listing("प्रिया वर्मा", [H2, H5]))
    site.never_exported |= {
        u("/topic/delhi-metro/"), u("/topic/kisan/"), u("/author/rahul-sharma/"),
        u("/author/priya-verma/"), u("/videos/"), u("/photos/"), u("/web-stories/"),
        u("/amp" + H1),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search/\nDisallow: /api/\n"
        f"Sitemap: {DAINIK}/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{DAINIK}/sitemap/news.xml</loc>"
        "<lastmod>2026-11-25T04:00:00Z</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (H1, "2026-11-24T08:35:00Z", "दिल्ली मेट्रो का नया गलियारा खुला"),
        (H5, "2026-11-24T05:50:00Z", "गेहूं के बीज पर सब्सिडी बढ़ी"),
        (video, "2026-11-24T11:30:00Z", "वीडियो: बारिश से सड़कें जलमग्न"),
        (webstory, "2026-11-23T04:30:00Z", "सर्दियों में सेहत के पांच उपाय"),
    ]
    site.add(u("/sitemap/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{DAINIK}{path}</loc><news:news><news:publication>"
            "<news:name>दैनिक समाचार</news:name><news:language>hi</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/latest.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>दैनिक समाचार</title><link>{DAINIK}/</link><language>hi</language>"
        f"<item><title>{h4_title}</title><link>{DAINIK}{H4}?utm_source=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 01:20:00 GMT</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="दैनिक समाचार" '
        'href="/rss/latest.xml">'
    )
    home = listing("दैनिक समाचार", [H1, H2, video, photos, webstory, "/topic/delhi-metro/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/india-news/"), listing("देश", [H1]))
    site.add(u("/world-news/"), listing("विदेश", []))
    site.add(u("/business/"), listing("बिज़नेस", [H2, H5]))
    site.add(u("/sports/"), listing("खेल", ["/sports/cricket/"]))
    site.add(u("/sports/cricket/"), listing("क्रिकेट", [], "/sports/cricket/page-2/"))
    site.add(u("/sports/cricket/page-2/"), listing("क्रिकेट", [H3]))
    site.add(u("/videos/"), listing("वीडियो", [video]))
    site.add(u("/photos/"), listing("फोटो", [photos]))
    site.add(u("/web-stories/"), listing("वेब स्टोरीज़", [webstory]))
    site.never_requested |= {u("/search/?q=")}
    return site


H1 = "/india-news/delhi-metro-ka-naya-corridor-yatriyon-ke-liye-khula-123456.html"
H2 = "/business/2026/11/24/sensex-pehli-baar-naye-record-star-par-band/"
H3 = "/sports/cricket/ranji-trophy-gharelu-team-ne-mehmanon-ko-haraya-123789.html"
H4 = "/world-news/padosi-desh-ke-chunav-mein-kisi-dal-ko-bahumat-nahin-124001.html"
H5 = "/business/2026/11/24/gehun-ke-beej-par-subsidy-badhi/"
