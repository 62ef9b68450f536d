// Sha256Hex: the lower-case hex SHA-256 of a byte string, as written in
// document records and compared by `audit` and `batch`.
//
//   std::string h = claimtrace::Sha256Hex("abc");
//   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#pragma once

#include <string>
#include <string_view>

namespace claimtrace {

std::string Sha256Hex(std::string_view bytes);

}  // namespace claimtrace
