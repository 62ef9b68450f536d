// corpus: finding and reading the documents a run works on.
//
//   std::vector<claimtrace::DocumentRef> docs;
//   std::vector<claimtrace::DocumentError> errors;
//   claimtrace::ListDocuments({"reports/", "one.html"}, &docs, &errors);
//   for (const auto& d : docs) {
//     std::string bytes;
//     claimtrace::Status s = claimtrace::ReadDocument(d.path, max_bytes, &bytes);
//   }
//
// Folders are walked recursively in sorted order, hidden entries (".name")
// skipped, symlinks followed once with loops detected; "-" names standard input.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

struct DocumentRef {
  std::string path;  // as found: the argument itself, or argument + "/" + relative path
};

struct DocumentError {
  std::string path;
  Status status;
};

// Expands files and folders into documents, in a deterministic order.
// Entries that cannot be listed or are not regular files become errors.
void ListDocuments(const std::vector<std::string>& paths, std::vector<DocumentRef>* docs,
                   std::vector<DocumentError>* errors);

// Reads a whole document ("-" is standard input). Fails with kNotFound,
// kNotRegularFile, kTooLarge (more than max_bytes) or kIoError.
Status ReadDocument(const std::string& path, uint64_t max_bytes, std::string* out);

// Writes `contents` to `path` atomically: a temporary file in the same folder,
// fsync, then rename. On failure the old file, if any, is untouched.
Status WriteFileAtomic(const std::string& path, std::string_view contents);

}  // namespace claimtrace
