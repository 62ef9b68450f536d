#include "claimtrace/extractor.h"
#include "claimtrace/store.h"
#include "store_internal.h"

namespace claimtrace {
namespace {

constexpr size_t kFlushBytes = 1 << 16;


void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

Status CheckRunExists(const Store& store, int64_t run) {
  if (run == 0) return Status::Ok();
  Stmt q(store.impl(), "SELECT 1 FROM runs WHERE id = ?1");
  q.Bind(1, run);
  if (q.Step()) return Status::Ok();
  if (!q.status().ok()) return q.status();
  return Status(ErrorCode::kUsage, store.path() + ": no run " + std::to_string(run) + " in this store");
}

Status ExportStore(const Store& store, const ExportOptions& options, const Sink& sink) {
  if (options.run) {
    if (Status s = CheckRunExists(store, *options.run); !s.ok()) return s;
  }
  const std::string live = options.run ? LiveAt(1) : "r.removed_run IS NULL";
  const bool csv = options.format == ExportOptions::Format::kCsv;
  std::string sql = csv ? R"sql(SELECT d.path, r.type, r.text, r.kind, c.amount, c.currency, c.value, c.year,
        c.from_year, c.to_year, c.projected, c.subject, c.segment_dimension, c.segment_name, c.qualifier,
        r.span_start, r.span_end
      FROM records r JOIN documents d ON d.id = r.doc_id LEFT JOIN claims c ON c.record_id = r.id
      WHERE r.type IN ('document', 'claim') AND )sql"
                        : "SELECT r.json FROM records r JOIN documents d ON d.id = r.doc_id WHERE ";
  sql += live + " ORDER BY d.path, r.seq";
  Stmt q(store.impl(), sql.c_str());
  if (options.run) q.Bind(1, *options.run);
  std::string out;
  if (csv) {
    out = "doc,sha256,kind,amount,currency,value,year,from,to,projected,subject,segment_dimension,"
          "segment_name,qualifier,evidence_start,evidence_end,quote\n";
  }
  std::string sha256;  // of the document whose records are being read
  while (q.Step()) {
    if (!csv) {
      out.append(q.Text(0));
      out.push_back('\n');
    } else if (q.Text(1) == "document") {
      sha256 = q.Text(2);
    } else {
      AppendCsvField(q.Text(0), &out);
      out.push_back(',');
      out.append(sha256);
      out.push_back(',');
      AppendCsvField(q.Text(3), &out);
      for (int col = 4; col <= 16; ++col) {
        out.push_back(',');
        if (q.IsNull(col)) continue;
        if (col == 4 || col == 6) {
          AppendJsonNumber(q.Double(col), &out);
        } else if (col == 10) {
          out.append(q.Int(col) ? "true" : "false");
        } else {
          AppendCsvField(q.Text(col), &out);
        }
      }
      out.push_back(',');
      AppendCsvField(q.Text(2), &out);
      out.push_back('\n');
    }
    if (out.size() >= kFlushBytes) {
      sink(out);
      out.clear();
    }
  }
  if (!q.status().ok()) return q.status();
  if (!out.empty()) sink(out);
  return Status::Ok();
}

}  // namespace claimtrace
