"""Page chrome of the synthetic site: generated CSS, JS, inline SVG icons, menus and footer.

Calibrated on the composition of the real 2021 home page (measured, not copied): about
1,900 elements and 360 links in 390 KB, of which ~37% inline SVG icons, ~9% <head>,
~6% inline scripts, ~4.5% inline CSS, ~18% white-space runs, header + menus + footer ~11%.
"""

from __future__ import annotations

import json
import random
from functools import cached_property
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.site import ArticleMeta, Site

_CSS_PROPS = (
    "display:flex", "display:block", "display:none", "position:relative", "position:absolute",
    "margin:0 auto", "padding:4px 12px", "padding:0", "color:#333", "color:#1a1a1a",
    "background:#fff", "background:#f4f4f4", "font-size:14px", "font-size:18px",
    "line-height:1.5", "font-weight:700", "border-bottom:1px solid #e5e5e5", "width:100%",
    "max-width:1280px", "overflow:hidden", "text-overflow:ellipsis", "white-space:nowrap",
    "justify-content:space-between", "align-items:center", "z-index:99", "top:0", "left:0",
    "transition:all .3s ease", "cursor:pointer", "border-radius:4px", "height:auto",
)  # fmt: skip
_MEGA_MENU = (
    "india",
    "world",
    "politics",
    "business",
    "tech",
    "sports",
    "entertainment",
    "health",
    "opinion",
    "explainers",
    "lifestyle",
    "web stories",
)
_TOPICS = (
    "elections",
    "monsoon",
    "budget",
    "cricket",
    "bollywood",
    "startups",
    "space",
    "markets",
    "defence",
    "climate",
    "education",
    "healthcare",
    "railways",
    "farmers",
    "inflation",
    "ai",
    "smartphones",
    "football",
    "tennis",
    "movies",
    "music",
    "travel",
    "food",
    "science",
)
_ICONS = ("fb", "tw", "wa", "ln", "cp", "yt", "ig", "tg", "bell", "search", "menu", "close")


def _token(rng: random.Random, low: int = 4, high: int = 9) -> str:
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(low, high)))


