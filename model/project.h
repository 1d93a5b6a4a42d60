#pragma once

#include "entities/airmodel.h"
#include "entities/airunit.h"
#include "entities/cdu.h"
#include "entities/containment.h"
#include "entities/deployment.h"
#include "entities/economics.h"
#include "entities/hall.h"
#include "entities/heatrejection.h"
#include "entities/link.h"
#include "entities/liquidloop.h"
#include "entities/networkdomain.h"
#include "entities/powernode.h"
#include "entities/rack.h"
#include "entities/row.h"
#include "entities/scenario.h"
#include "entities/site.h"
#include "entities/switch.h"
#include "entities/vent.h"

#include <optional>
#include <span>
#include <type_traits>
#include <unordered_map>

namespace aif {

// Where an entity lives: its kind and its index in that kind's list.
struct EntityRef
{
    EntityKind kind = EntityKind::Site;
    int index = -1;
    bool operator==(const EntityRef &) const = default;
};

// The whole design as plain values: copyable, so a solver gets an immutable snapshot.
// Typed lists for solvers (project.racks[i].xM); generic access by kind and id for the
// document, the inspector, undo commands and file I/O.
struct Project
{
    std::vector<Site> sites;   // never empty: the first is the primary site (halls with no site)
    std::vector<Hall> halls;
    std::vector<Row> rows;
    std::vector<Rack> racks;
    std::vector<AirUnit> airUnits;
    std::vector<Containment> containments;
    std::vector<Vent> vents;
    std::vector<LiquidLoop> liquidLoops;
    std::vector<Cdu> cdus;
    std::vector<HeatRejection> heatRejection;
    std::vector<PowerNode> powerNodes;
    std::vector<NetworkDomain> networkDomains;
    std::vector<Switch> switches;
    std::vector<Link> links;
    std::vector<Deployment> deployments;
    Economics economics;
    AirModel airModel;
    std::vector<Scenario> scenarios;

    Project();

    // The primary site: the first in the list (a project always has one).
    const Site &site() const { return sites.front(); }
    Site &site() { return sites.front(); }
    // The site a hall stands on: its own, or the primary site when it names none.
    const Site &siteOf(const Hall &hall) const;
    const Site &siteOfHall(const std::string &hallId) const;

    // Id lookup (the index is rebuilt after structural edits).
    std::optional<EntityRef> find(const std::string &id) const;
    template<class T> const T *get(const std::string &id) const;
    void rebuildIndex();

    int count(EntityKind kind) const;
    std::string idOf(EntityRef ref) const;
    std::string nameOf(EntityRef ref) const;
    // A fresh id for a new entity of this kind ("rack-0042"), never colliding with existing ids.
    std::string newId(EntityKind kind) const;

    // Generic property access through the kinds' field tables.
    const std::vector<PropertyInfo> &properties(EntityKind kind) const;
    const PropertyInfo *property(EntityKind kind, const std::string &key) const;
    Json value(EntityRef ref, const std::string &key) const;
    // Sets a value after type and range checks; returns the reason on failure, empty on success.
    std::string setValue(EntityRef ref, const std::string &key, const Json &value);
    Json toJson(EntityRef ref) const;

    // Structural edits (lists only; singletons cannot be inserted or removed).
    // insert: entity from JSON (fields missing keep their defaults); returns reason on failure.
    std::string insert(EntityKind kind, const Json &entity, int index);
    void remove(EntityRef ref);

private:
    std::unordered_map<std::string, EntityRef> m_index;
};

// Compile-time map from entity type to its list in Project.
template<class T> struct KindOf;
#define AIF_KIND(Type, Kind, member, listPtr)                                                       \
    template<> struct KindOf<Type>                                                                  \
    {                                                                                               \
        static constexpr EntityKind kind = EntityKind::Kind;                                        \
        static std::span<Type> items(Project &p) { return member; }                                \
        static std::span<const Type> items(const Project &p) { return member; }                    \
        /* the growable list, or nullptr for singletons */                                          \
        static std::vector<Type> *list([[maybe_unused]] Project &p) { return listPtr; }            \
    };
AIF_KIND(Site, Site, p.sites, &p.sites)
AIF_KIND(Hall, Hall, p.halls, &p.halls)
AIF_KIND(Row, Row, p.rows, &p.rows)
AIF_KIND(Rack, Rack, p.racks, &p.racks)
AIF_KIND(AirUnit, AirUnit, p.airUnits, &p.airUnits)
AIF_KIND(Containment, Containment, p.containments, &p.containments)
AIF_KIND(Vent, Vent, p.vents, &p.vents)
AIF_KIND(LiquidLoop, LiquidLoop, p.liquidLoops, &p.liquidLoops)
AIF_KIND(Cdu, Cdu, p.cdus, &p.cdus)
AIF_KIND(HeatRejection, HeatRejection, p.heatRejection, &p.heatRejection)
AIF_KIND(PowerNode, PowerNode, p.powerNodes, &p.powerNodes)
AIF_KIND(NetworkDomain, NetworkDomain, p.networkDomains, &p.networkDomains)
AIF_KIND(Switch, Switch, p.switches, &p.switches)
AIF_KIND(Link, Link, p.links, &p.links)
AIF_KIND(Deployment, Deployment, p.deployments, &p.deployments)
AIF_KIND(Economics, Economics, std::span(&p.economics, 1), nullptr)
AIF_KIND(AirModel, AirModel, std::span(&p.airModel, 1), nullptr)
AIF_KIND(Scenario, Scenario, p.scenarios, &p.scenarios)
#undef AIF_KIND

// The one-per-project kinds (no list to insert into or remove from).
template<class T>
inline constexpr bool kIsSingleton = std::is_same_v<T, Economics> || std::is_same_v<T, AirModel>;

// Calls f(std::type_identity<T>{}) with the entity type of `kind`.
template<class F>
decltype(auto) visitKind(EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Site: return f(std::type_identity<Site>{});
    case EntityKind::Hall: return f(std::type_identity<Hall>{});
    case EntityKind::Row: return f(std::type_identity<Row>{});
    case EntityKind::Rack: return f(std::type_identity<Rack>{});
    case EntityKind::AirUnit: return f(std::type_identity<AirUnit>{});
    case EntityKind::Containment: return f(std::type_identity<Containment>{});
    case EntityKind::Vent: return f(std::type_identity<Vent>{});
    case EntityKind::LiquidLoop: return f(std::type_identity<LiquidLoop>{});
    case EntityKind::Cdu: return f(std::type_identity<Cdu>{});
    case EntityKind::HeatRejection: return f(std::type_identity<HeatRejection>{});
    case EntityKind::PowerNode: return f(std::type_identity<PowerNode>{});
    case EntityKind::NetworkDomain: return f(std::type_identity<NetworkDomain>{});
    case EntityKind::Switch: return f(std::type_identity<Switch>{});
    case EntityKind::Link: return f(std::type_identity<Link>{});
    case EntityKind::Deployment: return f(std::type_identity<Deployment>{});
    case EntityKind::Economics: return f(std::type_identity<Economics>{});
    case EntityKind::AirModel: return f(std::type_identity<AirModel>{});
    case EntityKind::Scenario: return f(std::type_identity<Scenario>{});
    }
    return f(std::type_identity<Site>{});
}

template<class T>
const T *Project::get(const std::string &id) const
{
    const std::optional<EntityRef> r = find(id);
    if (!r || r->kind != KindOf<T>::kind)
        return nullptr;
    return &KindOf<T>::items(*this)[size_t(r->index)];
}

} // namespace aif
