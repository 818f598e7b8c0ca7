#pragma once
/// Files compiled into the binary (cmake/embed.cmake), so one executable carries its
/// migrations and the national frameworks.

#include <span>
#include <string_view>

namespace boardlens {

struct EmbeddedFile {
  std::string_view name;  ///< path relative to the embedded folder, e.g. "sqlite/001_initial.sql"
  std::string_view data;
};

std::span<const EmbeddedFile> EmbeddedMigrations();
std::span<const EmbeddedFile> EmbeddedFrameworks();
/// The parts of the API description kept beside the code (openapi*.json below
/// src/boardlens, named as "features/risks/openapi.json"); see http/openapi.hpp.
std::span<const EmbeddedFile> EmbeddedApiParts();
/// Front-end assets (the NHS.UK frontend's CSS and JS), each also as NAME.gz.
std::span<const EmbeddedFile> EmbeddedAssets();

}  // namespace boardlens
