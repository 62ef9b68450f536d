// Re-anchoring records in edited pages (Reanchor), the approximate matcher
// under it, and whole claims files (AuditClaimsFile, --fix).
#include "claimtrace/audit.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <fstream>
#include <sstream>

#include "anchor_match.h"
#include "claimtrace/extractor.h"
#include "claimtrace/sha256.h"

namespace claimtrace {
namespace {

constexpr std::string_view kPage =
    "Widget Market Report\n"
    "The global widget market was valued at USD 181.93 billion in 2023.\n"
    "North America held 38% of the market in 2023.\n"
    "It is expected to grow at a CAGR of 20.42% from 2024 to 2033.\n"
    "The report profiles 12 companies.\n";

constexpr std::string_view kSize = "The global widget market was valued at USD 181.93 billion in 2023.";

NormalizedDocument Read(std::string_view source) {
  NormalizedDocument doc;
  REQUIRE(Normalize(source, {}, &doc).ok());
  return doc;
}

uint64_t CodePoints(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// The anchor extract would write for the occurrence number `nth` of `quote` in `source`.
TextAnchor AnchorOf(std::string_view source, std::string_view quote, int nth = 0) {
  NormalizedDocument doc = Read(source);
  size_t at = doc.text.find(quote);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = doc.text.find(quote, at + 1);
  REQUIRE_MESSAGE(at != std::string::npos, quote);
  ByteSpan t{static_cast<uint32_t>(at), static_cast<uint32_t>(at + quote.size())};
  TextQuoteSelector sel = MakeSelector(doc.text, t, CodePoints(std::string_view(doc.text).substr(0, at)));
  TextAnchor a;
  a.span = doc.ToSource(t);
  a.text = VisibleSourceText(source, doc, a.span);
  a.has_selector = true;
  a.exact = sel.exact;
  a.prefix = sel.prefix;
  a.suffix = sel.suffix;
  a.has_position = true;
  a.position_start = sel.start;
  a.position_end = sel.end;
  return a;
}

std::string Replace(std::string_view s, std::string_view from, std::string_view to) {
  std::string out(s);
  size_t at = out.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  out.replace(at, from.size(), to);
  return out;
}

std::string Texts(const std::vector<AuditFigure>& figures) {
  std::string out;
  for (const AuditFigure& f : figures) {
    if (!out.empty()) out.push_back('|');
    out.append(f.kind).append(":").append(f.text);
  }
  return out;
}

TEST_CASE("Reanchor: each status on an edited page") {
  FigureDetector detector;
  REQUIRE(detector.ok());
  struct Row {
    const char* what;
    std::string quote;
    int nth;
    std::string edited;
    AuditStatus status;
    std::string new_quote;  // what the new source span shows (moved, changed)
    std::string old_figures, new_figures;  // changed: the figures that differ, "kind:text|..."
  };
  const std::string inserted = Replace(kPage, "The global", "A new paragraph about methodology.\nThe global");
  const Row rows[] = {
      {"unchanged page", std::string(kSize), 0, std::string(kPage), AuditStatus::kVerified, "", "", ""},
      {"a later line edited: still at its offsets", std::string(kSize), 0,
       Replace(kPage, "CAGR of 20.42%", "CAGR of 21.00%"), AuditStatus::kVerified, "", "", ""},
      {"paragraph inserted before", std::string(kSize), 0, inserted, AuditStatus::kMoved, std::string(kSize), "", ""},
      {"paragraph inserted before a short mention", "38%", 0, inserted, AuditStatus::kMoved, "38%", "", ""},
      // One byte inside the evidence span: never verified.
      {"one digit of the sentence changed", std::string(kSize), 0, Replace(kPage, "181.93", "181.95"),
       AuditStatus::kChanged, Replace(kSize, "181.93", "181.95"), "money:USD 181.93 billion", "money:USD 181.95 billion"},
      {"money mention changed", "USD 181.93 billion", 0, Replace(kPage, "181.93", "182.10"),
       AuditStatus::kChanged, "USD 182.10 billion", "money:USD 181.93 billion", "money:USD 182.10 billion"},
      // Two errors in three bytes: found through its prefix and suffix.
      {"short percent mention changed", "38%", 0, Replace(kPage, "38%", "42%"), AuditStatus::kChanged, "42%",
       "percent:38%", "percent:42%"},
      // No detector figure in either text: the numerals themselves are compared.
      {"a bare count changed", "The report profiles 12 companies.", 0, Replace(kPage, "12 companies", "14 companies"),
       AuditStatus::kChanged, "The report profiles 14 companies.", "number:12", "number:14"},
      {"changed and moved", std::string(kSize), 0, Replace(inserted, "181.93", "182.10"), AuditStatus::kChanged,
       Replace(kSize, "181.93", "182.10"), "money:USD 181.93 billion", "money:USD 182.10 billion"},
      {"a word edited: moved approximately", std::string(kSize), 0, Replace(kPage, "valued at", "estimated at"),
       AuditStatus::kMoved, Replace(kSize, "valued at", "estimated at"), "", ""},
      {"sentence deleted", std::string(kSize), 0, Replace(kPage, std::string(kSize) + "\n", ""),
       AuditStatus::kMissing, "", "", ""},
      // Other "2023"s remain, in other contexts: not an anchor for this one.
      {"year of a deleted sentence", "2023", 0, Replace(kPage, std::string(kSize) + "\n", ""),
       AuditStatus::kMissing, "", "", ""},
      {"figures and words both changed", std::string(kSize), 0,
       Replace(kPage, "was valued at USD 181.93 billion", "shrank to EUR 90 million"), AuditStatus::kMissing, "", "",
       ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.what));
    TextAnchor old = AnchorOf(kPage, row.quote, row.nth);
    NormalizedDocument doc = Read(row.edited);
    PageStyle style = detector.SniffStyle(doc.text);
    AnchorResult r = Reanchor(old, row.edited, doc, detector, style);
    CHECK(std::string(AuditStatusName(r.status)) == AuditStatusName(row.status));
    if (row.status == AuditStatus::kVerified) CHECK(r.source_span == old.span);
    if (row.status == AuditStatus::kMoved || row.status == AuditStatus::kChanged) {
      CHECK(FoldForCompare(VisibleSourceText(row.edited, doc, r.source_span)) == FoldForCompare(row.new_quote));
      CHECK(r.source_span == doc.ToSource(r.text_span));
    }
    CHECK(Texts(r.old_figures) == row.old_figures);
    CHECK(Texts(r.new_figures) == row.new_figures);
    // What audit asks once a page has many records: the same answer.
    TextIndex index(doc.text);
    int64_t shift = 0;
    AnchorResult x = ReanchorOnPage(old, row.edited, doc, detector, style, &index, &shift);
    CHECK(x.status == r.status);
    CHECK(x.text_span == r.text_span);
    CHECK(x.source_span == r.source_span);
    CHECK(x.fuzzy == r.fuzzy);
    CHECK(x.score == r.score);
    CHECK(Texts(x.old_figures) == Texts(r.old_figures));
    CHECK(Texts(x.new_figures) == Texts(r.new_figures));
  }
}

TEST_CASE("TextIndex::Find: every occurrence in order, as a repeated find gives") {
  const std::string text = "aaaa abab ababab USD 5 bn, USD 5 bn; USD 5 billion";
  TextIndex index(text);
  struct Row {
    const char* pattern;
    size_t max;
    std::vector<uint32_t> starts;
  };
  const Row rows[] = {
      {"aa", 10, {0, 1, 2}},             // shorter than a sequence: searched directly, overlaps too
      {"abab", 10, {5, 10, 12}},          // overlapping occurrences
      {"USD 5 b", 10, {17, 27, 37}},
      {"USD 5 b", 2, {17, 27}},           // at most `max`
      {"USD 5 billion", 10, {37}},
      {"USD 6", 10, {}},
      {"billion!", 10, {}},               // would run past the end
      {"", 10, {}},
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.pattern));
    CHECK(index.Find(r.pattern, r.max) == r.starts);
  }
  CHECK(TextIndex("abc").Find("abc", 5) == std::vector<uint32_t>{0});  // a text shorter than a sequence
}

