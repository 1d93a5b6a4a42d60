#include "validation.h"

#include "catalog.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace aif {

namespace {

class Checker
{
public:
    Checker(const Project &p, const Catalog *c, Diagnostics *d) : m_p(p), m_catalog(c), m_d(d) {}

    void error(EntityRef r, const std::string &key, std::string code, std::string message)
    {
        add(Diagnostic::Severity::Error, r, key, std::move(code), std::move(message));
    }
    void warning(EntityRef r, const std::string &key, std::string code, std::string message)
    {
        add(Diagnostic::Severity::Warning, r, key, std::move(code), std::move(message));
    }

    void fields(EntityRef r)
    {
        for (const PropertyInfo &info : m_p.properties(r.kind)) {
            const Json v = m_p.value(r, info.key);
            if (std::string e = checkValue(info, v); !e.empty()) {
                error(r, info.key, "range", info.key + " " + e);
                continue;
            }
            if (info.type == PropType::Ref)
                reference(r, info, v.get_ref<const std::string &>());
            else if (info.type == PropType::RefList) {
                for (const Json &id : v)
                    reference(r, info, id.get_ref<const std::string &>());
            } else if (info.type == PropType::CatalogRef)
                catalogReference(r, info, v.get_ref<const std::string &>());
        }
    }

    std::string kindOf(const std::string &id) const
    {
        const auto r = m_p.find(id);
        return r ? std::string(kindNames(r->kind).label) : std::string();
    }

    const Project &m_p;
    const Catalog *m_catalog;

private:
    // Consecutive entities mostly name the same targets (a rack's links, one transceiver): a
    // property whose last id checked clean answers without a lookup in a million-entry index.
    bool sameAsLastClean(const PropertyInfo &info, const std::string &id)
    {
        auto &[lastId, clean] = m_lastChecked[&info];
        if (clean && lastId == id)
            return true;
        lastId = id;
        clean = false;
        return false;
    }

    void reference(EntityRef r, const PropertyInfo &info, const std::string &id)
    {
        if (id.empty() || sameAsLastClean(info, id))
            return;
        const auto target = m_p.find(id);
        if (!target) {
            error(r, info.key, "ref.missing", info.key + ": no entity with id '" + id + "'");
            return;
        }
        for (EntityKind k : info.refKinds) {
            if (k == target->kind) {
                m_lastChecked[&info].second = true;
                return;
            }
        }
        error(r, info.key, "ref.kind",
              info.key + ": '" + id + "' is a " + kindNames(target->kind).label + ", expected a "
                  + kindNames(info.refKinds.front()).label);
    }

    void catalogReference(EntityRef r, const PropertyInfo &info, const std::string &id)
    {
        if (id.empty() || !m_catalog || sameAsLastClean(info, id))
            return;
        if (!m_catalog->contains(info.catalogCategory, id))
            error(r, info.key, "catalog.missing",
                  info.key + ": unknown " + info.catalogCategory + " catalog entry '" + id + "'");
        else
            m_lastChecked[&info].second = true;
    }

    void add(Diagnostic::Severity s, EntityRef r, const std::string &key, std::string code, std::string message)
    {
        m_d->push_back({s, entityPointer(m_p, r, key), m_p.idOf(r), std::move(code), std::move(message)});
    }

