// What differs between the inputs of two compared sides, in words, and what kind of side each is.
#include "report/compare.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace aif {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aif::Compare", text);
}

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

// "crah ×8, inrow ×2": how many of each, in name order (so two designs list alike).
QString counted(const std::map<std::string, int> &counts)
{
    QStringList parts;
    for (const auto &[name, n] : counts)
        parts << (n == 1 ? str(name) : QStringLiteral("%1 ×%2").arg(str(name)).arg(n));
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

// A design's inputs that a comparison names, as (topic, description) pairs in a fixed order.
std::vector<std::pair<QString, QString>> facets(const Project &p)
{
    std::vector<std::pair<QString, QString>> out;
    for (EntityKind kind : allKinds()) {
        const KindNames &names = kindNames(kind);
        // Scenarios are listed as overrides; cooling and power units by type below.
        if (names.singleton || kind == EntityKind::Scenario || kind == EntityKind::AirUnit
            || kind == EntityKind::Cdu || kind == EntityKind::HeatRejection
            || kind == EntityKind::LiquidLoop || kind == EntityKind::PowerNode)
            continue;
        out.emplace_back(QString::fromUtf8(names.plural), QString::number(p.count(kind)));
    }
    std::map<std::string, int> systems, models, air, cdus, rejection, loops, power;
    for (const Rack &r : p.racks) {
        if (!r.system.empty())
            systems[r.system] += std::max(r.systemCount, 1);
    }
    for (const Deployment &d : p.deployments)
        models[d.model + " " + d.precision] += 1;
    for (const AirUnit &a : p.airUnits)
        air[a.type + (a.model.empty() ? "" : " " + a.model)] += 1;
    for (const Cdu &c : p.cdus)
        cdus[c.model.empty() ? "cdu" : c.model] += 1;
    for (const HeatRejection &h : p.heatRejection)
        rejection[h.type + (h.model.empty() ? "" : " " + h.model)] += std::max(h.units, 1);
    for (const LiquidLoop &l : p.liquidLoops)
        loops[l.type + " " + l.waterClass] += 1;
    for (const PowerNode &n : p.powerNodes)
        power[n.type + (n.type == "ups" ? " (" + n.mode + ")" : std::string())] += 1;
    out.emplace_back(tr("Systems"), counted(systems));
    out.emplace_back(tr("Models served"), counted(models));
    auto plural = [](EntityKind k) { return QString::fromUtf8(kindNames(k).plural); };
    out.emplace_back(plural(EntityKind::AirUnit), counted(air));
    out.emplace_back(plural(EntityKind::Cdu), counted(cdus));
    out.emplace_back(plural(EntityKind::HeatRejection), counted(rejection));
    out.emplace_back(plural(EntityKind::LiquidLoop), counted(loops));
    out.emplace_back(plural(EntityKind::PowerNode), counted(power));
    out.emplace_back(tr("Site"), QStringLiteral("%1 (climate %2)")
                                     .arg(str(p.site().location.empty() ? "?" : p.site().location),
                                          str(p.site().climate.empty() ? "none" : p.site().climate)));
    out.emplace_back(tr("Tariff"), QStringLiteral("%1 USD/kWh")
                                       .arg(QLocale(QLocale::English)
                                                .toString(p.economics.tariffUsdPerKwh, 'g', 4)));
    return out;
}

QString jsonText(const Json &v)
{
    return v.is_string() ? str(v.get<std::string>()) : str(v.dump());
}

// "ups-A.failed: false → true" for each override of the side's scenario, read on its project.
QStringList overrides(const CompareSide &side, const QString &prefix)
{
    QStringList out;
    const Scenario *s = side.scenario.empty() ? nullptr : side.project.get<Scenario>(side.scenario);
    if (!s)
        return out;
    for (const Override &o : s->overrides) {
        const auto ref = side.project.find(o.entity);
        const QString base = ref ? jsonText(side.project.value(*ref, o.property)) : tr("(missing)");
        out << QStringLiteral("%1%2.%3: %4 → %5")
                   .arg(prefix, str(o.entity), str(o.property), base, jsonText(o.value));
    }
    return out;
}

} // namespace

SideKind sideKind(const Project &project, const std::string &scenario)
{
    if (scenario.empty())
        return SideKind::Design;
    const Scenario *s = project.get<Scenario>(scenario);
    if (!s)
        return SideKind::WhatIf;
    // Every unit that can be out of service (power nodes, air units, CDUs, switches) has a
    // `failed` flag; a scenario that sets one that is in service takes equipment away.
    for (const Override &o : s->overrides) {
        if (o.property != "failed" || !o.value.is_boolean() || !o.value.get<bool>())
            continue;
        const auto ref = project.find(o.entity);
        const Json before = ref ? project.value(*ref, "failed") : Json();
        if (!(before.is_boolean() && before.get<bool>()))
            return SideKind::Failure;
    }
    return SideKind::WhatIf;
}

QString sideKindKey(SideKind kind)
{
    switch (kind) {
    case SideKind::Design:
        return QStringLiteral("design");
    case SideKind::WhatIf:
        return QStringLiteral("what-if");
    case SideKind::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

QStringList inputDifferences(const CompareSide &reference, const CompareSide &side)
{
    QStringList out;
    const auto a = facets(reference.project), b = facets(side.project);
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i].second != b[i].second)
            out << QStringLiteral("%1: %2 → %3").arg(a[i].first, a[i].second, b[i].second);
    }
    // Scenarios: each side's own overrides, unless both apply the same one to the same design.
    if (reference.scenario != side.scenario || !out.isEmpty()) {
        out << overrides(reference, tr("reference scenario: "));
        out << overrides(side, QString());
    }
    return out;
}

} // namespace aif
