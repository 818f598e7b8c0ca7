#include "boardlens/features/services/page_words.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::services {
std::string Pounds(const std::optional<std::int64_t>& amount) {
  return amount ? PoundsText(*amount) : "Not known";
}

std::string WholeNumber(const std::optional<std::int64_t>& number) {
  return number ? WithThousands(*number) : "Not known";
}

void CollectImportErrors(html::FieldErrors& errors, const std::string& field,
                         const std::function<void()>& import) {
  try {
    import();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    const auto& found =
        e.problems().empty() ? std::vector<FieldProblem>{{e.where(), e.what()}} : e.problems();
    std::string all;
    for (const FieldProblem& p : found) {
      all += (all.empty() ? "" : "; ") + (p.where.empty() ? "" : p.where + ": ") + p.message;
    }
    errors.Add(field, all);
  }
}

std::string ServicePath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/services/" + std::to_string(id)) + std::string(rest);
}

std::string MeasurePath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/measures/" + std::to_string(id)) + std::string(rest);
}

}  // namespace boardlens::services
