#pragma once

#include <QMenu>

namespace aif {

class FloorPlanView;

// The plan's context menu over the current selection: rotate, duplicate, delete, align,
// distribute, connect to a power feed, assign a cooling loop, pick a deployment's GPU pool or a
// network domain's racks, trip a unit (what-if). Each action is one undo step.
class FloorPlanContextMenu : public QMenu
{
    Q_OBJECT

public:
    explicit FloorPlanContextMenu(FloorPlanView *view);

private:
    void addConnectMenu(const QString &title, bool sideB);
    void addCoolingMenu();
    void addFailureActions();   // what-if: trip or restore units, and switches in racks
    void addWorkloadMenu();   // floorplanworkloadmenu.cpp

    FloorPlanView *m_view;
};

} // namespace aif
