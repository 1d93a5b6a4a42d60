#include "guidedtour.h"

#include "document.h"
#include "help/helpbrowser.h"
#include "mainwindow.h"
#include "report/keyfigures.h"
#include "selectionmodel.h"
#include "solvejob.h"

#include <QHBoxLayout>

#include <algorithm>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace aif {

namespace {

bool selectedKind(const MainWindow *w, EntityKind kind)
{
    for (const QString &id : w->selection()->selected())
        if (const auto ref = w->document()->project().find(id.toStdString()); ref && ref->kind == kind)
            return true;
    return false;
}

QString firstId(const MainWindow *w, EntityKind kind)
{
    const Project &p = w->document()->project();
    for (int i = 0; i < p.count(kind); ++i) {
        const QString id = QString::fromStdString(p.idOf({kind, i}));
        if (kind != EntityKind::Rack || !p.racks[size_t(i)].system.empty())   // a GPU rack
            return id;
    }
    return {};
}

} // namespace

GuidedTour::GuidedTour(MainWindow *window)
    : QDockWidget(tr("Guided tour"), window)
    , m_window(window)
    , m_progress(new QLabel)
    , m_text(new QLabel)
    , m_back(new QPushButton(tr("◀ Back")))
    , m_showMe(new QPushButton(tr("Show me")))
    , m_next(new QPushButton(tr("Next ▶")))
    , m_poll(new QTimer(this))
{
    setObjectName("guidedTour");
    m_text->setObjectName("tourText");
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setMinimumWidth(280);
    m_text->setMinimumHeight(150);   // the longest step's three paragraphs at the default font
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &page) { HelpBrowser::show(m_window, page); });
    m_back->setObjectName("tourBack");
    m_showMe->setObjectName("tourShowMe");
    m_next->setObjectName("tourNext");
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_showMe);
    buttons->addWidget(m_next);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setWidget(body);
    buildSteps();
    connect(m_back, &QPushButton::clicked, this, [this] { show(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_step + 1 < stepCount())
            show(m_step + 1);
        else
            close();   // Finish
    });
    connect(m_showMe, &QPushButton::clicked, this, [this] {
        if (m_steps[size_t(m_step)].showMe)
            m_steps[size_t(m_step)].showMe();
        refresh();
    });
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &GuidedTour::refresh);
}

void GuidedTour::start()
{
    show(0);
    QDockWidget::show();
    raise();
    m_poll->start();
}

bool GuidedTour::stepDone() const
{
    const Step &s = m_steps[size_t(m_step)];
    return !s.done || s.done();
}

QString GuidedTour::figureText(const char *key) const
{
    const std::shared_ptr<const SolveResult> r = m_window->lastSolve();
    if (!r)
        return QStringLiteral("—");
    const std::vector<KeyFigure> figures = keyFigures(*r);
    const KeyFigure *f = findFigure(figures, QString::fromLatin1(key));
    return f && f->valid() ? f->text() + " " + f->unit : QStringLiteral("—");
}

void GuidedTour::show(int step)
{
    m_step = std::clamp(step, 0, stepCount() - 1);
    refresh();
}

void GuidedTour::refresh()
{
    // The text is rebuilt each time: the last steps quote the figures of the latest solve.
    buildSteps();
    const Step &fresh = m_steps[size_t(m_step)];
    m_progress->setText(tr("<b>Step %1 of %2: %3</b>").arg(m_step + 1).arg(stepCount()).arg(fresh.title));
    const bool done = stepDone();
    m_text->setText(QStringLiteral("<p>%1</p><p><i>%2</i></p><p>%3</p>")
                        .arg(fresh.todo, fresh.physics,
                             done ? tr("✓ Done.") + (m_step + 1 < stepCount() ? tr(" Press Next.") : QString())
                                  : tr("<a href=\"glossary\">Glossary</a>")));
    m_back->setEnabled(m_step > 0);
    m_showMe->setEnabled(!done && bool(fresh.showMe));
    m_next->setEnabled(done);
    m_next->setText(m_step + 1 < stepCount() ? tr("Next ▶") : tr("Finish"));
}

