#pragma once
/// The pack as a web page: each block of its document as the design system writes it.

#include "boardlens/features/pack/pack.hpp"
#include "boardlens/html/html.hpp"

namespace boardlens::pack {

/// The whole pack, its cover's title as the page's h1 and each section an h2 with its anchor.
html::Html WebPack(const Paper& paper);

}  // namespace boardlens::pack
