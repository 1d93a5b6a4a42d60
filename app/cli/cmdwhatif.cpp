// aif whatif FILE --n-1 [--n-2] [--kinds cooling,power,network] [--json] [--scenario NAME]
// [--threads N]: the failure scan of solvers/whatif/n1scan.h (docs/whatif.md). Findings are
// results, not errors: the exit code is 0 whatever the cases show.
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "whatif/n1scan.h"

#include <QStringList>

#include <cstdlib>

namespace aif::cli {

namespace {

const char *kWhatifUsage = "usage: aif whatif FILE --n-1 [--n-2] [--kinds cooling,power,network] [--json] "
                           "[--scenario NAME] [--threads N]";

int usage(const QString &why = {})
{
    if (!why.isEmpty())
        printError("aif whatif: " + why);
    printError(kWhatifUsage);
    return ExitUsage;
}

QString cell(const QString &text, int width, bool right = true)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

QString table(const whatif::ScanResult &r)
{
    QString out = QStringLiteral("base: max inlet %1 °C, %2 tokens/s, %3 rack(s) above ASHRAE allowable\n")
                      .arg(r.base.maxInletC, 0, 'f', 1)
                      .arg(r.base.tokensPerS, 0, 'f', 0)
                      .arg(r.base.allowableViolations);
    out += QStringLiteral("%1 case(s), most severe first\n\n").arg(r.cases.size());
    const QStringList head{"unit", "kind", "max inlet °C", "allowable", "recommended", "throttled GPUs",
                           "lost tokens/s", "lost power kW", "breaks ASHRAE"};
    const int widths[] = {-24, -18, 12, 9, 11, 14, 13, 13, 13};
    auto row = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << cell(cells[i], std::abs(widths[i]), widths[i] > 0);
        return padded.join("  ").trimmed() + "\n";
    };
    out += row(head);
    for (const whatif::ScanCase *c : whatif::bySeverity(r)) {
        if (!c->ok) {
            out += row({QString::fromStdString(c->unitIds()), QString::fromStdString(c->kinds()),
                        "error: " + QString::fromStdString(c->error)});
            continue;
        }
        out += row({QString::fromStdString(c->unitIds()), QString::fromStdString(c->kinds()),
                    QString::number(c->figures.maxInletC, 'f', 1), QString::number(c->figures.allowableViolations),
                    QString::number(c->figures.recommendedViolations), QString::number(c->figures.throttledGpus),
                    QString::number(c->lostTokensPerS, 'f', 0), QString::number(c->lostPowerCapacityW / 1e3, 'f', 1),
                    c->breaksAllowable ? "yes" : "no"});
    }
    return out;
}

} // namespace

int cmdWhatif(Args args)
{
    const bool n1 = args.flag("n-1");
    const bool n2 = args.flag("n-2");
    const bool json = args.flag("json");
    QString kinds = QStringLiteral("cooling,power"), scenario, threads = QStringLiteral("2");
    args.option("kinds", &kinds);
    args.option("scenario", &scenario);
    args.option("threads", &threads);
    if (!args.unknownOption().isEmpty())
        return usage("unknown option " + args.unknownOption());
    if (args.missingValue() || args.positional().size() != 1)
        return usage();
    if (!n1 && !n2)
        return usage("say --n-1 (each unit failed alone) and optionally --n-2 (every pair as well)");
    whatif::ScanOptions options;
    options.kinds.clear();
    for (const QString &k : kinds.split(',', Qt::SkipEmptyParts)) {
        const QString kind = k.trimmed();
        if (kind != "cooling" && kind != "power" && kind != "network")
            return usage("unknown kind '" + kind + "' in --kinds (cooling, power, network)");
        options.kinds.insert(kind.toStdString());
    }
    if (options.kinds.empty())
        return usage("--kinds names no kind (cooling, power, network)");
    bool okThreads = false;
    options.threads = threads.toInt(&okThreads);
    if (!okThreads || options.threads < 1)
        return usage("--threads needs a positive whole number");
    options.pairs = n2;
    options.scenario = scenario.toStdString();

    const QString file = args.positional().constFirst();
    std::unique_ptr<Catalog> catalog;
    LoadResult loaded;
    if (!loadSolvable(file, &catalog, &loaded))
        return ExitInvalid;
    const whatif::ScanResult r = whatif::runScan(loaded.project, *catalog, options);
    if (!r.ok) {
        printError("aif whatif: " + QString::fromStdString(r.error));
        return r.error.starts_with("N-2") ? ExitUsage : ExitInvalid;
    }
    printOut(json ? QString::fromStdString(r.toJson().dump(2)) + "\n" : table(r));
    return ExitOk;
}

} // namespace aif::cli
