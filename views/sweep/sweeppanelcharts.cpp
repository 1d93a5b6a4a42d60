// The sweep panel's charts: the Pareto front of two objectives and the sensitivity tornado of
// one, kept in step with the results table's selection.
#include "sweeppanel.h"

#include "document.h"
#include "sweep/paretofront.h"
#include "sweep/sweeprunner.h"
#include "sweepparetochart.h"
#include "sweepresultsmodel.h"
#include "sweepsensitivity.h"
#include "sweeptornadochart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cmath>
#include <limits>

namespace aif {

QWidget *SweepPanel::buildCharts()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *paretoBox = new QGroupBox(tr("Pareto front"), box);
    auto *paretoLayout = new QGridLayout(paretoBox);
    m_paretoX = new QComboBox(paretoBox);
    m_paretoX->setObjectName("paretoXCombo");
    m_paretoY = new QComboBox(paretoBox);
    m_paretoY->setObjectName("paretoYCombo");
    m_pareto = new SweepParetoChart(paretoBox);
    paretoLayout->addWidget(new QLabel(tr("Across"), paretoBox), 0, 0);
    paretoLayout->addWidget(m_paretoX, 0, 1);
    paretoLayout->addWidget(new QLabel(tr("up"), paretoBox), 0, 2);
    paretoLayout->addWidget(m_paretoY, 0, 3);
    paretoLayout->addWidget(m_pareto, 1, 0, 1, 4);
    paretoLayout->setColumnStretch(1, 1);
    paretoLayout->setColumnStretch(3, 1);

    auto *tornadoBox = new QGroupBox(tr("Sensitivity"), box);
    auto *tornadoLayout = new QGridLayout(tornadoBox);
    m_tornadoObjective = new QComboBox(tornadoBox);
    m_tornadoObjective->setObjectName("tornadoObjectiveCombo");
    m_tornado = new SweepTornadoChart(tornadoBox);
    tornadoLayout->addWidget(new QLabel(tr("Objective"), tornadoBox), 0, 0);
    tornadoLayout->addWidget(m_tornadoObjective, 0, 1);
    tornadoLayout->addWidget(m_tornado, 1, 0, 1, 2);
    tornadoLayout->setColumnStretch(1, 1);

    layout->addWidget(paretoBox, 1);
    layout->addWidget(tornadoBox, 1);
    connect(m_paretoX, &QComboBox::currentIndexChanged, this, &SweepPanel::updatePareto);
    connect(m_paretoY, &QComboBox::currentIndexChanged, this, &SweepPanel::updatePareto);
    connect(m_tornadoObjective, &QComboBox::currentIndexChanged, this, &SweepPanel::updateTornado);
    connect(m_pareto, &SweepParetoChart::caseClicked, this, &SweepPanel::selectCase);
    return box;
}

void SweepPanel::updateCharts()
{
    updatePareto();
    updateTornado();
}

void SweepPanel::updatePareto()
{
    const int xi = m_paretoX->currentIndex();
    const int yi = m_paretoY->currentIndex();
    m_front.clear();
    if (xi < 0 || yi < 0 || m_model->rowCount() == 0) {
        m_model->setFront({});
        m_pareto->setPoints({}, {}, {}, sweep::Sense::Minimize, sweep::Sense::Minimize);
        return;
    }
    const sweep::Sense sx = sweep::objectiveSense(m_spec.objectives[size_t(xi)]);
    const sweep::Sense sy = sweep::objectiveSense(m_spec.objectives[size_t(yi)]);
    std::vector<std::vector<double>> points;
    std::vector<int> ids;
    for (const sweep::CaseResult &r : m_model->results()) {
        if (r.status != sweep::CaseResult::Status::Ok)
            continue;
        const double x = r.objectives[size_t(xi)];
        const double y = r.objectives[size_t(yi)];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        // The same objective on both axes is a line: the front is its best point(s).
        points.push_back(xi == yi ? std::vector<double>{x} : std::vector<double>{x, y});
        ids.push_back(r.id);
    }
    const std::vector<bool> onFront
        = sweep::paretoFront(points, xi == yi ? std::vector<sweep::Sense>{sx} : std::vector<sweep::Sense>{sx, sy});
    std::vector<SweepChartPoint> chartPoints;
    for (size_t i = 0; i < points.size(); ++i) {
        chartPoints.push_back({ids[i], points[i][0], points[i].back(), onFront[i]});
        if (onFront[i])
            m_front.push_back(ids[i]);
    }
    m_model->setFront(m_front);
    m_pareto->setPoints(chartPoints, m_paretoX->currentText(), m_paretoY->currentText(), sx, sy);
    m_pareto->setSelectedCase(selectedCase());
}

void SweepPanel::updateTornado()
{
    const int oi = m_tornadoObjective->currentIndex();
    if (oi < 0 || m_model->rowCount() == 0) {
        m_tornado->setSensitivity({}, {}, {}, m_tornadoObjective->currentText());
        return;
    }
    const Project &p = m_document->project();
    std::vector<std::vector<int>> choices;
    std::vector<double> values;
    for (const sweep::CaseResult &r : m_model->results()) {
        choices.push_back(m_cases[size_t(r.id - 1)]);
        values.push_back(r.status == sweep::CaseResult::Status::Ok
                             ? r.objectives[size_t(oi)] : std::numeric_limits<double>::quiet_NaN());
    }
    std::vector<int> counts;
    QStringList rowLabels;
    std::vector<QStringList> valueLabels;
    for (const SweepParameter &param : m_parameters) {
        counts.push_back(int(param.values.size()));
        rowLabels << SweepParameters::label(p, param);
        const PropertyInfo *info = p.property(param.kind, param.key);
        QStringList words;
        for (const Json &v : param.values)
            words << (info ? SweepParameters::valueText(*info, v, units::currentSystem())
                           : QString::fromStdString(v.dump()));
        valueLabels.push_back(words);
    }
    const Sensitivity s = sweepSensitivity(choices, values, m_baseIndex, counts);
    m_tornado->setSensitivity(s, rowLabels, valueLabels, m_tornadoObjective->currentText());
}

int SweepPanel::selectedCase() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const sweep::CaseResult *r = m_model->resultAt(m_proxy->mapToSource(rows.first()).row());
    return r ? r->id : 0;
}

void SweepPanel::selectCase(int caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    m_pareto->setSelectedCase(caseId);
}

} // namespace aif
