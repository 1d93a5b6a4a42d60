#include "sweeprun.h"

#include "common/progress.h"

#include <QFile>
#include <QMetaObject>

namespace aif {

SweepRun::SweepRun(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<aif::sweep::CaseResult>();
}

SweepRun::~SweepRun()
{
    cancel();
    join();
}

void SweepRun::join()
{
    if (m_worker.joinable())
        m_worker.join();
}

void SweepRun::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

bool SweepRun::start(const sweep::SweepSpec &spec, const Catalog *catalog, int threads,
                     const QString &storePath, QString *error)
{
    if (m_running || !catalog)
        return false;
    join();
    // A fresh file each run: a store refuses to start a second sweep in one file.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);
    std::shared_ptr<sweep::SweepStore> store(sweep::SweepStore::open(storePath, error).release());
    if (!store)
        return false;
    const std::vector<std::vector<int>> cases = sweep::sweepCases(spec);
    std::vector<int> pending;
    int done = 0;
    if (store->begin(spec, int(cases.size()), false, &pending, &done, error) != sweep::BeginResult::Ok)
        return false;
    // Reports arrive on the worker thread; queue them to ours (dropped if we are gone).
    m_progress = std::make_shared<Progress>([this](double fraction, const std::string &text) {
        QMetaObject::invokeMethod(this, [this, fraction, t = QString::fromStdString(text)] {
            emit progressed(fraction, t);
        }, Qt::QueuedConnection);
    });
    m_running = true;
    std::shared_ptr<Progress> progress = m_progress;
    m_worker = std::thread([this, spec, catalog, threads, store, cases, pending, progress]() mutable {
        QString storeError;
        sweep::RunOptions options;
        options.threads = std::max(1, threads);
        sweep::runCases(spec, *catalog, cases, pending, options, [&](sweep::CaseResult &&r) {
            QString why;
            if (!store->write(r, &why) && storeError.isEmpty())
                storeError = why;
            QMetaObject::invokeMethod(this, [this, r] { emit caseFinished(r); }, Qt::QueuedConnection);
        }, progress.get());
        const bool completed = !progress->cancelled();
        store.reset();   // closed (WAL checkpointed) before the GUI may copy the file
        QMetaObject::invokeMethod(this, [this, completed, storeError] {
            m_running = false;
            emit finished(completed, storeError);
        }, Qt::QueuedConnection);
    });
    return true;
}

} // namespace aif
