#include "sweep/sweepspec.h"

#include <QCryptographicHash>
#include <QFile>

#include <random>
#include <set>

namespace aif::sweep {

namespace {

struct NamedObjective
{
    const char *name;
    const char *figureKey;
    double factor;
};

// Snake-case names (the JSON's style) for the key figures; values are the figures' SI values
// (W, USD, °C) scaled to the unit the name says.
const NamedObjective kNamed[] = {
    {"usd_per_mtok", "usdPerMtok", 1.0},
    {"tokens_per_joule", "tokensPerJoule", 1.0},
    {"tokens_per_s", "tokensPerS", 1.0},
    {"capex_usd", "capex", 1.0},
    {"opex_usd_per_year", "opex", 1.0},
    {"pue", "pue", 1.0},
    {"pue_operating", "pueOperating", 1.0},
    {"facility_kw", "facility", 1e-3},
    {"it_kw", "it", 1e-3},
    {"losses_kw", "losses", 1e-3},
    {"cooling_kw", "cooling", 1e-3},
    {"max_inlet_c", "maxInlet", 1.0},
    {"max_junction_c", "maxJunction", 1.0},
    {"throttled_racks", "throttledRacks", 1.0},
    {"annual_energy_mwh", "energy", 1.0},
    {"free_cooling_hours", "freeCooling", 1.0},
    {"water_m3", "water", 1.0},
    {"economizer_share", "economizerShare", 1.0},
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A number, bool, quoted string or null as JSON; anything else is the text itself.
Json parseValue(const QString &token)
{
    const std::string text = token.trimmed().toStdString();
    try {
        Json v = Json::parse(text);
        if (v.is_number() || v.is_boolean() || v.is_string() || v.is_null())
            return v;
    } catch (const Json::exception &) {
    }
    return Json(text);
}

const char *kindName(const Json &v)
{
    return v.is_number() ? "a number" : v.is_boolean() ? "a bool" : v.is_string() ? "a string"
        : v.is_null() ? "null" : v.is_object() ? "an object" : "an array";
}

} // namespace

bool parseSet(const QString &text, SweepSet *set, QString *error)
{
    const qsizetype eq = text.indexOf('=');
    if (eq <= 0 || !text.startsWith('/')) {
        *error = QStringLiteral("--set '%1': expected /json/pointer=v1,v2,...").arg(text);
        return false;
    }
    set->pointer = text.left(eq).toStdString();
    set->values.clear();
    set->texts.clear();
    try {
        (void)Json::json_pointer(set->pointer);
    } catch (const Json::exception &e) {
        *error = QStringLiteral("--set %1: not a JSON pointer (%2)").arg(q(set->pointer), e.what());
        return false;
    }
    for (const QString &token : text.mid(eq + 1).split(',')) {
        if (token.trimmed().isEmpty()) {
            *error = QStringLiteral("--set %1: empty value in '%2'").arg(q(set->pointer), text.mid(eq + 1));
            return false;
        }
        set->values.push_back(parseValue(token));
        set->texts.push_back(token.trimmed().toStdString());
    }
    return true;
}

QStringList objectiveNames()
{
    QStringList names;
    for (const NamedObjective &n : kNamed)
        names << QString::fromLatin1(n.name);
    return names;
}

const std::vector<std::string> &defaultObjectives()
{
    static const std::vector<std::string> names{"usd_per_mtok", "tokens_per_joule", "capex_usd"};
    return names;
}

bool resolveObjective(const std::string &name, Objective *objective, QString *error)
{
    *objective = Objective{};
    objective->name = name;
    if (!name.empty() && name[0] == '/') {
        try {
            (void)Json::json_pointer(name);
        } catch (const Json::exception &e) {
            *error = QStringLiteral("--objectives %1: not a JSON pointer (%2)").arg(q(name), e.what());
            return false;
        }
        objective->pointer = name;
        return true;
    }
    for (const NamedObjective &n : kNamed) {
        if (name == n.name) {
            objective->figureKey = n.figureKey;
            objective->factor = n.factor;
            return true;
        }
    }
    *error = QStringLiteral("--objectives: unknown objective '%1' (known: %2, or a /json/pointer "
                            "into the solve result)")
                 .arg(q(name), objectiveNames().join(", "));
    return false;
}

bool loadProjectFile(SweepSpec *spec, QString *error)
{
    QFile f(spec->file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(spec->file, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    spec->projectSha256
        = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().toStdString();
    try {
        spec->project = Json::parse(data.toStdString());
    } catch (const Json::exception &e) {
        *error = QStringLiteral("%1: not JSON: %2").arg(spec->file, e.what());
        return false;
    }
    return true;
}

bool checkSets(SweepSpec *spec, QString *error)
{
    std::set<std::string> seen;
    for (SweepSet &s : spec->sets) {
        if (!seen.insert(s.pointer).second) {
            *error = QStringLiteral("--set %1: given twice").arg(q(s.pointer));
            return false;
        }
        const Json::json_pointer p(s.pointer);
        // Replace, never add: a misspelt key would otherwise be a new field the loader ignores.
        if (!spec->project.contains(p)) {
            *error = QStringLiteral("--set %1: no such field in %2").arg(q(s.pointer), spec->file);
            return false;
        }
        for (const std::string &other : s.linked) {
            if (!seen.insert(other).second) {
                *error = QStringLiteral("--set %1: given twice").arg(q(other));
                return false;
            }
            // The same kind of field as the first (all racks' supply temperatures), so the
            // checks below hold for every pointer the value goes to.
            const Json::json_pointer lp(other);
            if (!spec->project.contains(lp) || spec->project.at(lp).type() != spec->project.at(p).type()) {
                *error = QStringLiteral("--set %1: %2 is not a field of the same type in %3")
                             .arg(q(s.pointer), q(other), spec->file);
                return false;
            }
        }
        const Json &current = spec->project.at(p);
        if (current.is_object() || current.is_array()) {
            *error = QStringLiteral("--set %1: points at %2; --set takes a number, string or bool field")
                         .arg(q(s.pointer), kindName(current));
            return false;
        }
        for (size_t i = 0; i < s.values.size(); ++i) {
            Json &v = s.values[i];
            if (current.is_string() && !v.is_string() && i < s.texts.size())
                v = Json(s.texts[i]);   // an id such as 42 given unquoted is still the text "42"
            const bool same = current.is_null() || (current.is_number() && v.is_number())
                || (current.is_boolean() && v.is_boolean()) || (current.is_string() && v.is_string());
            if (!same) {
                *error = QStringLiteral("--set %1: value %2 is %3, the field is %4")
                             .arg(q(s.pointer), q(v.dump()), kindName(v), kindName(current));
                return false;
            }
        }
    }
    return true;
}

std::vector<std::vector<int>> sweepCases(const SweepSpec &spec)
{
    std::vector<std::vector<int>> cases;
    if (spec.sets.empty())
        return cases;
    // Grid size, saturated: a random draw never needs more than it can count.
    std::uint64_t gridSize = 1;
    for (const SweepSet &s : spec.sets) {
        const std::uint64_t n = s.values.size();
        gridSize = gridSize > UINT64_MAX / n ? UINT64_MAX : gridSize * n;
    }
    if (spec.mode == SweepMode::Grid) {
        std::vector<int> choice(spec.sets.size(), 0);
        for (std::uint64_t i = 0; i < gridSize; ++i) {
            cases.push_back(choice);
            for (size_t k = spec.sets.size(); k-- > 0;) {   // the last set varies fastest
                if (++choice[k] < int(spec.sets[k].values.size()))
                    break;
                choice[k] = 0;
            }
        }
        return cases;
    }
    const std::uint64_t count = std::min<std::uint64_t>(spec.randomCount, gridSize);
    // mt19937_64 is fully specified by the standard and the modulo is ours (the standard
    // distributions are not), so a seed gives the same cases with every compiler.
    std::mt19937_64 rng(spec.seed);
    std::set<std::vector<int>> drawn;
    while (cases.size() < count) {
        std::vector<int> choice;
        for (const SweepSet &s : spec.sets)
            choice.push_back(int(rng() % s.values.size()));
        if (drawn.insert(choice).second)
            cases.push_back(choice);
    }
    return cases;
}

Json caseInputs(const SweepSpec &spec, const std::vector<int> &choice)
{
    Json inputs = Json::object();
    for (size_t k = 0; k < spec.sets.size(); ++k) {
        inputs[spec.sets[k].pointer] = spec.sets[k].values[choice[k]];
        for (const std::string &other : spec.sets[k].linked)
            inputs[other] = spec.sets[k].values[choice[k]];
    }
    return inputs;
}

Json caseProject(const SweepSpec &spec, const std::vector<int> &choice)
{
    Json project = spec.project;
    for (size_t k = 0; k < spec.sets.size(); ++k) {
        project[Json::json_pointer(spec.sets[k].pointer)] = spec.sets[k].values[choice[k]];
        for (const std::string &other : spec.sets[k].linked)
            project[Json::json_pointer(other)] = spec.sets[k].values[choice[k]];
    }
    return project;
}

Json definition(const SweepSpec &spec)
{
    Json sets = Json::array();
    for (const SweepSet &s : spec.sets) {
        Json set{{"pointer", s.pointer}, {"values", s.values}};
        if (!s.linked.empty())   // absent from the CLI's sets: its --resume files stay valid
            set["linked"] = s.linked;
        sets.push_back(std::move(set));
    }
    Json objectives = Json::array();
    for (const Objective &o : spec.objectives)
        objectives.push_back(o.name);
    Json d{{"project_sha256", spec.projectSha256},
           {"sets", sets},
           {"mode", spec.mode == SweepMode::Grid ? "grid" : "random"},
           {"objectives", objectives}};
    if (spec.mode == SweepMode::Random) {
        d["count"] = spec.randomCount;
        d["seed"] = spec.seed;
    }
    return d;
}

} // namespace aif::sweep
