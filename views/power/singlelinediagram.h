#pragma once

#include "schematic/schematicview.h"

#include <memory>

namespace aif {

class Catalog;
namespace power {
struct PowerResult;
}

// The power chain as an editable single-line diagram: sources at the top, each stage a box
// with its load, capacity and efficiency from the latest solve; overloaded stages red,
// redundancy in use amber, failed (what-if) stages hatched. In-rack power shelves are
// summarised in one box under their busway to keep large designs readable. Under each leaf,
// how many racks it feeds (racks are connected on the floor plan).
// Editing: drag from a box's bottom handle to another box to feed it from this one (or from
// the top handle up to its feeder), drop a box on another to re-parent it, Delete a line to
// disconnect, Delete boxes to remove them, right-click for more.
class SingleLineDiagram : public SchematicView
{
    Q_OBJECT

public:
    enum Role { NodeRole, ShelfGroupRole };

    SingleLineDiagram(Document *document, SelectionModel *selection, const Catalog *catalog,
                      QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const power::PowerResult> result);
    int boxCount() const { return nodeCount(); }
    // Adds a node of a type or catalog entry, fed from the selected node where that makes sense.
    QString addNode(const QString &key);
    void fillAddMenu(QMenu *menu) override;

protected:
    void populate() override;
    QString connectionRefusal(const SchematicNode *start, SchematicNode::Port port,
                              const SchematicNode *target) const override;
    void connectNodes(const SchematicNode *start, SchematicNode::Port port,
                      const SchematicNode *target) override;
    QString removeEdge(const SchematicEdge *edge) override;
    void fillNodeMenu(QMenu *menu, const SchematicNode *node) override;
    QString hint() const override;
    void fitContents() override;

private:
    QString addNodeBelow(const QString &key, const QString &upstream);

    const Catalog *m_catalog;
    std::shared_ptr<const power::PowerResult> m_result;
    double m_firstRootX = -1e10;
};

} // namespace aif
