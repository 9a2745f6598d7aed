"""Suara Semenanjung: a recorded Malaysian bilingual portal for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras, person

SS = "https://www.suarasemenanjung.example"

_PARAS = {
    "floodwall": [
        "The Sungai Kerayong flood wall in Bandar Seri Mutiara will be raised by another metre before the year-end monsoon, the state drainage department said on Tuesday.",
        "Its director, Ir Kamarul Zaman Yusof, said the RM48 million works would start next week and take about five weeks, with one lane of Jalan Tebing closed at night.",
        "Residents of three low-lying housing estates were told to move vehicles to higher ground whenever the river level passes the warning mark on the department's app.",
        "The wall was last raised in 2021 after a flood that left more than 2,000 people in relief centres for a week.",
    ],
    "lrt": [
        "The Laluan Timur light rail line will run trains every four minutes at peak hours from Monday, its operator announced.",
        "Eight refurbished trains have been returned to service after a six-month overhaul of their braking systems.",
        "Commuters at the busiest interchange, Dataran Seroja, had complained of waiting up to 15 minutes during the morning rush.",
    ],
    "palmoil": [
        "Crude palm oil futures closed higher for a third day as export orders from South Asia picked up ahead of the festive season.",
        "Traders said lower output from estates in the east coast, where heavy rain has slowed harvesting, also lent support to prices.",
        "The benchmark contract for February delivery gained RM37 to settle at RM4,412 a tonne.",
    ],
    "badminton": [
        "National men's doubles pair Harith Iskandar and Tan Jun Hao reached the final of the Selangor Open after a three-game win over the top seeds.",
        "The pair saved two match points in the decider before taking it 23-21, sending the home crowd at the Arena Seri Kembangan to its feet.",
        "They will meet either the Korean or the Danish pair in Sunday's final.",
    ],
    "sekolah": [
        "Sebanyak 36 buah sekolah rendah di daerah Hulu Seroja akan menerima makmal komputer baharu sebelum sesi persekolahan tahun depan bermula.",
        "Pegawai Pendidikan Daerah, Encik Rosli Mat Daud, berkata setiap makmal akan dilengkapi 30 buah komputer riba serta sambungan internet berkelajuan tinggi.",
        "Menurutnya, guru-guru akan menghadiri kursus latihan selama tiga hari pada bulan Disember bagi memastikan kemudahan itu digunakan sepenuhnya.",
        "Ibu bapa di kawasan itu menyambut baik langkah tersebut kerana ramai murid terpaksa berkongsi komputer di pusat komuniti sebelum ini.",
    ],
    "jalan": [
        "Kerja-kerja menaik taraf Jalan Kampung Seri Tanjung sepanjang 4.5 kilometer dijangka siap pada bulan Mac tahun depan.",
        "Jurutera Jabatan Kerja Raya negeri berkata jalan itu akan dilebarkan kepada empat lorong dan dilengkapi lorong motosikal.",
        "Penduduk diminta bersabar kerana lencongan sementara akan dibuka mulai minggu hadapan.",
    ],
    "harga": [
        "Kerajaan akan meneruskan skim harga maksimum bagi ayam dan telur sepanjang musim perayaan hujung tahun ini.",
        "Pemeriksaan akan dipergiatkan di pasar awam dan pasar raya bagi memastikan peniaga mematuhi harga yang ditetapkan.",
        "Orang ramai boleh menyalurkan aduan melalui talian hotline kementerian atau aplikasi rasmi pengguna.",
    ],
    "bola": [
        "Pasukan bola sepak negeri Seroja layak ke separuh akhir Piala Cabaran selepas menewaskan pasukan tuan rumah 2-1 dalam perlawanan yang sengit.",
        "Penyerang muda, Amirul Hakim, menjaringkan gol kemenangan pada minit ke-88 hasil sepakan percuma yang cantik.",
        "Jurulatih pasukan berkata para pemain perlu berehat secukupnya sebelum aksi pertama separuh akhir minggu depan.",
    ],
    "durian": [
        "Pekebun durian di Lembah Bentayan meraih hasil luar biasa musim ini apabila pengeluaran meningkat hampir 40 peratus berbanding tahun lalu.",
        "Persatuan pekebun berkata cuaca yang baik pada awal tahun membantu pembungaan pokok secara serentak.",
        "Harga di ladang kini turun kepada RM18 sekilogram bagi baka kampung, sekali gus menarik ramai pengunjung dari luar negeri.",
    ],
    "hujan": [
        "Jabatan Meteorologi mengeluarkan amaran hujan berterusan tahap waspada bagi lima daerah di pantai timur sehingga hujung minggu ini.",
        "Penduduk di kawasan rendah dinasihatkan supaya bersiap sedia untuk berpindah sekiranya paras air sungai terus meningkat.",
        "Pusat pemindahan sementara telah dibuka di 12 buah sekolah sebagai langkah berjaga-jaga.",
    ],
    "ferry": [
        "A new ferry terminal at Pangkalan Tebrau will open to passengers next month, cutting the crossing to the islands to 40 minutes.",
        "The terminal has a waiting hall for 600 passengers and a covered drop-off area for buses and taxis.",
        "Operators said fares would stay unchanged until the end of the school holidays.",
    ],
}

E_FLOOD = "/news/nation/2026/11/24/kerayong-flood-wall-to-be-raised-before-monsoon"
E_LRT = "/news/nation/2026/11/24/laluan-timur-trains-every-four-minutes"
E_PALM = "/business/2026/11/23/cpo-futures-rise-for-third-day"
E_BADMINTON = "/sport/2026/11/24/harith-jun-hao-reach-selangor-open-final"
M_SEKOLAH = "/bm/berita/2026/11/36-sekolah-terima-makmal-komputer-baharu-123456"
M_JALAN = "/bm/berita/2026/11/jalan-kampung-seri-tanjung-siap-mac-123460"
M_HARGA = "/bm/berita/2026/11/skim-harga-maksimum-diteruskan-123470"
M_BOLA = "/bm/sukan/2026/11/seroja-mara-ke-separuh-akhir-123480"
M_DURIAN = "/bm/berita/2026/08/pekebun-durian-raih-hasil-luar-biasa-121010"
M_HUJAN = "/bm/berita/2026/11/amaran-hujan-berterusan-lima-daerah-123500"
E_FERRY = "/news/nation/2026/11/25/tebrau-ferry-terminal-opens-next-month"


def suara_semenanjung() -> CmsSite:
    """A Malaysian bilingual portal in Kuala Lumpur (MYT, +08:00, no DST): an English edition
    with ``/news/nation/YYYY/MM/DD/<slug>`` URLs and a Malay edition (``lang="ms"``) under
    ``/bm/`` with ``/bm/berita/YYYY/MM/<slug>-<id>`` URLs; English dates printed "Tuesday, 24 Nov
    2026 2:05 PM MYT", "Nov 24, 2026 @ 9:40pm" (no zone) and "Updated 3 hours ago"; Malay dates
    "Selasa, 24 November 2026 | 2:05 petang", "Diterbitkan: ... pagi" / "Dikemas kini: ...
    malam", "12:30 tengah hari", "2 jam lalu" and "14 Ogos 2026"; bylines "By Ahmad Faiz",
    "Oleh Siti Aminah dan Lim Wei Ling" and Bernama credits; "Related" and "Baca juga" boxes
    inside the text; video, gallery, tag (``/tag/``, ``/topik/``) and author pages; paginated
    listings; a news sitemap and a sitemap index in robots.txt; RSS feeds for both editions."""
    site = CmsSite(
        "suara-semenanjung", SS + "/", datetime.fromisoformat("2026-11-25T04:00:00+00:00")
    )
    u = SS.__add__
    host = "suarasemenanjung.example"

    def page(title: str, body: str, extra: str = "", lang: str = "en") -> str:
        malay = lang == "ms"
        nav = (
            '<li><a href="/bm">Utama</a></li><li><a href="/bm/berita">Berita</a></li>'
            '<li><a href="/bm/sukan">Sukan</a></li><li><a href="/bm/video">Video</a></li>'
            '<li><a href="/">English</a></li>'
            if malay
            else '<li><a href="/news/nation">Nation</a></li><li><a href="/business">Business</a>'
            '</li><li><a href="/sport">Sport</a></li><li><a href="/videos">Videos</a></li>'
            '<li><a href="/gallery">Photos</a></li><li><a href="/bm">BM</a></li>'
        )
        feed = "/bm/rss" if malay else "/feed"
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | Suara Semenanjung</title>"
            '<meta property="og:site_name" content="Suara Semenanjung">'
            f'<link rel="alternate" type="application/rss+xml" href="{feed}">'
            f"{extra}</head><body>"
            f'<header><a class="logo" href="/">Suara Semenanjung</a><nav class="main-nav"><ul>'
            f'{nav}<li><a href="/search?q=">Search</a></li><li><a href="/login">Log in</a></li>'
            "</ul></nav></header>"
            f"{body}"
            '<footer><a href="/about-us">About us</a> <a href="/privacy-policy">Privacy</a> '
            "<p>© 2026 Suara Semenanjung Media Sdn Bhd. All rights reserved.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: str = "", lang: str = "en") -> str:
        cards = "".join(
            f'<div class="story-card"><a href="{href}"><h2>Story</h2></a>'
            '<span class="timestamp">3 hours ago</span></div>'
            for href in links
        )
        return page(
            title, f'<main><h1 class="section-title">{title}</h1><div class="story-list">'
            f"{cards}</div>{more}</main>", lang=lang,
        )  # fmt: skip

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
        malay = lang == "ms"
        tag_base = "/bm/topik/" if malay else "/tag/"
        tag_links = "".join(f'<a href="{tag_base}{s}">{n}</a>' for s, n in tags)
        crumb_links = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="story-image"><img src="{image}" alt="{title}">'
            f"<figcaption>{'Gambar hiasan' if malay else 'File picture'}</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main><ol class="breadcrumb"><li><a href="{"/bm" if malay else "/"}">'
            f"{'Utama' if malay else 'Home'}</a></li>{crumb_links}</ol>"
            f'<article class="story"><h1 class="headline">{title}</h1>'
            f'<div class="story-byline">{byline}</div>'
            f'<div class="story-date">{dates}</div>{figure}'
            f'<div class="story-body">{body_html}</div>'
            f'<div class="story-tags"><span>{"Topik" if malay else "Tags"}:</span>{tag_links}</div>'
            '<div class="share"><a href="https://wa.example/send">WhatsApp</a>'
            '<a href="https://x.example/intent">Share</a></div></article>'
            f'<aside class="most-read"><h3>{"Paling Popular" if malay else "Most Read"}</h3><ul>'
            f'<li><a href="{M_SEKOLAH if malay else E_FLOOD}">...</a></li></ul></aside>'
            "</main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{SS}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    def body(key: str) -> str:
        return "\n\n".join(_PARAS[key])

    def related(links: list[tuple[str, str]], label: str = "Related") -> str:
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        return f'<div class="related-stories"><h4>{label}</h4><ul>{items}</ul></div>'

    def baca_juga(href: str, text: str) -> str:
        return f'<p><strong>BACA JUGA:</strong> <a href="{href}">{text}</a></p>'

    def news_ld(title: str, dek: str, lang: str = "en-MY", **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "inLanguage": lang,
            "publisher": {"@type": "NewsMediaOrganization", "name": "Suara Semenanjung"},
            **more,
        }

    img = "https://media.suarasemenanjung.example/2026/11/"

    # E1: JSON-LD at +08:00; printed "Tuesday, 24 Nov 2026 2:05 PM MYT"; "By Ahmad Faiz"
    # linking to the author page; a "Related" box inside the text.
    e1_title = "Kerayong flood wall to be raised before monsoon"
    e1_dek = "The RM48mil works will add a metre to the wall protecting three housing estates."
    flood = _PARAS["floodwall"]
    site.add(u(E_FLOOD), story(
        E_FLOOD, e1_title, e1_dek,
        paras(flood[:2]) + related([(E_LRT, "Laluan Timur trains every four minutes")])
        + paras(flood[2:]),
        dates="Tuesday, 24 Nov 2026 2:05 PM MYT",
        byline='By <a href="/author/ahmad-faiz">Ahmad Faiz</a>',
        crumbs=[("/news", "News"), ("/news/nation", "Nation")],
        tags=[("flood", "Flood"), ("drainage", "Drainage")],
        image=img + "kerayong-wall.jpg",
        ld=news_ld(e1_title, e1_dek, articleSection="Nation",
                   datePublished="2026-11-24T14:05:00+08:00", author=person("Ahmad Faiz"),
                   image={"@type": "ImageObject", "url": img + "kerayong-wall.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(E_FLOOD), site=host, title=e1_title, description=e1_dek,
        authors=["Ahmad Faiz"], published_at="2026-11-24T06:05:00Z",
        published_raw="2026-11-24T14:05:00+08:00", section="nation",
        tags=["Flood", "Drainage"], body="\n\n".join(flood),
        image_url=img + "kerayong-wall.jpg", language="en",
    )  # fmt: skip

    # E2: no JSON-LD; printed "Nov 24, 2026 @ 9:40pm" without a zone (MYT) and "Updated 3
    # hours ago" (the crawl is at 12:00 MYT on the 25th).
    e2_title = "Laluan Timur trains every four minutes from Monday"
    e2_dek = "Eight overhauled trains are back in service on the eastern line."
    site.add(u(E_LRT), story(
        E_LRT, e2_title, e2_dek, paras(_PARAS["lrt"]),
        dates='<span class="published">Nov 24, 2026 @ 9:40pm</span> '
        '<span class="updated">Updated 3 hours ago</span>',
        byline='By <a href="/author/nadia-rahman">Nadia Rahman</a>',
        crumbs=[("/news", "News"), ("/news/nation", "Nation")],
        tags=[("lrt", "LRT")],
    ))  # fmt: skip
    site.article(
        url=u(E_LRT), site=host, title=e2_title, description=e2_dek,
        authors=["Nadia Rahman"], published_at="2026-11-24T13:40:00Z",
        published_raw="Nov 24, 2026 @ 9:40pm", modified_at="2026-11-25T01:00:00Z",
        modified_raw="3 hours ago", section="nation", tags=["LRT"], body=body("lrt"),
        language="en",
    )  # fmt: skip

    # E3: a Bernama wire story: zoneless JSON-LD (MYT), author the agency, "-- Bernama" under
    # the text.
    e3_title = "CPO futures rise for third day on export demand"
    e3_dek = "The February contract settled RM37 higher at RM4,412 a tonne."
    site.add(u(E_PALM), story(
        E_PALM, e3_title, e3_dek, paras(_PARAS["palmoil"]) + "<p>-- BERNAMA</p>",
        dates="Monday, 23 Nov 2026 6:45 PM MYT",
        byline="Bernama",
        crumbs=[("/business", "Business")],
        tags=[("palm-oil", "Palm Oil")],
        ld=news_ld(e3_title, e3_dek, articleSection="Business",
                   datePublished="2026-11-23T18:45:00",
                   author={"@type": "Organization", "name": "Bernama"}),
    ))  # fmt: skip
    site.article(
        url=u(E_PALM), site=host, title=e3_title, description=e3_dek,
        authors=["Bernama"], published_at="2026-11-23T10:45:00Z",
        published_raw="2026-11-23T18:45:00", section="business", tags=["Palm Oil"],
        body=body("palmoil"), language="en",
    )  # fmt: skip

    # E4: JSON-LD at +08:00 with two authors and a modified date; only in the news sitemap.
    e4_title = "Harith and Jun Hao reach Selangor Open final"
    e4_dek = "The national pair saved two match points against the top seeds."
    site.add(u(E_BADMINTON), story(
        E_BADMINTON, e4_title, e4_dek, paras(_PARAS["badminton"]),
        dates="Tuesday, 24 Nov 2026 10:15 PM MYT",
        byline="By Farah Wahid and Kenneth Ong",
        crumbs=[("/sport", "Sport")],
        tags=[("badminton", "Badminton")],
        image=img + "selangor-open.jpg",
        ld=news_ld(e4_title, e4_dek, articleSection="Sport",
                   datePublished="2026-11-24T22:15:00+08:00",
                   dateModified="2026-11-24T23:02:00+08:00",
                   author=[person("Farah Wahid"), person("Kenneth Ong")],
                   image=[img + "selangor-open.jpg"]),
    ))  # fmt: skip
    site.article(
        url=u(E_BADMINTON), site=host, title=e4_title, description=e4_dek,
        authors=["Farah Wahid", "Kenneth Ong"], published_at="2026-11-24T14:15:00Z",
        published_raw="2026-11-24T22:15:00+08:00", modified_at="2026-11-24T15:02:00Z",
        modified_raw="2026-11-24T23:02:00+08:00", section="sport", tags=["Badminton"],
        body=body("badminton"), image_url=img + "selangor-open.jpg", language="en",
    )  # fmt: skip

    # M1: Malay, no JSON-LD: "Selasa, 24 November 2026 | 2:05 petang" (14:05 MYT);
    # "Oleh Siti Aminah dan Lim Wei Ling"; a "BACA JUGA:" link inside the text.
    m1_title = "36 sekolah terima makmal komputer baharu"
    m1_dek = "Setiap makmal dilengkapi 30 komputer riba dan internet berkelajuan tinggi."
    sekolah = _PARAS["sekolah"]
    site.add(u(M_SEKOLAH), story(
        M_SEKOLAH, m1_title, m1_dek,
        paras(sekolah[:2]) + baca_juga(M_JALAN, "Jalan Kampung Seri Tanjung siap Mac depan")
        + paras(sekolah[2:]),
        dates="Selasa, 24 November 2026 | 2:05 petang",
        byline='Oleh <a href="/bm/penulis/siti-aminah">Siti Aminah</a> dan '
        '<a href="/bm/penulis/lim-wei-ling">Lim Wei Ling</a>',
        crumbs=[("/bm/berita", "Berita")],
        tags=[("pendidikan", "Pendidikan"), ("hulu-seroja", "Hulu Seroja")],
        image=img + "makmal.jpg", lang="ms",
    ))  # fmt: skip
    site.article(
        url=u(M_SEKOLAH), site=host, article_id="123456", title=m1_title, description=m1_dek,
        authors=["Siti Aminah", "Lim Wei Ling"], published_at="2026-11-24T06:05:00Z",
        published_raw="24 November 2026 | 2:05 petang", section="berita",
        tags=["Pendidikan", "Hulu Seroja"], body="\n\n".join(sekolah),
        image_url=img + "makmal.jpg", language="ms",
    )  # fmt: skip

    # M2: Malay, no JSON-LD: "Diterbitkan: Isnin, 23 November 2026 | 11:30 pagi" and
    # "Dikemas kini: Selasa, 24 November 2026 | 8:15 malam".
    m2_title = "Jalan Kampung Seri Tanjung dijangka siap Mac depan"
    m2_dek = "Jalan sepanjang 4.5 kilometer itu akan dilebarkan kepada empat lorong."
    site.add(u(M_JALAN), story(
        M_JALAN, m2_title, m2_dek, paras(_PARAS["jalan"]),
        dates="<span>Diterbitkan: Isnin, 23 November 2026 | 11:30 pagi</span> "
        "<span>Dikemas kini: Selasa, 24 November 2026 | 8:15 malam</span>",
        byline='Oleh <a href="/bm/penulis/nurul-huda">Nurul Huda</a>',
        crumbs=[("/bm/berita", "Berita")],
        tags=[("jkr", "JKR")], lang="ms",
    ))  # fmt: skip
    site.article(
        url=u(M_JALAN), site=host, article_id="123460", title=m2_title, description=m2_dek,
        authors=["Nurul Huda"], published_at="2026-11-23T03:30:00Z",
        published_raw="23 November 2026 | 11:30 pagi", modified_at="2026-11-24T12:15:00Z",
        modified_raw="24 November 2026 | 8:15 malam", section="berita", tags=["JKR"],
        body=body("jalan"), language="ms",
    )  # fmt: skip

    # M3: Malay Bernama story printed "2 jam lalu" only (10:00 MYT on the 25th), "-- BERNAMA"
    # under the text.
    m3_title = "Skim harga maksimum ayam dan telur diteruskan"
    m3_dek = "Pemeriksaan dipergiatkan di pasar awam dan pasar raya sepanjang musim perayaan."
    site.add(u(M_HARGA), story(
        M_HARGA, m3_title, m3_dek, paras(_PARAS["harga"]) + "<p>-- BERNAMA</p>",
        dates="2 jam lalu",
        byline="",
        crumbs=[("/bm/berita", "Berita")],
        lang="ms",
    ))  # fmt: skip
    site.article(
        # the news sitemap's exact publication date stands for the page's "2 jam lalu"
        url=u(M_HARGA), site=host, article_id="123470", title=m3_title, description=m3_dek,
        authors=["Bernama"], published_at="2026-11-25T02:00:00Z",
        published_raw="2026-11-25T02:00:00Z",
        section="berita", body=body("harga"), language="ms",
    )  # fmt: skip

    # M4: Malay sport, zoneless JSON-LD, printed "Ahad, 22 November 2026 | 12:30 tengah hari".
    m4_title = "Seroja mara ke separuh akhir Piala Cabaran"
    m4_dek = "Gol minit ke-88 Amirul Hakim memastikan kemenangan 2-1."
    site.add(u(M_BOLA), story(
        M_BOLA, m4_title, m4_dek, paras(_PARAS["bola"]),
        dates="Ahad, 22 November 2026 | 12:30 tengah hari",
        byline="Oleh Mohd Firdaus Ismail",
        crumbs=[("/bm/sukan", "Sukan")],
        tags=[("piala-cabaran", "Piala Cabaran")],
        ld=news_ld(m4_title, m4_dek, lang="ms-MY", articleSection="Sukan",
                   datePublished="2026-11-22T12:30:00", author=person("Mohd Firdaus Ismail")),
        lang="ms",
    ))  # fmt: skip
    site.article(
        url=u(M_BOLA), site=host, article_id="123480", title=m4_title, description=m4_dek,
        authors=["Mohd Firdaus Ismail"], published_at="2026-11-22T04:30:00Z",
        published_raw="2026-11-22T12:30:00", section="sukan", tags=["Piala Cabaran"],
        body=body("bola"), language="ms",
    )  # fmt: skip

    # M5: an August story, only on /bm/berita/page/2: "Jumaat, 14 Ogos 2026 | 9:20 pagi".
    m5_title = "Pekebun durian raih hasil luar biasa"
    m5_dek = "Pengeluaran musim ini meningkat hampir 40 peratus."
    site.add(u(M_DURIAN), story(
        M_DURIAN, m5_title, m5_dek, paras(_PARAS["durian"]),
        dates="Jumaat, 14 Ogos 2026 | 9:20 pagi",
        byline="Oleh Siti Aminah",
        crumbs=[("/bm/berita", "Berita")],
        lang="ms",
    ))  # fmt: skip
    site.article(
        url=u(M_DURIAN), site=host, article_id="121010", title=m5_title, description=m5_dek,
        authors=["Siti Aminah"], published_at="2026-08-14T01:20:00Z",
        published_raw="14 Ogos 2026 | 9:20 pagi", section="berita", body=body("durian"),
        language="ms",
    )  # fmt: skip

    # M6: Malay, a zoneless article:published_time (MYT), printed with a dotted clock
    # "Rabu, 25 Nov 2026 | 9.45 pagi" and "Dikemas kini 2 jam lalu"; a "Baca juga" box.
    m6_title = "Amaran hujan berterusan di lima daerah"
    m6_dek = "Pusat pemindahan sementara dibuka di 12 buah sekolah."
    hujan = _PARAS["hujan"]
    site.add(u(M_HUJAN), story(
        M_HUJAN, m6_title, m6_dek,
        paras(hujan[:1]) + related([(M_SEKOLAH, "36 sekolah terima makmal komputer baharu")],
                                   "Baca juga") + paras(hujan[1:]),
        dates="Rabu, 25 Nov 2026 | 9.45 pagi <span>Dikemas kini 2 jam lalu</span>",
        byline="Oleh Nurul Huda dan Mohd Firdaus Ismail",
        crumbs=[("/bm/berita", "Berita")],
        lang="ms",
    ).replace("</head>", '<meta property="article:published_time" '
              'content="2026-11-25T09:45:00"></head>'))  # fmt: skip
    site.article(
        url=u(M_HUJAN), site=host, article_id="123500", title=m6_title, description=m6_dek,
        authors=["Nurul Huda", "Mohd Firdaus Ismail"], published_at="2026-11-25T01:45:00Z",
        published_raw="2026-11-25T09:45:00", modified_at="2026-11-25T02:00:00Z",
        modified_raw="2 jam lalu", section="berita", body=body("hujan"), language="ms",
    )  # fmt: skip

    # E5: no JSON-LD nor meta date: printed "Wednesday, 25 Nov 2026 8:30 AM MYT" only.
    e5_title = "Tebrau ferry terminal opens next month"
    e5_dek = "The crossing to the islands will take 40 minutes."
    site.add(u(E_FERRY), story(
        E_FERRY, e5_title, e5_dek, paras(_PARAS["ferry"]),
        dates="Wednesday, 25 Nov 2026 8:30 AM MYT",
        byline="By Priya Nair",
        crumbs=[("/news", "News"), ("/news/nation", "Nation")],
    ))  # fmt: skip
    site.article(
        url=u(E_FERRY), site=host, title=e5_title, description=e5_dek,
        authors=["Priya Nair"], published_at="2026-11-25T00:30:00Z",
        published_raw="25 Nov 2026 8:30 AM MYT", section="nation", body=body("ferry"),
        language="en",
    )  # fmt: skip

    # Never items: a video, a photo gallery, a Malay video, tag, topic and author pages.
    video = "/videos/2026/11/24/flash-flood-hits-taman-seri-melor"
    site.add(u(video), page(
        "Flash flood hits Taman Seri Melor",
        '<main><article class="video"><h1>Flash flood hits Taman Seri Melor</h1>'
        '<div class="story-date">Tuesday, 24 Nov 2026 5:00 PM MYT</div>'
        '<video src="/media/melor.mp4" controls></video>'
        "<p>Water rose knee-deep within an hour of the afternoon downpour.</p></article></main>",
        f'<link rel="canonical" href="{SS}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Flash flood hits Taman Seri Melor",
               "uploadDate": "2026-11-24T17:00:00+08:00"}),
    ))  # fmt: skip
    gallery = "/gallery/2026/11/23/deepavali-lights-in-little-india"
    figures = "".join(
        f'<figure><img src="/media/gallery/lights-{i}.jpg" alt="Lights">'
        "<figcaption>Shoppers walk beneath the festive arches strung along the old shophouse "
        f"row on the eve of the holiday ({i}/5).</figcaption></figure>"
        for i in range(1, 6)
    )
    site.add(u(gallery), page(
        "Festive lights in the old town",
        '<main><article class="gallery"><h1>Festive lights in the old town</h1>'
        f'<div class="story-date">Monday, 23 Nov 2026 8:00 PM MYT</div>{figures}</article></main>',
        f'<link rel="canonical" href="{SS}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Festive lights in the old town",
               "datePublished": "2026-11-23T20:00:00+08:00"}),
    ))  # fmt: skip
    bm_video = "/bm/video/2026/11/banjir-kilat-taman-seri-melor-123490"
    site.add(u(bm_video), page(
        "Banjir kilat di Taman Seri Melor",
        '<main><article class="video"><h1>Banjir kilat di Taman Seri Melor</h1>'
        '<div class="story-date">Selasa, 24 November 2026 | 5:10 petang</div>'
        '<video src="/media/melor-bm.mp4" controls></video></article></main>',
        f'<link rel="canonical" href="{SS}{bm_video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Banjir kilat di Taman Seri Melor",
               "uploadDate": "2026-11-24T17:10:00+08:00"}),
        "ms",
    ))  # fmt: skip
    non_items = {
        "/tag/flood": listing("Flood", [E_FLOOD]),
        "/tag/lrt": listing("LRT", [E_LRT]),
        "/author/ahmad-faiz": listing("Ahmad Faiz", [E_FLOOD]),
        "/author/nadia-rahman": listing("Nadia Rahman", [E_LRT]),
        "/bm/topik/pendidikan": listing("Pendidikan", [M_SEKOLAH], lang="ms"),
        "/bm/topik/hulu-seroja": listing("Hulu Seroja", [M_SEKOLAH], lang="ms"),
        "/bm/penulis/siti-aminah": listing("Siti Aminah", [M_SEKOLAH, M_DURIAN], lang="ms"),
        "/bm/penulis/lim-wei-ling": listing("Lim Wei Ling", [M_SEKOLAH], lang="ms"),
        "/bm/penulis/nurul-huda": listing("Nurul Huda", [M_JALAN], lang="ms"),
        "/videos": listing("Videos", [video]),
        "/gallery": listing("Photos", [gallery]),
        "/bm/video": listing("Video", [bm_video], lang="ms"),
    }
    for path, html in non_items.items():
        site.add(u(path), html)
    site.never_exported |= {u(video), u(gallery), u(bm_video), *map(u, non_items)}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /login\nDisallow: /*?share=\n"
        f"Sitemap: {SS}/sitemap.xml\nSitemap: {SS}/sitemap-news.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{SS}/sitemap-posts-2026-11.xml</loc>"
        "<lastmod>2026-11-25T10:00:00+08:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    monthly = [
        (E_FLOOD, "2026-11-24T14:05:00+08:00"), (M_SEKOLAH, "2026-11-24T14:05:00+08:00"),
        (M_JALAN, "2026-11-24T20:15:00+08:00"), (E_PALM, "2026-11-23T18:45:00+08:00"),
    ]  # fmt: skip
    site.add(u("/sitemap-posts-2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{SS}{p}</loc><lastmod>{w}</lastmod></url>" for p, w in monthly)
        + "</urlset>"
    ), XML)  # fmt: skip
    news_entries = [
        (E_BADMINTON, "2026-11-24T22:15:00+08:00", e4_title, "en"),
        (M_HARGA, "2026-11-25T10:00:00+08:00", m3_title, "ms"),
        (E_FLOOD, "2026-11-24T14:05:00+08:00", e1_title, "en"),
        (video, "2026-11-24T17:00:00+08:00", "Flash flood hits Taman Seri Melor", "en"),
    ]
    site.add(u("/sitemap-news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{SS}{path}</loc><news:news><news:publication>"
            f"<news:name>Suara Semenanjung</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title, lang in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Suara Semenanjung - Latest</title><link>{SS}/</link><language>en-MY</language>"
        f"<item><title>{e1_title}</title><link>{SS}{E_FLOOD}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:05:00 +0800</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip
    site.add(u("/bm/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Suara Semenanjung - Terkini</title><link>{SS}/bm</link><language>ms</language>"
        f"<item><title>{m4_title}</title><link>{SS}{M_BOLA}</link>"
        "<pubDate>Sun, 22 Nov 2026 12:30:00 +0800</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("Suara Semenanjung - Latest Malaysian News", [
        E_FLOOD, E_LRT, video, gallery, "/tag/flood", "/author/ahmad-faiz", "/bm",
    ]))  # fmt: skip
    more_nation = '<div class="pagination"><a href="/news/nation?page=2">Next »</a></div>'
    site.add(u("/news"), listing("News", [E_FLOOD, E_LRT, E_FERRY]))
    site.add(u("/news/nation"), listing("Nation", [E_FLOOD, E_FERRY], more_nation))
    site.add(
        u("/news/nation?page=2"), listing("Nation", [E_LRT, "/tag/lrt", "/author/nadia-rahman"])
    )
    site.add(u("/business"), listing("Business", [E_PALM]))
    site.add(u("/sport"), listing("Sport", []))
    site.add(u("/bm"), listing("Suara Semenanjung - Berita Terkini", [
        M_SEKOLAH, M_JALAN, M_HUJAN, bm_video, "/bm/topik/pendidikan",
        "/bm/penulis/siti-aminah",
    ], lang="ms"))  # fmt: skip
    seterusnya = '<div class="pagination"><a href="/bm/berita/page/2">Seterusnya &rsaquo;</a></div>'
    site.add(u("/bm/berita"), listing("Berita", [M_SEKOLAH, M_JALAN], seterusnya, lang="ms"))
    site.add(
        u("/bm/berita/page/2"), listing("Berita", [M_DURIAN, "/bm/penulis/nurul-huda"], lang="ms")
    )
    site.add(u("/bm/sukan"), listing("Sukan", [], lang="ms"))
    site.never_requested |= {u("/search?q="), u("/login")}
    return site
