#pragma once

#include "eventsim.h"
#include "profiles.h"
#include "serving.h"
#include "diagnostic.h"
#include "json.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace aif {
class Catalog;
class Progress;
struct Deployment;
struct Project;
namespace network {
struct FabricFeed;
}
}

namespace aif::throughput {

// A project deployment turned into a serving configuration. The config points into the
// profiles held here, so a setup is neither copied nor moved: it lives in a unique_ptr.
struct DeploymentSetup
{
    DeploymentSetup() = default;
    DeploymentSetup(const DeploymentSetup &) = delete;
    DeploymentSetup &operator=(const DeploymentSetup &) = delete;

    Profiles profiles;
    ServingConfig config;
    int gpusInPool = 0;                 // GPUs of the racks in the pool
    std::vector<std::string> racks;     // the pool
    std::string fabricDomain;           // the planned scale-out domain its bandwidth comes from
};

// The requests and latency limits a deployment declares: lengths, KV hit rate, mode (training
// reads as offline) and its limits; limits other than the entity's defaults are the user's and
// override the model's benchmark limits (docs/throughput.md, "Latency limits").
Workload deploymentWorkload(const Deployment &deployment);

// Reads the deployment's model, engine and pool: the GPU is the pool's system GPU (all racks
// must carry the same one). Errors name the deployment and the field. The scale-out bandwidth
// is the planned fabric's (feed, or planned here when null; docs/network.md): the NIC rate
// within one scalable unit, the leaf's oversubscribed rate between units.
std::unique_ptr<DeploymentSetup> setupDeployment(const Project &project, const Catalog &catalog,
                                                 const Deployment &deployment, std::string *error,
                                                 const network::FabricFeed *feed = nullptr);

// The deployment's widest group of GPUs that talk over the scale-out fabric at its operating
// point (the training job's data-parallel ring, prefill to decode, or the replica) and the
// per-GPU Gb/s it gets there; 0 when the group stays in one scale-up domain.
double scaleOutGbpsUsed(const ServingConfig &config, const Placement &placement, bool training, int *group = nullptr);

struct DeploymentResult
{
    std::string id;
    std::string name;
    std::string model;
    std::string gpu;
    std::string engine;
    std::string mode;
    int gpus = 0;
    int offlineGpus = 0;      // pool GPUs on racks without power or in thermal shutdown
    std::vector<std::string> onlineRacks;   // the pool racks that make its tokens
    bool ok = false;
    std::string error;
    std::string confidence;   // "high" or "low" (AMD/Ascend, uncalibrated engine, low-confidence GPU)
    double ttftLimitS = 0.0;  // the p99 limits in force (the model's benchmark's, or the user's)
    double tpotLimitS = 0.0;
    std::string limitsSource; // where they come from (Workload::limitsSource)
    OperatingPoint op;
    bool simulated = false;   // server and interactive modes: latency percentiles from the event simulation
    SimResult sim;
    Json json;                // operatingPointJson + id/model/gpu
};

// What the coupled twin feeds in (empty: uncoupled, design conditions).
struct ThroughputOptions
{
    std::unordered_map<std::string, double> rackClockFactor;   // thermal throttling per rack
    std::unordered_map<std::string, double> rackLeakageFactor; // GPU power multiplier per rack
    // Racks that make no tokens: no live power feed, or GPUs in thermal shutdown (a clock factor
    // of 0 counts the same). A deployment runs on the rest of its pool, or not at all.
    std::unordered_set<std::string> offlineRacks;
    // Racks that lost part of their drawn links (network::partialLinkLoss): the share of their
    // scale-out bandwidth that is down. A collective runs at its slowest member's rate.
    std::unordered_map<std::string, double> rackLinkLoss;
    int simulatedRequests = 2000;   // 0: skip the event simulation of server modes
};

struct ThroughputResult
{
    bool cancelled = false;
    std::vector<DeploymentResult> deployments;
    double tokensPerS = 0.0;
    double gpuPowerW = 0.0;
    double serverPowerW = 0.0;
    double tokensPerJoule = 0.0;   // at the servers
    std::unordered_map<std::string, double> rackTokensPerS;   // output tokens/s made by each rack
    std::unordered_map<std::string, double> rackActivity;     // GPU activity 0..1 (power solver input)
    std::unordered_map<std::string, double> rackUtilization;  // share of the rack's GPUs in use x load
    std::vector<Diagnostic> violations;
    Json json;                     // the `throughput` section of aif solve --json
};

// The pool racks' conditions on a setup's config: the tightest GPU power cap, and the twin's
// slowest clock and largest leakage factor (a tightly coupled job runs at its slowest rack).
void applyRackConditions(const Project &project, const ThroughputOptions &options, DeploymentSetup *setup);
struct TrainingPoint;
// Two passes each: the second with the node overhead at the GPU activity the first found.
OperatingPoint solveDeploymentServing(const Catalog &catalog, DeploymentSetup *setup);
TrainingPoint solveDeploymentTraining(const Catalog &catalog, DeploymentSetup *setup);

ThroughputResult solveThroughput(const Project &project, const Catalog &catalog,
                                 const ThroughputOptions &options, Progress *progress = nullptr);

} // namespace aif::throughput
