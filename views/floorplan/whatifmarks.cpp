#include "whatifmarks.h"

#include "project.h"

#include <QObject>

namespace aif {

namespace {

QString whatIfName(const EntityBase &e)
{
    return QString::fromStdString(e.name.empty() ? e.id : e.name);
}

void markOutOfService(QHash<QString, WhatIfMark> &marks, const std::string &id)
{
    WhatIfMark &m = marks[QString::fromStdString(id)];
    m.failed = true;
    m.tag.clear();
    m.tip = QObject::tr("FAILED (what-if)");
}

} // namespace

QHash<QString, WhatIfMark> whatIfMarks(const Project &p)
{
    QHash<QString, WhatIfMark> marks;
    for (const AirUnit &a : p.airUnits) {
        if (a.failed)
            markOutOfService(marks, a.id);
    }
    for (const Cdu &c : p.cdus) {
        if (!c.inService()) {
            markOutOfService(marks, c.id);
        } else if (c.failedPumps > 0) {
            const int live = c.pumps - c.failedPumps;
            WhatIfMark &m = marks[QString::fromStdString(c.id)];
            m.tag = QObject::tr("%1/%2 PUMPS").arg(live).arg(c.pumps);
            m.tip = c.pumpFlowShare() < 1.0
                        ? QObject::tr("%1 of %2 pumps failed (what-if): %3 % of the rated flow")
                              .arg(c.failedPumps).arg(c.pumps).arg(qRound(100 * c.pumpFlowShare()))
                        : QObject::tr("%1 of %2 pumps failed (what-if): the standby carries the flow")
                              .arg(c.failedPumps).arg(c.pumps);
        }
    }
    for (const PowerNode &n : p.powerNodes) {
        if (n.liveModules() == 0) {
            markOutOfService(marks, n.id);
        } else if (n.failedModules > 0) {
            WhatIfMark &m = marks[QString::fromStdString(n.id)];
            m.tag = QObject::tr("%1/%2 MODULES").arg(n.liveModules()).arg(n.modules);
            m.tip = QObject::tr("%1 of %2 modules failed (what-if)").arg(n.failedModules).arg(n.modules);
        }
    }
    // A rack's own switch (a ToR leaf, a scale-up tray) down cuts the rack's GPUs off: the
    // switch is not drawn on the plan, so its rack carries the mark.
    for (const Switch &s : p.switches) {
        if (!s.failed || s.rack.empty())
            continue;
        WhatIfMark &m = marks[QString::fromStdString(s.rack)];
        if (m.failed)
            continue;
        m.tag = QObject::tr("SWITCH DOWN");
        const QString line = QObject::tr("switch %1 failed (what-if)").arg(whatIfName(s));
        m.tip = m.tip.isEmpty() ? line : m.tip + QStringLiteral(", ") + line;
    }
    return marks;
}

bool isWhatIfProperty(const std::string &property)
{
    return property == "failed" || property == "failedPumps" || property == "failedModules"
           || property == "failedUnits" || property == "failedLinks" || property == "pumps"
           || property == "redundantPumps" || property == "modules" || property == "rack";
}

} // namespace aif
