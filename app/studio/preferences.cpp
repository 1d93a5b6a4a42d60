#include "preferences.h"

#include "autosave.h"
#include "catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace aif {

Preferences Preferences::stored()
{
    QSettings s;
    Preferences p;
    p.units = s.value("units/system", 0).toInt() == 1 ? 1 : 0;
    p.language = s.value("ui/language").toString();
    p.theme = storedTheme();
    p.autosaveSeconds = Autosave::configuredIntervalMs() / 1000;
    p.airFieldByDefault = s.value("solve/airFieldByDefault", false).toBool();
    p.catalogDir = s.value("catalog/userDir").toString();
    return p;
}

void Preferences::store() const
{
    QSettings s;
    s.setValue("units/system", units);
    s.setValue("ui/language", language);
    s.setValue("ui/theme", theme == Theme::Dark ? "dark" : "light");
    s.setValue("autosave/intervalSeconds", autosaveSeconds);
    s.setValue("solve/airFieldByDefault", airFieldByDefault);
    s.setValue("catalog/userDir", catalogDir);
}

QStringList Preferences::languages()
{
    QStringList names{QStringLiteral("en")};
    for (const QString &qm : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("ai-factory-studio_*.qm")}))
        names << qm.mid(int(qstrlen("ai-factory-studio_")), qm.size() - int(qstrlen("ai-factory-studio_")) - 3);
    return names;
}

PreferencesDialog::PreferencesDialog(const Preferences &p, QWidget *parent)
    : QDialog(parent)
    , m_units(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_fidelity(new QComboBox(this))
    , m_catalogDir(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName("preferencesDialog");
    m_units->setObjectName("prefUnits");
    m_units->addItems({tr("SI (°C, kW, m³/s, L/min)"), tr("US (°F, tons, CFM, gpm)")});
    m_units->setCurrentIndex(p.units);

    m_language->setObjectName("prefLanguage");
    // The C locale of a bare system has no language name: say which locale it is instead.
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(tr("System (%1)").arg(system.isEmpty() ? QLocale::system().name() : system), QString());
    for (const QString &name : Preferences::languages())
        m_language->addItem(QLocale(name).nativeLanguageName(), name);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));

    m_theme->setObjectName("prefTheme");
    m_theme->addItem(tr("Light"));
    m_theme->addItem(tr("Dark"));
    m_theme->setCurrentIndex(p.theme == Theme::Dark ? 1 : 0);

    m_autosave->setObjectName("prefAutosave");
    m_autosave->setRange(5, 600);
    m_autosave->setSingleStep(5);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(p.autosaveSeconds);

    m_fidelity->setObjectName("prefFidelity");
    m_fidelity->addItem(tr("T0 quick model (seconds)"));
    m_fidelity->addItem(tr("T1 3D air field (minutes on a campus)"));
    m_fidelity->setCurrentIndex(p.airFieldByDefault ? 1 : 0);

    m_catalogDir->setObjectName("prefCatalogDir");
    m_catalogDir->setPlaceholderText(Catalog::defaultUserDir());
    m_catalogDir->setText(p.catalogDir);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("User catalog folder"), m_catalogDir->text());
        if (!dir.isEmpty())
            m_catalogDir->setText(dir);
    });
    auto *catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalogDir, 1);
    catalogRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Units"), m_units);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Autosave every"), m_autosave);
    form->addRow(tr("Solve a design with"), m_fidelity);
    form->addRow(tr("User catalog folder"), catalogRow);
    auto *note = new QLabel(tr("Language and catalog folder take effect at the next start."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.units = m_units->currentIndex();
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentIndex() == 1 ? Theme::Dark : Theme::Light;
    p.autosaveSeconds = m_autosave->value();
    p.airFieldByDefault = m_fidelity->currentIndex() == 1;
    p.catalogDir = m_catalogDir->text().trimmed();
    return p;
}

} // namespace aif
