#pragma once
/// The pack on screen: the same document as the PDF, as a guide of pages in the design
/// system's way (a contents list, then one part a page, with previous and next), so that a
/// phone loads one section at a time. Its first part is the cover; then a part a section.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "boardlens/features/pack/pack.hpp"
#include "boardlens/html/html.hpp"

namespace boardlens::pack {

/// The part named `part` (a section's anchor, or empty for the cover) with the contents list
/// and the links to the parts either side, each at `href(anchor)`; nullopt for no such part.
std::optional<html::Html> WebPackPart(const Paper& paper, std::string_view part,
                                      const std::function<std::string(std::string_view)>& href);

}  // namespace boardlens::pack
