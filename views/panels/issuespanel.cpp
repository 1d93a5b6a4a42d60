#include "issuespanel.h"

#include "../floorplan/floorplanitem.h"
#include "../floorplan/floorplanscene.h"
#include "../floorplan/floorplanview.h"
#include "../selectionmodel.h"
#include "designissues.h"
#include "unittext.h"

#include <QHeaderView>
#include <QStyle>

#include <map>

namespace aif {

namespace {

enum Column { MessageColumn, EntityColumn, CodeColumn, WhereColumn };
constexpr int kGroupRole = Qt::UserRole + 1;   // a group row's key ("error/layout")

// A zoomed-to item is shown with at least this much plan around it (a rack, the aisles on both
// sides and the neighbours it clashes with), metres.
constexpr double kContextWidthM = 8.0;
constexpr double kContextDepthM = 6.0;

QString groupTitle(bool error, IssueKind kind, int count)
{
    const QString what = kind == IssueKind::Layout ? IssuesPanel::tr("Layout")
                         : kind == IssueKind::Solver ? IssuesPanel::tr("Solver")
                                                     : IssuesPanel::tr("Validation");
    return error ? IssuesPanel::tr("%1 errors (%2)").arg(what).arg(count)
                 : IssuesPanel::tr("%1 warnings (%2)").arg(what).arg(count);
}

} // namespace

IssuesPanel::IssuesPanel(SelectionModel *selection, QWidget *parent)
    : QTreeWidget(parent)
    , m_selection(selection)
{
    setObjectName("issuesPanel");
    setColumnCount(4);
    setHeaderLabels({tr("Issue"), tr("Entity"), tr("Code"), tr("Where")});
    setUniformRowHeights(true);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    connect(this, &QTreeWidget::itemClicked, this, &IssuesPanel::activate);
    connect(this, &QTreeWidget::itemActivated, this, &IssuesPanel::activate);
    connect(this, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { m_collapsed.insert(item->data(0, kGroupRole).toString()); });
    connect(this, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { m_collapsed.remove(item->data(0, kGroupRole).toString()); });
}

void IssuesPanel::setFloorPlanView(FloorPlanView *view)
{
    m_floorPlan = view;
}

void IssuesPanel::refreshUnits()
{
    setDiagnostics(Diagnostics(m_diagnostics));
}

void IssuesPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    const UnitSystem system = units::currentSystem();
    // Errors first, then by kind in IssueKind's order; input order within a group.
    std::map<std::pair<int, int>, Diagnostics> groups;
    m_errors = m_warnings = 0;
    for (const Diagnostic &d : withoutRepeats(diagnostics)) {
        groups[{d.isError() ? 0 : 1, int(issueKind(d))}].push_back(d);
        (d.isError() ? m_errors : m_warnings)++;
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QSignalBlocker block(this);   // rebuilding is not the user folding groups
    clear();
    QList<QTreeWidgetItem *> tops;
    for (const auto &[key, list] : groups) {
        const bool error = key.first == 0;
        const IssueKind kind = IssueKind(key.second);
        auto *group = new QTreeWidgetItem({groupTitle(error, kind, int(list.size()))});
        const QString id = QStringLiteral("%1/%2").arg(error ? "error" : "warning", issueKindName(kind));
        group->setData(0, kGroupRole, id);
        group->setIcon(MessageColumn, error ? errorIcon : warningIcon);
        QFont bold = group->font(MessageColumn);
        bold.setBold(true);
        group->setFont(MessageColumn, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Diagnostic &d : list) {
            const QString message = units::convertText(QString::fromStdString(d.message), system);
            auto *item = new QTreeWidgetItem(group, {message, QString::fromStdString(d.entity),
                                                     QString::fromStdString(d.code), QString::fromStdString(d.pointer)});
            item->setToolTip(MessageColumn, message);
        }
        tops << group;
    }
    addTopLevelItems(tops);
    for (QTreeWidgetItem *group : std::as_const(tops)) {
        group->setFirstColumnSpanned(true);
        group->setExpanded(!m_collapsed.contains(group->data(0, kGroupRole).toString()));
    }
    resizeColumnToContents(EntityColumn);
    resizeColumnToContents(CodeColumn);
    resizeColumnToContents(WhereColumn);
    block.unblock();
    emit countsChanged(m_errors, m_warnings);
}

void IssuesPanel::activate(QTreeWidgetItem *item)
{
    const QString id = item && item->parent() ? item->text(EntityColumn) : QString();
    if (id.isEmpty())
        return;
    m_selection->setSelected({id});
    const bool onPlan = m_floorPlan && m_floorPlan->floorPlanScene()->item(id);
    emit entityActivated(id, onPlan);
    if (onPlan)
        zoomTo(id);
}

bool IssuesPanel::zoomTo(const QString &id)
{
    const FloorPlanItem *item = m_floorPlan ? m_floorPlan->floorPlanScene()->item(id) : nullptr;
    if (!item)
        return false;
    const QRectF r = item->sceneBoundingRect();
    const QPointF c = r.center();
    const QRectF context(c.x() - kContextWidthM / 2, c.y() - kContextDepthM / 2, kContextWidthM, kContextDepthM);
    m_floorPlan->fitInView(r.united(context), Qt::KeepAspectRatio);
    return true;
}

} // namespace aif
