// The claim store on hand-written records (independent of what the extractor
// finds): parsing, versions, history, export, diff and the lock.
#include "claimtrace/store.h"

#include <doctest/doctest.h>

#include "../tests/batch_test_support.h"

namespace claimtrace {
namespace {

using testing::TempDir;

std::string DocumentLine(std::string_view doc, std::string_view sha) {
  return "{\"type\":\"document\",\"doc\":\"" + std::string(doc) + "\",\"schema\":1,\"sha256\":\"" +
         std::string(sha) + "\",\"bytes\":10}";
}

std::string SizeClaim(std::string_view doc, std::string_view amount, int year, int start) {
  return "{\"type\":\"claim\",\"doc\":\"" + std::string(doc) + "\",\"kind\":\"size\",\"amount\":" +
         std::string(amount) + ",\"currency\":\"USD\",\"year\":" + std::to_string(year) +
         ",\"projected\":false,\"subject\":\"Widgets\",\"segment\":null,\"qualifier\":null,"
         "\"evidence\":{\"start\":" + std::to_string(start) + ",\"end\":" + std::to_string(start + 5) +
         ",\"quote\":\"q, \\\"x\\\"\"}}";
}

std::string CagrClaim(std::string_view doc, std::string_view value) {
  return "{\"type\":\"claim\",\"doc\":\"" + std::string(doc) + "\",\"kind\":\"cagr\",\"value\":" +
         std::string(value) + ",\"from\":2024,\"to\":2030,\"subject\":\"Widgets\",\"segment\":null,"
         "\"qualifier\":null,\"evidence\":{\"start\":1,\"end\":2,\"quote\":\"c\"}}";
}

std::string ShareClaim(std::string_view doc, std::string_view region) {
  return "{\"type\":\"claim\",\"doc\":\"" + std::string(doc) + "\",\"kind\":\"share\",\"value\":38,\"year\":2023,"
         "\"subject\":\"Widgets\",\"segment\":{\"dimension\":\"region\",\"name\":\"" + std::string(region) +
         "\"},\"qualifier\":\"around\",\"evidence\":{\"start\":3,\"end\":4,\"quote\":\"s\"}}";
}

DocumentVersion Version(std::string_view path, const std::vector<std::string>& lines) {
  DocumentVersion v;
  v.path = path;
  v.size = 10;
  v.mtime_ns = 1;
  v.tool_version = "t";
  v.rules_version = 1;
  std::string all;
  for (const auto& l : lines) all += l + "\n";
  REQUIRE(ParseRecords(all, &v.records).ok());
  return v;
}

std::string Export(const Store& store, std::optional<int64_t> run = std::nullopt,
                   ExportOptions::Format format = ExportOptions::Format::kJsonl) {
  ExportOptions options;
  options.run = run;
  options.format = format;
  std::string out;
  Status s = ExportStore(store, options, [&](std::string_view c) { out.append(c); });
  REQUIRE_MESSAGE(s.ok(), s.message());
  return out;
}

std::unique_ptr<Store> OpenStore(const std::string& path) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, Store::Mode::kReadWrite, &store);
  REQUIRE_MESSAGE(s.ok(), s.message());
  return store;
}

int64_t NewRun(Store* store) {
  RunInfo run;
  run.tool_version = "t";
  run.rules_version = 1;
  REQUIRE(store->StartRun(&run).ok());
  run.status = "complete";
  REQUIRE(store->UpdateRun(run).ok());
  return run.id;
}

VersionChange Put(Store* store, int64_t run, const DocumentVersion& v) {
  VersionChange change;
  REQUIRE(store->Begin().ok());
  Status s = store->PutVersion(run, v, &change);
  REQUIRE_MESSAGE(s.ok(), s.message());
  REQUIRE(store->Commit().ok());
  return change;
}

