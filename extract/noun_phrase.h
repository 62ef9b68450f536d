// Internal: a byte scan for the noun phrase NounBeforeVerb's kNoun regex
// captures, for the common case of ASCII text.
#pragma once

#include <re2/re2.h>

#include <string_view>

namespace claimtrace {

// What RE2::PartialMatch(np, noun_re, &m) returns and captures, where
// `noun_re` is
//   (?i)(?:^|\s)((?:\pL[\pL\d_&/\-]*\s+){0,3}\pL[\pL\d_&/\-]*)$
// (up to four words ending `np`, after its start or a white-space byte).
// All-ASCII `np` is matched by hand (the regex's Unicode letter classes made
// it cost ~100k instructions a call); anything else asks `noun_re`.
bool MatchNounPhraseAtEnd(std::string_view np, const RE2& noun_re, re2::StringPiece* m);

}  // namespace claimtrace
