#include "sweepeditor.h"

#include "document.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace aif {

SweepEditor::SweepEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *paramBox = new QGroupBox(tr("Parameters"), this);
    auto *paramLayout = new QVBoxLayout(paramBox);
    m_table = new QTableWidget(0, 2, paramBox);
    m_table->setObjectName("parameterTable");
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Values")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(90);
    paramLayout->addWidget(m_table);
    m_remove = new QPushButton(tr("Remove"), paramBox);
    m_remove->setObjectName("removeParameterButton");
    m_remove->setEnabled(false);
    paramLayout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addWidget(paramBox, 1);
    layout->addWidget(buildAddForm());
    layout->addWidget(buildRunBox());

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty() && m_run->isEnabled()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            removeParameter(row);
    });
    connect(m_document, &Document::changed, this, &SweepEditor::onDocumentChanged);
    fillKinds();
    updateCount();
}

QWidget *SweepEditor::buildRunBox()
{
    auto *box = new QGroupBox(tr("Run"), this);
    auto *grid = new QGridLayout(box);
    m_grid = new QRadioButton(tr("Every combination (grid)"), box);
    m_grid->setObjectName("gridRadio");
    m_grid->setChecked(true);
    m_random = new QRadioButton(tr("Random draw of"), box);
    m_random->setObjectName("randomRadio");
    m_randomCount = new QSpinBox(box);
    m_randomCount->setObjectName("randomSpin");
    m_randomCount->setRange(1, 100000);
    m_randomCount->setValue(20);
    m_randomCount->setSuffix(tr(" cases"));
    m_randomCount->setEnabled(false);
    m_count = new QLabel(box);
    m_count->setObjectName("caseCountLabel");
    grid->addWidget(m_grid, 0, 0, 1, 2);
    grid->addWidget(m_random, 1, 0);
    grid->addWidget(m_randomCount, 1, 1);
    grid->addWidget(m_count, 2, 0, 1, 2);

    auto *objectiveBox = new QWidget(box);
    auto *objectiveGrid = new QGridLayout(objectiveBox);
    objectiveGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList names = sweep::objectiveNames();
    const std::vector<std::string> &defaults = sweep::defaultObjectives();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *check = new QCheckBox(SweepParameters::objectiveLabel(names[i].toStdString()), objectiveBox);
        check->setObjectName("objective_" + names[i]);
        check->setToolTip(tr("Recorded as the column %1 (docs/sweep.md)").arg(names[i]));
        check->setChecked(std::find(defaults.begin(), defaults.end(), names[i].toStdString()) != defaults.end());
        connect(check, &QCheckBox::toggled, this, &SweepEditor::updateCount);
        objectiveGrid->addWidget(check, int(i / 2), int(i % 2));
        m_objectives.push_back(check);
    }
    grid->addWidget(new QLabel(tr("Objectives:"), box), 3, 0, 1, 2);
    grid->addWidget(objectiveBox, 4, 0, 1, 2);

    m_threads = new QSpinBox(box);
    m_threads->setObjectName("threadsSpin");
    m_threads->setRange(1, 1024);
    m_threads->setValue(std::max(1, QThread::idealThreadCount()));
    m_threads->setSuffix(tr(" threads"));
    m_run = new QPushButton(tr("Run sweep"), box);
    m_run->setObjectName("runButton");
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName("cancelButton");
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_threads);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    grid->addLayout(buttons, 5, 0, 1, 2);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName("sweepProgress");
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    grid->addWidget(m_progress, 6, 0, 1, 2);
    m_status = new QLabel(box);
    m_status->setObjectName("sweepStatus");
    m_status->setWordWrap(true);
    grid->addWidget(m_status, 7, 0, 1, 2);

    connect(m_random, &QRadioButton::toggled, m_randomCount, &QWidget::setEnabled);
    connect(m_random, &QRadioButton::toggled, this, &SweepEditor::updateCount);
    connect(m_randomCount, &QSpinBox::valueChanged, this, &SweepEditor::updateCount);
    connect(m_run, &QPushButton::clicked, this, &SweepEditor::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SweepEditor::cancelRequested);
    return box;
}

void SweepEditor::refreshTable()
{
    const Project &p = m_document->project();
    m_table->setRowCount(int(m_parameters.size()));
    for (size_t i = 0; i < m_parameters.size(); ++i) {
        const SweepParameter &param = m_parameters[i];
        const PropertyInfo *info = p.property(param.kind, param.key);
        m_table->setItem(int(i), 0, new QTableWidgetItem(SweepParameters::label(p, param)));
        m_table->setItem(int(i), 1, new QTableWidgetItem(
            info ? SweepParameters::valuesText(*info, param.values, units::currentSystem()) : QString()));
    }
    updateCount();
}

void SweepEditor::removeParameter(int index)
{
    if (index < 0 || index >= int(m_parameters.size()))
        return;
    m_parameters.erase(m_parameters.begin() + index);
    refreshTable();
    emit parametersChanged();
}

void SweepEditor::clearParameters()
{
    m_parameters.clear();
    refreshTable();
    emit parametersChanged();
}

sweep::SweepMode SweepEditor::mode() const
{
    return m_random->isChecked() ? sweep::SweepMode::Random : sweep::SweepMode::Grid;
}

int SweepEditor::randomCount() const
{
    return m_randomCount->value();
}

QStringList SweepEditor::objectives() const
{
    QStringList names;
    for (QCheckBox *check : m_objectives) {
        if (check->isChecked())
            names << check->objectName().mid(QStringLiteral("objective_").size());
    }
    return names;
}

int SweepEditor::threads() const
{
    return m_threads->value();
}

int SweepEditor::caseCount() const
{
    if (m_parameters.empty())
        return 0;
    double grid = 1;
    for (const SweepParameter &p : m_parameters)
        grid *= double(p.values.size());
    const double n = mode() == sweep::SweepMode::Grid ? grid : std::min<double>(grid, randomCount());
    return int(std::min(n, 2e9));
}

void SweepEditor::updateCount()
{
    const int n = caseCount();
    m_count->setText(m_parameters.empty() ? tr("Add a parameter to sweep.")
                                          : tr("%n case(s), each a full solve", nullptr, n));
    if (m_cancel->isEnabled())
        return;
    m_run->setEnabled(n > 0 && !objectives().isEmpty());
}

void SweepEditor::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_remove->setEnabled(!running && !m_table->selectedItems().isEmpty());
    m_table->setEnabled(!running);
    if (running) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("starting"));
        m_status->clear();
    } else {
        updateCount();
    }
}

void SweepEditor::setProgress(double fraction, const QString &text)
{
    m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    m_progress->setFormat(text);
}

void SweepEditor::showError(const QString &message)
{
    m_status->setText(message);
}

void SweepEditor::onDocumentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::PropertyChanged)
        return;   // a value changed: the kinds' item lists stand (a rename refills on next pick)
    fillKinds();
    refreshTable();
}

} // namespace aif
