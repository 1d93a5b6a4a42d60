// aif whatif FILE --n-1 [--n-2] [--kinds cooling,power,network] [--json] [--scenario NAME]
// [--threads N]: the failure scan of solvers/whatif/n1scan.h; --time-to-limit [--unit ID]
// (timetolimit.h) and --ride-through (ridethrough.h); docs/whatif.md. Findings are results, not
// errors: the exit code is 0 whatever the cases show.
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "whatif/n1scan.h"
#include "whatif/ridethrough.h"
#include "whatif/timetolimit.h"

#include <QStringList>

#include <cmath>
#include <cstdlib>

namespace aif::cli {

namespace {

const char *kWhatifUsage = "usage: aif whatif FILE --n-1 [--n-2] [--kinds cooling,power,network] [--json] "
                           "[--scenario NAME] [--threads N]\n"
                           "       aif whatif FILE --time-to-limit [--unit ID] [--json] [--scenario NAME]\n"
                           "       aif whatif FILE --ride-through [--json] [--scenario NAME]";

int whatifUsage(const QString &why = {})
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

QString minutesText(double minutes)
{
    return std::isfinite(minutes) ? QString::number(minutes, 'f', minutes < 10 ? 1 : 0) + " min"
                                  : QStringLiteral("holds");
}

// "–" for cases time to limit does not apply to (power, network, or thermal not solved).
QString limitCell(const whatif::ScanCase &c)
{
    if (!c.coolingCase)
        return QStringLiteral("–");
    return c.timeToLimitMin ? minutesText(*c.timeToLimitMin) : QStringLiteral("holds");
}

QString table(const whatif::ScanResult &r)
{
    QString out = QStringLiteral("base: max inlet %1 °C, %2 tokens/s, %3 rack(s) above ASHRAE allowable\n")
                      .arg(r.base.maxInletC, 0, 'f', 1)
                      .arg(r.base.tokensPerS, 0, 'f', 0)
                      .arg(r.base.allowableViolations);
    out += QStringLiteral("%1 case(s), most severe first\n\n").arg(r.cases.size());
    const QStringList head{"unit", "kind", "max inlet °C", "allowable", "recommended", "throttled GPUs",
                           "lost tokens/s", "lost power kW", "breaks ASHRAE", "time to limit"};
    const int widths[] = {-24, -18, 12, 9, 11, 14, 13, 13, 13, 13};
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
                    c->breaksAllowable ? "yes" : "no", limitCell(*c)});
    }
    return out;
}

QString limitTable(const whatif::LimitReport &r)
{
    QString out = QStringLiteral("time to limit after each cooling failure (lumped heat balance, docs/whatif.md)\n\n");
    for (const whatif::TimeToLimit &t : r.cases) {
        const whatif::ScanUnit &u = t.units.front();
        out += QString::fromStdString(u.id + " (" + u.kind + ", " + u.name + "): ");
        if (!t.ok) {
            out += "error: " + QString::fromStdString(t.error) + "\n";
            continue;
        }
        if (t.holds()) {
            out += QStringLiteral("holds (the remaining units remove all the heat)\n");
            continue;
        }
        out += minutesText(*t.minutes()) + "\n";
        for (const whatif::LimitZone &z : t.zones) {
            out += QStringLiteral("  %1 %2: %3 — %4, first rack %5; %6 °C now, limit %7 °C\n")
                       .arg(QString::fromStdString(z.kind), QString::fromStdString(z.id), minutesText(z.seconds / 60.0),
                            QString::fromStdString(z.mode), QString::fromStdString(z.rack))
                       .arg(z.startC, 0, 'f', 1)
                       .arg(z.limitC, 0, 'f', 1);
            out += QStringLiteral("    heat %1 kW, removed %2 kW; heat capacity air %3 + water %4 + equipment %5 MJ/K")
                       .arg(z.heatW / 1e3, 0, 'f', 0)
                       .arg(z.removedW / 1e3, 0, 'f', 0)
                       .arg(z.mass.airJK / 1e6, 0, 'f', 2)
                       .arg(z.mass.waterJK / 1e6, 0, 'f', 2)
                       .arg(z.mass.equipmentJK / 1e6, 0, 'f', 2);
            out += z.mode == "deficit" ? "; room air alone " + minutesText(z.airOnlySeconds / 60.0) + "\n"
                                       : QStringLiteral("; turnover τ %1 s\n").arg(z.tauS, 0, 'f', 0);
        }
    }
    return out;
}

QString seconds(double s)
{
    return std::isfinite(s) ? QString::number(s, 'f', 0) + " s" : QStringLiteral("no load");
}

