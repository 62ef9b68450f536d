// Consistency checks on hand-written claim records: each check exactly, with
// its message, and the consistent cases that must not be flagged.
#include "claimtrace/check.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace claimtrace {
namespace {

// One claim record; `extra` are its kind-specific fields, `doc` its page and
// `start` its evidence offset.
std::string Claim(std::string_view kind, std::string_view extra, int start, std::string_view doc = "p.txt",
                  std::string_view subject = "Widget", std::string_view segment = "null") {
  std::string s = "{\"type\":\"claim\",\"doc\":\"";
  s.append(doc).append("\",\"kind\":\"").append(kind).append("\",");
  s.append(extra);
  s.append(",\"subject\":\"").append(subject).append("\",\"segment\":").append(segment);
  s.append(",\"qualifier\":null,\"evidence\":{\"start\":").append(std::to_string(start));
  s.append(",\"end\":").append(std::to_string(start + 10)).append(",\"quote\":\"q\"}}");
  return s;
}

std::string Size(double amount, int year, int start, std::string_view doc = "p.txt",
                 std::string_view segment = "null") {
  char buf[160];
  std::snprintf(buf, sizeof buf, "\"amount\":%.0f,\"currency\":\"USD\",\"year\":%d,\"projected\":%s", amount, year,
                year > 2024 ? "true" : "false");
  return Claim("size", buf, start, doc, "Widget", segment);
}

std::string Cagr(double value, std::string_view period, int start, std::string_view segment = "null") {
  char buf[120];
  std::snprintf(buf, sizeof buf, "\"value\":%g,%s", value, std::string(period).c_str());
  return Claim("cagr", buf, start, "p.txt", "Widget", segment);
}

std::string Share(double value, std::string_view region, int year, int start, std::string_view doc = "p.txt") {
  char buf[80];
  std::snprintf(buf, sizeof buf, "\"value\":%g,\"year\":%d", value, year);
  std::string seg = "{\"dimension\":\"region\",\"name\":\"";
  seg.append(region).append("\"}");
  return Claim("share", buf, start, doc, "Widget", seg);
}

std::vector<Finding> Check(const std::vector<std::string>& lines) {
  ConsistencyChecker checker;
  for (size_t i = 0; i < lines.size(); ++i) {
    ClaimsRecord r;
    Status s = ParseClaimsRecord(lines[i], &r);
    REQUIRE_MESSAGE(s.ok(), lines[i] << ": " << s.message());
    checker.Add(r, i + 1);
  }
  return checker.Findings();
}

std::string Lines(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out.append(f.check).append(": ").append(f.message).append(" [");
    for (size_t i = 0; i < f.claims.size(); ++i) {
      if (i) out.push_back(',');
      out.append(std::to_string(f.claims[i].line));
    }
    out.append("]\n");
  }
  return out;
}

