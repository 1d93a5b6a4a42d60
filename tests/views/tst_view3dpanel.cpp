// The studio's 3D tab: it follows the document and the solve, shares the selection both ways
// (click a rack, select in another view), lists bottlenecks, shows the air field, exports.
#include "catalog.h"
#include "document.h"
#include "hallscene.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "units.h"
#include "thermal/thermalsolver.h"
#include "airfieldlayer.h"
#include "view3d/view3dpanel.h"
#include "view3d/vtkopenglwidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkMatrix4x4.h>
#include <vtkPolyData.h>
#include <QUndoStack>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>

using namespace aif;

class TestView3DPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsDocumentEdits();
    void clickSelectsRackAndSelectionOutlines();
    void bottlenecksListedAndSelectable();
    void metricComboColoursRacks();
    void airFieldControls();
    void exportsAtAnySize();

private:
    std::shared_ptr<const SolveResult> solve(const SolveOptions &o = {});
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<View3DPanel> m_panel;
};

void TestView3DPanel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestView3DPanel::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), &d));
    m_selection = std::make_unique<SelectionModel>();
    m_panel = std::make_unique<View3DPanel>(m_doc.get(), m_selection.get());
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_COMPARE(int(m_panel->scene()->model().racks.size()), int(m_doc->project().racks.size()));
}

void TestView3DPanel::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_doc.reset();
}

std::shared_ptr<const SolveResult> TestView3DPanel::solve(const SolveOptions &o)
{
    return std::make_shared<SolveResult>(runSolve(m_doc->project(), *m_catalog, o));
}

void TestView3DPanel::followsDocumentEdits()
{
    const std::string id = m_doc->project().racks[0].id;
    const double x0 = m_panel->scene()->model().box(id)->centre[0];
    QCOMPARE(m_doc->editProperty(id, "xM", m_doc->project().racks[0].xM + 1.0), std::string());
    QTRY_VERIFY(std::abs(m_panel->scene()->model().box(id)->centre[0] - (x0 + 1.0)) < 1e-9);
    m_doc->undoStack()->undo();
    QTRY_VERIFY(std::abs(m_panel->scene()->model().box(id)->centre[0] - x0) < 1e-9);
}

void TestView3DPanel::clickSelectsRackAndSelectionOutlines()
{
    scene3d::HallScene *scene = m_panel->scene();
    VtkOpenGLWidget *view = m_panel->view();
    scene->setCamera(scene3d::CameraPreset::Top, double(view->width()) / view->height());
    // Where rack 5's top face is on screen, in widget coordinates (y down, logical pixels).
    const scene3d::SceneBox &b = scene->model().racks[5];
    const double dpr = view->devicePixelRatio();
    const int w = int(view->width() * dpr), h = int(view->height() * dpr);
    vtkMatrix4x4 *m = scene->renderer()->GetActiveCamera()->GetCompositeProjectionTransformMatrix(double(w) / h, -1, 1);
    double world[4] = {b.centre[0], b.centre[1], b.centre[2] + b.size[2] / 2, 1}, ndc[4];
    m->MultiplyPoint(world, ndc);
    const QPoint widgetPos(int((ndc[0] / ndc[3] + 1) / 2 * w / dpr), int((1 - (ndc[1] / ndc[3] + 1) / 2) * h / dpr));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, widgetPos);
    QTRY_COMPARE(m_selection->selected(), QStringList{QString::fromStdString(b.id)});
    QCOMPARE(scene->selectedCount(), 1);
    // Selecting elsewhere (the outline, the plan) outlines the rack here.
    m_selection->setSelected({QString::fromStdString(scene->model().racks[0].id),
                              QString::fromStdString(scene->model().racks[1].id)});
    QCOMPARE(scene->selectedCount(), 2);
    // A click on empty floor far from the racks clears the selection.
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
    QTRY_VERIFY(m_selection->selected().isEmpty());
}

void TestView3DPanel::bottlenecksListedAndSelectable()
{
    // 57 °C facility water throttles the GB200 racks (tst_twin): they are listed and clickable.
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"), &d));
    Project p = m_doc->project();
    for (LiquidLoop &l : p.liquidLoops) {
        if (l.type == "facility") {
            l.supplyTempC = 57;
            l.waterClass = "W+";
        }
    }
    m_doc->reset(p);
    QTRY_COMPARE(int(m_panel->scene()->model().racks.size()), int(p.racks.size()));
    m_panel->setResult(solve());
    QListWidget *list = m_panel->bottleneckList();
    QVERIFY(m_panel->scene()->bottleneckCount() > 0);
    QCOMPARE(list->count(), m_panel->scene()->bottleneckCount());
    QVERIFY(list->item(0)->text().contains("throttled"));
    const QRect r = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
    QCOMPARE(m_selection->selected(), QStringList{list->item(0)->data(Qt::UserRole).toString()});
}

