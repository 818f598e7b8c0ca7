#pragma once
/// The one writer of public reports: every request thread hands its report over and waits;
/// the writer stores all that are waiting in one durable transaction (group commit), on a
/// connection of its own whose commits reach the disk before they return.

#include "boardlens/base/group_commit.hpp"
#include "boardlens/base/registry.hpp"
#include "boardlens/features/voice/report.hpp"

namespace boardlens::voice {

class ReportWriter {
 public:
  /// The writer's connection comes from `registry`, in a scope of its own thread.
  explicit ReportWriter(const Registry& registry);
  /// Returns once `report` is on disk; throws when it could not be stored.
  void Write(Report report) { commit_.Submit(std::move(report)); }
  std::uint64_t batches() const { return commit_.batches(); }

 private:
  GroupCommit<Report> commit_;
};

}  // namespace boardlens::voice
