#include "n1case.h"

#include "n1tablemodel.h"
#include "project.h"

#include <QStringList>

namespace aif {

namespace {

// Overrides for every editable field of `ref` whose value differs between the two projects.
void diffEntity(const Project &before, const Project &after, EntityRef ref, Json &out)
{
    const std::string id = before.idOf(ref);
    for (const PropertyInfo &info : before.properties(ref.kind)) {
        if (info.readOnly || info.key == "id" || info.type == PropType::OverrideList)
            continue;
        const Json was = before.value(ref, info.key);
        const Json now = after.value(ref, info.key);
        if (was != now)
            out.push_back({{"entity", id}, {"property", info.key}, {"value", now}});
    }
}

// More names than a summary line can hold are counted rather than listed.
constexpr int kNamesInSummary = 6;

QString kindsText(const std::set<std::string> &kinds)
{
    QStringList words;
    if (kinds.contains("cooling"))
        words << N1Case::tr("cooling");
    if (kinds.contains("power"))
        words << N1Case::tr("power");
    if (kinds.contains("network"))
        words << N1Case::tr("network");
    return words.join(N1Case::tr(", "));
}

} // namespace

Json N1Case::overrides(const Project &project, const std::vector<whatif::ScanUnit> &units)
{
    Project failed = project;
    for (const whatif::ScanUnit &u : units)
        whatif::failUnit(failed, u);
    Json out = Json::array();
    // The units' own entities first (the common case: a unit's id is its entity's id); a kind
    // whose unit lives inside another entity (a bank's units, a group's links) is found by
    // comparing every entity, which only runs when the first look finds nothing.
    for (const whatif::ScanUnit &u : units) {
        if (const auto ref = project.find(u.id); ref && ref->kind != EntityKind::Scenario)
            diffEntity(project, failed, *ref, out);
    }
    if (!out.empty())
        return out;
    for (EntityKind kind : allKinds()) {
        if (kind == EntityKind::Scenario)
            continue;
        for (int i = 0; i < project.count(kind); ++i)
            diffEntity(project, failed, {kind, i}, out);
    }
    return out;
}

QString N1Case::scenarioName(const std::vector<whatif::ScanUnit> &units)
{
    QStringList names;
    for (const whatif::ScanUnit &u : units)
        names << QString::fromStdString(u.name.empty() ? u.id : u.name);
    return tr("N−%1: %2").arg(units.size()).arg(names.join(QStringLiteral(" + ")));
}

std::string N1Case::existing(const Project &project, const QString &name, const Json &overrides)
{
    for (int i = 0; i < project.count(EntityKind::Scenario); ++i) {
        const EntityRef ref{EntityKind::Scenario, i};
        if (QString::fromStdString(project.nameOf(ref)) == name && project.value(ref, "overrides") == overrides)
            return project.idOf(ref);
    }
    return {};
}

QString N1Case::summary(const whatif::ScanResult &r, const whatif::ScanOptions &ranWith, UnitSystem system)
{
    QStringList breaking;
    for (const whatif::ScanCase *c : whatif::bySeverity(r)) {
        if (c->breaksAllowable)
            breaking << N1TableModel::unitText(*c);
    }
    const QString scope = tr("%1 of %2 units").arg(ranWith.pairs ? tr("N−1 and N−2") : tr("N−1"), kindsText(ranWith.kinds));
    QString text = r.cases.size() == 1 ? tr("1 case (%1), ").arg(scope)
                                       : tr("%1 cases (%2), ").arg(QString::number(r.cases.size()), scope);
    if (breaking.isEmpty()) {
        text += tr("none breaks ASHRAE allowable.");
    } else {
        QStringList shown = breaking.mid(0, kNamesInSummary);
        if (breaking.size() > kNamesInSummary)
            shown << tr("and %1 more").arg(breaking.size() - kNamesInSummary);
        text += breaking.size() == 1
            ? tr("1 breaks ASHRAE allowable: %1.").arg(shown.join(tr(", ")))
            : tr("%1 break ASHRAE allowable: %2.").arg(QString::number(breaking.size()), shown.join(tr(", ")));
    }
    const whatif::ScanCase *soonest = nullptr;
    for (const whatif::ScanCase &c : r.cases) {
        const std::optional<double> m = N1TableModel::timeToLimitMin(c);
        if (m && (!soonest || *m < *N1TableModel::timeToLimitMin(*soonest)))
            soonest = &c;
    }
    if (soonest)
        text += QLatin1Char(' ')
            + tr("Shortest time to limit: %1 min (%2).")
                  .arg(QString::number(*N1TableModel::timeToLimitMin(*soonest), 'f', 1), N1TableModel::unitText(*soonest));
    const QString racks = r.base.allowableViolations == 1 ? tr("1 rack") : tr("%1 racks").arg(r.base.allowableViolations);
    // The base on a line of its own: it is what every row is compared with.
    return text + QLatin1Char('\n')
        + tr("Before any failure: max inlet %1, %2, %3 outside allowable.")
              .arg(units::format(r.base.maxInletC, Quantity::Temperature, system),
                   units::format(r.base.tokensPerS, Quantity::TokenRate, system), racks);
}

Json N1Case::scenario(const Project &project, const QString &name, const Json &overrides)
{
    QStringList ids;
    for (const Json &o : overrides)
        ids << QString::fromStdString(o.value("entity", std::string()));
    ids.removeDuplicates();
    return Json{{"id", project.newId(EntityKind::Scenario)},
                {"name", name.toStdString()},
                {"description", tr("From the N−1 scan: %1 out of service.").arg(ids.join(QStringLiteral(", "))).toStdString()},
                {"overrides", overrides}};
}

} // namespace aif
