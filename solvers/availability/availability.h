#pragma once

#include "json.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
struct Project;
namespace throughput {
struct ThroughputResult;
}
} // namespace aif

namespace aif::availability {

// Availability and goodput (docs/availability.md): failures per day of each component class
// from the field MTBF/MTTR in the catalog (costs.json, type "reliability"), the share of GPUs
// out of service, checkpoint-restart goodput of training jobs, spare pools and what the
// failures cost in tokens and dollars.
struct AvailabilityOptions
{
    double sparesTarget = 0.99; // P(no more failures than spares within one repair time)
    // The deployments' tokens/s (the twin's or the throughput solve's); null: no lost tokens.
    const throughput::ThroughputResult *throughput = nullptr;
    double usdPerMillionTokens = 0.0; // the design's $/Mtok (TCO); 0: no lost dollars
    double annualCostUsd = 0.0; // annualized capex + opex (TCO), for training jobs
    bool plannedFabric = true; // count the planned fabric's transceivers (off: tests)
};

struct ClassResult
{
    std::string id; // catalog entry id
    std::string cls; // gpu, hbm, nic, network, host, psu, software, transceiver, ...
    std::string name;
    std::string per; // what one unit is: gpu, server, transceiver, tray, pump, fan
    double units = 0.0; // in the design
    double mtbfHours = 0.0; // per unit (transceivers: the fleet's mean)
    double mttrHours = 0.0;
    double failuresPerDay = 0.0;
    bool interrupts = true; // a failure stops a synchronous training job
    std::string downScope; // gpu, server or none: the GPUs taken out while it is repaired
    double gpusDown = 0.0; // mean GPUs out of service for this class (Little's law)
    int spares = 0; // pool so that P(failures in one MTTR <= spares) >= target
    double sparesConfidence = 0.0; // that probability with `spares`
    std::string source;
    bool assumption = false; // MTBF or MTTR is a labelled assumption in the catalog
};

struct TrainingResult
{
    std::string deployment;
    int gpus = 0;
    double utilization = 0.0; // share of the year the job runs (the deployment's)
    double paramsB = 0.0;
    double interruptionsPerDay = 0.0;
    double mtbfHours = 0.0; // of the whole job
    double checkpointBytes = 0.0;
    double checkpointWriteS = 0.0; // delta
    double restartS = 0.0; // R
    double intervalS = 0.0; // Young: sqrt(2 delta M)
    double goodput = 0.0; // 1 - delta/tau - (tau/2 + R)/M
    double lostGpuHoursPerYear = 0.0;
    double lostUsdPerYear = 0.0;
};

struct InferenceResult
{
    std::string deployment;
    int gpus = 0;
    int replicaGpus = 0;
    double shareDown = 0.0; // mean share of the deployment's capacity out of service
    double lostTokensPerS = 0.0;
    double lostTokensPerYear = 0.0;
    double lostUsdPerYear = 0.0;
};

struct AvailabilityResult
{
    bool ok = false;
    std::string error;
    double sparesTarget = 0.0;
    int gpus = 0;
    int servers = 0;
    std::vector<ClassResult> classes;
    double failuresPerDay = 0.0; // every class
    double interruptionsPerDay = 0.0; // classes that stop a synchronous job spanning the design
    double gpusDown = 0.0;
    double shareGpusDown = 0.0;
    std::vector<TrainingResult> training;
    std::vector<InferenceResult> inference;
    double lostTokensPerYear = 0.0;
    double lostUsdPerYear = 0.0;

    // Share of the design's GPUs whose training work is lost to failures and restarts:
    // sum of (1 - goodput) x job GPUs over all GPUs (TCO prices it at the annual cost).
    double trainingLostShare() const;
    Json toJson() const;
};

// Prices the losses: inference tokens at usdPerMillionTokens, training at its GPUs' share of
// the annual cost (annualized capex + opex). solveAvailability calls it with its options.
void priceLosses(AvailabilityResult &result, double usdPerMillionTokens, double annualCostUsd);

AvailabilityResult solveAvailability(const Project &project, const Catalog &catalog,
                                     const AvailabilityOptions &options = {});

// Smallest s with P(Poisson(mean) <= s) >= target (the spare pool for one repair window).
int poissonSpares(double mean, double target, double *confidence = nullptr);

// Young's first-order optimum checkpoint interval sqrt(2 delta M) and the goodput it gives,
// 1 - delta/tau - (tau/2 + R)/M (Daly 2006, first order); 0 when the job cannot progress.
double youngInterval(double writeS, double mtbfS);
double checkpointGoodput(double writeS, double restartS, double mtbfS, double intervalS);

} // namespace aif::availability
