// Charset detection and conversion to UTF-8 (BOM, declaration, UTF-8 check,
// ICU's detector, in that order), with the map back to the source bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/offset_map.h"
#include "claimtrace/status.h"

namespace claimtrace::internal {

// The source decoded to UTF-8. For valid UTF-8 input `text` points into the
// source and the map is the shift by `shift` (the BOM length); otherwise it
// points into `storage` and `map` maps it to source bytes.
struct DecodedText {
  std::string_view text;
  std::string storage;
  OffsetMap map;
  bool shifted = true;  // text byte i is source byte i + shift
  uint32_t shift = 0;
  std::string charset;  // canonical name: "UTF-8", "windows-1252", "UTF-16LE", ...
  uint64_t replaced = 0;

  ByteSpan ToSource(ByteSpan span) const {
    if (shifted) return {span.start + shift, span.end + shift};
    return map.ToSource(span);
  }
};

// Rejects binary input, picks the charset and decodes.
Status DecodeSource(std::string_view bytes, DecodedText* out);

// Decodes `bytes` known to be in `charset` (a name DecodeSource reported):
// appends UTF-8 to `out` and pieces to `map` whose source offsets start at
// `base`. Invalid sequences become U+FFFD; returns how many.
uint64_t ConvertToUtf8(std::string_view bytes, std::string_view charset, uint32_t base,
                       std::string* out, OffsetMap* map);

// The charset declared by <meta charset>, <meta http-equiv content> or an XML
// declaration in the first few KB, as written; empty when none.
std::string DeclaredCharset(std::string_view bytes);

// Canonical name for a charset label ("latin1" -> "windows-1252",
// "utf8" -> "UTF-8"); empty when ICU does not know the label.
std::string CanonicalCharset(std::string_view label);

}  // namespace claimtrace::internal