QString rideTable(const whatif::RideThroughResult &r)
{
    QString out = QStringLiteral("utility lost: battery runtime at the actual load (Peukert k = %1) against "
                                 "generator start\n\n")
                      .arg(r.peukertK, 0, 'f', 2);
    if (r.ups.empty())
        return out + "no UPS or battery in the design\n";
    for (const whatif::UpsRideThrough &u : r.ups) {
        out += QStringLiteral("%1 (%2, side %3): load %4 of %5 kW, autonomy %6 min at full load%7\n")
                   .arg(QString::fromStdString(u.id), QString::fromStdString(u.type), QString::fromStdString(u.side))
                   .arg(u.loadW / 1e3, 0, 'f', 0)
                   .arg(u.ratedW / 1e3, 0, 'f', 0)
                   .arg(u.autonomyMin, 0, 'f', 1)
                   .arg(u.autonomyAssumed ? " (assumed: not in the design)" : "");
        out += "  runtime " + seconds(u.runtimeS) + " (all there is if the generators fail to start)\n";
        if (!u.hasGenerator) {
            out += QStringLiteral("  no generator backs it: the load drops when the batteries run out\n");
            continue;
        }
        out += QStringLiteral("  generators take the load after %1 s%2: margin %3 — %4\n")
                   .arg(u.generatorStartS, 0, 'f', 0)
                   .arg(u.generatorAssumed ? " (assumed: NFPA 110 Type 10)" : "")
                   .arg(seconds(u.marginS), u.covered ? "covered" : "NOT covered");
    }
    return out;
}

int runLimit(const Catalog &catalog, const LoadResult &loaded, const QString &unit, const QString &scenario, bool json)
{
    const whatif::LimitReport r
        = whatif::runTimeToLimit(loaded.project, catalog, {unit.toStdString(), scenario.toStdString()});
    if (!r.ok) {
        printError("aif whatif: " + QString::fromStdString(r.error));
        return ExitInvalid;
    }
    printOut(json ? QString::fromStdString(r.toJson().dump(2)) + "\n" : limitTable(r));
    return ExitOk;
}

int runRide(const Catalog &catalog, const LoadResult &loaded, const QString &scenario, bool json)
{
    whatif::RideThroughOptions options;
    options.scenario = scenario.toStdString();
    const whatif::RideThroughResult r = whatif::runRideThrough(loaded.project, catalog, options);
    if (!r.ok) {
        printError("aif whatif: " + QString::fromStdString(r.error));
        return ExitInvalid;
    }
    printOut(json ? QString::fromStdString(r.toJson().dump(2)) + "\n" : rideTable(r));
    return ExitOk;
}

} // namespace

int cmdWhatif(Args args)
{
    const bool n1 = args.flag("n-1");
    const bool n2 = args.flag("n-2");
    const bool limit = args.flag("time-to-limit");
    const bool ride = args.flag("ride-through");
    const bool json = args.flag("json");
    QString kinds = QStringLiteral("cooling,power"), scenario, threads = QStringLiteral("2"), unit;
    const bool hasUnit = args.option("unit", &unit);
    args.option("kinds", &kinds);
    args.option("scenario", &scenario);
    args.option("threads", &threads);
    if (!args.unknownOption().isEmpty())
        return whatifUsage("unknown option " + args.unknownOption());
    if (args.missingValue() || args.positional().size() != 1)
        return whatifUsage();
    if (int(n1 || n2) + int(limit) + int(ride) != 1)
        return whatifUsage("say one of --n-1 (each unit failed alone, --n-2: every pair as well), --time-to-limit "
                     "or --ride-through");
    if (hasUnit && !limit)
        return whatifUsage("--unit goes with --time-to-limit");
    if (limit || ride) {
        std::unique_ptr<Catalog> catalog;
        LoadResult loaded;
        if (!loadSolvable(args.positional().constFirst(), &catalog, &loaded))
            return ExitInvalid;
        return limit ? runLimit(*catalog, loaded, unit, scenario, json) : runRide(*catalog, loaded, scenario, json);
    }
    whatif::ScanOptions options;
    options.kinds.clear();
    for (const QString &k : kinds.split(',', Qt::SkipEmptyParts)) {
        const QString kind = k.trimmed();
        if (kind != "cooling" && kind != "power" && kind != "network")
            return whatifUsage("unknown kind '" + kind + "' in --kinds (cooling, power, network)");
        options.kinds.insert(kind.toStdString());
    }
    if (options.kinds.empty())
        return whatifUsage("--kinds names no kind (cooling, power, network)");
    bool okThreads = false;
    options.threads = threads.toInt(&okThreads);
    if (!okThreads || options.threads < 1)
        return whatifUsage("--threads needs a positive whole number");
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
