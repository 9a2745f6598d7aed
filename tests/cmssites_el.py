# ruff: noqa: RUF001, RUF002, RUF003  (Greek letters that look like Latin ones)
"""I Foni tou Aigaiou: a recorded Greek news site for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras, person

FONI = "https://www.fonitouaigaiou.example"
_SITE = "Η Φωνή του Αιγαίου"

_EL_PARAS = {
    "limani": [
        "Το δημοτικό συμβούλιο της Νέας Κυθνούπολης ενέκρινε χθες το βράδυ τη μελέτη για τον νέο παραλιακό δρόμο που θα συνδέει το λιμάνι με τη βιομηχανική ζώνη.",
        "Ο δρόμος θα έχει μήκος τρία χιλιόμετρα και θα απομακρύνει τα φορτηγά από το ιστορικό κέντρο της πόλης, όπου η κίνηση τις πρωινές ώρες είναι ασφυκτική.",
        "Το κόστος του έργου υπολογίζεται σε δώδεκα εκατομμύρια ευρώ και θα καλυφθεί κατά το μεγαλύτερο μέρος από το περιφερειακό πρόγραμμα.",
        "Οι κάτοικοι της συνοικίας Αγίου Στεφάνου ζητούν πάντως να κατασκευαστεί και ηχοπέτασμα, ώστε να μην επιβαρυνθούν οι γειτονιές τους.",
    ],
    "ladi": [
        "Η τιμή του ελαιολάδου στα πρατήρια των συνεταιρισμών του νησιού υποχώρησε για τρίτη συνεχόμενη εβδομάδα, καθώς η φετινή σοδειά αποδείχθηκε πλουσιότερη από το αναμενόμενο.",
        "Οι παραγωγοί εκτιμούν ότι η συγκομιδή θα ξεπεράσει τους τέσσερις χιλιάδες τόνους, σχεδόν διπλάσια ποσότητα σε σχέση με πέρυσι.",
        "Πώς θα επηρεάσει αυτό το εισόδημα των μικρών παραγωγών; Ο πρόεδρος του συνεταιρισμού απαντά ότι οι εξαγωγές θα αντισταθμίσουν τη μείωση της τιμής.",
    ],
    "paralies": [
        "Δεκαεπτά παραλίες του νομού απέκτησαν φέτος γαλάζια σημαία, τέσσερις περισσότερες από την προηγούμενη χρονιά, σύμφωνα με τον ετήσιο κατάλογο.",
        "Ανάμεσά τους είναι για πρώτη φορά η Μαύρη Άμμος και ο όρμος της Αγίας Ειρήνης, όπου ο δήμος κατασκεύασε πέρυσι ράμπες πρόσβασης.",
        "Οι ναυαγοσώστες θα βρίσκονται στις παραλίες από τις δέκα το πρωί έως τις έξι το απόγευμα, μέχρι τα τέλη Σεπτεμβρίου.",
    ],
    "ploia": [
        "Το υπουργείο Ναυτιλίας ανακοίνωσε το θερινό πρόγραμμα των ακτοπλοϊκών γραμμών, με δύο επιπλέον δρομολόγια την εβδομάδα προς τα μικρά νησιά.",
        "Τα νέα δρομολόγια θα ξεκινήσουν από την πρώτη Μαΐου και θα εκτελούνται κάθε Τρίτη και Παρασκευή από το λιμάνι της Νέας Κυθνούπολης.",
        "Οι δήμαρχοι των νησιών χαιρέτισαν την απόφαση, αλλά ζητούν να συνεχιστούν τα δρομολόγια και τον χειμώνα.",
    ],
    "seismos": [
        "Σεισμική δόνηση μεγέθους 4,6 βαθμών της κλίμακας Ρίχτερ σημειώθηκε το πρωί στη θαλάσσια περιοχή νότια του νησιού, χωρίς να προκληθούν ζημιές.",
        "Σύμφωνα με το Γεωδυναμικό Ινστιτούτο, το εστιακό βάθος ήταν δεκαοκτώ χιλιόμετρα και ο σεισμός έγινε αισθητός σε όλα τα γειτονικά νησιά.",
        "Οι σεισμολόγοι εκτιμούν ότι πρόκειται για μεμονωμένο γεγονός και συστήνουν ψυχραιμία στους κατοίκους.",
    ],
    "mouseio": [
        "Το Λαογραφικό Μουσείο της πόλης ανοίγει ξανά τις πόρτες του το Σάββατο, ύστερα από δύο χρόνια εργασιών αποκατάστασης στο διατηρητέο κτίριο.",
        "Στις νέες αίθουσες παρουσιάζονται για πρώτη φορά υφαντά και κεντήματα από τα χωριά της ενδοχώρας, που δώρισαν οικογένειες της περιοχής.",
        "Η είσοδος θα είναι ελεύθερη τον πρώτο μήνα λειτουργίας.",
    ],
    "basket": [
        "Ο Αιγαίος νίκησε τον Πανθεσσαλικό με 82-76 στο κλειστό γήπεδο της Νέας Κυθνούπολης και παραμένει αήττητος στο πρωτάθλημα.",
        "Καθοριστικός ήταν ο Στέλιος Μαυρίδης, που σημείωσε είκοσι τέσσερις πόντους, με έξι εύστοχα τρίποντα.",
        "Η ομάδα θα αγωνιστεί την ερχόμενη Κυριακή εκτός έδρας στη Λάρισα.",
    ],
    "nosokomeio": [
        "Σε λειτουργία τέθηκε η νέα πτέρυγα του Γενικού Νοσοκομείου, με σαράντα κλίνες και σύγχρονη μονάδα αιμοκάθαρσης.",
        "Η διοίκηση του νοσοκομείου ανακοίνωσε ότι θα προσληφθούν δεκαπέντε νοσηλευτές έως το τέλος του χρόνου.",
        "Οι ασθενείς της αιμοκάθαρσης δεν θα χρειάζεται πλέον να ταξιδεύουν με το πλοίο για τη θεραπεία τους.",
    ],
    "kalokairi": [
        "Οι αφίξεις τουριστών στο αεροδρόμιο του νησιού τον Ιούλιο ξεπέρασαν κάθε προηγούμενο, σύμφωνα με τα στοιχεία της υπηρεσίας πολιτικής αεροπορίας.",
        "Οι ξενοδόχοι αναφέρουν πληρότητα πάνω από ενενήντα τοις εκατό, ενώ οι τιμές στα ενοικιαζόμενα δωμάτια αυξήθηκαν κατά δέκα τοις εκατό.",
        "Ο δήμος ενίσχυσε τη συγκοινωνία προς τις παραλίες με τρία επιπλέον λεωφορεία.",
    ],
}


def foni_tou_aigaiou() -> CmsSite:
    """A Greek regional news site on Athens' clock (EET +02:00 in winter, EEST +03:00 in
    summer, with the EU's change dates): ``/<ενότητα>/<id>/<greeklish-slug>/`` and
    ``/article/<id>/<slug>`` URLs, dates printed "29.11.2026 | 15:05", "29 Νοεμβρίου 2026,
    15:05", in accent-less capitals "15 ΙΟΥΛΙΟΥ 2026, 11:30", abbreviated "Παρ, 20 Μαρ 2026
    10:00", with EET/EEST, "πριν από 2 ώρες", "Τελευταία ενημέρωση:" and "Ενημερώθηκε:"
    update lines; JSON-LD with offsets and one without a zone (in the week the US had changed
    its clocks and the EU had not); genitive bylines "Του ..."/"Της ...", "Γράφει η ...", names
    joined by "και", ΑΠΕ-ΜΠΕ and Reuters credits; "Διαβάστε επίσης:" lines and "ΔΙΑΦΗΜΙΣΗ"
    labels in the body, "Ετικέτες:" tags, the Greek question mark in a title, ``?page=2`` and
    ``/page/2/`` pagination, a news sitemap, an RSS feed, video, gallery, tag and author pages."""
    site = CmsSite(
        "foni-tou-aigaiou", FONI + "/", datetime.fromisoformat("2026-11-29T16:00:00+00:00")
    )
    u = FONI.__add__
    host = "fonitouaigaiou.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="el"><head><meta charset="utf-8">'
            f"<title>{title} | {_SITE}</title>"
            f'<meta property="og:site_name" content="{_SITE}">'
            f'<meta property="og:locale" content="el_GR">{extra}</head><body>'
            '<header><a class="logo" href="/">Η Φωνή του Αιγαίου</a><nav class="main-menu"><ul>'
            '<li><a href="/politiki/">Πολιτική</a></li><li><a href="/oikonomia/">Οικονομία</a></li>'
            '<li><a href="/kosmos/">Κόσμος</a></li><li><a href="/athlitika/">Αθλητικά</a></li>'
            '<li><a href="/politismos/">Πολιτισμός</a></li>'
            '<li><a href="/vinteo/">Βίντεο</a></li><li><a href="/fotografies/">Φωτογραφίες</a></li>'
            '<li><a href="/anazitisi/?q=">Αναζήτηση</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/epikoinonia/">Επικοινωνία</a> <a href="/oroi-xrisis/">Όροι χρήσης</a>'
            "<p>© 2026 Η Φωνή του Αιγαίου. Με την επιφύλαξη παντός δικαιώματος.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: str = "") -> str:
        cards = "".join(
            f'<article class="card"><h3><a href="{href}">Είδηση</a></h3>'
            '<span class="card-time">πριν από 3 ώρες</span></article>'
            for href in links
        )
        pager = (
            f'<div class="pagination"><a class="next" href="{more}">Επόμενη σελίδα »</a></div>'
            if more
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="list">{cards}</div>{pager}</main>')

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        section_el: str,
        section: str,
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        tag_label: str = "Ετικέτες:",
        tag_href: str = "/tags/{}/",
    ) -> str:
        tag_links = "".join(f'<li><a href="{tag_href.format(s)}">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><div class="breadcrumbs"><a href="/">Αρχική</a> › '
            f'<a href="/{section}/">{section_el}</a></div>'
            f'<article class="article-single"><h1 class="article-title">{title}</h1>'
            f'<p class="article-lead">{dek}</p><div class="article-author">{byline}</div>'
            f'<div class="article-date">{dates}</div>'
            f'<div class="article-text">{body_html}</div>'
            f'<div class="article-tags"><strong>{tag_label}</strong><ul>{tag_links}</ul></div>'
            '<div class="share-buttons"><a href="https://social.example/share?u=x">Κοινοποίηση</a>'
            "</div></article>"
            '<aside class="most-read"><h2>Δημοφιλή</h2><ol>'
            f'<li><a href="{E1}">Νέος παραλιακός δρόμος για το λιμάνι</a></li></ol></aside>'
            "</main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{FONI}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def ad(n: int) -> str:
        # An ad-inserter block: its class names no ad, only the label says so.
        return f'<div class="code-block code-block-{n}"><p>ΔΙΑΦΗΜΙΣΗ</p><div id="inread-{n}"></div></div>'

    def read_also(href: str, text: str) -> str:
        return f'<p><strong>Διαβάστε επίσης:</strong> <a href="{href}">{text}</a></p>'

    def news_ld(title: str, dek: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "inLanguage": "el",
            "publisher": {"@type": "NewsMediaOrganization", "name": _SITE},
            **more,
        }

    def author(name: str, slug: str) -> str:
        return f'<a href="/author/{slug}/">{name}</a>'

    img = FONI + "/uploads/2026/"

    # E1: "Του" + genitive name, JSON-LD published at +02:00 with no dateModified; the update
    # is printed only, after "Τελευταία ενημέρωση:"; a "Διαβάστε επίσης:" line and a ΔΙΑΦΗΜΙΣΗ
    # block inside the text.
    e1_title = "Νέος παραλιακός δρόμος θα συνδέει το λιμάνι με τη βιομηχανική ζώνη"
    e1_dek = "Εγκρίθηκε η μελέτη για το έργο των δώδεκα εκατομμυρίων ευρώ."
    limani = _EL_PARAS["limani"]
    site.add(u(E1), story(
        E1, e1_title, e1_dek,
        paras(limani[:2]) + ad(1) + read_also(E2, "Πέφτει η τιμή του ελαιολάδου")
        + paras(limani[2:]),
        dates='<time>29.11.2026 | 15:05</time> '
        '<span class="updated">Τελευταία ενημέρωση: 29.11.2026 | 17:40</span>',
        byline="Του " + author("Γιώργου Παπαδόπουλου", "giorgos-papadopoulos"),
        section_el="Πολιτική", section="politiki",
        tags=[("limani", "Λιμάνι"), ("nea-kythnoupoli", "Νέα Κυθνούπολη")],
        image=img + "11/limani.jpg",
        ld=news_ld(e1_title, e1_dek, datePublished="2026-11-29T15:05:00+02:00",
                   image={"@type": "ImageObject", "url": img + "11/limani.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(E1), site=host, article_id="561234567", title=e1_title, description=e1_dek,
        authors=["Γιώργου Παπαδόπουλου"], published_at="2026-11-29T13:05:00Z",
        published_raw="2026-11-29T15:05:00+02:00", modified_at="2026-11-29T15:40:00Z",
        modified_raw="29.11.2026 | 17:40", section="politiki",
        tags=["Λιμάνι", "Νέα Κυθνούπολη"], body="\n\n".join(limani),
        image_url=img + "11/limani.jpg", language="el",
    )  # fmt: skip

    # E2: no JSON-LD, only "29 Νοεμβρίου 2026, 09:10" and "Ενημερώθηκε: 29 Νοεμβρίου 2026,
    # 11:25" (zoneless: Athens, +02:00); "Της Μαρίας Κ."; a question in the text with the
    # Greek question mark (U+037E).
    e2_title = "Πέφτει για τρίτη εβδομάδα η τιμή του ελαιολάδου"
    e2_dek = "Η πλούσια σοδειά πιέζει τις τιμές στους συνεταιρισμούς."
    ladi = [p.replace(";", "\u037e") for p in _EL_PARAS["ladi"]]
    site.add(u(E2), story(
        E2, e2_title, e2_dek, paras(ladi[:1]) + ad(2) + paras(ladi[1:]),
        dates="<span>29 Νοεμβρίου 2026, 09:10</span> "
        "<span>Ενημερώθηκε: 29 Νοεμβρίου 2026, 11:25</span>",
        byline="Της " + author("Μαρίας Κ.", "maria-k"),
        section_el="Οικονομία", section="oikonomia", tags=[("elaiolado", "Ελαιόλαδο")],
    ))  # fmt: skip
    site.article(
        url=u(E2), site=host, article_id="561234570", title=e2_title, description=e2_dek,
        authors=["Μαρίας Κ."], published_at="2026-11-29T07:10:00Z",
        published_raw="29 Νοεμβρίου 2026, 09:10", modified_at="2026-11-29T09:25:00Z",
        modified_raw="29 Νοεμβρίου 2026, 11:25", section="oikonomia", tags=["Ελαιόλαδο"],
        body="\n\n".join(ladi), language="el",
    )  # fmt: skip

    # E3: a July article at /article/<id>/<slug>; its only date is printed in accent-less
    # capitals (EEST, +03:00); "Γράφει η ..."; the section is its article:section, as written
    # (the URL names none).
    e3_title = "Ρεκόρ αφίξεων τουριστών τον Ιούλιο στο αεροδρόμιο του νησιού"
    e3_dek = "Πληρότητα πάνω από 90% στα ξενοδοχεία."
    kal = _EL_PARAS["kalokairi"]
    site.add(u(E3), story(
        E3, e3_title, e3_dek, paras(kal),
        dates="<span>15 ΙΟΥΛΙΟΥ 2026, 11:30</span>",
        byline="Γράφει η " + author("Ελένη Σταύρου", "eleni-stavrou"),
        section_el="Οικονομία", section="oikonomia", tags=[("tourismos", "Τουρισμός")],
        meta='<meta property="article:section" content="Οικονομία">',
    ))  # fmt: skip
    site.article(
        url=u(E3), site=host, article_id="12345", title=e3_title, description=e3_dek,
        authors=["Ελένη Σταύρου"], published_at="2026-07-15T08:30:00Z",
        published_raw="15 ΙΟΥΛΙΟΥ 2026, 11:30", section="οικονομία", tags=["Τουρισμός"],
        body="\n\n".join(kal), language="el",
    )  # fmt: skip

    # E4: the week the US had moved its clocks and the EU had not (Friday 20 March 2026): the
    # JSON-LD date has no zone, Athens is still on EET (+02:00); printed "Παρ, 20 Μαρ 2026
    # 10:00"; a title with the Greek question mark (U+037E).
    e4_title = "Περισσότερα πλοία για τα μικρά νησιά από τον Μάιο\u037e"
    e4_dek = "Δύο επιπλέον δρομολόγια την εβδομάδα στο θερινό πρόγραμμα."
    ploia = _EL_PARAS["ploia"]
    site.add(u(E4), story(
        E4, e4_title, e4_dek, paras(ploia[:2]) + read_also(E1, "Νέος παραλιακός δρόμος")
        + paras(ploia[2:]),
        dates="<span>Παρ, 20 Μαρ 2026 10:00</span>",
        byline="Του " + author("Νίκου Αλεξίου", "nikos-alexiou") + " και της "
        + author("Σοφίας Δημητρίου", "sofia-dimitriou"),
        section_el="Πολιτική", section="politiki", tags=[("aktoploia", "Ακτοπλοΐα")],
        image=img + "03/ploio.jpg",
        ld=news_ld(e4_title, e4_dek, datePublished="2026-03-20T10:00:00",
                   author=[person("Νίκος Αλεξίου"), person("Σοφία Δημητρίου")]),
    ))  # fmt: skip
    site.article(
        url=u(E4), site=host, article_id="561230011", title=e4_title, description=e4_dek,
        authors=["Νίκος Αλεξίου", "Σοφία Δημητρίου"], published_at="2026-03-20T08:00:00Z",
        published_raw="2026-03-20T10:00:00", section="politiki", tags=["Ακτοπλοΐα"],
        body="\n\n".join(ploia), image_url=img + "03/ploio.jpg", language="el",
    )  # fmt: skip

    # E5: agency copy credited "ΑΠΕ-ΜΠΕ" on the byline line alone (JSON-LD names no author);
    # JSON-LD at +02:00 and "Κυρ, 29 Νοε 2026 12:20".
    e5_title = "Σεισμός 4,6 Ρίχτερ νότια του νησιού χωρίς ζημιές"
    e5_dek = "Αισθητός σε όλα τα γειτονικά νησιά."
    seismos = _EL_PARAS["seismos"]
    site.add(u(E5), story(
        E5, e5_title, e5_dek, paras(seismos),
        dates="<span>Κυρ, 29 Νοε 2026 12:20</span>",
        byline='<span class="source">ΑΠΕ-ΜΠΕ</span>',
        section_el="Κόσμος", section="kosmos", tags=[("seismos", "Σεισμός")],
        ld=news_ld(e5_title, e5_dek, datePublished="2026-11-29T12:20:00+02:00",
                   dateModified="2026-11-29T12:45:00+02:00"),
    ))  # fmt: skip
    site.article(
        url=u(E5), site=host, article_id="561234580", title=e5_title, description=e5_dek,
        authors=["ΑΠΕ-ΜΠΕ"], published_at="2026-11-29T10:20:00Z",
        published_raw="2026-11-29T12:20:00+02:00", modified_at="2026-11-29T10:45:00Z",
        modified_raw="2026-11-29T12:45:00+02:00", section="kosmos", tags=["Σεισμός"],
        body="\n\n".join(seismos), language="el",
    )  # fmt: skip

    # E6: a May article, JSON-LD at +03:00 and printed "15 Μαΐου 2026, 09:30"; Reuters copy;
    # only on the second page of /kosmos/ (?page=2).
    e6_title = "Γαλάζιες σημαίες σε δεκαεπτά παραλίες του νομού"
    e6_dek = "Τέσσερις περισσότερες από πέρυσι."
    par = _EL_PARAS["paralies"]
    site.add(u(E6), story(
        E6, e6_title, e6_dek, paras(par[:1]) + ad(3) + paras(par[1:]),
        dates="<span>15 Μαΐου 2026, 09:30</span>",
        byline='<span class="source">Reuters</span>',
        section_el="Κόσμος", section="kosmos", tags=[("paralies", "Παραλίες")],
        image=img + "05/paralia.jpg",
        ld=news_ld(e6_title, e6_dek, datePublished="2026-05-15T09:30:00+03:00",
                   dateModified="2026-05-16T08:00:00+03:00",
                   author={"@type": "Organization", "name": "Reuters"}),
    ))  # fmt: skip
    site.article(
        url=u(E6), site=host, article_id="561220044", title=e6_title, description=e6_dek,
        authors=["Reuters"], published_at="2026-05-15T06:30:00Z",
        published_raw="2026-05-15T09:30:00+03:00", modified_at="2026-05-16T05:00:00Z",
        modified_raw="2026-05-16T08:00:00+03:00", section="kosmos", tags=["Παραλίες"],
        body="\n\n".join(par), image_url=img + "05/paralia.jpg", language="el",
    )  # fmt: skip

    # E7: printed "ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ" only, in capitals without accents (two hours before the
    # crawl); in no sitemap; a
    # plain-text "Γράφει ο ..." byline.
    e7_title = "Ο Αιγαίος νίκησε τον Πανθεσσαλικό και μένει αήττητος"
    e7_dek = "Είκοσι τέσσερις πόντους ο Μαυρίδης."
    basket = _EL_PARAS["basket"]
    site.add(u(E7), story(
        E7, e7_title, e7_dek, paras(basket),
        dates='<span class="time-ago">ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ</span>',
        byline='<p class="byline">Γράφει ο Κώστας Ηλιόπουλος</p>',
        section_el="Αθλητικά", section="athlitika", tags=[("aigaios", "Αιγαίος")],
    ))  # fmt: skip
    site.article(
        url=u(E7), site=host, article_id="561234599", title=e7_title, description=e7_dek,
        authors=["Κώστας Ηλιόπουλος"], published_at="2026-11-29T14:00:00Z",
        published_raw="ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ", section="athlitika", tags=["Αιγαίος"],
        body="\n\n".join(basket), language="el",
    )  # fmt: skip

    # E8: an August article printed with its abbreviation "02.08.2026 18:45 EEST" and no
    # JSON-LD; a plain-text byline of two genitive names, "Της A και του B"; only on
    # /politismos/page/2/.
    e8_title = "Ξανανοίγει το Λαογραφικό Μουσείο μετά από δύο χρόνια"
    e8_dek = "Ελεύθερη είσοδος τον πρώτο μήνα."
    mouseio = _EL_PARAS["mouseio"]
    site.add(u(E8), story(
        E8, e8_title, e8_dek, paras(mouseio),
        dates="<span>02.08.2026 18:45 EEST</span>",
        byline='<span class="author-name">Της Άννας Μιχαηλίδου και του Πέτρου Ζαχαρίου</span>',
        section_el="Πολιτισμός", section="politismos", tags=[("mouseia", "Μουσεία")],
    ))  # fmt: skip
    site.article(
        url=u(E8), site=host, article_id="561225500", title=e8_title, description=e8_dek,
        authors=["Άννας Μιχαηλίδου", "Πέτρου Ζαχαρίου"], published_at="2026-08-02T15:45:00Z",
        published_raw="02.08.2026 18:45 EEST", section="politismos", tags=["Μουσεία"],
        body="\n\n".join(mouseio), language="el",
    )  # fmt: skip

    # E9: capitals without accents in November with EET; a Greeklish /article/ slug; its tags
    # are links to the site's search (disallowed by robots.txt) under "ΕΤΙΚΕΤΕΣ:"; the
    # section is its article:section, as written.
    e9_title = "Σε λειτουργία η νέα πτέρυγα του Γενικού Νοσοκομείου"
    e9_dek = "Σαράντα κλίνες και μονάδα αιμοκάθαρσης."
    nos = _EL_PARAS["nosokomeio"]
    site.add(u(E9), story(
        E9, e9_title, e9_dek, paras(nos),
        dates="<span>28 ΝΟΕΜΒΡΙΟΥ 2026, 19:50 EET</span>",
        byline="Του " + author("Γιώργου Παπαδόπουλου", "giorgos-papadopoulos"),
        section_el="Πολιτική", section="politiki",
        tags=[("υγεία", "Υγεία"), ("νοσοκομείο", "Νοσοκομείο")],
        tag_label="ΕΤΙΚΕΤΕΣ:", tag_href="/anazitisi/?q={}",
        meta='<meta property="article:section" content="Πολιτική">',
    ))  # fmt: skip
    site.article(
        url=u(E9), site=host, article_id="12388", title=e9_title, description=e9_dek,
        authors=["Γιώργου Παπαδόπουλου"], published_at="2026-11-28T17:50:00Z",
        published_raw="28 ΝΟΕΜΒΡΙΟΥ 2026, 19:50 EET", section="πολιτική",
        tags=["Υγεία", "Νοσοκομείο"],
        body="\n\n".join(nos), language="el",
    )  # fmt: skip

    # Video and gallery pages at article-shaped URLs: never items.
    video = "/vinteo/561234600/to-limani-apo-psila/"
    site.add(u(video), page(
        "Βίντεο: το λιμάνι από ψηλά",
        "<main><article><h1>Βίντεο: το λιμάνι από ψηλά</h1><span>29.11.2026 | 10:00</span>"
        '<video src="/media/limani.mp4" controls></video>'
        "<p>Εικόνες από drone πάνω από το λιμάνι της πόλης.</p></article></main>",
        f'<link rel="canonical" href="{FONI}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Βίντεο: το λιμάνι από ψηλά",
               "uploadDate": "2026-11-29T10:00:00+02:00"}),
    ))  # fmt: skip
    video2 = "/video/561234601/agonas-basket/"
    site.add(u(video2), page(
        "Τα καλύτερα του αγώνα",
        "<main><article><h1>Τα καλύτερα του αγώνα</h1>"
        '<video src="/media/basket.mp4" controls></video></article></main>',
        f'<link rel="canonical" href="{FONI}{video2}"><meta property="og:type" content="video.other">',
    ))  # fmt: skip
    gallery = "/fotografies/561234610/to-panigyri-se-eikones/"
    figures = "".join(
        f'<figure><img src="/uploads/2026/11/panigyri-{i}.jpg" alt="Πανηγύρι">'
        f"<figcaption>Το πανηγύρι του Αγίου Ανδρέα ({i} από 8).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(gallery), page(
        "Το πανηγύρι σε εικόνες",
        f"<main><article><h1>Το πανηγύρι σε εικόνες</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{FONI}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Το πανηγύρι σε εικόνες", "datePublished": "2026-11-28T12:00:00+02:00"}),
    ))  # fmt: skip
    gallery2 = "/photos/561234611/xionia-sta-vouna/"
    site.add(u(gallery2), page(
        "Χιόνια στα βουνά",
        "<main><article><h1>Χιόνια στα βουνά</h1>"
        + figures.replace("panigyri", "xionia").replace("Το πανηγύρι του Αγίου Ανδρέα", "Χιόνι")
        + "</article></main>",
        f'<link rel="canonical" href="{FONI}{gallery2}"><meta property="og:type" content="article">',
    ))  # fmt: skip
    others = {
        "/tags/limani/": listing("Λιμάνι", [E1]),
        "/tag/seismos/": listing("Σεισμός", [E5]),
        "/author/giorgos-papadopoulos/": listing("Γιώργος Παπαδόπουλος", [E1, E9]),
        "/author/maria-k/": listing("Μαρία Κ.", [E2]),
        "/vinteo/": listing("Βίντεο", [video, video2]),
        "/fotografies/": listing("Φωτογραφίες", [gallery, gallery2]),
    }
    for path, html in others.items():
        site.add(u(path), html)
    site.never_exported |= {u(p) for p in [*others, video, video2, gallery, gallery2]}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /anazitisi/\nDisallow: /login/\n"
        f"Sitemap: {FONI}/sitemaps/news.xml\n"
    ), "text/plain")  # fmt: skip
    news_entries = [
        (E1, "2026-11-29T15:05:00+02:00", e1_title),
        (E5, "2026-11-29T12:20:00+02:00", e5_title),
        (E2, "2026-11-29T09:10:00+02:00", e2_title),
        (video, "2026-11-29T10:00:00+02:00", "Βίντεο: το λιμάνι από ψηλά"),
        (E9, "2026-11-28T19:50:00+02:00", e9_title),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{FONI}{path}</loc><news:news><news:publication>"
            f"<news:name>{_SITE}</news:name><news:language>el</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed/"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{_SITE}</title><link>{FONI}/</link><language>el</language>"
        f"<item><title>{e1_title}</title><link>{FONI}{E1}</link>"
        "<pubDate>Sun, 29 Nov 2026 15:05:00 +0200</pubDate></item>"
        f"<item><title>{e4_title}</title><link>{FONI}{E4}?utm_source=rss</link>"
        "<pubDate>Fri, 20 Mar 2026 10:00:00 +0200</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = f'<link rel="alternate" type="application/rss+xml" title="{_SITE}" href="/feed/">'
    home = listing(_SITE, [E1, E5, E7, video, gallery, "/tags/limani/", "/author/maria-k/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/politiki/"), listing("Πολιτική", [E1, E9]))
    site.add(u("/oikonomia/"), listing("Οικονομία", [E2, E3]))
    site.add(u("/kosmos/"), listing("Κόσμος", [E5], "/kosmos/?page=2"))
    site.add(u("/kosmos/?page=2"), listing("Κόσμος", [E6]))
    site.add(u("/athlitika/"), listing("Αθλητικά", [E7, video2]))
    site.add(u("/politismos/"), listing("Πολιτισμός", [gallery2], "/politismos/page/2/"))
    site.add(u("/politismos/page/2/"), listing("Πολιτισμός", [E8]))
    site.never_requested |= {
        u("/anazitisi/?q="), u("/anazitisi/?q=υγεία"), u("/anazitisi/?q=νοσοκομείο"), u("/login/"),
    }  # fmt: skip
    return site


E1 = "/politiki/561234567/neos-paraliakos-dromos-gia-to-limani/"
E2 = "/oikonomia/561234570/peftei-i-timi-tou-elaioladou/"
E3 = "/article/12345/rekor-afixeon-touriston-ton-ioulio"
E4 = "/politiki/561230011/perissotera-ploia-gia-ta-mikra-nisia/"
E5 = "/kosmos/561234580/seismos-4-6-richter-notia-tou-nisiou/"
E6 = "/kosmos/561220044/galazies-simaies-se-dekaefta-paralies/"
E7 = "/athlitika/561234599/o-aigaios-nikise-ton-panthessaliko/"
E8 = "/politismos/561225500/xananoigei-to-laografiko-mouseio/"
E9 = "/article/12388/se-leitourgia-i-nea-pteryga-tou-nosokomeiou"
