#include "cli.h"

#include "catalog.h"

#include <cstdio>

namespace aif::cli {

Args::Args(QStringList args)
    : m_args(std::move(args))
{}

bool Args::flag(const QString &name)
{
    const qsizetype i = m_args.indexOf("--" + name);
    if (i < 0)
        return false;
    m_args.removeAt(i);
    return true;
}

bool Args::option(const QString &name, QString *value)
{
    const QString key = "--" + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == key) {
            if (i + 1 >= m_args.size()) {
                m_missingValue = true;
                m_args.removeAt(i);
                return false;
            }
            *value = m_args[i + 1];
            m_args.remove(i, 2);
            return true;
        }
        if (m_args[i].startsWith(key + "=")) {
            *value = m_args[i].mid(key.size() + 1);
            m_args.removeAt(i);
            return true;
        }
    }
    return false;
}

QStringList Args::positional() const
{
    QStringList p;
    for (const QString &a : m_args) {
        if (!a.startsWith("--") || a == "-")
            p << a;
    }
    return p;
}

QString Args::unknownOption() const
{
    for (const QString &a : m_args) {
        if (a.startsWith("--"))
            return a;
    }
    return {};
}

void printError(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

std::unique_ptr<Catalog> openCatalog()
{
    QString error;
    std::unique_ptr<Catalog> c = Catalog::open(&error);
    if (!c)
        printError("aif: " + error);
    else
        for (const QString &w : c->warnings())
            printError("aif: warning: user catalog: " + w);
    return c;
}

} // namespace aif::cli