TEST_CASE("CodePointsBefore: lead bytes before a byte, inside a code point too") {
  const std::string text = "a\xC3\xA9" "b\xF0\x9F\x98\x80";  // a é b 😀
  const TextIndex index(text);
  const uint64_t expected[] = {0, 1, 2, 2, 3, 4, 4, 4, 4, 4};  // before byte 0 .. 8 (the end), and past it
  for (uint32_t byte = 0; byte <= text.size() + 1; ++byte) {
    CAPTURE(byte);
    CHECK(CodePointsBefore(text, byte) == expected[std::min<size_t>(byte, 9)]);
    CHECK(index.CodePointsBefore(byte) == expected[std::min<size_t>(byte, 9)]);
  }
}

TEST_CASE("TextIndex: Find, ByteOfCodePoint and CodePointsBefore agree with searching and counting, on random texts") {
  std::mt19937 rng(3);
  const char* pieces[] = {"a", "b", "ab", " ", "5", "\xC3\xA9", "\xE5\xB8\x82", "\xF0\x9F\x98\x80"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int n = static_cast<int>(rng() % 2000); n > 0; --n) text += pieces[rng() % 8];
    TextIndex index(text);
    for (int q = 0; q < 20; ++q) {
      std::string pattern;
      for (int n = 1 + static_cast<int>(rng() % 6); n > 0; --n) pattern += pieces[rng() % 8];
      size_t max = 1 + rng() % 50;
      std::vector<uint32_t> expected;
      for (size_t at = text.find(pattern); at != std::string::npos && expected.size() < max;
           at = text.find(pattern, at + 1)) {
        expected.push_back(static_cast<uint32_t>(at));
      }
      REQUIRE(index.Find(pattern, max) == expected);
    }
    for (uint64_t cp = 0; cp < text.size() + 3; cp += 1 + rng() % 7) {
      REQUIRE(index.ByteOfCodePoint(cp) == ByteOfCodePoint(text, cp));
    }
    for (uint32_t byte = 0; byte < text.size() + 3; byte += 1 + rng() % 7) {
      REQUIRE(index.CodePointsBefore(byte) == CodePoints(std::string_view(text).substr(0, byte)));
    }
  }
}

