#include "charset.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claimtrace/normalize.h"
#include "test_util.h"

namespace claimtrace {
namespace {

using testing::FindInText;
using testing::Read;
using testing::SourceOf;

std::string Utf16(std::string_view ascii, bool little_endian, bool bom) {
  std::string out;
  if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (little_endian) {
      out.push_back(c);
      out.push_back('\0');
    } else {
      out.push_back('\0');
      out.push_back(c);
    }
  }
  return out;
}

TEST_CASE("charset: BOMs, declarations, validity check, detection") {
  struct Row {
    const char* what;
    std::string bytes;
    const char* charset;
  };
  const std::vector<Row> rows = {
      {"UTF-8 BOM", "\xEF\xBB\xBFUSD 5 billion", "UTF-8"},
      {"UTF-16LE BOM", Utf16("USD 5 billion", true, true), "UTF-16LE"},
      {"UTF-16BE BOM", Utf16("USD 5 billion", false, true), "UTF-16BE"},
      {"UTF-16LE without BOM (zero bytes at odd offsets)", Utf16("USD 5 billion in 2023", true, false), "UTF-16LE"},
      {"UTF-16BE without BOM", Utf16("USD 5 billion in 2023", false, false), "UTF-16BE"},
      {"UTF-32LE BOM", std::string("\xFF\xFE\0\0" "A\0\0\0", 8), "UTF-32LE"},
      {"meta charset", "<html><head><meta charset=\"windows-1252\"></head><body><p>\x80 5</p></body></html>",
       "windows-1252"},
      {"meta http-equiv, latin1 label means windows-1252",
       "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
       "<body><p>\xA3 5</p></body></html>",
       "windows-1252"},
      {"XML declaration", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n\x82\x51\x82\x4F", "Shift_JIS"},
      {"valid UTF-8 wins over a stale single-byte declaration",
       "<meta charset=\"iso-8859-1\"><p>\xE2\x82\xAC 5</p><p>a</p><p>b</p>", "UTF-8"},
      {"unknown declared charset falls back to detection", "<meta charset=\"x-no-such\"><p>USD 5</p>", "UTF-8"},
      {"pure ASCII is UTF-8", "USD 5 billion", "UTF-8"},
      {"invalid UTF-8 without declaration goes to the detector",
       "Der Umsatz stieg auf 5 Mio. \x80 und der Gewinn auf 3 Mio. \xA3 im Jahr 2023, "
       "w\xE4hrend die Kosten f\xFCr Material sanken.",
       "windows-1252"},
      // Regression (hostile suite, utf8_truncated_at_eof.txt): a crawler's
      // size cap cut the last character; the text was read as windows-1252.
      {"UTF-8 whose last sequence is truncated is UTF-8",
       "Prices in \xE2\x82\xAC, \xC2\xA5 and \xC2\xA3.\n\xF0\x9F\x98", "UTF-8"},
      {"one stray byte among many UTF-8 sequences is UTF-8",
       "\xE2\x82\xAC" "1, \xE2\x82\xAC" "2, \xE2\x82\xAC" "3, \xE2\x82\xAC" "4, \xE2\x82\xAC" "5, "
       "\xE2\x82\xAC" "6, \xE2\x82\xAC" "7, \xE2\x82\xAC" "8 \x80 end",
       "UTF-8"},
      // One accidental UTF-8 pair (C3 A9) does not outweigh three invalid bytes.
      {"legacy text with an accidental UTF-8 pair goes to the detector",
       "Der Caf\xC3\xA9-Umsatz stieg auf 5 Mio. \x80 und der Gewinn auf 3 Mio. \xA3 im Jahr 2023, "
       "w\xE4hrend die Kosten sanken.",
       "windows-1252"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Status s;
    NormalizedDocument doc = Read(r.bytes, &s);
    REQUIRE(s.ok());
    CHECK(doc.charset == r.charset);
  }
}

TEST_CASE("charset: a truncated last sequence of UTF-8 text is one replacement") {
  const std::string src = "Prices in \xE2\x82\xAC, \xC2\xA5 and \xC2\xA3.\n\xF0\x9F\x98";
  NormalizedDocument doc = Read(src);
  CHECK(doc.charset == "UTF-8");
  CHECK(doc.replaced_sequences == 1);
  CHECK(doc.text == "Prices in \xE2\x82\xAC, \xC2\xA5 and \xC2\xA3.\n\xEF\xBF\xBD");
  CHECK(doc.ToSource(FindInText(doc, "\xEF\xBF\xBD")) == ByteSpan{26, 29});
}

TEST_CASE("charset: converted text maps every character to its source bytes") {
  // windows-1252: € is byte 0x80 and £ is 0xA3, one byte each.
  std::string w1252 = "<p>Revenue \x80" "2.1 bn and \xA3" "3 m</p><p>x</p><p>y</p><p>z</p>";
  w1252 = "<meta charset=windows-1252>" + w1252;
  NormalizedDocument doc = Read(w1252);
  REQUIRE(doc.charset == "windows-1252");
  CHECK(doc.text.find("Revenue \xE2\x82\xAC" "2.1 bn and \xC2\xA3" "3 m") != std::string::npos);
  ByteSpan euro = doc.ToSource(FindInText(doc, "\xE2\x82\xAC"));
  CHECK(euro == ByteSpan{38, 39});
  CHECK(w1252[38] == '\x80');
  CHECK(SourceOf(w1252, doc, "\xE2\x82\xAC" "2.1 bn") == "\x80" "2.1 bn");
  CHECK(SourceOf(w1252, doc, "\xC2\xA3" "3") == "\xA3" "3");

  // UTF-16LE with BOM: each ASCII character is two bytes after the BOM.
  std::string u16 = Utf16("Market USD 181.93 billion", true, true);
  doc = Read(u16);
  REQUIRE(doc.charset == "UTF-16LE");
  CHECK(doc.text == "Market USD 181.93 billion");
  CHECK(doc.ToSource(FindInText(doc, "181.93")) == ByteSpan{2 + 2 * 11, 2 + 2 * 17});

  // UTF-16BE without BOM.
  doc = Read(Utf16("Market USD 181.93 billion", false, false));
  REQUIRE(doc.charset == "UTF-16BE");
  CHECK(doc.ToSource(FindInText(doc, "USD")) == ByteSpan{14, 20});

  // Shift_JIS full-width digits: NFKC makes them ASCII; the span covers the
  // two-byte characters.
  std::string sjis = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n\x82\x51\x82\x4f\x82\x51\x82\x53\x94\x4e";
  doc = Read(sjis);
  REQUIRE(doc.charset == "Shift_JIS");
  CHECK(doc.text.find("2024\xE5\xB9\xB4") != std::string::npos);
  CHECK(SourceOf(sjis, doc, "2024") == "\x82\x51\x82\x4f\x82\x51\x82\x53");
}

TEST_CASE("charset: invalid UTF-8 of each class becomes U+FFFD, counted exactly") {
  struct Row {
    const char* what;
    std::string bytes;
    uint64_t replaced;
    ByteSpan first_bad;  // source span of the first U+FFFD
  };
  const std::vector<Row> rows = {
      // Overlong "/" (C0 AF): C0 can never start a sequence; AF is then a lone continuation.
      {"overlong 2-byte", "a \xC0\xAF b", 2, {2, 3}},
      // Overlong 3-byte: E0 must be followed by A0..BF, so E0, 80 and AF are each replaced.
      {"overlong 3-byte", "a \xE0\x80\xAF b", 3, {2, 3}},
      {"lone continuation", "a \x80 b", 1, {2, 3}},
      // A truncated sequence is one maximal subpart: E2 82 at the end is one U+FFFD.
      {"truncated at EOF", "a b \xE2\x82", 1, {4, 6}},
      {"truncated before ASCII", "a \xF0\x9F\x92 b", 1, {2, 5}},
      // UTF-8-encoded surrogate D800: ED must be followed by 80..9F.
      {"surrogate", "a \xED\xA0\x80 b", 3, {2, 3}},
      {"bytes F5..FF", "a \xF8\xFF b", 2, {2, 3}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    // A UTF-8 declaration keeps the detector from guessing a legacy charset.
    std::string src = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + r.bytes;
    uint32_t base = static_cast<uint32_t>(src.size() - r.bytes.size());
    Status s;
    NormalizedDocument doc = Read(src, &s);
    REQUIRE(s.ok());
    CHECK(doc.charset == "UTF-8");
    CHECK(doc.replaced_sequences == r.replaced);
    ByteSpan bad = doc.ToSource(FindInText(doc, "\xEF\xBF\xBD"));
    CHECK(bad == ByteSpan{base + r.first_bad.start, base + r.first_bad.end});
  }
}

TEST_CASE("charset: binary input and size limit are errors") {
  struct Row {
    const char* what;
    std::string bytes;
    ErrorCode code;
  };
  const std::vector<Row> rows = {
      {"NUL byte", std::string("USD 5\0 billion", 14), ErrorCode::kBinary},
      {"control codes", std::string(100, '\x01') + "text", ErrorCode::kBinary},
      {"a few controls are text", "a\x01 b\x02 c " + std::string(200, 'x'), ErrorCode::kOk},
      // UTF-16 has NUL bytes but is text.
      {"UTF-16 is not binary", Utf16("USD 5 billion", true, false), ErrorCode::kOk},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Status s;
    Read(r.bytes, &s);
    CHECK(s.code() == r.code);
  }
  NormalizeOptions small;
  small.max_bytes = 10;
  NormalizedDocument doc;
  CHECK(Normalize("0123456789", small, &doc).ok());
  CHECK(Normalize("0123456789A", small, &doc).code() == ErrorCode::kTooLarge);
}

TEST_CASE("charset: labels and declarations") {
  CHECK(internal::CanonicalCharset("utf8") == "UTF-8");
  CHECK(internal::CanonicalCharset("Latin1") == "windows-1252");
  CHECK(internal::CanonicalCharset("gb2312") == "GB18030");
  CHECK(internal::CanonicalCharset("shift_jis") == "Shift_JIS");
  CHECK(internal::CanonicalCharset("big5") == "Big5");
  CHECK(internal::CanonicalCharset("euc-kr") == "EUC-KR");
  CHECK(internal::CanonicalCharset("x-no-such").empty());
  CHECK(internal::DeclaredCharset("<META CHARSET='UTF-8'>") == "UTF-8");
  CHECK(internal::DeclaredCharset("<meta content=\"text/html; charset=big5\" http-equiv=\"content-type\">") ==
        "big5");
  CHECK(internal::DeclaredCharset("<p>no declaration</p>").empty());
}

}  // namespace
}  // namespace claimtrace
