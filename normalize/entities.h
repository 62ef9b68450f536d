// HTML character references, decoded the way html.unescape() and browsers do
// in text content: the WHATWG named list (legacy names without ';' included,
// longest match wins) and numeric references with the usual repairs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimtrace::internal {

// If s[pos] == '&' starts a character reference, appends its UTF-8 to `out`
// and returns the number of source bytes it spans; otherwise returns 0.
size_t DecodeEntityAt(std::string_view s, size_t pos, std::string* out);

// Appends `s` to `out` with every character reference decoded.
void AppendUnescaped(std::string_view s, std::string* out);

}  // namespace claimtrace::internal
