#pragma once

// Every CUDA runtime and cuBLAS call goes through CHECK: a failed call ends the run with the
// file, line, call and the library's own error text. A calibration that carried on past a
// failed call would time nothing and write a plausible-looking profile.
#include <cublas_api.h>
#include <cuda_runtime_api.h>

#include <cstdio>
#include <cstdlib>

namespace aif::gpucal {

[[noreturn]] inline void failCall(const char *file, int line, const char *call, const char *why)
{
    std::fprintf(stderr, "gpu-calibrate: %s:%d: %s: %s\n", file, line, call, why);
    std::exit(1);
}

inline void checkCall(cudaError_t e, const char *file, int line, const char *call)
{
    if (e != cudaSuccess)
        failCall(file, line, call, cudaGetErrorString(e));
}

inline void checkCall(cublasStatus_t s, const char *file, int line, const char *call)
{
    if (s != CUBLAS_STATUS_SUCCESS)
        failCall(file, line, call, cublasGetStatusString(s));
}

} // namespace aif::gpucal

#define CHECK(call) ::aif::gpucal::checkCall((call), __FILE__, __LINE__, #call)
// After a kernel launch: launch errors show at once, faults at the next synchronising CHECK.
#define CHECK_LAUNCH() CHECK(cudaGetLastError())