    Diagnostics *m_d;
    std::unordered_map<const PropertyInfo *, std::pair<std::string, bool>> m_lastChecked;

public:
    void add_(Diagnostic d) { m_d->push_back(std::move(d)); }
};

void checkPowerChain(Checker &c)
{
    const Project &p = c.m_p;
    for (size_t i = 0; i < p.powerNodes.size(); ++i) {
        const PowerNode &n = p.powerNodes[i];
        const EntityRef r{EntityKind::PowerNode, int(i)};
        if (n.redundantModules >= n.modules)
            c.error(r, "redundantModules", "power.redundancy",
                    "redundantModules (" + std::to_string(n.redundantModules) + ") must be fewer than modules ("
                        + std::to_string(n.modules) + ")");
        if (PowerNode::isSource(n.type)) {
            if (!n.upstream.empty())
                c.error(r, "upstream", "power.source", "a " + n.type + " is a source and has no upstream");
            continue;
        }
        if (n.upstream.empty()) {
            c.error(r, "upstream", "power.upstream", "a " + n.type + " needs an upstream power node");
            continue;
        }
        // Walk up: a cycle would make the chain infinite.
        std::set<std::string> seen{n.id};
        const PowerNode *cur = &n;
        while (cur && !cur->upstream.empty()) {
            if (!seen.insert(cur->upstream).second) {
                c.error(r, "upstream", "power.cycle", "the power chain above '" + n.id + "' loops back on itself");
                break;
            }
            cur = p.get<PowerNode>(cur->upstream);
        }
    }
}

// What-if module and pump failures cannot exceed what is installed; a CDU keeps a duty pump.
void checkFailedParts(Checker &c)
{
    const Project &p = c.m_p;
    for (size_t i = 0; i < p.powerNodes.size(); ++i) {
        if (p.powerNodes[i].failedModules > p.powerNodes[i].modules)
            c.error({EntityKind::PowerNode, int(i)}, "failedModules", "power.failed-modules",
                    "failedModules cannot exceed the modules installed");
    }
    for (size_t i = 0; i < p.cdus.size(); ++i) {
        const Cdu &d = p.cdus[i];
        if (d.redundantPumps >= d.pumps)
            c.error({EntityKind::Cdu, int(i)}, "redundantPumps", "cooling.standby-pumps",
                    "redundantPumps must leave at least one duty pump (fewer than pumps)");
        if (d.failedPumps > d.pumps)
            c.error({EntityKind::Cdu, int(i)}, "failedPumps", "cooling.failed-pumps",
                    "failedPumps cannot exceed the pumps installed");
    }
}

void checkRacks(Checker &c)
{
    const Project &p = c.m_p;
    for (size_t i = 0; i < p.racks.size(); ++i) {
        const Rack &rack = p.racks[i];
        const EntityRef r{EntityKind::Rack, int(i)};
        if (rack.systemCount > 0 && rack.system.empty())
            c.error(r, "system", "rack.system", "systemCount is " + std::to_string(rack.systemCount)
                                                    + " but no system is chosen");
        if (rack.systemCount > 0 && rack.powerFeedA.empty() && rack.powerFeedB.empty())
            c.warning(r, "powerFeedA", "rack.unpowered", "rack has equipment but no power feed");
        const PowerNode *feedA = p.get<PowerNode>(rack.powerFeedA), *feedB = p.get<PowerNode>(rack.powerFeedB);
        if (feedA && feedB && (feedA->type == "powershelf") != (feedB->type == "powershelf"))
            c.error(r, "powerFeedB", "rack.feeds-mixed",
                    "one feed is a DC power shelf and the other is not: both sides of a rack must deliver the same "
                    "kind of power to its equipment");
        if (!rack.powerFeedA.empty() && rack.powerFeedA == rack.powerFeedB)
            c.warning(r, "powerFeedB", "rack.feeds", "feeds A and B are the same node: no redundancy");
        if (const Hall *h = p.get<Hall>(rack.hall)) {
            if (rack.xM < 0 || rack.yM < 0 || rack.xM > h->widthM || rack.yM > h->depthM)
                c.warning(r, "xM", "rack.outside", "rack centre lies outside hall '" + h->id + "'");
        }
        if (c.m_catalog && !rack.system.empty() && rack.systemCount > 0) {
            const Json *sys = c.m_catalog->entry("systems", rack.system);
            if (sys && sys->value("cooling", std::string("air")) != "air" && rack.coolingLoop.empty())
                c.error(r, "coolingLoop", "rack.cooling",
                        "system '" + rack.system + "' is liquid-cooled but the rack has no cooling loop");
        }
        if (const LiquidLoop *loop = p.get<LiquidLoop>(rack.coolingLoop); loop && loop->type != "tcs")
            c.error(r, "coolingLoop", "rack.loop", "racks connect to a technology cooling (tcs) loop, '"
                                                       + loop->id + "' is " + loop->type);
    }
}

void checkCooling(Checker &c)
{
    const Project &p = c.m_p;
    std::set<std::string> servedLoops;
    for (size_t i = 0; i < p.cdus.size(); ++i) {
        const Cdu &cdu = p.cdus[i];
        const EntityRef r{EntityKind::Cdu, int(i)};
        servedLoops.insert(cdu.secondaryLoop);
        if (const LiquidLoop *l = p.get<LiquidLoop>(cdu.secondaryLoop); l && l->type != "tcs")
            c.error(r, "secondaryLoop", "cdu.loop", "a CDU's secondary loop must be a tcs loop");
        if (const LiquidLoop *l = p.get<LiquidLoop>(cdu.primaryLoop); l && l->type == "tcs")
            c.error(r, "primaryLoop", "cdu.loop", "a CDU's primary loop must be facility or chilled water");
        if (!cdu.primaryLoop.empty() && cdu.primaryLoop == cdu.secondaryLoop)
            c.error(r, "secondaryLoop", "cdu.loop", "primary and secondary loop are the same");
    }
    for (size_t i = 0; i < p.airUnits.size(); ++i) {
        const AirUnit &a = p.airUnits[i];
        // A fan curve through its rated point needs that point below shut-off (fancurve.h).
        if (a.fanShutoffPa > 0 && a.ratedStaticPa >= a.fanShutoffPa)
            c.error({EntityKind::AirUnit, int(i)}, "ratedStaticPa", "airunit.fan-curve",
                    "ratedStaticPa " + std::to_string(int(a.ratedStaticPa)) + " Pa must be below fanShutoffPa "
                        + std::to_string(int(a.fanShutoffPa)) + " Pa");
    }
    for (const HeatRejection &h : p.heatRejection)
        servedLoops.insert(h.loop);
    for (size_t i = 0; i < p.liquidLoops.size(); ++i) {
        const LiquidLoop &l = p.liquidLoops[i];
        if (!servedLoops.contains(l.id))
            c.warning({EntityKind::LiquidLoop, int(i)}, "type", "loop.unserved",
                      l.type == "tcs" ? "no CDU serves this loop" : "no heat rejection serves this loop");
    }
    for (size_t i = 0; i < p.heatRejection.size(); ++i) {
        const HeatRejection &h = p.heatRejection[i];
        const EntityRef r{EntityKind::HeatRejection, int(i)};
        if (h.redundantUnits >= h.units)
            c.error(r, "redundantUnits", "hr.redundancy", "redundantUnits must be fewer than units");
        if (h.failedUnits > h.units)
            c.error(r, "failedUnits", "hr.failed", "failedUnits cannot exceed the units installed");
        if (h.type == "chiller" && h.copRated <= 0)
            c.error(r, "copRated", "hr.cop", "a chiller needs its rated COP (> 0)");
    }
}

void checkLinks(Checker &c)
{
    const Project &p = c.m_p;
    for (size_t i = 0; i < p.links.size(); ++i) {
        if (p.links[i].failedLinks > p.links[i].count)
            c.error({EntityKind::Link, int(i)}, "failedLinks", "link.failed",
                    "failedLinks cannot exceed the links in the group");
    }
}

void checkWorkloads(Checker &c)
{
    const Project &p = c.m_p;
    for (size_t i = 0; i < p.deployments.size(); ++i) {
        const Deployment &d = p.deployments[i];
        const EntityRef r{EntityKind::Deployment, int(i)};
        if ((d.prefillGpus > 0) != (d.decodeGpus > 0))
            c.error(r, "prefillGpus", "deployment.pd", "a prefill/decode split needs both prefill and decode GPUs");
        if (d.racks.empty())
            c.warning(r, "racks", "deployment.pool", "the deployment has no racks in its GPU pool");
    }
    for (size_t i = 0; i < p.scenarios.size(); ++i) {
        const Scenario &s = p.scenarios[i];
        for (size_t k = 0; k < s.overrides.size(); ++k) {
            const Override &o = s.overrides[k];
            const std::string ptr = "/scenarios/" + std::to_string(i) + "/overrides/" + std::to_string(k);
            Diagnostic d{Diagnostic::Severity::Error, ptr, s.id, "scenario.override", overrideProblem(p, o)};
            if (!d.message.empty())
                c.add_(d);
        }
    }
}

} // namespace

