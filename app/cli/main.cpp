// aif: the AI Factory Studio command line (docs/cli.md). Links the model and solvers only.
#include "cli.h"

#include "catalog.h"
#include "formatversions.h"

#include <QCoreApplication>
#ifdef AIF_HAVE_REPORT
#include <QGuiApplication>
#endif

#include <memory>

using namespace aif::cli;

namespace aif::cli {
int cmdAvailability(Args args);   // aif availability FILE [--json] [--spares-target P] (docs/availability.md)
}

namespace {

const char *kUsage = R"(usage: aif COMMAND [ARGS]

  aif --version
  aif validate FILE... [--json]        exit 0 valid, 1 invalid (FILE: /json/pointer: message; layout warnings too)
  aif new --list [--json]              the design templates
  aif new --template ID --out FILE     a new design from a template
  aif new --it-mw X --system ID --cooling air|rdhx|liquid|hybrid --power ac|hvdc800|48v
          [--redundancy n|n+1|2n] [--climate CITY] [--halls N] [--name TEXT] [--tariff USD_PER_KWH]
          [--carbon G_PER_KWH] [--model ID] --out FILE [--json]
  aif catalog [CATEGORY] [--json]      categories: gpus systems models engines cooling power optics network racks
  aif catalog import FILE [--category C]
  aif solve FILE [--only power,thermal,throughput,tco] [--scenario NAME] [--json OUT|-]
                 [--air-field [--cell M] [--vti DIR]]   thermal tier T1 (3D air field per hall)
                 [--recirculation]   thermal T0 with recirculation matrices from each hall's T1 flow
  aif explain FILE POINTER... [--json] [--scenario NAME]   a figure of aif solve --json: definition,
                 formula, inputs with sources (aif explain FILE --list: the figures explained)
  aif export FILE [--scenario NAME] (--csv racks|power|deployments|bom|rack-results|all | --json)
                 --out PATH [--units si|us]   tables of the solve as CSV (all: one file each in
                 the folder PATH), or its full result JSON
  aif compare FILE[#SCENARIO] FILE[#SCENARIO] [...] [--json] [--normalise total|mw|gpu|mtok]
                 [--units si|us]   designs and scenarios side by side: totals, normalised figures,
                 input differences, verdicts (a failure scenario is a degraded case, never better)
  aif compare FILE --scenarios | --scenario NAME...   the base design against its scenarios
  aif sweep FILE --set /json/pointer=v1,v2,... [--set ...] [--grid | --random N [--seed S]]
                 [--objectives usd_per_mtok,tokens_per_joule,capex_usd] --out RESULTS.sqlite
                 [--threads N] [--resume]   every case a full solve; mpirun -np N aif sweep ... (docs/sweep.md)
  aif whatif FILE --n-1 [--n-2] [--kinds cooling,power,network] [--json] [--scenario NAME] [--threads N]
                 each unit failed alone (and in pairs): max inlet, ASHRAE, lost tokens/s (docs/whatif.md)
  aif availability FILE [--json] [--spares-target P] [--scenario NAME]   failures/day per component class
                 (field MTBF/MTTR), GPUs down, training goodput, spare pools, lost tokens and $ (docs/availability.md)
  aif throughput --gpu ID --gpus N --model ID [--precision bf16|fp8|fp4] [--tp N] [--pp N] [--ep N]
                 [--isl TOKENS] [--osl TOKENS] [--mode offline|server|interactive]
                 [--ttft-ms X] [--tpot-ms Y] [--pd PREFILL_GPUS:DECODE_GPUS] [--kv-hit FRACTION]
                 [--engine ID] [--power-limit-w W] [--simulate [--requests N]] [--pareto] [--json]
  aif throughput --calibration [--fit]   predicted vs published points (and a re-fit)
  aif render FILE --out PNG [--metric inlet|outlet|junction|power|utilization|tokens|activity|none]
                 [--size WxH] [--camera iso|top|front|side] [--scenario NAME] [--gltf OUT] [--vtk OUT.vtm]
                 [--air-field [--cell M] [--slice x|y|z=METRES] [--iso C] [--streamlines]]
  aif cfd export FILE [--hall ID] [--cell M] [--np N] [--iterations N] --out DIR   OpenFOAM case of a hall
  aif cfd run DIR [--np N] [--print]   blockMesh, checkMesh, buoyantSimpleFoam (needs OpenFOAM)
  aif cfd import DIR [--project FILE] [--json OUT|-] [--vti FILE]   CFD vs T0/T1 rack inlets
  aif cfd calibrate CASE[=PROJECT]... [--write] [--json OUT|-]   fit project.airModel to CFD cases
  aif fabric --gpus N --gpus-per-system G --nic-gbps B (--switch ID | --radix K --port-gbps S) [...] --json
  aif fabric --media --lane-gbps L --length-m M [--json]     aif fabric --scale-up SYSTEM_ID [--json]
  aif fabric FILE [--json] [--bom OUT.csv]   the project's fabrics, cables from the floor plan
  aif report FILE [--scenario NAME] [--compare NAME|FILE] --out OUT.pdf|OUT.html
                 [--template customer|engineering] [--units si|us] [--no-3d]   (docs/report.md)
  aif bench [--report] [--sweep]

Exit codes: 0 ok, 1 invalid input or failed check, 2 usage error, 3 solver did not converge.
)";

} // namespace

