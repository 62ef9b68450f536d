// Internal to claim assembly: amounts that a table writes as bare numbers
// because it states their currency and scale once, in a column header or in
// the caption or heading above the table:
//
//   ## Market size by product type (USD million)
//   | Product type | 2023 | 2030F |
//   | Mozzarella   | 760  | 1,580 |      -> USD 760,000,000 and USD 1,580,000,000
//
//   | Segment | FY24 (₹ crore) | FY30E (₹ crore) | CAGR |
//   | Personal care | 43,200 | 1,02,000 | 15.4% |  -> INR 432e9 and INR 1.02e12
//
// Such cells are no money mentions (the guidelines want a currency next to
// the digits); they become kNumber mentions that claims may use like money.
// So do amounts that prose writes without the currency the page states
// elsewhere (ProseAmounts, below).
#pragma once

#include <string_view>
#include <vector>

#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"

namespace claimtrace {

// Cells of `blocks` (spans in `text`) outside the first row and column that
// hold nothing but a number, hold no mention of `figures`, and sit under a
// stated currency and scale. `decimal_comma`: the page writes "14,6" for 14.6.
// `language` picks the currency of "元" and "¥" ("zh-Hant": TWD; "zh": CNY; else JPY for ¥).
std::vector<Mention> TableAmounts(std::string_view text, const std::vector<Block>& blocks,
                                  const std::vector<Mention>& figures, bool decimal_comma,
                                  std::string_view language);

// Amounts that prose writes without a currency on a page that states it
// elsewhere: "The global Biocomposites Market was valued at 28.27 billion in
// 2023" on a page whose title says "Expected to Hit USD 79.90 billion by 2030".
// Only on an English page whose money mentions (in `figures`) and stated units
// ("(USD Billion)" in a heading or short line) all name one currency; only a
// number with a scale word (million, billion or trillion; lower case,
// capitalized or capitals) right after a size
// verb ("valued at", "worth", "reach", "stood at", ...), and followed by a
// preposition or punctuation, never by a noun ("1 billion tonnes by FY26",
// "67.7 million consumers", "the 3 billion mark"). kNumber mentions, as above.
std::vector<Mention> ProseAmounts(std::string_view text, const std::vector<Block>& blocks,
                                  const std::vector<Mention>& figures, std::string_view language);

}  // namespace claimtrace
