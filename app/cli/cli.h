#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace aif {

class Catalog;
struct LoadResult;
struct SolveResult;

namespace cli {

// Exit codes (contract, docs/cli.md).
enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2, ExitNotConverged = 3 };

// Arguments after the sub-command, with --name value / --name=value options.
class Args
{
public:
    explicit Args(QStringList args);
    bool flag(const QString &name);                       // --json (consumes it)
    bool option(const QString &name, QString *value);     // --only a,b (consumes it)
    QStringList positional() const;                       // what is left that is not an option
    QString unknownOption() const;                        // first leftover --option, if any
    bool missingValue() const { return m_missingValue; }
    QStringList remaining() const { return m_args; }      // what has not been consumed yet

private:
    QStringList m_args;
    bool m_missingValue = false;
};

void printError(const QString &line);   // one line to stderr
void printOut(const QString &text);     // to stdout, no newline added
std::unique_ptr<Catalog> openCatalog();  // prints the reason and returns null on failure

int cmdValidate(Args args);
int cmdNew(Args args);
int cmdCatalog(Args args);
int cmdSolve(Args args);
int cmdExplain(Args args);              // aif explain FILE POINTER... (docs/explain.md)
int cmdExport(Args args);               // aif export FILE (--csv TABLE | --json) --out PATH
int cmdCompare(Args args);              // aif compare FILE[#SCENARIO]... (solvers/report/compare.h)
int cmdSweep(Args args);                // aif sweep FILE --set ... --out RESULTS.sqlite (docs/sweep.md)
int cmdWhatif(Args args);               // aif whatif FILE --n-1 [--n-2] ... (docs/whatif.md)
void benchSweep(const Catalog &catalog, const QString &projectsDir);   // aif bench: sweep cases/s
// Opens the catalog and loads FILE as `aif solve` does, printing the load diagnostics; false when
// it is not to be solved (a load error, or what `aif validate` refuses).
bool loadSolvable(const QString &file, std::unique_ptr<Catalog> *catalog, LoadResult *loaded);
int cmdBench(Args args);
int cmdThroughput(Args args);
int cmdFabric(Args args);               // aif fabric (docs/network.md)
int cmdCfd(Args args);                  // aif cfd export|run|import|calibrate (docs/cfd.md)
int cmdCfdRun(Args args);
int cmdCfdCalibrate(Args args);
int cmdRender(Args args);
// aif report (docs/report.md); only in builds with the views (AIF_HAVE_REPORT)
int cmdReport(Args args);
void benchReport(const Catalog &catalog, const QString &projectsDir);   // aif bench --report               // only in builds with the VTK 3D scene (AIF_HAVE_SCENE3D)
void benchRender(const Catalog &catalog);   // the 3D part of aif bench (frames per second)
void benchThroughput(const Catalog &catalog);   // the throughput part of aif bench
void benchScale(const Catalog &catalog, const QList<int> &racks, const QString &saveDir);   // 1k-50k racks
void benchCfd(const Catalog &catalog);   // the air path against recorded OpenFOAM runs
void printOperatingSummary(const SolveResult &result);   // throughput, twin, annual, TCO lines

} // namespace cli
} // namespace aif
