#include "claimtrace/status.h"

namespace claimtrace {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kIoError: return "io_error";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kNotRegularFile: return "not_regular_file";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kBinary: return "binary";
    case ErrorCode::kInvalidEncoding: return "invalid_encoding";
    case ErrorCode::kUnsupportedCharset: return "unsupported_charset";
    case ErrorCode::kTooDeep: return "too_deep";
    case ErrorCode::kTooManyNodes: return "too_many_nodes";
    case ErrorCode::kTooManyAttributes: return "too_many_attributes";
    case ErrorCode::kTimeout: return "timeout";
    case ErrorCode::kParseError: return "parse_error";
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kStoreError: return "store_error";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace claimtrace
