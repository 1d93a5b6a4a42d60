#include "gemmbench.h"

#include "cudautil.h"

#include <cublasLt.h>
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_fp8.h>

#include <cmath>
#include <cstdio>

namespace aif::gpucal {

namespace {

// The workspace cuBLAS recommends for Hopper and newer (cuBLAS docs, cublasSetWorkspace):
// less makes cuBLASLt pick slower split-K kernels for some shapes.
constexpr size_t kWorkspaceBytes = size_t(32) << 20;
constexpr double kBatchMs = 50.0;

struct GemmTypes
{
    cudaDataType_t ab;    // A and B
    cudaDataType_t cd;    // C and D
    double tolerance;     // allowed |gpu - cpu| / sum|a·b| in the CPU checks
};

// Every precision accumulates in fp32, as training and serving frameworks run them; FP8
// writes bf16 (an FP8 output needs scaling factors). Tolerances: rounding D costs at most its
// unit roundoff relative to sum|a·b| (bf16 2^-9, fp16 2^-12), fp32 accumulation ~K·2^-24;
// Hopper's FP8 tensor cores accumulate with fewer bits (DeepSeek-V3 technical report, 2024,
// §3.3.2), so FP8 gets the bf16 allowance. A transposed or misread operand errs by 0.1-1.
GemmTypes typesOf(GemmPrecision p)
{
    switch (p) {
    case GemmPrecision::Bf16: return {CUDA_R_16BF, CUDA_R_16BF, 1e-2};
    case GemmPrecision::Fp16: return {CUDA_R_16F, CUDA_R_16F, 2e-3};
    case GemmPrecision::Fp8: return {CUDA_R_8F_E4M3, CUDA_R_16BF, 1e-2};
    }
    return {CUDA_R_16BF, CUDA_R_16BF, 1e-2};
}

size_t elementBytes(cudaDataType_t t)
{
    return t == CUDA_R_8F_E4M3 ? 1 : 2;
}

template<typename T>
__global__ void fillUniform(T *p, size_t n, uint32_t seed)
{
    const size_t stride = size_t(gridDim.x) * blockDim.x;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < n; i += stride)
        p[i] = T(float(mixBits(uint32_t(i) ^ seed) >> 8) * (2.0f / 16777216.0f) - 1.0f);
}

// Uniform values in [-1, 1): zeros or constants would leave part of the tensor-core datapath
// idle and understate board power.
void fill(const DeviceBuffer &buf, cudaDataType_t t, size_t n, uint32_t seed)
{
    const int blocks = 1024;
    const int threads = 256;
    if (t == CUDA_R_16BF)
        fillUniform<<<blocks, threads>>>(buf.as<__nv_bfloat16>(), n, seed);
    else if (t == CUDA_R_16F)
        fillUniform<<<blocks, threads>>>(buf.as<__half>(), n, seed);
    else
        fillUniform<<<blocks, threads>>>(buf.as<__nv_fp8_e4m3>(), n, seed);
    CHECK_LAUNCH();
}

template<typename T>
std::vector<double> valuesOf(const DeviceBuffer &buf, size_t offset, size_t n)
{
    const std::vector<T> raw = buf.toHost<T>(n, offset);
    std::vector<double> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = double(float(raw[i]));
    return v;
}

// n elements from element `offset` on, as the CPU sees them.
std::vector<double> hostValues(const DeviceBuffer &buf, cudaDataType_t t, size_t offset, size_t n)
{
    if (t == CUDA_R_16BF)
        return valuesOf<__nv_bfloat16>(buf, offset, n);
    if (t == CUDA_R_16F)
        return valuesOf<__half>(buf, offset, n);
    return valuesOf<__nv_fp8_e4m3>(buf, offset, n);
}

class LtContext
{
public:
    LtContext()
        : m_workspace(kWorkspaceBytes)
    {
        CHECK(cublasLtCreate(&m_handle));
    }
    ~LtContext() { CHECK(cublasLtDestroy(m_handle)); }
    LtContext(const LtContext &) = delete;
    LtContext &operator=(const LtContext &) = delete;

    cublasLtHandle_t handle() const { return m_handle; }
    void *workspace() const { return m_workspace.data(); }

private:
    cublasLtHandle_t m_handle = nullptr;
    DeviceBuffer m_workspace;
};

// A, B and D of one shape in the "TN" layout: A stored K×M, B K×N, D M×N, column-major, so
// D = Aᵀ·B. It is the layout cuBLASLt's FP8 kernels require (cuBLAS docs, cublasLtMatmul FP8
// notes); all precisions use it so they are compared alike.
struct Operands
{
    Operands(GemmPrecision p, GemmShape s)
        : types(typesOf(p))
        , a(size_t(s.k) * s.m * elementBytes(types.ab))
        , b(size_t(s.k) * s.n * elementBytes(types.ab))
        , d(size_t(s.m) * s.n * elementBytes(types.cd))
    {
        fill(a, types.ab, size_t(s.k) * s.m, 0x9e3779b9u);
        fill(b, types.ab, size_t(s.k) * s.n, 0x85ebca6bu);
    }
    GemmTypes types;
    DeviceBuffer a;
    DeviceBuffer b;
    DeviceBuffer d;
};

class LtMatmul
{
public:
    LtMatmul(const LtContext &ctx, GemmPrecision p, GemmShape s);
    ~LtMatmul();
    LtMatmul(const LtMatmul &) = delete;
    LtMatmul &operator=(const LtMatmul &) = delete;

