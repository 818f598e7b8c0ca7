#include "boardlens/features/health/health.hpp"

namespace boardlens::health {

Status Health::Check() {
  repository_.Ping();
  return {BOARDLENS_VERSION};
}

}  // namespace boardlens::health
