#pragma once

#include <QTranslator>

namespace aif {

// The studio's translator: a QTranslator that also finds a message filed under the context
// lupdate gave it when that differs from the one tr() asks for at run time. lupdate's C++ parser
// loses the enclosing namespace in a few files (C++17 nested namespaces in their headers), filing
// "aif::N1Panel" strings under "N1Panel", and free tr() helpers in namespace aif under "aif":
// so "aif::X" falls back to "X", then to "aif".
class StudioTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

    // Loads the embedded catalogue for `locale` (":/i18n/ai-factory-studio_<locale>.qm").
    bool loadFor(const QLocale &locale);
};

// Qt's own catalogue (qtbase: the standard buttons, file and colour dialogs, context menus of
// text fields) for `locale` from the system's Qt translations (qt6-translations-l10n). Loaded only
// with a studio catalogue, so Qt's dialogs never speak a language the studio does not.
bool loadQtTranslations(QTranslator *translator, const QLocale &locale);

} // namespace aif