TEST_CASE("Reanchor: the same text whose source bytes show it otherwise is quoted anew") {
  // anchor_fuzzer: a <meta> tag between two Japanese characters of a moved
  // sentence. The text matches the quote exactly, but the source's visible
  // text has a space where the tag was, so an exact "moved" would write a
  // record whose quote its bytes do not show.
  FigureDetector detector;
  REQUIRE(detector.ok());
  const std::string page = "<p>The market was USD 5.2 billion in 2023.</p>";
  const std::string edited = "<p>Intro.</p><p>The market was USD 5.2 bil<span></span>lion in 2023.</p>";
  TextAnchor old = AnchorOf(page, "USD 5.2 billion");
  NormalizedDocument doc = Read(edited);
  REQUIRE(doc.text.find("USD 5.2 billion") != std::string::npos);
  AnchorResult r = Reanchor(old, edited, doc, detector, detector.SniffStyle(doc.text));
  CHECK(std::string(AuditStatusName(r.status)) == "moved");
  CHECK(r.fuzzy);
  CHECK(r.source_span == ByteSpan{31, 59});  // "USD 5.2 bil<span></span>lion"
  CHECK(FoldForCompare(VisibleSourceText(edited, doc, r.source_span)) == "usd 5.2 bil lion");
  // A record written from the edited page already quotes what its bytes show:
  // on the same page it is verified as it is.
  TextAnchor own = AnchorOf(edited, "USD 5.2 billion");
  REQUIRE(FoldForCompare(own.text) == "usd 5.2 bil lion");
  AnchorResult same = Reanchor(own, edited, doc, detector, detector.SniffStyle(doc.text));
  CHECK(std::string(AuditStatusName(same.status)) == "verified");
  CHECK_FALSE(same.fuzzy);
  CHECK(same.source_span == own.span);
}

// Plain-text paragraphs of words without figures, `bytes` long in all.
std::string Filler(size_t bytes) {
  static constexpr std::string_view kWords[] = {"supply", "chains", "remain", "under", "review", "while",
                                                "buyers", "compare", "vendors", "across", "regions", "and"};
  std::string out;
  for (size_t i = 0; out.size() < bytes; ++i) {
    out.append(kWords[(i * 7 + i / 12) % std::size(kWords)]);
    out.append(i % 15 == 14 ? ".\n\n" : " ");
  }
  return out;
}

// The same sentence twice with identical context, `apart` bytes apart.
constexpr std::string_view kOutlook = "Regional outlook for the year ahead.\n\n";
std::string TwinPage(std::string_view first_share, std::string_view second_share, size_t apart = 12000) {
  return "The widget market was USD 5 billion in 2022.\n\n" + std::string(kOutlook) + "Europe held " +
         std::string(first_share) + " of the widget market in 2023.\n\n" + std::string(kOutlook) + Filler(apart) +
         std::string(kOutlook) + "Europe held " + std::string(second_share) + " of the widget market in 2023.\n\n" +
         std::string(kOutlook);
}

