#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace aif {

namespace {

// With Qt 6.4, going back from dark to light left the widgets in the dark palette although the
// application's was light (tst_layout darkTheme): QApplication::setPalette does not always
// notify them. Tell every widget, so each resolves its palette again.
void repaletteWidgets()
{
    QEvent change(QEvent::ApplicationPaletteChange);
    for (QWidget *w : QApplication::allWidgets())
        QCoreApplication::sendEvent(w, &change);
}

} // namespace

void applyTheme(Theme theme)
{
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    if (theme == Theme::Light) {
        // Every role set explicitly: a palette that sets nothing (the style's standard one) is
        // "unchanged" to Qt 6, which would leave the widgets in the dark palette they had.
        const QPalette standard = QApplication::style()->standardPalette();
        QPalette p;
        for (int g = 0; g < QPalette::NColorGroups; ++g) {
            for (int r = 0; r < QPalette::NColorRoles; ++r) {
                const auto group = QPalette::ColorGroup(g);
                const auto role = QPalette::ColorRole(r);
                p.setColor(group, role, standard.color(group, role));
            }
        }
        QApplication::setPalette(p);
        repaletteWidgets();
        return;
    }
    // Greys with enough contrast for text (about 12:1 for the base text, WCAG AA for the
    // disabled text) and the link and highlight blues lightened for a dark ground.
    QPalette p;
    const QColor window(45, 47, 51), base(30, 31, 34), text(230, 230, 230), disabled(140, 140, 140);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 40, 44));
    p.setColor(QPalette::ToolTipBase, QColor(60, 62, 66));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    p.setColor(QPalette::Highlight, QColor(60, 120, 210));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 72, 76));
    p.setColor(QPalette::Midlight, QColor(58, 60, 64));
    p.setColor(QPalette::Mid, QColor(35, 36, 39));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, disabled);
    QApplication::setPalette(p);
    repaletteWidgets();
}

Theme storedTheme()
{
    return QSettings().value("ui/theme", "light").toString() == "dark" ? Theme::Dark : Theme::Light;
}

void storeTheme(Theme theme)
{
    QSettings().setValue("ui/theme", theme == Theme::Dark ? "dark" : "light");
}

} // namespace aif
