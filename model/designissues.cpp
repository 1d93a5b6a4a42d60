#include "designissues.h"

#include "layoutchecks.h"
#include "validation.h"

#include <set>
#include <string_view>
#include <tuple>

namespace aif {

namespace {

// Layout codes and the validation code that states the same rule for the same entity.
constexpr std::pair<std::string_view, std::string_view> kRestated[] = {
    {"layout.unpowered", "rack.unpowered"},
    {"layout.uncooled", "rack.cooling"},
    {"layout.outside", "rack.outside"},
};

std::string_view restatedCode(const std::string &layoutCode)
{
    for (const auto &[layout, validation] : kRestated) {
        if (layout == layoutCode)
            return validation;
    }
    return {};
}

} // namespace

Diagnostics designIssues(const Project &project, const Catalog *catalog)
{
    Diagnostics all = validateProject(project, catalog);
    const Diagnostics layout = checkLayout(project, catalog);
    all.insert(all.end(), layout.begin(), layout.end());
    return withoutRepeats(all);
}

Diagnostics withoutRepeats(const Diagnostics &diagnostics)
{
    std::set<std::pair<std::string, std::string>> byEntity;   // (code, entity) of every finding
    for (const Diagnostic &d : diagnostics)
        byEntity.emplace(d.code, d.entity);
    using Key = std::tuple<bool, std::string, std::string, std::string, std::string>;
    std::set<Key> seen;
    Diagnostics out;
    out.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics) {
        if (!seen.emplace(d.isError(), d.code, d.entity, d.pointer, d.message).second)
            continue;
        const std::string_view same = restatedCode(d.code);
        if (!same.empty() && !d.entity.empty() && byEntity.count({std::string(same), d.entity}))
            continue;
        out.push_back(d);
    }
    return out;
}

IssueKind issueKind(const Diagnostic &diagnostic)
{
    if (diagnostic.code.starts_with("layout."))
        return IssueKind::Layout;
    if (diagnostic.pointer.empty() || diagnostic.code.starts_with("solver.") || diagnostic.code.starts_with("solve."))
        return IssueKind::Solver;
    return IssueKind::Validation;
}

const char *issueKindName(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Layout: return "layout";
    case IssueKind::Solver: return "solver";
    case IssueKind::Validation: break;
    }
    return "validation";
}

} // namespace aif
