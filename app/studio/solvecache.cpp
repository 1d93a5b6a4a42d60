#include "solvecache.h"

#include "projectio.h"

#include <QCryptographicHash>

namespace aif {

QByteArray SolveCache::key(const Project &project, const SolveOptions &options)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(serializeProject(project));
    // Only the options that change the figures; the warm-start fields do not.
    const QByteArray opts = QByteArray("|scenario=") + QByteArray::fromStdString(options.scenario)
                            + "|airField=" + (options.airField ? "1" : "0")
                            + "|cell=" + QByteArray::number(options.cellM, 'g', 9)
                            + "|calibrate=" + (options.recirculation ? "1" : "0")
                            + "|matrices=" + QByteArray::number(qulonglong(options.recirculationSet.size()));
    h.addData(opts);
    for (const std::string &s : options.only)
        h.addData(QByteArray::fromStdString("|only=" + s));
    return h.result();
}

std::optional<SolveResult> SolveCache::find(const QByteArray &key)
{
    const std::lock_guard lock(m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (it->first == key) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            return m_entries.front().second;
        }
    return std::nullopt;
}

void SolveCache::insert(const QByteArray &key, const SolveResult &result)
{
    const std::lock_guard lock(m_mutex);
    m_entries.remove_if([&](const auto &e) { return e.first == key; });
    m_entries.emplace_front(key, result);
    while (m_entries.size() > m_capacity)
        m_entries.pop_back();
}

void SolveCache::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

size_t SolveCache::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace aif
