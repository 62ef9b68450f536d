#include <set>

#include "claimtrace/batch.h"
#include "claimtrace/store.h"
#include "store_internal.h"

namespace claimtrace {
namespace {

struct ShardStore {
  std::string path;
  std::unique_ptr<Store> store;
  std::string root;
  ShardSpec shard;
  RunInfo last;  // its last complete run
};

Status OpenShard(const std::string& path, ShardStore* out) {
  out->path = path;
  if (Status s = Store::Open(path, Store::Mode::kReadOnly, &out->store); !s.ok()) return s;
  std::optional<std::string> root, shard;
  if (Status s = out->store->GetMeta("corpus_root", &root); !s.ok()) return s;
  if (Status s = out->store->GetMeta("shard", &shard); !s.ok()) return s;
  if (!root) return Status(ErrorCode::kUsage, path + ": the store has no run yet");
  out->root = *root;
  if (shard && !shard->empty() && !ParseShard(*shard, &out->shard)) {
    return Status(ErrorCode::kUsage, path + ": bad shard entry '" + *shard + "'");
  }
  std::vector<RunInfo> runs;
  if (Status s = out->store->ListRuns(&runs); !s.ok()) return s;
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->status == "complete") {
      out->last = *it;
      return Status::Ok();
    }
  }
  return Status(ErrorCode::kUsage, path + ": the store has no complete run (rerun its batch first)");
}

// Same corpus, same tool and rules, each shard of one N exactly once.
Status CheckConsistent(const std::vector<ShardStore>& shards) {
  const ShardStore& first = shards.front();
  std::set<uint32_t> seen;
  for (const ShardStore& s : shards) {
    auto refuse = [&](const std::string& why) { return Status(ErrorCode::kUsage, s.path + ": " + why); };
    if (s.root != first.root) return refuse("corpus " + s.root + " differs from " + first.path + "'s " + first.root);
    if (s.last.tool_version != first.last.tool_version || s.last.rules_version != first.last.rules_version) {
      return refuse("made by claimtrace " + s.last.tool_version + " rules " + std::to_string(s.last.rules_version) +
                    ", " + first.path + " by " + first.last.tool_version + " rules " +
                    std::to_string(first.last.rules_version) + "; rerun both with one version");
    }
    if (s.shard.count != first.shard.count) {
      return refuse("one of " + std::to_string(s.shard.count) + " shards, " + first.path + " one of " +
                    std::to_string(first.shard.count));
    }
    if (!seen.insert(s.shard.index).second) {
      return refuse("shard " + s.shard.ToString() + " is given twice (overlapping shards)");
    }
  }
  for (uint32_t k = 0; k < first.shard.count; ++k) {
    if (!seen.count(k)) {
      return Status(ErrorCode::kUsage, "shard " + std::to_string(k) + "/" + std::to_string(first.shard.count) +
                                           " is missing; merging without it would drop its documents");
    }
  }
  return Status::Ok();
}

Status MergeInto(std::vector<ShardStore>& shards, Store* out, RunInfo* run) {
  std::optional<std::string> root, shard;
  if (Status s = out->GetMeta("corpus_root", &root); !s.ok()) return s;
  if (Status s = out->GetMeta("shard", &shard); !s.ok()) return s;
  if (root && *root != shards.front().root) {
    return Status(ErrorCode::kUsage, out->path() + ": holds the corpus " + *root + ", the shards " + shards.front().root);
  }
  if (shard && !shard->empty()) return Status(ErrorCode::kUsage, out->path() + ": is itself the store of shard " + *shard);
  Status s = out->SetMeta("corpus_root", shards.front().root);
  if (s.ok()) s = out->SetMeta("shard", "");
  run->kind = "merge";
  run->tool_version = shards.front().last.tool_version;
  run->rules_version = shards.front().last.rules_version;
  if (s.ok()) s = out->StartRun(run);
  std::set<std::string> merged;
  for (ShardStore& shard_store : shards) {
    std::vector<StoredDocument> docs;
    if (s.ok()) s = shard_store.store->LoadDocuments(&docs);
    for (const StoredDocument& d : docs) {
      if (!s.ok()) break;
      if (!merged.insert(d.path).second) {
        return Status(ErrorCode::kUsage, shard_store.path + ": " + d.path + " is also in another shard (overlapping shards)");
      }
      DocumentVersion v;
      v.path = d.path;
      v.size = d.size;
      v.mtime_ns = d.mtime_ns;
      v.sha256 = d.sha256;
      v.tool_version = d.tool_version;
      v.rules_version = d.rules_version;
      s = shard_store.store->LoadLiveRecords(d.path, &v.records);
      VersionChange change;
      if (s.ok()) s = out->PutVersion(run->id, v, &change);
      ++run->seen;
      run->extracted += change.changed;
      run->unchanged += !change.changed;
      run->failed += d.status == "error";
      run->claims_added += change.claims_added;
      run->claims_removed += change.claims_removed;
    }
  }
  std::vector<StoredDocument> existing;
  if (s.ok()) s = out->LoadDocuments(&existing);
  for (const StoredDocument& d : existing) {
    if (!s.ok() || merged.count(d.path)) continue;
    VersionChange change;
    s = out->MarkRemoved(run->id, d.path, &change);
    ++run->removed;
    run->claims_removed += change.claims_removed;
  }
  run->status = "complete";
  if (s.ok()) s = out->UpdateRun(*run);
  return s;
}

}  // namespace

Status MergeStores(const std::vector<std::string>& shard_paths, Store* out, RunInfo* run) {
  *run = RunInfo{};
  if (shard_paths.empty()) return Status(ErrorCode::kUsage, "no shard store given");
  std::vector<ShardStore> shards(shard_paths.size());
  for (size_t i = 0; i < shard_paths.size(); ++i) {
    if (Status s = OpenShard(shard_paths[i], &shards[i]); !s.ok()) return s;
  }
  if (Status s = CheckConsistent(shards); !s.ok()) return s;
  // One transaction: a refused or failed merge leaves `out` as it was.
  if (Status s = out->Begin(); !s.ok()) return s;
  Status s = MergeInto(shards, out, run);
  if (s.ok()) s = out->Commit();
  if (!s.ok()) out->Rollback();
  return s;
}

}  // namespace claimtrace
