// Claim assembly, table-driven: a small page (its blocks written line by
// line) and the figures a detector would report on it -> the claims.
//
// The figures are given by their exact text so that each case states what the
// assembler receives; the detectors have their own tests.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/claims.h"

namespace claimtrace {
namespace {

// One line of a test page: "# " heading ("## ", "### " one and two levels
// lower), "- " list item, "| a | b |" table
// row (cells split on " | "), anything else a paragraph. Markers are not part
// of the text, like after the normalizer.
NormalizedDocument Page(const std::vector<std::string>& lines) {
  NormalizedDocument doc;
  int table = -1, row = 0;
  bool in_table = false;
  for (const std::string& raw : lines) {
    Block b;
    std::string line = raw;
    if (line.rfind("### ", 0) == 0) {
      b.kind = BlockKind::kHeading;
      b.level = 4;
      line = line.substr(4);
    } else if (line.rfind("## ", 0) == 0) {
      b.kind = BlockKind::kHeading;
      b.level = 3;
      line = line.substr(3);
    } else if (line.rfind("# ", 0) == 0) {
      b.kind = BlockKind::kHeading;
      b.level = 2;
      line = line.substr(2);
    } else if (line.rfind("- ", 0) == 0) {
      b.kind = BlockKind::kListItem;
      b.level = 1;
      line = line.substr(2);
    } else if (line.rfind("  - ", 0) == 0) {
      b.kind = BlockKind::kListItem;
      b.level = 2;
      line = line.substr(4);
    } else if (line.rfind("| ", 0) == 0) {
      b.kind = BlockKind::kTableRow;
      if (!in_table) {
        ++table;
        row = 0;
      }
      b.table = table;
      b.row = row++;
      std::string cells = line.substr(2, line.size() - 4);
      line.clear();
      size_t start = 0;
      while (true) {
        size_t bar = cells.find(" | ", start);
        std::string cell = cells.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        if (!line.empty()) line += '\t';
        uint32_t base = static_cast<uint32_t>(doc.text.size() + (doc.text.empty() ? 0 : 1));
        uint32_t cell_start = static_cast<uint32_t>(base + line.size());
        line += cell;
        b.cells.push_back({cell_start, static_cast<uint32_t>(cell_start + cell.size())});
        if (bar == std::string::npos) break;
        start = bar + 3;
      }
    }
    in_table = b.kind == BlockKind::kTableRow;
    if (!doc.text.empty()) doc.text += '\n';
    b.span = {static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + line.size())};
    doc.text += line;
    doc.blocks.push_back(b);
    if (doc.title.empty() && b.kind == BlockKind::kHeading) doc.title = line;
  }
  doc.display = doc.text;
  return doc;
}

struct Fig {
  MentionKind kind;
  std::string text;  // found left to right in the page text
  double value = 0;  // money amount, percent, year; NAN for a range
  std::string currency = {};
  int from = 0, to = 0;  // year ranges
  double min = 0, max = 0;  // ranges
};

std::vector<Mention> Figures(const NormalizedDocument& doc, const std::vector<Fig>& figs) {
  std::vector<Mention> out;
  size_t pos = 0;
  for (const Fig& f : figs) {
    size_t at = doc.text.find(f.text, pos);
    REQUIRE_MESSAGE(at != std::string::npos, "figure text not in page: " << f.text);
    Mention m;
    m.kind = f.kind;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + f.text.size())};
    if (f.kind == MentionKind::kYearRange) {
      m.from = f.from;
      m.to = f.to;
    } else if (std::isnan(f.value)) {
      m.min = f.min;
      m.max = f.max;
    } else {
      m.value = f.value;
    }
    m.currency = f.currency;
    out.push_back(m);
    pos = at + f.text.size();
  }
  return out;
}

Fig Money(std::string text, double amount, std::string currency = "USD") {
  return {MentionKind::kMoney, std::move(text), amount, std::move(currency)};
}
Fig MoneyRange(std::string text, double min, double max) {
  return {MentionKind::kMoney, std::move(text), NAN, "USD", 0, 0, min, max};
}
Fig Pct(std::string text, double value) { return {MentionKind::kPercent, std::move(text), value}; }
Fig Year(std::string text, int year) { return {MentionKind::kYear, std::move(text), static_cast<double>(year)}; }
Fig Range(std::string text, int from, int to) { return {MentionKind::kYearRange, std::move(text), 0, "", from, to}; }

// What a claim must say; `time` is the size/share year or the cagr's from/to.
struct Want {
  ClaimKind kind;
  double value;  // amount or percent
  std::optional<int> year_or_from;
  std::optional<int> to = std::nullopt;
  std::string segment = {};  // name, or "" for none
  bool projected = false;
  std::string qualifier = {};
};

Want Size(double amount, int year, bool projected, std::string segment = {}, std::string qualifier = {}) {
  return {ClaimKind::kSize, amount, year, std::nullopt, std::move(segment), projected, std::move(qualifier)};
}
Want Cagr(double value, std::optional<int> from, std::optional<int> to, std::string segment = {}) {
  return {ClaimKind::kCagr, value, from, to, std::move(segment)};
}
Want Share(double value, std::optional<int> year, std::string segment = {}, std::string qualifier = {}) {
  return {ClaimKind::kShare, value, year, std::nullopt, std::move(segment), false, std::move(qualifier)};
}

struct Case {
  const char* name;
  std::vector<std::string> lines;
  std::vector<Fig> figures;
  std::vector<Want> claims;
  std::string language = "en";
};

const Lexicon& TheLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon l;
    Status s = Lexicon::Load(Lexicon::DefaultDir(), &l);
    REQUIRE_MESSAGE(s.ok(), s.message());
    return l;
  }();
  return lexicon;
}

void Check(const Case& c) {
  std::string name = c.name;
  CAPTURE(name);
  NormalizedDocument doc = Page(c.lines);
  std::vector<Mention> figures = Figures(doc, c.figures);
  ClaimAssembler assembler(&TheLexicon());
  PageStyle style;
  style.language = c.language;
  ClaimResult r = assembler.Assemble(doc, figures, style);
  REQUIRE(r.claims.size() == c.claims.size());
  for (size_t i = 0; i < c.claims.size(); ++i) {
    const Claim& got = r.claims[i];
    const Want& want = c.claims[i];
    CAPTURE(i);
    CHECK(got.kind == want.kind);
    if (want.kind == ClaimKind::kSize) {
      CHECK(got.amount == doctest::Approx(want.value));
      CHECK(got.year == want.year_or_from);
      CHECK(got.projected == want.projected);
    } else if (want.kind == ClaimKind::kCagr) {
      CHECK(got.value == doctest::Approx(want.value));
      CHECK(got.from == want.year_or_from);
      CHECK(got.to == want.to);
    } else {
      CHECK(got.value == doctest::Approx(want.value));
      CHECK(got.year == want.year_or_from);
    }
    CHECK((got.segment ? got.segment->name : std::string()) == want.segment);
    if (!want.qualifier.empty()) CHECK(got.qualifier == want.qualifier);
    // Evidence is the whole unit the figure sits in.
    CHECK(got.evidence.start <= figures[got.figures.front()].span.start);
    CHECK(got.evidence.end >= figures[got.figures.front()].span.end);
  }
}

const char* kIomtTitle =
    "# Internet of Medical Things (IoMT) Market (By End-use: Hospitals, Clinics, Homecare; By Component: "
    "Hardware, Software, Services; By Deployment: Cloud, On-premise) - Global Industry Analysis";

TEST_CASE("sentences of the seed pages yield their claims") {
  const Case cases[] = {
      {"seed 001 opening: two sizes and a rate over a stated range",
       {kIomtTitle,
        "The global internet of medical things (IoMT) market size was estimated at around USD 181.93 billion in 2023 "
        "and it is projected to hit around USD 1,166.52 billion by 2033, growing at a CAGR of 20.42% from 2024 to 2033."},
       {Money("USD 181.93 billion", 181.93e9), Year("2023", 2023), Money("USD 1,166.52 billion", 1166.52e9),
        Year("2033", 2033), Pct("20.42%", 20.42), Range("2024 to 2033", 2024, 2033)},
       {Size(181.93e9, 2023, false, "", "around"), Size(1166.52e9, 2033, true, "", "around"),
        Cagr(20.42, 2024, 2033)}},
      {"a region dominating with a share",
       {kIomtTitle, "The North America dominated the global market with the largest market share of 38% in 2023."},
       {Pct("38%", 38), Year("2023", 2023)},
       {Share(38, 2023, "North America")}},
      {"'the X component segment' takes the page's spelling",
       {kIomtTitle, "By Component, the hardware component segment contributed the largest market share of 49% in 2023."},
       {Pct("49%", 49), Year("2023", 2023)},
       {Share(49, 2023, "Hardware")}},
      {"'more than' stays outside the figure and becomes the qualifier",
       {kIomtTitle, "By End-use, the hospitals segment contributed more than 33% of revenue share in 2023."},
       {Pct("33%", 33), Year("2023", 2023)},
       {Share(33, 2023, "Hospitals", "more than")}},
      {"'between 2024 to 2033' is the rate's period; a region of the lexicon",
       {kIomtTitle, "The Asia Pacific region is anticipated to grow at the considerable CAGR of 23.68% between 2024 to 2033."},
       {Pct("23.68%", 23.68), Range("2024 to 2033", 2024, 2033)},
       {Cagr(23.68, 2024, 2033, "Asia Pacific")}},
      {"over the forecast period: the page's own declared period (a plain-text table row)",
       {kIomtTitle, "| Forecast Period | 2024 to 2033 |",
        "The cloud-based deployment segment is expected to register the fastest growth rate of 21.13% over the forecast period."},
       {Range("2024 to 2033", 2024, 2033), Pct("21.13%", 21.13)},
       {Cagr(21.13, 2024, 2033, "Cloud")}},
      // Regression: "the analysis period" (Research and Markets' wording) was no forecast period.
      {"over the analysis period: the period the page declares as its analysis period",
       {"The global market for Smart Irrigation is expected to reach US$3.9 Billion by 2030, growing at a CAGR of "
        "13.7% over the analysis period 2023-2030.",
        "Growth in the Sensor-based Controllers segment is estimated at 12.9% CAGR over the analysis period."},
       {Money("US$3.9 Billion", 3.9e9), Year("2030", 2030), Pct("13.7%", 13.7), Range("2023-2030", 2023, 2030),
        Pct("12.9%", 12.9)},
       {Size(3.9e9, 2030, true), Cagr(13.7, 2023, 2030), Cagr(12.9, 2023, 2030, "Sensor-based Controllers")}},
      // Regression: the apposition's "one of the segments" named no segment, so the rate was the market's.
      {"'X, one of the segments analyzed in the report,' names X",
       {"# Smart Irrigation Market",
        "Weather-based Controllers, one of the segments analyzed in the report, is expected to record a 14.1% CAGR "
        "and reach US$2.3 Billion by 2030."},
       {Pct("14.1%", 14.1), Money("US$2.3 Billion", 2.3e9), Year("2030", 2030)},
       {Cagr(14.1, std::nullopt, 2030, "Weather-based Controllers"), Size(2.3e9, 2030, true, "Weather-based Controllers")}},
      {"over the forecast period without a declared period: from/to stay null",
       {"The homecare segment is anticipated to grow at a significant CAGR of 20.94% over the forecast period."},
       {Pct("20.94%", 20.94)},
       {Cagr(20.94, std::nullopt, std::nullopt, "homecare")}},
      {"seed 002: 'valued ... at $X, projecting it to reach $Y by YEAR'",
       {"In 2017, the global market research and consulting firm MarketsandMarkets valued the IoMT market at $41.2 "
        "billion, projecting it to reach $158.1 billion by 2022."},
       {Year("2017", 2017), Money("$41.2 billion", 41.2e9), Money("$158.1 billion", 158.1e9), Year("2022", 2022)},
       {Size(41.2e9, 2017, false), Size(158.1e9, 2022, true)}},
      {"seed 002: 'By 2022, ... from $14.9 billion in 2017 to $52.2 billion'",
       {"By 2022, the connected medical devices segment of the IoMT is expected to grow from $14.9 billion in 2017 to "
        "$52.2 billion."},
       {Year("2022", 2022), Money("$14.9 billion", 14.9e9), Year("2017", 2017), Money("$52.2 billion", 52.2e9)},
       {Size(14.9e9, 2017, false, "connected medical devices"), Size(52.2e9, 2022, true, "connected medical devices")}},
      {"seed 002: regions in a list of parentheses, one year for all",
       {"In 2017, North America accounted for the largest share of the IoMT market ($13.3 billion, or 33% of the total "
        "market), followed by Europe ($12.4 billion), Asia-Pacific ($11.0 billion), the Middle East and Africa ($2.4 "
        "billion), and South America ($2.1 billion)."},
       {Year("2017", 2017), Money("$13.3 billion", 13.3e9), Pct("33%", 33), Money("$12.4 billion", 12.4e9),
        Money("$11.0 billion", 11.0e9), Money("$2.4 billion", 2.4e9), Money("$2.1 billion", 2.1e9)},
       {Size(13.3e9, 2017, false, "North America"), Share(33, 2017, "North America"), Size(12.4e9, 2017, false, "Europe"),
        Size(11.0e9, 2017, false, "Asia-Pacific"), Size(2.4e9, 2017, false, "Middle East and Africa"),
        Size(2.1e9, 2017, false, "South America")}},
      {"seed 002: another market's 'annual rate' between two sized years",
       {"Global healthcare expenditure is projected to grow at an annual rate of 4.2%, increasing from $7.1 trillion in "
        "2015 to $8.7 trillion in 2020."},
       {Pct("4.2%", 4.2), Money("$7.1 trillion", 7.1e12), Year("2015", 2015), Money("$8.7 trillion", 8.7e12),
        Year("2020", 2020)},
       {Cagr(4.2, 2015, 2020), Size(7.1e12, 2015, false), Size(8.7e12, 2020, true)}},
      {"seed 003: the range's end dates the amount it reaches",
       {"The global IoMT market is predicted to grow at a CAGR of 25% from 2022-2028 to reach $332 billion."},
       {Pct("25%", 25), Range("2022-2028", 2022, 2028), Money("$332 billion", 332e9)},
       {Cagr(25, 2022, 2028), Size(332e9, 2028, true)}},
      {"seed 003: 'That's a 5-year CAGR' takes its period from the sentence before",
       {"- The global IoMT market size is predicted to grow from $71 billion in 2021 to $284 billion by 2026 as per "
        "Fortune Business Insights. That's a 5-year CAGR of 30.9%."},
       {Money("$71 billion", 71e9), Year("2021", 2021), Money("$284 billion", 284e9), Year("2026", 2026),
        Pct("30.9%", 30.9)},
       {Size(71e9, 2021, false), Size(284e9, 2026, true), Cagr(30.9, 2021, 2026)}},
      {"seed 003: the noun before 'held' is the segment",
       {"- Among end users, hospitals held the largest share of 33% in 2021 followed by clinics."},
       {Pct("33%", 33), Year("2021", 2021)},
       {Share(33, 2021, "hospitals")}},
      {"seed 003: a share with no year keeps year null",
       {"- Based on components, the services segment made up the largest share of 40% in the global IoMT industry."},
       {Pct("40%", 40)},
       {Share(40, std::nullopt, "services")}},
      {"seed 004: valued ... projected to reach ... CAGR from ... to",
       {"Healthcare M2M Market size was valued at USD 16.19 Billion in 2022 and is projected to reach USD 45.83 Billion "
        "by 2030, growing at a CAGR of 13.92% from 2024 to 2030."},
       {Money("USD 16.19 Billion", 16.19e9), Year("2022", 2022), Money("USD 45.83 Billion", 45.83e9),
        Year("2030", 2030), Pct("13.92%", 13.92), Range("2024 to 2030", 2024, 2030)},
       {Size(16.19e9, 2022, false), Size(45.83e9, 2030, true), Cagr(13.92, 2024, 2030)}},
      {"a headline: 'Worth $X, by YEAR - CAGR - Y%' has only an end year",
       {"# Global Sensors Market Size Worth USD 425.22 Billion, by 2031 - CAGR - 7.6%"},
       {Money("USD 425.22 Billion", 425.22e9), Year("2031", 2031), Pct("7.6%", 7.6)},
       {Size(425.22e9, 2031, true), Cagr(7.6, std::nullopt, 2031)}},
      {"a CJK year before its amount, a conversion in parentheses inherits it",
       {"中国のオンライン小売市場は、2024年に15.23兆元(約2.14兆ドル)に達した。"},
       {Year("2024", 2024), Money("15.23兆元", 15.23e12, "CNY"), Money("2.14兆ドル", 2.14e12)},
       {Size(15.23e12, 2024, false, "中国"), Size(2.14e12, 2024, false, "中国", "approximately")},
       "ja"},
      // The next name of a CJK share list, marked as its clause's subject, shares the list's role.
      {"'AWSが32.1%でトップ、次いでMicrosoftが21.4%'",
       {"ベンダー別シェアでは、AWSが32.1%でトップ、次いでMicrosoftが21.4%となった。",
        "Alibabaの市場シェア：46%（2023年）、JD.comが27.2%で第2位。"},
       {Pct("32.1%", 32.1), Pct("21.4%", 21.4), Pct("46%", 46), Year("2023", 2023), Pct("27.2%", 27.2)},
       {Share(32.1, std::nullopt, "AWS"), Share(21.4, std::nullopt, "Microsoft"), Share(46, 2023, "Alibaba"),
        Share(27.2, 2023, "JD.com")},
       "ja"},
      // A Chinese owner before a measure word ("纯电动汽车销量占比") or "with" a share ("比亚迪以35%的市场份额").
      {"'纯电动汽车销量占比为70.4%', '比亚迪以35%的市场份额位居第一'",
       {"其中，纯电动汽车销量占比为70.4%，插电式混合动力汽车占比为29.6%。", "比亚迪以35%的市场份额位居第一。"},
       {Pct("70.4%", 70.4), Pct("29.6%", 29.6), Pct("35%", 35)},
       {Share(70.4, std::nullopt, "纯电动汽车"), Share(29.6, std::nullopt, "插电式混合动力汽车"),
        Share(35, std::nullopt, "比亚迪")},
       "zh"},
      // A market inside the page's market is its segment; a share after its size is of the same part.
      {"'SaaS市場は…1兆4,000億円となり、市場全体の43.8%を占めた' on a cloud services page",
       {"# 国内クラウドサービス市場の動向", "SaaS市場は2023年に1兆4,000億円となり、市場全体の43.8%を占めた。",
        "国内クラウドサービス市場は2023年に3兆2,000億円となった。"},
       {Year("2023", 2023), Money("1兆4,000億円", 1.4e12, "JPY"), Pct("43.8%", 43.8), Year("2023", 2023),
        Money("3兆2,000億円", 3.2e12, "JPY")},
       {Size(1.4e12, 2023, false, "SaaS"), Share(43.8, 2023, "SaaS"), Size(3.2e12, 2023, false)},
       "ja"},
      // ... but the world's market is no part of it.
      {"'世界市場は2023年に約62億米ドル' on a robot cleaner page",
       {"# 家庭用ロボット掃除機市場に関する調査", "世界市場は2023年に約62億米ドルと推計される。"},
       {Year("2023", 2023), Money("62億米ドル", 6.2e9)},
       {Size(6.2e9, 2023, false, "", "approximately")},
       "ja"},
      {"two amounts of a CJK sentence each take the year written before them",
       {"EC市場は2025年に4.44兆ドル、2030年に7.25兆ドルへ成長予測。"},
       {Year("2025", 2025), Money("4.44兆ドル", 4.44e12), Year("2030", 2030), Money("7.25兆ドル", 7.25e12)},
       {Size(4.44e12, 2025, false), Size(7.25e12, 2030, true)},
       "ja"},
      {"respectively pairs the names and the figures in order",
       {"China and the United States are projected to command significant shares of the market by 2030, amounting to "
        "US$2.4 billion and US$1.8 billion, respectively."},
       {Year("2030", 2030), Money("US$2.4 billion", 2.4e9), Money("US$1.8 billion", 1.8e9)},
       {Size(2.4e9, 2030, true, "China"), Size(1.8e9, 2030, true, "United States")}},
      // Regression: names the lexicon does not know were one segment ("Hardware and software") or none.
      {"respectively pairs the subject's listed names and the figures in order",
       {"Hardware and software accounted for 45% and 35% of revenue in 2023, respectively.",
        "By component, software, services and support are expected to grow at CAGRs of 12.1%, 10.4% and 8.2%, "
        "respectively."},
       {Pct("45%", 45), Pct("35%", 35), Year("2023", 2023), Pct("12.1%", 12.1), Pct("10.4%", 10.4), Pct("8.2%", 8.2)},
       {Share(45, 2023, "Hardware"), Share(35, 2023, "software"), Cagr(12.1, std::nullopt, std::nullopt, "software"),
        Cagr(10.4, std::nullopt, std::nullopt, "services"), Cagr(8.2, std::nullopt, std::nullopt, "support")}},
      // Three names, two figures: no pairing; the first figure keeps the noun before its verb.
      {"a list that does not match the figures' count pairs nothing",
       {"Hardware, software and services accounted for 45% and 35% of revenue in 2023, respectively."},
       {Pct("45%", 45), Pct("35%", 35), Year("2023", 2023)},
       {Share(45, 2023, "software and services"), Share(35, 2023)}},
  };
  for (const Case& c : cases) Check(c);
}

