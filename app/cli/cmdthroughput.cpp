#include "cli.h"

#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/cellbounds.h"
#include "throughput/profiles.h"
#include "throughput/simulatepoint.h"
#include "throughput/throughputjson.h"

#include <QMap>

#include <cmath>
#include <map>
#include <set>

namespace aif::cli {

using namespace aif::throughput;

namespace {

const char *kThroughputUsage =
    "usage: aif throughput --gpu ID --gpus N --model ID [--precision bf16|fp8|fp4|int8] [--tp N] [--pp N] [--ep N]"
    " [--batch N] [--mtp DRAFT_TOKENS --acceptance A] [--memory-fraction F]"
    " [--isl TOKENS] [--osl TOKENS] [--mode offline|server|interactive] [--ttft-ms X] [--tpot-ms Y]"
    " [--pd PREFILL_GPUS:DECODE_GPUS] [--kv-hit FRACTION] [--engine ID] [--power-limit-w W] [--simulate [--requests N]]"
    " [--pareto] [--json]"
    " | aif throughput --calibration [--fit] [--json]";

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

// Both point sets with their errors. Exit 0 whenever it ran: the accuracy goal is reported
// in the summary, not enforced here (tst_throughputcalibration holds the legacy bounds).
int calibration(bool refit, bool json)
{
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const std::vector<CalibrationRow> rows = setsReport(*catalog);
    const std::vector<CellBound> bounds = cellBounds(*catalog);
    if (json) {
        Json j = setsJson(rows);
        j["cell_bounds"] = cellBoundsJson(bounds);
        printOut(QString::fromStdString(j.dump(2)) + "\n");
        return ExitOk;
    }
    printOut(QString::fromStdString(formatSets(rows) + formatCellBounds(bounds)));
    if (refit) {
        // Every cell the calibration set can fit, then the engine default pair (legacy points).
        std::set<std::string> cells;
        for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
            if (fitsACell(*p))
                cells.insert(cellKeyFor(*catalog, *p));
        // Engines whose set tells their launch cost (graph and eager runs) fit it first; their
        // cells are then fitted at that value.
        std::map<std::string, double> launch;
        for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
            launch.emplace(p->engine, -1.0);
        for (auto &[engine, value] : launch) {
            const LaunchFit lf = fitKernelLaunch(*catalog, engine);
            value = lf.kernelLaunchS;
            if (value > 0.0)
                printOut(QStringLiteral("re-fit engine %1: kernelLaunchS %2 (rms log error %3 over its calibration points)\n")
                             .arg(QString::fromStdString(engine)).arg(value, 0, 'g', 3).arg(lf.rmsLogError, 0, 'f', 4));
        }
        // MoE runs calibrate the engine's expert-kernel efficiency, with its cells as shipped.
        for (const auto &[engine, value] : launch) {
            const MoeFit mf = fitMoeGemmEfficiency(*catalog, engine);
            if (mf.value < 0.0)
                continue;
            std::string ids;
            for (const std::string &id : mf.fittedOn)
                ids += (ids.empty() ? "" : ", ") + id;
            printOut(QStringLiteral("re-fit engine %1: moeGemmEfficiency %2 (rms log error %3) on %4\n")
                         .arg(QString::fromStdString(engine)).arg(mf.value, 0, 'f', 3).arg(mf.rmsLogError, 0, 'f', 4)
                         .arg(QString::fromStdString(ids)));
        }
        for (const std::string &cell : cells) {
            std::vector<std::string> on;
            const std::string engine = cell.substr(cell.rfind('/') + 1);
            const FitResult f = fitCell(*catalog, cell, &on, launch.count(engine) ? launch[engine] : -1.0);
            std::string ids;
            for (const std::string &id : on)
                ids += (ids.empty() ? "" : ", ") + id;
            QString host;
            if (f.hostOverheadPerSequenceS >= 0.0)
                host += QStringLiteral(", hostOverheadPerSequenceS %1").arg(f.hostOverheadPerSequenceS, 0, 'g', 3);
            if (f.cellHostOverheadPerSequenceS >= 0.0)
                host += QStringLiteral(", cellHostOverheadPerSequenceS %1").arg(f.cellHostOverheadPerSequenceS, 0, 'g', 3);
            if (f.attentionBandwidthShare >= 0.0)
                host += QStringLiteral(", attentionBandwidthShare %1").arg(f.attentionBandwidthShare, 0, 'f', 3);
            printOut(QStringLiteral("re-fit %1: computeEfficiency %2, memoryEfficiency %3%4 (rms log error %5) on %6\n")
                         .arg(QString::fromStdString(cell)).arg(f.computeEfficiency, 0, 'f', 3)
                         .arg(f.memoryEfficiency, 0, 'f', 3).arg(host).arg(f.rmsLogError, 0, 'f', 4)
                         .arg(QString::fromStdString(ids)));
        }
        const FitResult f = fitEngine(*catalog, "tensorrt-llm-bench");
        printOut(QStringLiteral("re-fit tensorrt-llm-bench default (legacy points): computeEfficiency %1, memoryEfficiency %2"
                                " (rms log error %3)\n")
                     .arg(f.computeEfficiency, 0, 'f', 3).arg(f.memoryEfficiency, 0, 'f', 3).arg(f.rmsLogError, 0, 'f', 4));
        const PowerFit p = fitPowerWeights(*catalog);
        printOut(QStringLiteral("re-fit GPU power weights: compute %1, memory %2; shipped constants give %3 W (batch 1),"
                                " %4 W (batch 128)\n")
                     .arg(p.computeWeight, 0, 'f', 3).arg(p.memoryWeight, 0, 'f', 3)
                     .arg(p.batch1W, 0, 'f', 0).arg(p.batch128W, 0, 'f', 0));
    }
    return ExitOk;
}

} // namespace

int cmdThroughput(Args args)
{
    if (args.flag("calibration"))
        return calibration(args.flag("fit"), args.flag("json"));
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
    double batch = 0, mtp = 0, acceptance = 0, memoryFraction = 0;
    bool hasTp = false, hasPp = false, hasEp = false, hasTtft = false, hasTpot = false, hasBatch = false, hasMtp = false,
         hasAcceptance = false, hasMemoryFraction = false;
    if (!number(args, "gpus", 1, 1e6, &gpus) || !number(args, "tp", 1, 1024, &tp, &hasTp)
        || !number(args, "pp", 1, 256, &pp, &hasPp) || !number(args, "ep", 1, 4096, &ep, &hasEp)
        || !number(args, "batch", 1, 1e6, &batch, &hasBatch) || !number(args, "mtp", 0, 16, &mtp, &hasMtp)
        || !number(args, "acceptance", 0, 1, &acceptance, &hasAcceptance)
        || !number(args, "memory-fraction", 0.01, 1, &memoryFraction, &hasMemoryFraction)
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
        printError("aif throughput: --precision: '" + precision + "' is not bf16, fp8, fp4 or int8");
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
    if (hasMtp != hasAcceptance || (hasMtp && (mtp != std::floor(mtp) || (mtp > 0 && acceptance <= 0)))) {
        printError("aif throughput: --mtp N and --acceptance A go together: N whole draft tokens per step (e.g. 1 for "
                   "DeepSeek MTP), A the chance each is accepted in (0, 1]");
        return ExitUsage;
    }
    if ((hasPp && pp != std::floor(pp)) || (hasEp && ep != std::floor(ep)) || (hasTp && tp != std::floor(tp))) {
        printError("aif throughput: --tp, --pp and --ep take whole numbers");
        return ExitUsage;
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    Profiles prof;
    std::string error;
    // Without --engine: the engine the GPU's vendor ships (AMD ROCm vLLM, Gaudi vllm-gaudi, ...).
    const std::string engineId = hasEngine ? engine.toStdString() : defaultEngineId(*catalog, gpu.toStdString());
    if (!loadProfiles(*catalog, gpu.toStdString(), model.toStdString(), engineId, &prof, &error)) {
        printError("aif throughput: " + QString::fromStdString(error));
        return ExitInvalid;
    }
    if (hasMemoryFraction)   // in the engine's own terms (gpu-memory-utilization, mem-fraction-static, ...)
        prof.engine.setMemoryFraction(memoryFraction);
    c.model = &prof.model;
    c.gpu = &prof.gpu;
    c.engine = &prof.engine;
    c.gpus = int(gpus);
    if (hasEp && ep > 1 && !prof.model.moe) {
        printError("aif throughput: --ep: " + model + " is a dense model (no experts to split); leave --ep out or use 1");
        return ExitUsage;
    }
    c.placement = Placement{int(tp), int(pp), int(ep)};
    c.autoPlacement = !hasTp;
    if (!hasTp) {   // --pp / --ep alone pin that dimension; the search picks tp
        c.pinPp = hasPp ? int(pp) : 0;
        c.pinEp = hasEp ? int(ep) : 0;
    }
    c.fixedBatch = hasBatch ? std::floor(batch) : 0.0;
    c.draftTokens = int(mtp);
    c.draftAcceptance = acceptance;
    c.workload.inputTokens = isl;
    c.workload.outputTokens = osl;
    c.workload.kvHitRate = kvHit;
    // The model's benchmark limits for the mode, unless the user gives limits: a given one
    // overrides, the other keeps the benchmark's.
    applyBenchmarkLimits(model.toStdString(), &c.workload);
    c.workload.ttftLimitS = hasTtft ? ttftMs / 1e3 : c.workload.effectiveTtftLimitS();
    c.workload.tpotLimitS = hasTpot ? tpotMs / 1e3 : c.workload.effectiveTpotLimitS();
    c.workload.limitsGiven = hasTtft || hasTpot;
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
