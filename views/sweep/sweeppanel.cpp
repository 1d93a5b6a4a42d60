#include "sweeppanel.h"

#include "document.h"
#include "scenarios/scenarioedits.h"
#include "sweepeditor.h"
#include "sweepparetochart.h"
#include "sweepresultsmodel.h"
#include "sweeprun.h"
#include "sweeptornadochart.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace aif {

SweepPanel::SweepPanel(Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_editor(new SweepEditor(document, this))
    , m_run(new SweepRun(this))
    , m_model(new SweepResultsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_chartTimer(new QTimer(this))
{
    setObjectName("sweepPanel");
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_editor->setMinimumWidth(380);
    split->addWidget(m_editor);
    auto *right = new QSplitter(Qt::Vertical, split);
    right->addWidget(buildResults());
    right->addWidget(buildCharts());
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 1180});
    layout->addWidget(split);

    // Results arrive case by case: redraw the charts at most every 150 ms, not per row.
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(150);
    connect(m_chartTimer, &QTimer::timeout, this, &SweepPanel::updateCharts);
    connect(m_editor, &SweepEditor::runRequested, this, &SweepPanel::run);
    connect(m_editor, &SweepEditor::cancelRequested, this, &SweepPanel::cancel);
    connect(m_run, &SweepRun::caseFinished, this, &SweepPanel::caseFinished);
    connect(m_run, &SweepRun::progressed, m_editor, &SweepEditor::setProgress);
    connect(m_run, &SweepRun::finished, this, &SweepPanel::runFinished);
}

SweepPanel::~SweepPanel() = default;

QWidget *SweepPanel::buildResults()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(box);
    m_table->setObjectName("resultsTable");
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(tr("No sweep run yet. Add parameters on the left and press Run sweep."), box);
    m_summary->setObjectName("sweepSummary");
    m_summary->setWordWrap(true);
    m_openCase = new QPushButton(tr("Open this case as a scenario"), box);
    m_openCase->setObjectName("openCaseButton");
    m_openCase->setEnabled(false);
    m_openCase->setToolTip(tr("A new scenario with the case's values as overrides (undo removes it)"));
    m_save = new QPushButton(tr("Save results…"), box);
    m_save->setObjectName("saveResultsButton");
    m_save->setEnabled(false);
    m_save->setToolTip(tr("The SQLite file `aif sweep --out` writes (docs/sweep.md)"));
    row->addWidget(m_summary, 1);
    row->addWidget(m_save);
    row->addWidget(m_openCase);
    layout->addLayout(row);

    connect(m_table, &QTableView::customContextMenuRequested, this, &SweepPanel::showRowMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int id = selectedCase();
        m_openCase->setEnabled(id > 0);
        if (!m_syncing)
            m_pareto->setSelectedCase(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openCase(selectedCase()); });
    connect(m_openCase, &QPushButton::clicked, this, [this] { openCase(selectedCase()); });
    connect(m_save, &QPushButton::clicked, this, &SweepPanel::saveResults);
    return box;
}

bool SweepPanel::isRunning() const
{
    return m_run->isRunning();
}

int SweepPanel::resultCount() const
{
    return m_model->rowCount();
}

QString SweepPanel::resultsFile() const
{
    return m_dir.filePath(QStringLiteral("sweep.sqlite"));
}

bool SweepPanel::sweepField(const QString &entityId, const QString &key)
{
    return m_editor->prepareField(entityId, key);
}

void SweepPanel::run()
{
    if (m_run->isRunning())
        return;
    m_editor->showError({});
    const Project &project = m_document->project();
    sweep::SweepSpec spec;
    QString error;
    if (!SweepParameters::makeSpec(project, m_editor->parameters(), &spec, &error))
        return m_editor->showError(error);
    spec.mode = m_editor->mode();
    spec.randomCount = m_editor->randomCount();
    for (const QString &name : m_editor->objectives()) {
        sweep::Objective o;
        if (!sweep::resolveObjective(name.toStdString(), &o, &error))
            return m_editor->showError(error);
        spec.objectives.push_back(o);
    }
    if (spec.objectives.empty())
        return m_editor->showError(tr("Pick at least one objective."));
    m_spec = spec;
    m_parameters = m_editor->parameters();
    m_cases = sweep::sweepCases(m_spec);
    m_baseIndex.clear();
    QStringList labels;
    std::vector<const PropertyInfo *> fields;
    for (const SweepParameter &p : m_parameters) {
        m_baseIndex.push_back(SweepParameters::baseIndex(project, p));
        labels << SweepParameters::label(project, p);
        fields.push_back(project.property(p.kind, p.key));
    }
    QStringList objectiveLabels;
    for (const sweep::Objective &o : m_spec.objectives)
        objectiveLabels << SweepParameters::objectiveLabel(o.name) + "\n" + QString::fromStdString(o.name);
    m_model->reset(m_parameters, labels, fields, objectiveLabels, m_cases);
    m_front.clear();
    for (QComboBox *combo : {m_paretoX, m_paretoY, m_tornadoObjective}) {
        QSignalBlocker block(combo);
        combo->clear();
        for (const sweep::Objective &o : m_spec.objectives)
            combo->addItem(SweepParameters::objectiveLabel(o.name), QString::fromStdString(o.name));
    }
    m_paretoY->setCurrentIndex(m_spec.objectives.size() > 1 ? 1 : 0);
    if (!m_dir.isValid())
        return m_editor->showError(tr("No temporary folder for the results: %1").arg(m_dir.errorString()));
    if (!m_run->start(m_spec, m_catalog, m_editor->threads(), resultsFile(), &error))
        return m_editor->showError(error);
    m_editor->setRunning(true);
    m_save->setEnabled(false);
    m_summary->setText(tr("Solving %n case(s)…", nullptr, int(m_cases.size())));
    updateCharts();
}

