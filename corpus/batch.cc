#include "claimtrace/batch.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "claimtrace/corpus.h"
#include "claimtrace/sha256.h"
#include "claimtrace/store.h"
#include "claimtrace/watchdog.h"

namespace claimtrace {
namespace {

constexpr const char* kToolVersion = CLAIMTRACE_VERSION;
constexpr int64_t kRulesVersion = CLAIMTRACE_RULES_VERSION;

// One selected corpus entry and what this run must do with it.
struct Task {
  std::string rel, full;
  std::optional<Status> list_error;       // the listing already failed
  std::optional<int64_t> size, mtime_ns;  // as stat'ed before reading
  std::string known_sha;  // same sha256 means unchanged: only the stat fields move
  std::string stored_status;
};

struct Outcome {
  bool touched = false;  // same bytes as stored: only size and mtime change
  bool extracted = false;
  bool timed_out = false;
  DocumentVersion version;
  std::string stored_status;
};

// Status messages name the path as listed or read; the store names it
// relative to the corpus root.
Status RelativeStatus(const Status& s, std::string_view prefix) {
  std::string m = s.message();
  if (m.compare(0, prefix.size(), prefix) == 0) m.erase(0, prefix.size());
  return Status(s.code(), std::move(m));
}

bool MatchesAny(const std::vector<std::string>& globs, const std::string& rel) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return ::fnmatch(g.c_str(), rel.c_str(), 0) == 0; });
}

// Errors of access may go away without the file changing; they are retried
// every run, and so are timeouts, which depend on the budget and the
// machine's load. Errors of content stay while the bytes stay.
bool IsAccessError(std::string_view code) {
  return code == ErrorCodeName(ErrorCode::kIoError) || code == ErrorCodeName(ErrorCode::kTimeout) || code == ErrorCodeName(ErrorCode::kNotFound) ||
         code == ErrorCodeName(ErrorCode::kNotRegularFile) || code == ErrorCodeName(ErrorCode::kInternal);
}

bool IsUnchanged(const StoredDocument& d, const Task& t, uint64_t max_bytes) {
  if (d.size != t.size || d.mtime_ns != t.mtime_ns) return false;
  if (d.tool_version != kToolVersion || d.rules_version != kRulesVersion) return false;
  if (d.status == "error" && IsAccessError(d.error_code)) return false;
  // The too_large verdict depends on this run's --max-bytes, not on the bytes.
  bool too_large = t.size && static_cast<uint64_t>(*t.size) > max_bytes;
  return too_large == (d.status == "error" && d.error_code == ErrorCodeName(ErrorCode::kTooLarge));
}

DocumentVersion ErrorVersion(const Task& t, const Status& status) {
  DocumentVersion v;
  v.path = t.rel;
  v.size = t.size;
  v.mtime_ns = t.mtime_ns;
  v.tool_version = kToolVersion;
  v.rules_version = kRulesVersion;
  std::string line;
  AppendErrorRecord(t.rel, status, &line);
  ParseRecords(line, &v.records);
  return v;
}

Outcome Process(const Task& t, const Extractor& extractor, uint64_t max_bytes, std::string_view prefix) {
  Outcome o;
  o.stored_status = t.stored_status;
  if (t.list_error) {
    o.version = ErrorVersion(t, RelativeStatus(*t.list_error, prefix));
    return o;
  }
  std::string bytes;
  Status rs = ReadDocument(t.full, max_bytes, &bytes);
  if (!rs.ok()) {
    o.version = ErrorVersion(t, RelativeStatus(rs, prefix));
    return o;
  }
  o.version.path = t.rel;
  o.version.size = t.size;
  o.version.mtime_ns = t.mtime_ns;
  // Extract hashes the page too: hash it here only to find it unchanged.
  std::string sha;
  if (!t.known_sha.empty()) {
    sha = Sha256Hex(bytes);
    if (sha == t.known_sha) {
      o.touched = true;
      return o;
    }
  }
  o.extracted = true;
  std::string lines;
  {
    // Only the lines leave this block: the page and its extraction are freed
    // before the records are parsed out of the lines (peak memory on large pages).
    const std::string source = std::move(bytes);
    DocumentResult r = extractor.Extract(source);
    AppendJsonLines(r, t.rel, source, JsonOptions{}, &lines);
    sha = std::move(r.sha256);
  }
  Status ps = ParseRecords(lines, &o.version.records);
  if (!ps.ok()) {
    o.version = ErrorVersion(t, Status(ErrorCode::kInternal, t.rel + ": extractor wrote a bad record: " + ps.message()));
    return o;
  }
  o.version.sha256 = std::move(sha);
  o.version.tool_version = kToolVersion;
  o.version.rules_version = kRulesVersion;
  return o;
}

