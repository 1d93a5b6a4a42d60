#include "resultoverlay.h"

#include "common/rackmetrics.h"
#include "floorplanscene.h"

#include <QHash>

namespace aif {

bool applyResultOverlay(FloorPlanScene *scene, const Project &p, const SolveResult &r, const QString &metric)
{
    QHash<QString, QStringList> badges;
    for (const auto &[id, reasons] : rackBottlenecks(p, r)) {
        QStringList &list = badges[QString::fromStdString(id)];
        for (const std::string &reason : reasons)
            list << QString::fromStdString(reason);
    }
    scene->setBadges(badges);
    const RackMetric m = rackMetric(p, r, metric.toStdString());
    if (m.values.empty()) {
        scene->clearOverlay();
        return false;
    }
    QHash<QString, double> values;
    for (const auto &[id, v] : m.values)
        values.insert(QString::fromStdString(id), v);
    scene->setOverlay(QString::fromStdString(m.title), m.quantity, values, m.min, m.max);
    return true;
}

} // namespace aif
