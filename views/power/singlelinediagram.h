#pragma once

#include <QGraphicsView>
#include <QHash>

#include <memory>

namespace aif {

class Document;
class SelectionModel;
namespace power {
struct PowerResult;
}

// The power chain as a single-line diagram: sources at the top, each stage a box with its
// load, capacity and efficiency from the latest solve; overloaded stages red, redundancy in
// use amber. In-rack power shelves are summarised under their busway to keep large designs
// readable. Clicking a box selects the power node.
class SingleLineDiagram : public QGraphicsView
{
    Q_OBJECT

public:
    SingleLineDiagram(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const power::PowerResult> result);
    void setStale(bool stale);
    void rebuild();
    int boxCount() const { return m_boxes.size(); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void highlightSelection();
    void fitHeight();

    Document *m_document;
    SelectionModel *m_selection;
    std::shared_ptr<const power::PowerResult> m_result;
    QHash<QString, class QGraphicsRectItem *> m_boxes;
    bool m_stale = false;
    bool m_userZoomed = false;
    double m_firstRootX = -1e10;
};

} // namespace aif
