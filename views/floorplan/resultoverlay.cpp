#include "resultoverlay.h"

#include "common/rackmetrics.h"
#include "floorplanscene.h"

#include "solvejob.h"
#include "thermal/thermalsolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <algorithm>

namespace aif {

namespace {

// The flow through each vent from the thermal result. The plenum solve (solvers/thermal/
// plenum.h) hands ThermalResult a `vents` list of thermal::VentFlow; until a build has it,
// this compiles to "no values" and the overlay says so, rather than failing to build.
template<typename Thermal>
QHash<QString, double> ventFlows(const Thermal &t)
{
    QHash<QString, double> out;
    if constexpr (requires { t.vents.front().flowM3s; }) {
        for (const auto &v : t.vents)
            out.insert(QString::fromStdString(v.id), v.flowM3s);
    }
    return out;
}

// Floor tiles (and grilles) coloured by their solved airflow, min to max of the hall's vents.
bool applyTileFlowOverlay(FloorPlanScene *scene, const SolveResult &r)
{
    const QHash<QString, double> flows = r.thermal ? ventFlows(*r.thermal) : QHash<QString, double>();
    if (flows.isEmpty()) {
        scene->clearOverlay();
        return false;
    }
    double lo = flows.begin().value(), hi = lo;
    for (double v : flows) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    scene->setOverlay(QObject::tr("Tile airflow"), Quantity::AirFlow, flows, lo, hi);
    return true;
}

} // namespace

bool applyResultOverlay(FloorPlanScene *scene, const Project &p, const SolveResult &r, const QString &metric)
{
    QHash<QString, QStringList> badges;
    for (const auto &[id, reasons] : rackBottlenecks(p, r)) {
        QStringList &list = badges[QString::fromStdString(id)];
        for (const std::string &reason : reasons)
            list << QString::fromStdString(reason);
    }
    scene->setBadges(badges);
    if (metric == QLatin1String("tileflow"))
        return applyTileFlowOverlay(scene, r);
    const RackMetric m = rackMetric(p, r, metric.toStdString());
    if (m.values.empty()) {
        scene->clearOverlay();
        return false;
    }
    QHash<QString, double> values;
    for (const auto &[id, v] : m.values)
        values.insert(QString::fromStdString(id), v);
    scene->setOverlay(QCoreApplication::translate("aif::RackMetric", m.title.c_str()), m.quantity, values, m.min, m.max);
    return true;
}

} // namespace aif
