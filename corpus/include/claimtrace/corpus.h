// corpus: finding and reading the documents a run works on, and writing
// output files atomically.
//
//   std::vector<claimtrace::DocumentRef> docs;
//   std::vector<claimtrace::DocumentError> errors;
//   claimtrace::ListDocuments({"reports/", "one.html", "-"}, &docs, &errors);
//   for (const auto& d : docs) {
//     std::string bytes;
//     claimtrace::Status s = claimtrace::ReadDocument(d.path, max_bytes, &bytes);
//   }
//
//   claimtrace::AtomicFileWriter out;
//   claimtrace::Status s = out.Open("result.jsonl");   // result.jsonl untouched so far
//   if (s.ok()) s = out.Append(lines);                 // may be called many times
//   if (s.ok()) s = out.Commit();                      // now result.jsonl has the lines
//   // on any failure, or without Commit(), the temporary file is removed and
//   // the old result.jsonl (if any) is left as it was.
//
// Folders are walked in sorted (byte) order, depth first, without recursion;
// hidden entries (".name") are skipped unless named on the command line;
// symlinks are followed. A symlink back to a folder being walked is an error
// ("symlink loop"); a folder reached a second time by another route is
// skipped, so no document is listed twice through folder links.
// "-" names standard input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

struct DocumentRef {
  std::string path;  // as found: the argument itself, or argument + "/" + relative path
};

struct DocumentError {
  std::string path;
  Status status;  // the message names the path and the reason
};

// Expands files and folders into documents, in a deterministic order.
// Entries that cannot be listed or are not regular files (FIFOs, devices,
// sockets, dangling symlinks, symlink loops) become errors.
void ListDocuments(const std::vector<std::string>& paths, std::vector<DocumentRef>* docs,
                   std::vector<DocumentError>* errors);

// `path` made absolute with every symlink, "." and ".." resolved
// (realpath(3)); empty when it does not exist or cannot be resolved. Two
// paths name the same file when their RealPaths are equal and not empty.
std::string RealPath(const std::string& path);

// Reads a whole document ("-" is standard input). Never blocks on a FIFO or
// device: the file is opened non-blocking and must be a regular file. Fails
// with kNotFound, kNotRegularFile, kTooLarge (more than max_bytes) or kIoError.
Status ReadDocument(const std::string& path, uint64_t max_bytes, std::string* out);

// Writes a file atomically, in pieces, with bounded memory: a temporary file
// in the same folder, fsync, then rename over the target. The temporary file
// is removed on any failure and when the writer is destroyed uncommitted.
// An existing target keeps its permissions; a new one gets 0644. A target
// that is a folder, FIFO or device is refused (renaming over it would replace
// the node); a symlink stays a link and the file it points to is replaced.
class AtomicFileWriter {
 public:
  AtomicFileWriter() = default;
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // Creates the temporary file. Fails when the folder is missing or not
  // writable, or when `path` is a folder.
  Status Open(const std::string& path);
  // Buffers `bytes`, writing to the temporary file in large pieces. After a
  // failure every later call fails the same way.
  Status Append(std::string_view bytes);
  // Flushes, syncs and renames the temporary file over the target.
  Status Commit();
  // Removes the temporary file; the target is left as it was.
  void Abandon();

  // The temporary file while open and uncommitted, else empty (for tests).
  const std::string& temp_path() const { return temp_path_; }

 private:
  Status Fail(Status status);
  Status Flush();

  std::string path_;
  std::string temp_path_;
  std::string buffer_;
  Status error_;
  int fd_ = -1;
};

// Writes `contents` to `path` with an AtomicFileWriter.
Status WriteFileAtomic(const std::string& path, std::string_view contents);

}  // namespace claimtrace
