// The Qt 6 host for VTK rendering: a red cube reaches the widget's framebuffer with opaque
// alpha, mouse drags orbit without counting as clicks, clicks report VTK display coordinates,
// the wheel dollies in, and rendering survives re-parenting into a tab widget.
#include "view3d/vtkopenglwidget.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCubeSource.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkMath.h>
#include <vtkNew.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <memory>

using namespace aif;

namespace {

// Dark blue-grey background, distinct from the cube's red in every channel.
constexpr double BackgroundRgb[3] = {0.10, 0.12, 0.16};

vtkSmartPointer<vtkRenderer> makeCubeScene()
{
    vtkNew<vtkCubeSource> cube;
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(cube->GetOutputPort());
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(1.0, 0.0, 0.0);
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    renderer->SetBackground(BackgroundRgb[0], BackgroundRgb[1], BackgroundRgb[2]);
    renderer->AddActor(actor);
    renderer->ResetCamera();
    renderer->GetActiveCamera()->Azimuth(25);
    renderer->GetActiveCamera()->Elevation(20);
    renderer->ResetCameraClippingRange();
    return renderer;
}

bool isRedDominant(QRgb c)
{
    return qRed(c) > 120 && qGreen(c) < 60 && qBlue(c) < 60;
}

bool isBackground(QRgb c)
{
    auto near = [](int actual, double expected) {
        return qAbs(actual - expected * 255) <= 3;
    };
    return near(qRed(c), BackgroundRgb[0]) && near(qGreen(c), BackgroundRgb[1])
        && near(qBlue(c), BackgroundRgb[2]);
}

QString describe(QRgb c)
{
    return QStringLiteral("rgba(%1,%2,%3,%4)")
        .arg(qRed(c))
        .arg(qGreen(c))
        .arg(qBlue(c))
        .arg(qAlpha(c));
}

void sendWheel(QWidget *widget, QPoint pos, int angleDeltaY)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestVtkOpenGLWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rendersCubeWithOpaqueAlpha();
    void dragOrbitsWithoutClick();
    void clickReportsVtkDisplayPosition();
    void hoverReportsBothPositions();
    void wheelDolliesIn();
    void survivesReparentingIntoTabs();
    void swapsRenderersAndRendersDirectly();
    void destroysWithoutEverShowing();

private:
    void showAndExpose(QWidget *window);
    QRgb centrePixel();

    std::unique_ptr<VtkOpenGLWidget> m_widget;
    vtkSmartPointer<vtkRenderer> m_renderer;
};

void TestVtkOpenGLWidget::init()
{
    m_widget = std::make_unique<VtkOpenGLWidget>();
    m_renderer = makeCubeScene();
    // Before the context exists: addRenderer() must be safe now.
    m_widget->addRenderer(m_renderer);
    m_widget->resize(400, 300);
}

void TestVtkOpenGLWidget::cleanup()
{
    m_widget.reset();
    m_renderer = nullptr;
}

void TestVtkOpenGLWidget::showAndExpose(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

QRgb TestVtkOpenGLWidget::centrePixel()
{
    const QImage image = m_widget->grabFramebuffer();
    return image.isNull() ? 0 : image.pixel(image.width() / 2, image.height() / 2);
}

void TestVtkOpenGLWidget::rendersCubeWithOpaqueAlpha()
{
    showAndExpose(m_widget.get());
    const QImage image = m_widget->grabFramebuffer();
    // Device pixels: grabs are dpr times the widget size on HiDPI screens.
    QCOMPARE(image.size(), m_widget->size() * m_widget->devicePixelRatio());
    const QString png = QDir::temp().filePath("tst_vtkopenglwidget.png");
    QVERIFY(image.save(png));

    const QRgb centre = image.pixel(image.width() / 2, image.height() / 2);
    const QRgb corner = image.pixel(2, 2);
    QVERIFY2(isRedDominant(centre), qPrintable(describe(centre)));
    QVERIFY2(isBackground(corner), qPrintable(describe(corner)));
    // The background pixels VTK leaves at alpha 0 must come out opaque, or the compositor
    // shows through the window.
    for (int y = 0; y < image.height(); y += 37) {
        for (int x = 0; x < image.width(); x += 41) {
            const QRgb c = image.pixel(x, y);
            QVERIFY2(qAlpha(c) == 255,
                     qPrintable(QStringLiteral("(%1,%2) %3").arg(x).arg(y).arg(describe(c))));
        }
    }
}

void TestVtkOpenGLWidget::dragOrbitsWithoutClick()
{
    showAndExpose(m_widget.get());
    QSignalSpy clicks(m_widget.get(), &VtkOpenGLWidget::clicked);
    vtkCamera *camera = m_renderer->GetActiveCamera();
    double before[3];
    camera->GetPosition(before);

    const QPoint start(150, 150);
    QTest::mousePress(m_widget.get(), Qt::LeftButton, Qt::NoModifier, start);
    for (int dx = 10; dx <= 100; dx += 10)
        QTest::mouseMove(m_widget.get(), start + QPoint(dx, 0));
    QTest::mouseRelease(m_widget.get(), Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 0));

    double after[3];
    camera->GetPosition(after);
    const double moved = std::sqrt(vtkMath::Distance2BetweenPoints(before, after));
    QVERIFY2(moved > 0.1, qPrintable(QString::number(moved)));
    QCOMPARE(clicks.count(), 0);
    QVERIFY(isRedDominant(centrePixel()));
}

