#include "claimtrace/store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <simdjson.h>
#include <thread>

#include "store_internal.h"

namespace claimtrace {
namespace {

constexpr const char* kFormat = "1";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  started TEXT NOT NULL,
  ended TEXT,
  status TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  rules_version INTEGER NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0,
  extracted INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  removed INTEGER NOT NULL DEFAULT 0,
  claims_added INTEGER NOT NULL DEFAULT 0,
  claims_removed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER,
  mtime_ns INTEGER,
  sha256 TEXT,
  tool_version TEXT,
  rules_version INTEGER,
  status TEXT NOT NULL,
  error_code TEXT,
  first_run INTEGER NOT NULL,
  changed_run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS records(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  added_run INTEGER NOT NULL,
  removed_run INTEGER,
  type TEXT NOT NULL,
  kind TEXT,
  span_start INTEGER,
  span_end INTEGER,
  text TEXT,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_by_doc ON records(doc_id, removed_run, seq);
CREATE TABLE IF NOT EXISTS claims(
  record_id INTEGER PRIMARY KEY REFERENCES records(id),
  claim_key TEXT NOT NULL,
  amount REAL,
  currency TEXT,
  value REAL,
  year INTEGER,
  from_year INTEGER,
  to_year INTEGER,
  projected INTEGER,
  subject TEXT,
  segment_dimension TEXT,
  segment_name TEXT,
  qualifier TEXT);
CREATE VIEW IF NOT EXISTS live_claims AS
  SELECT d.path, d.sha256, r.kind, c.amount, c.currency, c.value, c.year, c.from_year,
         c.to_year, c.projected, c.subject, c.segment_dimension, c.segment_name, c.qualifier,
         r.span_start AS evidence_start, r.span_end AS evidence_end, r.text AS quote, r.json
  FROM records r JOIN documents d ON d.id = r.doc_id JOIN claims c ON c.record_id = r.id
  WHERE r.removed_run IS NULL;
)sql";

std::string NowUtc() {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

// ---- record parsing --------------------------------------------------------

std::string StringField(const simdjson::dom::element& e) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) return {};
  return std::string(s);
}

std::string StringField(const simdjson::dom::object& o, std::string_view key) {
  simdjson::dom::element e;
  if (o[key].get(e) != simdjson::SUCCESS) return {};
  return StringField(e);
}

std::optional<double> DoubleField(const simdjson::dom::object& o, std::string_view key) {
  double v;
  if (o[key].get_double().get(v) != simdjson::SUCCESS) return std::nullopt;
  return v;
}

std::optional<int64_t> IntField(const simdjson::dom::object& o, std::string_view key) {
  int64_t v;
  if (o[key].get_int64().get(v) == simdjson::SUCCESS) return v;
  uint64_t u;
  if (o[key].get_uint64().get(u) == simdjson::SUCCESS && u <= INT64_MAX) return static_cast<int64_t>(u);
  return std::nullopt;
}

std::string OptIntText(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; }

void ReadClaim(const simdjson::dom::object& o, StoreRecord* r) {
  r->amount = DoubleField(o, "amount");
  r->value = DoubleField(o, "value");
  r->currency = StringField(o, "currency");
  r->year = IntField(o, "year");
  r->from = IntField(o, "from");
  r->to = IntField(o, "to");
  bool projected;
  if (o["projected"].get_bool().get(projected) == simdjson::SUCCESS) r->projected = projected;
  r->subject = StringField(o, "subject");
  r->qualifier = StringField(o, "qualifier");
  simdjson::dom::object segment;
  if (o["segment"].get_object().get(segment) == simdjson::SUCCESS) {
    r->segment_dimension = StringField(segment, "dimension");
    r->segment_name = StringField(segment, "name");
  }
  simdjson::dom::object evidence;
  if (o["evidence"].get_object().get(evidence) == simdjson::SUCCESS) {
    r->start = IntField(evidence, "start");
    r->end = IntField(evidence, "end");
    r->text = StringField(evidence, "quote");
  }
  // The period a figure is about, never the figure: a new amount for the same
  // market, segment and year is a change of that claim, not a new one.
  std::string period = r->kind == "cagr" ? OptIntText(r->from) + "-" + OptIntText(r->to)
                                         : OptIntText(r->year);
  if (r->projected && *r->projected) period += "p";
  r->key = r->kind + "|" + r->subject + "|" + r->segment_dimension + "|" + r->segment_name + "|" + period;
}

}  // namespace

