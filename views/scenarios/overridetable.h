#pragma once

#include "json.h"
#include "units.h"

#include <QTableWidget>

namespace aif {

class Catalog;
class Document;
class EntityListModel;
struct Project;

// One scenario's overrides, a row each: the item (searchable picker), the field (its label,
// with its help as tooltip), the value (the inspector's typed editor in the user's units)
// and what is wrong with the row, if anything. The table never edits the document: it says
// which row the user changed and how, and the panel writes the whole list back.
class OverrideTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { ItemColumn, FieldColumn, ValueColumn, ProblemColumn };

    OverrideTable(const Document *document, const Catalog *catalog, EntityListModel *entities,
                  QWidget *parent = nullptr);

    // Shows `overrides` (a scenario's list as stored), values in `units`.
    void setOverrides(const Json &overrides, UnitSystem units);
    // What is wrong with each row ("" = fine), shown next to it.
    void setProblems(const QStringList &problems);
    const Json &overrides() const { return m_overrides; }
    // The rows the user is on (selected, or the one holding the focus).
    QList<int> selectedOverrideRows() const;
    // Selects the row; `column` >= 0 also puts the focus in that cell's editor.
    void selectOverrideRow(int row, int column = -1);
    void focusItem(int row);

signals:
    // The user changed row `row` to `override`; `what` names the edit for the undo step.
    void rowEdited(int row, const aif::Json &override, const QString &what);
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(const Project &project, int row, const Json &override, UnitSystem units);
    QWidget *fieldEditor(const Project &project, int row, const Json &override);
    QWidget *valueEditor(const Project &project, int row, const Json &override, UnitSystem units);
    void pickEntity(int row, const QString &id);
    void fitColumns();
    void track(QWidget *widget, int row, int column);

    const Document *m_document;
    const Catalog *m_catalog;
    EntityListModel *m_entities;
    Json m_overrides = Json::array();
};

} // namespace aif
