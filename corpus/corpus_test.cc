#include "claimtrace/corpus.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "../tests/temp_dir.h"

namespace claimtrace {
namespace {

using testing::ReadFileOrMissing;
using testing::TempDir;

std::vector<std::string> Paths(const std::vector<DocumentRef>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.path);
  return out;
}

struct ErrorRow {
  std::string path;
  ErrorCode code;
  std::string message_part;
};

}  // namespace

TEST_CASE("ListDocuments walks folders depth first in byte order and skips hidden entries") {
  TempDir dir;
  REQUIRE(dir.ok());
  for (const char* f : {"r/b.html", "r/a.md", "r/A.txt", "r/10.txt", "r/9.txt", "r/sub/z.txt",
                        "r/sub/.hidden.html", "r/.git/config", "r/.draft.md", "r/sub/deeper/y.htm"}) {
    dir.Write(f, "x");
  }
  std::vector<DocumentRef> docs;
  std::vector<DocumentError> errors;
  // The trailing slash is dropped from the shown path; an explicitly named
  // hidden file is read (only walks skip hidden entries).
  ListDocuments({dir / "r/", dir / "r/.draft.md", "-"}, &docs, &errors);
  CHECK(errors.empty());
  CHECK(Paths(docs) == std::vector<std::string>{
                           dir / "r/10.txt", dir / "r/9.txt", dir / "r/A.txt", dir / "r/a.md",
                           dir / "r/b.html", dir / "r/sub/deeper/y.htm", dir / "r/sub/z.txt",
                           dir / "r/.draft.md", "-"});
}

TEST_CASE("ListDocuments gives relative paths as they were given") {
  TempDir dir;
  REQUIRE(dir.ok());
  dir.Write("c/one.txt", "1");
  std::string cwd = std::filesystem::current_path().string();
  std::filesystem::current_path(dir.path());
  std::vector<DocumentRef> docs;
  std::vector<DocumentError> errors;
  ListDocuments({"c", "./c//", "c/one.txt"}, &docs, &errors);
  std::filesystem::current_path(cwd);
  CHECK(errors.empty());
  CHECK(Paths(docs) == std::vector<std::string>{"c/one.txt", "./c/one.txt", "c/one.txt"});
}

TEST_CASE("ListDocuments reports what it cannot list and goes on") {
  TempDir dir;
  REQUIRE(dir.ok());
  dir.Write("r/a.txt", "a");
  dir.Write("r/x.html/index.html", "inside a folder named like a page");
  dir.Write("r/z.txt", "z");
  REQUIRE(::mkfifo((dir / "r/pipe.html").c_str(), 0644) == 0);
  std::filesystem::create_directories(dir / "r/sub");
  REQUIRE(::symlink("..", (dir / "r/sub/back").c_str()) == 0);
  REQUIRE(::symlink("missing.txt", (dir / "r/dangling.txt").c_str()) == 0);
  REQUIRE(::symlink("self-b", (dir / "r/self-a").c_str()) == 0);
  REQUIRE(::symlink("self-a", (dir / "r/self-b").c_str()) == 0);
  REQUIRE(::symlink("x.html", (dir / "r/y-alias").c_str()) == 0);

  std::vector<DocumentRef> docs;
  std::vector<DocumentError> errors;
  ListDocuments({dir / "r", dir / "nowhere.html", dir / "r/pipe.html"}, &docs, &errors);

  // A folder named like a page is still a folder; the alias y-alias reaches
  // the same folder again and is skipped, so index.html is listed once.
  CHECK(Paths(docs) == std::vector<std::string>{dir / "r/a.txt", dir / "r/x.html/index.html", dir / "r/z.txt"});
  const std::vector<ErrorRow> want = {
      // a symlink to a missing file
      {dir / "r/dangling.txt", ErrorCode::kNotFound, "No such file or directory"},
      // a FIFO must become an error, never a read that blocks
      {dir / "r/pipe.html", ErrorCode::kNotRegularFile, "is a FIFO"},
      // two symlinks pointing at each other
      {dir / "r/self-a", ErrorCode::kIoError, "symbolic links"},
      {dir / "r/self-b", ErrorCode::kIoError, "symbolic links"},
      // a symlink from r/sub back to r, which is being walked: a loop
      {dir / "r/sub/back", ErrorCode::kNotRegularFile, "symlink loop"},
      // a named path that does not exist
      {dir / "nowhere.html", ErrorCode::kNotFound, "No such file or directory"},
      // a FIFO named on the command line
      {dir / "r/pipe.html", ErrorCode::kNotRegularFile, "is a FIFO"},
  };
  REQUIRE(errors.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(errors[i].path == want[i].path);
    CHECK(errors[i].status.code_name() == std::string(ErrorCodeName(want[i].code)));
    CHECK(errors[i].status.message().find(want[i].path) == 0);
    CHECK(errors[i].status.message().find(want[i].message_part) != std::string::npos);
  }
}

