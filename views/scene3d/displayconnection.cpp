#include "displayconnection.h"

#include <X11/Xlib.h>

#include <chrono>
#include <thread>

namespace aif::scene3d {

DisplayConnection::DisplayConnection()
{
    for (int attempt = 0; attempt < 20 && !m_display; ++attempt) {
        m_display = XOpenDisplay(nullptr);
        if (!m_display)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

DisplayConnection::~DisplayConnection()
{
    if (m_display)
        XCloseDisplay(static_cast<Display *>(m_display));
}

} // namespace aif::scene3d
