#include "n1tablemodel.h"
#include "kindtext.h"

#include "project.h"
#include "units.h"

#include <QFont>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif {

namespace {

// The scan's time to limit (ScanCase::timeToLimitMin, issue 22) came after this panel: read
// through a requires-expression, so the panel builds against a scan without it (the column hides).
template<class C> std::optional<double> readTimeToLimitMin(const C &c)
{
    if constexpr (requires { c.timeToLimitMin.has_value(); }) {
        if (c.timeToLimitMin && std::isfinite(*c.timeToLimitMin))
            return std::max(0.0, *c.timeToLimitMin);
    }
    return std::nullopt;
}

// Where the limit is passed first ("hall-1"), when the scan says.
template<class C> QString readLimitZone(const C &c)
{
    if constexpr (requires { c.limitZone; })
        return QString::fromStdString(c.limitZone);
    return {};
}

template<class C> constexpr bool carriesTimeToLimit()
{
    return requires(const C &c) { c.timeToLimitMin.has_value(); };
}

QString kindLabel(const Project &project, const whatif::ScanUnit &unit)
{
    // The entity's own kind label when the id names one ("Air unit"); else what the scan says.
    if (const auto ref = project.find(unit.id))
        return kindLabel(ref->kind);
    return QString::fromStdString(unit.kind);
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

N1TableModel::N1TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void N1TableModel::setResult(std::shared_ptr<const whatif::ScanResult> result, const Project &project)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows = m_result ? whatif::bySeverity(*m_result) : std::vector<const whatif::ScanCase *>();
    m_kinds.clear();
    for (const whatif::ScanCase *c : m_rows)
        m_kinds << kindText(project, *c);
    endResetModel();
}

const whatif::ScanCase *N1TableModel::scanCase(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

void N1TableModel::setAlarmBackground(const QColor &colour)
{
    m_alarm = colour;
    refresh();
}

void N1TableModel::refresh()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColCount - 1);
}

bool N1TableModel::hasTimeToLimit()
{
    return carriesTimeToLimit<whatif::ScanCase>();
}

std::optional<double> N1TableModel::timeToLimitMin(const whatif::ScanCase &c)
{
    return readTimeToLimitMin(c);
}

QString N1TableModel::kindText(const Project &project, const whatif::ScanCase &c)
{
    QStringList kinds;
    for (const whatif::ScanUnit &u : c.units)
        kinds << kindLabel(project, u);
    return kinds.join(QStringLiteral(" + "));
}

QString N1TableModel::unitText(const whatif::ScanCase &c)
{
    QStringList names;
    for (const whatif::ScanUnit &u : c.units)
        names << QString::fromStdString(u.name.empty() ? u.id : u.name);
    return names.join(QStringLiteral(" + "));
}

int N1TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int N1TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant N1TableModel::display(const whatif::ScanCase &c, int column) const
{
    const UnitSystem system = units::currentSystem();
    if (!c.ok && column >= ColMaxInlet)
        return dash();
    switch (column) {
    case ColUnits:
        return unitText(c);
    case ColMaxInlet:
        return units::format(c.figures.maxInletC, Quantity::Temperature, system);
    case ColAllowable:
        return QString::number(c.figures.allowableViolations);
    case ColThrottled:
        return QString::number(c.figures.throttledGpus);
    case ColLostTokens:
        return c.lostTokensPerS > 0 ? units::format(c.lostTokensPerS, Quantity::TokenRate, system) : dash();
    case ColLostPower:
        if (c.lostPowerCapacityW <= 0)
            return dash();
        // Whole kW: the capacity of racks cut off, not a meter reading (1056 kW, not 1056.28).
        return QStringLiteral("%1 %2").arg(units::toDisplay(c.lostPowerCapacityW, Quantity::Power, system), 0, 'f', 0)
            .arg(units::displayUnit(Quantity::Power, system).symbol);
    case ColTimeToLimit:
        if (const std::optional<double> m = timeToLimitMin(c))
            return tr("%1 min").arg(*m, 0, 'f', *m < 10 ? 1 : 0);
        return dash();
    }
    return {};
}

QVariant N1TableModel::sortValue(const whatif::ScanCase &c, int column) const
{
    switch (column) {
    case ColUnits:
        return unitText(c);
    case ColMaxInlet:
        return c.figures.maxInletC;
    case ColAllowable:
        return c.figures.allowableViolations;
    case ColThrottled:
        return c.figures.throttledGpus;
    case ColLostTokens:
        return c.lostTokensPerS;
    case ColLostPower:
        return c.lostPowerCapacityW;
    case ColTimeToLimit:
        // A case that never reaches the limit sorts after every one that does.
        return timeToLimitMin(c).value_or(std::numeric_limits<double>::max());
    }
    return {};
}

QVariant N1TableModel::data(const QModelIndex &index, int role) const
{
    const whatif::ScanCase *c = scanCase(index.row());
    if (!c || index.column() < 0 || index.column() >= ColCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == ColKind ? m_kinds.value(index.row()) : display(*c, column);
    case SortRole:
        return column == ColKind ? m_kinds.value(index.row()) : sortValue(*c, column);
    case Qt::TextAlignmentRole:
        return column >= ColMaxInlet ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole:
        return c->breaksAllowable ? QVariant(m_alarm) : QVariant();
    case Qt::FontRole:
        if (c->breaksAllowable && column == ColUnits) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!c->ok)
            return tr("This case did not solve: %1").arg(QString::fromStdString(c->error));
        if (column == ColUnits)
            return QString::fromStdString(c->unitIds());
        if (column == ColTimeToLimit && timeToLimitMin(*c) && !readLimitZone(*c).isEmpty())
            return tr("%1 passes its limit first").arg(readLimitZone(*c));
        if (column == ColAllowable)
            return tr("%n rack(s) outside ASHRAE allowable", nullptr, c->figures.allowableViolations) + QLatin1Char('\n')
                + tr("%n rack(s) outside ASHRAE recommended", nullptr, c->figures.recommendedViolations);
        if (c->breaksAllowable)
            return tr("More racks outside ASHRAE allowable than in the healthy design");
        return {};
    }
    return {};
}

QVariant N1TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ColAllowable:
            return tr("Racks whose inlet is outside their hall's ASHRAE allowable envelope (or uncooled)");
        case ColThrottled:
            return tr("GPUs in racks whose GPUs throttle or shut down");
        case ColLostTokens:
            return tr("Tokens/s the design serves less than with every unit in service");
        case ColLostPower:
            return tr("IT load of racks that lost a live feed (their supply or its redundancy)");
        case ColTimeToLimit:
            return tr("Minutes until the first rack's inlet passes ASHRAE allowable, from the thermal mass "
                      "of air, water and equipment");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColUnits:
        return tr("Failed unit(s)");
    case ColKind:
        return tr("Kind");
    case ColMaxInlet:
        return tr("Max inlet");
    case ColAllowable:
        return tr("ASHRAE violations");
    case ColThrottled:
        return tr("Throttled GPUs");
    case ColLostTokens:
        return tr("Lost tokens/s");
    case ColLostPower:
        return tr("Lost power capacity");
    case ColTimeToLimit:
        return tr("Time to limit");
    }
    return {};
}

} // namespace aif
