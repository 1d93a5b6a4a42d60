#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QTimer;

namespace aif {

class Catalog;
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
// hover labels, and export (PNG at any size, glTF, VTK).
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

    scene3d::HallScene *scene() const { return m_scene.get(); }
    VtkOpenGLWidget *view() const { return m_view; }
    QListWidget *bottleneckList() const { return m_bottlenecks; }

    // Offscreen render of the current view at any size; the reason on failure.
    bool exportPng(const QString &path, int width, int height, QString *error);
    bool exportGeometry(const QString &path, QString *error);   // .gltf or .vtm by suffix

signals:
    void airFieldRequested();   // the user asked for the air field: solve with thermal tier T1

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createControls();
    void fitCamera(scene3d::CameraPreset preset);
    void rebuildScene();
    void updateBottleneckList();
    void updateAirControls();
    void applyAirDisplay();
    void onClicked(const QPoint &displayPos, Qt::KeyboardModifiers modifiers);
    void onHovered(const QPoint &displayPos, const QPoint &widgetPos);
    void exportDialog();
    void render();

    Document *m_document;
    SelectionModel *m_selection;
    std::unique_ptr<scene3d::HallScene> m_scene;
    std::shared_ptr<const SolveResult> m_result;
    VtkOpenGLWidget *m_view = nullptr;
    QComboBox *m_metric = nullptr;
    QCheckBox *m_equipment = nullptr;
    QCheckBox *m_airField = nullptr;
    QComboBox *m_sliceAxis = nullptr;
    QSlider *m_slicePosition = nullptr;
    QLabel *m_sliceLabel = nullptr;
    QCheckBox *m_iso = nullptr;
    QDoubleSpinBox *m_isoTemp = nullptr;
    QCheckBox *m_streamlines = nullptr;
    QLabel *m_airNote = nullptr;
    QListWidget *m_bottlenecks = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_rebuildTimer = nullptr;
    QString m_hoverId;
    bool m_autoFit = true;   // refit the camera on resize until the user moves it
    bool m_fitOnRebuild = true;   // a design was opened: frame it once the geometry is rebuilt
    scene3d::CameraPreset m_preset{};   // the last preset chosen (Isometric at first)
};

} // namespace aif
