#pragma once

#include <QOpenGLWidget>
#include <QPoint>
#include <QSurfaceFormat>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkInteractorStyle;
class vtkObject;
class vtkRenderWindowInteractor;
class vtkRenderer;

namespace aif {

// A Qt 6 QOpenGLWidget hosting a VTK render window. Debian's VTK Qt module
// (QVTKOpenGLNativeWidget) is built against Qt 5, so we embed VTK ourselves: VTK renders into
// its own framebuffers inside this widget's context and paintGL() blits the result into the
// widget's framebuffer. Nothing here draws scene content; callers add renderers.
class VtkOpenGLWidget : public QOpenGLWidget
{
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget *parent = nullptr);
    ~VtkOpenGLWidget() override;

    // OpenGL 3.2 core, depth 24, stencil 8: what VTK's OpenGL2 backend needs. Set it with
    // QSurfaceFormat::setDefaultFormat() before constructing QApplication.
    static QSurfaceFormat defaultFormat();

    vtkGenericOpenGLRenderWindow *renderWindow() const;
    vtkRenderWindowInteractor *interactor() const;
    vtkInteractorStyle *interactorStyle() const;

    // Safe before or after the GL context exists; schedules a repaint.
    void addRenderer(vtkRenderer *renderer);
    void removeRenderer(vtkRenderer *renderer);

    // Schedules a repaint; VTK renders in the next paintGL(). Prefer this over
    // renderWindow()->Render(), which renders synchronously (and only once initialized).
    void requestRender();

    // Widget position (logical pixels, y down) to VTK display position (device pixels, y up).
    QPoint toVtkDisplay(const QPointF &widgetPos) const;

signals:
    // Left press and release with less than ClickSlopPx (logical, Manhattan) of movement in
    // between; the release position and the modifiers held at the press.
    void clicked(const QPoint &vtkDisplayPos, Qt::KeyboardModifiers modifiers);
    // Mouse move with no button held.
    void hovered(const QPoint &vtkDisplayPos, const QPoint &widgetPos);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    static constexpr int ClickSlopPx = 4;

    void onRenderWindowEvent(vtkObject *caller, unsigned long eventId, void *callData);
    void releaseGraphics();
    void setEventPosition(const QPointF &widgetPos, Qt::KeyboardModifiers modifiers,
                          int repeatCount = 0);
    void blitToWidgetFramebuffer();
    void forwardPress(QMouseEvent *event, int repeatCount);
    void setKeyInformation(QKeyEvent *event);

    vtkNew<vtkGenericOpenGLRenderWindow> m_renderWindow;
    vtkNew<vtkGenericRenderWindowInteractor> m_interactor;
    vtkSmartPointer<vtkInteractorStyle> m_style;
    unsigned long m_observerIds[4] = {}; // 3 on the render window, 1 on the interactor

    bool m_inPaint = false;
    // Set when VTK finished a frame outside paintGL() (someone called Render() directly), so the
    // next paintGL() only needs to blit.
    bool m_frameReady = false;
    bool m_leftDown = false;
    bool m_dragged = false;
    QPointF m_pressPos;
    Qt::KeyboardModifiers m_pressModifiers;
    int m_wheelAccumulator = 0;
};

} // namespace aif