Status ParseRecords(std::string_view lines, std::vector<StoreRecord>* out) {
  out->clear();
  simdjson::dom::parser parser;
  size_t line_no = 0;
  while (!lines.empty()) {
    size_t nl = lines.find('\n');
    std::string_view line = lines.substr(0, nl);
    lines.remove_prefix(nl == std::string_view::npos ? lines.size() : nl + 1);
    ++line_no;
    if (line.empty()) continue;
    simdjson::dom::object o;
    std::string_view type;
    if (parser.parse(line.data(), line.size()).get_object().get(o) != simdjson::SUCCESS ||
        o["type"].get_string().get(type) != simdjson::SUCCESS) {
      return Status(ErrorCode::kParseError, "record line " + std::to_string(line_no) + " is not a JSON object with a \"type\"");
    }
    StoreRecord r;
    r.type = std::string(type);
    r.json = std::string(line);
    if (r.type == "mention") {
      r.kind = StringField(o, "kind");
      r.start = IntField(o, "start");
      r.end = IntField(o, "end");
      r.text = StringField(o, "text");
    } else if (r.type == "claim") {
      r.kind = StringField(o, "kind");
      ReadClaim(o, &r);
    } else if (r.type == "document") {
      r.text = StringField(o, "sha256");
    } else if (r.type == "error") {
      r.kind = StringField(o, "code");
      r.text = StringField(o, "message");
    }
    out->push_back(std::move(r));
  }
  return Status::Ok();
}

// ---- SQLite plumbing -------------------------------------------------------

std::string LiveAt(int n) {
  // Built by appends: GCC 12 warns falsely (-Wrestrict) on chained string operator+.
  std::string p = std::to_string(n);
  std::string sql = "(r.added_run <= ?";
  sql.append(p).append(" AND (r.removed_run IS NULL OR r.removed_run > ?").append(p).append("))");
  return sql;
}

Store::Impl::~Impl() {
  if (db) sqlite3_close_v2(db);
}

namespace {

// SQLite's message, with the operating system's reason when there is one
// ("disk I/O error (File too large)").
std::string SqliteReason(sqlite3* db) {
  if (!db) return "cannot open";
  std::string m = sqlite3_errmsg(db);
  if (int err = sqlite3_system_errno(db)) m.append(" (").append(std::strerror(err)).append(")");
  return m;
}

}  // namespace

Status Store::Impl::Error(std::string_view what) const {
  return Status(ErrorCode::kStoreError, path + ": " + std::string(what) + ": " + SqliteReason(db));
}

Status Store::Impl::Exec(const char* sql) const {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) return Error("write");
  return Status::Ok();
}

void Store::Impl::TestPause() const {
  if (sleep_us) std::this_thread::sleep_for(std::chrono::microseconds(sleep_us));
}

Stmt::Stmt(const Store::Impl& store, const char* sql) : store_(store) {
  if (sqlite3_prepare_v2(store.db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
    status_ = store.Error("prepare");
  }
}
Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::Bind(int i, std::string_view v) {
  if (stmt_) sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::Bind(int i, int64_t v) {
  if (stmt_) sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, const std::optional<int64_t>& v) {
  if (!stmt_) return *this;
  if (v) sqlite3_bind_int64(stmt_, i, *v); else sqlite3_bind_null(stmt_, i);
  return *this;
}
Stmt& Stmt::Bind(int i, const std::optional<double>& v) {
  if (!stmt_) return *this;
  if (v) sqlite3_bind_double(stmt_, i, *v); else sqlite3_bind_null(stmt_, i);
  return *this;
}
Stmt& Stmt::BindOptText(int i, std::string_view v) {
  if (!stmt_) return *this;
  if (v.empty()) sqlite3_bind_null(stmt_, i); else Bind(i, v);
  return *this;
}

bool Stmt::Step() {
  if (!stmt_ || !status_.ok()) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = store_.Error("query");
  return false;
}

Status Stmt::Run() {
  Step();
  if (status_.ok()) store_.TestPause();
  return status_;
}

void Stmt::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string_view Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}
std::optional<int64_t> Stmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

// ---- Store -----------------------------------------------------------------

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
const std::string& Store::path() const { return impl_->path; }

Status Store::Open(const std::string& path, Mode mode, std::unique_ptr<Store>* out) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  if (const char* s = std::getenv("CLAIMTRACE_STORE_TEST_SLEEP_US")) impl->sleep_us = std::atoi(s);
  if (mode == Mode::kReadOnly && ::access(path.c_str(), F_OK) != 0) {
    return Status(ErrorCode::kNotFound, path + ": no such store (" + std::strerror(errno) + ")");
  }
  int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &impl->db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    return impl->Error("cannot open");
  }
  sqlite3_busy_timeout(impl->db, 10000);
  sqlite3_extended_result_codes(impl->db, 1);
  if (mode == Mode::kReadWrite) {
    // WAL: readers (export, diff) never block the writer. synchronous=NORMAL
    // keeps every committed transaction across a process crash or kill -9;
    // only a power cut can lose the last few, which the next run redoes.
    Status s = impl->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    if (s.ok()) s = impl->Exec(kSchema);
    if (!s.ok()) return s;
    Stmt put(*impl, "INSERT OR IGNORE INTO meta(key, value) VALUES('format', ?1)");
    put.Bind(1, kFormat);
    if (Status ps = put.Run(); !ps.ok()) return ps;
  }
  Stmt format(*impl, "SELECT value FROM meta WHERE key = 'format'");
  if (!format.Step()) {
    if (!format.status().ok()) {
      return Status(ErrorCode::kStoreError, path + ": not a claimtrace store (" + format.status().message() + ")");
    }
    return Status(ErrorCode::kStoreError, path + ": not a claimtrace store (no format entry)");
  }
  if (format.Text(0) != kFormat) {
    return Status(ErrorCode::kStoreError, path + ": store format " + std::string(format.Text(0)) +
                                              " is not the format " + kFormat + " this claimtrace reads");
  }
  *out = std::unique_ptr<Store>(new Store(std::move(impl)));
  return Status::Ok();
}

