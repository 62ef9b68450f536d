#include "charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

#include "utf8.h"

namespace claimtrace::internal {
namespace {

constexpr size_t kDeclarationWindow = 4096;
constexpr size_t kSniffWindow = 64 * 1024;


bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view prefix) {
  if (pos > s.size() || s.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  // A needle that starts with a non-letter ("<meta") can jump with find().
  bool jump = !needle.empty() && AsciiLower(needle[0]) == needle[0] && (needle[0] < 'a' || needle[0] > 'z');
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (jump && (i = s.find(needle[0], i)) == std::string_view::npos) break;
    if (StartsWithNoCase(s, i, needle)) return i;
  }
  return std::string_view::npos;
}

// Value after "charset" or "encoding" at `pos`: skips '=' and quotes.
std::string ValueAfter(std::string_view tag, size_t pos) {
  while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '\t')) ++pos;
  if (pos >= tag.size() || tag[pos] != '=') return {};
  ++pos;
  while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '\t' || tag[pos] == '"' || tag[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < tag.size() && tag[end] != '"' && tag[end] != '\'' && tag[end] != ';' &&
         tag[end] != ' ' && tag[end] != '>' && tag[end] != '/' && end - pos < 40) {
    ++end;
  }
  return std::string(tag.substr(pos, end - pos));
}

enum class Bom { kNone, kUtf8, kUtf16Le, kUtf16Be, kUtf32Le, kUtf32Be };

Bom DetectBom(std::string_view b, uint32_t* len) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) { *len = 4; return Bom::kUtf32Le; }
  if (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) { *len = 4; return Bom::kUtf32Be; }
  if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) { *len = 3; return Bom::kUtf8; }
  if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) { *len = 2; return Bom::kUtf16Le; }
  if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) { *len = 2; return Bom::kUtf16Be; }
  *len = 0;
  return Bom::kNone;
}

// UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte.
const char* SniffUtf16(std::string_view b) {
  size_t n = std::min(b.size(), kDeclarationWindow) & ~size_t{1};
  if (n < 4) return nullptr;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    zero_even += b[i] == 0;
    zero_odd += b[i + 1] == 0;
  }
  size_t pairs = n / 2;
  if (zero_odd * 10 >= pairs * 3 && zero_even * 20 <= pairs) return "UTF-16LE";
  if (zero_even * 10 >= pairs * 3 && zero_odd * 20 <= pairs) return "UTF-16BE";
  return nullptr;
}

Status CheckNotBinary(std::string_view b) {
  if (const void* nul = std::memchr(b.data(), 0, b.size())) {
    size_t at = static_cast<const char*>(nul) - b.data();
    return Status(ErrorCode::kBinary, "NUL byte at offset " + std::to_string(at));
  }
  size_t n = std::min(b.size(), kSniffWindow);
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    // Eight bytes at a time while none is below 0x20 (the common case).
    while (n - i >= 8) {
      uint64_t w;
      std::memcpy(&w, b.data() + i, 8);
      if ((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i == n) break;
    unsigned char c = static_cast<unsigned char>(b[i]);
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 escapes) occur in text.
    controls += c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B;
  }
  if (controls >= 8 && controls * 50 > n) {
    return Status(ErrorCode::kBinary, std::to_string(controls) + " control bytes in the first " +
                                          std::to_string(n) + " bytes");
  }
  return Status::Ok();
}

bool IsUtf8Name(std::string_view name) { return name == "UTF-8"; }

// A document that is valid UTF-8 and uses multi-byte sequences is UTF-8
// whatever it declares: legacy text is almost never valid UTF-8 by accident,
// while pages that keep a stale "iso-8859-1" declaration are common.
bool HasMultibyte(std::string_view b) {
  for (char c : b) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// Text that is UTF-8 apart from a few damaged sequences: a crawler's size
// cap cuts the last character in half, a stray byte slips into an otherwise
// UTF-8 page. Legacy single-byte text almost never forms valid multi-byte
// sequences, so many of them outweigh a few invalid ones. `valid_prefix` is
// where the first invalid sequence starts.
bool MostlyUtf8(std::string_view b, size_t valid_prefix) {
  constexpr uint64_t kValidPerInvalid = 8;
  uint64_t multibyte = 0, invalid = 0;
  bool truncated_at_end = false;
  for (size_t pos = 0; pos < b.size();) {
    size_t valid = pos == 0 ? valid_prefix : ValidUtf8Prefix(b.substr(pos));
    for (size_t i = pos; i < pos + valid; ++i) {
      multibyte += (static_cast<unsigned char>(b[i]) & 0xC0) == 0xC0;
    }
    pos += valid;
    if (pos == b.size()) break;
    size_t bad = InvalidSequenceLength(b.substr(pos));
    ++invalid;
    // A lead byte whose sequence the end of the file cut short.
    truncated_at_end = pos + bad == b.size() && static_cast<unsigned char>(b[pos]) >= 0xC2 &&
                       static_cast<unsigned char>(b[pos]) < 0xF5;
    pos += bad;
  }
  if (multibyte == 0) return false;
  if (invalid == 1 && truncated_at_end) return true;
  return multibyte >= kValidPerInvalid * invalid;
}

std::string DetectWithIcu(std::string_view b) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&err), ucsdet_close);
  if (U_FAILURE(err)) return "windows-1252";
  ucsdet_enableInputFilter(det.get(), true);
  ucsdet_setText(det.get(), b.data(), static_cast<int32_t>(std::min(b.size(), kSniffWindow)), &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "windows-1252";
  const char* name = ucsdet_getName(match, &err);
  if (U_FAILURE(err) || name == nullptr) return "windows-1252";
  std::string canonical = CanonicalCharset(name);
  // UTF-8 was ruled out before the detector ran.
  if (canonical.empty() || IsUtf8Name(canonical)) return "windows-1252";
  return canonical;
}

