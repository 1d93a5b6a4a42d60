#include "coolingfigures.h"

#include "coolingedits.h"
#include "schematic/choicelabel.h"
#include "thermal/thermalsolver.h"
#include "units.h"

#include <QObject>

#include <set>

namespace aif::coolingplant {

QColor loopColor(const std::string &type)
{
    return type == "facility"     ? QColor(0, 150, 136)
        : type == "chilled-water" ? QColor(30, 120, 220)
                                  : QColor(230, 120, 30);
}

namespace {

QString heat(double w, Quantity q = Quantity::HeatLoad)
{
    // Plant figures run to megawatts, where "8120.00 kW" reads as noise: SI values in MW
    // above 1 MW and in whole kW above 10 kW; US units as the units module shows them.
    const UnitSystem s = units::currentSystem();
    if (s == UnitSystem::SI && std::abs(w) >= 1e6)
        return QStringLiteral("%1 MW").arg(w / 1e6, 0, 'f', 2);
    if (s == UnitSystem::SI && std::abs(w) >= 1e4)
        return QStringLiteral("%1 kW").arg(w / 1e3, 0, 'f', 0);
    return units::format(w, q, s);
}

QString temp(double c)
{
    return units::format(c, Quantity::Temperature, units::currentSystem());
}

QString pct(double f)
{
    return QStringLiteral("%1 %").arg(f * 100, 0, 'f', 0);
}

QString airGroupTitle(const Project &p, const QStringList &ids)
{
    std::set<std::string> types;
    for (const QString &id : ids)
        types.insert(p.get<AirUnit>(id.toStdString())->type);
    const std::string t = types.size() == 1 ? *types.begin() : std::string();
    const int n = int(ids.size());
    return t == "crah"   ? QObject::tr("%1 CRAHs").arg(n)
        : t == "inrow"   ? QObject::tr("%1 in-row coolers").arg(n)
        : t == "rdhx"    ? QObject::tr("%1 rear-door exchangers").arg(n)
        : t == "fanwall" ? QObject::tr("%1 fan walls").arg(n)
                         : QObject::tr("%1 air units").arg(n);
}
} // namespace

void describe(SchematicNode *box, const Project &p, const thermal::ThermalResult *result,
              const SchematicView &view)
{
    using Status = SchematicView::Status;
    const std::string id = box->id().toStdString();
    auto loopResult = [result](const std::string &loopId) -> const thermal::LoopThermal * {
        if (result) {
            for (const thermal::LoopThermal &l : result->loops) {
                if (l.id == loopId)
                    return &l;
            }
        }
        return nullptr;
    };
    auto byLoad = [](double utilization) {
        return utilization > 1.0 ? Status::Overloaded
            : utilization > 0.9  ? Status::Warning
                                 : Status::Ok;
    };
    QStringList lines;
    Status status = Status::NoResult;
    QString title = QString::fromStdString(id);
    switch (box->role()) {
    case HeatRejectionRole: {
        const HeatRejection &h = *p.get<HeatRejection>(id);
        title = QString::fromStdString(h.name.empty() ? h.id : h.name);
        // A heat-reuse bank says where its heat goes: the network's return it must exceed, and
        // the supply a heat pump lifts it to (docs/energy.md).
        const LiquidLoop *reuseLoop = p.get<LiquidLoop>(h.loop);
        const bool heatPump = h.type == "heat-reuse" && h.networkSupplyC > 0.0 && reuseLoop
                              && h.networkSupplyC > reuseLoop->supplyTempC + reuseLoop->designDeltaTK - h.approachK;
        lines << (h.type != "heat-reuse" ? choiceLabel<HeatRejection>("type", h.type)
                  : heatPump ? QObject::tr("heat pump %1 → %2").arg(temp(h.sinkTempC), temp(h.networkSupplyC))
                             : QObject::tr("heat network, return %1").arg(temp(h.sinkTempC)))
              << (h.redundantUnits > 0 ? QObject::tr("%1 × %2 (N+%3)")
                                             .arg(h.units)
                                             .arg(heat(h.capacityW, Quantity::CoolingCapacity))
                                             .arg(h.redundantUnits)
                                       : QObject::tr("%1 × %2").arg(h.units).arg(
                                           heat(h.capacityW, Quantity::CoolingCapacity)));
        // The loop's heat shared in proportion to installed capacity.
        if (const thermal::LoopThermal *l = loopResult(h.loop); l && l->capacityW > 0) {
            lines << (h.type == "heat-reuse" ? QObject::tr("reuses %1 (%2)") : QObject::tr("rejects %1 (%2)"))
                         .arg(heat(l->heatW * h.units * h.capacityW / l->capacityW),
                              pct(l->utilization));
            status = byLoad(l->utilization);
        }
        box->setAccent(loopColor(p.get<LiquidLoop>(h.loop) ? p.get<LiquidLoop>(h.loop)->type
                                                           : std::string("facility")));
        box->setPorts(SchematicNode::OutPort);
        break;
    }
    case PrimaryLoopRole:
    case TcsLoopRole: {
        const LiquidLoop &l = *p.get<LiquidLoop>(id);
        title = QString::fromStdString(l.name.empty() ? l.id : l.name);
        // The W-class is what facility water promises the equipment; a TCS is the CDU's own loop.
        lines << QStringLiteral("%1 · %2%3")
                     .arg(l.type == "tcs" ? QObject::tr("TCS")
                                          : choiceLabel<LiquidLoop>("type", l.type),
                          l.fluid == "pg25" ? QObject::tr("PG25") : QObject::tr("water"),
                          l.type == "tcs"
                              ? QString()
                              : QStringLiteral(" · ") + QString::fromStdString(l.waterClass));
        if (const thermal::LoopThermal *r = loopResult(l.id)) {
            lines << QObject::tr("%1 → %2 · %3")
                         .arg(temp(r->supplyC), temp(r->returnC), heat(r->heatW));
            QStringList flags;
            if (r->flowLimited)
                flags << QObject::tr("flow-limited");
            if (r->supplyAboveSetpoint)
                flags << QObject::tr("above set-point");
            if (!r->nPlusOne)
                flags << QObject::tr("not N+1");
            lines << QObject::tr("of %1 (%2)%3")
                         .arg(heat(r->capacityW, Quantity::CoolingCapacity), pct(r->utilization),
                              flags.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" · ") + flags.join(QStringLiteral(", ")));
            status = byLoad(r->utilization);
            if (status == Status::Ok && !flags.isEmpty())
                status = Status::Warning;
        } else {
            lines << QObject::tr("supply %1, ΔT %2")
                         .arg(temp(l.supplyTempC),
                              units::format(l.designDeltaTK, Quantity::TemperatureDelta,
                                            units::currentSystem()));
        }
        box->setAccent(loopColor(l.type));
        break;
    }
    case CduRole: {
        const Cdu &c = *p.get<Cdu>(id);
        title = QString::fromStdString(c.name.empty() ? c.id : c.name);
        lines << QObject::tr("%1 · approach %2")
                     .arg(heat(c.capacityW, Quantity::CoolingCapacity),
                          units::format(c.approachK, Quantity::TemperatureDelta,
                                        units::currentSystem()));
        if (const thermal::LoopThermal *l = loopResult(c.secondaryLoop);
            l && c.inService() && l->capacityW > 0) {
            lines << QObject::tr("load %1 (%2)")
                         .arg(heat(l->heatW * c.capacityW / l->capacityW), pct(l->utilization));
            status = byLoad(l->utilization);
            if (l->flowLimited)
                status = std::max(status, Status::Warning);   // the pumps left cannot move the design flow
        }
        box->setFailed(c.failed || c.failedPumps > 0);
        if (!c.inService()) {
            lines.prepend(c.failed ? QObject::tr("FAILED (what-if)") : QObject::tr("ALL PUMPS FAILED (what-if)"));
            status = result ? Status::OutOfService : status;
        } else if (c.failedPumps > 0) {
            lines.prepend(QObject::tr("%1 of %2 pumps failed (what-if)").arg(c.failedPumps).arg(c.pumps));
        }
        box->setAccent(loopColor("tcs"));
        break;
    }
    case AirUnitRole: {
        double heatW = 0, capacityW = 0, rated = 0;
        int failed = 0;
        for (const QString &unitId : box->ids()) {
            const AirUnit &a = *p.get<AirUnit>(unitId.toStdString());
            failed += a.failed;
            rated += a.capacityW;
            for (const thermal::AirUnitThermal &r :
                 result ? result->units : std::vector<thermal::AirUnitThermal> {}) {
                if (r.id == a.id) {
                    heatW += r.heatW;
                    capacityW += r.capacityW;
                }
            }
        }
        const AirUnit &a = *p.get<AirUnit>(id);
        title = box->ids().size() > 1 ? airGroupTitle(p, box->ids())
                                      : QString::fromStdString(a.name.empty() ? a.id : a.name);
        lines << (box->ids().size() > 1
                      ? QObject::tr("%1 in all").arg(heat(rated, Quantity::CoolingCapacity))
                      : QObject::tr("%1 · %2").arg(choiceLabel<AirUnit>("type", a.type),
                                                   heat(a.capacityW, Quantity::CoolingCapacity)));
        if (result && capacityW > 0) {
            lines << QObject::tr("%1 (%2)").arg(heat(heatW), pct(heatW / capacityW));
            status = byLoad(heatW / capacityW);
        }
        if (failed > 0) {
            lines.prepend(box->ids().size() > 1 ? QObject::tr("%1 failed (what-if)").arg(failed)
                                                : QObject::tr("FAILED (what-if)"));
            status = failed == int(box->ids().size()) && result ? Status::OutOfService : status;
        }
        box->setFailed(failed > 0);
        box->setAccent(loopColor("chilled-water"));
        box->setPorts(SchematicNode::InPort);
        break;
    }
    default: { // the racks on one TCS loop
        double powerW = 0, liquidW = 0;
        bool solved = false;
        for (const QString &rackId : box->ids()) {
            const Rack &r = *p.get<Rack>(rackId.toStdString());
            powerW += r.powerBudgetW;
        }
        if (result) {
            const QSet<QString> ids(box->ids().begin(), box->ids().end());
            double solvedW = 0;
            for (const thermal::RackThermal &r : result->racks) {
                if (ids.contains(QString::fromStdString(r.id))) {
                    solvedW += r.airHeatW + r.liquidHeatW;
                    liquidW += r.liquidHeatW;
                    solved = true;
                }
            }
            powerW = solved ? solvedW : powerW;
        }
        title
            = QObject::tr("%1 racks, %2").arg(box->ids().size()).arg(heat(powerW, Quantity::Power));
        lines << (solved ? QObject::tr("%1 to liquid (%2)")
                               .arg(heat(liquidW), pct(powerW > 0 ? liquidW / powerW : 0))
                         : QObject::tr("design power"));
        status = solved ? Status::Ok : Status::NoResult;
        box->setAccent(loopColor("tcs"));
        box->setPorts(SchematicNode::InPort);
        break;
    }
    }
    box->setTitle(title);
    box->setLines(lines);
    box->setFill(view.statusColor(status));
    box->setToolTip(box->ids().size() > 1 ? QObject::tr("%1\n%2").arg(
                        title, box->ids().mid(0, 24).join(QStringLiteral(", ")))
                                          : QObject::tr("%1 (%2)").arg(title, box->id()));
}

} // namespace aif::coolingplant