void TestView3DPanel::metricComboColoursRacks()
{
    m_panel->setResult(solve());
    auto *combo = m_panel->findChild<QComboBox *>("metricCombo");
    QVERIFY(combo);
    // Inlet temperature by default, with its scalar bar.
    QCOMPARE(m_panel->scene()->metric().key, std::string("inlet"));
    QCOMPARE(int(m_panel->scene()->metric().values.size()), int(m_doc->project().racks.size()));
    QVERIFY(m_panel->scene()->scalarBar()->GetVisibility());
    QVERIFY(QString(m_panel->scene()->scalarBar()->GetTitle()).contains("°C"));
    // The studio's unit preference re-applies the result: the bar and values in °F.
    units::setCurrentSystem(UnitSystem::US);
    m_panel->setResult(m_panel->scene()->metric().values.empty() ? nullptr : solve());
    const bool fahrenheit = QString(m_panel->scene()->scalarBar()->GetTitle()).contains("°F");
    // The isosurface temperature too: 27 °C shows as 80.6 °F, and stays 27 °C underneath.
    m_panel->refreshUnits();
    auto *iso = m_panel->findChild<QDoubleSpinBox *>("isoTemperature");
    const QString isoSuffix = iso ? iso->suffix() : QString();
    const double isoShown = iso ? iso->value() : 0.0;
    units::setCurrentSystem(UnitSystem::SI);
    m_panel->refreshUnits();
    QVERIFY(fahrenheit);
    QVERIFY2(isoSuffix.contains("°F"), qPrintable(isoSuffix));
    QCOMPARE(isoShown, 80.6);
    QCOMPARE(iso->value(), 27.0);
    m_panel->setResult(solve());
    combo->setCurrentIndex(combo->findData("power"));
    QCOMPARE(m_panel->scene()->metric().key, std::string("power"));
    QCOMPARE(int(m_panel->scene()->metric().values.size()), int(m_doc->project().racks.size()));
    // The drawn view is not blank: seen from above, the racks' colour fills the framebuffer.
    m_panel->scene()->setCamera(scene3d::CameraPreset::Top, double(m_panel->view()->width()) / m_panel->view()->height());
    const QImage image = m_panel->view()->grabFramebuffer();
    QVERIFY(!image.isNull());
    const auto c = m_panel->scene()->rackColour(m_doc->project().racks[0].id);
    const QColor want = QColor::fromRgbF(float(c[0]), float(c[1]), float(c[2]));
    int near = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QColor px = image.pixelColor(x, y);
            near += std::abs(px.red() - want.red()) + std::abs(px.green() - want.green()) + std::abs(px.blue() - want.blue()) < 30;
        }
    QVERIFY2(near > 50, qPrintable(QString::number(near)));
}

void TestView3DPanel::airFieldControls()
{
    SolveOptions o;
    o.airField = true;
    o.cellM = 0.5;
    m_panel->setResult(solve(o));
    QVERIFY(m_panel->scene()->hasAirField());
    QVERIFY(m_panel->scene()->airFieldDisplay().slice);   // a horizontal slice by default
    QVERIFY(m_panel->scene()->airLayers().front()->sliceOutput()->GetNumberOfPoints() > 0);
    m_panel->setResult(solve());   // T0 only: no field, controls disabled
    QVERIFY(!m_panel->scene()->hasAirField());
}

void TestView3DPanel::exportsAtAnySize()
{
    m_panel->setResult(solve());
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath("big.png");
    QVERIFY2(m_panel->exportPng(png, 2400, 900, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), QSize(2400, 900));
    QVERIFY2(m_panel->exportGeometry(dir.filePath("scene.gltf"), &error), qPrintable(error));
    QVERIFY2(m_panel->exportGeometry(dir.filePath("scene.vtm"), &error), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath("scene.gltf")).size() > 1000);
    // The view still draws after an offscreen export.
    QVERIFY(!m_panel->view()->grabFramebuffer().isNull());
}

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::defaultFormat());
    QApplication app(argc, argv);
    TestView3DPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_view3dpanel.moc"
