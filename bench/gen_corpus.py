#!/usr/bin/env python3
"""Generates the benchmark corpus for scripts/bench: report pages by script, no blobs.

    bench/gen_corpus.py --out build/bench/corpus            # full: ~100 MB HTML, ~100 MB text, 20,000 small
    bench/gen_corpus.py --out /tmp/c --html-mb 3 --text-mb 3 --small 300   # what --quick uses
    bench/gen_corpus.py --dense --out /tmp/d --html-mb 0 --text-mb 20 --small 0   # the stress profile

Writes
    OUT/html/NNNNN.html    report pages, sizes log-normal (median 60 KB, 5 KB to 2 MB)
    OUT/text/NNNNN.txt     the article of the same pages as plain text (the same page
                           sequence, continued until the text total is reached)
    OUT/small/NNNNN.html   small pages (news snippets, about 1-6 KB)
    OUT/manifest.json      parameters, file counts, byte totals and largest files; a
                           rerun with the same parameters finds it and does nothing

The output depends only on the parameters (seeded PRNG), so two machines
benchmark the same bytes.

Realistic profile (the default; GENERATOR_VERSION 3)
----------------------------------------------------
Report pages from 24 synthetic publishers. Each site has its chrome, drawn once:
a class naming scheme (utility classes, BEM or Bootstrap), an inline stylesheet,
analytics and app scripts (gtag, GTM, pixel, handlers, JSON config), inline SVG
icons, a menu of 40-260 entries, and maybe a lead form with a country list and a
Next.js-style JSON state blob. A page has a head with meta, Open Graph, hreflang and
preload tags, <style>, <script> and JSON-LD; a header with the menu (repeated, as
desktop and mobile copies, as far as its share of the page's budget goes); a
breadcrumb; the article in <section>s with class lists, data- attributes, ad slots
and indentation; a sidebar; related-report cards with srcset images; a footer with
social icons, a cookie banner and trailing scripts. A page's size is drawn first,
then its visible-text share (log-normal around 10%, 4-30%); the article is written
to fill most of that text, and the chrome is drawn from the site's pieces to fill
the rest of the bytes. Pages under 20 KB get a light head; pages under ~8 KB come
out somewhat above their drawn size (an article is at least ~1 KB of text).

The article is mostly figure-free report prose (drivers, restraints, methodology,
partnerships, dated events); figures come in a few market claims (size, forecast,
CAGR, share), in facts that make no claim (surveys, company results, report
prices, funding rounds, budgets, acquisitions), and in key-pointer, segment and
company lists, occasional size and share tables, FAQ answers and related-report
titles. A quarter of the pages are in German, French, Japanese, Chinese or Korean
(mostly prose in that language, some figure paragraphs with its number formats);
named and numeric entities, curly quotes, dashes and non-breaking spaces appear
in the markup. The rates are in REALISTIC below.

Calibration. Measured with bench/density.py over `claimtrace extract` output
(claimtrace's own mention and claim counts; visible text = text outside
script/style/noscript/template by Python's html.parser, whitespace collapsed; KB =
1000 bytes of visible text; figures = money + percent mentions). Real: the 30
pages of ../shared/corpus/real (6 HTML, 24 Markdown/plain text). Generated: this
generator's default full corpus (seed 20240601), counted with claimtrace at commit
7eb76a9 (rules version 2):

    |                     | visible share of HTML | figures/KB | mentions/KB | claims/KB |
    | real HTML (6)       | 10.2%                 | 2.83       | 9.25        | 2.03      |
    | real text (24)      | -                     | 2.91       | 7.21        | 0.79      |
    | real, all 30        | -                     | 2.90       | 7.44        | 0.93      |
    | target              | ~10%                  | ~2.9       | ~7.5-9      | ~0.9-1.1  |
    | generated HTML      | 10.3%                 | 2.73       | 8.49        | 1.06      |
    | generated text      | -                     | 3.03       | 8.22        | 1.06      |
    | generated small     | 51.2%                 | 2.27       | 6.99        | 1.71      |
    | real small (10 <5KB)| -                     | 2.36       | 6.06        | 1.66      |
    | dense (version 2)   | 57.5%                 | 6.30-6.53  | 13.7-14.1   | 4.3-4.6   |

scripts/bench prints the same figures for its own corpus and the real pages in
every run. The real HTML sample is small (6 pages, 46 KB of visible text), so the
claim target sits between the HTML and text values. Small pages are news snippets
with a light head and no size calibration of their markup.

Dense profile (--dense)
-----------------------
Version 2's generator, unchanged and byte for byte the same output for the same
parameters: about 55% visible text and twice the real pages' density of figures
and four times their claims. scripts/bench measures its plain text as a stress
row with no target.
"""
import argparse
import html
import json
import math
import os
import random
import shutil
import sys

GENERATOR_VERSION = 3

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

