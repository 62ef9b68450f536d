#!/usr/bin/env python3
"""Generates the benchmark corpus for scripts/bench: report pages by script, no blobs.

    bench/gen_corpus.py --out build/bench/corpus            # full: ~100 MB HTML, ~100 MB text, 20,000 small
    bench/gen_corpus.py --out /tmp/c --html-mb 3 --text-mb 3 --small 300   # what --quick uses

Writes
    OUT/html/NNNNN.html    report pages, sizes log-normal between 5 KB and 2 MB
    OUT/text/NNNNN.txt     the visible content of the same pages as plain text (the
                           same page sequence, continued until the text total is reached)
    OUT/small/NNNNN.html   small pages (news snippets, 0.4-4 KB)
    OUT/manifest.json      parameters, file counts and byte totals; a rerun with the
                           same parameters finds it and does nothing

The pages imitate market-research report pages: a head with meta tags, inline
styles, analytics scripts and JSON-LD; navigation and breadcrumbs; headings;
paragraphs with money amounts (several currencies and scale words), CAGRs,
shares, years and year ranges; tables of sizes by year and shares by region;
named and numeric entities; curly quotes, dashes, non-breaking spaces; and some
paragraphs in German, French, Japanese and Chinese. The output depends only on
the parameters (seeded PRNG), so two machines benchmark the same bytes.
"""
import argparse
import html
import json
import math
import os
import random
import shutil
import sys

GENERATOR_VERSION = 2

MARKET_HEADS = [
    "Internet of Medical Things (IoMT)", "Healthcare M2M", "Biocomposites", "Edge AI Chip",
    "Private 5G Network", "Elastomeric Membrane", "PMMA Microspheres", "Language Services",
    "Cold Chain Logistics", "Digital Twin", "Solid-State Battery", "Plant-Based Protein",
    "Industrial Robotics", "Cybersecurity Insurance", "Smart Meter", "Telehealth",
    "Green Hydrogen", "Precision Agriculture", "Wearable Injector", "Quantum Computing",
    "Satellite Broadband", "Data Center Cooling", "Bioplastics", "Lithium Recycling",
    "Carbon Capture", "Medical Imaging AI", "ERP Software", "Chatbot", "E-commerce Logistics",
    "Photovoltaic Module", "Heat Pump", "Dental Implant", "Pet Food", "Cloud Gaming",
]
MARKET_QUALIFIERS = ["", "", "", "Global ", "Asia Pacific ", "European ", "United States ",
                     "North America ", "India ", "Japan "]
REGIONS = ["North America", "Europe", "Asia Pacific", "Latin America", "Middle East & Africa"]
COUNTRIES = ["U.S.", "Germany", "France", "U.K.", "China", "Japan", "India", "South Korea",
             "Brazil", "Canada", "Mexico", "Australia", "Saudi Arabia", "Italy", "Spain"]
SEGMENT_SETS = [
    ("Component", ["Hardware", "Software", "Services"]),
    ("Deployment", ["Cloud", "On-premise", "Hybrid"]),
    ("Application", ["Hospitals", "Clinics", "Home Care", "Research Institutes"]),
    ("End Use", ["Automotive", "Construction", "Consumer Goods", "Aerospace", "Energy"]),
    ("Type", ["Type I", "Type II", "Others"]),
]
COMPANIES = ["Siemens AG", "Medtronic plc", "Nestlé S.A.", "Schneider Electric", "Hitachi, Ltd.",
             "Samsung Electronics Co., Ltd.", "UPM-Kymmene", "Trex Company", "Fiberon LLC",
             "Koninklijke Philips N.V.", "GE HealthCare", "Huawei Technologies", "Tecnaro GmbH",
             "Zürich Instruments", "Société Générale Tech", "Tata Consultancy Services"]
FILLER_SUBJECTS = ["The report", "This study", "Our analysis", "The research", "The segment",
                   "Market participants", "Leading vendors", "Regulators", "End users",
                   "Key players", "Industry experts", "Investors"]
FILLER_VERBS = ["highlights", "examines", "covers", "evaluates", "tracks", "identifies",
                "emphasizes", "assesses", "outlines", "reviews", "considers"]
