#include "boardlens/features/health/repository.hpp"

namespace boardlens::health {
namespace {
constexpr std::string_view kPing = "SELECT 1 AS ok";
}  // namespace

void Repository::Ping() { db_.Query(kPing, {}); }

}  // namespace boardlens::health
