#pragma once

#include <QMenu>

namespace aif {

class FloorPlanView;

// The plan's context menu over the current selection: rotate, duplicate, delete, align,
// distribute, connect to a power feed, assign a cooling loop. Each action is one undo step.
class FloorPlanContextMenu : public QMenu
{
    Q_OBJECT

public:
    explicit FloorPlanContextMenu(FloorPlanView *view);

private:
    void addConnectMenu(const QString &title, bool sideB);
    void addCoolingMenu();

    FloorPlanView *m_view;
};

} // namespace aif
