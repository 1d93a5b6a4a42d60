#pragma once

#include <QByteArray>
#include <Qt>

#include <vtkCommand.h>
#include <vtkInteractorStyleTrackballCamera.h>

#include <utility>

class QKeyEvent;
class QPoint;
class vtkRenderWindowInteractor;

namespace aif {

// Qt input events translated into what vtkRenderWindowInteractor and its styles expect, for
// VtkOpenGLWidget (which embeds VTK without VTK's Qt module, see vtkopenglwidget.h), plus the
// interactor style that widget installs.

// Trackball camera (left orbit, middle or shift+left pan, wheel or right dolly) without the
// stock single-letter shortcuts: 'q'/'e' would terminate the interactor, '3' switches the
// embedded window to stereo, 'w'/'s' rewrite every actor's representation behind the scene's
// back. Only 'r' (reset camera) is harmless enough to keep.
class StudioTrackballStyle : public vtkInteractorStyleTrackballCamera
{
public:
    static StudioTrackballStyle *New();
    vtkTypeMacro(StudioTrackballStyle, vtkInteractorStyleTrackballCamera)

    void OnChar() override;
};

// VTK's key symbol: X11 keysym names, as vtkXRenderWindowInteractor reports them, or the
// character itself for printable keys; empty when there is none.
QByteArray vtkKeySym(const QKeyEvent *event);
// VTK's key code: the ASCII character the key typed, 0 for none.
char vtkKeyCode(const QKeyEvent *event);

// The interactor events for pressing and releasing a mouse button; NoEvent for buttons VTK's
// styles do not know.
std::pair<vtkCommand::EventIds, vtkCommand::EventIds> vtkButtonEvents(Qt::MouseButton button);

// Sets the interactor's event position (a VTK display position, see
// VtkOpenGLWidget::toVtkDisplay()), modifier keys and repeat count.
void setVtkEventInformation(vtkRenderWindowInteractor *interactor, const QPoint &vtkDisplayPos,
                            Qt::KeyboardModifiers modifiers, int repeatCount);

} // namespace aif
