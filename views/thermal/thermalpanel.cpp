#include "thermalpanel.h"

#include "../selectionmodel.h"
#include "thermal/thermalsolver.h"
#include "units.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aif {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString f(double si, Quantity q)
{
    return units::format(si, q, units::currentSystem());
}

void setRow(QTableWidget *t, int row, const QStringList &cells, bool alarm)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (alarm)
            item->setBackground(QColor(255, 205, 205));
        t->setItem(row, c, item);
    }
}

} // namespace

ThermalPanel::ThermalPanel(SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_headline(new QLabel(this))
{
    setObjectName("thermalPanel");
    m_halls = table({tr("Hall"), tr("Supply"), tr("Return"), tr("Max inlet"), tr("Mean inlet"), tr("Recirculation"), tr("RCI HI"),
                     tr("RCI LO"), tr("RTI"), tr("SHI")}, this);
    m_loops = table({tr("Loop"), tr("Type"), tr("Supply"), tr("Return"), tr("Flow"), tr("Heat"), tr("Capacity"), tr("Utilization"),
                     tr("Pressure drop"), tr("Pump"), tr("N+1")}, this);
    m_units = table({tr("Air unit"), tr("Heat"), tr("Capacity"), tr("Return air")}, this);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_halls);
    split->addWidget(m_loops);
    split->addWidget(m_units);
    split->setSizes({120, 300, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
    for (QTableWidget *t : {m_halls, m_loops, m_units}) {
        connect(t, &QTableWidget::cellClicked, this, [this, t](int row) {
            if (QTableWidgetItem *item = t->item(row, 0))
                m_selection->setSelected({item->text()});
        });
    }
    fill();
}

void ThermalPanel::setResult(std::shared_ptr<const thermal::ThermalResult> result)
{
    m_result = std::move(result);
    m_stale = false;
    fill();
}

void ThermalPanel::setStale(bool stale)
{
    m_stale = stale;
    fill();
}

void ThermalPanel::fill()
{
    if (!m_result) {
        m_headline->setText(tr("No thermal results yet: <b>Analyze ▸ Solve</b> (F5)."));
        return;
    }
    const thermal::ThermalResult &r = *m_result;
    const double removed = r.liquidRemovedW + r.airRemovedW;
    m_headline->setText(
        tr("<b>Thermal (%1)</b>%2 — heat %3: liquid %4, air %5 (balance %6 %). Max inlet <b>%7</b>, mean %8, "
           "RCI<sub>HI</sub> <b>%9 %</b>, RTI %10 %, throttled racks <b>%11</b>.")
            .arg(QString::fromStdString(r.tier), m_stale ? tr(" <span style='color:#888'>(stale)</span>") : QString(),
                 f(r.heatInW, Quantity::HeatLoad), f(r.liquidRemovedW, Quantity::HeatLoad), f(r.airRemovedW, Quantity::HeatLoad))
            .arg(r.heatInW > 0 ? (removed - r.heatInW) / r.heatInW * 100 : 0.0, 0, 'f', 2)
            .arg(f(r.maxInletC, Quantity::Temperature), f(r.meanInletC, Quantity::Temperature))
            .arg(r.rciHi, 0, 'f', 1)
            .arg(r.rti, 0, 'f', 0)
            .arg(r.throttledRacks));
    m_halls->setRowCount(int(r.halls.size()));
    for (int i = 0; i < int(r.halls.size()); ++i) {
        const thermal::HallThermal &h = r.halls[size_t(i)];
        setRow(m_halls, i,
               {QString::fromStdString(h.id), f(h.supplyC, Quantity::Temperature), f(h.returnC, Quantity::Temperature),
                f(h.maxInletC, Quantity::Temperature), f(h.meanInletC, Quantity::Temperature), f(h.recirculation, Quantity::Fraction),
                QString::number(h.rciHi, 'f', 1) + " %", QString::number(h.rciLo, 'f', 1) + " %",
                QString::number(h.rti, 'f', 0) + " %", QString::number(h.shi, 'f', 3)},
               h.rciHi < 91);
    }
    m_loops->setRowCount(int(r.loops.size()));
    for (int i = 0; i < int(r.loops.size()); ++i) {
        const thermal::LoopThermal &l = r.loops[size_t(i)];
        setRow(m_loops, i,
               {QString::fromStdString(l.id), QString::fromStdString(l.type), f(l.supplyC, Quantity::Temperature),
                f(l.returnC, Quantity::Temperature), f(l.flowM3s, Quantity::LiquidFlow), f(l.heatW, Quantity::HeatLoad),
                f(l.capacityW, Quantity::CoolingCapacity), f(l.utilization, Quantity::Fraction),
                l.type == "tcs" ? f(l.pressureDropPa, Quantity::Pressure) : QString(), l.type == "tcs" ? f(l.pumpW, Quantity::Power) : QString(),
                l.nPlusOne ? tr("yes") : tr("no")},
               l.utilization > 1.0 || !l.nPlusOne);
    }
    m_units->setRowCount(int(r.units.size()));
    for (int i = 0; i < int(r.units.size()); ++i) {
        const thermal::AirUnitThermal &u = r.units[size_t(i)];
        setRow(m_units, i,
               {QString::fromStdString(u.id), f(u.heatW, Quantity::HeatLoad), f(u.capacityW, Quantity::CoolingCapacity),
                f(u.returnC, Quantity::Temperature)},
               u.capacityW > 0 && u.heatW > u.capacityW);
    }
}

} // namespace aif
