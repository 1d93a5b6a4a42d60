// View3DPanel's CFD field (docs/cfd.md "Import"): a solved OpenFOAM case read on a worker thread,
// drawn by the layers that draw the fast model's T1 field, and compared rack by rack.
#include "view3dpanel.h"

#include "hallscene.h"
#include "view3d/cfdcomparedialog.h"
#include "view3d/cfdfieldloader.h"

#include "document.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "thermal/thermalsolver.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QtConcurrent>

namespace aif {

QWidget *View3DPanel::createCfdControls(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_airSource = new QComboBox(box);
    m_airSource->setObjectName("airSourceCombo");
    m_airSource->addItem(tr("Fast model (last solve)"));
    m_airSource->addItem(tr("OpenFOAM case"));
    m_airSource->setToolTip(
        tr("Which air field the slice, isosurface and streamlines show: the fast model's "
           "(Solve air field) or a solved OpenFOAM case's (Open CFD case…)"));
    connect(m_airSource, &QComboBox::activated, this, [this](int index) {
        if (index == 1)
            showCfdField();
        else
            showFastField();
    });
    form->addRow(tr("Field"), m_airSource);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open CFD case…"), box);
    open->setObjectName("openCfdButton");
    open->setToolTip(
        tr("Show a solved OpenFOAM case (aif cfd export, then aif cfd run): choose its directory, "
           "the one that holds aif-case.json"));
    connect(open, &QPushButton::clicked, this, &View3DPanel::chooseCfdCase);
    m_compareButton = new QPushButton(tr("Compare racks…"), box);
    m_compareButton->setObjectName("compareCfdButton");
    m_compareButton->setToolTip(
        tr("Each rack's inlet in the CFD and in the fast model, and the model's error"));
    connect(m_compareButton, &QPushButton::clicked, this, &View3DPanel::showCfdComparison);
    buttons->addWidget(open);
    buttons->addWidget(m_compareButton);
    form->addRow(buttons);
    m_cfdStatus = new QLabel(box);
    m_cfdStatus->setObjectName("cfdStatus");
    m_cfdStatus->setWordWrap(true);
    m_cfdStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cfdStatus->hide();
    form->addRow(m_cfdStatus);
    updateCfdControls();
    return box;
}

void View3DPanel::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
}

void View3DPanel::chooseCfdCase()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a solved OpenFOAM case (the directory with aif-case.json)"),
        settings.value("cfd/lastCase").toString());
    if (dir.isEmpty())
        return;
    settings.setValue("cfd/lastCase", dir);
    loadCfdCase(dir, true);
}

void View3DPanel::loadCfdCase(const QString &caseDir, bool interactive)
{
    // Reading a fine case is seconds (ASCII fields of millions of cells) and the comparison
    // solves the design: a worker thread with a snapshot, as the studio's solves.
    const quint64 load = ++m_cfdLoads;
    const Project snapshot = m_document->project();
    const Catalog *catalog = m_catalog;
    m_cfdStatus->setStyleSheet(QString());
    m_cfdStatus->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(caseDir)));
    m_cfdStatus->show();
    auto *watcher = new QFutureWatcher<CfdFieldLoad>(this);
    connect(watcher, &QFutureWatcher<CfdFieldLoad>::finished, this,
            [this, watcher, load, interactive] {
                watcher->deleteLater();
                if (load == m_cfdLoads) // a newer request wins
                    applyCfdLoad(watcher->result(), interactive);
            });
    watcher->setFuture(QtConcurrent::run(
        [caseDir, snapshot, catalog] { return loadCfdField(caseDir, snapshot, catalog); }));
}

