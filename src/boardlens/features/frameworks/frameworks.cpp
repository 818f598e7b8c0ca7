#include "boardlens/features/frameworks/frameworks.hpp"

#include "boardlens/base/embedded.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/frameworks/loader.hpp"

namespace boardlens::frameworks {

FrameworkLoad Frameworks::Import(const Caller& caller, std::string_view yaml,
                                 std::string_view source_name, const std::string& ods) {
  std::optional<Id> owner;
  if (ods.empty()) {
    if (!caller.platform_admin) {
      throw Forbidden("only a platform administrator loads national frameworks");
    }
  } else {
    owner = organisations_.Require(caller, ods, Role::kSecretary).org.id;
  }
  Framework fw = ParseFramework(yaml, source_name);
  return db::Transaction(db_, [&] {
    FrameworkLoad out;
    if (auto latest = repository_.FindLatestFramework(fw.ref)) {
      if (latest->owner_org_id != owner) {
        throw Conflict("the ref " + fw.ref + " is already used by " +
                           (latest->owner_org_id ? "another organisation" : "a national framework"),
                       "ref");
      }
      if (fw.version < latest->framework.version) {
        throw Conflict(fw.ref + " version " + fw.version.str() + " is older than the loaded " +
                           latest->framework.version.str() + "; nothing was loaded",
                       "version");
      }
      if (fw.version == latest->framework.version) {
        if (fw == latest->framework) {
          out.outcome = FrameworkLoad::Outcome::kUnchanged;
          out.stored = std::move(*latest);
          return out;
        }
        throw Conflict(fw.ref + " version " + fw.version.str() +
                           " is loaded with different content; give the changed file a new "
                           "version",
                       "version");
      }
    }
    out.stored.id = repository_.InsertFramework(fw, owner, clock_.Now());
    out.stored.owner_org_id = owner;
    out.stored.framework = std::move(fw);
    return out;
  });
}

int Frameworks::LoadShipped() {
  int loaded = 0;
  for (const EmbeddedFile& file : EmbeddedFrameworks()) {
    const auto result = Import(Caller::Operator(), file.data, file.name, "");
    if (result.outcome == FrameworkLoad::Outcome::kLoaded) ++loaded;
  }
  return loaded;
}

std::vector<StoredFramework> Frameworks::List(const Caller& caller, const std::string& ods) {
  if (ods.empty()) return repository_.ListFrameworks(std::nullopt);
  return repository_.ListFrameworks(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

StoredFramework Frameworks::Get(const Caller& caller, const std::string& ref,
                                const std::string& ods) {
  std::optional<Id> org_id;
  if (!ods.empty()) org_id = organisations_.Require(caller, ods, Role::kViewer).org.id;
  auto fw = repository_.FindLatestFramework(ref);
  if (!fw || (fw->owner_org_id && fw->owner_org_id != org_id)) {
    throw NotFound("there is no framework " + ref);
  }
  return std::move(*fw);
}

StoredFramework Frameworks::GetVersion(Id id) {
  auto fw = repository_.FindFramework(id);
  if (!fw) throw NotFound("there is no framework version " + std::to_string(id));
  return std::move(*fw);
}

}  // namespace boardlens::frameworks