struct CountingContext {
  uint64_t count = 0;
};

void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                        UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  auto* ctx = static_cast<CountingContext*>(const_cast<void*>(context));
  ++ctx->count;
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

// Builds UTF-8 and pieces from ICU's UTF-16 output and per-unit source offsets.
class PieceWriter {
 public:
  PieceWriter(std::string_view src, uint32_t base, std::string* out, OffsetMap* map)
      : src_(src), base_(base), out_(out), map_(map) {}

  void Add(uint32_t cp, uint32_t src_start) {
    if (pending_ && src_start > pending_src_) Flush(src_start);
    if (!pending_) {
      pending_ = true;
      pending_src_ = src_start;
      pending_out_ = out_->size();
    }
    AppendUtf8(cp, out_);
  }
  void Finish() {
    if (pending_) Flush(static_cast<uint32_t>(src_.size()));
  }

 private:
  void Flush(uint32_t src_end) {
    uint32_t out_len = static_cast<uint32_t>(out_->size() - pending_out_);
    uint32_t src_len = src_end - pending_src_;
    if (out_len == src_len && std::memcmp(out_->data() + pending_out_, src_.data() + pending_src_, src_len) == 0) {
      map_->AppendCopy(base_ + pending_src_, src_len);
    } else {
      map_->AppendReplacement(base_ + pending_src_, src_len, out_len);
    }
    pending_ = false;
  }

  std::string_view src_;
  uint32_t base_;
  std::string* out_;
  OffsetMap* map_;
  bool pending_ = false;
  uint32_t pending_src_ = 0;
  size_t pending_out_ = 0;
};

uint64_t ConvertWithIcu(std::string_view bytes, const char* charset, uint32_t base, std::string* out,
                        OffsetMap* map) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &err), ucnv_close);
  if (U_FAILURE(err)) return DecodeUtf8Lossy(bytes, base, out, map);
  CountingContext ctx;
  ucnv_setToUCallBack(conv.get(), CountingSubstitute, &ctx, nullptr, nullptr, &err);
  out->reserve(out->size() + bytes.size() + bytes.size() / 2);
  PieceWriter writer(bytes, base, out, map);
  constexpr size_t kChunk = 16 * 1024;
  std::vector<UChar> units(kChunk);
  std::vector<int32_t> offsets(kChunk);
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  UChar high = 0;  // a lead surrogate waiting for its trail across chunks
  uint32_t high_src = 0;
  while (true) {
    const char* call_start = source;
    UChar* target = units.data();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source, source_end, offsets.data(),
                   true, &err);
    size_t produced = static_cast<size_t>(target - units.data());
    uint32_t call_base = static_cast<uint32_t>(call_start - bytes.data());
    for (size_t i = 0; i < produced; ++i) {
      UChar u = units[i];
      // Offsets are relative to the call's start; -1 means "from a previous call".
      uint32_t at = offsets[i] >= 0 ? call_base + static_cast<uint32_t>(offsets[i]) : call_base;
      if (high) {
        if (U16_IS_TRAIL(u)) {
          writer.Add(U16_GET_SUPPLEMENTARY(high, u), high_src);
          high = 0;
          continue;
        }
        writer.Add(0xFFFD, high_src);
        high = 0;
      }
      if (U16_IS_LEAD(u)) {
        high = u;
        high_src = at;
      } else if (U16_IS_TRAIL(u)) {
        writer.Add(0xFFFD, at);
      } else {
        writer.Add(u, at);
      }
    }
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (high) writer.Add(0xFFFD, high_src);
  writer.Finish();
  return ctx.count;
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string l;
  for (char c : label) {
    if (c != ' ' && c != '\t') l.push_back(AsciiLower(c));
  }
  if (l.empty()) return {};
  // WHATWG Encoding Standard: these labels all mean windows-1252 / GB18030.
  static constexpr std::array<std::string_view, 11> kLatin1 = {
      "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii",
      "cp1252", "cp819", "ibm819", "x-cp1252"};
  if (std::find(kLatin1.begin(), kLatin1.end(), l) != kLatin1.end()) return "windows-1252";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb_2312-80" || l == "chinese") return "GB18030";
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "UTF-8";
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(l.c_str(), &err), ucnv_close);
  if (U_FAILURE(err)) return {};
  const char* internal = ucnv_getName(conv.get(), &err);
  if (U_FAILURE(err)) return {};
  for (const char* standard : {"IANA", "MIME"}) {
    UErrorCode e = U_ZERO_ERROR;
    const char* name = ucnv_getStandardName(internal, standard, &e);
    if (U_SUCCESS(e) && name != nullptr) {
      std::string n(name);
      if (n == "ISO-8859-1" || n == "US-ASCII") return "windows-1252";
      return n;
    }
  }
  return internal;
}

