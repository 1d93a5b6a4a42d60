#include "newprojectwizard.h"

#include "catalog.h"
#include "generator/sizing.h"
#include "generator/supernode.h"
#include "units.h"

#include <QCoreApplication>
#include <QtConcurrent>
#include <functional>
#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aif {

namespace {
// The generator's words for a wizard choice, in the studio's language.
QString choiceWords(const std::string &field, const std::string &value)
{
    return QCoreApplication::translate("aif::generator::Choice", generator::describeChoice(field, value).c_str());
}
} // namespace

using namespace generator;

namespace {

// A wizard page whose Next/Finish follows a predicate.
class WizardStep : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return true; };
    std::function<void()> entered = [] {};
    bool isComplete() const override { return complete(); }
    void initializePage() override { entered(); }
    void changed() { emit completeChanged(); }
};

QRadioButton *addChoice(QButtonGroup *group, QVBoxLayout *layout, const std::string &field, const std::string &value,
                        const QString &label, QWidget *parent)
{
    auto *b = new QRadioButton(label, parent);
    b->setObjectName(QString::fromStdString(field + "_" + value));
    auto *why = new QLabel(choiceWords(field, value), parent);
    why->setObjectName(QString::fromStdString(field + "_" + value + "_why"));
    why->setWordWrap(true);
    why->setIndent(24);
    why->setStyleSheet("color: palette(mid);");
    layout->addWidget(b);
    layout->addWidget(why);
    group->addButton(b);
    b->setProperty("choice", QString::fromStdString(value));
    return b;
}

QString checkedChoice(const QButtonGroup *group)
{
    return group->checkedButton() ? group->checkedButton()->property("choice").toString() : QString();
}

void checkChoice(QButtonGroup *group, const std::string &value)
{
    for (QAbstractButton *b : group->buttons())
        if (b->property("choice").toString().toStdString() == value)
            b->setChecked(true);
}

} // namespace