TEST_CASE("ListDocuments walks a very deep tree without recursion") {
  TempDir dir;
  REQUIRE(dir.ok());
  // Deeper than PATH_MAX allows in one path would need chdir tricks; 300
  // levels is enough to show the walk is iterative and ordered.
  std::string rel = "d";
  for (int i = 0; i < 300; ++i) rel += "/d";
  dir.Write(rel + "/leaf.txt", "x");
  dir.Write("d/top.txt", "x");
  std::vector<DocumentRef> docs;
  std::vector<DocumentError> errors;
  ListDocuments({dir / "d"}, &docs, &errors);
  CHECK(errors.empty());
  CHECK(Paths(docs) == std::vector<std::string>{dir / (rel + "/leaf.txt"), dir / "d/top.txt"});
}

TEST_CASE("RealPath resolves links, dots and relative paths to one absolute path") {
  TempDir dir;
  REQUIRE(dir.ok());
  dir.Write("a/file.txt", "x");
  REQUIRE(::symlink("a", (dir / "link").c_str()) == 0);
  const std::string real = RealPath(dir / "a/file.txt");
  REQUIRE(!real.empty());
  CHECK(real.front() == '/');
  CHECK(RealPath(dir / "link/file.txt") == real);
  CHECK(RealPath(dir / "a/../a/./file.txt") == real);
  // A path that does not exist has none.
  CHECK(RealPath(dir / "a/missing.txt").empty());
  CHECK(RealPath("").empty());
}

