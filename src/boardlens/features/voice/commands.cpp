// The user-voice commands: the public link to print or send, and the reports as CSV.

#include <cstdlib>
#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/features/voice/feature.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::voice {

void AddCommands(cli::Commands& commands) {
  commands.Group("voice", "User voice: the public form and its reports");
  commands.Add(
      "voice link", "Print the organisation's public user-voice link", [](cli::Spec& spec) {
        struct Options {
          std::string org, public_url;
          bool rotate = false;
        };
        auto o = std::make_shared<Options>();
        spec.Text("--org", o->org, "Organisation (ODS)", true)
            .Text("--public-url", o->public_url,
                  "Where people reach boardlens (default: BOARDLENS_PUBLIC_URL, else "
                  "http://127.0.0.1:8080, where `serve` listens by default)")
            .Flag("--rotate", o->rotate, "Replace the link first: the old one stops working");
        return [o](cli::Context& ctx) {
          http::Site site{o->public_url};
          if (site.public_url.empty()) {
            const char* env = std::getenv("BOARDLENS_PUBLIC_URL");
            site.public_url = env != nullptr && *env != '\0' ? env : "http://127.0.0.1:8080";
          }
          auto& voice = ctx.Use<Voice>();
          const std::string token = o->rotate ? voice.RotateLink(Caller::Operator(), o->org)
                                              : voice.Link(Caller::Operator(), o->org);
          ctx.out() << site.base_url() << "/voice/" << token << "\n";
        };
      });
  commands.Add("voice reports", "Print the last 12 months' reports as CSV", [](cli::Spec& spec) {
    auto org = std::make_shared<std::string>();
    spec.Text("--org", *org, "Organisation (ODS)", true);
    return [org](cli::Context& ctx) {
      // Contacts are kept only where the person agreed to be contacted; the operator sees them
      // as the secretary does.
      std::vector<std::vector<std::string>> rows{{"id", "received_on", "service", "reporter",
                                                  "barriers", "what_happened", "how_often",
                                                  "impact", "fft", "contact"}};
      for (const ReportRow& row : ctx.Use<Voice>().Reports(Caller::Operator(), *org)) {
        const Report& r = row.report;
        rows.push_back({std::to_string(r.id), r.received_on,
                        r.service_id ? row.service_name : "Something else",
                        std::string(ToString(r.reporter)), JoinBarriers(r.barriers),
                        r.what_happened, std::string(ToString(r.how_often)),
                        std::string(ToString(r.impact)), std::string(ToString(r.fft)), r.contact});
      }
      ctx.out() << WriteCsv(rows);
    };
  });
}

}  // namespace boardlens::voice
