#include "powersampler.h"

#include "nvmlpower.h"

#include <chrono>
#include <numeric>

namespace aif::gpucal {

PowerSampler::PowerSampler(const NvmlPower &nvml, double rampSeconds, double periodSeconds)
    : m_nvml(nvml)
    , m_rampSeconds(rampSeconds)
    , m_periodSeconds(periodSeconds)
{}

PowerSampler::~PowerSampler()
{
    stop();
}

void PowerSampler::start()
{
    stop();
    m_samplesW.clear();
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

std::optional<double> PowerSampler::stop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        m_thread.join();
    }
    if (m_samplesW.empty())
        return std::nullopt;
    return std::accumulate(m_samplesW.begin(), m_samplesW.end(), 0.0) / double(m_samplesW.size());
}

void PowerSampler::run()
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point begin = Clock::now();
    const auto period = std::chrono::duration<double>(m_periodSeconds);
    while (!m_stopping) {
        const std::chrono::duration<double> elapsed = Clock::now() - begin;
        if (elapsed.count() >= m_rampSeconds) {
            if (const std::optional<double> w = m_nvml.powerW())
                m_samplesW.push_back(*w);
        }
        std::this_thread::sleep_for(period);
    }
}

std::optional<double> averagePowerW(const NvmlPower &nvml, double seconds, double rampSeconds,
                                    const std::function<void(double seconds)> &load)
{
    if (!nvml.isOpen())
        return std::nullopt;
    PowerSampler sampler(nvml, rampSeconds);
    sampler.start();
    load(seconds);
    return sampler.stop();
}

} // namespace aif::gpucal
