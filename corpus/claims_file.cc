#include "claimtrace/claims_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "claims_json.h"

namespace claimtrace {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

Status FieldError(std::string_view key, std::string_view what) {
  std::string m = "\"";
  m.append(key);
  m.append("\" ");
  m.append(what);
  return Status(ErrorCode::kParseError, std::move(m));
}

// Reads an optional string field; absent and null leave `out` empty.
Status OptString(const object& o, std::string_view key, std::string* out) {
  element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS || e.is_null()) return Status::Ok();
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) return FieldError(key, "is not a string");
  out->assign(s);
  return Status::Ok();
}

Status OptNumber(const object& o, std::string_view key, std::optional<double>* out) {
  element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS || e.is_null()) return Status::Ok();
  double d;
  if (e.get_double().get(d) != simdjson::SUCCESS) return FieldError(key, "is not a number");
  *out = d;
  return Status::Ok();
}

Status OptInt(const object& o, std::string_view key, std::optional<int>* out) {
  std::optional<double> d;
  Status s = OptNumber(o, key, &d);
  if (!s.ok() || !d) return s;
  if (*d != std::floor(*d) || std::fabs(*d) > 1e9) return FieldError(key, "is not a whole number");
  *out = static_cast<int>(*d);
  return Status::Ok();
}

Status Offset(const object& o, std::string_view key, uint32_t* out) {
  element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS) return FieldError(key, "is missing");
  uint64_t v;
  if (e.get_uint64().get(v) != simdjson::SUCCESS || v > UINT32_MAX) {
    return FieldError(key, "is not a byte offset");
  }
  *out = static_cast<uint32_t>(v);
  return Status::Ok();
}

// start/end, the text field, and the optional selector and position of a
// mention (the record itself) or of a claim's "evidence" object.
Status ReadAnchor(const object& o, std::string_view text_key, TextAnchor* a) {
  Status s = Offset(o, "start", &a->span.start);
  if (s.ok()) s = Offset(o, "end", &a->span.end);
  if (s.ok() && a->span.end < a->span.start) s = FieldError("end", "is before \"start\"");
  if (s.ok()) s = OptString(o, text_key, &a->text);
  if (!s.ok()) return s;
  object sel;
  if (o.at_key("selector").get(sel) == simdjson::SUCCESS) {
    s = OptString(sel, "exact", &a->exact);
    if (s.ok()) s = OptString(sel, "prefix", &a->prefix);
    if (s.ok()) s = OptString(sel, "suffix", &a->suffix);
    if (!s.ok()) return s;
    a->has_selector = !a->exact.empty();
  }
  object pos;
  if (o.at_key("position").get(pos) == simdjson::SUCCESS) {
    uint64_t b, e;
    if (pos["start"].get_uint64().get(b) == simdjson::SUCCESS &&
        pos["end"].get_uint64().get(e) == simdjson::SUCCESS && b <= e) {
      a->has_position = true;
      a->position_start = b;
      a->position_end = e;
    }
  }
  return Status::Ok();
}

Status ReadClaimFields(const object& o, ClaimsRecord* r) {
  Status s = OptNumber(o, "amount", &r->amount);
  if (s.ok()) s = OptNumber(o, "value", &r->value);
  if (s.ok()) s = OptString(o, "currency", &r->currency);
  if (s.ok()) s = OptInt(o, "year", &r->year);
  if (s.ok()) s = OptInt(o, "from", &r->from);
  if (s.ok()) s = OptInt(o, "to", &r->to);
  if (s.ok()) s = OptString(o, "subject", &r->subject);
  if (!s.ok()) return s;
  bool projected = false;
  if (o["projected"].get_bool().get(projected) == simdjson::SUCCESS) r->projected = projected;
  object seg;
  if (o.at_key("segment").get(seg) == simdjson::SUCCESS) {
    Segment g;
    s = OptString(seg, "dimension", &g.dimension);
    if (s.ok()) s = OptString(seg, "name", &g.name);
    if (!s.ok()) return s;
    r->segment = std::move(g);
  }
  object evidence;
  if (o.at_key("evidence").get(evidence) != simdjson::SUCCESS) {
    return FieldError("evidence", "is missing or not an object");
  }
  return ReadAnchor(evidence, "quote", &r->anchor);
}

}  // namespace

