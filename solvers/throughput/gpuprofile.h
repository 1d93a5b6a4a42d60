#pragma once

#include "json.h"

#include <string>

namespace aif::throughput {

enum class Precision { Bf16, Fp8, Fp4 };

bool parsePrecision(const std::string &text, Precision *out);
const char *precisionName(Precision p);

// Storage bytes per weight element. FP4 is NVFP4: 4-bit values plus one FP8 scale per 16
// values (4.5 bits).
double weightBytes(Precision p);
// KV cache element bytes: engines keep the KV cache in FP8 whenever the model runs FP8/FP4.
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
    double computeFraction = 0.0;   // measured GEMM / peak (bf16)
    double fp8ComputeFraction = 0.0;
    bool computeFractionMeasured = false;
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
    double achievableFraction(Precision used) const;
    // Per-GPU bandwidth over the scale-out fabric for a collective over `group` GPUs.
    double scaleOutBpsFor(int group) const
    {
        return scaleOutCrossBps > 0.0 && group > scaleOutLocalGpus ? scaleOutCrossBps : scaleOutBps;
    }
};

// Assumptions used when a GPU has no measured fractions (labelled in docs/throughput.md).
constexpr double kDefaultComputeFraction = 0.75;
constexpr double kDefaultMemoryFraction = 0.85;

// Reads a catalog entry; returns false with *error naming the missing field.
bool readGpuProfile(const Json &entry, GpuProfile *out, std::string *error);

} // namespace aif::throughput
