#include "entitykind.h"
#include "kindtext.h"

#include <QCoreApplication>

#include <array>

namespace aif {

namespace {
const std::array<KindNames, kEntityKindCount> kNames = {{
    {EntityKind::Site, "sites", "site", QT_TRANSLATE_NOOP("aif::EntityKind", "Site"), QT_TRANSLATE_NOOP("aif::EntityKind", "Sites"), false},
    {EntityKind::Hall, "halls", "hall", QT_TRANSLATE_NOOP("aif::EntityKind", "Hall"), QT_TRANSLATE_NOOP("aif::EntityKind", "Halls"), false},
    {EntityKind::Row, "rows", "row", QT_TRANSLATE_NOOP("aif::EntityKind", "Row"), QT_TRANSLATE_NOOP("aif::EntityKind", "Rows"), false},
    {EntityKind::Rack, "racks", "rack", QT_TRANSLATE_NOOP("aif::EntityKind", "Rack"), QT_TRANSLATE_NOOP("aif::EntityKind", "Racks"), false},
    {EntityKind::AirUnit, "airUnits", "air", QT_TRANSLATE_NOOP("aif::EntityKind", "Air-cooling unit"), QT_TRANSLATE_NOOP("aif::EntityKind", "Air-cooling units"), false},
    {EntityKind::Containment, "containments", "cont", QT_TRANSLATE_NOOP("aif::EntityKind", "Containment"), QT_TRANSLATE_NOOP("aif::EntityKind", "Containment"), false},
    {EntityKind::Vent, "vents", "vent", QT_TRANSLATE_NOOP("aif::EntityKind", "Floor tile or return grille"), QT_TRANSLATE_NOOP("aif::EntityKind", "Tiles and grilles"), false},
    {EntityKind::LiquidLoop, "liquidLoops", "loop", QT_TRANSLATE_NOOP("aif::EntityKind", "Liquid loop"), QT_TRANSLATE_NOOP("aif::EntityKind", "Liquid loops"), false},
    {EntityKind::Cdu, "cdus", "cdu", QT_TRANSLATE_NOOP("aif::EntityKind", "CDU"), QT_TRANSLATE_NOOP("aif::EntityKind", "CDUs"), false},
    {EntityKind::HeatRejection, "heatRejection", "hr", QT_TRANSLATE_NOOP("aif::EntityKind", "Heat rejection"), QT_TRANSLATE_NOOP("aif::EntityKind", "Heat rejection"), false},
    {EntityKind::PowerNode, "powerNodes", "pwr", QT_TRANSLATE_NOOP("aif::EntityKind", "Power equipment"), QT_TRANSLATE_NOOP("aif::EntityKind", "Power chain"), false},
    {EntityKind::NetworkDomain, "networkDomains", "net", QT_TRANSLATE_NOOP("aif::EntityKind", "Network domain"), QT_TRANSLATE_NOOP("aif::EntityKind", "Network domains"), false},
    {EntityKind::Switch, "switches", "sw", QT_TRANSLATE_NOOP("aif::EntityKind", "Switch"), QT_TRANSLATE_NOOP("aif::EntityKind", "Switches"), false},
    {EntityKind::Link, "links", "link", QT_TRANSLATE_NOOP("aif::EntityKind", "Link group"), QT_TRANSLATE_NOOP("aif::EntityKind", "Links"), false},
    {EntityKind::Deployment, "deployments", "dep", QT_TRANSLATE_NOOP("aif::EntityKind", "Deployment"), QT_TRANSLATE_NOOP("aif::EntityKind", "Deployments"), false},
    {EntityKind::Economics, "economics", "economics", QT_TRANSLATE_NOOP("aif::EntityKind", "Economics"), QT_TRANSLATE_NOOP("aif::EntityKind", "Economics"), true},
    {EntityKind::AirModel, "airModel", "air-model", QT_TRANSLATE_NOOP("aif::EntityKind", "Air model"), QT_TRANSLATE_NOOP("aif::EntityKind", "Air model"), true},
    {EntityKind::Scenario, "scenarios", "scn", QT_TRANSLATE_NOOP("aif::EntityKind", "Scenario"), QT_TRANSLATE_NOOP("aif::EntityKind", "Scenarios"), false},
}};
} // namespace

QString kindLabel(EntityKind kind)
{
    return QCoreApplication::translate("aif::EntityKind", kNames[size_t(kind)].label);
}

QString kindPlural(EntityKind kind)
{
    return QCoreApplication::translate("aif::EntityKind", kNames[size_t(kind)].plural);
}

const KindNames &kindNames(EntityKind kind)
{
    return kNames[size_t(kind)];
}

const std::vector<EntityKind> &allKinds()
{
    static const std::vector<EntityKind> kinds = [] {
        std::vector<EntityKind> v;
        for (const KindNames &n : kNames)
            v.push_back(n.kind);
        return v;
    }();
    return kinds;
}

bool kindFromFileKey(std::string_view key, EntityKind *kind)
{
    for (const KindNames &n : kNames) {
        if (key == n.fileKey) {
            *kind = n.kind;
            return true;
        }
    }
    return false;
}

} // namespace aif
