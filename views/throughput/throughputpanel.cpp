#include "throughputpanel.h"

#include "../selectionmodel.h"
#include "catalog.h"
#include "common/newentity.h"
#include "deploymenteditor.h"
#include "deploymentevaluation.h"
#include "deploymenttable.h"
#include "document.h"
#include "operatingpointsummary.h"
#include "paretochart.h"
#include "throughput/throughputsolver.h"
#include "units.h"
#include "waterfallchart.h"
#include "whybreakdown.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {

QString num(double v, int decimals = 0)
{
    return QLocale::system().toString(v, 'f', decimals);
}

} // namespace

ThroughputPanel::ThroughputPanel(Document *document, SelectionModel *selection,
                                 const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_catalog(catalog)
    , m_projectLine(new QLabel(this))
    , m_table(new DeploymentTable(this))
    , m_editor(new DeploymentEditor(document, catalog, this))
    , m_confidence(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_why(new WhyBreakdown(this))
    , m_pareto(new ParetoChart(this))
    , m_waterfall(new WaterfallChart(this))
    , m_evaluateTimer(new QTimer(this))
{
    setObjectName("throughputPanel");
    m_projectLine->setTextFormat(Qt::RichText);
    m_confidence->setObjectName("confidenceBanner");
    m_confidence->setWordWrap(true);
    m_confidence->setTextFormat(Qt::RichText);
    m_confidence->setStyleSheet(
        "QLabel { background: #ffe2a0; border: 1px solid #d89a00; padding: 4px; }");
    m_confidence->hide();
    m_headline->setObjectName("operatingPoint");
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_headline);
    resultsLayout->addWidget(m_why, 1);
    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(m_editor);
    middle->addWidget(results);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 3);
    middle->setSizes({370, 530});
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_pareto);
    charts->addWidget(m_waterfall);
    charts->setSizes({500, 500});
    // The deployments and what to do with them: a new one (on the racks selected on the plan, or
    // every GPU rack), a copy, delete, and show its GPU pool on the plan.
    auto *deployments = new QWidget(this);
    auto *deploymentsLayout = new QVBoxLayout(deployments);
    deploymentsLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(deployments);
    bar->setObjectName("deploymentToolBar");
    bar->addAction(tr("New deployment"), this, [this] {
        QString why;
        const QString id = newEntity::create(m_document, m_catalog, EntityKind::Deployment, m_selection->selected(), &why);
        if (id.isEmpty())
            emit editRefused(why);
        else
            m_selection->setSelected({id});
    })->setToolTip(tr("On the racks selected on the floor plan, or on every GPU rack"));
    bar->addAction(tr("Duplicate"), this, [this] {
        const Project &p = m_document->project();
        const Deployment *d = p.get<Deployment>(m_current.toStdString());
        if (!d)
            return;
        Json copy = p.toJson(*p.find(d->id));
        copy.erase("id");
        copy["name"] = d->name + " (copy)";
        m_document->beginBatch(tr("Duplicate deployment"));
        const std::string id = m_document->addEntity(EntityKind::Deployment, copy);
        m_document->endBatch();
        m_selection->setSelected({QString::fromStdString(id)});
    });
    bar->addAction(tr("Delete"), this, [this] {
        if (m_document->project().get<Deployment>(m_current.toStdString()))
            m_document->removeEntities({m_current.toStdString()});
    });
    bar->addAction(tr("Show GPU pool"), this, [this] {
        QStringList racks;
        if (const Deployment *d = m_document->project().get<Deployment>(m_current.toStdString()))
            for (const std::string &r : d->racks)
                racks << QString::fromStdString(r);
        m_selection->setSelected(racks);
    })->setToolTip(tr("Selects the deployment's racks on the floor plan and in the 3D view"));
    deploymentsLayout->addWidget(bar);
    deploymentsLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(deployments);
    split->addWidget(middle);
    split->addWidget(charts);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    split->setSizes({120, 370, 290});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_projectLine);
    layout->addWidget(m_confidence);
    // Below about 1500 x 950 with the docks open the tab needs more room than it has: it
    // scrolls rather than squeezing the charts and the results into each other.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(split);
    layout->addWidget(scroll, 1);
    m_headline->installEventFilter(this);

    // Edits arrive in bursts (spin-box steps); one evaluation per burst.
    m_evaluateTimer->setSingleShot(true);
    m_evaluateTimer->setInterval(30);
    connect(m_evaluateTimer, &QTimer::timeout, this, &ThroughputPanel::evaluate);
    connect(document, &Document::changed, this, &ThroughputPanel::onDocumentChanged);
    connect(m_editor, &DeploymentEditor::editRefused, this, &ThroughputPanel::editRefused);
    connect(selection, &SelectionModel::selectionChanged, this, [this] {
        const auto ref = m_document->project().find(m_selection->current().toStdString());
        if (ref && ref->kind == EntityKind::Deployment)
            setCurrentDeployment(m_selection->current());
    });
    connect(m_table, &DeploymentTable::deploymentPicked, this, [this](const QString &id) {
        setCurrentDeployment(id);
        m_selection->setSelected({id});
    });
    if (!document->project().deployments.empty())
        setCurrentDeployment(QString::fromStdString(document->project().deployments.front().id));
    fillSummary();
}