FILLER_OBJECTS = ["the competitive landscape", "regulatory developments", "supply chain risks",
                  "pricing trends", "technological advancements", "strategic partnerships",
                  "mergers and acquisitions", "the adoption of cloud platforms",
                  "demand from emerging economies", "the impact of inflation",
                  "raw material availability", "the role of government incentives",
                  "patient outcomes and operational efficiency", "new product launches",
                  "the shift toward sustainable materials"]
FILLER_TAILS = ["across all major regions", "over the forecast period", "in detail",
                "with a focus on profitability", "for each segment", "since the pandemic",
                "in developed and developing markets", "through primary interviews",
                "using bottom-up and top-down approaches", ""]

FOREIGN_PARAGRAPHS = [
    # German: decimal commas, Mrd./Mio., quotes „…“
    "Der Markt für {m} erreichte 2023 ein Volumen von {de_amount} Mrd. € und soll bis 2030 "
    "jährlich um {de_pct} % wachsen. „Die Nachfrage übertrifft die Erwartungen“, so die Studie.",
    # French: space thousands separators, milliards
    "Le marché mondial de {m} était évalué à {fr_amount} milliards de dollars en 2023 ; "
    "il devrait croître de {de_pct} % par an d’ici 2032, selon l’étude.",
    # Japanese: 億円 / 兆円, full-width percent
    "{m}の国内市場規模は2023年に{ja_amount}億円となり、2024年から2030年にかけて年平均{ja_pct}％で"
    "成長すると予測される。",
    # Chinese: 亿元
    "2023年全球{m}市场规模达到{zh_amount}亿美元，预计2024-2030年复合年增长率为{de_pct}%。",
    # Korean: 억 원
    "국내 {m} 시장 규모는 2023년 {ko_amount}억 원으로, 2030년까지 연평균 {de_pct}% 성장할 전망이다.",
]

CSS_PROPS = ["margin", "padding", "font-size", "color", "background", "border-radius",
             "line-height", "display", "position", "box-shadow", "text-align", "min-width"]
JS_LINES = [
    "window.dataLayer = window.dataLayer || [];",
    "function gtag(){{dataLayer.push(arguments);}}",
    "gtag('js', new Date()); gtag('config', 'G-{id}', {{ 'anonymize_ip': true }});",
    "document.addEventListener('DOMContentLoaded', function () {{ var el = document.querySelectorAll('.tab-{id}'); for (var i = 0; i < el.length; i++) {{ el[i].classList.add('ready'); }} }});",
    "var price_{id} = {{ currency: 'USD', value: {v}, label: '$ {v} & up < {v} > 2023' }};",
    "if (window.innerWidth < 768) {{ document.body.className += ' mobile'; }}",
    "(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-{id}');",
]

# Figures are wrapped in these marks while a page is built: the HTML renderer
# turns some into <strong>/<a>/<span>, the text renderer drops them.
FIG_OPEN, FIG_CLOSE = "\x01", "\x02"


def fig(s):
    return FIG_OPEN + s + FIG_CLOSE


