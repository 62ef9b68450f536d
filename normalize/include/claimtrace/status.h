// Status: the error value every claimtrace library returns instead of throwing.
//
//   claimtrace::Status s = claimtrace::Normalize(bytes, options, &doc);
//   if (!s.ok()) {
//     std::cerr << s.code_name() << ": " << s.message() << "\n";  // "binary: NUL bytes ..."
//   }
//
// Codes are stable: they are written into `error` records and batch stores,
// and users match on their names.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace claimtrace {

enum class ErrorCode {
  kOk = 0,
  kIoError,            // "io_error": the file could not be opened or read
  kNotFound,           // "not_found": no such file
  kNotRegularFile,     // "not_regular_file": a FIFO, device or other special file
  kTooLarge,           // "too_large": larger than --max-bytes
  kBinary,             // "binary": the bytes are not text (NUL bytes, control codes)
  kInvalidEncoding,    // "invalid_encoding": the bytes could not be decoded at all
  kUnsupportedCharset, // "unsupported_charset": a declared charset ICU does not know
  kTooDeep,            // "too_deep": HTML nesting beyond the limit
  kTooManyNodes,       // "too_many_nodes": HTML tree larger than the limit
  kTooManyAttributes,  // "too_many_attributes": an HTML tag with more attributes than the limit
  kTimeout,            // "timeout": the per-document time budget ran out
  kParseError,         // "parse_error": malformed input (JSON line, HTML the parser rejected)
  kUsage,              // "usage": a bad command line or argument
  kStoreError,         // "store_error": the SQLite store failed (disk full, read-only)
  kInternal,           // "internal": a bug; please report it
};

// The stable snake_case name of `code`, as written in error records.
const char* ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const char* code_name() const { return ErrorCodeName(code_); }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

}  // namespace claimtrace
