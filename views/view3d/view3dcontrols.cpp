// View3DPanel's controls (metric, camera, air field, bottleneck list) and export.
#include "view3dpanel.h"

#include "hallscene.h"
#include "sceneexport.h"
#include "view3d/cfdfieldloader.h"
#include "view3d/vtkopenglwidget.h"

#include "common/rackmetrics.h"
#include "document.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "thermal/airfield.h"
#include "thermal/thermalsolver.h"
#include "units.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QSignalBlocker>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <vtkCamera.h>
#include <vtkRenderer.h>

namespace aif {

using scene3d::CameraPreset;
using scene3d::SliceAxis;

QWidget *View3DPanel::createControls()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(250);
    panel->setMaximumWidth(360);
    auto *layout = new QVBoxLayout(panel);
    m_status = new QLabel(panel);   // first: control signals below already report through it

    auto *colour = new QGroupBox(tr("Racks"), panel);
    auto *form = new QFormLayout(colour);
    m_metric = new QComboBox(colour);
    m_metric->setObjectName("metricCombo");
    m_metric->addItem(tr("Plain (no metric)"), QString());
    for (const std::string &key : rackMetricKeys())   // the legend's titles (solvers/common/rackmetrics)
        m_metric->addItem(QCoreApplication::translate("aif::RackMetric", rackMetricTitle(key).c_str()),
                          QString::fromStdString(key));
    m_metric->setCurrentIndex(1);
    m_scene->setMetric("inlet");
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_scene->setMetric(m_metric->currentData().toString().toStdString());
        render();
    });
    form->addRow(tr("Colour by"), m_metric);
    m_equipment = new QCheckBox(tr("Cooling, power, pipes, containment"), colour);
    m_equipment->setChecked(true);
    connect(m_equipment, &QCheckBox::toggled, this, [this](bool on) {
        m_scene->setShowEquipment(on);
        render();
    });
    form->addRow(m_equipment);
    auto *cameras = new QHBoxLayout;
    const std::pair<QString, CameraPreset> presets[] = {{tr("Iso"), CameraPreset::Isometric},
                                                        {tr("Top"), CameraPreset::Top},
                                                        {tr("Front"), CameraPreset::Front},
                                                        {tr("Side"), CameraPreset::Side}};
    for (const auto &[label, preset] : presets) {
        auto *b = new QToolButton(colour);
        b->setText(label);
        b->setToolTip(tr("Camera: %1 view of the whole site (Iso also resets the view)").arg(label));
        connect(b, &QToolButton::clicked, this, [this, p = preset] { fitCamera(p); });
        cameras->addWidget(b);
    }
    form->addRow(tr("Camera"), cameras);
    layout->addWidget(colour);

    auto *air = new QGroupBox(tr("Air field"), panel);
    auto *airForm = new QFormLayout(air);
    m_airNote = new QLabel(air);
    m_airNote->setObjectName("airFieldSource");
    m_airNote->setWordWrap(true);
    airForm->addRow(m_airNote);
    airForm->addRow(createCfdControls(air));   // view3dcfd.cpp
    auto *solveAir = new QPushButton(tr("Solve air field (Shift+F5)"), air);
    connect(solveAir, &QPushButton::clicked, this, &View3DPanel::airFieldRequested);
    airForm->addRow(solveAir);
    m_airField = new QCheckBox(tr("Show"), air);
    m_airField->setChecked(true);
    airForm->addRow(m_airField);
    m_sliceAxis = new QComboBox(air);
    m_sliceAxis->addItem(tr("Off"), -1);
    m_sliceAxis->addItem(tr("Horizontal (height)"), int(SliceAxis::Z));
    m_sliceAxis->addItem(tr("Vertical, across x"), int(SliceAxis::X));
    m_sliceAxis->addItem(tr("Vertical, across y"), int(SliceAxis::Y));
    m_sliceAxis->setCurrentIndex(1);
    airForm->addRow(tr("Slice"), m_sliceAxis);
    m_slicePosition = new QSlider(Qt::Horizontal, air);
    m_slicePosition->setRange(0, 1000);
    m_sliceLabel = new QLabel(air);
    airForm->addRow(m_sliceLabel, m_slicePosition);
    m_iso = new QCheckBox(tr("Isosurface at"), air);
    m_isoTemp = new QDoubleSpinBox(air);
    m_isoTemp->setObjectName("isoTemperature");
    m_isoTemp->setDecimals(1);
    m_isoTempC = 27.0;   // ASHRAE TC9.9 (2021) A1 recommended maximum inlet
    showIsoTemperature();
    airForm->addRow(m_iso, m_isoTemp);
    m_streamlines = new QCheckBox(tr("Airflow streamlines"), air);
    airForm->addRow(m_streamlines);
    for (QCheckBox *c : {m_airField, m_iso, m_streamlines})
        connect(c, &QCheckBox::toggled, this, &View3DPanel::applyAirDisplay);
    connect(m_sliceAxis, &QComboBox::currentIndexChanged, this, [this] {
        m_slicePosition->setValue(m_sliceAxis->currentData().toInt() == int(SliceAxis::Z) ? 250 : 500);
        applyAirDisplay();
    });
    connect(m_slicePosition, &QSlider::valueChanged, this, &View3DPanel::applyAirDisplay);
    connect(m_isoTemp, &QDoubleSpinBox::valueChanged, this, [this](double shown) {
        m_isoTempC = units::fromDisplay(shown, Quantity::Temperature, units::currentSystem());
        applyAirDisplay();
    });
    m_slicePosition->setValue(250);
    layout->addWidget(air);

    auto *issues = new QGroupBox(tr("Bottlenecks"), panel);
    auto *issuesLayout = new QVBoxLayout(issues);
    m_bottlenecks = new QListWidget(issues);
    m_bottlenecks->setObjectName("bottleneckList");
    m_bottlenecks->setToolTip(tr("Throttled, over an ASHRAE inlet limit, over power budget, fed from an overloaded "
                                 "stage or on a loop short of capacity. Click to select."));
    connect(m_bottlenecks, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            m_selection->setSelected({id});
    });
    issuesLayout->addWidget(m_bottlenecks);
    layout->addWidget(issues, 1);

    auto *exportButton = new QPushButton(tr("Export…"), panel);
    exportButton->setObjectName("exportButton");
    connect(exportButton, &QPushButton::clicked, this, &View3DPanel::exportDialog);
    layout->addWidget(exportButton);
    layout->addWidget(m_status);
    updateAirControls();
    return panel;
}

