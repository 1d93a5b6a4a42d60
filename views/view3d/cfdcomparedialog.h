#pragma once

#include "project.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace aif {

class Catalog;
struct CfdField;
namespace cfd {
struct Comparison;
}

// CFD vs the fast air model, rack by rack, as `aif cfd import` prints it: the CFD inlet, the
// fast model's inlet (T0; T1 on request, solved on a worker thread) and their difference, with
// each model's RMS, largest and max-inlet error below. Non-modal, next to the 3D view.
class CfdCompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CfdCompareDialog(QWidget *parent = nullptr);
    ~CfdCompareDialog() override;

    // The loaded case; project (a snapshot: rack names, and the T1 solve) and catalog for "Add T1".
    void setField(std::shared_ptr<const CfdField> field, const Project &project,
                  const Catalog *catalog);
    void refreshUnits(); // the studio's unit system changed

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // Solves the fast model's T1 field on a worker thread and adds its columns; `t1Finished`
    // follows.
    void addT1();

signals:
    void rackActivated(const QString &rackId);
    void t1Finished();

private:
    void fill();

    std::shared_ptr<const CfdField> m_field;
    std::shared_ptr<const cfd::Comparison> m_t1; // the comparison with T1, once solved
    Project m_project;
    const Catalog *m_catalog = nullptr;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_t1Button;
    QFutureWatcher<cfd::Comparison> *m_t1Watcher;
};

} // namespace aif
