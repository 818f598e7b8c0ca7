#pragma once
/// The assurance picture as CSV rows, header first, for the page's downloads and the command.

#include <string>
#include <vector>

#include "boardlens/features/assurance/assurance.hpp"

namespace boardlens::assurance {

using CsvRows = std::vector<std::vector<std::string>>;

/// Each service and programme: read, heard and seen, and the keys of its gaps.
CsvRows SubjectRows(const Picture& picture);
/// Each gap with its evidence, one sentence after another.
CsvRows GapRows(const Picture& picture);

}  // namespace boardlens::assurance