// Phrasings of pages written after the assembler was tuned (tests/fresh):
// each row is a general rule, not one page's wording.
TEST_CASE("other languages' share verbs, page spellings and forecast periods") {
  const Case cases[] = {
      {"an inline '(2024-2032)' after 'the forecast period' declares the page's period",
       {"The market is exhibiting a CAGR of 7.9% during the forecast period (2024-2032).",
        "Asia Pacific is expected to grow with a CAGR of 10.1% over the forecast period."},
       {Pct("7.9%", 7.9), Range("2024-2032", 2024, 2032), Pct("10.1%", 10.1)},
       {Cagr(7.9, 2024, 2032), Cagr(10.1, 2024, 2032, "Asia Pacific")}},
      // Regression: an elided article ("L'abbigliamento") hid the noun, "seguito dall'" was no list
      // word (the name was "seguito dall'elettronica con il"), and "il settore"/"el sector" stayed in names.
      {"Italian: 'L'abbigliamento rappresenta il 15%, seguito dall'elettronica con il 14%', 'il settore dei'",
       {"# Mercato italiano dell'e-commerce",
        "L'abbigliamento rappresenta il 15% degli acquisti online, seguito dall'elettronica con il 14%.",
        "Il settore dei prodotti rappresenta il 65% del mercato, mentre i servizi rappresentano il 35%.",
        "El sector salud representa el 12% del mercado."},
       {Pct("15%", 15), Pct("14%", 14), Pct("65%", 65), Pct("35%", 35), Pct("12%", 12)},
       {Share(15, std::nullopt, "abbigliamento"), Share(14, std::nullopt, "elettronica"),
        Share(65, std::nullopt, "prodotti"), Share(35, std::nullopt, "servizi"), Share(12, std::nullopt, "salud")},
       "it"},
      // Regression: Dutch had no growth, forecast or share words; a compound naming a kind of the
      // page's market ("Bodemwarmtepompen" on the heat pump page) was the market itself.
      {"Dutch: 'jaarlijks met 9,5% groeit', 'Verwacht wordt', 'zijn goed voor 28% van de markt'",
       {"# Nederlandse markt voor warmtepompen",
        "De markt had in 2023 een omvang van 2,1 miljard euro.",
        "Verwacht wordt dat de markt tot 2030 jaarlijks met 9,5% groeit en in 2030 een waarde van 4,0 miljard euro "
        "bereikt.",
        "Hybride warmtepompen zijn goed voor 28% van de markt.",
        "Bodemwarmtepompen hebben een marktaandeel van 8% in 2023."},
       {Year("2023", 2023), Money("2,1 miljard euro", 2.1e9, "EUR"), Year("2030", 2030), Pct("9,5%", 9.5),
        Year("2030", 2030), Money("4,0 miljard euro", 4.0e9, "EUR"), Pct("28%", 28), Pct("8%", 8), Year("2023", 2023)},
       {Size(2.1e9, 2023, false), Cagr(9.5, std::nullopt, 2030), Size(4.0e9, 2030, true),
        Share(28, std::nullopt, "Hybride warmtepompen"), Share(8, 2023, "Bodemwarmtepompen")},
       "nl"},
      // Regression: none of these share verbs made a share, nor named its owner.
      {"Spanish share verbs: 'concentra', 'acapara', 'tienen una participación'",
       {"La región centro concentra cerca del 40 % de las ventas del mercado en 2023.",
        "El canal minorista acapara el 55 % del mercado.",
        "Las cafeterías tienen una participación del 22 % del mercado en 2023.",
        "Jalisco y Nuevo León concentraron el 31 % de la capacidad instalada."},
       {Pct("40 %", 40), Year("2023", 2023), Pct("55 %", 55), Pct("22 %", 22), Year("2023", 2023), Pct("31 %", 31)},
       {Share(40, 2023, "región centro"), Share(55, std::nullopt, "minorista"), Share(22, 2023, "cafeterías")},
       "es"},
      {"Portuguese, French, German and Italian share verbs",
       {"O Sudeste concentra 64,5% do mercado em 2023.", "Le segment premium capte 30 % du marché en 2023.",
        "Les soins du visage pèsent 38 % du marché.", "Auf den Onlinehandel entfallen 2023 rund 35 % des Marktes.",
        "Die Industrie hält einen Anteil von 28 % am Markt.", "Il segmento premium rappresenta il 25% del mercato."},
       {Pct("64,5%", 64.5), Year("2023", 2023), Pct("30 %", 30), Year("2023", 2023), Pct("38 %", 38), Year("2023", 2023),
        Pct("35 %", 35), Pct("28 %", 28), Pct("25%", 25)},
       {Share(64.5, 2023, "Sudeste"), Share(30, 2023, "premium"), Share(38, std::nullopt, "soins du visage"),
        Share(35, 2023, "Onlinehandel"), Share(28, std::nullopt, "Industrie"), Share(25, std::nullopt, "premium")}},
      // Regression: "am Gesamtmarkt" was part of the owner's name; "Umsatz mit X" named no market.
      {"'Der Anteil der Sprachassistenten am Gesamtmarkt betrug', 'der Umsatz mit Smart-Home-Geräten'",
       {"Der Anteil der Sprachassistenten am Gesamtmarkt betrug 2023 rund 31 Prozent.",
        "Im Jahr 2023 betrug der Umsatz mit Smart-Home-Geräten 3,2 Milliarden Euro."},
       {Year("2023", 2023), Pct("31 Prozent", 31), Year("2023", 2023), Money("3,2 Milliarden Euro", 3.2e9, "EUR")},
       {Share(31, 2023, "Sprachassistenten"), Size(3.2e9, 2023, false)},
       "de"},
      // Regression: "kamen auf" was no share verb, so the share had no owner.
      {"'E-Mountainbikes kamen auf einen Anteil von 24 %'",
       {"E-Mountainbikes kamen auf einen Anteil von 24 % am Markt.", "Lastenräder kommen auf 6 % des Marktes."},
       {Pct("24 %", 24), Pct("6 %", 6)},
       {Share(24, std::nullopt, "E-Mountainbikes"), Share(6, std::nullopt, "Lastenräder")},
       "de"},
      // Regression: "contre" was the second share's name; "pour les logiciels" after it names it.
      // And "est le segment le plus dynamique, avec" hung on no noun ("with" and "is the" only).
      {"'62 % du marché, contre 38 % pour les logiciels', 'X est le segment le plus dynamique, avec'",
       {"# Le marché français de la cybersécurité",
        "Les services représentent 62 % du marché en 2023, contre 38 % pour les logiciels.",
        "La sécurité du cloud est le segment le plus dynamique, avec une croissance annuelle de 18 %."},
       {Pct("62 %", 62), Year("2023", 2023), Pct("38 %", 38), Pct("18 %", 18)},
       {Share(62, 2023, "services"), Share(38, 2023, "logiciels"),
        Cagr(18, std::nullopt, std::nullopt, "sécurité du cloud")},
       "fr"},
      {"'60% of the market in 2023, compared with 40% for software'",
       {"# Cybersecurity Market", "Services held 60% of the market in 2023, compared with 40% for software.",
        "Services held 55% of the market in 2023, compared with 50% in 2019."},
       {Pct("60%", 60), Year("2023", 2023), Pct("40%", 40), Pct("55%", 55), Year("2023", 2023), Pct("50%", 50),
        Year("2019", 2019)},
       {Share(60, 2023, "Services"), Share(40, 2023, "software"), Share(55, 2023, "Services"),
        Share(50, 2019, "Services")}},
      // Regression: "concentró" (a verb ending in an accented letter) was no share verb (a word boundary
      // after "ó" never matches), and "seguido del gobierno con el 19 %" named "seguido del gobierno".
      {"'El sector financiero concentró el 28 %', 'seguido del gobierno con el 19 %'",
       {"El sector financiero concentró el 28 % de la demanda, seguido del gobierno con el 19 %."},
       {Pct("28 %", 28), Pct("19 %", 19)},
       {Share(28, std::nullopt, "financiero"), Share(19, std::nullopt, "gobierno")},
       "es"},
      // Regression: "seguida pelo Sul, com 17%" named no owner (the fused "pelo", the comma before "com"),
      // and "taxa composta anual" was no growth rate's word.
      {"'seguida pelo Sul, com 17%', 'a uma taxa composta anual de 11,8%'",
       {"A região Sudeste concentra 58% da demanda nacional, seguida pelo Sul, com 17%.",
        "O mercado deve crescer a uma taxa composta anual de 11,8% entre 2024 e 2029.",
        "El mercado crecerá a una tasa compuesta anual del 9,5% entre 2024 y 2030."},
       {Pct("58%", 58), Pct("17%", 17), Pct("11,8%", 11.8), Range("entre 2024 e 2029", 2024, 2029), Pct("9,5%", 9.5),
        Range("entre 2024 y 2030", 2024, 2030)},
       {Share(58, std::nullopt, "região Sudeste"), Share(17, std::nullopt, "Sul"), Cagr(11.8, 2024, 2029),
        Cagr(9.5, 2024, 2030)},
       "pt"},
      // Regression: "entfiel auf X" named no owner (the name follows the verb), and "entfiel" was no share verb.
      {"'Nach Regionen entfiel auf Bayern mit 21,3 % der größte Anteil', 'Auf Bayern entfiel ein Anteil von 20 %'",
       {"Nach Regionen entfiel auf Bayern mit 21,3 % der größte Anteil am Markt.",
        "Auf den Online-Handel entfielen 2023 rund 35 % des Umsatzes."},
       {Pct("21,3 %", 21.3), Year("2023", 2023), Pct("35 %", 35)},
       {Share(21.3, std::nullopt, "Bayern"), Share(35, 2023, "Online-Handel", "approximately")},
       "de"},
      // Regression: "o setor" named no market and "deve atingir" was no forecast word.
      {"'o setor alcance', 'deve atingir': Portuguese sector and forecast words",
       {"O setor deve atingir R$ 50 bilhões em 2028.", "A projeção é que o setor alcance R$ 50 bilhões até 2028."},
       {Money("R$ 50 bilhões", 50e9, "BRL"), Year("2028", 2028), Money("R$ 50 bilhões", 50e9, "BRL"), Year("2028", 2028)},
       {Size(50e9, 2028, true), Size(50e9, 2028, true)},
       "pt"},
      // Regression: the dimension's words were part of the segment's name.
      {"'Residential end use held', 'the utility-scale application is expected to grow'",
       {"Residential end use held 40% of the market in 2024.",
        "The utility-scale application is expected to grow at a CAGR of 9% through 2030."},
       {Pct("40%", 40), Year("2024", 2024), Pct("9%", 9), Year("2030", 2030)},
       {Share(40, 2024, "Residential"), Cagr(9, std::nullopt, 2030, "utility-scale")}},
      // de-waermepumpen (fresh): a gloss in parentheses between the noun and its verb.
      {"a gloss in parentheses before the verb is not the segment's name",
       {"Sole-Wasser-Wärmepumpen (Erdwärme) wachsen im Prognosezeitraum mit einer jährlichen Wachstumsrate von 6,1 %.",
        "Hospitals (end users) held 40% of the market in 2023."},
       {Pct("6,1 %", 6.1), Pct("40%", 40), Year("2023", 2023)},
       {Cagr(6.1, std::nullopt, std::nullopt, "Sole-Wasser-Wärmepumpen"), Share(40, 2023, "Hospitals")},
       "de"},
      // faq-ev-battery-recycling (fresh): an abbreviation in parentheses names what it follows.
      {"an abbreviation in parentheses before the verb is the segment's name",
       {"Lithium nickel manganese cobalt (NMC) batteries made up about 57 per cent of recycled volume in 2023.",
        "The suspended particle device (SPD) segment is anticipated to register a CAGR of 11.2% from 2024 to 2032.",
        "The polymethyl methacrylate (PMMA) microspheres market is expected to grow at 6.8% CAGR from 2024 to 2030."},
       {Pct("57 per cent", 57), Year("2023", 2023), Pct("11.2%", 11.2), Range("2024 to 2032", 2024, 2032),
        Pct("6.8%", 6.8), Range("2024 to 2030", 2024, 2030)},
       {Share(57, 2023, "NMC"), Cagr(11.2, 2024, 2032, "SPD"), Cagr(6.8, 2024, 2030)}},
      // faq-ev-battery-recycling (fresh): a region named before the unit's first figure is not the
      // subject of a second clause that has its own.
      {"a second clause's own subject wins over a name before the unit's earlier figure",
       {"North America accounted for 38% of revenue in 2023, and hospitals are expected to grow at 7.2% from 2024 "
        "to 2030.",
        "North America accounted for 38% of revenue in 2023, and it is expected to grow at 7.2% from 2024 to 2030.",
        "Saint-Gobain, AGC Inc., and View, Inc. together held around 35% of the market in 2023."},
       {Pct("38%", 38), Year("2023", 2023), Pct("7.2%", 7.2), Range("2024 to 2030", 2024, 2030), Pct("38%", 38),
        Year("2023", 2023), Pct("7.2%", 7.2), Range("2024 to 2030", 2024, 2030), Pct("35%", 35), Year("2023", 2023)},
       {Share(38, 2023, "North America"), Cagr(7.2, 2024, 2030, "hospitals"), Share(38, 2023, "North America"),
        Cagr(7.2, 2024, 2030, "North America"), Share(35, 2023)}},
      // "grow 7.6% annually": the rate's own "a year" makes it a CAGR, and "to 2030" right after it ends it.
      {"a rate 'annually' or 'per year' after a growth verb; 'to' a year after it",
       {"The cold chain market is forecast to grow 7.6% annually to 2030.",
        "The market is expected to grow 5% per year from 2024 to 2030.",
        "Sales rose 12% compared to 2023.",
        "Soy-based products led with 47.5% of revenue in 2024; pea protein is expected to grow the fastest at "
        "17.2% annually through 2033.",
        // Regression: 25 characters from the verb to the rate were too many.
        "The Asia-Pacific market will grow the fastest, at about 38% a year through 2032.",
        // Regression: "CAGR to 2028" after the rate ended nowhere.
        "The UK market is set to grow at a 7.5 per cent CAGR to 2028."},
       {Pct("7.6%", 7.6), Year("2030", 2030), Pct("5%", 5), Range("2024 to 2030", 2024, 2030), Pct("12%", 12),
        Year("2023", 2023), Pct("47.5%", 47.5), Year("2024", 2024), Pct("17.2%", 17.2), Year("2033", 2033),
        Pct("38%", 38), Year("2032", 2032), Pct("7.5 per cent", 7.5), Year("2028", 2028)},
       {Cagr(7.6, std::nullopt, 2030), Cagr(5, 2024, 2030), Share(47.5, 2024, "Soy-based products"),
        Cagr(17.2, std::nullopt, 2033, "pea protein"), Cagr(38, std::nullopt, 2032, "Asia-Pacific"),
        Cagr(7.5, std::nullopt, 2028, "UK")}},
      // A share that restates the amount before it is of that amount's year.
      // A measure "from" a name opening the sentence names the segment of its figures.
      {"a share restating the amount before it takes the amount's year",
       {"Revenue from seafood reached $32 billion in 2023, representing 9.8% of the market.",
        "Frozen seafood accounted for $12 billion in 2023, or 37.5% of the total market.",
        "Frozen seafood accounted for $12 billion in 2023, while chilled seafood held 20% of the market."},
       {Money("$32 billion", 32e9), Year("2023", 2023), Pct("9.8%", 9.8), Money("$12 billion", 12e9),
        Year("2023", 2023), Pct("37.5%", 37.5), Money("$12 billion", 12e9), Year("2023", 2023), Pct("20%", 20)},
       {Size(32e9, 2023, false, "seafood"), Share(9.8, 2023, "seafood"), Size(12e9, 2023, false, "Frozen seafood"),
        Share(37.5, 2023), Size(12e9, 2023, false, "Frozen seafood"), Share(20, std::nullopt, "chilled seafood")}},
      // Regression: a size's segment came only from segment phrases and known names, never from the
      // noun phrase its sentence opens with; and "accounted for USD 5.1 billion" said nothing of a market.
      {"the noun phrase opening a sentence before a size verb names the size's segment",
       {"# Industrial Robotics Market", "Cartesian robots accounted for USD 5.1 billion in 2023.",
        "The market is growing. Assembly applications are expected to reach USD 21.4 billion by 2032.",
        "Global semiconductor sales reached USD 527 billion in 2023.",
        "The company is expected to reach USD 2.1 billion in 2024."},
       {Money("USD 5.1 billion", 5.1e9), Year("2023", 2023), Money("USD 21.4 billion", 21.4e9), Year("2032", 2032),
        Money("USD 527 billion", 527e9), Year("2023", 2023), Money("USD 2.1 billion", 2.1e9), Year("2024", 2024)},
       {Size(5.1e9, 2023, false, "Cartesian robots"), Size(21.4e9, 2032, true, "Assembly"), Size(527e9, 2023, false)}},
      // "grew ... to reach" tells what was reached; "is expected to grow ... to reach" a forecast.
      {"a past growth verb before 'to reach' makes no forecast",
       {"The global cybersecurity market grew 12% year over year to reach $210.5 billion in 2024.",
        "The global cybersecurity market is expected to grow 12% to reach $235.7 billion in 2025."},
       {Pct("12%", 12), Money("$210.5 billion", 210.5e9), Year("2024", 2024), Pct("12%", 12),
        Money("$235.7 billion", 235.7e9), Year("2025", 2025)},
       {Size(210.5e9, 2024, false), Size(235.7e9, 2025, true)}},
      // "annual rate" in German, French, Spanish and Portuguese as in English.
      {"an annual rate in other languages",
       {"Lastenräder wachsen am schnellsten, mit einer jährlichen Rate von 12,5 %.",
        "Le segment urbain progresse à un taux annuel de 6,2 %.",
        "El segmento residencial crecerá a una tasa anual de 9,4 %.",
        "O mercado de cafés especiais teve um crescimento médio anual de 10,5% nos últimos anos."},
       {Pct("12,5 %", 12.5), Pct("6,2 %", 6.2), Pct("9,4 %", 9.4), Pct("10,5%", 10.5)},
       {Cagr(12.5, std::nullopt, std::nullopt, "Lastenräder"), Cagr(6.2, std::nullopt, std::nullopt, "urbain"),
        Cagr(9.4, std::nullopt, std::nullopt, "residencial"), Cagr(10.5, std::nullopt, std::nullopt)},
       "de"},
      // Regression: RE2's \b is ASCII-only, so cues ending in an accented letter ("até", "crecerá") never matched.
      {"cue words ending in an accented letter",
       {"O mercado de cafés especiais deve valer US$ 3,5 bilhões até 2037 segundo a associação.",
        "El segmento residencial representó el 41 % de los ingresos en 2023, mientras que el segmento comercial "
        "crecerá a una TCAC del 15,2 %."},
       {Money("US$ 3,5 bilhões", 3.5e9), Year("2037", 2037), Pct("41 %", 41), Year("2023", 2023), Pct("15,2 %", 15.2)},
       {Size(3.5e9, 2037, true), Share(41, 2023, "residencial"), Cagr(15.2, std::nullopt, std::nullopt, "comercial")},
       "es"},
      // German: "X machten N % des Absatzes aus", "der Anteil von X lag bei N %", "im Segment X".
      {"German share verbs and the name after 'Anteil von' and 'im Segment'",
       {"# Wärmepumpen-Markt", "Luft-Wasser-Wärmepumpen machten 2023 rund 86 % des Absatzes aus.",
        "Der Anteil von Sole-Wasser-Wärmepumpen lag 2023 bei 12 %.",
        "Im Segment Neubau wurden 2023 Umsätze in Höhe von 3,1 Mrd. € erzielt."},
       {Year("2023", 2023), Pct("86 %", 86), Year("2023", 2023), Pct("12 %", 12), Year("2023", 2023),
        Money("3,1 Mrd. €", 3.1e9, "EUR")},
       {Share(86, 2023, "Luft-Wasser-Wärmepumpen", "approximately"), Share(12, 2023, "Sole-Wasser-Wärmepumpen"),
        Size(3.1e9, 2023, false, "Neubau")},
       "de"},
      // French: "X détient une part de marché de N %", "tandis que les X comptent pour N %", and the
      // article "les" before a listed name (regression: "devant les soins du corps" named "s soins du corps").
      {"French share verbs and a listed name after 'les'",
       {"La grande distribution détient une part de marché de 41 % en 2023, tandis que les pharmacies comptent "
        "pour 27 %.",
        "Les soins du visage représentent 38 % du marché en 2023, devant les soins du corps (24 %)."},
       {Pct("41 %", 41), Year("2023", 2023), Pct("27 %", 27), Pct("38 %", 38), Year("2023", 2023), Pct("24 %", 24)},
       {Share(41, 2023, "grande distribution"), Share(27, std::nullopt, "pharmacies"), Share(38, 2023, "soins du visage"),
        Share(24, 2023, "soins du corps")},
       "fr"},
      // Portuguese: "ficou com N% de participação"; a rate "desde 2020" starts in 2020.
      {"'o café em grãos ficou com 41% de participação', 'cresce 15,2% ao ano desde 2020'",
       {"As cápsulas responderam por 34% das vendas em 2023, enquanto o café em grãos ficou com 41% de participação.",
        "O segmento de e-commerce cresce 15,2% ao ano desde 2020."},
       {Pct("34%", 34), Year("2023", 2023), Pct("41%", 41), Pct("15,2%", 15.2), Year("2020", 2020)},
       {Share(34, 2023, "cápsulas"), Share(41, 2023, "café em grãos"), Cagr(15.2, 2020, std::nullopt, "e-commerce")},
       "pt"},
      {"'has grown at a CAGR of 12% since 2019'",
       {"The rental segment has grown at a CAGR of 12% since 2019.",
        "The resale segment has grown at a CAGR of 9% in 2023, the fastest since 2015."},
       {Pct("12%", 12), Year("2019", 2019), Pct("9%", 9), Year("2023", 2023), Year("2015", 2015)},
       {Cagr(12, 2019, std::nullopt, "rental"), Cagr(9, 2022, 2023, "resale")}},
      // Regression: the rate since 2018 ended nowhere; it ends at the actual amount it has grown to.
      {"'reached $7.9 billion in 2023, having grown at a CAGR of 19.3% since 2018'",
       {"# Plant-Based Meat Market",
        "The market reached a value of nearly $7.9 billion in 2023, having grown at a CAGR of 19.3% since 2018.",
        "The market is expected to reach $9.1 billion in 2025, having grown at a CAGR of 10% since 2018."},
       {Money("$7.9 billion", 7.9e9), Year("2023", 2023), Pct("19.3%", 19.3), Year("2018", 2018),
        Money("$9.1 billion", 9.1e9), Year("2025", 2025), Pct("10%", 10), Year("2018", 2018)},
       {Size(7.9e9, 2023, false, "", "nearly"), Cagr(19.3, 2018, 2023), Size(9.1e9, 2025, true),
        Cagr(10, 2018, std::nullopt)}},
      // Regression: "at a rate of" after a growth verb was no growth rate.
      {"'expected to grow from $7.9 billion in 2023 to $16.7 billion in 2028 at a rate of 16.2%'",
       {"# Plant-Based Meat Market",
        "The market is expected to grow from $7.9 billion in 2023 to $16.7 billion in 2028 at a rate of 16.2%.",
        "Stores opened at a rate of 5% in 2023."},
       {Money("$7.9 billion", 7.9e9), Year("2023", 2023), Money("$16.7 billion", 16.7e9), Year("2028", 2028),
        Pct("16.2%", 16.2), Pct("5%", 5), Year("2023", 2023)},
       {Size(7.9e9, 2023, false), Size(16.7e9, 2028, true), Cagr(16.2, 2023, 2028)}},
      // "devrait croître", "debería crecer", "deve crescer": modal growth verbs of French, Spanish, Portuguese.
      {"modal growth verbs in French, Spanish and Portuguese",
       {"Le segment résidentiel devrait croître à un TCAC de 12 % entre 2024 et 2030.",
        "El segmento industrial debería crecer a una TCAC del 9 % entre 2024 y 2030.",
        "O segmento comercial deve crescer a um CAGR de 8 % entre 2024 e 2030."},
       {Pct("12 %", 12), Range("2024 et 2030", 2024, 2030), Pct("9 %", 9), Range("2024 y 2030", 2024, 2030),
        Pct("8 %", 8), Range("2024 e 2030", 2024, 2030)},
       {Cagr(12, 2024, 2030, "résidentiel"), Cagr(9, 2024, 2030, "industrial"), Cagr(8, 2024, 2030, "comercial")},
       "fr"},
      // "soll bis 2030 jährlich um 13,7 % wachsen": a yearly rate, and the year before the amount is its
      // year (the one after "und" is the next clause's); "das größte Segment" names none.
      {"a German yearly rate and a superlative before 'Segment'",
       {"Der Markt erreichte 2023 ein Volumen von 60,1 Mrd. € und soll bis 2030 jährlich um 13,7 % wachsen.",
        "Das größte Segment ist Sicherheit mit einem Marktanteil von 28 % im Jahr 2023."},
       {Year("2023", 2023), Money("60,1 Mrd. €", 60.1e9, "EUR"), Year("2030", 2030), Pct("13,7 %", 13.7),
        Pct("28 %", 28), Year("2023", 2023)},
       // The rate has only its end year ("bis 2030"), as ko-chatbot's gold reads "2034년까지".
       {Size(60.1e9, 2023, false), Cagr(13.7, std::nullopt, 2030), Share(28, 2023)},
       "de"},
      // "followed by X with/at N%": a list without parentheses.
      {"a share list with 'with' or 'at' before each percent",
       {"North America held 41% of the market, followed by Europe with 27%.",
        "Hospitals accounted for 45% of the market, followed by clinics at 30% and home care at about 25%.",
        "Trekking-E-Bikes hatten 2023 einen Marktanteil von 34 %, gefolgt von E-Mountainbikes mit 28 %."},
       {Pct("41%", 41), Pct("27%", 27), Pct("45%", 45), Pct("30%", 30), Pct("25%", 25), Year("2023", 2023),
        Pct("34 %", 34), Pct("28 %", 28)},
       {Share(41, std::nullopt, "North America"), Share(27, std::nullopt, "Europe"),
        Share(45, std::nullopt, "Hospitals"), Share(30, std::nullopt, "clinics"),
        Share(25, std::nullopt, "home care", "about"), Share(34, 2023, "Trekking-E-Bikes"),
        Share(28, 2023, "E-Mountainbikes")},
       "de"},
      // Regression: a name the lexicon does not know kept the list's words ("followed by clinics").
      {"'followed by X with N%' where X is no region",
       {"Hospitals held 41% in 2023, followed by clinics with 27%.",
        "CATL held a share of 37% in 2023, followed closely by BYD with 16%."},
       {Pct("41%", 41), Year("2023", 2023), Pct("27%", 27), Pct("37%", 37), Year("2023", 2023), Pct("16%", 16)},
       {Share(41, 2023, "Hospitals"), Share(27, 2023, "clinics"), Share(37, 2023, "CATL"), Share(16, 2023, "BYD")}},
      // A change verb right before a percent: how much what holds the share grew, not a share.
      {"'which accounted for 30% of sales, grew by 12%' and 'made up about 57 per cent'",
       {"The burger patties segment, which accounted for nearly 30% of sales in 2023, grew by 12% year-on-year.",
        "NMC batteries made up about 57% of recycled volume in 2023.",
        "Online channels accounted for 20% of sales in 2022 and rose by 2% of the market in 2023."},
       {Pct("30%", 30), Year("2023", 2023), Pct("12%", 12), Pct("57%", 57), Year("2023", 2023), Pct("20%", 20),
        Year("2022", 2022), Pct("2%", 2), Year("2023", 2023)},
       {Share(30, 2023, "burger patties", "nearly"), Share(57, 2023, "NMC batteries", "about"),
        Share(20, 2022, "Online channels"), Share(2, 2023)}},
      // Regression: the base form after "to" ("is forecast to grow 12%") made the growth a second share.
      {"'with a 55% share of the market, is forecast to grow 12%', 'with sales rising 22.3%'",
       {"# Semiconductor Market",
        "Asia Pacific, the largest region with a 55% share of the market, is forecast to grow 12% in 2024.",
        "Europe held a 20% share of the market in 2023, with sales rising 8.5%."},
       {Pct("55%", 55), Pct("12%", 12), Year("2024", 2024), Pct("20%", 20), Year("2023", 2023), Pct("8.5%", 8.5)},
       {Share(55, std::nullopt, "Asia Pacific"), Share(20, 2023, "Europe")}},
      // A named market's share of the page's market is a part of it; what a share is of is not.
      {"'The SaaS market ... accounting for 43.8% of the overall market' on a cloud services page",
       {"# Cloud Services Market Report",
        "The SaaS market was valued at USD 140 billion in 2023, accounting for 43.8% of the overall market.",
        "Key insight: 98.5% of the spiritual services market comes from temples."},
       {Money("USD 140 billion", 140e9), Year("2023", 2023), Pct("43.8%", 43.8), Pct("98.5%", 98.5)},
       {Size(140e9, 2023, false), Share(43.8, 2023, "SaaS"), Share(98.5, std::nullopt)}},
      // "N% of the market is still X": the part is said after the share; a verb or a place is no part.
      {"'98.5% of the spiritual services market is still offline'",
       {"# Spiritual Services Market Brief", "98.5% of the spiritual services market is still offline.",
        "Around 40% of sales are online.", "60% of the market is controlled locally."},
       {Pct("98.5%", 98.5), Pct("40%", 40), Pct("60%", 60)},
       {Share(98.5, std::nullopt, "offline"), Share(40, std::nullopt, "online", "around"), Share(60, std::nullopt)}},
      // Regression: in a short line, the rest of the clause before ("of sales are online, while") was a label.
      {"'40% of sales are online, while 60% of the market is controlled locally'",
       {"# Spiritual Services Market Brief",
        "Around 40% of sales are online, while 60% of the market is controlled locally."},
       {Pct("40%", 40), Pct("60%", 60)},
       {Share(40, std::nullopt, "online", "around"), Share(60, std::nullopt)}},
      // The subject before an appositive that holds a figure is the segment of the figures in and after it.
      {"'Collaborative robots, estimated at USD 1.2 billion in 2023, are set to grow at 28.4%'",
       {"# Industrial Robotics Market Report",
        "Collaborative robots, estimated at USD 1.2 billion in 2023, are set to grow at 28.4% annually to 2030.",
        "In 2023, estimated at USD 2 billion, the market grew."},
       {Money("USD 1.2 billion", 1.2e9), Year("2023", 2023), Pct("28.4%", 28.4), Year("2030", 2030),
        Year("2023", 2023), Money("USD 2 billion", 2e9)},
       {Size(1.2e9, 2023, false, "Collaborative robots"), Cagr(28.4, std::nullopt, 2030, "Collaborative robots"),
        Size(2e9, 2023, false)}},
      // A leader's row names the leader and its share; "X remain the largest category, accounting for $N".
      {"'| Largest region (2023) | North America (37.5%) |', 'accounting for USD 28.4 billion'",
       {"# Smart Home Market Report", "| Metric | Value |", "| Largest region (2023) | North America (37.5%) |",
        "| Top segment | Smart speakers (28%) |", "| Fastest growing region | Asia Pacific (21%) |",
        "Smart speakers remain the largest product category, accounting for USD 28.4 billion in 2023."},
       {Year("2023", 2023), Pct("37.5%", 37.5), Pct("28%", 28), Pct("21%", 21), Money("USD 28.4 billion", 28.4e9),
        Year("2023", 2023)},
       {Share(37.5, 2023, "North America"), Share(28, std::nullopt, "Smart speakers"),
        Size(28.4e9, 2023, false, "Smart speakers")}},
      // Regression: "In the year 2022," was a label naming "the year". An appositive role names its subject.
      {"'In the year 2022, the market was valued at', 'Security services, the largest segment, will grow'",
       {"# Global Cybersecurity Market", "In the year 2022, the market was valued at $190.4 billion.",
        "Security services, the largest segment, will grow 11.3% to $90 billion in 2025."},
       {Year("2022", 2022), Money("$190.4 billion", 190.4e9), Pct("11.3%", 11.3), Money("$90 billion", 90e9),
        Year("2025", 2025)},
       {Size(190.4e9, 2022, false), Size(90e9, 2025, true, "Security services")}},
      // A part's name without the dimension noun after it ("the healthcare sector", "In the BFSI vertical,").
      {"'The healthcare sector accounted for', 'In the BFSI vertical, spending reached'",
       {"# Global Cybersecurity Market", "The healthcare sector accounted for 30% of the market in 2023.",
        "In the BFSI vertical, spending reached $12 billion in 2023."},
       {Pct("30%", 30), Year("2023", 2023), Money("$12 billion", 12e9), Year("2023", 2023)},
       {Share(30, 2023, "healthcare"), Size(12e9, 2023, false, "BFSI")}},
      // Stat cards put each figure above its label; a run that opens with a figure alone pairs them so
      // (regression: "USD 127.9B" took the label above it, the first card's "Market size 2023").
      {"stat cards: 'USD 22.4B' over 'Market size 2023', and labels above their figures",
       {"# Drone Services Market", "USD 22.4B", "Market size 2023", "USD 127.9B", "Market size 2030", "28.2%",
        "CAGR 2024-2030", "## Key figures", "Market size 2022", "USD 18.1B", "Market size 2031", "USD 150.2B"},
       {Money("USD 22.4B", 22.4e9), Year("2023", 2023), Money("USD 127.9B", 127.9e9), Year("2030", 2030),
        Pct("28.2%", 28.2), Range("2024-2030", 2024, 2030), Year("2022", 2022), Money("USD 18.1B", 18.1e9),
        Year("2031", 2031), Money("USD 150.2B", 150.2e9)},
       {Size(22.4e9, 2023, false), Size(127.9e9, 2030, false), Cagr(28.2, 2024, 2030), Size(18.1e9, 2022, false),
        Size(150.2e9, 2031, false)}},
      // "surpassed" and "exceeded" are past: only their present forms look ahead.
      {"'surpassed USD 120.4 billion in 2023' is no forecast, 'surpasses' is",
       {"# Pet Food Market Report", "The pet food market size surpassed USD 120.4 billion in 2023.",
        "The pet food market exceeded USD 98 billion in 2022.", "The market surpasses USD 130 billion in 2024."},
       {Money("USD 120.4 billion", 120.4e9), Year("2023", 2023), Money("USD 98 billion", 98e9), Year("2022", 2022),
        Money("USD 130 billion", 130e9), Year("2024", 2024)},
       {Size(120.4e9, 2023, false), Size(98e9, 2022, false), Size(130e9, 2024, true)}},
      // Regression: "hit" was always a forecast; it is one only after "to" or as "hits".
      {"'hit USD 99 billion in 2021' is no forecast, 'on track to hit' is",
       {"# Pet Food Market Report", "The pet food market hit USD 99 billion in 2021.",
        "The market is on track to hit USD 140 billion in 2025."},
       {Money("USD 99 billion", 99e9), Year("2021", 2021), Money("USD 140 billion", 140e9), Year("2025", 2025)},
       {Size(99e9, 2021, false), Size(140e9, 2025, true)}},
      // A market outlook's sentences: where most revenue is generated, and a role said of the name after it.
      {"'most revenue will be generated in China (US$474.00bn in 2024)', 'largest segment is X with'",
       {"# Online Food Delivery - Worldwide | Market Forecast",
        "In global comparison, most revenue will be generated in China (US$474.00bn in 2024).",
        "The market's largest segment is Grocery Delivery with a market volume of US$0.76tn in 2024.",
        "The fastest-growing region will be Asia Pacific, at a CAGR of 11.2% from 2024 to 2029.",
        "The largest segment is expected to grow with a market volume of US$0.9tn in 2025."},
       {Money("US$474.00bn", 474e9), Year("2024", 2024), Money("US$0.76tn", 0.76e12), Year("2024", 2024),
        Pct("11.2%", 11.2), Range("2024 to 2029", 2024, 2029), Money("US$0.9tn", 0.9e12), Year("2025", 2025)},
       {Size(474e9, 2024, true, "China"), Size(0.76e12, 2024, false, "Grocery Delivery"),
        Cagr(11.2, 2024, 2029, "Asia Pacific"), Size(0.9e12, 2025, true)}},
      // "X, with a N% share", "X are the fastest-growing type, with a CAGR of N%", "X represented N%".
      {"the noun a 'with' phrase is attached to, and 'represented' as a share verb",
       {"The automotive sector, with a 31% share in 2023, remains the largest end user.",
        "Collaborative robots are the fastest-growing type, with a CAGR of 21.5% between 2024 and 2032.",
        "Articulated robots represented over 60% of installations in 2023.",
        "The company, with a 12% share of the global market in terms of revenue, leads the field by a wide margin.",
        "The market is expected to grow, with a CAGR of 5% from 2024 to 2030."},
       {Pct("31%", 31), Year("2023", 2023), Pct("21.5%", 21.5), Range("2024 and 2032", 2024, 2032), Pct("60%", 60),
        Year("2023", 2023), Pct("12%", 12), Pct("5%", 5), Range("2024 to 2030", 2024, 2030)},
       {Share(31, 2023, "automotive"), Cagr(21.5, 2024, 2032, "Collaborative robots"),
        Share(60, 2023, "Articulated robots", "over"), Share(12, std::nullopt), Cagr(5, 2024, 2030)}},
      // A named company is a vendor segment (regression: "Inc." ended the name, and any company cue
      // turned the name away); the leading role may be a competitor's.
      {"'Beyond Meat Inc. was the largest competitor with a 10.2% share', 'The largest player was X with'",
       {"# Plant-Based Meat Market", "Beyond Meat Inc. was the largest competitor with a 10.2% share of the market.",
        "The largest player was Impossible Foods with a 8.7% share.",
        "Acme Corp., with a 5% share of the global market in terms of revenue, ranks third by a wide margin."},
       {Pct("10.2%", 10.2), Pct("8.7%", 8.7), Pct("5%", 5)},
       {Share(10.2, std::nullopt, "Beyond Meat Inc."), Share(8.7, std::nullopt, "Impossible Foods"),
        Share(5, std::nullopt, "Acme Corp.")}},
      // listing-press-headlines (fresh): a headline's "X Leads With N% Share".
      {"a headline's leader 'With N% Share'",
       {"# Latest Press Releases",
        "Legal Tech Market Estimated at £1.9 Billion in 2024 – Contract Management Leads With 34% Share"},
       {Money("£1.9 Billion", 1.9e9, "GBP"), Year("2024", 2024), Pct("34%", 34)},
       {Size(1.9e9, 2024, false), Share(34, std::nullopt, "Contract Management")}},
      // listing-press-headlines (fresh): a region after the figure that opens the next clause is that clause's.
      {"a name opening the next clause is not the figure's segment",
       {"Seaweed Snacks Market Valued at $2.3 Billion in 2023, Asia Pacific Captures Over Half of Sales",
        "Cyber Insurance Market to Grow at a CAGR of 22.1% from 2024 to 2033; North America to Hold the Lead",
        "A 38% share of the market was held by North America in 2023."},
       {Money("$2.3 Billion", 2.3e9), Year("2023", 2023), Pct("22.1%", 22.1), Range("2024 to 2033", 2024, 2033),
        Pct("38%", 38), Year("2023", 2023)},
       {Size(2.3e9, 2023, false), Cagr(22.1, 2024, 2033), Share(38, 2023, "North America")}},
      // A rate after a paragraph's actual size and its forecast runs from the one to the other.
      {"a growth rate continuing a paragraph of an actual size and a forecast",
       {"According to the report, the plant protein market was worth $12.2 billion in 2022. It is forecast to "
        "expand to $20.7 billion by 2028. This represents a compound annual growth rate of 9.2% over the period."},
       {Money("$12.2 billion", 12.2e9), Year("2022", 2022), Money("$20.7 billion", 20.7e9), Year("2028", 2028),
        Pct("9.2%", 9.2)},
       {Size(12.2e9, 2022, false), Size(20.7e9, 2028, true), Cagr(9.2, 2022, 2028)}},
      // "up from 11% in 2024": the same share at another time; a growth rate's earlier value is none.
      {"a share's earlier value after 'up from'",
       {"By 2030, Asia Pacific is projected to account for 19% of global premiums, up from 11% in 2024.",
        "Hospitals are growing at a CAGR of 9% from 2024 to 2030, up from 7% in the years before."},
       {Year("2030", 2030), Pct("19%", 19), Pct("11%", 11), Year("2024", 2024), Pct("9%", 9),
        Range("2024 to 2030", 2024, 2030), Pct("7%", 7)},
       {Share(19, 2030, "Asia Pacific"), Share(11, 2024, "Asia Pacific"), Cagr(9, 2024, 2030, "Hospitals")}},
      // Regression: "is expected to" before the share verb stayed in the name ("Hydroponics is expected").
      {"a verb phrase before the share verb is not part of the name",
       {"Hydroponics is expected to account for the largest share of 47.3% of the vertical farming market."},
       {Pct("47.3%", 47.3)},
       {Share(47.3, std::nullopt, "Hydroponics")}},
      // brief-industrial-drones (fresh): what is measured of the segment is not part of its name.
      {"'revenue', 'sales', 'contracts' after the segment's name",
       {"Fan-out wafer-level packaging revenue is projected to increase at a 13.6% CAGR through 2029.",
        "Drone-as-a-service contracts are expected to grow at 17.2% per year from 2024 to 2030."},
       {Pct("13.6%", 13.6), Year("2029", 2029), Pct("17.2%", 17.2), Range("2024 to 2030", 2024, 2030)},
       {Cagr(13.6, std::nullopt, 2029, "Fan-out wafer-level packaging"), Cagr(17.2, 2024, 2030, "Drone-as-a-service")}},
      // "X and Y segment" is one name unless "and" opens a new phrase.
      {"a segment name joined by 'and'",
       {"The food and beverages application segment led the market, accounting for more than 60% of the revenue in "
        "2022.",
        "Among the hardware and the software segment, the latter held 30% of the market."},
       {Pct("60%", 60), Year("2022", 2022), Pct("30%", 30)},
       {Share(60, 2022, "food and beverages", "more than"), Share(30, std::nullopt, "software")}},
      // "will grow", "will shrink at": the subject of a future or declining growth verb.
      {"future and declining growth verbs",
       {"Online channels will grow at a CAGR of 3.1% over 2024-2030, while offline channels will shrink at a CAGR "
        "of 6.8%."},
       {Pct("3.1%", 3.1), Range("2024-2030", 2024, 2030), Pct("6.8%", 6.8)},
       {Cagr(3.1, 2024, 2030, "Online channels"), Cagr(6.8, 2024, 2030, "offline channels")}},
      // Regression: "player", "user" in a market's or segment's name made its growth rate "something else's".
      {"a count word naming a market or segment, not what grows",
       {"The global DVD player market is expected to grow at a CAGR of 4.2% from 2024 to 2030.",
        "The end-user segment is expected to grow at a CAGR of 5% from 2024 to 2030.",
        "The user analytics market is expected to grow at a CAGR of 6% from 2024 to 2030.",
        "The number of users is expected to grow at a CAGR of 8% from 2024 to 2030.",
        "Spending by end users is expected to grow at a CAGR of 7% from 2024 to 2030."},
       {Pct("4.2%", 4.2), Range("2024 to 2030", 2024, 2030), Pct("5%", 5), Range("2024 to 2030", 2024, 2030),
        Pct("6%", 6), Range("2024 to 2030", 2024, 2030), Pct("8%", 8), Range("2024 to 2030", 2024, 2030),
        Pct("7%", 7), Range("2024 to 2030", 2024, 2030)},
       {Cagr(4.2, 2024, 2030), Cagr(5, 2024, 2030), Cagr(6, 2024, 2030), Cagr(7, 2024, 2030)}},
      // A news feed: its items declare different periods, so "the forecast
      // period" is the one the same market's own first CAGR gives, and a market
      // that states none has none (not the feed's first).
      {"a feed of reports with different periods: each market's own",
       {"Business Intelligence Market to grow at a 7.0% CAGR between 2022 and 2032.",
        "The business intelligence market is expected to rise at a CAGR of 7% throughout the forecast period.",
        "Artificial Intelligence Market to grow at a CAGR of 26% during forecast period 2022-2027.",
        "The artificial intelligence market will show a CAGR of 26% over the forecast period (2021-2027).",
        "The facial recognition market will grow at a CAGR of 17.2% during the forecast period."},
       {Pct("7.0%", 7.0), Range("2022 and 2032", 2022, 2032), Pct("7%", 7), Pct("26%", 26),
        Range("2022-2027", 2022, 2027), Pct("26%", 26), Range("2021-2027", 2021, 2027), Pct("17.2%", 17.2)},
       {Cagr(7.0, 2022, 2032), Cagr(7, 2022, 2032), Cagr(26, 2022, 2027), Cagr(26, 2021, 2027),
        Cagr(17.2, std::nullopt, std::nullopt)}},
      // "it" before a share verb stands for the subject the paragraph's
      // previous sentence opens with; not for the market, nor across paragraphs.
      {"'it' is the previous sentence's subject",
       {"Manufacturing has led the way and will remain the largest spender. In 2024 it will account for almost "
        "50% of the market."},
       {Year("2024", 2024), Pct("50%", 50)},
       {Share(50, 2024, "Manufacturing")}},
      {"'it' after a sentence about the market is no segment",
       {"The market has grown quickly. In 2024 it will account for almost 50% of regional spending."},
       {Year("2024", 2024), Pct("50%", 50)},
       {Share(50, 2024)}},
      {"'it' after a sentence that names the page's own market is no segment",
       {"# Private Networks Market", "Private networks have grown quickly. In 2024 they will account for almost 50% "
        "of enterprise spending."},
       {Year("2024", 2024), Pct("50%", 50)},
       {Share(50, 2024)}},
      {"'it' does not reach into the paragraph before",
       {"Manufacturing has led the way.", "In 2024 it will account for almost 50% of the market."},
       {Year("2024", 2024), Pct("50%", 50)},
       {Share(50, 2024)}},
      {"without a declaration, 'im Prognosezeitraum' is the period of the page's first CAGR",
       {"Der Markt wächst mit einer durchschnittlichen jährlichen Wachstumsrate von 9,2 % im Zeitraum 2024–2030.",
        "Der Umsatz soll im Prognosezeitraum mit einer jährlichen Wachstumsrate von 6,1 % steigen."},
       {Pct("9,2 %", 9.2), Range("2024–2030", 2024, 2030), Pct("6,1 %", 6.1)},
       {Cagr(9.2, 2024, 2030), Cagr(6.1, 2024, 2030)},
       "de"},
      {"a French share verb; the article stays outside the segment",
       {"Les soins du visage représentent 38 % des ventes en 2023."},
       {Pct("38 %", 38), Year("2023", 2023)},
       {Share(38, 2023, "soins du visage")},
       "fr"},
      {"a Portuguese share verb with a non-ASCII segment",
       {"O Sudeste respondeu por 64,5% do faturamento em 2023."},
       {Pct("64,5%", 64.5), Year("2023", 2023)},
       {Share(64.5, 2023, "Sudeste")},
       "pt"},
      {"'el segmento X': the segment word is no part of the name",
       {"En 2023 el segmento residencial representó el 54 % del mercado."},
       {Year("2023", 2023), Pct("54 %", 54)},
       {Share(54, 2023, "residencial")},
       "es"},
      {"a three-word noun phrase before 'held'",
       {"Supermarkets and hypermarkets held a 62% share of sales in 2023."},
       {Pct("62%", 62), Year("2023", 2023)},
       {Share(62, 2023, "Supermarkets and hypermarkets")}},
      {"a dimension word after a listed name takes the list's spelling",
       {"# By Application", "- Agricultural", "- Non-agricultural",
        "Agricultural applications accounted for 68.4% of revenue in 2023."},
       {Pct("68.4%", 68.4), Year("2023", 2023)},
       {Share(68.4, 2023, "Agricultural")}},
      {"the noun phrase before a growth verb is the rate's segment",
       {"Supermarkets held a 62% share of sales in 2023, while online retail is growing at a 14.8% CAGR over 2024-2030."},
       {Pct("62%", 62), Year("2023", 2023), Pct("14.8%", 14.8), Range("2024-2030", 2024, 2030)},
       {Share(62, 2023, "Supermarkets"), Cagr(14.8, 2024, 2030, "online retail")}},
      {"a market that grows is no segment (it becomes the claim's subject)",
       {"Global healthcare expenditure is projected to grow at an annual rate of 4.2% from 2015 to 2020."},
       {Pct("4.2%", 4.2), Range("2015 to 2020", 2015, 2020)},
       {Cagr(4.2, 2015, 2020)}},
      {"a forecast sentence whose market is a pronoun continues the market sentence before it",
       {"Der deutsche Markt erreichte 2023 ein Volumen von 7,9 Mrd. Euro. Bis 2030 soll er auf rund 14,6 Mrd. € anwachsen."},
       {Year("2023", 2023), Money("7,9 Mrd. Euro", 7.9e9, "EUR"), Year("2030", 2030), Money("14,6 Mrd. €", 14.6e9, "EUR")},
       {Size(7.9e9, 2023, false), Size(14.6e9, 2030, true, "", "approximately")},
       "de"},
      {"a list item opening with 'It' continues the market item before it",
       {"- The Ayurveda products market was valued at US$ 14.5 billion in 2024.",
        "- It is projected to reach US$ 36 billion by 2030."},
       {Money("US$ 14.5 billion", 14.5e9), Year("2024", 2024), Money("US$ 36 billion", 36e9), Year("2030", 2030)},
       {Size(14.5e9, 2024, false), Size(36e9, 2030, true)}},
      {"a CJK year with its particle is no topic segment",
       {"国内の市場規模は、2023年に約1,280億円となった。2030年には2,150億円に達すると予測される。"},
       {Year("2023", 2023), Money("1,280億円", 128e9, "JPY"), Year("2030", 2030), Money("2,150億円", 215e9, "JPY")},
       {Size(128e9, 2023, false, "", "approximately"), Size(215e9, 2030, true)},
       "ja"},
      {"the growth verb of an earlier figure is not the next figure's",
       {"Drone services are expected to grow at 17.2% per year from 2024 to 2030, while hardware sales follow with a "
        "CAGR of 10.4%."},
       {Pct("17.2%", 17.2), Range("2024 to 2030", 2024, 2030), Pct("10.4%", 10.4)},
       {Cagr(17.2, 2024, 2030, "Drone services"), Cagr(10.4, 2024, 2030)}},
      {"'Label: N% (year)' items under a 'By <dimension>' heading are shares",
       {"# Industrial Drones Market Brief", "# 2.1 By end user", "- Oil & gas: 29% (2023)", "- Power & utilities: 24% (2023)"},
       {Pct("29%", 29), Year("2023", 2023), Pct("24%", 24), Year("2023", 2023)},
       {Share(29, 2023, "Oil & gas"), Share(24, 2023, "Power & utilities")}},
      {"a list's lead-in naming a region and 'market' gives its items their region",
       {"# アジア太平洋EC市場レポート", "中国市場：", "- 市場規模：約1.5兆ドル（2025年推定）"},
       {Money("1.5兆ドル", 1.5e12), Year("2025", 2025)},
       {Size(1.5e12, 2025, false, "中国", "approximately")},
       "ja"},
      {"an arrow between two amounts is no segment name",
       {"# Chatbot Market Outlook", "- Market size (expected): USD 6.4 billion in 2023 → USD 66.6 billion in 2033"},
       {Money("USD 6.4 billion", 6.4e9), Year("2023", 2023), Money("USD 66.6 billion", 66.6e9), Year("2033", 2033)},
       {Size(6.4e9, 2023, false), Size(66.6e9, 2033, true)}},
      {"'progresse de N % par an sur la période' is a growth rate",
       {"Le marché progresse de 12,5 % par an sur la période 2024-2029."},
       {Pct("12,5 %", 12.5), Range("2024-2029", 2024, 2029)},
       {Cagr(12.5, 2024, 2029)},
       "fr"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("sentences that must yield no claim") {
  const Case cases[] = {
      // Regression: revenue per person (Statista's key indicators) read as a market size.
      {"'per person revenues of US$6.09', 'ARPU of $4.20'",
       {"# Fitness Trackers - Worldwide", "## Key Market Indicators",
        "- Revenue in the Fitness Trackers market amounts to US$47.0bn in 2024. The market is expected to grow "
        "annually by 8.60% (CAGR 2024-2029).",
        "- In global comparison, most revenue will be generated in the United States (US$13,530.0m in 2024).",
        "- In relation to total population figures, per person revenues of US$6.09 are generated in 2024.",
        "- In the Fitness Trackers market, volume is expected to amount to 546.2m pieces by 2029.",
        "- The ARPU in the market reached $4.20 in 2023."},
       {Money("US$47.0bn", 47e9), Year("2024", 2024), Pct("8.60%", 8.6), Range("2024-2029", 2024, 2029),
        Money("US$13,530.0m", 13530e6), Year("2024", 2024), Money("US$6.09", 6.09), Year("2024", 2024),
        Year("2029", 2029), Money("$4.20", 4.2), Year("2023", 2023)},
       {Size(47e9, 2024, false), Cagr(8.6, 2024, 2029), Size(13530e6, 2024, true, "United States")}},
      // Regression: an increment read as the market's size in the end year (Technavio's and
      // Future Market Insights' wordings); the market's own value beside them stays.
      {"'Market growth 2024-2028 | USD 33.4 billion', 'will add', 'absolute dollar opportunity'",
       {"# Pet Food Market", "| Attribute | Detail |", "| Market growth 2024-2028 | USD 33.4 billion |",
        "| Absolute $ Opportunity (2024 to 2034) | USD 12.1 billion |", "| Market Value (2024) | USD 110.2 billion |",
        "The market will add USD 33.4 billion between 2024 and 2028.",
        "The market is set to create an absolute dollar opportunity of USD 12.1 billion from 2024 to 2034."},
       {Range("2024-2028", 2024, 2028), Money("USD 33.4 billion", 33.4e9), Range("2024 to 2034", 2024, 2034),
        Money("USD 12.1 billion", 12.1e9), Year("2024", 2024), Money("USD 110.2 billion", 110.2e9),
        Money("USD 33.4 billion", 33.4e9), Range("between 2024 and 2028", 2024, 2028), Money("USD 12.1 billion", 12.1e9),
        Range("2024 to 2034", 2024, 2034)},
       {Size(110.2e9, 2024, false)}},
      // Regression: capital formation read as a size, exports' share and a share of production as market shares.
      {"'Gross fixed capital formation rose to ₹12.4 lakh crore', 'Exports account for about 50% of its production'",
       {"# Chapter 8: Industry", "Gross fixed capital formation in the sector rose to ₹12.4 lakh crore in FY24.",
        "Exports account for about 50% of the total.", "China accounts for 60% of total production."},
       {Money("₹12.4 lakh crore", 12.4e12, "INR"), Year("FY24", 2024), Pct("50%", 50), Pct("60%", 60)},
       {}},
      // Regression: a company's revenue mix read as market shares; a region's revenue is a market's.
      {"'38% of Acme's revenue', 'Acme's cloud segment ... 38% of total revenue', 'of its revenue'",
       {"# Cloud ERP Market", "Cloud now accounts for 38% of Acme's revenue.",
        "Acme's cloud segment grew fast and now represents 41% of total revenue.",
        "SAP generates 45% of its revenue from cloud.",
        "North America's software segment represents 52% of total revenue."},
       {Pct("38%", 38), Pct("41%", 41), Pct("45%", 45), Pct("52%", 52)},
       {Share(52, std::nullopt, "North America's software")}},
      // A single company's results are not a market size.
      {"company revenue", {"Apple Inc. reported revenue of $383 billion in 2023."},
       {Money("$383 billion", 383e9), Year("2023", 2023)}, {}},
      // A share of the market's growth is no share of the market.
      {"a share of growth",
       {"The liquid cooling segment will account for 38% of market growth during the forecast period.",
        "APAC is estimated to contribute 42% to the growth of the global market."},
       {Pct("38%", 38), Pct("42%", 42)}, {}},
      // An increment is not a size ("increase by USD 12.4 billion"); its CAGR still is a claim.
      {"growth by an amount",
       {"The data center cooling market is forecast to increase by USD 12.4 billion between 2024 and 2029, at a "
        "CAGR of 14.9%."},
       {Money("USD 12.4 billion", 12.4e9), Range("2024 and 2029", 2024, 2029), Pct("14.9%", 14.9)},
       {Cagr(14.9, 2024, 2029)}},
      // A quarter's or a half-year's figure is no yearly size (zh-woshipm: "2021年下半年 ... 市场规模").
      {"'in Q3 2023', 'In the first half of 2024', '2021年下半年'",
       {"The global smartphone market generated USD 120 billion in revenue in Q3 2023.",
        "In the first half of 2024, the smartphone market reached USD 230 billion."},
       {Money("USD 120 billion", 120e9), Year("2023", 2023), Year("2024", 2024), Money("USD 230 billion", 230e9)},
       {}},
      {"a Chinese half-year", {"2021年下半年中国公有云服务整体市场规模达到151.3亿美元。"},
       {Year("2021", 2021), Money("151.3亿美元", 15.13e9)}, {}, "zh"},
      // A company's reported revenue is no market size, in any language (regression: es, fr were sizes).
      {"'reportó ingresos', 'a réalisé un chiffre d'affaires', 'meldete ... einen Umsatz', 'posted revenue'",
       {"# Solar Market", "En el mercado solar, Iberdrola México reportó ingresos por 2.940 millones de dólares en 2023.",
        "Sur le marché, L'Oréal a réalisé un chiffre d'affaires de 41,18 milliards d'euros en 2023.",
        "Im Markt meldete Siemens einen Umsatz von 77,8 Mrd. Euro im Jahr 2023.",
        "In the solar market, Acme posted revenue of USD 1.2 billion in 2023."},
       {Money("2.940 millones de dólares", 2.94e9), Year("2023", 2023), Money("41,18 milliards d'euros", 41.18e9, "EUR"),
        Year("2023", 2023), Money("77,8 Mrd. Euro", 77.8e9, "EUR"), Year("2023", 2023), Money("USD 1.2 billion", 1.2e9),
        Year("2023", 2023)},
       {}},
      // A share of a company's strategic moves is no market share.
      {"'Product launches accounted for 38% of strategic developments'",
       {"Product launches accounted for 38% of strategic developments in the market in 2023."},
       {Pct("38%", 38), Year("2023", 2023)}, {}},
      // A deal's value is no market size; a stock's move and a stake are no market shares.
      {"a deal, a stock and a stake",
       {"The deal, valued at $1.2 billion, closed in 2023. In the lock market, Acme acquired Beta for USD 300 million in 2022.",
        "Shares of Acme rose 8% in 2023. The company holds a 15% stake in Beta."},
       {Money("$1.2 billion", 1.2e9), Year("2023", 2023), Money("USD 300 million", 300e6), Year("2022", 2022),
        Pct("8%", 8), Year("2023", 2023), Pct("15%", 15)},
       {}},
      // The deal word may sit before another figure of the sentence: what follows "for" is its price.
      {"'acquired a 20% stake in GUSS Automation for USD 100 million' under a market title",
       {"# Precision Agriculture Market Report", "## Recent Developments",
        "- In March 2024, Deere entered the guidance market and acquired a 20% stake in GUSS Automation for USD 100 "
        "million.",
        "- In 2024, the market for guidance systems stood at USD 4 billion, up 20% for the year."},
       {Year("2024", 2024), Pct("20%", 20), Money("USD 100 million", 100e6), Year("2024", 2024),
        Money("USD 4 billion", 4e9), Pct("20%", 20)},
       {Size(4e9, 2024, false)}},
      // "reported ... net sales" names a company's results even without Inc./Ltd.
      {"company results without a legal suffix",
       {"In the mower market, Toro reported fiscal 2023 net sales of $4.55 billion."},
       {Year("2023", 2023), Money("$4.55 billion", 4.55e9)}, {}},
      // A budget in Spanish, a basket price in French: not market sizes.
      {"a Spanish budget", {"El presupuesto de la CFE para 2024 asciende a MXN 37.000 millones en el mercado eléctrico."},
       {Year("2024", 2024), Money("MXN 37.000 millones", 37e9, "MXN")}, {}, "es"},
      {"a French average basket", {"Sur le marché en ligne, le panier moyen atteint 34,90 € en 2024."},
       {Money("34,90 €", 34.9, "EUR"), Year("2024", 2024)}, {}, "fr"},
      // A difference between two estimates is no size.
      {"a difference to an earlier estimate",
       {"The market estimate is $2 billion more than an earlier estimate published in 2022."},
       {Money("$2 billion", 2e9), Year("2022", 2022)}, {}},
      // An adoption rate is no market share.
      {"adoption rate", {"Around 64% of US healthcare organizations have already adopted IoMT as of 2021."},
       {Pct("64%", 64), Year("2021", 2021)}, {}},
      // A range is a mention but not a claim.
      {"money range", {"The organized spiritual market was worth $65-70 billion in 2025."},
       {MoneyRange("$65-70 billion", 65e9, 70e9), Year("2025", 2025)}, {}},
      {"percent range", {"The market will grow at a CAGR of 14-15% from 2024 to 2029."},
       {{MentionKind::kPercent, "14-15%", NAN, "", 0, 0, 14, 15}, Range("2024 to 2029", 2024, 2029)}, {}},
      // A size needs a year.
      {"size without a year", {"UK consumers spend £254 billion annually on food and drink in this market."},
       {Money("£254 billion", 254e9, "GBP")}, {}},
      // Growth of employment is no cagr, even with the word CAGR.
      {"employment growth",
       {"The fastest growing employment areas are:", "- digital health 28% (CAGR)"},
       {Pct("28%", 28)}, {}},
      // A budget line is no market size.
      {"budget", {"The government budget for the scheme was USD 2 billion in 2023."},
       {Money("USD 2 billion", 2e9), Year("2023", 2023)}, {}},
      // zh-tw-wealth-leo-satellite: a shipments CAGR is a volume's growth.
      {"shipment growth", {"2024~2029年全球智慧型手機出貨CAGR估3.6%"},
       {Range("2024~2029", 2024, 2029), Pct("3.6%", 3.6)}, {}, "zh-Hant"},
      // india-economic-survey-social-sector: what an outlay grows to is still an outlay.
      {"an outlay and what it grows to",
       {"In this market, the social sector expenditure outlay was ₹12.8 lakh crore in FY19, and it has increased "
        "steadily to ₹21.3 lakh crore in FY23."},
       {Money("₹12.8 lakh crore", 12.8e12, "INR"), Year("FY19", 2019), Money("₹21.3 lakh crore", 21.3e12, "INR"),
        Year("FY23", 2023)},
       {}},
      // A share of GDP is no market share.
      {"share of GDP", {"The sector accounted for 7.1% of GDP in 2022."}, {Pct("7.1%", 7.1), Year("2022", 2022)}, {}},
  };
  for (const Case& c : cases) Check(c);
}

// Regressions from the real-page gold of ../shared/corpus, one row per rule;
// each comment names the page whose sentence the row is shaped after.
TEST_CASE("page context, periods and CJK clauses") {
  const Case cases[] = {
      // An industry's sales are its market; a forecast sentence that opens with the bare measure
      // continues it (regression: neither was a claim), and the amount a change leads to is of the
      // change's year (regression: "in 2025" went to 11.2% alone, leaving $697 billion without one).
      {"'Global semiconductor sales hit', 'Sales are forecast to grow 11.2% in 2025 to reach $697 billion'",
       {"# Chip Outlook", "Global semiconductor sales hit $627.6 billion in 2024.",
        "Sales are forecast to grow 11.2% in 2025 to reach $697 billion.", "Sales reached $700 billion in 2026."},
       {Money("$627.6 billion", 627.6e9), Year("2024", 2024), Pct("11.2%", 11.2), Year("2025", 2025),
        Money("$697 billion", 697e9), Money("$700 billion", 700e9), Year("2026", 2026)},
       {Size(627.6e9, 2024, false), Size(697e9, 2025, true)}},
      // Regression: the share took the sentence's one year, and the amount restating it had none.
      {"'a revenue share of 52.1% in 2023, valued at USD 22.8 billion': the amount has the share's year",
       {"# Industrial Robotics Market",
        "Asia Pacific dominated the global market with a revenue share of 52.1% in 2023, valued at USD 22.8 billion.",
        "Europe held 20.5% in 2023 and USD 9.0 billion."},
       {Pct("52.1%", 52.1), Year("2023", 2023), Money("USD 22.8 billion", 22.8e9), Pct("20.5%", 20.5),
        Year("2023", 2023), Money("USD 9.0 billion", 9.0e9)},
       {Share(52.1, 2023, "Asia Pacific"), Size(22.8e9, 2023, false, "Asia Pacific"), Share(20.5, 2023, "Europe")}},
      // Regression: "&" ended the name, so the rate had no segment (and "end-use" was its market).
      {"'Electrical & electronics is the fastest-growing end-use industry, expanding at'",
       {"# Industrial Robotics Market",
        "Electrical & electronics is the fastest-growing end-use industry, expanding at a CAGR of 12.3%."},
       {Pct("12.3%", 12.3)},
       {Cagr(12.3, std::nullopt, std::nullopt, "Electrical & electronics")}},
      {"'grew 8% in 2023 to $5.1 billion': the amount is of the change's year",
       {"# Pet Food Market Report", "The pet food market grew 8% in 2023 to $5.1 billion.",
        "The market grew 8% in 2023, to $5.1 billion in 2024.", "The market grew 8% in 2023 and $5.1 billion."},
       {Pct("8%", 8), Year("2023", 2023), Money("$5.1 billion", 5.1e9), Pct("8%", 8), Year("2023", 2023),
        Money("$5.1 billion", 5.1e9), Year("2024", 2024), Pct("8%", 8), Year("2023", 2023),
        Money("$5.1 billion", 5.1e9)},
       {Size(5.1e9, 2023, false), Size(5.1e9, 2024, false)}},
      // Regression: a report title's lists in parentheses named no segment; a sentence's do not
      // ("Herbs" is none, so its sentence speaks of no market).
      {"a title's lists in parentheses name segments",
       {"# Vertical Farming Market, By Structure (Building-based and Shipping Container-based), By Component "
        "(Lighting, Climate Control, Sensors), and Regional Forecast",
        "Lighting accounted for USD 2.1 billion in 2023.",
        "Shipping container-based farms accounted for USD 0.9 billion in 2023.",
        "Demand grew, driven by retail (mostly Organic Greens, Herbs).",
        "Herbs brought in USD 0.3 billion in 2023."},
       {Money("USD 2.1 billion", 2.1e9), Year("2023", 2023), Money("USD 0.9 billion", 0.9e9), Year("2023", 2023),
        Money("USD 0.3 billion", 0.3e9), Year("2023", 2023)},
       {Size(2.1e9, 2023, false, "Lighting"), Size(0.9e9, 2023, false, "Shipping Container-based")}},
      // Regression: a sentence opening with a region or a segment of the page said nothing of a market.
      {"'Europe stood at USD 2.38 billion in 2023' on a market page",
       {"# Vertical Farming Market Report", "Europe stood at USD 2.38 billion in 2023.",
        "Herbs stood at USD 0.3 billion in 2023."},
       {Money("USD 2.38 billion", 2.38e9), Year("2023", 2023), Money("USD 0.3 billion", 0.3e9), Year("2023", 2023)},
       {Size(2.38e9, 2023, false, "Europe")}},
      // pt-webscraping: a text box's caption frames the label lines under it.
      {"a caption line over label lines",
       {"MARKET SHARE BY REGION", "North America:  45% ($900M)", "Europe:         28% ($560M)"},
       {Pct("45%", 45), Money("$900M", 900e6), Pct("28%", 28), Money("$560M", 560e6)},
       {Share(45, std::nullopt, "North America"), Share(28, std::nullopt, "Europe")}},
      // ja-apac-ecommerce-government-statistics: the region of a section heading
      // that says more than the region.
      {"a section heading names the region",
       {"# アジア太平洋E-commerce調査", "# 2.1. 中国市場データ", "- 市場規模：約1.5兆ドル（2025年推定）"},
       {Money("1.5兆ドル", 1.5e12), Year("2025", 2025)},
       {Size(1.5e12, 2025, false, "中国", "approximately")},
       "ja"},
      // ja-uktrade-medtech: a longer first sentence with a gloss in parentheses still names the item.
      {"a list item's first sentence names its segment",
       {"- ・ドラッグ・デリバリー(医薬品の患者への送達技術)。複合年間成長率は7%"},
       {Pct("7%", 7)},
       {Cagr(7, std::nullopt, std::nullopt, "ドラッグ・デリバリー")},
       "ja"},
      // de-statex: a heading led by its region and a subtitle.
      {"'### Südeuropa: E-Commerce und Tourismus-Technologie' scopes its items",
       {"# Europäische Marktanalyse", "# Südeuropa: E-Commerce und Tourismus-Technologie",
        "- E-Commerce-Wachstum: 25% jährliches Wachstum im Online-Handel"},
       {Pct("25%", 25)},
       {Cagr(25, std::nullopt, std::nullopt, "Südeuropa")},
       "de"},
      // ja-apac-ecommerce-industry-reports: "アジア太平洋E-commerce売上の" is the whole.
      {"a region before '…売上の' names the whole, not the part",
       {"2025年、中国はアジア太平洋E-commerce売上の83.0%を占め、第2位の日本（4.5%）を大きく引き離す"},
       {Year("2025", 2025), Pct("83.0%", 83.0), Pct("4.5%", 4.5)},
       {Share(83.0, 2025, "中国"), Share(4.5, 2025, "日本")},
       "ja"},
      // zh-woshipm: "未来5年" counts from the base amount's year.
      {"'未来5年' sets the period from the base year",
       {"2020年国内DevOps服务的市场规模达到27亿元，未来5年DevOps的CAGR有望超过30%。"},
       {Year("2020", 2020), Money("27亿元", 2.7e9, "CNY"), Pct("30%", 30)},
       {Size(2.7e9, 2020, false), Cagr(30, 2020, 2025)},
       "zh"},
      {"'over the next five years' counts back from the end year",
       {"The market is expected to reach $12 billion by 2030, growing at a CAGR of 8% over the next five years."},
       {Money("$12 billion", 12e9), Year("2030", 2030), Pct("8%", 8)},
       {Size(12e9, 2030, true), Cagr(8, 2025, 2030)}},
      // Regression: 2025 was an actual size; the sentence before stated 2024's.
      {"a forecast sentence's 'from' amount is later than the paragraph's actual year",
       {"The global dental implants market size was valued at USD 5.23 billion in 2024. The market is projected to "
        "grow from USD 5.67 billion in 2025 to USD 10.12 billion by 2032."},
       {Money("USD 5.23 billion", 5.23e9), Year("2024", 2024), Money("USD 5.67 billion", 5.67e9), Year("2025", 2025),
        Money("USD 10.12 billion", 10.12e9), Year("2032", 2032)},
       {Size(5.23e9, 2024, false), Size(5.67e9, 2025, true), Size(10.12e9, 2032, true)}},
      {"a title's year range is the forecast period of a page that declares none",
       {"# Dental Implants Market Size, Share & Industry Analysis, 2025-2032",
        "The market is expected to grow at a CAGR of 8.6% during the forecast period."},
       {Range("2025-2032", 2025, 2032), Pct("8.6%", 8.6)},
       {Cagr(8.6, 2025, 2032)}},
      {"a title's range is no period unless the title names a market",
       {"# Annual Review 2019-2024", "The market is expected to grow at a CAGR of 8.6% during the forecast period."},
       {Range("2019-2024", 2019, 2024), Pct("8.6%", 8.6)},
       {Cagr(8.6, std::nullopt, std::nullopt)}},
      // exactitude-elastomeric-membranes: "through the year 2030" is the rate's end.
      {"'through the year 2030' ends the rate",
       {"The elastomeric membranes market is anticipated to reach USD 34.84 billion in 2023 and expand at a 5.8% "
        "CAGR through the year 2030."},
       {Money("USD 34.84 billion", 34.84e9), Year("2023", 2023), Pct("5.8%", 5.8), Year("2030", 2030)},
       {Size(34.84e9, 2023, true), Cagr(5.8, std::nullopt, 2030)}},
      // ja-apac-ecommerce-government-statistics: a Japanese page spells India インド.
      {"a CJK page spells a region in its own script",
       {"インド市場の概況", "年平均成長率（CAGR）：11.45%（2024-2029年、Forbes India推計）"},
       {Pct("11.45%", 11.45), Range("2024-2029", 2024, 2029)},
       {Cagr(11.45, 2024, 2029, "インド")},
       "ja"},
      // fresh ko-pet-food: "국내" opens the page's own market name.
      {"a region in the page's own market name is no segment",
       {"# 국내 반려동물 사료 시장 동향 (2024)", "국내 반려동물 사료 시장 규모는 2023년 2조 1,500억 원으로 집계됐다."},
       {Year("2024", 2024), Year("2023", 2023), Money("2조 1,500억 원", 2.15e12, "KRW")},
       {Size(2.15e12, 2023, false)},
       "ko"},
      // Regression: a Spanish title named no subject, so its region was a segment of the page's own market.
      {"a region in a Spanish title's market name is no segment",
       {"# Mercado de café en México: tamaño y pronóstico", "El mercado de café en México alcanzó 3.450 millones de USD en 2024."},
       {Money("3.450 millones de USD", 3.45e9), Year("2024", 2024)},
       {Size(3.45e9, 2024, false)},
       "es"},
      // in-upaya: a region inside another market's own name belongs to its subject.
      {"a region inside another market's name is no segment",
       {"# Spiritual Services Market Brief", "The India astrology app market was valued at $163 million in 2024.",
        "The North America regional market captured the largest revenue share of 38% in 2023."},
       {Money("$163 million", 163e6), Year("2024", 2024), Pct("38%", 38), Year("2023", 2023)},
       {Size(163e6, 2024, false), Share(38, 2023, "North America")}},
      {"a region before the page's own market name is its segment",
       {"# Smart Home Market Report", "The Europe smart home market was valued at USD 24.1 billion in 2023."},
       {Money("USD 24.1 billion", 24.1e9), Year("2023", 2023)},
       {Size(24.1e9, 2023, false, "Europe")}},
      // ko-erp: a percent written right after a period is a rate over it.
      {"'2024~2029년 14.5%' is a rate over the period; a source names no segment",
       {"주요 리서치 기관은 ‘2024~2029년 14.5%’, ‘2023~2032년 15.5%’ 등으로 다소 차이를 보인다."},
       {Range("2024~2029", 2024, 2029), Pct("14.5%", 14.5), Range("2023~2032", 2023, 2032), Pct("15.5%", 15.5)},
       {Cagr(14.5, 2024, 2029), Cagr(15.5, 2023, 2032)},
       "ko"},
      // stlpartners: the share takes the year written after the amount right after it.
      {"a figure right before another shares its year",
       {"In the private network market, applications will hold a 42% share at over US$9 billion in 2030."},
       {Pct("42%", 42), Money("US$9 billion", 9e9), Year("2030", 2030)},
       {Share(42, 2030, "applications"), Size(9e9, 2030, true, "", "over")}},
      // fresh pt-cafes-especiais: "de R$ 900 milhões a R$ 1,1 bilhão em 2024" is a range.
      {"no shared year across 'a' (a range written out)",
       {"No mercado de cápsulas, o segmento some de R$ 900 milhões a R$ 1,1 bilhão em 2024."},
       {Money("R$ 900 milhões", 900e6, "BRL"), Money("R$ 1,1 bilhão", 1.1e9, "BRL"), Year("2024", 2024)},
       {Size(1.1e9, 2024, false)},
       "pt"},
      // in-upaya: the label before the colon says the amounts are funding.
      {"a list label can say an amount is no market size",
       {"# Market overview", "- Sector funding: $88.5K (2015) → $50.7M (2024)"},
       {Money("$88.5K", 88.5e3), Year("2015", 2015), Money("$50.7M", 50.7e6), Year("2024", 2024)},
       {}},
      // zh-tw-ctee: a price and its conversion are no market size.
      {"a price's conversion in parentheses is no size either",
       // As the normalizer gives it: NFKC turns "（" and "，" into ASCII.
       {"2024上半年中國品牌大幅瓜分市場,特別是在各品牌定價低於600美元(換算約19,651元)的機型。"},
       {Year("2024", 2024), Money("600美元", 600), Money("19,651元", 19651, "TWD")},
       {},
       "zh"},
      // ja-robot-cleaner (fresh): Japanese sets no space after the topic's は.
      {"a Japanese topic without kana before は, no space after it",
       {"高価格帯は自動ゴミ収集・水拭き一体型モデルの普及により、2024年から2030年にかけて年平均10.5%で成長する見通しである。",
        "これは2024年から2030年にかけて年平均8.5%で成長する見通しである。"},
       {Range("2024年から2030年", 2024, 2030), Pct("10.5%", 10.5), Range("2024年から2030年", 2024, 2030),
        Pct("8.5%", 8.5)},
       {Cagr(10.5, 2024, 2030, "高価格帯"), Cagr(8.5, 2024, 2030)},
       "ja"},
      // ja-apac-ecommerce: Japanese particles without a space after them, names with Latin words and digits.
      {"a Japanese clause topic before が or は, no space after it",
       {"製品別では、CASBが市場の32.1%を占めた。",
        "B2Cモデルが売上の79%を占有、C2Cマーケットプレイスは16.4% CAGRで成長。",
        "TikTok Shopの台頭:TikTok Shopが市場シェア23.2%を獲得した。"},
       {Pct("32.1%", 32.1), Pct("79%", 79), Pct("16.4%", 16.4), Pct("23.2%", 23.2)},
       {Share(32.1, std::nullopt, "CASB"), Share(79, std::nullopt, "B2Cモデル"),
        Cagr(16.4, std::nullopt, std::nullopt, "C2Cマーケットプレイス"), Share(23.2, std::nullopt, "TikTok Shop")},
       "ja"},
      // "같은 기간" ("the same period") on a page that declares none: the years the paragraph just spanned.
      {"'the same period' is the one the sentence before spans",
       {"# 국내 스마트팜 시장 동향", "국내 스마트팜 시장 규모는 2023년 2조 원으로 집계됐으며, 2030년에는 5조 원에 이를 것으로 전망된다. 같은 기간 연평균 "
        "성장률은 11.8%에 달할 것으로 보인다."},
       {Year("2023", 2023), Money("2조 원", 2e12), Year("2030", 2030), Money("5조 원", 5e12), Pct("11.8%", 11.8)},
       {Size(2e12, 2023, false), Size(5e12, 2030, true), Cagr(11.8, 2023, 2030)},
       "ko"},
      // zh-charging-pile (fresh): the noun before the share word owns the share.
      {"a Chinese share word's owner is the segment, after a leading date",
       {"从结构来看,2023年公共充电桩占比达到58.6%,私人充电桩占比为41.4%。"},
       {Year("2023", 2023), Pct("58.6%", 58.6), Pct("41.4%", 41.4)},
       {Share(58.6, 2023, "公共充电桩"), Share(41.4, 2023, "私人充电桩")},
       "zh"},
      // zh-woshipm: "X的市场份额".
      {"a Chinese market share's owner before 的",
       {"全球DevOps的核心生产商包括Datadog、亚马逊和Azure,前五大厂商的市场份额约为33%。"},
       {Pct("33%", 33)},
       {Share(33, std::nullopt, "前五大厂商")},
       "zh"},
      {"a Chinese growth rate's segment is what is expected to grow",
       {"磷酸铁锂电池预计将以21.3%的年复合增长率增长。", "该市场预计将以12.7%的年复合增长率增长。"},
       {Pct("21.3%", 21.3), Pct("12.7%", 12.7)},
       {Cagr(21.3, std::nullopt, std::nullopt, "磷酸铁锂电池"), Cagr(12.7, std::nullopt, std::nullopt)},
       "zh"},
      {"a pronoun or the market itself owns no segment",
       {"其中该公司的市场份额约为33%。", "全球市场的份额为41.4%。"},
       {Pct("33%", 33), Pct("41.4%", 41.4)},
       {Share(33, std::nullopt), Share(41.4, std::nullopt)},
       "zh"},
      // stlpartners: bullets run inline in a paragraph are units of their own.
      {"inline bullets split a paragraph",
       {"• Private mobile networks spend to reach US$21 billion by 2030 • Applications to account for over 40% "
        "of the value"},
       {Money("US$21 billion", 21e9), Year("2030", 2030), Pct("40%", 40)},
       {Size(21e9, 2030, true), Share(40, std::nullopt, "Applications", "over")}},
      // ja-apac-ecommerce-industry-reports: Latin names before shares are vendors.
      {"a Latin name right before a share on a CJK page",
       {"# EC調査", "# 主要プラットフォームの市場シェア", "- 中国(Alibaba 46%、JD.com 27%):複数ソースで一致"},
       {Pct("46%", 46), Pct("27%", 27)},
       {Share(46, std::nullopt, "Alibaba"), Share(27, std::nullopt, "JD.com")},
       "ja"},
      // ja-apac-ecommerce-government-statistics: "の台頭" is no part of the name.
      {"a Japanese particle ends a Latin label",
       {"- TikTok Shopの台頭：2024年にTikTok Shopが市場シェア23.2%を獲得し、急成長"},
       {Year("2024", 2024), Pct("23.2%", 23.2)},
       {Share(23.2, 2024, "TikTok Shop")},
       "ja"},
      // ko-erp: the last topic of the figure's clause.
      {"a clause topic names the segment",
       {"- 퍼블릭 클라우드 57.6%로 최대 비중, 하이브리드 클라우드가 가장 빠르게 성장(2024~2035년 CAGR 12.8% 예상).",
        "이 중 SaaS가 45% 비중, ERP는 SaaS 매출의 약 21%를 차지."},
       {Pct("57.6%", 57.6), Range("2024~2035", 2024, 2035), Pct("12.8%", 12.8), Pct("45%", 45), Pct("21%", 21)},
       {Share(57.6, std::nullopt, "퍼블릭 클라우드"), Cagr(12.8, 2024, 2035, "하이브리드 클라우드"),
        Share(45, std::nullopt, "SaaS"), Share(21, std::nullopt, "ERP", "approximately")},
       "ko"},
      // Regression: "SAP" was dropped as if a one-syllable Hangul word.
      {"'SAP 코리아는 점유율 24%로': a three-letter ASCII word is part of the name",
       {"SAP 코리아는 점유율 24%로 1위를 기록했다."},
       {Pct("24%", 24)},
       {Share(24, std::nullopt, "SAP 코리아")},
       "ko"},
      // insightsorb: "of the … market" is the rate's object.
      {"'the growth rate of the X market' is a rate, not a share",
       {"During 2022–2030, the growth rate of the seasonings and spices market will be around 5.4%."},
       {Range("2022–2030", 2022, 2030), Pct("5.4%", 5.4)},
       {Cagr(5.4, 2022, 2030)}},
      // fresh in-ayurveda / pt-webscraping: a CAGR column's period comes from the
      // row's actual amount to the one its column marks as an estimate.
      {"a CAGR column runs from the actual year to the estimated one",
       {"# India Ayurveda Products Market", "| Segment | FY24 | FY30E | CAGR |",
        "| Personal care | ₹43,200 crore | ₹1,02,000 crore | 15.4% |"},
       {Year("FY24", 2024), Year("FY30", 2030), Money("₹43,200 crore", 432e9, "INR"),
        Money("₹1,02,000 crore", 1.02e12, "INR"), Pct("15.4%", 15.4)},
       {Size(432e9, 2024, false, "Personal care"), Size(1.02e12, 2030, true, "Personal care"),
        Cagr(15.4, 2024, 2030, "Personal care")}},
      {"two plain forecast-year columns state no period",
       {"# AI Web Scraping Market", "| Fonte | 2030 | 2037 | CAGR |", "| Research Nester | US$ 2.8B | US$ 3.52B | 13.2% |"},
       {Year("2030", 2030), Year("2037", 2037), Money("US$ 2.8B", 2.8e9), Money("US$ 3.52B", 3.52e9), Pct("13.2%", 13.2)},
       // "Fonte" (source) heads the row labels: sources are no segments. The growth
       // column makes the later amount a forecast; plain year columns state no
       // period (the gold's rate has none: 2030 may be a forecast too).
       {Size(2.8e9, 2030, false), Size(3.52e9, 2037, true), Cagr(13.2, std::nullopt, std::nullopt)},
       "pt"},
      // ja-apac-ecommerce-industry-reports: a publication date dates no figure.
      {"a full date is a source's, not the figure's year",
       {"# 東南アジアEC調査", "# 参考文献", "- Momentum Works(2025.6.26)「top 3 platforms increase market share to 84 percent」"},
       {Year("2025", 2025), Pct("84 percent", 84)},
       {Share(84, std::nullopt)},
       "ja"},
      // ja-apac-ecommerce-government-statistics: a month's transactions are no yearly size.
      {"a CJK month's figure is no market size",
       {"# EC調査", "# 韓国市場", "- 2024年4月のオンライン取引額:19.8兆ウォン(前年同月比10.5%増)",
        "- 2024年の市場規模:約1,250億ドル"},
       {Year("2024", 2024), Money("19.8兆ウォン", 19.8e12, "KRW"), Pct("10.5%", 10.5), Year("2024", 2024),
        Money("1,250億ドル", 125e9)},
       {Size(125e9, 2024, false, "韓国", "approximately")},
       "ja"},
      {"a rate does not end at another segment's actual year",
       {"Japan accounted for USD 12.1 billion in 2024 in this market, while India is expected to grow at a CAGR of 18.1%."},
       {Money("USD 12.1 billion", 12.1e9), Year("2024", 2024), Pct("18.1%", 18.1)},
       {Size(12.1e9, 2024, false, "Japan"), Cagr(18.1, std::nullopt, std::nullopt, "India")}},
      // oasys-whitepaper: the period right after an amount dates it by its end.
      {"'to $204.6 billion between 2019 and 2023'",
       {"The games market is forecast to grow at a CAGR of +7.2% to $204.6 billion between 2019 and 2023."},
       {Pct("+7.2%", 7.2), Money("$204.6 billion", 204.6e9), Range("between 2019 and 2023", 2019, 2023)},
       {Cagr(7.2, 2019, 2023), Size(204.6e9, 2023, true)}},
      // Shares listed in parentheses after their names take the lead share's role and year.
      {"'followed by healthcare (17%) and retail (12%)'",
       {"The BFSI vertical accounted for 21% of the market in 2023, followed by healthcare (17%) and retail (12%)."},
       {Pct("21%", 21), Year("2023", 2023), Pct("17%", 17), Pct("12%", 12)},
       {Share(21, 2023, "BFSI"), Share(17, 2023, "healthcare"), Share(12, 2023, "retail")}},
      {"'devant l'hygiène (27 %) et le maquillage (14 %)'",
       {"Les soins du visage représentent 38 % des ventes en 2023, devant l'hygiène (27 %) et le maquillage (14 %)."},
       {Pct("38 %", 38), Year("2023", 2023), Pct("27 %", 27), Pct("14 %", 14)},
       {Share(38, 2023, "soins du visage"), Share(27, 2023, "hygiène"), Share(14, 2023, "maquillage")},
       "fr"},
      {"no list without its words: 'faster than hardware sales (10.4% CAGR ...)'",
       {"Drone services grow at 17.2% per year from 2024 to 2030, faster than hardware sales (10.4% CAGR over the "
        "same horizon)."},
       {Pct("17.2%", 17.2), Range("2024 to 2030", 2024, 2030), Pct("10.4%", 10.4)},
       {Cagr(17.2, 2024, 2030), Cagr(10.4, 2024, 2030)}},
      // A forecast word governs the amount after it, not one before it.
      {"'was valued at … in 2023 and is expected to grow' is no forecast of the 2023 amount",
       {"# Smart Home Market Report",
        "The global smart home market size was valued at USD 84.5 billion in 2023 and is expected to grow at a CAGR "
        "of 27.0% from 2024 to 2030.",
        "North America dominated the market and accounted for the largest revenue share of over 36.0% in 2023."},
       {Money("USD 84.5 billion", 84.5e9), Year("2023", 2023), Pct("27.0%", 27.0), Range("2024 to 2030", 2024, 2030),
        Pct("36.0%", 36.0), Year("2023", 2023)},
       {Size(84.5e9, 2023, false), Cagr(27.0, 2024, 2030), Share(36.0, 2023, "North America", "over")}},
      // ja-apac-ecommerce-industry-reports (a cited English title): "Market by 2028".
      {"'Market by 2028' binds the year, not the report's year",
       {"China Online Retail Forecast Report 2024: A $2.9 Trillion Market by 2028"},
       {Year("2024", 2024), Money("$2.9 Trillion", 2.9e12), Year("2028", 2028)},
       {Size(2.9e12, 2028, true, "China")}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("subjectless lines, role labels, owners and fiscal years") {
  const Case cases[] = {
      // A key-takeaways item with no subject speaks of the page's market...
      {"'- Expected to reach USD 9.1 billion by 2032' under a market title",
       {"# Smart Lock Market Report", "- Expected to reach USD 9.1 billion by 2032"},
       {Money("USD 9.1 billion", 9.1e9), Year("2032", 2032)},
       {Size(9.1e9, 2032, true)}},
      // A list item labelled by a segment's name alone speaks of that segment of the page's market.
      {"'- Europe: USD 3.9 billion in 2023' under a market title",
       {"# Smart Lighting Market Report", "## Regional Analysis", "- Europe: USD 3.9 billion in 2023",
        "- Revenue: USD 2.9 billion in 2023"},
       {Money("USD 3.9 billion", 3.9e9), Year("2023", 2023), Money("USD 2.9 billion", 2.9e9), Year("2023", 2023)},
       {Size(3.9e9, 2023, false, "Europe")}},
      // Regression: no size, the label being the market's own name rather than a segment's.
      {"'- Global cloud ERP: $87.7B (2024) → $172.7B (2029)' under the cloud ERP market's title",
       {"# Cloud ERP: Market Brief", "- Global cloud ERP: $87.7B (2024) → $172.7B (2029), CAGR 14.5%",
        "- Cloud ERP for SMBs: $9.1B (2024)"},
       {Money("$87.7B", 87.7e9), Year("2024", 2024), Money("$172.7B", 172.7e9), Year("2029", 2029), Pct("14.5%", 14.5),
        Money("$9.1B", 9.1e9), Year("2024", 2024)},
       // The narrower market's line is its part (see LabelNamesPart).
       {Size(87.7e9, 2024, false), Size(172.7e9, 2029, true), Cagr(14.5, 2024, 2029),
        Size(9.1e9, 2024, false, "Cloud ERP for SMBs")}},
      // Regression: a list item labelled by a name the page lists nowhere else said nothing of a market.
      {"'- HVAC control: USD 9.3 billion (2023)' under a market title; measures and metrics are no part",
       {"# Smart Home Market Report", "- HVAC control: USD 9.3 billion (2023)", "- Base Year Value: USD 80 billion (2023)",
        "- Top player revenue: USD 5 billion (2023)", "- Government subsidies: USD 2 billion (2023)"},
       {Money("USD 9.3 billion", 9.3e9), Year("2023", 2023), Money("USD 80 billion", 80e9), Year("2023", 2023),
        Money("USD 5 billion", 5e9), Year("2023", 2023), Money("USD 2 billion", 2e9), Year("2023", 2023)},
       {Size(9.3e9, 2023, false, "HVAC control")}},
      // A forecast word in the heading above is of the page's forecast period, not of a year before it.
      {"'Forecast' in the heading above a year before the forecast period",
       {"# Smart Lighting Market Report",
        "The market is expected to grow at a CAGR of 17.9% during the forecast period 2024-2029.",
        "## Regional Forecast", "- Europe: USD 3.9 billion in 2023", "- Asia Pacific: USD 7.8 billion in 2029"},
       {Pct("17.9%", 17.9), Range("2024-2029", 2024, 2029), Money("USD 3.9 billion", 3.9e9), Year("2023", 2023),
        Money("USD 7.8 billion", 7.8e9), Year("2029", 2029)},
       {Cagr(17.9, 2024, 2029), Size(3.9e9, 2023, false, "Europe"), Size(7.8e9, 2029, true, "Asia Pacific")}},
      // ... but not under a title that names no market.
      {"a subjectless item under a title naming no market",
       {"# Smart Lock Company Profile", "- Expected to reach USD 9.1 billion by 2032"},
       {Money("USD 9.1 billion", 9.1e9), Year("2032", 2032)},
       {}},
      // The words of a sentence before the figure are no label.
      {"'Sales rose to' is no segment",
       {"# Widget Market Report", "# Market size", "- Sales rose to EUR 2.1 billion in 2022"},
       {Money("EUR 2.1 billion", 2.1e9, "EUR"), Year("2022", 2022)},
       {Size(2.1e9, 2022, false)}},
      {"'of sales in' is no label",
       {"# Widget Market Report", "Online channels held 40% of sales in 2023; in 2019, 25%."},
       {Pct("40%", 40), Year("2023", 2023), Year("2019", 2019), Pct("25%", 25)},
       {Share(40, 2023, "Online channels"), Share(25, 2019)}},
      // A share restated for another year is the same segment's.
      {"'compared with 25% in 2019', 'versus', 'in 2023 and 25% in 2019'",
       {"# Widget Market Report", "Online channels generated 40% of sales in 2023, compared with 25% in 2019.",
        "Online channels generated 41% of sales in 2023 versus 26% in 2019.",
        "Online channels accounted for 42% of sales in 2023 and 27% in 2019."},
       {Pct("40%", 40), Year("2023", 2023), Pct("25%", 25), Year("2019", 2019), Pct("41%", 41), Year("2023", 2023),
        Pct("26%", 26), Year("2019", 2019), Pct("42%", 42), Year("2023", 2023), Pct("27%", 27), Year("2019", 2019)},
       {Share(40, 2023, "Online channels"), Share(25, 2019, "Online channels"), Share(41, 2023, "Online channels"),
        Share(26, 2019, "Online channels"), Share(42, 2023, "Online channels"), Share(27, 2019, "Online channels")}},
      // A participle phrase opening the sentence: the main clause's subject owns the figure.
      {"'Holding a 38% share in 2023, North America remained ...'",
       {"# Widget Market Report", "Holding a 38% share in 2023, North America remained the largest region.",
        "Accounting for 43.9% of the market in 2023, IT services is the largest of the four categories.",
        "Growing at a CAGR of 12.3%, Asia Pacific is the fastest-growing region.",
        "Accounting for 30% of the market, it is the second largest region.",
        "Accounting for 20% of the market, hardware sales were the third largest."},
       {Pct("38%", 38), Year("2023", 2023), Pct("43.9%", 43.9), Year("2023", 2023), Pct("12.3%", 12.3),
        Pct("30%", 30), Pct("20%", 20)},
       {Share(38, 2023, "North America"), Share(43.9, 2023, "IT services"), Cagr(12.3, std::nullopt, std::nullopt,
        "Asia Pacific"), Share(30, std::nullopt), Share(20, std::nullopt, "hardware")}},
      {"'led the market with', 'market for', 'Demand for', 'Sales of', ', which', ', expanding at'",
       {"# Battery Market Report", "Lithium-ion batteries led the market with 65% share in 2023.",
        "The market for sodium-ion batteries is expected to grow at a 15% CAGR through 2030.",
        "Demand for solid-state batteries is expected to rise at a CAGR of 9% from 2024 to 2030.",
        "Sales of flow batteries accounted for 5% of the total market in 2023.",
        "Lead-acid batteries, which accounted for 25% of the market in 2023, remain second.",
        "Online retail is the fastest-growing channel, expanding at 11.2% annually through 2030."},
       {Pct("65%", 65), Year("2023", 2023), Pct("15%", 15), Year("2030", 2030), Pct("9%", 9),
        Range("2024 to 2030", 2024, 2030), Pct("5%", 5), Year("2023", 2023), Pct("25%", 25), Year("2023", 2023),
        Pct("11.2%", 11.2), Year("2030", 2030)},
       {Share(65, 2023, "Lithium-ion batteries"), Cagr(15, std::nullopt, 2030, "sodium-ion batteries"),
        Cagr(9, 2024, 2030, "solid-state batteries"), Share(5, 2023, "flow batteries"),
        Share(25, 2023, "Lead-acid batteries"), Cagr(11.2, std::nullopt, 2030, "Online retail")}},
      // The page's own market, in the plural, is no segment of itself; a participle after
      // another clause ("... by FY30, growing at") names nothing.
      {"'The market for lithium-ion batteries' on the Lithium-ion Battery Market page",
       {"# Lithium-ion Battery Market Report",
        "The market for lithium-ion batteries is expected to grow at a 15% CAGR through 2030.",
        "It is projected to reach USD 3 billion by FY30, growing at a CAGR of 16.5% between FY24 and FY30."},
       {Pct("15%", 15), Year("2030", 2030), Money("USD 3 billion", 3e9), Year("FY30", 2030), Pct("16.5%", 16.5),
        Range("FY24 and FY30", 2024, 2030)},
       {Cagr(15, std::nullopt, 2030), Size(3e9, 2030, true), Cagr(16.5, 2024, 2030)}},
      {"'Fastest-growing segment: Software (CAGR 14.2%)' names Software",
       {"# Widget Market Report", "- Fastest-growing segment: Software (CAGR 14.2%)"},
       {Pct("14.2%", 14.2)},
       {Cagr(14.2, std::nullopt, std::nullopt, "Software")}},
      {"'Top Segment: String inverters – 61% of revenue (2024)'",
       {"# Solar Inverter Market Outlook", "- Top Segment: String inverters – 61% of revenue (2024)"},
       {Pct("61%", 61), Year("2024", 2024)},
       {Share(61, 2024, "String inverters")}},
      // A period across a semicolon belongs to the other clause.
      {"a rate's period is in its own clause",
       {"Between 2024 and 2030 the market grows 6.1% annually; from 2025 through 2032 it grows 7%."},
       {Range("2024 and 2030", 2024, 2030), Pct("6.1%", 6.1), Range("2025 through 2032", 2025, 2032), Pct("7%", 7)},
       {Cagr(6.1, 2024, 2030), Cagr(7, 2025, 2032)}},
      // A one-year range is a fiscal year: the size is that year's, no forecast.
      {"'in 2021-22' dates a size by the fiscal year's end",
       {"The market stood at Rs. 1,200 crore in 2021-22."},
       {Money("Rs. 1,200 crore", 12e9, "INR"), Range("2021-22", 2021, 2022)},
       {Size(12e9, 2022, false)}},
      {"'In FY2022-23, the market was valued at' is no forecast",
       {"In FY2022-23, the market was valued at INR 1,500 crore."},
       {Range("FY2022-23", 2022, 2023), Money("INR 1,500 crore", 15e9, "INR")},
       {Size(15e9, 2023, false)}},
      // A region's own share is a segment's share; the region owning a market names the market.
      {"'Europe's share', 'North America's market share'",
       {"Europe's share was 28% in 2022. North America's market share stood at 41% in 2023."},
       {Pct("28%", 28), Year("2022", 2022), Pct("41%", 41), Year("2023", 2023)},
       {Share(28, 2022, "Europe"), Share(41, 2023, "North America")}},
      // A region owning the page's market (or no named market) is that market's regional segment;
      // one owning another market names that market, and one the page's market is named by is no segment.
      {"'India's electric vehicle battery market', 'Europe's market', 'India's lithium mining market'",
       {"# Electric Vehicle Battery Market Report",
        "India's electric vehicle battery market is poised to reach USD 4.5 billion by 2030.",
        "Europe's market is poised to reach USD 9.5 billion by 2030.",
        "India's lithium mining market was valued at USD 1.1 billion in 2023."},
       {Money("USD 4.5 billion", 4.5e9), Year("2030", 2030), Money("USD 9.5 billion", 9.5e9), Year("2030", 2030),
        Money("USD 1.1 billion", 1.1e9), Year("2023", 2023)},
       {Size(4.5e9, 2030, true, "India"), Size(9.5e9, 2030, true, "Europe"), Size(1.1e9, 2023, false)}},
      // The region a page's market is named by is no part of it, but for its share of a wider market;
      // a region must be a whole word of the name ("US" is not in "Business Software").
      {"'The online gaming industry in India' on the India online gaming page",
       {"# India Online Gaming Market Report", "The online gaming industry in India is worth $3.1 billion as of 2023.",
        "India accounted for 12% of the global online gaming market in 2023."},
       {Money("$3.1 billion", 3.1e9), Year("2023", 2023), Pct("12%", 12), Year("2023", 2023)},
       {Size(3.1e9, 2023, false), Share(12, 2023, "India")}},
      {"'The US business software market' on the business software page",
       {"# Business Software Market Report", "The US business software market was valued at $50 billion in 2023."},
       {Money("$50 billion", 50e9), Year("2023", 2023)},
       {Size(50e9, 2023, false, "US")}},
      // A place's adjective names its region, written as the place ("the Indian X market": India).
      {"'The European smart home market', 'The Indian smart home market'",
       {"# Smart Home Market Report", "The European smart home market was valued at USD 30 billion in 2023.",
        "The Indian smart home market is estimated at USD 5 billion in 2023."},
       {Money("USD 30 billion", 30e9), Year("2023", 2023), Money("USD 5 billion", 5e9), Year("2023", 2023)},
       {Size(30e9, 2023, false, "Europe"), Size(5e9, 2023, false, "India")}},
      // A name holding the page market's words and one of its own is a part of it (regression:
      // "Battery electric buses" on the electric bus page named no segment).
      {"'Battery electric buses (BEBs) accounted for 79.5%' on the electric bus page",
       {"# Electric Bus Market Report", "Battery electric buses (BEBs) accounted for 79.5% of revenue in 2023.",
        "The global electric bus industry accounted for 4% of bus sales in 2023."},
       {Pct("79.5%", 79.5), Year("2023", 2023), Pct("4%", 4), Year("2023", 2023)},
       {Share(79.5, 2023, "Battery electric buses"), Share(4, 2023)}},
      // An abbreviation names the page's market when it spells the initials of its words.
      {"'the India EV battery market' on the electric vehicle battery page",
       {"# Electric Vehicle Battery Market Report",
        "The India EV battery market is poised to reach USD 4.5 billion by 2030.",
        "The India LNG market is poised to reach USD 2.5 billion by 2030."},
       {Money("USD 4.5 billion", 4.5e9), Year("2030", 2030), Money("USD 2.5 billion", 2.5e9), Year("2030", 2030)},
       {Size(4.5e9, 2030, true, "India"), Size(2.5e9, 2030, true)}},
      {"'India's Ayurveda products market' on the India Ayurveda products page",
       {"# India Ayurveda Products Market Outlook",
        "India's Ayurveda products market was valued at USD 14.5 billion in 2024."},
       {Money("USD 14.5 billion", 14.5e9), Year("2024", 2024)},
       {Size(14.5e9, 2024, false)}},
      {"'capturing more than a 45.2% share': a qualifier before an article",
       {"In 2023, the software segment held a dominant market position, capturing more than a 45.2% share."},
       {Year("2023", 2023), Pct("45.2%", 45.2)},
       {Share(45.2, 2023, "software", "more than")}},
      {"Italian: 'dovrebbe raggiungere ... entro il 2030', 'quota di mercato', '% annuo'",
       {"Il mercato globale dei robot industriali è stato valutato a 4,5 miliardi di dollari nel 2023 e dovrebbe "
        "raggiungere 9,8 miliardi di dollari entro il 2030. L'Europa deteneva una quota di mercato del 32% nel 2023. "
        "Tra il 2024 e il 2030 il segmento crescerà del 9% annuo."},
       {Money("4,5 miliardi di dollari", 4.5e9), Year("2023", 2023), Money("9,8 miliardi di dollari", 9.8e9),
        Year("2030", 2030), Pct("32%", 32), Year("2023", 2023), Range("2024 e il 2030", 2024, 2030), Pct("9%", 9)},
       {Size(4.5e9, 2023, false), Size(9.8e9, 2030, true), Share(32, 2023, "Europa"), Cagr(9, 2024, 2030)},
       "it"},
      // pt-webscraping: a heading is framed by the heading it sits under, not by a lower one before it.
      {"a '###' heading does not frame the '##' heading after it",
       {"# AI Web Scraping Market", "## Market analysis", "### Growth by region (CAGR 2025-2030)",
        "## The Great Wall: 73% of websites block AI crawlers"},
       {Range("2025-2030", 2025, 2030), Pct("73%", 73)},
       {}},
      // A Chinese share word with no owner of its own: what the clause before measures.
      {"'其中，研发设计类软件市场规模为560亿元，占比19.8%'",
       {"其中，研发设计类软件市场规模为560亿元，占比19.8%。"},
       {Money("560亿元", 56e9, "CNY"), Pct("19.8%", 19.8)},
       {Share(19.8, std::nullopt, "研发设计类软件")},
       "zh"},
      {"'其中安防类产品占比最高，达到32%': the share word closes the clause before",
       {"其中安防类产品占比最高，达到32%。"},
       {Pct("32%", 32)},
       {Share(32, std::nullopt, "安防类产品")},
       "zh"},
      // Regression: "从产品结构来看，家用服务机器人" was the owner, and "从" no segment's start.
      {"'从产品结构来看，家用服务机器人占比最高，达到47.3%': the owner follows the framing phrase",
       {"从产品结构来看,家用服务机器人占比最高,达到47.3%;医疗服务机器人占比约为18.5%。"},  // as NFKC folds it
       {Pct("47.3%", 47.3), Pct("18.5%", 18.5)},
       {Share(47.3, std::nullopt, "家用服务机器人"), Share(18.5, std::nullopt, "医疗服务机器人")},
       "zh"},
      // Regression: "Breakup by Vehicle Type:" (IMARC's list heading) opened no list, so the
      // sentence's own words were the segment's name ("Retro electric scooters").
      {"'Breakup by Vehicle Type:' over a list names the page's segments",
       {"# Electric Scooter Market", "## Breakup by Vehicle Type:", "- Retro", "- Folding",
        "Retro electric scooters lead the market with around 52.6% of market share in 2024."},
       {Pct("52.6%", 52.6), Year("2024", 2024)},
       {Share(52.6, 2024, "Retro", "around")}},
      // Regression: "dominated the market and accounted for" took "and" as the share's owner.
      {"'the endosteal implants dominated the market and accounted for the largest revenue share of 85.7%'",
       {"# Dental Implants Market",
        "Based on type, the endosteal implants dominated the market and accounted for the largest revenue share "
        "of 85.7% in 2023."},
       {Pct("85.7%", 85.7), Year("2023", 2023)},
       {Share(85.7, 2023, "endosteal implants")}},
      // Regression: only a forecast continued the market sentence before it; "It reached" did not.
      {"'The widget market was USD 5.2 billion in 2023. It reached $6.1 billion in 2024.'",
       {"# Widget Market Report",
        "The widget market was USD 5.2 billion in 2023. It reached $6.1 billion in 2024, growing 7.5% year on year.",
        "The widget market was USD 5.2 billion in 2023.", "It reached $6.1 billion in 2024."},
       {Money("USD 5.2 billion", 5.2e9), Year("2023", 2023), Money("$6.1 billion", 6.1e9), Year("2024", 2024),
        Pct("7.5%", 7.5), Money("USD 5.2 billion", 5.2e9), Year("2023", 2023), Money("$6.1 billion", 6.1e9),
        Year("2024", 2024)},
       {Size(5.2e9, 2023, false), Size(6.1e9, 2024, false), Size(5.2e9, 2023, false)}},
      // Regression: "USD 6.0 billion this year" took the year of "last year (2023)" before it.
      {"'totaled USD 5.6 billion last year (2023) and is expected to hit USD 6.0 billion this year'",
       {"# Widget Market Report",
        "Widget market revenue totaled USD 5.6 billion last year (2023) and is expected to hit USD 6.0 billion this "
        "year."},
       {Money("USD 5.6 billion", 5.6e9), Year("2023", 2023), Money("USD 6.0 billion", 6.0e9)},
       {Size(5.6e9, 2023, false)}},
      // Regression: the publisher's local arm ("IDC Japan") was the size's region.
      {"'IDC Japanは、国内データセンター市場の…': a company's name holds no region; the region itself still does",
       {"# 国内データセンター市場", "IDC Japanは、国内データセンター市場の2023年の市場規模が2兆1,530億円になったと発表した。",
        "In 2023, IDC India said India held 20% of the market."},
       {Year("2023", 2023), Money("2兆1,530億円", 2.153e12, "JPY"), Year("2023", 2023), Pct("20%", 20)},
       {Size(2.153e12, 2023, false), Share(20, 2023, "India")},
       "ja"},
      // Regression: "智能安防次之" (next comes X) named no owner, and "，华南地区为24.6%" continued no list of shares.
      {"'；智能安防次之，占比为19.8%', '华东地区市场份额为35.2%，华南地区为24.6%'",
       {"从产品结构来看,智能照明占比最高,达到23.5%;智能安防次之,占比为19.8%。",  // as NFKC folds it
        "从区域分布来看,华东地区市场份额为35.2%,华南地区为24.6%。"},
       {Pct("23.5%", 23.5), Pct("19.8%", 19.8), Pct("35.2%", 35.2), Pct("24.6%", 24.6)},
       {Share(23.5, std::nullopt, "智能照明"), Share(19.8, std::nullopt, "智能安防"),
        Share(35.2, std::nullopt, "华东地区"), Share(24.6, std::nullopt, "华南地区")},
       "zh"},
      // Regression: "智慧安防居次，占22.1%" (a bare "占") and "，中部地區則為24.7%" (a list's next name) had no owner.
      {"'；智慧安防居次，占22.1%', '北部地區市占率為45.3%，中部地區則為24.7%'",
       // One paragraph, as NFKC folds it: no short line's list.
       {"其中,智慧照明占比最高,達28.4%;智慧安防居次,占22.1%。北部地區市占率為45.3%,中部地區則為24.7%。"},
       {Pct("28.4%", 28.4), Pct("22.1%", 22.1), Pct("45.3%", 45.3), Pct("24.7%", 24.7)},
       {Share(28.4, std::nullopt, "智慧照明"), Share(22.1, std::nullopt, "智慧安防"),
        Share(45.3, std::nullopt, "北部地區"), Share(24.7, std::nullopt, "中部地區")},
       "zh-Hant"},
      // Regression: a forecast paragraph that leaves out its subject after the market's paragraph made no size.
      {"'2028年度には3,200億円に達すると予測する' after the market's paragraph",
       {"# 国内クラウドERP市場規模推移と予測", "2023年度の国内クラウドERP市場規模は、前年度比12.5%増の1,850億円となった。",
        "2028年度には3,200億円に達すると予測する。"},
       {Year("2023", 2023), Pct("12.5%", 12.5), Money("1,850億円", 185e9, "JPY"), Year("2028", 2028),
        Money("3,200億円", 320e9, "JPY")},
       {Size(185e9, 2023, false), Size(320e9, 2028, true)},
       "ja"},
      {"'2028년에는 2조 3,500억 원에 이를 것으로 전망된다' after the market's paragraph",
       {"# 국내 클라우드 ERP 시장 전망", "국내 클라우드 ERP 시장 규모는 2023년 1조 2,000억 원으로 성장했다.", "2028년에는 2조 3,500억 원에 이를 것으로 전망된다."},
       {Year("2023", 2023), Money("1조 2,000억 원", 1.2e12, "KRW"), Year("2028", 2028), Money("2조 3,500억 원", 2.35e12, "KRW")},
       {Size(1.2e12, 2023, false), Size(2.35e12, 2028, true)},
       "ko"},
      // Regression: "北美則為14%" made no claim; "比亞迪以15.8%居次" had no owner without a share word after it.
      {"'，北美則為14%', '，比亞迪以15.8%居次': later items of a Chinese share list",
       {"以地區來看,中國市場佔比約56%,居全球之冠;歐洲佔比約22%,北美則為14%。",
        "寧德時代以37.4%的市佔率位居第一,比亞迪以15.8%居次。"},
       {Pct("56%", 56), Pct("22%", 22), Pct("14%", 14), Pct("37.4%", 37.4), Pct("15.8%", 15.8)},
       {Share(56, std::nullopt, "中國"), Share(22, std::nullopt, "歐洲"), Share(14, std::nullopt, "北美"),
        Share(37.4, std::nullopt, "寧德時代"), Share(15.8, std::nullopt, "比亞迪")},
       "zh-Hant"},
      // Regression: the amount a rate grows to had no year (CJK writes the year first), "업계" (the
      // industry) was a segment, and names before parentheses in a CJK list were none; kana make a
      // clause, no name.
      {"'업계는 2027년까지 연평균 15.2% 성장해 7,000억 원 규모에 이를 것으로', '마이셰프(18.4%)'",
       {"# 국내 밀키트 시장 현황과 전망", "업계는 2027년까지 연평균 15.2% 성장해 7,000억 원 규모에 이를 것으로 내다봤다.",
        "업체별 점유율은 프레시지가 32.1%로 1위를 기록했고, 마이셰프(18.4%), 테이스티나인(11.2%) 순이었다."},
       {Year("2027", 2027), Pct("15.2%", 15.2), Money("7,000억 원", 7e11, "KRW"), Pct("32.1%", 32.1),
        Pct("18.4%", 18.4), Pct("11.2%", 11.2)},
       {Cagr(15.2, std::nullopt, 2027), Size(7e11, 2027, true), Share(32.1, std::nullopt, "프레시지"),
        Share(18.4, std::nullopt, "마이셰프"), Share(11.2, std::nullopt, "테이스티나인")},
       "ko"},
      {"'前年比ではほぼ横ばい（0.58%）' names nothing; a negative percent is no share",
       {"# 国内EC市場", "「オンラインゲーム」が1.3兆円と最大シェアを占めるが、前年比ではほぼ横ばい（0.58%）となっている。",
        "「オンラインゲーム」が1.3兆円と最大シェアを占めるが、前年比ではほぼ横ばい（-0.58%）となっている。"},
       {Money("1.3兆円", 1.3e12, "JPY"), Pct("0.58%", 0.58), Money("1.3兆円", 1.3e12, "JPY"), Pct("-0.58%", -0.58)},
       {Share(0.58, std::nullopt)},
       "ja"},
      // Regression: a short line's later names were its first clause ("居次") or kept their copula
      // ("宏佳騰則為") or conjunction ("而光陽").
      {"'Gogoro市占率達62.3%，宏佳騰以13.5%居次，而光陽則為9.8%': names of a short line's share list",
       {"# 台灣電動機車市場", "Gogoro市占率達62.3%，宏佳騰以13.5%居次，而光陽則為9.8%。",
        "Gogoro市占率達62.3%，宏佳騰則為13.5%、光陽則為9.8%。"},
       {Pct("62.3%", 62.3), Pct("13.5%", 13.5), Pct("9.8%", 9.8), Pct("62.3%", 62.3), Pct("13.5%", 13.5),
        Pct("9.8%", 9.8)},
       {Share(62.3, std::nullopt, "Gogoro"), Share(13.5, std::nullopt, "宏佳騰"), Share(9.8, std::nullopt, "光陽"),
        Share(62.3, std::nullopt, "Gogoro"), Share(13.5, std::nullopt, "宏佳騰"), Share(9.8, std::nullopt, "光陽")},
       "zh-Hant"},
      // Regression: a headline's forecast word ("將達") made a sentence's actual amount a forecast.
      {"a sentence under a forecast headline keeps its own tense",
       {"# 電池市場報告", "## 全球電動車電池市場規模將達1,350億美元", "台灣電池芯市場2023年為新台幣450億元,較前一年成長15%。",
        "- 歐洲市場:2030年120億美元"},
       {Money("1,350億美元", 135e9), Year("2023", 2023), Money("新台幣450億元", 45e9, "TWD"), Pct("15%", 15),
        Year("2030", 2030), Money("120億美元", 12e9)},
       {Size(45e9, 2023, false, "台灣"), Size(12e9, 2030, true, "歐洲")},
       "zh-Hant"},
      // Regression: the name began after the middle dot ("財務モジュール").
      {"'会計・財務モジュールが全体の38.2%を占め': the middle dot joins one name",
       {"製品別では、会計・財務モジュールが全体の38.2%を占め、最大のセグメントとなっている。"},
       {Pct("38.2%", 38.2)},
       {Share(38.2, std::nullopt, "会計・財務モジュール")},
       "ja"},
      // A Japanese figure's clause with no topic: the sentence's earlier clause names it.
      {"'ロボット掃除機が最大のセグメントで、市場の45%を占める'",
       {"製品別に見ると、ロボット掃除機が最大のセグメントで、市場の45%を占める。"},
       {Pct("45%", 45)},
       {Share(45, std::nullopt, "ロボット掃除機")},
       "ja"},
      // A change on the year before leaves the sentence's year to the amount it leads to.
      {"'2024年の市場規模は前年比8.5%増の2兆3,000億円'",
       {"2024年の市場規模は前年比8.5%増の2兆3,000億円となる見込みである。",
        "2023년 시장 규모는 전년 대비 12% 증가한 3.2조 원을 기록했다."},
       {Year("2024", 2024), Pct("8.5%", 8.5), Money("2兆3,000億円", 2.3e12, "JPY"), Year("2023", 2023),
        Pct("12%", 12), Money("3.2조 원", 3.2e12, "KRW")},
       {Size(2.3e12, 2024, true), Size(3.2e12, 2023, false)},
       "ja"},
      // oasys-whitepaper: one year's annual growth runs from the year before.
      {"'an annual growth rate of 5,438% in 2021' is 2020 to 2021",
       {"The NFT market hit an annual growth rate of 5,438% in 2021, with the total volume climbing."},
       {Pct("5,438%", 5438), Year("2021", 2021)},
       {Cagr(5438, 2020, 2021)}},
      // A press release's period: growth by an amount over a range, then "the forecast period".
      {"'grow by USD 12.4 billion from 2024-2028' gives 'the forecast period'",
       {"The global cold chain packaging market is expected to grow by USD 12.4 billion from 2024-2028, according "
        "to Technavio. The market is estimated to grow at a CAGR of almost 14.2% during the forecast period."},
       {Money("USD 12.4 billion", 12.4e9), Range("2024-2028", 2024, 2028), Pct("14.2%", 14.2)},
       {Cagr(14.2, 2024, 2028)}},
      // Romance order: the name after "segment" and a preposition; German compounds of "Anteil".
      {"'Le segment des logiciels devrait ...'",
       {"Le segment des logiciels devrait enregistrer le TCAC le plus élevé de 14,2 % sur la période 2024-2030."},
       {Pct("14,2 %", 14.2), Range("2024-2030", 2024, 2030)},
       {Cagr(14.2, 2024, 2030, "logiciels")},
       "fr"},
      {"'El segmento de software crecerá ...'",
       {"El segmento de software crecerá a una tasa anual del 14,2 % entre 2024 y 2030."},
       {Pct("14,2 %", 14.2), Range("2024 y 2030", 2024, 2030)},
       {Cagr(14.2, 2024, 2030, "software")},
       "es"},
      // Regression: the segment named before the first figure took the listed one's figure too.
      {"'..., followed by services with 30%' after 'the hardware segment held 54%'",
       {"The hardware segment held 54% of the market in 2023, followed by services with 30%."},
       {Pct("54%", 54), Year("2023", 2023), Pct("30%", 30)},
       {Share(54, 2023, "hardware"), Share(30, 2023, "services")}},
      // es-solar-distribuida (fresh): "del" fuses "de el"; the gloss "(PyME)" belongs to the name.
      {"'seguido del comercial e industrial (PyME) con el 38 %'",
       {"El segmento residencial representó el 54 % del mercado en 2023, seguido del comercial e industrial (PyME) "
        "con el 38 %."},
       {Pct("54 %", 54), Year("2023", 2023), Pct("38 %", 38)},
       {Share(54, 2023, "residencial"), Share(38, 2023, "comercial e industrial (PyME)")},
       "es"},
      // Regression: the later items of a list that leaves out their verb had no segment, the last no claim.
      {"'60% of the market, services 25% and software 15%'",
       {"Hardware accounts for 60% of the market, services 25% and software 15%.",
        "Les voitures particulières représentent 82 % du marché, les véhicules utilitaires légers 14 %."},
       {Pct("60%", 60), Pct("25%", 25), Pct("15%", 15), Pct("82 %", 82), Pct("14 %", 14)},
       {Share(60, std::nullopt, "Hardware"), Share(25, std::nullopt, "services"), Share(15, std::nullopt, "software"),
        Share(82, std::nullopt, "voitures particulières"), Share(14, std::nullopt, "véhicules utilitaires légers")}},
      // Regression: the inline list made "North America 35%" a segment name of the page; "of" ended "Rest of the World".
      {"'share by region: North America 35%, Europe 28%, Rest of the World 12%'",
       {"# Smart Thermostat Market Report",
        "Smart thermostat market share by region: North America 35%, Europe 28%, Rest of the World 12%."},
       {Pct("35%", 35), Pct("28%", 28), Pct("12%", 12)},
       {Share(35, std::nullopt, "North America"), Share(28, std::nullopt, "Europe"),
        Share(12, std::nullopt, "Rest of the World")}},
      // The inline list's items, without their figures, are the page's names for later sentences too.
      {"'Share by product: Wi-Fi models 60%, Zigbee models 40%' names the products",
       {"# Smart Thermostat Market Report", "Share by product: Wi-Fi models 60%, Zigbee models 40%.",
        "In 2024, 42% of the market was held by Zigbee models."},
       {Pct("60%", 60), Pct("40%", 40), Year("2024", 2024), Pct("42%", 42)},
       {Share(60, std::nullopt, "Wi-Fi models"), Share(40, std::nullopt, "Zigbee models"), Share(42, 2024, "Zigbee models")}},
      // Regression: "Italian" named no region (demonyms of more countries).
      {"'The Italian market reached ...' is Italy's",
       {"# Payments Market Report", "The Italian market reached EUR 3.4 billion in 2023."},
       {Money("EUR 3.4 billion", 3.4e9, "EUR"), Year("2023", 2023)},
       {Size(3.4e9, 2023, false, "Italy")}},
      // Regression: "now" was the segment of "... and now represents 38%".
      {"an adverb after 'and' is no segment's name",
       {"The cloud segment grew 28% to $1.6 billion and now represents 38% of the market."},
       {Pct("28%", 28), Money("$1.6 billion", 1.6e9), Pct("38%", 38)},
       {Share(38, std::nullopt, "cloud")}},
      // Regression: the second region's amount had no year of its own and made no claim; a
      // clause with no new subject ("and was forecast to pass") takes no year from the first.
      {"'..., while Europe stood at USD 3.1 billion' shares the year of the clause before",
       {"# Home Fitness Market Report",
        "North America was valued at USD 4.4 billion in 2023, while Europe stood at USD 3.1 billion.",
        "The market reached USD 11.5 billion in 2023, and was forecast to pass USD 9.8 billion."},
       {Money("USD 4.4 billion", 4.4e9), Year("2023", 2023), Money("USD 3.1 billion", 3.1e9),
        Money("USD 11.5 billion", 11.5e9), Year("2023", 2023), Money("USD 9.8 billion", 9.8e9)},
       {Size(4.4e9, 2023, false, "North America"), Size(3.1e9, 2023, false, "Europe"), Size(11.5e9, 2023, false)}},
      // Regression: a clause's own noun before its verb, not known to the lexicon, named no segment,
      // so its amount had no year either; a pronoun or a measure word names none.
      {"'The hardware segment accounted for USD 7.1 billion in 2024, while software reached USD 12.4 billion'",
       {"# Digital Twin Market Report",
        "The hardware segment accounted for USD 7.1 billion in 2024, while software reached USD 12.4 billion.",
        "The market was USD 9 billion in 2023, and it reached USD 11 billion.",
        "The market was USD 9 billion in 2023, and revenue reached USD 11 billion."},
       {Money("USD 7.1 billion", 7.1e9), Year("2024", 2024), Money("USD 12.4 billion", 12.4e9),
        Money("USD 9 billion", 9e9), Year("2023", 2023), Money("USD 11 billion", 11e9), Money("USD 9 billion", 9e9),
        Year("2023", 2023), Money("USD 11 billion", 11e9)},
       {Size(7.1e9, 2024, false, "hardware"), Size(12.4e9, 2024, false, "software"), Size(9e9, 2023, false),
        Size(9e9, 2023, false)}},
      // Regression: "controls" was no share verb, so the region after the figure was the segment of
      // both figures; a name in the earlier figure's clause yields to the later clause's own subject.
      {"'Trupanion alone controls about 20% of the North American market, while Nationwide holds roughly 15%'",
       {"# Pet Insurance Market Report",
        "Trupanion alone controls about 20% of the North American market, while Nationwide holds roughly 15%.",
        "Acme claims 9% of the market in Europe, while Asia Pacific grows at 12%.",
        // "control" the noun is no verb (regression: the segment was "Lighting").
        "- Lighting control: 12.1% share in 2023"},
       {Pct("20%", 20), Pct("15%", 15), Pct("9%", 9), Pct("12%", 12), Pct("12.1%", 12.1), Year("2023", 2023)},
       {Share(20, std::nullopt, "Trupanion", "about"), Share(15, std::nullopt, "Nationwide", "approximately"),
        Share(9, std::nullopt, "Acme"), Cagr(12, std::nullopt, std::nullopt, "Asia Pacific"),
        Share(12.1, 2023, "Lighting control")}},
      // Regression: none of these was a claim, or named its segment: the page's market named with its
      // measure, a measure "from"/"of" a name opening the sentence, and "ranked second with".
      {"'Cloud security revenues totaled', 'Revenue from software is forecast to reach', 'ranked second with'",
       {"# Cloud Security Market Report", "Cloud security revenues totaled $4.2 billion in 2023.",
        "Revenue from software is forecast to reach $5 billion by 2028.",
        "In terms of revenue, hardware ranked second with 27.5%.",
        "Sales of the market will reach $6 billion in 2029."},
       {Money("$4.2 billion", 4.2e9), Year("2023", 2023), Money("$5 billion", 5e9), Year("2028", 2028),
        Pct("27.5%", 27.5), Money("$6 billion", 6e9), Year("2029", 2029)},
       {Size(4.2e9, 2023, false), Size(5e9, 2028, true, "software"), Share(27.5, std::nullopt, "hardware"),
        Size(6e9, 2029, true)}},
      // Regression: "led with" made no share.
      {"'North America led with 35% in 2023, followed by Europe (28%)'",
       {"Among regions, North America led with 35% in 2023, followed by Europe (28%)."},
       {Pct("35%", 35), Year("2023", 2023), Pct("28%", 28)},
       {Share(35, 2023, "North America"), Share(28, 2023, "Europe")}},
      {"a later clause with a verb of its own is no item of the list",
       {"Hardware accounts for 60% of the market, and the market grew 8%."},
       {Pct("60%", 60), Pct("8%", 8)},
       {Share(60, std::nullopt, "Hardware")}},
      // es-solar-distribuida (fresh): an adjective names the segment; an apposition parts it from the verb.
      {"'El segmento agrícola, con bombeo solar, crecerá ...'",
       {"El segmento agrícola, con bombeo solar, crecerá a una tasa anual del 15,3 % entre 2024 y 2030."},
       {Pct("15,3 %", 15.3), Range("2024 y 2030", 2024, 2030)},
       {Cagr(15.3, 2024, 2030, "agrícola")},
       "es"},
      {"'mit einem Umsatzanteil von 38 %'",
       {"Nordamerika dominierte den Markt mit einem Umsatzanteil von 38 % im Jahr 2023."},
       {Pct("38 %", 38), Year("2023", 2023)},
       {Share(38, 2023, "Nordamerika")},
       "de"},
      {"Italian forecast words: 'dovrebbe', 'entro il'",
       {"Il mercato dovrebbe raggiungere 9,8 miliardi di dollari nel 2030.",
        "Il mercato raggiungerà 9,9 miliardi di dollari entro il 2031."},
       {Money("9,8 miliardi di dollari", 9.8e9), Year("2030", 2030), Money("9,9 miliardi di dollari", 9.9e9),
        Year("2031", 2031)},
       {Size(9.8e9, 2030, true), Size(9.9e9, 2031, true)},
       "it"},
      {"'Asia Pacific (APAC) accounted for': the region as the page first names it",
       {"Asia Pacific (APAC) accounted for 30% of global revenue in 2023."},
       {Pct("30%", 30), Year("2023", 2023)},
       {Share(30, 2023, "Asia Pacific")}},
      {"'Bluetooth's share', 'Software's revenue share': the owner without its 's",
       {"# Smart Lock Market Report", "Bluetooth's share rose to 34% in 2023.",
        "Software's revenue share held 30% in 2023."},
       {Pct("34%", 34), Year("2023", 2023), Pct("30%", 30), Year("2023", 2023)},
       {Share(34, 2023, "Bluetooth"), Share(30, 2023, "Software")}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("tables: column header years, first-column years, row headers as segments") {
  const Case cases[] = {
      {"years in the header row; the row header is the segment",
       {"# Market size by segment", "| Segment | 2024 | 2030 (forecast) |", "| Hardware | USD 2.1 billion | USD 5.0 billion |"},
       {Year("2024", 2024), Year("2030", 2030), Money("USD 2.1 billion", 2.1e9), Money("USD 5.0 billion", 5.0e9)},
       {Size(2.1e9, 2024, false, "Hardware"), Size(5.0e9, 2030, true, "Hardware")}},
      {"years in the first column",
       {"# Market size", "| Year | Value |", "| 2023 | USD 10 billion |", "| 2030 | USD 20 billion |"},
       {Year("2023", 2023), Money("USD 10 billion", 10e9), Year("2030", 2030), Money("USD 20 billion", 20e9)},
       {Size(10e9, 2023, false), Size(20e9, 2030, false)}},
      {"a CAGR column under a range header; a share column of vendors",
       {"| Concurrent | Part de Marché Estimée | TCAC (2025-2030) |", "| OBDLink | 16% | 12.5% |"},
       {Range("2025-2030", 2025, 2030), Pct("16%", 16), Pct("12.5%", 12.5)},
       {Share(16, std::nullopt, "OBDLink"), Cagr(12.5, 2025, 2030, "OBDLink")}},
      // Regression: "Estimated Value in" was a segment ("Forecast Value in" was not, by its forecast cue).
      {"a metric table's value labels are no segment",
       {"# Cold Chain Packaging Market", "| Metric | Value |", "| Estimated Value in (2025E) | USD 28.4 billion |",
        "| Historical Value (2020) | USD 19.0 billion |", "| Forecast Value in (2035F) | USD 61.9 billion |"},
       {Year("2025", 2025), Money("USD 28.4 billion", 28.4e9), Year("2020", 2020), Money("USD 19.0 billion", 19e9),
        Year("2035", 2035), Money("USD 61.9 billion", 61.9e9)},
       {Size(28.4e9, 2025, true), Size(19e9, 2020, false), Size(61.9e9, 2035, true)}},
      {"a source column is no segment",
       {"# Mercado global", "| Fonte | 2030 | CAGR |", "| Mordor Intelligence | US$ 2.0B | 14.2% |"},
       {Year("2030", 2030), Money("US$ 2.0B", 2.0e9), Pct("14.2%", 14.2)},
       {Size(2.0e9, 2030, false), Cagr(14.2, std::nullopt, std::nullopt)}},
      // Regression: 2029 was an actual size.
      {"a growth column makes the later year a forecast",
       {"# Cloud ERP Market", "## Market size by region", "| Region | 2024 | 2029 | CAGR |",
        "| North America | USD 35.1 billion | USD 66.0 billion | 13.5% |"},
       {Year("2024", 2024), Year("2029", 2029), Money("USD 35.1 billion", 35.1e9), Money("USD 66.0 billion", 66e9),
        Pct("13.5%", 13.5)},
       {Size(35.1e9, 2024, false, "North America"), Size(66e9, 2029, true, "North America"),
        Cagr(13.5, std::nullopt, std::nullopt, "North America")}},
      {"a Report Scope table declares the forecast period for a later sentence",
       {"# Report Scope", "| Report Coverage | Details |", "| Base Year | 2023 |", "| Forecast Period | 2024 to 2033 |",
        "The software segment is expected to grow at a CAGR of 23.56% over the forecast period."},
       {Year("2023", 2023), Range("2024 to 2033", 2024, 2033), Pct("23.56%", 23.56)},
       {Cagr(23.56, 2024, 2033, "software")}},
      // Regression: the study period (history and forecast together) was taken for the forecast period.
      {"a Report Scope table's study period is no forecast period",
       {"# Report Scope", "| Attribute | Details |", "| Study Period | 2019-2032 |", "| Forecast Period | 2024-2032 |",
        "The lighting segment is expected to grow at a CAGR of 26.1% over the forecast period."},
       {Range("2019-2032", 2019, 2032), Range("2024-2032", 2024, 2032), Pct("26.1%", 26.1)},
       {Cagr(26.1, 2024, 2032, "lighting")}},
      // Regression: the rows had no year, so no size and shares of no year.
      {"a short caption line right over a table dates its rows",
       {"# IIoT Market", "Table 2: IIoT spending by industry, 2023", "| Industry | Spending (USD bn) | Share |",
        "| Utilities | USD 39.7 billion | 15.1% |"},
       {Year("2023", 2023), Money("USD 39.7 billion", 39.7e9), Pct("15.1%", 15.1)},
       {Size(39.7e9, 2023, false, "Utilities"), Share(15.1, 2023, "Utilities")}},
      {"a caption line with a figure of its own is a sentence, not a caption",
       {"# IIoT Market", "Spending grew 8% in 2023.", "| Industry | Spending (USD bn) | Share |",
        "| Utilities | USD 39.7 billion | 15.1% |"},
       {Pct("8%", 8), Year("2023", 2023), Money("USD 39.7 billion", 39.7e9), Pct("15.1%", 15.1)},
       {Share(15.1, std::nullopt, "Utilities")}},
      // A share in a table row takes the single year of its heading, as a size does.
      {"a share row under a heading with a year",
       {"# Smart Meter Market", "# Market share by type, 2023", "| Type | Share |", "| Electricity meters | 71.2% |"},
       {Year("2023", 2023), Pct("71.2%", 71.2)},
       {Share(71.2, 2023, "Electricity meters")}},
      // blog-plant-based-cheese, brief-industrial-drones (fresh): "Others" is a segment like any other row.
      {"an 'Others' row or item is a segment",
       {"# Plant-Based Cheese Market", "| Product type | 2023 | 2030 |", "| Others | USD 577 million | USD 1,290 million |",
        "2.1 By end user", "- Other: 26% (2023)"},
       {Year("2023", 2023), Year("2030", 2030), Money("USD 577 million", 577e6), Money("USD 1,290 million", 1290e6),
        Pct("26%", 26), Year("2023", 2023)},
       {Size(577e6, 2023, false, "Others"), Size(1290e6, 2030, false, "Others"), Share(26, 2023, "Other")}},
      // Regression: a row label's not-size word dropped only the first amount of the row.
      {"a row label that names no market size holds for every amount in the row",
       {"# Robot Market", "| Item | 2023 | 2030 |", "| Government budget | USD 538 million | USD 820 million |"},
       {Year("2023", 2023), Year("2030", 2030), Money("USD 538 million", 538e6), Money("USD 820 million", 820e6)},
       {}},
      // Regression: "価格" (price) in "中価格帯" (mid price band) dropped the row's first amount.
      {"a price band names a segment, not a price",
       {"# ロボット掃除機市場", "| 価格帯 | 2023年 | 2030年 |", "| 中価格帯 | 538億円 | 820億円 |"},
       {Year("2023", 2023), Year("2030", 2030), Money("538億円", 538e8, "JPY"), Money("820億円", 820e8, "JPY")},
       {Size(538e8, 2023, false, "中価格帯"), Size(820e8, 2030, false, "中価格帯")},
       "ja"},
      {"a price band in English names a segment too",
       {"# Robot Market", "| Tier | 2023 | 2030 |", "| Mid price tier | USD 538 million | USD 820 million |"},
       {Year("2023", 2023), Year("2030", 2030), Money("USD 538 million", 538e6), Money("USD 820 million", 820e6)},
       {Size(538e6, 2023, false, "Mid price tier"), Size(820e6, 2030, false, "Mid price tier")}},
      {"a not-size word beside a price band still holds",
       {"# Robot Market", "| Tier | 2023 | 2030 |", "| Mid price tier subsidies | USD 538 million | USD 820 million |"},
       {Year("2023", 2023), Year("2030", 2030), Money("USD 538 million", 538e6), Money("USD 820 million", 820e6)},
       {}},
      // Regression: "economy" in an apposition describing the region dropped the size.
      {"a country described as an economy is no GDP figure",
       {"# Smart Irrigation Market",
        "China, the world's second largest economy, is forecast to reach a market size of US$912.5 Million by 2030."},
       {Money("US$912.5 Million", 912.5e6), Year("2030", 2030)},
       {Size(912.5e6, 2030, true, "China")}},
      {"the economy itself is still no market",
       {"# Smart Irrigation Market", "China's economy is forecast to reach US$19.5 trillion by 2030."},
       {Money("US$19.5 trillion", 19.5e12), Year("2030", 2030)},
       {}},
      // Regression: "構成比" (composition ratio) was no share word, so the column's percents were no claims.
      {"a '構成比' column holds shares",
       {"# 国内EC市場の動向", "| 分野 | 2023年市場規模 | 構成比 |", "| 物販系 | 14兆6,760億円 | 59.8% |"},
       {Year("2023", 2023), Money("14兆6,760億円", 14.676e12, "JPY"), Pct("59.8%", 59.8)},
       {Size(14.676e12, 2023, false, "物販系"), Share(59.8, std::nullopt, "物販系")},
       "ja"},
      {"a list takes its year from the line that opens it",
       {"主要国別市場規模(2024年推計):", "- インドネシア:650億ドル(地域最大)", "- タイ:260億ドル"},
       {Year("2024", 2024), Money("650億ドル", 65e9), Money("260億ドル", 26e9)},
       {Size(65e9, 2024, false, "インドネシア"), Size(26e9, 2024, false, "タイ")},
       "ja"},
  };
  for (const Case& c : cases) Check(c);
}

// Bare numbers in tables that state their unit once become kNumber mentions
// (exact spans and values), and claims use them like money.
TEST_CASE("table amounts: the unit in the caption or the column header") {
  struct NumberCase {
    const char* name;
    std::vector<std::string> lines;
    std::vector<std::pair<std::string, double>> numbers;  // cell text, amount
    std::string currency;
    std::vector<Want> claims;
    std::string language = "en";
  };
  const NumberCase cases[] = {
      {"a caption heading with '(USD million)'",
       {"# Plant-Based Cheese Market", "# Market size by product type (USD million)", "| Product type | 2023 | 2030F |",
        "| Mozzarella | 760 | 1,580 |"},
       {{"760", 760e6}, {"1,580", 1580e6}},
       "USD",
       {Size(760e6, 2023, false, "Mozzarella"), Size(1580e6, 2030, true, "Mozzarella")}},
      {"'(₹ crore)' in each column header, Indian grouping, a CAGR column left alone",
       {"# India Ayurveda Products Market", "| Segment | FY24 (₹ crore) | FY30E (₹ crore) | CAGR |",
        "| Personal care | 43,200 | 1,02,000 | 15.4% |"},
       {{"43,200", 432e9}, {"1,02,000", 1.02e12}},
       "INR",
       {Size(432e9, 2024, false, "Personal care"), Size(1.02e12, 2030, true, "Personal care")}},
      // A table without a stated currency keeps its numbers to itself.
      {"no unit, no amounts",
       {"# Drone Market", "| Segment | 2023 | 2030 |", "| Hardware | 760 | 1,580 |"},
       {},
       "",
       {}},
      {"'(億円)' and a decimal on a Japanese page (NFKC has made the parentheses ASCII)",
       {"# ロボット掃除機市場", "# 価格帯別の市場規模(億円)", "| 価格帯 | 2023年 |", "| 中価格帯 | 538.5 |"},
       {{"538.5", 538.5e8}},
       "JPY",
       {Size(538.5e8, 2023, false, "中価格帯")},
       "ja"},
  };
  for (const NumberCase& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    NormalizedDocument doc = Page(c.lines);
    std::vector<Mention> figures;
    // The years and percents a detector would find in these tables.
    for (const char* y : {"2023", "2030", "FY24", "FY30", "2023年"}) {
      for (size_t at = doc.text.find(y); at != std::string::npos; at = doc.text.find(y, at + 1)) {
        Mention m;
        m.kind = MentionKind::kYear;
        m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::strlen(y))};
        m.value = std::string(y).rfind("FY", 0) == 0 ? 2000 + std::stoi(std::string(y).substr(2)) : std::stoi(y);
        if (std::none_of(figures.begin(), figures.end(), [&](const Mention& f) { return f.span.start < m.span.end && m.span.start < f.span.end; })) {
          figures.push_back(m);
        }
      }
    }
    if (size_t at = doc.text.find("15.4%"); at != std::string::npos) {
      Mention m;
      m.kind = MentionKind::kPercent;
      m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 5)};
      m.value = 15.4;
      figures.push_back(m);
    }
    std::sort(figures.begin(), figures.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    ClaimAssembler assembler(&TheLexicon());
    PageStyle style;
    style.language = c.language;
    ClaimResult r = assembler.Assemble(doc, figures, style);
    REQUIRE(r.numbers.size() == c.numbers.size());
    size_t pos = 0;
    for (size_t i = 0; i < c.numbers.size(); ++i) {
      size_t at = doc.text.find(c.numbers[i].first, pos);
      CHECK(r.numbers[i].kind == MentionKind::kNumber);
      CHECK(r.numbers[i].span.start == at);
      CHECK(r.numbers[i].span.end == at + c.numbers[i].first.size());
      CHECK(*r.numbers[i].value == doctest::Approx(c.numbers[i].second));
      CHECK(r.numbers[i].currency == c.currency);
      pos = at + c.numbers[i].first.size();
    }
    std::vector<Claim> sizes;
    for (const Claim& cl : r.claims) {
      if (cl.kind == ClaimKind::kSize) sizes.push_back(cl);
    }
    REQUIRE(sizes.size() == c.claims.size());
    for (size_t i = 0; i < sizes.size(); ++i) {
      CHECK(sizes[i].amount == doctest::Approx(c.claims[i].value));
      CHECK(sizes[i].currency == c.currency);
      CHECK(sizes[i].year == c.claims[i].year_or_from);
      CHECK(sizes[i].projected == c.claims[i].projected);
      CHECK((sizes[i].segment ? sizes[i].segment->name : std::string()) == c.claims[i].segment);
    }
  }
}

// Regression: bare numbers under "Share (%)" made no claim; a caption's "(%)" states it for
// every column; a count over 100 in such a column is no share.
TEST_CASE("table percentages: bare numbers under 'Share (%)' or a '(%)' caption are shares") {
  NormalizedDocument doc =
      Page({"# Smart Home Market", "## Share by product, 2023", "| Product | Share (%) |",
            "| Security & access control | 28.4 |", "| Smart speakers | 19.7 |", "| Units shipped | 240 |",
            "## Regional share, 2024 (%)", "| Region | Share |", "| North America | 38.2 |"});
  std::vector<Mention> figures = Figures(doc, {Year("2023", 2023), Year("2024", 2024)});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, figures, PageStyle{});
  const std::vector<std::pair<std::string, double>> numbers = {{"28.4", 28.4}, {"19.7", 19.7}, {"38.2", 38.2}};
  REQUIRE(r.numbers.size() == numbers.size());
  for (size_t i = 0; i < numbers.size(); ++i) {
    CAPTURE(i);
    CHECK(r.numbers[i].kind == MentionKind::kNumber);
    CHECK(r.numbers[i].percent);
    CHECK(r.numbers[i].currency.empty());
    CHECK(doc.text.substr(r.numbers[i].span.start, r.numbers[i].span.size()) == numbers[i].first);
    CHECK(*r.numbers[i].value == doctest::Approx(numbers[i].second));
  }
  struct Share {
    double value;
    int year;
    std::string segment;
  };
  const std::vector<Share> want = {
      {28.4, 2023, "Security & access control"}, {19.7, 2023, "Smart speakers"}, {38.2, 2024, "North America"}};
  REQUIRE(r.claims.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(r.claims[i].kind == ClaimKind::kShare);
    CHECK(r.claims[i].value == doctest::Approx(want[i].value));
    CHECK(r.claims[i].year == want[i].year);
    CHECK((r.claims[i].segment ? r.claims[i].segment->name : std::string()) == want[i].segment);
  }
}

TEST_CASE("segment mentions and the page subject") {
  NormalizedDocument doc = Page({kIomtTitle, "North America and APAC lead; the U.S. is the largest country."});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, {}, PageStyle{});
  CHECK(r.subject == "Internet of Medical Things (IoMT)");
  std::vector<std::string> names;
  for (const Mention& m : r.segments) {
    CHECK(m.kind == MentionKind::kSegment);
    if (m.dimension == "region") names.push_back(m.name);
  }
  CHECK(names == std::vector<std::string>{"North America", "Asia Pacific", "United States"});
}

// Regression: under "Market Segmentation by Region", the nested "By product" lines were read as
// regions; the next "By X" head ends a list, whatever block it is.
TEST_CASE("a list under 'Market Segmentation by X' ends at the next 'By X' head") {
  NormalizedDocument doc = Page({"# Mower Accessories Market", "## Market Segmentation by Product", "- Blades",
                                 "- Couplings", "## Market Segmentation by Region", "- Europe", "- By product",
                                 "- Blades", "The By product line sells Blades and Couplings in Europe."});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, {}, PageStyle{});
  std::vector<std::string> names;
  for (const Mention& m : r.segments) names.push_back(m.dimension + ":" + m.name);
  CHECK(names == std::vector<std::string>{"product:Blades", "product:Couplings", "region:Europe", "product:Blades",
                                          "product:Blades", "product:Couplings", "region:Europe"});
}

// Regression (a fuzz finding): a Spanish segment name is cut 60 bytes after "el segmento", and the
// cut fell inside "ó", so the claim's JSON line was not UTF-8. It ends before that letter now.
TEST_CASE("a segment name cut at its byte limit ends between characters") {
  std::string filler;
  for (int i = 0; i < 19; ++i) filler += "\u00FF";  // two bytes each
  const std::string name = "residencial represe" + filler + "nt";
  NormalizedDocument doc = Page({"# Mercado de energía", "En 2023 el segmento " + name + "ó el 40% of sales."});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, Figures(doc, {Year("2023", 2023), Pct("40%", 40)}), PageStyle{"es", true});
  REQUIRE(r.claims.size() == 1);
  REQUIRE(r.claims[0].segment.has_value());
  CHECK(r.claims[0].segment->name == name);
}

// Regression: "Île-de-France" was France, "Make-in-India" India; glued after a hyphen, a region's
// name is part of another name ("US-China" keeps the US).
TEST_CASE("a region glued after a hyphen is part of another name") {
  NormalizedDocument doc = Page({"# Scooter Market", "La région Île-de-France et la Make-in-India initiative.",
                                 "The US-China trade war hit Europe."});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, {}, PageStyle{});
  std::vector<std::string> names;
  for (const Mention& m : r.segments) {
    if (m.dimension == "region") names.push_back(m.name);
  }
  CHECK(names == std::vector<std::string>{"United States", "Europe"});
}

// A market named by a region alone is the region's part of the page's market: the claim keeps
// the page's subject (regression: "The Chinese market" made "Chinese" the subject).
TEST_CASE("a region's market keeps the page's subject") {
  const std::vector<std::string> lines = {"# Smart Home Market Report",
                                          "The Chinese market accounted for 25% of global revenue in 2023.",
                                          "The smart lighting market accounted for 5% of it in 2023."};
  NormalizedDocument doc = Page(lines);
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, Figures(doc, {Pct("25%", 25), Year("2023", 2023), Pct("5%", 5),
                                                        Year("2023", 2023)}),
                                     PageStyle{});
  REQUIRE(r.claims.size() == 2);
  CHECK(r.claims[0].subject == "Smart Home");
  REQUIRE(r.claims[0].segment.has_value());
  CHECK(r.claims[0].segment->name == "China");
  CHECK(r.claims[1].subject == "Smart Home");
  REQUIRE(r.claims[1].segment.has_value());
  CHECK(r.claims[1].segment->name == "smart lighting");
}

