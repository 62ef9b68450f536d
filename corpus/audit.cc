// `audit` over a whole claims file: groups records by document, reads and
// normalizes each source once, anchors every record, and rewrites the file
// for --fix.
#include "claimtrace/audit.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <optional>

#include "anchor_match.h"
#include "claims_json.h"
#include "claimtrace/corpus.h"
#include "claimtrace/extractor.h"
#include "claimtrace/sha256.h"

namespace claimtrace {
namespace {

// The search of a page's text for a record's quote after which the page gets
// a TextIndex (building one costs about as much as 20 searches).
constexpr size_t kIndexAfter = 16;

void AppendKey(std::string_view key, std::string* out) {
  out->push_back(',');
  AppendJsonString(key, out);
  out->push_back(':');
}

void AppendFigures(std::string_view key, const std::vector<AuditFigure>& figures, std::string* out) {
  AppendKey(key, out);
  out->push_back('[');
  for (size_t i = 0; i < figures.size(); ++i) {
    if (i) out->push_back(',');
    out->append("{\"kind\":");
    AppendJsonString(figures[i].kind, out);
    out->append(",\"text\":");
    AppendJsonString(figures[i].text, out);
    if (figures[i].value) {
      out->append(",\"value\":");
      AppendJsonNumber(*figures[i].value, out);
    }
    out->push_back('}');
  }
  out->push_back(']');
}

// `o` re-serialized with the values of `overrides` replaced (raw JSON), the
// keys in `dropped` left out, and `tail` (",\"key\":value..." pieces) appended.
std::string RewriteObject(const simdjson::dom::object& o,
                          const std::vector<std::pair<std::string_view, std::string>>& overrides,
                          const std::vector<std::string_view>& dropped, std::string_view tail) {
  std::string out = "{";
  for (auto field : o) {
    if (std::find(dropped.begin(), dropped.end(), field.key) != dropped.end()) continue;
    if (out.size() > 1) out.push_back(',');
    AppendJsonString(field.key, &out);
    out.push_back(':');
    auto it = std::find_if(overrides.begin(), overrides.end(),
                           [&](const auto& kv) { return kv.first == field.key; });
    out.append(it != overrides.end() ? it->second : simdjson::to_string(field.value));
  }
  if (out.size() == 1 && !tail.empty() && tail[0] == ',') tail.remove_prefix(1);
  out.append(tail);
  out.push_back('}');
  return out;
}

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// One source file, as the claims file names it and as it is now.
struct Source {
  std::string doc;
  std::string recorded_sha256;  // from its document record; empty when there was none
  Status read;                  // not ok: every record of it is unreadable
  std::string bytes;
  std::string sha256;
  bool normalized = false;
  NormalizedDocument text;
  PageStyle style;
  size_t document_line = SIZE_MAX;  // index of its document record in the --fix output
  bool all_anchored = true;         // every record verified or moved
  size_t reanchored = 0;            // records searched for so far
  std::optional<TextIndex> index;   // of text.text, from the kIndexAfter-th search on
  int64_t shift = 0;                // how far the text moved at the last record anchored
};

class Auditor {
 public:
  Auditor(const std::string& claims_path, const AuditOptions& options,
          const std::function<void(std::string_view)>& emit, AuditSummary* summary)
      : claims_path_(claims_path), options_(options), emit_(emit), summary_(summary) {}

  Status Run() {
    *summary_ = AuditSummary();
    std::unique_ptr<ClaimsFileReader> reader;
    Status s = ClaimsFileReader::Open(claims_path_, &reader);
    if (!s.ok()) return s;
    // Opened first, so that an unwritable --fix fails before the work.
    if (!options_.fix_path.empty()) {
      s = fix_file_.Open(options_.fix_path);
      if (!s.ok()) return s;
    }
    ClaimsLine line;
    while (reader->Next(&line)) Handle(line);
    if (!reader->status().ok()) return reader->status();
    FinishSource();
    return options_.fix_path.empty() ? Status::Ok() : fix_file_.Commit();
  }