TEST_CASE("ReanchorOnPage: an edited figure is looked for where its text went before anywhere else") {
  FigureDetector detector;
  REQUIRE(detector.ok());
  const std::string page = TwinPage("38.5%", "38.7%");
  const TextAnchor size = AnchorOf(page, "USD 5 billion");
  const TextAnchor share = AnchorOf(page, "38.5%");
  struct Row {
    const char* what;
    std::string edited;
  };
  // Each edit changes the first 38.5% to 41.0% and keeps its context. In
  // the first three the twin sentence 12 KB (4 KB) on still reads 38.7%,
  // closer in its figures, in the same context: the whole page searched at
  // once took the twin (the same context, a better quote).
  const Row rows[] = {
      {"edited in place", TwinPage("41.0%", "38.7%")},
      // The nearest text is searched first, a kilobyte each way.
      {"edited in place, the twin 4 KB on", TwinPage("41.0%", "38.7%", 4000)},
      // Regression: 20 KB above both; the old place now holds the inserted
      // text, so only the shift of the record before leads to the edit.
      {"edited, 20 KB inserted above", Filler(20000) + TwinPage("41.0%", "38.7%")},
      // Nothing near the old place: the whole page is searched.
      {"edited and moved 12 KB down",
       "The widget market was USD 5 billion in 2022.\n\n" + Filler(12000) + std::string(kOutlook) +
           "Europe held 41.0% of the widget market in 2023.\n\n" + std::string(kOutlook)},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.what));
    NormalizedDocument doc = Read(row.edited);
    const PageStyle style = detector.SniffStyle(doc.text);
    const TextIndex index(doc.text);
    int64_t shift = 0;
    AnchorResult moved = ReanchorOnPage(size, row.edited, doc, detector, style, &index, &shift);
    const uint32_t size_at = static_cast<uint32_t>(row.edited.find("USD 5 billion"));
    CHECK(moved.source_span == ByteSpan{size_at, size_at + 13});
    // The shift is counted in bytes of the normalized text.
    CHECK(shift == int64_t(doc.text.find("USD 5 billion")) - int64_t(Read(page).text.find("USD 5 billion")));
    AnchorResult r = ReanchorOnPage(share, row.edited, doc, detector, style, &index, &shift);
    const uint32_t at = static_cast<uint32_t>(row.edited.find("41.0%"));
    CHECK(std::string(AuditStatusName(r.status)) == "changed");
    CHECK(r.source_span == ByteSpan{at, at + 5});
    CHECK(Texts(r.old_figures) == "percent:38.5%");
    CHECK(Texts(r.new_figures) == "percent:41.0%");
  }
}

TEST_CASE("Reanchor: of the occurrences in the recorded context, the nearest the old place") {
  // Fifty lines whose figure has the same 32 bytes on each side: every
  // occurrence scores context 1; the nearest wins, the earlier of two as near.
  FigureDetector detector;
  REQUIRE(detector.ok());
  std::string page;
  for (int i = 0; i < 50; ++i) page += "The widget market grew by 12% in the years.\n";
  constexpr uint32_t kLine = 44;
  const TextAnchor old = AnchorOf(page, "12%", 19);  // the 20th line's
  REQUIRE(old.span.start == 19 * kLine + 26);
  const struct {
    const char* what;
    size_t inserted;     // bytes of a line inserted at the top
    uint32_t expected;   // the line anchored to, counted from 0 in the edited page
  } rows[] = {
      {"nothing inserted: in place", 0, 19},
      {"ten bytes: the same line, ten bytes on", 10, 19},
      {"23 bytes: the line before is nearer", 23, 18},
      // Regression for scoring only the occurrences in the recorded context:
      // as near as each other; the earlier, as a stable sort of all gives.
      {"22 bytes, as near as each other: the earlier", 22, 18},
  };
  for (const auto& row : rows) {
    CAPTURE(std::string(row.what));
    const std::string edited = std::string(row.inserted - (row.inserted > 0), 'x') + (row.inserted ? "\n" : "") + page;
    NormalizedDocument doc = Read(edited);
    AnchorResult r = Reanchor(old, edited, doc, detector, detector.SniffStyle(doc.text));
    const uint32_t at = static_cast<uint32_t>(row.inserted + row.expected * kLine + 26);
    CHECK(r.source_span == ByteSpan{at, at + 3});
    CHECK(std::string(AuditStatusName(r.status)) == (row.inserted == 0 ? "verified" : "moved"));
  }
}

