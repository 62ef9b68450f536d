// Fuzzes the claims-file reader used by `audit`: ClaimsFileReader (chunked,
// streaming) over a memory file, and ParseClaimsRecord (simdjson) on each
// line. When the first byte ends in binary 11, the input is preceded by one blank line
// of spaces so that it straddles the reader's 1 MiB chunk boundary (the
// second byte says where).
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/claims_file.h"
#include "invariants.h"

namespace {

constexpr size_t kChunk = 1 << 20;  // ClaimsFileReader's read size

struct ExpectedLine {
  uint64_t number;
  std::string text;
};

// The non-blank lines of `file` as the reader promises them: 1-based numbers
// counting every line, text without '\n' and one trailing '\r'.
std::vector<ExpectedLine> SplitLines(std::string_view file) {
  std::vector<ExpectedLine> lines;
  uint64_t number = 0;
  for (size_t pos = 0; pos < file.size();) {
    size_t nl = file.find('\n', pos);
    size_t end = nl == std::string_view::npos ? file.size() : nl;
    std::string text(file.substr(pos, end - pos));
    ++number;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.find_first_not_of(" \t") != std::string::npos) lines.push_back({number, text});
    pos = end + 1;
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimtrace;
  if (size < 2) return 0;
  std::string file;
  if ((data[0] & 3) == 3) {
    file.assign(kChunk - 8 * data[1] - 1, ' ');
    file.push_back('\n');
  }
  file.append(reinterpret_cast<const char*>(data) + 2, size - 2);

  int fd = ::memfd_create("claims", 0);
  if (fd < 0 || ::write(fd, file.data(), file.size()) != static_cast<ssize_t>(file.size())) {
    fuzz::Fail("claims_file", "cannot make the memory file");
  }
  std::unique_ptr<ClaimsFileReader> reader;
  Status s = ClaimsFileReader::Open("/proc/self/fd/" + std::to_string(fd), &reader);
  if (!s.ok()) fuzz::Fail("claims_file", "Open failed: " + s.message());

  std::vector<ExpectedLine> expected = SplitLines(file);
  ClaimsLine line;
  size_t i = 0;
  while (reader->Next(&line)) {
    if (i >= expected.size()) fuzz::Fail("claims_file", "more lines than the file has");
    const ExpectedLine& want = expected[i++];
    if (line.number != want.number || line.text != want.text) {
      fuzz::Fail("claims_file", "line " + std::to_string(line.number) + " '" + fuzz::Escaped(line.text) +
                                    "' should be line " + std::to_string(want.number) + " '" +
                                    fuzz::Escaped(want.text) + "'");
    }
    ClaimsRecord alone;
    Status parsed = ParseClaimsRecord(line.text, &alone);
    if (parsed.code() != line.status.code()) {
      fuzz::Fail("claims_file", "the reader and ParseClaimsRecord disagree on '" + fuzz::Escaped(line.text) + "'");
    }
    if (!parsed.ok()) {
      if (parsed.code() != ErrorCode::kParseError || parsed.message().empty()) {
        fuzz::Fail("claims_file", std::string("a bad line gives ") + parsed.code_name() + " without a message");
      }
      continue;
    }
    if (alone.type != line.record.type || alone.doc != line.record.doc || alone.anchor.text != line.record.anchor.text ||
        alone.anchor.span != line.record.anchor.span) {
      fuzz::Fail("claims_file", "the reader's record differs from ParseClaimsRecord's");
    }
  }
  if (!reader->status().ok()) fuzz::Fail("claims_file", "reading failed: " + reader->status().message());
  if (i != expected.size()) fuzz::Fail("claims_file", "the reader stopped before the end of the file");
  ::close(fd);
  return 0;
}
