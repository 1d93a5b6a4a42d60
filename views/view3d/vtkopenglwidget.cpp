#include "vtkopenglwidget.h"

#include "vtkqtinput.h"

#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QWheelEvent>
#include <QtMath>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <cstdlib>

namespace aif {

VtkOpenGLWidget::VtkOpenGLWidget(QWidget *parent)
    : QOpenGLWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // hovered() needs moves with no button held
    setMinimumSize(16, 16);

    // Not ready until initializeGL(): a Render() before the context exists must be a no-op.
    m_renderWindow->SetReadyForRendering(false);
    m_renderWindow->SetOwnContext(0);
    // Leave the result in VTK's display framebuffer; paintGL() blits it into Qt's.
    m_renderWindow->SetFrameBlitModeToNoBlit();
    // Core profiles reject wide lines; VTK then draws them with a geometry shader instead.
    m_renderWindow->SetForceMaximumHardwareLineWidth(1);
    // MSAA costs several times the fill rate on software GL (llvmpipe in CI and remote
    // desktops); callers wanting smooth edges can use renderer FXAA or raise this.
    m_renderWindow->SetMultiSamples(0);

    vtkNew<vtkCallbackCommand> callback;
    callback->SetClientData(this);
    callback->SetCallback([](vtkObject *caller, unsigned long id, void *client, void *data) {
        static_cast<VtkOpenGLWidget *>(client)->onRenderWindowEvent(caller, id, data);
    });
    m_observerIds[0] = m_renderWindow->AddObserver(vtkCommand::WindowMakeCurrentEvent, callback);
    m_observerIds[1] = m_renderWindow->AddObserver(vtkCommand::WindowIsCurrentEvent, callback);
    m_observerIds[2] = m_renderWindow->AddObserver(vtkCommand::WindowFrameEvent, callback);
    // The interactor fires RenderEvent even with rendering disabled, so styles and 3D widgets
    // that ask for a render (hover highlights, ...) get a repaint.
    m_observerIds[3] = m_interactor->AddObserver(vtkCommand::RenderEvent, callback);

    // Qt drives rendering: the style's own Render() calls become no-ops, each forwarded event
    // ends with update() and paintGL() renders once per frame.
    m_interactor->EnableRenderOff();
    m_interactor->SetRenderWindow(m_renderWindow);
    m_style = vtkSmartPointer<StudioTrackballStyle>::New();
    m_interactor->SetInteractorStyle(m_style);
    m_interactor->Initialize();
}

VtkOpenGLWidget::~VtkOpenGLWidget()
{
    // QOpenGLWidget destroys the context only after this body, when our half of the object is
    // gone: release VTK's GL objects now and stop listening for aboutToBeDestroyed.
    releaseGraphics();
    if (context())
        disconnect(context(), nullptr, this, nullptr);
    for (int i = 0; i < 3; ++i)
        m_renderWindow->RemoveObserver(m_observerIds[i]);
    m_interactor->RemoveObserver(m_observerIds[3]);
    m_interactor->SetInteractorStyle(nullptr);
    m_interactor->SetRenderWindow(nullptr);
}

QSurfaceFormat VtkOpenGLWidget::defaultFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    return format;
}

vtkGenericOpenGLRenderWindow *VtkOpenGLWidget::renderWindow() const
{
    return m_renderWindow;
}

vtkRenderWindowInteractor *VtkOpenGLWidget::interactor() const
{
    return m_interactor;
}

vtkInteractorStyle *VtkOpenGLWidget::interactorStyle() const
{
    return m_style;
}

void VtkOpenGLWidget::addRenderer(vtkRenderer *renderer)
{
    if (!renderer || m_renderWindow->HasRenderer(renderer))
        return;
    m_renderWindow->AddRenderer(renderer);
    requestRender();
}

void VtkOpenGLWidget::removeRenderer(vtkRenderer *renderer)
{
    if (!renderer || !m_renderWindow->HasRenderer(renderer))
        return;
    // The renderer's GL resources live in our context; free them while it can be made current.
    if (context()) {
        makeCurrent();
        renderer->ReleaseGraphicsResources(m_renderWindow);
    }
    m_renderWindow->RemoveRenderer(renderer);
    requestRender();
}

void VtkOpenGLWidget::requestRender()
{
    m_frameReady = false;
    update();
}

QPoint VtkOpenGLWidget::toVtkDisplay(const QPointF &widgetPos) const
{
    const qreal dpr = devicePixelRatioF();
    const int deviceHeight = qRound(height() * dpr);
    return QPoint(qFloor(widgetPos.x() * dpr), deviceHeight - 1 - qFloor(widgetPos.y() * dpr));
}

