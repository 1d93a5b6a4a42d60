// gpu-calibrate: measures one CUDA GPU (GEMM rate per precision, HBM and peer bandwidth, board
// power under each load) and writes a "gpus" catalog profile (docs/gpu-calibrate.md).
#include "baseentry.h"
#include "calibrateoptions.h"
#include "check.h"
#include "devicequery.h"
#include "gemmbench.h"
#include "hbmbench.h"
#include "nvmlpower.h"
#include "p2pbench.h"
#include "powersampler.h"
#include "profilejson.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

using namespace aif;
using namespace aif::gpucal;

namespace {

// How long each part runs. Power windows are several times NVML's one-second averaging so the
// mean after the ramp is a steady state; --quick trades that for a run of about a minute.
struct Plan
{
    int repeats;          // timed batches per shape / copy
    double idleSeconds;
    double loadSeconds;   // per power-measured load
    double rampSeconds;   // power samples dropped at the start of each window
};

Plan planFor(bool quick)
{
    return quick ? Plan{5, 3.0, 4.0, 1.5} : Plan{20, 5.0, 10.0, 2.0};
}

int fail(const std::string &line, int exitCode)
{
    std::fprintf(stderr, "gpu-calibrate: %s\n", line.c_str());
    return exitCode;
}

// The runtime says "driver version is insufficient" also where there is no driver at all.
std::string deviceCountError(cudaError_t e)
{
    if (e == cudaSuccess)
        return "the driver reports none";
    std::string why = cudaGetErrorString(e);
    if (e == cudaErrorInsufficientDriver) {
        why += " (no NVIDIA driver, or one older than CUDA " + std::to_string(CUDART_VERSION / 1000)
               + "." + std::to_string(CUDART_VERSION % 1000 / 10) + " needs)";
    }
    return why;
}

std::string todayUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof(text), "%Y-%m-%d", &utc);
    return text;
}

void measureGemm(const DeviceDescription &d, const Plan &plan, bool quick, GpuMeasurements *m)
{
    for (GemmPrecision p : {GemmPrecision::Bf16, GemmPrecision::Fp16, GemmPrecision::Fp8}) {
        std::string skipped = gemmUnsupportedReason(p, d.major, d.minor);
        std::optional<GemmPrecisionResult> r;
        if (skipped.empty())
            r = benchGemm(p, gemmShapes(quick), plan.repeats, &skipped);
        if (!r) {
            std::printf("  %s GEMM: skipped: %s\n", precisionKey(p), skipped.c_str());
            continue;
        }
        std::printf("  %s GEMM: %.1f TFLOPS best of %zu shapes (CPU check error %.2g)\n",
                    precisionKey(p), r->bestTflops, r->shapes.size(), r->maxError);
        m->gemm.push_back(*r);
    }
}

void measureBandwidth(const DeviceDescription &d, const Plan &plan, int device, GpuMeasurements *m)
{
    const HbmResult hbm = benchHbm(hbmBufferBytes(d.memoryBytes), plan.repeats);
    m->hbmBufferGB = hbm.bufferGB;
    m->hbmCopyTBps = hbm.copyTBps;
    m->hbmReadTBps = hbm.readTBps;
    std::printf("  HBM: copy %.2f TB/s (read + write), read %.2f TB/s\n", hbm.copyTBps,
                hbm.readTBps);

    m->p2pPairs = benchP2p(device, plan.repeats);
    for (const P2pPairResult &p : m->p2pPairs) {
        std::printf("  peer copy GPU %d -> %d: %.1f GB/s\n", p.from, p.to, p.gbps);
        m->p2pGBps = std::max(m->p2pGBps.value_or(0.0), p.gbps);
    }
    if (m->p2pPairs.empty())
        std::printf("  peer copy: not measured (one GPU, or no peer access between GPUs)\n");
}

std::string wattsText(const std::optional<double> &w)
{
    return w ? std::to_string(std::lround(*w)) + " W" : std::string("-");
}

