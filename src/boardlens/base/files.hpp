#pragma once
/// Files named on the command line.

#include <string>

namespace boardlens {

/// The whole of the file at `path`; invalid input, naming the path, when it cannot be read.
std::string ReadFile(const std::string& path);
/// The last part of a path, as errors name the file.
std::string FileName(const std::string& path);

}  // namespace boardlens