TEST_CASE("Reanchor: the shortcut for text in its recorded context answers as scoring every occurrence") {
  // Pages of a few recurring lines, so that quotes and contexts recur; each
  // record re-anchored on an edited page both ways. Some records carry a
  // prefix longer than kMaxApproxPattern, which scores 0 however it matches.
  FigureDetector detector;
  REQUIRE(detector.ok());
  const std::string lines[] = {"The market was USD 5 billion in 2023.\n", "Europe held 38% in 2023.\n",
                               "It grew 12% in 2024.\n", "Asia held 38% in 2024.\n", "See the table.\n"};
  const std::string changed = "The market was USD 7 billion in 2023.\n";
  std::mt19937 rng(11);
  auto page_of = [&](size_t n) {
    std::string page;
    for (size_t i = 0; i < n; ++i) page += lines[rng() % std::size(lines)];
    return page;
  };
  int compared = 0, shortcuts = 0;
  for (int round = 0; round < 60; ++round) {
    const std::string page = page_of(20 + rng() % 200);
    std::string edited = page;
    for (int e = 0; e < 3; ++e) {
      const size_t at = edited.find('\n', rng() % edited.size());
      if (at == std::string::npos) continue;
      edited.insert(at + 1, rng() % 2 ? lines[rng() % std::size(lines)] : changed);
    }
    NormalizedDocument doc = Read(edited);
    const PageStyle style = detector.SniffStyle(doc.text);
    for (std::string_view quote : {"USD 5 billion", "38%", "2023", "12%"}) {
      const NormalizedDocument old_doc = Read(page);
      if (old_doc.text.find(quote) == std::string::npos) continue;
      TextAnchor old = AnchorOf(page, quote, static_cast<int>(rng() % 3));
      if (round % 4 == 0) old.prefix = std::string(kMaxApproxPattern + 1, 'x') + old.prefix;
      CAPTURE(round);
      CAPTURE(std::string(quote));
      const AnchorResult r = Reanchor(old, edited, doc, detector, style);
      const AnchorResult all = ReanchorScoringEveryOccurrence(old, edited, doc, detector, style);
      CHECK(r.status == all.status);
      CHECK(r.text_span == all.text_span);
      CHECK(r.source_span == all.source_span);
      CHECK(r.score == all.score);
      CHECK(r.fuzzy == all.fuzzy);
      ++compared;
      shortcuts += r.score == 1.0;
    }
  }
  // Both paths were exercised: records found in their own context, and others.
  CHECK(compared > 150);
  CHECK(shortcuts > 20);
  CHECK(shortcuts < compared - 20);
}

TEST_CASE("Reanchor: a prefix longer than kMaxApproxPattern does not take the shortcut") {
  // Regression: the shortcut took X, whose 1,100 bytes before it are the
  // record's prefix, although such a prefix scores 0; scored, Y (the same
  // suffix, nearer the old place) wins. The approximate search could not
  // repair it: the eight nearest "38%" come before Y.
  FigureDetector detector;
  REQUIRE(detector.ok());
  std::string edited;
  for (int i = 0; i < 8; ++i) edited += "Asia 38% rose.\n";
  const std::string follows = " held. The next sentence follows it here.\n";
  edited += "Zed 38%" + follows + Filler(1100) + "38%" + follows;
  const uint32_t y = static_cast<uint32_t>(edited.find("Zed 38%") + 4);
  NormalizedDocument doc = Read(edited);
  const size_t x = doc.text.rfind("38%");  // in the text
  REQUIRE(x > 1100);
  TextAnchor old;
  old.text = old.exact = "38%";
  old.prefix = doc.text.substr(x - 1100, 1100);
  old.suffix = follows.substr(0, 32);
  old.has_selector = old.has_position = true;
  old.span = {0, 3};
  old.position_start = 0;
  old.position_end = 3;
  const PageStyle style = detector.SniffStyle(doc.text);
  const AnchorResult r = Reanchor(old, edited, doc, detector, style);
  CHECK(std::string(AuditStatusName(r.status)) == "moved");
  CHECK(r.source_span == ByteSpan{y, y + 3});
  const AnchorResult all = ReanchorScoringEveryOccurrence(old, edited, doc, detector, style);
  CHECK(all.source_span == r.source_span);
  CHECK(all.score == r.score);
}

TEST_CASE("Reanchor: records without a selector are proved by their offsets") {
  FigureDetector detector;
  TextAnchor old = AnchorOf(kPage, kSize);
  old.has_selector = false;
  old.has_position = false;
  NormalizedDocument doc = Read(kPage);
  AnchorResult r = Reanchor(old, kPage, doc, detector, {});
  CHECK(r.status == AuditStatus::kVerified);
  CHECK(r.source_span == old.span);
}

// The fewest edits turning `pattern` into some substring of `text` (Sellers'
// dynamic programme: a match may start and end anywhere), or into the whole
// of `text` (Levenshtein's) when `whole`.
uint32_t FewestEdits(std::string_view text, std::string_view pattern, bool whole = false) {
  std::vector<uint32_t> prev(text.size() + 1), cur(text.size() + 1);
  for (size_t j = 0; j <= text.size(); ++j) prev[j] = whole ? static_cast<uint32_t>(j) : 0;
  for (size_t i = 1; i <= pattern.size(); ++i) {
    cur[0] = static_cast<uint32_t>(i);
    for (size_t j = 1; j <= text.size(); ++j) {
      cur[j] = std::min({prev[j - 1] + (pattern[i - 1] == text[j - 1] ? 0u : 1u), prev[j] + 1, cur[j - 1] + 1});
    }
    std::swap(prev, cur);
  }
  return whole ? prev.back() : *std::min_element(prev.begin(), prev.end());
}