void VtkOpenGLWidget::initializeGL()
{
    // Called again with a fresh context after re-parenting into another top-level window;
    // releaseGraphics() has already dropped everything tied to the old one.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkOpenGLWidget::releaseGraphics,
            Qt::UniqueConnection);
    m_renderWindow->SetReadyForRendering(true);
    m_renderWindow->SetMapped(1);
    // Qt leaves the context at GL_LESS; VTK's translucent passes and coincident-topology
    // offsets expect GL_LEQUAL (as QVTKOpenGLNativeWidget does).
    m_renderWindow->GetState()->Reset();
    m_renderWindow->GetState()->vtkglDepthFunc(GL_LEQUAL);
    m_renderWindow->OpenGLInitContext();
    m_frameReady = false;
}

void VtkOpenGLWidget::resizeGL(int w, int h)
{
    const qreal dpr = devicePixelRatioF();
    const int dw = qRound(w * dpr);
    const int dh = qRound(h * dpr);
    // UpdateSize resizes the render window too and fires WindowResizeEvent for observers.
    m_interactor->UpdateSize(dw, dh);
    m_renderWindow->SetSize(dw, dh);
    // 72 is vtkWindow's default; scaling it keeps text and point sizes physical on HiDPI.
    m_renderWindow->SetDPI(qRound(72 * dpr));
    m_frameReady = false;
}

void VtkOpenGLWidget::paintGL()
{
    if (!m_renderWindow->GetReadyForRendering())
        return;
    m_inPaint = true;
    if (!m_frameReady)
        m_renderWindow->Render();
    m_frameReady = false;
    m_inPaint = false;
    // Render() may have run code that made another widget's context current.
    makeCurrent();
    blitToWidgetFramebuffer();
}

void VtkOpenGLWidget::blitToWidgetFramebuffer()
{
    vtkOpenGLFramebufferObject *display = m_renderWindow->GetDisplayFramebuffer();
    QOpenGLExtraFunctions *f = context()->extraFunctions();
    const int dw = qRound(width() * devicePixelRatioF());
    const int dh = qRound(height() * devicePixelRatioF());
    if (!display || display->GetFBOIndex() == 0) {
        f->glClearColor(0, 0, 0, 1);
        f->glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    int *size = display->GetLastSize();

    f->glBindFramebuffer(GL_READ_FRAMEBUFFER, display->GetFBOIndex());
    f->glReadBuffer(GL_COLOR_ATTACHMENT0);
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    // Scissor also clips blits and clears; VTK may leave it enabled.
    f->glDisable(GL_SCISSOR_TEST);
    f->glViewport(0, 0, dw, dh);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    f->glBlitFramebuffer(0, 0, size[0], size[1], 0, 0, dw, dh, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());

    // VTK leaves alpha 0 on the background; with Mesa or an alpha-capable surface the
    // compositor would then show whatever lies behind the window (paraview/paraview#17159).
    f->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    f->glClearColor(0, 0, 0, 1);
    f->glClear(GL_COLOR_BUFFER_BIT);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    // VTK caches GL state; code that uses it outside Render() (ReadPixels, picking) must not
    // see the bindings from before our blit.
    m_renderWindow->GetState()->Reset();
}

void VtkOpenGLWidget::releaseGraphics()
{
    if (!m_renderWindow->GetReadyForRendering())
        return;
    // Finalize() makes the context current through WindowMakeCurrentEvent; it must still be
    // ready for rendering at that point or VTK skips the release.
    makeCurrent();
    m_renderWindow->Finalize();
    m_renderWindow->SetReadyForRendering(false);
    m_frameReady = false;
    doneCurrent();
}

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject *, unsigned long eventId, void *callData)
{
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        // QOpenGLWidget::makeCurrent() also binds Qt's framebuffer. VTK asks for the context
        // in the middle of building its own framebuffers and caches which one is bound, so a
        // rebind here would send VTK's attachments into Qt's framebuffer.
        if (context() && QOpenGLContext::currentContext() != context()) {
            makeCurrent();
            m_renderWindow->GetState()->Reset(); // makeCurrent() rebound Qt's framebuffer
        }
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool *>(callData) = context() && QOpenGLContext::currentContext() == context();
        break;
    case vtkCommand::WindowFrameEvent:
        // A frame rendered outside paintGL() (direct Render()) only needs showing. Inside
        // paintGL() an update() would schedule an endless chain of repaints.
        if (!m_inPaint) {
            m_frameReady = true;
            update();
        }
        break;
    case vtkCommand::RenderEvent:
        requestRender();
        break;
    default:
        break;
    }
}

