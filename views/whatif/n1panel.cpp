#include "n1panel.h"

#include "catalog.h"
#include "document.h"
#include "n1case.h"
#include "n1tablemodel.h"
#include "units.h"

#include <QCheckBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace aif {

namespace {

QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

N1Panel::N1Panel(Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    setObjectName("n1Panel");
    buildUi();
    connect(m_document, &Document::changed, this, &N1Panel::onDocumentChanged);
    applyPalette();
    updateSummary();
    updateActions();
}

N1Panel::~N1Panel()
{
    // The scan reads the catalog and reports to the progress bar: it ends before they go.
    if (m_watcher) {
        m_progress->cancel();
        m_watcher->waitForFinished();
    }
}

void N1Panel::buildUi()
{
    m_run = new QPushButton(tr("Run N−1 scan"), this);
    m_run->setObjectName("n1Run");
    m_run->setToolTip(tr("Fail each unit of the chosen kinds in turn, solve, and compare with the healthy design"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName("n1Cancel");
    m_cooling = new QCheckBox(tr("Cooling"), this);
    m_cooling->setObjectName("n1Cooling");
    m_cooling->setToolTip(tr("Air units and CDUs"));
    m_cooling->setChecked(true);
    m_power = new QCheckBox(tr("Power"), this);
    m_power->setObjectName("n1Power");
    m_power->setToolTip(tr("Feeds, transformers, UPS, PDUs and the other power nodes"));
    m_power->setChecked(true);
    m_network = new QCheckBox(tr("Network"), this);
    m_network->setObjectName("n1Network");
    m_network->setToolTip(tr("Switches"));
    m_pairs = new QCheckBox(tr("N−2 (every pair as well)"), this);
    m_pairs->setObjectName("n1Pairs");
    m_pairs->setToolTip(tr("Fails every pair of units as well as each unit alone; %1 cases at most")
                            .arg(whatif::ScanOptions().maxCases));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName("n1Progress");
    m_progressBar->setRange(0, 1000);
    m_progressBar->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addSpacing(12);
    for (QCheckBox *box : {m_cooling, m_power, m_network, m_pairs})
        bar->addWidget(box);
    bar->addWidget(m_progressBar, 1);
    bar->addStretch();

    m_summary = new QLabel(this);
    m_summary->setObjectName("n1Summary");
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new N1TableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(N1TableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName("n1Table");
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Most severe first until the user sorts by a column (the scan's own order, bySeverity).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnHidden(N1TableModel::ColTimeToLimit, !N1TableModel::hasTimeToLimit());

    m_showCase = new QPushButton(tr("Show this case"), this);
    m_showCase->setObjectName("n1ShowCase");
    m_showCase->setToolTip(tr("Add the selected case as a what-if scenario and solve it, so the plan, 3D and "
                              "dashboard show it (double-click a row does the same; undo removes it)"));
    m_status = new QLabel(this);
    m_status->setObjectName("n1Status");
    m_status->setWordWrap(true);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_showCase);
    foot->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(foot);

    connect(m_run, &QPushButton::clicked, this, &N1Panel::run);
    connect(m_cancel, &QPushButton::clicked, this, &N1Panel::cancel);
    connect(m_showCase, &QPushButton::clicked, this, &N1Panel::showSelectedCase);
    for (QCheckBox *box : {m_cooling, m_power, m_network})
        connect(box, &QCheckBox::toggled, this, &N1Panel::updateActions);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const QStringList ids = unitIds(index); !ids.isEmpty())
            emit caseChosen(ids);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QStringList ids = unitIds(index); !ids.isEmpty()) {
            emit caseChosen(ids);
            showSelectedCase();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &N1Panel::updateActions);
}

bool N1Panel::running() const
{
    return m_watcher != nullptr;
}

whatif::ScanOptions N1Panel::options() const
{
    whatif::ScanOptions o;
    o.kinds.clear();
    if (m_cooling->isChecked())
        o.kinds.insert("cooling");
    if (m_power->isChecked())
        o.kinds.insert("power");
    if (m_network->isChecked())
        o.kinds.insert("network");
    o.pairs = m_pairs->isChecked();
    o.threads = 0; // the machine's cores: the studio waits on nothing else meanwhile
    return o;
}

void N1Panel::run()
{
    if (running() || !m_catalog)
        return;
    const whatif::ScanOptions options = this->options();
    if (options.kinds.empty())
        return;
    QPointer<QProgressBar> bar = m_progressBar;
    m_progress = std::make_shared<Progress>([bar](double fraction, const std::string &stage) {
        QMetaObject::invokeMethod(
            bar, [bar, fraction, stage] {
                if (!bar)
                    return;
                bar->setValue(int(fraction * 1000));
                bar->setFormat(QString::fromStdString(stage) + QStringLiteral("  %p%"));
            },
            Qt::QueuedConnection);
    });
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("solving the healthy design"));
    m_progressBar->show();
    m_status->clear();
    m_ranWith = options;
    const auto snapshot = std::make_shared<const Project>(m_document->project());
    const Catalog *catalog = m_catalog;
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher = new QFutureWatcher<whatif::ScanResult>(this);
    connect(m_watcher, &QFutureWatcher<whatif::ScanResult>::finished, this, [this, snapshot] {
        whatif::ScanResult r = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_progressBar->hide();
        if (r.ok) {
            m_result = std::make_shared<const whatif::ScanResult>(std::move(r));
            m_stale = false;
            m_model->setResult(m_result, *snapshot);
        } else {
            m_status->setText(r.cancelled ? tr("Scan cancelled.") : QString::fromStdString(r.error));
        }
        finished();
    });
    // An exception would come back out of QFuture::result() on the GUI thread: it becomes the
    // scan's error instead.
    m_watcher->setFuture(QtConcurrent::run([snapshot, catalog, options, progress] {
        try {
            return whatif::runScan(*snapshot, *catalog, options, progress.get());
        } catch (const std::exception &e) {
            whatif::ScanResult failed;
            failed.ok = false;
            failed.error = std::string("the scan stopped: ") + e.what();
            return failed;
        }
    }));
    updateActions();
    emit runningChanged(true);
}

void N1Panel::cancel()
{
    if (m_progress && running()) {
        m_progress->cancel();
        m_progressBar->setFormat(tr("cancelling…"));
    }
}

void N1Panel::finished()
{
    updateSummary();
    updateActions();
    emit runningChanged(false);
}

const whatif::ScanCase *N1Panel::selectedCase() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->scanCase(m_proxy->mapToSource(rows.first()).row());
}