void View3DPanel::updateAirControls()
{
    const bool has = m_shown && m_shown->thermal && !m_shown->thermal->airFields.empty();
    const UnitSystem system = units::currentSystem();
    if (showingCfdField())
        m_airNote->setText(tr("Air field: %1; hall %2, %3 to %4.")
                               .arg(cfdFieldTitle(*m_cfd), QString::fromStdString(m_cfd->hall),
                                    units::format(m_cfd->minC, Quantity::Temperature, system),
                                    units::format(m_cfd->maxC, Quantity::Temperature, system)));
    else
        m_airNote->setText(has ? tr("Air field: fast model (thermal T1), from the last solve: %1 hall(s).")
                                     .arg(m_shown->thermal->airFields.size())
                               : tr("No air field yet: the default solve is tier T0 (no 3D field)."));
    m_airNote->setToolTip(showingCfdField() ? m_cfd->caseDir : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_airField, m_sliceAxis, m_slicePosition, m_iso, m_isoTemp,
                                                       m_streamlines})
        w->setEnabled(has);
    updateCfdControls();
}

void View3DPanel::showIsoTemperature()
{
    // Range -20..90 °C in the unit shown; the value kept in °C so SI ↔ US round trips are exact.
    const UnitSystem system = units::currentSystem();
    QSignalBlocker block(m_isoTemp);
    m_isoTemp->setRange(units::toDisplay(-20.0, Quantity::Temperature, system),
                        units::toDisplay(90.0, Quantity::Temperature, system));
    m_isoTemp->setSuffix(QLatin1Char(' ') + units::displayUnit(Quantity::Temperature, system).symbol);
    m_isoTemp->setValue(units::toDisplay(m_isoTempC, Quantity::Temperature, system));
}

