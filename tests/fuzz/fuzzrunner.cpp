#include "fuzzrunner.h"

#include "catalog.h"
#include "crashguard.h"
#include "projectio.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace aif::fuzz {

namespace {

InputKind kindOf(const QString &name)
{
    return name.endsWith(QLatin1String(".json")) ? InputKind::CatalogFile : InputKind::Project;
}

} // namespace

bool FuzzSetup::load(const QString &source, QString *error)
{
    sourceDir = source;
    std::vector<SeedInput> inputs = Mutator::sourceTreeInputs(sourceDir, error);
    if (inputs.empty())
        return false;
    mutator = std::make_unique<Mutator>(std::move(inputs));
    if (!scratch.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    catalog = Catalog::open(error, scratch.filePath(QStringLiteral("catalog.sqlite")),
                            scratch.filePath(QStringLiteral("user-catalog")));
    if (!catalog)
        return false;
    context.catalog = catalog.get();
    // A mutated catalog file is solved with these: the minimal project and the small sample.
    for (const char *probe : {"tests/data/formats/v1-minimal.aifactory", "projects/reference-1mw-h100-air.aifactory"}) {
        LoadResult r = loadProject(QDir(sourceDir).filePath(QString::fromLatin1(probe)));
        if (!r.ok) {
            *error = QStringLiteral("%1: does not load").arg(QString::fromLatin1(probe));
            return false;
        }
        context.catalogProbes.push_back(std::move(r.project));
    }
    return knownOpen.load(corpusDir() + QStringLiteral("/known-open.txt"), error);
}

FuzzRunner::FuzzRunner(const FuzzSetup &setup, RunOptions options) : m_setup(setup), m_options(std::move(options))
{
    m_options.jobs = std::clamp(m_options.jobs, 1, crashguard::kMaxSlots);
}

QStringList FuzzRunner::corpusFiles(const QString &dir)
{
    QStringList files;
    for (const QString &name : QDir(dir).entryList({"*.aifactory", "*.json"}, QDir::Files, QDir::Name))
        files << QDir(dir).filePath(name);
    return files;
}

std::string FuzzRunner::describe(uint64_t index, QByteArray *bytes) const
{
    FuzzCase c = m_setup.mutator->make(m_options.seed, index);
    if (bytes)
        *bytes = c.bytes;
    return m_setup.mutator->inputs()[c.input].name.toStdString() + ": " + c.log;
}

// Prints a finding and saves its input (once per signature: a bug hit 500 times is one file).
// Returns true when it is a failure (not known open).
bool FuzzRunner::record(const Finding &f, const QString &inputName, const QByteArray &bytes, const std::string &where,
                        RunReport *report)
{
    std::lock_guard lock(m_mutex);
    if (const std::string known = m_setup.knownOpen.match(f.signature); !known.empty()) {
        if (report)
            ++report->knownOpen[known];
        return false;
    }
    QString saved;
    if (m_savedSignatures.insert(f.signature).second)
        saved = crashguard::save(m_options.saveDir, typeName(f.type), bytes, inputName);
    std::printf("FAIL %s: %s\n  signature: %s\n%s", where.c_str(), f.detail.c_str(), f.signature.c_str(),
                saved.isEmpty() ? "" : ("  input saved as " + saved.toStdString() + "\n").c_str());
    std::fflush(stdout);
    if (report)
        ++report->failures;
    return true;
}

int FuzzRunner::replay(const QStringList &files)
{
    crashguard::install(m_options.seed, m_options.saveDir);
    crashguard::startWatchdog(m_options.caseTimeoutSeconds);
    int failures = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::printf("FAIL %s: cannot read\n", qPrintable(path));
            ++failures;
            continue;
        }
        const QByteArray bytes = f.readAll();
        const QString name = QFileInfo(path).fileName();
        crashguard::begin(0, crashguard::kNoIndex, path, bytes);
        const Finding finding = fuzzOne(bytes, kindOf(path), m_setup.context);
        crashguard::end(0);
        const bool open = m_setup.knownOpen.isOpenFile(name);
        if (finding && open) {
            std::printf("known open: %s: %s\n", qPrintable(name), finding.detail.c_str());
        } else if (finding) {
            failures += record(finding, path, bytes, "replay " + path.toStdString(), nullptr) ? 1 : 0;
        } else if (open) {
            std::printf("fixed? %s is listed as known open in known-open.txt but passes now: remove the line\n",
                        qPrintable(name));
        }
    }
    crashguard::stopWatchdog();
    return failures;
}

RunReport FuzzRunner::run()
{
    crashguard::install(m_options.seed, m_options.saveDir);
    crashguard::startWatchdog(m_options.caseTimeoutSeconds);
    RunReport report;
    QElapsedTimer clock;
    clock.start();
    std::atomic<uint64_t> next{0};
    std::atomic<uint64_t> done{0};
    std::mutex slowestMutex;
    auto worker = [&](int slot) {
        QElapsedTimer caseClock;
        const QByteArray none;
        for (uint64_t i = m_options.first + next++; i < m_options.first + m_options.cases;
             i = m_options.first + next++) {
            crashguard::begin(slot, i, QStringLiteral("(the mutator)"), none);
            const FuzzCase c = m_setup.mutator->make(m_options.seed, i);
            crashguard::end(slot);
            const SeedInput &in = m_setup.mutator->inputs()[c.input];
            caseClock.start();
            crashguard::begin(slot, i, in.name, c.bytes);
            const Finding f = fuzzOne(c.bytes, in.kind, m_setup.context);
            crashguard::end(slot);
            const double seconds = double(caseClock.nsecsElapsed()) * 1e-9;
            if (f) {
                const std::string where = "case " + std::to_string(i) + " (seed " + std::to_string(m_options.seed)
                                          + ", " + in.name.toStdString() + ": " + c.log + ")";
                record(f, in.name, c.bytes, where, &report);
            }
            {
                std::lock_guard lock(slowestMutex);
                if (seconds > report.slowestSeconds) {
                    report.slowestSeconds = seconds;
                    report.slowest = "case " + std::to_string(i) + " (" + in.name.toStdString() + ": " + c.log + ")";
                }
            }
            ++done;
        }
    };
    std::vector<std::thread> threads;
    for (int j = 1; j < m_options.jobs; ++j)
        threads.emplace_back(worker, j);
    if (m_options.progress) {
        threads.emplace_back([&] {
            qint64 lastPrint = 0;
            while (done.load() < m_options.cases) {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                if (clock.elapsed() - lastPrint >= 10000) {
                    lastPrint = clock.elapsed();
                    const double s = double(lastPrint) / 1000.0;
                    std::printf("%llu / %llu cases, %.0f s, %.0f cases/s\n", static_cast<unsigned long long>(done.load()),
                                static_cast<unsigned long long>(m_options.cases), s, double(done.load()) / s);
                    std::fflush(stdout);
                }
            }
        });
    }
    worker(0);
    for (std::thread &t : threads)
        t.join();
    crashguard::stopWatchdog();
    report.cases = done.load();
    report.seconds = double(clock.nsecsElapsed()) * 1e-9;
    return report;
}

} // namespace aif::fuzz