std::string overrideProblem(const Project &p, const Override &o)
{
    const auto target = p.find(o.entity);
    const PropertyInfo *info = target ? p.property(target->kind, o.property) : nullptr;
    if (!target)
        return "override: no entity with id '" + o.entity + "'";
    if (!info || info->readOnly)
        return "override: '" + o.entity + "' has no editable property '" + o.property + "'";
    if (std::string e = checkType(*info, o.value); !e.empty())
        return "override " + o.entity + "." + o.property + ": " + e;
    if (std::string e = checkValue(*info, o.value); !e.empty())
        return "override " + o.entity + "." + o.property + ": " + e;
    return {};
}

std::string entityPointer(const Project &project, EntityRef ref, const std::string &key)
{
    (void)project;
    std::string p = std::string("/") + kindNames(ref.kind).fileKey;
    if (!kindNames(ref.kind).singleton)
        p += "/" + std::to_string(ref.index);
    if (!key.empty())
        p += "/" + key;
    return p;
}

Diagnostics validateProject(const Project &project, const Catalog *catalog)
{
    Diagnostics d;
    Checker c(project, catalog, &d);
    for (EntityKind kind : allKinds()) {
        for (int i = 0; i < project.count(kind); ++i)
            c.fields({kind, i});
    }
    checkPowerChain(c);
    checkRacks(c);
    checkCooling(c);
    checkLinks(c);
    checkFailedParts(c);
    checkWorkloads(c);
    return d;
}

int clampToRanges(Project &project)
{
    int held = 0;
    for (EntityKind kind : allKinds()) {
        const std::vector<PropertyInfo> &props = project.properties(kind);
        for (int i = 0; i < project.count(kind); ++i) {
            for (const PropertyInfo &info : props) {
                if (info.type != PropType::Number && info.type != PropType::Integer)
                    continue;
                const Json v = project.value({kind, i}, info.key);
                if (!v.is_number())
                    continue;
                const double x = v.get<double>();
                if (std::isfinite(x) && x >= info.min && x <= info.max)
                    continue;
                // Not finite cannot come from JSON; held at the lower limit all the same.
                double c = std::isfinite(x) ? std::clamp(x, info.min, info.max) : info.min;
                if (!std::isfinite(c))
                    c = 0.0;
                const Json value = info.type == PropType::Integer ? Json(static_cast<long long>(std::llround(c))) : Json(c);
                if (project.setValue({kind, i}, info.key, value).empty())
                    ++held;
            }
        }
    }
    return held;
}

} // namespace aif
