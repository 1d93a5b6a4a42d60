#include "knownopen.h"

#include <QFile>

namespace aif::fuzz {

bool KnownOpen::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + ": " + f.errorString();
        return false;
    }
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(f.readLine());
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString kind = line.left(space);
        const QString value = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (kind == QLatin1String("file") && !value.isEmpty()) {
            m_files.insert(value);
        } else if (kind == QLatin1String("signature") && !value.isEmpty()) {
            m_signatures.insert(value.toStdString());
        } else {
            *error = QStringLiteral("%1:%2: expected 'file NAME' or 'signature TEXT'").arg(path).arg(lineNumber);
            return false;
        }
    }
    return true;
}

std::string KnownOpen::match(const std::string &signature) const
{
    for (const std::string &s : m_signatures) {
        if (signature.starts_with(s))
            return s;
    }
    return {};
}

} // namespace aif::fuzz
