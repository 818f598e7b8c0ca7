#pragma once
/// A measure's values from CSV, as analysts keep them: the header `date,value` (required, so
/// that a file with its columns the other way round, or a stray first row of data, is caught
/// rather than charted), then one row a point. Pure: no I/O.

#include <string_view>
#include <vector>

#include "boardlens/base/number.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::services {

/// The largest size of value a series may hold. Far beyond any measure a board keeps, and
/// small enough that the sums behind a chart's limits can never overflow to infinity.
inline constexpr double kMaxSeriesValue = 1e15;
/// A value of a series, however it arrives.
inline constexpr NumberRule kValueRule{
    .what = "The value", .min = -kMaxSeriesValue, .max = kMaxSeriesValue};

/// Each row as a point. Dates are real dates written YYYY-MM-DD, each later than the row
/// before (so no date twice); values are numbers as ParseNumber reads them, never empty.
/// Throws one Error(kInvalid) naming every bad field at `name:line:column` (the first 20 of
/// them); the column is the field's number (1 date, 2 value), as in every CSV error. A file with a
/// header and no rows gives no points: how many a chart needs is ComputeSpc's to say.
std::vector<SpcPoint> ParseSeriesCsv(std::string_view text, std::string_view name);

}  // namespace boardlens::services
