#pragma once

// Runs a built program as a user would (the CLI and gpu-calibrate tests).
#include <QProcess>

struct ProgramRun
{
    int exitCode = -1;   // -1: did not start or finish, -2: crashed
    QByteArray out;
    QByteArray err;
};

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
