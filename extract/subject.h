// Internal: the market a page or a sentence is about.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/normalize.h"

namespace claimtrace {

// The page's market: from the title, else the first heading, else the first
// "The global X market" sentence; "Internet of Medical Things (IoMT)" from
// "Internet of Medical Things (IoMT) Market (By End-use: ...) - Global ...".
// Empty when none of them names a market.
std::string PageSubject(std::string_view text, std::string_view title, const std::vector<Block>& blocks);

// The market `unit` names itself ("the product lifecycle management market"
// -> "product lifecycle management"), without "global"; empty when none.
std::string MarketNamedIn(std::string_view unit);

// True when two market names are the same market ("IoMT" in "Internet of
// Medical Things (IoMT)", case and "global" ignored).
bool SameMarket(std::string_view a, std::string_view b);

// True when `name` holds every word of `market` and a word of its own that is
// no generic one ("Battery electric buses" of "Electric Bus"; not "global
// electric bus industry"): a part of that market, not the market itself.
bool NarrowerMarket(std::string_view name, std::string_view market);

// True when two names are the same words but for English plurals and case
// ("lithium-ion batteries", "Lithium-ion Battery").
bool SameName(std::string_view a, std::string_view b);

}  // namespace claimtrace
