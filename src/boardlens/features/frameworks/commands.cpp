// The framework library commands: load a YAML file, list what is loaded.

#include <cstdio>
#include <memory>
#include <ostream>

#include "boardlens/base/files.hpp"
#include "boardlens/features/frameworks/feature.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"

namespace boardlens::frameworks {

void AddCommands(cli::Commands& commands) {
  commands.Group("framework", "Framework library");
  commands.Add("framework import", "Load a framework YAML file", [](cli::Spec& spec) {
    struct Options {
      std::string file, org;
    };
    auto o = std::make_shared<Options>();
    spec.Text("FILE", o->file, "Framework YAML (docs/frameworks.md)", true)
        .Text("--org", o->org, "Owning organisation (ODS); omit for a national framework");
    return [o](cli::Context& ctx) {
      const auto load = ctx.Use<Frameworks>().Import(Caller::Operator(), ReadFile(o->file),
                                                     FileName(o->file), o->org);
      const auto& fw = load.stored.framework;
      ctx.out() << fw.ref << " " << fw.version.str() << " " << FrameworkLoad::Word(load.outcome)
                << " (" << fw.items.size() << " items)\n";
    };
  });
  commands.Add("framework list", "List frameworks", [](cli::Spec& spec) {
    auto org = std::make_shared<std::string>();
    spec.Text("--org", *org, "Include this organisation's own frameworks");
    return [org](cli::Context& ctx) {
      for (const auto& stored : ctx.Use<Frameworks>().List(Caller::Operator(), *org)) {
        const auto& fw = stored.framework;
        char line[512];
        std::snprintf(line, sizeof line, "%-28s %-8s %2zu items  %s\n", fw.ref.c_str(),
                      fw.version.str().c_str(), fw.items.size(), fw.title.c_str());
        ctx.out() << line;
      }
    };
  });
}

}  // namespace boardlens::frameworks
