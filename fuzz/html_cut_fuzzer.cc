// Fuzzes the HTML reader's cut of script and style bodies: for any UTF-8
// page, reading it with the bodies cut out must give exactly what reading it
// whole gives (status, text, blocks, title, every byte's source). The tag
// scan that picks the cuts is an estimate of Gumbo's tokenizer; this is where
// an input it misjudges would show.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "invariants.h"
#include "test_util.h"  // normalize/: ReadHtmlWith, RawTextDifference
#include "utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimtrace;
  std::string_view html(reinterpret_cast<const char*>(data), size);
  if (!internal::IsValidUtf8(html)) return 0;  // the reader is only given decoded text
  testing::HtmlRead cut = testing::ReadHtmlWith(html, internal::HtmlParse::kCutBodies);
  testing::HtmlRead whole = testing::ReadHtmlWith(html, internal::HtmlParse::kWhole);
  if (cut.status.code() != whole.status.code()) fuzz::Fail("html_cut", "statuses differ");
  if (!cut.status.ok()) return 0;
  std::string why = testing::RawTextDifference(cut.raw, whole.raw);
  if (!why.empty()) fuzz::Fail("html_cut", why);
  return 0;
}
