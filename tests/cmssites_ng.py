"""The Lagoon Courier: a recorded Nigerian national daily on WordPress for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras

LC = "https://www.lagooncourier.example"

_NG_PARAS = {
    "rail": [
        "The Federal Executive Council on Tuesday approved a contract for a standard-gauge rail link between the capital and the new dry port at Gwagwalada-Oke, the transport minister said.",
        "Minister Adamu Lawal told reporters after the council meeting that the 86-kilometre line would be built in three phases over four years.",
        "He said the first phase, from the Idu yard to Kuchiko junction, would carry cargo trains only and should be ready by the end of 2028.",
        "Shippers' groups welcomed the decision but asked the government to publish the cost of each phase before work begins.",
    ],
    "tariff": [
        "Electricity distribution companies in the South-West will begin a new round of meter installations in December, the industry regulator said on Tuesday.",
        "The regulator said customers on the lowest band would not pay for the meters, which will be paid for from a loan the companies took last year.",
        "Consumer groups said they would watch the rollout closely, after an earlier scheme stalled in its second year.",
    ],
    "market": [
        "Traders at the Ojuelegba-Ile spare parts market have agreed to move to a new site on the outskirts of the city after months of talks with the state government.",
        "The chairman of the market association, Mr Emeka Obi, said the traders accepted the move after the state promised each shop owner a lease of ten years at the old rent.",
        "The new market, built on a 40-hectare plot beside the expressway, has 3,200 shops and a loading bay for trailers.",
        "Officials said the old site would be turned into a bus terminal to ease traffic on the bridge approach.",
    ],
    "floods": [
        "Every year the rains come, and every year the warnings of the hydrological agency are read out on radio, printed in newspapers and then forgotten.",
        "This year was no different. Whole streets in riverside towns went under water in September, weeks after the agency named them as places at risk.",
        "State governments must stop treating flood warnings as a ritual. The money for drainage in this year's budgets was released late, and in some states not at all.",
        "We urge the governors to publish, before the next rainy season, what each of them spent on drainage and where.",
    ],
    "maize": [
        "Farmers in Kogun-Ada local government area have begun harvesting maize planted under the dry-season irrigation scheme, the state agriculture commissioner said on Sunday.",
        "The commissioner said about 4,500 farmers took part in the scheme, which supplied seeds and fertiliser on credit to be repaid after harvest.",
        "He added that buyers from three feed mills had already signed agreements to take most of the crop.",
    ],
    "derby": [
        "Ogbomi Stars came from a goal down to beat river rivals Ekiti Rangers 2-1 in a tense derby at the township stadium on Sunday evening.",
        "Rangers took the lead through a header from captain Yusuf Garba in the 20th minute, but substitute Kelechi Ubah levelled shortly after the break.",
        "Midfielder Samuel Ekong scored the winner from the penalty spot in the 84th minute after he was brought down in the box.",
        "The win lifts Stars to third place on the league table, two points behind the leaders.",
    ],
    "naira": [
        "The naira gained against the dollar at the official window on Monday as the central bank sold dollars to banks for the third time this month.",
        "Dealers said the currency closed at 1,402 to the dollar, up from 1,419 on Friday, while the parallel market rate was little changed.",
        "Analysts said the gains could continue into December if oil receipts keep rising.",
    ],
    "ports": [
        "Importers at the Tin Can Island port complex said clearing times had fallen since customs began scanning containers at the terminal gates.",
        "The president of the freight forwarders' association, Mrs Bisola Ajayi, said most containers were now released within five days, down from more than two weeks.",
        "She called on the customs service to extend the scanners to the second terminal, where clearing still takes longer.",
    ],
    "ferry": [
        "The state waterways authority has added six new ferries to the route between the island and the mainland jetties, ahead of the festive season.",
        "The general manager of the authority, Mr Tokunbo Adeyemi, said the boats could carry 60 passengers each and would run every twenty minutes at rush hour.",
        "He urged passengers to wear the life jackets provided on every boat, saying that boat operators who sail without them would lose their licences.",
    ],
    "hospital": [
        "The state government has opened a new general hospital in the town of Ilora-Ekan, ending a decades-long wait for residents.",
        "The commissioner for health said the hospital has 120 beds, two operating theatres and a maternity wing with its own power supply.",
        "Doctors from the teaching hospital will visit twice a week until the permanent staff are posted in January next year.",
    ],
    "spill": [
        "Fishermen on the creeks near Oloko-Ise say oil from a broken pipeline has killed the fish in their ponds for the third time this year.",
        "The leader of the fishermen's cooperative said more than 300 families had lost their income since the leak began in October.",
        "The pipeline's operator said its engineers had stopped the leak on Friday and that a joint team would visit the area next week.",
    ],
}

_COMMENTS = (
    '<div id="comments" class="comments-area"><div class="block-head"><h3 class="the-global-title">'
    '3 Comments</h3></div><ol class="comment-list">'
    '<li class="comment"><div class="comment-author"><b class="fn">Femi from Ibadan</b></div>'
    '<div class="comment-content"><p>This government should finish the old projects before '
    "starting new ones. We have heard these promises since 2015.</p></div></li>"
    '<li class="comment"><div class="comment-author"><b class="fn">Amaka</b></div>'
    '<div class="comment-content"><p>Good news for the people of the area, if it is true.</p>'
    "</div></li></ol>"
    '<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>'
    '<form action="/wp-comments-post.php" method="post"><p class="comment-notes">Your email '
    "address will not be published.</p></form></div></div>"
)


def lagoon_courier() -> CmsSite:
    """A Nigerian national daily in English on WordPress with a Jannah-like news theme, on Lagos
    time (Africa/Lagos, WAT, +01:00 all year): ``/YYYY/MM/slug/`` and bare ``/slug/`` permalinks;
    Yoast's JSON-LD ``@graph`` (WebPage, Article, Person by ``@id``) at +01:00, and at +00:00 on
    stories posted while the site was set to UTC; dates printed "24th November 2026", "November
    24, 2026 2:05 pm WAT", "3 hours ago" in the byline bar, and with no zone (Lagos time);
    "Saturday, 21st November 2026 at 9:00 am WAT", "Last Updated on ... by Web Desk"; bylines
    "By Chinedu Okafor, Abuja" (the city is no author) opening the text under a "Web Editor"
    or Yoast "Web Desk" account, "From Kunle Adeyemi, Oloko-Ise", "By Our Reporter",
    "Editorial Board", two reporters, a "(NAN)" (News Agency of Nigeria) credit alone; category links (``rel="category tag"``) as the sections, tags; "Also read"
    and "RELATED:" links, share buttons, ad slots, an embedded video and gallery in the text,
    comments after it; pages in ``en-US`` and ``en-NG``; a gallery and a video post, tag and
    author archives, /page/2/ pagination, a Yoast sitemap index (post, category) with a news
    sitemap, an RSS feed, robots.txt."""
    site = CmsSite("lagoon-courier", LC + "/", datetime.fromisoformat("2026-11-24T16:00:00+00:00"))
    u = LC.__add__
    host = "lagooncourier.example"
    img = LC + "/wp-content/uploads/2026/11/"

    def page(title: str, body: str, extra: str = "", lang: str = "en-US") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8">'
            f"<title>{title} - The Lagoon Courier</title>"
            '<meta property="og:locale" content="en_US">'
            '<meta property="og:site_name" content="The Lagoon Courier">'
            '<link rel="alternate" type="application/rss+xml" title="The Lagoon Courier &raquo; '
            f'Feed" href="{LC}/feed/">'
            f'{extra}</head><body class="wp-singular"><div id="tie-wrapper">'
            '<header id="theme-header" class="theme-header"><div class="top-nav">'
            '<span class="today-date">Tuesday, November 24, 2026</span></div>'
            '<div class="logo"><a href="/" rel="home">The Lagoon Courier</a></div>'
            '<nav id="main-nav"><ul id="menu-main" class="menu">'
            '<li class="menu-item"><a href="/category/news/">News</a></li>'
            '<li class="menu-item"><a href="/category/metro/">Metro</a></li>'
            '<li class="menu-item"><a href="/category/business/">Business</a></li>'
            '<li class="menu-item"><a href="/category/sports/">Sports</a></li>'
            '<li class="menu-item"><a href="/category/editorial/">Editorial</a></li>'
            '<li class="menu-item"><a href="/category/photos/">Photos</a></li>'
            '<li class="menu-item"><a href="/category/videos/">Videos</a></li>'
            '<li class="menu-item"><a href="/?s=">Search</a></li></ul></nav></header>'
            '<div class="stream-item stream-item-top"><span class="stream-title">Advertisement'
            '</span><div id="div-gpt-ad-top"></div></div>'
            f"{body}"
            '<footer id="footer"><a href="/about-us/">About Us</a> '
            '<a href="/advertise-with-us/">Advertise</a> <a href="/privacy-policy/">Privacy '
            'Policy</a><div class="copyright-text">&copy; 2026 The Lagoon Courier. All Rights '
            "Reserved.</div></footer></div></body></html>"
        )

    def listing(title: str, links: list[str], more: str | None = None, lang: str = "en-US") -> str:
        cards = "".join(
            f'<li class="post-item tie-standard"><a href="{href}" class="post-thumb">'
            f'<img src="{img}thumb.jpg" alt=""></a><div class="post-details">'
            f'<h2 class="post-title"><a href="{href}">Story</a></h2></div></li>'
            for href in links
        )
        pager = (
            '<div class="pages-nav"><ul class="pages-numbers"><li class="current">'
            f'<span class="pages-nav-item">1</span></li><li><a href="{more}">2</a></li>'
            f'<li class="the-next-page"><a href="{more}">&raquo;</a></li></ul></div>'
            if more
            else ""
        )
        return page(
            title,
            f'<div id="content" class="site-content"><header class="entry-header-outer">'
            f'<h1 class="page-title">{title}</h1></header><ul id="posts-container" '
            f'class="posts-items">{cards}</ul>{pager}</div>',
            lang=lang,
        )

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        meta: str,
        category: tuple[str, str],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: list[dict[str, Any]] | None = None,
        head_meta: str = "",
        lang: str = "en-US",
        fmt: str = "standard",
    ) -> str:
        slug, name = category
        tag_links = "".join(f'<a href="/tag/{s}/" rel="tag">{n}</a>' for s, n in tags)
        tag_box = f'<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud">{tag_links}</span></div>' if tags else ""  # fmt: skip
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="single-featured-image"><img src="{image}" alt="">'
            '<figcaption class="single-caption-text">File photo</figcaption></figure>'
            if image
            else ""
        )
        graph = _ld({"@context": "https://schema.org", "@graph": ld}) if ld else ""
        return page(
            title,
            '<div id="content" class="site-content"><div class="main-content">'
            f'<article id="the-post" class="container-wrapper post-content tie-{fmt}">'
            '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a>'
            f'<em class="delimiter">/</em><a href="/category/{slug}/">{name}</a></nav>'
            '<div class="entry-header"><span class="post-cat-wrap">'
            f'<a class="post-cat tie-cat-2" href="/category/{slug}/" rel="category tag">{name}</a>'
            f'</span><h1 class="post-title entry-title">{title}</h1>'
            f'<h2 class="entry-sub-title">{dek}</h2>'
            f'<div class="single-post-meta post-meta clearfix">{meta}</div></div></header>'
            f"{figure}"
            '<div class="share-links share-top"><a href="https://www.facebook.example/sharer.php" '
            'class="facebook-share-btn"><span class="share-btn-text">Facebook</span></a>'
            '<a href="https://twitter.example/intent/tweet" class="twitter-share-btn">'
            '<span class="share-btn-text">X</span></a><a href="https://api.whatsapp.example/send" '
            'class="whatsapp-share-btn"><span class="share-btn-text">WhatsApp</span></a></div>'
            f'<div class="entry-content entry clearfix">{body_html}</div>'
            f"{tag_box}"
            '<div class="share-links share-bottom"><a href="https://www.facebook.example/sharer.php">'
            'Share</a><a href="https://api.whatsapp.example/send">WhatsApp</a></div>'
            "</article>"
            '<div id="related-posts" class="container-wrapper"><div class="mag-box-title">'
            '<h3>Related Articles</h3></div><div class="related-posts-list">'
            '<div class="related-item"><h3 class="post-title"><a href="/2026/11/fec-approves-'
            'rail-link-dry-port/">FEC approves rail link</a></h3></div></div></div>'
            f"{_COMMENTS}</div>"
            '<aside class="sidebar"><div class="widget"><div class="widget-title"><h4>Most Read'
            '</h4></div><ul><li><a href="/naira-gains-at-official-window/">Naira gains</a></li>'
            "</ul></div></aside></div>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{LC}{path}">'
            '<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{title}">{og_image}{head_meta}{graph}',
            lang=lang,
        )

    ad = (
        '<div class="stream-item stream-item-in-post"><span class="stream-title">Advertisement'
        '</span><div id="div-gpt-ad-inpost"></div></div>'
    )

    def also(href: str, text: str, label: str = "Also read:") -> str:
        return f'<p><strong>{label}</strong> <a href="{href}">{text}</a></p>'

    def yoast(
        path: str,
        title: str,
        dek: str,
        published: str,
        modified: str,
        authors: list[tuple[str, str]],
        section: str,
        keywords: list[str] = (),  # type: ignore[assignment]
        image: str | None = None,
        kind: str = "NewsArticle",
    ) -> list[dict[str, Any]]:
        url = LC + path
        people = [{"@id": f"{LC}/#/schema/person/{pid}"} for pid, _ in authors]
        article: dict[str, Any] = {
            "@type": kind,
            "@id": url + "#article",
            "isPartOf": {"@id": url},
            "author": people[0] if len(people) == 1 else people,
            "headline": title,
            "datePublished": published,
            "dateModified": modified,
            "mainEntityOfPage": {"@id": url},
            "publisher": {"@id": LC + "/#organization"},
            "articleSection": [section],
            "inLanguage": "en-US",
        }
        if keywords:
            article["keywords"] = list(keywords)
        if image:
            article["image"] = {"@id": url + "#primaryimage"}
            article["thumbnailUrl"] = image
        nodes: list[dict[str, Any]] = [
            article,
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - The Lagoon Courier",
                "isPartOf": {"@id": LC + "/#website"},
                "datePublished": published,
                "dateModified": modified,
                "description": dek,
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "en-US",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": LC + "/"},
                    {"@type": "ListItem", "position": 2, "name": title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": LC + "/#website",
                "url": LC + "/",
                "name": "The Lagoon Courier",
                "publisher": {"@id": LC + "/#organization"},
            },
            {
                "@type": "Organization",
                "@id": LC + "/#organization",
                "name": "The Lagoon Courier",
                "url": LC + "/",
            },
        ]
        if image:
            nodes.append(
                {"@type": "ImageObject", "@id": url + "#primaryimage", "url": image,
                 "contentUrl": image}
            )  # fmt: skip
        for pid, name in authors:
            nodes.append(
                {"@type": "Person", "@id": f"{LC}/#/schema/person/{pid}", "name": name,
                 "url": f"{LC}/author/{name.lower().replace(' ', '-')}/"}
            )  # fmt: skip
        return nodes

    def author(name: str) -> str:
        slug = name.lower().replace(" ", "-")
        return (
            '<span class="meta-author"><span class="meta-author-by">By</span> '
            f'<a href="/author/{slug}/" class="author-name tie-icon" title="{name}">{name}</a></span>'
        )

    def when(text: str) -> str:
        return f'<span class="date meta-item tie-icon">{text}</span>'

    news = ("news", "News")
    metro = ("metro", "Metro")
    business = ("business", "Business")
    sports = ("sports", "Sports")
    editorial = ("editorial", "Editorial")

    # A1: Yoast at +01:00, "3 hours ago" in the byline bar, "Also read" and an ad in the text.
    a1 = "/2026/11/fec-approves-rail-link-dry-port/"
    a1_title = "FEC approves rail link to Gwagwalada-Oke dry port"
    a1_dek = "The 86-kilometre line will be built in three phases over four years."
    rail = _NG_PARAS["rail"]
    site.add(u(a1), story(
        a1, a1_title, a1_dek,
        paras(rail[:2]) + also("/2026/11/importers-say-port-scanners-cut-clearing-time/",
                               "Importers say port scanners cut clearing time")
        + ad + paras(rail[2:]),
        meta=author("Chinedu Okafor") + when("3 hours ago"), category=news,
        tags=[("rail", "Rail"), ("fec", "FEC")], image=img + "rail-link.jpg",
        ld=yoast(a1, a1_title, a1_dek, "2026-11-24T14:05:00+01:00", "2026-11-24T15:20:00+01:00",
                 [("5f1c", "Chinedu Okafor")], "News", ["Rail", "FEC"], img + "rail-link.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(a1), site=host, title=a1_title, description=a1_dek, authors=["Chinedu Okafor"],
        published_at="2026-11-24T13:05:00Z", published_raw="2026-11-24T14:05:00+01:00",
        modified_at="2026-11-24T14:20:00Z", modified_raw="2026-11-24T15:20:00+01:00",
        section="news", tags=["Rail", "FEC"], body="\n\n".join(rail),
        image_url=img + "rail-link.jpg", language="en",
    )  # fmt: skip

    # A2: posted while the site ran on UTC: Yoast's +00:00 is the true instant; printed
    # "24th November 2026"; the desk byline "Our Reporter".
    a2 = "/2026/11/discos-to-begin-new-meter-rollout-in-december/"
    a2_title = "Discos to begin new meter rollout in December"
    a2_dek = "Customers on the lowest band will not pay for the meters."
    tariff = _NG_PARAS["tariff"]
    site.add(u(a2), story(
        a2, a2_title, a2_dek, paras(tariff[:1]) + ad + paras(tariff[1:]),
        meta=author("Our Reporter") + when("24th November 2026"), category=business,
        ld=yoast(a2, a2_title, a2_dek, "2026-11-24T07:30:00+00:00", "2026-11-24T07:30:00+00:00",
                 [("9ab0", "Our Reporter")], "Business"),
        head_meta='<meta property="article:published_time" content="2026-11-24T07:30:00+00:00">',
    ))  # fmt: skip
    site.article(
        url=u(a2), site=host, title=a2_title, description=a2_dek, authors=["Our Reporter"],
        published_at="2026-11-24T07:30:00Z", published_raw="2026-11-24T07:30:00+00:00",
        modified_at="2026-11-24T07:30:00Z", modified_raw="2026-11-24T07:30:00+00:00",
        section="business", body="\n\n".join(tariff), language="en",
    )  # fmt: skip

    # A3: no JSON-LD; the reporter and his city open the text ("By Chinedu Okafor, Abuja"),
    # the date is printed with no zone (Lagos time); comments follow the text.
    a3 = "/2026/11/traders-agree-to-leave-ojuelegba-ile-market/"
    a3_title = "Traders agree to leave Ojuelegba-Ile spare parts market"
    a3_dek = "Each shop owner will get a ten-year lease at the old rent."
    market = _NG_PARAS["market"]
    site.add(u(a3), story(
        a3, a3_title, a3_dek,
        "<p><strong>By Chinedu Okafor, Abuja</strong></p>" + paras(market[:2])
        + ad + paras(market[2:]),
        meta=author("Web Editor") + when("November 23, 2026 6:40 pm"), category=metro,
        tags=[("markets", "Markets")],
    ))  # fmt: skip
    site.article(
        url=u(a3), site=host, title=a3_title, description=a3_dek, authors=["Chinedu Okafor"],
        published_at="2026-11-23T17:40:00Z", published_raw="November 23, 2026 6:40 pm",
        section="metro", tags=["Markets"], body="\n\n".join(market), language="en",
    )  # fmt: skip

    # A4: the editorial, posted five minutes after midnight in Lagos (the day before in UTC).
    a4 = "/2026/11/editorial-the-flood-warnings-we-keep-ignoring/"
    a4_title = "Editorial: The flood warnings we keep ignoring"
    a4_dek = "Governors must publish what they spent on drainage."
    floods = _NG_PARAS["floods"]
    site.add(u(a4), story(
        a4, a4_title, a4_dek, paras(floods),
        meta=author("Editorial Board") + when("24th November 2026"), category=editorial,
        ld=yoast(a4, a4_title, a4_dek, "2026-11-24T00:05:00+01:00", "2026-11-24T00:05:00+01:00",
                 [("e0d1", "Editorial Board")], "Editorial", kind="OpinionNewsArticle"),
    ))  # fmt: skip
    site.article(
        url=u(a4), site=host, title=a4_title, description=a4_dek, authors=["Editorial Board"],
        published_at="2026-11-23T23:05:00Z", published_raw="2026-11-24T00:05:00+01:00",
        modified_at="2026-11-23T23:05:00Z", modified_raw="2026-11-24T00:05:00+01:00",
        section="editorial", body="\n\n".join(floods), language="en",
    )  # fmt: skip

    # A5: a NAN wire story with no byline: the agency its "(NAN)" closing the text credits is
    # the author; "WAT" printed.
    a5 = "/2026/11/farmers-harvest-dry-season-maize-in-kogun-ada/"
    a5_title = "Farmers harvest dry-season maize in Kogun-Ada"
    a5_dek = "About 4,500 farmers took part in the irrigation scheme."
    maize = _NG_PARAS["maize"]
    site.add(u(a5), story(
        a5, a5_title, a5_dek, paras(maize) + "<p>(NAN)</p>",
        meta=when("November 22, 2026 11:30 am WAT"), category=news,
        lang="en-NG",
    ))  # fmt: skip
    site.article(
        url=u(a5), site=host, title=a5_title, description=a5_dek, authors=["NAN"],
        published_at="2026-11-22T10:30:00Z", published_raw="November 22, 2026 11:30 am WAT",
        section="news", body="\n\n".join(maize), language="en",
    )  # fmt: skip

    # A6: sports by two reporters: "RELATED:" link, an embedded video and a gallery in the text.
    a6 = "/2026/11/ogbomi-stars-come-from-behind-to-win-derby/"
    a6_title = "Ogbomi Stars come from behind to win river derby"
    a6_dek = "Samuel Ekong scored the winner from the penalty spot."
    derby = _NG_PARAS["derby"]
    video_embed = (
        '<figure class="wp-block-embed is-type-video wp-block-embed-youtube"><div class="wp-block-'
        'embed__wrapper"><iframe src="https://www.youtube.example/embed/derby1"></iframe></div>'
        "<figcaption>Highlights of the derby</figcaption></figure>"
    )
    gallery_embed = (
        '<div class="wp-block-gallery">'
        + "".join(f'<figure class="wp-block-image"><img src="{img}derby-{n}.jpg" alt="">'
                  f"<figcaption>Fans at the township stadium, photo {n}</figcaption></figure>"
                  for n in range(1, 4))
        + "</div>"
    )  # fmt: skip
    site.add(u(a6), story(
        a6, a6_title, a6_dek,
        paras(derby[:2]) + video_embed
        + also("/2026/11/fec-approves-rail-link-dry-port/", "FEC approves rail link", "RELATED:")
        + paras(derby[2:3]) + gallery_embed + paras(derby[3:]),
        meta='<span class="meta-author">By <a href="/author/tunde-adebayo/">Tunde Adebayo</a> and '
             '<a href="/author/ngozi-eze/">Ngozi Eze</a></span>'
             + when("22nd November 2026 8:45 pm"),
        category=sports, tags=[("ogbomi-stars", "Ogbomi Stars")],
        # no featured image: Yoast's og:image is the text's first picture
        head_meta=f'<meta property="og:image" content="{img}derby-1.jpg">',
        ld=yoast(a6, a6_title, a6_dek, "2026-11-22T20:45:00+01:00", "2026-11-22T21:10:00+01:00",
                 [("71aa", "Tunde Adebayo"), ("71ab", "Ngozi Eze")], "Sports",
                 ["Ogbomi Stars"]),
    ))  # fmt: skip
    site.article(
        url=u(a6), site=host, title=a6_title, description=a6_dek,
        authors=["Tunde Adebayo", "Ngozi Eze"], published_at="2026-11-22T19:45:00Z",
        published_raw="2026-11-22T20:45:00+01:00", modified_at="2026-11-22T20:10:00Z",
        modified_raw="2026-11-22T21:10:00+01:00", section="sports", tags=["Ogbomi Stars"],
        body="\n\n".join(derby), image_url=img + "derby-1.jpg", language="en",
    )  # fmt: skip

    # A7: a bare /slug/ permalink (no date in the URL), Yoast at +01:00, an "Also Read" box.
    a7 = "/naira-gains-at-official-window/"
    a7_title = "Naira gains at official window as CBN sells dollars"
    a7_dek = "The currency closed at 1,402 to the dollar."
    naira = _NG_PARAS["naira"]
    also_box = (
        '<div class="also-read"><h4>Also Read</h4><ul><li><a href="/2026/11/discos-to-begin-new-'
        'meter-rollout-in-december/">Discos to begin new meter rollout</a></li></ul></div>'
    )
    site.add(u(a7), story(
        a7, a7_title, a7_dek, paras(naira[:2]) + also_box + paras(naira[2:]),
        meta=author("Ifeoma Nwosu") + when("November 23, 2026 5:10 pm"), category=business,
        tags=[("naira", "Naira"), ("cbn", "CBN")],
        ld=yoast(a7, a7_title, a7_dek, "2026-11-23T17:10:00+01:00", "2026-11-23T18:02:00+01:00",
                 [("c3f9", "Ifeoma Nwosu")], "Business", ["Naira", "CBN"]),
    ))  # fmt: skip
    site.article(
        url=u(a7), site=host, title=a7_title, description=a7_dek, authors=["Ifeoma Nwosu"],
        published_at="2026-11-23T16:10:00Z", published_raw="2026-11-23T17:10:00+01:00",
        modified_at="2026-11-23T17:02:00Z", modified_raw="2026-11-23T18:02:00+01:00",
        section="business", tags=["Naira", "CBN"], body="\n\n".join(naira), language="en",
    )  # fmt: skip

    # A8: only on page 2 of Business, "en-NG", no JSON-LD: a zoneless printed date and the
    # reporter with her city in the byline bar, no author link.
    a8 = "/2026/11/importers-say-port-scanners-cut-clearing-time/"
    a8_title = "Importers say port scanners cut clearing time"
    a8_dek = "Most containers are now released within five days."
    ports = _NG_PARAS["ports"]
    site.add(u(a8), story(
        a8, a8_title, a8_dek, paras(ports),
        meta='<span class="meta-author">By Ifeoma Nwosu, Lagos</span>'
             + when("November 20, 2026 4:10 pm"),
        category=business, lang="en-NG",
    ))  # fmt: skip
    site.article(
        url=u(a8), site=host, title=a8_title, description=a8_dek, authors=["Ifeoma Nwosu"],
        published_at="2026-11-20T15:10:00Z", published_raw="November 20, 2026 4:10 pm",
        section="business", body="\n\n".join(ports), language="en",
    )  # fmt: skip

    # A9: only in the news sitemap; printed "24th November 2026 11:00 am" with no zone, and
    # WordPress's "Last Updated on ... by ..." line.
    a9 = "/2026/11/waterways-authority-adds-six-ferries/"
    a9_title = "Waterways authority adds six ferries to mainland route"
    a9_dek = "Boats will run every twenty minutes at rush hour."
    ferry = _NG_PARAS["ferry"]
    site.add(u(a9), story(
        a9, a9_title, a9_dek, paras(ferry[:2]) + ad + paras(ferry[2:]),
        meta=author("Tunde Adebayo") + when("24th November 2026 11:00 am")
        + '<p class="post-last-modified">Last Updated on November 24, 2026 12:20 pm by Web Desk</p>',
        category=metro,
    ))  # fmt: skip
    site.article(
        url=u(a9), site=host, title=a9_title, description=a9_dek, authors=["Tunde Adebayo"],
        published_at="2026-11-24T10:00:00Z", published_raw="24th November 2026 11:00 am",
        modified_at="2026-11-24T11:20:00Z", modified_raw="November 24, 2026 12:20 pm",
        section="metro", body="\n\n".join(ferry), language="en",
    )  # fmt: skip

    # A10: Yoast's author is the desk account that posted the story ("Web Desk"); the text
    # opens with the reporter's own byline and city, who wrote it.
    a10 = "/2026/11/hospital-opens-in-ilora-ekan/"
    a10_title = "General hospital opens in Ilora-Ekan"
    a10_dek = "The 120-bed hospital ends a decades-long wait."
    hospital = _NG_PARAS["hospital"]
    site.add(u(a10), story(
        a10, a10_title, a10_dek,
        "<p><strong>By Bola Akinde, Ibadan</strong></p>" + paras(hospital[:2]) + ad
        + paras(hospital[2:]),
        meta=author("Web Desk") + when("7 hours ago"), category=news, tags=[("health", "Health")],
        ld=yoast(a10, a10_title, a10_dek, "2026-11-24T09:00:00+01:00",
                 "2026-11-24T09:40:00+01:00", [("0d0d", "Web Desk")], "News", ["Health"]),
    ))  # fmt: skip
    site.article(
        url=u(a10), site=host, title=a10_title, description=a10_dek, authors=["Bola Akinde"],
        published_at="2026-11-24T08:00:00Z", published_raw="2026-11-24T09:00:00+01:00",
        modified_at="2026-11-24T08:40:00Z", modified_raw="2026-11-24T09:40:00+01:00",
        section="news", tags=["Health"], body="\n\n".join(hospital), language="en",
    )  # fmt: skip

    # A11: a correspondent's "From Name, Place" byline opening the text, no JSON-LD; printed
    # "Saturday, 21st November 2026 at 9:00 am WAT" with an update line.
    a11 = "/2026/11/fishermen-count-losses-after-pipeline-leak/"
    a11_title = "Fishermen count losses after pipeline leak near Oloko-Ise"
    a11_dek = "More than 300 families have lost their income."
    spill = _NG_PARAS["spill"]
    site.add(u(a11), story(
        a11, a11_title, a11_dek, "<p>From Kunle Adeyemi, Oloko-Ise</p>" + paras(spill),
        meta=when("Saturday, 21st November 2026 at 9:00 am WAT")
        + '<span class="last-updated">Updated: 21st November 2026 at 1:30 pm WAT</span>',
        category=news, lang="en-NG",
    ))  # fmt: skip
    site.article(
        url=u(a11), site=host, title=a11_title, description=a11_dek, authors=["Kunle Adeyemi"],
        published_at="2026-11-21T08:00:00Z",
        published_raw="21st November 2026 at 9:00 am WAT",
        modified_at="2026-11-21T12:30:00Z", modified_raw="21st November 2026 at 1:30 pm WAT",
        section="news", body="\n\n".join(spill), language="en",
    )  # fmt: skip

    # Never items: a gallery post and a video post (Yoast calls both Articles), tag, author,
    # category and home pagination pages.
    gallery = "/2026/11/photos-harmattan-haze-settles-over-the-city/"
    site.add(u(gallery), page(
        "PHOTOS: Harmattan haze settles over the city",
        '<div id="content"><article id="the-post" class="post-content tie-gallery '
        'format-gallery"><span class="post-cat-wrap"><a class="post-cat" href="/category/photos/" '
        'rel="category tag">Photos</a></span><h1 class="post-title entry-title">PHOTOS: '
        "Harmattan haze settles over the city</h1>" + when("November 23, 2026 9:00 am")
        + '<div class="entry-content"><div class="wp-block-gallery">'
        + "".join(f'<figure><img src="{img}haze-{n}.jpg"><figcaption>Haze over the lagoon '
                  f"bridge, photo {n}</figcaption></figure>" for n in range(1, 6))
        + "</div></div></article></div>",
        f'<link rel="canonical" href="{LC}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@graph": yoast(
            gallery, "PHOTOS: Harmattan haze settles over the city", "Photos of the haze.",
            "2026-11-23T09:00:00+01:00", "2026-11-23T09:00:00+01:00",
            [("5f1c", "Chinedu Okafor")], "Photos", kind="Article")}),
    ))  # fmt: skip
    video = "/2026/11/video-residents-board-new-ferries-at-mainland-jetty/"
    site.add(u(video), page(
        "VIDEO: Residents board new ferries at mainland jetty",
        '<div id="content"><article id="the-post" class="post-content tie-video format-video">'
        '<span class="post-cat-wrap"><a class="post-cat" href="/category/videos/" '
        'rel="category tag">Videos</a></span><h1 class="post-title entry-title">VIDEO: '
        "Residents board new ferries at mainland jetty</h1>" + when("November 24, 2026 1:00 pm")
        + '<div class="entry-content"><div class="featured-area"><iframe '
        'src="https://www.youtube.example/embed/ferry2"></iframe></div>'
        "<p>Passengers try out the new boats.</p></div></article></div>",
        f'<link rel="canonical" href="{LC}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@graph": [
            {"@type": "VideoObject", "name": "VIDEO: Residents board new ferries at mainland jetty",
             "uploadDate": "2026-11-24T13:00:00+01:00",
             "embedUrl": "https://www.youtube.example/embed/ferry2"}]}),
    ))  # fmt: skip
    site.add(u("/category/photos/"), listing("Photos", [gallery]))
    site.add(u("/category/videos/"), listing("Videos", [video]))
    site.add(u("/tag/rail/"), listing("Rail", [a1]))
    site.add(u("/tag/naira/"), listing("Naira", [a7]))
    site.add(u("/author/chinedu-okafor/"), listing("Chinedu Okafor", [a1, gallery]))
    site.add(u("/author/ifeoma-nwosu/"), listing("Ifeoma Nwosu", [a7, a8]))
    site.add(u("/author/tunde-adebayo/"), listing("Tunde Adebayo", [a6, a9]))
    site.never_exported |= {
        u(gallery), u(video), u("/category/photos/"), u("/category/videos/"), u("/tag/rail/"),
        u("/tag/naira/"), u("/author/chinedu-okafor/"), u("/author/ifeoma-nwosu/"),
        u("/author/tunde-adebayo/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /wp-admin/\nDisallow: /?s=\nDisallow: /wp-comments-post.php\n"
        "Allow: /wp-admin/admin-ajax.php\n\n"
        f"Sitemap: {LC}/sitemap_index.xml\nSitemap: {LC}/news-sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap_index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{LC}/post-sitemap.xml</loc>"
        "<lastmod>2026-11-24T15:20:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{LC}/category-sitemap.xml</loc>"
        "<lastmod>2026-11-24T15:20:00+01:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/post-sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{LC}{a1}</loc><lastmod>2026-11-24T15:20:00+01:00</lastmod></url>"
        f"<url><loc>{LC}{a3}</loc><lastmod>2026-11-23T18:40:00+01:00</lastmod></url>"
        f"<url><loc>{LC}{a7}</loc><lastmod>2026-11-23T18:02:00+01:00</lastmod></url>"
        f"<url><loc>{LC}{gallery}</loc><lastmod>2026-11-23T09:00:00+01:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/category-sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{LC}/category/{c}/</loc><lastmod>2026-11-24T15:20:00+01:00</lastmod>"
                  "</url>" for c in ("news", "metro", "business", "sports", "editorial"))
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/news-sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{LC}{a9}</loc><news:news><news:publication><news:name>The Lagoon Courier"
        "</news:name><news:language>en</news:language></news:publication>"
        "<news:publication_date>2026-11-24T11:00:00+01:00</news:publication_date>"
        f"<news:title>{a9_title}</news:title></news:news></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed/"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>The Lagoon Courier</title><link>{LC}/</link>"
        "<description>Nigeria's news, every day</description><language>en-US</language>"
        f"<item><title>{a1_title}</title><link>{LC}{a1}</link>"
        "<pubDate>Tue, 24 Nov 2026 13:05:00 +0000</pubDate></item>"
        f"<item><title>{a4_title}</title><link>{LC}{a4}</link>"
        "<pubDate>Mon, 23 Nov 2026 23:05:00 +0000</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=UTF-8")  # fmt: skip

    site.add(u("/"), listing("The Lagoon Courier", [a1, a2, a7, gallery, video, "/tag/rail/"],
                             "/page/2/"))  # fmt: skip
    site.add(u("/page/2/"), listing("The Lagoon Courier", [a3, a6]))
    site.add(u("/category/news/"), listing("News", [a1, a5, a10], "/category/news/page/2/"))
    site.add(u("/category/news/page/2/"), listing("News", [a11]))
    site.add(u("/category/metro/"), listing("Metro", [a3], lang="en-NG"))
    site.add(u("/category/business/"), listing("Business", [a2, a7], "/category/business/page/2/"))
    site.add(u("/category/business/page/2/"), listing("Business", [a8], lang="en-NG"))
    site.add(u("/category/sports/"), listing("Sports", [a6]))
    site.add(u("/category/editorial/"), listing("Editorial", [a4]))
    site.never_requested |= {u("/?s="), u("/wp-admin/"), u("/wp-comments-post.php")}
    return site
