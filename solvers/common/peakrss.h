#pragma once

// Peak resident set of this process (VmHWM) in MiB, for the benchmarks' memory figures (`aif
// bench`, the studio's --bench-open). Linux; 0 elsewhere.
#include <QByteArray>
#include <QFile>

namespace aif {

inline double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

} // namespace aif
