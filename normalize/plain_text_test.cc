#include "plain_text.h"

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

// The text of each block, in order.
std::vector<std::string> BlockTexts(const NormalizedDocument& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(doc.text.substr(b.span.start, b.span.size()));
  return out;
}

TEST_CASE("plain text: hard-wrapped sentences join, other lines stay apart") {
  struct Row {
    const char* what;
    const char* src;
    std::vector<std::string> blocks;
  };
  const std::vector<Row> rows = {
      // Regression (corpus/samples/industrial-robotics.txt): "USD 89.6" ended a
      // line and "billion" began the next, so the amount read as 89.6 USD.
      {"a wrapped amount joins its scale word",
       "expected to grow at a CAGR of 10.7% from 2024 to 2030, reaching USD 89.6\nbillion by 2030.\n",
       {"expected to grow at a CAGR of 10.7% from 2024 to 2030, reaching USD 89.6 billion by 2030."}},
      // Regression: a line opening with a digit after "in" began a block of its own, splitting the
      // sentence and its year from its amount.
      {"three wrapped lines make one block",
       "The global market size was estimated at around USD 43.8 billion in\n2023 and is expected to grow "
       "at a compound annual rate\nof 10.7% from 2024 to 2030.\n",
       {"The global market size was estimated at around USD 43.8 billion in 2023 and is expected to grow at a "
        "compound annual rate of 10.7% from 2024 to 2030."}},
      {"a line that cannot end (a comma, 'followed by', 'USD') joins the next, whatever it opens with",
       "Asia Pacific accounted for 61.2% of global revenue in 2023, followed by\nEurope (19.8%) and North "
       "America (14.5%), while the market value stood at USD\n43.8 billion in 2023, with China leading the region,\n"
       "Japan second.\n",
       {"Asia Pacific accounted for 61.2% of global revenue in 2023, followed by Europe (19.8%) and North America "
        "(14.5%), while the market value stood at USD 43.8 billion in 2023, with China leading the region, Japan "
        "second."}},
      {"a line after a full stop starts a new block",
       "Articulated robots accounted for more than 62% of revenue.\nshares fell later in the year.\n",
       {"Articulated robots accounted for more than 62% of revenue.", "shares fell later in the year."}},
      {"a capitalised line after a noun starts a new block",
       "The report covers the market for industrial robots in Asia\nChina installed 276,000 units.\n",
       {"The report covers the market for industrial robots in Asia", "China installed 276,000 units."}},
      {"a short line ending on a link word is not wrapped", "Market size by region and\n2023 figures\n",
       {"Market size by region and", "2023 figures"}},
      {"a short line (a heading, a label) is not wrapped", "Report Coverage Details\nmarket size value\n",
       {"Report Coverage Details", "market size value"}},
      {"an all-capitals heading is not wrapped",
       "INDUSTRIAL ROBOTICS MARKET: GLOBAL INDUSTRY ANALYSIS 2019-2023\nand more\n",
       {"INDUSTRIAL ROBOTICS MARKET: GLOBAL INDUSTRY ANALYSIS 2019-2023", "and more"}},
      {"a bullet never joins the line before it",
       "The main segments covered in this edition of the report are\n- articulated robots\n",
       {"The main segments covered in this edition of the report are", "articulated robots"}},
      {"a wrapped bullet item continues",
       "- Articulated robots accounted for more than 62% of revenue in\nthe year 2023\n- SCARA robots\n",
       {"Articulated robots accounted for more than 62% of revenue in the year 2023", "SCARA robots"}},
      {"a blank line ends the paragraph",
       "The global market size was estimated at around USD 43.8 billion\n\nbillion is a scale word\n",
       {"The global market size was estimated at around USD 43.8 billion", "billion is a scale word"}},
      {"a \"Key: value\" line ending in a colon does not join",
       "The following figures are taken from the company's annual report:\nrevenue 5 bn\n",
       {"The following figures are taken from the company's annual report:", "revenue 5 bn"}},
      {"table rows never join",
       "Market size value in 2023        USD 43.8 billion\nrevenue forecast in 2030         USD 89.6 billion\n",
       {"Market size value in 2023\tUSD 43.8 billion", "revenue forecast in 2030\tUSD 89.6 billion"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    NormalizedDocument doc = Read(r.src);
    REQUIRE(doc.media_type == MediaType::kPlain);
    CHECK(BlockTexts(doc) == r.blocks);
  }
}

TEST_CASE("plain text: a figure across a line break maps to the bytes with the break") {
  const std::string src = "It is expected to reach a value of around USD 89.6\r\nbillion by 2030.\n";
  NormalizedDocument doc = Read(src);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(SourceOf(src, doc, "USD 89.6 billion") == "USD 89.6\r\nbillion");
  CHECK(ProvenanceHolds(src, doc, FindInText(doc, "USD 89.6 billion")));
  CHECK(doc.ToSource(FindInText(doc, "6 b")) == ByteSpan{49, 53});
}

}  // namespace
}  // namespace claimtrace
