#include "markdown_text.h"

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

// Enough Markdown syntax that the sniffer is sure, then the line under test.
std::string Doc(std::string_view body) { return "# Report\n\n" + std::string(body) + "\n\n## End\n"; }

TEST_CASE("markdown: inline markup is removed") {
  struct Row {
    const char* what;
    const char* line;
    const char* text;
  };
  const std::vector<Row> rows = {
      {"strong", "The market was **USD 5 billion** in 2023.", "The market was USD 5 billion in 2023."},
      {"emphasis", "a *big* and _small_ one", "a big and small one"},
      {"strong inside CJK text closes before a letter", "**연평균 14~15%**의 성장", "연평균 14~15%의 성장"},
      {"unmatched doubled marker is still markup", "**243% growth", "243% growth"},
      {"snake_case is literal", "see my_var_name here", "see my_var_name here"},
      {"a product is literal", "5*3 = 15", "5*3 = 15"},
      {"strikethrough", "~~old~~ new", "old new"},
      {"link keeps its text, drops the URL", "See [the 2023 report](https://x.com/2024/r) now",
       "See the 2023 report now"},
      {"reference link", "See [the report][ref] now", "See the report now"},
      {"image is a picture, not text", "![2021 Global Market](img/2021.png) Text", "Text"},
      {"inline code", "run `x_y` now", "run x_y now"},
      {"a backtick before a space is a literal (PDF rupee sign)", "was ` 12.8 lakh crore in FY19, ` 21.3 lakh",
       "was ` 12.8 lakh crore in FY19, ` 21.3 lakh"},
      // Regression (extract_fuzzer): dropping markup glued to text on its
      // outer side joined "€" and "0" into a figure whose source bytes hold
      // the backtick; glued markup stays literal.
      {"code span glued to text after it is literal", "see `\xE2\x82\xAC`0 here", "see `\xE2\x82\xAC`0 here"},
      {"code span glued to text before it is literal", "USD`5` bn", "USD`5` bn"},
      {"code span before punctuation is still code", "run `x`, then", "run x, then"},
      {"link glued to text after it is literal", "a [USD](x)5 bn", "a [USD](x)5 bn"},
      {"link glued to text before it is literal", "USD[5 bn](x) b", "USD[5 bn](x) b"},
      {"emphasis glued to text after it is literal", "a *USD*5 bn", "a *USD*5 bn"},
      {"emphasis glued to text before it is literal", "a 5*USD* bn", "a 5*USD* bn"},
      {"markup next to other markup is still markup", "**[the 2023 report](x)** and *`x`*",
       "the 2023 report and x"},
      {"escapes", "1\\. not a list \\*x\\*", "1. not a list *x*"},
      {"inline HTML tags dropped", "a <span class=\"x\">USD 5</span> b", "a USD 5 b"},
      {"entities", "AT&amp;T &euro;5", "AT&T \xE2\x82\xAC" "5"},
      // Partners found by one pass over the line (SegmentIndex): each row has
      // an opener whose partner is not the nearest closer.
      {"a link text holding brackets closes at its own ']'", "See [a [b] c](x) now", "See a [b] c now"},
      {"nested links: the inner one is a link too", "See [[a](x) b](y) now", "See a b now"},
      {"an escaped ']' closes nothing", "See [a \\] b](x) now", "See a ] b now"},
      {"an escaped '[' opens nothing", "See \\[a](x) now", "See [a](x) now"},
      {"a URL holding parentheses ends at the ')' matching its '('", "See [a](x(y)z) now", "See a now"},
      {"an unclosed '(' makes no link", "See [a](x now", "See [a](x now"},
      {"a reference ends at the first ']'", "See [a][b [c] now", "See a now"},
      {"a code span closes at a run of its own length", "run ``a`b`` now", "run a`b now"},
      {"a closing run after a space does not close, the next one does", "run `a `b` now", "run a `b now"},
      {"no run of the same length: literal", "run ``a` now", "run ``a` now"},
      {"a comment runs to the first '-->'", "a <!-- b <!-- c --> d", "a d"},
      {"an unclosed comment stays text", "a <!-- b <!-- c", "a <!-- b <!-- c"},
      {"an unclosed '<' stays text, a later tag is dropped", "a < b <i>c</i>", "a < b c"},
      // Emphasis openers are kept per character (one stack each).
      {"'*' closes its '*', and the '_' opened inside it", "a *b _c* d_ e", "a b _c d_ e"},
      {"'_' closes its '_', and the '*' opened inside it", "a _b *c_ d* e", "a b *c d* e"},
      {"an opener glued to text before it never closes", "x*a* b*", "x*a* b*"},
      {"the nearest '*' closes first", "a *b *c* d* e", "a b c d e"},
      {"'*' inside '_'", "_a *b* c_", "a b c"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    NormalizedDocument doc = Read(Doc(r.line));
    REQUIRE(doc.media_type == MediaType::kMarkdown);
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.text.substr(doc.blocks[1].span.start, doc.blocks[1].span.size()) == r.text);
  }
}