// "segmento" takes its name after it, Romance order, and never the word before
// (pt-webscraping: "🎯 Segmentos de Maior Crescimento" named a segment "🎯").
TEST_CASE("segment mentions after 'el segmento de', none before 'Segmentos'") {
  NormalizedDocument doc = Page({"# Mercado de cafés", "# 🎯 Segmentos de Maior Crescimento",
                                 "Estima-se que o segmento de cápsulas compatíveis some de R$ 900 milhões."});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, {}, PageStyle{"pt", true});
  std::vector<std::string> names;
  for (const Mention& m : r.segments) names.push_back(m.name);
  CHECK(names == std::vector<std::string>{"cápsulas compatíveis"});
}

TEST_CASE("sentence units do not split inside U.S. or 1,166.52") {
  NormalizedDocument doc = Page({"The U.S. market reached USD 1,166.52 billion in 2023. It grew."});
  std::vector<Mention> figures = Figures(doc, {Money("USD 1,166.52 billion", 1166.52e9), Year("2023", 2023)});
  ClaimAssembler assembler(&TheLexicon());
  ClaimResult r = assembler.Assemble(doc, figures, PageStyle{});
  REQUIRE(r.claims.size() == 1);
  CHECK(doc.text.substr(r.claims[0].evidence.start, r.claims[0].evidence.size()) ==
        "The U.S. market reached USD 1,166.52 billion in 2023.");
  CHECK(r.claims[0].segment->name == "U.S.");
}

TEST_CASE("lexicon errors name the file and the byte offset") {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "claimtrace_lexicon_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "cues.json") << "{\"cues\": {\"cagr\": [\"CAGR\", 12]}}";
  }
  Lexicon l;
  Status s = Lexicon::Load(dir.string(), &l);
  CHECK(s.code() == ErrorCode::kParseError);
  CHECK(s.message().find("cues.json") != std::string::npos);
  CHECK(s.message().find("at byte") != std::string::npos);
  {
    std::ofstream(dir / "cues.json") << "{\"cues\": {\"cagr\": [\"(unclosed\"]}}";
  }
  s = Lexicon::Load(dir.string(), &l);
  CHECK(s.code() == ErrorCode::kParseError);
  CHECK(s.message().find("cagr") != std::string::npos);
  std::filesystem::remove_all(dir);
  s = Lexicon::Load(dir.string(), &l);
  CHECK(s.code() == ErrorCode::kNotFound);
}

}  // namespace
}  // namespace claimtrace
