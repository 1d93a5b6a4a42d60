// aif availability FILE [--json] [--spares-target P] [--scenario NAME]: failures per day per
// component class, share of GPUs down, training goodput, spare pools and what failures cost
// (solvers/availability, docs/availability.md). It runs the solve job, whose tco stage gives
// the operating point's tokens/s and $/Mtok the losses are priced at.
#include "cli.h"

#include "availability/availability.h"
#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"

namespace aif::cli {

namespace {

const char *kAvailabilityUsage
    = "usage: aif availability FILE [--json] [--spares-target P] [--scenario NAME]";

int usage(const QString &why = {})
{
    if (!why.isEmpty())
        printError("aif availability: " + why);
    printError(kAvailabilityUsage);
    return ExitUsage;
}

QString table(const availability::AvailabilityResult &r)
{
    QString out
        = QStringLiteral("%1 GPUs in %2 servers: %3 failures/day, %4 training interruptions/day, "
                         "%5 GPUs down on average (%6 %)\n\n")
              .arg(r.gpus)
              .arg(r.servers)
              .arg(r.failuresPerDay, 0, 'f', 2)
              .arg(r.interruptionsPerDay, 0, 'f', 2)
              .arg(r.gpusDown, 0, 'f', 1)
              .arg(r.shareGpusDown * 100.0, 0, 'f', 3);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg("class", -12)
               .arg("units", 10)
               .arg("MTBF h", 12)
               .arg("MTTR h", 7)
               .arg("fail/day", 9)
               .arg("GPUs down", 10)
               .arg(QStringLiteral("spares@%1").arg(r.sparesTarget), 12);
    for (const availability::ClassResult &c : r.classes)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7%8\n")
                   .arg(QString::fromStdString(c.cls), -12)
                   .arg(c.units, 10, 'f', 0)
                   .arg(c.mtbfHours, 12, 'f', 0)
                   .arg(c.mttrHours, 7, 'f', 0)
                   .arg(c.failuresPerDay, 9, 'f', 3)
                   .arg(c.gpusDown, 10, 'f', 2)
                   .arg(c.spares, 12)
                   .arg(c.assumption ? "  (assumption)" : "");
    for (const availability::TrainingResult &t : r.training)
        out += QStringLiteral(
                   "\ntraining %1: %2 GPUs, %3 interruptions/day (job MTBF %4 h), checkpoint %5 s "
                   "every %6 s, restart %7 s: goodput %8 %, lost $%9/year")
                   .arg(QString::fromStdString(t.deployment))
                   .arg(t.gpus)
                   .arg(t.interruptionsPerDay, 0, 'f', 2)
                   .arg(t.mtbfHours, 0, 'f', 2)
                   .arg(t.checkpointWriteS, 0, 'f', 1)
                   .arg(t.intervalS, 0, 'f', 0)
                   .arg(t.restartS, 0, 'f', 0)
                   .arg(t.goodput * 100.0, 0, 'f', 1)
                   .arg(t.lostUsdPerYear, 0, 'f', 0);
    for (const availability::InferenceResult &n : r.inference)
        out += QStringLiteral("\ninference %1: %2 GPUs (replica %3), %4 % down: %5 tokens/s lost, "
                              "%6 tokens/year, $%7/year")
                   .arg(QString::fromStdString(n.deployment))
                   .arg(n.gpus)
                   .arg(n.replicaGpus)
                   .arg(n.shareDown * 100.0, 0, 'f', 3)
                   .arg(n.lostTokensPerS, 0, 'f', 1)
                   .arg(n.lostTokensPerYear, 0, 'g', 3)
                   .arg(n.lostUsdPerYear, 0, 'f', 0);
    out += QStringLiteral("\n\nlost per year: %1 tokens, $%2\n")
               .arg(r.lostTokensPerYear, 0, 'g', 3)
               .arg(r.lostUsdPerYear, 0, 'f', 0);
    return out;
}

} // namespace

int cmdAvailability(Args args)
{
    const bool json = args.flag("json");
    QString target = QStringLiteral("0.99"), scenario;
    args.option("spares-target", &target);
    args.option("scenario", &scenario);
    if (!args.unknownOption().isEmpty())
        return usage("unknown option " + args.unknownOption());
    if (args.missingValue() || args.positional().size() != 1)
        return usage();
    bool okTarget = false;
    const double p = target.toDouble(&okTarget);
    if (!okTarget || p < 0.5 || p >= 1.0)
        return usage("--spares-target needs a probability from 0.5 up to (not including) 1");

    std::unique_ptr<Catalog> catalog;
    LoadResult loaded;
    if (!loadSolvable(args.positional().constFirst(), &catalog, &loaded))
        return ExitInvalid;
    SolveOptions options;
    options.sparesTarget = p;
    options.scenario = scenario.toStdString();
    const SolveResult solved = runSolve(loaded.project, *catalog, options);
    if (!solved.availability) {
        for (const Diagnostic &d : solved.violations)
            if (d.isError())
                printError(QString::fromStdString(d.pointer + ": " + d.message));
        printError("aif availability: the design did not solve to an operating point");
        return ExitInvalid;
    }
    printOut(json ? QString::fromStdString(solved.availability->toJson().dump(2)) + "\n"
                  : table(*solved.availability));
    return ExitOk;
}

} // namespace aif::cli
