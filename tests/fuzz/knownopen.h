#pragma once

#include <QString>

#include <map>
#include <set>
#include <string>

namespace aif::fuzz {

// tests/data/fuzz/known-open.txt: findings that are known and not fixed yet, so the suite stays
// green while they are open. One per line, '#' starts a comment (say where the bug is):
//   file crash-1a2b3c4d.aifactory      # a corpus file replayed and reported, not failed
//   signature non-finite /twin/pue     # random cases whose finding starts with this
// Remove the line with the fix: the suite then fails if the bug is back.
class KnownOpen
{
public:
    bool load(const QString &path, QString *error);   // a missing file is an empty list

    bool isOpenFile(const QString &fileName) const { return m_files.contains(fileName); }
    // The listed signature `signature` starts with, or "".
    std::string match(const std::string &signature) const;

private:
    std::set<QString> m_files;
    std::set<std::string> m_signatures;
};

} // namespace aif::fuzz
