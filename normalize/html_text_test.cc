#include "html_text.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/normalize.h"
#include "test_util.h"
#include "utf8.h"

namespace claimtrace {
namespace {

using testing::FindInText;
using testing::HtmlRead;
using testing::ReadHtmlWith;
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

// `n` attributes written `each` (with a leading space).
std::string Attributes(size_t n, std::string_view each) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out.append(each);
  return out;
}

TEST_CASE("html: a tag with more than kMaxHtmlAttributes attributes is refused before Gumbo sees it") {
  static_assert(internal::kMaxHtmlAttributes == 400, "the rows below are written for 400");
  struct Row {
    std::string what;
    std::string html;
    bool refused;
  };
  const std::vector<Row> rows = {
      {"400 attributes: read", "<p>x</p><p" + Attributes(400, " a") + ">y</p>", false},
      {"401 attributes: refused", "<p>x</p><b" + Attributes(401, " a") + ">y</b>", true},
      {"duplicates count", "<p>x</p><p" + Attributes(401, " a=1") + ">", true},
      {"quoted values with spaces and '>' are one attribute each",
       "<p>x</p><p" + Attributes(400, " a=\"b c > d\"") + ">", false},
      {"'a = b' with spaces around '=' is one attribute", "<p>x</p><p" + Attributes(400, " a = b") + ">", false},
      {"a value glued to the next name starts a second one", "<p>x</p><p" + Attributes(201, " a='b'c") + ">", true},
      {"slashes between names start nothing", "<p>x</p><p" + Attributes(400, " a/ /") + ">", false},
      // After a value, '=' starts a name (a parse error), unlike '=' after a name.
      {"'=' right after a quoted value starts a name", "<p>x</p><p" + Attributes(201, " a='b'=c") + ">", true},
      {"'=' after an unquoted value and a space starts a name", "<p>x</p><p" + Attributes(201, " a=b =c") + ">",
       true},
      {"an end tag counts too", "<p>x</p></p" + Attributes(401, " a") + ">", true},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    Status s = internal::CheckHtmlDepth(r.html, 400);
    CHECK(s.code() == (r.refused ? ErrorCode::kTooManyAttributes : ErrorCode::kOk));
    // The position is the tag's '<', after "<p>x</p>".
    CHECK(s.message() == (r.refused ? "an HTML tag has more than 400 attributes (at byte 8)" : ""));
  }
  // Through Normalize: the error record's code.
  NormalizedDocument doc;
  CHECK(Normalize("<html><body><p" + Attributes(401, " a") + ">USD 5 billion</p></body></html>", {}, &doc).code() ==
        ErrorCode::kTooManyAttributes);
}

// ---------------------------------------------------------------- cut bodies

std::vector<ByteSpan> Bodies(std::string_view html) {
  std::vector<ByteSpan> bodies;
  REQUIRE(internal::CheckHtmlDepth(html, 512, &bodies).ok());
  return bodies;
}

TEST_CASE("html: the depth scan lists the script and style bodies Gumbo need not see") {
  struct Row {
    std::string what;
    std::string html;
    std::vector<ByteSpan> bodies;
  };
  const std::vector<Row> rows = {
      {"script and style", "<p>a</p><script>var a = \"<b>\";</script><style>p{}</style ><p>b",
       {{16, 30}, {46, 49}}},
      {"any case, attributes with '>' in quotes", "<SCRIPT data-x='a>b'>y</SCRIPT>", {{21, 22}}},
      {"end tag closed by '/' or a line end", "<script>a</script/><style>b</style\r\n>", {{8, 9}, {26, 27}}},
      {"an svg's script and style are markup", "<svg><script>a</script><style>b</style></svg><script>c</script>",
       {{53, 54}}},
      // Regression: "<!--" starts the script's escaped states, where
      // "<script>...</script>" inside does not end the outer one.
      {"a script holding <!--", "<script><!--<script></script>--></script>", {}},
      {"not an end tag", "<script>a</scripts>b</script>", {}},
      {"no end tag", "<script>a", {}},
      {"the end tag's name runs to the end", "<script>a</script", {}},
      {"empty", "<script></script>", {}},
      {"inside a comment", "<!-- <script>a</script> -->", {}},
      {"inside raw text", "<textarea><script>a</script></textarea><title><style>b</style></title>", {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    CHECK(Bodies(r.html) == r.bodies);
  }
}

TEST_CASE("html: a parse without script and style bodies reads as the whole page does") {
  const std::string script(3000, 'x');
  struct Row {
    std::string what;
    std::string html;
    size_t cut_bytes;
    bool reparsed;
  };
  const std::vector<Row> rows = {
      {"head and body", Page("<style>p{color:red}</style><p>USD &amp; 5</p><script>" + script +
                             "</script><table><tr><td>2023</td></tr></table><p>b</p>"),
       12 + 3000, false},
      {"script in a table, text around it", "<table>a<script>x</script>b<tr><td>1</td></tr></table>", 1, false},
      {"noscript, template, hidden", "<noscript><script>a</script><p>b</p></noscript><template><script>c</script>"
                                     "</template><div hidden><style>d</style>e</div><p>f</p>",
       3, false},
      {"self-closed start tag, end tag closed by a line end", "<script/>ab</script\r\n><style>c</style/><p>d</p>", 3,
       false},
      {"after </html>", "<p>a</p></body></html><script>x</script><p>b</p>", 1, false},
      {"in a select", "<select><script>x</script><option>1<option>2</select><p>c</p>", 1, false},
      {"not cut: escaped script", "<script><!--<script></script>--></script><p>z</p>", 0, false},
      {"not cut: svg", "<svg><script>a<p>b</script></svg><p>c</p>", 0, false},
      // Regression: the scan takes "</svg>" to leave the <math> it is in;
      // Gumbo does not, so the script is MathML, its "<p>" breaks out and
      // "y" is visible. The tree shows it: the whole page is parsed.
      {"MathML script", "<math></svg><script>x<p>y</script></math>", 0, true},
      {"frameset ignores a script", "<frameset><script>x</script></frameset>", 0, true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    HtmlRead cut = ReadHtmlWith(r.html, internal::HtmlParse::kCutBodies);
    HtmlRead whole = ReadHtmlWith(r.html, internal::HtmlParse::kWhole);
    REQUIRE(cut.status.ok());
    REQUIRE(whole.status.ok());
    CHECK(cut.stats.cut_bytes == r.cut_bytes);
    CHECK(cut.stats.reparsed == r.reparsed);
    CHECK(whole.stats.cut_bytes == 0);
    CHECK(testing::RawTextDifference(cut.raw, whole.raw) == "");
  }
  HtmlRead math = ReadHtmlWith(rows[8].html, internal::HtmlParse::kCutBodies);
  CHECK(math.raw.text == "y");
}

TEST_CASE("html: positions after cut bodies point at the page's bytes") {
  const std::string src = Page("<script>" + std::string(5000, ';') + "</script><p>USD 5 billion</p><style>" +
                               std::string(700, '}') + "</style><p>in 2023</p>");
  NormalizedDocument doc = Read(src);
  CHECK(doc.text == "Report\nUSD 5 billion\nin 2023");
  size_t usd = src.find("USD 5 billion");
  ByteSpan s = doc.ToSource(FindInText(doc, "USD 5 billion"));
  CHECK(s.start == usd);
  CHECK(s.end == usd + 13);
  s = doc.ToSource(FindInText(doc, "2023"));
  CHECK(s.start == src.find("2023"));
  CHECK(ProvenanceHolds(src, doc, FindInText(doc, "in 2023")));
}

TEST_CASE("html: the shared pages read the same with and without their script and style bodies") {
  namespace fs = std::filesystem;
  fs::path root = fs::path(CLAIMTRACE_SOURCE_DIR) / ".." / "shared" / "corpus";
  if (!fs::is_directory(root / "real")) {
    MESSAGE("SKIPPED: ../shared/corpus not found at " << root.string());
    return;
  }
  size_t pages = 0, cut = 0;
  for (const char* dir : {"seeds", "real"}) {
    for (const auto& e : fs::directory_iterator(root / dir)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      std::string src = bytes.str();
      if (!internal::IsValidUtf8(src) || src.find('<') == std::string::npos) continue;
      CAPTURE(e.path().string());
      HtmlRead with_cuts = ReadHtmlWith(src, internal::HtmlParse::kCutBodies);
      HtmlRead whole = ReadHtmlWith(src, internal::HtmlParse::kWhole);
      REQUIRE(with_cuts.status.ok());
      CHECK_FALSE(with_cuts.stats.reparsed);
      CHECK(testing::RawTextDifference(with_cuts.raw, whole.raw) == "");
      ++pages;
      cut += with_cuts.stats.cut_bytes;
    }
  }
  MESSAGE(pages << " pages, " << cut << " bytes of script and style cut");
  CHECK(cut > 10000);  // the real pages do carry scripts and styles
}

}  // namespace
}  // namespace claimtrace
