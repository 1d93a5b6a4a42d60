#pragma once

#include "solvejob.h"

#include <QByteArray>

#include <list>
#include <mutex>
#include <optional>

namespace aif {

// The last few solve results by what they were solved from: the project's saved form and the
// options that change the answer (scenario, air field and its grid, calibration). Undo and redo
// return the design to an earlier state, and its key finds that state's exact result again
// instead of a re-solve whose figures could differ (a warm-started air field converges to a
// slightly different field). Safe to use from the solve worker and the GUI thread.
class SolveCache
{
public:
    explicit SolveCache(size_t capacity = 6) : m_capacity(capacity) {}

    static QByteArray key(const Project &project, const SolveOptions &options);

    std::optional<SolveResult> find(const QByteArray &key);
    void insert(const QByteArray &key, const SolveResult &result);
    void clear();
    size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::list<std::pair<QByteArray, SolveResult>> m_entries;   // most recent first
    size_t m_capacity;
};

} // namespace aif