TEST_CASE("ApproxSearch and TextMatchScore agree with the dynamic programme, one block, two and more") {
  // The scan runs with its state in registers for patterns of one and two
  // 64-byte blocks and on the heap beyond: lengths on each side of 64 and 128.
  std::mt19937 rng(5);
  for (size_t length : {1, 7, 63, 64, 65, 100, 127, 128, 129, 200}) {
    for (int round = 0; round < 6; ++round) {
      CAPTURE(length);
      CAPTURE(round);
      std::string pattern, text;
      for (size_t i = 0; i < length; ++i) pattern += "abc"[rng() % 3];
      for (int i = static_cast<int>(rng() % 300); i > 0; --i) text += "abcd"[rng() % 4];
      // Half the texts hold the pattern with a few edits.
      if (round % 2 == 0) {
        std::string edited = pattern;
        for (int e = 0; e < 1 + static_cast<int>(length / 20); ++e) edited[rng() % edited.size()] = 'd';
        text.insert(text.empty() ? 0 : rng() % text.size(), edited);
      }
      const uint32_t fewest = FewestEdits(text, pattern);
      CHECK(TextMatchScore(text, pattern) == 1.0 - static_cast<double>(fewest) / length);
      const uint32_t max_errors = static_cast<uint32_t>(length / 2);
      std::vector<ApproxMatch> found = ApproxSearch(text, pattern, max_errors, 0, 4);
      CHECK(found.empty() == (fewest > max_errors));
      if (!found.empty()) CHECK(found[0].errors == fewest);
      for (const ApproxMatch& m : found) {
        CHECK(m.errors == FewestEdits(text.substr(m.span.start, m.span.size()), pattern, true));
      }
    }
  }
}

TEST_CASE("ApproxSearch and TextMatchScore") {
  // Exact occurrence: no errors, exact span.
  auto m = ApproxSearch("abc USD 181.93 billion xyz", "USD 181.93 billion", 4, 0, 4);
  REQUIRE(m.size() == 1);
  CHECK(m[0].errors == 0);
  CHECK(m[0].span == ByteSpan{4, 22});
  // Two substitutions.
  m = ApproxSearch("abc USD 182.13 billion xyz", "USD 181.93 billion", 4, 0, 4);
  REQUIRE(m.size() == 1);
  CHECK(m[0].errors == 2);
  CHECK(m[0].span == ByteSpan{4, 22});
  // Too many errors for the bound.
  CHECK(ApproxSearch("abc EUR 999.99 million xyz", "USD 181.93 billion", 3, 0, 4).empty());
  // Pattern longer than one 64-bit block, with a deletion.
  std::string long_pattern(100, 'a');
  long_pattern += "MIDDLE";
  long_pattern += std::string(100, 'b');
  std::string text = "zz" + long_pattern.substr(0, 102) + long_pattern.substr(103) + "zz";
  m = ApproxSearch(text, long_pattern, 10, 0, 2);
  REQUIRE(m.size() == 1);
  CHECK(m[0].errors == 1);
  CHECK(m[0].span == ByteSpan{2, static_cast<uint32_t>(text.size() - 2)});
  // Marks: where pattern offsets land in the text.
  m = ApproxSearch("xx prefix QUOTE suffix xx", "prefix QUOTE suffix", 2, 0, 1, {{7, true}, {12, false}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].marked == std::vector<uint32_t>{10, 15});
  // Of two occurrences with equal errors, the one nearest the hint first.
  m = ApproxSearch("one 38% two 38% three", "38%", 0, 12, 2);
  REQUIRE(m.size() == 2);
  CHECK(m[0].span == ByteSpan{12, 15});
  CHECK(TextMatchScore("the market in ", "market in ") == doctest::Approx(1.0));
  CHECK(TextMatchScore("the markat in ", "market in ") == doctest::Approx(0.9));
  CHECK(TextMatchScore("", "market") == 0.0);
  CHECK(ApproxSearch("text", "", 1, 0, 1).empty());
}

// ---- whole claims files -----------------------------------------------------

