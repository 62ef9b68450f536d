// Internal to claimtrace_corpus: the SQLite handle behind Store and a small
// RAII statement wrapper shared by store.cc, export.cc, diff.cc and merge.cc.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace {

struct Store::Impl {
  sqlite3* db = nullptr;
  std::string path;
  // Test hook CLAIMTRACE_STORE_TEST_SLEEP_US: microseconds slept between the
  // statements of a document's transaction, so that the kill test can land
  // SIGKILL inside one. 0 (the default) in normal use.
  unsigned sleep_us = 0;
  ~Impl();

  Status Error(std::string_view what) const;
  Status Exec(const char* sql) const;
  void TestPause() const;
};

// A prepared statement; bind indexes start at 1, column indexes at 0.
class Stmt {
 public:
  Stmt(const Store::Impl& store, const char* sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  const Status& status() const { return status_; }
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, const std::optional<int64_t>& v);
  Stmt& Bind(int i, const std::optional<double>& v);
  Stmt& BindOptText(int i, std::string_view v);  // empty -> NULL
  // Steps once: true while a row is available. Errors end up in status().
  bool Step();
  // Runs a statement that returns no rows.
  Status Run();
  void Reset();

  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string_view Text(int col) const;
  std::optional<int64_t> OptInt(int col) const;

 private:
  const Store::Impl& store_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// SQL for "record r is live in the run bound to parameter ?n": added by
// then and not removed yet.
std::string LiveAt(int n);

// Ok when `run` is 0 (the empty store) or a run of `store`; kUsage otherwise.
Status CheckRunExists(const Store& store, int64_t run);

}  // namespace claimtrace