TEST_CASE("ParseRecords reads the columns of each record type") {
  std::vector<StoreRecord> r;
  std::string lines = DocumentLine("a.html", "abc") + "\n" +
                      "{\"type\":\"mention\",\"doc\":\"a.html\",\"kind\":\"money\",\"text\":\"USD 1\",\"start\":5,\"end\":10}\n" +
                      SizeClaim("a.html", "181930000000", 2023, 7) + "\n" + CagrClaim("a.html", "20.42") + "\n" +
                      ShareClaim("a.html", "North America") + "\n" +
                      "{\"type\":\"error\",\"doc\":\"b\",\"code\":\"binary\",\"message\":\"NUL bytes\"}\n";
  REQUIRE(ParseRecords(lines, &r).ok());
  REQUIRE(r.size() == 6);
  CHECK(r[0].type == "document");
  CHECK(r[0].text == "abc");
  CHECK(r[1].kind == "money");
  CHECK(r[1].start == 5);
  CHECK(r[1].end == 10);
  CHECK(r[1].text == "USD 1");
  CHECK(r[2].kind == "size");
  CHECK(r[2].amount == 181930000000.0);
  CHECK(r[2].currency == "USD");
  CHECK(r[2].year == 2023);
  CHECK(r[2].projected == false);
  CHECK(r[2].start == 7);
  CHECK(r[2].end == 12);
  CHECK(r[2].text == "q, \"x\"");
  CHECK(r[2].key == "size|Widgets|||2023");  // the key never holds the figure
  CHECK(r[3].value == 20.42);
  CHECK(r[3].key == "cagr|Widgets|||2024-2030");
  CHECK(r[4].segment_name == "North America");
  CHECK(r[4].qualifier == "around");
  CHECK(r[4].key == "share|Widgets|region|North America|2023");
  CHECK(r[5].kind == "binary");
  CHECK(r[5].text == "NUL bytes");
  CHECK(r[2].json == SizeClaim("a.html", "181930000000", 2023, 7));

  // Regression: a line that is not an object must not be stored as a record.
  CHECK(ParseRecords("[1,2]\n", &r).code() == ErrorCode::kParseError);
  CHECK(ParseRecords("{\"doc\":\"x\"}\n", &r).code() == ErrorCode::kParseError);
}

TEST_CASE("versions replace live records and keep the history") {
  TempDir dir;
  auto store = OpenStore(dir / "s.db");
  int64_t r1 = NewRun(store.get());
  auto v1 = Version("a.html", {DocumentLine("a.html", "1"), SizeClaim("a.html", "5", 2023, 0), CagrClaim("a.html", "3")});
  VersionChange c = Put(store.get(), r1, v1);
  CHECK(c.changed);
  CHECK(c.claims_added == 2);
  CHECK(c.claims_removed == 0);
  std::string first = Export(*store);
  CHECK(first == DocumentLine("a.html", "1") + "\n" + SizeClaim("a.html", "5", 2023, 0) + "\n" +
                     CagrClaim("a.html", "3") + "\n");

  int64_t r2 = NewRun(store.get());
  c = Put(store.get(), r2, v1);  // the same records again: nothing new
  CHECK_FALSE(c.changed);
  auto v2 = Version("a.html", {DocumentLine("a.html", "2"), SizeClaim("a.html", "6", 2023, 0), CagrClaim("a.html", "3")});
  c = Put(store.get(), r2, v2);
  CHECK(c.changed);
  CHECK(c.claims_added == 1);
  CHECK(c.claims_removed == 1);
  CHECK(Export(*store, r1) == first);
  CHECK(Export(*store) == DocumentLine("a.html", "2") + "\n" + SizeClaim("a.html", "6", 2023, 0) + "\n" +
                              CagrClaim("a.html", "3") + "\n");

  int64_t r3 = NewRun(store.get());
  REQUIRE(store->Begin().ok());
  REQUIRE(store->MarkRemoved(r3, "a.html", &c).ok());
  REQUIRE(store->Commit().ok());
  CHECK(c.claims_removed == 2);
  CHECK(Export(*store) == "");
  CHECK(Export(*store, r1) == first);
  std::vector<StoredDocument> docs;
  REQUIRE(store->LoadDocuments(&docs).ok());
  CHECK(docs.empty());  // removed documents are not loaded

  ExportOptions bad;
  bad.run = 99;
  CHECK(ExportStore(*store, bad, [](std::string_view) {}).code() == ErrorCode::kUsage);
}

TEST_CASE("export orders documents bytewise by path and writes CSV with provenance") {
  TempDir dir;
  auto store = OpenStore(dir / "s.db");
  int64_t r = NewRun(store.get());
  // Inserted out of order; "a/b" sorts after "a-c" bytewise ('/' > '-').
  Put(store.get(), r, Version("a/b", {DocumentLine("a/b", "s2"), SizeClaim("a/b", "1.5", 2023, 4)}));
  Put(store.get(), r, Version("a-c", {DocumentLine("a-c", "s1"), ShareClaim("a-c", "Europe")}));
  std::string jsonl = Export(*store);
  CHECK(jsonl.find("\"doc\":\"a-c\"") < jsonl.find("\"doc\":\"a/b\""));
  CHECK(Export(*store, std::nullopt, ExportOptions::Format::kCsv) ==
        "doc,sha256,kind,amount,currency,value,year,from,to,projected,subject,segment_dimension,"
        "segment_name,qualifier,evidence_start,evidence_end,quote\n"
        "a-c,s1,share,,,38,2023,,,,Widgets,region,Europe,around,3,4,s\n"
        "a/b,s2,size,1.5,USD,,2023,,,false,Widgets,,,,4,9,\"q, \"\"x\"\"\"\n");
}

