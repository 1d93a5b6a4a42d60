#include "p2pbench.h"

#include "cudautil.h"
#include "hbmbench.h"

#include <cstdio>

namespace aif::gpucal {

namespace {

// 256 MiB: long enough (~1 ms even over NVLink 5) that copy set-up does not count.
constexpr size_t kCopyBytes = size_t(256) << 20;
constexpr size_t kCheckWords = (size_t(1) << 20) + 3;
constexpr double kBatchMs = 50.0;

// Direct copies need access enabled both ways; "already enabled" is fine (an earlier pair).
void enablePeerAccess(int device, int peer)
{
    CHECK(cudaSetDevice(device));
    const cudaError_t e = cudaDeviceEnablePeerAccess(peer, 0);
    if (e == cudaErrorPeerAccessAlreadyEnabled)
        (void)cudaGetLastError();   // returns and clears that error, or the next CHECK_LAUNCH fails
    else
        CHECK(e);
}

void checkPeerCopy(int from, int to, const DeviceBuffer &src, const DeviceBuffer &dst)
{
    const uint32_t seed = 0x68e31da4u;
    CHECK(cudaSetDevice(from));
    fillPattern(src.as<uint32_t>(), kCheckWords, seed);
    CHECK(cudaMemcpyPeer(dst.data(), to, src.data(), from, kCheckWords * 4));
    CHECK(cudaSetDevice(to));
    const long long bad = firstPatternMismatch(dst.toHost<uint32_t>(kCheckWords), seed);
    if (bad >= 0) {
        std::fprintf(stderr,
                     "gpu-calibrate: peer copy GPU %d -> %d: word %lld differs from the CPU\n",
                     from, to, bad);
        std::exit(1);
    }
}

P2pPairResult timePair(int from, int to, int repeats)
{
    enablePeerAccess(from, to);
    enablePeerAccess(to, from);
    CHECK(cudaSetDevice(to));
    DeviceBuffer dst(kCopyBytes);
    CHECK(cudaSetDevice(from));
    DeviceBuffer src(kCopyBytes);
    checkPeerCopy(from, to, src, dst);
    CHECK(cudaSetDevice(from));
    const double ms = medianMsPerCall(
        [&] { CHECK(cudaMemcpyPeerAsync(dst.data(), to, src.data(), from, kCopyBytes, nullptr)); },
        repeats, kBatchMs, nullptr);
    return {from, to, kCopyBytes / (ms * 1e-3) / 1e9};
}

} // namespace

std::vector<P2pPairResult> benchP2p(int device, int repeats)
{
    int count = 0;
    CHECK(cudaGetDeviceCount(&count));
    std::vector<P2pPairResult> pairs;
    for (int from = 0; from < count; ++from) {
        for (int to = 0; to < count; ++to) {
            int canAccess = 0;
            if (from != to)
                CHECK(cudaDeviceCanAccessPeer(&canAccess, from, to));
            if (canAccess)
                pairs.push_back(timePair(from, to, repeats));
        }
    }
    CHECK(cudaSetDevice(device));
    return pairs;
}

} // namespace aif::gpucal