std::string DeclaredCharset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, std::min(bytes.size(), kDeclarationWindow));
  if (StartsWithNoCase(head, 0, "<?xml")) {
    size_t end = head.find("?>");
    std::string_view decl = head.substr(0, end);
    size_t enc = FindNoCase(decl, "encoding", 0);
    if (enc != std::string_view::npos) return ValueAfter(decl, enc + 8);
  }
  size_t pos = 0;
  while ((pos = FindNoCase(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    std::string_view tag = head.substr(pos, end == std::string_view::npos ? head.size() - pos : end - pos);
    size_t cs = FindNoCase(tag, "charset", 0);
    if (cs != std::string_view::npos) {
      std::string value = ValueAfter(tag, cs + 7);
      if (!value.empty()) return value;
    }
    pos += 5;
  }
  return {};
}

uint64_t ConvertToUtf8(std::string_view bytes, std::string_view charset, uint32_t base, std::string* out,
                       OffsetMap* map) {
  if (IsUtf8Name(charset)) return DecodeUtf8Lossy(bytes, base, out, map);
  return ConvertWithIcu(bytes, std::string(charset).c_str(), base, out, map);
}

Status DecodeSource(std::string_view bytes, DecodedText* out) {
  uint32_t bom_len = 0;
  Bom bom = DetectBom(bytes, &bom_len);
  std::string charset;
  switch (bom) {
    case Bom::kUtf8: charset = "UTF-8"; break;
    case Bom::kUtf16Le: charset = "UTF-16LE"; break;
    case Bom::kUtf16Be: charset = "UTF-16BE"; break;
    case Bom::kUtf32Le: charset = "UTF-32LE"; break;
    case Bom::kUtf32Be: charset = "UTF-32BE"; break;
    case Bom::kNone: {
      if (const char* utf16 = SniffUtf16(bytes)) charset = utf16;
      break;
    }
  }
  std::string_view body = bytes.substr(bom_len);
  bool wide = charset.rfind("UTF-16", 0) == 0 || charset.rfind("UTF-32", 0) == 0;
  if (!wide) {
    Status s = CheckNotBinary(body);
    if (!s.ok()) return s;
  }
  size_t valid_prefix = 0;
  bool valid_known = false;
  auto valid_utf8 = [&] {
    if (!valid_known) {
      valid_prefix = ValidUtf8Prefix(body);
      valid_known = true;
    }
    return valid_prefix == body.size();
  };
  if (charset.empty()) {
    std::string declared = CanonicalCharset(DeclaredCharset(body));
    if (!declared.empty() && !IsUtf8Name(declared) && valid_utf8() && HasMultibyte(body)) declared = "UTF-8";
    if (declared.rfind("UTF-16", 0) == 0 || declared.rfind("UTF-32", 0) == 0) declared = "UTF-8";
    charset = declared;
  }
  if (charset.empty()) charset = valid_utf8() || MostlyUtf8(body, valid_prefix) ? "UTF-8" : DetectWithIcu(body);
  out->charset = charset;
  if (IsUtf8Name(charset) && valid_utf8()) {
    out->text = body;
    out->shifted = true;
    out->shift = bom_len;
    out->replaced = 0;
    return Status::Ok();
  }
  out->shifted = false;
  out->replaced = ConvertToUtf8(body, charset, bom_len, &out->storage, &out->map);
  out->text = out->storage;
  if (wide && out->text.find('\0') != std::string_view::npos) {
    return Status(ErrorCode::kBinary, "NUL characters in " + charset + " text");
  }
  return Status::Ok();
}

}  // namespace claimtrace::internal
