#pragma once

#include "json.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
struct Project;
namespace twin {
struct TwinResult;
}
namespace power {
struct PowerResult;
}
}

namespace aif::tco {

// Capital recovery factor: the annual payment that repays 1 over n years at rate r.
double capitalRecoveryFactor(double rate, double years);

struct CapexLine
{
    std::string category;   // it, network, power, cooling, shell, installation
    std::string item;       // e.g. "ups", "hgx-h100-8gpu"
    double usd = 0.0;
    double lifeYears = 0.0;
    bool assumption = true; // price is a labelled default the user should set
};

struct TcoInputs
{
    double facilityW = 0.0;        // at the operating point (the twin's coupled answer)
    double idleFacilityW = 0.0;    // every GPU idle
    double itW = 0.0;
    double idleItW = 0.0;
    double heatRejectedByTowersW = 0.0;
    double tokensPerS = 0.0;       // inference deployments at their operating point
    double utilization = 0.0;      // share of the year at that load (every deployment, by power above idle)
    double servedUtilization = 0.0;   // the same over the serving deployments: their tokens' share
    double peakFacilityW = 0.0;    // for the demand charge
    // From the hour-by-hour weather year when the site has a climate (else < 0: the operating
    // point's facility power is used for every hour).
    double annualFacilityMwh = -1.0;
    double annualItMwh = 0.0;
    double annualWaterM3 = 0.0;
    double annualReusedHeatMwh = 0.0;   // sold to heat networks at the economics' heat price
    // Failures (solvers/availability, docs/availability.md): inference tokens lost to GPUs out
    // of service, and the share of the GPUs whose training work failures and restarts waste.
    double failureLostTokensPerYear = 0.0;
    double failureTrainingLostShare = 0.0;
};

struct TcoResult
{
    std::vector<CapexLine> capex;
    double capexUsd = 0.0;
    double networkCapexUsd = 0.0;        // the "network" lines together
    double fabricCapexUsd = 0.0;         // of which the planned fabric (network::fabricFeed)
    double annualizedCapexUsd = 0.0;
    double energyMwhPerYear = 0.0;
    double energyUsdPerYear = 0.0;
    double demandUsdPerYear = 0.0;
    double waterM3PerYear = 0.0;
    double waterUsdPerYear = 0.0;
    double maintenanceUsdPerYear = 0.0;
    double staffUsdPerYear = 0.0;
    double softwareUsdPerYear = 0.0;
    double heatRevenueUsdPerYear = 0.0;   // reused heat sold: taken off the opex
    double opexUsdPerYear = 0.0;
    double tokensPerYear = 0.0;
    double usdPerMillionTokens = 0.0;
    double tokensPerUsd = 0.0;
    double annualPue = 0.0;
    // What failures cost, apart from the figures above (which stay failure-free): lost tokens at
    // this design's $/Mtok plus the training share of the annual cost (docs/availability.md).
    double failureLostTokensPerYear = 0.0;
    double failureLostUsdPerYear = 0.0;

    struct Sensitivity
    {
        std::string input;
        double low = 0.0;   // $/Mtok with the input at -20 %
        double high = 0.0;  // at +20 %
    };
    std::vector<Sensitivity> tornado;   // sorted by swing, largest first

    Json toJson() const;
};

// Capex by category from the project and the catalog (systems' prices, costs per W / port),
// opex from the operating point and the project's economics.
TcoResult computeTco(const Project &project, const Catalog &catalog, const TcoInputs &inputs);

// The inputs from a solved coupled twin (and an idle power solve for the hours without load).
// idle (optional): receives the power solve with every GPU idle, for the annual energy model.
TcoInputs tcoInputs(const Project &project, const Catalog &catalog, const twin::TwinResult &twin,
                    power::PowerResult *idle = nullptr);

} // namespace aif::tco
