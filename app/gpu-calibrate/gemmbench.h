#pragma once

// Achieved GEMM rate per precision with cuBLASLt, checked against a CPU reference first.
#include "gpumeasurements.h"

#include <optional>
#include <string>
#include <vector>

namespace aif::gpucal {

enum class GemmPrecision { Bf16, Fp16, Fp8 };

const char *precisionKey(GemmPrecision p);   // "bf16", "fp16", "fp8": catalog keys

// Empty when the GPU (compute capability major.minor) has tensor cores for p, else why not.
std::string gemmUnsupportedReason(GemmPrecision p, int major, int minor);

// The timed shapes: M in {128, 512, 2048, 8192} with N = K = 8192 spans decode-like skinny
// GEMMs to the square 8192^3 that the catalog's measured figures quote; --quick keeps two.
std::vector<GemmShape> gemmShapes(bool quick);
constexpr GemmShape kPowerGemmShape{8192, 8192, 8192};

// Checks a 128^3 GEMM against the CPU (a mismatch ends the run), then times every shape.
// Null with *skipped set when cuBLASLt has no algorithm for p on this GPU.
std::optional<GemmPrecisionResult> benchGemm(GemmPrecision p, const std::vector<GemmShape> &shapes,
                                             int repeats, std::string *skipped);

// Runs one shape back to back for about `seconds` (board power under GEMM load).
void sustainGemm(GemmPrecision p, GemmShape shape, double seconds);

} // namespace aif::gpucal
