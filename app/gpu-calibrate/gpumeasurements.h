#pragma once

// What gpu-calibrate measured on one GPU, in plain C++ so the CUDA benchmarks (nvcc) and the
// JSON writer (no CUDA) share it. Units are SI-prefixed and carried in the names.
#include <optional>
#include <string>
#include <vector>

namespace aif::gpucal {

struct GemmShape
{
    int m = 0;
    int n = 0;
    int k = 0;
};

struct GemmShapeResult
{
    GemmShape shape;
    double tflops = 0.0;     // 2·m·n·k / median time, 10^12 FLOP/s
    double medianMs = 0.0;   // median time of one GEMM
};

// One precision: the correctness check against the CPU and the timed shapes.
struct GemmPrecisionResult
{
    std::string precision;          // "bf16", "fp16", "fp8" (catalog peakTflops keys)
    double bestTflops = 0.0;        // best over the shapes
    double maxError = 0.0;          // largest |gpu - cpu| / sum|a·b| over the CPU checks
    double tolerance = 0.0;         // what the check allowed for this precision
    std::vector<GemmShapeResult> shapes;
};

struct P2pPairResult
{
    int from = 0;
    int to = 0;
    double gbps = 0.0;   // one direction, 10^9 bytes/s
};

struct GpuMeasurements
{
    // The device, as the CUDA runtime and NVML describe it.
    std::string deviceName;            // "NVIDIA H100 80GB HBM3"
    std::string uuid;                  // "GPU-xxxxxxxx-...", as nvidia-smi prints it
    std::string computeCapability;     // "9.0"
    std::string driverVersion;         // NVML driver string ("580.65.06"); empty without NVML
    std::string cudaDriverVersion;     // "13.0"
    std::string cudaRuntimeVersion;    // "13.0"
    std::string cublasVersion;         // "13.0.0"
    int smCount = 0;
    double memoryGB = 0.0;             // totalGlobalMem, 10^9 bytes (what software can use)
    std::optional<double> hbmPeakTBps; // memory clock × bus width, where the runtime reports them

    std::vector<GemmPrecisionResult> gemm;

    double hbmBufferGB = 0.0;          // size of the buffer copied / read
    double hbmCopyTBps = 0.0;          // device-to-device copy, bytes read + written
    double hbmReadTBps = 0.0;          // read-only reduction kernel

    std::optional<double> p2pGBps;     // best pair, one direction; absent with one GPU
    std::vector<P2pPairResult> p2pPairs;

    // Board power from NVML, absent where NVML could not be loaded.
    std::optional<double> idleW;
    std::optional<double> gemmW;
    std::optional<double> copyW;
    std::optional<double> powerLimitW; // enforced power limit

    std::string date;                  // YYYY-MM-DD (UTC) of the run
    bool quick = false;                // --quick: fewer shapes and repeats
};

} // namespace aif::gpucal