void VtkOpenGLWidget::setEventPosition(const QPointF &widgetPos, Qt::KeyboardModifiers modifiers,
                                       int repeatCount)
{
    setVtkEventInformation(m_interactor, toVtkDisplay(widgetPos), modifiers, repeatCount);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent *event)
{
    forwardPress(event, 0);
}

void VtkOpenGLWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Qt sends press, release, double-click, release; VTK marks the second press with a
    // repeat count instead. The second release still counts as a click.
    forwardPress(event, 1);
}

void VtkOpenGLWidget::forwardPress(QMouseEvent *event, int repeatCount)
{
    const auto [press, release] = vtkButtonEvents(event->button());
    if (press == vtkCommand::NoEvent)
        return;
    setEventPosition(event->position(), event->modifiers(), repeatCount);
    if (event->button() == Qt::LeftButton) {
        m_leftDown = true;
        m_dragged = false;
        m_pressPos = event->position();
        m_pressModifiers = event->modifiers();
    }
    m_interactor->InvokeEvent(press);
    event->accept();
    requestRender();
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [press, release] = vtkButtonEvents(event->button());
    if (release == vtkCommand::NoEvent)
        return;
    setEventPosition(event->position(), event->modifiers());
    m_interactor->InvokeEvent(release);
    if (event->button() == Qt::LeftButton) {
        const bool wasClick = m_leftDown && !m_dragged;
        m_leftDown = false;
        if (wasClick)
            emit clicked(toVtkDisplay(event->position()), m_pressModifiers);
    }
    event->accept();
    requestRender();
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    if (m_leftDown && (event->position() - m_pressPos).manhattanLength() >= ClickSlopPx)
        m_dragged = true;
    m_interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
    if (event->buttons() == Qt::NoButton) {
        emit hovered(toVtkDisplay(event->position()), event->position().toPoint());
        // Nothing moved; whoever highlights on hover asks for a render (RenderEvent or
        // requestRender()), so llvmpipe does not redraw the scene on every pointer move.
        return;
    }
    requestRender();
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    // One VTK wheel event per 120 units (one notch); touchpads deliver fractions of a notch.
    m_wheelAccumulator += event->angleDelta().y();
    while (std::abs(m_wheelAccumulator) >= 120) {
        const bool forward = m_wheelAccumulator > 0;
        m_wheelAccumulator += forward ? -120 : 120;
        m_interactor->InvokeEvent(forward ? vtkCommand::MouseWheelForwardEvent
                                          : vtkCommand::MouseWheelBackwardEvent);
    }
    event->accept();
    requestRender();
}

void VtkOpenGLWidget::enterEvent(QEnterEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    m_interactor->InvokeEvent(vtkCommand::EnterEvent);
    QOpenGLWidget::enterEvent(event);
}

void VtkOpenGLWidget::leaveEvent(QEvent *event)
{
    m_interactor->InvokeEvent(vtkCommand::LeaveEvent);
    QOpenGLWidget::leaveEvent(event);
}

void VtkOpenGLWidget::keyPressEvent(QKeyEvent *event)
{
    setKeyInformation(event);
    m_interactor->InvokeEvent(vtkCommand::KeyPressEvent);
    if (m_interactor->GetKeyCode())
        m_interactor->InvokeEvent(vtkCommand::CharEvent);
    requestRender();
    // Left unaccepted so window shortcuts (Escape in dialogs, ...) still reach the parents.
    QOpenGLWidget::keyPressEvent(event);
}

void VtkOpenGLWidget::keyReleaseEvent(QKeyEvent *event)
{
    setKeyInformation(event);
    m_interactor->InvokeEvent(vtkCommand::KeyReleaseEvent);
    QOpenGLWidget::keyReleaseEvent(event);
}

void VtkOpenGLWidget::setKeyInformation(QKeyEvent *event)
{
    // Key events carry no position; VTK pickers triggered by keys expect the pointer's.
    setEventPosition(mapFromGlobal(QCursor::pos()), event->modifiers(),
                     event->isAutoRepeat() ? 1 : 0);
    m_interactor->SetKeyCode(vtkKeyCode(event));
    m_interactor->SetKeySym(vtkKeySym(event).constData()); // copies the string
}

} // namespace aif