    bool hasAlgorithm() const { return m_found; }
    void run(const Operands &o) const
    {
        const float alpha = 1.0f;
        const float beta = 0.0f;
        CHECK(cublasLtMatmul(m_ctx.handle(), m_desc, &alpha, o.a.data(), m_a, o.b.data(), m_b,
                             &beta, o.d.data(), m_d, o.d.data(), m_d, &m_algo,
                             m_ctx.workspace(), kWorkspaceBytes, nullptr));
    }

private:
    const LtContext &m_ctx;
    cublasLtMatmulDesc_t m_desc = nullptr;
    cublasLtMatrixLayout_t m_a = nullptr;
    cublasLtMatrixLayout_t m_b = nullptr;
    cublasLtMatrixLayout_t m_d = nullptr;
    cublasLtMatmulAlgo_t m_algo{};
    bool m_found = false;
};

LtMatmul::LtMatmul(const LtContext &ctx, GemmPrecision p, GemmShape s)
    : m_ctx(ctx)
{
    const GemmTypes t = typesOf(p);
    CHECK(cublasLtMatmulDescCreate(&m_desc, CUBLAS_COMPUTE_32F, CUDA_R_32F));
    const cublasOperation_t transA = CUBLAS_OP_T;
    const cublasOperation_t transB = CUBLAS_OP_N;
    CHECK(cublasLtMatmulDescSetAttribute(m_desc, CUBLASLT_MATMUL_DESC_TRANSA, &transA,
                                         sizeof(transA)));
    CHECK(cublasLtMatmulDescSetAttribute(m_desc, CUBLASLT_MATMUL_DESC_TRANSB, &transB,
                                         sizeof(transB)));
    CHECK(cublasLtMatrixLayoutCreate(&m_a, t.ab, s.k, s.m, s.k));
    CHECK(cublasLtMatrixLayoutCreate(&m_b, t.ab, s.k, s.n, s.k));
    CHECK(cublasLtMatrixLayoutCreate(&m_d, t.cd, s.m, s.n, s.m));
    cublasLtMatmulPreference_t pref = nullptr;
    CHECK(cublasLtMatmulPreferenceCreate(&pref));
    const size_t workspace = kWorkspaceBytes;
    CHECK(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES,
                                               &workspace, sizeof(workspace)));
    cublasLtMatmulHeuristicResult_t result{};
    int found = 0;
    const cublasStatus_t status = cublasLtMatmulAlgoGetHeuristic(
        ctx.handle(), m_desc, m_a, m_b, m_d, m_d, pref, 1, &result, &found);
    CHECK(cublasLtMatmulPreferenceDestroy(pref));
    // "No algorithm" is an answer (the precision is skipped), any other failure is not.
    if (status != CUBLAS_STATUS_NOT_SUPPORTED)
        CHECK(status);
    m_found = status == CUBLAS_STATUS_SUCCESS && found > 0;
    if (m_found)
        m_algo = result.algo;
}

LtMatmul::~LtMatmul()
{
    CHECK(cublasLtMatrixLayoutDestroy(m_d));
    CHECK(cublasLtMatrixLayoutDestroy(m_b));
    CHECK(cublasLtMatrixLayoutDestroy(m_a));
    CHECK(cublasLtMatmulDescDestroy(m_desc));
}

// The largest |gpu - cpu| / sum|a·b| over D's elements (i, j), i in rows and j in cols. The
// CPU sums in double over the inputs the GPU read (copied back after rounding to the
// precision), so only the GPU's arithmetic is judged; a NaN result propagates.
double errorAgainstCpu(const Operands &o, GemmShape s, const std::vector<int> &rows,
                       const std::vector<int> &cols)
{
    std::vector<std::vector<double>> aRows;   // row i of D = Aᵀ·B is column i of the stored A
    for (int i : rows)
        aRows.push_back(hostValues(o.a, o.types.ab, size_t(i) * s.k, s.k));
    double worst = 0.0;
    for (int j : cols) {
        const std::vector<double> b = hostValues(o.b, o.types.ab, size_t(j) * s.k, s.k);
        const std::vector<double> d = hostValues(o.d, o.types.cd, size_t(j) * s.m, s.m);
        for (size_t r = 0; r < rows.size(); ++r) {
            double ref = 0.0;
            double magnitude = 0.0;
            for (int k = 0; k < s.k; ++k) {
                const double x = aRows[r][k] * b[k];
                ref += x;
                magnitude += std::fabs(x);
            }
            const double err = std::fabs(d[rows[r]] - ref) / std::max(magnitude, 1e-30);
            if (!(err <= worst))
                worst = err;
        }
    }
    return worst;
}