class TempFolder {
 public:
  TempFolder() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimtrace-audit-XXXXXX").string();
    if (::mkdtemp(tmpl.data())) path_ = tmpl;
    REQUIRE(!path_.empty());
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string operator/(std::string_view name) const { return path_ + "/" + std::string(name); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string AnchorFields(const TextAnchor& a, std::string_view text_key) {
  std::string out = "\"start\":" + std::to_string(a.span.start) + ",\"end\":" + std::to_string(a.span.end) + ",";
  AppendJsonString(text_key, &out);
  out += ":";
  AppendJsonString(a.text, &out);
  TextQuoteSelector sel{a.exact, a.prefix, a.suffix, a.position_start, a.position_end};
  AppendSelectorJson(sel, &out);
  return out;
}

std::string DocumentLine(std::string_view doc, std::string_view source) {
  return "{\"type\":\"document\",\"doc\":\"" + std::string(doc) + "\",\"schema\":1,\"sha256\":\"" +
         Sha256Hex(source) + "\",\"bytes\":" + std::to_string(source.size()) + "}\n";
}

std::string MentionLine(std::string_view doc, std::string_view source, std::string_view quote) {
  return "{\"type\":\"mention\",\"doc\":\"" + std::string(doc) + "\",\"kind\":\"money\"," +
         AnchorFields(AnchorOf(source, quote), "text") + "}\n";
}

std::string ClaimLine(std::string_view doc, std::string_view source, std::string_view quote) {
  return "{\"type\":\"claim\",\"doc\":\"" + std::string(doc) +
         "\",\"kind\":\"size\",\"amount\":181930000000,\"currency\":\"USD\",\"year\":2023,\"projected\":false,"
         "\"subject\":\"Widget\",\"segment\":null,\"qualifier\":null,\"evidence\":{" +
         AnchorFields(AnchorOf(source, quote), "quote") + "}}\n";
}

struct Audited {
  Status status;
  AuditSummary summary;
  std::string lines;
};

Audited Audit(const std::string& claims, const AuditOptions& options) {
  Audited a;
  a.status = AuditClaimsFile(claims, options, [&](std::string_view l) { a.lines += l; }, &a.summary);
  return a;
}

std::string StatusesOf(const std::string& lines) {
  std::string out;
  for (size_t at = lines.find("\"status\":\""); at != std::string::npos; at = lines.find("\"status\":\"", at + 1)) {
    size_t from = at + 10;
    if (!out.empty()) out.push_back(',');
    out.append(lines, from, lines.find('"', from) - from);
  }
  return out;
}

std::string ClaimsFile(std::string_view source) {
  return DocumentLine("page.txt", source) + MentionLine("page.txt", source, "USD 181.93 billion") +
         MentionLine("page.txt", source, "38%") + ClaimLine("page.txt", source, kSize);
}

TEST_CASE("AuditClaimsFile: unchanged, malformed line, unreadable") {
  TempFolder dir;
  WriteFile(dir / "page.txt", kPage);
  std::string claims = ClaimsFile(kPage);
  WriteFile(dir / "claims.jsonl", claims);
  AuditOptions options;
  options.root = dir.path();

  Audited a = Audit(dir / "claims.jsonl", options);
  REQUIRE(a.status.ok());
  CHECK(StatusesOf(a.lines) == "verified,verified,verified");
  CHECK(a.summary.verified == 3);
  CHECK(a.summary.clean());
  CHECK(a.lines.find("\"record\":\"claim\",\"line\":4,\"kind\":\"size\"") != std::string::npos);

  // A malformed third line: reported with its number, the rest still audited.
  size_t second_end = claims.find('\n', claims.find('\n') + 1) + 1;
  WriteFile(dir / "claims.jsonl", claims.substr(0, second_end) + "{\"type\":\"mention\",\"doc\":\n" +
                                      claims.substr(second_end));
  a = Audit(dir / "claims.jsonl", options);
  REQUIRE(a.status.ok());
  CHECK(a.summary.malformed == 1);
  CHECK(a.summary.verified == 3);
  CHECK(!a.summary.clean());
  CHECK(a.lines.find("{\"type\":\"error\",\"doc\":\"" + (dir / "claims.jsonl") +
                     "\",\"line\":3,\"code\":\"parse_error\"") != std::string::npos);
  CHECK(a.lines.find("\"line\":5,\"kind\":\"size\",\"status\":\"verified\"") != std::string::npos);

  // The source deleted.
  WriteFile(dir / "claims.jsonl", claims);
  std::filesystem::remove(dir / "page.txt");
  a = Audit(dir / "claims.jsonl", options);
  CHECK(StatusesOf(a.lines) == "unreadable,unreadable,unreadable");
  CHECK(a.lines.find("\"code\":\"not_found\"") != std::string::npos);
  CHECK(a.summary.unreadable == 3);

  // The claims file itself missing is an error of the call.
  CHECK(Audit(dir / "nothing.jsonl", options).status.code() == ErrorCode::kNotFound);
}

// Audits the claims of kPage against `edited`, writing dir/fixed.jsonl.
Audited AuditEditedWithFix(const TempFolder& dir, const std::string& edited) {
  WriteFile(dir / "page.txt", edited);
  WriteFile(dir / "claims.jsonl", ClaimsFile(kPage));
  AuditOptions options;
  options.root = dir.path();
  options.fix_path = dir / "fixed.jsonl";
  return Audit(dir / "claims.jsonl", options);
}

std::string ReauditFixed(const TempFolder& dir) {
  AuditOptions options;
  options.root = dir.path();
  return StatusesOf(Audit(dir / "fixed.jsonl", options).lines);
}

TEST_CASE("AuditClaimsFile --fix: moved records re-anchored, re-audit all verified") {
  TempFolder dir;
  std::string edited = Replace(kPage, "The global", "A new paragraph about methodology.\nThe global");
  Audited a = AuditEditedWithFix(dir, edited);
  REQUIRE(a.status.ok());
  CHECK(StatusesOf(a.lines) == "moved,moved,moved");
  CHECK(a.summary.clean());
  // The new offsets slice to the quote.
  TextAnchor now = AnchorOf(edited, kSize);
  CHECK(a.lines.find("\"new_start\":" + std::to_string(now.span.start) + ",\"new_end\":" +
                     std::to_string(now.span.end)) != std::string::npos);
  std::string fixed = ReadFile(dir / "fixed.jsonl");
  CHECK(fixed.find("\"sha256\":\"" + Sha256Hex(edited) + "\"") != std::string::npos);
  CHECK(fixed == ClaimsFile(edited));  // exactly what extract-style records of the new page say

  CHECK(ReauditFixed(dir) == "verified,verified,verified");
}

TEST_CASE("AuditClaimsFile --fix keeps the old sha256 of a document with a changed record") {
  TempFolder dir;
  Audited a = AuditEditedWithFix(dir, Replace(kPage, "181.93", "182.10"));
  CHECK(StatusesOf(a.lines) == "changed,verified,changed");
  CHECK(a.lines.find("\"old\":[{\"kind\":") != std::string::npos);
  CHECK(ReadFile(dir / "fixed.jsonl") == ClaimsFile(kPage));  // nothing moved, sha kept
  CHECK(ReauditFixed(dir) == "changed,verified,changed");
}

TEST_CASE("AuditClaimsFile --fix: two documents, a malformed line and a document seen again, in order") {
  // The fixed file is written a document at a time: each document's sha256
  // is refreshed in place, and every other line is copied where it was.
  TempFolder dir;
  const std::string edited = Replace(kPage, "The global", "A new paragraph about methodology.\nThe global");
  WriteFile(dir / "page.txt", edited);
  WriteFile(dir / "same.txt", kPage);
  const std::string malformed = "{\"type\":\"mention\",\"doc\":\n";
  const std::string again = MentionLine("page.txt", kPage, "38%");  // page.txt's records once more, no document line
  WriteFile(dir / "claims.jsonl", malformed + ClaimsFile(kPage) + malformed + DocumentLine("same.txt", kPage) +
                                      MentionLine("same.txt", kPage, "38%") + again);
  AuditOptions options;
  options.root = dir.path();
  options.fix_path = dir / "fixed.jsonl";
  Audited a = Audit(dir / "claims.jsonl", options);
  REQUIRE(a.status.ok());
  CHECK(StatusesOf(a.lines) == "moved,moved,moved,verified,moved");
  CHECK(a.summary.malformed == 2);
  CHECK(ReadFile(dir / "fixed.jsonl") == malformed + ClaimsFile(edited) + malformed + DocumentLine("same.txt", kPage) +
                                             MentionLine("same.txt", kPage, "38%") +
                                             MentionLine("page.txt", edited, "38%"));
}

TEST_CASE("AuditClaimsFile --fix into a missing folder fails before any record is audited") {
  TempFolder dir;
  WriteFile(dir / "page.txt", kPage);
  WriteFile(dir / "claims.jsonl", ClaimsFile(kPage));
  AuditOptions options;
  options.root = dir.path();
  options.fix_path = dir / "no/fixed.jsonl";
  Audited a = Audit(dir / "claims.jsonl", options);
  CHECK(a.status.code() == ErrorCode::kNotFound);
  CHECK(a.status.message() == options.fix_path + ": No such file or directory");
  CHECK(a.lines.empty());
  CHECK(a.summary.records() == 0);
}

}  // namespace
}  // namespace claimtrace
