// MLPerf Inference v5.1 and v6.0 closed-division results of the benchmarks other than Llama 2
// 70B: Llama 3.1 405B, Llama 3.1 8B, Mixtral 8x7B and DeepSeek-R1, on every NVIDIA B200 / B300 /
// GB200 / GB300 / H200 and AMD MI300X / MI325X system whose run config is in the results
// repository, aggregated serving without speculative decoding.
// They predict with the cells fitted on the Llama runs, so they test whether the mechanisms
// carry to long prompts (405B), a small model (8B), experts (Mixtral, DeepSeek-R1) and long
// reasoning outputs (DeepSeek-R1). Two Mixtral offline runs calibrate what no dense run can
// tell, each engine's MoE expert-kernel efficiency (moeGemmEfficiency): HPE's H200 for
// TensorRT-LLM and AMD's own MI325X for the ROCm vLLM build; every other run validates.
#include "calibration.h"

#include <string>

namespace aif::throughput::detail {

namespace {

struct BenchRow
{
    const char *id;
    const char *gpu, *model, *engine, *precision, *scenario;
    int gpus;
    double tps;              // Tokens per second (offline) / Completed tokens per second
    const char *system;      // <submitter>/<system> under closed/<submitter>/results
    const char *benchmark;   // the results' benchmark folder
    Placement placement;     // tensor_parallelism, pipeline_parallelism; attention-DP runs: TP1 x EP
    int maxBatch, maxTokens; // gpu_batch_size / max_num_seqs, max_num_tokens / max_num_batched_tokens
    int graphs;              // use_graphs (AMD: not enforce_eager)
    double memoryFraction;   // kvcache_free_gpu_mem_frac / gpu_memory_utilization
    double osl;              // the run's output tokens per sample (tokens/s / samples/s)
    int steps, chunked;      // AMD vLLM V0: num_scheduler_steps, enable_chunked_prefill
};

// The prompts of each benchmark's dataset, mean and spread: computed over the per-sample token
// counts that openshift-psap/performance-dashboard extracted from the official MLCommons dataset
// files (mlperf-data/summaries/*.csv @71007029; their output columns reproduce MLCommons'
// published reference means: 684.68 for 405B, 144.84 for Mixtral, 4043.45 for DeepSeek-R1).
DatasetPrompts benchmarkPrompts(const std::string &model)
{
    if (model == "llama-3.1-405b")
        return {9428.6, 0.43};   // 8313 samples, 476 - 19988 tokens
    if (model == "llama-3.1-8b")
        return {870.7, 0.49};    // CNN/DailyMail, 13368 samples
    if (model == "mixtral-8x7b")
        return {427.4, 0.77};    // OpenOrca + GSM8K + MBXP, 15000 samples
    return {803.8, 0.50};        // deepseek-r1: 4388 samples
}

const BenchRow kBenchmarkRows[] = {
    {"mlperf51-dell1-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 30493.3, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3650.4, 0, -1},
    {"mlperf51-dell3-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 30766.5, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3655.8, 0, -1},
    {"mlperf51-gigacomp2-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 30873.9, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3667.6, 0, -1},
    {"mlperf51-google-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 31920.3, "Google/B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3744.4, 0, -1},
    {"mlperf51-nvidia1-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 33379, "NVIDIA/B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3736, 0, -1},
    {"mlperf51-dell1-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 13913.3, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3680.8, 0, -1},
    {"mlperf51-dell3-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 13963, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3684.2, 0, -1},
    {"mlperf51-gigacomp2-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 15977.9, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 768, 3456, 1, 0.9, 3733.1, 0, -1},
    {"mlperf51-google-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 14630.7, "Google/B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3676.1, 0, -1},
    {"mlperf51-nvidia1-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 18592.2, "NVIDIA/B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3748.4, 0, -1},
    {"mlperf51-nvidia2-72xgb200-dsr1-offline", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 72, 289712, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3714.5, 0, -1},
    {"mlperf51-nvidia2-72xgb200-dsr1-server", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 72, 167578, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3743.9, 0, -1},
    {"mlperf51-coreweav-8xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 48047, "CoreWeave/GB300-NVL8-CoreWeave_TRT", "deepseek-r1", {1, 1, 8}, 1536, 6656, 1, 0.95, 3657.2, 0, -1},
    {"mlperf51-nvidia3-72xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 72, 420659, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 1536, 6656, 1, 0.95, 3657.4, 0, -1},
    {"mlperf51-coreweav-8xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 22545.1, "CoreWeave/GB300-NVL8-CoreWeave_TRT", "deepseek-r1", {1, 1, 8}, 1536, 6656, 1, 0.95, 3677.8, 0, -1},
    {"mlperf51-nvidia3-72xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 72, 209328, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3675.6, 0, -1},
    {"mlperf51-dell1-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 751.37, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 653.4, 0, -1},
    {"mlperf51-dell3-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 751.59, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 653.6, 0, -1},
    {"mlperf51-gigacomp2-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 719.41, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 654, 0, -1},
    {"mlperf51-google-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 750.45, "Google/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 652.6, 0, -1},
    {"mlperf51-lenovo-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 752.62, "Lenovo/SR780a_V3_B200SXMx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 654.5, 0, -1},
    {"mlperf51-nvidia1-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 751.37, "NVIDIA/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 653.4, 0, -1},
    {"mlperf51-nebius1-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 770.67, "Nebius/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 653.1, 0, -1},
    {"mlperf51-supermic2-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 751.38, "Supermicro/SYS-422GA-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 653.4, 0, -1},
    {"mlperf51-supermic3-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 750.94, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 653, 0, -1},
    {"mlperf51-supermic4-8xb200-405b-interactive", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 750.41, "Supermicro/SYS-A21GE-NBRT_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 652.5, 0, -1},
    {"mlperf51-broadcom-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1650.43, "Broadcom_Supermicro/vSYS-422GA-NBRT-B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.1, 0, -1},
    {"mlperf51-dell1-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1648.03, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.1, 0, -1},
    {"mlperf51-dell3-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1660.71, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.1, 0, -1},
    {"mlperf51-gigacomp2-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1625.66, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.1, 0, -1},
    {"mlperf51-google-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1655.36, "Google/B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.1, 0, -1},
    {"mlperf51-lambda-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1648.6, "Lambda/B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 660.4, 0, -1},
    {"mlperf51-lenovo-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1637.11, "Lenovo/SR780a_V3_B200SXMx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.7, 0, -1},
    {"mlperf51-nvidia1-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1624.11, "NVIDIA/B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 651.6, 0, -1},
    {"mlperf51-nebius1-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1659.5, "Nebius/B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.2, 0, -1},
    {"mlperf51-oracle-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1615.85, "Oracle/B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 652, 0, -1},
    {"mlperf51-supermic2-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1641.34, "Supermicro/SYS-422GA-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.7, 0, -1},
    {"mlperf51-supermic3-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1650.51, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 653.7, 0, -1},
    {"mlperf51-supermic4-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1621.72, "Supermicro/SYS-A21GE-NBRT_B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 654.2, 0, -1},
    {"mlperf51-broadcom-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1243.86, "Broadcom_Supermicro/vSYS-422GA-NBRT-B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 654.7, 0, -1},
    {"mlperf51-dell1-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1243.17, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 654.3, 0, -1},
    {"mlperf51-dell3-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1246.56, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 656.1, 0, -1},
    {"mlperf51-gigacomp2-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1244.97, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 655.2, 0, -1},
    {"mlperf51-google-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1246.79, "Google/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 656.2, 0, -1},
    {"mlperf51-lambda-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1246.79, "Lambda/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 656.2, 0, -1},
    {"mlperf51-lenovo-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1249.04, "Lenovo/SR780a_V3_B200SXMx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 657.4, 0, -1},
    {"mlperf51-nvidia1-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1240.42, "NVIDIA/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 652.9, 0, -1},
    {"mlperf51-nebius1-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1279.53, "Nebius/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 656.2, 0, -1},
    {"mlperf51-oracle-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1243.67, "Oracle/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 654.6, 0, -1},
    {"mlperf51-supermic2-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1240.44, "Supermicro/SYS-422GA-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 652.9, 0, -1},
    {"mlperf51-supermic3-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1244.69, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 655.1, 0, -1},
    {"mlperf51-supermic4-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1242.84, "Supermicro/SYS-A21GE-NBRT_B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 654.1, 0, -1},
    {"mlperf51-azure-4xgb200-405b-offline", "gb200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 4, 847.233, "Azure/ND_GB200_v6", "llama3.1-405b", {2, 2, 1}, 2048, 1536, 0, 0.95, 652.6, 0, -1},
    {"mlperf51-nvidia2-72xgb200-405b-offline", "gb200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 72, 14774.3, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "llama3.1-405b", {2, 2, 1}, 2048, 1536, 0, 0.95, 652.4, 0, -1},
    {"mlperf51-nebius2-4xgb200-405b-offline", "gb200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 4, 855.82, "Nebius/GB200-NVL72_GB200-186GB_aarch64x4_TRT", "llama3.1-405b", {2, 2, 1}, 2048, 1536, 0, 0.95, 654, 0, -1},
    {"mlperf51-azure-4xgb200-405b-server", "gb200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 4, 584.01, "Azure/ND_GB200_v6", "llama3.1-405b", {4, 1, 1}, 2048, 2048, 0, 0.95, 656.2, 0, -1},
    {"mlperf51-nebius2-4xgb200-405b-server", "gb200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 4, 596.11, "Nebius/GB200-NVL72_GB200-186GB_aarch64x4_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 655.1, 0, -1},
    {"mlperf51-nvidia3-72xgb300-405b-offline", "gb300", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 72, 16104.1, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "llama3.1-405b", {2, 1, 1}, 2048, 1536, 0, 0.95, 629.5, 0, -1},
    {"mlperf51-nebius3-8xh200-405b-interactive", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "interactive", 8, 202.78, "Nebius/H200-SXM-141GBx8_TRT", "llama3.1-405b", {8, 1, 1}, 512, 2560, 0, 0.9, 654.1, 0, -1},
    {"mlperf51-dellbroa-8xh200-405b-offline", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "offline", 8, 547.261, "Dell_Broadcom/vXE9680_H200-SXM-141GBx8_TRT", "llama3.1-405b", {4, 2, 1}, 512, 1536, 0, 0.95, 648.4, 0, -1},
    {"mlperf51-nebius3-8xh200-405b-offline", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "offline", 8, 552.749, "Nebius/H200-SXM-141GBx8_TRT", "llama3.1-405b", {4, 2, 1}, 512, 1536, 0, 0.95, 645.6, 0, -1},
    {"mlperf51-quantacl1-8xh200-405b-offline", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "offline", 8, 550.106, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", "llama3.1-405b", {4, 2, 1}, 512, 1536, 0, 0.95, 633.6, 0, -1},
    {"mlperf51-dellbroa-8xh200-405b-server", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "server", 8, 277.33, "Dell_Broadcom/vXE9680_H200-SXM-141GBx8_TRT", "llama3.1-405b", {8, 1, 1}, 512, 2560, 0, 0.9, 645, 0, -1},
    {"mlperf51-nebius3-8xh200-405b-server", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "server", 8, 295.36, "Nebius/H200-SXM-141GBx8_TRT", "llama3.1-405b", {8, 1, 1}, 512, 2560, 0, 0.9, 656.4, 0, -1},
    {"mlperf51-quantacl1-8xh200-405b-server", "h200-sxm", "llama-3.1-405b", "tensorrt-llm", "fp8", "server", 8, 295.52, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", "llama3.1-405b", {8, 1, 1}, 512, 2560, 0, 0.9, 656.7, 0, -1},
    {"mlperf51-dell1-8xb200-8b-interactive", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 102907, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-gigacomp2-8xb200-8b-interactive", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 102829, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-nvidia1-8xb200-8b-interactive", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 102903, "NVIDIA/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-supermic1-8xb200-8b-interactive", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 122269, "Supermicro/AS-4126GS-NBR-LCC_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-dell1-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 143309, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 0, 0.9, 129, 0, -1},
    {"mlperf51-dell3-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 143904, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-gigacomp2-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 142136, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 128, 0, -1},
    {"mlperf51-google-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 141138, "Google/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-lenovo-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 146960, "Lenovo/SR780a_V3_B200SXMx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 128, 0, -1},
    {"mlperf51-nvidia1-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 136752, "NVIDIA/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-oracle-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 145789, "Oracle/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 0, 0.9, 128, 0, -1},
    {"mlperf51-supermic1-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 142955, "Supermicro/AS-4126GS-NBR-LCC_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-supermic3-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 141056, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-dell1-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128787, "Dell/XE9680L_B200_SXM_180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-dell3-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128794, "Dell/XE9685L_B200_SXM_180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-gigacomp2-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128660, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-google-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 119628, "Google/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-lenovo-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128689, "Lenovo/SR780a_V3_B200SXMx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-nvidia1-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128541, "NVIDIA/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-oracle-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128649, "Oracle/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-supermic1-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 128701, "Supermicro/AS-4126GS-NBR-LCC_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-supermic3-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 122331, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf51-hpe-8xh200-8b-interactive", "h200-sxm", "llama-3.1-8b", "tensorrt-llm", "fp8", "interactive", 8, 53475.2, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 2048, 12000, 0, 0.99, 129, 0, -1},
    {"mlperf51-quantacl1-8xh200-8b-interactive", "h200-sxm", "llama-3.1-8b", "tensorrt-llm", "fp8", "interactive", 8, 54117.6, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 2048, 1536, 0, 0.9, 129, 0, -1},
    {"mlperf51-hpe-8xh200-8b-offline", "h200-sxm", "llama-3.1-8b", "tensorrt-llm", "fp8", "offline", 8, 66036.8, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 2048, 12000, 0, 0.99, 128, 0, -1},
    {"mlperf51-quantacl1-8xh200-8b-offline", "h200-sxm", "llama-3.1-8b", "tensorrt-llm", "fp8", "offline", 8, 56917.3, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 2048, 1536, 0, 0.9, 128, 0, -1},
    {"mlperf51-hpe-8xh200-8b-server", "h200-sxm", "llama-3.1-8b", "tensorrt-llm", "fp8", "server", 8, 64914.6, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 2048, 12000, 1, 0.99, 129, 0, -1},
    {"mlperf51-quantacl1-8xh200-8b-server", "h200-sxm", "llama-3.1-8b", "tensorrt-llm", "fp8", "server", 8, 57970.4, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 2048, 1536, 0, 0.9, 129, 0, -1},
    {"mlperf51-asustek2-8xh200-mixtral-offline", "h200-sxm", "mixtral-8x7b", "tensorrt-llm", "fp8", "offline", 8, 61372.4, "ASUSTeK/ESC_N8_H200-SXM-141GBx8_TRT", "mixtral-8x7b", {1, 1, 1}, 3072, 9216, 0, 0.9, 145.7, 0, -1},
    {"mlperf51-hpe-8xh200-mixtral-offline", "h200-sxm", "mixtral-8x7b", "tensorrt-llm", "fp8", "offline", 8, 62108.4, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", "mixtral-8x7b", {1, 1, 1}, 3072, 9216, 0, 0.97, 145.9, 0, -1},
    {"mlperf51-asustek2-8xh200-mixtral-server", "h200-sxm", "mixtral-8x7b", "tensorrt-llm", "fp8", "server", 8, 59992.8, "ASUSTeK/ESC_N8_H200-SXM-141GBx8_TRT", "mixtral-8x7b", {1, 1, 1}, 3072, 8192, 0, 0.9, 146.7, 0, -1},
    {"mlperf51-hpe-8xh200-mixtral-server", "h200-sxm", "mixtral-8x7b", "tensorrt-llm", "fp8", "server", 8, 60955.1, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", "mixtral-8x7b", {1, 1, 1}, 3072, 8192, 0, 0.97, 146.9, 0, -1},
    {"mlperf51-amd1-8xmi300x-mixtral-offline", "mi300x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 53017.3, "AMD/8xMI300X_2xEPYC_9575F", "mixtral-8x7b", {1, 1, 1}, 5000, 51200, 1, 0.97, 143.7, 9, 0},
    {"mlperf51-dell2-8xmi300x-mixtral-offline", "mi300x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 53333.9, "Dell/XE9680_MI300X_192GBx8", "mixtral-8x7b", {1, 1, 1}, 5000, 51200, 1, 0.97, 143.5, 9, 0},
    {"mlperf51-amd1-8xmi300x-mixtral-server", "mi300x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 47804.3, "AMD/8xMI300X_2xEPYC_9575F", "mixtral-8x7b", {1, 1, 1}, 4096, 32000, 0, 0.99, 143.5, 8, 0},
    {"mlperf51-dell2-8xmi300x-mixtral-server", "mi300x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 47801.9, "Dell/XE9680_MI300X_192GBx8", "mixtral-8x7b", {1, 1, 1}, 4096, 32000, 0, 0.99, 143.6, 8, 0},
    {"mlperf51-amd2-8xmi325x-mixtral-offline", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 68781.4, "AMD/8xMI325X_2xEPYC_9575F_1", "mixtral-8x7b", {1, 1, 1}, 4736, 51200, 1, 0.96, 143.4, 13, 0},
    {"mlperf51-asustek1-8xmi325x-mixtral-offline", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 68121.2, "ASUSTeK/ESC_A8A_MI325X_256GBx8", "mixtral-8x7b", {1, 1, 1}, 4736, 51200, 1, 0.96, 143.6, 13, 0},
    {"mlperf51-gigacomp1-8xmi325x-mixtral-offline", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 69692, "GigaComputing/8xMI325X_2xEPYC_9575F", "mixtral-8x7b", {1, 1, 1}, 4736, 65000, 1, 0.96, 143.3, 13, 0},
    {"mlperf51-mitac-8xmi325x-mixtral-offline", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 67964.4, "MiTAC/8xMI325X_2xEPYC_9755", "mixtral-8x7b", {1, 1, 1}, 4736, 51200, 1, 0.96, 143.3, 13, 0},
    {"mlperf51-quantacl2-8xmi325x-mixtral-offline", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 68218.7, "Quanta_Cloud_Technology/D75T-7U_8xMI325X", "mixtral-8x7b", {1, 1, 1}, 4736, 51200, 1, 0.96, 143.4, 13, 0},
    {"mlperf51-vultr-8xmi325x-mixtral-offline", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "offline", 8, 70035.6, "Vultr/8xMI325X_2xEPYC_9575F", "mixtral-8x7b", {1, 1, 1}, 4736, 65000, 1, 0.96, 143.7, 13, 0},
    {"mlperf51-amd2-8xmi325x-mixtral-server", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 59783.6, "AMD/8xMI325X_2xEPYC_9575F_1", "mixtral-8x7b", {1, 1, 1}, 2560, 32000, 0, 0.96, 143.8, 10, 0},
    {"mlperf51-asustek1-8xmi325x-mixtral-server", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 55800.3, "ASUSTeK/ESC_A8A_MI325X_256GBx8", "mixtral-8x7b", {1, 1, 1}, 2560, 32000, 0, 0.96, 143.8, 10, 0},
    {"mlperf51-gigacomp1-8xmi325x-mixtral-server", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 58242.7, "GigaComputing/8xMI325X_2xEPYC_9575F", "mixtral-8x7b", {1, 1, 1}, 2560, 32000, 0, 0.96, 145.1, 10, 0},
    {"mlperf51-mitac-8xmi325x-mixtral-server", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 57087.1, "MiTAC/8xMI325X_2xEPYC_9755", "mixtral-8x7b", {1, 1, 1}, 2560, 32000, 0, 0.96, 143.7, 10, 0},
    {"mlperf51-quantacl2-8xmi325x-mixtral-server", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 59040.8, "Quanta_Cloud_Technology/D75T-7U_8xMI325X", "mixtral-8x7b", {1, 1, 1}, 2560, 32000, 0, 0.96, 143.7, 10, 0},
    {"mlperf51-vultr-8xmi325x-mixtral-server", "mi325x", "mixtral-8x7b", "rocm-vllm", "fp8", "server", 8, 56653.7, "Vultr/8xMI325X_2xEPYC_9575F", "mixtral-8x7b", {1, 1, 1}, 2560, 32000, 1, 0.96, 144.9, 7, 0},
    // v6.0 (inference_results_v6.0): the aggregated runs (disaggregated and speculative-decoding
    // runs, NVIDIA's B300 8B runs without a config, and the GB200 NVL72 405B offline run, whose
    // top-level config gives no layout and whose worker config reads TP1 PP4 with a 512-token
    // budget, are left out)
    {"mlperf60-dell2-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 58235.4, "Dell/XE9780_x86_B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3748.7, 0, -1},
    {"mlperf60-google1-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 57116.9, "Google/B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3750.6, 0, -1},
    {"mlperf60-nebius3-8xb200-dsr1-offline", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 58581.6, "Nebius/nebius_b200_n1", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3755.5, 0, -1},
    {"mlperf60-dell2-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 40949.4, "Dell/XE9780_x86_B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3739.7, 0, -1},
    {"mlperf60-google1-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 41027.9, "Google/B200-SXM-180GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3743.4, 0, -1},
    {"mlperf60-nebius3-8xb200-dsr1-server", "b200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 51692.9, "Nebius/nebius_b200_n1", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3743.1, 0, -1},
    {"mlperf60-cisco-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 69251.4, "Cisco/C880A_M8_B300_288GBx8_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3748.7, 0, -1},
    {"mlperf60-dell1-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 66287.9, "Dell/XE9780L-B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3747, 0, -1},
    {"mlperf60-dell3-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 69021.2, "Dell/XE9780_x86_B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3759.7, 0, -1},
    {"mlperf60-gigacomp-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 69617.4, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3751.5, 0, -1},
    {"mlperf60-nvidia1-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 70325.7, "NVIDIA/B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3750.9, 0, -1},
    {"mlperf60-nebius4-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 69318.9, "Nebius/nebius_b300_n1", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3754.9, 0, -1},
    {"mlperf60-quantacl-8xb300-dsr1-offline", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 69263.2, "Quanta_Cloud_Technology/D75H-10U_B300-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3753.9, 0, -1},
    {"mlperf60-cisco-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 58553.3, "Cisco/C880A_M8_B300_288GBx8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3753.4, 0, -1},
    {"mlperf60-dell1-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 46510.6, "Dell/XE9780L-B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3759.9, 0, -1},
    {"mlperf60-dell3-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 46513.1, "Dell/XE9780_x86_B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3760.2, 0, -1},
    {"mlperf60-gigacomp-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 35552.6, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3758.2, 0, -1},
    {"mlperf60-nvidia1-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 42721.4, "NVIDIA/B300-SXM-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3750.8, 0, -1},
    {"mlperf60-nebius4-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 60413.4, "Nebius/nebius_b300_n1", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3764.1, 0, -1},
    {"mlperf60-quantacl-8xb300-dsr1-server", "b300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 35435.7, "Quanta_Cloud_Technology/D75H-10U_B300-270GBx8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3745.8, 0, -1},
    {"mlperf60-coreweav1-64xgb200-dsr1-offline", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 64, 468665, "CoreWeave/GB200-NVL72_GB200-186GB_aarch64x64_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3756.4, 0, -1},
    {"mlperf60-google2-72xgb200-dsr1-offline", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 72, 307874, "Google/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3698.3, 0, -1},
    {"mlperf60-nvidia2-72xgb200-dsr1-offline", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 72, 486141, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 4608, 1, 0.9, 3753, 0, -1},
    {"mlperf60-coreweav1-64xgb200-dsr1-server", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 64, 311531, "CoreWeave/GB200-NVL72_GB200-186GB_aarch64x64_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3749.8, 0, -1},
    {"mlperf60-google2-72xgb200-dsr1-server", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 72, 156781, "Google/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3693.3, 0, -1},
    {"mlperf60-nvidia2-72xgb200-dsr1-server", "gb200", "deepseek-r1", "tensorrt-llm", "fp4", "server", 72, 336106, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 512, 3456, 1, 0.9, 3751.6, 0, -1},
    {"mlperf60-coreweav2-8xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 78564, "CoreWeave/GB300-NVL72_GB300-288GB_aarch64x8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3752.3, 0, -1},
    {"mlperf60-nvidia3-288xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 288, 2.49431e+06, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x288_TRT", "deepseek-r1", {1, 1, 8}, 1536, 6656, 1, 0.95, 3752.5, 0, -1},
    {"mlperf60-nvidia4-72xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 72, 647076, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 1536, 6656, 1, 0.95, 3752.4, 0, -1},
    {"mlperf60-nebius1-72xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 72, 673936, "Nebius/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 1536, 6656, 1, 0.95, 3752.6, 0, -1},
    {"mlperf60-nebius2-8xgb300-dsr1-offline", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "offline", 8, 76346.6, "Nebius/GB300-NVL72_GB300-288GB_aarch64x8_TRT", "deepseek-r1", {1, 1, 8}, 1024, 6144, 1, 0.95, 3749.6, 0, -1},
    {"mlperf60-coreweav2-8xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 44589.7, "CoreWeave/GB300-NVL72_GB300-288GB_aarch64x8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3753.3, 0, -1},
    {"mlperf60-nvidia3-288xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 288, 1.55511e+06, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x288_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3750.6, 0, -1},
    {"mlperf60-nvidia4-72xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 72, 400437, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3754.3, 0, -1},
    {"mlperf60-nebius1-72xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 72, 575580, "Nebius/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3753.9, 0, -1},
    {"mlperf60-nebius2-8xgb300-dsr1-server", "gb300", "deepseek-r1", "tensorrt-llm", "fp4", "server", 8, 64510, "Nebius/GB300-NVL72_GB300-288GB_aarch64x8_TRT", "deepseek-r1", {1, 1, 8}, 640, 4608, 1, 0.95, 3754.9, 0, -1},
    {"mlperf60-google1-8xb200-405b-offline", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1350.24, "Google/B200-SXM-180GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 655.7, 0, -1},
    {"mlperf60-google1-8xb200-405b-server", "b200", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 983.63, "Google/B200-SXM-180GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 647.1, 0, -1},
    {"mlperf60-gigacomp-8xb300-405b-interactive", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "interactive", 8, 764.66, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 1536, 0, 0.95, 637.2, 0, -1},
    {"mlperf60-cisco-8xb300-405b-offline", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1971.11, "Cisco/C880A_M8_B300_288GBx8_TRT", "llama3.1-405b", {2, 1, 1}, 2048, 1536, 0, 0.95, 636.7, 0, -1},
    {"mlperf60-gigacomp-8xb300-405b-offline", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1947.91, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "llama3.1-405b", {2, 2, 1}, 128, 1536, 0, 0.95, 651.6, 0, -1},
    {"mlperf60-nvidia1-8xb300-405b-offline", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1951.6, "NVIDIA/B300-SXM-270GBx8_TRT", "llama3.1-405b", {2, 1, 1}, 2048, 1536, 0, 0.95, 636.3, 0, -1},
    {"mlperf60-quantacl-8xb300-405b-offline", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 8, 1953.77, "Quanta_Cloud_Technology/D75H-10U_B300-270GBx8_TRT", "llama3.1-405b", {2, 1, 1}, 128, 1536, 0, 0.95, 648.1, 0, -1},
    {"mlperf60-cisco-8xb300-405b-server", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1445.7, "Cisco/C880A_M8_B300_288GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 657.1, 0, -1},
    {"mlperf60-gigacomp-8xb300-405b-server", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1340.51, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "llama3.1-405b", {4, 1, 1}, 256, 2048, 0, 0.95, 638.3, 0, -1},
    {"mlperf60-nvidia1-8xb300-405b-server", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1460.25, "NVIDIA/B300-SXM-270GBx8_TRT", "llama3.1-405b", {2, 1, 1}, 2048, 1024, 0, 0.95, 637.7, 0, -1},
    {"mlperf60-quantacl-8xb300-405b-server", "b300", "llama-3.1-405b", "tensorrt-llm", "fp4", "server", 8, 1484.4, "Quanta_Cloud_Technology/D75H-10U_B300-270GBx8_TRT", "llama3.1-405b", {2, 1, 1}, 384, 2048, 0, 0.95, 648.2, 0, -1},
    {"mlperf60-nvidia4-72xgb300-405b-offline", "gb300", "llama-3.1-405b", "tensorrt-llm", "fp4", "offline", 72, 19511.7, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", "llama3.1-405b", {2, 1, 1}, 2048, 1536, 0, 0.95, 638.9, 0, -1},
    {"mlperf60-hpe-8xb200-8b-interactive", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 126143, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-lambdasi-8xb200-8b-interactive", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 128750, "Lambda_SIT/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-hpe-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 152625, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 128, 0, -1},
    {"mlperf60-lambdasi-8xb200-8b-offline", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 160403, "Lambda_SIT/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 4096, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-hpe-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 131270, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-lambdasi-8xb200-8b-server", "b200", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 130008, "Lambda_SIT/B200-SXM-180GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-gigacomp-8xb300-8b-interactive", "b300", "llama-3.1-8b", "tensorrt-llm", "fp4", "interactive", 8, 128633, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-asustek-8xb300-8b-offline", "b300", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 166745, "ASUSTeK/XA_NB3I-E12_B300x8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-gigacomp-8xb300-8b-offline", "b300", "llama-3.1-8b", "tensorrt-llm", "fp4", "offline", 8, 150707, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 128, 0, -1},
    {"mlperf60-asustek-8xb300-8b-server", "b300", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 148067, "ASUSTeK/XA_NB3I-E12_B300x8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-gigacomp-8xb300-8b-server", "b300", "llama-3.1-8b", "tensorrt-llm", "fp4", "server", 8, 141484, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", "llama3.1-8b", {1, 1, 1}, 6000, 12000, 1, 0.9, 129, 0, -1},
    {"mlperf60-hpe-8xb200-mixtral-offline", "b200", "mixtral-8x7b", "tensorrt-llm", "fp4", "offline", 8, 126468, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", "mixtral-8x7b", {1, 1, 1}, 6144, 14336, 0, 0.95, 144.4, 0, -1},
    {"mlperf60-hpe-8xb200-mixtral-server", "b200", "mixtral-8x7b", "tensorrt-llm", "fp4", "server", 8, 127209, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", "mixtral-8x7b", {1, 1, 1}, 6144, 10240, 0, 0.9, 146.3, 0, -1},
};

} // namespace

void mlperfBenchmarkPoints(std::vector<CalibrationPoint> *v)
{
    for (const BenchRow &r : kBenchmarkRows) {
        const std::string system = r.system;
        const size_t slash = system.find('/');
        const std::string results = system.substr(0, slash) + "/results" + system.substr(slash);
        const bool amd = std::string(r.engine) == "rocm-vllm";
        const std::string round = std::string(r.id).rfind("mlperf60-", 0) == 0 ? "v6.0" : "v5.1";
        const std::string src = "MLPerf Inference " + round + " datacenter, closed division (mlcommons/inference_results_" + round + " closed/"
                                + results + "/" + r.benchmark + "/<scenario>/performance/run_1/mlperf_log_summary.txt; "
                                + (amd ? "settings from closed/" + system.substr(0, slash) + "/code/" + r.benchmark
                                             + "/harness_llm/models/*/<scenario>_<gpu>.yaml)"
                                       : "settings from the submitter's configs/<system>/<scenario>/" + std::string(r.benchmark) + ".py)");
        const std::string assumed = "the dataset's mean input (" + std::to_string(int(benchmarkPrompts(r.model).mean + 0.5))
                                    + " tokens) and the run's own output mean; MLPerf " + r.benchmark
                                    + " latency limits; layout, batch cap, tokens per iteration, graphs and memory share from the run's config";
        const std::string id = r.id;
        const bool moeFit = id == "mlperf51-hpe-8xh200-mixtral-offline" || id == "mlperf51-amd2-8xmi325x-mixtral-offline";
        CalibrationPoint p = makePoint(r.id, moeFit ? PointSet::Calibration : PointSet::Validation, r.gpu, r.model, r.engine, r.precision, r.gpus, r.placement,
                                       benchmarkPrompts(r.model).mean, r.osl, r.scenario, r.tps, src.c_str(), assumed.c_str());
        p.fitsMoe = moeFit;
        setDatasetPrompts(&p, benchmarkPrompts(r.model));
        p.maxBatch = r.maxBatch;
        p.maxTokensPerIteration = r.maxTokens;
        p.cudaGraphs = r.graphs;
        p.memoryFraction = r.memoryFraction;
        if (amd) {   // AMD's vLLM V0 build: multi-step, synchronous
            p.schedulerSteps = r.steps;
            p.asyncScheduling = 0;
            p.chunkedPrefill = r.chunked;
            p.vendor = "AMD";
        }
        v->push_back(p);
    }
}

} // namespace aif::throughput::detail
