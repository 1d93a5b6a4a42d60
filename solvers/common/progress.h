#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace aif {

// Progress and cancellation shared by every solver. Solvers poll cancelled() in their loops
// and report() a fraction with a stage name; the GUI forwards it to the status bar.
class Progress
{
public:
    using Callback = std::function<void(double fraction, const std::string &stage)>;

    explicit Progress(Callback callback = {}) : m_callback(std::move(callback)) {}

    void report(double fraction, const std::string &stage) const
    {
        if (m_callback)
            m_callback(fraction, stage);
    }
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

} // namespace aif
