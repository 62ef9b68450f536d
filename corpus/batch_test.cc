// Batch runs over small hand-written corpora. Nothing here depends on what
// the extractor finds: the expected store content is always the extractor's
// own output for the same bytes (ExpectedExport), or another run's export.
#include "claimtrace/batch.h"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>

#include "../tests/batch_test_support.h"
#include "claimtrace/corpus.h"
#include "claimtrace/store.h"

namespace claimtrace {
namespace {

using testing::ReportPage;
using testing::SetMtime;
using testing::TempDir;
using testing::WriteFile;

struct Fixture {
  TempDir dir;
  std::string corpus = dir / "corpus";
  std::string db = dir / "s.db";
  std::shared_ptr<const Extractor> extractor;

  Fixture() {
    std::unique_ptr<Extractor> created;
    Status s = Extractor::Create({}, &created);
    extractor = std::move(created);
    REQUIRE_MESSAGE(s.ok(), s.message());
    for (int i = 0; i < 6; ++i) {
      std::string rel = (i % 2 ? "sub/page" : "page") + std::to_string(i) + ".html";
      WriteFile(corpus + "/" + rel, ReportPage(i));
      SetMtime(corpus + "/" + rel, 1'600'000'000 + i);
    }
  }

  BatchSummary Run(const std::function<void(BatchOptions*)>& tweak = {}, Status* status = nullptr,
                   const std::string& db_path = "") {
    BatchOptions options;
    options.corpus = corpus;
    options.db = db_path.empty() ? db : db_path;
    options.jobs = 3;
    if (tweak) tweak(&options);
    BatchSummary summary;
    Status s = RunBatch(options, extractor, &summary);
    if (status) *status = s;
    else REQUIRE_MESSAGE(s.ok(), s.message());
    return summary;
  }

  // The records `extract` writes for the regular files of the corpus (but
  // the store's own files), named relative to it, in bytewise path order.
  std::string ExpectedExport(std::string_view store_name = "") const {
    std::vector<std::string> rels;
    for (const auto& e : std::filesystem::recursive_directory_iterator(corpus)) {
      std::string rel = std::filesystem::relative(e.path(), corpus).string();
      if (e.is_regular_file() && (store_name.empty() || rel.rfind(store_name, 0) != 0)) rels.push_back(rel);
    }
    std::sort(rels.begin(), rels.end());
    std::string out;
    for (const auto& rel : rels) {
      std::string bytes = testing::ReadFileOrMissing(corpus + "/" + rel);
      AppendJsonLines(extractor->Extract(bytes), rel, bytes, JsonOptions{}, &out);
    }
    return out;
  }
};

std::string Export(const std::string& db, std::optional<int64_t> run = std::nullopt) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, Store::Mode::kReadOnly, &store);
  REQUIRE_MESSAGE(s.ok(), s.message());
  ExportOptions options;
  options.run = run;
  std::string out;
  s = ExportStore(*store, options, [&](std::string_view c) { out.append(c); });
  REQUIRE_MESSAGE(s.ok(), s.message());
  return out;
}

void Sql(const std::string& db, const char* sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  CHECK(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(h);
}

TEST_CASE("ParseShard and ShardOf") {
  struct Row {
    const char* text;
    bool ok;
    uint32_t index, count;
  };
  const Row rows[] = {
      {"0/3", true, 0, 3},
      {"2/3", true, 2, 3},
      {"0/1", true, 0, 1},
      {"3/3", false, 0, 0},   // K must be below N
      {"0/0", false, 0, 0},   // no shards at all
      {"-1/3", false, 0, 0},  // regression: from_chars must not take a sign
      {"1/", false, 0, 0},
      {"1", false, 0, 0},
      {"1/3x", false, 0, 0},  // trailing garbage
  };
  for (const Row& r : rows) {
    ShardSpec s;
    CAPTURE(r.text);
    REQUIRE(ParseShard(r.text, &s) == r.ok);
    if (r.ok) {
      CHECK(s.index == r.index);
      CHECK(s.count == r.count);
    }
  }
  CHECK(ShardOf("anything", 1) == 0);
  // The partition is the first 8 bytes of the sha256 of the path: stable across
  // machines and runs. sha256("abc") starts ba7816bf8f01cfea.
  CHECK(ShardOf("abc", 7) == 0xba7816bf8f01cfeaull % 7);
}

TEST_CASE("first run stores what extract writes; an incremental rerun extracts nothing") {
  Fixture f;
  BatchProgress last;
  BatchSummary s = f.Run([&](BatchOptions* o) { o->progress = [&](const BatchProgress& p) { last = p; }; });
  CHECK(s.seen == 6);
  CHECK(s.extracted == 6);
  CHECK(s.failed == 0);
  CHECK(last.done == 6);
  CHECK(last.total == 6);
  std::string first = Export(f.db);
  CHECK(first == f.ExpectedExport());

  s = f.Run();
  CHECK(s.extracted == 0);
  CHECK(s.unchanged == 6);
  CHECK(s.touched == 0);
  CHECK(Export(f.db) == first);
}

TEST_CASE("touched but identical is not re-extracted; changed is, and replaces its records") {
  Fixture f;
  f.Run();
  std::string first = Export(f.db);
  SetMtime(f.corpus + "/page0.html", 1'700'000'000);
  BatchSummary s = f.Run();
  CHECK(s.extracted == 0);
  CHECK(s.touched == 1);
  CHECK(s.unchanged == 6);
  s = f.Run();  // the new mtime was stored: no sha256 check this time
  CHECK(s.touched == 0);
  CHECK(s.extracted == 0);

  WriteFile(f.corpus + "/sub/page1.html", ReportPage(41) + "<p>More text.</p>\n");
  s = f.Run();
  CHECK(s.extracted == 1);
  std::string second = Export(f.db);
  CHECK(second != first);
  CHECK(second == f.ExpectedExport());
  CHECK(Export(f.db, 1) == first);  // history: the state as of run 1
}

TEST_CASE("a deleted file is removed; its history stays") {
  Fixture f;
  f.Run();
  std::string first = Export(f.db);
  std::filesystem::remove(f.corpus + "/page2.html");
  BatchSummary s = f.Run();
  CHECK(s.removed == 1);
  CHECK(s.extracted == 0);
  std::string now = Export(f.db);
  CHECK(now == f.ExpectedExport());
  CHECK(now.find("\"doc\":\"page2.html\"") == std::string::npos);
  CHECK(Export(f.db, 1) == first);

  WriteFile(f.corpus + "/page2.html", ReportPage(2));  // it comes back
  s = f.Run();
  CHECK(s.extracted == 1);
  CHECK(Export(f.db) == first);
}

TEST_CASE("binary, empty, FIFO, dangling symlink, symlink loop: exactly those errors") {
  // Tests run as root, for whom chmod 000 does not make a file unreadable; the
  // unreadable entries are a FIFO and a dangling symlink instead.
  Fixture f;
  WriteFile(f.corpus + "/binary.dat", std::string("PK\x03\x04\0\0\x01\x02\xff\xfe", 10));
  WriteFile(f.corpus + "/empty.txt", "");
  REQUIRE(::mkfifo((f.corpus + "/pipe.html").c_str(), 0644) == 0);
  std::filesystem::create_symlink("missing.html", f.corpus + "/dangling.html");
  std::filesystem::create_symlink("..", f.corpus + "/sub/loop");
  std::filesystem::create_directory(f.corpus + "/folder.html");  // a folder, walked: no document
  BatchSummary s = f.Run();
  const std::string listing_errors[][2] = {
      {"dangling.html", "not_found"}, {"pipe.html", "not_regular_file"}, {"sub/loop", "not_regular_file"}};
  std::string exported = Export(f.db);
  for (const auto& [doc, code] : listing_errors) {
    std::string head = "{\"type\":\"error\",\"doc\":\"" + doc + "\",\"code\":\"" + code + "\",\"message\":\"" + doc + ": ";
    CHECK_MESSAGE(exported.find(head) != std::string::npos, head);
  }
  CHECK(exported.find(f.dir.path()) == std::string::npos);  // messages name paths relative to the corpus
  // The regular files hold whatever extract says about them, errors included.
  std::string regular = f.ExpectedExport();
  size_t content_errors = 0;
  for (size_t p = 0; (p = regular.find("{\"type\":\"error\"", p)) != std::string::npos; ++p) ++content_errors;
  CHECK(s.failed == 3 + content_errors);
  std::string without_listing;
  for (size_t p = 0, e; p < exported.size(); p = e + 1) {
    e = exported.find('\n', p);
    std::string_view line(exported.data() + p, e - p + 1);
    bool listing = false;
    for (const auto& le : listing_errors) listing |= line.find("\"doc\":\"" + le[0] + "\"") != std::string_view::npos;
    if (!listing) without_listing += line;
  }
  CHECK(without_listing == regular);

  // A rerun changes nothing: access errors are retried and come out the same.
  s = f.Run();
  CHECK(s.failed == 3 + content_errors);
  CHECK(Export(f.db) == exported);
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(f.db, Store::Mode::kReadOnly, &store).ok());
  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  REQUIRE(runs.size() == 2);
  CHECK(runs[1].claims_added == 0);
  CHECK(runs[1].status == "complete");
}

TEST_CASE("too_large follows --max-bytes; a new tool or rules version re-extracts everything") {
  Fixture f;
  BatchSummary s = f.Run([](BatchOptions* o) { o->max_bytes = 100; });
  CHECK(s.failed == 6);
  CHECK(Export(f.db).find("\"code\":\"too_large\"") != std::string::npos);
  s = f.Run();  // the default limit admits them all now
  CHECK(s.failed == 0);
  CHECK(s.extracted == 6);
  CHECK(Export(f.db) == f.ExpectedExport());

  Sql(f.db, "UPDATE documents SET tool_version = '0.0.0' WHERE path = 'page0.html';"
            "UPDATE documents SET rules_version = 0 WHERE path = 'page4.html';");
  s = f.Run();
  CHECK(s.extracted == 2);
  CHECK(Export(f.db) == f.ExpectedExport());
}

TEST_CASE("include and exclude select by relative path; the store's own files are never documents") {
  Fixture f;
  std::string inner_db = f.corpus + "/claims.db";
  BatchSummary s = f.Run([](BatchOptions* o) {
    o->include = {"sub/*"};
    o->exclude = {"*5.html"};
  }, nullptr, inner_db);
  CHECK(s.seen == 2);  // sub/page1.html, sub/page3.html
  std::string exported = Export(inner_db);
  CHECK(exported.find("\"doc\":\"sub/page1.html\"") != std::string::npos);
  CHECK(exported.find("\"doc\":\"sub/page3.html\"") != std::string::npos);
  CHECK(exported.find("page0") == std::string::npos);
  s = f.Run({}, nullptr, inner_db);  // claims.db, -wal, -shm, .lock are inside the corpus
  CHECK(s.seen == 6);
  CHECK(s.extracted == 4);
  CHECK(Export(inner_db) == f.ExpectedExport("claims.db"));
}

TEST_CASE("shards 0/3, 1/3, 2/3 merged equal the unsharded store") {
  Fixture f;
  for (int i = 6; i < 20; ++i) WriteFile(f.corpus + "/more/p" + std::to_string(i) + ".md", "# Report " + std::to_string(i) + "\n");
  f.Run();
  std::string whole = Export(f.db);
  std::vector<std::string> shard_dbs;
  size_t docs_in_shards = 0;
  for (uint32_t k = 0; k < 3; ++k) {
    shard_dbs.push_back(f.dir / ("shard" + std::to_string(k) + ".db"));
    BatchSummary s = f.Run([&](BatchOptions* o) { o->shard = {k, 3}; }, nullptr, shard_dbs.back());
    docs_in_shards += s.seen;
  }
  CHECK(docs_in_shards == 20);

  auto merge = [&](const std::vector<std::string>& inputs, const std::string& out_path, RunInfo* run) {
    std::unique_ptr<Store> out;
    REQUIRE(Store::Open(out_path, Store::Mode::kReadWrite, &out).ok());
    return MergeStores(inputs, out.get(), run);
  };
  RunInfo run;
  Status s = merge(shard_dbs, f.dir / "merged.db", &run);
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK(run.seen == 20);
  CHECK(Export(f.dir / "merged.db") == whole);
  // Merging again changes nothing; the merged store is a normal store for batch.
  REQUIRE(merge(shard_dbs, f.dir / "merged.db", &run).ok());
  CHECK(run.extracted == 0);
  CHECK(f.Run({}, nullptr, f.dir / "merged.db").extracted == 0);

  struct Refusal {
    std::vector<std::string> inputs;
    const char* says;
  };
  const Refusal refusals[] = {
      {{shard_dbs[0], shard_dbs[1]}, "shard 2/3 is missing"},
      {{shard_dbs[0], shard_dbs[1], shard_dbs[1], shard_dbs[2]}, "given twice"},
      {{shard_dbs[0], f.db}, "one of 1 shards"},  // an unsharded store among shards
  };
  for (const Refusal& r : refusals) {
    CAPTURE(r.says);
    Status rs = merge(r.inputs, f.dir / "refused.db", &run);
    CHECK(rs.code() == ErrorCode::kUsage);
    CHECK(rs.message().find(r.says) != std::string::npos);
  }
  CHECK(Export(f.dir / "refused.db") == "");  // a refused merge writes nothing

  // Different tool versions, and the same document in two shards.
  Sql(shard_dbs[2], "UPDATE runs SET tool_version = '9.9'");
  s = merge(shard_dbs, f.dir / "refused.db", &run);
  CHECK(s.message().find("rerun both with one version") != std::string::npos);
  Sql(shard_dbs[2], "UPDATE runs SET tool_version = '" CLAIMTRACE_VERSION "';"
                    "UPDATE meta SET value = '2/3' WHERE key = 'shard'");
  std::string copy = f.dir / "copy.db";
  std::filesystem::copy_file(shard_dbs[1], copy);
  Sql(copy, "UPDATE meta SET value = '2/3' WHERE key = 'shard'");
  s = merge({shard_dbs[0], shard_dbs[1], copy}, f.dir / "refused.db", &run);
  CHECK(s.message().find("also in another shard") != std::string::npos);
}

TEST_CASE("a store in use, of another corpus or of another shard is refused") {
  Fixture f;
  f.Run();
  Status s;
  {
    std::unique_ptr<StoreLock> held;
    REQUIRE(StoreLock::Acquire(f.db, &held).ok());
    f.Run({}, &s);
    CHECK(s.code() == ErrorCode::kUsage);
    CHECK(s.message().find("another claimtrace run is using this store") != std::string::npos);
  }
  TempDir other;
  WriteFile(other / "x.txt", "x");
  f.Run([&](BatchOptions* o) { o->corpus = other.path(); }, &s);
  CHECK(s.code() == ErrorCode::kUsage);
  CHECK(s.message().find("this store holds the corpus") != std::string::npos);
  f.Run([](BatchOptions* o) { o->shard = {1, 2}; }, &s);
  CHECK(s.code() == ErrorCode::kUsage);
  CHECK(s.message().find("not shard 1/2") != std::string::npos);
  f.Run([&](BatchOptions* o) { o->corpus = f.dir / "nowhere"; }, &s);
  CHECK(s.code() == ErrorCode::kUsage);
  CHECK(s.message().find("nowhere") != std::string::npos);
}

}  // namespace
}  // namespace claimtrace
