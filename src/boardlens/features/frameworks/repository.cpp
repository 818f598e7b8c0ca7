#include "boardlens/features/frameworks/repository.hpp"

#include <array>

namespace boardlens::frameworks {
namespace {

using db::Row;

constexpr std::string_view kInsertFramework =
    "INSERT INTO frameworks (ref, version_major, version_minor, version_patch, owner_org_id, "
    "title, source, description, loaded_at, checklist) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
    "RETURNING id";
constexpr std::string_view kInsertFrameworkItem =
    "INSERT INTO framework_items (framework_id, position, ref, title, question, level_1, "
    "level_2, level_3, level_4, level_5, why) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
constexpr std::string_view kFindFramework =
    "SELECT id, ref, version_major, version_minor, version_patch, owner_org_id, title, source, "
    "description, checklist FROM frameworks WHERE id = $1";
constexpr std::string_view kFindLatestFramework =
    "SELECT id FROM frameworks WHERE ref = $1 "
    "ORDER BY version_major DESC, version_minor DESC, version_patch DESC LIMIT 1";
constexpr std::string_view kListLatestFrameworks =
    "SELECT f.id FROM frameworks f WHERE (f.owner_org_id IS NULL OR f.owner_org_id = $1) "
    "AND NOT EXISTS (SELECT 1 FROM frameworks g WHERE g.ref = f.ref AND (g.version_major, "
    "g.version_minor, g.version_patch) > (f.version_major, f.version_minor, f.version_patch)) "
    "ORDER BY f.owner_org_id IS NOT NULL, f.ref";
constexpr std::string_view kListFrameworkItems =
    "SELECT ref, title, why, question, level_1, level_2, level_3, level_4, level_5 "
    "FROM framework_items WHERE framework_id = $1 ORDER BY position";

constexpr std::array<std::string_view, 3> kVersionColumns{"version_major", "version_minor",
                                                          "version_patch"};
constexpr std::array<std::string_view, 5> kLevelColumns{"level_1", "level_2", "level_3", "level_4",
                                                        "level_5"};

}  // namespace

Id Repository::InsertFramework(const Framework& fw, std::optional<Id> owner, std::int64_t now) {
  const Id id =
      db_.Query(kInsertFramework,
                {fw.ref, std::int64_t{fw.version.parts[0]}, std::int64_t{fw.version.parts[1]},
                 std::int64_t{fw.version.parts[2]}, db::OrNull(owner), fw.title, fw.source,
                 fw.description, now, std::int64_t{fw.checklist ? 1 : 0}})
          .at(0)
          .i64("id");
  std::int64_t position = 0;
  for (const auto& item : fw.items) {
    db_.Query(kInsertFrameworkItem,
              {id, position++, item.ref, item.title, item.question, item.levels[0], item.levels[1],
               item.levels[2], item.levels[3], item.levels[4], item.why});
  }
  return id;
}

std::optional<StoredFramework> Repository::FindFramework(Id id) {
  return db::First(db_.Query(kFindFramework, {id}), [this](const Row& row) {
    StoredFramework out;
    out.id = row.i64("id");
    out.framework.ref = row.text("ref");
    for (std::size_t i = 0; i < kVersionColumns.size(); ++i) {
      out.framework.version.parts.at(i) = static_cast<std::uint32_t>(row.i64(kVersionColumns[i]));
    }
    out.owner_org_id = row.optional_i64("owner_org_id");
    out.framework.title = row.text("title");
    out.framework.source = row.text("source");
    out.framework.description = row.text("description");
    out.framework.checklist = row.flag("checklist");
    for (const Row& item : db_.Query(kListFrameworkItems, {out.id})) {
      FrameworkItem fi{
          item.text("ref"), item.text("title"), item.text("why"), item.text("question"), {}};
      for (std::size_t level = 0; level < kLevelColumns.size(); ++level) {
        fi.levels.at(level) = item.text(kLevelColumns[level]);
      }
      out.framework.items.push_back(std::move(fi));
    }
    return out;
  });
}

std::optional<StoredFramework> Repository::FindLatestFramework(const std::string& ref) {
  const db::Rows rows = db_.Query(kFindLatestFramework, {ref});
  if (rows.empty()) return std::nullopt;
  return FindFramework(rows[0].i64("id"));
}

std::vector<StoredFramework> Repository::ListFrameworks(std::optional<Id> org_id) {
  std::vector<StoredFramework> out;
  for (const Row& row : db_.Query(kListLatestFrameworks, {db::OrNull(org_id)})) {
    if (auto fw = FindFramework(row.i64("id"))) out.push_back(std::move(*fw));
  }
  return out;
}

}  // namespace boardlens::frameworks