# --- vocabulary of the realistic profile (version 3) -----------------------------------
# Figure-free report prose: what most of a real report page's text is. Slots:
# {m} market, {co} company, {reg} region, {cty} country, {seg} segment, {obj} topic.
PROSE = [
    "{subj} {verb} {obj} {tail}.",
    "{subj} {verb} {obj} and {obj2}, {tail}.",
    "Rising demand for {seg_l} solutions in {sector} is expected to drive the adoption of {m} technologies over the forecast period.",
    "However, high initial costs and a shortage of skilled personnel may restrain the growth of the {m} market, particularly among small and medium-sized enterprises.",
    "The report provides a comprehensive analysis of the key factors influencing the market, including drivers, restraints, opportunities and challenges.",
    "{co} announced a strategic partnership with {co2} to expand its product portfolio and strengthen its presence in new markets.",
    "{reg} is expected to remain an attractive regional market owing to favorable government policies and a well-established distribution network.",
    "Vendors are increasingly focusing on product innovation, mergers and acquisitions, and geographic expansion to gain a competitive edge.",
    "The {seg_l} segment is anticipated to witness significant growth as end users look for cost-effective and scalable alternatives.",
    "Growing awareness of {obj} among end users is creating new opportunities for both established players and new entrants.",
    "Stringent regulations regarding {obj} could, however, delay product approvals and increase compliance costs for manufacturers.",
    "Manufacturers are investing in automation and digital tools to improve quality and reduce lead times.",
    "Our analysts combine primary interviews with industry experts and secondary research from annual reports, press releases and trade journals.",
    "The competitive landscape section profiles the leading companies, their business strategies, product offerings and recent developments.",
    "Supply chain disruptions and fluctuating raw material prices remain a concern for market participants.",
    "Customers in {sector} increasingly prefer integrated offerings that combine hardware, software and services under a single contract.",
    "The study also examines the impact of macroeconomic factors, such as interest rates and currency movements, on purchasing decisions.",
    "{co} and {co2} are among the prominent players operating in the {m} market.",
    "Partnerships between technology providers and {sector} are accelerating the commercialization of new applications.",
    "Each segment is analyzed in terms of demand trends, pricing, competitive intensity and growth potential.",
    "Request a free sample to see the table of contents, the list of figures and the research methodology.",
    "Our customer success team can tailor the scope of the study to your specific business requirements.",
]
# Prose that carries a year or a region but no money or percent figure.
DATED_PROSE = [
    "In {y}, {co} launched a new range of {seg_l} products aimed at {sector}.",
    "Since {y}, several governments have introduced incentives to support {obj}.",
    "The base year for the study is {y}; historical data cover {y0} to {y1}.",
    "In {month} {y}, {co} completed the acquisition of a smaller rival based in {cty}.",
    "Regulators introduced new guidelines on {obj} in {y}, which are expected to shape demand in the coming years.",
    "The pandemic slowed installations in {y0}, but activity recovered quickly in {y1} as supply chains normalized.",
]
SECTORS = ["healthcare", "manufacturing", "retail", "banking and financial services", "automotive",
           "telecommunications", "energy and utilities", "logistics", "agriculture", "the public sector",
           "consumer electronics", "construction"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SECTION_HEADS = ["Market Overview", "Key Market Drivers", "Market Restraints", "Opportunities",
                 "Segment Analysis", "Regional Insights", "Competitive Landscape", "Recent Developments",
                 "Report Scope", "Research Methodology", "Key Takeaways", "Industry Trends",
                 "Frequently Asked Questions", "Why Buy This Report?"]
KEY_POINTERS = ["Market size and forecast", "Market new sales volumes", "Market replacement sales volumes",
                "Product price analysis", "Regulatory framework and changes", "Market shares in different regions",
                "Recent developments for market competitors", "Upcoming applications", "Innovators study",
                "Porter's five forces analysis", "Value chain analysis", "SWOT analysis of key players",
                "Impact of macroeconomic factors", "Pricing and reimbursement analysis"]
FAQ_QUESTIONS = ["How big is the {m} market?", "What is the growth rate of the {m} market?",
                 "Which region dominates the {m} market?", "Who are the key players in the {m} market?",
                 "Which segment leads the {m} market?"]
# Figure-free prose in the page languages other than English (several sentences each).
FOREIGN_PROSE = {
    "de": ["Der Bericht untersucht die Wettbewerbslandschaft und die wichtigsten Akteure des Marktes.",
           "Steigende Investitionen in die Digitalisierung treiben die Nachfrage in allen Regionen.",
           "Hohe Anschaffungskosten und fehlende Fachkräfte bremsen jedoch das Wachstum.",
           "Unternehmen setzen zunehmend auf Partnerschaften, um ihre Marktposition zu stärken.",
           "Die Studie stützt sich auf Interviews mit Herstellern, Händlern und Endkunden.",
           "Regulatorische Vorgaben prägen die Entwicklung des Sektors in den kommenden Jahren."],
    "fr": ["Le rapport analyse le paysage concurrentiel et les principaux acteurs du marché.",
           "La hausse des investissements dans la numérisation stimule la demande dans toutes les régions.",
           "Toutefois, le coût élevé des équipements freine l’adoption par les petites entreprises.",
           "Les fabricants misent sur des partenariats stratégiques pour renforcer leur présence à l’international.",
           "L’étude repose sur des entretiens avec des fabricants, des distributeurs et des utilisateurs finaux."],
    "ja": ["本レポートでは、市場の競争環境と主要企業の動向を分析している。",
           "デジタル化への投資拡大が、各地域での需要を押し上げている。",
           "一方で、高い導入コストと人材不足が市場拡大の妨げとなっている。",
           "各社は提携や買収を通じて事業基盤の強化を図っている。",
           "調査はメーカー、販売代理店、エンドユーザーへのインタビューに基づく。"],
    "zh": ["本报告分析了市场的竞争格局以及主要企业的发展动态。",
           "数字化投资的增加正在推动各地区的需求增长。",
           "然而，较高的初始成本和专业人才短缺制约了市场发展。",
           "主要厂商通过合作与并购不断巩固其市场地位。",
           "本研究基于对制造商、经销商和终端用户的访谈。"],
    "ko": ["이 보고서는 시장의 경쟁 구도와 주요 기업의 동향을 분석한다.",
           "디지털 전환에 대한 투자 확대가 각 지역의 수요를 끌어올리고 있다.",
           "다만 높은 초기 비용과 전문 인력 부족이 성장을 제약하고 있다.",
           "주요 기업들은 제휴와 인수를 통해 시장 지위를 강화하고 있다.",
           "이번 조사는 제조사, 유통업체, 최종 사용자 인터뷰를 바탕으로 한다."],
}
FOREIGN_TEMPLATE = {"de": 0, "fr": 1, "ja": 2, "zh": 3, "ko": 4}  # index into FOREIGN_PARAGRAPHS
REAL_QUALIFIERS = ["", "", "", "", "", "Global ", "Global ", "Asia Pacific ", "European ", "U.S. "]
PAGE_LANGS = ["en"] * 15 + ["de", "fr", "ja", "zh", "ko"]

# The rates that set the realistic profile's densities (calibrated against the real
# pages, see the module docstring). Sentence kinds are per sentence of an English
# paragraph; block kinds per block of a section.
REALISTIC = {
    "claim": 0.025,           # a market claim (size, forecast, CAGR, share)
    "fact": 0.36,             # a figure that is no market claim (survey, results, price, funding)
    "dated_prose": 0.14,      # of the figure-free sentences: one with a year, a month or a country
    "foreign_prose": 0.8,     # of a non-English page's paragraphs: in the page's language
    "foreign_figures": 0.15,  # of those: the figure-bearing template
    "faq_figures": 0.35,      # of FAQ answers: led by a claim
    "related": 0.5,           # of pages: a list of related reports at the end
    "related_figures": 0.3,   # of related-report titles: with size and CAGR
    "pointer_list": 0.08, "segment_list": 0.03, "company_list": 0.04, "table": 0.015,
    "visible_median": 0.10,   # a page's share of visible text: log-normal around this
    "visible_sigma": 0.3,
    "chrome_text": 0.8,       # of the visible text, the share that is the article (the rest: menus, form, footer)
}

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


    # --- realistic profile (version 3) ---------------------------------------------
    # Report pages whose text is mostly figure-free prose, as real ones are; figures
    # come in headline claims, in facts that make no market claim (surveys, company
    # results, prices, funding), in lists, tables and FAQ answers. REALISTIC holds
    # the rates that set the densities (see the module docstring).
    def slots(self, market):
        r = self.r
        y = r.randrange(2016, 2025)
        return LazySlots({
            "subj": lambda: r.choice(FILLER_SUBJECTS), "verb": lambda: r.choice(FILLER_VERBS),
            "obj": lambda: r.choice(FILLER_OBJECTS), "obj2": lambda: r.choice(FILLER_OBJECTS),
            "tail": lambda: r.choice(FILLER_TAILS) or "in detail", "m": lambda: market,
            "co": lambda: r.choice(COMPANIES), "co2": lambda: r.choice(COMPANIES),
            "reg": lambda: r.choice(REGIONS), "cty": lambda: r.choice(COUNTRIES),
            "seg_l": lambda: r.choice(SEGMENT_SETS)[1][r.randrange(2)].lower(),
            "sector": lambda: r.choice(SECTORS), "month": lambda: r.choice(MONTHS),
            "y": lambda: str(y), "y0": lambda: str(y - 4), "y1": lambda: str(y - 1)})

    def prose_sentence(self, market):
        r = self.r
        t = r.choice(DATED_PROSE) if r.random() < REALISTIC["dated_prose"] else r.choice(PROSE)
        return t.format_map(self.slots(market))

    def fact_sentence(self, market):
        """A figure that makes no market claim: a survey, a company's results, a price, a funding round."""
        r = self.r
        y = self.year()
        k = r.randrange(8)
        if k == 6:
            return (f"The government earmarked {self.money()} for {r.choice(FILLER_OBJECTS)} in its "
                    f"{fig(str(y))} budget.")
        if k == 7:
            return f"{r.choice(COMPANIES)} agreed to acquire a smaller rival for {self.money()} in cash and shares."
        if k == 0:
            return (f"A survey of {r.randrange(200, 3000):,} {r.choice(['executives', 'IT decision-makers', 'buyers', 'clinicians', 'plant managers'])} "
                    f"found that {self.pct()} plan to increase spending on {r.choice(FILLER_OBJECTS)} next year.")
        if k == 1:
            return (f"{r.choice(COMPANIES)} reported revenue of {self.money()} for fiscal {fig(str(y))}, "
                    f"according to its annual report.")
        if k == 2:
            return (f"A single-user license of the full report costs {fig('US$ ' + format(r.choice([2950, 3450, 3950, 4250, 4950]), ','))}; "
                    f"the enterprise license includes {r.randrange(10, 60)} hours of analyst support.")
        if k == 3:
            return (f"In {r.choice(MONTHS)} {fig(str(y))}, a start-up raised {self.money()} "
                    f"in a Series {r.choice('ABC')} round to scale its platform.")
        if k == 4:
            return (f"About {self.pct()} of {r.choice(['hospitals', 'retailers', 'manufacturers', 'utilities', 'households'])} "
                    f"in {r.choice(COUNTRIES)} still rely on legacy systems, according to a {fig(str(y))} government survey.")
        return (f"{r.choice(COMPANIES)} employs more than {r.randrange(2, 90) * 1000:,} people and operates "
                f"{r.randrange(3, 40)} plants worldwide.")

    def claim_sentence(self, market):
        """A market claim: size, forecast, CAGR or share (the version 2 sentences that make claims)."""
        r = self.r
        y = self.year()
        k = r.randrange(5)
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
        return f"The market is expected to register a CAGR of {self.pct()} during {self.year_range()}."

    def real_paragraph(self, market, lang):
        r, p = self.r, REALISTIC
        if lang != "en" and r.random() < p["foreign_prose"]:
            if r.random() < p["foreign_figures"]:
                return self.foreign_paragraph_in(market, lang)
            sep = "" if lang in ("ja", "zh") else " "
            return sep.join(r.choice(FOREIGN_PROSE[lang]) for _ in range(r.randrange(2, 6)))
        out = []
        for _ in range(r.randrange(2, 7)):
            k = r.random()
            out.append(self.claim_sentence(market) if k < p["claim"] else
                       self.fact_sentence(market) if k < p["claim"] + p["fact"] else self.prose_sentence(market))
        return " ".join(out)

    def foreign_paragraph_in(self, market, lang):
        r = self.r
        return FOREIGN_PARAGRAPHS[FOREIGN_TEMPLATE[lang]].format(
            m=market,
            de_amount=f"{r.uniform(1, 90):.1f}".replace(".", ","),
            de_pct=f"{r.uniform(1, 30):.1f}".replace(".", ","),
            fr_amount=f"{r.randrange(1, 900)} {r.randrange(100, 999)},{r.randrange(10, 99)}",
            ja_amount=f"{r.randrange(100, 99999):,}",
            ja_pct=f"{r.uniform(1, 30):.1f}",
            zh_amount=f"{r.uniform(10, 9999):.1f}",
            ko_amount=f"{r.randrange(100, 99999):,}")

    def related_title(self):
        r = self.r
        m = r.choice(MARKET_QUALIFIERS) + r.choice(MARKET_HEADS)
        if r.random() < REALISTIC["related_figures"]:
            return (f"{m} Market Size Worth {strip_marks(self.money())} by {r.randrange(2028, 2036)} | "
                    f"CAGR: {self.r.uniform(2, 30):.1f}%")
        return f"{m} Market Size, Share & Growth Report, {r.randrange(2025, 2027)}-{r.randrange(2030, 2036)}"

    def report_page(self, target_text_bytes, lang="en"):
        """A realistic report page whose main content is about `target_text_bytes` of text."""
        r, p = self.r, REALISTIC
        market = r.choice(REAL_QUALIFIERS) + r.choice(MARKET_HEADS)
        page = Page(f"{market} Market Size, Share & Trends Analysis Report "
                    f"{self.year_range().strip(FIG_OPEN + FIG_CLOSE)}", market)
        page.lang = lang
        page.blocks.append(("h", 1, page.title.replace(" Market Size", " Market")))
        intro = self.claim_sentence(market) if lang == "en" else self.foreign_paragraph_in(market, lang)
        page.blocks.append(("p", intro + " " + " ".join(self.prose_sentence(market) for _ in range(r.randrange(1, 4)))))
        size = sum(block_text_size(b) for b in page.blocks)
        while size < target_text_bytes:
            head = r.choice(SECTION_HEADS)
            blocks = [("h", r.choice([2, 2, 3]), head)]
            if head == "Frequently Asked Questions":
                for q in r.sample(FAQ_QUESTIONS, r.randrange(2, 5)):
                    blocks.append(("h", 3, q.format(m=market)))
                    blocks.append(("p", (self.claim_sentence(market) if r.random() < p["faq_figures"]
                                         else self.prose_sentence(market)) + " " + self.prose_sentence(market)))
            else:
                for _ in range(r.randrange(1, 5)):
                    k = r.random()
                    if k < p["pointer_list"]:
                        blocks.append(("ul", r.sample(KEY_POINTERS, r.randrange(4, 10))))
                    elif k < p["pointer_list"] + p["segment_list"]:
                        dim, names = r.choice(SEGMENT_SETS)
                        blocks.append(("h", 4, f"By {dim}"))
                        blocks.append(("ul", list(names)))
                    elif k < p["pointer_list"] + p["segment_list"] + p["company_list"]:
                        blocks.append(("ul", r.sample(COMPANIES, r.randrange(5, 11))))
                    elif k < p["pointer_list"] + p["segment_list"] + p["company_list"] + p["table"]:
                        blocks.append(("table", self.size_table() if r.random() < 0.5 else self.share_table()))
                    else:
                        blocks.append(("p", self.real_paragraph(market, lang)))
            page.blocks.extend(blocks)
            size += sum(block_text_size(b) for b in blocks)
        if r.random() < p["related"]:
            page.blocks.append(("related", [self.related_title() for _ in range(r.randrange(2, 7))]))
        return page

    def news_page(self):
        """A small page: a news snippet, a headline figure and a few paragraphs of mostly prose."""
        r = self.r
        market = r.choice(REAL_QUALIFIERS) + r.choice(MARKET_HEADS)
        title = (f"{market} Market to Hit {strip_marks(self.money())} by {r.randrange(2028, 2036)}" if r.random() < 0.5
                 else f"{market} Market: Latest Updates, Key Players and Outlook")
        page = Page(title, market)
        page.blocks.append(("h", 1, page.title))
        page.blocks.append(("p", " ".join([self.claim_sentence(market)] +
                                          [self.prose_sentence(market) for _ in range(r.randrange(1, 4))])))
        for _ in range(r.randrange(1, 4)):
            page.blocks.append(("p", " ".join(self.fact_sentence(market) if r.random() < 0.1
                                              else self.prose_sentence(market) for _ in range(r.randrange(2, 5)))))
        return page


class LazySlots(dict):
    """str.format_map slots computed only when a template uses them (fewer PRNG draws)."""

    def __init__(self, makers):
        super().__init__()
        self.makers = makers

    def __missing__(self, key):
        v = self[key] = self.makers[key]()
        return v


def block_text_size(b):
    if b[0] == "h": return len(b[2]) + 2
    if b[0] == "p": return len(b[1]) + 2
    if b[0] in ("ul", "related"): return sum(len(t) + 1 for t in b[1])
    return sum(sum(len(c) + 1 for c in row) for row in b[1])


def block_strings(b):
    """A block's text pieces, marks stripped."""
    if b[0] in ("h", "p"):
        return [strip_marks(b[-1])]
    if b[0] == "table":
        return [strip_marks(c) for row in b[1] for c in row]
    return [strip_marks(t) for t in b[1]]


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


# --- the realistic HTML renderer (version 3) --------------------------------------------
# Real report pages are about 10% visible text: the rest is the site's chrome (head
# meta tags and link lists, inline CSS, analytics and app scripts, JSON-LD, JSON
# state blobs, mega menus with nested lists and class/data- attributes, inline SVG
# icons, lead forms with long country lists, cookie banners, footers) and the
# markup around the article itself (wrappers, class lists, indentation). Each
# synthetic site draws its chrome once from a site PRNG (class naming scheme, CSS,
# scripts, icons, menu); every page of the site reuses it, as a crawl of a few
# dozen publishers would, and a page's size decides how much of it it carries.

UTILITY_CLASSES = ("flex items-center justify-between gap-2 gap-4 px-4 py-2 px-6 py-3 md:px-8 lg:py-6 text-sm "
                   "text-base text-lg font-medium font-semibold text-gray-600 text-gray-900 hover:text-blue-600 "
                   "hover:underline bg-white dark:bg-slate-900 rounded-md rounded-lg shadow-sm border "
                   "border-gray-200 transition-colors duration-150 w-full max-w-7xl mx-auto grid grid-cols-1 "
                   "md:grid-cols-2 lg:grid-cols-3 hidden md:block focus:outline-none focus:ring-2 "
                   "ring-offset-2 leading-relaxed tracking-tight truncate").split()
BOOTSTRAP_CLASSES = ("container row col-12 col-md-4 col-md-6 col-lg-3 col-lg-8 d-flex d-none d-md-block "
                     "align-items-center justify-content-between mt-2 mb-2 mb-4 p-3 p-4 px-3 py-2 text-center "
                     "text-muted fw-bold small card card-body shadow-sm rounded border-0").split()
BEM_BLOCKS = ["site-header", "mega-menu", "report-card", "toc", "breadcrumbs", "cta-box", "site-footer",
              "sidebar", "share-bar", "lead-form", "report-body", "section"]
BEM_ELEMS = ["item", "link", "title", "body", "icon", "label", "list", "wrapper", "inner", "btn", "content"]
MENU_WORDS = ["Healthcare", "Pharmaceuticals", "Medical Devices", "ICT & Media", "Semiconductors",
              "Chemicals & Materials", "Energy & Power", "Automotive & Transportation", "Food & Beverages",
              "Consumer Goods", "Aerospace & Defense", "Agriculture", "Construction", "Packaging",
              "Press Releases", "Insights", "Infographics", "Consulting", "About Us", "Careers", "Contact Us",
              "Upcoming Reports", "Latest Reports", "Case Studies", "Webinars", "Subscriptions"]
COUNTRY_OPTIONS = ["Afghanistan", "Albania", "Algeria", "Argentina", "Australia", "Austria", "Bangladesh",
                   "Belgium", "Brazil", "Bulgaria", "Canada", "Chile", "China", "Colombia", "Croatia", "Czechia",
                   "Denmark", "Egypt", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "India",
                   "Indonesia", "Ireland", "Israel", "Italy", "Japan", "Kenya", "Malaysia", "Mexico", "Morocco",
                   "Netherlands", "New Zealand", "Nigeria", "Norway", "Pakistan", "Peru", "Philippines", "Poland",
                   "Portugal", "Qatar", "Romania", "Saudi Arabia", "Singapore", "South Africa", "South Korea",
                   "Spain", "Sweden", "Switzerland", "Thailand", "Türkiye", "Ukraine", "United Arab Emirates",
                   "United Kingdom", "United States", "Vietnam"]
JS_STATEMENTS = [
    'window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date);gtag("config","G-{ID}",{{anonymize_ip:!0,send_page_view:!0}});',
    '(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{"gtm.start":new Date().getTime(),event:"gtm.js"}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!="dataLayer"?"&l="+l:"";j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i+dl;f.parentNode.insertBefore(j,f)}})(window,document,"script","dataLayer","GTM-{ID}");',
    '!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version="2.0";n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}}(window,document,"script","https://connect.facebook.net/en_US/fbevents.js");fbq("init","{N}");fbq("track","PageView");',
    'var {a}=document.querySelectorAll(".{c}");for(var {i}=0;{i}<{a}.length;{i}++){{{a}[{i}].addEventListener("click",function(e){{e.preventDefault();this.parentNode.classList.toggle("is-open");this.setAttribute("aria-expanded",this.getAttribute("aria-expanded")!=="true")}})}}',
    'function {f}({a},{b}){{if(!{a})return null;var {v}={a}.getBoundingClientRect();return {v}.top<({b}||window.innerHeight)&&{v}.bottom>0}}',
    'var {a}={{currency:"USD",price:{N},label:"$ {N} & up < {N2} > {Y}",discount:"{P}% off until {Y}"}};',
    '{a}.innerHTML="<div class=\\"{c}\\"><span class=\\"price\\">US$ "+{b}.price+"</span> &mdash; "+{b}.title+"</div>";',
    'const {f}=async({b})=>{{const {v}=await fetch("/api/v2/reports/{N}/toc?lang=en&q="+encodeURIComponent({b}));return {v}.ok?{v}.json():[]}};',
    'document.addEventListener("DOMContentLoaded",function(){{var {a}=document.getElementById("{c}");if({a}){{{a}.style.display="block";setTimeout(function(){{{a}.classList.add("visible")}},{N2})}}}});',
    'if(window.innerWidth<768){{document.body.className+=" is-mobile";}}else{{document.documentElement.style.setProperty("--header-h","{N2}px")}}',
    'try{{var {a}=JSON.parse(localStorage.getItem("{c}")||"{{}}");{a}.visits=({a}.visits||0)+1;localStorage.setItem("{c}",JSON.stringify({a}))}}catch({b}){{console.warn({b})}}',
    'window.__CONSENT__={{"version":{N2},"regions":["EU","UK","US-CA"],"purposes":{{"analytics":!0,"ads":!1}},"text":"We use cookies to improve your experience; see our policy."}};',
]
SVG_PATHS = "MLHVCSQTAZ"


class Site:
    """One synthetic publisher: its class scheme, stylesheet, scripts, icons and menu."""

    def __init__(self, r, n):
        self.r = r
        self.scheme = n % 3
        self.name = f"{r.choice(['Global', 'Verified', 'Precision', 'Allied', 'Fortune', 'Mordor', 'Astute', 'Polaris'])} " \
                    f"{r.choice(['Market', 'Industry', 'Business', 'Strategic'])} {r.choice(['Research', 'Insights', 'Analytics', 'Reports'])}"
        self.domain = "www." + self.name.lower().replace(" ", "") + ".com"
        self.classes = [self.class_list() for _ in range(60)]
        self.css = [self.css_chunk() for _ in range(30)]
        self.js = [self.js_chunk() for _ in range(30)]
        self.svgs = [self.svg() for _ in range(20)]
        self.menu = [self.menu_item(i) for i in range(r.randrange(40, 260))]
        self.lead_form = r.random() < 0.35
        self.next_data = r.random() < 0.35
        self.indent = r.choice([0, 2, 4, 4, 8])
        # Shares of the chrome budget: CSS, scripts, menu, icons.
        w = [r.uniform(0.5, 3) for _ in range(4)]
        self.weights = [x / sum(w) for x in w]

    def class_list(self):
        r = self.r
        if self.scheme == 0:
            return " ".join(r.sample(UTILITY_CLASSES, r.randrange(3, 13)))
        if self.scheme == 1:
            b, e = r.choice(BEM_BLOCKS), r.choice(BEM_ELEMS)
            return f"{b}__{e}" + (f" {b}__{e}--{r.choice(['active', 'large', 'dark', 'sticky'])}" if r.random() < 0.4 else "")
        return " ".join(r.sample(BOOTSTRAP_CLASSES, r.randrange(2, 7)))

    def css_chunk(self):
        r = self.r
        minified = r.random() < 0.5
        rules = []
        for _ in range(r.randrange(12, 40)):
            names = r.choice(self.classes).split()[:r.randrange(1, 3)]
            sel = ", ".join("." + c.replace(":", "\\:") + r.choice(["", ":hover", " > a", "::before", " .icon", ":focus-visible"])
                            for c in names)
            props = [f"{r.choice(CSS_PROPS)}: {r.choice([f'{r.randrange(0, 48)}px', f'{r.uniform(0, 3):.3g}rem', f'#{r.randrange(16**6):06x}', 'var(--c-primary)', 'none', 'inherit', f'calc(100% - {r.randrange(1, 99)}px)'])}"
                     for _ in range(r.randrange(1, 7))]
            rule = f"{sel} {{ " + "; ".join(props) + "; }"
            if r.random() < 0.1:
                rule = f"@media (min-width: {r.choice([576, 768, 992, 1200])}px) {{ {rule} }}"
            rules.append(rule)
        text = "\n".join(rules)
        return text.replace(": ", ":").replace("; ", ";").replace(" { ", "{").replace("\n", "") if minified else text

    def js_chunk(self):
        r = self.r
        out = []
        for _ in range(r.randrange(3, 14)):
            out.append(r.choice(JS_STATEMENTS).format(
                ID="".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                N=r.randrange(10**9, 10**10), N2=r.randrange(50, 999), Y=r.randrange(2020, 2026),
                P=r.randrange(5, 40), a="_" + "".join(r.choice("abcdefghijklmnop") for _ in range(2)),
                b=r.choice("etnrs"), c=r.choice(self.classes).split()[0].replace(":", "-"),
                i=r.choice("ijk"), v="_" + r.choice("xyz"), f="_" + "".join(r.choice("qrstuvwxyz") for _ in range(3))))
        return "".join(out) if r.random() < 0.6 else "\n".join(out)

    def svg(self):
        r = self.r
        d = []
        for _ in range(r.randrange(4, 80)):
            c = r.choice(SVG_PATHS)
            d.append(c + " ".join(f"{r.uniform(0, 24):.3g}" for _ in range(0 if c == "Z" else r.choice([1, 2, 2, 4, 6]))))
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="{r.choice([16, 20, 24])}" '
                f'height="24" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true" '
                f'class="{r.choice(self.classes)}"><path stroke-linecap="round" stroke-linejoin="round" '
                f'd="{"".join(d)}"/></svg>')

    def menu_item(self, i):
        r = self.r
        label = r.choice(MENU_WORDS) if r.random() < 0.4 else r.choice(MARKET_HEADS)
        slug = label.lower().replace(" & ", "-").replace(" ", "-").replace("(", "").replace(")", "")
        return (f'<li class="{r.choice(self.classes)}" data-menu-id="{i}" data-depth="{r.randrange(1, 4)}">'
                f'<a class="{r.choice(self.classes)}" href="https://{self.domain}/industry/{slug}/{r.randrange(100, 9999)}" '
                f'title="{html.escape(label)}" data-track="nav:{slug}">{html.escape(label)}</a></li>')


