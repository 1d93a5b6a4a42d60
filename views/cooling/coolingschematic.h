#pragma once

#include "schematic/schematicview.h"

#include <memory>

namespace aif {

class Catalog;
struct Project;
namespace thermal {
struct ThermalResult;
}

// The cooling plant as an editable schematic, heat flowing right to left: heat-rejection banks
// | facility and chilled-water loops | CDUs and air units | technology cooling (TCS) loops |
// the racks on each TCS loop (one box per loop). Many air units on one loop show as one box.
// With the last thermal solve each loop shows supply and return temperatures and its heat,
// each unit its load and utilisation. Editing: drag from a box's handle to another box to
// connect them (heat rejection to a loop, a loop to a CDU or air unit, a CDU to a TCS loop),
// drop a box on another likewise, Delete on a line or boxes, right-click for more.
class CoolingSchematic : public SchematicView
{
    Q_OBJECT

public:
    CoolingSchematic(Document *document, SelectionModel *selection, const Catalog *catalog,
                     QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const thermal::ThermalResult> result);
    // Adds what an "Add" entry names; a bank goes on the selected loop. Returns the new id.
    QString addItem(const QString &key);
    void fillAddMenu(QMenu *menu) override;

protected:
    void populate() override;
    QString connectionRefusal(const SchematicNode *start, SchematicNode::Port port,
                              const SchematicNode *target) const override;
    void connectNodes(const SchematicNode *start, SchematicNode::Port port,
                      const SchematicNode *target) override;
    QString removeEdge(const SchematicEdge *edge) override;
    QString removeNodes(const QStringList &ids) override;
    void fillNodeMenu(QMenu *menu, const SchematicNode *node) override;
    QString hint() const override;

private:
    struct Band;
    void layoutBand(Band &band, double *top);
    // A bank with units tripped (what-if): hatched, with "k of N failed" on top.
    void markFailedUnits(SchematicNode *box) const;

    const Catalog *m_catalog;
    std::shared_ptr<const thermal::ThermalResult> m_result;
};

} // namespace aif