void View3DPanel::applyCfdLoad(const CfdFieldLoad &load, bool interactive)
{
    if (!load.field) {
        // The field shown before stays: a failed load changes nothing but the message.
        m_cfdStatus->setStyleSheet(QStringLiteral("color: #b00020"));
        m_cfdStatus->setText(load.error);
        m_cfdStatus->show();
        qWarning("3D view: cannot show the CFD field: %s", qPrintable(load.error));
        emit cfdLoadFinished(false, load.error);
        if (interactive)
            QMessageBox::warning(this, tr("Cannot show the CFD field"), load.error);
        return;
    }
    m_cfd = load.field;
    m_showCfd = true;
    const QString notes = m_cfd->notes.join('\n');
    m_cfdStatus->setStyleSheet(notes.isEmpty() ? QString() : QStringLiteral("color: #9a6700"));
    m_cfdStatus->setText(notes);
    m_cfdStatus->setVisible(!notes.isEmpty());
    showResult(true);
    if (m_compare)
        m_compare->setField(m_cfd, m_document->project(), m_catalog);
    const QString message = tr("Showing the CFD field: %1").arg(cfdFieldTitle(*m_cfd));
    qInfo("3D view: %s", qPrintable(message));
    emit cfdLoadFinished(true, message);
}

void View3DPanel::dropCfdField()
{
    ++m_cfdLoads; // a load in flight was for the design before
    if (m_compare)
        m_compare->close(); // deletes itself
    m_cfdStatus->hide();
    if (!m_cfd)
        return;
    m_cfd.reset();
    m_showCfd = false;
    showResult(true);
}

void View3DPanel::showFastField()
{
    m_showCfd = false;
    showResult(true);
}

void View3DPanel::showCfdField()
{
    m_showCfd = m_cfd != nullptr;
    showResult(true);
}

void View3DPanel::showResult(bool keepStale)
{
    m_shown = m_result;
    if (showingCfdField()) {
        // The solve's result with the case's field as the only air field: the scene draws it as
        // it draws T1's (same layers, colour table and display controls). Rack colours, hover
        // values and bottlenecks stay the fast model's; the CFD inlets are in the comparison.
        auto shown
            = m_result ? std::make_shared<SolveResult>(*m_result) : std::make_shared<SolveResult>();
        auto thermal = shown->thermal ? std::make_shared<thermal::ThermalResult>(*shown->thermal)
                                      : std::make_shared<thermal::ThermalResult>();
        thermal->airFields = {thermal::HallAirField {m_cfd->hall, m_cfd->field}};
        shown->thermal = std::move(thermal);
        m_shown = std::move(shown);
    }
    const bool stale = m_scene->isStale();
    m_scene->setResult(m_shown);
    if (keepStale && stale)
        m_scene->setStale(true); // only the field changed, not the solve the racks show
    applyAirDisplay();
    updateAirControls();
    updateBottleneckList();
    render();
}

void View3DPanel::updateCfdControls()
{
    if (!m_airSource)
        return;
    m_airSource->setItemText(1,
                             m_cfd ? tr("OpenFOAM: %1").arg(QFileInfo(m_cfd->caseDir).fileName())
                                   : tr("OpenFOAM case"));
    m_airSource->setItemData(1, m_cfd ? m_cfd->caseDir : tr("Open CFD case… first"),
                             Qt::ToolTipRole);
    // Disabled until a case is loaded (the model's item flags: QComboBox has no per-item enable).
    if (auto *model = qobject_cast<QStandardItemModel *>(m_airSource->model()))
        model->item(1)->setEnabled(m_cfd != nullptr);
    m_airSource->setCurrentIndex(showingCfdField() ? 1 : 0);
    m_compareButton->setEnabled(m_cfd != nullptr);
}

QString View3DPanel::airFieldSource() const
{
    return m_airNote->text();
}

QString View3DPanel::cfdMessage() const
{
    return m_cfdStatus->isHidden() ? QString() : m_cfdStatus->text();
}

CfdCompareDialog *View3DPanel::showCfdComparison()
{
    if (!m_compare) {
        m_compare = new CfdCompareDialog(this);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_compare, &CfdCompareDialog::rackActivated, this,
                [this](const QString &id) { m_selection->setSelected({id}); });
        m_compare->setField(m_cfd, m_document->project(), m_catalog);
    }
    m_compare->show();
    m_compare->raise();
    return m_compare;
}

} // namespace aif