Outcome TimedOut(const Task& t, const Status& timeout) {
  Outcome o;
  o.stored_status = t.stored_status;
  o.timed_out = true;
  o.version = ErrorVersion(t, Status(timeout.code(), t.rel + ": " + timeout.message()));
  return o;
}

bool IsError(const DocumentVersion& v) { return !v.records.empty() && v.records.front().type == "error"; }

// A queue of finished documents between the workers and the writer. Its
// capacity bounds memory to about (workers + capacity) documents.
class OutcomeQueue {
 public:
  explicit OutcomeQueue(size_t capacity) : capacity_(capacity) {}

  // False when the writer has stopped.
  bool Push(Outcome o) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return stopped_ || queue_.size() < capacity_; });
    if (stopped_) return false;
    queue_.push_back(std::move(o));
    not_empty_.notify_one();
    return true;
  }
  // Waits up to `timeout`; nullopt when nothing arrived.
  std::optional<Outcome> Pop(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!not_empty_.wait_for(lock, timeout, [&] { return !queue_.empty(); })) return std::nullopt;
    Outcome o = std::move(queue_.front());
    queue_.pop_front();
    not_full_.notify_one();
    return o;
  }
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    not_full_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Outcome> queue_;
  bool stopped_ = false;
};

// Every selected entry of the corpus, in bytewise path order.
Status Discover(const BatchOptions& options, const std::string& root, std::vector<Task>* out) {
  const std::string prefix = root == "/" ? "//" : root + "/";
  // The store's own files may sit inside the corpus; they are not documents.
  std::set<std::string> store_files;
  std::filesystem::path db(options.db);
  std::string db_dir = RealPath(db.has_parent_path() ? db.parent_path().string() : ".");
  std::string db_full = db_dir + "/" + db.filename().string();
  if (db_full.compare(0, prefix.size(), prefix) == 0) {
    std::string rel = db_full.substr(prefix.size());
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) store_files.insert(rel + suffix);
  }
  std::vector<DocumentRef> docs;
  std::vector<DocumentError> errors;
  ListDocuments({root}, &docs, &errors);
  auto select = [&](const std::string& full) -> std::optional<std::string> {
    if (full.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    std::string rel = full.substr(prefix.size());
    if (store_files.count(rel)) return std::nullopt;
    if (!options.include.empty() && !MatchesAny(options.include, rel)) return std::nullopt;
    if (MatchesAny(options.exclude, rel)) return std::nullopt;
    if (ShardOf(rel, options.shard.count) != options.shard.index) return std::nullopt;
    return rel;
  };
  for (const DocumentRef& d : docs) {
    if (auto rel = select(d.path)) out->push_back({*rel, d.path, std::nullopt, {}, {}, {}, {}});
  }
  for (const DocumentError& e : errors) {
    if (e.path == root) return Status(ErrorCode::kUsage, options.corpus + ": " + e.status.message());
    if (auto rel = select(e.path)) out->push_back({*rel, e.path, e.status, {}, {}, {}, {}});
  }
  std::sort(out->begin(), out->end(), [](const Task& a, const Task& b) { return a.rel < b.rel; });
  return Status::Ok();
}

class BatchRun {
 public:
  BatchRun(const BatchOptions& options, std::shared_ptr<const Extractor> extractor, Store* store, std::string root)
      : options_(options), extractor_(std::move(extractor)), store_(store), root_(std::move(root)),
        prefix_(root_ == "/" ? "//" : root_ + "/") {}

  Status Run(BatchSummary* summary);

 private:
  Status Start(const std::vector<StoredDocument>& stored, const std::vector<Task>& entries);
  Status Store(const Outcome& o);
  void Report() {
    if (options_.progress) options_.progress(progress_);
  }

