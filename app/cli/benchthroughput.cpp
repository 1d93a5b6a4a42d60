// Throughput benchmarks for `aif bench`: steady-state evaluations per second (the sweep
// engine), a full layout and batch search, the Pareto sweep, the event simulation of 10,000
// requests, and the calibration table. Printed as numbers, never asserted.
#include "cli.h"

#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/eventsim.h"
#include "throughput/profiles.h"

#include <QElapsedTimer>

namespace aif::cli {

using namespace aif::throughput;

void benchThroughput(const Catalog &catalog)
{
    Profiles prof;
    std::string error;
    if (!loadProfiles(catalog, "h100-sxm", "llama-3.1-70b", "tensorrt-llm", &prof, &error)) {
        printError("aif bench: " + QString::fromStdString(error));
        return;
    }
    ServingConfig c;
    c.model = &prof.model;
    c.gpu = &prof.gpu;
    c.engine = &prof.engine;
    c.gpus = 8;
    c.autoPlacement = true;
    c.workload.inputTokens = 2048;
    c.workload.outputTokens = 256;
    printOut(QStringLiteral("\nthroughput (Llama 3.1 70B on 8 x H100, fp8, 2048/256 tokens):\n"));

    // Steady-state configuration evaluations: layouts x batch sizes, as a sweep runs them.
    const Placement layouts[] = {{1, 2, 1}, {2, 1, 1}, {4, 1, 1}, {8, 1, 1}, {2, 2, 1}};
    QElapsedTimer t;
    t.start();
    int evaluations = 0;
    double sink = 0.0;
    while (t.nsecsElapsed() < 1'000'000'000LL) {
        for (const Placement &p : layouts) {
            for (double b = 1.0; b <= 1024.0; b *= 2.0) {
                sink += evaluateAggregated(c, p, b).tokensPerS;
                ++evaluations;
            }
        }
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    printOut(QStringLiteral("  steady-state evaluations   %1 per second (%2 in %3 s)\n")
                 .arg(evaluations / seconds, 0, 'f', 0).arg(evaluations).arg(seconds, 0, 'f', 2));

    t.restart();
    const OperatingPoint offline = solveServing(c);
    const double offlineMs = double(t.nsecsElapsed()) / 1e6;
    c.workload.mode = ServingMode::Server;
    t.restart();
    const OperatingPoint server = solveServing(c);
    const double serverMs = double(t.nsecsElapsed()) / 1e6;
    printOut(QStringLiteral("  layout + batch search      offline %1 ms (%2 tokens/s), server %3 ms (%4 tokens/s)\n")
                 .arg(offlineMs, 0, 'f', 2).arg(offline.tokensPerS, 0, 'f', 0)
                 .arg(serverMs, 0, 'f', 2).arg(server.tokensPerS, 0, 'f', 0));
    t.restart();
    const std::vector<ParetoPoint> pareto = paretoSweep(c);
    printOut(QStringLiteral("  Pareto sweep               %1 points in %2 ms\n")
                 .arg(pareto.size()).arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 2));

    // Event simulation: 10,000 requests on one replica of the server operating point.
    const CostInputs in = costInputs(c, server.placement, 1.0);
    SimOptions o;
    o.requests = 10000;
    o.arrivalRatePerS = server.requestsPerS / std::max(1, server.replicas);
    t.restart();
    const SimResult sim = simulateAggregated(in, memoryPlan(in), c.workload, o);
    printOut(QStringLiteral("  event simulation           10,000 requests in %1 ms (%2 iterations; TTFT p99 %3 ms, TPOT p99 %4 ms)\n")
                 .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1).arg(sim.iterations)
                 .arg(sim.ttftS.p99 * 1e3, 0, 'f', 0).arg(sim.tpotS.p99 * 1e3, 0, 'f', 1));
    if (sink < 0.0)
        printOut("\n");

    t.restart();
    const std::vector<CalibrationRow> rows = calibrationReport(catalog);
    printOut(QStringLiteral("\ncalibration (predicted vs published; %1 ms):\n").arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1));
    printOut(QString::fromStdString(formatReport(rows)));

    // Both sets of the efficiency table: the validation error is the accuracy we claim.
    t.restart();
    const std::vector<CalibrationRow> sets = setsReport(catalog);
    const double setsMs = double(t.nsecsElapsed()) / 1e6;
    const SetSummary cal = summarize(sets, PointSet::Calibration);
    const SetSummary val = summarize(sets, PointSet::Validation);
    printOut(QStringLiteral("  calibration set            %1 points, median |error| %2 %, within +-15 %: %3 %\n")
                 .arg(cal.points).arg(cal.medianAbsErrorPct, 0, 'f', 1)
                 .arg(cal.points ? 100.0 * cal.within15 / cal.points : 0.0, 0, 'f', 0));
    printOut(QStringLiteral("  validation set             %1 points (%2 could not run), median |error| %3 %, "
                            "within +-15 %: %4 % (%5 ms)\n")
                 .arg(val.points).arg(val.failed).arg(val.medianAbsErrorPct, 0, 'f', 1)
                 .arg(val.points ? 100.0 * val.within15 / val.points : 0.0, 0, 'f', 0).arg(setsMs, 0, 'f', 1));
    const SetSummary bench = benchmarkValidationSummary(sets);
    printOut(QStringLiteral("  validation benchmarks      %1 points (offline/server/interactive), median |error| %2 %, "
                            "within +-15 %: %3/%1; issue goal %4\n")
                 .arg(bench.points).arg(bench.medianAbsErrorPct, 0, 'f', 1).arg(bench.within15)
                 .arg(accuracyGoalMet(bench) ? "met" : "NOT met"));
    for (const auto &[round, s] : benchmarkValidationByRound(sets))
        printOut(QStringLiteral("    %1 %2 points, median |error| %3 %, within +-15 %: %4/%2\n")
                     .arg(QString::fromStdString(round), -24).arg(s.points).arg(s.medianAbsErrorPct, 0, 'f', 1)
                     .arg(s.within15));
}

} // namespace aif::cli
