#include "boardlens/features/voice/report_writer.hpp"

#include <memory>

#include "boardlens/db/transaction.hpp"
#include "boardlens/features/voice/repository.hpp"

namespace boardlens::voice {

ReportWriter::ReportWriter(const Registry& registry)
    : commit_([&registry]() -> GroupCommit<Report>::WriteBatch {
        // Made on the writer's thread, and ended there when the writer stops.
        auto scope = std::make_shared<Scope>(registry);
        db::Database& db = scope->Get<db::Database>();
        db.MakeCommitsDurable();
        return [scope, &db, repository = Repository(db)](const std::vector<Report>& batch) mutable {
          db::Transaction(db, [&] {
            for (const Report& r : batch) repository.InsertReport(r);
          });
        };
      }) {}

}  // namespace boardlens::voice