 private:
  void Handle(const ClaimsLine& line) {
    if (!line.status.ok()) {
      ++summary_->malformed;
      std::string out = "{\"type\":\"error\",\"doc\":";
      AppendJsonString(claims_path_, &out);
      out += ",\"line\":" + std::to_string(line.number) + ",\"code\":";
      AppendJsonString(line.status.code_name(), &out);
      AppendKey("message", &out);
      AppendJsonString(line.status.message(), &out);
      out += "}\n";
      emit_(out);
      KeepLine(line.text);
      return;
    }
    const ClaimsRecord& r = line.record;
    switch (r.type) {
      case ClaimsRecord::Type::kDocument:
        SwitchTo(r.doc);
        source_.recorded_sha256 = r.sha256;
        source_.document_line = fixed_.size();
        KeepLine(line.text);
        return;
      case ClaimsRecord::Type::kMention:
      case ClaimsRecord::Type::kClaim:
        if (!current_ || source_.doc != r.doc) SwitchTo(r.doc);
        AuditRecord(line);
        return;
      case ClaimsRecord::Type::kError:
      case ClaimsRecord::Type::kOther:
        KeepLine(line.text);
        return;
    }
  }

  void KeepLine(std::string_view text) {
    if (!options_.fix_path.empty()) fixed_.emplace_back(text);
  }

  std::string Resolve(const std::string& doc) const {
    std::filesystem::path p(doc);
    if (p.is_absolute() || options_.root.empty()) return doc;
    return (std::filesystem::path(options_.root) / p).string();
  }

  void SwitchTo(const std::string& doc) {
    FinishSource();
    source_ = Source();
    current_ = true;
    source_.doc = doc;
    if (doc == "-") {
      source_.read = Status(ErrorCode::kNotFound, "standard input cannot be read again");
      return;
    }
    source_.read = ReadDocument(Resolve(doc), options_.normalize.max_bytes, &source_.bytes);
    if (source_.read.ok()) source_.sha256 = Sha256Hex(source_.bytes);
  }

  // --fix: a document whose records all anchored gets its new sha256; one
  // with changed or missing records keeps the old one so that the next audit
  // looks at them again. Its lines are then written: only one document's
  // lines are held, not the whole claims file.
  void FinishSource() {
    if (options_.fix_path.empty()) return;
    if (current_ && source_.document_line != SIZE_MAX && source_.read.ok() && source_.all_anchored &&
        source_.sha256 != source_.recorded_sha256) {
      simdjson::dom::object o;
      if (parser_.parse(fixed_[source_.document_line]).get(o) == simdjson::SUCCESS) {
        fixed_[source_.document_line] = RewriteObject(
            o, {{"sha256", Quoted(source_.sha256)}, {"bytes", std::to_string(source_.bytes.size())}}, {}, "");
      }
    }
    for (std::string& l : fixed_) {
      l.push_back('\n');
      // A failure is kept by the writer and returned by Commit().
      if (!fix_file_.Append(l).ok()) break;
    }
    fixed_.clear();
  }

  bool EnsureNormalized() {
    if (!source_.normalized) {
      source_.normalized = true;
      Status s = Normalize(source_.bytes, options_.normalize, &source_.text);
      if (!s.ok()) {
        source_.read = s;
        return false;
      }
      source_.style = figures_.SniffStyle(source_.text.text);
    }
    return source_.read.ok();
  }