TEST_CASE("ReadDocument reads regular files exactly and refuses everything else") {
  TempDir dir;
  REQUIRE(dir.ok());
  std::string binary("a\0b\xff\xfe\r\n", 7);
  std::string big(200'000, 'q');  // several read() chunks
  big[199'999] = 'Z';
  dir.Write("bin.txt", binary);
  dir.Write("big.html", big);
  dir.Write("empty.md", "");
  dir.Write("ten.txt", "0123456789");
  dir.Write("x.html/inside.txt", "x");
  REQUIRE(::mkfifo((dir / "pipe.html").c_str(), 0644) == 0);

  struct Row {
    std::string path;
    uint64_t max_bytes;
    ErrorCode code;
    std::string content;  // when ok
    std::string message_part;
  };
  const std::vector<Row> rows = {
      // bytes as they are on disk: NUL, invalid UTF-8, CR LF kept
      {dir / "bin.txt", 100, ErrorCode::kOk, binary, ""},
      // larger than one read chunk
      {dir / "big.html", 1 << 20, ErrorCode::kOk, big, ""},
      {dir / "empty.md", 100, ErrorCode::kOk, "", ""},
      // exactly at the limit is allowed, one byte over is not
      {dir / "ten.txt", 10, ErrorCode::kOk, "0123456789", ""},
      {dir / "ten.txt", 9, ErrorCode::kTooLarge, "", "10 bytes is more than the limit of 9"},
      {dir / "big.html", 0, ErrorCode::kTooLarge, "", "limit of 0"},
      // a FIFO without a writer: must return at once, not block
      {dir / "pipe.html", 100, ErrorCode::kNotRegularFile, "", "is a FIFO"},
      // a folder named like a page
      {dir / "x.html", 100, ErrorCode::kNotRegularFile, "", "is a folder"},
      {"/dev/null", 100, ErrorCode::kNotRegularFile, "", "is a character device"},
      {dir / "missing.txt", 100, ErrorCode::kNotFound, "", "No such file or directory"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.path);
    CAPTURE(row.max_bytes);
    std::string out = "stale";
    Status s = ReadDocument(row.path, row.max_bytes, &out);
    CHECK(s.code_name() == std::string(ErrorCodeName(row.code)));
    CHECK(out == row.content);
    if (!s.ok()) {
      CHECK(s.message().find(row.path) == 0);
      CHECK(s.message().find(row.message_part) != std::string::npos);
    }
  }
}

TEST_CASE("ReadDocument turns a failing read into io_error") {
  // /proc/self/mem is a regular file whose read at offset 0 fails with EIO
  // (address 0 is never mapped): a real read error that root cannot bypass.
  struct stat st;
  if (::stat("/proc/self/mem", &st) != 0) {
    MESSAGE("SKIPPED: /proc/self/mem not available, read-error row not run");
    return;
  }
  std::string out;
  Status s = ReadDocument("/proc/self/mem", 1 << 20, &out);
  CHECK(s.code() == ErrorCode::kIoError);
  CHECK(s.message() == "/proc/self/mem: Input/output error");
  CHECK(out.empty());
}

TEST_CASE("ReadDocument reports a file without read permission") {
  if (::geteuid() == 0) {
    MESSAGE("SKIPPED: running as root, chmod 000 does not stop root from reading; "
            "the read-error path is covered by the /proc/self/mem case");
    return;
  }
  TempDir dir;
  REQUIRE(dir.ok());
  std::string path = dir.Write("secret.html", "<p>1</p>");
  REQUIRE(::chmod(path.c_str(), 0) == 0);
  std::string out;
  Status s = ReadDocument(path, 100, &out);
  CHECK(s.code() == ErrorCode::kIoError);
  CHECK(s.message() == path + ": Permission denied");
}

TEST_CASE("AtomicFileWriter writes the whole file and leaves no temporary file") {
  TempDir dir;
  REQUIRE(dir.ok());
  const std::string target = dir / "out.jsonl";
  AtomicFileWriter w;
  REQUIRE(w.Open(target).ok());
  // The temporary file is hidden, in the target's folder (so rename is atomic).
  CHECK(w.temp_path().rfind(dir / ".out.jsonl.tmp", 0) == 0);
  std::string want;
  bool appended = true;
  for (int i = 0; i < 30'000; ++i) {  // ~3 MB: several flushes of the 1 MiB buffer
    std::string line = "{\"type\":\"mention\",\"n\":" + std::to_string(i) + ",\"pad\":\"" +
                       std::string(static_cast<size_t>(i % 150), 'x') + "\"}\n";
    want += line;
    appended = w.Append(line).ok() && appended;
  }
  CHECK(appended);
  CHECK(w.Append(std::string(3 << 20, 'y')).ok());  // one piece larger than the buffer
  want += std::string(3 << 20, 'y');
  CHECK(ReadFileOrMissing(target) == "<missing>");  // nothing visible before Commit
  REQUIRE(w.Commit().ok());
  CHECK(w.temp_path().empty());
  CHECK(ReadFileOrMissing(target) == want);
  CHECK(dir.List() == std::vector<std::string>{"out.jsonl"});
  struct stat st;
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0644);
}

TEST_CASE("AtomicFileWriter keeps the old file when the run is abandoned or a write fails") {
  TempDir dir;
  REQUIRE(dir.ok());
  const std::string target = dir.Write("out.jsonl", "old contents\n");
  REQUIRE(::chmod(target.c_str(), 0600) == 0);

  SUBCASE("destroyed without Commit") {
    {
      AtomicFileWriter w;
      REQUIRE(w.Open(target).ok());
      REQUIRE(w.Append("new\n").ok());
      CHECK(dir.List().size() == 2);  // target and temporary file
    }
    CHECK(ReadFileOrMissing(target) == "old contents\n");
    CHECK(dir.List() == std::vector<std::string>{"out.jsonl"});
  }

  SUBCASE("a write fails part-way (file size limit)") {
    // RLIMIT_FSIZE makes write() fail with EFBIG past 64 KiB, a real
    // mid-stream failure that works as root too.
    struct rlimit old_limit;
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old_limit;
    small.rlim_cur = 64 << 10;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    AtomicFileWriter w;
    Status open = w.Open(target);
    Status first = w.Append(std::string(2 << 20, 'n'));
    Status again = w.Append("more");
    Status commit = w.Commit();
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    ::signal(SIGXFSZ, old_handler);
    CHECK(open.ok());
    CHECK(first.code() == ErrorCode::kIoError);
    CHECK(first.message() == target + ": File too large");
    // the failure is sticky
    CHECK(again.message() == first.message());
    CHECK(commit.message() == first.message());
    CHECK(ReadFileOrMissing(target) == "old contents\n");
    CHECK(dir.List() == std::vector<std::string>{"out.jsonl"});
  }

  SUBCASE("a successful rewrite keeps the file's permissions") {
    REQUIRE(WriteFileAtomic(target, "new\n").ok());
    CHECK(ReadFileOrMissing(target) == "new\n");
    struct stat st;
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
  }
}

TEST_CASE("AtomicFileWriter refuses targets it cannot write") {
  TempDir dir;
  REQUIRE(dir.ok());
  dir.Write("folder/keep.txt", "k");
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  REQUIRE(::symlink("nowhere.jsonl", (dir / "dangling").c_str()) == 0);
  struct Row {
    std::string path;
    ErrorCode code;
    std::string message;
  };
  const std::vector<Row> rows = {
      // the target is an existing folder
      {dir / "folder", ErrorCode::kNotRegularFile, dir / "folder: is a folder, not a regular file"},
      // a path ending in '/' names a folder
      {dir / "folder/", ErrorCode::kNotRegularFile, dir / "folder/: is a folder, not a regular file"},
      // regression: renaming over a device or FIFO (-o /dev/full) replaced the node itself
      {dir / "fifo", ErrorCode::kNotRegularFile, dir / "fifo: is a FIFO, not a regular file"},
      // a symlink to nothing: no file to replace
      {dir / "dangling", ErrorCode::kNotFound, dir / "dangling: No such file or directory"},
      // the folder of the target does not exist
      {dir / "no/such/out.jsonl", ErrorCode::kNotFound, dir / "no/such/out.jsonl: No such file or directory"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.path);
    AtomicFileWriter w;
    Status s = w.Open(row.path);
    CHECK(s.code_name() == std::string(ErrorCodeName(row.code)));
    CHECK(s.message() == row.message);
  }
  CHECK(dir.List() == std::vector<std::string>{"dangling", "fifo", "folder"});
  CHECK(dir.List("folder") == std::vector<std::string>{"keep.txt"});
  struct stat st;
  REQUIRE(::lstat((dir / "fifo").c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("AtomicFileWriter through a symlink replaces the file it points to and keeps the link") {
  TempDir dir;
  REQUIRE(dir.ok());
  dir.Write("data/real.jsonl", "old\n");
  REQUIRE(::symlink("data/real.jsonl", (dir / "link.jsonl").c_str()) == 0);
  REQUIRE(WriteFileAtomic(dir / "link.jsonl", "new\n").ok());
  struct stat st;
  REQUIRE(::lstat((dir / "link.jsonl").c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(ReadFileOrMissing(dir / "data/real.jsonl") == "new\n");
  CHECK(dir.List() == std::vector<std::string>{"data", "link.jsonl"});
  CHECK(dir.List("data") == std::vector<std::string>{"real.jsonl"});
}

}  // namespace claimtrace
