#pragma once

// HBM bandwidth: a device-to-device copy and a read-only reduction kernel, both checked
// against the CPU before they are timed.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace aif::gpucal {

struct HbmResult
{
    double bufferGB = 0.0;   // bytes per buffer, 10^9
    double copyTBps = 0.0;   // (bytes read + bytes written) / time
    double readTBps = 0.0;   // bytes read / time
};

// Large enough to stream from HBM rather than L2 (50 MB on H100, 126 MB on B200), small enough
// for two buffers on any GPU gpu-calibrate runs on: 1 GiB, or an eighth of memory if less.
size_t hbmBufferBytes(size_t totalMemoryBytes);

HbmResult benchHbm(size_t bufferBytes, int repeats);

// Copies back to back for about `seconds` (board power under memory-bound load).
void sustainCopy(size_t bufferBytes, double seconds);

// words[i] = patternWord(i, seed) on the current device; the p2p check uses it too.
void fillPattern(uint32_t *words, size_t count, uint32_t seed);
// Index of the first word of host that differs from the pattern, or -1.
long long firstPatternMismatch(const std::vector<uint32_t> &host, uint32_t seed);

} // namespace aif::gpucal
