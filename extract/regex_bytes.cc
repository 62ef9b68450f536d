#include "regex_bytes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace claimtrace {

bool EdgeBytes::MayStartAt(std::string_view text, size_t pos) const {
  if (blank) return true;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos < text.size() && first.Has(static_cast<unsigned char>(text[pos]));
}

bool EdgeBytes::MayEndAt(std::string_view text, size_t end) const {
  if (blank) return true;
  end = std::min(end, text.size());
  while (end > 0 && text[end - 1] == ' ') --end;
  return end > 0 && last.Has(static_cast<unsigned char>(text[end - 1]));
}

namespace {

using Bytes = std::array<bool, 256>;

// What a piece of a pattern says about the edges of its matches.
struct Edges {
  Bytes first{}, last{};
  bool blank = true;  // can match spaces only, or nothing
};

Bytes All() {
  Bytes b;
  b.fill(true);
  return b;
}

void Union(Bytes* into, const Bytes& from) {
  for (size_t i = 0; i < 256; ++i) (*into)[i] = (*into)[i] || from[i];
}

// A character set (one character of it): `members` are ASCII bytes it holds;
// `non_ascii` when it may hold characters past U+007F.
Edges OneOf(const Bytes& members, bool non_ascii) {
  Edges e;
  e.blank = members[' '];
  for (int b = 0; b < 128; ++b) e.first[b] = e.last[b] = members[b] && b != ' ';
  if (non_ascii) {
    for (int b = 0x80; b < 256; ++b) e.first[b] = e.last[b] = true;
  }
  return e;
}

Edges AnyChar() { return OneOf(All(), true); }

Edges Nothing() { return Edges{}; }  // zero-width: ^ $ \b, an empty group

// Adds ASCII character `c` to `members`, with its other case when
// `case_insensitive`; true when RE2 also folds it with a non-ASCII letter
// (k with U+212A Kelvin, s with U+017F long s).
bool AddAscii(UChar32 c, bool case_insensitive, Bytes* members) {
  (*members)[static_cast<size_t>(c)] = true;
  if (!case_insensitive || (c | 0x20) < 'a' || (c | 0x20) > 'z') return false;
  (*members)[static_cast<size_t>(c | 0x20)] = (*members)[static_cast<size_t>(c & ~0x20)] = true;
  return (c | 0x20) == 'k' || (c | 0x20) == 's';
}

// One code point as a literal.
Edges Literal(UChar32 c, bool case_insensitive) {
  Bytes members{};
  if (c < 0x80) {
    bool non_ascii = AddAscii(c, case_insensitive, &members);
    return OneOf(members, non_ascii);
  }
  if (case_insensitive && (u_tolower(c) != c || u_toupper(c) != c || u_totitle(c) != c)) return OneOf(members, true);
  Edges e;
  e.blank = false;
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, c, error);
  if (error) return AnyChar();
  e.first[buf[0]] = true;
  e.last[buf[len - 1]] = true;
  return e;
}

Edges Concat(const Edges& a, const Edges& b) {
  Edges e;
  e.first = a.first;
  if (a.blank) Union(&e.first, b.first);
  e.last = b.last;
  if (b.blank) Union(&e.last, a.last);
  e.blank = a.blank && b.blank;
  return e;
}

Edges Alternate(const Edges& a, const Edges& b) {
  Edges e = a;
  Union(&e.first, b.first);
  Union(&e.last, b.last);
  e.blank = a.blank || b.blank;
  return e;
}

// A recursive-descent reader of RE2 syntax. Anything it does not know makes
// the whole pattern "any byte" (ok_ false), never a narrower answer.
class Reader {
 public:
  explicit Reader(std::string_view p) : p_(p) {}

  Edges Pattern(bool case_insensitive) {
    Edges e = Alternation(&case_insensitive);
    if (i_ != p_.size()) ok_ = false;
    return e;
  }
  bool ok() const { return ok_; }

 private:
  bool More() const { return i_ < p_.size(); }
  char Peek() const { return More() ? p_[i_] : '\0'; }

  Edges Alternation(bool* ci) {
    Edges e = Sequence(ci);
    while (ok_ && Peek() == '|') {
      ++i_;
      e = Alternate(e, Sequence(ci));
    }
    return e;
  }

