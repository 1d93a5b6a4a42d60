#pragma once

// Runs a sweep off the GUI thread: sweep::runCases on one worker thread (which spreads the
// cases over `threads` solver threads), each result written to the SQLite store there and then
// handed to the GUI thread by a queued call. Cancel stops it as `aif sweep` stops: cases not
// started are not run, cases in flight come back cancelled.
#include "sweep/sweepstore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <thread>

namespace aif {

class Catalog;
class Progress;

class SweepRun : public QObject
{
    Q_OBJECT

public:
    explicit SweepRun(QObject *parent = nullptr);
    ~SweepRun() override;   // cancels and waits for the worker

    // Starts; false with *error when the store cannot be opened. `storePath`: an SQLite file
    // (replaced). Only one run at a time.
    bool start(const sweep::SweepSpec &spec, const Catalog *catalog, int threads,
               const QString &storePath, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void caseFinished(const aif::sweep::CaseResult &result);
    void progressed(double fraction, const QString &text);
    // When the worker is done: completed is false when cancelled; error names a store failure.
    void finished(bool completed, const QString &error);

private:
    void join();

    std::thread m_worker;
    std::shared_ptr<Progress> m_progress;
    bool m_running = false;
};

} // namespace aif

Q_DECLARE_METATYPE(aif::sweep::CaseResult)
