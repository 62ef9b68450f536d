#include "claimtrace/extractor.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extractor_internal.h"
#include "units.h"

namespace claimtrace {
namespace {

// Regression (found by fuzz/extract_fuzzer from corpus/samples/README.md): in
// Markdown "`€` 0x80" the reader drops the code-span backticks, so "€ 0" looked
// like money, but its source bytes "€` 0" keep a backtick that the visible-text
// fold keeps too. Such a figure must not be written; the real amount stays.
TEST_CASE("a figure whose source bytes do not fold to its text is not emitted") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page = "# Note\n\nThe byte `€` 0x80 in windows-1252.\n\nUSD 5 billion in 2023.\n";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  REQUIRE(r.mentions.size() == 2);
  CHECK(r.mentions[0].kind == MentionKind::kMoney);
  CHECK(r.mentions[0].value == 5e9);
  CHECK(r.doc.ToSource(r.mentions[0].span) == ByteSpan{46, 59});
  CHECK(r.mentions[1].kind == MentionKind::kYear);
  for (const Mention& m : r.mentions) {
    ByteSpan src = r.doc.ToSource(m.span);
    CHECK(FoldForCompare(VisibleSourceText(page, r.doc, src)) == FoldForCompare(r.doc.DisplayText(m.span)));
  }
}

// Regression (fuzz/extract_fuzzer): a segment name split by an inline tag,
// "United Stat<noscript>es", reads as "United States" but its source bytes fold
// to "united stat es"; segment mentions get the same check as figures.
TEST_CASE("segment mentions also pass the provenance check or are left out") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page =
      "<html><body><p>The market in the United Stat<b>es</b> was USD 5 billion in 2023.</p>"
      "<p>North America held a 38% share in 2023.</p></body></html>";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  bool north_america = false;
  for (const Mention& m : r.mentions) {
    ByteSpan src = r.doc.ToSource(m.span);
    CHECK(FoldForCompare(VisibleSourceText(page, r.doc, src)) == FoldForCompare(r.doc.DisplayText(m.span)));
    if (m.kind == MentionKind::kSegment) {
      CHECK(m.name != "United States");
      north_america |= m.name == "North America";
    }
  }
  CHECK(north_america);
}

// A figure styled in parts ("<b>38</b>%") reads as "38 %" to the provenance
// check (a tag is a space): it is kept, and written with that text.
TEST_CASE("a figure split by a tag is written with its source's visible text") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page = "<html><body><p>North America held <b>38</b>% of the market in 2023.</p></body></html>";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  REQUIRE(r.mentions.size() >= 2);
  const Mention& pct = r.mentions[1];
  CHECK(pct.kind == MentionKind::kPercent);
  CHECK(pct.value == 38);
  CHECK(pct.text_from_source);
  CHECK(r.doc.ToSource(pct.span) == ByteSpan{37, 44});  // "38</b>%"
  std::string json;
  AppendJsonLines(r, "split.html", page, {}, &json);
  CHECK(json.find("\"kind\":\"percent\",\"text\":\"38 %\",\"start\":37,\"end\":44") != std::string::npos);
  CHECK(json.find("\"kind\":\"share\",\"value\":38") != std::string::npos);
}

