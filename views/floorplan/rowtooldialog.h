#pragma once

#include "floorplantool.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace aif {

class Catalog;

// Options of the row and aisle-pair tools: how many racks, their pitch and orientation, what
// system they hold (from the catalog) and how many, the name prefix and the hot-aisle width.
// Picking a system fills the rack footprint from its catalog entry (or its rack type).
class RowToolDialog : public QDialog
{
    Q_OBJECT

public:
    RowToolDialog(const Catalog *catalog, const RowOptions &options, QWidget *parent = nullptr);

    RowOptions options() const;

private:
    void systemChanged();

    const Catalog *m_catalog;
    RowOptions m_base;
    QSpinBox *m_count;
    QDoubleSpinBox *m_pitch;
    QComboBox *m_rotation;
    QComboBox *m_system;
    QSpinBox *m_systemCount;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_depth;
    QLineEdit *m_prefix;
    QDoubleSpinBox *m_hotAisle;
};

} // namespace aif
