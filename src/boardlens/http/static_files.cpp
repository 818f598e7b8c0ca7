#include "boardlens/http/static_files.hpp"

#include "boardlens/base/embedded.hpp"
#include "boardlens/http/problem.hpp"

namespace boardlens::http {
namespace {

std::string_view ContentType(std::string_view name) {
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".png")) return "image/png";
  if (name.ends_with(".ico")) return "image/x-icon";
  return "application/octet-stream";
}

/// Browsers ask for this at the root whatever a page says.
constexpr std::string_view kRootFavicon = "/favicon.ico";
constexpr std::string_view kImages = "images/";

const EmbeddedFile* Find(std::string_view name) {
  for (const EmbeddedFile& f : EmbeddedAssets()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace

std::optional<Response> ServeAsset(const Request& request) {
  const bool favicon = request.path == kRootFavicon;
  if (!request.path.starts_with(kAssetsPrefix) && !favicon) return std::nullopt;
  const std::string_view name = favicon
                                    ? std::string_view("images/favicon.ico")
                                    : std::string_view(request.path).substr(kAssetsPrefix.size());
  const EmbeddedFile* plain = name.ends_with(".gz") ? nullptr : Find(name);
  if (plain == nullptr || (request.method != "GET" && request.method != "HEAD")) {
    return Problem(ErrorKind::kNotFound, "there is no asset at " + request.path);
  }
  Response r;
  r.content_type = std::string(ContentType(name));
  // CSS and JS carry a version or a hash in their names, so they may be kept for ever; the
  // frontend's images keep their names from one version to the next, so a day.
  r.headers.emplace_back("Cache-Control", name.starts_with(kImages)
                                              ? "public, max-age=86400"
                                              : "public, max-age=31536000, immutable");
  r.headers.emplace_back("Vary", "Accept-Encoding");
  const EmbeddedFile* gz = Find(std::string(name) + ".gz");
  if (gz != nullptr && request.Header("Accept-Encoding").find("gzip") != std::string_view::npos) {
    r.headers.emplace_back("Content-Encoding", "gzip");
    r.body = std::string(gz->data);
  } else {
    r.body = std::string(plain->data);
  }
  return r;
}

}  // namespace boardlens::http
