# ruff: noqa: RUF001, RUF002, RUF003  (Chinese text is written with its own full-width punctuation)
"""Jiangnan Ribao: a recorded Chinese provincial daily in GBK and UTF-8 for ``test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from tests.cmssites import HTML, CmsSite, Page, _ld

JNRB = "https://www.jnrb.example"
#: The charset as the HTTP header declares it; other pages declare it only in their HTML.
GBK = "text/html; charset=GBK"
GB2312 = "text/html; charset=gb2312"
UNDECLARED = "text/html"
#: Two full-width spaces: how TRS's editor indents every paragraph.
INDENT = "\u3000\u3000"

_ZH_PARAS = {
    "gangkou": [
        "新华社江州11月24日电（记者 陈明）江州港第三期集装箱码头24日正式投入运营，新增泊位六个，全港年吞吐能力提升至每年九百万标准箱。",
        "据江州港务集团介绍，新码头采用自动化岸桥和无人驾驶集卡，单箱作业时间比老码头缩短约三成。",
        "码头建成后，江州港至东南亚的航线将由每周十二班增加到十八班，内陆省份的货物可经铁路直达港区。",
        "港务集团表示，明年还将开工建设配套的冷链物流园，重点服务水果、水产品等进出口业务。",
    ],
    "ditie": [
        "江州地铁五号线首期工程24日通过竣工验收，预计下月底开通初期运营。",
        "五号线首期全长二十一点四公里，设车站十六座，串联青溪区、澄江新区和高铁南站。",
        "开通初期，高峰时段行车间隔为五分钟，平峰时段为八分钟，首班车六时发出，末班车二十三时发出。",
        "市轨道交通集团提醒，试运行期间部分车站出入口仍在施工，请市民留意现场指引。",
        "五号线首期工程于二〇二二年开工建设，沿线共设置换乘站四座，可与一号线、三号线和城际铁路实现换乘。",
    ],
    "daomi": [
        "眼下正是晚稻收割的关键时节，青溪区东湖镇的万亩稻田里，十几台收割机来回穿梭。",
        "今年东湖镇推广“稻虾共养”模式，亩均收益比单种水稻增加一千二百元左右。",
        "镇农业服务中心负责人说，全镇晚稻已收获七成，预计本周末全部完成。",
        "今年全镇晚稻种植面积一万一千亩，其中“稻虾共养”面积三千六百亩，比去年扩大了一倍。",
        "为解决烘干难题，镇里新建了两座粮食烘干中心，日烘干能力达到三百吨，农户不用再担心连阴雨天气。",
    ],
    "yiyuan": [
        "江州市第一人民医院新院区24日启用，首批开放床位八百张，门诊、急诊同步搬迁。",
        "新院区设有胸痛、卒中、创伤三大急救中心，直升机停机坪可接收周边县市转运的危重病人。",
        "医院提醒，老院区门诊将保留至明年一月，其间两院区之间每十五分钟开行一班免费接驳车。",
        "新院区占地二百一十亩，总建筑面积三十二万平方米，总投资约四十五亿元，建设历时四年。",
        "医院还在新院区开通了智慧服务系统，患者通过手机即可完成预约挂号、缴费和查询检查报告。",
    ],
    "xuexiao": [
        "澄江新区实验小学24日举行建校典礼，首批招收一年级新生三百六十名。",
        "学校由江州师范大学托管，开设书法、围棋、航模等二十多门课后兴趣课程。",
        "新区教育局表示，明年还将新建两所小学和一所初中，缓解新区学位紧张问题。",
        "学校占地六十五亩，设计规模为三十六个班，建有室内体育馆、游泳池和科技创新实验室。",
        "开学第一课上，校长带领学生参观了校园，并为每名新生赠送了一本由学校老师编写的《澄江故事》读本。",
    ],
    "lvyou": [
        "江州古城墙修缮工程日前完工，沿线新建的城墙步道将于本周六向游客开放。",
        "步道全长四点八公里，沿途设置六处观景平台和三处休息驿站，游客可免费登城。",
        "市文旅局介绍，夜间城墙将点亮景观灯，并推出“夜游古城”主题线路。",
        "江州古城墙始建于明代，现存城墙全长约六公里，是省级重点文物保护单位。此次修缮历时两年，修复城墙一点五公里。",
        "为保护文物，步道每日限流一万人次，游客需通过“江州文旅”小程序提前预约。",
    ],
    "jingji": [
        "江州市统计局24日发布数据，前十个月全市规模以上工业增加值同比增长百分之七点二。",
        "其中，新能源汽车、集成电路、生物医药三大产业增长较快，合计拉动全市工业增长四个百分点。",
        "统计局分析认为，重点项目陆续投产，是拉动工业增长的主要原因。",
        "从投资看，前十个月全市固定资产投资同比增长百分之五点六，其中工业投资增长百分之十一点三。",
        "从消费看，社会消费品零售总额同比增长百分之四点九，新能源汽车、智能家电等升级类商品销售增长较快。",
    ],
    "zuqiu": [
        "在23日晚进行的全省足球超级联赛第二十九轮比赛中，江州澄江队主场以三比一战胜临海队，提前一轮锁定冠军。",
        "澄江队前锋林浩梅开二度，队长周斌在第七十八分钟打入锁定胜局的进球。",
        "主教练赛后表示，球队下赛季的目标是冲击全国联赛资格。",
        "本场比赛吸引了两万八千名球迷到场观战，创下本赛季省超联赛单场观众人数纪录。",
        "临海队在上半场第三十分钟一度扳平比分，但下半场体能下降，被澄江队连进两球。",
    ],
    "nuanqi": [
        "受冷空气影响，江州市未来三天气温将下降八到十摄氏度，最低气温可降至零下二摄氏度。",
        "市气象台提醒，市民外出注意添衣保暖，农户要做好大棚蔬菜的防冻工作。",
        "市供热公司表示，城区集中供暖已于22日提前启动，目前管网运行平稳。",
        "据市气象台预报，25日夜间到26日白天，全市将出现小到中雪，局部地区有大雪，道路可能结冰。",
        "交警部门表示，将在高架桥、桥梁等易结冰路段加强巡逻，必要时采取临时交通管制措施。",
    ],
    "shuiwu": [
        "为配合澄江大道给水主管改造，江州市自来水公司将于26日零时至12时对青溪区部分区域暂停供水。",
        "停水范围涉及东湖路、柳塘街、南苑小区等三十余个小区，约一点二万户居民。",
        "自来水公司提醒，受影响居民请提前储水，恢复供水初期水质可能略显浑浊，放水片刻即可正常使用。",
        "此次改造将更换使用超过三十年的老旧铸铁管道两点三公里，完工后可提高供水压力，减少爆管漏水。",
    ],
}

A_GANGKOU = "/2026-11/24/c_1129876543.htm"
A_DITIE = "/news/202611/t20261124_123456.html"
A_DAOMI = "/content/2026-11/24/content_7654321.htm"
A_YIYUAN = "/2026-11/24/c_1129876550.htm"
A_XUEXIAO = "/news/202611/t20261124_123470.html"
A_LVYOU = "/content/2026-11/22/content_7654100.htm"
A_JINGJI = "/news/202611/t20261124_123480.html"
A_ZUQIU = "/2026-11/23/c_1129876300.htm"
A_NUANQI = "/news/202611/t20261123_123300.html"
A_SHUIWU = "/content/2026-11/24/content_7654400.htm"


def _add(site: CmsSite, url: str, text: str, ctype: str = GBK) -> None:
    """A page served in GBK (which GB2312 pages really hold too)."""
    site.pages.append(Page(url, text.encode("gbk"), ctype))


def jiangnan_ribao() -> CmsSite:
    """A Chinese provincial daily on China Standard Time (+08:00, no DST) in the shape of TRS
    WCM and similar CMSes: GBK pages declared by the HTTP header, by ``<meta charset="gb2312">``
    or by ``<meta http-equiv>`` only, next to UTF-8 ones; ``/2026-11/24/c_N.htm``,
    ``/news/202611/t20261124_N.html`` and ``/content/2026-11/24/content_N.htm`` articles;
    listings ``/gn/index.html``, ``index_1.html``... behind "下一页" / "下页" next to a
    ``createPageHTML`` script; printed dates "2026-11-24 15:05:32", "2026年11月24日 15:05" and
    "发布时间：..."; "来源：" agencies and "责任编辑：" editors that are no authors, "作者：" and
    "记者 ... 通讯员 ..." bylines and a Xinhua dateline "（记者 陈明）"; paragraphs indented with
    full-width spaces; centred captions under images; "相关新闻" / "延伸阅读" boxes, the
    "【纠错】【打印】【关闭】" row and "分享到：" after the text; titles ending " - 江南日报" and
    "_江南网"; ``publishdate``/``contentid``/``keywords`` metas (SEO words, no tags) and a
    "关键词：" row of search links (the tags); no JSON-LD but on one page; a video page and a
    "组图" gallery at article-shaped URLs; robots.txt without a Sitemap line; an RSS feed in
    GB2312 at an unusual path, announced only by ``<link rel=alternate>``."""
    site = CmsSite(
        "jiangnan-ribao", JNRB + "/", datetime.fromisoformat("2026-11-25T02:00:00+00:00")
    )
    u = JNRB.__add__
    host = "jnrb.example"

    def page(
        title: str, body: str, extra: str = "", charset: str = "", lang: str = ' lang="zh-CN"'
    ) -> str:
        return (
            f"<!DOCTYPE html><html{lang}><head>{charset}<title>{title}</title>"
            '<link rel="alternate" type="application/rss+xml" title="江南日报-要闻" '
            'href="/rss/jnrb_yaowen.xml">'
            f"{extra}</head><body>"
            '<div class="top"><a class="logo" href="/">江南日报</a>'
            '<span class="login"><a href="/member/login.html">登录</a></span></div>'
            '<div class="nav"><ul><li><a href="/">首页</a></li>'
            '<li><a href="/gn/index.html">国内</a></li><li><a href="/sh/index.html">社会</a></li>'
            '<li><a href="/jj/index.html">经济</a></li><li><a href="/ty/index.html">体育</a></li>'
            '<li><a href="/tp/index.html">图片</a></li><li><a href="/sp/index.html">视频</a></li>'
            "</ul></div>"
            f"{body}"
            '<div class="footer"><a href="/about/">关于我们</a> | <a href="/about/lxwm.html">联系我们</a>'
            "<p>江南日报社主办 版权所有 未经授权禁止转载</p>"
            "<p>江ICP备00000000号 互联网新闻信息服务许可证 00000000000</p></div>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], pager: str = "", charset: str = "") -> str:
        items = "".join(
            f'<li><a href="{href}" target="_blank">新闻标题</a><span>2026-11-24</span></li>'
            for href in links
        )
        return page(
            f"{title}_江南网",
            f'<div class="list_con"><div class="location">当前位置：<a href="/">首页</a> &gt; '
            f'{title}</div><ul class="list">{items}</ul>{pager}</div>',
            charset=charset,
        )

    def trs_pager(count: int, current: int, plain: str = "") -> str:
        return (
            '<div class="page"><script language="JavaScript">'
            f"var currentPage = {current};var countPage = {count};"
            f'createPageHTML(countPage, currentPage, "index", "html");</script>{plain}</div>'
        )

    def story(
        path: str,
        title: str,
        head_title: str,
        paragraphs: list[str],
        *,
        info: str,
        section: tuple[str, str],
        meta: str = "",
        charset: str = "",
        editor: str = "",
        figure: tuple[str, str] | None = None,
        keywords: list[str] = (),  # type: ignore[assignment]
        related: str = "相关新闻",
        lang: str = ' lang="zh-CN"',
        inline: str = "",
    ) -> str:
        body = [f"<p>{INDENT}{p}</p>" for p in paragraphs]
        if inline:
            body[1] = f"<p>{INDENT}{inline}</p>"
        if figure:
            body.insert(
                1,
                f'<p style="text-align: center;"><img src="{figure[0]}" border="0"></p>'
                f'<p style="text-align: center;">{figure[1]}</p>',
            )
        kw_row = (
            '<div class="keywords">关键词：'
            + "".join(
                f'<a href="/was5/web/search?searchword={k}&amp;channelid=2">{k}</a> '
                for k in keywords
            )
            + "</div>"
            if keywords
            else ""
        )
        return page(
            head_title,
            f'<div class="location">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="{section[0]}">{section[1]}</a> &gt; 正文</div>'
            f'<div class="article"><h1 class="title">{title}</h1>'
            f'<div class="info">{info}</div>'
            f'<div class="TRS_Editor"><div class="Custom_UnionStyle">{"".join(body)}</div></div>'
            f'<div class="editor">{editor}</div>{kw_row}'
            '<div class="tools">【<a href="javascript:void(0)" onclick="jiucuo()">纠错</a>】'
            '【<a href="javascript:window.print()">打印</a>】'
            '【<a href="javascript:window.close()">关闭</a>】</div>'
            '<div class="share">分享到：<a href="https://service.weibo.example/share">微博</a> '
            '<a href="javascript:void(0)" class="wx">微信</a> '
            '<a href="https://connect.qq.example/share">QQ空间</a></div></div>'
            f'<div class="related"><h3>{related}</h3><ul>'
            f'<li><a href="{A_JINGJI}">前十月江州工业增加值增长7.2%</a></li>'
            f'<li><a href="{A_NUANQI}">寒潮来袭 江州气温将降8至10摄氏度</a></li></ul></div>',
            meta,
            charset,
            lang,
        )

    def metas(pubdate: str, contentid: str, keywords: str, dek: str, extra: str = "") -> str:
        return (
            f'<meta name="keywords" content="{keywords}">'
            f'<meta name="description" content="{dek}">'
            f'<meta name="publishdate" content="{pubdate}">'
            f'<meta name="contentid" content="{contentid}">'
            f'<meta name="author" content="江南日报">{extra}'
        )

    def body(key: str) -> str:
        return "\n\n".join(_ZH_PARAS[key])

    meta_charset = '<meta charset="gb2312">'
    http_equiv = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    utf8 = '<meta charset="utf-8">'
    img = JNRB + "/images/2026-11/24/"

    # Z1: GBK by the header; the Xinhua dateline names the reporter; "来源：新华社" is the
    # agency and "责任编辑" the editor; a centred caption under an image inside the text.
    z1_title = "江州港第三期集装箱码头投入运营"
    z1_dek = "江州港第三期集装箱码头24日正式投入运营，全港年吞吐能力提升至每年九百万标准箱。"
    z1_img = img + "1129876543_16f.jpg"
    _add(site, u(A_GANGKOU), story(
        A_GANGKOU, z1_title, f"{z1_title} - 江南日报", _ZH_PARAS["gangkou"],
        info='<span class="time">2026-11-24 15:05:32</span>　<span class="source">来源：新华社</span>',
        section=("/gn/index.html", "国内"),
        meta=metas("2026-11-24", "1129876543", "江州港,集装箱,码头", z1_dek),
        editor="【责任编辑：李娜】",
        figure=(z1_img, "图为江州港第三期集装箱码头。新华社记者 陈明 摄"),
        keywords=["江州港", "集装箱"],
    ))  # fmt: skip
    site.article(
        url=u(A_GANGKOU), site=host, article_id="1129876543", title=z1_title, description=z1_dek,
        authors=["陈明"], published_at="2026-11-24T07:05:32Z", published_raw="2026-11-24 15:05:32",
        section="gn",
        # the "关键词：" row's links go to the search script robots.txt disallows: still tags
        tags=["江州港", "集装箱"],
        # the centred line under the image is its caption, not text
        body=body("gangkou"),
        # no og:image nor JSON-LD: the picture in the text is the lead image
        image_url=z1_img,
        language="zh",
    )  # fmt: skip

    # Z2: UTF-8; "发布时间：" and "作者："; "延伸阅读" after the text; og:image.
    z2_title = "地铁五号线首期工程通过竣工验收 预计下月底开通"
    z2_dek = "江州地铁五号线首期工程24日通过竣工验收，预计下月底开通初期运营。"
    z2_img = JNRB + "/news/202611/W020261124512345678901.jpg"
    site.add(u(A_DITIE), story(
        A_DITIE, z2_title, f"{z2_title}_江南网", _ZH_PARAS["ditie"],
        info="发布时间：2026-11-24 15:05　来源：江南日报　作者：张伟",
        section=("/gn/index.html", "国内"),
        meta=metas("2026-11-24", "123456", "地铁,五号线,轨道交通", z2_dek,
                   f'<meta property="og:image" content="{z2_img}">'),
        charset=utf8, editor="责任编辑：李娜", related="延伸阅读",
    ), HTML)  # fmt: skip
    site.article(
        url=u(A_DITIE), site=host, article_id="123456", title=z2_title, description=z2_dek,
        authors=["张伟"], published_at="2026-11-24T07:05:00Z", published_raw="2026-11-24 15:05",
        section="gn", body=body("ditie"), image_url=z2_img, language="zh",
    )  # fmt: skip

    # Z3: header says gb2312, page is GBK; "记者 王芳 通讯员 赵强"; date in 年月日.
    z3_title = "东湖镇万亩晚稻开镰 “稻虾共养”亩均增收千余元"
    z3_dek = "青溪区东湖镇晚稻已收获七成，“稻虾共养”亩均增收一千二百元左右。"
    _add(site, u(A_DAOMI), story(
        A_DAOMI, z3_title, f"{z3_title}_国内_江南网", _ZH_PARAS["daomi"],
        info="2026年11月24日 09:30　来源：江南日报　记者 王芳 通讯员 赵强",
        section=("/sh/index.html", "社会"),
        meta=metas("2026-11-24", "7654321", "晚稻,稻虾共养,东湖镇", z3_dek),
        editor="编辑：王喆", keywords=["晚稻", "稻虾共养"],
    ), GB2312)  # fmt: skip
    site.article(
        url=u(A_DAOMI), site=host, article_id="7654321", title=z3_title, description=z3_dek,
        authors=["王芳", "赵强"], published_at="2026-11-24T01:30:00Z",
        published_raw="2026年11月24日 09:30", section="sh",
        tags=["晚稻", "稻虾共养"],
        body=body("daomi"), language="zh",
    )  # fmt: skip

    # Z4: ``<meta charset="gb2312">`` only; a link and bold words inside a paragraph.
    z4_title = "市第一人民医院新院区启用 首批开放床位八百张"
    z4_dek = "江州市第一人民医院新院区24日启用，门诊、急诊同步搬迁。"
    yiyuan = _ZH_PARAS["yiyuan"]
    _add(site, u(A_YIYUAN), story(
        A_YIYUAN, z4_title, f"{z4_title} - 江南日报", yiyuan,
        info="2026-11-24 10:12:45　来源：江南日报　作者：刘洋",
        section=("/sh/index.html", "社会"),
        meta=metas("2026-11-24", "1129876550", "第一人民医院,新院区", z4_dek),
        charset=meta_charset, editor="责任编辑：孙丽",
        inline=("新院区设有<strong>胸痛、卒中、创伤</strong>三大急救中心，"
                f'<a href="{A_GANGKOU}">直升机停机坪</a>可接收周边县市转运的危重病人。'),
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_YIYUAN), site=host, article_id="1129876550", title=z4_title, description=z4_dek,
        authors=["刘洋"], published_at="2026-11-24T02:12:45Z", published_raw="2026-11-24 10:12:45",
        section="sh", body=body("yiyuan"), language="zh",
    )  # fmt: skip

    # Z5: ``<meta http-equiv>`` only, no lang attribute; "本报记者" byline.
    z5_title = "澄江新区实验小学建校 首批招收新生三百六十名"
    z5_dek = "澄江新区实验小学24日举行建校典礼，由江州师范大学托管。"
    _add(site, u(A_XUEXIAO), story(
        A_XUEXIAO, z5_title, f"{z5_title}_江南网", _ZH_PARAS["xuexiao"],
        info="发布时间：2026-11-24 11:40　来源：江南日报　本报记者 周静",
        section=("/sh/index.html", "社会"),
        meta=metas("2026-11-24", "123470", "实验小学,澄江新区", z5_dek),
        charset=http_equiv, editor="责任编辑：李娜", lang="",
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_XUEXIAO), site=host, article_id="123470", title=z5_title, description=z5_dek,
        authors=["周静"], published_at="2026-11-24T03:40:00Z", published_raw="2026-11-24 11:40",
        section="sh", body=body("xuexiao"), language="zh",
    )  # fmt: skip

    # Z6: only on /gn/index_2.html (the third page); UTF-8; JSON-LD at +08:00.
    z6_title = "江州古城墙步道本周六开放 游客可免费登城"
    z6_dek = "江州古城墙修缮工程完工，全长四点八公里的城墙步道将于本周六开放。"
    z6_img = JNRB + "/images/2026-11/22/7654100_cq.jpg"
    site.add(u(A_LVYOU), story(
        A_LVYOU, z6_title, f"{z6_title} - 江南日报", _ZH_PARAS["lvyou"],
        info="2026年11月22日 16:20　来源：江南日报　作者：陈晓、黄磊",
        section=("/gn/index.html", "国内"),
        meta=metas("2026-11-22", "7654100", "古城墙,步道,文旅", z6_dek) + _ld({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": z6_title,
            "datePublished": "2026-11-22T16:20:00+08:00", "image": [z6_img],
            "author": [{"@type": "Person", "name": "陈晓"}, {"@type": "Person", "name": "黄磊"}],
            "publisher": {"@type": "Organization", "name": "江南日报"},
        }),
        charset=utf8, editor="责任编辑：孙丽",
    ), HTML)  # fmt: skip
    site.article(
        url=u(A_LVYOU), site=host, article_id="7654100", title=z6_title, description=z6_dek,
        authors=["陈晓", "黄磊"], published_at="2026-11-22T08:20:00Z",
        published_raw="2026-11-22T16:20:00+08:00", section="gn", body=body("lvyou"),
        image_url=z6_img, language="zh",
    )  # fmt: skip

    # Z7: the economy page, GBK by header; no byline at all, "来源：江州市统计局".
    z7_title = "前十月江州工业增加值增长7.2%"
    z7_dek = "前十个月江州市规模以上工业增加值同比增长百分之七点二。"
    _add(site, u(A_JINGJI), story(
        A_JINGJI, z7_title, f"{z7_title}_江南网", _ZH_PARAS["jingji"],
        info="发布时间：2026-11-24 16:30　来源：江州市统计局",
        section=("/jj/index.html", "经济"),
        meta=metas("2026-11-24", "123480", "工业增加值,统计", z7_dek),
        editor="责任编辑：李娜",
    ))  # fmt: skip
    site.article(
        url=u(A_JINGJI), site=host, article_id="123480", title=z7_title, description=z7_dek,
        authors=["江南日报"], published_at="2026-11-24T08:30:00Z", published_raw="2026-11-24 16:30", section="jj",
        body=body("jingji"), language="zh",
    )  # fmt: skip

    # Z8: only on /ty/index_1.html, which only TRS's createPageHTML(countPage, currentPage,
    # "index", "html") script names.
    z8_title = "澄江队主场3比1胜临海队 提前一轮夺得省超冠军"
    z8_dek = "澄江队主场以三比一战胜临海队，提前一轮锁定全省足球超级联赛冠军。"
    _add(site, u(A_ZUQIU), story(
        A_ZUQIU, z8_title, f"{z8_title} - 江南日报", _ZH_PARAS["zuqiu"],
        info='<span class="time">2026-11-23 22:48:10</span>　来源：江南日报　作者：林涛',
        section=("/ty/index.html", "体育"),
        meta=metas("2026-11-23", "1129876300", "省超,澄江队,足球", z8_dek),
        editor="责任编辑：孙丽",
    ))  # fmt: skip
    site.article(
        url=u(A_ZUQIU), site=host, article_id="1129876300", title=z8_title, description=z8_dek,
        authors=["林涛"], published_at="2026-11-23T14:48:10Z",
        published_raw="2026-11-23 22:48:10", section="ty", body=body("zuqiu"), language="zh",
    )  # fmt: skip

    # Z9: only in the RSS feed; GBK by header.
    z9_title = "寒潮来袭 江州气温将降8至10摄氏度"
    z9_dek = "受冷空气影响，江州市未来三天气温将下降八到十摄氏度。"
    _add(site, u(A_NUANQI), story(
        A_NUANQI, z9_title, f"{z9_title}_江南网", _ZH_PARAS["nuanqi"],
        info="发布时间：2026-11-23 17:05　来源：江州市气象台",
        section=("/sh/index.html", "社会"),
        meta=metas("2026-11-23", "123300", "寒潮,降温,供暖", z9_dek),
        editor="责任编辑：王喆",
    ))  # fmt: skip
    site.article(
        url=u(A_NUANQI), site=host, article_id="123300", title=z9_title, description=z9_dek,
        authors=["江南日报"], published_at="2026-11-23T09:05:00Z", published_raw="2026-11-23 17:05", section="sh",
        body=body("nuanqi"), language="zh",
    )  # fmt: skip

    # Z10: on /sh/index_1.html behind "下页"; printed "2026年11月24日15:20" without a space.
    z10_title = "青溪区部分区域26日停水12小时"
    z10_dek = "江州市自来水公司将于26日零时至12时对青溪区部分区域暂停供水。"
    _add(site, u(A_SHUIWU), story(
        A_SHUIWU, z10_title, f"{z10_title}_江南网", _ZH_PARAS["shuiwu"],
        info="2026年11月24日15:20　来源：江南日报　记者 王芳",
        section=("/sh/index.html", "社会"),
        meta=metas("2026-11-24", "7654400", "停水,自来水", z10_dek),
        charset=meta_charset, editor="责任编辑：李娜",
    ), UNDECLARED)  # fmt: skip
    site.article(
        url=u(A_SHUIWU), site=host, article_id="7654400", title=z10_title, description=z10_dek,
        authors=["王芳"], published_at="2026-11-24T07:20:00Z", published_raw="2026年11月24日15:20",
        section="sh", body=body("shuiwu"), language="zh",
    )  # fmt: skip

    # A video page and a picture gallery at article-shaped URLs: never items.
    video = "/sp/2026-11/24/c_1129876610.htm"
    _add(site, u(video), page(
        "视频｜江州港新码头首日作业 - 江南日报",
        '<div class="article"><h1 class="title">视频｜江州港新码头首日作业</h1>'
        '<div class="info">2026-11-24 17:00:00　来源：江南日报</div>'
        '<div class="video"><video src="/video/2026-11/24/gangkou.mp4" controls '
        'poster="/video/2026-11/24/gangkou.jpg"></video></div>'
        f"<p>{INDENT}自动化岸桥和无人驾驶集卡在新码头完成首日作业。</p></div>",
        metas("2026-11-24", "1129876610", "视频,江州港", "江州港新码头首日作业视频。"),
    ))  # fmt: skip
    gallery = "/tp/2026-11/24/c_1129876620.htm"
    shots = "".join(
        f'<div class="pic"><img src="/images/2026-11/24/xue_{i}.jpg">'
        f"<p>{INDENT}11月24日，游客在江州古城墙上观赏雪景。当日，江州迎来今冬首场降雪（{i}/6）。"
        "江南日报记者 孙丽 摄</p></div>"
        for i in range(1, 7)
    )
    _add(site, u(gallery), page(
        "组图：江州迎来今冬首场降雪_江南网",
        '<div class="article"><h1 class="title">组图：江州迎来今冬首场降雪</h1>'
        '<div class="info">2026-11-24 18:10:00　来源：江南日报</div>'
        f'<div class="atlas">{shots}</div>'
        '<div class="pages">1/6 <a href="#">上一张</a> <a href="#">下一张</a></div></div>',
        metas("2026-11-24", "1129876620", "降雪,古城墙,组图", "江州迎来今冬首场降雪。"),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /was5/\nDisallow: /member/\nDisallow: /search/\n"
        "Disallow: /*.shtml?print\n"
    ), "text/plain")  # fmt: skip
    rss = (
        '<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel>'
        f"<title>江南日报-要闻</title><link>{JNRB}/</link><description>江南日报要闻</description>"
        "<language>zh-cn</language>"
        f"<item><title>{z9_title}</title><link>{JNRB}{A_NUANQI}</link>"
        f"<description>{z9_dek}</description><pubDate>Mon, 23 Nov 2026 17:05:00 +0800</pubDate>"
        "<author>江南日报</author></item>"
        f"<item><title>{z1_title}</title><link>{JNRB}{A_GANGKOU}</link>"
        f"<description>{z1_dek}</description><pubDate>Tue, 24 Nov 2026 15:05:32 +0800</pubDate>"
        "</item></channel></rss>"
    )
    site.pages.append(Page(u("/rss/jnrb_yaowen.xml"), rss.encode("gbk"), "text/xml"))

    _add(site, u("/"), listing(
        "江南日报", [A_GANGKOU, A_DITIE, video, gallery],
        charset=http_equiv,
    ), UNDECLARED)  # fmt: skip
    next_page = '<a href="index_{n}.html">{label}</a>'
    _add(site, u("/gn/index.html"), listing("国内", [A_GANGKOU, A_DITIE], trs_pager(
        3, 0, next_page.format(n=1, label="下一页") + ' <a href="index_2.html">尾页</a>'
    )))  # fmt: skip
    _add(site, u("/gn/index_1.html"), listing("国内", [A_DITIE], trs_pager(
        3, 1, '<a href="index.html">上一页</a> ' + next_page.format(n=2, label="下一页")
    )))  # fmt: skip
    _add(site, u("/gn/index_2.html"), listing("国内", [A_LVYOU], trs_pager(3, 2)))
    _add(site, u("/sh/index.html"), listing("社会", [A_DAOMI, A_YIYUAN, A_XUEXIAO], (
        '<div class="page"><a href="index_1.html">下页</a></div>'
    ), meta_charset), UNDECLARED)  # fmt: skip
    _add(site, u("/sh/index_1.html"), listing("社会", [A_SHUIWU]))
    _add(site, u("/jj/index.html"), listing("经济", [A_JINGJI]))
    _add(site, u("/ty/index.html"), listing("体育", [], trs_pager(2, 0)))
    _add(site, u("/ty/index_1.html"), listing("体育", [A_ZUQIU], trs_pager(2, 1)))
    _add(site, u("/tp/index.html"), listing("图片", [gallery]))
    _add(site, u("/sp/index.html"), listing("视频", [video]))
    site.never_requested |= {
        u("/member/login.html"),
        *(u(f"/was5/web/search?searchword={quote(k)}&channelid=2") for k in ("江州港", "集装箱")),
    }
    return site