// Regression: every '[', '(', backtick run, "<!--" and '<' searched to its
// partner or to the end of the line, so a line of them took the square of its
// length (160 KB of nested links: 5 s; of unclosed backticks: 8 s). The same
// lines at 200 KB must read, with every opener answered from one pass.
// Regression: a short page whose only Markdown was its "# " title read as plain
// text, so its title and subject kept the "# ".
TEST_CASE("markdown: a page that opens with an ATX heading is Markdown") {
  struct Row {
    const char* what;
    const char* page;
    MediaType type;
  };
  const std::vector<Row> rows = {
      {"a title and one paragraph", "# Cold Chain Market\n\nThe market grew 7.6% a year.\n", MediaType::kMarkdown},
      {"after blank lines, at level three", "\n\n### Cold Chain Market\nThe market grew.\n", MediaType::kMarkdown},
      {"a hash glued to a word is a hashtag", "#ColdChain market news\n\nThe market grew.\n", MediaType::kPlain},
      {"seven hashes are no heading", "####### Cold Chain\n\nThe market grew.\n", MediaType::kPlain},
      {"a heading further down is not enough alone", "Cold chain news\n\n# Cold Chain Market\n", MediaType::kPlain},
  };
  for (const Row& r : rows) {
    std::string what = r.what;
    CAPTURE(what);
    NormalizedDocument doc = Read(r.page);
    CHECK(doc.media_type == r.type);
  }
  NormalizedDocument doc = Read(rows[0].page);
  CHECK(doc.title == "Cold Chain Market");
}

TEST_CASE("markdown: long lines of openers read in one pass") {
  const size_t n = 40000;
  std::string nested, ticks, comments;
  for (size_t i = 0; i < n; ++i) nested += "[";
  nested += "x";
  for (size_t i = 0; i < n; ++i) nested += "](y)";
  for (size_t i = 0; i < n; ++i) ticks += "`a ";
  for (size_t i = 0; i < n; ++i) comments += "<!-- ";
  for (const std::string& line : {nested, ticks, comments}) {
    NormalizedDocument doc = Read(Doc(line));
    CHECK(doc.media_type == MediaType::kMarkdown);
    REQUIRE(doc.blocks.size() == 3);
  }
  // What the nested links read as: every bracket of a link dropped, "x" left.
  NormalizedDocument doc = Read(Doc(nested));
  CHECK(doc.text.substr(doc.blocks[1].span.start, doc.blocks[1].span.size()) == "x");
}

TEST_CASE("markdown: spans map to the exact source bytes inside markup") {
  const std::string src = Doc("Worth **USD 181.93 billion** by [2033](http://x/2030), CAGR __20.42%__.");
  NormalizedDocument doc = Read(src);
  CHECK(SourceOf(src, doc, "USD 181.93 billion") == "USD 181.93 billion");
  CHECK(SourceOf(src, doc, "2033") == "2033");
  CHECK(SourceOf(src, doc, "20.42%") == "20.42%");
  for (const char* t : {"USD 181.93 billion", "2033", "20.42%", "Worth"}) {
    CAPTURE(t);
    CHECK(ProvenanceHolds(src, doc, FindInText(doc, t)));
  }
}

TEST_CASE("markdown: a figure next to glued markup keeps provenance") {
  // The extract_fuzzer input, minimized: "€`0" must fold like its source bytes.
  const std::string src = "# `\xE2\x82\xAC`0\n|\n|";
  NormalizedDocument doc = Read(src);
  REQUIRE(doc.media_type == MediaType::kMarkdown);
  ByteSpan figure = FindInText(doc, "\xE2\x82\xAC`0");
  REQUIRE(!figure.empty());
  CHECK(doc.ToSource(figure) == ByteSpan{3, 8});
  CHECK(ProvenanceHolds(src, doc, figure));
}

TEST_CASE("markdown: block structure") {
  const std::string src =
      "Title Line\n==========\n\n"
      "## Size ##\n\n"
      "First line\ncontinues here.\n\n"
      "- one\n- two\n  - deep\n1. first\n- [x] done\n\n"
      "> quoted 2023\n\n"
      "---\n\n"
      "| Year | Value |\n|:-----|------:|\n| 2023 | **USD 5 bn** |\n| 2024 | `x|y` |\n\n"
      "```\n| a | b |\n**kept** as is\n```\n"
      "[ref]: https://example.com\n";
  NormalizedDocument doc = Read(src);
  REQUIRE(doc.media_type == MediaType::kMarkdown);
  CHECK(doc.title == "Title Line");
  CHECK(doc.text ==
        "Title Line\nSize\nFirst line continues here.\none\ntwo\ndeep\nfirst\ndone\nquoted 2023\n"
        "Year\tValue\n2023\tUSD 5 bn\n2024\tx|y\n| a | b |\n**kept** as is");
  REQUIRE(doc.blocks.size() == 14);
  CHECK(doc.blocks[0].kind == BlockKind::kHeading);
  CHECK(doc.blocks[0].level == 1);
  CHECK(doc.blocks[1].level == 2);
  CHECK(doc.blocks[3].kind == BlockKind::kListItem);
  CHECK(doc.blocks[5].level == 2);
  CHECK(doc.blocks[9].kind == BlockKind::kTableRow);
  CHECK(doc.blocks[9].row == 0);
  CHECK(doc.blocks[10].row == 1);
  CHECK(doc.blocks[10].table == 0);
  REQUIRE(doc.blocks[10].cells.size() == 2);
  CHECK(doc.text.substr(doc.blocks[10].cells[1].start, doc.blocks[10].cells[1].size()) == "USD 5 bn");
  CHECK(doc.blocks[12].kind == BlockKind::kParagraph);
}

