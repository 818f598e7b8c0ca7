#include "boardlens/app/app_per_thread.hpp"

#include <map>

namespace boardlens::app {

App& AppPerThread::Get() {
  struct Slot {
    std::unique_ptr<storage::Store> store;
    std::unique_ptr<App> app;
  };
  // Keyed by instance, so tests may run several servers in one process.
  thread_local std::map<const AppPerThread*, Slot> slots;
  Slot& slot = slots[this];
  if (!slot.app) {
    slot.store = std::make_unique<storage::Store>(storage::OpenDatabase(database_url_));
    slot.app = std::make_unique<App>(*slot.store, settings_, caches_);
  }
  return *slot.app;
}

}  // namespace boardlens::app
