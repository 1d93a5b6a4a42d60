#pragma once

// The sweep editor: the swept parameters (an item or every item of a kind, a field from the
// inspector's tables with its label and unit, values as "v1, v2, ..." or from/to/steps), grid
// or random N, the objectives recorded, threads, and Run / Cancel with a progress bar. It holds
// the definition; the panel (sweeppanel.h) runs it.
#include "sweepparameter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace aif {

class Document;
struct ChangeEvent;

class SweepEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SweepEditor(Document *document, QWidget *parent = nullptr);

    const std::vector<SweepParameter> &parameters() const { return m_parameters; }
    // Adds the parameter the add form describes; false with the reason shown under the form.
    bool addFromForm();
    // Points the add form at one field of one item (the inspector's "Sweep this field"), its
    // values pre-filled around the current value. False if the item or field cannot be swept.
    bool prepareField(const QString &entityId, const QString &key);
    void removeParameter(int index);
    void clearParameters();

    sweep::SweepMode mode() const;
    int randomCount() const;
    QStringList objectives() const;   // checked, in sweepspec's order
    int threads() const;
    int caseCount() const;            // of the definition as it stands

    void setRunning(bool running);
    void setProgress(double fraction, const QString &text);
    void showError(const QString &message);   // under the Run button; empty hides it

signals:
    void runRequested();
    void cancelRequested();
    void parametersChanged();

private:
    QWidget *buildAddForm();
    QWidget *buildRunBox();
    void fillKinds();
    void fillItems();
    void fillFields();
    void fieldChanged();
    void fillRange();
    void refreshTable();
    void updateCount();
    void onDocumentChanged(const ChangeEvent &event);
    const PropertyInfo *currentField() const;

    Document *m_document;
    std::vector<SweepParameter> m_parameters;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QComboBox *m_kind;
    QComboBox *m_item;
    QComboBox *m_field;
    QLineEdit *m_values;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QSpinBox *m_steps;
    QLabel *m_formError;
    QRadioButton *m_grid;
    QRadioButton *m_random;
    QSpinBox *m_randomCount;
    QLabel *m_count;
    std::vector<QCheckBox *> m_objectives;
    QSpinBox *m_threads;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace aif
