#pragma once

namespace aif::scene3d {

// X display connections for VTK's offscreen render windows. Kept in its own file: Xlib's
// macros (None, Status, Bool) must not leak into code that includes Qt or the model.

// An X connection handed to a vtkRenderWindow (SetDisplayId) so that VTK does not open its own:
// VTK aborts the process when its XOpenDisplay fails, which a busy Xvfb occasionally makes it
// do; here the open is retried for up to a second and a failure is an error, not an abort.
// Declare it before the window so that it closes after the window is gone.
class DisplayConnection
{
public:
    DisplayConnection();
    ~DisplayConnection();
    DisplayConnection(const DisplayConnection &) = delete;
    DisplayConnection &operator=(const DisplayConnection &) = delete;
    void *id() const { return m_display; }   // Display *, or null when it could not be opened

private:
    void *m_display = nullptr;
};

} // namespace aif::scene3d
