#pragma once

#include "changeevent.h"

#include <QWidget>

namespace aif {

class Catalog;
class Document;
class SelectionModel;

// The studio's start page: the design's headline inventory and a to-scale sketch of every hall
// (racks with their fronts, containment, cooling and power equipment). Read-only; clicking a
// rack selects it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct HallView
    {
        int hall;
        QRectF area;      // widget coordinates of the hall rectangle
        double scale;     // pixels per metre
        QRectF cell;      // the grid cell the hall is drawn in
    };
    std::vector<HallView> layoutHalls() const;
    void paintHeader(class QPainter &p, const QRectF &r) const;
    void paintHall(class QPainter &p, const HallView &v) const;

    Document *m_document;
    SelectionModel *m_selection;
    const Catalog *m_catalog;
};

} // namespace aif
