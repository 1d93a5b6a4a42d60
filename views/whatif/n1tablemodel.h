#pragma once

#include "whatif/n1scan.h"

#include <QAbstractTableModel>
#include <QColor>

#include <memory>
#include <optional>

namespace aif {

struct Project;

// The rows of an N−1 (or N−2) scan, one per case, most severe first (whatif::bySeverity); the
// panel sorts them through a proxy on the raw numbers (SortRole). Figures are shown in the
// user's unit system; refresh() re-renders them after a switch of units.
class N1TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ColUnits,
        ColKind,
        ColMaxInlet,
        ColAllowable,
        ColThrottled,
        ColLostTokens,
        ColLostPower,
        ColTimeToLimit,
        ColCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit N1TableModel(QObject *parent = nullptr);

    // `project` is the design the scan ran on; its entity kinds name the units' kinds.
    void setResult(std::shared_ptr<const whatif::ScanResult> result, const Project &project);
    const whatif::ScanCase *scanCase(int row) const;
    // Rows that break ASHRAE allowable take this background (the panel mixes it from its palette).
    void setAlarmBackground(const QColor &colour);
    void refresh();

    // Whether the scan reports a time to limit at all (older solvers do not: the column hides).
    static bool hasTimeToLimit();
    // Minutes until the first rack passes ASHRAE allowable after the failure; none when it never
    // does (or the solver does not report it).
    static std::optional<double> timeToLimitMin(const whatif::ScanCase &c);
    // "Air unit", "CDU + Power node": the label of each failed unit's kind.
    static QString kindText(const Project &project, const whatif::ScanCase &c);
    static QString unitText(const whatif::ScanCase &c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const whatif::ScanCase &c, int column) const;
    QVariant sortValue(const whatif::ScanCase &c, int column) const;

    std::shared_ptr<const whatif::ScanResult> m_result;
    std::vector<const whatif::ScanCase *> m_rows;
    QStringList m_kinds;   // kindText per row, resolved once against the scanned project
    QColor m_alarm{255, 205, 205};
};

} // namespace aif