  const BatchOptions& options_;
  const std::shared_ptr<const Extractor> extractor_;  // shared with abandoned work
  claimtrace::Store* store_;
  const std::string root_, prefix_;
  RunInfo run_;
  BatchSummary summary_;
  BatchProgress progress_;
};

Status BatchRun::Start(const std::vector<StoredDocument>& stored, const std::vector<Task>& entries) {
  std::set<std::string_view> present;
  for (const Task& t : entries) present.insert(t.rel);
  if (Status s = store_->Begin(); !s.ok()) return s;
  Status s = store_->SetMeta("corpus_root", root_);
  if (s.ok()) s = store_->SetMeta("shard", options_.shard.ToString());
  run_.tool_version = kToolVersion;
  run_.rules_version = kRulesVersion;
  if (s.ok()) s = store_->StartRun(&run_);
  for (const StoredDocument& d : stored) {
    if (!s.ok()) break;
    if (present.count(d.path)) continue;
    VersionChange change;
    s = store_->MarkRemoved(run_.id, d.path, &change);
    ++run_.removed;
    run_.claims_removed += change.claims_removed;
  }
  if (s.ok()) s = store_->UpdateRun(run_);
  if (s.ok()) s = store_->Commit();
  if (!s.ok()) store_->Rollback();
  return s;
}

Status BatchRun::Store(const Outcome& o) {
  Status s = store_->Begin();
  VersionChange change;
  bool failed;
  if (o.touched) {
    if (s.ok()) s = store_->UpdateStat(o.version.path, *o.version.size, *o.version.mtime_ns);
    failed = o.stored_status == "error";
    ++run_.unchanged;
    ++summary_.touched;
  } else {
    summary_.timed_out += o.timed_out;
    if (s.ok()) s = store_->PutVersion(run_.id, o.version, &change);
    failed = IsError(o.version);
    run_.extracted += o.extracted;
    run_.claims_added += change.claims_added;
    run_.claims_removed += change.claims_removed;
    if (failed && summary_.failures.size() < 20) {
      const StoreRecord& e = o.version.records.front();
      summary_.failures.push_back(o.version.path + ": " + e.kind + ": " + e.text);
    }
  }
  run_.failed += failed;
  if (s.ok()) s = store_->UpdateRun(run_);
  if (s.ok()) s = store_->Commit();
  if (!s.ok()) store_->Rollback();
  return s;
}

Status BatchRun::Run(BatchSummary* summary) {
  std::vector<StoredDocument> stored;
  if (Status s = store_->LoadDocuments(&stored); !s.ok()) return s;
  std::vector<Task> found;
  if (Status s = Discover(options_, root_, &found); !s.ok()) return s;
  if (Status s = Start(stored, found); !s.ok()) return s;
  run_.seen = found.size();
  summary_.removed = run_.removed;

  std::map<std::string_view, const StoredDocument*> by_path;
  for (const StoredDocument& d : stored) by_path[d.path] = &d;
  std::vector<Task> tasks;
  for (Task& t : found) {
    if (!t.list_error) {
      struct stat st;
      if (::stat(t.full.c_str(), &st) != 0) {
        t.list_error = Status(ErrorCode::kIoError, t.full + ": " + std::strerror(errno));
      } else {
        t.size = st.st_size;
        t.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
      }
    }
    auto it = by_path.find(t.rel);
    if (it != by_path.end()) {
      const StoredDocument& d = *it->second;
      t.stored_status = d.status;
      if (!t.list_error && IsUnchanged(d, t, options_.max_bytes)) {
        ++run_.unchanged;
        run_.failed += d.status == "error";
        continue;
      }
      if (d.tool_version == kToolVersion && d.rules_version == kRulesVersion && !IsAccessError(d.error_code)) {
        t.known_sha = d.sha256;
      }
    }
    progress_.bytes_total += t.size.value_or(0);
    tasks.push_back(std::move(t));
  }
  progress_.total = run_.seen;
  progress_.done = run_.unchanged;
  Report();

  const size_t jobs = std::clamp<size_t>(options_.jobs, 1, std::max<size_t>(1, tasks.size()));
  OutcomeQueue queue(2 * jobs);
  // The work may be abandoned and outlive this run: it shares what it reads.
  const auto shared_tasks = std::make_shared<const std::vector<Task>>(std::move(tasks));
  WatchdogTasks<Outcome> hooks;
  hooks.count = shared_tasks->size();
  hooks.work = [shared_tasks, extractor = extractor_, max_bytes = options_.max_bytes, prefix = prefix_](size_t i) {
    return Process((*shared_tasks)[i], *extractor, max_bytes, prefix);
  };
  hooks.deliver = [&queue](size_t, Outcome&& o) { return queue.Push(std::move(o)); };
  hooks.timed_out = [&queue, &shared_tasks](size_t i, const Status& s) {
    return queue.Push(TimedOut((*shared_tasks)[i], s));
  };
  Watchdog<Outcome> watchdog({.jobs = jobs, .budget = options_.timeout, .max_abandoned = jobs}, std::move(hooks));
  Status failure;
  for (size_t stored_count = 0; stored_count < shared_tasks->size();) {
    std::optional<Outcome> o = queue.Pop(std::chrono::milliseconds(250));
    if (!o) {
      Report();
      continue;
    }
    ++stored_count;
    failure = Store(*o);
    if (!failure.ok()) break;
    ++progress_.done;
    progress_.bytes_done += o->version.size.value_or(0);
    Report();
  }
  queue.Stop();
  watchdog.Wait();

  run_.status = failure.ok() ? "complete" : "failed";
  Status end = store_->UpdateRun(run_);  // best effort when the store already failed
  if (failure.ok()) failure = end;
  summary_.run = run_.id;
  summary_.seen = run_.seen;
  summary_.extracted = run_.extracted;
  summary_.unchanged = run_.unchanged;
  summary_.failed = run_.failed;
  summary_.claims_added = run_.claims_added;
  summary_.claims_removed = run_.claims_removed;
  *summary = std::move(summary_);
  return failure;
}

}  // namespace

