#include "fold.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <array>
#include <bit>
#include <cstring>
#include <string>

#include "utf8.h"

namespace claimtrace::internal {
namespace {

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* const kNfkc = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
    return U_SUCCESS(err) ? n : nullptr;
  }();
  return kNfkc;
}

// Eight bytes at a time: one in each byte / the high bit of each byte.
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;

// Length of the ASCII prefix of d[i, end), eight bytes at a time.
size_t AsciiRunEnd(std::string_view d, size_t i, size_t end) {
  while (end - i >= 8) {
    uint64_t w;
    std::memcpy(&w, d.data() + i, 8);
    if (w & kHigh) break;
    i += 8;
  }
  while (i < end && static_cast<unsigned char>(d[i]) < 0x80) ++i;
  return i;
}

constexpr bool IsAsciiSpaceByte(unsigned char c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

// ASCII bytes that are not white space: what most of a text run is made of.
bool IsAsciiWordByte(char ch) {
  static constexpr auto kTable = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[c] = !IsAsciiSpaceByte(static_cast<unsigned char>(c));
    return t;
  }();
  return kTable[static_cast<unsigned char>(ch)];
}

bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len;
    uint32_t cp = DecodeAt(s, i, &len);
    if (!IsFoldSpace(cp)) return false;
    i += len;
  }
  return true;
}

// Where the eight-byte blocks from `i` that hold only ASCII word bytes and
// lone spaces between them end: what Linear's byte loop would copy as one run,
// a block at a time. `after_word`: the byte before `i` is no space and in the
// run. Stops early (at a block the byte loop must look at) but never late.
size_t PlainBlocksEnd(std::string_view s, size_t i, bool after_word) {
  if constexpr (std::endian::native != std::endian::little) return i;
  constexpr uint64_t kLow7 = ~kHigh;
  for (; i + 8 <= s.size(); i += 8, after_word = true) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    // High bit of each byte that is 0x21..0x7F (a word byte) / exactly ' ';
    // the sums stay inside their bytes.
    const uint64_t word = ((v & kLow7) + kOnes * 0x5F) & ~v & kHigh;
    const uint64_t x = v ^ (kOnes * ' ');
    const uint64_t space = ~(((x & kLow7) + kLow7) | x) & kHigh;
    if ((word | space) != kHigh) break;           // white space other than ' ', non-ASCII, control bytes
    if ((space << 8) & ~word) break;               // a space not followed by a word byte in the block
    if (!after_word && (space & 0x80)) break;      // a space opening the run
    if ((space >> 63) && !(i + 8 < s.size() && IsAsciiWordByte(s[i + 8]))) break;  // the block's last byte
  }
  return i;
}

// Characters that render as nothing (or only steer layout) and would split
// a number if kept: zero-width, bidi controls, word joiner, BOM, soft hyphen.
bool IsInvisible(uint32_t cp) {
  return cp == 0xAD || cp == 0x61C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// The ASCII stand-in for a dash or quote, or 0.
char Unified(uint32_t cp) {
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D) return '-';
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032) return '\'';
  if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x2033) return '"';
  return 0;
}

// Folds one segment (a block or a cell) into display, then into text.
class SegmentFolder {
 public:
  SegmentFolder(const RawText& raw, NormalizedDocument* doc) : raw_(raw), doc_(doc) {}

  void Fold(ByteSpan seg) {
    display_start_ = doc_->display.size();
    pending_ = false;
    std::string_view s(raw_.text.data() + seg.start, seg.size());
    const icu::Normalizer2* nfkc = Nfkc();
    UErrorCode err = U_ZERO_ERROR;
    // Only the last ASCII character before the first non-ASCII one can
    // combine with what follows, so the check starts there.
    size_t ascii = AsciiRunEnd(s, 0, s.size());
    std::string_view checked = s.substr(ascii == 0 ? 0 : ascii - 1);
    if (ascii == s.size() || nfkc == nullptr ||
        nfkc->isNormalizedUTF8(icu::StringPiece(checked.data(), checked.size()), err)) {
      Linear(s, seg.start);
    } else {
      Normalized(s, seg.start, *nfkc);
    }
    Unify(display_start_, doc_->display.size());
  }

