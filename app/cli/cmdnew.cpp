#include "cli.h"

#include "catalog.h"
#include "generator/designgenerator.h"
#include "generator/templates.h"
#include "projectio.h"

#include <cmath>

namespace aif::cli {

using namespace aif::generator;

namespace {

const char *kNewUsage =
    "usage: aif new --list [--json]\n"
    "       aif new --template ID --out FILE [options below override the template's]\n"
    "       aif new --it-mw X --system ID --cooling air|rdhx|liquid|hybrid --power ac|hvdc800|48v\n"
    "               [--redundancy n|n+1|2n] [--climate CITY] [--halls N] [--name TEXT] [--location TEXT]\n"
    "               [--tariff USD_PER_KWH] [--carbon G_PER_KWH] [--model ID] --out FILE [--json]";

bool choiceOption(Args &args, const char *name, const std::vector<std::string> &choices, std::string *value,
                  bool *given = nullptr)
{
    QString v;
    if (!args.option(name, &v))
        return true;
    if (given)
        *given = true;
    for (const std::string &c : choices) {
        if (v.toStdString() == c) {
            *value = c;
            return true;
        }
    }
    QStringList all;
    for (const std::string &c : choices)
        all << QString::fromStdString(c);
    printError(QStringLiteral("aif new: --%1: '%2' is not one of %3").arg(name, v, all.join(", ")));
    return false;
}

bool numberOption(Args &args, const char *name, double *value)
{
    QString v;
    if (!args.option(name, &v))
        return true;
    bool ok = false;
    const double x = v.toDouble(&ok);
    if (!ok || !std::isfinite(x)) {
        printError(QStringLiteral("aif new: --%1: '%2' is not a number").arg(name, v));
        return false;
    }
    *value = x;
    return true;
}

// The options that take a value; one given last, or followed by another option, is missing it.
const QStringList kValueOptions{"template", "it-mw", "system", "cooling", "power", "redundancy", "climate", "halls",
                                "name", "location", "tariff", "carbon", "model", "out"};

QString missingValue(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (!args[i].startsWith("--") || !kValueOptions.contains(args[i].mid(2)))
            continue;
        const bool last = i + 1 == args.size();
        const QString next = last ? QString() : args[i + 1];
        const bool option = next.startsWith("--") && kValueOptions.contains(next.mid(2).section('=', 0, 0));
        if (last || next == "--json" || next == "--list" || option)
            return args[i];
    }
    return {};
}

Json summaryJson(const BuiltCounts &s)
{
    return Json{{"halls", s.halls}, {"rows", s.rows}, {"racks", s.racks}, {"gpu_racks", s.gpuRacks}, {"gpus", s.gpus},
                {"it_nameplate_kw", s.itNameplateW / 1e3}, {"air_units", s.airUnits}, {"cdus", s.cdus},
                {"heat_rejection_units", s.heatRejectionUnits}, {"power_nodes", s.powerNodes},
                {"switches", s.switches}, {"link_groups", s.links}};
}

int list(bool json)
{
    Json out = Json::array();
    for (const DesignTemplate &t : designTemplates()) {
        if (json)
            out.push_back(Json{{"id", t.id}, {"title", t.title}, {"description", t.description}});
        else
            printOut(QStringLiteral("%1  %2: %3\n").arg(QString::fromStdString(t.id).leftJustified(20),
                                                        QString::fromStdString(t.title), QString::fromStdString(t.description)));
    }
    if (json)
        printOut(QString::fromStdString(out.dump(2)) + "\n");
    return ExitOk;
}

} // namespace