// Regression: a page converted from HTML kept one "label: value" line per element, and the soft
// breaks joined them into one paragraph, where "2.5 (USD Billion) 2025" paired an amount with the
// next line's year.
TEST_CASE("markdown: label lines after a label line or a short line are blocks of their own") {
  struct Row {
    const char* what;
    const char* body;
    std::vector<std::string> paragraphs;
  };
  const std::vector<Row> rows = {
      {"label lines under a short line", "Market Size & Forecast\n2024 Market Size: 2.5\nCAGR (2025 - 2035): 12.3%",
       {"Market Size & Forecast", "2024 Market Size: 2.5", "CAGR (2025 - 2035): 12.3%"}},
      {"label lines opening a paragraph", "2024 Market Size: 2.5\n2035 Market Size: 9.2",
       {"2024 Market Size: 2.5", "2035 Market Size: 9.2"}},
      {"a wrapped sentence stays one paragraph, though its next line has a colon",
       "The market is segmented by the component types that follow, as listed below\nHardware: sensors and meters",
       {"The market is segmented by the component types that follow, as listed below Hardware: sensors and meters"}},
      {"a line after a comma continues", "Regions,\nEurope: 28%", {"Regions, Europe: 28%"}},
      {"a lower-case line continues", "Short line\nand then: more", {"Short line and then: more"}},
  };
  for (const Row& r : rows) {
    NormalizedDocument doc = Read(Doc(r.body));
    std::vector<std::string> got;
    for (const Block& b : doc.blocks) {
      if (b.kind == BlockKind::kParagraph) got.push_back(doc.text.substr(b.span.start, b.span.size()));
    }
    CHECK_MESSAGE(got == r.paragraphs, r.what);
  }
}

TEST_CASE("markdown: front matter keeps prose values only") {
  const std::string src =
      "---\n"
      "title: \"Market to Hit US$ 108.9 Billion By 2032\"\n"
      "excerpt: 'The market reached US$ 72.1 Billion in 2023.'\n"
      "publishedDateTime: 2024-01-31T12:06:00Z\n"
      "webUrl: \"https://example.com/2024/x\"\n"
      "quality: 13\n"
      "intro: >-\n"
      "        A growing market\n"
      "        opportunity.\n"
      "seo:\n"
      "  metaDescription: \"USD 9 billion\"\n"
      "related:\n"
      "  - title: \"Other Market US$ 2,513.4 Million By 2031\"\n"
      "    width: 1200\n"
      "---\n"
      "\nBody text.\n";
  NormalizedDocument doc = Read(src);
  REQUIRE(doc.media_type == MediaType::kMarkdown);
  CHECK(doc.title == "Market to Hit US$ 108.9 Billion By 2032");
  CHECK(doc.text ==
        "Market to Hit US$ 108.9 Billion By 2032\nThe market reached US$ 72.1 Billion in 2023.\n"
        "A growing market opportunity.\nOther Market US$ 2,513.4 Million By 2031\nBody text.");
  CHECK(SourceOf(src, doc, "US$ 72.1 Billion") == "US$ 72.1 Billion");
  CHECK(doc.blocks[0].kind == BlockKind::kHeading);
}

TEST_CASE("markdown: a front-matter post whose body is HTML is read with the HTML reader") {
  const std::string src =
      "\n---\ntitle: 'DevOps 2022'\ndate: Tue, 02 Aug 2022 00:00:00 GMT\n---\n\n"
      "<div><blockquote><p>Lead &amp; intro</p></blockquote><h2>One</h2><p>Market 67亿美元 in 2021.</p>"
      "<p><img alt=\"2020\" src=\"x.jpg\"></p><ol><li>a</li></ol></div>\n";
  NormalizedDocument doc = Read(src);
  CHECK(doc.media_type == MediaType::kMarkdown);
  CHECK(doc.title == "DevOps 2022");
  CHECK(doc.text == "DevOps 2022\nLead & intro\nOne\nMarket 67亿美元 in 2021.\na");
  CHECK(SourceOf(src, doc, "Lead & intro") == "Lead &amp; intro");
}

TEST_CASE("markdown: <br> separates blocks, and cells stay cells") {
  const std::string src = Doc("line one<br>line two\n\n| a<br>b | c |\n|---|---|\n| 1 | 2 |");
  NormalizedDocument doc = Read(src);
  CHECK(doc.text == "Report\nline one\nline two\na b\tc\n1\t2\nEnd");
}

}  // namespace
}  // namespace claimtrace