def _svg_path(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        command = rng.choice("MLCcslhvQqz")
        parts.append(command + ",".join(f"{rng.uniform(0, 24):.3f}" for _ in range(4)))
    return "".join(parts)


class Chrome:
    """Shared filler for every page of one site, generated once from the site's seed."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.rng = random.Random(site.seed + 17)

    @cached_property
    def css(self) -> str:
        rng, rules = self.rng, list[str]()
        while sum(len(rule) for rule in rules) < 28_000:
            selector = ".".join(("", _token(rng), _token(rng)))
            rules.append(f"{selector}{{{';'.join(rng.sample(_CSS_PROPS, rng.randint(3, 7)))}}}")
            if rng.random() < 0.05:
                rules.append("@media (max-width:768px){" + rules[-1] + "}")
        return "\n".join(rules)

    def _js(self, size: int) -> str:
        rng, lines = self.rng, list[str]()
        while sum(len(line) for line in lines) < size:
            name, var = _token(rng), _token(rng, 1, 3)
            lines.append(
                f"function fp_{name}({var},b){{var c=document.querySelectorAll('.{_token(rng)}');"
                f"for(var i=0;i<c.length;i++){{c[i].setAttribute('data-{_token(rng)}',{var}+i);"
                f"if(b&&c[i].offsetTop>{rng.randint(10, 900)}){{c[i].classList.add('{_token(rng)}')}}}}"
                f"return c.length*{rng.randint(2, 99)}}}"
            )
        return "\n".join(lines)

    @cached_property
    def head_js(self) -> str:
        return self._js(9_000)

    @cached_property
    def vendor_js(self) -> str:
        return self._js(22_000)

    @cached_property
    def icons(self) -> dict[str, str]:
        rng, icons = self.rng, {}
        for name in _ICONS:
            shapes = "".join(
                f'<path fill="#{rng.randrange(16**6):06x}" d="{_svg_path(rng, rng.randint(40, 200))}"/>'
                for _ in range(rng.randint(2, 5))
            )
            icons[name] = (
                f'<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
                f'class="ic-{name}"><g fill="none" fill-rule="evenodd"><rect width="24" height="24" '
                f'rx="4" fill="#{rng.randrange(16**6):06x}"/><g transform="translate(4 4)">{shapes}'
                "</g></g></svg>"
            )
        return icons

    def share(self, url: str) -> str:
        icons = self.icons
        return "".join(
            f'\n        <a class="share-{name}" data-url="{url}" href="javascript:void(0)">{icons[name]}</a>'
            for name in ("fb", "tw", "wa", "cp")
        )

    @cached_property
    def header(self) -> str:
        site, icons = self.site, self.icons
        nav = "".join(
            f'\n          <li><a href="{site.section_url(name)}">{name.capitalize()}</a></li>'
            for name, _ in site.sections
        )
        extra = "".join(
            f'\n          <li class="nav-media"><a href="/{kind}/{name}/">{kind} {name}</a></li>'
            for kind in ("videos", "photos")
            for name, _ in site.sections[:6]
        )
        rng = random.Random(site.seed + 5)
        mega = "".join(
            f'\n          <li class="dropdown"><span>{name.capitalize()}</span><ul class="sub-menu">'
            + "".join(
                f'<li><a href="/tag/{word}/">{word.capitalize()}</a></li>'
                for word in rng.sample(_TOPICS, 9)
            )
            + "</ul></li>"
            for name in _MEGA_MENU
        )
        side = "".join(
            f'\n        <li><a href="{site.section_url(name)}">{icons["menu"]}{name.upper()}</a></li>'
            for name, _ in site.sections
        )
        return f"""
  <div class="header-sticky">
    <header>
      <a class="logo" href="/" title="Firstpost">{icons["bell"]}</a>
      <nav class="main-nav">
        <ul class="nav-list">{nav}{extra}
        </ul>
        <ul class="mega-menu">{mega}
        </ul>
      </nav>
      <div class="header-icons">{icons["search"]}{icons["menu"]}{icons["bell"]}</div>
    </header>
  </div>
  <div class="sidenav-wrap"><div id="mySidenav" class="sidenav">
      <a href="javascript:void(0)" class="closebtn">{icons["close"]}</a>
      <ul class="tab-container">{side}
      </ul>
  </div></div>"""

    @cached_property
    def footer(self) -> str:
        site, icons = self.site, self.icons
        links = "".join(
            f'\n        <li><a href="{site.section_url(name)}">{name.capitalize()} News</a></li>'
            for name, _ in site.sections
        )
        corporate = "".join(
            f'\n        <li><a href="/{slug}/">{slug.replace("-", " ").title()}</a></li>'
            for slug in ("about-us", "contact-us", "privacy-policy", "terms-of-use",
                         "cookie-policy", "advertise-with-us", "newsletter")
        )  # fmt: skip
        social = "".join(
            f'<a href="https://{name}.example.org/firstpost" rel="nofollow">{icons[name]}</a>'
            for name in ("fb", "tw", "yt", "ig", "ln", "tg")
        )
        return f"""
  <footer class="footer"><div class="container">
    <div class="footer-link-wrap"><ul class="footer-links">{links}{corporate}
    </ul></div>
    <div class="social-links">{social}</div>
    <p class="copyright">Copyright &copy; 2026 Firstpost. All rights reserved.</p>
  </div></footer>"""

    def card(self, article: ArticleMeta, style: str) -> str:
        """A story card; "category" is the FP2.0 ``div.big-thumb``, "section" the current one."""
        title = escape(article.title)
        img = f"https://images.firstpost.com/uploads/2025/{article.article_id % 12 + 1:02d}/{article.slug[:40]}.jpg"
        if style == "category":
            return f"""
    <div class="big-thumb">
      <a class="thumb-img" href="{article.url}" title="{title}"><img class="fp-lazy" src="/static/images/fplogo_placeholder_640x362.jpg" data-src="{img}?impolicy=website&amp;width=300&amp;height=170" alt="{title}" width="300" height="170"></a>
      <div class="title-wrap">
        <a class="category-name" href="{self.site.section_url(article.section)}">{article.section.capitalize()}</a>
        <h3 class="main-title"><a href="{article.url}" title="{title}">{title}</a></h3>
        <p class="copy">{escape(article.summary)}</p>
        <div class="share-wrap">{self.share(article.url)}
        </div>
      </div>
    </div>"""
        return f"""
    <div class="en-nw-wrap">
      <a class="en-nw-list" href="{article.path}"><div class="img-wrap"><img src="{img}?im=FitAndFill=(596,336)" alt="{title}" loading="lazy" width="596" height="336"></div>
        <h3 class="en-nw-ttl">{title}</h3></a>
      <p class="en-nw-desc">{escape(article.summary)}</p>
      <div class="share-wrap">{self.share(article.url)}
      </div>
    </div>"""

    @cached_property
    def sidebar(self) -> str:
        """Trending links and "most read" cards: the same on every page, as on news sites."""
        newest = self.site.articles[:16]
        links = "".join(
            f'\n      <li><a class="trend-text-title" href="{a.url}">{escape(a.title)}</a></li>'
            for a in newest[:10]
        )
        cards = "".join(self.card(a, "section") for a in newest[10:])
        return (
            f'\n  <aside class="sidebar"><div class="trending-block"><h4>Trending</h4><ul>{links}'
            f'\n  </ul></div><div class="most-read"><h4>Most read</h4>{cards}\n  </div></aside>'
        )

    def state(self, rng: random.Random, related: list[ArticleMeta], page: str) -> str:
        """The inline JSON page state many news front-ends ship (``window.__FP_STATE__``)."""
        data: dict[str, Any] = {
            "page": page,
            "ads": {f"slot_{i}": f"/1039154/FSTPST_ENG/{_token(rng)}/{_token(rng)}" for i in range(12)},
            "related": [
                {"id": a.article_id, "headline": a.title, "intro": a.summary, "weburl": a.url,
                 "section": a.section, "epoch": int(a.published.timestamp())}
                for a in related
            ],
        }  # fmt: skip
        return json.dumps(data, separators=(",", ":")).replace("</", "<\\/")

    def page(self, *, title: str, head: str, main: str, state: str, body_class: str) -> str:
        """A whole HTML document around ``main``."""
        org = json.dumps(
            {"@context": "https://schema.org", "@type": "Organization", "name": "Firstpost",
             "url": "https://www.firstpost.com/", "logo": "https://www.firstpost.com/static/images/fp-logo.png",
             "sameAs": [f"https://{n}.example.org/firstpost" for n in ("fb", "tw", "yt")]}
        )  # fmt: skip
        preload = "".join(
            f'\n  <link rel="preload" as="script" href="/static/js/{name}.{self.site.seed}.js">'
            for name in ("vendor", "main", "ads", "analytics", "comments", "video")
        )
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(title)}</title>{head}{preload}
  <link rel="stylesheet" href="/static/css/main-fp.css">
  <style>{self.css}</style>
  <script>{self.head_js}</script>
  <script type="application/ld+json">{org}</script>
</head>
<body class="{body_class}">
<div class="home-wrapper">{self.header}
  <div class="container"><div class="main-container">
  <div class="main-content">{main}
  </div>{self.sidebar}
  </div></div>{self.footer}
</div>
<script>window.__FP_STATE__={state};</script>
<script>{self.vendor_js}</script>
</body>
</html>
"""
