#pragma once

#include <QWidget>

#include <memory>

namespace aif {

class Catalog;
class CoolingSchematic;
class Document;
class SelectionModel;
namespace thermal {
struct ThermalResult;
}

// The Cooling tab: the liquid and chilled-water plant as an editable schematic (heat rejection,
// loops, CDUs, air units, the racks on each loop) under a tool bar (Add ▸, Delete, Fit). Edits
// are undo steps through the Document; a refused one is reported through editRefused().
class CoolingPanel : public QWidget
{
    Q_OBJECT

public:
    CoolingPanel(Document *document, SelectionModel *selection, const Catalog *catalog,
                 QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const thermal::ThermalResult> result);
    void setStale(bool stale);
    CoolingSchematic *schematic() const { return m_schematic; }

signals:
    void editRefused(const QString &message);

private:
    CoolingSchematic *m_schematic;
};

} // namespace aif