void GuidedTour::buildSteps()
{
    MainWindow *w = m_window;
    const Project &p = w->document()->project();
    auto view = [w](const char *name) { return [w, name] { return w->currentViewName() == QLatin1String(name); }; };
    auto showView = [w](const char *name) { return [w, name] { w->showView(QString::fromLatin1(name)); }; };
    auto solved = [w] { return w->lastSolve() && !w->solving() && w->lastSolve()->tco; };
    m_steps = {
        {tr("Start from four racks"),
         tr("Open the template <b>First AI factory</b> (File ▸ New from template), or press Show me."),
         tr("An AI factory turns electricity into tokens: racks of GPU servers, the cooling that carries "
            "their heat away and the power chain that feeds them."),
         [w] { return w->document()->project().racks.size() >= 4 && !w->document()->project().deployments.empty(); },
         [w] { w->openTemplate(QStringLiteral("first-ai-factory")); }},
        {tr("Place racks"),
         tr("On the <b>Floor plan</b>, click a GPU rack to select it; the inspector shows what it holds (%1 GPU racks here).")
             .arg(std::count_if(p.racks.begin(), p.racks.end(), [](const Rack &r) { return !r.system.empty(); })),
         tr("Each HGX H100 server holds 8 GPUs; a rack's power is its servers' power, and all of it ends up as heat."),
         [w] { return selectedKind(w, EntityKind::Rack); },
         [w] { w->showView(QStringLiteral("floorplan")); w->selection()->setSelected({firstId(w, EntityKind::Rack)}); }},
        {tr("Cool them"),
         tr("Open the <b>Cooling</b> tab: the air units that carry the racks' heat to the chillers."),
         tr("Air carries heat = airflow × density × heat capacity × temperature rise: more kilowatts need more "
            "airflow or a larger rise."),
         view("cooling"), showView("cooling")},
        {tr("Check the temperatures"),
         tr("Open the <b>Thermal</b> tab: every rack's inlet air temperature."),
         tr("ASHRAE TC 9.9 recommends 18–27 °C at the server inlets: hot exhaust drawn back into the fronts "
            "(recirculation) is what pushes racks over."),
         view("thermal"), showView("thermal")},
        {tr("Power them"),
         tr("Open the <b>Power</b> tab: utility, UPS and PDUs feeding every rack."),
         tr("Each stage loses a few per cent as heat (a no-load, a proportional and a square term); the UPS "
            "keeps the racks running when the utility fails."),
         view("power"), showView("power")},
        {tr("Read the PUE"),
         tr("Open the <b>Overview</b>: the facility's power beside the IT power."),
         tr("PUE = facility power ÷ IT power: 1.0 would mean no losses and no cooling."),
         view("overview"), showView("overview")},
        {tr("Run a model"),
         tr("In the Project tree, open <b>Deployments</b> and select the Llama deployment: the model, the GPUs and "
            "the parallelism (TP) it runs with."),
         tr("Serving a language model is mostly moving weights and cache through GPU memory: tokens per second "
            "follow memory bandwidth and batch size."),
         [w] { return selectedKind(w, EntityKind::Deployment); },
         [w] { w->selection()->setSelected({firstId(w, EntityKind::Deployment)}); }},
        {tr("Solve"),
         tr("Press <b>F5</b> (Analyze ▸ Solve): power, temperatures, tokens and cost, coupled."),
         tr("The coupled twin iterates: hot GPUs throttle and draw less, which changes the heat and the power, "
            "until the operating point settles."),
         solved, [w] { w->solve(); }},
        {tr("Tokens per watt"),
         tr("Open the <b>Dashboard</b>: this factory makes %1 (tokens per joule = tokens per watt-second).")
             .arg(figureText("tokensPerJoule")),
         tr("Tokens per joule = tokens per second ÷ facility watts: better GPUs, better cooling and a lower PUE "
            "all raise it."),
         view("dashboard"), showView("dashboard")},
        {tr("Cost per million tokens"),
         tr("On the Dashboard, click <b>Cost per million tokens</b> (%1) to see how it is computed.")
             .arg(figureText("usdPerMtok")),
         tr("$/Mtok = (capital cost per year + electricity, cooling and staff per year) ÷ millions of tokens per "
            "year: idle GPUs cost as much as busy ones."),
         [w, solved] { return solved() && w->currentViewName() == QLatin1String("dashboard"); }, showView("dashboard")},
    };
}

} // namespace aif