namespace {

int dispatch(QStringList args)
{
    const QString command = args.takeFirst();
    if (command == "--version" || command == "version") {
        printOut(QStringLiteral("aif %1 (AI Factory Studio; project formatVersion %2; catalog schema %3)\n")
                     .arg(AIF_VERSION_STRING)
                     .arg(aif::kFormatVersion)
                     .arg(aif::Catalog::kSchemaVersion));
        return ExitOk;
    }
    if (command == "validate")
        return cmdValidate(Args(args));
    if (command == "new")
        return cmdNew(Args(args));
    if (command == "catalog")
        return cmdCatalog(Args(args));
    if (command == "solve")
        return cmdSolve(Args(args));
    if (command == "explain")
        return cmdExplain(Args(args));
    if (command == "export")
        return cmdExport(Args(args));
    if (command == "compare")
        return cmdCompare(Args(args));
    if (command == "sweep")
        return cmdSweep(Args(args));
    if (command == "whatif")
        return cmdWhatif(Args(args));
    if (command == "availability")
        return cmdAvailability(Args(args));
    if (command == "bench")
        return cmdBench(Args(args));
    if (command == "throughput")
        return cmdThroughput(Args(args));
    if (command == "fabric")
        return cmdFabric(Args(args));
    if (command == "cfd")
        return cmdCfd(Args(args));
#ifdef AIF_HAVE_SCENE3D
    if (command == "render")
        return cmdRender(Args(args));
#else
    if (command == "render") {
        printError("aif render: this build has no 3D scene (configured with AIF_BUILD_3D=OFF)");
        return ExitUsage;
    }
#endif
#ifdef AIF_HAVE_REPORT
    if (command == "report")
        return cmdReport(Args(args));
#else
    if (command == "report") {
        printError("aif report: this build has no report generator (configured with AIF_BUILD_GUI=OFF)");
        return ExitUsage;
    }
#endif
    if (QStringList{"render"}.contains(command)) {
        printError("aif " + command + ": not available in this version yet (see docs/cli.md)");
        return ExitUsage;
    }
    printError("aif: unknown command '" + command + "'");
    printOut(kUsage);
    return ExitUsage;
}

} // namespace

int main(int argc, char **argv)
{
    // `aif report` lays text out, which needs fonts, so a QGuiApplication (offscreen when no
    // platform is asked for: the CLI never opens a window); every other command stays on
    // QCoreApplication, which needs no display and starts faster.
    std::unique_ptr<QCoreApplication> application;
#ifdef AIF_HAVE_REPORT
    const bool gui = argc > 1 && (qstrcmp(argv[1], "report") == 0
                                  || (qstrcmp(argv[1], "bench") == 0 && argc > 2 && qstrcmp(argv[2], "--report") == 0));
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName("aif");
    QCoreApplication::setApplicationVersion(AIF_VERSION_STRING);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h" || args.first() == "help") {
        printOut(kUsage);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    // Nothing escapes as an abort: input is checked where it is read, and whatever still throws
    // (a bug) ends as one line saying so, exit 1.
    try {
        return dispatch(args);
    } catch (const std::bad_alloc &) {
        printError("aif: out of memory (the design or an option asks for more than this machine has)");
    } catch (const std::exception &e) {
        printError(QStringLiteral("aif: internal error: %1 (please report it with the command and file)").arg(e.what()));
    } catch (...) {
        printError("aif: internal error (please report it with the command and file)");
    }
    return ExitInvalid;
}
