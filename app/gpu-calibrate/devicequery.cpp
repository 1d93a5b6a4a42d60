#include "devicequery.h"

#include "check.h"

#include <cublasLt.h>

#include <cstdio>

namespace aif::gpucal {

namespace {

// CUDA encodes versions as 1000·major + 10·minor (cudaDriverGetVersion reference).
std::string cudaVersionText(int v)
{
    return std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10);
}

// cuBLAS encodes versions as 10000·major + 100·minor + patch (CUBLAS_VERSION in cublas_api.h).
std::string cublasVersionText(size_t v)
{
    return std::to_string(v / 10000) + "." + std::to_string(v % 10000 / 100) + "."
           + std::to_string(v % 100);
}

// As nvidia-smi and NVML print it, so NVML can find the same board.
std::string uuidText(const cudaUUID_t &u)
{
    const unsigned char *b = reinterpret_cast<const unsigned char *>(u.bytes);
    char text[48];
    std::snprintf(text, sizeof(text),
                  "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                  b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
                  b[13], b[14], b[15]);
    return text;
}

// An attribute the device may not report: 0 then. The failed call's error is cleared, or the
// next CHECK_LAUNCH would report it against a kernel.
int reportedAttribute(cudaDeviceAttr attr, int device)
{
    int value = 0;
    if (cudaDeviceGetAttribute(&value, attr, device) != cudaSuccess) {
        (void)cudaGetLastError();
        return 0;
    }
    return value;
}

} // namespace

DeviceDescription describeDevice(int device, GpuMeasurements *m)
{
    cudaDeviceProp prop{};
    CHECK(cudaGetDeviceProperties(&prop, device));
    int driver = 0;
    int runtime = 0;
    CHECK(cudaDriverGetVersion(&driver));
    CHECK(cudaRuntimeGetVersion(&runtime));
    m->deviceName = prop.name;
    m->uuid = uuidText(prop.uuid);
    m->computeCapability = std::to_string(prop.major) + "." + std::to_string(prop.minor);
    m->cudaDriverVersion = cudaVersionText(driver);
    m->cudaRuntimeVersion = cudaVersionText(runtime);
    m->cublasVersion = cublasVersionText(cublasLtGetVersion());
    m->smCount = prop.multiProcessorCount;
    m->memoryGB = double(prop.totalGlobalMem) / 1e9;

    // Peak HBM bandwidth = 2 (double data rate) × memory clock × bus width, as CUDA's
    // deviceQuery sample computes it (H100 SXM: 2 × 2619 MHz × 5120 bit / 8 = 3.35 TB/s).
    // CUDA 13 removed the clock from cudaDeviceProp; the attribute remains, and a device
    // that does not report it just gets no figure.
    const int clockKHz = reportedAttribute(cudaDevAttrMemoryClockRate, device);
    const int busBits = reportedAttribute(cudaDevAttrGlobalMemoryBusWidth, device);
    if (clockKHz > 0 && busBits > 0)
        m->hbmPeakTBps = 2.0 * clockKHz * 1e3 * busBits / 8.0 / 1e12;
    return {prop.major, prop.minor, prop.totalGlobalMem};
}

} // namespace aif::gpucal
