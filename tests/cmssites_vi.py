"""Tin Biển Xanh: a recorded Vietnamese national daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, person

TBX = "https://www.tinbienxanh.example"

_VI_PARAS = {
    "cang": [
        "Ban quản lý cảng Biển Xanh cho biết từ đầu tháng 12, bến container số 4 sẽ chính thức đi vào hoạt động, nâng công suất bốc dỡ của cảng thêm khoảng 30%.",
        "Bến mới dài 320 mét, có thể tiếp nhận tàu trọng tải đến 50.000 tấn. Hai cần cẩu giàn đã được lắp đặt xong trong tuần trước.",
        "Theo ông Trần Văn Khải, giám đốc cảng, việc mở rộng giúp giảm thời gian chờ của tàu từ hai ngày xuống còn nửa ngày vào mùa cao điểm cuối năm.",
        "Tỉnh cũng đang xin ý kiến các bộ về dự án nạo vét luồng vào cảng, dự kiến khởi công trong quý II năm sau.",
    ],
    "mua": [
        "Trận mưa lớn đầu mùa kéo dài gần ba giờ sáng nay khiến nhiều tuyến phố quanh hồ Thanh Thủy ngập sâu hơn nửa mét.",
        "Hàng trăm người đi làm phải dắt xe qua các đoạn ngập, nhiều cửa hàng ven đường mở cửa muộn để tát nước.",
        "Công ty thoát nước thành phố đã huy động bốn trạm bơm cơ động, đến trưa nước cơ bản đã rút.",
    ],
    "xebuyt": [
        "Tuyến xe buýt điện đầu tiên chạy ven sông Ngân bắt đầu đón khách từ sáng nay, nối bến Phà Cũ với khu đô thị Đông Hòa.",
        "Tuyến dài 18 km với 26 điểm dừng, tần suất 12 phút một chuyến vào giờ cao điểm. Giá vé lượt là 8.000 đồng.",
        "Trong tháng đầu, hành khách được miễn phí vé để làm quen với tuyến mới, sở giao thông cho biết.",
    ],
    "bao": [
        "Cơn bão mạnh đổ bộ vào quần đảo Mây Trắng đêm qua với sức gió hơn 150 km/h, làm hàng nghìn ngôi nhà bị tốc mái.",
        "Chính quyền địa phương đã sơ tán khoảng 20.000 người đến các trường học và nhà thờ trước khi bão vào.",
        "Lực lượng cứu hộ đang tìm cách tiếp cận các hòn đảo nhỏ bị mất liên lạc từ sáng sớm.",
    ],
    "lang": [
        "Làng gốm Hòa Phước vừa khánh thành nhà trưng bày mới, giới thiệu hơn 400 sản phẩm gốm của ba thế hệ nghệ nhân trong làng.",
        "Nghệ nhân Lê Thị Hồng, 78 tuổi, là người đã góp nhiều hiện vật nhất, trong đó có những chiếc chum men lam làm từ thập niên 1960.",
        "Nhà trưng bày mở cửa miễn phí các ngày cuối tuần và có lớp học nặn gốm cho trẻ em vào sáng chủ nhật.",
    ],
    "gao": [
        "Giá lúa tại các tỉnh đồng bằng tăng thêm 300 đến 500 đồng mỗi kg trong tuần qua, mức cao nhất kể từ đầu năm.",
        "Các doanh nghiệp xuất khẩu cho biết đơn hàng cho mùa Tết tăng mạnh, trong khi nguồn cung vụ thu đông đã gần cạn.",
        "Hiệp hội lương thực dự báo giá sẽ còn đứng ở mức cao đến hết tháng 1 năm sau.",
    ],
    "laisuat": [
        "Nhiều ngân hàng thương mại điều chỉnh tăng lãi suất tiền gửi kỳ hạn 12 tháng thêm 0,2 đến 0,4 điểm phần trăm trong tuần này.",
        "Mức cao nhất hiện được niêm yết là 6,1% một năm, áp dụng cho khoản gửi trực tuyến từ 500 triệu đồng.",
        "Các chuyên gia cho rằng nhu cầu vốn cuối năm tăng là nguyên nhân chính khiến ngân hàng cạnh tranh huy động.",
    ],
    "bongda": [
        "Câu lạc bộ Sông Ngân thắng ngược 2-1 trên sân khách ở vòng 9, qua đó vươn lên dẫn đầu bảng xếp hạng.",
        "Đội chủ nhà mở tỉ số ở phút 20, nhưng tiền đạo Nguyễn Đức Huy lập cú đúp trong hiệp hai để mang về chiến thắng.",
        "Huấn luyện viên trưởng nói toàn đội sẽ được nghỉ hai ngày trước khi chuẩn bị cho trận gặp đội bóng thủ đô.",
    ],
    "hoc": [
        "Thành phố sẽ xây mới 12 trường mầm non tại các khu đô thị phía đông trong hai năm tới để giảm sĩ số lớp học.",
        "Tổng vốn đầu tư khoảng 900 tỷ đồng, trong đó ngân sách thành phố chi hai phần ba, phần còn lại do các quận bố trí.",
        "Sở giáo dục cho biết nhiều lớp mầm non ở khu vực này hiện có hơn 40 trẻ, vượt xa quy định.",
    ],
    "hoi": [
        "Hội chợ sách mùa đông khai mạc tại công viên Bến Gió với gần 200 gian hàng của các nhà xuất bản và nhà sách.",
        "Ban tổ chức dành riêng một khu cho sách thiếu nhi, cùng các buổi giao lưu với tác giả vào mỗi buổi tối.",
        "Hội chợ kéo dài đến hết ngày 6 tháng 12, mở cửa từ 8 giờ đến 22 giờ.",
    ],
}


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def tin_bien_xanh() -> CmsSite:
    """A Vietnamese national daily on Hanoi's clock (+07:00, no summer time), in the shapes
    Vietnamese news CMSes print: ``/<slug>-4812345.html`` and ``/<slug>-20261129150512345.htm``
    (a 17-digit time-stamped id) article URLs with no section in the path, section listings
    paged ``/thoi-su-p2``, ``/the-thao/trang-2.htm`` and ``?page=2``, dates printed "Chủ nhật, 29/11/2026, 15:05 (GMT+7)",
    "29/11/2026 15:05 GMT+7", "Thứ bảy, 28/11/2026 - 07:45", "Cập nhật: ..." and "ngày 27
    tháng 11 năm 2026", day-first dates with the day at most 12, a JSON-LD date without a zone,
    a world story whose only date is zoneless and listed by no sitemap or feed, bylines as a
    right-aligned bold name at the end of the body (with "(theo Reuters)" credits, or
    "Theo Reuters" alone), "Xem thêm"
    and "Tin liên quan" boxes and ads in the body, "Từ khóa" tags, a headline and byline in
    decomposed (NFD) diacritics, video, photo and infographic pages, tag and author pages."""
    site = CmsSite("tin-bien-xanh", TBX + "/", datetime.fromisoformat("2026-11-30T03:00:00+00:00"))
    u = TBX.__add__
    host = "tinbienxanh.example"
    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Tin Biển Xanh - Tin mới nhất" '
        'href="/rss/tin-moi-nhat.rss">'
    )

    def page(title: str, body: str, extra: str = "", *, locale: bool = True) -> str:
        og_locale = '<meta property="og:locale" content="vi_VN">' if locale else ""
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{title} - Tin Biển Xanh</title>"
            f'<meta property="og:site_name" content="Tin Biển Xanh">{og_locale}{feed_link}'
            f"{extra}</head><body>"
            '<header class="header"><a class="logo" href="/" title="Tin Biển Xanh">Tin Biển Xanh</a>'
            '<nav class="main-nav"><ul>'
            '<li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li>'
            '<li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/the-thao">Thể thao</a></li>'
            '<li><a href="/giao-duc">Giáo dục</a></li><li><a href="/van-hoa">Văn hóa</a></li>'
            '<li><a href="/video">Video</a></li><li><a href="/anh">Ảnh</a></li>'
            '<li><a href="/infographic">Infographic</a></li>'
            '<li><a href="/tim-kiem?q=">Tìm kiếm</a></li></ul></nav></header>'
            f"{body}"
            '<footer class="footer"><p>Tin Biển Xanh - Báo điện tử tổng hợp</p>'
            '<a href="/lien-he">Liên hệ</a> <a href="/quang-cao">Quảng cáo</a>'
            '<a href="/tai-khoan/dang-nhap">Đăng nhập</a>'
            "<p>© 2026 Tin Biển Xanh. Giấy phép số 123/GP-BTTTT.</p></footer>"
            "</body></html>"
        )

    def listing(
        title: str, links: list[str], more: str | None = None, numbers: dict[int, str] | None = None
    ) -> str:
        cards = "".join(
            f'<article class="item-news"><h3 class="title-news"><a href="{href}">Bài viết</a>'
            "</h3></article>"
            for href in links
        )
        pager = (
            f'<div id="pagination" class="pagination"><a class="btn-page next-page" '
            f'href="{more}">Trang sau</a></div>'
            if more
            else ""
        )
        # a numbered pager without a "next" word: "1 2 3"
        pager += "".join(
            f'<a class="page-num" href="{h}">{n}</a>' for n, h in (numbers or {}).items()
        )
        return page(
            title, f'<section class="section"><h1>{title}</h1><div class="list-news">{cards}'
            f"</div>{pager}</section>"
        )  # fmt: skip

    def crumbs(section_vi: str, section: str) -> str:
        return (
            f'<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
            f'<li><a href="/{section}">{section_vi}</a></li></ul>'
        )

    def ad(n: int) -> str:
        return (
            f'<div class="box_banner_inner" id="banner-inarticle-{n}"><span class="ads-label">'
            'Quảng cáo</span><div class="adsbygoogle"></div></div>'
        )

    def xem_them(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        return (
            '<div class="box-tinlienquan"><p class="title-box"><strong>Xem thêm:</strong></p>'
            f"<ul>{items}</ul></div>"
        )

    def tin_lien_quan(links: list[tuple[str, str]]) -> str:
        items = "".join(
            f'<article class="item-news"><h4><a href="{h}">{t}</a></h4></article>' for h, t in links
        )
        return f'<div class="box-related"><h3 class="title">Tin liên quan</h3>{items}</div>'

    def paras(texts: list[str]) -> str:
        return "".join(f'<p class="Normal">{t}</p>' for t in texts)

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        date: str,
        section_vi: str,
        section: str,
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        locale: bool = True,
        title_tag: str | None = None,
    ) -> str:
        tag_links = "".join(f'<a href="/tag/{s}" title="{n}">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title_tag or title,
            f'<section class="page-detail"><div class="container">{crumbs(section_vi, section)}'
            f'<span class="date">{date}</span>'
            f'<h1 class="title-detail">{title}</h1><p class="description">{dek}</p>'
            f'<article class="fck_detail">{body_html}</article>'
            f'<div class="tags"><h4>Từ khóa:</h4>{tag_links}</div>'
            '<div class="social"><a href="https://facebook.example/share">Chia sẻ</a>'
            '<a href="https://zalo.example/share">Zalo</a></div>'
            '<div class="box-comment"><h3>Ý kiến bạn đọc</h3><p>Chưa có bình luận nào.</p>'
            "</div></div></section>"
            '<aside class="sidebar"><h3>Đọc nhiều</h3><ul>'
            f'<li><a href="{V1}">Cảng Biển Xanh mở thêm bến container</a></li></ul></aside>',
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{TBX}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
            locale=locale,
        )

    def news_ld(title: str, dek: str, section_vi: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "articleSection": section_vi,
            "publisher": {"@type": "Organization", "name": "Tin Biển Xanh",
                          "logo": {"@type": "ImageObject", "url": TBX + "/logo.png"}},
            **more,
        }  # fmt: skip

    def right(name: str, credit: str = "") -> str:
        return f'<p style="text-align:right;"><strong>{name}</strong>{credit}</p>'

    def mail(name: str) -> str:
        return f'<p class="author_mail"><strong>{name}</strong></p>'

    img = "https://i.tinbienxanh.example/2026/11/"

    # V1: JSON-LD dates at +07:00 and the same instant printed "(GMT+7)"; ads, "Xem thêm" and
    # "Tin liên quan" inside the body; the byline (also in JSON-LD) a bold name at the end.
    v1_title = "Cảng Biển Xanh mở thêm bến container, công suất tăng 30%"
    v1_dek = "Bến container số 4 dài 320 m sẽ đón tàu từ đầu tháng 12, rút ngắn thời gian chờ của tàu vào mùa cao điểm."
    cang = _VI_PARAS["cang"]
    v1_body = (
        paras(cang[:2]) + ad(1)
        + xem_them([(V6, "Giá lúa gạo tăng mạnh dịp cuối năm"),
                    (V3, "Xe buýt điện chạy tuyến ven sông Ngân")])
        + paras(cang[2:]) + tin_lien_quan([(V7, "Ngân hàng tăng lãi suất tiền gửi")])
        + mail("Minh Anh")
    )  # fmt: skip
    site.add(u(V1), story(
        V1, v1_title, v1_dek, v1_body,
        date="Chủ nhật, 29/11/2026, 15:05 (GMT+7)", section_vi="Thời sự", section="thoi-su",
        tags=[("cang-bien", "Cảng biển"), ("giao-thong", "Giao thông")],
        image=img + "cang-bien-xanh.jpg",
        ld=news_ld(v1_title, v1_dek, "Thời sự", datePublished="2026-11-29T15:05:00+07:00",
                   dateModified="2026-11-29T18:20:00+07:00", author=person("Minh Anh"),
                   image={"@type": "ImageObject", "url": img + "cang-bien-xanh.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(V1), site=host, article_id="4812345", title=v1_title, description=v1_dek,
        authors=["Minh Anh"], published_at="2026-11-29T08:05:00Z",
        published_raw="2026-11-29T15:05:00+07:00", modified_at="2026-11-29T11:20:00Z",
        modified_raw="2026-11-29T18:20:00+07:00", section="thoi-su",
        tags=["Cảng biển", "Giao thông"], body="\n\n".join(cang),
        image_url=img + "cang-bien-xanh.jpg", language="vi",
    )  # fmt: skip

    # V2: no JSON-LD; only "Thứ năm, 05/11/2026, 08:10 (GMT+7)" (5 November, day first); the
    # byline only at the end, right-aligned, two names joined by a dash.
    v2_title = "Mưa lớn đầu mùa, phố quanh hồ Thanh Thủy ngập hơn nửa mét"
    v2_dek = "Nhiều tuyến phố ngập sâu sau trận mưa kéo dài gần ba giờ, người đi làm phải dắt xe."
    mua = _VI_PARAS["mua"]
    site.add(u(V2), story(
        V2, v2_title, v2_dek, paras(mua[:1]) + ad(1) + paras(mua[1:])
        + right("Hoàng Lan - Thanh Tùng"),
        date="Thứ năm, 05/11/2026, 08:10 (GMT+7)", section_vi="Thời sự", section="thoi-su",
        tags=[("ngap-ung", "Ngập úng")], image=img + "ngap-ho-thanh-thuy.jpg",
    ))  # fmt: skip
    site.article(
        url=u(V2), site=host, article_id="4812360", title=v2_title, description=v2_dek,
        authors=["Hoàng Lan", "Thanh Tùng"], published_at="2026-11-05T01:10:00Z",
        published_raw="2026-11-05 08:10 GMT+7", section="thoi-su",
        tags=["Ngập úng"], body="\n\n".join(mua),
        image_url=img + "ngap-ho-thanh-thuy.jpg", language="vi",
    )  # fmt: skip

    # V3: a 17-digit time-stamped id; JSON-LD published without a zone, printed "29/11/2026
    # 15:05 GMT+7" on the page.
    v3_title = "Xe buýt điện chạy tuyến ven sông Ngân từ hôm nay"
    v3_dek = "Tuyến dài 18 km, 26 điểm dừng, miễn phí vé trong tháng đầu tiên."
    xebuyt = _VI_PARAS["xebuyt"]
    site.add(u(V3), story(
        V3, v3_title, v3_dek, paras(xebuyt[:2]) + ad(2) + paras(xebuyt[2:])
        + mail("Bảo Ngọc"),
        date="29/11/2026 15:05 GMT+7", section_vi="Thời sự", section="thoi-su",
        tags=[("xe-buyt", "Xe buýt")], image=img + "xe-buyt-dien.jpg",
        ld=news_ld(v3_title, v3_dek, "Thời sự", datePublished="2026-11-29T15:05:12",
                   author=person("Bảo Ngọc")),
    ))  # fmt: skip
    site.article(
        url=u(V3), site=host, article_id="20261129150512345", title=v3_title, description=v3_dek,
        authors=["Bảo Ngọc"], published_at="2026-11-29T08:05:12Z",
        published_raw="2026-11-29T15:05:12", section="thoi-su", tags=["Xe buýt"],
        body="\n\n".join(xebuyt), image_url=img + "xe-buyt-dien.jpg", language="vi",
    )  # fmt: skip

    # V4: a world story whose only date is printed without a zone ("Thứ bảy, 28/11/2026 -
    # 07:45"), in no sitemap or feed and without og:locale: the site's clock is +07:00 (every
    # sitemap and feed date says so). Listed only on /the-gioi-p2. Credit "(theo Reuters)".
    v4_title = "Bão mạnh đổ bộ quần đảo Mây Trắng, hàng nghìn nhà tốc mái"
    v4_dek = "Khoảng 20.000 người đã được sơ tán trước khi bão vào, nhiều đảo nhỏ mất liên lạc."
    bao = _VI_PARAS["bao"]
    site.add(u(V4), story(
        V4, v4_title, v4_dek, paras(bao) + right("Phương Linh", " (theo Reuters)"),
        date="Thứ bảy, 28/11/2026 - 07:45", section_vi="Thế giới", section="the-gioi",
        tags=[("bao", "Bão")], locale=False,
    ))  # fmt: skip
    site.article(
        url=u(V4), site=host, article_id="20261128074500123", title=v4_title, description=v4_dek,
        authors=["Phương Linh"], published_at="2026-11-28T00:45:00Z",
        published_raw="2026-11-28 07:45", section="the-gioi", tags=["Bão"],
        body="\n\n".join(bao), language="vi",
    )  # fmt: skip

    # V5: the date in month words, "Thứ sáu, ngày 27 tháng 11 năm 2026, 15:30 (GMT+7)"; the
    # headline and byline written with decomposed diacritics (NFD) in the markup.
    v5_title = "Làng gốm Hòa Phước mở nhà trưng bày ba thế hệ nghệ nhân"
    v5_dek = "Hơn 400 sản phẩm gốm được giới thiệu, mở cửa miễn phí vào cuối tuần."
    lang = _VI_PARAS["lang"]
    v5_page = story(
        V5, _nfd(v5_title), v5_dek, paras(lang) + mail(_nfd("Lê Quỳnh Hương")),
        date="Thứ sáu, ngày 27 tháng 11 năm 2026, 15:30 (GMT+7)", section_vi="Văn hóa",
        section="van-hoa", tags=[("lang-nghe", "Làng nghề")], image=img + "lang-gom.jpg",
        title_tag=v5_title,
    )  # fmt: skip
    site.add(u(V5), v5_page)
    site.article(
        url=u(V5), site=host, article_id="4811990", title=v5_title, description=v5_dek,
        authors=["Lê Quỳnh Hương"], published_at="2026-11-27T08:30:00Z",
        published_raw="2026-11-27 15:30 GMT+7", section="van-hoa",
        tags=["Làng nghề"], body="\n\n".join(lang), image_url=img + "lang-gom.jpg",
        language="vi",
    )  # fmt: skip

    # V6: JSON-LD published only; the update printed "Cập nhật: 30/11/2026, 09:45 (GMT+7)".
    v6_title = "Giá lúa gạo tăng mạnh dịp cuối năm"
    v6_dek = "Giá lúa tăng 300-500 đồng mỗi kg trong tuần qua, cao nhất từ đầu năm."
    gao = _VI_PARAS["gao"]
    site.add(u(V6), story(
        V6, v6_title, v6_dek, paras(gao[:2]) + ad(1) + paras(gao[2:]) + mail("Ngọc Trâm"),
        date="Thứ hai, 30/11/2026, 08:10 (GMT+7)</span>"
        '<span class="date-update">Cập nhật: 30/11/2026, 09:45 (GMT+7)',
        section_vi="Kinh doanh", section="kinh-doanh", tags=[("gia-lua", "Giá lúa")],
        ld=news_ld(v6_title, v6_dek, "Kinh doanh", datePublished="2026-11-30T08:10:00+07:00",
                   author=person("Ngọc Trâm")),
    ))  # fmt: skip
    site.article(
        url=u(V6), site=host, article_id="4812401", title=v6_title, description=v6_dek,
        authors=["Ngọc Trâm"], published_at="2026-11-30T01:10:00Z",
        published_raw="2026-11-30T08:10:00+07:00", modified_at="2026-11-30T02:45:00Z",
        modified_raw="2026-11-30 09:45 GMT+7", section="kinh-doanh", tags=["Giá lúa"],
        body="\n\n".join(gao), language="vi",
    )  # fmt: skip

    # V7: only on the second page of /kinh-doanh (?page=2); JSON-LD and "(GMT+7)" agree.
    v7_title = "Nhiều ngân hàng tăng lãi suất tiền gửi kỳ hạn 12 tháng"
    v7_dek = "Mức cao nhất lên 6,1% một năm cho khoản gửi trực tuyến từ 500 triệu đồng."
    ls = _VI_PARAS["laisuat"]
    site.add(u(V7), story(
        V7, v7_title, v7_dek, paras(ls) + right("Đức Minh"),
        date="Thứ tư, 11/11/2026, 10:20 (GMT+7)", section_vi="Kinh doanh", section="kinh-doanh",
        tags=[("lai-suat", "Lãi suất"), ("ngan-hang", "Ngân hàng")],
        ld=news_ld(v7_title, v7_dek, "Kinh doanh", datePublished="2026-11-11T10:20:00+07:00",
                   author=person("Đức Minh")),
    ))  # fmt: skip
    site.article(
        url=u(V7), site=host, article_id="4807712", title=v7_title, description=v7_dek,
        authors=["Đức Minh"], published_at="2026-11-11T03:20:00Z",
        published_raw="2026-11-11T10:20:00+07:00", section="kinh-doanh",
        tags=["Lãi suất", "Ngân hàng"], body="\n\n".join(ls), language="vi",
    )  # fmt: skip

    # V8: only on /the-thao-p2; printed-only "Thứ ba, 10/11/2026 - 21:50" under a
    # "(GMT+7)"-less Dan Tri-like time element with its datetime attribute zoneless too.
    v8_title = "Sông Ngân thắng ngược, lên đầu bảng sau vòng 9"
    v8_dek = "Cú đúp của Nguyễn Đức Huy giúp đội khách giành ba điểm."
    bd = _VI_PARAS["bongda"]
    site.add(u(V8), story(
        V8, v8_title, v8_dek, paras(bd[:2]) + ad(3) + paras(bd[2:]) + right("Quang Hải"),
        date='<time class="author-time" datetime="2026-11-10 21:50">'
        "Thứ ba, 10/11/2026 - 21:50</time>",
        section_vi="Thể thao", section="the-thao", tags=[("bong-da", "Bóng đá")],
    ))  # fmt: skip
    site.article(
        url=u(V8), site=host, article_id="20261110215000456", title=v8_title, description=v8_dek,
        authors=["Quang Hải"], published_at="2026-11-10T14:50:00Z",
        published_raw="2026-11-10 21:50", section="the-thao", tags=["Bóng đá"],
        body="\n\n".join(bd), language="vi",
    )  # fmt: skip

    # V9: meta article dates at +07:00, printed "Thứ hai, 02/11/2026, 07:00 (GMT+7)".
    v9_title = "Thành phố xây mới 12 trường mầm non ở phía đông"
    v9_dek = "Tổng vốn khoảng 900 tỷ đồng, nhằm giảm sĩ số lớp học ở các khu đô thị mới."
    hoc = _VI_PARAS["hoc"]
    site.add(u(V9), story(
        V9, v9_title, v9_dek, paras(hoc) + mail("Thu Hằng"),
        date="Thứ hai, 02/11/2026, 07:00 (GMT+7)", section_vi="Giáo dục", section="giao-duc",
        tags=[("mam-non", "Mầm non")], image=img + "truong-mam-non.jpg",
        meta='<meta property="article:published_time" content="2026-11-02T07:00:00+07:00">'
        '<meta property="article:modified_time" content="2026-11-03T09:12:00+07:00">',
    ))  # fmt: skip
    site.article(
        url=u(V9), site=host, article_id="4805521", title=v9_title, description=v9_dek,
        authors=["Thu Hằng"], published_at="2026-11-02T00:00:00Z",
        published_raw="2026-11-02T07:00:00+07:00", modified_at="2026-11-03T02:12:00Z",
        modified_raw="2026-11-03T09:12:00+07:00", section="giao-duc", tags=["Mầm non"],
        body="\n\n".join(hoc), image_url=img + "truong-mam-non.jpg", language="vi",
    )  # fmt: skip

    # V10: only in the RSS feed; JSON-LD at +07:00; a byline with an agency credit.
    v10_title = "Hội chợ sách mùa đông khai mạc với gần 200 gian hàng"
    v10_dek = "Khu sách thiếu nhi và các buổi giao lưu tác giả mỗi tối kéo dài đến ngày 6/12."
    hoi = _VI_PARAS["hoi"]
    site.add(u(V10), story(
        V10, v10_title, v10_dek, paras(hoi) + mail("Khánh Vy"),
        date="Thứ bảy, 28/11/2026, 19:00 (GMT+7)", section_vi="Văn hóa", section="van-hoa",
        tags=[("hoi-cho-sach", "Hội chợ sách")], image=img + "hoi-cho-sach.jpg",
        ld=news_ld(v10_title, v10_dek, "Văn hóa", datePublished="2026-11-28T19:00:00+07:00",
                   dateModified="2026-11-28T21:30:00+07:00", author=[person("Khánh Vy")]),
    ))  # fmt: skip
    site.article(
        url=u(V10), site=host, article_id="20261128190000789", title=v10_title,
        description=v10_dek, authors=["Khánh Vy"], published_at="2026-11-28T12:00:00Z",
        published_raw="2026-11-28T19:00:00+07:00", modified_at="2026-11-28T14:30:00Z",
        modified_raw="2026-11-28T21:30:00+07:00", section="van-hoa", tags=["Hội chợ sách"],
        body="\n\n".join(hoi), image_url=img + "hoi-cho-sach.jpg", language="vi",
    )  # fmt: skip

    # V11: agency copy signed only "Theo Reuters" (the agency is the author); printed-only
    # "(GMT+7)" date; on the third page of /the-thao, a Dan Tri-like "/trang-3.htm" reached
    # only by its number in the pager of "/trang-2.htm".
    v11_title = "Tay vợt trẻ Hà Tiên vào bán kết giải quần vợt châu Á"
    v11_dek = "Tay vợt 19 tuổi thắng hai set trắng trước hạt giống số ba của giải."
    tennis = [
        "Tay vợt 19 tuổi Hà Tiên đã giành vé vào bán kết giải quần vợt trẻ châu Á sau khi thắng hạt giống số ba với tỷ số 6-3, 6-4.",
        "Đây là lần đầu tiên một tay vợt của đội tuyển lọt vào bán kết giải đấu này kể từ khi giải được tổ chức.",
        "Ở bán kết, Hà Tiên sẽ gặp đương kim vô địch vào chiều thứ bảy.",
    ]
    site.add(u(V11), story(
        V11, v11_title, v11_dek, paras(tennis) + right("Theo Reuters"),
        date="Thứ năm, 26/11/2026, 21:15 (GMT+7)", section_vi="Thể thao", section="the-thao",
        tags=[("quan-vot", "Quần vợt")],
    ))  # fmt: skip
    site.article(
        url=u(V11), site=host, article_id="20261126211500987", title=v11_title,
        description=v11_dek, authors=["Reuters"], published_at="2026-11-26T14:15:00Z",
        published_raw="2026-11-26 21:15 GMT+7", section="the-thao", tags=["Quần vợt"],
        body="\n\n".join(tennis), language="vi",
    )  # fmt: skip

    # Video, photo and infographic pages at article-shaped URLs: never items.
    video = "/video/bien-dong-chieu-nay-tren-cang-bien-xanh-4812399.html"
    site.add(u(video), page(
        "Sóng lớn chiều nay trên cảng Biển Xanh",
        '<section class="page-detail"><h1 class="title-detail">Sóng lớn chiều nay trên cảng '
        'Biển Xanh</h1><span class="date">Chủ nhật, 29/11/2026, 17:00 (GMT+7)</span>'
        '<video src="https://v.tinbienxanh.example/2026/11/song-lon.mp4" controls></video>'
        "<p>Sóng cao hơn hai mét đánh vào kè chắn sóng của cảng.</p></section>",
        f'<link rel="canonical" href="{TBX}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Sóng lớn chiều nay trên cảng Biển Xanh",
               "uploadDate": "2026-11-29T17:00:00+07:00"}),
    ))  # fmt: skip
    photo = "/anh/mua-hoa-da-quy-tren-cao-nguyen-4812100.html"
    figures = "".join(
        f'<figure class="item_slide_show"><img src="{img}da-quy-{i}.jpg" alt="Hoa dã quỳ">'
        f'<figcaption><p class="Normal">Hoa dã quỳ nở vàng sườn đồi ({i}/8).</p></figcaption></figure>'
        for i in range(1, 9)
    )
    site.add(u(photo), page(
        "Mùa hoa dã quỳ trên cao nguyên",
        f'<section class="page-detail"><h1 class="title-detail">Mùa hoa dã quỳ trên cao nguyên'
        f"</h1>{figures}</section>",
        f'<link rel="canonical" href="{TBX}{photo}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Mùa hoa dã quỳ trên cao nguyên",
               "datePublished": "2026-11-26T16:00:00+07:00"}),
    ))  # fmt: skip
    info = "/infographic/ngan-sach-giao-duc-2027-20261127100000321.htm"
    site.add(u(info), page(
        "Ngân sách giáo dục năm 2027",
        '<section class="page-detail"><h1 class="title-detail">Ngân sách giáo dục năm 2027</h1>'
        '<span class="date">Thứ sáu, 27/11/2026, 10:00 (GMT+7)</span>'
        f'<div class="infographic"><img src="{img}ngan-sach-giao-duc.png" '
        'alt="Ngân sách giáo dục"></div></section>',
        f'<link rel="canonical" href="{TBX}{info}"><meta property="og:type" content="article">',
    ))  # fmt: skip
    site.never_exported |= {u(video), u(photo), u(info)}

    # Tag and author pages list stories but are never items.
    tag_pages = {
        "/tag/cang-bien": ("Cảng biển", [V1]),
        "/tag/bao": ("Bão", [V4]),
        "/tac-gia/minh-anh": ("Minh Anh", [V1]),
        "/tac-gia/quang-hai": ("Quang Hải", [V8]),
    }
    for path, (title, links) in tag_pages.items():
        site.add(u(path), listing(title, links))
    site.never_exported |= {u(p) for p in tag_pages} | {
        u("/video"), u("/anh"), u("/infographic"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /tim-kiem\nDisallow: /tai-khoan/\n"
        f"Sitemap: {TBX}/sitemaps/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemaps/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{TBX}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-30T08:10:00+07:00</lastmod></sitemap>"
        f"<sitemap><loc>{TBX}/sitemaps/2026-11.xml</loc>"
        "<lastmod>2026-11-30T08:10:00+07:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (V6, "2026-11-30T08:10:00+07:00", v6_title),
        (V1, "2026-11-29T15:05:00+07:00", v1_title),
        (video, "2026-11-29T17:00:00+07:00", "Sóng lớn chiều nay trên cảng Biển Xanh"),
        (V3, "2026-11-29T15:05:12+07:00", v3_title),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{TBX}{path}</loc><news:news><news:publication>"
            "<news:name>Tin Biển Xanh</news:name><news:language>vi</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<url><loc>{TBX}{path}</loc><lastmod>{when}</lastmod></url>"
            for path, when in [(V5, "2026-11-27T15:30:00+07:00"),
                               (V9, "2026-11-03T09:12:00+07:00"),
                               (V2, "2026-11-05T08:10:00+07:00")]
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/tin-moi-nhat.rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Tin Biển Xanh - Tin mới nhất</title><link>{TBX}/</link><language>vi</language>"
        f"<item><title>{v6_title}</title><link>{TBX}{V6}</link>"
        "<pubDate>Mon, 30 Nov 2026 08:10:00 +0700</pubDate></item>"
        f"<item><title>{v10_title}</title><link>{TBX}{V10}?utm_source=rss</link>"
        "<pubDate>Sat, 28 Nov 2026 19:00:00 +0700</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("Tin Biển Xanh", [V1, V6, video, photo, "/tag/cang-bien"]))
    site.add(u("/thoi-su"), listing("Thời sự", [V1, V2], "/thoi-su-p2"))
    site.add(u("/thoi-su-p2"), listing("Thời sự", [V3]))
    site.add(u("/the-gioi"), listing("Thế giới", [], "/the-gioi-p2"))
    site.add(u("/the-gioi-p2"), listing("Thế giới", [V4, "/tag/bao"]))
    site.add(u("/kinh-doanh"), listing("Kinh doanh", [V6], "/kinh-doanh?page=2"))
    site.add(u("/kinh-doanh?page=2"), listing("Kinh doanh", [V7]))
    site.add(u("/the-thao"), listing("Thể thao", ["/tac-gia/quang-hai"], "/the-thao/trang-2.htm"))
    site.add(u("/the-thao/trang-2.htm"), listing(
        "Thể thao", [V8], numbers={1: "/the-thao", 2: "/the-thao/trang-2.htm",
                                  3: "/the-thao/trang-3.htm"}))  # fmt: skip
    site.add(u("/the-thao/trang-3.htm"), listing("Thể thao", [V11]))
    site.add(u("/giao-duc"), listing("Giáo dục", [V9]))
    site.add(u("/van-hoa"), listing("Văn hóa", [V5, info]))
    site.add(u("/video"), listing("Video", [video]))
    site.add(u("/anh"), listing("Ảnh", [photo]))
    site.add(u("/infographic"), listing("Infographic", [info]))
    site.never_requested |= {u("/tim-kiem?q="), u("/tai-khoan/dang-nhap")}
    return site


V1 = "/cang-bien-xanh-mo-them-ben-container-cong-suat-tang-30-4812345.html"
V2 = "/mua-lon-dau-mua-pho-quanh-ho-thanh-thuy-ngap-hon-nua-met-4812360.html"
V3 = "/xe-buyt-dien-chay-tuyen-ven-song-ngan-tu-hom-nay-20261129150512345.htm"
V4 = "/bao-manh-do-bo-quan-dao-may-trang-hang-nghin-nha-toc-mai-20261128074500123.htm"
V5 = "/lang-gom-hoa-phuoc-mo-nha-trung-bay-ba-the-he-nghe-nhan-4811990.html"
V6 = "/gia-lua-gao-tang-manh-dip-cuoi-nam-4812401.html"
V7 = "/nhieu-ngan-hang-tang-lai-suat-tien-gui-ky-han-12-thang-4807712.html"
V8 = "/song-ngan-thang-nguoc-len-dau-bang-sau-vong-9-20261110215000456.htm"
V9 = "/thanh-pho-xay-moi-12-truong-mam-non-o-phia-dong-4805521.html"
V11 = "/tay-vot-tre-ha-tien-vao-ban-ket-giai-quan-vot-chau-a-20261126211500987.htm"
V10 = "/hoi-cho-sach-mua-dong-khai-mac-voi-gan-200-gian-hang-20261128190000789.htm"
