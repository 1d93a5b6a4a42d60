// aif cfd run DIR [--np N] [--print] (docs/cfd.md "Run"): meshes and solves an exported case with
// the OpenFOAM on this machine, with progress from the solver log; or prints the commands and a
// SLURM script for a cluster.
#include "cli.h"

#include "atomicfile.h"
#include "cfd/cfdlog.h"
#include "json.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace aif::cli {
namespace {

// The Debian package's binaries need WM_PROJECT_DIR (for etc/controlDict) but sourcing its
// etc/bashrc prints errors; set the variable where the environment has none.
QProcessEnvironment openFoamEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value("WM_PROJECT_DIR").isEmpty()) {
        for (const QString &dir : {QStringLiteral("/usr/share/openfoam"), QStringLiteral("/usr/lib/openfoam/openfoam1912")})
            if (QFile::exists(dir + "/etc/controlDict")) {
                env.insert("WM_PROJECT_DIR", dir);
                break;
            }
    }
    return env;
}

// Runs one command in the case directory, its output into log.NAME; solver lines become progress.
bool runStep(const QString &caseDir, const QStringList &command, const QString &logName, bool solver, QString *why,
             bool *diverged = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(caseDir);
    QProcessEnvironment env = openFoamEnvironment();
    env.insert("PWD", QFileInfo(caseDir).absoluteFilePath());   // OpenFOAM warns when PWD is not the cwd
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QFile log(QDir(caseDir).filePath("log." + logName));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *why = log.fileName() + ": cannot write";
        return false;
    }
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(30000)) {
        *why = command.first() + ": " + p.errorString();
        return false;
    }
    cfd::SolverProgress progress;
    QElapsedTimer shown;
    shown.start();
    QByteArray pending;
    auto consume = [&](const QByteArray &chunk) {
        log.write(chunk);
        pending += chunk;
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const std::string line = pending.left(nl).toStdString();
            pending.remove(0, nl + 1);
            if (progress.read(line) && solver && shown.elapsed() > 2000) {
                printOut("  " + QString::fromStdString(progress.summary()) + "\n");
                std::fflush(stdout);
                shown.restart();
            }
        }
    };
    while (!p.waitForFinished(500))
        consume(p.readAll());
    consume(p.readAll());
    if (solver && progress.iteration > 0)
        printOut("  " + QString::fromStdString(progress.summary()) + (progress.converged ? "  (converged)\n" : "\n"));
    if (diverged)
        *diverged = solver && progress.diverged();
    if (solver && progress.diverged()) {
        *why = command.join(' ') + QStringLiteral(" diverged (continuity error %1%2); log: ")
                                       .arg(progress.continuityError, 0, 'g', 3)
                                       .arg(progress.floatingPointError ? ", floating-point exception" : "")
               + log.fileName();
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !progress.fatal.empty()) {
        *why = command.join(' ') + " failed (exit " + QString::number(p.exitCode()) + "): "
               + (progress.fatal.empty() ? QStringLiteral("see ") + log.fileName() : QString::fromStdString(progress.fatal))
               + "; log: " + log.fileName();
        return false;
    }
    return true;
}

// Rewrites the processor count of system/decomposeParDict (simple method along x or y).
bool setProcessors(const QString &caseDir, int np, QString *why)
{
    const QString path = QDir(caseDir).filePath("system/decomposeParDict");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = path + ": cannot read";
        return false;
    }
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    text.replace(QRegularExpression("numberOfSubdomains\\s+\\d+;"), QStringLiteral("numberOfSubdomains %1;").arg(np));
    const QRegularExpressionMatch m = QRegularExpression("n\\s+\\((\\d+) (\\d+) 1\\);").match(text);
    if (m.hasMatch()) {
        const bool alongX = m.captured(1).toInt() >= m.captured(2).toInt();
        text.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("n               (%1 %2 1);").arg(alongX ? np : 1).arg(alongX ? 1 : np));
    }
    return writeFileAtomically(path, text.toUtf8(), why);
}

// The first-order fallback after a divergence: rewrites the schemes and relaxation (makeRobust)
// and removes the diverged iterations, so the solver starts again from 0/.
bool restartRobust(const QString &caseDir, QString *why)
{
    QDir dir(caseDir);
    QFile schemesFile(dir.filePath("system/fvSchemes")), solutionFile(dir.filePath("system/fvSolution"));
    if (!schemesFile.open(QIODevice::ReadOnly) || !solutionFile.open(QIODevice::ReadOnly)) {
        *why = caseDir + ": cannot read system/fvSchemes or system/fvSolution";
        return false;
    }
    std::string schemes = schemesFile.readAll().toStdString(), solution = solutionFile.readAll().toStdString();
    if (!cfd::makeRobust(&schemes, &solution)) {
        *why = "already first-order";
        return false;
    }
    if (!writeFileAtomically(schemesFile.fileName(), QByteArray::fromStdString(schemes), why)
        || !writeFileAtomically(solutionFile.fileName(), QByteArray::fromStdString(solution), why))
        return false;
    const QRegularExpression iteration("^[0-9.eE+-]+$");
    auto clean = [&](QDir d) {
        for (const QString &t : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (t != "0" && iteration.match(t).hasMatch())
                QDir(d.filePath(t)).removeRecursively();
    };
    clean(dir);
    for (const QString &p : dir.entryList({"processor*"}, QDir::Dirs))
        clean(QDir(dir.filePath(p)));
    return true;
}

} // namespace

