#pragma once
/// What needs the board on other features' pages: the top of the home page.

#include "boardlens/html/page.hpp"

namespace boardlens::briefing {

/// Alert, Advise and Assure, a few lines of each with the way to the rest, and the questions
/// the board should ask next.
html::Html HomePanel(html::Visit& visit);

}  // namespace boardlens::briefing