ThroughputPanel::~ThroughputPanel() = default;

void ThroughputPanel::setResult(std::shared_ptr<const throughput::ThroughputResult> result)
{
    m_result = std::move(result);
    m_stale = false;
    fillSummary();
    if (m_evaluation)
        showEvaluation();
}

void ThroughputPanel::setStale(bool stale)
{
    m_stale = stale;
    fillSummary();
    if (m_evaluation)
        showEvaluation();
}

const throughput::DeploymentResult *ThroughputPanel::solvedDeployment() const
{
    if (!m_result || m_stale)
        return nullptr;
    for (const throughput::DeploymentResult &d : m_result->deployments) {
        if (d.ok && QString::fromStdString(d.id) == m_current)
            return &d;
    }
    return nullptr;
}

void ThroughputPanel::setCurrentDeployment(const QString &id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_editor->setDeployment(id);
    fillSummary(); // moves the row selection
    m_dirty = true;
    evaluate();
}

void ThroughputPanel::onDocumentChanged(const ChangeEvent &event)
{
    const Project &p = m_document->project();
    if (event.type == ChangeEvent::Type::Reset || !p.find(m_current.toStdString())) {
        // A new project (or the current deployment removed): start at its first deployment.
        m_current
            = p.deployments.empty() ? QString() : QString::fromStdString(p.deployments.front().id);
        m_editor->setDeployment(m_current);
    }
    fillSummary();
    scheduleEvaluation();
}

void ThroughputPanel::scheduleEvaluation()
{
    // Any edit can matter (a rack's system decides the GPU), but hidden tabs wait until shown.
    m_dirty = true;
    if (isVisible())
        m_evaluateTimer->start();
}

bool ThroughputPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headline && event->type() == QEvent::Resize)
        fitHeadline();
    return QWidget::eventFilter(watched, event);
}

void ThroughputPanel::fitHeadline()
{
    // Splitters ignore height-for-width, and QLabel's own estimate for a rich-text table is
    // about twice too tall: lay the text out at the label's width and reserve that height,
    // so the "why" bars below neither paint over it nor float far below it.
    QTextDocument doc;
    doc.setDefaultFont(m_headline->font());
    doc.setDocumentMargin(0);
    doc.setHtml(m_headline->text());
    doc.setTextWidth(m_headline->width());
    const int h = int(std::ceil(doc.size().height())) + 2 * m_headline->margin() + 4;
    if (h != m_headline->minimumHeight())
        m_headline->setMinimumHeight(h);
}

void ThroughputPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        evaluate();
}

void ThroughputPanel::evaluate()
{
    m_evaluateTimer->stop();
    m_dirty = false;
    m_evaluation.reset();
    if (!m_current.isEmpty() && m_catalog)
        m_evaluation
            = evaluateDeployment(m_document->project(), *m_catalog, m_current.toStdString());
    showEvaluation();
}

