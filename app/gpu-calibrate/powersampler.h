#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

namespace aif::gpucal {

class NvmlPower;

// Samples board power on a thread while a load runs on the caller's. NVML reports power
// averaged over the last second on Ampere and newer (nvmlDeviceGetPowerUsage reference), so
// samples from the first rampSeconds of a load still mix in the state before it and are dropped.
class PowerSampler
{
public:
    PowerSampler(const NvmlPower &nvml, double rampSeconds, double periodSeconds = 0.05);
    ~PowerSampler();
    PowerSampler(const PowerSampler &) = delete;
    PowerSampler &operator=(const PowerSampler &) = delete;

    void start();
    std::optional<double> stop();   // mean W of the samples after the ramp; null when none

private:
    void run();

    const NvmlPower &m_nvml;
    double m_rampSeconds;
    double m_periodSeconds;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::vector<double> m_samplesW;   // the thread's until it is joined
};

// Mean board power while load(seconds) runs, or null without NVML (the load is then skipped:
// it exists only to be measured). load must keep the GPU busy for about the given seconds.
std::optional<double> averagePowerW(const NvmlPower &nvml, double seconds, double rampSeconds,
                                    const std::function<void(double seconds)> &load);

} // namespace aif::gpucal
