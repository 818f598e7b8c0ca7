#include "boardlens/features/pack/repository.hpp"

#include "boardlens/base/secrets.hpp"

namespace boardlens::pack {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO issued_packs (org_id, meeting_on, audience, issued_by, issued_by_name, "
    "issued_at, sha256, size, pdf_base64) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
    "RETURNING id";
#define BOARDLENS_ISSUED_SELECT                                                             \
  "SELECT id, org_id, meeting_on, audience, issued_by, issued_by_name, issued_at, sha256, " \
  "size FROM issued_packs "
constexpr std::string_view kList =
    BOARDLENS_ISSUED_SELECT "WHERE org_id = $1 ORDER BY issued_at DESC, id DESC";
constexpr std::string_view kFind = BOARDLENS_ISSUED_SELECT "WHERE org_id = $1 AND id = $2";
#undef BOARDLENS_ISSUED_SELECT
constexpr std::string_view kFile =
    "SELECT pdf_base64 FROM issued_packs WHERE org_id = $1 AND id = $2";

IssuedPack ToIssued(const db::Row& row) {
  IssuedPack p;
  p.id = row.i64("id");
  p.org_id = row.i64("org_id");
  p.meeting_on = row.text("meeting_on");
  p.audience = ParseAudience(row.text("audience")).value_or(Audience::kBoard);
  p.issued_by = row.optional_i64("issued_by");
  p.issued_by_name = row.text("issued_by_name");
  p.issued_at = row.i64("issued_at");
  p.sha256 = row.text("sha256");
  p.size = row.i64("size");
  return p;
}

}  // namespace

Id Repository::Insert(const IssuedPack& p, const std::string& pdf) {
  return db_
      .Query(kInsert,
             {p.org_id, p.meeting_on, std::string(ToString(p.audience)), db::OrNull(p.issued_by),
              p.issued_by_name, p.issued_at, p.sha256, p.size, Base64(pdf)})
      .at(0)
      .i64("id");
}

std::vector<IssuedPack> Repository::List(Id org_id) {
  std::vector<IssuedPack> out;
  for (const auto& row : db_.Query(kList, {org_id})) out.push_back(ToIssued(row));
  return out;
}

std::optional<IssuedPack> Repository::Find(Id org_id, Id id) {
  const auto rows = db_.Query(kFind, {org_id, id});
  if (rows.empty()) return std::nullopt;
  return ToIssued(rows.front());
}

std::optional<std::string> Repository::File(Id org_id, Id id) {
  const auto rows = db_.Query(kFile, {org_id, id});
  if (rows.empty()) return std::nullopt;
  return FromBase64(rows.front().text("pdf_base64"));
}

}  // namespace boardlens::pack
