#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSlider;
class QTimer;

namespace aif {

class Catalog;
class CfdCompareDialog;
struct CfdField;
struct CfdFieldLoad;
class Document;
class SelectionModel;
class VtkOpenGLWidget;
struct SolveResult;
namespace scene3d {
class HallScene;
enum class CameraPreset;
} // namespace scene3d

// The 3D tab: the hall to scale (VTK in a QOpenGLWidget), racks coloured by a solved metric with
// a scalar bar, bottlenecks outlined and listed, the thermal solver's air field as a slice,
// isosurface and streamlines, camera presets, picking shared with the other views' selection,
// hover labels, and export (PNG at any size, glTF, VTK). The air field shown is the last solve's
// (thermal T1) or, on request, a solved OpenFOAM case's (docs/cfd.md "Import"), drawn by the same
// layers, with a per-rack CFD vs fast-model table (view3dcfd.cpp).
class View3DPanel : public QWidget
{
    Q_OBJECT

public:
    View3DPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);
    ~View3DPanel() override;

    void setResult(std::shared_ptr<const SolveResult> result);
    void setStale(bool stale);
    void refreshUnits();   // the studio's unit system changed: re-colour, keep the stale flag
    void setMetric(const QString &key);   // "inlet", ..., or "" for none
    void setCatalog(const Catalog *catalog);   // for the fast-model solves of the CFD comparison
    // The scenario the studio solves (empty: the design): the hall is drawn with its overrides
    // applied, so the units it fails are drawn failed, as on the plan.
    void setScenario(const QString &scenarioId);

    // Reads a solved OpenFOAM case (`aif cfd export` + `aif cfd run`) on a worker thread and
    // draws its field in place of the fast model's; `cfdLoadFinished` follows. Errors name the
    // path and what is missing, in the panel (and, when interactive, in a message box).
    void loadCfdCase(const QString &caseDir, bool interactive = false);
    void chooseCfdCase();   // asks for the case directory, then loadCfdCase(dir, true)
    void showFastField();   // the last solve's field again (the CFD case stays loaded)
    void showCfdField();    // the loaded case's field again
    bool showingCfdField() const { return m_cfd && m_showCfd; }
    std::shared_ptr<const CfdField> cfdField() const { return m_cfd; }
    QString airFieldSource() const;   // what the panel says about the field drawn
    QString cfdMessage() const;       // the last load's error or warnings, empty when none
    CfdCompareDialog *showCfdComparison();   // the per-rack table, non-modal

    scene3d::HallScene *scene() const { return m_scene.get(); }
    VtkOpenGLWidget *view() const { return m_view; }
    QListWidget *bottleneckList() const { return m_bottlenecks; }

    // The right-click menu over a unit in the view: "Trip (what-if)" or "Restore" for an air unit,
    // CDU or power node (one undo step, as on the plan); null for anything else.
    QMenu *createUnitMenu(const QString &id, QWidget *parent);

    // Offscreen render of the current view at any size; the reason on failure.
    bool exportPng(const QString &path, int width, int height, QString *error);
    bool exportGeometry(const QString &path, QString *error);   // .gltf or .vtm by suffix

signals:
    void airFieldRequested();   // the user asked for the air field: solve with thermal tier T1
    void cfdLoadFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createControls();
    void fitCamera(scene3d::CameraPreset preset);
    void rebuildScene();
    void updateBottleneckList();
    void updateAirControls();
    void applyAirDisplay();
    void showIsoTemperature();   // the isosurface spin box in the studio's units
    void onClicked(const QPoint &displayPos, Qt::KeyboardModifiers modifiers);
    void onHovered(const QPoint &displayPos, const QPoint &widgetPos);
    void showUnitMenu(const QPoint &widgetPos, const QPoint &globalPos);
    void exportDialog();
    void render();
    QWidget *createCfdControls(QWidget *parent);
    void applyCfdLoad(const CfdFieldLoad &load, bool interactive);
    void dropCfdField();
    void showResult(bool keepStale);   // the scene's result: the solve's, with the CFD field in place of T1's
    void updateCfdControls();

    Document *m_document;
    SelectionModel *m_selection;
    std::unique_ptr<scene3d::HallScene> m_scene;
    std::shared_ptr<const SolveResult> m_result;
    std::shared_ptr<const SolveResult> m_shown;   // what the scene draws (m_result, or with the CFD field)
    std::shared_ptr<const CfdField> m_cfd;
    bool m_showCfd = false;
    const Catalog *m_catalog = nullptr;
    QString m_scenario;
    quint64 m_cfdLoads = 0;   // loads started: a slower, older one is dropped
    QLabel *m_cfdStatus = nullptr;
    QComboBox *m_airSource = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPointer<CfdCompareDialog> m_compare;
    VtkOpenGLWidget *m_view = nullptr;
    QComboBox *m_metric = nullptr;
    QCheckBox *m_equipment = nullptr;
    QCheckBox *m_airField = nullptr;
    QComboBox *m_sliceAxis = nullptr;
    QSlider *m_slicePosition = nullptr;
    QLabel *m_sliceLabel = nullptr;
    QCheckBox *m_iso = nullptr;
    QDoubleSpinBox *m_isoTemp = nullptr;
    double m_isoTempC = 27.0;   // the isosurface temperature, °C; shown in the studio's units
    QCheckBox *m_streamlines = nullptr;
    QLabel *m_airNote = nullptr;
    QListWidget *m_bottlenecks = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_rebuildTimer = nullptr;
    QString m_hoverId;
    QPoint m_rightPressPos;   // a right press and release in place opens the unit menu
    bool m_autoFit = true;   // refit the camera on resize until the user moves it
    bool m_fitOnRebuild = true;   // a design was opened: frame it once the geometry is rebuilt
    scene3d::CameraPreset m_preset{};   // the last preset chosen (Isometric at first)
};

} // namespace aif
