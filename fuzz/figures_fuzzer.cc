// Fuzzes the figure detectors on arbitrary valid UTF-8. The first byte picks
// the page style (0x80 set: SniffStyle; else language and decimal comma from
// its bits), the rest is the text with ill-formed bytes made U+FFFD.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/figures.h"
#include "invariants.h"

namespace {

const claimtrace::FigureDetector& Detector() {
  static const claimtrace::FigureDetector detector;
  if (!detector.ok()) claimtrace::fuzz::Fail("figures", "patterns do not compile: " + detector.error());
  return detector;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimtrace;
  if (size == 0) return 0;
  static constexpr const char* kLanguages[] = {"en", "de", "fr", "ja", "zh", "ko", "pt", "es"};
  const uint8_t style_byte = data[0];
  std::string text = fuzz::ToValidUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  const FigureDetector& detector = Detector();
  PageStyle style;
  if (style_byte & 0x80) {
    style = detector.SniffStyle(text);
  } else {
    style.language = kLanguages[style_byte & 7];
    style.decimal_comma = style_byte & 8;
  }
  std::vector<Mention> mentions = detector.Detect(text, style);
  std::string why = fuzz::CheckMentions(text, mentions);
  if (!why.empty()) fuzz::Fail("figures", why + " in '" + fuzz::Escaped(text) + "'");
  return 0;
}
