// Compiles only when Render's arguments match its template's placeholders: built once with
// them matching, which must compile, and once without, which must not.

#include "boardlens/html/html.hpp"

int main() {
  using boardlens::html::Render;
#ifdef HOLES_MATCH
  return Render("<p>{} {}</p>", "a", 1).empty() ? 1 : 0;
#else
  return Render("<p>{} {}</p>", "a").empty() ? 1 : 0;
#endif
}
