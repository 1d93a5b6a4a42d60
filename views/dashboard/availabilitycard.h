#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace aif {

namespace availability {
struct AvailabilityResult;
}

// The dashboard's Availability card: failures per day of each component class with its MTBF,
// MTTR, GPUs down and spare pool (catalog field data, docs/availability.md), and a summary line
// with interruptions per day, the share of GPUs down, training goodput and what failures cost
// per year. Rows whose MTBF or MTTR is a labelled catalog assumption say so.
class AvailabilityCard : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityCard(QWidget *parent = nullptr);

    void setResult(const availability::AvailabilityResult *result);
    QString summary() const;
    int rowCount() const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace aif