  Edges Sequence(bool* ci) {
    Edges e = Nothing();
    while (ok_ && More() && Peek() != '|' && Peek() != ')') e = Concat(e, Repeated(ci));
    return e;
  }

  Edges Repeated(bool* ci) {
    Edges atom = Atom(ci);
    while (ok_ && More()) {
      char c = Peek();
      size_t min = 1;
      if (c == '?' || c == '*') {
        min = 0;
        ++i_;
      } else if (c == '+') {
        ++i_;
      } else if (c == '{') {
        size_t save = i_;
        if (!Braces(&min)) {
          i_ = save;  // not a repetition: a literal '{' (read as the next atom)
          break;
        }
      } else {
        break;
      }
      if (Peek() == '?') ++i_;  // lazy
      if (min == 0) atom.blank = true;
    }
    return atom;
  }

  // "{n}", "{n,}", "{n,m}" at i_; its minimum.
  bool Braces(size_t* min) {
    size_t j = i_ + 1, n = 0;
    bool digits = false;
    while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') {
      n = n * 10 + static_cast<size_t>(p_[j++] - '0');
      digits = true;
    }
    if (!digits) return false;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') ++j;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    i_ = j + 1;
    *min = n;
    return true;
  }

  Edges Atom(bool* ci) {
    char c = p_[i_];
    switch (c) {
      case '(': return Group(ci);
      case '[': return Class(*ci);
      case '.': ++i_; return AnyChar();
      case '^':
      case '$': ++i_; return Nothing();
      case '\\': return Escape(*ci, /*in_class=*/nullptr);
      case '*':
      case '+':
      case '?':
      case ')':
        ok_ = false;
        return AnyChar();
      default: return Utf8Literal(*ci);
    }
  }

  Edges Utf8Literal(bool ci) {
    const auto* s = reinterpret_cast<const uint8_t*>(p_.data());
    auto i = static_cast<int32_t>(i_);
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(p_.size()), c);
    i_ = static_cast<size_t>(i);
    if (c < 0) return AnyChar();
    return Literal(c, ci);
  }

  Edges Group(bool* ci) {
    ++i_;  // '('
    bool inner_ci = *ci;
    if (Peek() == '?') {
      ++i_;
      // Flags: (?i) (?-i) (?i:...) (?:...); named groups (?P<name>...).
      if (Peek() == 'P' && i_ + 1 < p_.size() && p_[i_ + 1] == '<') {
        size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) return Fail();
        i_ = close + 1;
      } else {
        bool negate = false;
        while (More() && Peek() != ':' && Peek() != ')') {
          char f = p_[i_++];
          if (f == '-') {
            negate = true;
          } else if (f == 'i') {
            inner_ci = !negate;
          } else if (f != 's' && f != 'U' && f != 'm') {
            return Fail();
          }
        }
        if (Peek() == ')') {  // flags for the rest of the enclosing group
          ++i_;
          *ci = inner_ci;
          return Nothing();
        }
        if (Peek() != ':') return Fail();
        ++i_;
      }
    }
    Edges e = Alternation(&inner_ci);
    if (Peek() != ')') return Fail();
    ++i_;
    return e;
  }

  Edges Class(bool ci) {
    ++i_;  // '['
    bool negated = false;
    if (Peek() == '^') {
      negated = true;
      ++i_;
    }
    Bytes members{};
    bool non_ascii = false;
    bool first = true;
    while (ok_ && More() && (Peek() != ']' || first)) {
      first = false;
      if (Peek() == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // [:alpha:]
        size_t close = p_.find(":]", i_);
        if (close == std::string_view::npos) return Fail();
        i_ = close + 2;
        members = All();
        non_ascii = true;
        continue;
      }
      UChar32 lo = ClassChar(&members, &non_ascii);
      if (lo < 0) continue;  // a class escape such as \d, already added
      UChar32 hi = lo;
      if (Peek() == '-' && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        hi = ClassChar(&members, &non_ascii);
        if (hi < 0) return Fail();
      }
      for (UChar32 c = lo; c <= hi && c < 0x80; ++c) {
        if (AddAscii(c, ci, &members)) non_ascii = true;
      }
      if (hi >= 0x80) non_ascii = true;
    }
    if (Peek() != ']') return Fail();
    ++i_;
    if (negated) return OneOf(All(), true);
    return OneOf(members, non_ascii);
  }

  // One character of a class (its code point), or -1 after adding a class
  // escape's members.
  UChar32 ClassChar(Bytes* members, bool* non_ascii) {
    if (Peek() == '\\') {
      Edges e = Escape(false, members);
      if (!ok_) return -1;
      if (escaped_char_ >= 0) return escaped_char_;
      for (int b = 0x80; b < 256; ++b) *non_ascii = *non_ascii || e.first[b];
      return -1;
    }
    const auto* s = reinterpret_cast<const uint8_t*>(p_.data());
    auto i = static_cast<int32_t>(i_);
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(p_.size()), c);
    i_ = static_cast<size_t>(i);
    if (c < 0) {
      *non_ascii = true;
      return -1;
    }
    return c;
  }

  // An escape at i_. In a class (`in_class` set) a class escape adds its
  // members there; escaped_char_ is the code point of a literal escape, else -1.
  Edges Escape(bool ci, Bytes* in_class) {
    escaped_char_ = -1;
    if (i_ + 1 >= p_.size()) return Fail();
    char c = p_[i_ + 1];
    i_ += 2;
    Bytes set{};
    auto add = [&](char from, char to) {
      for (char x = from; x <= to; ++x) set[static_cast<unsigned char>(x)] = true;
    };
    switch (c) {
      case 'd': add('0', '9'); break;
      case 's':
        for (char w : {' ', '\t', '\n', '\f', '\r', '\v'}) set[static_cast<unsigned char>(w)] = true;
        break;
      case 'w': add('0', '9'); add('A', 'Z'); add('a', 'z'); set['_'] = true; break;
      case 'D':
      case 'S':
      case 'W':
        if (in_class) Union(in_class, All());
        return OneOf(All(), true);
      case 'p':
      case 'P':
        if (Peek() == '{') {
          size_t close = p_.find('}', i_);
          if (close == std::string_view::npos) return Fail();
          i_ = close + 1;
        } else if (More()) {
          ++i_;
        }
        if (in_class) Union(in_class, All());
        return OneOf(All(), true);
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        if (in_class) return Fail();
        return Nothing();
      case 'x': {
        UChar32 cp = 0;
        if (Peek() == '{') {
          size_t close = p_.find('}', i_);
          if (close == std::string_view::npos) return Fail();
          for (size_t k = i_ + 1; k < close; ++k) cp = cp * 16 + HexDigit(p_[k]);
          i_ = close + 1;
        } else {
          if (i_ + 2 > p_.size()) return Fail();
          cp = HexDigit(p_[i_]) * 16 + HexDigit(p_[i_ + 1]);
          i_ += 2;
        }
        if (!ok_) return AnyChar();
        escaped_char_ = cp;
        return Literal(cp, ci);
      }
      case 'n': escaped_char_ = '\n'; return Literal('\n', ci);
      case 't': escaped_char_ = '\t'; return Literal('\t', ci);
      case 'r': escaped_char_ = '\r'; return Literal('\r', ci);
      case 'f': escaped_char_ = '\f'; return Literal('\f', ci);
      case 'v': escaped_char_ = '\v'; return Literal('\v', ci);
      default:
        // An escaped punctuation character stands for itself.
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            static_cast<unsigned char>(c) >= 0x80) {
          return Fail();
        }
        escaped_char_ = static_cast<unsigned char>(c);
        return Literal(static_cast<unsigned char>(c), ci);
    }
    if (in_class) Union(in_class, set);
    return OneOf(set, false);
  }

  UChar32 HexDigit(char h) {
    if (h >= '0' && h <= '9') return h - '0';
    if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f') return (h | 0x20) - 'a' + 10;
    ok_ = false;
    return 0;
  }

  Edges Fail() {
    ok_ = false;
    return AnyChar();
  }

  std::string_view p_;
  size_t i_ = 0;
  bool ok_ = true;
  UChar32 escaped_char_ = -1;
};

}  // namespace

EdgeBytes AnalyzeEdges(std::string_view pattern, bool case_insensitive) {
  Reader reader(pattern);
  Edges e = reader.Pattern(case_insensitive);
  EdgeBytes out;
  if (!reader.ok()) return out;  // blank: rules nothing out
  out.first = ByteSet(e.first);
  out.last = ByteSet(e.last);
  out.blank = e.blank;
  return out;
}

}  // namespace claimtrace
