#include "boardlens/features/home/feature.hpp"

namespace boardlens::home {

void Register(Registration& r) {
  AddPages(r.routes);
  r.navigation.Add({10, "home", "Home", "", true});
}

}  // namespace boardlens::home
