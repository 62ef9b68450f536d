// VisibleSourceText and FoldForCompare: the provenance check's two sides.
// They mirror shared/tools/eval.py (visible() and fold()) so that what this
// library promises is what the evaluation verifies.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "charset.h"
#include "claimtrace/normalize.h"
#include "entities.h"
#include "fold.h"
#include "utf8.h"

namespace claimtrace {
namespace {

// eval.py: re.sub(r"<[^>]*>", " ", s)
std::string ReplaceTags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    size_t lt = s.find('<', pos);
    if (lt == std::string_view::npos) break;
    size_t gt = s.find('>', lt + 1);
    if (gt == std::string_view::npos) break;
    out.append(s.substr(pos, lt - pos));
    out.push_back(' ');
    pos = gt + 1;
  }
  out.append(s.substr(pos));
  return out;
}

// eval.py: s.replace("**", "").replace("__", "")
std::string RemovePairs(std::string s, std::string_view pair) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    size_t at = s.find(pair, pos);
    if (at == std::string::npos) break;
    out.append(s, pos, at - pos);
    pos = at + pair.size();
  }
  out.append(s, pos, std::string::npos);
  return out;
}

}  // namespace

bool IsOwnVisibleText(std::string_view s, const NormalizedDocument& doc) {
  if (!doc.charset.empty() && doc.charset != "UTF-8") return false;
  const bool markup = doc.media_type != MediaType::kPlain;
  bool space = true;  // a leading space is folded away
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Only whole, valid sequences; the decoder would replace anything else.
      const size_t len = internal::ValidUtf8Prefix(s.substr(i, std::min<size_t>(4, s.size() - i)));
      const size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (len < want) return false;
      size_t n;
      if (internal::IsFoldSpace(internal::DecodeAt(s, i, &n))) return false;
      space = false;
      i += n;
      continue;
    }
    if (c == ' ') {
      if (space) return false;
      space = true;
    } else {
      if (internal::IsFoldSpace(c)) return false;
      if (markup && (c == '<' || c == '&')) return false;
      if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == s[i]) return false;
      space = false;
    }
    ++i;
  }
  return !space || s.empty();
}

bool IsWellFormedUtf8(std::string_view s) { return internal::IsValidUtf8(s); }

std::string FoldForCompare(std::string_view utf8) {
  std::string valid;
  OffsetMap unused;
  internal::DecodeUtf8Lossy(utf8, 0, &valid, &unused);
  std::string nfkc;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
  if (U_SUCCESS(err)) {
    icu::StringByteSink<std::string> sink(&nfkc);
    n->normalizeUTF8(0, icu::StringPiece(valid.data(), valid.size()), sink, nullptr, err);
  }
  if (U_FAILURE(err)) nfkc = valid;
  std::string folded;
  internal::AppendFoldedSpaces(nfkc, &folded);
  bool ascii = true;
  for (char& c : folded) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return folded;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(folded).foldCase(U_FOLD_CASE_DEFAULT).toUTF8String(out);
  return out;
}

std::string VisibleSourceText(std::string_view source, const NormalizedDocument& doc, ByteSpan span) {
  if (span.start > source.size()) return {};
  std::string_view slice = source.substr(span.start, std::min<size_t>(span.size(), source.size() - span.start));
  if (IsOwnVisibleText(slice, doc)) return std::string(slice);
  std::string decoded;
  OffsetMap unused;
  internal::ConvertToUtf8(slice, doc.charset.empty() ? "UTF-8" : doc.charset, 0, &decoded, &unused);
  if (doc.media_type != MediaType::kPlain) {
    std::string untagged = ReplaceTags(decoded);
    decoded.clear();
    internal::AppendUnescaped(untagged, &decoded);
  }
  decoded = RemovePairs(RemovePairs(std::move(decoded), "**"), "__");
  std::string out;
  internal::AppendFoldedSpaces(decoded, &out);
  return out;
}

}  // namespace claimtrace
