// Fuzzes the HTML reader's cut of script and style bodies: for any UTF-8
// page, reading it with the bodies cut out must give exactly what reading it
// whole gives (status, text, blocks, title, every byte's source). The tag
// scan that picks the cuts is an estimate of Gumbo's tokenizer; this is where
// an input it misjudges would show.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "charset.h"
#include "html_text.h"
#include "invariants.h"
#include "raw_text.h"
#include "utf8.h"

namespace {

using namespace claimtrace;

struct Read {
  Status status;
  internal::RawText raw;
};

Read ReadWith(std::string_view html, internal::HtmlParse parse) {
  internal::DecodedText decoded;
  decoded.text = html;
  Read r;
  internal::RawTextBuilder builder(decoded, &r.raw);
  r.status = internal::ReadHtml(html, 0, 512, 200000, &builder, parse);
  return r;
}

// Why `cut` differs from `whole`, or "" when it does not.
std::string Difference(const Read& cut, const Read& whole) {
  if (cut.status.code() != whole.status.code()) return "statuses differ";
  if (!cut.status.ok()) return "";
  if (cut.raw.text != whole.raw.text) return "texts differ";
  if (cut.raw.title_block != whole.raw.title_block) return "titles differ";
  if (cut.raw.blocks.size() != whole.raw.blocks.size()) return "block counts differ";
  for (size_t i = 0; i < cut.raw.blocks.size(); ++i) {
    const internal::RawBlock& a = cut.raw.blocks[i];
    const internal::RawBlock& b = whole.raw.blocks[i];
    if (a.kind != b.kind || a.level != b.level || a.table != b.table || a.row != b.row || !(a.span == b.span) ||
        a.cells != b.cells) {
      return "block " + std::to_string(i) + " differs";
    }
  }
  for (uint32_t i = 0; i < cut.raw.text.size(); ++i) {
    if (!(cut.raw.to_source.ToSource({i, i + 1}) == whole.raw.to_source.ToSource({i, i + 1}))) {
      return "the source of text byte " + std::to_string(i) + " differs";
    }
  }
  return "";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  if (!internal::IsValidUtf8(html)) return 0;  // the reader is only given decoded text
  std::string why = Difference(ReadWith(html, internal::HtmlParse::kCutBodies),
                               ReadWith(html, internal::HtmlParse::kWhole));
  if (!why.empty()) fuzz::Fail("html_cut", why);
  return 0;
}
