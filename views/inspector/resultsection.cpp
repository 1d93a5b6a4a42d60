#include "resultsection.h"

#include "power/powersolver.h"
#include "solvejob.h"
#include "thermal/thermalsolver.h"
#include "units.h"

#include <QObject>

namespace aif {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>").arg(label, value);
}

QString fmt(double si, Quantity q)
{
    return units::format(si, q, units::currentSystem());
}

} // namespace

QString resultSummary(const Project &p, const SolveResult &r, const QString &qid, bool stale)
{
    const std::string id = qid.toStdString();
    const auto ref = p.find(id);
    if (!ref)
        return {};
    QString rows;
    const size_t i = size_t(ref->index);
    if (ref->kind == EntityKind::Rack) {
        if (r.power && i < r.power->racks.size()) {
            const power::RackLoad &l = r.power->racks[i];
            rows += row(QObject::tr("IT power"), fmt(l.inputW, Quantity::Power));
            rows += row(QObject::tr("  GPUs (%1)").arg(l.gpus), fmt(l.gpuW, Quantity::Power));
            rows += row(QObject::tr("  CPUs / NICs+platform / fans"), QStringLiteral("%1 / %2 / %3")
                            .arg(fmt(l.cpuW, Quantity::Power), fmt(l.nicW, Quantity::Power), fmt(l.fanW, Quantity::Power)));
            rows += row(QObject::tr("  network / PSU loss"), QStringLiteral("%1 / %2")
                            .arg(fmt(l.networkW, Quantity::Power), fmt(l.psuLossW, Quantity::Power)));
        }
        if (r.thermal && i < r.thermal->racks.size()) {
            const thermal::RackThermal &t = r.thermal->racks[i];
            rows += row(QObject::tr("Inlet / outlet air"), QStringLiteral("%1 / %2")
                            .arg(fmt(t.inletC, Quantity::Temperature), fmt(t.outletC, Quantity::Temperature)));
            rows += row(QObject::tr("Airflow"), fmt(t.airflowM3s, Quantity::AirFlow));
            if (t.coolant.cooled)
                rows += row(QObject::tr("Coolant supply / return"), QStringLiteral("%1 / %2")
                                .arg(fmt(t.coolant.supplyC, Quantity::Temperature), fmt(t.coolant.returnC, Quantity::Temperature)))
                        + row(QObject::tr("Coolant flow"), fmt(t.coolant.flowM3s, Quantity::LiquidFlow)
                                                               + QStringLiteral(" (%1 L/min/kW)").arg(t.coolant.lpmPerKw, 0, 'f', 2));
            if (t.gpus)
                rows += row(QObject::tr("GPU junction"), fmt(t.gpu.junctionC, Quantity::Temperature)
                                                             + (t.gpu.throttled ? QObject::tr(" — throttled to %1 % clock").arg(t.gpu.clockFactor * 100, 0, 'f', 0)
                                                                                : QString()));
        }
    } else if (ref->kind == EntityKind::PowerNode && r.power && i < r.power->nodes.size()) {
        const power::NodeResult &n = r.power->nodes[i];
        rows += row(QObject::tr("Load"), fmt(n.loadW, Quantity::Power));
        rows += row(QObject::tr("N capacity / installed"), QStringLiteral("%1 / %2").arg(fmt(n.capacityW, Quantity::Power), fmt(n.physicalW, Quantity::Power)));
        rows += row(QObject::tr("Utilization"), fmt(n.utilization, Quantity::Fraction));
        rows += row(QObject::tr("Loss / efficiency"), QStringLiteral("%1 / %2").arg(fmt(n.lossW, Quantity::Power), fmt(n.efficiency, Quantity::Fraction)));
        if (!n.alive)
            rows += row(QObject::tr("State"), QObject::tr("de-energised"));
    } else if (ref->kind == EntityKind::LiquidLoop && r.thermal && i < r.thermal->loops.size()) {
        const thermal::LoopThermal &l = r.thermal->loops[i];
        rows += row(QObject::tr("Supply / return"), QStringLiteral("%1 / %2").arg(fmt(l.supplyC, Quantity::Temperature), fmt(l.returnC, Quantity::Temperature)));
        rows += row(QObject::tr("Flow"), fmt(l.flowM3s, Quantity::LiquidFlow));
        rows += row(QObject::tr("Heat / capacity"), QStringLiteral("%1 / %2").arg(fmt(l.heatW, Quantity::HeatLoad), fmt(l.capacityW, Quantity::CoolingCapacity)));
        rows += row(QObject::tr("N+1"), l.nPlusOne ? QObject::tr("yes") : QObject::tr("no"));
    } else if (ref->kind == EntityKind::AirUnit && r.thermal) {
        for (const thermal::AirUnitThermal &u : r.thermal->units) {
            if (u.id == id)
                rows += row(QObject::tr("Heat / capacity"), QStringLiteral("%1 / %2").arg(fmt(u.heatW, Quantity::HeatLoad), fmt(u.capacityW, Quantity::CoolingCapacity)))
                        + row(QObject::tr("Return air"), fmt(u.returnC, Quantity::Temperature));
        }
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b>%2</p><table cellpadding=2 width=100%>%3</table>")
        .arg(QObject::tr("Solved values"), stale ? QObject::tr(" <span style='color:#888'>(stale)</span>") : QString(), rows);
}

} // namespace aif