class SiteRenderer(HtmlRenderer):
    """Realistic report pages for the sites of a seed; the page's size sets how much chrome it carries."""

    def __init__(self, r, site_seed, n_sites=24):
        super().__init__(r)
        site_r = random.Random(site_seed)
        self.sites = [Site(site_r, n) for n in range(n_sites)]

    def cls(self, site):
        return site.classes[self.r.randrange(len(site.classes))]

    def fill(self, pool, budget):
        """Whole pieces of pool, drawn at random, until about `budget` bytes."""
        out, n = [], 0
        while n < budget:
            s = pool[self.r.randrange(len(pool))]
            out.append(s)
            n += len(s) + 1
        return out

    def article(self, site, page):
        r, ind = self.r, "\n" + " " * site.indent
        parts = [f'<article class="{self.cls(site)}" itemscope itemtype="https://schema.org/Report">']
        open_section = False
        for i, b in enumerate(page.blocks):
            if b[0] == "h" and b[1] == 2:
                if open_section:
                    parts.append("</section>")
                sid = "".join(ch for ch in b[2].lower().replace(" ", "-") if ch.isalnum() or ch == "-")
                parts.append(f'<section id="{sid}-{i}" class="{self.cls(site)}" data-section="{i}">')
                open_section = True
            if b[0] == "related":
                continue
            if b[0] == "h":
                parts.append(f'<h{b[1]} class="{self.cls(site)}" id="h-{i}">{self.inline(b[2])}</h{b[1]}>')
            elif b[0] == "p":
                parts.append(f'<p class="{self.cls(site)}">{self.inline(b[1])}</p>')
            elif b[0] == "ul":
                icon = site.svgs[r.randrange(len(site.svgs))] if r.random() < 0.3 else ""
                parts.append(f'<ul class="{self.cls(site)}">' + ind.join(
                    f'<li class="{self.cls(site)}">{icon}<span>{self.inline(t)}</span></li>' for t in b[1]) + "</ul>")
            else:
                rows = [f'<tr class="{self.cls(site)}">' + "".join(
                    f'<th scope="col" class="{self.cls(site)}">{self.inline(c)}</th>' if k == 0 else
                    f'<td class="{self.cls(site)}" data-label="{html.escape(strip_marks(b[1][0][j]))}">{self.inline(c)}</td>'
                    for j, c in enumerate(row)) + "</tr>" for k, row in enumerate(b[1])]
                parts.append(f'<div class="{self.cls(site)}" data-table-id="{r.randrange(10**6)}"><table class="{self.cls(site)}">'
                             f'<thead>{rows[0]}</thead><tbody>{ind.join(rows[1:])}</tbody></table></div>')
            if i % 9 == 8:
                parts.append(f'<div class="{self.cls(site)}" data-ad-slot="{r.randrange(10**9)}" data-ad-format="auto" '
                             f'style="min-height:250px"><script>(adsbygoogle=window.adsbygoogle||[]).push({{}});</script></div>')
        if open_section:
            parts.append("</section>")
        parts.append("</article>")
        return ind.join(parts)

    def related(self, site, titles):
        r = self.r
        cards = []
        for t in titles:
            t = strip_marks(t)
            slug = "".join(ch for ch in t.lower().replace(" ", "-") if ch.isalnum() or ch == "-")[:60]
            img = f"https://cdn.{site.domain[4:]}/images/reports/{r.randrange(10**5)}-{slug}"
            cards.append(f'<div class="{self.cls(site)}"><a href="https://{site.domain}/reports/{slug}" class="{self.cls(site)}">'
                         f'<img src="{img}-320.webp" srcset="{img}-320.webp 320w, {img}-640.webp 640w, {img}-1024.webp 1024w" '
                         f'sizes="(max-width: 768px) 100vw, 320px" alt="{html.escape(t)}" loading="lazy" width="320" height="180" '
                         f'decoding="async"><h3 class="{self.cls(site)}">{self.inline(t)}</h3></a></div>')
        return f'<aside class="{self.cls(site)}"><h2>Related Reports</h2>' + "\n".join(cards) + "</aside>"

    def lead_form(self, site):
        opts = "".join(f'<option value="{c.lower().replace(" ", "-")}">{c}</option>' for c in COUNTRY_OPTIONS)
        fields = "".join(f'<div class="{self.cls(site)}"><label for="f-{f}">{f.title()}*</label>'
                         f'<input type="{t}" id="f-{f}" name="{f}" class="{self.cls(site)}" required autocomplete="{f}"></div>'
                         for f, t in (("name", "text"), ("email", "email"), ("company", "text"), ("phone", "tel")))
        return (f'<form class="{self.cls(site)}" method="post" action="/request-sample" data-form-id="{self.r.randrange(10**6)}">'
                f'<h3>Request a Free Sample</h3>{fields}<select name="country" class="{self.cls(site)}">'
                f'<option value="">Select country</option>{opts}</select><button type="submit" class="{self.cls(site)}">'
                f'Submit</button></form>')

    def render_page(self, page, target_bytes):
        r = self.r
        site = self.sites[r.randrange(len(self.sites))]
        title = html.escape(strip_marks(page.title))
        lead = html.escape(strip_marks(page.blocks[1][1])[:155], quote=True)
        url = f"https://{site.domain}/reports/{r.randrange(10**5, 10**6)}"
        body = self.article(site, page)
        # A page under 20 KB gets a light head and none of the heavier extras.
        light = target_bytes < 20_000
        related = ""
        if page.blocks[-1][0] == "related":
            related = self.related(site, page.blocks[-1][1]) if not light else \
                "<ul>" + "".join(f"<li>{self.inline(t)}</li>" for t in page.blocks[-1][1]) + "</ul>"
        form = self.lead_form(site) if site.lead_form and not light else ""
        head_meta = "\n".join([
            '<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
            f"<title>{title} | {site.name}</title>", f'<meta name="description" content="{lead}">',
            f'<link rel="canonical" href="{url}">', f'<meta property="og:title" content="{title}">',
            f'<meta property="og:description" content="{lead}">', f'<meta property="og:url" content="{url}">',
            f'<meta property="og:image" content="https://cdn.{site.domain[4:]}/og/{r.randrange(10**6)}.jpg">',
            '<meta property="og:type" content="article">', '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:title" content="{title}">', f'<meta name="twitter:description" content="{lead}">',
            *(f'<link rel="alternate" hreflang="{h}" href="{url}?lang={h}">'
              for h in (() if light else ("en", "de", "fr", "ja", "zh", "ko", "x-default"))),
            f'<link rel="preconnect" href="https://cdn.{site.domain[4:]}" crossorigin>',
            '<link rel="preconnect" href="https://www.googletagmanager.com">',
            f'<link rel="preload" href="/fonts/inter-var.woff2" as="font" type="font/woff2" crossorigin>',
            f'<link rel="stylesheet" href="/assets/css/main.{r.randrange(16**8):08x}.css">',
            '<link rel="icon" href="/favicon.ico" sizes="any">', '<link rel="apple-touch-icon" href="/apple-touch-icon.png">'])
        ld = json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "Report", "name": strip_marks(page.title), "description": strip_marks(page.blocks[1][1]),
             "publisher": {"@type": "Organization", "name": site.name, "url": f"https://{site.domain}"},
             "offers": {"@type": "Offer", "price": r.randrange(1000, 6000), "priceCurrency": "USD"},
             "datePublished": f"{r.randrange(2019, 2026)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": k + 1, "name": n, "item": f"https://{site.domain}/{n.lower()}"}
                for k, n in enumerate(("Home", "Reports", page.market))]}]}, ensure_ascii=False)
        ld = "" if light else f'<script type="application/ld+json">{ld}</script>'
        fixed = len(head_meta) + len(body) + len(related) + len(form) + len(ld) + 1500
        budget = max(0, target_bytes - fixed)
        w = site.weights
        next_data = ""
        if site.next_data:
            # A Next.js-style page state: the article once more, as JSON in a script.
            state = {"props": {"pageProps": {"report": {"title": strip_marks(page.title), "blocks": [
                {"type": b[0], "text": block_strings(b)} for b in page.blocks]}}},
                "page": "/reports/[slug]", "buildId": f"{r.randrange(16**10):010x}"}
            next_data = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
            budget = max(0, budget - len(next_data))
        # The site's menu in its order, repeated (desktop and mobile copies) while its share
        # of the budget lasts, at most three times; what it leaves goes to styles and scripts.
        items, n = [], 0
        while n < budget * w[2] and len(items) < 3 * len(site.menu):
            s = site.menu[len(items) % len(site.menu)]
            items.append(s)
            n += len(s)
        per_weight = (budget - n) / (w[0] + w[1] + w[3])
        css = self.fill(site.css, per_weight * w[0])
        js = self.fill(site.js, per_weight * w[1])
        head_js, tail_js = js[:len(js) // 2], js[len(js) // 2:]
        icons = self.fill(site.svgs, per_weight * w[3])
        ind = "\n" + " " * site.indent
        menu = ind.join(f'<ul class="{self.cls(site)}" role="menu">' + "".join(items[k:k + 12]) + "</ul>"
                        for k in range(0, len(items), 12))
        social = "".join(f'<a href="https://{s}.com/{site.domain[4:-4]}" class="{self.cls(site)}" aria-label="{s}">{icon}</a>'
                         for s, icon in zip(("linkedin", "x", "facebook", "youtube", "instagram"), icons[:5]))
        icon_rest = "".join(f'<span class="{self.cls(site)}">{s}</span>' for s in icons[5:])
        crumbs = " &raquo; ".join(f'<a href="https://{site.domain}/{n.lower()}" class="{self.cls(site)}">{html.escape(n)}</a>'
                                  for n in ("Home", "Reports"))
        return "\n".join([
            "<!DOCTYPE html>", f'<html lang="{getattr(page, "lang", "en")}" class="no-js">', "<head>", head_meta,
            "<style>", *css, "</style>", "<script>", *head_js, "</script>",
            ld, "</head>",
            f'<body class="{self.cls(site)}">',
            f'<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-{r.randrange(16**6):06X}" height="0" '
            'width="0" style="display:none;visibility:hidden"></iframe></noscript>',
            f'<header class="{self.cls(site)}"><a href="https://{site.domain}/" class="{self.cls(site)}" aria-label="{site.name}">'
            f"{site.svgs[0]}</a>", f'<nav id="main-nav" class="{self.cls(site)}" aria-label="Main">{menu}</nav>',
            f'<form role="search" action="/search" class="{self.cls(site)}"><input type="search" name="q" '
            f'placeholder="Search reports" class="{self.cls(site)}"></form></header>',
            f'<nav aria-label="breadcrumb" class="{self.cls(site)}">{crumbs} &raquo; <span>{html.escape(page.market)}</span></nav>',
            f'<main id="content" class="{self.cls(site)}"><div class="{self.cls(site)}">', body,
            f'<div class="{self.cls(site)}">{form}{icon_rest}</div>', related, "</div></main>",
            f'<footer class="{self.cls(site)}"><div class="{self.cls(site)}">{social}</div>'
            f"<p>&copy; {r.randrange(2023, 2026)} {site.name}. All rights reserved.</p></footer>",
            f'<div id="cookie-consent" class="{self.cls(site)}" role="dialog" hidden><p>We use cookies to improve '
            f'your experience.</p><button class="{self.cls(site)}">Accept</button></div>',
            "<script>", *tail_js, "</script>", next_data,
            f'<script src="/assets/js/app.{r.randrange(16**8):08x}.js" defer></script>', "</body>", "</html>", ""])


def render_text(page):
    out = []
    for b in page.blocks:
        if b[0] in ("h", "p"):
            out.append(strip_marks(b[-1]))
        elif b[0] == "ul":
            out.append("\n".join("- " + strip_marks(t) for t in b[1]))
        elif b[0] == "related":
            out.append("Related Reports\n" + "\n".join("- " + strip_marks(t) for t in b[1]))
        else:
            out.append("\n".join("\t".join(strip_marks(c) for c in row) for row in b[1]))
    return "\n\n".join(out) + "\n"


def lognormal_size(r, median, sigma, lo, hi):
    return int(min(hi, max(lo, r.lognormvariate(math.log(median), sigma))))


def generate(out, html_mb, text_mb, small, seed, profile="realistic"):
    params = {"version": GENERATOR_VERSION, "profile": profile, "html_mb": html_mb, "text_mb": text_mb,
              "small": small, "seed": seed}
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
    dense = profile == "dense"
    renderer = HtmlRenderer(random.Random(seed + 1)) if dense else SiteRenderer(random.Random(seed + 1), seed + 2)
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
    p = REALISTIC
    while totals["html"] < html_target or totals["text"] < text_target:
        if dense:
            # Version 2's pages, unchanged: HTML sizes log-normal, median ~40 KB, clipped
            # to 5 KB - 2 MB; about 45% of a page's bytes are markup, scripts and styles.
            html_size = lognormal_size(gen.r, 40_000, 1.1, 5_000, 2_000_000)
            page = gen.page(max(1_500, int(html_size * 0.55)))
            html_page = (lambda page=page: renderer.render(page))
        else:
            # HTML sizes log-normal, median 60 KB, clipped to 5 KB - 2 MB; the share of
            # visible text log-normal around 10%, most of it the article.
            html_size = lognormal_size(gen.r, 60_000, 1.0, 5_000, 2_000_000)
            visible = min(0.3, max(0.04, gen.r.lognormvariate(math.log(p["visible_median"]), p["visible_sigma"])))
            page = gen.report_page(max(300, int(html_size * visible * p["chrome_text"])), gen.r.choice(PAGE_LANGS))
            html_page = (lambda page=page, size=html_size: renderer.render_page(page, size))
        if totals["html"] < html_target:
            write("html", f"{i:05d}.html", html_page())
        if totals["text"] < text_target:
            write("text", f"{i:05d}.txt", render_text(page))
        i += 1
    for j in range(small):
        write("small", f"{j:05d}.html", renderer.render(gen.small_page() if dense else gen.news_page(), small=True))

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
    ap.add_argument("--dense", action="store_true",
                    help="version 2's dense pages (about twice the figures per KB of text, 55%% visible text): "
                         "a stress profile, not a realistic one")
    a = ap.parse_args()
    made = generate(a.out, a.html_mb, a.text_mb, a.small, a.seed, "dense" if a.dense else "realistic")
    with open(os.path.join(a.out, "manifest.json"), encoding="utf-8") as f:
        m = json.load(f)
    print(f"corpus {'generated' if made else 'up to date'} in {a.out}: "
          + ", ".join(f"{k} {m['files'][k]} files {m['bytes'][k] / 1e6:.1f} MB" for k in ("html", "text", "small")),
          file=sys.stderr)


if __name__ == "__main__":
    main()
