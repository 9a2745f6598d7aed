"""Kabar Nusantara: a recorded Indonesian national portal for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

KN = "https://www.kabarnusantara.example"

_ID_PARAS = {
    "jembatan": [
        "Pemerintah Kota Sukamaju meresmikan jembatan layang sepanjang 1,2 kilometer yang menghubungkan kawasan Pasar Lama dengan Terminal Cibening, Selasa siang.",
        "Wali Kota Sukamaju, Hartono Siswadi, mengatakan jembatan itu diharapkan memangkas waktu tempuh warga dari 40 menit menjadi sekitar 10 menit pada jam sibuk.",
        "Pembangunan jembatan menelan biaya Rp 310 miliar yang bersumber dari anggaran daerah dan bantuan pemerintah provinsi selama dua tahun anggaran.",
        "Dinas Perhubungan akan memberlakukan rekayasa lalu lintas di sekitar Pasar Lama selama dua pekan untuk menyesuaikan arus kendaraan.",
    ],
    "desa": [
        "Dewan Perwakilan Rakyat mengesahkan revisi Undang-Undang Desa dalam rapat paripurna yang berlangsung hingga malam hari.",
        "Revisi tersebut mengatur masa jabatan kepala desa, besaran dana desa, serta kewajiban pelaporan penggunaan anggaran secara terbuka kepada warga.",
        "Sejumlah fraksi menyampaikan catatan terkait pengawasan dana desa, terutama di daerah yang sulit dijangkau oleh aparat pemeriksa.",
        "Ketua panitia kerja, Lestari Wulandari, menyebut aturan turunan harus terbit paling lambat enam bulan setelah undang-undang diundangkan.",
        "Asosiasi kepala desa menyambut baik pengesahan itu, namun meminta pemerintah segera menyosialisasikan ketentuan baru hingga ke tingkat kecamatan.",
        "Pemerintah menargetkan seluruh desa telah menyesuaikan peraturan desa masing-masing sebelum tahun anggaran berikutnya dimulai.",
    ],
    "nelayan": [
        "Ratusan nelayan di Kabupaten Pangkaje mengeluhkan kenaikan harga solar di tingkat pengecer yang mencapai Rp 9.000 per liter.",
        "Ketua kelompok nelayan Tanjung Bira, Daeng Mappiasse, mengatakan banyak anggotanya memilih tidak melaut karena biaya bahan bakar tidak sebanding dengan hasil tangkapan.",
        "Dinas Kelautan setempat berjanji menambah kuota solar bersubsidi di stasiun pengisian khusus nelayan mulai bulan depan.",
    ],
    "sentani": [
        "Festival Danau Sentani resmi dibuka dengan pertunjukan tarian perang di atas perahu yang melibatkan lebih dari 200 penari dari 24 kampung.",
        "Bupati Jayawijaya Hilir, Markus Wenda, berharap festival tahun ini mampu menarik 15 ribu wisatawan dan menggerakkan ekonomi perajin setempat.",
        "Selama lima hari, pengunjung dapat menyaksikan lomba perahu hias, pameran kerajinan kulit kayu, dan kuliner papeda di tepi danau.",
    ],
    "cabai": [
        "Harga cabai rawit di sejumlah pasar tradisional Jakarta naik hingga Rp 85.000 per kilogram menjelang akhir tahun.",
        "Pedagang di Pasar Kramat Baru, Siti Rohmah, mengatakan pasokan dari daerah sentra berkurang karena curah hujan tinggi merusak tanaman.",
        "Kementerian Perdagangan menyatakan akan menggelar operasi pasar di 30 titik untuk menahan laju kenaikan harga.",
    ],
    "beras": [
        "Pemerintah memastikan stok beras nasional cukup untuk memenuhi kebutuhan hingga awal tahun depan dengan cadangan sekitar 1,9 juta ton.",
        "Kepala badan pangan menyebut penyaluran beras untuk program stabilisasi harga akan ditambah di wilayah timur Indonesia.",
        "Harga beras medium di tingkat konsumen tercatat relatif stabil dalam dua pekan terakhir.",
    ],
    "hujan": [
        "Badan Meteorologi memperingatkan potensi hujan lebat disertai angin kencang di sebagian besar wilayah Jawa bagian barat hingga akhir pekan.",
        "Masyarakat yang tinggal di bantaran sungai dan lereng perbukitan diminta meningkatkan kewaspadaan terhadap banjir dan tanah longsor.",
        "Pemerintah daerah telah menyiagakan posko bencana serta perahu karet di sejumlah kecamatan rawan banjir.",
    ],
    "pinisi": [
        "Galangan kapal tradisional di pesisir Bulukumba Utara menerima pesanan enam kapal pinisi dari pengusaha wisata bahari.",
        "Pemilik galangan, Haji Baso Tang, mengatakan satu kapal membutuhkan waktu pengerjaan sekitar delapan bulan dengan 15 orang pekerja.",
        "Pemerintah kabupaten berencana menjadikan kawasan galangan sebagai tujuan wisata edukasi bagi pelajar dan wisatawan mancanegara.",
    ],
    "kereta": [
        "Operator kereta komuter menambah 12 perjalanan pada lintas Sukamaju-Kota Tua mulai pekan depan untuk mengurai kepadatan penumpang.",
        "Penambahan perjalanan dilakukan pada jam sibuk pagi dan sore, dengan selang waktu antarkereta menjadi tujuh menit.",
        "Penumpang diimbau memanfaatkan aplikasi untuk memantau jadwal dan tingkat kepadatan di setiap stasiun.",
    ],
    "garuda": [
        "Tim nasional bulu tangkis putri melaju ke final kejuaraan beregu Asia setelah mengalahkan unggulan kedua dengan skor 3-1.",
        "Tunggal pertama, Nadia Puspitasari, membuka kemenangan lewat pertarungan tiga gim yang berlangsung lebih dari satu jam.",
        "Di final, Indonesia akan menghadapi pemenang laga antara tuan rumah dan juara bertahan.",
    ],
    "sekolah": [
        "Sebanyak 48 sekolah dasar di Kabupaten Lembah Hijau akan direnovasi tahun depan setelah sebagian ruang kelasnya dinyatakan tidak layak pakai.",
        "Kepala dinas pendidikan setempat mengatakan renovasi dilakukan bertahap agar kegiatan belajar mengajar tidak terganggu.",
        "Selama renovasi, sebagian siswa akan belajar di balai desa dan gedung serbaguna milik kecamatan.",
    ],
    "vaksin": [
        "Dinas Kesehatan menggelar imunisasi campak dan rubela serentak bagi anak usia sembilan bulan hingga 15 tahun di seluruh puskesmas.",
        "Kegiatan ini menargetkan cakupan imunisasi di atas 95 persen untuk mencegah kejadian luar biasa yang sempat muncul di beberapa daerah.",
        "Orang tua diminta membawa buku kesehatan anak saat datang ke puskesmas atau pos pelayanan terpadu.",
    ],
}

K_JEMBATAN = "/berita/d-7654321/pemkot-sukamaju-resmikan-jembatan-layang-baru"
K_DESA = "/read/2026/11/24/15050001/dpr-sahkan-revisi-undang-undang-desa"
K_NELAYAN = "/regional/2026/11/24/nelayan-pangkaje-keluhkan-harga-solar"
K_SENTANI = "/regional/2026/11/23/festival-danau-sentani-resmi-dibuka"
K_CABAI = "/berita/d-7654330/harga-cabai-rawit-naik-jelang-akhir-tahun"
K_BERAS = "/berita/d-7654340/pemerintah-pastikan-stok-beras-aman"
K_HUJAN = "/read/2026/11/25/08000011/bmkg-peringatkan-hujan-lebat-di-jawa-barat"
K_PINISI = "/regional/2026/11/22/galangan-pinisi-kebanjiran-pesanan"
K_KERETA = "/berita/d-7654350/kereta-komuter-tambah-12-perjalanan"
K_GARUDA = "/berita/d-7654360/tim-bulu-tangkis-putri-melaju-ke-final"
K_SEKOLAH = "/read/2026/11/23/21400021/48-sekolah-dasar-akan-direnovasi"
K_VAKSIN = "/berita/d-7654310/imunisasi-campak-serentak-digelar"


def kabar_nusantara() -> CmsSite:
    """An Indonesian national portal in Jakarta (WIB, +07:00) with desks in Makassar (WITA,
    +08:00) and Jayapura (WIT, +09:00): detik-style ``/berita/d-N/<judul>``, kompas-style
    ``/read/YYYY/MM/DD/<N>/<judul>`` and ``/regional/YYYY/MM/DD/<judul>`` URLs; dates printed
    "Selasa, 24 Nov 2026 15:05 WIB", "24/11/2026, 15:05 WIB", "Selasa, 24 November 2026 |
    08:10 WITA", "Diperbarui 25 Nov 2026, 10:15 WIB" and "3 jam yang lalu"; zoneless JSON-LD on
    a Jakarta page and on a Jayapura page (each printed with its own zone); bylines "Penulis:",
    "Reporter: ... | Editor: ..." (the editor is not the author), "Laporan wartawan Kabar
    Nusantara, ..." and an "(antara)" credit; an article split over three pages (``?page=2``,
    "Halaman 2", "Selanjutnya"); "Baca Juga:" links and "ADVERTISEMENT" / "SCROLL TO CONTINUE
    WITH CONTENT" labels inside the text; a video and a photo page; tag (``/tag/``) and author
    (``/penulis/``) pages; "Selanjutnya", "Berikutnya" and "Load more" listing pages; a news
    sitemap and a sitemap index in robots.txt; an RSS feed by ``<link rel=alternate>``."""
    site = CmsSite("kabar-nusantara", KN + "/", datetime.fromisoformat("2026-11-25T10:00:00+00:00"))
    u = KN.__add__
    host = "kabarnusantara.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{title} - Kabar Nusantara</title>"
            '<meta property="og:site_name" content="Kabar Nusantara">'
            '<link rel="alternate" type="application/rss+xml" title="Kabar Nusantara - Berita '
            'Terkini" href="/rss">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">Kabar Nusantara</a><nav class="navbar"><ul>'
            '<li><a href="/berita">Berita</a></li><li><a href="/nasional">Nasional</a></li>'
            '<li><a href="/regional">Regional</a></li><li><a href="/ekonomi">Ekonomi</a></li>'
            '<li><a href="/olahraga">Olahraga</a></li><li><a href="/indeks">Indeks</a></li>'
            '<li><a href="/video">20Video</a></li><li><a href="/foto">Foto</a></li>'
            '<li><a href="/search?query=">Cari</a></li><li><a href="/akun/masuk">Masuk</a></li>'
            "</ul></nav></header>"
            f"{body}"
            '<footer><a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media '
            'Siber</a> <a href="/kontak">Kontak</a>'
            "<p>Copyright © 2026 Kabar Nusantara. All rights reserved.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: str = "") -> str:
        cards = "".join(
            f'<article class="list-content__item"><a href="{href}"><h3>Berita</h3></a>'
            '<span class="date">3 jam yang lalu</span></article>'
            for href in links
        )
        return page(
            title, f'<main><h1 class="page__title">{title}</h1><div class="list-content">{cards}'
            f"</div>{more}</main>",
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
        meta: str = "",
        canonical: str | None = None,
    ) -> str:
        tag_links = "".join(f'<a href="/tag/{s}">{n}</a>' for s, n in tags)
        crumb_links = "".join(f' / <a href="{href}">{name}</a>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="detail__media-image"><img src="{image}" alt="{title}">'
            "<figcaption>Foto: Dok. Kabar Nusantara</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main><div class="breadcrumb"><a href="/">Home</a>{crumb_links}</div>'
            f'<article class="detail"><h1 class="detail__title">{title}</h1>'
            f'<div class="detail__author">{byline}</div>'
            f'<div class="detail__date">{dates}</div>{figure}'
            f'<div class="detail__body-text">{body_html}</div>'
            f'<div class="detail__body-tag"><span>Tag:</span>{tag_links}</div>'
            '<div class="share"><a href="https://wa.example/send">WhatsApp</a>'
            '<a href="https://x.example/intent">Bagikan</a></div></article>'
            '<aside class="terpopuler"><h3>Terpopuler</h3><ul>'
            f'<li><a href="{K_JEMBATAN}">Jembatan layang Sukamaju diresmikan</a></li></ul></aside>'
            "</main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{KN}{canonical or path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def body(key: str) -> str:
        return "\n\n".join(_ID_PARAS[key])

    ad = (
        '<div class="parallaxindetail"><span class="ads-label">ADVERTISEMENT</span>'
        '<div id="div-gpt-ad-parallax"></div>'
        '<p class="scroll-to-continue">SCROLL TO CONTINUE WITH CONTENT</p></div>'
    )

    def baca_juga(href: str, text: str) -> str:
        return f'<p><strong>Baca Juga:</strong> <a href="{href}">{text}</a></p>'

    news_ld = news_ld_for("Kabar Nusantara", language="id-ID")

    def penulis(name: str, slug: str) -> str:
        return f'Penulis: <a href="/penulis/{slug}">{name}</a>'

    img = "https://cdn.kabarnusantara.example/images/2026/11/"

    # K1: detik shape; JSON-LD at +07:00; printed "Selasa, 24 Nov 2026 15:05 WIB"; "Penulis:"
    # byline; ADVERTISEMENT / SCROLL TO CONTINUE and a "Baca Juga:" link inside the text.
    k1_title = "Pemkot Sukamaju resmikan jembatan layang baru"
    k1_dek = "Jembatan sepanjang 1,2 kilometer itu memangkas waktu tempuh warga hingga 30 menit."
    jembatan = _ID_PARAS["jembatan"]
    site.add(u(K_JEMBATAN), story(
        K_JEMBATAN, k1_title, k1_dek,
        paras(jembatan[:2]) + ad + baca_juga(K_KERETA, "Kereta komuter tambah 12 perjalanan")
        + paras(jembatan[2:]),
        dates="Selasa, 24 Nov 2026 15:05 WIB",
        byline=penulis("Rina Wulandari", "rina-wulandari"),
        crumbs=[("/berita", "Berita")],
        tags=[("jembatan-layang", "jembatan layang"), ("sukamaju", "sukamaju")],
        image=img + "jembatan.jpg",
        ld=news_ld(k1_title, k1_dek, articleSection="Berita",
                   datePublished="2026-11-24T15:05:00+07:00", author=person("Rina Wulandari"),
                   image={"@type": "ImageObject", "url": img + "jembatan.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(K_JEMBATAN), site=host, article_id="7654321", title=k1_title, description=k1_dek,
        authors=["Rina Wulandari"], published_at="2026-11-24T08:05:00Z",
        published_raw="2026-11-24T15:05:00+07:00", section="berita",
        tags=["jembatan layang", "sukamaju"], body=body("jembatan"),
        image_url=img + "jembatan.jpg", language="id",
    )  # fmt: skip

    # K2: kompas shape, split over three pages (?page=2, ?page=3) behind "Halaman" numbers
    # and "Selanjutnya"; no JSON-LD: printed "24/11/2026, 15:05 WIB"; "Penulis: X | Editor: Y".
    k2_title = "DPR sahkan revisi Undang-Undang Desa"
    k2_dek = "Revisi mengatur masa jabatan kepala desa dan keterbukaan dana desa."
    desa = _ID_PARAS["desa"]

    def desa_page(number: int) -> str:
        links = "".join(
            f'<a href="{K_DESA}?page={n}">{n}</a>' if n != number else f"<span>{n}</span>"
            for n in (1, 2, 3)
        )
        nxt = (
            f'<a class="paging__link--next" href="{K_DESA}?page={number + 1}">Selanjutnya</a>'
            if number < 3
            else ""
        )
        pager = f'<div class="paging"><span>Halaman:</span>{links}{nxt}</div>'
        return story(
            K_DESA + (f"?page={number}" if number > 1 else ""), k2_title, k2_dek,
            paras(desa[2 * number - 2:2 * number]) + pager,
            dates="Kompas.com - 24/11/2026, 15:05 WIB",
            byline='Penulis <a href="/penulis/dimas-prasetyo">Dimas Prasetyo</a> | Editor '
            '<a href="/penulis/sari-anggraini">Sari Anggraini</a>',
            crumbs=[("/nasional", "Nasional")],
            tags=[("uu-desa", "UU Desa"), ("dpr", "DPR")],
            canonical=K_DESA,
        )  # fmt: skip

    site.add(u(K_DESA), desa_page(1))
    site.add(u(K_DESA + "?page=2"), desa_page(2))
    site.add(u(K_DESA + "?page=3"), desa_page(3))
    site.article(
        url=u(K_DESA), site=host, article_id="15050001", title=k2_title, description=k2_dek,
        authors=["Dimas Prasetyo"], published_at="2026-11-24T08:05:00Z",
        published_raw="2026-11-24 15:05 WIB", section="nasional", tags=["UU Desa", "DPR"],
        body=body("desa"), language="id",
    )  # fmt: skip

    # K3: Makassar desk, no JSON-LD: "Selasa, 24 November 2026 | 08:10 WITA" (+08:00);
    # "Laporan wartawan Kabar Nusantara, ..." byline.
    k3_title = "Nelayan Pangkaje keluhkan harga solar"
    k3_dek = "Harga solar di tingkat pengecer mencapai Rp 9.000 per liter."
    site.add(u(K_NELAYAN), story(
        K_NELAYAN, k3_title, k3_dek, paras(_ID_PARAS["nelayan"]),
        dates="Selasa, 24 November 2026 | 08:10 WITA",
        byline="Laporan wartawan Kabar Nusantara, Budi Santoso",
        crumbs=[("/regional", "Regional")],
        tags=[("nelayan", "nelayan"), ("solar", "solar")],
    ))  # fmt: skip
    site.article(
        url=u(K_NELAYAN), site=host, title=k3_title, description=k3_dek,
        authors=["Budi Santoso"], published_at="2026-11-24T00:10:00Z",
        published_raw="24 November 2026 | 08:10 WITA", section="regional",
        tags=["nelayan", "solar"], body=body("nelayan"), language="id",
    )  # fmt: skip

    # K4: Jayapura desk: zoneless JSON-LD, printed "Senin, 23 November 2026 | 19:30 WIT"
    # (+09:00, two hours ahead of the Jakarta clock the sitemaps print).
    k4_title = "Festival Danau Sentani resmi dibuka"
    k4_dek = "Lebih dari 200 penari dari 24 kampung tampil di atas perahu."
    site.add(u(K_SENTANI), story(
        K_SENTANI, k4_title, k4_dek, paras(_ID_PARAS["sentani"]),
        dates="Senin, 23 November 2026 | 19:30 WIT",
        byline="Laporan wartawan Kabar Nusantara, Yohana Kogoya",
        crumbs=[("/regional", "Regional")],
        tags=[("festival-danau-sentani", "Festival Danau Sentani")],
        image=img + "sentani.jpg",
        ld=news_ld(k4_title, k4_dek, articleSection="Regional",
                   datePublished="2026-11-23T19:30:00", author=person("Yohana Kogoya"),
                   image=img + "sentani.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(K_SENTANI), site=host, title=k4_title, description=k4_dek,
        authors=["Yohana Kogoya"], published_at="2026-11-23T10:30:00Z",
        published_raw="2026-11-23T19:30:00", section="regional",
        tags=["Festival Danau Sentani"], body=body("sentani"), image_url=img + "sentani.jpg",
        language="id",
    )  # fmt: skip

    # K5: zoneless JSON-LD published and modified dates, printed "Selasa, 24 Nov 2026 10:00
    # WIB" and "Diperbarui 25 Nov 2026, 10:15 WIB".
    k5_title = "Harga cabai rawit naik jelang akhir tahun"
    k5_dek = "Pasokan dari daerah sentra berkurang akibat curah hujan tinggi."
    site.add(u(K_CABAI), story(
        K_CABAI, k5_title, k5_dek, paras(_ID_PARAS["cabai"]),
        dates="<span>Selasa, 24 Nov 2026 10:00 WIB</span> "
        "<span class='updated'>Diperbarui 25 Nov 2026, 10:15 WIB</span>",
        byline=penulis("Rina Wulandari", "rina-wulandari"),
        crumbs=[("/ekonomi", "Ekonomi")],
        tags=[("harga-cabai", "harga cabai")],
        ld=news_ld(k5_title, k5_dek, articleSection="Ekonomi",
                   datePublished="2026-11-24T10:00:00", dateModified="2026-11-25T10:15:00",
                   author=person("Rina Wulandari")),
    ))  # fmt: skip
    site.article(
        url=u(K_CABAI), site=host, article_id="7654330", title=k5_title, description=k5_dek,
        authors=["Rina Wulandari"], published_at="2026-11-24T03:00:00Z",
        published_raw="2026-11-24T10:00:00", modified_at="2026-11-25T03:15:00Z",
        modified_raw="2026-11-25T10:15:00", section="ekonomi", tags=["harga cabai"],
        body=body("cabai"), language="id",
    )  # fmt: skip

    # K6: an agency story: "3 jam yang lalu" only (the crawl is at 17:00 WIB on the 25th),
    # the editor named above the text and "(antara)" as the credit below it.
    k6_title = "Pemerintah pastikan stok beras aman hingga awal tahun"
    k6_dek = "Cadangan beras nasional tercatat sekitar 1,9 juta ton."
    site.add(u(K_BERAS), story(
        K_BERAS, k6_title, k6_dek, paras(_ID_PARAS["beras"]) + "<p>(antara)</p>",
        dates="3 jam yang lalu",
        byline="Editor: Hendra Wijaya",
        crumbs=[("/ekonomi", "Ekonomi")],
        tags=[("beras", "beras")],
    ))  # fmt: skip
    site.article(
        url=u(K_BERAS), site=host, article_id="7654340", title=k6_title, description=k6_dek,
        # named only by the "(antara)" sign-off under the text, which the body leaves out
        authors=["Antara"], published_at="2026-11-25T07:00:00Z",
        published_raw="3 jam yang lalu", section="ekonomi", tags=["beras"],
        body=body("beras"), language="id",
    )  # fmt: skip

    # K7: kompas shape with JSON-LD at +07:00 and "Reporter: ... | Editor: ...".
    k7_title = "BMKG peringatkan hujan lebat di Jawa bagian barat"
    k7_dek = "Warga di bantaran sungai dan lereng bukit diminta waspada."
    site.add(u(K_HUJAN), story(
        K_HUJAN, k7_title, k7_dek, paras(_ID_PARAS["hujan"][:1]) + ad
        + paras(_ID_PARAS["hujan"][1:]),
        dates="Kompas.com - 25/11/2026, 08:00 WIB",
        byline="Reporter: Ahmad Fauzi | Editor: Sari Anggraini",
        crumbs=[("/nasional", "Nasional")],
        tags=[("cuaca-ekstrem", "cuaca ekstrem")],
        ld=news_ld(k7_title, k7_dek, articleSection="Nasional",
                   datePublished="2026-11-25T08:00:00+07:00", author=person("Ahmad Fauzi")),
    ))  # fmt: skip
    site.article(
        url=u(K_HUJAN), site=host, article_id="08000011", title=k7_title, description=k7_dek,
        authors=["Ahmad Fauzi"], published_at="2026-11-25T01:00:00Z",
        published_raw="2026-11-25T08:00:00+07:00", section="nasional", tags=["cuaca ekstrem"],
        body=body("hujan"), language="id",
    )  # fmt: skip

    # K8: Makassar desk, only on /regional?page=2 behind "Berikutnya"; no JSON-LD.
    k8_title = "Galangan pinisi kebanjiran pesanan"
    k8_dek = "Enam kapal pinisi dipesan pengusaha wisata bahari."
    site.add(u(K_PINISI), story(
        K_PINISI, k8_title, k8_dek, paras(_ID_PARAS["pinisi"]),
        dates="Minggu, 22 November 2026 | 14:00 WITA",
        byline="Penulis: Andi Nurhaliza",
        crumbs=[("/regional", "Regional")],
    ))  # fmt: skip
    site.article(
        url=u(K_PINISI), site=host, title=k8_title, description=k8_dek,
        authors=["Andi Nurhaliza"], published_at="2026-11-22T06:00:00Z",
        published_raw="22 November 2026 | 14:00 WITA", section="regional",
        body=body("pinisi"), language="id",
    )  # fmt: skip

    # K9: only in the news sitemap; JSON-LD at +07:00.
    k9_title = "Kereta komuter tambah 12 perjalanan"
    k9_dek = "Selang waktu antarkereta pada jam sibuk menjadi tujuh menit."
    site.add(u(K_KERETA), story(
        K_KERETA, k9_title, k9_dek, paras(_ID_PARAS["kereta"]),
        dates="Rabu, 25 Nov 2026 06:45 WIB",
        byline=penulis("Rina Wulandari", "rina-wulandari"),
        crumbs=[("/berita", "Berita")],
        ld=news_ld(k9_title, k9_dek, articleSection="Berita",
                   datePublished="2026-11-25T06:45:00+07:00", author=person("Rina Wulandari")),
    ))  # fmt: skip
    site.article(
        url=u(K_KERETA), site=host, article_id="7654350", title=k9_title, description=k9_dek,
        authors=["Rina Wulandari"], published_at="2026-11-24T23:45:00Z",
        published_raw="2026-11-25T06:45:00+07:00", section="berita", body=body("kereta"),
        language="id",
    )  # fmt: skip

    # K10: only in the RSS feed; no JSON-LD: printed "Rabu, 25 Nov 2026 09:20 WIB".
    k10_title = "Tim bulu tangkis putri melaju ke final"
    k10_dek = "Indonesia mengalahkan unggulan kedua dengan skor 3-1."
    site.add(u(K_GARUDA), story(
        K_GARUDA, k10_title, k10_dek, paras(_ID_PARAS["garuda"]),
        dates="Rabu, 25 Nov 2026 09:20 WIB",
        byline="Penulis: Fajar Nugroho",
        crumbs=[("/olahraga", "Olahraga")],
        tags=[("bulu-tangkis", "bulu tangkis")],
    ))  # fmt: skip
    site.article(
        url=u(K_GARUDA), site=host, article_id="7654360", title=k10_title, description=k10_dek,
        authors=["Fajar Nugroho"], published_at="2026-11-25T02:20:00Z",
        published_raw="25 Nov 2026 09:20 WIB", section="olahraga",
        tags=["bulu tangkis"], body=body("garuda"), language="id",
    )  # fmt: skip

    # K11: only on /indeks?page=2 behind "Load more"; printed "23/11/2026, 21:40 WIB".
    k11_title = "48 sekolah dasar akan direnovasi tahun depan"
    k11_dek = "Sebagian siswa akan belajar di balai desa selama renovasi."
    site.add(u(K_SEKOLAH), story(
        K_SEKOLAH, k11_title, k11_dek, paras(_ID_PARAS["sekolah"]),
        dates="Kompas.com - 23/11/2026, 21:40 WIB",
        byline="Penulis: Maria Simanjuntak | Editor: Sari Anggraini",
        crumbs=[("/nasional", "Nasional")],
    ))  # fmt: skip
    site.article(
        url=u(K_SEKOLAH), site=host, article_id="21400021", title=k11_title,
        description=k11_dek, authors=["Maria Simanjuntak"], published_at="2026-11-23T14:40:00Z",
        published_raw="2026-11-23 21:40 WIB", section="nasional", body=body("sekolah"),
        language="id",
    )  # fmt: skip

    # K12: only on /berita?page=2 behind "Selanjutnya"; JSON-LD at +07:00.
    k12_title = "Imunisasi campak serentak digelar di seluruh puskesmas"
    k12_dek = "Cakupan imunisasi ditargetkan di atas 95 persen."
    site.add(u(K_VAKSIN), story(
        K_VAKSIN, k12_title, k12_dek, paras(_ID_PARAS["vaksin"]),
        dates="Senin, 23 Nov 2026 11:30 WIB",
        byline=penulis("Rina Wulandari", "rina-wulandari"),
        crumbs=[("/berita", "Berita")],
        ld=news_ld(k12_title, k12_dek, articleSection="Berita",
                   datePublished="2026-11-23T11:30:00+07:00", author=person("Rina Wulandari")),
    ))  # fmt: skip
    site.article(
        url=u(K_VAKSIN), site=host, article_id="7654310", title=k12_title, description=k12_dek,
        authors=["Rina Wulandari"], published_at="2026-11-23T04:30:00Z",
        published_raw="2026-11-23T11:30:00+07:00", section="berita", body=body("vaksin"),
        language="id",
    )  # fmt: skip

    # A 20detik-style video page and a photo page: never items.
    video = "/video/d-7654500/detik-detik-banjir-rob-di-pesisir-utara"
    site.add(u(video), page(
        "Detik-detik banjir rob di pesisir utara",
        '<main><article class="detail detail--video"><h1>Detik-detik banjir rob di pesisir utara'
        '</h1><div class="detail__date">Selasa, 24 Nov 2026 17:00 WIB</div>'
        '<video src="/media/rob.mp4" controls></video>'
        "<p>Air laut pasang merendam permukiman warga di pesisir utara sejak sore hari.</p>"
        "</article></main>",
        f'<link rel="canonical" href="{KN}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Detik-detik banjir rob di pesisir utara",
               "uploadDate": "2026-11-24T17:00:00+07:00"}),
    ))  # fmt: skip
    foto = "/foto/d-7654600/potret-pasar-terapung-di-tepian-sungai"
    figures = "".join(
        f'<figure><img src="/media/foto/pasar-{i}.jpg" alt="Pasar terapung">'
        "<figcaption>Pedagang menawarkan sayur dan buah dari atas perahu di pasar terapung "
        f"tepian sungai yang ramai sejak subuh ({i}/6).</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(foto), page(
        "Potret pasar terapung di tepian sungai",
        '<main><article class="detail detail--foto"><h1>Potret pasar terapung di tepian sungai'
        '</h1><div class="detail__date">Senin, 23 Nov 2026 07:00 WIB</div>'
        f"{figures}</article></main>",
        f'<link rel="canonical" href="{KN}{foto}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Potret pasar terapung di tepian sungai",
               "datePublished": "2026-11-23T07:00:00+07:00"}),
    ))  # fmt: skip

    site.add(u("/tag/jembatan-layang"), listing("jembatan layang", [K_JEMBATAN]))
    site.add(u("/tag/sukamaju"), listing("sukamaju", [K_JEMBATAN]))
    site.add(u("/tag/uu-desa"), listing("UU Desa", [K_DESA]))
    site.add(u("/penulis/rina-wulandari"), listing("Rina Wulandari", [K_JEMBATAN, K_CABAI]))
    site.add(u("/penulis/dimas-prasetyo"), listing("Dimas Prasetyo", [K_DESA]))
    site.never_exported |= {
        u(video), u(foto), u("/tag/jembatan-layang"), u("/tag/sukamaju"), u("/tag/uu-desa"),
        u("/penulis/rina-wulandari"), u("/penulis/dimas-prasetyo"), u("/video"), u("/foto"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /akun/\nDisallow: /*?comment=\n"
        f"Sitemap: {KN}/sitemap.xml\nSitemap: {KN}/sitemap_news.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{KN}/sitemap/2026-11.xml</loc>"
        "<lastmod>2026-11-25T10:15:00+07:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    monthly = [
        (K_JEMBATAN, "2026-11-24T15:05:00+07:00"), (K_CABAI, "2026-11-25T10:15:00+07:00"),
        (K_SENTANI, "2026-11-23T17:30:00+07:00"), (K_DESA, "2026-11-24T15:05:00+07:00"),
    ]  # fmt: skip
    site.add(u("/sitemap/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{KN}{p}</loc><lastmod>{w}</lastmod></url>" for p, w in monthly)
        + "</urlset>"
    ), XML)  # fmt: skip
    news_entries = [
        (K_KERETA, "2026-11-25T06:45:00+07:00", k9_title),
        (K_HUJAN, "2026-11-25T08:00:00+07:00", k7_title),
        (K_JEMBATAN, "2026-11-24T15:05:00+07:00", k1_title),
        (video, "2026-11-24T17:00:00+07:00", "Detik-detik banjir rob di pesisir utara"),
    ]
    site.add(u("/sitemap_news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{KN}{path}</loc><news:news><news:publication>"
            "<news:name>Kabar Nusantara</news:name><news:language>id</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kabar Nusantara - Berita Terkini</title><link>{KN}/</link>"
        "<language>id</language>"
        f"<item><title>{k10_title}</title><link>{KN}{K_GARUDA}?utm_source=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 09:20:00 +0700</pubDate></item>"
        f"<item><title>{k1_title}</title><link>{KN}{K_JEMBATAN}</link>"
        "<pubDate>Tue, 24 Nov 2026 15:05:00 +0700</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("Kabar Nusantara - Berita Terkini Hari Ini", [
        K_JEMBATAN, K_DESA, K_BERAS, video, foto, "/tag/jembatan-layang",
        "/penulis/rina-wulandari",
    ]))  # fmt: skip
    selanjutnya = '<div class="pagination"><a href="/berita?page=2">Selanjutnya</a></div>'
    site.add(u("/berita"), listing("Berita", [K_JEMBATAN], selanjutnya))
    site.add(u("/berita?page=2"), listing("Berita", [K_VAKSIN]))
    berikutnya = '<div class="pagination"><a href="/regional?page=2">Berikutnya</a></div>'
    site.add(u("/regional"), listing("Regional", [K_NELAYAN, K_SENTANI], berikutnya))
    site.add(u("/regional?page=2"), listing("Regional", [K_PINISI]))
    load_more = '<div class="load-more"><a class="btn" href="/indeks?page=2">Load more</a></div>'
    site.add(u("/indeks"), listing("Indeks Berita", [K_HUJAN], load_more))
    site.add(u("/indeks?page=2"), listing("Indeks Berita", [K_SEKOLAH]))
    site.add(u("/nasional"), listing("Nasional", [K_DESA, K_HUJAN]))
    site.add(u("/ekonomi"), listing("Ekonomi", [K_CABAI, K_BERAS]))
    site.add(u("/olahraga"), listing("Olahraga", []))
    site.add(u("/video"), listing("20Video", [video]))
    site.add(u("/foto"), listing("Foto", [foto]))
    site.never_requested |= {u("/search?query="), u("/akun/masuk")}
    return site