// aif new: a new design from a template or from the wizard's questions (the same generator).
int cmdNew(Args args)
{
    const bool json = args.flag("json");
    if (args.flag("list")) {
        if (!args.unknownOption().isEmpty() || !args.positional().isEmpty()) {
            printError("aif new: --list takes no other options (except --json)");
            return ExitUsage;
        }
        return list(json);
    }
    if (const QString option = missingValue(args.remaining()); !option.isEmpty()) {
        printError("aif new: " + option + " is missing its value");
        printError(kNewUsage);
        return ExitUsage;
    }
    DesignRequest r;
    QString templateId, out, text;
    const bool fromTemplate = args.option("template", &templateId);
    std::unique_ptr<Catalog> catalog;
    if (fromTemplate) {
        const DesignTemplate *t = findTemplate(templateId.toStdString());
        if (!t) {
            printError("aif new: --template: no template '" + templateId + "' (aif new --list)");
            return ExitUsage;
        }
        r = t->request;
    }
    bool given[4] = {false, false, false, false};
    double halls = r.halls;
    given[0] = args.option("it-mw", &text);
    if (given[0]) {
        bool ok = false;
        r.itMw = text.toDouble(&ok);
        if (!ok || !std::isfinite(r.itMw)) {
            printError("aif new: --it-mw: '" + text + "' is not a number");
            return ExitUsage;
        }
    }
    if (args.option("system", &text)) {
        r.system = text.toStdString();
        given[1] = true;
    }
    if (!choiceOption(args, "cooling", coolingChoices(), &r.cooling, &given[2])
        || !choiceOption(args, "power", powerChoices(), &r.power, &given[3])
        || !choiceOption(args, "redundancy", redundancyChoices(), &r.redundancy) || !numberOption(args, "halls", &halls)
        || !numberOption(args, "tariff", &r.tariffUsdPerKwh) || !numberOption(args, "carbon", &r.gridCarbonGPerKwh))
        return ExitUsage;
    if (halls != std::floor(halls)) {
        printError(QStringLiteral("aif new: --halls: '%1' is not a whole number").arg(halls));
        return ExitUsage;
    }
    // Range-checked before it becomes an int (the request's check says the same for the rest).
    if (halls < 0 || halls > kMaxHalls) {
        printError(QStringLiteral("aif new: halls: %1 halls; between 1 and %2 (leave --halls out for as many as the "
                                  "load needs)").arg(halls, 0, 'g', 6).arg(kMaxHalls));
        return ExitInvalid;
    }
    r.halls = int(halls);
    if (args.option("climate", &text))
        r.climate = text.toStdString();
    if (args.option("name", &text))
        r.name = text.toStdString();
    if (args.option("location", &text))
        r.location = text.toStdString();
    if (args.option("model", &text))
        r.model = text.toStdString();
    if (!args.option("out", &out) || out.isEmpty()) {
        printError("aif new: --out FILE is required");
        printError(kNewUsage);
        return ExitUsage;
    }
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty()) {
        printError("aif new: unknown option or argument '"
                   + (args.unknownOption().isEmpty() ? args.positional().first() : args.unknownOption()) + "'");
        printError(kNewUsage);
        return ExitUsage;
    }
    if (!fromTemplate) {
        const char *names[4] = {"--it-mw", "--system", "--cooling", "--power"};
        for (int i = 0; i < 4; ++i) {
            if (!given[i]) {
                printError(QStringLiteral("aif new: %1 is required without --template").arg(names[i]));
                printError(kNewUsage);
                return ExitUsage;
            }
        }
    }
    catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const GenerateResult g = generateDesign(r, *catalog);
    if (!g.ok) {
        printError("aif new: " + QString::fromStdString(g.error));
        return ExitInvalid;
    }
    QString error;
    if (!saveProject(g.project, out, &error)) {
        printError("aif new: cannot write " + out + ": " + error);
        return ExitInvalid;
    }
    const BuiltCounts &s = g.summary;
    if (json) {
        printOut(QString::fromStdString(Json{{"file", out.toStdString()}, {"summary", summaryJson(s)}}.dump(2)) + "\n");
    } else {
        printOut(QStringLiteral("%1: %2 hall(s), %3 rows, %4 racks (%5 GPUs), IT nameplate %6 kW, %7 air units, %8 CDUs, "
                                "%9 power nodes, %10 switches\n")
                     .arg(out).arg(s.halls).arg(s.rows).arg(s.racks).arg(s.gpus)
                     .arg(s.itNameplateW / 1e3, 0, 'f', 0).arg(s.airUnits).arg(s.cdus).arg(s.powerNodes).arg(s.switches));
    }
    return ExitOk;
}

} // namespace aif::cli