std::vector<int> allIndices(int n)
{
    std::vector<int> v(n);
    for (int i = 0; i < n; ++i)
        v[i] = i;
    return v;
}

// Both edges and two inside: tiles at the borders are where a kernel's bounds go wrong.
std::vector<int> sampleIndices(int n)
{
    return {0, n / 3, 2 * n / 3 + 1, n - 1};
}

void failCheck(const std::string &precision, GemmShape s, double error, double tolerance)
{
    std::fprintf(stderr,
                 "gpu-calibrate: %s GEMM %dx%dx%d disagrees with the CPU: error %g > %g "
                 "(relative to sum|a*b|); not recording a wrong result\n",
                 precision.c_str(), s.m, s.n, s.k, error, tolerance);
    std::exit(1);
}

} // namespace

const char *precisionKey(GemmPrecision p)
{
    switch (p) {
    case GemmPrecision::Bf16: return "bf16";
    case GemmPrecision::Fp16: return "fp16";
    case GemmPrecision::Fp8: return "fp8";
    }
    return "bf16";
}

std::string gemmUnsupportedReason(GemmPrecision p, int major, int minor)
{
    // FP8 (e4m3) tensor cores arrived with Ada (8.9) and Hopper (9.0): CUDA C++ Programming
    // Guide, compute capabilities table.
    if (p == GemmPrecision::Fp8 && major * 10 + minor < 89) {
        return "FP8 tensor cores need compute capability 8.9 or newer (this GPU: "
               + std::to_string(major) + "." + std::to_string(minor) + ")";
    }
    return {};
}

std::vector<GemmShape> gemmShapes(bool quick)
{
    if (quick)
        return {{512, 8192, 8192}, {8192, 8192, 8192}};
    return {{128, 8192, 8192}, {512, 8192, 8192}, {2048, 8192, 8192}, {8192, 8192, 8192}};
}

std::optional<GemmPrecisionResult> benchGemm(GemmPrecision p, const std::vector<GemmShape> &shapes,
                                             int repeats, std::string *skipped)
{
    LtContext ctx;
    GemmPrecisionResult r;
    r.precision = precisionKey(p);
    r.tolerance = typesOf(p).tolerance;
    // Every element of a small GEMM first: nothing is timed before the arithmetic is right.
    const GemmShape small{128, 128, 128};
    Operands smallOps(p, small);
    LtMatmul smallMm(ctx, p, small);
    if (!smallMm.hasAlgorithm()) {
        *skipped = std::string("cuBLASLt has no ") + r.precision + " GEMM for this GPU";
        return std::nullopt;
    }
    smallMm.run(smallOps);
    r.maxError = errorAgainstCpu(smallOps, small, allIndices(small.m), allIndices(small.n));
    if (!(r.maxError <= r.tolerance))
        failCheck(r.precision, small, r.maxError, r.tolerance);
    for (const GemmShape &s : shapes) {
        Operands o(p, s);
        LtMatmul mm(ctx, p, s);
        if (!mm.hasAlgorithm()) {
            std::fprintf(stderr,
                         "gpu-calibrate: %s %dx%dx%d: no cuBLASLt algorithm, shape skipped\n",
                         r.precision.c_str(), s.m, s.n, s.k);
            continue;
        }
        const double ms = medianMsPerCall([&] { mm.run(o); }, repeats, kBatchMs, nullptr);
        // The timed kernel may differ from the small one's: spot-check its last result too.
        const double error = errorAgainstCpu(o, s, sampleIndices(s.m), sampleIndices(s.n));
        if (!(error <= r.tolerance))
            failCheck(r.precision, s, error, r.tolerance);
        r.maxError = std::max(r.maxError, error);
        const double tflops = 2.0 * s.m * s.n * s.k / (ms * 1e-3) / 1e12;
        r.shapes.push_back({s, tflops, ms});
        r.bestTflops = std::max(r.bestTflops, tflops);
    }
    if (r.shapes.empty()) {
        *skipped = std::string("cuBLASLt has no ") + r.precision + " GEMM for the timed shapes";
        return std::nullopt;
    }
    return r;
}

void sustainGemm(GemmPrecision p, GemmShape shape, double seconds)
{
    LtContext ctx;
    Operands o(p, shape);
    LtMatmul mm(ctx, p, shape);
    if (mm.hasAlgorithm())
        runFor([&] { mm.run(o); }, seconds, nullptr);
}

} // namespace aif::gpucal
