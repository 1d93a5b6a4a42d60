#pragma once

#include "compareview.h"

#include <QDialog>

#include <vector>

class QComboBox;

namespace aif {

// Picks the two designs of a comparison: the open project as it is, one of its scenarios,
// or another *.aifactory file (loaded when chosen; load errors are shown, not compared).
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Project &project, const QString &projectName, QWidget *parent = nullptr);

    CompareSide sideA() const;
    CompareSide sideB() const;

    // The choices for the open project: its base design, then each scenario.
    static std::vector<CompareSide> projectSides(const Project &project);

private:
    void choose(QComboBox *box, int index);
    CompareSide side(QComboBox *box) const;

    std::vector<CompareSide> m_sides; // index = the combo boxes' item data
    QComboBox *m_a;
    QComboBox *m_b;
};

} // namespace aif