// Under the square bf16 GEMM (the catalog's reference load) and under the HBM copy; idle was
// sampled first, before any benchmark warmed the board.
void measurePower(const NvmlPower &nvml, const Plan &plan, const DeviceDescription &d,
                  GpuMeasurements *m)
{
    if (!nvml.isOpen())
        return;
    const bool haveBf16 = !m->gemm.empty() && m->gemm.front().precision == "bf16";
    if (haveBf16) {
        m->gemmW = averagePowerW(nvml, plan.loadSeconds, plan.rampSeconds, [](double s) {
            sustainGemm(GemmPrecision::Bf16, kPowerGemmShape, s);
        });
    }
    m->copyW = averagePowerW(nvml, plan.loadSeconds, plan.rampSeconds, [&](double s) {
        sustainCopy(hbmBufferBytes(d.memoryBytes), s);
    });
    std::printf("  board power: idle %s, GEMM %s, copy %s (limit %s)\n",
                wattsText(m->idleW).c_str(), wattsText(m->gemmW).c_str(),
                wattsText(m->copyW).c_str(), wattsText(m->powerLimitW).c_str());
}

bool writeFile(const std::string &path, const Json &doc, std::string *error)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << doc.dump(2) << "\n";
    out.close();
    if (!out)
        *error = path + ": cannot write";
    return bool(out);
}

} // namespace

int main(int argc, char **argv)
{
    CalibrateOptions o;
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (std::string why = parseCalibrateOptions(args, &o); !why.empty())
        return fail(why + " (see gpu-calibrate --help)", 2);
    if (o.help) {
        std::fputs(kCalibrateUsage, stdout);
        return 0;
    }
    // What can be checked without the GPU first: a typo should not cost a calibration run.
    const std::filesystem::path outFolder = std::filesystem::path(o.outPath).parent_path();
    if (!outFolder.empty() && !std::filesystem::is_directory(outFolder))
        return fail("--out " + o.outPath + ": folder " + outFolder.string() + " does not exist", 2);
    std::optional<Json> base;
    if (!o.baseId.empty()) {
        std::string error;
        if (!(base = loadBaseEntry(o.baseId, o.catalogPath, &error)))
            return fail(error, 1);
    }
    int count = 0;
    if (const cudaError_t e = cudaGetDeviceCount(&count); e != cudaSuccess || count == 0)
        return fail("no CUDA device found: " + deviceCountError(e), 1);
    if (o.device >= count) {
        return fail("--device " + std::to_string(o.device) + ": there are " + std::to_string(count)
                        + " CUDA devices (0 to " + std::to_string(count - 1) + ")",
                    2);
    }
    CHECK(cudaSetDevice(o.device));
    GpuMeasurements m;
    m.quick = o.quick;
    const DeviceDescription d = describeDevice(o.device, &m);
    // The build targets sm_80 and newer (app/gpu-calibrate/CMakeLists.txt).
    if (d.major < 8) {
        return fail(m.deviceName + ": compute capability " + m.computeCapability
                        + "; gpu-calibrate needs 8.0 or newer",
                    1);
    }
    const std::string id = o.id.empty() ? profileIdFromDeviceName(m.deviceName) : o.id;
    std::printf("gpu-calibrate: device %d: %s (compute capability %s, %d SMs, %.1f GB)\n", o.device,
                m.deviceName.c_str(), m.computeCapability.c_str(), m.smCount, m.memoryGB);

    const Plan plan = planFor(o.quick);
    NvmlPower nvml;
    if (std::string error; nvml.open(m.uuid, &error)) {
        m.driverVersion = nvml.driverVersion();
        m.powerLimitW = nvml.powerLimitW();
        m.idleW = averagePowerW(nvml, plan.idleSeconds, plan.rampSeconds, [](double s) {
            std::this_thread::sleep_for(std::chrono::duration<double>(s));
        });
    } else {
        std::printf("  board power: not measured (%s)\n", error.c_str());
    }
    measureGemm(d, plan, o.quick, &m);
    measureBandwidth(d, plan, o.device, &m);
    measurePower(nvml, plan, d, &m);
    m.date = todayUtc();

    Json entry;
    try {
        entry = buildGpuProfile(m, id);
    } catch (const std::invalid_argument &e) {
        return fail(std::string("measurement refused: ") + e.what(), 1);
    }
    if (base)
        entry = overlayOnBase(entry, *base);
    if (std::string error; !writeFile(o.outPath, gpuCatalogFile(entry), &error))
        return fail(error, 1);
    std::printf("wrote %s (gpus entry '%s'); add it to your catalog with: aif catalog import %s\n",
                o.outPath.c_str(), id.c_str(), o.outPath.c_str());
    return 0;
}
