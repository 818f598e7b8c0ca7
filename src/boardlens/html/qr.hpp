#pragma once
/// QR codes drawn on the server as SVG (libqrencode): a link on a poster that a phone's camera
/// opens, with no script and no image request.

#include <string_view>

#include "boardlens/html/html.hpp"

namespace boardlens::html {

/// An SVG of `text` as a QR code (error correction M, four modules of quiet zone), labelled
/// for assistive technology by `label`. Throws Invalid when the text is too long for a code.
Html QrSvg(std::string_view text, std::string_view label, std::string_view css_class = "bl-qr");

}  // namespace boardlens::html
