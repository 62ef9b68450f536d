// Property: for generated HTML, Markdown, windows-1252 and UTF-16 documents,
// every word-like token of `text` (and every run of three tokens) maps to
// source bytes whose visible text folds to the token's display text.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "claimtrace/normalize.h"
#include "test_util.h"
#include "utf8.h"

namespace claimtrace {
namespace {

using testing::ProvenanceHolds;
using testing::StraddlesMarkdown;

enum class Kind { kHtml, kMarkdown, kHtml1252, kPlain1252, kUtf16Le, kUtf16Be };

// Figures in the forms pages write them; `latin1` ones survive windows-1252.
struct Phrase {
  const char* html;
  const char* markdown;
  bool latin1;
};
const std::vector<Phrase>& Phrases() {
  static const std::vector<Phrase> kPhrases = {
      {"USD&nbsp;181.93 billion", "**USD 181.93 billion**", true},
      {"&euro;2.1&nbsp;bn", "€2.1 bn", true},
      {"€2.1\xC2\xA0" "bn", "€2.1\xC2\xA0" "bn", true},
      {"20,42&nbsp;%", "20,42 %", true},
      {"20,42 %", "__20,42 %__", true},
      {"２０２４年", "２０２４年", false},
      {"７％", "７％", false},
      {"CAGR of 13.92% from 2024 to 2030", "CAGR of *13.92%* from 2024 to 2030", true},
      {"&#8364;5 and &#x20AC;6", "&#8364;5 and &#x20AC;6", true},
      {"AT&amp;T", "AT&amp;T", true},
      {"2024&ndash;2033", "2024–2033", false},
      {"&ldquo;quoted&rdquo; &lsquo;x&rsquo;", "“quoted” ‘x’", false},
      {"1&#8203;000 units", "1\xE2\x80\x8B" "000 units", false},
      {"Stra&szlig;e caf&eacute;", "Straße café", true},
      {"£254 billion", "£254 billion", true},
      {"<b>USD 5</b> bn", "**USD 5** bn", true},
      {"<a href=\"https://x.com/2023?a=1&amp;b=2\">link text</a>", "[link text](https://x.com/2023)", true},
      {"<span class=\"n\">US$ 3.5 Bn</span>", "`US$` 3.5 Bn", true},
      {"円 1兆530億", "円 1兆530億", false},
      {"ﬁnance ＵＳＤ", "ﬁnance ＵＳＤ", false},
      {"a&lt;b &gt; c", "a &lt; b", true},
  };
  return kPhrases;
}

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}

  std::string Document(Kind kind) {
    bool latin1 = kind == Kind::kHtml1252 || kind == Kind::kPlain1252;
    bool html = kind == Kind::kHtml || kind == Kind::kHtml1252 || ((kind == Kind::kUtf16Le || kind == Kind::kUtf16Be) && Coin());
    std::string doc;
    if (html) {
      doc = latin1 ? "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>T " + Sentence(true, latin1) +
                         "</title></head><body>"
                   : "<!DOCTYPE html><html><head><title>" + Sentence(true, latin1) + "</title></head><body>";
      int blocks = 3 + Pick(8);
      for (int i = 0; i < blocks; ++i) doc += HtmlBlock(latin1);
      doc += "</body></html>";
    } else if (kind == Kind::kMarkdown) {
      doc = "---\ntitle: \"" + Plainish(Sentence(false, latin1)) + "\"\ndate: 2024-01-01\n---\n\n# Report\n\n";
      int blocks = 3 + Pick(8);
      for (int i = 0; i < blocks; ++i) doc += MarkdownBlock();
    } else {
      int lines = 3 + Pick(10);
      for (int i = 0; i < lines; ++i) doc += (Coin() ? "• " : "") + PlainSentence(latin1) + "\n";
    }
    if (latin1) return ToWindows1252(doc);
    if (kind == Kind::kUtf16Le) return ToUtf16(doc, true);
    if (kind == Kind::kUtf16Be) return ToUtf16(doc, false);
    return doc;
  }

 private:
  int Pick(int n) { return static_cast<int>(rng_() % static_cast<uint32_t>(n)); }
  bool Coin() { return rng_() & 1; }

  const Phrase& AnyPhrase(bool latin1) {
    const auto& all = Phrases();
    while (true) {
      const Phrase& p = all[Pick(static_cast<int>(all.size()))];
      if (!latin1 || p.latin1) return p;
    }
  }

  std::string Sentence(bool html, bool latin1) {
    static const char* const kWords[] = {"The", "market", "was", "valued", "at", "in", "2023", "and", "is",
                                         "projected", "to", "reach", "by", "2033,", "growing", "share"};
    std::string s;
    int n = 3 + Pick(8);
    for (int i = 0; i < n; ++i) {
      if (!s.empty()) s += ' ';
      if (Pick(3) == 0) {
        const Phrase& p = AnyPhrase(latin1);
        s += html ? p.html : p.markdown;
      } else {
        s += kWords[Pick(16)];
      }
    }
    return s;
  }

  // Markdown/front-matter text without HTML-only phrases.
  static std::string Plainish(std::string s) {
    for (char& c : s) {
      if (c == '"') c = '\'';
    }
    return s;
  }

  std::string PlainSentence(bool latin1) {
    std::string s = Sentence(false, latin1);
    std::string out;
    for (char c : s) {
      if (c != '*' && c != '_' && c != '`' && c != '[' && c != ']' && c != '&') out.push_back(c);
    }
    return out;
  }

