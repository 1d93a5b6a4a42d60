#include "twin.h"

#include "catalog.h"
#include "network/linkfailures.h"
#include "project.h"

#include <algorithm>
#include <cmath>

namespace aif::twin {

namespace {

TwinFigures figures(const power::PowerResult &p, const thermal::ThermalResult &t, const throughput::ThroughputResult &x)
{
    TwinFigures f;
    f.itW = p.itW;
    f.facilityW = p.facilityW;
    f.pue = p.pue;
    f.tokensPerS = x.tokensPerS;
    f.tokensPerJoule = p.facilityW > 0.0 ? x.tokensPerS / p.facilityW : 0.0;
    for (const thermal::RackThermal &r : t.racks) {
        if (r.gpus > 0)
            f.maxJunctionC = std::max(f.maxJunctionC, r.gpu.junctionC);
        f.throttledRacks += r.gpu.throttled ? 1 : 0;
    }
    return f;
}

// Largest relative change of any rack's power, and of the tokens/s.
double change(const power::PowerResult &a, const power::PowerResult &b, double tokensA, double tokensB)
{
    double peak = 1.0;
    for (const power::RackLoad &r : b.racks)
        peak = std::max(peak, r.inputW);
    double d = 0.0;
    for (size_t i = 0; i < a.racks.size() && i < b.racks.size(); ++i)
        d = std::max(d, std::abs(a.racks[i].inputW - b.racks[i].inputW) / peak);
    if (tokensB > 0.0)
        d = std::max(d, std::abs(tokensA - tokensB) / tokensB);
    return d;
}

} // namespace

TwinResult solveTwin(const Project &project, const Catalog &catalog, const TwinOptions &options, Progress *progress)
{
    TwinResult r;
    power::PowerOptions po;
    po.failureAnalysis = false;   // the sizing solve does N-1; the operating point does not need it
    po.comparison = false;
    po.load.defaultActivity = options.idleActivity;
    throughput::ThroughputOptions xo;
    xo.simulatedRequests = 0;     // latency percentiles come from the plain throughput solve

    // Pass 0: throughput at nominal clocks gives the activity each rack runs at.
    throughput::ThroughputResult x = throughput::solveThroughput(project, catalog, xo, nullptr);
    std::shared_ptr<const power::PowerResult> p = std::make_shared<power::PowerResult>();
    thermal::ThermalResult t;
    double previousTokens = x.tokensPerS;
    for (int k = 0; k < options.maxIterations; ++k) {
        if (progress) {
            if (progress->cancelled()) {
                r.cancelled = true;
                return r;
            }
            progress->report(double(k) / options.maxIterations, "coupled twin");
        }
        po.load.rackActivity = x.rackActivity;
        const auto pNew = std::make_shared<const power::PowerResult>(power::solvePower(project, catalog, po, nullptr));
        // The racks' network gear draws the same at any operating point: found once.
        if (po.load.rackNetworkW.empty())
            po.load.rackNetworkW = power::rackNetworkW(pNew->racks);
        thermal::ThermalOptions to = options.thermal;
        to.power = pNew;
        t = thermal::solveThermal(project, catalog, to, nullptr);
        // Feed back: junction leakage into GPU power, inlet air into fans, throttling into tokens.
        xo.offlineRacks = power::unpoweredRacks(project, *pNew);
        xo.offlineRacks.merge(network::isolatedRacks(project));   // cut off by failed links or switches
        xo.rackLinkLoss = network::partialLinkLoss(project);       // some links down: slower collectives
        xo.rackClockFactor.clear();
        xo.rackLeakageFactor.clear();
        po.load.gpuLeakageFactor.clear();
        po.load.rackInletC.clear();
        for (const thermal::RackThermal &rt : t.racks) {
            xo.rackClockFactor[rt.id] = rt.gpu.clockFactor;
            xo.rackLeakageFactor[rt.id] = rt.gpu.leakageFactor;
            po.load.gpuLeakageFactor[rt.id] = rt.gpu.leakageFactor;
            if (rt.airHeatW > 0.0)
                po.load.rackInletC[rt.id] = rt.inletC;
        }
        throughput::ThroughputResult xNew = throughput::solveThroughput(project, catalog, xo, nullptr);
        if (k == 0)
            r.uncoupled = figures(*pNew, t, x);
        const double d = k == 0 ? 1.0 : change(*p, *pNew, previousTokens, xNew.tokensPerS);
        p = pNew;
        previousTokens = xNew.tokensPerS;
        x = std::move(xNew);
        r.iterations = k + 1;
        if (k > 0) {
            r.residualHistory.push_back(d);
            r.residual = d;
            if (d < options.tolerance) {
                r.converged = true;
                break;
            }
        }
    }
    r.coupled = figures(*p, t, x);
    r.power = p;
    r.thermal = std::make_shared<thermal::ThermalResult>(std::move(t));
    r.throughput = std::make_shared<throughput::ThroughputResult>(std::move(x));
    if (progress)
        progress->report(1.0, "coupled twin");
    return r;
}

Json TwinResult::toJson() const
{
    auto fig = [](const TwinFigures &f) {
        return Json{{"it_kw", std::round(f.itW / 10.0) / 100.0},
                    {"facility_kw", std::round(f.facilityW / 10.0) / 100.0},
                    {"pue", std::round(f.pue * 1000.0) / 1000.0},
                    {"tokens_per_s", std::round(f.tokensPerS)},
                    {"tokens_per_joule_facility", std::round(f.tokensPerJoule * 1000.0) / 1000.0},
                    {"max_junction_c", std::round(f.maxJunctionC * 10.0) / 10.0},
                    {"throttled_racks", f.throttledRacks}};
    };
    Json history = Json::array();
    for (double h : residualHistory)
        history.push_back(h);
    return Json{{"converged", converged}, {"iterations", iterations}, {"residual", residual},
                {"residual_history", history}, {"uncoupled", fig(uncoupled)}, {"coupled", fig(coupled)}};
}

} // namespace aif::twin