 private:
  // NFKC with ICU's edit record: unchanged stretches stay byte-for-byte
  // copies; each change becomes an atomic piece over the bytes it replaced.
  void Normalized(std::string_view s, uint32_t raw_start, const icu::Normalizer2& nfkc) {
    nfkc_.clear();
    edits_.reset();
    UErrorCode err = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&nfkc_);
    nfkc.normalizeUTF8(0, icu::StringPiece(s.data(), s.size()), sink, &edits_, err);
    if (U_FAILURE(err)) {
      Linear(s, raw_start);
      return;
    }
    icu::Edits::Iterator it = edits_.getFineIterator();
    while (it.next(err)) {
      std::string_view out(nfkc_.data() + it.destinationIndex(), it.newLength());
      ByteSpan from{raw_start + static_cast<uint32_t>(it.sourceIndex()),
                    raw_start + static_cast<uint32_t>(it.sourceIndex() + it.oldLength())};
      if (!it.hasChange()) {
        Linear(out, from.start);
      } else {
        Atomic(out, from);
      }
    }
  }

  // `s` equals raw text starting at raw_start. Words and the single spaces
  // between them are copied as one run; only other white space (runs, tabs,
  // line ends, Unicode spaces, edges) is folded, so long text costs few pieces.
  void Linear(std::string_view s, uint32_t raw_start) {
    size_t i = 0;
    while (i < s.size()) {
      size_t run = i;
      while (i < s.size()) {
        i = PlainBlocksEnd(s, i, i > run);
        while (i < s.size() && IsAsciiWordByte(s[i])) ++i;
        if (i >= s.size()) break;
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' && i > run && i + 1 < s.size() && IsAsciiWordByte(s[i + 1])) {
          i += 2;  // "a b": a lone space between words is already folded
          continue;
        }
        if (c < 0x80) break;  // other ASCII white space
        size_t len;
        if (IsFoldSpace(DecodeAt(s, i, &len))) break;
        i += len;
      }
      if (i > run) {
        EmitPendingSpace();
        doc_->display.append(s.substr(run, i - run));
        doc_->display_to_source.AppendMapped(raw_.to_source, {raw_start + uint32_t(run), raw_start + uint32_t(i)},
                                             uint32_t(i - run), true);
      }
      if (i < s.size()) {
        size_t len;
        DecodeAt(s, i, &len);
        AddSpace({raw_start + uint32_t(i), raw_start + uint32_t(i + len)}, len == 1 && s[i] == ' ');
        i += len;
      }
    }
  }

  // `s` replaced raw bytes `from` as a whole.
  void Atomic(std::string_view s, ByteSpan from) {
    std::string folded;
    bool lead = false, trail = false;
    for (size_t i = 0; i < s.size();) {
      size_t len;
      bool space = IsFoldSpace(DecodeAt(s, i, &len));
      if (space) {
        if (folded.empty()) lead = true; else trail = true;
      } else {
        if (trail) folded.push_back(' ');
        trail = false;
        folded.append(s.substr(i, len));
      }
      i += len;
    }
    if (folded.empty()) {
      AddSpace(from, false);
      return;
    }
    if (lead) AddSpace(from, false);
    EmitPendingSpace();
    doc_->display.append(folded);
    doc_->display_to_source.AppendMapped(raw_.to_source, from, uint32_t(folded.size()), false);
    if (trail) AddSpace(from, false);
  }

  void AddSpace(ByteSpan from, bool plain_space) {
    if (!pending_) {
      pending_ = true;
      pending_from_ = from;
      pending_plain_ = plain_space;
    } else {
      pending_from_.end = from.end;
      pending_plain_ = false;
    }
  }

  void EmitPendingSpace() {
    if (!pending_) return;
    pending_ = false;
    if (doc_->display.size() == display_start_) return;  // no leading space
    doc_->display.push_back(' ');
    doc_->display_to_source.AppendMapped(raw_.to_source, pending_from_, 1, pending_plain_);
  }

  // display [start, end) -> text, dashes and quotes unified, invisible
  // characters dropped.
  void Unify(size_t start, size_t end) {
    std::string& text = doc_->text;
    std::string_view d(doc_->display);
    size_t text_start = text.size();
    bool space = false;  // a display space waiting for the next kept character
    size_t space_at = 0;
    auto flush_space = [&] {
      // Dropping an invisible character must not leave two spaces or an edge space.
      if (space && text.size() > text_start && text.back() != ' ') {
        text.push_back(' ');
        doc_->text_to_display.AppendCopy(uint32_t(space_at), 1);
      }
      space = false;
    };
    size_t i = start;
    while (i < end) {
      // ASCII runs (spaces included) are copied whole; a space next to an
      // invisible character waits until the next kept character.
      size_t run = i;
      if (d[i] == ' ' && (space || text.size() == text_start || text.back() == ' ')) run = ++i;
      i = AsciiRunEnd(d, i, end);
      size_t run_end = i;
      if (run_end > run && d[run_end - 1] == ' ') --run_end;
      if (run_end > run) {
        flush_space();
        text.append(d.substr(run, run_end - run));
        doc_->text_to_display.AppendCopy(uint32_t(run), uint32_t(run_end - run));
      }
      if (run_end < i) {
        space = true;
        space_at = run_end;
      }
      if (i >= end) break;
      size_t len;
      uint32_t cp = DecodeAt(d, i, &len);
      if (!IsInvisible(cp)) {
        flush_space();
        if (char u = Unified(cp)) {
          text.push_back(u);
          doc_->text_to_display.AppendReplacement(uint32_t(i), uint32_t(len), 1);
        } else {
          text.append(d.substr(i, len));
          doc_->text_to_display.AppendCopy(uint32_t(i), uint32_t(len));
        }
      }
      i += len;
    }
  }

  const RawText& raw_;
  NormalizedDocument* doc_;
  size_t display_start_ = 0;
  bool pending_ = false;
  bool pending_plain_ = false;
  ByteSpan pending_from_;
  std::string nfkc_;
  icu::Edits edits_;
};

}  // namespace

