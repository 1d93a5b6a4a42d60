#pragma once

#include "diagnostic.h"
#include "json.h"
#include "units.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace aif {

class Catalog;
class Document;
class EntityListModel;
class OverrideTable;
class ScenarioList;
class SelectionModel;
struct ChangeEvent;

// Scenarios: what-ifs solved without editing the design. Lists them, creates one (a clone of the
// current design with no overrides yet), duplicates, renames and deletes them, edits each
// one's overrides (item, field, value) with typed editors, and picks the scenario the studio
// solves (empty: the base design). Every edit is one undo step through the Document.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    ScenarioPanel(Document *document, SelectionModel *selection, const Catalog *catalog,
                  QWidget *parent = nullptr);

    QString activeScenario() const { return m_active; }
    // Solves `id` from now on ("" = the base design); an unknown id is ignored.
    void setActiveScenario(const QString &id);

    // The scenario whose overrides the table shows ("" = the base design).
    QString currentScenario() const;
    void setCurrentScenario(const QString &id);

    // Shows the document as it is now, values in the current unit system (the studio calls
    // this when the user switches units; document changes refresh by themselves).
    void refresh();

signals:
    void activeScenarioChanged(const QString &id);
    void editRefused(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildListSide();
    QWidget *buildOverrideSide();
    void updateActions();

    // Keeping in step with the document (scenariopanelsync.cpp).
    void onDocumentChanged(const ChangeEvent &event);
    QString renamedActive(const ChangeEvent &event) const;
    void scheduleRefresh();
    void refreshTable(const QString &scenario);
    void fillSolveCombo();
    void validate();
    QHash<QString, QString> scenarioProblems() const;
    // The last validation's findings if they are of the project as it is now, else null.
    const Diagnostics *freshValidation() const;

    // Edits of scenarios and their overrides, one undo step each (scenariopaneledits.cpp).
    void newScenario();
    void duplicateScenario();
    void deleteScenario();
    void renameScenario(const QString &id, const QString &name);
    void describeScenario(const QString &id, const QString &description);
    void addOverride();
    void addSelectedOverride();
    void removeOverrides();
    void editRow(int row, const Json &override, const QString &what);
    bool writeOverrides(const QString &scenario, const Json &overrides, const QString &what);
    void refuse(const QString &message);

    Document *m_document;
    SelectionModel *m_selection;
    const Catalog *m_catalog;
    QString m_active;
    int m_activeIndex = -1; // its place in the project's scenarios, to follow a rename of its id

    EntityListModel *m_entities;
    QComboBox *m_solveCombo = nullptr;
    ScenarioList *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_hint = nullptr;
    OverrideTable *m_table = nullptr;
    QPushButton *m_addOverride = nullptr;
    QPushButton *m_addSelected = nullptr;
    QPushButton *m_removeOverride = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshTimer;
    QTimer *m_validationTimer;

    // What the table shows, so refreshes that change none of it leave the editors alone.
    QString m_shownScenario;
    UnitSystem m_shownUnits = UnitSystem::SI;
    bool m_tableStale = true;
    // Set while a cell editor's own signal leads to an edit: the refresh waits for the editor
    // to return rather than replace it under its feet.
    bool m_editing = false;
    bool m_refreshing = false;
    bool m_validateOnShow = false;
    Diagnostics m_diagnostics;
    quint64 m_diagnosticsRevision = 0;
};

} // namespace aif