class Page:
    """A page's content model: a title and a list of blocks."""

    def __init__(self, title, market):
        self.title = title
        self.market = market
        self.blocks = []  # ("h", level, text) | ("p", text) | ("ul", [text]) | ("table", [[cell]])


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # --- figures -----------------------------------------------------------------
    def amount(self, lo=0.5, hi=900.0):
        v = math.exp(self.r.uniform(math.log(lo), math.log(hi)))
        return f"{v:,.2f}" if self.r.random() < 0.7 else f"{v:,.1f}"

    def money(self):
        r = self.r
        a = self.amount()
        form = r.randrange(12)
        scale = r.choice(["billion", "million", "billion", "Billion", "bn", "Mn", "trillion", "thousand"])
        if form == 0: s = f"USD {a} {scale}"
        elif form == 1: s = f"${a} {scale}"
        elif form == 2: s = f"US$ {a} {scale}"
        elif form == 3: s = f"US${a} {scale}"
        elif form == 4: s = f"€{a} {scale}"
        elif form == 5: s = f"EUR {a} {scale}"
        elif form == 6: s = f"£{a} {scale}"
        elif form == 7: s = f"₹{r.randrange(100, 99000):,} crore"
        elif form == 8: s = f"USD{a} {scale}"
        elif form == 9:
            lo = r.randrange(10, 80)
            s = f"${lo}-{lo + r.randrange(2, 20)} {scale}"
        elif form == 10: s = f"{a} {scale} USD"
        else: s = f"JPY {r.randrange(1, 999)} billion"
        return fig(s)

    def pct(self):
        v = self.r.uniform(0.5, 45)
        form = self.r.randrange(6)
        if form == 0: return fig(f"{v:.2f}%")
        if form == 1: return fig(f"{v:.1f} %")
        if form == 2: return fig(f"{v:.1f} percent")
        if form == 3: return fig(f"{v:.0f}%")
        if form == 4: return fig(f"{v:.1f}% to {v + self.r.uniform(1, 5):.1f}%")
        return fig(f"{v:.2f} per cent")

    def year(self):
        return self.r.randrange(2015, 2025)

    def year_range(self):
        a = self.r.randrange(2018, 2026)
        b = a + self.r.randrange(5, 11)
        form = self.r.randrange(5)
        if form == 0: return fig(f"{a} to {b}")
        if form == 1: return fig(f"{a}-{b}")
        if form == 2: return fig(f"{a}–{b}")
        if form == 3: return fig(f"{a}-{b % 100:02d}")
        return fig(f"between {a} and {b}")

    # --- text ----------------------------------------------------------------------
    def filler(self):
        r = self.r
        tail = r.choice(FILLER_TAILS)
        s = f"{r.choice(FILLER_SUBJECTS)} {r.choice(FILLER_VERBS)} {r.choice(FILLER_OBJECTS)}"
        if r.random() < 0.5:
            s += f" and {r.choice(FILLER_OBJECTS)}"
        if tail:
            s += " " + tail
        if r.random() < 0.15:
            s += f", including {r.choice(COMPANIES)} and {r.choice(COMPANIES)}"
        if r.random() < 0.08:
            s += " — a trend the “top five” vendors call ‘irreversible’"
        return s + "."

    def figure_sentence(self, market):
        r = self.r
        k = r.randrange(8)
        y = self.year()
        if k == 0:
            return (f"The {market} market size was valued at {self.money()} in {fig(str(y))} and is projected "
                    f"to reach {self.money()} by {fig(str(y + r.randrange(6, 11)))}, growing at a CAGR of "
                    f"{self.pct()} from {self.year_range()}.")
        if k == 1:
            return f"{r.choice(REGIONS)} held {self.pct()} of the {market} market in {fig(str(y))}."
        if k == 2:
            return (f"The {r.choice(SEGMENT_SETS)[1][0].lower()} segment accounted for the largest share, "
                    f"at around {self.pct()}, in {fig(str(y))}.")
        if k == 3:
            return (f"Revenue in {r.choice(COUNTRIES)} is expected to exceed {self.money()} by "
                    f"{fig(str(y + 8))}, up from {self.money()} in {fig('FY' + str(y))}.")
        if k == 4:
            return f"The market is expected to register a CAGR of {self.pct()} during {self.year_range()}."
        if k == 5:
            return (f"{r.choice(COMPANIES)} reported sales of {self.money()} for {fig(str(y))}, an increase "
                    f"of {self.pct()} over the previous year.")
        if k == 6:
            return (f"Call +1-888-{r.randrange(100, 999)}-{r.randrange(1000, 9999)} or see section "
                    f"{r.randrange(1, 13)}.{r.randrange(1, 9)}.{r.randrange(1, 9)} for the methodology "
                    f"(report ID {r.randrange(100000, 999999)}).")
        return f"Prices fell by {self.pct()} between {fig(str(y))} and {fig(str(y + 2))}, while volumes rose."

    def paragraph(self, market):
        n = self.r.randrange(2, 8)
        return " ".join(self.figure_sentence(market) if self.r.random() < 0.35 else self.filler()
                        for _ in range(n))

    def foreign_paragraph(self, market):
        r = self.r
        return r.choice(FOREIGN_PARAGRAPHS).format(
            m=market,
            de_amount=f"{r.uniform(1, 90):.1f}".replace(".", ","),
            de_pct=f"{r.uniform(1, 30):.1f}".replace(".", ","),
            fr_amount=f"{r.randrange(1, 900)} {r.randrange(100, 999)},{r.randrange(10, 99)}",
            ja_amount=f"{r.randrange(100, 99999):,}",
            ja_pct=f"{r.uniform(1, 30):.1f}",
            zh_amount=f"{r.uniform(10, 9999):.1f}",
            ko_amount=f"{r.randrange(100, 99999):,}")

    def size_table(self):
        start = self.r.randrange(2018, 2024)
        v = self.r.uniform(5, 300)
        rows = [["Year", "Market Size (USD Billion)", "Y-o-Y Growth"]]
        for y in range(start, start + self.r.randrange(6, 12)):
            g = self.r.uniform(3, 25)
            v *= 1 + g / 100
            rows.append([fig(str(y)), fig(f"{v:,.2f}"), fig(f"{g:.1f}%")])
        return rows

    def share_table(self):
        rows = [["Region", "Share " + str(self.year()), "CAGR"]]
        for region in REGIONS:
            rows.append([region, self.pct(), self.pct()])
        return rows

    def page(self, target_text_bytes):
        """A page whose visible text is about `target_text_bytes` long."""
        r = self.r
        market = r.choice(MARKET_QUALIFIERS) + r.choice(MARKET_HEADS)
        page = Page(f"{market} Market Size, Share & Trends Analysis Report "
                    f"{self.year_range().strip(FIG_OPEN + FIG_CLOSE)}", market)
        page.blocks.append(("h", 1, page.title.replace(" Market Size", " Market")))
        page.blocks.append(("p", self.figure_sentence(market) + " " + self.figure_sentence(market)))
        size = 400
        while size < target_text_bytes:
            kind = r.random()
            if kind < 0.08:
                b = ("h", r.choice([2, 2, 3]), f"{market} Market by {r.choice(SEGMENT_SETS)[0]}")
            elif kind < 0.12:
                dim, names = r.choice(SEGMENT_SETS)
                b = ("ul", [f"{n}: {self.pct()} share in {fig(str(self.year()))}" if r.random() < 0.5 else n
                            for n in names])
            elif kind < 0.16:
                b = ("table", self.size_table() if r.random() < 0.5 else self.share_table())
            elif kind < 0.19:
                b = ("p", self.foreign_paragraph(market))
            else:
                b = ("p", self.paragraph(market))
            page.blocks.append(b)
            size += block_text_size(b)
        return page

    def small_page(self):
        r = self.r
        market = r.choice(MARKET_QUALIFIERS) + r.choice(MARKET_HEADS)
        page = Page(f"{market} Market to Hit {self.money().strip(FIG_OPEN + FIG_CLOSE)} by {r.randrange(2028, 2036)}",
                    market)
        page.blocks.append(("h", 1, page.title))
        for _ in range(r.randrange(1, 4)):
            page.blocks.append(("p", self.figure_sentence(market) + " " + self.filler()))
        return page


