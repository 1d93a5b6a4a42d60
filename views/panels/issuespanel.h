#pragma once

#include "diagnostic.h"

#include <QTreeWidget>

namespace aif {

class SelectionModel;

// Validation and solver messages; double-click selects the entity concerned.
class IssuesPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(SelectionModel *selection, QWidget *parent = nullptr);
    void setDiagnostics(const Diagnostics &diagnostics);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

signals:
    void countsChanged(int errors, int warnings);

private:
    SelectionModel *m_selection;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace aif
