// store: the SQLite claim store that `batch` fills and `export`, `diff` and
// `merge` read. Every record of every document version is kept with the run
// that added it and the run that removed it, so the state "as of run R" and
// the difference between two runs are queries.
//
//   std::unique_ptr<claimtrace::StoreLock> lock;
//   claimtrace::Status s = claimtrace::StoreLock::Acquire("claims.db", &lock);  // one writer
//   std::unique_ptr<claimtrace::Store> store;
//   s = claimtrace::Store::Open("claims.db", claimtrace::Store::Mode::kReadWrite, &store);
//   std::vector<claimtrace::StoreRecord> records;
//   s = claimtrace::ParseRecords(json_lines, &records);  // lines from AppendJsonLines
//   s = store->Begin();
//   s = store->PutVersion(run, version);  // replaces the document's live records
//   s = store->Commit();                  // the document is stored, or not at all
//   s = claimtrace::ExportStore(*store, {}, [](std::string_view chunk) { ... });
//
// Errors of SQLite itself come back as kStoreError naming the file; a store
// used the wrong way (another corpus, another shard) as kUsage.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

// One record line of the SCHEMA.md stream with the columns the store indexes.
struct StoreRecord {
  std::string type;  // "document", "mention", "claim", "error"
  std::string json;  // the canonical line, without its '\n'
  std::string kind;  // mention or claim kind; error code
  std::optional<int64_t> start, end;  // mention span or claim evidence, source bytes
  std::string text;  // mention text, evidence quote, error message, document sha256
  // Claims only. `key` identifies a claim within its document across runs:
  // kind, subject, segment and period (never the figure itself).
  std::optional<double> amount, value;
  std::optional<int64_t> year, from, to;
  std::optional<bool> projected;
  std::string currency, subject, segment_dimension, segment_name, qualifier, key;
};

// Splits `lines` (JSON Lines of one document) into records. Fails with
// kParseError on a line that is not a JSON object with a "type".
Status ParseRecords(std::string_view lines, std::vector<StoreRecord>* out);

// The extraction of one document as it is written into the store.
struct DocumentVersion {
  std::string path;                      // relative to the corpus root
  std::optional<int64_t> size, mtime_ns; // unset when the entry could not be stat'ed
  std::string sha256;                    // empty when the bytes were not read
  std::string tool_version;
  int64_t rules_version = 0;
  std::vector<StoreRecord> records;      // a document's stream, or one error record
};

// The `documents` row: the current state of one path.
struct StoredDocument {
  std::string path;
  std::optional<int64_t> size, mtime_ns;
  std::string sha256, tool_version;
  int64_t rules_version = 0;
  std::string status;      // "ok", "error", "removed"
  std::string error_code;  // status "error" only
};

struct RunInfo {
  int64_t id = 0;
  std::string kind = "batch";     // "batch" or "merge"
  std::string started, ended;     // ISO 8601 UTC; `ended` empty while running
  std::string status = "running"; // running, complete, interrupted, failed
  std::string tool_version;
  int64_t rules_version = 0;
  int64_t seen = 0, extracted = 0, unchanged = 0, failed = 0, removed = 0;
  int64_t claims_added = 0, claims_removed = 0;
};

// What one PutVersion or MarkRemoved changed, for the run's counters.
struct VersionChange {
  bool changed = false;  // false: the records were identical, only stat fields were updated
  int64_t claims_added = 0, claims_removed = 0;
};

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };
  // kReadWrite creates the file and its schema when missing. Store files of
  // another format version are refused.
  static Status Open(const std::string& path, Mode mode, std::unique_ptr<Store>* out);
  ~Store();

  const std::string& path() const;

  // `meta` keys: "corpus_root", "shard" ("K/N", or "" when unsharded).
  Status GetMeta(std::string_view key, std::optional<std::string>* value) const;
  Status SetMeta(std::string_view key, std::string_view value);

  Status Begin();
  Status Commit();
  void Rollback();

  // Adds a run row (status "running", started now); rows left "running" by a
  // killed process become "interrupted".
  Status StartRun(RunInfo* run);
  // Writes `run`'s counters, status and (when status is not running) end time.
  Status UpdateRun(const RunInfo& run);
  Status ListRuns(std::vector<RunInfo>* runs) const;

  // All documents not removed, in path order.
  Status LoadDocuments(std::vector<StoredDocument>* docs) const;
  // The live records of `path`, in stream order; empty when none.
  Status LoadLiveRecords(std::string_view path, std::vector<StoreRecord>* records) const;

  // Makes `version` the live state of its document in `run`: its previous live
  // records get removed_run = run. Identical records only refresh the stat fields.
  Status PutVersion(int64_t run, const DocumentVersion& version, VersionChange* change);
  // Refreshes size and mtime of a document whose bytes are unchanged.
  Status UpdateStat(std::string_view path, int64_t size, int64_t mtime_ns);
  // The document disappeared: its live records end in `run`.
  Status MarkRemoved(int64_t run, std::string_view path, VersionChange* change);

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// An exclusive advisory lock (flock) on FILE + ".lock": released by the kernel
// when the holder exits, even by SIGKILL. Fails with kUsage naming the holder.
class StoreLock {
 public:
  static Status Acquire(const std::string& db_path, std::unique_ptr<StoreLock>* out);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  explicit StoreLock(int fd) : fd_(fd) {}
  int fd_;
};

using Sink = std::function<void(std::string_view)>;

struct ExportOptions {
  enum class Format { kJsonl, kCsv } format = Format::kJsonl;
  std::optional<int64_t> run;  // unset: the current state
};
// The SCHEMA.md stream of every document (path order, bytewise), or a CSV of
// the claims with their provenance. Byte-identical for the same corpus state.
Status ExportStore(const Store& store, const ExportOptions& options, const Sink& sink);

struct DiffSummary {
  int64_t added = 0, removed = 0, changed = 0;
};
// Claims live in run `to` but not `from` (added), the reverse (removed), and
// claims with the same key whose figures or qualifier differ (changed), as
// {"type":"diff",...} lines. Run 0 is the empty store.
Status DiffRuns(const Store& store, int64_t from, int64_t to, const Sink& sink, DiffSummary* summary);

// Combines the current state of shard stores into `out` as one new run
// (kind "merge"). Refuses shards of different corpus roots or tool/rules
// versions, repeated or missing shard numbers, and documents in two shards.
Status MergeStores(const std::vector<std::string>& shard_paths, Store* out, RunInfo* run);

}  // namespace claimtrace
