// batch: one incremental run over a corpus folder into a claim store.
//
//   claimtrace::BatchOptions options;
//   options.corpus = "reports";
//   options.db = "claims.db";
//   options.jobs = 4;
//   claimtrace::BatchSummary summary;
//   options.timeout = std::chrono::seconds(60);  // per document; 0 = none
//   claimtrace::Status s = claimtrace::RunBatch(options, extractor /* shared_ptr */, &summary);
//   // s.code(): kOk; kUsage (store in use, other corpus or shard); kStoreError
//   // (the store failed: everything committed before stays). Failed documents
//   // are not an error of the run: summary.failed counts them.
//
// A document is unchanged when its size and mtime are the ones stored; when
// they differ but its sha256 is the same only the stat fields are updated.
// New and changed documents are extracted on `jobs` threads; one writer
// thread stores each document's records in one transaction.
//
// A document over `timeout` is stored as a "timeout" error (retried next run)
// and its work is abandoned, still running (see watchdog.h): the extractor is
// shared with it, and when summary.timed_out is not zero the program should
// end with std::_Exit once its output is flushed.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/extractor.h"
#include "claimtrace/status.h"

namespace claimtrace {

// Shard `index` of `count`: the documents whose ShardOf(path, count) == index.
struct ShardSpec {
  uint32_t index = 0;
  uint32_t count = 1;  // 1: unsharded
  std::string ToString() const;  // "K/N", or "" when unsharded
};
// Parses "K/N" (0 <= K < N <= 65536).
bool ParseShard(std::string_view text, ShardSpec* out);
// The first 8 bytes of the sha256 of the relative path, modulo `count`.
uint32_t ShardOf(std::string_view relative_path, uint32_t count);

struct BatchProgress {
  uint64_t done = 0, total = 0;              // documents
  uint64_t bytes_done = 0, bytes_total = 0;  // of the documents to extract
};

struct BatchOptions {
  std::string corpus;  // folder; the store keeps paths relative to it
  std::string db;
  unsigned jobs = 1;
  ShardSpec shard;
  // fnmatch(3) globs on the relative path ('*' also matches '/'); a document
  // is selected when it matches some include (or there are none) and no exclude.
  std::vector<std::string> include, exclude;
  uint64_t max_bytes = 64ull << 20;
  std::chrono::milliseconds timeout{0};  // per document (read + extract); 0: none
  // Called on the writer thread after every document and a few times a second.
  std::function<void(const BatchProgress&)> progress;
};

struct BatchSummary {
  int64_t run = 0;
  uint64_t seen = 0;       // documents selected in the corpus
  uint64_t extracted = 0;  // read and extracted (new, changed, or retried)
  uint64_t unchanged = 0;  // skipped, or same sha256 with a new mtime
  uint64_t touched = 0;    // of `unchanged`: same sha256, stat fields updated
  uint64_t failed = 0;     // selected documents whose stored state is an error
  uint64_t removed = 0;    // documents that disappeared since the last run
  uint64_t timed_out = 0;  // documents of this run over options.timeout
  uint64_t claims_added = 0, claims_removed = 0;
  std::vector<std::string> failures;  // "path: code: message" of this run's new failures, first 20
};

Status RunBatch(const BatchOptions& options, std::shared_ptr<const Extractor> extractor, BatchSummary* summary);

}  // namespace claimtrace