  void AuditRecord(const ClaimsLine& line) {
    const ClaimsRecord& r = line.record;
    AnchorResult a;
    std::string message;
    if (!source_.read.ok()) {
      a.status = AuditStatus::kUnreadable;
    } else if (!source_.recorded_sha256.empty() && source_.recorded_sha256 == source_.sha256) {
      a.status = AuditStatus::kVerified;
      a.source_span = r.anchor.span;
    } else if (!EnsureNormalized()) {
      a.status = AuditStatus::kUnreadable;
    } else {
      // A page with few records to search is searched directly; past that,
      // its index answers each record in time of its own occurrences.
      if (++source_.reanchored == kIndexAfter) source_.index.emplace(source_.text.text);
      a = ReanchorOnPage(r.anchor, source_.bytes, source_.text, figures_, source_.style,
                         source_.index ? &*source_.index : nullptr, &source_.shift);
    }
    Count(a.status);
    if (a.status != AuditStatus::kVerified && a.status != AuditStatus::kMoved) source_.all_anchored = false;

    bool is_claim = r.type == ClaimsRecord::Type::kClaim;
    std::string out = "{\"type\":\"audit\",\"doc\":";
    AppendJsonString(r.doc, &out);
    out += is_claim ? ",\"record\":\"claim\"" : ",\"record\":\"mention\"";
    out += ",\"line\":" + std::to_string(line.number);
    AppendKey("kind", &out);
    AppendJsonString(r.kind, &out);
    AppendKey("status", &out);
    AppendJsonString(AuditStatusName(a.status), &out);
    out += ",\"start\":" + std::to_string(r.anchor.span.start) + ",\"end\":" + std::to_string(r.anchor.span.end);
    AppendKey("text", &out);
    AppendJsonString(r.anchor.text, &out);
    if (a.status == AuditStatus::kMoved || a.status == AuditStatus::kChanged) {
      out += ",\"new_start\":" + std::to_string(a.source_span.start) +
             ",\"new_end\":" + std::to_string(a.source_span.end);
      AppendKey("new_text", &out);
      AppendJsonString(source_.text.DisplayText(a.text_span), &out);
      if (a.fuzzy) out += ",\"fuzzy\":true";
    }
    if (a.status == AuditStatus::kChanged) {
      AppendFigures("old", a.old_figures, &out);
      AppendFigures("new", a.new_figures, &out);
    }
    if (a.status == AuditStatus::kUnreadable) {
      AppendKey("code", &out);
      AppendJsonString(source_.read.code_name(), &out);
      AppendKey("message", &out);
      AppendJsonString(source_.read.message(), &out);
    }
    out += "}\n";
    emit_(out);

    if (options_.fix_path.empty()) return;
    if (a.status == AuditStatus::kMoved) {
      fixed_.push_back(Relocated(line, a));
    } else {
      fixed_.push_back(line.text);
    }
  }

  // The record with its offsets, selector and position at the new place.
  std::string Relocated(const ClaimsLine& line, const AnchorResult& a) {
    const std::string& text = source_.text.text;
    // Counting from the page's start for each record made --fix grow with the square of a page's size.
    const uint64_t before = source_.index ? source_.index->CodePointsBefore(a.text_span.start)
                                          : CodePointsBefore(text, a.text_span.start);
    std::string selector;
    AppendSelectorJson(MakeSelector(text, a.text_span, before), &selector);
    std::vector<std::pair<std::string_view, std::string>> overrides = {
        {"start", std::to_string(a.source_span.start)}, {"end", std::to_string(a.source_span.end)}};
    simdjson::dom::object o;
    if (parser_.parse(line.text).get(o) != simdjson::SUCCESS) return line.text;
    if (line.record.type == ClaimsRecord::Type::kMention) {
      if (a.fuzzy) overrides.emplace_back("text", Quoted(source_.text.DisplayText(a.text_span)));
      return RewriteObject(o, overrides, {"selector", "position"}, selector);
    }
    simdjson::dom::object evidence;
    if (o["evidence"].get(evidence) != simdjson::SUCCESS) return line.text;
    if (a.fuzzy) overrides.emplace_back("quote", Quoted(VisibleSourceText(source_.bytes, source_.text, a.source_span)));
    std::string moved = RewriteObject(evidence, overrides, {"selector", "position"}, selector);
    return RewriteObject(o, {{"evidence", moved}}, {}, "");
  }

  void Count(AuditStatus s) {
    switch (s) {
      case AuditStatus::kVerified: ++summary_->verified; break;
      case AuditStatus::kMoved: ++summary_->moved; break;
      case AuditStatus::kChanged: ++summary_->changed; break;
      case AuditStatus::kMissing: ++summary_->missing; break;
      case AuditStatus::kUnreadable: ++summary_->unreadable; break;
    }
  }

  const std::string& claims_path_;
  const AuditOptions& options_;
  const std::function<void(std::string_view)>& emit_;
  AuditSummary* summary_;
  FigureDetector figures_;
  simdjson::dom::parser parser_;
  bool current_ = false;
  Source source_;
  std::vector<std::string> fixed_;  // the --fix lines of the current document (and any before it)
  AtomicFileWriter fix_file_;
};

}  // namespace

Status AuditClaimsFile(const std::string& claims_path, const AuditOptions& options,
                       const std::function<void(std::string_view)>& emit, AuditSummary* summary) {
  return Auditor(claims_path, options, emit, summary).Run();
}

}  // namespace claimtrace