// Regression: a run-on "sentence" of 8,000 figures took 2 GB and 8 s on a
// 173 KB page, every claim quoting all of it. Cut at kMaxUnitBytes, each claim
// quotes its own piece, and the pieces after the first still speak of the
// market the sentence opens with: all 300 claims are kept.
TEST_CASE("claims of an over-long sentence quote a piece of at most kMaxUnitBytes") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  std::string page = "The widget market was ";
  for (int i = 0; i < 300; ++i) page += i ? ", USD 1.5 billion in 2023" : "USD 1.5 billion in 2023";
  page += ".\n";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  REQUIRE(r.claims.claims.size() == 300);
  // Clause k (from 0) ends at 45 + 25k, its comma right after: a piece ends
  // after the last comma within 2048 bytes of its start, the next starts past the space.
  CHECK(r.claims.claims.front().evidence == ByteSpan{0, 2046});
  CHECK(r.claims.claims[80].evidence == ByteSpan{0, 2046});
  CHECK(r.claims.claims[81].evidence == ByteSpan{2047, 4071});
  CHECK(r.claims.claims.back().evidence == ByteSpan{6097, 7521});  // with the full stop
  for (const Claim& c : r.claims.claims) {
    CHECK(c.kind == ClaimKind::kSize);
    CHECK(c.amount == 1.5e9);
    CHECK(c.year == 2023);
    CHECK(c.subject == "widget");
    CHECK(c.evidence.size() <= kMaxUnitBytes);
  }
}

// A Markdown table whose caption states "(USD million)": its bare cells are
// written as "number" mentions at their exact source bytes, and a size claim
// uses one of them.
TEST_CASE("table amounts are number mentions with provenance") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page =
      "# Plant-Based Cheese Market\n\n## Market size by product type (USD million)\n\n"
      "| Product type | 2023 |\n|---|---:|\n| Mozzarella | 760 |\n";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  const Mention* number = nullptr;
  for (const Mention& m : r.mentions) {
    if (m.kind == MentionKind::kNumber) number = &m;
  }
  REQUIRE(number != nullptr);
  const auto at = static_cast<uint32_t>(page.find("760"));
  CHECK(r.doc.ToSource(number->span) == ByteSpan{at, at + 3});
  CHECK(*number->value == 760e6);
  CHECK(number->currency == "USD");
  std::string json;
  AppendJsonLines(r, "cheese.md", page, {}, &json);
  CHECK(json.find("\"kind\":\"number\",\"text\":\"760\"") != std::string::npos);
  REQUIRE(r.claims.claims.size() == 1);
  CHECK(r.claims.claims[0].amount == 760e6);
  CHECK(r.claims.claims[0].year == 2023);
  REQUIRE(r.claims.claims[0].segment.has_value());
  CHECK(r.claims.claims[0].segment->name == "Mozzarella");
}

// A bare percentage under "Share (%)" is a "number" mention with a value and the unit "%"
// (no amount, no currency), at its exact source bytes; the share claim uses it.
TEST_CASE("table percentages are number mentions with the unit '%'") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page =
      "# Smart Home Market\n\n## Share by product, 2023\n\n| Product | Share (%) |\n|---|---:|\n"
      "| Smart speakers | 19.7 |\n";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  std::string json;
  AppendJsonLines(r, "home.md", page, {}, &json);
  const auto at = page.find("19.7");
  CHECK(json.find("\"kind\":\"number\",\"text\":\"19.7\",\"start\":" + std::to_string(at) + ",\"end\":" +
                  std::to_string(at + 4) + ",\"value\":19.7,\"unit\":\"%\",") != std::string::npos);
  REQUIRE(r.claims.claims.size() == 1);
  CHECK(r.claims.claims[0].kind == ClaimKind::kShare);
  CHECK(r.claims.claims[0].value == 19.7);
  CHECK(r.claims.claims[0].year == 2023);
}

// Regression: a cell times its column's scale kept binary noise ("8.2" under
// "(USD Billion)" was 8199999999.999999); amounts keep 12 significant digits.
TEST_CASE("table amounts are scaled without binary noise") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page =
      "# Smart Lighting Market\n\n| Segment | 2023 (USD Billion) |\n|---|---:|\n| Hardware | 8.2 |\n";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  REQUIRE(r.claims.claims.size() == 1);
  CHECK(r.claims.claims[0].amount == 8.2e9);
  std::string json;
  AppendJsonLines(r, "lighting.md", page, {}, &json);
  CHECK(json.find("\"text\":\"8.2\",\"start\":82,\"end\":85,\"amount\":8200000000,") != std::string::npos);
}

