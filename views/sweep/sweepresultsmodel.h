#pragma once

// The sweep's results as a table, one row per case: its id, each parameter's value (as the
// inspector shows it), each objective, the solve's violations and the status or error. Sorts
// by number (Qt::UserRole) through a QSortFilterProxyModel; rows on the Pareto front are bold.
#include "sweep/sweeprunner.h"
#include "sweepparameter.h"

#include <QAbstractTableModel>

#include <vector>

namespace aif {

class SweepResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SweepResultsModel(QObject *parent = nullptr);

    // A new sweep: its parameters (with their labels, already resolved), objectives and cases.
    void reset(const std::vector<SweepParameter> &parameters, const QStringList &parameterLabels,
               const std::vector<const PropertyInfo *> &fields, const QStringList &objectiveLabels,
               const std::vector<std::vector<int>> &cases);
    void add(const sweep::CaseResult &result);
    void setFront(const std::vector<int> &caseIds);   // ids shown bold

    const std::vector<sweep::CaseResult> &results() const { return m_results; }
    const sweep::CaseResult *resultAt(int row) const;
    int rowOfCase(int caseId) const;
    int firstObjectiveColumn() const { return 1 + int(m_parameters.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SweepParameter> m_parameters;
    QStringList m_parameterLabels;
    std::vector<const PropertyInfo *> m_fields;
    QStringList m_objectiveLabels;
    std::vector<std::vector<int>> m_cases;
    std::vector<sweep::CaseResult> m_results;   // in arrival order
    std::vector<int> m_front;
};

} // namespace aif
