#include "fold.h"

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

TEST_CASE("fold: display is NFKC with white space folded; text unifies dashes and quotes") {
  struct Row {
    const char* what;
    const char* source;  // plain text
    const char* display;
    const char* text;
  };
  const std::vector<Row> rows = {
      {"full-width digits and percent", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x94\xE5\xB9\xB4 7\xEF\xBC\x85",
       "2024\xE5\xB9\xB4 7%", "2024\xE5\xB9\xB4 7%"},
      {"NBSP and ideographic space fold", "USD\xC2\xA0" "5\xE3\x80\x80" "bn", "USD 5 bn", "USD 5 bn"},
      {"runs of white space and edges", "  a \t  b  ", "a b", "a b"},
      {"en dash and minus", "2024\xE2\x80\x93" "2033 \xE2\x88\x92" "3%", "2024\xE2\x80\x93" "2033 \xE2\x88\x92" "3%",
       "2024-2033 -3%"},
      {"curly quotes", "\xE2\x80\x9C" "a\xE2\x80\x9D \xE2\x80\x98" "b\xE2\x80\x99", "\xE2\x80\x9C" "a\xE2\x80\x9D \xE2\x80\x98" "b\xE2\x80\x99",
       "\"a\" 'b'"},
      {"zero-width space inside a number", "1\xE2\x80\x8B" "000", "1\xE2\x80\x8B" "000", "1000"},
      {"bidi controls", "\xE2\x80\xAA" "USD 5\xE2\x80\xAC", "\xE2\x80\xAA" "USD 5\xE2\x80\xAC", "USD 5"},
      {"no double space after a dropped character", "a \xE2\x80\x8B b", "a \xE2\x80\x8B b", "a b"},
      {"compatibility ligature", "\xEF\xAC\x81nance", "finance", "finance"},
      {"already normalized non-ASCII stays", "Stra\xC3\x9F" "e caf\xC3\xA9", "Stra\xC3\x9F" "e caf\xC3\xA9",
       "Stra\xC3\x9F" "e caf\xC3\xA9"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    NormalizedDocument doc = Read(r.source);
    CHECK(doc.display == r.display);
    CHECK(doc.text == r.text);
  }
}

TEST_CASE("fold: every text byte maps to the display and source bytes it came from") {
  const std::string src = "Value \xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x85 in 2023\xE2\x80\x93" "24, 1\xE2\x80\x8B" "000";
  NormalizedDocument doc = Read(src);
  REQUIRE(doc.text == "Value 20% in 2023-24, 1000");
  CHECK(SourceOf(src, doc, "20%") == "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x85");
  CHECK(SourceOf(src, doc, "0") == "\xEF\xBC\x90");  // each full-width digit is its own piece
  CHECK(SourceOf(src, doc, "2023-24") == "2023\xE2\x80\x93" "24");
  CHECK(doc.ToDisplay(FindInText(doc, "-")) == ByteSpan{17, 20});
  CHECK(SourceOf(src, doc, "1000") == "1\xE2\x80\x8B" "000");
  CHECK(doc.DisplayText(FindInText(doc, "1000")) == "1\xE2\x80\x8B" "000");
  for (const char* t : {"20%", "2023-24", "1000", "Value"}) {
    CAPTURE(t);
    CHECK(ProvenanceHolds(src, doc, FindInText(doc, t)));
  }
}

// Words with single spaces between them are copied eight bytes at a time;
// these rows put every other byte at each place of an eight-byte block.
TEST_CASE("fold: runs of words and single spaces, around eight-byte blocks") {
  struct Row {
    const char* source;  // plain text, one line
    const char* display;
  };
  const Row rows[] = {
      {"abcdefg hijklmn opqrstu", "abcdefg hijklmn opqrstu"},    // a space at the end of a block
      {"abcdefgh ijklmnop qrstuvwx", "abcdefgh ijklmnop qrstuvwx"},  // a space starting a block
      {"abcdefg  hijklmn", "abcdefg hijklmn"},                   // two spaces across a block's end
      {"abcdef  ghijklmn", "abcdef ghijklmn"},                   // two spaces inside a block
      {"abcdefg\thijklmn opq", "abcdefg hijklmn opq"},           // a tab at a block's end
      {"abc\x01" "defghijk lmn", "abc\x01" "defghijk lmn"},            // a control byte is a word byte
      {"abcdefg\x7fhij klm", "abcdefg\x7fhij klm"},
      {"abcdefg\xc3\xa9 hijklmn", "abcdefg\xc3\xa9 hijklmn"},     // non-ASCII at a block's end
      {"abcdefg \xc3\xa9hijklmn", "abcdefg \xc3\xa9hijklmn"},     // a space before non-ASCII
      {"abcdefg\xc2\xa0hijklmn", "abcdefg hijklmn"},             // NBSP is white space
      {"a b c d e f g h i j k l", "a b c d e f g h i j k l"},
      {"abc\t defghijklmn", "abc defghijklmn"},  // a run may not open with a space
      {"ab\xc2\xa0 cdefghijklmn", "ab cdefghijklmn"},
      {"abcdefg ", "abcdefg"},
      {"abcdefgh ", "abcdefgh"},
      {"abcdefg h", "abcdefg h"},
  };
  for (const Row& r : rows) {
    const std::string source = r.source;
    CAPTURE(source);
    NormalizedDocument doc = Read(source);
    CHECK(doc.display == r.display);
    // Every word maps back to its own source bytes.
    std::string_view text = doc.text;
    for (size_t start = 0; start < text.size();) {
      size_t end = std::min(text.find(' ', start), text.size());
      ByteSpan word{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      CAPTURE(text.substr(start, end - start));
      CHECK(std::string_view(r.source).substr(doc.ToSource(word).start, doc.ToSource(word).size()) ==
            doc.DisplayText(word));
      start = end + 1;
    }
  }
}

TEST_CASE("FoldForCompare: NFKC, white space, case") {
  struct Row {
    const char* in;
    const char* out;
  };
  const std::vector<Row> rows = {
      {"  USD\xC2\xA0" "181.93\n Billion ", "usd 181.93 billion"},
      {"\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x85", "20%"},
      {"STRASSE Stra\xC3\x9F" "e", "strasse strasse"},  // full case folding: ß -> ss
      {"\xE2\x80\x83\xE3\x80\x80", ""},
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},  // invalid input is replaced, never trusted
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    CHECK(FoldForCompare(r.in) == r.out);
  }
}

TEST_CASE("VisibleSourceText mirrors eval.py's visible()") {
  NormalizedDocument html = Read("<p>a</p><p>b</p><p>c</p><div>d</div>");
  REQUIRE(html.media_type == MediaType::kHtml);
  NormalizedDocument plain = Read("just text");
  REQUIRE(plain.media_type == MediaType::kPlain);
  struct Row {
    const NormalizedDocument* doc;
    const char* source;
    const char* visible;
  };
  const std::vector<Row> rows = {
      {&html, "USD&nbsp;<b>181.93</b> billion", "USD 181.93 billion"},
      {&html, "&euro;2.1&nbsp;bn &#8211; &rsquo;x&hellip;", "\xE2\x82\xAC" "2.1 bn \xE2\x80\x93 \xE2\x80\x99x\xE2\x80\xA6"},
      {&html, "&#3000000000; &#x110000; &#128;", "\xEF\xBF\xBD \xEF\xBF\xBD \xE2\x82\xAC"},
      {&html, "&copy2023 &notit; &bogus;", "\xC2\xA9" "2023 \xC2\xAC" "it; &bogus;"},
      {&html, "**bold** __x__", "bold x"},
      {&html, "a < b", "a < b"},
      {&plain, "a <b> **c**", "a <b> c"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.source);
    std::string_view s(r.source);
    CHECK(VisibleSourceText(s, *r.doc, {0, static_cast<uint32_t>(s.size())}) == r.visible);
  }
  // Out-of-range spans are clipped, never read past the source.
  CHECK(VisibleSourceText("abc", plain, {1, 99}) == "bc");
  CHECK(VisibleSourceText("abc", plain, {9, 12}).empty());
}

TEST_CASE("VisibleSourceText: text that is its own visible text and text that is not") {
  // Most quotes come back as they are (no copy through the decoder and the
  // fold); anything the full path would change must still be changed.
  NormalizedDocument plain, html, latin;
  plain.charset = html.charset = "UTF-8";
  html.media_type = MediaType::kHtml;
  latin.charset = "windows-1252";
  struct Row {
    const NormalizedDocument* doc;
    const char* source;
    const char* visible;
  };
  const std::vector<Row> rows = {
      {&plain, "The market was USD 5.2 billion in 2023.", "The market was USD 5.2 billion in 2023."},
      {&plain, "\xE5\xB8\x82\xE5\xA0\xB4\xE8\xA6\x8F\xE6\xA8\xA1 5%", "\xE5\xB8\x82\xE5\xA0\xB4\xE8\xA6\x8F\xE6\xA8\xA1 5%"},
      {&plain, "a <b> & c_d *e*", "a <b> & c_d *e*"},
      {&plain, " a", "a"},
      {&plain, "a ", "a"},
      {&plain, "a  b", "a b"},
      {&plain, "a\tb\nc", "a b c"},
      {&plain, "a\xC2\xA0" "b\xE3\x80\x80" "c", "a b c"},
      {&plain, "a**b__c", "abc"},
      {&plain, "a\xFF" "b", "a\xEF\xBF\xBD" "b"},
      {&plain, "a\xE5\xB8", "a\xEF\xBF\xBD"},
      {&html, "a <b>x</b>", "a x"},
      {&html, "a &amp; b", "a & b"},
      {&latin, "caf\xE9", "caf\xC3\xA9"},
      {&plain, "", ""},
      {&plain, " ", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.source);
    std::string_view s(r.source);
    CHECK(VisibleSourceText(s, *r.doc, {0, static_cast<uint32_t>(s.size())}) == r.visible);
    // What DropUnprovable relies on to keep a mention without the full check.
    CHECK(IsOwnVisibleText(s, *r.doc) == (s == r.visible));
  }
}

}  // namespace
}  // namespace claimtrace