QStringList N1Panel::unitIds(const QModelIndex &proxyIndex) const
{
    QStringList ids;
    if (const whatif::ScanCase *c = m_model->scanCase(m_proxy->mapToSource(proxyIndex).row())) {
        for (const whatif::ScanUnit &u : c->units)
            ids << QString::fromStdString(u.id);
    }
    return ids;
}

void N1Panel::showSelectedCase()
{
    const whatif::ScanCase *c = selectedCase();
    if (!c)
        return;
    const Project &project = m_document->project();
    const Json overrides = N1Case::overrides(project, c->units);
    const QString name = N1Case::scenarioName(c->units);
    if (overrides.empty()) {
        m_status->setText(tr("%1 is no longer in the design (or already out of service): run the scan again.")
                              .arg(N1TableModel::unitText(*c)));
        return;
    }
    // The same case shown twice is the same scenario, not a copy of it.
    std::string id = N1Case::existing(project, name, overrides);
    if (id.empty()) {
        std::string error;
        id = m_document->addEntity(EntityKind::Scenario, N1Case::scenario(project, name, overrides), &error);
        if (id.empty()) {
            m_status->setText(QString::fromStdString(error));
            return;
        }
    }
    m_status->setText(tr("Scenario “%1” shows this case (Edit ▸ Undo removes it).").arg(name));
    emit scenarioShown(QString::fromStdString(id));
}

void N1Panel::onDocumentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset) {
        m_result.reset();
        m_model->setResult(nullptr, m_document->project());
        m_stale = false;
        m_status->clear();
    } else if (m_result && event.kind != EntityKind::Scenario) {
        // Scenarios are what-ifs on top of the design (this panel adds them): the scan of the
        // design itself still stands. Anything else may change every figure.
        m_stale = true;
    } else if (m_result && event.type == ChangeEvent::Type::Batch) {
        m_stale = true;
    }
    updateSummary();
    updateActions();
}

void N1Panel::updateSummary()
{
    if (!m_result) {
        m_summary->setText(tr("Fails each unit of the chosen kinds in turn, solves the design without it, and lists "
                              "what it costs. Run the scan to see which failures the design does not survive."));
        return;
    }
    QString text = N1Case::summary(*m_result, m_ranWith, units::currentSystem());
    if (m_stale)
        text = tr("The design has changed since this scan: run it again. ") + text;
    m_summary->setText(text);
}

void N1Panel::updateActions()
{
    const bool busy = running();
    const bool anyKind = m_cooling->isChecked() || m_power->isChecked() || m_network->isChecked();
    m_run->setEnabled(!busy && anyKind && m_catalog);
    m_run->setToolTip(anyKind ? tr("Fail each unit of the chosen kinds in turn, solve, and compare with the healthy design")
                              : tr("Tick at least one kind of unit to scan"));
    m_cancel->setVisible(busy);
    for (QCheckBox *box : {m_cooling, m_power, m_network, m_pairs})
        box->setEnabled(!busy);
    m_showCase->setEnabled(selectedCase() != nullptr);
}

void N1Panel::refresh()
{
    m_model->refresh();
    updateSummary();
}

void N1Panel::applyPalette()
{
    // A red wash of the theme's own base colour: the row stands out and its text, in the
    // theme's text colour, still reads on a light or a dark theme.
    m_model->setAlarmBackground(mixed(palette().color(QPalette::Base), QColor(220, 40, 40), 0.32));
}

void N1Panel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

} // namespace aif
