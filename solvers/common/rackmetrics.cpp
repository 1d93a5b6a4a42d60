#include "rackmetrics.h"

#include "power/powersolver.h"
#include "project.h"
#include "solvejob.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace aif {

namespace {

// Every metric once: its key, what the colour means in words (the studio shows it translated,
// context aif::RackMetric), and its quantity (display units).
struct MetricInfo
{
    const char *key;
    const char *title;
    Quantity quantity;
};
constexpr MetricInfo kMetrics[] = {
    {"inlet", QT_TRANSLATE_NOOP("aif::RackMetric", "Inlet temperature"), Quantity::Temperature},
    {"outlet", QT_TRANSLATE_NOOP("aif::RackMetric", "Outlet temperature"), Quantity::Temperature},
    {"junction", QT_TRANSLATE_NOOP("aif::RackMetric", "GPU junction temperature"), Quantity::Temperature},
    {"power", QT_TRANSLATE_NOOP("aif::RackMetric", "Rack power"), Quantity::Power},
    {"utilization", QT_TRANSLATE_NOOP("aif::RackMetric", "Power budget used"), Quantity::Fraction},
    {"tokens", QT_TRANSLATE_NOOP("aif::RackMetric", "Output tokens/s per rack"), Quantity::TokenRate},
    {"activity", QT_TRANSLATE_NOOP("aif::RackMetric", "GPU activity"), Quantity::Fraction},
};

const MetricInfo *infoOf(const std::string &key)
{
    for (const MetricInfo &m : kMetrics) {
        if (key == m.key)
            return &m;
    }
    return nullptr;
}

} // namespace

const std::vector<std::string> &rackMetricKeys()
{
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const MetricInfo &m : kMetrics)
            k.push_back(m.key);
        return k;
    }();
    return keys;
}

bool isRackMetric(const std::string &key)
{
    return infoOf(key) != nullptr;
}

std::string rackMetricTitle(const std::string &key)
{
    const MetricInfo *info = infoOf(key);
    return info ? info->title : key;
}

namespace {

void lookup(const std::unordered_map<std::string, double> &source, const std::string &id,
            std::unordered_map<std::string, double> &out)
{
    if (const auto it = source.find(id); it != source.end())
        out[id] = it->second;
}

} // namespace

namespace {

// Results list racks in the order they were solved; after an edit that added or removed racks
// (a stale result) positions shift, so racks find their result by id.
template<class T>
std::unordered_map<std::string, const T *> byId(const std::vector<T> &items)
{
    std::unordered_map<std::string, const T *> m;
    for (const T &t : items)
        m.emplace(t.id, &t);
    return m;
}

template<class T>
const T *find(const std::unordered_map<std::string, const T *> &m, const std::string &id)
{
    const auto it = m.find(id);
    return it == m.end() ? nullptr : it->second;
}

} // namespace

RackMetric rackMetric(const Project &p, const SolveResult &r, const std::string &key)
{
    RackMetric m;
    m.key = key;
    m.title = rackMetricTitle(key);
    if (const MetricInfo *info = infoOf(key))
        m.quantity = info->quantity;
    std::unordered_map<std::string, const power::RackLoad *> powerById;
    std::unordered_map<std::string, const thermal::RackThermal *> thermalById;
    if (r.power)
        powerById = byId(r.power->racks);
    if (r.thermal)
        thermalById = byId(r.thermal->racks);
    for (const Rack &rack : p.racks) {
        const power::RackLoad *pw = find(powerById, rack.id);
        const thermal::RackThermal *th = find(thermalById, rack.id);
        if (key == "power" && pw)
            m.values[rack.id] = pw->inputW;
        else if (key == "utilization" && pw && rack.powerBudgetW > 0)
            m.values[rack.id] = pw->inputW / rack.powerBudgetW;   // of the rack's power budget
        else if (key == "inlet" && th && th->airHeatW > 0)   // racks with no air side have no inlet
            m.values[rack.id] = th->inletC;
        else if (key == "outlet" && th && th->airHeatW > 0)
            m.values[rack.id] = th->outletC;
        else if (key == "junction" && th && th->gpus > 0)
            m.values[rack.id] = th->gpu.junctionC;
        else if (key == "tokens" && r.throughput)   // output tokens/s the rack's GPUs make
            lookup(r.throughput->rackTokensPerS, rack.id, m.values);
        else if (key == "activity" && r.throughput)   // GPU activity at the operating point (drives GPU power)
            lookup(r.throughput->rackActivity, rack.id, m.values);
    }
    if (m.values.empty())
        return m;
    const auto [lo, hi] = std::minmax_element(m.values.begin(), m.values.end(),
                                              [](const auto &a, const auto &b) { return a.second < b.second; });
    m.min = lo->second;
    m.max = hi->second;
    if (m.max - m.min < 1e-9) {
        // A uniform field still needs a span to colour against; centred, so equal racks take
        // the middle of the ramp rather than one end (which would read as "coolest").
        const double pad = m.quantity == Quantity::Temperature ? 1.0
                           : m.quantity == Quantity::Fraction  ? 0.01
                                                               : std::max(1.0, std::abs(m.min) * 0.01);
        m.min -= pad / 2;
        m.max += pad / 2;
    }
    return m;
}

std::unordered_map<std::string, std::vector<std::string>> rackBottlenecks(const Project &p, const SolveResult &r)
{
    std::unordered_map<std::string, std::vector<std::string>> b;
    std::unordered_set<std::string> overloadedNodes, shortLoops;
    if (r.power) {
        for (const power::NodeResult &n : r.power->nodes) {
            if (n.alive && n.loadW > n.physicalW)
                overloadedNodes.insert(n.id);
        }
        const auto powerById = byId(r.power->racks);
        for (const Rack &rack : p.racks) {
            const power::RackLoad *pw = find(powerById, rack.id);
            if (!pw)
                continue;   // added after the solve
            if (rack.powerBudgetW > 0 && pw->inputW > rack.powerBudgetW)
                b[rack.id].push_back("over power budget");
            if (overloadedNodes.contains(rack.powerFeedA) || overloadedNodes.contains(rack.powerFeedB))
                b[rack.id].push_back("feed overloaded");
        }
    }
    if (r.thermal) {
        for (const thermal::LoopThermal &l : r.thermal->loops) {
            if (l.utilization > 1.0)
                shortLoops.insert(l.id);
        }
        const auto thermalById = byId(r.thermal->racks);
        for (const Rack &rack : p.racks) {
            const thermal::RackThermal *found = find(thermalById, rack.id);
            if (!found)
                continue;
            const thermal::RackThermal &t = *found;
            const Hall *hall = p.get<Hall>(rack.hall);
            if (hall && (t.airHeatW > 0 || t.gpus > 0)) {
                const thermal::AirClassLimits lim = thermal::airClassLimits(hall->ashraeClass);
                if (t.inletC > lim.allowableMax)
                    b[rack.id].push_back("inlet > ASHRAE allowable");
                else if (t.inletC > lim.recommendedMax)
                    b[rack.id].push_back("inlet > ASHRAE recommended");
            }
            if (t.gpu.throttled)
                b[rack.id].push_back("throttled");
            if (shortLoops.contains(rack.coolingLoop))
                b[rack.id].push_back("loop over capacity");
        }
    }
    return b;
}

} // namespace aif
