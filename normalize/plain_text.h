// Plain-text reader: one block per line, except that a lower-case line that
// continues a hard-wrapped sentence joins it; bullet lines are list items; runs of
// lines whose cells are separated by tabs or 2+ spaces are table rows.
#pragma once

#include <cstddef>
#include <string_view>

#include "raw_text.h"

namespace claimtrace::internal {

// Reads decoded text [offset, offset + text.size()).
void ReadPlainText(std::string_view text, size_t offset, RawTextBuilder* builder);

// Length of a bullet ("•", "·", "▪", "◦", "‣", "●", "-", "*", "+") plus the
// white space after it at the start of `line`, or 0.
size_t BulletLength(std::string_view line);

}  // namespace claimtrace::internal
