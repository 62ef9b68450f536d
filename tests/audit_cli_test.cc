// Runs the built `claimtrace audit`, `check` and `extract --sidecar` as child
// processes: exit codes, output lines, the stderr summary, --fix, sidecars.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "batch_test_support.h"
#include "claimtrace/sha256.h"

namespace claimtrace {
namespace {

using testing::ReadFileOrMissing;
using testing::RunClaimtrace;
using testing::TempDir;
using testing::WriteFile;

constexpr std::string_view kPage = "The market was USD 5.2 billion in 2023.\n";

// A claims file for kPage (doc "page.txt"): its document record and the
// mention "USD 5.2 billion" at bytes [15, 30).
std::string ClaimsFor(std::string_view page_sha) {
  return "{\"type\":\"document\",\"doc\":\"page.txt\",\"schema\":1,\"sha256\":\"" + std::string(page_sha) +
         "\",\"bytes\":40}\n"
         "{\"type\":\"mention\",\"doc\":\"page.txt\",\"kind\":\"money\",\"text\":\"USD 5.2 billion\",\"start\":15,"
         "\"end\":30,\"amount\":5200000000,\"currency\":\"USD\",\"selector\":{\"exact\":\"USD 5.2 billion\","
         "\"prefix\":\"The market was \",\"suffix\":\" in 2023.\\n\"},\"position\":{\"start\":15,\"end\":30}}\n";
}

TEST_CASE("audit and check: usage errors exit 2") {
  TempDir dir;
  const std::vector<std::vector<std::string>> usages = {
      {"audit"},
      {"audit", "a.jsonl", "b.jsonl"},
      {"audit", "--bogus", "a.jsonl"},
      {"audit", "a.jsonl", "--root"},
      {"audit", dir / "missing.jsonl"},
      {"check"},
      {"check", "--bogus"},
      {"check", dir / "missing.jsonl"},
  };
  for (const auto& args : usages) {
    CAPTURE(args.size());
    CAPTURE(args.back());
    testing::ProcessResult r = RunClaimtrace(args, dir.path());
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(!r.err.empty());
  }
}

TEST_CASE("audit: verified, moved and --fix, changed, unreadable; exit codes and summary") {
  TempDir dir;
  WriteFile(dir / "page.txt", kPage);
  WriteFile(dir / "claims.jsonl", ClaimsFor(Sha256Hex(kPage)));

  testing::ProcessResult r = RunClaimtrace({"audit", dir / "claims.jsonl", "--root", dir.path()}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "{\"type\":\"audit\",\"doc\":\"page.txt\",\"record\":\"mention\",\"line\":2,\"kind\":\"money\","
        "\"status\":\"verified\",\"start\":15,\"end\":30,\"text\":\"USD 5.2 billion\"}\n");
  CHECK(r.err == "claimtrace audit: 1 records: 1 verified, 0 moved, 0 changed, 0 missing, 0 unreadable\n");

  // A heading inserted before: moved by 10 bytes; exit 0; --fix re-audits as verified.
  std::string moved = "# Report\n\n" + std::string(kPage);
  WriteFile(dir / "page.txt", moved);
  r = RunClaimtrace({"audit", dir / "claims.jsonl", "--root", dir.path(), "--fix", dir / "fixed.jsonl"},
                    dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"status\":\"moved\",\"start\":15,\"end\":30,\"text\":\"USD 5.2 billion\",\"new_start\":25,"
                   "\"new_end\":40") != std::string::npos);
  CHECK(moved.substr(25, 15) == "USD 5.2 billion");
  std::string fixed = ReadFileOrMissing(dir / "fixed.jsonl");
  CHECK(fixed.find(Sha256Hex(moved)) != std::string::npos);
  CHECK(fixed.find("\"start\":25,\"end\":40") != std::string::npos);
  r = RunClaimtrace({"audit", dir / "fixed.jsonl", "--root", dir.path()}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.err == "claimtrace audit: 1 records: 1 verified, 0 moved, 0 changed, 0 missing, 0 unreadable\n");

  // The figure changed: exit 1, old and new numerals.
  WriteFile(dir / "page.txt", "The market was USD 5.9 billion in 2023.\n");
  r = RunClaimtrace({"audit", dir / "claims.jsonl", "--root", dir.path()}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"status\":\"changed\"") != std::string::npos);
  CHECK(r.out.find("\"new_text\":\"USD 5.9 billion\"") != std::string::npos);

  // Deleted: unreadable, exit 1. Relative paths resolve against --root, not the working folder.
  std::filesystem::remove(dir / "page.txt");
  r = RunClaimtrace({"audit", dir / "claims.jsonl", "--root", dir.path()}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"status\":\"unreadable\"") != std::string::npos);
  CHECK(r.err == "claimtrace audit: 1 records: 0 verified, 0 moved, 0 changed, 0 missing, 1 unreadable\n");

  // A malformed line: reported with its number, exit 1.
  WriteFile(dir / "page.txt", kPage);
  WriteFile(dir / "claims.jsonl", "{oops\n" + ClaimsFor(Sha256Hex(kPage)));
  r = RunClaimtrace({"audit", dir / "claims.jsonl", "--root", dir.path()}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"line\":1,\"code\":\"parse_error\"") != std::string::npos);
  CHECK(r.out.find("\"line\":3,\"kind\":\"money\",\"status\":\"verified\"") != std::string::npos);
  CHECK(r.err == "claimtrace audit: 1 records: 1 verified, 0 moved, 0 changed, 0 missing, 0 unreadable; "
                 "1 malformed lines skipped\n");

  // --fix into a folder that does not exist: exit 2 before any record is audited.
  r = RunClaimtrace({"audit", dir / "claims.jsonl", "--root", dir.path(), "--fix", dir / "no/fixed.jsonl"},
                    dir.path());
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "claimtrace audit: " + (dir / "no/fixed.jsonl") + ": No such file or directory\n");
}

