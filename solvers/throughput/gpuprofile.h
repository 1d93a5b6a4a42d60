#pragma once

#include <algorithm>

#include "json.h"

#include <string>

namespace aif::throughput {

enum class Precision { Bf16, Fp8, Fp4, Int8 };

bool parsePrecision(const std::string &text, Precision *out);
const char *precisionName(Precision p);

// Storage bytes per weight element. FP4 is NVFP4: 4-bit values plus one FP8 scale per 16
// values (4.5 bits; MXFP4's one 8-bit scale per 32 values is 4.25 bits, within 6 %). INT8 is
// W8A8 (per-channel scales, negligible).
double weightBytes(Precision p);
// KV cache element bytes: engines keep the KV cache in FP8 whenever the model runs FP8/FP4
// (TensorRT-LLM, vLLM and SGLang have no FP4 KV cache in production use); W8A8 deployments
// (MindIE, vLLM on Gaudi) keep it 16-bit unless a KV quantisation is configured.
double kvBytes(Precision p);
constexpr double kActivationBytes = 2.0; // activations and collectives in bf16

// A GPU as the throughput model needs it, read from a catalog "gpus" entry. Rates in SI
// (FLOP/s, B/s); "achievable" fractions are hardware limits measured with microbenchmarks
// (cuBLAS GEMM, device copy), before any serving-engine inefficiency.
struct GpuProfile
{
    std::string id;
    std::string name;
    std::string vendor;
    std::string confidence;      // "high" or "low" from the catalog
    double peakBf16 = 0.0;       // dense FLOP/s
    double peakFp8 = 0.0;        // 0: not supported
    double peakFp4 = 0.0;
    double peakInt8 = 0.0;       // dense OP/s; 0: not in the catalog
    double computeFraction = 0.0;   // measured GEMM / peak (bf16)
    double fp8ComputeFraction = 0.0;
    double fp4ComputeFraction = 0.0;  // measured.fp4GemmTflops / peak; 0: not measured
    double int8ComputeFraction = 0.0; // measured.int8GemmTops / peak; 0: not measured
    bool computeFractionMeasured = false;
    std::string fractionSource;  // where the achievable fractions come from (for `why`)
    std::string scaleUpTechnology; // catalog scaleUp.technology: the same die generation shares it
    double hbmBytes = 0.0;
    double hbmBps = 0.0;
    double memoryFraction = 0.0;    // measured copy bandwidth / peak
    bool memoryFractionMeasured = false;
    double scaleUpBps = 0.0;     // per GPU, one direction
    int scaleUpDomain = 1;       // GPUs in one scale-up (NVLink) domain
    double scaleOutBps = 0.0;    // per GPU, one direction (the NICs)
    // From the planned fabric (network::DomainBandwidth): a group of more GPUs than one scalable
    // unit holds leaves its rail leaves and shares their uplinks (oversubscription).
    double scaleOutCrossBps = 0.0;   // per GPU between SUs; 0: no fabric known, the NIC rate
    int scaleOutLocalGpus = 0;       // GPUs of one SU
    double tdpW = 0.0;
    double idleW = 0.0;

    // Peak and achievable rate for a precision, falling back to the next wider format the
    // GPU supports (the effective precision is returned in *used).
    double peakFlops(Precision p, Precision *used = nullptr) const;
    // Measured GEMM rate / peak at a precision the GPU has. FP4 without its own measurement
    // uses the FP8 one (same tensor cores, twice the rate per the datasheet), INT8 the bf16 one.
    double achievableFraction(Precision used) const;
    // From the planned DCI links (network::DciLink): a deployment spanning several scale-out
    // domains (halls) packs a group into its largest domain; a larger group crosses the links
    // between them at this per-GPU rate and one-way latency.
    double scaleAcrossBps = 0.0;       // per GPU, one direction; 0: the deployment is in one domain
    int scaleAcrossLocalGpus = 0;      // the deployment's GPUs in its largest domain
    int scaleAcrossDomains = 1;        // scale-out domains the deployment spans
    double scaleAcrossLatencyS = 0.0;  // the slowest DCI link, one way
    bool crossesDomains(int group) const { return scaleAcrossBps > 0.0 && group > scaleAcrossLocalGpus; }
    // Per-GPU bandwidth over the scale-out fabric for a collective over `group` GPUs.
    double scaleOutBpsFor(int group) const
    {
        const double bps = scaleOutCrossBps > 0.0 && group > scaleOutLocalGpus ? scaleOutCrossBps : scaleOutBps;
        return crossesDomains(group) ? std::min(bps, scaleAcrossBps) : bps;
    }
    // Latency a collective adds when it crosses domains: the inter-domain ring's 2(k - 1) steps
    // over the DCI link (Patarasuk & Yuan 2009), k the domains spanned.
    double scaleAcrossLatencyFor(int group) const
    {
        return crossesDomains(group) ? 2.0 * (scaleAcrossDomains - 1) * scaleAcrossLatencyS : 0.0;
    }
};

// Why a requested precision does not run as asked on this GPU ("" when it does).
std::string precisionFallbackReason(const GpuProfile &gpu, Precision requested);

// Assumptions used when a GPU has no measured fractions (labelled in docs/throughput.md).
constexpr double kDefaultComputeFraction = 0.75;
constexpr double kDefaultMemoryFraction = 0.85;

// Reads a catalog entry; returns false with *error naming the missing field.
bool readGpuProfile(const Json &entry, GpuProfile *out, std::string *error);

} // namespace aif::throughput