std::string ShardSpec::ToString() const {
  if (count <= 1) return {};
  return std::to_string(index) + "/" + std::to_string(count);
}

bool ParseShard(std::string_view text, ShardSpec* out) {
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  auto parse = [](std::string_view s, uint32_t* v) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
    return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
  };
  ShardSpec s;
  if (!parse(text.substr(0, slash), &s.index) || !parse(text.substr(slash + 1), &s.count)) return false;
  if (s.count == 0 || s.count > 65536 || s.index >= s.count) return false;
  *out = s;
  return true;
}

uint32_t ShardOf(std::string_view relative_path, uint32_t count) {
  if (count <= 1) return 0;
  std::string hex = Sha256Hex(relative_path).substr(0, 16);
  uint64_t h = std::strtoull(hex.c_str(), nullptr, 16);
  return static_cast<uint32_t>(h % count);
}

Status RunBatch(const BatchOptions& options, std::shared_ptr<const Extractor> extractor, BatchSummary* summary) {
  *summary = {};
  std::string root = RealPath(options.corpus);
  struct stat st;
  if (root.empty() || ::stat(root.c_str(), &st) != 0) {
    return Status(ErrorCode::kUsage, options.corpus + ": cannot open corpus folder: " + std::strerror(errno));
  }
  if (!S_ISDIR(st.st_mode)) return Status(ErrorCode::kUsage, options.corpus + ": the corpus is not a folder");

  std::unique_ptr<StoreLock> lock;
  if (Status s = StoreLock::Acquire(options.db, &lock); !s.ok()) return s;
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(options.db, Store::Mode::kReadWrite, &store); !s.ok()) return s;

  std::optional<std::string> stored_root, stored_shard;
  if (Status s = store->GetMeta("corpus_root", &stored_root); !s.ok()) return s;
  if (Status s = store->GetMeta("shard", &stored_shard); !s.ok()) return s;
  if (stored_root && *stored_root != root) {
    return Status(ErrorCode::kUsage, options.db + ": this store holds the corpus " + *stored_root +
                                         ", not " + root + "; use another --db");
  }
  std::string shard = options.shard.ToString();
  if (stored_shard && *stored_shard != shard) {
    auto name = [](const std::string& s) { return s.empty() ? std::string("the whole corpus") : "shard " + s; };
    return Status(ErrorCode::kUsage, options.db + ": this store holds " + name(*stored_shard) +
                                         ", not " + name(shard) + "; use another --db");
  }
  BatchRun run(options, std::move(extractor), store.get(), root);
  return run.Run(summary);
}

}  // namespace claimtrace
