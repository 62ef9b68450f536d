// Fuzzes the document reader: sniffing, charset detection and conversion,
// Gumbo, Markdown, NFKC and folding, blocks and the offset maps.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimtrace/normalize.h"
#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimtrace;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  NormalizedDocument doc;
  Status status = Normalize(bytes, {}, &doc);
  std::string why = fuzz::CheckNormalized(bytes, status, doc);
  if (!why.empty()) fuzz::Fail("normalize", why);
  // Same bytes, same document: catches state leaking between calls and reads
  // of uninitialised memory that happen to differ. Small inputs only, to keep
  // the executions per second up.
  if (size <= 4096) {
    NormalizedDocument again;
    Status again_status = Normalize(bytes, {}, &again);
    if (again_status.code() != status.code() || again.text != doc.text || again.display != doc.display ||
        again.charset != doc.charset || again.blocks.size() != doc.blocks.size()) {
      fuzz::Fail("normalize", "two runs over the same bytes differ");
    }
  }
  return 0;
}
