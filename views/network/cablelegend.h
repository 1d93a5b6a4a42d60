#pragma once

#include <QPointer>
#include <QWidget>

class QGraphicsView;

namespace aif {

class CableOverlayItem;

// The cable overlay's key, a strip along the top of a floor-plan view (where fit-to-view leaves
// the margin for the hall names; a corner box would hide a hall): each medium's colour with its
// links, the dashed beyond-reach line, what the line widths mean and the switch marks, wrapped
// onto more lines when the view is narrow. A child of the view, not of its viewport (whose
// children scroll with the plan); mouse events pass through it to the plan.
class CableLegend : public QWidget
{
    Q_OBJECT

public:
    CableLegend(CableOverlayItem *overlay, QGraphicsView *view);

    QSize sizeHint() const override;
    QStringList lines() const; // the entries, as painted (tests read them)

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Item;
    std::vector<Item> items() const;
    // Item rectangles, wrapped at `width`; returns the height used.
    int layout(std::vector<Item> &items, int width) const;
    void place();

    QPointer<CableOverlayItem> m_overlay;
    QGraphicsView *m_view;
};

} // namespace aif