TEST_CASE("check: each finding, exactly") {
  struct Row {
    const char* what;
    std::vector<std::string> claims;
    std::string findings;  // "check: message [claims-file lines]" per finding
  };
  const Row rows[] = {
      // The figures of seed 001: the opening paragraph is consistent (20.42%),
      // the FAQ's 144.27 implies 23.25% and conflicts with 181.93.
      {"seed 001 figures",
       {Size(181.93e9, 2023, 100), Size(1166.52e9, 2033, 100), Cagr(20.42, "\"from\":2024,\"to\":2033", 100),
        Size(144.27e9, 2023, 900), Size(1166.52e9, 2033, 900)},
       "cagr_mismatch: USD 144.27 billion (2023) to USD 1,166.52 billion (2033) implies a CAGR of 23.25% over 10 "
       "years, but the page states 20.42% (years from the two size claims, 2023 to 2033, not from the stated CAGR "
       "period 2024-2033) [4,5,3]\n"
       "conflict: size for 2023: USD 181.93 billion vs USD 144.27 billion (20.7% apart) [1,4]\n"},
      // Seed 004: 16.19 -> 45.83 over 2022-2030 is 13.89%, stated 13.92%; the
      // stated period 2024-2030 would give 18.9% and must not be used.
      {"seed 004 figures",
       {Size(16.19e9, 2022, 10), Size(45.83e9, 2030, 10), Cagr(13.92, "\"from\":2024,\"to\":2030", 10)},
       ""},
      {"mismatch without a stated period",
       {Size(10e9, 2023, 10), Size(20e9, 2030, 10), Cagr(5, "\"from\":null,\"to\":null", 10)},
       "cagr_mismatch: USD 10 billion (2023) to USD 20 billion (2030) implies a CAGR of 10.41% over 7 years, but "
       "the page states 5% (years from the two size claims, 2023 to 2030) [1,2,3]\n"},
      // Each size paired with every later one of its sentence, in order, and
      // the CAGR of the sentence preferred to the page's other one.
      {"three sizes in one sentence",
       {Size(10e9, 2023, 10), Size(15e9, 2027, 10), Size(20e9, 2030, 10), Cagr(5, "\"from\":2024,\"to\":2030", 10),
        Cagr(10.4, "\"from\":2024,\"to\":2030", 90)},
       "cagr_mismatch: USD 10 billion (2023) to USD 15 billion (2027) implies a CAGR of 10.67% over 4 years, but "
       "the page states 5% (years from the two size claims, 2023 to 2027, not from the stated CAGR period "
       "2024-2030) [1,2,4]\n"
       "cagr_mismatch: USD 10 billion (2023) to USD 20 billion (2030) implies a CAGR of 10.41% over 7 years, but "
       "the page states 5% (years from the two size claims, 2023 to 2030, not from the stated CAGR period "
       "2024-2030) [1,3,4]\n"
       "cagr_mismatch: USD 15 billion (2027) to USD 20 billion (2030) implies a CAGR of 10.06% over 3 years, but "
       "the page states 5% (years from the two size claims, 2027 to 2030, not from the stated CAGR period "
       "2024-2030) [2,3,4]\n"
       "conflict: cagr for 2024-2030: 5% vs 10.4% (51.9% apart) [4,5]\n"},
      // 0.5 points is allowed: 10.41% implied, 10% stated.
      {"within half a point",
       {Size(10e9, 2023, 10), Size(20e9, 2030, 10), Cagr(10, "\"from\":2024,\"to\":2030", 10)},
       ""},
      // Sizes of a segment are checked against the segment's CAGR only.
      {"segment CAGR is not the market's",
       {Size(10e9, 2023, 10), Size(20e9, 2030, 10), Cagr(10.4, "\"from\":2024,\"to\":2030", 10),
        Cagr(25, "\"from\":2024,\"to\":2030", 50, "{\"dimension\":\"region\",\"name\":\"Europe\"}")},
       ""},
      // Sizes from different sentences are paired only when each year has one value.
      {"no forecast pair among several start values",
       {Size(10e9, 2023, 10), Size(20e9, 2023, 30), Size(40e9, 2030, 50), Cagr(50, "\"from\":2024,\"to\":2030", 70)},
       "conflict: size for 2023: USD 10 billion vs USD 20 billion (50% apart) [1,2]\n"},
      // Two CAGRs for the forecast's end year and none in its sentence: ambiguous.
      {"ambiguous CAGR",
       {Size(10e9, 2023, 10), Size(20e9, 2030, 10), Cagr(5, "\"from\":2024,\"to\":2030", 50),
        Cagr(12, "\"from\":2024,\"to\":2030", 90)},
       "conflict: cagr for 2024-2030: 5% vs 12% (58.3% apart) [3,4]\n"},
      {"CAGR period with an unknown start",
       {Cagr(5, "\"from\":null,\"to\":2030", 50), Cagr(7, "\"from\":null,\"to\":2030", 90)},
       "conflict: cagr for ?-2030: 5% vs 7% (28.6% apart) [1,2]\n"},
      // A page listing sub-markets under one subject: different quantities.
      {"more than three values are not a conflict",
       {Size(5e12, 2025, 10), Size(2.1e12, 2025, 20), Size(470e9, 2025, 30), Size(757e9, 2025, 40)},
       ""},
      {"forecast below its base while growing",
       {Size(50e9, 2023, 10), Size(40e9, 2030, 10), Cagr(5, "\"from\":2024,\"to\":2030", 10)},
       "impossible: the forecast USD 40 billion (2030) is below its base USD 50 billion (2023) although the page "
       "states growth at a CAGR of 5% [1,2,3]\n"},
      // Rounded repeats agree: 181.93 billion and 182 billion, 1,166.52 billion and 1.17 trillion.
      {"rounding is not a conflict",
       {Size(181.93e9, 2023, 10), Size(182e9, 2023, 20), Size(1166.52e9, 2033, 30), Size(1.17e12, 2033, 40)},
       ""},
      {"conflict across pages",
       {Size(10e9, 2023, 10, "a.txt"), Size(12e9, 2023, 10, "b.txt")},
       "conflict: size for 2023: USD 10 billion vs USD 12 billion (16.7% apart) (a.txt vs b.txt) [1,2]\n"},
      {"share conflict",
       {Share(38, "North America", 2023, 10), Share(40, "North America", 2023, 90)},
       "conflict: share of North America (region) for 2023: 38% vs 40% (5% apart) [1,2]\n"},
      {"share over 100%",
       {Share(120, "North America", 2023, 10)},
       "impossible: a share of North America (region) of 120% is over 100% [1]\n"},
      {"shares adding up to more than 100%",
       {Share(38, "North America", 2023, 10), Share(40, "Europe", 2023, 20), Share(34, "Asia Pacific", 2023, 30),
        Share(38, "North America", 2023, 40)},
       "impossible: region shares for 2023 add up to 112% (North America 38%, Europe 40%, Asia Pacific 34%) "
       "[1,2,3]\n"},
      // 33.4 + 33.3 + 33.4 = 100.1, within the rounding of three one-decimal shares.
      {"shares over 100% only by rounding",
       {Share(33.4, "North America", 2023, 10), Share(33.3, "Europe", 2023, 20), Share(33.4, "Asia Pacific", 2023, 30)},
       ""},
      {"shares of different years are not summed",
       {Share(60, "North America", 2023, 10), Share(60, "Europe", 2024, 20)},
       ""},
      {"shares of different pages are not summed",
       {Share(60, "North America", 2023, 10, "a.txt"), Share(60, "Europe", 2023, 20, "b.txt")},
       ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.what));
    CHECK(Lines(Check(row.claims)) == row.findings);
  }
}

TEST_CASE("check: a consistent page gives no finding") {
  CHECK(Check({Size(16.19e9, 2022, 10), Size(45.83e9, 2030, 10), Cagr(13.92, "\"from\":2024,\"to\":2030", 10),
               Share(38, "North America", 2022, 200), Share(27, "Europe", 2022, 260),
               Share(21, "Asia Pacific", 2022, 320), Cagr(14.5, "\"from\":2024,\"to\":2030", 400,
                                                          "{\"dimension\":\"region\",\"name\":\"Asia Pacific\"}")})
            .empty());
}

TEST_CASE("check: finding JSON") {
  Finding f{"conflict", "a.txt", {{"a.txt", 3, {10, 20}}, {"b.txt", 7, {5, 9}}}, "size for 2023: \"x\""};
  CHECK(FindingJson(f) ==
        "{\"type\":\"finding\",\"check\":\"conflict\",\"doc\":\"a.txt\",\"claims\":[{\"doc\":\"a.txt\",\"line\":3,"
        "\"start\":10,\"end\":20},{\"doc\":\"b.txt\",\"line\":7,\"start\":5,\"end\":9}],\"message\":\"size for "
        "2023: \\\"x\\\"\"}\n");
}

}  // namespace
}  // namespace claimtrace