void TestVtkOpenGLWidget::clickReportsVtkDisplayPosition()
{
    showAndExpose(m_widget.get());
    QSignalSpy clicks(m_widget.get(), &VtkOpenGLWidget::clicked);
    double before[3];
    m_renderer->GetActiveCamera()->GetPosition(before);

    const QPoint pos(120, 100);
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, Qt::ControlModifier, pos);

    QCOMPARE(clicks.count(), 1);
    const qreal dpr = m_widget->devicePixelRatioF();
    const int deviceHeight = qRound(m_widget->height() * dpr);
    const QPoint expected(qRound(pos.x() * dpr), deviceHeight - 1 - qRound(pos.y() * dpr));
    QCOMPARE(clicks.at(0).at(0).toPoint(), expected);
    QCOMPARE(clicks.at(0).at(1).value<Qt::KeyboardModifiers>(),
             Qt::KeyboardModifiers(Qt::ControlModifier));
    // A click in place must not move the camera.
    double after[3];
    m_renderer->GetActiveCamera()->GetPosition(after);
    QCOMPARE(vtkMath::Distance2BetweenPoints(before, after), 0.0);

    // A 2 px jitter is still a click.
    QTest::mousePress(m_widget.get(), Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseMove(m_widget.get(), pos + QPoint(1, 1));
    QTest::mouseRelease(m_widget.get(), Qt::LeftButton, Qt::NoModifier, pos + QPoint(1, 1));
    QCOMPARE(clicks.count(), 2);
}

void TestVtkOpenGLWidget::hoverReportsBothPositions()
{
    showAndExpose(m_widget.get());
    QSignalSpy hovers(m_widget.get(), &VtkOpenGLWidget::hovered);
    // QTest::mouseMove() without a button only warps the cursor; send the move directly.
    const QPoint pos(40, 30);
    QMouseEvent move(QEvent::MouseMove, pos, m_widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(m_widget.get(), &move);
    QCOMPARE(hovers.count(), 1);
    const QList<QVariant> last = hovers.last();
    QCOMPARE(last.at(1).toPoint(), pos);
    QCOMPARE(last.at(0).toPoint(), m_widget->toVtkDisplay(pos));
}

void TestVtkOpenGLWidget::wheelDolliesIn()
{
    showAndExpose(m_widget.get());
    vtkCamera *camera = m_renderer->GetActiveCamera();
    const double before = camera->GetDistance();
    sendWheel(m_widget.get(), QPoint(200, 150), 120);
    const double closer = camera->GetDistance();
    QVERIFY2(closer < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(closer)));
    // Half notches accumulate instead of being dropped or rounded up.
    sendWheel(m_widget.get(), QPoint(200, 150), -60);
    QCOMPARE(camera->GetDistance(), closer);
    sendWheel(m_widget.get(), QPoint(200, 150), -60);
    QVERIFY(camera->GetDistance() > closer);
}

void TestVtkOpenGLWidget::survivesReparentingIntoTabs()
{
    // Render once as a top-level window, then move into a tab of another window: Qt gives the
    // widget a new GL context and VTK must rebuild its resources in it.
    showAndExpose(m_widget.get());
    QVERIFY(isRedDominant(centrePixel()));

    QTabWidget tabs;
    tabs.resize(420, 360);
    tabs.addTab(new QWidget, "Other");
    VtkOpenGLWidget *widget = m_widget.release(); // the tab widget owns it now
    tabs.addTab(widget, "3D");
    tabs.setCurrentIndex(1);
    showAndExpose(&tabs);
    QTRY_VERIFY(widget->isVisible());

    tabs.setCurrentIndex(0);
    QTRY_VERIFY(!widget->isVisible());
    QTest::qWait(20);
    tabs.setCurrentIndex(1);
    QTRY_VERIFY(widget->isVisible());

    const QImage image = widget->grabFramebuffer();
    QVERIFY(!image.isNull());
    image.save(QDir::temp().filePath("tst_vtkopenglwidget_tab.png"));
    const QRgb centre = image.pixel(image.width() / 2, image.height() / 2);
    const QRgb corner = image.pixel(2, 2);
    QVERIFY2(isRedDominant(centre), qPrintable(describe(centre)));
    QVERIFY2(isBackground(corner), qPrintable(describe(corner)));
    QCOMPARE(qAlpha(corner), 255);
    // tabs deletes the widget with its context still alive: the destructor path.
}

void TestVtkOpenGLWidget::swapsRenderersAndRendersDirectly()
{
    showAndExpose(m_widget.get());
    QVERIFY(isRedDominant(centrePixel()));

    // After the context exists: a plain green renderer replaces the cube.
    vtkNew<vtkRenderer> green;
    green->SetBackground(0.0, 1.0, 0.0);
    m_widget->removeRenderer(m_renderer);
    m_widget->addRenderer(green);
    QRgb centre = centrePixel();
    QVERIFY2(qGreen(centre) > 240 && qRed(centre) < 10, qPrintable(describe(centre)));

    // A direct Render() (what code outside the widget may do) shows up on the next paint,
    // also while the widget is hidden.
    m_widget->hide();
    green->SetBackground(0.0, 0.0, 1.0);
    m_widget->renderWindow()->Render();
    centre = centrePixel();
    QVERIFY2(qBlue(centre) > 240 && qGreen(centre) < 10, qPrintable(describe(centre)));
    QCOMPARE(qAlpha(centre), 255);
}

void TestVtkOpenGLWidget::destroysWithoutEverShowing()
{
    // No GL context ever existed: Render() must be a no-op and destruction must not touch GL.
    m_widget->renderWindow()->Render();
    m_widget->requestRender();
    m_widget.reset();
}

// QTEST_MAIN cannot set the surface format before QApplication exists, and VTK needs a
// 3.2 core context with depth and stencil in every QOpenGLWidget.
int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::defaultFormat());
    QApplication app(argc, argv);
    TestVtkOpenGLWidget test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_vtkopenglwidget.moc"
