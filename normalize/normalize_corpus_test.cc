// Runs the real reader over every document of ../shared/corpus and checks the
// structural invariants and the provenance promise on every token.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/normalize.h"
#include "test_util.h"

namespace claimtrace {
namespace {

namespace fs = std::filesystem;

fs::path CorpusRoot() { return fs::path(CLAIMTRACE_SOURCE_DIR) / ".." / "shared" / "corpus"; }

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("corpus: every shared document reads with sound spans and provenance") {
  fs::path root = CorpusRoot();
  if (!fs::is_directory(root / "seeds") || !fs::is_directory(root / "real")) {
    MESSAGE("SKIPPED: ../shared/corpus not found at " << root.string());
    return;
  }
  // What the content is, whatever the extension says.
  const std::map<std::string, MediaType> expected = {
      {"004_5d519e5a2be4097b.txt", MediaType::kHtml},  // an HTML fragment in a .txt file
      {"001_cd44c9b2d1167b13.txt", MediaType::kPlain},
      {"exactitude-biocomposites.txt", MediaType::kPlain},
      {"zh-tw-wealth-leo-satellite.html", MediaType::kHtml},  // HTML in a JS template literal
      {"zh-tw-ctee-phone-sales-h1-2024.html", MediaType::kHtml},
      {"zh-woshipm-devops-aliyun-vs-coding.md", MediaType::kMarkdown},  // front matter + HTML body
      {"fmi-business-intelligence-newsfeed.md", MediaType::kMarkdown},
      {"in-upaya-spiritual-market-brief.md", MediaType::kMarkdown},
      {"insightsorb-report-details-mixed-markets.html", MediaType::kHtml},
  };
  int files = 0;
  long checked = 0, skipped = 0;
  for (const char* dir : {"seeds", "real"}) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(root / dir)) {
      if (e.is_regular_file() && e.path().filename().string()[0] != '.' && e.path().extension() != ".tsv" &&
          e.path().extension() != ".py") {
        paths.push_back(e.path());
      }
    }
    for (const fs::path& p : paths) {
      std::string name = p.filename().string();
      CAPTURE(name);
      std::string src = ReadFile(p);
      NormalizedDocument doc;
      Status s = Normalize(src, {}, &doc);
      REQUIRE(s.ok());
      ++files;
      CHECK(doc.charset == "UTF-8");
      CHECK(doc.replaced_sequences == 0);
      CHECK(!doc.title.empty());
      CHECK(doc.text.size() == doc.text_to_display.text_size());
      CHECK(doc.display.size() == doc.display_to_source.text_size());
      if (auto it = expected.find(name); it != expected.end()) CHECK(doc.media_type == it->second);
      uint32_t last_end = 0;
      ByteSpan last_source{0, 0};
      for (const Block& b : doc.blocks) {
        CHECK(b.span.start >= last_end);
        CHECK(b.span.end <= doc.text.size());
        CHECK(doc.text.substr(b.span.start, b.span.size()).find('\n') == std::string::npos);
        last_end = b.span.end;
        ByteSpan bs = doc.ToSource(b.span);
        CHECK(bs.end <= src.size());
        CHECK(bs.start >= last_source.start);  // blocks come in source order
        last_source = bs;
        for (const ByteSpan& c : b.cells) {
          CHECK(c.start >= b.span.start);
          CHECK(c.end <= b.span.end);
        }
        // Every token, unless its bytes hold a tag (eval.py turns tags into
        // spaces, so a token glued to inline markup, "精選<span>more", is
        // outside the promise) or Markdown markup the fold does not mirror.
        uint32_t i = b.span.start;
        while (i < b.span.end) {
          while (i < b.span.end && (doc.text[i] == ' ' || doc.text[i] == '\t')) ++i;
          uint32_t j = i;
          while (j < b.span.end && doc.text[j] != ' ' && doc.text[j] != '\t') ++j;
          if (j > i) {
            ByteSpan tok{i, j};
            ByteSpan ts = doc.ToSource(tok);
            CHECK(ts.end <= src.size());
            std::string_view slice = std::string_view(src).substr(ts.start, ts.size());
            if (slice.find('<') != std::string_view::npos ||
                (doc.media_type == MediaType::kMarkdown && testing::StraddlesMarkdown(slice))) {
              ++skipped;
            } else {
              ++checked;
              if (!testing::ProvenanceHolds(src, doc, tok)) {
                FAIL_CHECK("token '" << doc.DisplayText(tok) << "' source '" << src.substr(ts.start, ts.size())
                                     << "'");
              }
            }
          }
          i = j;
        }
      }
    }
  }
  MESSAGE(files << " documents, " << checked << " tokens checked, " << skipped << " glued to markup");
  CHECK(files >= 35);
  CHECK(checked > 40000);
}

}  // namespace
}  // namespace claimtrace