// Amounts that prose writes without a currency become number mentions only
// where the page names one currency elsewhere and the words around them make
// them a market's size (exact source spans; the sizes they give).
TEST_CASE("prose amounts take the currency the page states elsewhere") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  struct Case {
    const char* name;
    std::string page;
    std::vector<std::pair<std::string, double>> numbers;  // text, amount
    std::vector<std::pair<double, int>> sizes;             // amount, year (of the body's claims)
  };
  const std::string title = "Biocomposites Market to Hit USD 79.90 billion by 2030\n\n";
  const std::string body =
      "The global Biocomposites Market was valued at 28.27 billion in 2023, and is projected to reach "
      "79.90 billion by 2030.\n";
  const Case cases[] = {
      {"the title's USD", title + body, {{"28.27 billion", 28.27e9}, {"79.90 billion", 79.9e9}},
       {{28.27e9, 2023}, {79.9e9, 2030}}},
      {"a unit heading agrees with it", title + "## Market by product, 2020-2030, (USD Billion)\n\n" + body,
       {{"28.27 billion", 28.27e9}, {"79.90 billion", 79.9e9}}, {{28.27e9, 2023}, {79.9e9, 2030}}},
      {"a capitalized scale word", title + "The global Biocomposites Market was valued at 28.27 Billion in 2023.\n",
       {{"28.27 Billion", 28.27e9}}, {{28.27e9, 2023}}},
      {"a scale word in capitals", title + "The global Biocomposites Market was valued at 28.27 BILLION in 2023.\n",
       {{"28.27 BILLION", 28.27e9}}, {{28.27e9, 2023}}},
      // Regression: 8.2 * 1e9 is 8199999999.999999 in binary; amounts keep 12 significant digits.
      {"an amount binary cannot hold", title + "The global Biocomposites Market was valued at 8.2 billion in 2023.\n",
       {{"8.2 billion", 8.2e9}}, {{8.2e9, 2023}}},
      // No currency anywhere on the page: nothing says these are money.
      {"no currency on the page", body, {}, {}},
      // Two currencies: which one the prose means is not said.
      {"two currencies", title + "Europe spent EUR 5 billion in 2023.\n\n" + body, {}, {}},
      {"a unit heading in another currency", title + "## Market by product (EUR Billion)\n\n" + body, {}, {}},
      // Counts of things, and amounts without a size verb before them.
      {"a noun after the scale", title + "Output is expected to reach 1.5 billion tonnes by 2030.\n", {}, {}},
      {"no size verb", title + "About 28.27 billion in 2023 went to research.\n", {}, {}},
  };
  for (const Case& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    DocumentResult r = extractor->Extract(c.page);
    REQUIRE(r.status.ok());
    std::vector<const Mention*> numbers;
    for (const Mention& m : r.mentions) {
      if (m.kind == MentionKind::kNumber) numbers.push_back(&m);
    }
    REQUIRE(numbers.size() == c.numbers.size());
    const auto body_at = static_cast<uint32_t>(c.page.find("The global"));
    for (size_t i = 0; i < numbers.size(); ++i) {
      // In the body (the title's "USD 79.90 billion" is a money mention).
      const auto at = static_cast<uint32_t>(c.page.find(c.numbers[i].first, body_at));
      CHECK(r.doc.ToSource(numbers[i]->span) == ByteSpan{at, static_cast<uint32_t>(at + c.numbers[i].first.size())});
      CHECK(*numbers[i]->value == doctest::Approx(c.numbers[i].second));
      CHECK(numbers[i]->currency == "USD");
    }
    std::vector<std::pair<double, int>> sizes;
    for (const Claim& cl : r.claims.claims) {
      if (cl.kind == ClaimKind::kSize && r.doc.ToSource(cl.evidence).start == body_at) {
        CHECK(cl.currency == "USD");
        sizes.emplace_back(cl.amount, cl.year.value_or(0));
      }
    }
    CHECK(sizes == c.sizes);
  }
}