TEST_CASE("diff pairs claims by key: added, removed, changed; moved evidence is no change") {
  TempDir dir;
  auto store = OpenStore(dir / "s.db");
  int64_t r1 = NewRun(store.get());
  Put(store.get(), r1, Version("a", {DocumentLine("a", "1"), SizeClaim("a", "5", 2023, 0), CagrClaim("a", "3"),
                                     SizeClaim("a", "7", 2030, 9)}));
  Put(store.get(), r1, Version("gone", {DocumentLine("gone", "1"), CagrClaim("gone", "4")}));
  int64_t r2 = NewRun(store.get());
  // size 2023 changes figure, cagr disappears, share appears, size 2030 only moves.
  Put(store.get(), r2, Version("a", {DocumentLine("a", "2"), SizeClaim("a", "6", 2023, 0), ShareClaim("a", "Asia"),
                                     SizeClaim("a", "7", 2030, 40)}));
  VersionChange c;
  REQUIRE(store->Begin().ok());
  REQUIRE(store->MarkRemoved(r2, "gone", &c).ok());
  REQUIRE(store->Commit().ok());

  std::string out;
  DiffSummary summary;
  REQUIRE(DiffRuns(*store, r1, r2, [&](std::string_view s) { out.append(s); }, &summary).ok());
  CHECK(out == "{\"type\":\"diff\",\"change\":\"changed\",\"doc\":\"a\",\"claim\":" + SizeClaim("a", "6", 2023, 0) +
                   ",\"before\":" + SizeClaim("a", "5", 2023, 0) + "}\n" +
                   "{\"type\":\"diff\",\"change\":\"added\",\"doc\":\"a\",\"claim\":" + ShareClaim("a", "Asia") + "}\n" +
                   "{\"type\":\"diff\",\"change\":\"removed\",\"doc\":\"a\",\"claim\":" + CagrClaim("a", "3") + "}\n" +
                   "{\"type\":\"diff\",\"change\":\"removed\",\"doc\":\"gone\",\"claim\":" + CagrClaim("gone", "4") + "}\n");
  CHECK(summary.added == 1);
  CHECK(summary.removed == 2);
  CHECK(summary.changed == 1);

  // From the empty store (run 0) everything live is added.
  out.clear();
  REQUIRE(DiffRuns(*store, 0, r1, [&](std::string_view s) { out.append(s); }, &summary).ok());
  CHECK(summary.added == 4);
  CHECK(summary.removed == 0);
  CHECK(DiffRuns(*store, r1, 77, [](std::string_view) {}, &summary).code() == ErrorCode::kUsage);
}

TEST_CASE("a run left running by a killed process becomes interrupted") {
  TempDir dir;
  auto store = OpenStore(dir / "s.db");
  RunInfo killed;
  REQUIRE(store->StartRun(&killed).ok());
  RunInfo next;
  REQUIRE(store->StartRun(&next).ok());
  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].status == "interrupted");
  CHECK(runs[1].status == "running");
}

TEST_CASE("opening: missing stores and files that are not stores are refused by name") {
  TempDir dir;
  std::unique_ptr<Store> store;
  Status s = Store::Open(dir / "none.db", Store::Mode::kReadOnly, &store);
  CHECK(s.code() == ErrorCode::kNotFound);
  CHECK(s.message().find("none.db") != std::string::npos);
  testing::WriteFile(dir / "text.db", "this is not SQLite, just text that is long enough to be a header....");
  s = Store::Open(dir / "text.db", Store::Mode::kReadWrite, &store);
  CHECK(s.code() == ErrorCode::kStoreError);
  CHECK(s.message().find("text.db") != std::string::npos);
}

TEST_CASE("the lock refuses a second holder and is released when its holder is killed") {
  TempDir dir;
  std::string db = dir / "s.db";
  {
    std::unique_ptr<StoreLock> first, second;
    REQUIRE(StoreLock::Acquire(db, &first).ok());
    Status s = StoreLock::Acquire(db, &second);
    CHECK(s.code() == ErrorCode::kUsage);
    CHECK(s.message().find("another claimtrace run") != std::string::npos);
    CHECK(s.message().find("(pid " + std::to_string(::getpid()) + ")") != std::string::npos);
  }
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  pid_t child = ::fork();
  if (child == 0) {
    std::unique_ptr<StoreLock> held;
    bool ok = StoreLock::Acquire(db, &held).ok();
    [[maybe_unused]] ssize_t w = ::write(ready[1], ok ? "y" : "n", 1);
    ::pause();
    ::_exit(0);
  }
  char c = 0;
  REQUIRE(::read(ready[0], &c, 1) == 1);
  CHECK(c == 'y');
  std::unique_ptr<StoreLock> lock;
  CHECK(StoreLock::Acquire(db, &lock).code() == ErrorCode::kUsage);
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  CHECK(StoreLock::Acquire(db, &lock).ok());
  ::close(ready[0]);
  ::close(ready[1]);
}

}  // namespace
}  // namespace claimtrace
