// Edit ▸ Preferences (the dialog, and what of it applies without a restart) and Help ▸ Guided
// tour: the studio's settings and its first-run help.
#include "mainwindow.h"
#include "guidedtour.h"
#include "preferences.h"

#include "autosave.h"

#include <QAction>
#include <QActionGroup>

namespace aif {

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(Preferences::stored(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences p = dialog.preferences();
    p.store();
    // What applies at once; the language and the catalog folder wait for the next start.
    if (QAction *a = m_unitsGroup->actions().value(p.units))
        a->setChecked(true);
    setUnits(p.units);
    applyTheme(p.theme);
    for (QAction *a : findChildren<QAction *>())
        if (a->objectName() == "themeDark" || a->objectName() == "themeLight")
            a->setChecked((a->objectName() == "themeDark") == (p.theme == Theme::Dark));
    m_autosave->setIntervalMs(Autosave::configuredIntervalMs());
}

GuidedTour *MainWindow::startTour()
{
    if (!m_tour) {
        m_tour = new GuidedTour(this);
        addDockWidget(Qt::RightDockWidgetArea, m_tour);
    }
    m_tour->start();
    return m_tour;
}

} // namespace aif
