#pragma once

#include "catalog.h"
#include "fuzztarget.h"
#include "knownopen.h"
#include "mutator.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace aif::fuzz {

struct RunOptions
{
    uint64_t seed = 17;
    uint64_t cases = 6000;
    uint64_t first = 0;               // the first case's number (resume a long run)
    int jobs = 1;
    double caseTimeoutSeconds = 30;   // longer is reported as a hang
    QString saveDir = QStringLiteral("fuzz-findings");
    bool progress = false;            // a line every 10 s (long runs)
};

struct RunReport
{
    uint64_t cases = 0;
    int failures = 0;                        // findings not listed as known open
    std::map<std::string, int> knownOpen;    // listed signature -> cases that hit it
    double seconds = 0;
    double slowestSeconds = 0;
    std::string slowest;                     // "case N (input)"
};

// Everything the fuzzer needs, loaded from a source tree: the seed inputs, the shipped catalog
// (in a private temporary database, never the user's), the catalog probe projects and the
// known-open list.
struct FuzzSetup
{
    QString sourceDir;
    std::unique_ptr<Mutator> mutator;
    std::unique_ptr<Catalog> catalog;
    FuzzContext context;
    KnownOpen knownOpen;
    QTemporaryDir scratch;

    bool load(const QString &sourceDir, QString *error);
    QString corpusDir() const { return sourceDir + QStringLiteral("/tests/data/fuzz"); }
};

// Runs cases on `jobs` threads under the crash guard and the watchdog, prints each finding with
// its seed, case number and mutations, and saves its input in the save folder.
class FuzzRunner
{
public:
    FuzzRunner(const FuzzSetup &setup, RunOptions options);

    RunReport run();
    // Replays files (kind by extension: .json a catalog file, else a project); returns the
    // failures. Known-open files are reported, not failed; a fixed one says so.
    int replay(const QStringList &files);
    // The corpus folder's files (crashers found so far), sorted.
    static QStringList corpusFiles(const QString &dir);
    // Generates case `index` and says what it is ("input: mutations").
    std::string describe(uint64_t index, QByteArray *bytes) const;

private:
    bool record(const Finding &f, const QString &inputName, const QByteArray &bytes, const std::string &where,
                RunReport *report);

    const FuzzSetup &m_setup;
    RunOptions m_options;
    std::mutex m_mutex;
    std::set<std::string> m_savedSignatures;
};

} // namespace aif::fuzz