Status ParseClaimsRecordWith(simdjson::dom::parser& parser, std::string_view line, ClaimsRecord* out) {
  *out = ClaimsRecord();
  element root;
  if (auto err = parser.parse(line.data(), line.size()).get(root); err) {
    return Status(ErrorCode::kParseError, std::string("not JSON: ") + simdjson::error_message(err));
  }
  object o;
  if (root.get_object().get(o) != simdjson::SUCCESS) {
    return Status(ErrorCode::kParseError, "not a JSON object");
  }
  std::string_view type;
  if (o["type"].get_string().get(type) != simdjson::SUCCESS) {
    return FieldError("type", "is missing or not a string");
  }
  Status s = OptString(o, "doc", &out->doc);
  if (!s.ok()) return s;
  if (type == "document") {
    out->type = ClaimsRecord::Type::kDocument;
    return OptString(o, "sha256", &out->sha256);
  }
  if (type == "error") {
    out->type = ClaimsRecord::Type::kError;
    return Status::Ok();
  }
  if (type != "mention" && type != "claim") return Status::Ok();  // kOther: readers skip it
  if (out->doc.empty()) return FieldError("doc", "is missing");
  s = OptString(o, "kind", &out->kind);
  if (!s.ok()) return s;
  if (type == "mention") {
    out->type = ClaimsRecord::Type::kMention;
    return ReadAnchor(o, "text", &out->anchor);
  }
  out->type = ClaimsRecord::Type::kClaim;
  return ReadClaimFields(o, out);
}

Status ParseClaimsRecord(std::string_view line, ClaimsRecord* out) {
  simdjson::dom::parser parser;
  return ParseClaimsRecordWith(parser, line, out);
}

// ---- reader ---------------------------------------------------------------

struct ClaimsFileReader::Impl {
  static constexpr size_t kChunk = 1 << 20;
  int fd = -1;
  bool owns_fd = false;
  bool eof = false;
  std::string buffer;  // unconsumed bytes start at `pos`
  size_t pos = 0;
  uint64_t line_number = 0;
  Status status;
  simdjson::dom::parser parser;

  ~Impl() {
    if (owns_fd) ::close(fd);
  }

  // Appends up to kChunk more bytes; false at end of file or on error.
  bool Fill() {
    if (eof) return false;
    if (pos > 0) {
      buffer.erase(0, pos);
      pos = 0;
    }
    size_t old = buffer.size();
    buffer.resize(old + kChunk);
    ssize_t n;
    do {
      n = ::read(fd, buffer.data() + old, kChunk);
    } while (n < 0 && errno == EINTR);
    buffer.resize(old + (n > 0 ? n : 0));
    if (n < 0) status = Status(ErrorCode::kIoError, std::string("read failed: ") + std::strerror(errno));
    if (n <= 0) eof = true;
    return n > 0;
  }

  // The next raw line (without '\n'); `too_long` when it exceeded the limit
  // and was skipped up to its end.
  bool NextRaw(std::string* line, bool* too_long) {
    *too_long = false;
    size_t scanned = pos;
    for (;;) {
      size_t nl = buffer.find('\n', scanned);
      if (nl != std::string::npos) {
        if (!*too_long) line->assign(buffer, pos, nl - pos);
        pos = nl + 1;
        return true;
      }
      if (buffer.size() - pos > kMaxLineBytes) {
        *too_long = true;
        line->clear();
        pos = buffer.size();
      }
      scanned = buffer.size() - pos;
      if (!Fill()) {
        if (pos >= buffer.size()) return *too_long;
        if (!*too_long) line->assign(buffer, pos, std::string::npos);
        pos = buffer.size();
        return true;
      }
    }
  }
};

ClaimsFileReader::ClaimsFileReader() : impl_(std::make_unique<Impl>()) {}
ClaimsFileReader::~ClaimsFileReader() = default;

Status ClaimsFileReader::Open(const std::string& path, std::unique_ptr<ClaimsFileReader>* out) {
  std::unique_ptr<ClaimsFileReader> r(new ClaimsFileReader());
  if (path == "-") {
    r->impl_->fd = 0;
  } else {
    r->impl_->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (r->impl_->fd < 0) {
      int err = errno;
      return Status(err == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError,
                    path + ": " + std::strerror(err));
    }
    r->impl_->owns_fd = true;
  }
  *out = std::move(r);
  return Status::Ok();
}

const Status& ClaimsFileReader::status() const { return impl_->status; }

bool ClaimsFileReader::Next(ClaimsLine* out) {
  for (;;) {
    bool too_long = false;
    if (!impl_->NextRaw(&out->text, &too_long)) return false;
    out->number = ++impl_->line_number;
    if (too_long) {
      out->record = ClaimsRecord();
      out->status = Status(ErrorCode::kParseError, "line " + std::to_string(out->number) +
                                                       ": longer than " + std::to_string(kMaxLineBytes) + " bytes");
      return true;
    }
    if (!out->text.empty() && out->text.back() == '\r') out->text.pop_back();
    if (out->text.find_first_not_of(" \t") == std::string::npos) continue;
    Status s = ParseClaimsRecordWith(impl_->parser, out->text, &out->record);
    out->status = s.ok() ? s : Status(s.code(), "line " + std::to_string(out->number) + ": " + s.message());
    return true;
  }
}

}  // namespace claimtrace
