// figures_conformance: runs the Recognizers-Text English currency and percent
// spec cases (../shared/conformance/recognizers-text/*.jsonl) through the
// figure detectors and reports the share of cases whose set of (text, value)
// equals the expected set.
//
//   build/figures_conformance [DIR] [--min 0.90] [--verbose]
//
// Each case's input is read as a plain-text document (claimtrace::Normalize),
// the page style is sniffed and the money (currency.jsonl) or percent
// (percent.jsonl) mentions are compared with the expected results. Expected
// entries with no value (JSON null, or the string "null": unit-only matches
// such as "dollar" or "%") are ignored. Expected texts are lower-cased by the
// peer, so texts compare case-insensitively; values compare numerically.
// The peer gives "50 cents" the value 50 (in cents); we give 0.50 USD. Such
// cases count as failures and are reported separately.
// Offsets are not compared (the peer counts UTF-16 code units, end inclusive).
//
// The last line is a JSON object {"passed": N, "total": M, ...} that
// scripts/eval reads. Exit 1 when the total share is below --min, 2 on usage
// or input errors.
#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"

namespace {

struct Figure {
  std::string text;  // lower-cased
  double value = 0;
  bool operator<(const Figure& o) const { return text != o.text ? text < o.text : value < o.value; }
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool SameValue(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

bool SameSet(std::vector<Figure> a, std::vector<Figure> b) {
  if (a.size() != b.size()) return false;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].text != b[i].text || !SameValue(a[i].value, b[i].value)) return false;
  }
  return true;
}

std::string Show(const std::vector<Figure>& figures) {
  std::ostringstream out;
  out << '[';
  for (size_t i = 0; i < figures.size(); ++i) {
    if (i) out << ", ";
    out << '"' << figures[i].text << "\" = " << figures[i].value;
  }
  out << ']';
  return out.str();
}

struct FileResult {
  std::string name;
  int passed = 0, total = 0;
  int sub_unit = 0;  // failed only because the peer counts cents/pence as whole units
};

// Runs one spec file; false when it cannot be read.
bool RunFile(const claimtrace::FigureDetector& detector, const std::string& path, claimtrace::MentionKind kind,
             bool verbose, FileResult* result) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "figures_conformance: cannot read " << path << "\n";
    return false;
  }
  simdjson::dom::parser parser;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element root;
    if (parser.parse(line).get(root) != simdjson::SUCCESS) {
      std::cerr << path << ":" << line_number << ": not JSON\n";
      return false;
    }
    std::string_view id, input;
    simdjson::dom::array expected_array;
    if (root["id"].get(id) || root["input"].get(input) || root["expected"].get(expected_array)) {
      std::cerr << path << ":" << line_number << ": missing id, input or expected\n";
      return false;
    }
    std::vector<Figure> expected, expected_main_unit;
    for (simdjson::dom::element e : expected_array) {
      std::string_view text, value, unit;
      if (e["text"].get(text) || e["value"].get(value)) continue;  // null value: unit only
      if (value == "null") continue;
      if (!value.empty() && value.back() == '%') value.remove_suffix(1);
      Figure f{Lower(text), 0};
      if (std::from_chars(value.data(), value.data() + value.size(), f.value).ec != std::errc()) continue;
      expected.push_back(f);
      // We give amounts in the currency's main unit ("50 cents" = 0.50 USD).
      if (!e["unit"].get(unit) && (unit == "Cent" || unit == "Pence" || unit == "Penny")) f.value /= 100;
      expected_main_unit.push_back(f);
    }

    claimtrace::NormalizedDocument doc;
    std::vector<Figure> got;
    if (claimtrace::Normalize(input, {}, &doc).ok()) {
      claimtrace::PageStyle style = detector.SniffStyle(doc.text);
      for (const claimtrace::Mention& m : detector.Detect(doc.text, style)) {
        if (m.kind != kind || !m.value) continue;
        claimtrace::ByteSpan src = doc.ToSource(m.span);
        got.push_back({Lower(input.substr(src.start, src.size())), *m.value});
      }
    }
    ++result->total;
    bool sub_unit_only = false;
    if (SameSet(got, expected)) {
      ++result->passed;
    } else if ((sub_unit_only = SameSet(got, expected_main_unit))) {
      ++result->sub_unit;
    }
    if (!SameSet(got, expected) && verbose) {
      std::cout << "  FAIL " << id << (sub_unit_only ? " (sub-unit convention only)" : "") << ": "
                << input.substr(0, 100) << "\n"
                << "       got      " << Show(got) << "\n"
                << "       expected " << Show(expected) << "\n";
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "../shared/conformance/recognizers-text";
  double min_share = 0.90;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else if (a == "--min" && i + 1 < argc) {
      char* end = nullptr;
      min_share = std::strtod(argv[++i], &end);
      if (!end || *end || min_share < 0 || min_share > 1) {
        std::cerr << "figures_conformance: --min takes a share between 0 and 1\n";
        return 2;
      }
    } else if (a == "-h" || a == "--help") {
      std::cout << "usage: figures_conformance [DIR] [--min 0.90] [--verbose]\n";
      return 0;
    } else if (!a.empty() && a[0] != '-') {
      dir = std::string(a);
    } else {
      std::cerr << "figures_conformance: unknown option " << a << "\n";
      return 2;
    }
  }
  claimtrace::FigureDetector detector;
  if (!detector.ok()) {
    std::cerr << "figures_conformance: " << detector.error() << "\n";
    return 2;
  }
  std::vector<FileResult> results;
  for (auto [name, kind] : {std::pair{"currency.jsonl", claimtrace::MentionKind::kMoney},
                            std::pair{"percent.jsonl", claimtrace::MentionKind::kPercent}}) {
    FileResult r{name};
    if (verbose) std::cout << name << "\n";
    if (!RunFile(detector, dir + "/" + name, kind, verbose, &r)) return 2;
    results.push_back(r);
  }
  int passed = 0, total = 0, sub_unit = 0;
  for (const FileResult& r : results) {
    std::printf("%-16s %3d/%3d  %5.1f%%", r.name.c_str(), r.passed, r.total,
                r.total ? 100.0 * r.passed / r.total : 0.0);
    if (r.sub_unit) std::printf("  (+%d that differ only by the sub-unit convention)", r.sub_unit);
    std::printf("\n");
    passed += r.passed;
    total += r.total;
    sub_unit += r.sub_unit;
  }
  double share = total ? static_cast<double>(passed) / total : 0.0;
  std::printf("%-16s %3d/%3d  %5.1f%%  (target %.0f%%)\n", "total", passed, total, 100.0 * share, 100.0 * min_share);
  std::printf("{\"passed\": %d, \"total\": %d, \"share\": %.4f, \"sub_unit_only\": %d}\n", passed, total, share,
              sub_unit);
  return share >= min_share ? 0 : 1;
}