NewProjectWizard::NewProjectWizard(const Catalog *catalog, QWidget *parent)
    : QWizard(parent)
    , m_catalog(catalog)
{
    setObjectName("newProjectWizard");
    setWindowTitle(tr("New AI factory"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SitePage, sitePage());
    setPage(LoadPage, loadPage());
    setPage(ArchitecturePage, architecturePage());
    setPage(SummaryPage, summaryPage());
    setRequest(DesignRequest());
    resize(720, 560);
    connect(&m_watcher, &QFutureWatcher<GenerateResult>::finished, this, &NewProjectWizard::showResult);
}

NewProjectWizard::~NewProjectWizard()
{
    // A generation cannot be interrupted; the catalog it reads belongs to the main window,
    // which may go right after this dialog.
    m_watcher.waitForFinished();
    for (QFuture<GenerateResult> &f : m_stale)
        f.waitForFinished();
}

QWizardPage *NewProjectWizard::sitePage()
{
    auto *page = new WizardStep;
    page->setTitle(tr("Site"));
    page->setSubTitle(tr("Where the AI factory stands: its weather drives free cooling, its prices the cost per token."));
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName("siteName");
    m_location = new QLineEdit(page);
    m_location->setObjectName("siteLocation");
    m_location->setPlaceholderText(tr("(the climate's city)"));
    m_climate = new QComboBox(page);
    m_climate->setObjectName("climate");
    if (m_catalog)
        for (const CatalogEntry *e : m_catalog->entries("climate"))
            m_climate->addItem(QString::fromStdString(e->name), QString::fromStdString(e->id));
    m_climate->setToolTip(tr("Weather normals bundled with the studio (catalog \"climate\"), with their sources"));
    m_tariff = new QDoubleSpinBox(page);
    m_tariff->setObjectName("tariff");
    m_tariff->setRange(0.0, 10.0);
    m_tariff->setDecimals(3);
    m_tariff->setSingleStep(0.005);
    m_tariff->setSuffix(" USD/kWh");
    m_tariff->setToolTip(tr("Price of electricity drawn by the site"));
    m_carbon = new QDoubleSpinBox(page);
    m_carbon->setObjectName("carbon");
    m_carbon->setRange(0.0, 2000.0);
    m_carbon->setDecimals(0);
    m_carbon->setSuffix(QStringLiteral(" gCO₂/kWh"));
    m_carbon->setSpecialValueText(tr("the climate's grid"));
    m_carbon->setToolTip(tr("Carbon intensity of the grid electricity; 0 uses the yearly figure bundled with the "
                            "climate's location (eGRID2023 subregion in the US, Ember elsewhere; docs/energy.md). "
                            "For scale: the US grid averaged about 370 g/kWh in 2023 (EIA)."));
    form->addRow(tr("Project name"), m_name);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Climate"), m_climate);
    form->addRow(tr("Electricity price"), m_tariff);
    form->addRow(tr("Grid carbon intensity"), m_carbon);
    page->complete = [this] { return !m_name->text().trimmed().isEmpty(); };
    connect(m_name, &QLineEdit::textChanged, page, [page] { page->changed(); });
    return page;
}

QWizardPage *NewProjectWizard::loadPage()
{
    auto *page = new WizardStep;
    page->setTitle(tr("IT load and racks"));
    page->setSubTitle(tr("How much GPU power to install, in which rack system, over how many halls."));
    auto *form = new QFormLayout(page);
    m_itMw = new QDoubleSpinBox(page);
    m_itMw->setObjectName("itMw");
    m_itMw->setRange(0.01, 2000.0);
    m_itMw->setDecimals(2);
    m_itMw->setSuffix(" MW");
    m_itMw->setToolTip(tr("IT load of the GPU systems at their nameplate power; whole racks are installed, so the "
                          "design lands on the nearest whole number of racks (at least one rack or supernode)"));
    m_system = new QComboBox(page);
    m_system->setObjectName("system");
    if (m_catalog) {
        for (const CatalogEntry *e : m_catalog->entries("systems")) {
            const Json &d = e->data;
            if (isSupernodePart(*m_catalog, e->id) || d.value("gpuCount", 0) <= 0 || d.value("maxPowerW", 0.0) <= 0)
                continue;   // a rack of a supernode: the supernode is offered whole
            const QString cooling = d.value("cooling", std::string("air")) == "air" ? tr("air") : tr("liquid");
            m_system->addItem(tr("%1 — %2 GPUs, %3 per system, %4-cooled")
                                  .arg(QString::fromStdString(e->name))
                                  .arg(d.value("gpuCount", 0))
                                  .arg(units::format(d.value("maxPowerW", 0.0), Quantity::Power, units::currentSystem()))
                                  .arg(cooling),
                              QString::fromStdString(e->id));
        }
    }
    m_halls = new QSpinBox(page);
    m_halls->setObjectName("halls");
    m_halls->setRange(0, kMaxHalls);
    m_halls->setSpecialValueText(tr("As many as the load needs"));
    m_halls->setToolTip(tr("Halls to split the racks over; at most %1 MW of IT go in one hall (what its 13.8 kV utility "
                           "feeder carries)").arg(kHallMaxW / 1e6, 0, 'f', 1));
    m_model = new QComboBox(page);
    m_model->setObjectName("model");
    m_model->addItem(tr("Chosen for the GPU"), QString());
    if (m_catalog)
        for (const CatalogEntry *e : m_catalog->entries("models"))
            m_model->addItem(QString::fromStdString(e->name), QString::fromStdString(e->id));
    m_model->setToolTip(tr("The LLM of the first deployment, served on every GPU; you can add more later"));
    form->addRow(tr("Target IT load"), m_itMw);
    form->addRow(tr("Rack system"), m_system);
    form->addRow(tr("Halls"), m_halls);
    form->addRow(tr("First workload"), m_model);
    connect(m_system, &QComboBox::currentIndexChanged, this, &NewProjectWizard::updateChoices);
    return page;
}

QWizardPage *NewProjectWizard::architecturePage()
{
    auto *page = new WizardStep;
    page->setTitle(tr("Cooling and power"));
    page->setSubTitle(tr("The architectures the units are sized for; every unit stays editable afterwards."));
    auto *layout = new QVBoxLayout(page);
    auto *cooling = new QGroupBox(tr("Cooling"), page);
    auto *cl = new QVBoxLayout(cooling);
    m_cooling = new QButtonGroup(this);
    addChoice(m_cooling, cl, "cooling", "air", tr("Air with containment"), cooling);
    addChoice(m_cooling, cl, "cooling", "rdhx", tr("Rear-door heat exchangers"), cooling);
    addChoice(m_cooling, cl, "cooling", "liquid", tr("Direct liquid cooling with CDUs"), cooling);
    addChoice(m_cooling, cl, "cooling", "hybrid", tr("Hybrid: liquid with CDUs plus room air"), cooling);
    auto *power = new QGroupBox(tr("Power"), page);
    auto *pl = new QVBoxLayout(power);
    m_power = new QButtonGroup(this);
    addChoice(m_power, pl, "power", "ac", tr("AC with UPS"), power);
    addChoice(m_power, pl, "power", "hvdc800", tr("800 VDC"), power);
    addChoice(m_power, pl, "power", "48v", tr("48 V busway"), power);
    auto *form = new QFormLayout;
    m_redundancy = new QComboBox(page);
    m_redundancy->setObjectName("redundancy");
    for (const std::string &r : redundancyChoices())
        m_redundancy->addItem(QString::fromStdString(r == "n" ? "N" : r == "n+1" ? "N+1" : "2N") + " — "
                                  + choiceWords("redundancy", r),
                              QString::fromStdString(r));
    form->addRow(tr("Redundancy"), m_redundancy);
    layout->addWidget(cooling);
    layout->addWidget(power);
    layout->addLayout(form);
    page->complete = [this] { return m_cooling->checkedButton() && m_power->checkedButton(); };
    connect(m_cooling, &QButtonGroup::buttonClicked, page, [page] { page->changed(); });
    connect(m_power, &QButtonGroup::buttonClicked, page, [page] { page->changed(); });
    return page;
}

QWizardPage *NewProjectWizard::summaryPage()
{
    auto *page = new WizardStep;
    page->setTitle(tr("What will be built"));
    page->setSubTitle(tr("The starting design, sized to the load with the redundancy you chose. Finish to open it."));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName("wizardSummary");
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_busy = new QProgressBar(page);
    m_busy->setObjectName("wizardBusy");
    m_busy->setRange(0, 0);   // busy: no known end
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addWidget(m_summary, 1);
    page->entered = [this, page] {
        generate();
        page->changed();
    };
    page->complete = [this] { return m_result.ok && !m_watcher.isRunning(); };
    page->setFinalPage(true);
    return page;
}

void NewProjectWizard::updateChoices()
{
    const Json *sys = m_catalog ? m_catalog->entry("systems", m_system->currentData().toString().toStdString()) : nullptr;
    const bool liquid = sys && sys->value("cooling", std::string("air")) != "air";
    for (QAbstractButton *b : m_cooling->buttons()) {
        const QString c = b->property("choice").toString();
        const bool ok = liquid ? c != "air" : (c == "air" || c == "rdhx");
        b->setEnabled(ok);
        b->setToolTip(ok ? QString() : liquid ? tr("This system is liquid-cooled") : tr("This system is air-cooled"));
        if (!ok && b->isChecked()) {
            checkChoice(m_cooling, liquid ? "hybrid" : "air");
        }
    }
    // A liquid-cooled system takes its liquid heat to CDUs whichever is chosen: rear doors then
    // build what "liquid" builds, and the text says so.
    if (auto *why = findChild<QLabel *>("cooling_rdhx_why"))
        why->setText(liquid ? tr("for a liquid-cooled system the same design as \"Direct liquid cooling\": CDUs take the "
                                 "liquid share, a rear door on every rack the rest")
                            : choiceWords("cooling", "rdhx"));
}

DesignRequest NewProjectWizard::request() const
{
    DesignRequest r;
    r.name = m_name->text().trimmed().toStdString();
    r.location = m_location->text().trimmed().toStdString();
    r.climate = m_climate->currentData().toString().toStdString();
    r.tariffUsdPerKwh = m_tariff->value();
    r.gridCarbonGPerKwh = m_carbon->value();
    r.itMw = m_itMw->value();
    r.system = m_system->currentData().toString().toStdString();
    r.halls = m_halls->value();
    r.model = m_model->currentData().toString().toStdString();
    r.cooling = checkedChoice(m_cooling).toStdString();
    r.power = checkedChoice(m_power).toStdString();
    r.redundancy = m_redundancy->currentData().toString().toStdString();
    return r;
}

void NewProjectWizard::setRequest(const DesignRequest &r)
{
    m_name->setText(QString::fromStdString(r.name));
    m_location->setText(QString::fromStdString(r.location));
    m_climate->setCurrentIndex(std::max(0, m_climate->findData(QString::fromStdString(r.climate))));
    m_tariff->setValue(r.tariffUsdPerKwh);
    m_carbon->setValue(r.gridCarbonGPerKwh);
    m_itMw->setValue(r.itMw);
    m_system->setCurrentIndex(std::max(0, m_system->findData(QString::fromStdString(r.system))));
    m_halls->setValue(r.halls);
    m_model->setCurrentIndex(std::max(0, m_model->findData(QString::fromStdString(r.model))));
    checkChoice(m_cooling, r.cooling);
    checkChoice(m_power, r.power);
    m_redundancy->setCurrentIndex(std::max(0, m_redundancy->findData(QString::fromStdString(r.redundancy))));
    updateChoices();
}

void NewProjectWizard::generate()
{
    m_result = GenerateResult();
    if (!m_catalog) {
        m_summary->setText(tr("No catalog"));
        return;
    }
    // The request is checked before anything is built; what is left runs on a worker thread.
    ++m_run;   // a run still going is now stale
    m_stale.removeIf([](const QFuture<GenerateResult> &f) { return f.isFinished(); });
    if (m_watcher.isRunning())
        m_stale.append(m_watcher.future());
    const DesignRequest r = request();
    if (const std::string why = checkRequest(r, *m_catalog); !why.empty()) {
        m_result.error = why;
        showResult();
        return;
    }
    m_summary->setText(tr("Sizing halls, cooling, power and the fabric for %1…")
                           .arg(units::format(r.itMw * 1e6, Quantity::Power, units::currentSystem())));
    m_busy->show();
    const Catalog *catalog = m_catalog;   // thread-safe reads; owned by the main window
    m_watcher.setProperty("run", m_run);
    m_watcher.setFuture(QtConcurrent::run([r, catalog] { return generateDesign(r, *catalog); }));
}

void NewProjectWizard::showResult()
{
    if (m_watcher.isFinished() && m_watcher.property("run").toInt() == m_run && m_watcher.future().resultCount() > 0) {
        m_result = m_watcher.result();
        m_watcher.setProperty("run", -1);   // taken
    }
    m_busy->hide();
    if (auto *page = dynamic_cast<WizardStep *>(this->page(SummaryPage)))
        page->changed();
    if (!m_result.ok) {
        m_summary->setText(tr("<p style='color:#b00020'><b>This design cannot be built:</b> %1</p>"
                              "<p>Go back and change the choice it names.</p>")
                               .arg(QString::fromStdString(m_result.error).toHtmlEscaped()));
        return;
    }
    const BuiltCounts &s = m_result.summary;
    const UnitSystem u = units::currentSystem();
    const Project &p = m_result.project;
    QString halls;
    for (const Hall &h : p.halls)
        halls += QStringLiteral("<li>%1: %2 × %3</li>")
                     .arg(QString::fromStdString(h.name).toHtmlEscaped(), units::format(h.widthM, Quantity::Length, u),
                          units::format(h.depthM, Quantity::Length, u));
    // One multi-argument arg(): a name holding "%1" is text, not a place for the next value.
    const QString deployment = p.deployments.empty() ? tr("none") : QString::fromStdString(p.deployments.front().name).toHtmlEscaped();
    m_summary->setText(tr("<p><b>%1</b></p><ul>%2</ul>"
                          "<table cellpadding=3>"
                          "<tr><td>Rows</td><td align=right>%3</td></tr>"
                          "<tr><td>Racks (GPU racks)</td><td align=right>%4 (%5)</td></tr>"
                          "<tr><td>GPUs</td><td align=right>%6</td></tr>"
                          "<tr><td>IT load at nameplate</td><td align=right>%7</td></tr>"
                          "<tr><td>Air units</td><td align=right>%8</td></tr>"
                          "<tr><td>CDUs</td><td align=right>%9</td></tr>"
                          "<tr><td>Heat-rejection units</td><td align=right>%10</td></tr>"
                          "<tr><td>Power equipment</td><td align=right>%11</td></tr>"
                          "<tr><td>Switches</td><td align=right>%12</td></tr>"
                          "<tr><td>Deployment</td><td align=right>%13</td></tr>"
                          "</table>")
                           .arg(QString::fromStdString(p.site().name).toHtmlEscaped(), halls, QString::number(s.rows),
                                QString::number(s.racks), QString::number(s.gpuRacks), QString::number(s.gpus),
                                units::format(s.itNameplateW, Quantity::Power, u), QString::number(s.airUnits),
                                QString::number(s.cdus), QString::number(s.heatRejectionUnits),
                                QString::number(s.powerNodes), QString::number(s.switches), deployment));
}

} // namespace aif
