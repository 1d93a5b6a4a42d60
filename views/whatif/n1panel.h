#pragma once

#include "whatif/n1scan.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
template<class T> class QFutureWatcher;

namespace aif {

class Catalog;
class Document;
class N1TableModel;
struct ChangeEvent;

// The N−1 scan in the studio (issue 22, docs/whatif.md): fails each cooling / power / network
// unit alone (or in pairs, N−2) with the normal solve job, off the GUI thread, and lists what
// each failure costs: max inlet, ASHRAE violations, throttled GPUs, lost tokens/s and power
// capacity, time to limit. A click names the case's units (caseChosen); "Show this case" adds
// it as a what-if scenario in one undo step (scenarioShown), so every view can show it.
class N1Panel : public QWidget
{
    Q_OBJECT

public:
    N1Panel(Document *document, const Catalog *catalog, QWidget *parent = nullptr);
    ~N1Panel() override;

    bool running() const;
    std::shared_ptr<const whatif::ScanResult> result() const { return m_result; }
    // The options the check boxes stand for.
    whatif::ScanOptions options() const;

public slots:
    void run();
    void cancel();
    // Adds the selected case as a scenario (or finds the one already added) and announces it.
    void showSelectedCase();
    // Shows the figures in the current unit system (the studio calls this on a switch of units).
    void refresh();

signals:
    // The units of the case the user clicked (ids in the project), for the plan and 3D to select.
    void caseChosen(const QStringList &unitIds);
    // A case's scenario exists (just added, or found): the studio makes it the solved scenario.
    void scenarioShown(const QString &scenarioId);
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void finished();
    void onDocumentChanged(const ChangeEvent &event);
    void updateSummary();
    void updateActions();
    void applyPalette();
    const whatif::ScanCase *selectedCase() const;
    QStringList unitIds(const QModelIndex &proxyIndex) const;

    Document *m_document;
    const Catalog *m_catalog;
    std::shared_ptr<const whatif::ScanResult> m_result;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<whatif::ScanResult> *m_watcher = nullptr;
    whatif::ScanOptions m_ranWith;   // what the shown result was asked for
    bool m_stale = false;            // the design changed since the shown scan

    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QCheckBox *m_cooling = nullptr;
    QCheckBox *m_power = nullptr;
    QCheckBox *m_network = nullptr;
    QCheckBox *m_pairs = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    N1TableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_showCase = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace aif
