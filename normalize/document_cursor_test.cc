#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/normalize.h"

namespace claimtrace {
namespace {

std::string ReadSample(const std::string& name) {
  std::ifstream in(std::filesystem::path(CLAIMTRACE_SOURCE_DIR) / "corpus/samples" / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// DocumentCursor's answers against the document's own accessors, for the
// spans `spans` asked in that order.
size_t Mismatches(const NormalizedDocument& doc, const std::vector<ByteSpan>& spans) {
  DocumentCursor cursor(doc);
  size_t bad = 0;
  for (const ByteSpan& span : spans) {
    const ByteSpan display = cursor.ToDisplay(span);
    std::string shown(cursor.DisplayBytes(display));
    for (char& c : shown) {
      if (c == '\t' || c == '\n') c = ' ';
    }
    const bool same = display == doc.ToDisplay(span) && cursor.DisplayToSource(display) == doc.ToSource(span) &&
                      cursor.ToSource(span) == doc.ToSource(span) && shown == doc.DisplayText(span);
    if (!same) {
      ++bad;
      FAIL_CHECK("span [" << span.start << ", " << span.end << ")");
    }
  }
  return bad;
}

TEST_CASE("a document cursor answers like ToDisplay, ToSource and DisplayText") {
  // Tags, entities, a legacy charset, UTF-16, Markdown markup: every kind of map piece.
  for (const char* name : {"smart-meters.html", "uk-plant-based-food.windows-1252.html", "ev-charging.utf16le.txt",
                           "cold-chain-logistics.md", "ja-smart-agriculture.txt"}) {
    CAPTURE(name);
    const std::string bytes = ReadSample(name);
    REQUIRE(!bytes.empty());
    NormalizedDocument doc;
    REQUIRE(Normalize(bytes, {}, &doc).ok());
    const uint32_t n = static_cast<uint32_t>(doc.text.size());
    std::vector<ByteSpan> forward, shuffled;
    for (uint32_t start = 0; start <= n + 2; start += 3) {
      for (uint32_t len : {0u, 1u, 7u, 40u}) forward.push_back({start, start + len});
    }
    shuffled = forward;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(1));
    CHECK(Mismatches(doc, forward) == 0);
    CHECK(Mismatches(doc, shuffled) == 0);
    CHECK(Mismatches(doc, std::vector<ByteSpan>(forward.rbegin(), forward.rend())) == 0);
  }
}

}  // namespace
}  // namespace claimtrace