void View3DPanel::applyAirDisplay()
{
    scene3d::AirFieldDisplay d;
    const int axis = m_sliceAxis->currentData().toInt();
    d.slice = axis >= 0;
    d.sliceAxis = d.slice ? SliceAxis(axis) : SliceAxis::Z;
    // The slider spans the field along the axis; the extent comes from the first hall's grid.
    double extent = 4.5;
    if (m_shown && m_shown->thermal && !m_shown->thermal->airFields.empty()) {
        const thermal::AirFieldResult &f = *m_shown->thermal->airFields.front().field;
        extent = d.sliceAxis == SliceAxis::X ? f.nx * f.dx : d.sliceAxis == SliceAxis::Y ? f.ny * f.dy : f.nz * f.dz;
    }
    d.slicePositionM = extent * m_slicePosition->value() / 1000.0;
    const UnitSystem system = units::currentSystem();
    const QString at = units::format(d.slicePositionM, Quantity::Length, system);
    m_sliceLabel->setText(d.sliceAxis == SliceAxis::Z ? tr("at %1 high").arg(at) : tr("at %1").arg(at));
    d.isosurface = m_iso->isChecked();
    // The spin box shows the studio's units (°F in US units); the scene takes °C.
    d.isoTemperatureC = m_isoTempC;
    d.streamlines = m_streamlines->isChecked();
    if (m_airField->isChecked() != m_scene->showAirField())   // rebuilds the layers: only on a change
        m_scene->setShowAirField(m_airField->isChecked());
    m_scene->setAirFieldDisplay(d);
    render();
}

bool View3DPanel::exportPng(const QString &path, int width, int height, QString *error)
{
    // A second scene with the same state draws offscreen at the requested size, so the view's
    // own GL resources stay untouched.
    scene3d::HallScene shot;
    shot.setProject(m_document->project());
    shot.setResult(m_shown);
    shot.setStale(m_scene->isStale());
    shot.setMetric(m_scene->metric().key);
    shot.setShowEquipment(m_equipment->isChecked());
    shot.setShowAirField(m_airField->isChecked());
    shot.setAirFieldDisplay(m_scene->airFieldDisplay());
    std::vector<std::string> selected;
    for (const QString &id : m_selection->selected())
        selected.push_back(id.toStdString());
    shot.setSelection(selected);
    shot.renderer()->GetActiveCamera()->DeepCopy(m_scene->renderer()->GetActiveCamera());
    scene3d::RenderOptions o;
    o.width = width;
    o.height = height;
    o.keepCamera = true;
    std::string why;
    const bool ok = scene3d::renderPng(shot, o, path.toStdString(), &why);
    if (!ok && error)
        *error = QString::fromStdString(why);
    m_view->requestRender();
    return ok;
}

bool View3DPanel::exportGeometry(const QString &path, QString *error)
{
    std::string why;
    const bool ok = path.endsWith(".gltf", Qt::CaseInsensitive) ? scene3d::exportGltf(*m_scene, path.toStdString(), &why)
                                                                : scene3d::exportVtk(*m_scene, path.toStdString(), &why);
    if (!ok && error)
        *error = QString::fromStdString(why);
    return ok;
}

void View3DPanel::exportDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export the 3D view"));
    auto *form = new QFormLayout(&dialog);
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("PNG image"), "png");
    format->addItem(tr("glTF 2.0 scene (.gltf)"), "gltf");
    format->addItem(tr("VTK multiblock for ParaView (.vtm)"), "vtm");
    form->addRow(tr("Format"), format);
    auto *w = new QSpinBox(&dialog), *h = new QSpinBox(&dialog);
    for (QSpinBox *s : {w, h}) {
        s->setRange(16, 16384);
        s->setSuffix(tr(" px"));
    }
    w->setValue(3200);   // print resolution by default; any size up to 16k
    h->setValue(1800);
    form->addRow(tr("Width"), w);
    form->addRow(tr("Height"), h);
    connect(format, &QComboBox::currentIndexChanged, &dialog, [format, w, h] {
        w->setEnabled(format->currentData() == "png");
        h->setEnabled(format->currentData() == "png");
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the 3D view"), "view3d." + suffix,
                                                      QStringLiteral("*.%1").arg(suffix));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = suffix == "png" ? exportPng(path, w->value(), h->value(), &error) : exportGeometry(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace aif
