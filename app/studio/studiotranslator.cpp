#include "studiotranslator.h"

#include <QLibraryInfo>
#include <QLocale>

#include <cstring>

namespace aif {

QString StudioTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty() || !context || std::strncmp(context, "aif::", 5) != 0)
        return text;
    text = QTranslator::translate(context + 5, sourceText, disambiguation, n);
    return text.isEmpty() ? QTranslator::translate("aif", sourceText, disambiguation, n) : text;
}

bool StudioTranslator::loadFor(const QLocale &locale)
{
    return load(locale, QStringLiteral("ai-factory-studio"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

bool loadQtTranslations(QTranslator *translator, const QLocale &locale)
{
    return translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace aif
