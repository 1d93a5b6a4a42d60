#include "migrations.h"

#include "formatversions.h"

#include <functional>
#include <map>

namespace aif {

namespace {
// One function per step: steps.at(n) upgrades a version-n document to version n+1.
const std::map<int, std::function<void(Json &)>> &steps()
{
    static const std::map<int, std::function<void(Json &)>> s = {
        // 1 -> 2: one site object becomes the first (and only) entry of the sites list, keeping
        // its well-known id "site" (version 1 files needed no id for it).
        {1, [](Json &doc) {
             const auto it = doc.find("site");
             if (it == doc.end())
                 return;
             Json site = *it;
             doc.erase("site");
             if (site.is_object() && !site.contains("id"))
                 site["id"] = "site";
             doc["sites"] = Json::array({site});
         }},
    };
    return s;
}
} // namespace

bool migrateProjectJson(Json &doc, int fromVersion, Diagnostics *diagnostics)
{
    if (fromVersion > kFormatVersion) {
        diagnostics->push_back({Diagnostic::Severity::Error, "/formatVersion", {}, "format.newer",
                                "file was written by a newer AI Factory Studio (formatVersion "
                                    + std::to_string(fromVersion) + "; this version reads up to "
                                    + std::to_string(kFormatVersion) + "): please upgrade"});
        return false;
    }
    if (fromVersion < kOldestFormatVersion) {
        diagnostics->push_back({Diagnostic::Severity::Error, "/formatVersion", {}, "format.older",
                                "formatVersion " + std::to_string(fromVersion) + " is not a known version"});
        return false;
    }
    for (int v = fromVersion; v < kFormatVersion; ++v) {
        const auto it = steps().find(v);
        if (it == steps().end()) {
            diagnostics->push_back({Diagnostic::Severity::Error, "/formatVersion", {}, "format.migration",
                                    "no migration from formatVersion " + std::to_string(v)});
            return false;
        }
        it->second(doc);
    }
    doc["formatVersion"] = kFormatVersion;
    return true;
}

} // namespace aif
