#include "sweepresultsmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif {

SweepResultsModel::SweepResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SweepResultsModel::reset(const std::vector<SweepParameter> &parameters,
                              const QStringList &parameterLabels,
                              const std::vector<const PropertyInfo *> &fields,
                              const QStringList &objectiveLabels,
                              const std::vector<std::vector<int>> &cases)
{
    beginResetModel();
    m_parameters = parameters;
    m_parameterLabels = parameterLabels;
    m_fields = fields;
    m_objectiveLabels = objectiveLabels;
    m_cases = cases;
    m_results.clear();
    m_front.clear();
    endResetModel();
}

void SweepResultsModel::add(const sweep::CaseResult &result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.push_back(result);
    endInsertRows();
}

void SweepResultsModel::setFront(const std::vector<int> &caseIds)
{
    m_front = caseIds;
    if (!m_results.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

const sweep::CaseResult *SweepResultsModel::resultAt(int row) const
{
    return row >= 0 && row < int(m_results.size()) ? &m_results[size_t(row)] : nullptr;
}

int SweepResultsModel::rowOfCase(int caseId) const
{
    for (size_t i = 0; i < m_results.size(); ++i) {
        if (m_results[i].id == caseId)
            return int(i);
    }
    return -1;
}

int SweepResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int SweepResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3 + int(m_parameters.size()) + int(m_objectiveLabels.size());
}

QVariant SweepResultsModel::data(const QModelIndex &index, int role) const
{
    const sweep::CaseResult *r = resultAt(index.row());
    if (!r)
        return {};
    const int column = index.column();
    const int params = int(m_parameters.size());
    const int objectives = int(m_objectiveLabels.size());
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(std::find(m_front.begin(), m_front.end(), r->id) != m_front.end());
        return font;
    }
    if (role == Qt::TextAlignmentRole && column != 2 + params + objectives)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    if (column == 0)
        return role == Qt::UserRole ? QVariant(r->id) : QVariant(QString::number(r->id));
    if (column <= params) {
        const int k = column - 1;
        const std::vector<int> &choice = m_cases[size_t(r->id - 1)];
        const int v = choice[size_t(k)];
        if (role == Qt::UserRole) {
            const Json &value = m_parameters[size_t(k)].values[size_t(v)];
            return value.is_number() ? QVariant(value.get<double>()) : QVariant(v);
        }
        return SweepParameters::valueText(*m_fields[size_t(k)], m_parameters[size_t(k)].values[size_t(v)],
                                          units::currentSystem());
    }
    if (column <= params + objectives) {
        const double v = r->objectives[size_t(column - params - 1)];
        if (role == Qt::UserRole)   // missing sorts last
            return std::isfinite(v) ? QVariant(v) : QVariant(std::numeric_limits<double>::max());
        if (!std::isfinite(v))
            return QStringLiteral("—");
        // Three significant figures after the point for small numbers, whole units for money.
        return std::abs(v) >= 1000 ? QLocale().toString(v, 'f', 0) : QString::number(v, 'g', 4);
    }
    if (column == params + objectives + 1)
        return role == Qt::UserRole ? QVariant(r->violations) : QVariant(QString::number(r->violations));
    const QString status = r->status == sweep::CaseResult::Status::Ok
        ? tr("ok")
        : QStringLiteral("%1: %2").arg(QString::fromLatin1(sweep::statusName(r->status)),
                                       QString::fromStdString(r->error));
    return status;
}

QVariant SweepResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const int params = int(m_parameters.size());
    const int objectives = int(m_objectiveLabels.size());
    if (section == 0)
        return tr("Case");
    if (section <= params)
        return m_parameterLabels.value(section - 1);
    if (section <= params + objectives)
        return m_objectiveLabels.value(section - params - 1);
    if (section == params + objectives + 1)
        return role == Qt::ToolTipRole ? tr("Findings of the solve (warnings included)") : tr("Violations");
    return tr("Status");
}

} // namespace aif
