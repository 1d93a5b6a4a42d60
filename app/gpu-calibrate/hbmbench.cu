#include "hbmbench.h"

#include "cudautil.h"

#include <cstdio>

namespace aif::gpucal {

namespace {

constexpr double kBatchMs = 50.0;
constexpr int kReadThreads = 256;

__host__ __device__ inline uint32_t patternWord(size_t i, uint32_t seed)
{
    return mixBits(uint32_t(i) ^ seed) ^ uint32_t(i >> 32);
}

__global__ void fillPatternKernel(uint32_t *words, size_t n, uint32_t seed)
{
    const size_t stride = size_t(gridDim.x) * blockDim.x;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < n; i += stride)
        words[i] = patternWord(i, seed);
}

// Reads every 16-byte vector once and sums its words: an exact integer sum the CPU can
// reproduce, and a result the compiler cannot drop the loads for. Four independent loads per
// iteration keep enough requests in flight to saturate HBM.
__global__ void sumWords(const uint4 *in, size_t n, unsigned long long *out)
{
    const size_t stride = size_t(gridDim.x) * blockDim.x;
    size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    unsigned long long acc = 0;
    for (; i + 3 * stride < n; i += 4 * stride) {
        const uint4 v[4] = {in[i], in[i + stride], in[i + 2 * stride], in[i + 3 * stride]};
        for (const uint4 &x : v)
            acc += (unsigned long long)x.x + x.y + x.z + x.w;
    }
    for (; i < n; i += stride) {
        const uint4 x = in[i];
        acc += (unsigned long long)x.x + x.y + x.z + x.w;
    }
    for (int offset = 16; offset > 0; offset /= 2)
        acc += __shfl_down_sync(0xffffffffu, acc, offset);
    if (threadIdx.x % 32 == 0)
        atomicAdd(out, acc);
}

// One resident wave of blocks: enough to fill every SM, no more (a grid-stride loop does the rest).
int readBlocks()
{
    int device = 0;
    int sms = 0;
    int perSm = 0;
    CHECK(cudaGetDevice(&device));
    CHECK(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, device));
    CHECK(cudaOccupancyMaxActiveBlocksPerMultiprocessor(&perSm, sumWords, kReadThreads, 0));
    return sms * std::max(perSm, 1);
}

unsigned long long gpuSum(const DeviceBuffer &words, size_t vectors, const DeviceBuffer &result,
                          int blocks)
{
    CHECK(cudaMemset(result.data(), 0, sizeof(unsigned long long)));
    sumWords<<<blocks, kReadThreads>>>(words.as<uint4>(), vectors, result.as<unsigned long long>());
    CHECK_LAUNCH();
    return result.toHost<unsigned long long>(1)[0];
}

unsigned long long cpuSum(size_t words, uint32_t seed)
{
    unsigned long long sum = 0;
    for (size_t i = 0; i < words; ++i)
        sum += patternWord(i, seed);
    return sum;
}

// The copy and the reduction on `vectors` 16-byte vectors, against the CPU; ends the run on
// a mismatch. Run on an odd small size (the kernel's tail loop) and on the timed buffer.
void checkAgainstCpu(const DeviceBuffer &src, const DeviceBuffer &dst, size_t vectors, int blocks,
                     const DeviceBuffer &result)
{
    const uint32_t seed = 0x2545f491u;
    const size_t words = vectors * 4;
    fillPattern(src.as<uint32_t>(), words, seed);
    CHECK(cudaMemcpy(dst.data(), src.data(), vectors * 16, cudaMemcpyDeviceToDevice));
    if (const long long bad = firstPatternMismatch(dst.toHost<uint32_t>(words), seed); bad >= 0) {
        std::fprintf(stderr,
                     "gpu-calibrate: device-to-device copy of %zu bytes: word %lld differs from "
                     "the CPU\n",
                     vectors * 16, bad);
        std::exit(1);
    }
    const unsigned long long gpu = gpuSum(dst, vectors, result, blocks);
    const unsigned long long cpu = cpuSum(words, seed);
    if (gpu != cpu) {
        std::fprintf(stderr,
                     "gpu-calibrate: read kernel over %zu bytes: sum %llu, the CPU's %llu\n",
                     vectors * 16, gpu, cpu);
        std::exit(1);
    }
}

// One whole-buffer copy; the rate counts its bytes twice (read + written), the catalog's
// hbmCopyTBps convention.
void copyOnce(const DeviceBuffer &dst, const DeviceBuffer &src)
{
    CHECK(cudaMemcpyAsync(dst.data(), src.data(), src.bytes(), cudaMemcpyDeviceToDevice, nullptr));
}

} // namespace

void fillPattern(uint32_t *words, size_t count, uint32_t seed)
{
    fillPatternKernel<<<1024, 256>>>(words, count, seed);
    CHECK_LAUNCH();
}

long long firstPatternMismatch(const std::vector<uint32_t> &host, uint32_t seed)
{
    for (size_t i = 0; i < host.size(); ++i) {
        if (host[i] != patternWord(i, seed))
            return static_cast<long long>(i);
    }
    return -1;
}

size_t hbmBufferBytes(size_t totalMemoryBytes)
{
    const size_t bytes = std::min(size_t(1) << 30, totalMemoryBytes / 8);
    return bytes / 16 * 16;
}

HbmResult benchHbm(size_t bufferBytes, int repeats)
{
    DeviceBuffer src(bufferBytes);
    DeviceBuffer dst(bufferBytes);
    DeviceBuffer result(sizeof(unsigned long long));
    const int blocks = readBlocks();
    const size_t vectors = bufferBytes / 16;
    checkAgainstCpu(src, dst, 262147, blocks, result);   // odd: exercises the tail loop
    checkAgainstCpu(src, dst, vectors, blocks, result);

    HbmResult r;
    r.bufferGB = bufferBytes / 1e9;
    const auto copy = [&] { copyOnce(dst, src); };
    const double copyMs = medianMsPerCall(copy, repeats, kBatchMs, nullptr);
    r.copyTBps = 2.0 * bufferBytes / (copyMs * 1e-3) / 1e12;
    const double readMs = medianMsPerCall(
        [&] {
            sumWords<<<blocks, kReadThreads>>>(src.as<uint4>(), vectors,
                                               result.as<unsigned long long>());
            CHECK_LAUNCH();
        },
        repeats, kBatchMs, nullptr);
    r.readTBps = bufferBytes / (readMs * 1e-3) / 1e12;
    return r;
}

void sustainCopy(size_t bufferBytes, double seconds)
{
    DeviceBuffer src(bufferBytes);
    DeviceBuffer dst(bufferBytes);
    // Data, not zeros: HBM power depends on how many bits toggle.
    fillPattern(src.as<uint32_t>(), bufferBytes / 4, 0x2545f491u);
    const auto copy = [&] { copyOnce(dst, src); };
    runFor(copy, seconds, nullptr);
}

} // namespace aif::gpucal
