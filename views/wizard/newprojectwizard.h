#pragma once

#include "generator/designgenerator.h"

#include <QFutureWatcher>
#include <QWizard>

class QButtonGroup;
class QProgressBar;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aif {

class Catalog;

// File ▸ New: asks what a designer decides first (site, IT load, rack system, cooling, power,
// redundancy, halls) and builds the starting design with the design generator — the same
// code as `aif new` — on a worker thread (a large campus takes seconds), a busy bar showing
// meanwhile. The last page shows what will be built, or why it cannot be.
class NewProjectWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { SitePage, LoadPage, ArchitecturePage, SummaryPage };

    explicit NewProjectWizard(const Catalog *catalog, QWidget *parent = nullptr);
    ~NewProjectWizard() override;   // waits for runs still reading the catalog

    generator::DesignRequest request() const;
    void setRequest(const generator::DesignRequest &request);
    // The design built on the summary page (valid once the wizard is accepted).
    const generator::GenerateResult &result() const { return m_result; }

private:
    QWizardPage *sitePage();
    QWizardPage *loadPage();
    QWizardPage *architecturePage();
    QWizardPage *summaryPage();
    void updateChoices();   // cooling choices the chosen system allows
    void generate();        // starts the generator on a worker thread
    void showResult();      // when it is done (a stale run, superseded by Back and Next, is dropped)

    const Catalog *m_catalog;
    QLineEdit *m_name;
    QLineEdit *m_location;
    QComboBox *m_climate;
    QDoubleSpinBox *m_tariff;
    QDoubleSpinBox *m_carbon;
    QDoubleSpinBox *m_itMw;
    QComboBox *m_system;
    QSpinBox *m_halls;
    QComboBox *m_model;
    QButtonGroup *m_cooling;
    QButtonGroup *m_power;
    QComboBox *m_redundancy;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QFutureWatcher<generator::GenerateResult> m_watcher;
    int m_run = 0;            // generation counter: the result shown is the latest run's
    QList<QFuture<generator::GenerateResult>> m_stale;   // superseded runs still going
    generator::GenerateResult m_result;
};

} // namespace aif
