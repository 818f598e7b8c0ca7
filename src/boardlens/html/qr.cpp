#include "boardlens/html/qr.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

#include "boardlens/base/error.hpp"

namespace boardlens::html {
namespace {
constexpr int kQuietZone = 4;  ///< modules of white around the code, as the standard asks
struct FreeCode {
  void operator()(QRcode* code) const { QRcode_free(code); }
};
}  // namespace

Html QrSvg(std::string_view text, std::string_view label, std::string_view css_class) {
  const std::string data(text);
  const std::unique_ptr<QRcode, FreeCode> code(
      QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M));
  if (!code) throw Invalid("the text is too long for a QR code");
  const int width = code->width;
  const int size = width + 2 * kQuietZone;
  // One path of unit squares: small, and crisp at any size.
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width; ++x) {
      if ((code->data[y * width + x] & 1) == 0) continue;
      path +=
          "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h1v1h-1z";
    }
  }
  return Render(
      "<svg class=\"{}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{}\" "
      "height=\"{}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{}\"/></svg>",
      css_class, size, size, label, size, size, path);
}

}  // namespace boardlens::html
