#include "entitykind.h"

#include <array>

namespace aif {

namespace {
const std::array<KindNames, kEntityKindCount> kNames = {{
    {EntityKind::Site, "sites", "site", "Site", "Sites", false},
    {EntityKind::Hall, "halls", "hall", "Hall", "Halls", false},
    {EntityKind::Row, "rows", "row", "Row", "Rows", false},
    {EntityKind::Rack, "racks", "rack", "Rack", "Racks", false},
    {EntityKind::AirUnit, "airUnits", "air", "Air-cooling unit", "Air-cooling units", false},
    {EntityKind::Containment, "containments", "cont", "Containment", "Containment", false},
    {EntityKind::Vent, "vents", "vent", "Floor tile or return grille", "Tiles and grilles", false},
    {EntityKind::LiquidLoop, "liquidLoops", "loop", "Liquid loop", "Liquid loops", false},
    {EntityKind::Cdu, "cdus", "cdu", "CDU", "CDUs", false},
    {EntityKind::HeatRejection, "heatRejection", "hr", "Heat rejection", "Heat rejection", false},
    {EntityKind::PowerNode, "powerNodes", "pwr", "Power equipment", "Power chain", false},
    {EntityKind::NetworkDomain, "networkDomains", "net", "Network domain", "Network domains", false},
    {EntityKind::Switch, "switches", "sw", "Switch", "Switches", false},
    {EntityKind::Link, "links", "link", "Link group", "Links", false},
    {EntityKind::Deployment, "deployments", "dep", "Deployment", "Deployments", false},
    {EntityKind::Economics, "economics", "economics", "Economics", "Economics", true},
    {EntityKind::AirModel, "airModel", "air-model", "Air model", "Air model", true},
    {EntityKind::Scenario, "scenarios", "scn", "Scenario", "Scenarios", false},
}};
} // namespace

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