  std::string HtmlBlock(bool latin1) {
    switch (Pick(8)) {
      case 0: return "<h2>" + Sentence(true, latin1) + "</h2>";
      case 1: return "<ul><li>" + Sentence(true, latin1) + "</li><li>" + Sentence(true, latin1) + "</li></ul>";
      case 2:
        return "<table><tr><th>Year</th><th>Value</th></tr><tr><td>" + Sentence(true, latin1) + "</td><td>" +
               Sentence(true, latin1) + "</td></tr></table>";
      case 3: return "<p>" + Sentence(true, latin1) + "<br>" + Sentence(true, latin1) + "</p>";
      case 4: return "<script>var x = \"USD 9 billion\";</script><p>" + Sentence(true, latin1) + "</p>";
      case 5: return "<div>" + Sentence(true, latin1) + " <!-- 2023 --> " + Sentence(true, latin1) + "</div>";
      case 6: return "\n<p>\n  " + Sentence(true, latin1) + "\r\n  " + Sentence(true, latin1) + "\n</p>\n";
      default: return "<p>" + Sentence(true, latin1) + "</p>";
    }
  }

  std::string MarkdownBlock() {
    switch (Pick(6)) {
      case 0: return "## " + Sentence(false, false) + "\n\n";
      case 1: return "- " + Sentence(false, false) + "\n- " + Sentence(false, false) + "\n\n";
      case 2:
        return "| Year | Value |\n|---|---:|\n| " + Sentence(false, false) + " | " + Sentence(false, false) + " |\n\n";
      case 3: return "> " + Sentence(false, false) + "\n\n";
      case 4: return Sentence(false, false) + "\n" + Sentence(false, false) + "\n\n";
      default: return Sentence(false, false) + "\n\n";
    }
  }

  static std::string ToWindows1252(std::string_view utf8) {
    std::string out;
    for (size_t i = 0; i < utf8.size();) {
      size_t len;
      uint32_t cp = internal::DecodeAt(utf8, i, &len);
      i += len;
      if (cp == 0x20AC) {
        out.push_back('\x80');
      } else if (cp < 0x100) {
        out.push_back(static_cast<char>(cp));
      } else {
        out.push_back('?');
      }
    }
    return out;
  }

  static std::string ToUtf16(std::string_view utf8, bool le) {
    std::string out = le ? "\xFF\xFE" : "\xFE\xFF";
    auto unit = [&](uint32_t u) {
      char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
      out.push_back(le ? lo : hi);
      out.push_back(le ? hi : lo);
    };
    for (size_t i = 0; i < utf8.size();) {
      size_t len;
      uint32_t cp = internal::DecodeAt(utf8, i, &len);
      i += len;
      if (cp >= 0x10000) {
        unit(0xD800 + ((cp - 0x10000) >> 10));
        unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        unit(cp);
      }
    }
    return out;
  }

  std::mt19937 rng_;
};

// Token spans of one segment (a cell or a block without cells) of doc.text.
std::vector<ByteSpan> Tokens(const std::string& text, ByteSpan seg) {
  std::vector<ByteSpan> out;
  uint32_t i = seg.start;
  while (i < seg.end) {
    while (i < seg.end && text[i] == ' ') ++i;
    uint32_t j = i;
    while (j < seg.end && text[j] != ' ') ++j;
    if (j > i) out.push_back({i, j});
    i = j;
  }
  return out;
}

TEST_CASE("property: token spans fold to their source bytes' visible text") {
  const Kind kinds[] = {Kind::kHtml, Kind::kMarkdown, Kind::kHtml1252, Kind::kPlain1252, Kind::kUtf16Le, Kind::kUtf16Be};
  const char* names[] = {"html", "markdown", "html-1252", "plain-1252", "utf16le", "utf16be"};
  Generator gen(20240601);
  int checked = 0;
  for (int round = 0; round < 60; ++round) {
    for (int k = 0; k < 6; ++k) {
      std::string src = gen.Document(kinds[k]);
      NormalizedDocument doc;
      Status s = Normalize(src, {}, &doc);
      std::string kind = names[k];
      CAPTURE(kind);
      CAPTURE(round);
      REQUIRE(s.ok());
      uint32_t last_end = 0;
      for (const Block& b : doc.blocks) {
        CHECK(b.span.start >= last_end);
        CHECK(b.span.end <= doc.text.size());
        last_end = b.span.end;
        std::vector<ByteSpan> segs = b.cells.empty() ? std::vector<ByteSpan>{b.span} : b.cells;
        for (const ByteSpan& seg : segs) {
          std::vector<ByteSpan> toks = Tokens(doc.text, seg);
          for (size_t t = 0; t < toks.size(); ++t) {
            std::vector<ByteSpan> spans = {toks[t]};
            if (t + 2 < toks.size()) spans.push_back({toks[t].start, toks[t + 2].end});
            for (const ByteSpan& span : spans) {
              ByteSpan src_span = doc.ToSource(span);
              CHECK(src_span.end <= src.size());
              CHECK(src_span.start <= src_span.end);
              std::string_view slice = std::string_view(src).substr(src_span.start, src_span.size());
              if (span.end != toks[t].end && doc.media_type == MediaType::kMarkdown && StraddlesMarkdown(slice)) {
                continue;
              }
              if (!ProvenanceHolds(src, doc, span)) {
                FAIL_CHECK("span '" << doc.DisplayText(span) << "' from source '"
                                    << src.substr(src_span.start, src_span.size()) << "'");
              }
              ++checked;
            }
          }
        }
      }
      if (kinds[k] == Kind::kHtml1252) CHECK(doc.charset == "windows-1252");
      if (kinds[k] == Kind::kUtf16Le) CHECK(doc.charset == "UTF-16LE");
      if (kinds[k] == Kind::kUtf16Be) CHECK(doc.charset == "UTF-16BE");
    }
  }
  MESSAGE("checked " << checked << " token spans");
  CHECK(checked > 10000);
}

}  // namespace
}  // namespace claimtrace
