#pragma once

// Plumbing the benchmarks share: an owned device buffer, event timing of batched calls, and a
// hash that the GPU and the CPU both use to make data (include from .cu files only).
#include "check.h"

#include <cuda_runtime.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

namespace aif::gpucal {

// One cudaMalloc'd buffer on the current device.
class DeviceBuffer
{
public:
    explicit DeviceBuffer(size_t bytes)
        : m_bytes(bytes)
    {
        CHECK(cudaMalloc(&m_data, bytes));
    }
    ~DeviceBuffer() { CHECK(cudaFree(m_data)); }
    DeviceBuffer(const DeviceBuffer &) = delete;
    DeviceBuffer &operator=(const DeviceBuffer &) = delete;

    void *data() const { return m_data; }
    template<typename T>
    T *as() const { return static_cast<T *>(m_data); }
    size_t bytes() const { return m_bytes; }

    // count elements of type T from element `offset` on (synchronises with the device).
    template<typename T>
    std::vector<T> toHost(size_t count, size_t offset = 0) const
    {
        std::vector<T> v(count);
        CHECK(cudaMemcpy(v.data(), static_cast<const T *>(m_data) + offset, count * sizeof(T),
                         cudaMemcpyDeviceToHost));
        return v;
    }

private:
    void *m_data = nullptr;
    size_t m_bytes = 0;
};

class EventTimer
{
public:
    EventTimer()
    {
        CHECK(cudaEventCreate(&m_start));
        CHECK(cudaEventCreate(&m_stop));
    }
    ~EventTimer()
    {
        CHECK(cudaEventDestroy(m_start));
        CHECK(cudaEventDestroy(m_stop));
    }
    EventTimer(const EventTimer &) = delete;
    EventTimer &operator=(const EventTimer &) = delete;

    void start(cudaStream_t s) { CHECK(cudaEventRecord(m_start, s)); }
    double stopMs(cudaStream_t s)
    {
        CHECK(cudaEventRecord(m_stop, s));
        CHECK(cudaEventSynchronize(m_stop));
        float ms = 0.0f;
        CHECK(cudaEventElapsedTime(&ms, m_start, m_stop));
        return ms;
    }

private:
    cudaEvent_t m_start = nullptr;
    cudaEvent_t m_stop = nullptr;
};

// Median of the batch times: one batch slowed by a clock change or another process does not
// move it, where a mean would.
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Milliseconds per call of run() (which enqueues work on s): warm-up, then the median of
// `repeats` batches. A batch lasts about targetMs because one short call would time launch
// overhead and the events' ~0.5 us resolution, not the GPU.
template<typename Run>
double medianMsPerCall(Run &&run, int repeats, double targetMs, cudaStream_t s)
{
    for (int i = 0; i < 3; ++i)   // clocks up, kernels loaded, pages mapped
        run();
    EventTimer timer;
    timer.start(s);
    run();
    const double oneMs = std::max(timer.stopMs(s), 1e-3);
    const int iters = std::clamp(int(targetMs / oneMs), 1, 10000);
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        timer.start(s);
        for (int i = 0; i < iters; ++i)
            run();
        ms.push_back(timer.stopMs(s) / iters);
    }
    return median(ms);
}

// Calls run() back to back for about `seconds`, a steady load to sample board power under.
template<typename Run>
void runFor(Run &&run, double seconds, cudaStream_t s)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                     std::chrono::duration<double>(seconds));
    while (Clock::now() < end) {
        for (int i = 0; i < 8; ++i)
            run();
        CHECK(cudaStreamSynchronize(s));
    }
}

// lowbias32 integer hash (C. Wellons, "Prospecting for Hash Functions", 2018): cheap, and the
// same on host and device, so the CPU can recompute any word the GPU wrote.
__host__ __device__ inline uint32_t mixBits(uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

} // namespace aif::gpucal