Status Store::GetMeta(std::string_view key, std::optional<std::string>* value) const {
  Stmt q(*impl_, "SELECT value FROM meta WHERE key = ?1");
  q.Bind(1, key);
  if (q.Step()) *value = std::string(q.Text(0)); else value->reset();
  return q.status();
}

Status Store::SetMeta(std::string_view key, std::string_view value) {
  Stmt q(*impl_, "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  return q.Bind(1, key).Bind(2, value).Run();
}

Status Store::Begin() { return impl_->Exec("BEGIN IMMEDIATE"); }
Status Store::Commit() { return impl_->Exec("COMMIT"); }
void Store::Rollback() {
  if (!sqlite3_get_autocommit(impl_->db)) sqlite3_exec(impl_->db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Store::StartRun(RunInfo* run) {
  Status s = impl_->Exec("UPDATE runs SET status = 'interrupted' WHERE status = 'running'");
  if (!s.ok()) return s;
  run->started = NowUtc();
  run->status = "running";
  Stmt q(*impl_, "INSERT INTO runs(kind, started, status, tool_version, rules_version) VALUES(?1, ?2, ?3, ?4, ?5)");
  s = q.Bind(1, run->kind).Bind(2, run->started).Bind(3, run->status).Bind(4, run->tool_version)
          .Bind(5, run->rules_version).Run();
  if (s.ok()) run->id = sqlite3_last_insert_rowid(impl_->db);
  return s;
}

Status Store::UpdateRun(const RunInfo& run) {
  Stmt q(*impl_, R"sql(UPDATE runs SET status = ?2, ended = ?3, seen = ?4, extracted = ?5, unchanged = ?6,
      failed = ?7, removed = ?8, claims_added = ?9, claims_removed = ?10 WHERE id = ?1)sql");
  q.Bind(1, run.id).Bind(2, run.status).BindOptText(3, run.status == "running" ? "" : NowUtc());
  q.Bind(4, run.seen).Bind(5, run.extracted).Bind(6, run.unchanged).Bind(7, run.failed).Bind(8, run.removed);
  return q.Bind(9, run.claims_added).Bind(10, run.claims_removed).Run();
}

Status Store::ListRuns(std::vector<RunInfo>* runs) const {
  runs->clear();
  Stmt q(*impl_, R"sql(SELECT id, kind, started, ended, status, tool_version, rules_version, seen, extracted,
      unchanged, failed, removed, claims_added, claims_removed FROM runs ORDER BY id)sql");
  while (q.Step()) {
    RunInfo r;
    r.id = q.Int(0);
    r.kind = q.Text(1);
    r.started = q.Text(2);
    r.ended = q.Text(3);
    r.status = q.Text(4);
    r.tool_version = q.Text(5);
    r.rules_version = q.Int(6);
    r.seen = q.Int(7);
    r.extracted = q.Int(8);
    r.unchanged = q.Int(9);
    r.failed = q.Int(10);
    r.removed = q.Int(11);
    r.claims_added = q.Int(12);
    r.claims_removed = q.Int(13);
    runs->push_back(std::move(r));
  }
  return q.status();
}

Status Store::LoadDocuments(std::vector<StoredDocument>* docs) const {
  docs->clear();
  Stmt q(*impl_, R"sql(SELECT path, size, mtime_ns, sha256, tool_version, rules_version, status, error_code
      FROM documents WHERE status != 'removed' ORDER BY path)sql");
  while (q.Step()) {
    StoredDocument d;
    d.path = q.Text(0);
    d.size = q.OptInt(1);
    d.mtime_ns = q.OptInt(2);
    d.sha256 = q.Text(3);
    d.tool_version = q.Text(4);
    d.rules_version = q.Int(5);
    d.status = q.Text(6);
    d.error_code = q.Text(7);
    docs->push_back(std::move(d));
  }
  return q.status();
}

Status Store::LoadLiveRecords(std::string_view path, std::vector<StoreRecord>* records) const {
  records->clear();
  Stmt q(*impl_, R"sql(SELECT r.json FROM records r JOIN documents d ON d.id = r.doc_id
      WHERE d.path = ?1 AND r.removed_run IS NULL ORDER BY r.seq)sql");
  q.Bind(1, path);
  std::string lines;
  while (q.Step()) {
    lines.append(q.Text(0));
    lines.push_back('\n');
  }
  if (!q.status().ok()) return q.status();
  return ParseRecords(lines, records);
}

namespace {

// Claims (by their canonical line) in `a` that `b` does not have, as a multiset.
int64_t ClaimsMissingFrom(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::map<std::string_view, int64_t> count;
  for (const auto& s : b) ++count[s];
  int64_t missing = 0;
  for (const auto& s : a) {
    auto it = count.find(s);
    if (it == count.end() || it->second == 0) ++missing; else --it->second;
  }
  return missing;
}

}  // namespace

Status Store::PutVersion(int64_t run, const DocumentVersion& v, VersionChange* change) {
  *change = {};
  std::optional<int64_t> doc_id;
  {
    Stmt q(*impl_, "SELECT id FROM documents WHERE path = ?1");
    q.Bind(1, v.path);
    if (q.Step()) doc_id = q.Int(0);
    if (!q.status().ok()) return q.status();
  }
  std::vector<std::string> old_lines, old_claims, new_claims;
  if (doc_id) {
    Stmt q(*impl_, "SELECT type, json FROM records WHERE doc_id = ?1 AND removed_run IS NULL ORDER BY seq");
    q.Bind(1, *doc_id);
    while (q.Step()) {
      old_lines.emplace_back(q.Text(1));
      if (q.Text(0) == "claim") old_claims.emplace_back(q.Text(1));
    }
    if (!q.status().ok()) return q.status();
  }
  bool same = old_lines.size() == v.records.size();
  for (size_t i = 0; same && i < old_lines.size(); ++i) same = old_lines[i] == v.records[i].json;
  const bool failed = !v.records.empty() && v.records.front().type == "error";
  const std::string status = failed ? "error" : "ok";
  const std::string error_code = failed ? v.records.front().kind : "";

  if (!doc_id) {
    Stmt q(*impl_, "INSERT INTO documents(path, status, first_run, changed_run) VALUES(?1, 'ok', ?2, ?2)");
    if (Status s = q.Bind(1, v.path).Bind(2, run).Run(); !s.ok()) return s;
    doc_id = sqlite3_last_insert_rowid(impl_->db);
  }
  {
    Stmt q(*impl_, R"sql(UPDATE documents SET size = ?2, mtime_ns = ?3, sha256 = ?4, tool_version = ?5,
        rules_version = ?6, status = ?7, error_code = ?8, changed_run = CASE WHEN ?9 THEN ?10 ELSE changed_run END
        WHERE id = ?1)sql");
    q.Bind(1, *doc_id).Bind(2, v.size).Bind(3, v.mtime_ns).BindOptText(4, v.sha256).Bind(5, v.tool_version);
    q.Bind(6, v.rules_version).Bind(7, status).BindOptText(8, error_code).Bind(9, int64_t{!same}).Bind(10, run);
    if (Status s = q.Run(); !s.ok()) return s;
  }
  if (same) return Status::Ok();

  change->changed = true;
  {
    Stmt q(*impl_, "UPDATE records SET removed_run = ?2 WHERE doc_id = ?1 AND removed_run IS NULL");
    if (Status s = q.Bind(1, *doc_id).Bind(2, run).Run(); !s.ok()) return s;
  }
  Stmt put(*impl_, R"sql(INSERT INTO records(doc_id, seq, added_run, type, kind, span_start, span_end, text, json)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
  Stmt put_claim(*impl_, R"sql(INSERT INTO claims(record_id, claim_key, amount, currency, value, year, from_year,
      to_year, projected, subject, segment_dimension, segment_name, qualifier)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
  for (size_t i = 0; i < v.records.size(); ++i) {
    const StoreRecord& r = v.records[i];
    put.Reset();
    put.Bind(1, *doc_id).Bind(2, static_cast<int64_t>(i)).Bind(3, run).Bind(4, r.type).BindOptText(5, r.kind);
    put.Bind(6, r.start).Bind(7, r.end).BindOptText(8, r.text).Bind(9, r.json);
    if (Status s = put.Run(); !s.ok()) return s;
    if (r.type != "claim") continue;
    new_claims.push_back(r.json);
    put_claim.Reset();
    put_claim.Bind(1, static_cast<int64_t>(sqlite3_last_insert_rowid(impl_->db))).Bind(2, r.key);
    put_claim.Bind(3, r.amount).BindOptText(4, r.currency).Bind(5, r.value).Bind(6, r.year).Bind(7, r.from);
    put_claim.Bind(8, r.to);
    put_claim.Bind(9, r.projected ? std::optional<int64_t>(*r.projected) : std::nullopt);
    put_claim.BindOptText(10, r.subject).BindOptText(11, r.segment_dimension).BindOptText(12, r.segment_name);
    put_claim.BindOptText(13, r.qualifier);
    if (Status s = put_claim.Run(); !s.ok()) return s;
  }
  change->claims_added = ClaimsMissingFrom(new_claims, old_claims);
  change->claims_removed = ClaimsMissingFrom(old_claims, new_claims);
  return Status::Ok();
}

Status Store::UpdateStat(std::string_view path, int64_t size, int64_t mtime_ns) {
  Stmt q(*impl_, "UPDATE documents SET size = ?2, mtime_ns = ?3 WHERE path = ?1");
  return q.Bind(1, path).Bind(2, size).Bind(3, mtime_ns).Run();
}

Status Store::MarkRemoved(int64_t run, std::string_view path, VersionChange* change) {
  *change = {};
  Stmt count(*impl_, R"sql(SELECT count(*) FROM records r JOIN documents d ON d.id = r.doc_id
      WHERE d.path = ?1 AND r.removed_run IS NULL AND r.type = 'claim')sql");
  count.Bind(1, path);
  if (count.Step()) change->claims_removed = count.Int(0);
  if (!count.status().ok()) return count.status();
  Stmt end(*impl_, R"sql(UPDATE records SET removed_run = ?2 WHERE removed_run IS NULL
      AND doc_id = (SELECT id FROM documents WHERE path = ?1))sql");
  if (Status s = end.Bind(1, path).Bind(2, run).Run(); !s.ok()) return s;
  Stmt doc(*impl_, "UPDATE documents SET status = 'removed', changed_run = ?2 WHERE path = ?1");
  if (Status s = doc.Bind(1, path).Bind(2, run).Run(); !s.ok()) return s;
  change->changed = true;
  return Status::Ok();
}

// ---- lock ------------------------------------------------------------------

Status StoreLock::Acquire(const std::string& db_path, std::unique_ptr<StoreLock>* out) {
  std::string lock_path = db_path + ".lock";
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status(ErrorCode::kStoreError, lock_path + ": cannot open lock file: " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    char buf[32] = {};
    ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    ::close(fd);
    if (err == EWOULDBLOCK) {
      std::string holder = n > 0 ? " (pid " + std::string(buf, std::strcspn(buf, "\n")) + ")" : "";
      return Status(ErrorCode::kUsage, db_path + ": another claimtrace run is using this store" + holder +
                                           "; lock " + lock_path + " is held, try again when it has finished");
    }
    return Status(ErrorCode::kStoreError, lock_path + ": cannot lock: " + std::strerror(err));
  }
  // The pid only helps the message above; the flock itself is the lock, and
  // the kernel drops it with the holder, however it ends.
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) {
    [[maybe_unused]] ssize_t w = ::pwrite(fd, pid.data(), pid.size(), 0);
  }
  *out = std::unique_ptr<StoreLock>(new StoreLock(fd));
  return Status::Ok();
}

StoreLock::~StoreLock() { ::close(fd_); }

}  // namespace claimtrace