def block_text_size(b):
    if b[0] == "h": return len(b[2]) + 2
    if b[0] == "p": return len(b[1]) + 2
    if b[0] == "ul": return sum(len(t) + 1 for t in b[1])
    return sum(sum(len(c) + 1 for c in row) for row in b[1])


def strip_marks(s):
    return s.replace(FIG_OPEN, "").replace(FIG_CLOSE, "")


# --- renderers -----------------------------------------------------------------------

ENTITY_SUBS = [("€", "&euro;"), ("£", "&pound;"), ("–", "&ndash;"), ("—", "&mdash;"),
               ("’", "&#8217;"), ("“", "&ldquo;"), ("”", "&#x201D;"), ("é", "&eacute;"),
               ("ü", "&uuml;"), ("₹", "&#8377;")]


class HtmlRenderer:
    def __init__(self, r):
        self.r = r

    def inline(self, s):
        r = self.r
        s = html.escape(s, quote=False)
        for ch, ent in ENTITY_SUBS:
            if ch in s and r.random() < 0.5:
                s = s.replace(ch, ent)
        out = []
        for part in s.split(FIG_OPEN):
            if FIG_CLOSE in part:
                f, rest = part.split(FIG_CLOSE, 1)
                k = r.random()
                if k < 0.15: f = f"<strong>{f}</strong>"
                elif k < 0.2: f = f'<a href="/reports/sample?rid={r.randrange(10**5, 10**6)}&amp;src=fig">{f}</a>'
                elif k < 0.25: f = f'<span class="hl" data-v="{r.randrange(1000)}">{f}</span>'
                elif k < 0.3: f = f.replace(" ", "&nbsp;", 1)
                out.append(f + rest)
            else:
                out.append(part)
        return "".join(out)

    def head(self, title, rules, scripts):
        r = self.r
        css = "\n".join(
            f".c{r.randrange(10**4)} .x{i} {{ " + "; ".join(
                f"{r.choice(CSS_PROPS)}: {r.randrange(0, 40)}px" for _ in range(r.randrange(2, 6))) + "; }"
            for i in range(r.randrange(*rules)))
        js = "\n".join(r.choice(JS_LINES).format(id=r.randrange(10**6), v=r.randrange(10**4))
                       for _ in range(r.randrange(*scripts)))
        ld = json.dumps({"@context": "https://schema.org", "@type": "Report", "name": strip_marks(title),
                         "offers": {"price": r.randrange(1000, 6000), "priceCurrency": "USD"},
                         "datePublished": f"{r.randrange(2019, 2025)}-0{r.randrange(1, 9)}-1{r.randrange(9)}"})
        return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f'<title>{html.escape(strip_marks(title))}</title>\n'
                f'<meta name="description" content="{html.escape(strip_marks(title))}: size USD 12.5 billion in 2023">\n'
                f'<meta property="og:title" content="{html.escape(strip_marks(title))}">\n'
                f'<link rel="stylesheet" href="/assets/css/main.{r.randrange(10**8):08x}.css">\n'
                f'<style>\n{css}\n</style>\n<script>\n{js}\n</script>\n'
                f'<script type="application/ld+json">{ld}</script>\n</head>\n')

    def nav(self, links):
        r = self.r
        items = "".join(f'<li class="nav-item"><a class="nav-link" href="/category/{i}/{r.randrange(10**4)}">'
                        f'{r.choice(MARKET_HEADS)}</a></li>' for i in range(r.randrange(*links)))
        return (f'<header class="site-header"><div class="container"><a href="/" class="logo">'
                f'<img src="/logo.svg" alt="Research &amp; Insights"></a><nav id="main-nav">'
                f'<ul class="navbar-nav">{items}</ul></nav></div></header>\n'
                f'<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/reports">Reports</a> '
                f'&raquo; <span>Market Insights</span></div>\n')

    def footer(self):
        r = self.r
        links = " | ".join(f'<a href="/p/{r.randrange(10**5)}">{r.choice(FILLER_OBJECTS).title()}</a>'
                           for _ in range(r.randrange(5, 20)))
        return (f'<footer><div class="footer-links">{links}</div><p>&copy; 2024 Research &amp; Insights '
                f'Pvt. Ltd. All rights reserved.</p></footer>\n'
                f'<script src="/assets/js/app.{r.randrange(10**8):08x}.js" defer></script>\n</body>\n</html>\n')

    def block(self, b):
        r = self.r
        if b[0] == "h":
            return f'<h{b[1]} id="s{r.randrange(10**4)}">{self.inline(b[2])}</h{b[1]}>\n'
        if b[0] == "p":
            cls = r.choice(["", "", ' class="text-justify"', ' style="margin-bottom: 12px;"'])
            return f"<p{cls}>{self.inline(b[1])}</p>\n"
        if b[0] == "ul":
            return "<ul>" + "".join(f"<li>{self.inline(t)}</li>" for t in b[1]) + "</ul>\n"
        rows = []
        for i, row in enumerate(b[1]):
            tag = "th" if i == 0 else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{self.inline(c)}</{tag}>" for c in row) + "</tr>")
        return ('<div class="table-responsive"><table class="table table-bordered"><tbody>'
                + "\n".join(rows) + "</tbody></table></div>\n")

    def render(self, page, small=False):
        """A full report page, or a small one: a light head and no navigation half of the time."""
        r = self.r
        full = not small or r.random() < 0.5
        if not small:
            parts = [self.head(page.title, (20, 200), (10, 120)), "<body>\n", self.nav((8, 40))]
        elif full:
            parts = [self.head(page.title, (2, 8), (1, 4)), "<body>\n", self.nav((3, 8))]
        else:
            parts = [f'<html><head><meta charset="utf-8"><title>{html.escape(strip_marks(page.title))}'
                     '</title></head>\n<body>\n']
        parts.append('<main class="report-content"><article>\n')
        for i, b in enumerate(page.blocks):
            parts.append(self.block(b))
            if full and i % 12 == 11:
                parts.append(f'<div class="cta" data-rid="{r.randrange(10**6)}"><a class="btn btn-primary" '
                             f'href="/download-sample/?rid={r.randrange(10**6)}&amp;utm_source=site">'
                             f'Download Free Sample</a></div>\n'
                             f'<script>var slot_{i} = {{ id: {r.randrange(10**6)}, sizes: [[300, 250]] }};</script>\n')
        parts.append("</article></main>\n")
        parts.append(self.footer() if full else "</body></html>\n")
        return "".join(parts)


