// FloorPlanScene's markings on top of the plan (solver result overlays, badges, layout-check
// outlines), apart from the document plumbing in floorplanscene.cpp.
#include "floorplanitem.h"
#include "floorplanscene.h"

#include "document.h"
#include "layoutchecks.h"

#include <QTimer>

namespace aif {

void FloorPlanScene::setOverlay(const QString &metric, Quantity quantity, const QHash<QString, double> &rackValues,
                                double min, double max)
{
    m_overlayValues = rackValues;
    m_legend.setRange(metric, quantity, min, max);
    m_legend.setStale(false);
    for (FloorPlanItem *item : std::as_const(m_items)) {
        applyOverlay(item);
        item->setStale(false);
    }
    emit overlayChanged();
    update();
}

void FloorPlanScene::clearOverlay()
{
    m_overlayValues.clear();
    m_legend.clear();
    for (FloorPlanItem *item : std::as_const(m_items))
        item->setOverlay(QColor());
    emit overlayChanged();
    update();
}

void FloorPlanScene::applyOverlay(FloorPlanItem *item) const
{
    const auto it = m_overlayValues.constFind(item->id());
    if (!m_legend.isActive() || it == m_overlayValues.constEnd()
        || (item->kind() != EntityKind::Rack && item->kind() != EntityKind::Vent)) {
        item->setOverlay(QColor());
        return;
    }
    const double span = m_legend.maximum() - m_legend.minimum();
    // A degenerate range (all racks equal) maps to the middle of the ramp, not to one end.
    const double t = span > 0 ? (*it - m_legend.minimum()) / span : 0.5;
    item->setOverlay(overlayColor(t));
    item->setStale(m_legend.isStale());
}

void FloorPlanScene::setBadges(const QHash<QString, QStringList> &badgesByRack)
{
    m_badges = badgesByRack;
    for (FloorPlanItem *item : std::as_const(m_items))
        item->setBadges(m_badges.value(item->id()));
}

void FloorPlanScene::setOverlayStale(bool stale)
{
    if (m_legend.isStale() == stale)
        return;
    m_legend.setStale(stale);
    for (FloorPlanItem *item : std::as_const(m_items))
        item->setStale(stale);
    emit overlayChanged();
    update();
}

void FloorPlanScene::recheck()
{
    m_checkTimer->stop();
    m_issues = checkLayout(m_document->project(), m_catalog);
    QSet<QString> ids;
    for (const Diagnostic &d : m_issues)
        ids.insert(QString::fromStdString(d.entity));
    for (FloorPlanItem *item : std::as_const(m_items))
        item->setIssue(ids.contains(item->id()));
    m_issueIds = ids;
    emit layoutChecked(m_issues);
}

} // namespace aif
