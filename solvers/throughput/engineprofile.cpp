#include "engineprofile.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace aif::throughput {

namespace {

// A value of the wrong type names its field ("/schedulerSteps: type must be number ...").
template<typename T>
void take(const Json &e, const char *key, T *value)
{
    if (!e.contains(key) || e[key].is_null())
        return;
    try {
        *value = e[key].get<T>();
    } catch (const Json::exception &ex) {
        throw std::runtime_error(std::string("/") + key + ": " + ex.what());
    }
}

} // namespace

bool readEngineProfile(const Json &e, EngineProfile *out, std::string *error)
{
    EngineProfile p;
    p.id = e.value("id", std::string());
    p.name = e.value("name", p.id);
    try {
        if (e.contains("calibration") && e["calibration"].is_object()) {
            const Json &c = e["calibration"];
            take(c, "computeEfficiency", &p.computeEfficiency);
            take(c, "memoryEfficiency", &p.memoryEfficiency);
            take(c, "fitted", &p.calibrated);
            take(c, "method", &p.method);
            if (c.contains("fittedOn") && c["fittedOn"].is_array()) {
                for (const Json &id : c["fittedOn"])
                    p.calibratedOn += (p.calibratedOn.empty() ? "" : ", ") + id.get<std::string>();
            }
        }
        if (e.contains("efficiencyTable") && e["efficiencyTable"].is_array()) {
            for (const Json &c : e["efficiencyTable"]) {
                EfficiencyCell cell;
                cell.generation = c.at("generation").get<std::string>();
                cell.precision = c.at("precision").get<std::string>();
                cell.computeEfficiency = c.at("computeEfficiency").get<double>();
                cell.memoryEfficiency = c.at("memoryEfficiency").get<double>();
                take(c, "source", &cell.source);
                take(c, "hostOverheadPerSequenceS", &cell.hostOverheadPerSequenceS);
                if (c.contains("hostOverheadPerSequenceS") && !(cell.hostOverheadPerSequenceS >= 0.0
                                                                  && cell.hostOverheadPerSequenceS < 1.0e-3)) {
                    *error = "engine '" + p.id + "': /efficiencyTable/" + cell.generation + "/" + cell.precision
                             + "/hostOverheadPerSequenceS must be in [0, 0.001) seconds";
                    return false;
                }
                if (c.contains("fittedOn") && c["fittedOn"].is_array())
                    for (const Json &id : c["fittedOn"])
                        cell.fittedOn.push_back(id.get<std::string>());
                Precision ignored;
                if (!parsePrecision(cell.precision, &ignored)) {
                    *error = "engine '" + p.id + "': /efficiencyTable: unknown precision '" + cell.precision + "'";
                    return false;
                }
                if (!(cell.computeEfficiency > 0.0 && cell.computeEfficiency <= 1.5 && cell.memoryEfficiency > 0.0
                      && cell.memoryEfficiency <= 1.5)) {
                    *error = "engine '" + p.id + "': /efficiencyTable/" + cell.generation + "/" + cell.precision
                             + ": efficiencies must be in (0, 1.5]";
                    return false;
                }
                p.table.push_back(cell);
            }
        }
        take(e, "kernelsPerLayerFused", &p.kernelsPerLayerFused);
        take(e, "kernelsPerLayerUnfused", &p.kernelsPerLayerUnfused);
        take(e, "elementwisePassesFused", &p.elementwisePassesFused);
        take(e, "elementwisePassesUnfused", &p.elementwisePassesUnfused);
        take(e, "kernelLaunchS", &p.kernelLaunchS);
        take(e, "kernelGraphS", &p.kernelGraphS);
        take(e, "iterationOverheadS", &p.iterationOverheadS);
        take(e, "hostOverheadPerSequenceS", &p.hostOverheadPerSequenceS);
        take(e, "schedulerSteps", &p.schedulerSteps);
        take(e, "attentionBandwidthShare", &p.attentionBandwidthShare);
        take(e, "moeGemmEfficiency", &p.moeGemmEfficiency);
        take(e, "asyncScheduling", &p.asyncScheduling);
        take(e, "asyncSchedulingWithPp", &p.asyncSchedulingWithPp);
        take(e, "kvCacheFp8", &p.kvCacheFp8);
        take(e, "cudaGraphs", &p.cudaGraphs);
        take(e, "continuousBatching", &p.continuousBatching);
        take(e, "chunkedPrefill", &p.chunkedPrefill);
        take(e, "maxBatch", &p.maxBatch);
        take(e, "maxTokensPerIteration", &p.maxTokensPerIteration);
        take(e, "memoryReserve", &p.memoryReserve);
        take(e, "kvCacheFreeFraction", &p.kvCacheFreeFraction);
        take(e, "gpuMemoryUtilization", &p.gpuMemoryUtilization);
        if (e.contains("memFractionStaticByTp") && !e.at("memFractionStaticByTp").is_null()) {
            // [[tp, share], ...]: whole tp, a number share, nothing else (a pair conversion would
            // truncate 1.5 to 1 and drop extra elements without a word)
            const Json &table = e.at("memFractionStaticByTp");
            if (!table.is_array())
                throw std::runtime_error("/memFractionStaticByTp: expected [[tp, share], ...]");
            for (const Json &row : table) {
                if (!row.is_array() || row.size() != 2 || !row[0].is_number_integer() || !row[1].is_number())
                    throw std::runtime_error("/memFractionStaticByTp: each entry is [whole tp, share]: " + row.dump());
                p.memFractionStaticByTp.emplace_back(row[0].get<int>(), row[1].get<double>());
            }
        }
        if (e.contains("kvReservation")) {
            const Json &v = e.at("kvReservation");
            const std::string r = v.is_string() ? v.get<std::string>() : v.dump();
            if (r != "on-demand" && r != "full-output") {
                *error = "engine '" + p.id + "': /kvReservation: " + r + " is not \"on-demand\" or \"full-output\"";
                return false;
            }
            p.reservesFullOutput = r == "full-output";
        }
        take(e, "commOverlap", &p.commOverlap);
        take(e, "collectiveLatencyS", &p.collectiveLatencyS);
        take(e, "linkEfficiency", &p.linkEfficiency);
    } catch (const std::exception &ex) {
        *error = "engine '" + p.id + "': " + ex.what();
        return false;
    }
    if (p.computeEfficiency <= 0.0 || p.computeEfficiency > 1.5 || p.memoryEfficiency <= 0.0
        || p.memoryEfficiency > 1.5) {
        *error = "engine '" + p.id + "': /calibration: efficiencies must be in (0, 1.5]";
        return false;
    }
    // Shares of link bandwidth, overlap and reserve are fractions; a 0 link efficiency would
    // make every collective take forever (a catalog file the fuzzer found).
    if (!(p.linkEfficiency > 0.0 && p.linkEfficiency <= 1.0)) {
        *error = "engine '" + p.id + "': /linkEfficiency must be in (0, 1]";
        return false;
    }
    if (!(p.hostOverheadPerSequenceS >= 0.0 && p.hostOverheadPerSequenceS < 1.0e-3)) {
        *error = "engine '" + p.id + "': /hostOverheadPerSequenceS must be in [0, 0.001) seconds";
        return false;
    }
    if (!(p.moeGemmEfficiency > 0.0 && p.moeGemmEfficiency <= 1.0)) {
        *error = "engine '" + p.id + "': /moeGemmEfficiency must be in (0, 1]";
        return false;
    }
    if (!(p.attentionBandwidthShare > 0.0 && p.attentionBandwidthShare <= 1.0)) {
        *error = "engine '" + p.id + "': /attentionBandwidthShare must be in (0, 1]";
        return false;
    }
    if (p.schedulerSteps < 1 || p.schedulerSteps > 64) {
        *error = "engine '" + p.id + "': /schedulerSteps must be in [1, 64]";
        return false;
    }
    if (!(p.commOverlap >= 0.0 && p.commOverlap <= 1.0) || !(p.memoryReserve >= 0.0 && p.memoryReserve < 1.0)
        || !(p.kvCacheFreeFraction >= 0.0 && p.kvCacheFreeFraction <= 1.0)
        || !(p.gpuMemoryUtilization >= 0.0 && p.gpuMemoryUtilization <= 1.0)) {
        *error = "engine '" + p.id + "': /commOverlap, /kvCacheFreeFraction and /gpuMemoryUtilization must be in [0, 1] "
                 "and /memoryReserve in [0, 1)";
        return false;
    }
    // One memory rule per engine: a second would be silently ignored (memoryPlan takes the first).
    if ((p.kvCacheFreeFraction > 0.0) + (p.gpuMemoryUtilization > 0.0) + !p.memFractionStaticByTp.empty() > 1) {
        *error = "engine '" + p.id + "': /kvCacheFreeFraction, /gpuMemoryUtilization and /memFractionStaticByTp are "
                 "three engines' memory rules: give at most one";
        return false;
    }
    for (std::size_t i = 0; i < p.memFractionStaticByTp.size(); ++i) {
        const auto &[tp, fraction] = p.memFractionStaticByTp[i];
        if (tp < 1 || !(fraction > 0.0 && fraction <= 1.0) || (i > 0 && tp <= p.memFractionStaticByTp[i - 1].first)) {
            *error = "engine '" + p.id + "': /memFractionStaticByTp: entry " + std::to_string(i)
                     + " must be [tp, fraction] with tp >= 1, rising, and fraction in (0, 1]";
            return false;
        }
    }
    if (p.kernelLaunchS < 0.0 || p.kernelGraphS < 0.0 || p.iterationOverheadS < 0.0 || p.collectiveLatencyS < 0.0) {
        *error = "engine '" + p.id + "': overheads (kernelLaunchS, kernelGraphS, iterationOverheadS, "
                 "collectiveLatencyS) must not be negative";
        return false;
    }
    *out = p;
    return true;
}