// The selector's position counts code points where start/end count bytes:
// the counter walks the text eight bytes at a time, forward to a mention and
// back to the claims (which come after all mentions and start earlier).
TEST_CASE("JSON positions are the code point offsets of the byte offsets") {
  std::unique_ptr<Extractor> extractor;
  REQUIRE(Extractor::Create({}, &extractor).ok());
  const std::string page =
      "Der Markt für Wärmepumpen in Österreich wurde 2023 auf 7,9 Mrd. Euro geschätzt. "
      "日本の市場規模は2023年に2,150億円に達した。 Größenordnung: ÄÖÜäöüß€€€ 12% Anteil.\n";
  DocumentResult r = extractor->Extract(page);
  REQUIRE(r.status.ok());
  std::string json;
  AppendJsonLines(r, "de.txt", page, {}, &json);
  auto code_points_before = [&](size_t byte) {
    size_t n = 0;
    for (size_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(page[i]) & 0xC0) != 0x80;
    return n;
  };
  static const RE2 kOffsets(R"re("start":(\d+),"end":(\d+),.*"position":\{"start":(\d+),"end":(\d+)\})re");
  re2::StringPiece rest(json);
  size_t start = 0, end = 0, cp_start = 0, cp_end = 0, checked = 0;
  while (RE2::FindAndConsume(&rest, kOffsets, &start, &end, &cp_start, &cp_end)) {
    CAPTURE(start);
    CHECK(cp_start == code_points_before(start));
    CHECK(cp_end == code_points_before(end));
    ++checked;
  }
  // Six mentions and two claims.
  CHECK(checked == 8);
  // "€€€ 12%" reads as money; past 51 multi-byte code points its bytes and code points differ by 51.
  CHECK(json.find("\"text\":\"€ 12\",\"start\":182,\"end\":188") != std::string::npos);
  CHECK(json.find("\"position\":{\"start\":131,\"end\":135}") != std::string::npos);
}

// Figures, segments and numbers each come in text order; merged, they are
// what a stable sort of the three lists one after another gives.
TEST_CASE("MergeByStart: a stable sort of the three lists, in linear time when each is sorted") {
  std::mt19937 rng(7);
  auto random_list = [&](MentionKind kind, bool sorted) {
    std::vector<Mention> list(rng() % 6);
    for (size_t i = 0; i < list.size(); ++i) {
      list[i].kind = kind;
      list[i].span = {static_cast<uint32_t>(rng() % 8), 0};
      list[i].name = std::to_string(i);  // tells equal starts apart
    }
    if (sorted) {
      std::stable_sort(list.begin(), list.end(), [](const Mention& a, const Mention& b) {
        return a.span.start < b.span.start;
      });
    }
    return list;
  };
  auto show = [](const std::vector<Mention>& list) {
    std::string s;
    for (const Mention& m : list) {
      s += std::to_string(static_cast<int>(m.kind)) + ":" + std::to_string(m.span.start) + ":" + m.name + " ";
    }
    return s;
  };
  for (int round = 0; round < 20000; ++round) {
    // Unsorted lists (a tenth of the rounds) take the sorting path.
    const bool sorted = round % 10 != 0;
    auto figures = random_list(MentionKind::kMoney, sorted);
    auto segments = random_list(MentionKind::kSegment, sorted);
    auto numbers = random_list(MentionKind::kNumber, sorted);
    std::vector<Mention> expected = figures;
    expected.insert(expected.end(), segments.begin(), segments.end());
    expected.insert(expected.end(), numbers.begin(), numbers.end());
    std::stable_sort(expected.begin(), expected.end(), [](const Mention& a, const Mention& b) {
      return a.span.start < b.span.start;
    });
    CAPTURE(round);
    REQUIRE(show(extractor_internal::MergeByStart(figures, segments, numbers)) == show(expected));
  }
  CHECK(show(extractor_internal::MergeByStart({}, {}, {})).empty());
}

}  // namespace
}  // namespace claimtrace