int cmdCfdRun(Args args)
{
    QString npText;
    const bool hasNp = args.option("np", &npText);
    const bool print = args.flag("print");
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1) {
        printError("usage: aif cfd run DIR [--np N] [--print]");
        return ExitUsage;
    }
    bool ok = true;
    int np = hasNp ? npText.toInt(&ok) : 1;
    if (!ok || np < 1 || np > 4096) {
        printError("aif cfd run: --np must be a number of cores from 1 to 4096");
        return ExitUsage;
    }
    const QString caseDir = args.positional().first();
    if (!hasNp) {   // the core count the case was exported for
        QFile f(QDir(caseDir).filePath("aif-case.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const Json info = Json::parse(f.readAll().toStdString(), nullptr, false);
            np = info.is_object() ? std::clamp(info.value("processors", 1), 1, 4096) : 1;
        }
    }
    if (!QFile::exists(QDir(caseDir).filePath("system/blockMeshDict"))) {
        printError("aif cfd run: " + caseDir + ": not an OpenFOAM case (no system/blockMeshDict; write one with aif cfd export)");
        return ExitInvalid;
    }
    const auto commands = cfd::runCommands(np);
    if (print) {
        printOut("# run in " + QFileInfo(caseDir).absoluteFilePath() + " with OpenFOAM v1912 on PATH\n");
        for (const auto &c : commands) {
            QStringList line;
            for (const std::string &a : c)
                line << QString::fromStdString(a);
            printOut(line.join(' ') + " > log." + (line.first() == "mpirun" ? QStringLiteral("buoyantSimpleFoam") : line.first())
                     + " 2>&1\n");
        }
        printOut("\n" + QString::fromStdString(cfd::slurmScript(QFileInfo(caseDir).fileName().toStdString(), np)));
        return ExitOk;
    }
    for (const char *tool : {"blockMesh", "checkMesh", "buoyantSimpleFoam"}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            printError(QStringLiteral("aif cfd run: OpenFOAM is not installed (%1 not found on PATH); install it with "
                                      "installer/deps-openfoam.sh (make deps-openfoam), or use --print for a cluster")
                           .arg(tool));
            return ExitInvalid;
        }
    }
    if (np > 1 && QStandardPaths::findExecutable("mpirun").isEmpty()) {
        printError("aif cfd run: --np needs mpirun (OpenMPI); run with --np 1 or install openmpi-bin");
        return ExitInvalid;
    }
    QString why;
    if (np > 1 && !setProcessors(caseDir, np, &why)) {
        printError("aif cfd run: " + why);
        return ExitInvalid;
    }
    QElapsedTimer total;
    total.start();
    bool robust = false;
    for (size_t step = 0; step < commands.size(); ++step) {
        QStringList command;
        for (const std::string &a : commands[step])
            command << QString::fromStdString(a);
        // OpenMPI refuses to start as root without being told; containers often run as root.
        if (command.first() == "mpirun" && ::getuid() == 0)
            command.insert(1, "--allow-run-as-root");
        const bool solver = command.contains("buoyantSimpleFoam");
        const QString logName = solver ? QStringLiteral("buoyantSimpleFoam") : command.first();
        printOut(command.join(' ') + "\n");
        std::fflush(stdout);
        bool diverged = false;
        if (!runStep(caseDir, command, logName, solver, &why, &diverged)) {
            QString notRobust;
            if (diverged && !robust && restartRobust(caseDir, &notRobust)) {
                // Strong jets (units blowing into the room) can make the second-order set-up
                // diverge; first-order upwind with stronger under-relaxation is the usual remedy.
                printOut("aif cfd run: " + why + "\n  restarting with first-order upwind for U and h and "
                         "under-relaxation p_rgh 0.3, U 0.2 (system/fvSchemes, system/fvSolution)\n");
                robust = true;
                const size_t restartAt = np > 1 ? step - 1 : step;   // in parallel: decompose again
                step = restartAt - 1;
                continue;
            }
            printError("aif cfd run: " + why);
            return ExitInvalid;
        }
        if (command.first() == "checkMesh") {
            QFile log(QDir(caseDir).filePath("log.checkMesh"));
            log.open(QIODevice::ReadOnly);
            if (!log.readAll().contains("Mesh OK.")) {
                printError("aif cfd run: checkMesh did not report \"Mesh OK.\" (see " + log.fileName() + ")");
                return ExitInvalid;
            }
        }
    }
    const double seconds = total.nsecsElapsed() * 1e-9;
    const Json run{{"seconds", seconds}, {"processors", np},
                   {"schemes", robust ? "first-order (restarted after a divergence)" : "as exported"}};
    writeFileAtomically(QDir(caseDir).filePath("aif-run.json"), QByteArray::fromStdString(run.dump(1) + "\n"), &why);
    printOut(QStringLiteral("solved in %1 s on %2 core(s); read it back with: aif cfd import %3\n")
                 .arg(seconds, 0, 'f', 0)
                 .arg(np)
                 .arg(caseDir));
    return ExitOk;
}

} // namespace aif::cli