void ThroughputPanel::showEvaluation()
{
    const DeploymentEvaluation *e = m_evaluation.get();
    if (!e) {
        const QString message = m_document->project().deployments.empty()
            ? tr("No deployments: add one (an LLM served on a pool of racks) to see throughput.")
            : tr("Select a deployment.");
        m_headline->setText(message);
        fitHeadline();
        m_confidence->hide();
        m_why->clear(message);
        m_pareto->clear(tr("No deployment to plot"));
        m_waterfall->clear(message);
        return;
    }
    // One truth per figure (issue 19): while the last solve is current, the headline shows its
    // operating point (the coupled twin's, with throttling), as the table above and the
    // dashboard do; after an edit, the live estimate at design conditions, and says which.
    QString source;
    if (const throughput::DeploymentResult *solved = solvedDeployment(); solved && e->ok() && !e->training) {
        m_evaluation->op = solved->op;
        source = tr("Figures of the last solve, as in the table above.");
    } else if (e->ok()) {
        source = tr("Live estimate at design conditions (no thermal coupling): Solve (F5) for the operating point.");
    }
    // A fitted cell that is implausible against the datasheet is not "low confidence" (its
    // calibration runs fit), but the user planning outside them should know.
    const QString caveat = e->fitCaveat.isEmpty()
                               ? QString()
                               : QStringLiteral("<p style='color:#8a5a00'>%1</p>")
                                     .arg(tr("Fit caveat: %1.").arg(e->fitCaveat).toHtmlEscaped());
    m_headline->setText(operatingPointHtml(*e)
                        + (source.isEmpty() ? QString()
                                            : QStringLiteral("<p style='color:gray'>%1</p>").arg(source.toHtmlEscaped()))
                        + caveat);
    fitHeadline();
    m_confidence->setVisible(!e->lowConfidence.isEmpty());
    m_confidence->setText(
        tr("<b>⚠ Low confidence</b> for %1: %2. Check these numbers against a benchmark.")
            .arg(m_current.toHtmlEscaped(), e->lowConfidence.join("; ").toHtmlEscaped()));
    if (!e->ok()) {
        const QString message = tr("Cannot evaluate: %1").arg(QString::fromStdString(e->error));
        m_why->clear(message);
        m_pareto->clear(tr("No Pareto curve: the deployment cannot be evaluated"));
        m_waterfall->clear(message);
        return;
    }
    if (e->training) {
        const QString message
            = tr("Training: bound by %1. The serving charts apply to offline, server and "
                 "interactive modes.")
                  .arg(QString::fromStdString(e->train.feasible ? e->train.bound : e->train.why));
        m_why->clear(message);
        m_pareto->clear(tr("Training: no serving trade-off to plot"));
        m_waterfall->clear(message);
        return;
    }
    m_why->setOperatingPoint(e->op, e->config()->gpu->hbmBytes, enforcedTpotLimitS(*e));
    m_pareto->setPoints(e->pareto, e->op, enforcedTpotLimitS(*e));
    if (e->waterfall.empty())
        m_waterfall->clear(tr("No technique breakdown for this deployment."));
    else
        m_waterfall->setSteps(e->waterfall);
}

void ThroughputPanel::fillSummary()
{
    // Before a solve (or for a deployment added since) the GPU column comes from the racks.
    std::map<std::string, std::string> liveGpus;
    for (const Deployment &d : m_document->project().deployments) {
        std::string error;
        if (const auto setup = throughput::setupDeployment(m_document->project(), *m_catalog, d, &error))
            liveGpus[d.id] = setup->profiles.gpu.id;
    }
    m_table->fill(m_document->project(), m_result.get(), m_stale, m_current, liveGpus);
    if (!m_result) {
        m_projectLine->setText(tr("<b>Throughput</b> — no solve yet: <b>Analyze ▸ Solve</b> (F5). "
                                  "The current deployment below is evaluated live."));
        return;
    }
    m_projectLine->setText(
        tr("<b>Throughput</b>%1 — project %2 output tokens/s, %3 at the servers, %4 tokens/J. "
           "Below: the selected deployment, live as you edit.")
            .arg(m_stale
                     ? tr(" <span style='color:#888'>(stale: edited since the last solve)</span>")
                     : QString(),
                 num(m_result->tokensPerS),
                 units::format(m_result->serverPowerW, Quantity::Power, units::currentSystem()),
                 num(m_result->tokensPerJoule, 2)));
}

} // namespace aif
