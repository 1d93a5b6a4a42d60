#pragma once

#include "compareview.h"

#include <QDialog>

#include <vector>

class QListWidget;

namespace aif {

// Picks the sides of a comparison, two or more: the open project as it is, any of its scenarios,
// and the base design and scenarios of other *.aifactory files (loaded when added; load errors
// are shown, not compared). The first side checked is the reference the others are compared with.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Project &project, const QString &projectName, QWidget *parent = nullptr);

    std::vector<CompareSide> sides() const; // the checked ones, in list order
    CompareSide sideA() const; // the first two of sides() (the reference and the first other)
    CompareSide sideB() const;
    QListWidget *list() const { return m_list; }

    // The choices for the open project: its base design, then each scenario.
    static std::vector<CompareSide> projectSides(const Project &project);

private:
    void addFile();
    void addSides(const std::vector<CompareSide> &sides, const QString &prefix, int checked);
    void updateOk();

    std::vector<CompareSide> m_sides; // index = the list items' data
    QListWidget *m_list;
    QPushButton *m_ok = nullptr;
};

} // namespace aif
