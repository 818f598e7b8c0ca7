#include "boardlens/base/files.hpp"

#include <fstream>
#include <sstream>

#include "boardlens/base/error.hpp"

namespace boardlens {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Invalid("cannot read " + path, path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string FileName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace boardlens
