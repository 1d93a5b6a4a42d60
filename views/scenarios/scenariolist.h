#pragma once

#include <QHash>
#include <QStringList>
#include <QTreeWidget>

class QButtonGroup;

namespace aif {

struct Project;

// The project's scenarios after the base design, one row each: a radio for the one the studio
// solves, the name and description (edited in place), and the number of overrides. Edits are
// only announced; the panel makes them through the Document.
class ScenarioList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SolveColumn, NameColumn, DescriptionColumn, OverridesColumn };

    explicit ScenarioList(QWidget *parent = nullptr);

    // Shows the scenarios; `problems` maps a scenario id to what is wrong with it. Rebuilds only
    // when something shown changed, keeping the current row (or the nearest one).
    void setScenarios(const Project &project, const QHash<QString, QString> &problems);
    // Forgets what is shown, so the next setScenarios rebuilds (after a refused in-place edit).
    void invalidate() { m_shown.clear(); }
    // Marks the scenario the studio solves ("" = the base design): radio and bold name.
    void setActive(const QString &id);

    QString currentScenario() const; // "" = the base design
    void setCurrentScenario(const QString &id);
    void editName(); // starts the in-place rename of the current scenario

signals:
    void solveRequested(const QString &id);
    void renameRequested(const QString &id, const QString &name);
    void describeRequested(const QString &id, const QString &description);
    void currentScenarioChanged(const QString &id);
    // A refresh was skipped while a name was being edited in place; it is due now.
    void refreshWanted();

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void addRow(const QString &id, const QString &name, const QString &description,
                const QString &count, const QString &details, const QString &problem);
    void onItemChanged(QTreeWidgetItem *item, int column);

    QButtonGroup *m_solve;
    QStringList m_shown; // what the rows show, to skip rebuilds that would change nothing
    QString m_active;
    bool m_filling = false;
    bool m_skipped = false;
};

} // namespace aif
