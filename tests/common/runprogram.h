#pragma once

// Runs a built program as a user would (the CLI and gpu-calibrate tests).
#include <QProcess>

struct ProgramRun
{
    int exitCode = -1;   // -1: did not start or finish, -2: crashed
    QByteArray out;
    QByteArray err;
};

// The environment a test runs the CLI in: its own catalog database and user catalog (ctest sets
// them per test; run by hand, they go to `scratchDir` so the user's real catalog stays out).
inline QProcessEnvironment cliEnvironment(const QString &scratchDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value("AIF_CATALOG_DB").isEmpty())
        env.insert("AIF_CATALOG_DB", scratchDir + "/catalog.sqlite");
    if (env.value("AIF_USER_CATALOG_DIR").isEmpty())
        env.insert("AIF_USER_CATALOG_DIR", scratchDir + "/user-catalog");
    return env;
}

// CUDA_VISIBLE_DEVICES is emptied so that no test ever starts a calibration, GPU or not.
inline ProgramRun runProgram(const QString &program, const QStringList &args,
                             QProcessEnvironment env)
{
    env.insert("CUDA_VISIBLE_DEVICES", "");
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A shipped sample project by name ("reference-1mw-h100-air"), as the CLI tests run it.
inline QString sampleProject(const char *name)
{
    return QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name);
}
