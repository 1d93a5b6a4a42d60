#include "cli.h"

#include "atomicfile.h"
#include "catalog.h"
#include "network/dci.h"
#include "network/fattree.h"
#include "network/media.h"
#include "network/projectfabric.h"
#include "network/scaleup.h"
#include "projectio.h"

#include <cmath>

namespace aif::cli {

namespace {

using namespace aif::network;

bool intOption(Args &args, const QString &name, int *out, bool *bad)
{
    QString v;
    if (!args.option(name, &v))
        return false;
    bool ok = false;
    *out = v.toInt(&ok);
    if (!ok || *out < 0) {   // name the option: a usage line alone does not say which was wrong
        printError(QStringLiteral("aif fabric: --%1 must be a whole number >= 0 (got '%2')").arg(name, v));
        *bad = true;
    }
    return ok;
}

bool numOption(Args &args, const QString &name, double *out, bool *bad)
{
    QString v;
    if (!args.option(name, &v))
        return false;
    bool ok = false;
    *out = v.toDouble(&ok);
    if (!ok || !(*out >= 0) || !std::isfinite(*out)) {
        printError(QStringLiteral("aif fabric: --%1 must be a finite number >= 0 (got '%2')").arg(name, v));
        *bad = true;
    }
    return ok;
}

// A planner's refusal, said as it is: exit 1 (the input parsed but no plan exists).
bool refused(const std::string &error)
{
    if (error.empty())
        return false;
    printError("aif fabric: " + QString::fromStdString(error));
    return true;
}

int printJson(const Json &j)
{
    printOut(QString::fromStdString(j.dump(2)) + "\n");
    return ExitOk;
}

int media(Args args, const Catalog &catalog, bool json)
{
    double lane = 0, length = -1;
    bool bad = false;
    numOption(args, "lane-gbps", &lane, &bad);
    numOption(args, "length-m", &length, &bad);
    QString tech = "pluggable";
    args.option("optics", &tech);
    if (bad || lane <= 0 || length < 0 || !args.unknownOption().isEmpty()) {
        printError("usage: aif fabric --media --lane-gbps L --length-m M [--optics pluggable|lpo|cpo] [--json]");
        return ExitUsage;
    }
    bool ok = false;
    const Medium m = chooseMedium(catalog, lane, length, &ok, tech.toStdString());
    if (m.id.empty()) {
        printError(QStringLiteral("aif fabric: no medium in the catalog at %1 Gb/s lanes").arg(lane));
        return ExitInvalid;
    }
    const Json j{{"medium", m.medium}, {"part", m.id}, {"technology", m.technology}, {"lane_gbps", m.laneGbps},
                 {"length_m", length}, {"reach_m", m.reachM}, {"within_reach", ok}, {"power_w", m.linkPowerW()},
                 {"power_w_per_end", m.powerW}, {"pj_per_bit", m.pjPerBit}, {"price_usd", m.linkPriceUsd(length)},
                 {"source", m.source}};
    if (json)
        return printJson(j) == ExitOk && ok ? ExitOk : ExitInvalid;
    printOut(QStringLiteral("%1 (%2): reach %3 m, %4 W per link, %5 pJ/bit, $%6\n")
                 .arg(QString::fromStdString(m.medium), QString::fromStdString(m.id))
                 .arg(m.reachM).arg(m.linkPowerW()).arg(m.pjPerBit).arg(m.linkPriceUsd(length)));
    return ok ? ExitOk : ExitInvalid;
}

// Scale-across: a link between halls or sites, the cheapest option that reaches or the one named.
int dci(Args args, const Catalog &catalog, bool json)
{
    DciInput in;
    bool bad = false;
    const bool hasDistance = numOption(args, "distance-km", &in.distanceKm, &bad);
    const bool hasBandwidth = numOption(args, "bandwidth-tbps", &in.bandwidthTbps, &bad);
    numOption(args, "lambda-gbps", &in.lambdaGbps, &bad);
    intOption(args, "sites", &in.sites, &bad);
    numOption(args, "gradient-gb", &in.gradientGb, &bad);
    QString v = "auto";
    args.option("option", &v);
    in.option = v.toStdString();
    // Bounds that keep every count in range: half the Earth's circumference (no link is longer) and
    // 100 Pb/s (far beyond any DCI; 250,000 wavelengths at 400G).
    if (!bad && hasDistance && (in.distanceKm <= 0 || in.distanceKm > 20000)) {
        printError(QStringLiteral("aif fabric: --distance-km must be above 0 and at most 20000 (got %1)").arg(in.distanceKm));
        bad = true;
    }
    if (!bad && hasBandwidth && (in.bandwidthTbps <= 0 || in.bandwidthTbps > 100000)) {
        printError(QStringLiteral("aif fabric: --bandwidth-tbps must be above 0 and at most 100000 (got %1)")
                       .arg(in.bandwidthTbps));
        bad = true;
    }
    if (!bad && in.option != "auto" && in.option != "zr" && in.option != "zr+" && in.option != "leased") {
        printError(QStringLiteral("aif fabric: --option must be auto, zr, zr+ or leased (got '%1')").arg(v));
        bad = true;
    }
    if (!bad && (!hasDistance || !hasBandwidth))
        printError("aif fabric: --dci needs --distance-km and --bandwidth-tbps");
    if (!bad && in.sites < 2) {
        printError("aif fabric: --sites must be at least 2");
        bad = true;
    }
    if (bad || !hasDistance || !hasBandwidth || args.missingValue() || !args.unknownOption().isEmpty()) {
        printError("usage: aif fabric --dci --distance-km D --bandwidth-tbps B [--lambda-gbps L] "
                   "[--option auto|zr|zr+|leased] [--sites N] [--gradient-gb G] [--json]");
        return ExitUsage;
    }
    const DciResult r = planDci(in, catalog);
    if (refused(r.error))
        return ExitInvalid;
    if (json)
        return printJson(dciJson(r));
    printOut(QStringLiteral("%1 (%2): %3 x %4G, %5 transceivers, %6 fibre pairs, %7 amplifiers at %8 sites; "
                            "%9 kW, capex $%10 M")
                 .arg(QString::fromStdString(r.medium), QString::fromStdString(r.partId)).arg(r.wavelengths)
                 .arg(r.speedGbps).arg(r.transceivers).arg(r.fibrePairs).arg(r.amplifiers).arg(r.amplifierSites)
                 .arg(r.powerW / 1000.0, 0, 'f', 2).arg(r.capexUsd / 1e6, 0, 'f', 3)
             + (r.opexUsdPerYear > 0 ? QStringLiteral(", rent $%1 M/year").arg(r.opexUsdPerYear / 1e6, 0, 'f', 3)
                                     : QString())
             + QStringLiteral("; latency %1 ms (fibre %2 ms), %3 pJ/bit")
                   .arg(r.latencyMs, 0, 'f', 3).arg(r.fibreLatencyMs, 0, 'f', 3).arg(r.pjPerBit, 0, 'f', 1)
             + (r.allreduceSeconds >= 0 ? QStringLiteral("; all-reduce %1 s").arg(r.allreduceSeconds, 0, 'f', 3)
                                        : QString())
             + "\n");
    return ExitOk;
}

int tree(Args args, const Catalog &catalog, bool json)
{
    FatTreeInput in;
    bool bad = false;
    intOption(args, "gpus", &in.gpus, &bad);
    intOption(args, "gpus-per-system", &in.gpusPerSystem, &bad);
    numOption(args, "nic-gbps", &in.nicGbps, &bad);
    intOption(args, "nics-per-gpu", &in.nicsPerGpu, &bad);
    intOption(args, "planes", &in.planes, &bad);
    intOption(args, "radix", &in.radix, &bad);
    numOption(args, "port-gbps", &in.portGbps, &bad);
    intOption(args, "su-systems", &in.suSystems, &bad);
    intOption(args, "extra-leaf-ports", &in.extraLeafPorts, &bad);
    intOption(args, "node-links-per-transceiver", &in.nodeLinksPerTransceiver, &bad);
    numOption(args, "length-m", &in.lengthM, &bad);
    QString v;
    if (args.option("switch", &v))
        in.switchId = v.toStdString();
    if (args.option("optics", &v))
        in.opticsTechnology = v.toStdString();
    if (args.option("tiers", &v)) {
        in.tiers = v == "auto" ? 0 : v.toInt();
        bad = bad || (v != "auto" && in.tiers != 2 && in.tiers != 3);
    }
    if (args.option("oversubscription", &v)) {
        const QStringList ab = v.split(':');
        bool okA = false, okB = false;
        if (ab.size() == 2) {
            in.overDown = ab[0].toDouble(&okA);
            in.overUp = ab[1].toDouble(&okB);
        }
        bad = bad || !okA || !okB || in.overDown <= 0 || in.overUp <= 0;
    }
    args.flag("rail-optimized");   // the default: rails go to their own leaves
    in.railOptimized = !args.flag("no-rail-optimized");
    in.fullSu = args.flag("full-su");
    if (!bad && in.gpus <= 0)
        printError("aif fabric: --gpus must be at least 1");
    if (!bad && in.nicGbps <= 0)
        printError("aif fabric: --nic-gbps must be above 0");
    if (bad || args.missingValue() || !args.unknownOption().isEmpty() || in.gpus <= 0 || in.nicGbps <= 0) {
        printError("usage: aif fabric --gpus N --gpus-per-system G --nic-gbps B [--nics-per-gpu K] [--planes P] "
                   "(--switch ID | --radix K --port-gbps S) [--tiers 2|3|auto] [--oversubscription A:B] "
                   "[--rail-optimized] [--su-systems S [--full-su]] [--extra-leaf-ports N] [--length-m M] --json");
        return ExitUsage;
    }
    const FatTreeResult r = planFatTree(in, catalog);
    if (refused(r.error))
        return ExitInvalid;
    for (const std::string &w : r.warnings)
        printError("aif fabric: warning: " + QString::fromStdString(w));
    if (json)
        return printJson(fatTreeJson(r));
    printOut(QStringLiteral("%1 tiers, %2 leaf + %3 spine + %4 core %5; cables %6 / %7 / %8; %9 kW switches, %10 kW optics\n")
                 .arg(r.tiers).arg(r.leaves).arg(r.spines).arg(r.cores).arg(QString::fromStdString(r.switchId))
                 .arg(r.cablesNodeLeaf).arg(r.cablesLeafSpine).arg(r.cablesSpineCore)
                 .arg(r.switchPowerW / 1000.0, 0, 'f', 1).arg(r.opticsPowerW / 1000.0, 0, 'f', 1));
    return ExitOk;
}

int project(Args args, const Catalog &catalog, bool json)
{
    QString bom, optics = QStringLiteral("pluggable"), dciOption = QStringLiteral("auto");
    args.option("bom", &bom);
    args.option("optics", &optics);
    args.option("dci-option", &dciOption);
    FabricOptions options;
    bool bad = false;
    if (numOption(args, "dci-oversubscription", &options.dciOversubscription, &bad) && !bad
        && (options.dciOversubscription < 1 || options.dciOversubscription > 1000)) {
        printError(QStringLiteral("aif fabric: --dci-oversubscription must be at least 1 and at most 1000 (got %1)")
                       .arg(options.dciOversubscription));
        bad = true;
    }
    if (!bad && dciOption != "auto" && dciOption != "zr" && dciOption != "zr+" && dciOption != "leased") {
        printError("aif fabric: --dci-option must be auto, zr, zr+ or leased, not '" + dciOption + "'");
        bad = true;
    }
    const QStringList files = args.positional();
    if (bad || files.size() != 1 || args.missingValue() || !args.unknownOption().isEmpty()) {
        printError("usage: aif fabric FILE [--json] [--bom OUT.csv] [--optics pluggable|lpo|cpo] "
                   "[--dci-oversubscription R] [--dci-option auto|zr|zr+|leased]");
        return ExitUsage;
    }
    if (optics != "pluggable" && optics != "lpo" && optics != "cpo") {
        printError("aif fabric: --optics must be pluggable, lpo or cpo, not '" + optics + "'");
        return ExitUsage;
    }
    LoadResult loaded = loadProject(files.first());
    if (!loaded.ok) {
        for (const Diagnostic &d : loaded.diagnostics)
            printError(QString::fromStdString(d.format(files.first().toStdString())));
        return ExitInvalid;
    }
    options.opticsTechnology = optics.toStdString();
    options.dciOption = dciOption.toStdString();
    const ProjectFabric f = planProjectFabric(loaded.project, catalog, options);
    for (const std::string &w : f.warnings)
        printError("aif fabric: warning: " + QString::fromStdString(w));
    if (!bom.isEmpty()) {
        QString error;
        if (!writeFileAtomically(bom, bomCsv(f), &error)) {
            printError("aif fabric: " + error);
            return ExitInvalid;
        }
    }
    if (json)
        return printJson(projectFabricJson(f));
    for (const DomainFabric &d : f.domains)
        printOut(QStringLiteral("%1: %2 GPUs, %3 leaf + %4 spine + %5 core, %6 km of cable, %7 kW optics\n")
                     .arg(QString::fromStdString(d.domainId)).arg(d.gpus).arg(d.tree.leaves).arg(d.tree.spines)
                     .arg(d.tree.cores).arg(d.cableLengthM / 1000.0, 0, 'f', 2).arg(d.opticsPowerW / 1000.0, 0, 'f', 1));
    for (const DciLink &l : f.dci)
        printOut(QStringLiteral("scale-across %1 - %2: %3 Tb/s over %4 m, %5 x %6G %7, %8 fibre pairs, %9 kW, "
                                "$%10 M, %11 us\n")
                     .arg(QString::fromStdString(l.domainA), QString::fromStdString(l.domainB))
                     .arg(l.bandwidthGbps / 1000.0, 0, 'f', 1).arg(l.routeM, 0, 'f', 0).arg(l.plan.wavelengths)
                     .arg(l.plan.speedGbps).arg(QString::fromStdString(l.plan.medium)).arg(l.plan.fibrePairs)
                     .arg(l.plan.powerW / 1000.0, 0, 'f', 1).arg(l.plan.capexUsd / 1e6, 0, 'f', 2)
                     .arg(l.plan.latencyMs * 1000.0, 0, 'f', 1));
    printOut(QStringLiteral("network: %1 kW switches, %2 kW optics, $%3 M\n")
                 .arg(f.switchPowerW / 1000.0, 0, 'f', 1).arg(f.opticsPowerW / 1000.0, 0, 'f', 1)
                 .arg(f.capexUsd / 1e6, 0, 'f', 2));
    return ExitOk;
}

} // namespace

// aif fabric: fat trees without a project, media by length, scale-across links, scale-up domains,
// a project's fabric.
int cmdFabric(Args args)
{
    const bool json = args.flag("json");
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    if (args.flag("media"))
        return media(args, *catalog, json);
    if (args.flag("dci"))
        return dci(args, *catalog, json);
    QString system;
    if (args.option("scale-up", &system)) {
        const ScaleUpResult r = scaleUp(*catalog, system.toStdString());
        if (refused(r.error))
            return ExitInvalid;
        if (json)
            return printJson(scaleUpJson(r));
        printOut(QStringLiteral("%1: %2 GPUs, %3 switch trays, %4 switch chips, %5 TB/s per GPU, %6 TB/s aggregate\n")
                     .arg(QString::fromStdString(r.name)).arg(r.gpus).arg(r.switchTrays).arg(r.switchChips)
                     .arg(r.perGpuTBps).arg(r.aggregateTBps));
        return ExitOk;
    }
    if (!args.remaining().isEmpty() && !args.remaining().first().startsWith("--"))   // aif fabric FILE ...
        return project(args, *catalog, json);
    return tree(args, *catalog, json);
}

} // namespace aif::cli
