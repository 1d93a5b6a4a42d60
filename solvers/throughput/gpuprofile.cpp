#include "gpuprofile.h"

#include "catalogschema.h"

namespace aif::throughput {

bool parsePrecision(const std::string &text, Precision *out)
{
    if (text == "bf16" || text == "fp16") *out = Precision::Bf16;
    else if (text == "fp8") *out = Precision::Fp8;
    else if (text == "fp4" || text == "nvfp4" || text == "mxfp4") *out = Precision::Fp4;
    else if (text == "int8" || text == "w8a8") *out = Precision::Int8;
    else return false;
    return true;
}

const char *precisionName(Precision p)
{
    switch (p) {
    case Precision::Bf16: return "bf16";
    case Precision::Fp8: return "fp8";
    case Precision::Fp4: return "fp4";
    case Precision::Int8: return "int8";
    }
    return "bf16";
}

double weightBytes(Precision p)
{
    switch (p) {
    case Precision::Bf16: return 2.0;
    case Precision::Fp8: return 1.0;
    case Precision::Fp4: return 4.5 / 8.0;
    case Precision::Int8: return 1.0;
    }
    return 2.0;
}

double kvBytes(Precision p)
{
    return p == Precision::Fp8 || p == Precision::Fp4 ? 1.0 : 2.0;
}

double GpuProfile::peakFlops(Precision p, Precision *used) const
{
    Precision u = p;
    if (u == Precision::Fp4 && peakFp4 <= 0.0)
        u = Precision::Fp8;
    if (u == Precision::Fp8 && peakFp8 <= 0.0)
        u = Precision::Bf16;
    if (u == Precision::Int8 && peakInt8 <= 0.0)
        u = Precision::Bf16;
    if (used)
        *used = u;
    switch (u) {
    case Precision::Fp4: return peakFp4;
    case Precision::Fp8: return peakFp8;
    case Precision::Int8: return peakInt8;
    case Precision::Bf16: return peakBf16;
    }
    return peakBf16;
}

double GpuProfile::achievableFraction(Precision used) const
{
    if (used == Precision::Fp4 && fp4ComputeFraction > 0.0)
        return fp4ComputeFraction;
    if (used == Precision::Int8)
        return int8ComputeFraction > 0.0 ? int8ComputeFraction : computeFraction;
    if ((used == Precision::Fp8 || used == Precision::Fp4) && fp8ComputeFraction > 0.0)
        return fp8ComputeFraction;
    return computeFraction;
}

std::string precisionFallbackReason(const GpuProfile &g, Precision requested)
{
    Precision used = requested;
    g.peakFlops(requested, &used);
    if (used == requested)
        return std::string();
    return g.id + " has no " + precisionName(requested) + " tensor rate in the catalog (peakTflops/"
           + precisionName(requested) + "): runs and stores " + precisionName(used);
}

namespace {

double number(const Json &obj, const char *key, double fallback = 0.0)
{
    if (obj.is_object() && obj.contains(key) && obj[key].is_number())
        return obj[key].get<double>();
    return fallback;
}

} // namespace

bool readGpuProfile(const Json &e, GpuProfile *out, std::string *error)
{
    GpuProfile g;
    g.id = e.value("id", std::string());
    g.name = e.value("name", g.id);
    g.vendor = e.value("vendor", std::string());
    g.confidence = e.value("confidence", std::string("high"));
    const Json peak = e.value("peakTflops", Json::object());
    g.peakBf16 = number(peak, "bf16", number(peak, "fp16")) * 1e12;
    g.peakFp8 = number(peak, "fp8") * 1e12;
    g.peakFp4 = number(peak, "fp4") * 1e12;
    g.peakInt8 = number(peak, "int8") * 1e12;
    g.scaleUpTechnology = e.value("scaleUp", Json::object()).value("technology", std::string());
    // hbmGB counts binary gigabytes, as vendors state HBM: an "80 GB" H100 exposes 81,559 MiB
    // (nvidia-smi, NVIDIA/nccl#1264), 85.5 x 10^9 bytes. Read as 10^9 it lost 7.4 % of the HBM,
    // more of the KV pool (16 % for Llama 70B FP8 on one H200). Parts whose marketed figure is
    // not binary (B300, GB300) carry what software sees (catalog notes).
    g.hbmBytes = number(e, "hbmGB") * kBytesPerGiB;
    g.hbmBps = number(e, "hbmTBps") * 1e12;
    const Json up = e.value("scaleUp", Json::object());
    // Catalog figures are per GPU, both directions together (NVLink4 "900 GB/s").
    g.scaleUpBps = number(up, "bandwidthGBps") * 1e9 / 2.0;
    g.scaleUpDomain = std::max(1, int(number(up, "domainGpus", 1)));
    g.scaleOutBps = number(e, "scaleOutGbps") * 1e9 / 8.0;
    g.tdpW = number(e, "tdpW");
    g.idleW = number(e, "idleW", 0.1 * g.tdpW);

    const char *missing = nullptr;
    if (g.peakBf16 <= 0.0) missing = "/peakTflops/bf16";
    else if (g.hbmBytes <= 0.0) missing = "/hbmGB";
    else if (g.hbmBps <= 0.0) missing = "/hbmTBps";
    else if (g.tdpW <= 0.0) missing = "/tdpW";
    if (missing) {
        *error = "gpu '" + g.id + "': " + missing + ": required by the throughput model";
        return false;
    }
    if (g.scaleUpBps <= 0.0)
        g.scaleUpBps = g.scaleOutBps > 0.0 ? g.scaleOutBps : 50e9;
    if (g.scaleOutBps <= 0.0)
        g.scaleOutBps = 50e9;

    const Json m = e.value("measured", Json::object());
    if (double t = number(m, "bf16GemmTflops"); t > 0.0) {
        g.computeFraction = std::min(1.0, t * 1e12 / g.peakBf16);
        g.computeFractionMeasured = true;
    } else {
        g.computeFraction = kDefaultComputeFraction;
    }
    if (double t = number(m, "fp8GemmTflops"); t > 0.0 && g.peakFp8 > 0.0) {
        g.fp8ComputeFraction = std::min(1.0, t * 1e12 / g.peakFp8);
        if (!g.computeFractionMeasured) {
            g.computeFraction = g.fp8ComputeFraction;
            g.computeFractionMeasured = true;
        }
    }
    if (double t = number(m, "fp4GemmTflops"); t > 0.0 && g.peakFp4 > 0.0)
        g.fp4ComputeFraction = std::min(1.0, t * 1e12 / g.peakFp4);
    if (double t = number(m, "int8GemmTops"); t > 0.0 && g.peakInt8 > 0.0)
        g.int8ComputeFraction = std::min(1.0, t * 1e12 / g.peakInt8);
    g.fractionSource = g.computeFractionMeasured ? "measured (catalog gpus/" + g.id + "/measured)"
                                                 : "assumed (no measurement)";
    if (double t = number(m, "hbmCopyTBps"); t > 0.0) {
        g.memoryFraction = std::min(1.0, t * 1e12 / g.hbmBps);
        g.memoryFractionMeasured = true;
    } else {
        g.memoryFraction = kDefaultMemoryFraction;
    }
    *out = g;
    return true;
}

} // namespace aif::throughput
