// NVIDIA-platform MLPerf Inference results, Llama 2 70B (TensorRT-LLM), from the MLCommons
// results repositories: the per-system summaries for the figure, the submission's own
// configs/<system>/<scenario>/llama2-70b.py for how it ran. Every run is TP1 PP1, one model copy
// per GPU; gpu_batch_size caps the running sequences, max_num_tokens the tokens per iteration,
// use_graphs says whether steps replay CUDA graphs. Weights NVFP4 on Blackwell (measurements/
// <system>/.../*.json weight_data_types), FP8 on Hopper; KV cache FP8.
#include "calibration.h"

#include <map>

namespace aif::throughput::detail {

namespace {

constexpr PointSet kFitSet = PointSet::Calibration;
constexpr PointSet kCheckSet = PointSet::Validation;

struct Row
{
    const char *id;
    PointSet set;
    const char *gpu, *precision, *scenario;
    int gpus;
    double tps;                // Tokens per second (offline) / Completed tokens per second
    const char *system;        // <submitter>/results/<system> in the round's repository
    int maxBatch, maxTokens;   // gpu_batch_size, max_num_tokens
    int graphs = 0;            // use_graphs (aggregated runs: False but the RTX interactive ones)
    int prefillGpus = 0;       // disaggregated runs: ctx workers (the rest decode)
};

// v5.1: NVIDIA's B200 x8 and GB200 x4, Dell's H200 x8. Offline and interactive of B200 and H200
// fit the tuned tensorrt-llm cells (one compute-bound and one latency-bound run each). The GB200
// x4 interactive config is not in the repository: the B200 x8 interactive one (same generation
// and software) is assumed.
const Row kV51[] = {
    {"mlperf51-8xb200-70b-offline", kFitSet, "b200", "fp4", "offline", 8, 101527, "NVIDIA/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99123.04, "NVIDIA/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-8xb200-70b-interactive", kFitSet, "b200", "fp4", "interactive", 8, 59545.45, "NVIDIA/B200-SXM-180GBx8_TRT", 768, 768},
    {"mlperf51-4xgb200-70b-offline", kCheckSet, "gb200", "fp4", "offline", 4, 51736.9, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x4_TRT", 2048, 3584},
    {"mlperf51-4xgb200-70b-server", kCheckSet, "gb200", "fp4", "server", 4, 49359.61, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x4_TRT", 2048, 3584},
    {"mlperf51-4xgb200-70b-interactive", kCheckSet, "gb200", "fp4", "interactive", 4, 29745.55, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x4_TRT", 768, 768},
    {"mlperf51-8xh200-70b-offline", kFitSet, "h200-sxm", "fp8", "offline", 8, 35316.7, "Dell/XE9680_H200_SXM_141GBx8_TRT", 2048, 1536},
    {"mlperf51-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 33244.25, "Dell/XE9680_H200_SXM_141GBx8_TRT", 2048, 1536},
    {"mlperf51-8xh200-70b-interactive", kFitSet, "h200-sxm", "fp8", "interactive", 8, 21915.57, "Dell/XE9680_H200_SXM_141GBx8_TRT", 512, 256},
    // Partner systems of v5.1 (every closed llama2-70b-99 result on a B200 x8, GB200 x4, H200 SXM
    // x8 or RTX PRO 6000 x8 system, with its own config): the same hardware and software as a
    // fitted run, so they test reproducibility across systems more than the model. H200 NVL (no
    // catalog entry) and the multi-node Cisco runs (configs not in the per-system form) are left out.
    {"mlperf51-dell9680l-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 101253.0, "Dell/XE9680L_B200_SXM_180GBx8_TRT", 2048, 3584},
    {"mlperf51-dell9680l-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99139.18, "Dell/XE9680L_B200_SXM_180GBx8_TRT", 2048, 3584},
    {"mlperf51-dell9680l-8xb200-70b-interactive", kCheckSet, "b200", "fp4", "interactive", 8, 60137.55, "Dell/XE9680L_B200_SXM_180GBx8_TRT", 768, 768},
    {"mlperf51-dell9685l-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 102131.0, "Dell/XE9685L_B200_SXM_180GBx8_TRT", 2048, 3584},
    {"mlperf51-dell9685l-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99214.41, "Dell/XE9685L_B200_SXM_180GBx8_TRT", 2048, 3584},
    {"mlperf51-giga-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 98607.7, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-giga-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99065.98, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-giga-8xb200-70b-interactive", kCheckSet, "b200", "fp4", "interactive", 8, 62851.2, "GigaComputing/G894-SD1_B200-SXM-180GBx8_TRT", 768, 512},
    {"mlperf51-google-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 78463.5, "Google/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-google-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99169.78, "Google/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-google-8xb200-70b-interactive", kCheckSet, "b200", "fp4", "interactive", 8, 52140.68, "Google/B200-SXM-180GBx8_TRT", 768, 768},
    {"mlperf51-lambda-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 102725.0, "Lambda/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-lambda-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99993.91, "Lambda/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-lenovo-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 102909.0, "Lenovo/SR680a_V3_B200SXMx8_TRT", 2048, 3584},
    {"mlperf51-lenovo-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99159.27, "Lenovo/SR680a_V3_B200SXMx8_TRT", 2048, 3584},
    {"mlperf51-nebius-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 101246.0, "Nebius/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-nebius-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 101610.58, "Nebius/B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-nebius-8xb200-70b-interactive", kCheckSet, "b200", "fp4", "interactive", 8, 59622.73, "Nebius/B200-SXM-180GBx8_TRT", 768, 768},
    {"mlperf51-smc4126-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 101516.0, "Supermicro/AS-4126GS-NBR-LCC_B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-smc4126-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99186.48, "Supermicro/AS-4126GS-NBR-LCC_B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-smc422-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 102498.0, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-smc422-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99181.07, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", 2048, 3584},
    {"mlperf51-smc422-8xb200-70b-interactive", kCheckSet, "b200", "fp4", "interactive", 8, 60131.05, "Supermicro/SYS-422GS-NBRT-LCC_B200-SXM-180GBx8_TRT", 768, 768},
    {"mlperf51-azure-4xgb200-70b-offline", kCheckSet, "gb200", "fp4", "offline", 4, 52061.6, "Azure/ND_GB200_v6", 2048, 3584},
    {"mlperf51-azure-4xgb200-70b-server", kCheckSet, "gb200", "fp4", "server", 4, 46016.49, "Azure/ND_GB200_v6", 2048, 4096},
    {"mlperf51-nebius-4xgb200-70b-offline", kCheckSet, "gb200", "fp4", "offline", 4, 49683.5, "Nebius/GB200-NVL72_GB200-186GB_aarch64x4_TRT", 2048, 3584},
    {"mlperf51-nebius-4xgb200-70b-server", kCheckSet, "gb200", "fp4", "server", 4, 49215.88, "Nebius/GB200-NVL72_GB200-186GB_aarch64x4_TRT", 2048, 3584},
    {"mlperf51-asus-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 35075.1, "ASUSTeK/ESC_N8_H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-asus-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 34193.81, "ASUSTeK/ESC_N8_H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-cisco-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 34548.2, "Cisco/C885_H200x8_TRT", 2048, 1536},
    {"mlperf51-cisco-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 33163.34, "Cisco/C885_H200x8_TRT", 2048, 1536},
    {"mlperf51-cisco-8xh200-70b-interactive", kCheckSet, "h200-sxm", "fp8", "interactive", 8, 19621.88, "Cisco/C885_H200x8_TRT", 512, 256},
    {"mlperf51-dell9680l-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 34588.3, "Dell/XE9680L_H200_SXM_141GBx8_TRT", 2048, 1536},
    {"mlperf51-dell9680l-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 33161.44, "Dell/XE9680L_H200_SXM_141GBx8_TRT", 2048, 1536},
    {"mlperf51-dellvm-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 34301.9, "Dell_Broadcom/vXE9680_H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-dellvm-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 33384.69, "Dell_Broadcom/vXE9680_H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-google-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 35043.7, "Google/H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-google-8xh200-70b-interactive", kCheckSet, "h200-sxm", "fp8", "interactive", 8, 19554.66, "Google/H200-SXM-141GBx8_TRT", 512, 256},
    {"mlperf51-hpe-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 34964.6, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", 2506, 1536},
    {"mlperf51-hpe-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 33164.39, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", 2048, 1536},
    {"mlperf51-hpe-8xh200-70b-interactive", kCheckSet, "h200-sxm", "fp8", "interactive", 8, 20432.07, "HPE/HPE_Cray_XD670_H200_SXM_141GBx8_TRT", 512, 256},
    {"mlperf51-nebius-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 34812.1, "Nebius/H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-nebius-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 34029.38, "Nebius/H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-nebius-8xh200-70b-interactive", kCheckSet, "h200-sxm", "fp8", "interactive", 8, 23079.95, "Nebius/H200-SXM-141GBx8_TRT", 512, 256},
    {"mlperf51-quanta-8xh200-70b-offline", kCheckSet, "h200-sxm", "fp8", "offline", 8, 35091.5, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-quanta-8xh200-70b-server", kCheckSet, "h200-sxm", "fp8", "server", 8, 33356.25, "Quanta_Cloud_Technology/D74U-7U_H200-SXM-141GBx8_TRT", 2048, 1536},
    {"mlperf51-hpe-8xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 8, 26205.8, "HPE/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx8_TRT_TRT", 2048, 2048},
    {"mlperf51-hpe-8xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 8, 26005.9, "HPE/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx8_TRT_TRT", 2048, 2048},

};

// v6.0 (newer TensorRT-LLM than the v5.1 fit). NVIDIA's B300 x8 and whole NVL72 racks; the NVL72
// racks take the per-GPU x1 config. Their server and interactive runs are disaggregated
// (ctx_config_x72 / gen_config_x72 in configs/<system>x1/<scenario>/llama2-70b.py, both TP1): the
// x72 harness's max_concurrency is exactly 44 decode batches (22528 = 44 x 512, 45056 = 44 x
// 1024, 67584 = 44 x 1536, 90112 = 44 x 2048), so 44 GPUs decode and 28 prefill; the batch cap
// is the decode workers' and they replay CUDA graphs (use_graphs True).
// Partner systems: Blackwell Ultra gets its own cell, fitted on Dell's B300 offline and
// interactive runs and judged on everyone else's B300 and GB300; RTX PRO 6000 Server Edition
// likewise on ASUS's ESC8000A offline and interactive runs. B200 partner runs validate the v5.1 fit.
const Row kV60[] = {
    {"mlperf60-8xb300-70b-offline", kCheckSet, "b300", "fp4", "offline", 8, 112954, "NVIDIA/B300-SXM-270GBx8_TRT", 3072, 4608},
    {"mlperf60-8xb300-70b-server", kCheckSet, "b300", "fp4", "server", 8, 107317.80, "NVIDIA/B300-SXM-270GBx8_TRT", 3072, 4608},
    {"mlperf60-72xgb200-70b-offline", kCheckSet, "gb200", "fp4", "offline", 72, 888054, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", 2048, 3584},
    {"mlperf60-72xgb200-70b-server", kFitSet, "gb200", "fp4", "server", 72, 810104.39, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", 1024, 4352, 1, 28},
    {"mlperf60-72xgb200-70b-interactive", kCheckSet, "gb200", "fp4", "interactive", 72, 754855.00, "NVIDIA/GB200-NVL72_GB200-186GB_aarch64x72_TRT", 512, 4352, 1, 28},
    {"mlperf60-72xgb300-70b-offline", kCheckSet, "gb300", "fp4", "offline", 72, 1126850, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", 3072, 4608},
    {"mlperf60-72xgb300-70b-server", kFitSet, "gb300", "fp4", "server", 72, 868277.92, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", 2048, 4608, 1, 28},
    {"mlperf60-72xgb300-70b-interactive", kCheckSet, "gb300", "fp4", "interactive", 72, 814127.85, "NVIDIA/GB300-NVL72_GB300-288GB_aarch64x72_TRT", 1536, 4608, 1, 28},
    // B200 partners
    {"mlperf60-hpe-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 103954, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", 2048, 3584},
    {"mlperf60-hpe-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 103635.32, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", 2048, 3584},
    {"mlperf60-hpe-8xb200-70b-interactive", kCheckSet, "b200", "fp4", "interactive", 8, 61644.72, "HPE/HPE_ProLiant_XD685_B200_SXM_192GBx8_TRT", 768, 768},
    {"mlperf60-smc-8xb200-70b-offline", kCheckSet, "b200", "fp4", "offline", 8, 101595, "Supermicro/SYS-822GS-NBRT_B200-SXM-180GB_TRT", 2048, 3584},
    {"mlperf60-smc-8xb200-70b-server", kCheckSet, "b200", "fp4", "server", 8, 99301.48, "Supermicro/SYS-822GS-NBRT_B200-SXM-180GB_TRT", 2048, 3584},
    // B300 partners: Dell's XE9780L fits the blackwell-ultra cell
    {"mlperf60-dell-8xb300-70b-offline", kFitSet, "b300", "fp4", "offline", 8, 108669, "Dell/XE9780L-B300-SXM-270GBx8_TRT", 2048, 3584},
    {"mlperf60-dell-8xb300-70b-interactive", kFitSet, "b300", "fp4", "interactive", 8, 70724.35, "Dell/XE9780L-B300-SXM-270GBx8_TRT", 768, 768},
    {"mlperf60-dell-8xb300-70b-server", kCheckSet, "b300", "fp4", "server", 8, 108392.26, "Dell/XE9780L-B300-SXM-270GBx8_TRT", 2048, 3584},
    {"mlperf60-giga-8xb300-70b-offline", kCheckSet, "b300", "fp4", "offline", 8, 109343, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", 2048, 3584},
    {"mlperf60-giga-8xb300-70b-server", kCheckSet, "b300", "fp4", "server", 8, 104623.11, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", 2048, 3584},
    {"mlperf60-giga-8xb300-70b-interactive", kCheckSet, "b300", "fp4", "interactive", 8, 65464.82, "GigaComputing/G894-SD3-AAX7_B300-SXM-270GBx8_TRT", 768, 768},
    {"mlperf60-asus-8xb300-70b-offline", kCheckSet, "b300", "fp4", "offline", 8, 109625, "ASUSTeK/XA_NB3I-E12_B300x8_TRT", 2048, 3584},
    {"mlperf60-asus-8xb300-70b-server", kCheckSet, "b300", "fp4", "server", 8, 102185.73, "ASUSTeK/XA_NB3I-E12_B300x8_TRT", 3072, 4608},
    {"mlperf60-cisco-8xb300-70b-offline", kCheckSet, "b300", "fp4", "offline", 8, 115730, "Cisco/C880A_M8_B300_288GBx8_TRT", 3072, 4608},
    {"mlperf60-cisco-8xb300-70b-server", kCheckSet, "b300", "fp4", "server", 8, 114503.71, "Cisco/C880A_M8_B300_288GBx8_TRT", 3072, 4608},
    // RTX PRO 6000 Blackwell Server Edition (PCIe): ASUS's ESC8000A fits the tuned RTX cell
    {"mlperf60-asus-8xrtx-70b-offline", kFitSet, "rtx-pro-6000-server", "fp4", "offline", 8, 27812.9, "ASUSTeK/ESC8000A_E13P_RTX_PRO_6000_PCIE_96GBx8_TRT", 4096, 2048},
    {"mlperf60-asus-8xrtx-70b-interactive", kFitSet, "rtx-pro-6000-server", "fp4", "interactive", 8, 6238.12, "ASUSTeK/ESC8000A_E13P_RTX_PRO_6000_PCIE_96GBx8_TRT", 1024, 2048, 1},
    {"mlperf60-asus-8xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 8, 28038.48, "ASUSTeK/ESC8000A_E13P_RTX_PRO_6000_PCIE_96GBx8_TRT", 4096, 2048},
    {"mlperf60-asus2-8xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 8, 27730.1, "ASUSTeK/ESC8000_E12P_RTX_PRO_6000_PCIE_96GBx8_TRT", 2048, 2048},
    {"mlperf60-asus2-8xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 8, 27113.80, "ASUSTeK/ESC8000_E12P_RTX_PRO_6000_PCIE_96GBx8_TRT", 2048, 2048},
    {"mlperf60-asus2-8xrtx-70b-interactive", kCheckSet, "rtx-pro-6000-server", "fp4", "interactive", 8, 6262.63, "ASUSTeK/ESC8000_E12P_RTX_PRO_6000_PCIE_96GBx8_TRT", 2048, 2048, 1},
    {"mlperf60-dell-8xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 8, 27034.8, "Dell/XE7740_RTXPro6000_PCIe_96GBx8_TRT", 2048, 2048},
    {"mlperf60-dell-8xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 8, 25524.06, "Dell/XE7740_RTXPro6000_PCIe_96GBx8_TRT", 2048, 2048},
    {"mlperf60-dell2-8xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 8, 26829.8, "Dell/XE7745_RTXPro6000_PCIe_96GBx8_TRT", 2048, 2048},
    {"mlperf60-dell2-8xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 8, 25536.06, "Dell/XE7745_RTXPro6000_PCIe_96GBx8_TRT", 2048, 2048},
    {"mlperf60-hpe-8xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 8, 29908.4, "HPE/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx8_TRT_10_14_1_48_TRT", 2304, 1280},
    {"mlperf60-hpe-8xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 8, 28727.84, "HPE/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx8_TRT_10_14_1_48_TRT", 768, 1280},
    {"mlperf60-hpe-10xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 10, 36710.8, "HPE/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx10_TRT_10_14_1_48_TRT", 2304, 1280},
    {"mlperf60-hpe-10xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 10, 35590.84, "HPE/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx10_TRT_10_14_1_48_TRT", 768, 1280},
    {"mlperf60-hpe-4xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 4, 13361.9, "HPE/HPE_Proliant_DL385_RTX_PRO_6000_PCIe_96GBx4_TRT_10_14_1_48_TRT", 2304, 1280},
    {"mlperf60-hpe-4xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 4, 12822.15, "HPE/HPE_Proliant_DL385_RTX_PRO_6000_PCIe_96GBx4_TRT_10_14_1_48_TRT", 2304, 1280},
    {"mlperf60-hpe-2xrtx-70b-offline", kCheckSet, "rtx-pro-6000-server", "fp4", "offline", 2, 6901.9, "HPE/HPE_Proliant_DL385_RTX_PRO_6000_PCIe_96GBx2_TRT_10_14_1_48_TRT", 768, 2048},
    {"mlperf60-hpe-2xrtx-70b-server", kCheckSet, "rtx-pro-6000-server", "fp4", "server", 2, 6952.97, "HPE/HPE_Proliant_DL385_RTX_PRO_6000_PCIe_96GBx2_TRT_10_14_1_48_TRT", 768, 1280},
};

// kvcache_free_gpu_mem_frac of the run's config (surveyed 2026-12-07): 0.95 on every B200,
// GB200 x4 and B300 partner config, 0.90 on every H200 one; NVIDIA's v6.0 B300 x8 and NVL72
// configs set none, so the harness default applies (code/llmlib/config.py: 0.80); every RTX PRO
// 6000 run sets its own (below; one missing there gets the engine default, and the test says so).
// The GB200 x4 interactive run (no config) is taken as B200's.
double kvFreeFraction(const Row &r)
{
    static const std::map<std::string, double> rtx = {
        {"mlperf51-hpe-8xrtx-70b-offline", 0.90}, {"mlperf51-hpe-8xrtx-70b-server", 0.90},
        {"mlperf60-asus-8xrtx-70b-offline", 0.96}, {"mlperf60-asus-8xrtx-70b-server", 0.95},
        {"mlperf60-asus-8xrtx-70b-interactive", 0.95}, {"mlperf60-asus2-8xrtx-70b-offline", 0.95},
        {"mlperf60-asus2-8xrtx-70b-server", 0.92}, {"mlperf60-asus2-8xrtx-70b-interactive", 0.95},
        {"mlperf60-dell-8xrtx-70b-offline", 0.90}, {"mlperf60-dell-8xrtx-70b-server", 0.90},
        {"mlperf60-dell2-8xrtx-70b-offline", 0.90}, {"mlperf60-dell2-8xrtx-70b-server", 0.90},
        {"mlperf60-hpe-8xrtx-70b-offline", 0.90}, {"mlperf60-hpe-8xrtx-70b-server", 0.97},
        {"mlperf60-hpe-10xrtx-70b-offline", 0.90}, {"mlperf60-hpe-10xrtx-70b-server", 0.90},
        {"mlperf60-hpe-4xrtx-70b-offline", 0.95}, {"mlperf60-hpe-4xrtx-70b-server", 0.97},
        {"mlperf60-hpe-2xrtx-70b-offline", 0.99},
        {"mlperf60-hpe-2xrtx-70b-server", 0.97},
    };
    const std::string id = r.id;
    if (const auto it = rtx.find(id); it != rtx.end())
        return it->second;
    if (std::string(r.gpu) == "rtx-pro-6000-server")
        return 0.0;
    if (std::string(r.gpu) == "h200-sxm")
        return 0.90;
    if (id.rfind("mlperf60-8xb300", 0) == 0 || id.rfind("mlperf60-72x", 0) == 0)
        return 0.80;
    return 0.95;
}

CalibrationPoint fromRow(const Row &r, const char *round)
{
    const std::string system = r.system;
    const size_t slash = system.find('/');
    const std::string results = system.substr(0, slash) + "/results" + system.substr(slash);
    const std::string src = std::string("MLPerf Inference ") + round + " datacenter, closed division (mlcommons/inference_results_"
                            + round + " closed/" + results + "/llama2-70b-99/<scenario>/performance/run_1/"
                            "mlperf_log_summary.txt; settings from the submitter's configs/<system>/<scenario>/llama2-70b.py)";
    const char *orca = "OpenOrca mean input 222.3, output 290 tokens (the runs' own output mean is 273); MLPerf "
                       "llama2-70b limits; TP1 PP1 per GPU, batch cap, tokens per iteration and CUDA graphs from the "
                       "run's config";
    CalibrationPoint p = makePoint(r.id, r.set, r.gpu, "llama-2-70b", "tensorrt-llm", r.precision, r.gpus, {1, 1, 1}, kOpenOrcaPrompts.mean,
                                   290, r.scenario, r.tps, src.c_str(), orca);
    setDatasetPrompts(&p, kOpenOrcaPrompts);
    p.maxBatch = r.maxBatch;
    p.maxTokensPerIteration = r.maxTokens;   // the prefill workers' where disaggregated
    p.cudaGraphs = r.graphs;
    p.memoryFraction = kvFreeFraction(r);   // TensorRT-LLM's rule: a share of what weights leave
    if (r.prefillGpus > 0) {
        p.prefillPlacement = {1, 1, 1};
        p.prefillGpus = r.prefillGpus;
        p.decodeGpus = r.gpus - r.prefillGpus;
        p.assumptions += "; disaggregated: " + std::to_string(p.prefillGpus) + " prefill GPUs, " + std::to_string(p.decodeGpus)
                         + " decode GPUs (max_concurrency / gen batch)";
    }
    return p;
}

} // namespace

void nvidiaMlperfPoints(std::vector<CalibrationPoint> *v)
{
    for (const Row &r : kV51)
        v->push_back(fromRow(r, "v5.1"));
    for (const Row &r : kV60)
        v->push_back(fromRow(r, "v6.0"));
}

} // namespace aif::throughput::detail
