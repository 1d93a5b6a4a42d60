#include "throughputjson.h"

#include "cellbounds.h"
#include "eventsim.h"

#include <cstdio>

namespace aif::throughput {

namespace {

Json placementJson(const Placement &p)
{
    return Json{{"tp", p.tp}, {"pp", p.pp}, {"ep", p.ep}, {"gpus", p.gpus()}};
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

std::vector<std::string> confidenceReasons(const ServingConfig &c)
{
    std::vector<std::string> why;
    if (c.gpu->confidence == "low")
        why.push_back("the catalog marks " + c.gpu->id + " low confidence");
    if (c.gpu->vendor != "NVIDIA")
        why.push_back(c.gpu->vendor + " GPU: few published results to fit and validate on (the validation error "
                      "per vendor is printed by aif throughput --calibration)");
    if (!c.engine->calibrated)
        why.push_back("engine " + c.engine->id + " has no fitted efficiencies of its own: "
                      + (c.engine->method.empty() ? std::string("it borrows TensorRT-LLM's") : c.engine->method));
    if (!c.gpu->computeFractionMeasured || c.gpu->fractionSource.find("borrowed") != std::string::npos)
        why.push_back(c.gpu->id + ": " + c.gpu->fractionSource);
    if (const std::string r = precisionFallbackReason(*c.gpu, c.precision); !r.empty())
        why.push_back(r);
    if (c.precision == Precision::Fp4 && c.gpu->fp4ComputeFraction <= 0.0 && c.gpu->peakFp4 > 0.0)
        why.push_back(c.gpu->id + ": no FP4 GEMM measurement, the FP8 fraction is used for FP4");
    if (const std::string w = cellBound(*c.gpu, *c.engine, c.precision).warning(); !w.empty())
        why.push_back(w);
    return why;
}

std::string confidenceOf(const ServingConfig &c)
{
    return (c.gpu->confidence == "low" || !c.engine->calibrated || c.gpu->vendor != "NVIDIA") ? "low" : "high";
}

Json operatingPointJson(const OperatingPoint &op, const ServingConfig &c)
{
    Json j;
    j["feasible"] = op.feasible;
    if (!op.feasible) {
        j["error"] = op.why;
        return j;
    }
    j["tokens_per_s"] = round3(op.tokensPerS);
    j["tokens_per_s_per_gpu"] = round3(op.tokensPerSPerGpu);
    j["ttft_ms"] = round3(op.ttftS * 1e3);
    j["tpot_ms"] = round3(op.tpotS * 1e3);
    j["batch"] = round3(op.batch);
    j["bound"] = op.bound;
    j["power_w"] = round3(op.serverPowerW);
    j["tokens_per_joule"] = round3(op.tokensPerJoule);
    j["tokens_per_joule_gpu"] = round3(op.tokensPerJouleGpu);
    j["gpu_power_w"] = round3(op.gpuPowerW);
    j["limited_by"] = op.limitedBy;
    j["tokens_per_s_per_user"] = round3(op.tokensPerSPerUser);
    j["requests_per_s"] = round3(op.requestsPerS);
    j["load"] = round3(op.load);
    j["gpus"] = c.gpus;
    j["gpus_used"] = op.gpusUsed;
    j["replicas"] = op.replicas;
    j["placement"] = placementJson(op.placement);
    if (c.disaggregated()) {
        j["prefill_placement"] = placementJson(op.prefillPlacement);
        j["prefill_replicas"] = op.prefillReplicas;
        j["kv_transfer_ms"] = round3(op.kvTransferS * 1e3);
        j["prefill_input_tokens_per_s_capacity"] = round3(op.prefillInputTokensPerSCapacity);
        j["decode_tokens_per_s_capacity"] = round3(op.decodeTokensPerSCapacity);
    }
    j["max_batch"] = round3(op.maxBatch);
    j["precision"] = precisionName(op.iteration.precisionUsed);
    j["precision_requested"] = precisionName(c.precision);
    if (const std::string r = precisionFallbackReason(*c.gpu, c.precision); !r.empty())
        j["precision_note"] = r;
    j["tpot_p99_ms"] = round3(op.tpotP99S * 1e3);
    if (c.draftTokens > 0)
        j["speculative"] = Json{{"draft_tokens", c.draftTokens}, {"acceptance", c.draftAcceptance},
                                {"tokens_per_step", round3(op.tokensPerStep)}};
    if (c.workload.mode != ServingMode::Offline)
        j["latency_limits"] = Json{{"ttft_ms", round3(c.workload.effectiveTtftLimitS() * 1e3)},
                                   {"tpot_ms", round3(c.workload.effectiveTpotLimitS() * 1e3)},
                                   {"source", c.workload.limitsSource()}};
    j["mode"] = servingModeName(c.workload.mode);
    j["tpot_breakdown_ms"] = Json{{"compute", round3(op.perTokenComputeS * 1e3)},
                                  {"memory", round3(op.perTokenMemoryS * 1e3)},
                                  {"communication", round3(op.perTokenCommS * 1e3)},
                                  {"overhead", round3(op.perTokenOverheadS * 1e3)}};
    j["memory_per_gpu_gb"] = Json{{"weights", round3(op.memory.weightsPerGpuB / 1e9)},
                                  {"reserve", round3(op.memory.reservePerGpuB / 1e9)},
                                  {"kv_cache", round3(op.memory.kvFreePerGpuB / 1e9)},
                                  {"kv_tokens_per_replica", std::round(op.memory.kvTokensPerReplica)}};
    j["gpu_state"] = Json{{"activity", round3(op.power.activity)},
                    {"compute_utilization", round3(op.power.computeUtilization)},
                    {"memory_utilization", round3(op.power.memoryUtilization)},
                    {"power_w", round3(op.power.powerW)},
                    {"capped", op.power.capped},
                    {"clock_factor", round3(op.power.clockFactor * c.clockFactor)}};
    j["confidence"] = confidenceOf(c);
    Json why = Json::array();
    for (const std::string &r : confidenceReasons(c))
        why.push_back(r);
    j["confidence_why"] = why;
    return j;
}

Json simulationJson(const SimResult &s, int requests)
{
    return Json{{"requests", requests},
                {"ttft_p50_ms", round3(s.ttftS.p50 * 1e3)},
                {"ttft_p90_ms", round3(s.ttftS.p90 * 1e3)},
                {"ttft_p99_ms", round3(s.ttftS.p99 * 1e3)},
                {"tpot_p50_ms", round3(s.tpotS.p50 * 1e3)},
                {"tpot_p90_ms", round3(s.tpotS.p90 * 1e3)},
                {"tpot_p99_ms", round3(s.tpotS.p99 * 1e3)},
                {"mean_batch", round3(s.meanBatch)},
                {"preemptions", s.preemptions},
                {"rejected", s.rejected}};
}

std::string describeOperatingPoint(const OperatingPoint &op, const ServingConfig &c)
{
    if (!op.feasible)
        return "not feasible: " + op.why + "\n";
    char buf[2048];
    const double tpot = op.tpotS * 1e3;
    std::snprintf(buf, sizeof buf,
                  "%s on %d x %s (%s, %s, %s mode)\n"
                  "  throughput      %.0f tokens/s  (%.1f per GPU, %.1f per user)\n"
                  "  latency         TTFT %.0f ms (p99 est.), TPOT %.1f ms mean, %.1f ms p99\n"
                  "  layout          tp %d, pp %d, ep %d; %d replica(s), batch %.0f of %.0f (%s)\n"
                  "  bound           %s\n"
                  "  time per token  compute %.1f + memory %.1f + communication %.1f + overhead %.1f ms\n"
                  "  memory per GPU  weights %.1f GB, reserve %.1f GB, KV cache %.1f GB\n"
                  "  power           %.0f W per GPU (activity %.2f%s), %.1f kW with servers\n"
                  "  energy          %.2f tokens/J at the GPUs, %.2f tokens/J at the servers\n",
                  c.model->name.c_str(), c.gpus, c.gpu->name.c_str(), precisionName(op.iteration.precisionUsed),
                  c.engine->name.c_str(), servingModeName(c.workload.mode), op.tokensPerS, op.tokensPerSPerGpu,
                  op.tokensPerSPerUser, op.ttftS * 1e3, tpot, op.tpotP99S * 1e3, op.placement.tp, op.placement.pp, op.placement.ep,
                  op.replicas, op.batch, op.maxBatch, op.limitedBy.c_str(), op.bound.c_str(),
                  op.perTokenComputeS * 1e3, op.perTokenMemoryS * 1e3, op.perTokenCommS * 1e3,
                  op.perTokenOverheadS * 1e3, op.memory.weightsPerGpuB / 1e9, op.memory.reservePerGpuB / 1e9,
                  op.memory.kvFreePerGpuB / 1e9, op.power.powerW, op.power.activity,
                  op.power.capped ? ", power-capped" : "", op.serverPowerW / 1e3, op.tokensPerJouleGpu,
                  op.tokensPerJoule);
    std::string s = buf;
    if (const std::string r = precisionFallbackReason(*c.gpu, c.precision); !r.empty())
        s += "  precision       " + r + "\n";
    if (c.workload.mode != ServingMode::Offline) {
        std::snprintf(buf, sizeof buf, "  limits (p99)    TTFT %.0f ms, TPOT %.0f ms (%s)\n", c.workload.effectiveTtftLimitS() * 1e3,
                      c.workload.effectiveTpotLimitS() * 1e3, c.workload.limitsSource().c_str());
        s += buf;
    }
    if (c.draftTokens > 0) {
        std::snprintf(buf, sizeof buf, "  speculative     %d draft token(s), acceptance %.2f: %.2f tokens per step\n",
                      c.draftTokens, c.draftAcceptance, op.tokensPerStep);
        s += buf;
    }
    if (confidenceOf(c) == "low")
        for (const std::string &r : confidenceReasons(c))
            s += "  low confidence  " + r + "\n";
    if (c.disaggregated()) {
        std::snprintf(buf, sizeof buf,
                      "  disaggregated   prefill %d GPUs (tp %d ep %d, %.0f input tokens/s), decode %d GPUs "
                      "(%.0f tokens/s), KV transfer %.1f ms\n",
                      c.prefillGpus, op.prefillPlacement.tp, op.prefillPlacement.ep, op.prefillInputTokensPerSCapacity,
                      c.decodeGpus, op.decodeTokensPerSCapacity, op.kvTransferS * 1e3);
        s += buf;
    }
    return s;
}

} // namespace aif::throughput
