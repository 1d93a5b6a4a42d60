#include "fuzztarget.h"

#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"
#include "validation.h"


#include <cfenv>
#include <cmath>
#include <typeinfo>

namespace aif::fuzz {

namespace {

// Digit runs become '#': "/racks/17/xM" and "/racks/3/xM" are the same bug.
std::string normalized(const std::string &s, size_t maxLength = 160)
{
    std::string out;
    for (size_t i = 0; i < s.size() && out.size() < maxLength; ++i) {
        const bool digit = s[i] >= '0' && s[i] <= '9';
        if (digit && !out.empty() && out.back() == '#')
            continue;
        out += digit ? '#' : (s[i] == '\n' ? ' ' : s[i]);
    }
    return out;
}

Finding finding(Finding::Type type, const std::string &where, const std::string &what)
{
    return {type, std::string(typeName(type)) + " " + normalized(where), what};
}

// The first number that is not finite, as a JSON pointer ("" when all are).
std::string firstNonFinite(const Json &j, const std::string &pointer)
{
    if (j.is_number_float())
        return std::isfinite(j.get<double>()) ? std::string() : (pointer.empty() ? "/" : pointer);
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (std::string p = firstNonFinite(it.value(), pointer + "/" + it.key()); !p.empty())
                return p;
        }
    } else if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i) {
            if (std::string p = firstNonFinite(j[i], pointer + "/" + std::to_string(i)); !p.empty())
                return p;
        }
    }
    return {};
}

Finding checkSolve(const Project &project, const Catalog &catalog, const std::string &scenario, bool trap)
{
    SolveOptions options;
    options.scenario = scenario;
    if (trap)
        feenableexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
    const SolveResult r = runSolve(project, catalog, options);
    if (trap)
        fedisableexcept(FE_ALL_EXCEPT);
    // Whether the input was valid says how bad it is: a valid design must never give NaN; an
    // invalid one is solved anyway (the studio shows results next to the errors) and must not either.
    int errors = 0;
    const Diagnostic *firstError = nullptr;
    for (const Diagnostic &d : r.violations) {
        if (d.isError() && d.code != "solver.non-finite" && ++errors == 1)
            firstError = &d;
    }
    std::string label = scenario.empty() ? std::string() : " (scenario " + scenario + ")";
    label += errors == 0 ? std::string("; the input is valid")
                         : "; the input has " + std::to_string(errors) + " validation error(s), the first "
                               + firstError->code + " at " + firstError->pointer;
    if (const std::string p = firstNonFinite(r.json, ""); !p.empty())
        return finding(Finding::Type::NonFinite, p, "the solve returned a non-finite number at " + p + label);
    // The solvers' own guard (solvers/common/finiteguard) turns them into null and this error.
    for (const Diagnostic &d : r.violations) {
        if (d.code == "solver.non-finite")
            return finding(Finding::Type::NonFinite, d.pointer, d.message + label);
    }
    return {};
}

Finding fuzzProject(const QByteArray &bytes, const FuzzContext &context)
{
    const LoadResult loaded = parseProject(bytes);
    if (!loaded.ok)
        return {};   // refused with diagnostics: what the user sees, nothing more runs on it
    validateProject(loaded.project, context.catalog);

    // What was loaded must survive a save: the studio saves what it opened.
    const LoadResult again = parseProject(serializeProject(loaded.project));
    if (!again.ok) {
        const Diagnostic &d = again.diagnostics.empty() ? Diagnostic{} : again.diagnostics.front();
        return finding(Finding::Type::RoundTrip, d.code + " " + d.pointer,
                       "a loaded project does not load after saving: " + d.pointer + ": " + d.message);
    }

    if (!context.catalog || int(loaded.project.racks.size()) > context.maxSolveRacks)
        return {};
    // One of its scenarios or none, chosen by the input so a replay solves the same.
    const auto &scenarios = loaded.project.scenarios;
    const size_t pick = size_t(qHash(bytes)) % (scenarios.size() + 1);
    return checkSolve(loaded.project, *context.catalog, pick < scenarios.size() ? scenarios[pick].id : std::string(),
                      context.trapFloatingPoint);
}

Finding fuzzCatalogFile(const QByteArray &bytes, const FuzzContext &context)
{
    QStringList warnings;
    const std::vector<CatalogEntry> entries = parseUserCatalogFile(bytes, QStringLiteral("fuzz.json"), &warnings);
    if (entries.empty() || !context.catalog)
        return {};
    const std::unique_ptr<Catalog> catalog = Catalog::overlay(*context.catalog, entries);
    for (const Project &probe : context.catalogProbes) {
        validateProject(probe, catalog.get());
        if (Finding f = checkSolve(probe, *catalog, {}, context.trapFloatingPoint))
            return f;
    }
    return {};
}

} // namespace

const char *typeName(Finding::Type type)
{
    switch (type) {
    case Finding::Type::None: return "none";
    case Finding::Type::Exception: return "exception";
    case Finding::Type::NonFinite: return "non-finite";
    case Finding::Type::RoundTrip: return "round-trip";
    }
    return "?";
}

Finding fuzzOne(const QByteArray &bytes, InputKind kind, const FuzzContext &context)
{
    try {
        return kind == InputKind::Project ? fuzzProject(bytes, context) : fuzzCatalogFile(bytes, context);
    } catch (const std::exception &e) {
        return finding(Finding::Type::Exception, typeid(e).name() + std::string(": ") + e.what(),
                       std::string("uncaught ") + typeid(e).name() + ": " + e.what());
    } catch (...) {
        return finding(Finding::Type::Exception, "unknown", "uncaught exception of unknown type");
    }
}

} // namespace aif::fuzz