std::string engineIdFor(const std::string &engineText)
{
    std::string t = engineText;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    // The vendor builds of vLLM first: "ROCm vLLM" and "vLLM Gaudi" are engines of their own.
    if (t.find("rocm") != std::string::npos)
        return t.find("container") != std::string::npos || t.find("docker") != std::string::npos ? "rocm-vllm-container"
                                                                                                  : "rocm-vllm";
    // Hugging Face's Optimum Habana; vLLM's Gaudi builds ("vllm-habana", HabanaAI's fork) stay vLLM.
    if (t.find("optimum") != std::string::npos || (t.find("habana") != std::string::npos && t.find("vllm") == std::string::npos))
        return "optimum-habana";
    if (t.find("gaudi") != std::string::npos) return "vllm-gaudi";
    if (t.find("vllm") != std::string::npos) return "vllm";
    if (t.find("sglang") != std::string::npos) return "sglang";
    if (t.find("deepseek") != std::string::npos) return "deepseek-inference";
    if (t.find("mindie") != std::string::npos || t.find("ascend") != std::string::npos) return "mindie";
    if (t.find("llm-bench") != std::string::npos   // tensorrt-llm-bench, trtllm-bench
        || (t.find("tensorrt") != std::string::npos && t.find("defaults") != std::string::npos))
        return "tensorrt-llm-bench";
    if (t.find("dynamo") != std::string::npos) return "tensorrt-llm";
    if (t.find("megatron") != std::string::npos || t.find("nemo") != std::string::npos) return "megatron-lm";
    return "tensorrt-llm";
}

} // namespace aif::throughput
