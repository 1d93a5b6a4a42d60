#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace aif {

class SelectionModel;
namespace thermal {
struct ThermalResult;
}

// The Thermal view: heat balance and headline air metrics, then tables of halls (supply,
// return, inlets, RCI, RTI, SHI), liquid loops (temperatures, flow, heat, capacity, N+1) and
// air units (heat, return air). Values in the user's units; a row click selects the entity.
class ThermalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ThermalPanel(SelectionModel *selection, QWidget *parent = nullptr);
    void setResult(std::shared_ptr<const thermal::ThermalResult> result);
    void setStale(bool stale);

private:
    void fill();

    SelectionModel *m_selection;
    std::shared_ptr<const thermal::ThermalResult> m_result;
    QLabel *m_headline;
    QTableWidget *m_halls;
    QTableWidget *m_loops;
    QTableWidget *m_units;
    bool m_stale = false;
};

} // namespace aif
