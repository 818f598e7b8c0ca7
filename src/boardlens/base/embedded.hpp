#pragma once
/// Files compiled into the binary (cmake/embed.cmake), so one executable carries its
/// migrations, the national frameworks, the demo's data and the about pages.

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
/// The demo's data files (features/demo/data/*.csv, *.yaml).
std::span<const EmbeddedFile> EmbeddedDemoData();
/// The about pages' content (features/about/pages/*.html): markup of our own, like a literal.
std::span<const EmbeddedFile> EmbeddedAboutPages();
/// Front-end assets (the NHS.UK frontend's CSS and JS), each also as NAME.gz.
std::span<const EmbeddedFile> EmbeddedAssets();

}  // namespace boardlens
