// Qt input translated for VTK (see vtkqtinput.h).
#include "vtkqtinput.h"

#include <QKeyEvent>
#include <QPoint>

#include <vtkObjectFactory.h>
#include <vtkRenderWindowInteractor.h>

namespace aif {

vtkStandardNewMacro(StudioTrackballStyle);

void StudioTrackballStyle::OnChar()
{
    const char key = this->Interactor ? this->Interactor->GetKeyCode() : 0;
    if (key == 'r' || key == 'R')
        vtkInteractorStyleTrackballCamera::OnChar();
}

QByteArray vtkKeySym(const QKeyEvent *event)
{
    static const std::pair<int, const char *> named[]
        = {{Qt::Key_Escape, "Escape"},       {Qt::Key_Tab, "Tab"},
           {Qt::Key_Backspace, "BackSpace"}, {Qt::Key_Return, "Return"},
           {Qt::Key_Enter, "KP_Enter"},      {Qt::Key_Delete, "Delete"},
           {Qt::Key_Home, "Home"},           {Qt::Key_End, "End"},
           {Qt::Key_Left, "Left"},           {Qt::Key_Up, "Up"},
           {Qt::Key_Right, "Right"},         {Qt::Key_Down, "Down"},
           {Qt::Key_PageUp, "Prior"},        {Qt::Key_PageDown, "Next"},
           {Qt::Key_Shift, "Shift_L"},       {Qt::Key_Alt, "Alt_L"},
           {Qt::Key_Control, "Control_L"},   {Qt::Key_Space, "space"},
           {Qt::Key_Plus, "plus"},           {Qt::Key_Minus, "minus"}};
    for (const auto &[key, name] : named) {
        if (key == event->key())
            return name;
    }
    if (event->key() >= Qt::Key_F1 && event->key() <= Qt::Key_F35)
        return "F" + QByteArray::number(event->key() - Qt::Key_F1 + 1);
    const QString text = event->text();
    if (text.size() == 1 && text.at(0) > QLatin1Char(' ') && text.at(0).unicode() < 127)
        return text.toLatin1();
    return {};
}

char vtkKeyCode(const QKeyEvent *event)
{
    const QString text = event->text();
    return text.size() == 1 && text.at(0).unicode() < 128 ? text.at(0).toLatin1() : 0;
}

std::pair<vtkCommand::EventIds, vtkCommand::EventIds> vtkButtonEvents(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton:
        return {vtkCommand::LeftButtonPressEvent, vtkCommand::LeftButtonReleaseEvent};
    case Qt::MiddleButton:
        return {vtkCommand::MiddleButtonPressEvent, vtkCommand::MiddleButtonReleaseEvent};
    case Qt::RightButton:
        return {vtkCommand::RightButtonPressEvent, vtkCommand::RightButtonReleaseEvent};
    default:
        return {vtkCommand::NoEvent, vtkCommand::NoEvent};
    }
}

void setVtkEventInformation(vtkRenderWindowInteractor *interactor, const QPoint &vtkDisplayPos,
                            Qt::KeyboardModifiers modifiers, int repeatCount)
{
    interactor->SetEventInformation(vtkDisplayPos.x(), vtkDisplayPos.y(),
                                    modifiers.testFlag(Qt::ControlModifier),
                                    modifiers.testFlag(Qt::ShiftModifier), 0, repeatCount);
    interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier));
}

} // namespace aif
