#pragma once

#include "diagnostic.h"

#include <QPointer>
#include <QSet>
#include <QTreeWidget>

namespace aif {

class FloorPlanView;
class SelectionModel;

// The design's issues (validation, layout checks, solver findings) without repeats, grouped by
// kind and severity (errors first), each group with its count. A click (or Enter) on an issue
// selects its entity and, when it stands on the floor plan, zooms the plan to it.
class IssuesPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(SelectionModel *selection, QWidget *parent = nullptr);
    void setDiagnostics(const Diagnostics &diagnostics);
    // Shows the messages again in the studio's unit system (View ▸ Units): 32.5 °C → 90.5 °F.
    void refreshUnits();
    // The plan a click zooms to; none: a click only selects.
    void setFloorPlanView(FloorPlanView *view);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    int issueCount() const { return m_errors + m_warnings; }   // rows, after repeats are dropped

signals:
    void countsChanged(int errors, int warnings);
    // An issue's entity was selected; onPlan: the floor plan is about to zoom to it (the studio
    // shows the plan first).
    void entityActivated(const QString &id, bool onPlan);

private:
    void activate(QTreeWidgetItem *item);
    bool zoomTo(const QString &id);

    SelectionModel *m_selection;
    QPointer<FloorPlanView> m_floorPlan;
    Diagnostics m_diagnostics;   // as given, SI: the units are applied when shown
    QSet<QString> m_collapsed;   // groups the user folded stay folded across re-validation
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace aif
