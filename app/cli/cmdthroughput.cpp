#include "cli.h"

#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/profiles.h"
#include "throughput/simulatepoint.h"
#include "throughput/throughputjson.h"

#include <QMap>

namespace aif::cli {

using namespace aif::throughput;

namespace {

const char *kThroughputUsage =
    "usage: aif throughput --gpu ID --gpus N --model ID [--precision bf16|fp8|fp4] [--tp N] [--pp N] [--ep N]"
    " [--isl TOKENS] [--osl TOKENS] [--mode offline|server|interactive] [--ttft-ms X] [--tpot-ms Y]"
    " [--pd PREFILL_GPUS:DECODE_GPUS] [--kv-hit FRACTION] [--engine ID] [--power-limit-w W] [--simulate [--requests N]]"
    " [--pareto] [--json]"
    " | aif throughput --calibration [--fit]";

// Reads a numeric option; false (with the message printed) when present but not a number in range.
bool number(Args &args, const char *name, double lo, double hi, double *value, bool *given = nullptr)
{
    QString text;
    if (!args.option(name, &text)) {
        if (given)
            *given = false;
        return true;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < lo || v > hi) {
        printError(QStringLiteral("aif throughput: --%1: '%2' is not a number in [%3, %4]").arg(name, text).arg(lo).arg(hi));
        return false;
    }
    *value = v;
    if (given)
        *given = true;
    return true;
}

int calibration(bool refit)
{
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const std::vector<CalibrationRow> rows = calibrationReport(*catalog);
    printOut(QString::fromStdString(formatReport(rows)));
    if (refit) {
        const FitResult f = fitEngine(*catalog, "tensorrt-llm");
        printOut(QStringLiteral("re-fit tensorrt-llm: computeEfficiency %1, memoryEfficiency %2 (rms log error %3)\n")
                     .arg(f.computeEfficiency, 0, 'f', 3).arg(f.memoryEfficiency, 0, 'f', 3).arg(f.rmsLogError, 0, 'f', 4));
        const PowerFit p = fitPowerWeights(*catalog);
        printOut(QStringLiteral("re-fit GPU power weights: compute %1, memory %2; shipped constants give %3 W (batch 1),"
                                " %4 W (batch 128)\n")
                     .arg(p.computeWeight, 0, 'f', 3).arg(p.memoryWeight, 0, 'f', 3)
                     .arg(p.batch1W, 0, 'f', 0).arg(p.batch128W, 0, 'f', 0));
    }
    for (const CalibrationRow &r : rows)
        if (!r.withinTolerance)
            return ExitInvalid;
    return ExitOk;
}

} // namespace

int cmdThroughput(Args args)
{
    if (args.flag("calibration"))
        return calibration(args.flag("fit"));
    QString gpu, model, precision = "fp8", mode = "offline", pd, engine;
    args.option("gpu", &gpu);
    args.option("model", &model);
    args.option("precision", &precision);
    args.option("mode", &mode);
    args.option("pd", &pd);
    const bool hasEngine = args.option("engine", &engine);
    const bool json = args.flag("json");
    const bool pareto = args.flag("pareto");
    const bool simulate = args.flag("simulate");
    double requests = 10000, gpus = 8, tp = 0, pp = 1, ep = 1, isl = 1024, osl = 256, ttftMs = 2000, tpotMs = 200, kvHit = 0, limitW = 0;
    bool hasTp = false, hasTtft = false, hasTpot = false;
    if (!number(args, "gpus", 1, 1e6, &gpus) || !number(args, "tp", 1, 1024, &tp, &hasTp)
        || !number(args, "pp", 1, 256, &pp) || !number(args, "ep", 1, 4096, &ep)
        || !number(args, "isl", 1, 1e7, &isl) || !number(args, "osl", 1, 1e7, &osl)
        || !number(args, "ttft-ms", 1, 1e7, &ttftMs, &hasTtft) || !number(args, "tpot-ms", 0.1, 1e6, &tpotMs, &hasTpot)
        || !number(args, "kv-hit", 0, 0.99, &kvHit) || !number(args, "requests", 10, 1e6, &requests) || !number(args, "power-limit-w", 0, 1e5, &limitW))
        return ExitUsage;
    if (!args.unknownOption().isEmpty() || args.missingValue() || !args.positional().isEmpty() || gpu.isEmpty()
        || model.isEmpty()) {
        printError(kThroughputUsage);
        return ExitUsage;
    }
    ServingConfig c;
    if (!parsePrecision(precision.toStdString(), &c.precision)) {
        printError("aif throughput: --precision: '" + precision + "' is not bf16, fp8 or fp4");
        return ExitUsage;
    }
    if (!parseServingMode(mode.toStdString(), &c.workload.mode)) {
        printError("aif throughput: --mode: '" + mode + "' is not offline, server or interactive");
        return ExitUsage;
    }
    if (!pd.isEmpty()) {
        const QStringList parts = pd.split(':');
        bool ok1 = false, ok2 = false;
        if (parts.size() == 2) {
            c.prefillGpus = parts[0].toInt(&ok1);
            c.decodeGpus = parts[1].toInt(&ok2);
        }
        if (!ok1 || !ok2 || c.prefillGpus < 1 || c.decodeGpus < 1 || c.prefillGpus + c.decodeGpus > gpus) {
            printError("aif throughput: --pd: expected PREFILL_GPUS:DECODE_GPUS, both >= 1, summing to at most --gpus");
            return ExitUsage;
        }
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    Profiles prof;
    std::string error;
    const std::string engineId = hasEngine ? engine.toStdString() : std::string("tensorrt-llm");
    if (!loadProfiles(*catalog, gpu.toStdString(), model.toStdString(), engineId, &prof, &error)) {
        printError("aif throughput: " + QString::fromStdString(error));
        return ExitInvalid;
    }
    c.model = &prof.model;
    c.gpu = &prof.gpu;
    c.engine = &prof.engine;
    c.gpus = int(gpus);
    c.placement = Placement{int(tp), int(pp), int(ep)};
    c.autoPlacement = !hasTp;
    c.workload.inputTokens = isl;
    c.workload.outputTokens = osl;
    c.workload.kvHitRate = kvHit;
    if (c.workload.mode == ServingMode::Interactive) {
        c.workload.ttftLimitS = hasTtft ? ttftMs / 1e3 : kInteractiveTtftS;
        c.workload.tpotLimitS = hasTpot ? tpotMs / 1e3 : kInteractiveTpotS;
    } else {
        c.workload.ttftLimitS = ttftMs / 1e3;
        c.workload.tpotLimitS = tpotMs / 1e3;
    }
    c.powerLimitW = limitW;
    OperatingPoint op = solveServing(c);
    if (op.feasible) {  // node overhead at the operating point's activity, from the power model
        c.nodeOverheadPerGpuW = nodeOverheadPerGpuW(*catalog, prof.systemId, op.power.activity, op.power.powerW);
        op = solveServing(c);
    }
    SimResult sim;
    if (simulate && op.feasible) {
        sim = simulateOperatingPoint(c, op, int(requests));
        if (!sim.error.empty()) {
            printError("aif throughput: --simulate: " + QString::fromStdString(sim.error));
            return ExitInvalid;
        }
    }
    if (json) {
        Json j = operatingPointJson(op, c);
        if (simulate && op.feasible)
            j["simulated"] = simulationJson(sim, int(requests));
        if (pareto) {
            Json pts = Json::array();
            for (const ParetoPoint &p : paretoSweep(c))
                pts.push_back(Json{{"tp", p.placement.tp}, {"pp", p.placement.pp}, {"ep", p.placement.ep},
                                   {"batch", p.batch}, {"tokens_per_s_per_gpu", p.tokensPerSPerGpu},
                                   {"tokens_per_s_per_user", p.tokensPerSPerUser}, {"on_front", p.onFront}});
            j["pareto"] = pts;
        }
        printOut(QString::fromStdString(j.dump(2)) + "\n");
    } else {
        printOut(QString::fromStdString(describeOperatingPoint(op, c)));
        if (simulate && op.feasible)
            printOut(QStringLiteral("  simulated       %1 requests: TTFT p50 %2 / p99 %3 ms, TPOT p50 %4 / p99 %5 ms, mean batch %6\n")
                         .arg(int(requests)).arg(sim.ttftS.p50 * 1e3, 0, 'f', 0).arg(sim.ttftS.p99 * 1e3, 0, 'f', 0)
                         .arg(sim.tpotS.p50 * 1e3, 0, 'f', 1).arg(sim.tpotS.p99 * 1e3, 0, 'f', 1).arg(sim.meanBatch, 0, 'f', 0));
        if (pareto) {
            printOut("  Pareto front (tokens/s per GPU vs tokens/s per user):\n");
            for (const ParetoPoint &p : paretoSweep(c))
                if (p.onFront)
                    printOut(QStringLiteral("    tp %1 pp %2 ep %3 batch %4: %5 per GPU, %6 per user\n")
                                 .arg(p.placement.tp).arg(p.placement.pp).arg(p.placement.ep).arg(p.batch)
                                 .arg(p.tokensPerSPerGpu, 0, 'f', 1).arg(p.tokensPerSPerUser, 0, 'f', 1));
        }
    }
    if (!op.feasible) {
        if (!json)
            printError("aif throughput: " + QString::fromStdString(op.why));
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace aif::cli
