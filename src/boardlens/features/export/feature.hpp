#pragma once
/// The whole organisation as one workbook: every table the registers offer for download, a
/// sheet each, from the same cells as their CSV and XLSX downloads.

#include "boardlens/features/feature.hpp"

namespace boardlens::exports {

void Register(Registration& registration);

}  // namespace boardlens::exports