def render_text(page):
    out = []
    for b in page.blocks:
        if b[0] in ("h", "p"):
            out.append(strip_marks(b[-1]))
        elif b[0] == "ul":
            out.append("\n".join("- " + strip_marks(t) for t in b[1]))
        else:
            out.append("\n".join("\t".join(strip_marks(c) for c in row) for row in b[1]))
    return "\n\n".join(out) + "\n"


def lognormal_size(r, median, sigma, lo, hi):
    return int(min(hi, max(lo, r.lognormvariate(math.log(median), sigma))))


def generate(out, html_mb, text_mb, small, seed):
    params = {"version": GENERATOR_VERSION, "html_mb": html_mb, "text_mb": text_mb, "small": small,
              "seed": seed}
    manifest_path = os.path.join(out, "manifest.json")
    try:
        with open(manifest_path, encoding="utf-8") as f:
            if json.load(f).get("params") == params:
                return False
    except (OSError, ValueError):
        pass
    shutil.rmtree(out, ignore_errors=True)
    for sub in ("html", "text", "small"):
        os.makedirs(os.path.join(out, sub))

    gen = Generator(seed)
    renderer = HtmlRenderer(random.Random(seed + 1))
    html_target, text_target = html_mb * 1e6, text_mb * 1e6
    totals = {"html": 0, "text": 0, "small": 0}
    counts = {"html": 0, "text": 0, "small": 0}
    largest = {"html": 0, "text": 0, "small": 0}

    def write(sub, name, data):
        b = data.encode("utf-8")
        with open(os.path.join(out, sub, name), "wb") as f:
            f.write(b)
        totals[sub] += len(b)
        counts[sub] += 1
        largest[sub] = max(largest[sub], len(b))

    i = 0
    while totals["html"] < html_target or totals["text"] < text_target:
        # HTML page sizes are log-normal, median ~40 KB, clipped to 5 KB - 2 MB; about
        # 45% of a full page's bytes are markup, scripts and styles.
        html_size = lognormal_size(gen.r, 40_000, 1.1, 5_000, 2_000_000)
        page = gen.page(max(1_500, int(html_size * 0.55)))
        if totals["html"] < html_target:
            write("html", f"{i:05d}.html", renderer.render(page))
        if totals["text"] < text_target:
            write("text", f"{i:05d}.txt", render_text(page))
        i += 1
    for j in range(small):
        write("small", f"{j:05d}.html", renderer.render(gen.small_page(), small=True))

    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump({"params": params, "bytes": totals, "files": counts, "largest": largest}, f, indent=1)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--html-mb", type=float, default=100)
    ap.add_argument("--text-mb", type=float, default=100)
    ap.add_argument("--small", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=20240601)
    a = ap.parse_args()
    made = generate(a.out, a.html_mb, a.text_mb, a.small, a.seed)
    with open(os.path.join(a.out, "manifest.json"), encoding="utf-8") as f:
        m = json.load(f)
    print(f"corpus {'generated' if made else 'up to date'} in {a.out}: "
          + ", ".join(f"{k} {m['files'][k]} files {m['bytes'][k] / 1e6:.1f} MB" for k in ("html", "text", "small")),
          file=sys.stderr)


if __name__ == "__main__":
    main()
