#pragma once
/// Dates written from today in a file kept by hand (the demo's data), so that what it shows
/// stays as recent however long ago it was written.

#include <functional>
#include <string>
#include <string_view>

namespace boardlens {

/// `text` with each placeholder between braces replaced: {today}; {today-14d}, days from
/// today; {month+2}, the month (YYYY-MM) so many from this one; {month-1:01}, a day of it.
/// Any other {word:name} is replaced by what `named` gives for "word:name".
std::string ResolveRelativeDates(std::string_view text, const std::string& today,
                                 const std::function<std::string(std::string_view)>& named);

}  // namespace boardlens
