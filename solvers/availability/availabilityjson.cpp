#include "availability.h"

#include <cmath>

namespace aif::availability {

namespace {

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

Json AvailabilityResult::toJson() const
{
    Json classList = Json::array();
    for (const ClassResult &c : classes)
        classList.push_back(Json {{"id", c.id},
                                  {"class", c.cls},
                                  {"name", c.name},
                                  {"per", c.per},
                                  {"units", std::round(c.units)},
                                  {"mtbf_hours", std::round(c.mtbfHours)},
                                  {"mttr_hours", c.mttrHours},
                                  {"failures_per_day", round3(c.failuresPerDay)},
                                  {"interrupts_training", c.interrupts},
                                  {"down_scope", c.downScope},
                                  {"gpus_down", round3(c.gpusDown)},
                                  {"spares", c.spares},
                                  {"spares_confidence", round3(c.sparesConfidence)},
                                  {"assumption", c.assumption},
                                  {"source", c.source}});
    Json train = Json::array();
    for (const TrainingResult &t : training)
        train.push_back(Json {{"deployment", t.deployment},
                              {"gpus", t.gpus},
                              {"params_b", t.paramsB},
                              {"interruptions_per_day", round3(t.interruptionsPerDay)},
                              {"job_mtbf_hours", round3(t.mtbfHours)},
                              {"checkpoint_bytes", std::round(t.checkpointBytes)},
                              {"checkpoint_write_s", round3(t.checkpointWriteS)},
                              {"restart_s", t.restartS},
                              {"checkpoint_interval_s", std::round(t.intervalS)},
                              {"goodput", round3(t.goodput)},
                              {"lost_gpu_hours_per_year", std::round(t.lostGpuHoursPerYear)},
                              {"lost_usd_per_year", std::round(t.lostUsdPerYear)}});
    Json serve = Json::array();
    for (const InferenceResult &n : inference)
        serve.push_back(Json {{"deployment", n.deployment},
                              {"gpus", n.gpus},
                              {"replica_gpus", n.replicaGpus},
                              {"share_down", std::round(n.shareDown * 1e6) / 1e6},
                              {"lost_tokens_per_s", round3(n.lostTokensPerS)},
                              {"lost_tokens_per_year", std::round(n.lostTokensPerYear)},
                              {"lost_usd_per_year", std::round(n.lostUsdPerYear)}});
    return Json {{"gpus", gpus},
                 {"servers", servers},
                 {"spares_target", sparesTarget},
                 {"failures_per_day", round3(failuresPerDay)},
                 {"interruptions_per_day", round3(interruptionsPerDay)},
                 {"gpus_down", round3(gpusDown)},
                 {"share_gpus_down", std::round(shareGpusDown * 1e6) / 1e6},
                 {"lost_tokens_per_year", std::round(lostTokensPerYear)},
                 {"lost_usd_per_year", std::round(lostUsdPerYear)},
                 {"classes", classList},
                 {"training", train},
                 {"inference", serve}};
}

} // namespace aif::availability
