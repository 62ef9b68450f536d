#include "html_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claimtrace/normalize.h"
#include "test_util.h"

namespace claimtrace {
namespace {

using testing::FindInText;
using testing::ProvenanceHolds;
using testing::Read;
using testing::SourceOf;

std::string Page(std::string_view body) {
  return "<!DOCTYPE html><html><head><title>Report</title></head><body>" + std::string(body) + "</body></html>";
}

TEST_CASE("html: invisible content is excluded") {
  struct Row {
    const char* what;
    std::string body;
    const char* absent;
  };
  const std::vector<Row> rows = {
      {"script", "<p>a</p><script>var x = 'USD 5 billion';</script><p>b</p>", "USD"},
      {"style", "<style>p { width: 2023px }</style><p>a</p>", "2023"},
      {"template", "<template><p>USD 9</p></template><p>a</p>", "USD"},
      {"noscript", "<noscript>enable 2023 scripts</noscript><p>a</p>", "2023"},
      {"attribute values", "<p title=\"USD 5\" data-x=\"2023\">a <img alt=\"99%\" src=\"x.png\"></p>", "5"},
      {"comments", "<p>a<!-- 2023 --></p>", "2023"},
      {"hidden attribute", "<div hidden>USD 5</div><p>a</p>", "USD"},
      {"head metadata", "<meta name=\"description\" content=\"USD 5\"><p>a</p>", "USD"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    NormalizedDocument doc = Read(Page(r.body));
    CHECK(doc.media_type == MediaType::kHtml);
    CHECK(doc.text.find(r.absent) == std::string::npos);
  }
}

TEST_CASE("html: entities decode and map to their exact source bytes") {
  const std::string src = Page("<p>Worth USD&nbsp;181.93&#x20;billion &amp; &euro;2.1 bn &#8211; 20,42&#160;%.</p>");
  NormalizedDocument doc = Read(src);
  CHECK(doc.text.find("Worth USD 181.93 billion & \xE2\x82\xAC" "2.1 bn - 20,42 %.") != std::string::npos);
  CHECK(doc.display.find("bn \xE2\x80\x93 20,42") != std::string::npos);  // display keeps the en dash
  struct Row {
    const char* text;
    const char* source;
  };
  const std::vector<Row> rows = {
      {"USD 181.93 billion", "USD&nbsp;181.93&#x20;billion"},
      {"181.93", "181.93"},
      {"& \xE2\x82\xAC" "2.1", "&amp; &euro;2.1"},
      {"\xE2\x82\xAC", "&euro;"},
      {"-", "&#8211;"},
      {"20,42 %", "20,42&#160;%"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(SourceOf(src, doc, r.text) == r.source);
    CHECK(ProvenanceHolds(src, doc, FindInText(doc, r.text)));
  }
}

TEST_CASE("html: blocks, headings, list items, br and tables") {
  const std::string src = Page(
      "<h2>Market <b>Size</b></h2><p>First<br>second</p><ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>"
      "<table><tr><th>Year</th><th>Value</th></tr><tr><td>2023</td><td>USD <b>5</b> bn</td></tr></table>"
      "<table><tr><td><p>a</p><p>b</p></td></tr></table><div>tail</div>");
  NormalizedDocument doc = Read(src);
  CHECK(doc.title == "Report");
  CHECK(doc.text == "Report\nMarket Size\nFirst\nsecond\none\ntwo\ndeep\nYear\tValue\n2023\tUSD 5 bn\na b\ntail");
  REQUIRE(doc.blocks.size() == 11);
  CHECK(doc.blocks[0].kind == BlockKind::kHeading);  // <title>
  CHECK(doc.blocks[1].kind == BlockKind::kHeading);
  CHECK(doc.blocks[1].level == 2);
  CHECK(doc.blocks[2].kind == BlockKind::kParagraph);
  CHECK(doc.blocks[4].kind == BlockKind::kListItem);
  CHECK(doc.blocks[4].level == 1);
  CHECK(doc.blocks[6].level == 2);  // nested list
  const Block& header = doc.blocks[7];
  CHECK(header.kind == BlockKind::kTableRow);
  CHECK(header.table == 0);
  CHECK(header.row == 0);
  const Block& row = doc.blocks[8];
  CHECK(row.table == 0);
  CHECK(row.row == 1);
  REQUIRE(row.cells.size() == 2);
  CHECK(doc.text.substr(row.cells[1].start, row.cells[1].size()) == "USD 5 bn");
  CHECK(SourceOf(src, doc, "2023\tUSD 5 bn") == "2023</td><td>USD <b>5</b> bn");
  // Block elements inside a cell are spaces, not rows.
  CHECK(doc.blocks[9].table == 1);
  CHECK(doc.blocks[9].cells.size() == 1);
  CHECK(doc.DisplayText(doc.blocks[8].span) == "2023 USD 5 bn");
}

TEST_CASE("html: a fragment without <html> is HTML; title falls back to h1") {
  const std::string src = "<h1>Healthcare M2M</h1><p>Valued at USD 16.19 Billion in 2022.</p><p>More.</p>";
  NormalizedDocument doc = Read(src);
  CHECK(doc.media_type == MediaType::kHtml);
  CHECK(doc.title == "Healthcare M2M");
  CHECK(doc.text == "Healthcare M2M\nValued at USD 16.19 Billion in 2022.\nMore.");
}

TEST_CASE("html: truncated and malformed input still reads") {
  struct Row {
    const char* what;
    std::string src;
    const char* text;
  };
  const std::vector<Row> rows = {
      {"truncated in a tag", "<html><body><p>USD 5 billion</p><p>in 20", "USD 5 billion\nin 20"},
      {"unclosed comment", "<p>a</p><p>b</p><!-- never closed <p>USD 5</p>", "a\nb"},
      {"unclosed attribute quote", "<p>a</p><p class=\"x>USD 5</p><p>b</p>", "a"},
      {"CR LF line ends", "<p>a\r\nb</p><div>c</div><p>d</p>", "a b\nc\nd"},
      {"out-of-range entity", "<p>x &#3000000000; y</p><p>a</p><p>b</p>", "x \xEF\xBF\xBD y\na\nb"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Status s;
    NormalizedDocument doc = Read(r.src, &s);
    REQUIRE(s.ok());
    CHECK(doc.text == r.text);
    for (const Block& b : doc.blocks) CHECK(doc.ToSource(b.span).end <= r.src.size());
  }
}

TEST_CASE("html: nesting and size limits fail before or after Gumbo") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "x";
  Status s;
  Read(deep, &s);
  CHECK(s.code() == ErrorCode::kTooDeep);

  std::string tables;
  for (int i = 0; i < 8000; ++i) tables += "<table><tr><td>";
  Read(tables, &s);
  CHECK(s.code() == ErrorCode::kTooDeep);

  // "<div/>" opens a div in HTML: it must count.
  std::string self_closed;
  for (int i = 0; i < 1000; ++i) self_closed += "<div/>";
  Read(self_closed, &s);
  CHECK(s.code() == ErrorCode::kTooDeep);

  // Elements with optional end tags and void elements do not nest.
  std::string flat;
  for (int i = 0; i < 5000; ++i) flat += "<p>a<br><li>b";
  Read(flat, &s);
  CHECK(s.ok());

  // Properly closed elements never accumulate depth.
  std::string closed;
  for (int i = 0; i < 5000; ++i) closed += "<div><span>x</span></div>";
  Read(closed, &s);
  CHECK(s.ok());

  NormalizeOptions few;
  few.max_html_nodes = 50;
  NormalizedDocument doc;
  CHECK(Normalize(closed, few, &doc).code() == ErrorCode::kTooManyNodes);

  CHECK(internal::CheckHtmlDepth("<svg><path/><path/></svg>", 2).ok());
  CHECK(internal::CheckHtmlDepth("<script>" + std::string(500, '<') + "div></script>", 5).ok());
}

}  // namespace
}  // namespace claimtrace
