// The report command: the board pack as a PDF file, for a script or the secretary's own
// machine.

#include <fstream>
#include <memory>
#include <ostream>

#include "boardlens/base/error.hpp"
#include "boardlens/features/pack/feature.hpp"
#include "boardlens/features/pack/pack.hpp"

namespace boardlens::pack {

void AddCommands(cli::Commands& commands) {
  commands.Add("report", "Write an organisation's board pack as an A4 PDF", [](cli::Spec& spec) {
    struct Options {
      std::string org, out;
      bool public_pack = false;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--org", o->org, "Organisation (ODS)", true)
        .Text("--out", o->out, "The PDF file to write, e.g. pack.pdf", true)
        .Flag("--public", o->public_pack,
              "The public version, fit for the organisation's website: no one is named");
    return [o](cli::Context& ctx) {
      const std::string pdf = pdf::RenderPdf(
          ctx.Use<Pack>()
              .Of(Caller::Operator(), o->org, o->public_pack ? Audience::kPublic : Audience::kBoard)
              .document);
      std::ofstream file(o->out, std::ios::binary | std::ios::trunc);
      file.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
      if (!file.flush()) throw Invalid("could not write " + o->out, "--out");
      ctx.out() << "Wrote " << o->out << " (" << pdf.size() << " bytes)\n";
    };
  });
}

}  // namespace boardlens::pack