void SweepPanel::cancel()
{
    m_run->cancel();
}

void SweepPanel::caseFinished(const sweep::CaseResult &result)
{
    m_model->add(result);
    if (!m_chartTimer->isActive())
        m_chartTimer->start();
}

void SweepPanel::runFinished(bool completed, const QString &error)
{
    m_editor->setRunning(false);
    m_chartTimer->stop();
    updateCharts();
    int ok = 0, failed = 0;
    for (const sweep::CaseResult &r : m_model->results()) {
        ok += r.status == sweep::CaseResult::Status::Ok;
        failed += r.status == sweep::CaseResult::Status::Failed;
    }
    QString text = tr("%1 of %2 cases: %3 ok, %4 failed")
                       .arg(m_model->rowCount())
                       .arg(m_cases.size())
                       .arg(ok)
                       .arg(failed);
    if (!completed)
        text += tr(" (cancelled)");
    if (!error.isEmpty())
        text += " — " + error;
    m_summary->setText(text);
    m_editor->setProgress(completed ? 1.0 : 0.0, completed ? tr("done") : tr("cancelled"));
    m_save->setEnabled(m_model->rowCount() > 0);
    emit statusMessage(tr("Sweep: %1").arg(text));
    emit sweepFinished(m_model->rowCount());
}

QString SweepPanel::openCase(int caseId)
{
    if (caseId < 1 || caseId > int(m_cases.size()))
        return {};
    const Project &p = m_document->project();
    const std::vector<int> &choice = m_cases[size_t(caseId - 1)];
    const Json overrides = SweepParameters::overrides(m_parameters, choice);
    QStringList words;
    for (size_t k = 0; k < m_parameters.size(); ++k) {
        const PropertyInfo *info = p.property(m_parameters[k].kind, m_parameters[k].key);
        if (info)
            words << QStringLiteral("%1 = %2").arg(SweepParameters::label(p, m_parameters[k]),
                                                   SweepParameters::valueText(*info, m_parameters[k].values[size_t(choice[k])],
                                                                              units::currentSystem()));
    }
    QString name = tr("Sweep case %1").arg(caseId);
    bool taken = false;
    for (const Scenario &s : p.scenarios)
        taken = taken || QString::fromStdString(s.name) == name;
    if (taken)
        name = ScenarioEdits::copyName(p, name);
    const Json scenario{{"id", p.newId(EntityKind::Scenario)},
                        {"name", name.toStdString()},
                        {"description", tr("From a sweep: %1").arg(words.join("; ")).toStdString()},
                        {"overrides", overrides}};
    std::string error;
    const std::string id = m_document->addEntity(EntityKind::Scenario, scenario, &error);
    if (id.empty()) {
        emit statusMessage(tr("Cannot open case %1: %2").arg(caseId).arg(QString::fromStdString(error)));
        return {};
    }
    emit statusMessage(tr("Scenario \"%1\" made from case %2").arg(name).arg(caseId));
    emit scenarioOpened(QString::fromStdString(id));
    return QString::fromStdString(id);
}

void SweepPanel::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const int id = selectedCase();
    QMenu menu(this);
    menu.addAction(tr("Open case %1 as a scenario").arg(id), this, [this, id] { openCase(id); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void SweepPanel::saveResults()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save sweep results"), QStringLiteral("sweep.sqlite"),
                                                      tr("SQLite (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    QFile::remove(path);
    if (!QFile::copy(resultsFile(), path))
        emit statusMessage(tr("Could not write %1").arg(path));
    else
        emit statusMessage(tr("Sweep results saved to %1").arg(path));
}

} // namespace aif
