#include "claimtrace/sha256.h"

#include <doctest/doctest.h>

#include <string>

namespace claimtrace {
namespace {

TEST_CASE("Sha256Hex matches the FIPS 180-4 and NIST test vectors") {
  struct Row {
    std::string input;
    const char* hex;
  };
  const Row rows[] = {
      // empty input: one padding block only
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      // FIPS 180-4 one-block example
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      // 56 bytes: the length no longer fits, padding needs a second block
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      // 64 bytes: exactly one full block plus a padding block
      {std::string(64, 'a'), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      // 112 bytes, FIPS 180-4 two-block example
      {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
      // a million 'a': many blocks through the bulk path (the SHA-extension one where the CPU has it)
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input.size());
    CHECK(Sha256Hex(row.input) == row.hex);
  }
}

}  // namespace
}  // namespace claimtrace