void FoldRawText(const RawText& raw, NormalizedDocument* doc) {
  doc->display.reserve(raw.text.size());
  doc->text.reserve(raw.text.size());
  // A block costs a separator and, for verbatim text, a piece or two more.
  doc->blocks.reserve(raw.blocks.size());
  doc->display_to_source.reserve(raw.blocks.size() * 3);
  doc->text_to_display.reserve(raw.blocks.size() * 2);
  SegmentFolder folder(raw, doc);
  std::vector<ByteSpan> whole(1);
  auto separator = [&](char c, uint32_t raw_pos) {
    ByteSpan src = raw.to_source.ToSource({raw_pos, raw_pos});
    doc->display.push_back(c);
    doc->display_to_source.AppendReplacement(src.start, 0, 1);
    doc->text.push_back(c);
    doc->text_to_display.AppendCopy(uint32_t(doc->display.size() - 1), 1);
  };
  for (size_t bi = 0; bi < raw.blocks.size(); ++bi) {
    const RawBlock& rb = raw.blocks[bi];
    const std::vector<ByteSpan>* segments = &rb.cells;
    if (rb.kind != BlockKind::kTableRow || rb.cells.empty()) {
      whole[0] = rb.span;
      segments = &whole;
    }
    bool blank = true;
    for (const ByteSpan& seg : *segments) {
      if (!IsBlank(std::string_view(raw.text).substr(seg.start, seg.size()))) blank = false;
    }
    if (blank) continue;
    if (!doc->display.empty()) separator('\n', segments->front().start);
    Block block;
    block.kind = segments == &whole && rb.kind == BlockKind::kTableRow ? BlockKind::kParagraph : rb.kind;
    block.level = rb.level;
    if (block.kind == BlockKind::kTableRow) {
      block.table = rb.table;
      block.row = rb.row;
    }
    block.span.start = uint32_t(doc->text.size());
    for (size_t ci = 0; ci < segments->size(); ++ci) {
      const ByteSpan& seg = (*segments)[ci];
      if (ci > 0) separator('\t', seg.start);
      uint32_t cell_start = uint32_t(doc->text.size());
      folder.Fold(seg);
      if (block.kind == BlockKind::kTableRow) block.cells.push_back({cell_start, uint32_t(doc->text.size())});
    }
    block.span.end = uint32_t(doc->text.size());
    if (static_cast<int>(bi) == raw.title_block && doc->title.empty()) {
      ByteSpan d = doc->ToDisplay(block.span);
      doc->title.assign(doc->display, d.start, d.size());
    }
    doc->blocks.push_back(std::move(block));
  }
  if (doc->title.empty()) {  // no <title>, h1 or front-matter title: the first heading
    for (const Block& b : doc->blocks) {
      if (b.kind != BlockKind::kHeading) continue;
      ByteSpan d = doc->ToDisplay(b.span);
      doc->title.assign(doc->display, d.start, d.size());
      break;
    }
  }
}

void AppendFoldedSpaces(std::string_view s, std::string* out) {
  size_t start = out->size();
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    uint32_t cp = DecodeAt(s, i, &len);
    if (IsFoldSpace(cp)) {
      space = true;
    } else {
      if (space && out->size() > start) out->push_back(' ');
      space = false;
      out->append(s.substr(i, len));
    }
    i += len;
  }
}

}  // namespace claimtrace::internal