TEST_CASE("check: exit 1 with findings, 0 without") {
  TempDir dir;
  auto size = [](int amount_billion, int start) {
    return "{\"type\":\"claim\",\"doc\":\"p.txt\",\"kind\":\"size\",\"amount\":" + std::to_string(amount_billion) +
           "000000000,\"currency\":\"USD\",\"year\":2023,\"projected\":false,\"subject\":\"Widget\",\"segment\":null,"
           "\"qualifier\":null,\"evidence\":{\"start\":" + std::to_string(start) + ",\"end\":" +
           std::to_string(start + 5) + ",\"quote\":\"q\"}}\n";
  };
  WriteFile(dir / "conflict.jsonl", size(10, 0) + size(12, 50));
  testing::ProcessResult r = RunClaimtrace({"check", dir / "conflict.jsonl"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "{\"type\":\"finding\",\"check\":\"conflict\",\"doc\":\"p.txt\",\"claims\":[{\"doc\":\"p.txt\",\"line\":1,"
        "\"start\":0,\"end\":5},{\"doc\":\"p.txt\",\"line\":2,\"start\":50,\"end\":55}],\"message\":\"size for "
        "2023: USD 10 billion vs USD 12 billion (16.7% apart)\"}\n");
  WriteFile(dir / "fine.jsonl", size(10, 0) + size(10, 50));
  r = RunClaimtrace({"check", dir / "fine.jsonl"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
}

TEST_CASE("check on seed 001: exactly the 144.27 mismatch and its conflict with 181.93") {
  const std::string seed = "../shared/corpus/seeds/001_cd44c9b2d1167b13.txt";
  if (!std::filesystem::exists(seed)) {
    MESSAGE("SKIPPED: " << seed << " not found (../shared is absent)");
    return;
  }
  TempDir dir;
  testing::ProcessResult r = RunClaimtrace({"extract", "-q", "-o", dir / "seed.jsonl", seed}, dir.path());
  REQUIRE(r.exit_code == 0);
  r = RunClaimtrace({"check", dir / "seed.jsonl"}, dir.path());
  CHECK_MESSAGE(r.out.find("\"check\":\"cagr_mismatch\"") != std::string::npos,
                "no cagr_mismatch: does extract assemble claims yet (extract/claims.cc)?");
  CHECK(r.exit_code == 1);
  size_t findings = 0;
  for (size_t at = r.out.find("\"type\":\"finding\""); at != std::string::npos;
       at = r.out.find("\"type\":\"finding\"", at + 1)) {
    ++findings;
  }
  CHECK(findings == 2);
  CHECK(r.out.find("\"message\":\"USD 144.27 billion (2023) to USD 1,166.52 billion (2033) implies a CAGR of "
                   "23.25% over 10 years, but the page states 20.42% (years from the two size claims, 2023 to "
                   "2033, not from the stated CAGR period 2024-2033)\"") != std::string::npos);
  CHECK(r.out.find("\"check\":\"conflict\"") != std::string::npos);
  CHECK(r.out.find("USD 181.93 billion vs USD 144.27 billion (20.7% apart)") != std::string::npos);
}

TEST_CASE("extract --sidecar: next to each source, atomically, never outside the given folder") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", kPage);
  WriteFile(dir / "in/sub/b.txt", "USD 1 billion\n");
  WriteFile(dir / "outside/c.txt", "USD 2 billion\n");
  std::filesystem::create_directory_symlink(dir / "outside", dir / "in/link");

  testing::ProcessResult r = RunClaimtrace({"extract", "-q", "--sidecar", dir / "in"}, dir.path());
  CHECK(r.exit_code == 1);  // the document behind the symlink has no sidecar
  CHECK(r.out.empty());
  CHECK(r.err.find("link/c.txt.claims.jsonl: not written, its folder " +
                   std::filesystem::canonical(dir / "outside").string() +
                   " is outside the folders given on the command line") != std::string::npos);
  CHECK(!std::filesystem::exists(dir / "outside/c.txt.claims.jsonl"));
  CHECK(ReadFileOrMissing(dir / "in/a.txt") == kPage);
  std::string sidecar = ReadFileOrMissing(dir / "in/a.txt.claims.jsonl");
  CHECK(sidecar.rfind("{\"type\":\"document\",\"doc\":\"" + (dir / "in/a.txt") + "\"", 0) == 0);
  CHECK(sidecar.find(Sha256Hex(kPage)) != std::string::npos);
  CHECK(std::filesystem::exists(dir / "in/sub/b.txt.claims.jsonl"));

  // A second run does not read the sidecars as documents.
  std::filesystem::remove(dir / "in/link");
  r = RunClaimtrace({"extract", "--sidecar", dir / "in"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("2 documents, 0 failed") != std::string::npos);
  CHECK(!std::filesystem::exists(dir / "in/a.txt.claims.jsonl.claims.jsonl"));
}

}  // namespace
}  // namespace claimtrace
