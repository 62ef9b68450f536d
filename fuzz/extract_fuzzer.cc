// Fuzzes the whole per-document pipeline (Extractor::Extract) and its JSON
// Lines (AppendJsonLines), checking provenance and that the output parses.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "claimtrace/extractor.h"
#include "invariants.h"

namespace {

const claimtrace::Extractor& TheExtractor() {
  static const std::unique_ptr<claimtrace::Extractor> extractor = [] {
    std::unique_ptr<claimtrace::Extractor> e;
    claimtrace::Status s = claimtrace::Extractor::Create({}, &e);
    if (!s.ok()) claimtrace::fuzz::Fail("extract", "cannot create the extractor: " + s.message());
    return e;
  }();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimtrace;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DocumentResult result = TheExtractor().Extract(bytes);
  std::string lines;
  AppendJsonLines(result, "fuzz/input.html", bytes, JsonOptions{}, &lines);
  std::string why = fuzz::CheckDocument(bytes, result, lines);
  if (!why.empty()) fuzz::Fail("extract", why);
  return 0;
}
