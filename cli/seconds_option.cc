#include "seconds_option.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace claimtrace::cli {

bool ParseSeconds(const char* s, std::chrono::milliseconds* out) {
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(s, &end);
  if (errno || end == s || *end || !std::isfinite(v) || v < 0 || v > 1e7) return false;
  *out = std::chrono::milliseconds(v == 0 ? 0 : std::max<int64_t>(1, static_cast<int64_t>(std::ceil(v * 1000))));
  return true;
}

}  // namespace claimtrace::cli
