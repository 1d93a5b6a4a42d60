#include "resultoverlay.h"

#include "floorplanscene.h"
#include "power/powersolver.h"
#include "solvejob.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"

#include <QHash>

#include <algorithm>
#include <unordered_set>

namespace aif {

namespace {

QHash<QString, QStringList> badges(const Project &p, const SolveResult &r)
{
    QHash<QString, QStringList> b;
    std::unordered_set<std::string> overloadedNodes, shortLoops;
    if (r.power) {
        for (const power::NodeResult &n : r.power->nodes) {
            if (n.alive && n.loadW > n.physicalW)
                overloadedNodes.insert(n.id);
        }
        for (size_t i = 0; i < p.racks.size() && i < r.power->racks.size(); ++i) {
            const Rack &rack = p.racks[i];
            const QString id = QString::fromStdString(rack.id);
            if (rack.powerBudgetW > 0 && r.power->racks[i].inputW > rack.powerBudgetW)
                b[id] << QObject::tr("over power budget");
            if (overloadedNodes.contains(rack.powerFeedA) || overloadedNodes.contains(rack.powerFeedB))
                b[id] << QObject::tr("feed overloaded");
        }
    }
    if (r.thermal) {
        for (const thermal::LoopThermal &l : r.thermal->loops) {
            if (l.utilization > 1.0)
                shortLoops.insert(l.id);
        }
        for (size_t i = 0; i < p.racks.size() && i < r.thermal->racks.size(); ++i) {
            const Rack &rack = p.racks[i];
            const thermal::RackThermal &t = r.thermal->racks[i];
            const Hall *hall = p.get<Hall>(rack.hall);
            const QString id = QString::fromStdString(rack.id);
            if (hall && (t.airHeatW > 0 || t.gpus > 0)) {
                const thermal::AirClassLimits lim = thermal::airClassLimits(hall->ashraeClass);
                if (t.inletC > lim.allowableMax)
                    b[id] << QObject::tr("inlet > ASHRAE allowable");
                else if (t.inletC > lim.recommendedMax)
                    b[id] << QObject::tr("inlet > ASHRAE recommended");
            }
            if (t.gpu.throttled)
                b[id] << QObject::tr("throttled");
            if (shortLoops.contains(rack.coolingLoop))
                b[id] << QObject::tr("loop over capacity");
        }
    }
    return b;
}

} // namespace

bool applyResultOverlay(FloorPlanScene *scene, const Project &p, const SolveResult &r, const QString &metric)
{
    scene->setBadges(badges(p, r));
    QHash<QString, double> values;
    Quantity q = Quantity::None;
    for (size_t i = 0; i < p.racks.size(); ++i) {
        const QString id = QString::fromStdString(p.racks[i].id);
        if (metric == "power" && r.power && i < r.power->racks.size()) {
            q = Quantity::Power;
            values.insert(id, r.power->racks[i].inputW);
        } else if (metric == "utilization" && r.power && i < r.power->racks.size() && p.racks[i].powerBudgetW > 0) {
            q = Quantity::Fraction;   // of the rack's power budget
            values.insert(id, r.power->racks[i].inputW / p.racks[i].powerBudgetW);
        } else if (metric == "inlet" && r.thermal && i < r.thermal->racks.size()) {
            q = Quantity::Temperature;
            if (r.thermal->racks[i].airHeatW > 0)
                values.insert(id, r.thermal->racks[i].inletC);
        } else if (metric == "tokens" && r.throughput) {
            q = Quantity::TokenRate;   // output tokens/s the rack's GPUs make in their deployments
            if (const auto it = r.throughput->rackTokensPerS.find(p.racks[i].id); it != r.throughput->rackTokensPerS.end())
                values.insert(id, it->second);
        } else if (metric == "activity" && r.throughput) {
            q = Quantity::Fraction;    // GPU activity at the deployment's operating point (drives GPU power)
            if (const auto it = r.throughput->rackActivity.find(p.racks[i].id); it != r.throughput->rackActivity.end())
                values.insert(id, it->second);
        } else if (metric == "junction" && r.thermal && i < r.thermal->racks.size()) {
            q = Quantity::Temperature;
            if (r.thermal->racks[i].gpus > 0)
                values.insert(id, r.thermal->racks[i].gpu.junctionC);
        }
    }
    if (values.isEmpty()) {
        scene->clearOverlay();
        return false;
    }
    // The legend's title: what the colour means, in words.
    static const QHash<QString, QString> titles = {
        {"power", QObject::tr("Rack power")},          {"utilization", QObject::tr("Power budget used")},
        {"inlet", QObject::tr("Inlet temperature")},    {"junction", QObject::tr("GPU junction temperature")},
        {"tokens", QObject::tr("Output tokens/s per rack")}, {"activity", QObject::tr("GPU activity")}};
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    double min = *lo, max = *hi;
    if (max - min < 1e-9)   // a uniform field still needs a span to colour against
        max = min + (q == Quantity::Temperature ? 1.0 : std::max(1.0, std::abs(min) * 0.01));
    scene->setOverlay(titles.value(metric, metric), q, values, min, max);
    return true;
}

} // namespace aif
