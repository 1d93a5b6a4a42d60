#pragma once

#include "theme.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace aif {

// The studio's preferences as stored in QSettings (Edit ▸ Preferences…). Units, theme, autosave
// and the solver fidelity apply at once; the language and the catalog folder at the next start
// (the translator and the catalog are loaded before the window exists).
struct Preferences
{
    int units = 0;                  // 0 SI, 1 US ("units/system")
    QString language;               // "" follows the system locale; else a locale name ("en", "zh_CN")
    Theme theme = Theme::Light;
    int autosaveSeconds = 60;       // 5..600
    bool airFieldByDefault = false; // a design opens at T1 (3D air field) instead of T0
    QString catalogDir;             // user catalog folder; "" is the default one

    static Preferences stored();
    void store() const;
    // The languages the studio can show: English and every bundled translation (:/i18n).
    static QStringList languages();
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_units;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_autosave;
    QComboBox *m_fidelity;
    QLineEdit *m_catalogDir;
};

} // namespace aif
