#include <map>
#include <optional>
#include <vector>

#include "claimtrace/extractor.h"
#include "claimtrace/store.h"
#include "store_internal.h"

namespace claimtrace {
namespace {

struct DiffClaim {
  std::string json, key;
  std::optional<double> amount, value;
  std::string currency, qualifier;

  bool SameFigures(const DiffClaim& o) const {
    return amount == o.amount && value == o.value && currency == o.currency && qualifier == o.qualifier;
  }
};

void AppendDiffLine(std::string_view change, std::string_view doc, const DiffClaim& claim,
                    const DiffClaim* before, std::string* out) {
  out->append("{\"type\":\"diff\",\"change\":");
  AppendJsonString(change, out);
  out->append(",\"doc\":");
  AppendJsonString(doc, out);
  out->append(",\"claim\":");
  out->append(claim.json);
  if (before) {
    out->append(",\"before\":");
    out->append(before->json);
  }
  out->append("}\n");
}

// Pairs the claims of one document by key, the n-th before with the n-th after.
void DiffDocument(std::string_view doc, const std::vector<DiffClaim>& before,
                  const std::vector<DiffClaim>& after, std::string* out, DiffSummary* summary) {
  std::map<std::string_view, std::vector<size_t>> unmatched;  // key -> indexes into before, reversed
  for (size_t i = before.size(); i-- > 0;) unmatched[before[i].key].push_back(i);
  std::vector<bool> matched(before.size());
  for (const DiffClaim& a : after) {
    auto it = unmatched.find(a.key);
    if (it == unmatched.end() || it->second.empty()) {
      AppendDiffLine("added", doc, a, nullptr, out);
      ++summary->added;
      continue;
    }
    size_t b = it->second.back();
    it->second.pop_back();
    matched[b] = true;
    // Same key and figures: at most the evidence moved, which is no change of the claim.
    if (!a.SameFigures(before[b])) {
      AppendDiffLine("changed", doc, a, &before[b], out);
      ++summary->changed;
    }
  }
  for (size_t i = 0; i < before.size(); ++i) {
    if (matched[i]) continue;
    AppendDiffLine("removed", doc, before[i], nullptr, out);
    ++summary->removed;
  }
}

}  // namespace

Status DiffRuns(const Store& store, int64_t from, int64_t to, const Sink& sink, DiffSummary* summary) {
  *summary = {};
  for (int64_t run : {from, to}) {
    if (Status s = CheckRunExists(store, run); !s.ok()) return s;
  }
  // Only records live in exactly one of the two runs can differ.
  std::string sql = R"sql(SELECT d.path, )sql" + LiveAt(1) + R"sql(, r.json, c.claim_key, c.amount, c.value,
        c.currency, c.qualifier
      FROM records r JOIN documents d ON d.id = r.doc_id JOIN claims c ON c.record_id = r.id
      WHERE r.type = 'claim' AND )sql" + LiveAt(1) + " != " + LiveAt(2) + " ORDER BY d.path, r.seq";
  Stmt q(store.impl(), sql.c_str());
  q.Bind(1, from).Bind(2, to);
  std::string doc, out;
  std::vector<DiffClaim> before, after;
  auto flush_doc = [&] {
    DiffDocument(doc, before, after, &out, summary);
    before.clear();
    after.clear();
    if (out.size() >= (1 << 16)) {
      sink(out);
      out.clear();
    }
  };
  while (q.Step()) {
    if (q.Text(0) != doc) {
      flush_doc();
      doc = q.Text(0);
    }
    DiffClaim c;
    c.json = q.Text(2);
    c.key = q.Text(3);
    if (!q.IsNull(4)) c.amount = q.Double(4);
    if (!q.IsNull(5)) c.value = q.Double(5);
    c.currency = q.Text(6);
    c.qualifier = q.Text(7);
    (q.Int(1) ? before : after).push_back(std::move(c));
  }
  if (!q.status().ok()) return q.status();
  flush_doc();
  if (!out.empty()) sink(out);
  return Status::Ok();
}

}  // namespace claimtrace
