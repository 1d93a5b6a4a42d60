#include "networkview.h"
#include "linkfailurestable.h"

#include "fabricplan.h"
#include "fabricplanner.h"
#include "lengthhistogramchart.h"
#include "networkformat.h"
#include "topologydiagram.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aif {

namespace {

// A read-only figures table; `stretch` is the column that takes the width the others leave.
QTableWidget *figuresTable(const QString &name, const QStringList &headers, int stretch,
                           QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    QHeaderView *h = t->horizontalHeader();
    h->setSectionResizeMode(stretch < 0 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    if (stretch >= 0)
        h->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

// A pane's title over its content, like the group titles of the other tabs.
QWidget *titled(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), w);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(extra, 1);
        layout->addLayout(row);
    } else {
        layout->addWidget(label);
    }
    layout->addWidget(content, 1);
    return w;
}

// The scale-across links in words (empty when no deployment spans domains).
QString scaleAcrossHeadline(const network::ProjectFabric &f)
{
    if (f.dci.empty())
        return {};
    long long ports = 0, transceivers = 0, pairs = 0;
    double latencyUs = 0;
    for (const network::DciLink &l : f.dci) {
        ports += l.plan.wavelengths;
        transceivers += l.plan.transceivers;
        pairs += l.plan.fibrePairs;
        latencyUs = std::max(latencyUs, l.plan.latencyMs * 1000.0);
    }
    using namespace networkFormat;
    return NetworkView::tr(" Scale-across: <b>%1</b> DCI links between the domains deployments span "
                           "(%2 wavelengths/ports, %3 transceivers, %4 fibre pairs), %5, %6 "
                           "(in the optics and capex above), up to %7 µs one way.")
        .arg(count((long long)f.dci.size()), count(ports), count(transceivers), count(pairs),
             power(f.dciPowerW), money(f.dciCapexUsd))
        .arg(latencyUs, 0, 'f', 1);
}

} // namespace

NetworkView::NetworkView(QWidget *parent)
    : QWidget(parent)
    , m_planner(new FabricPlanner(this))
{
    build();
}

NetworkView::NetworkView(Document *document, const Catalog *catalog, QWidget *parent)
    : NetworkView(parent)
{
    setDocument(document, catalog);
}

void NetworkView::setDocument(Document *document, const Catalog *catalog)
{
    m_planner->setDocument(document, catalog); // plans on a worker: the plan arrives later
    m_links->setDocument(document);
    showPlan(nullptr);
}

void NetworkView::build()
{
    setObjectName("networkView");
    m_headline = new QLabel(this);
    m_headline->setObjectName("networkHeadline");
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_domainBox = new QComboBox(this);
    m_domainBox->setObjectName("networkDomain");
    m_domainBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_domainBox->setMinimumContentsLength(30); // "Scale-out fabric Data hall 1" whole
    m_topology = new TopologyDiagram(this);
    m_histogram = new LengthHistogramChart(this);
    // The part's name takes what the figures leave (elided; the tooltip has it whole).
    m_media = figuresTable("networkMedia",
                           {tr("Part"), tr("Count"), tr("Transceivers"), tr("Routed length"),
                            tr("Power"), tr("Capex"), tr("pJ/bit"), tr("Reach")},
                           0, this);
    m_media->verticalHeader()->hide();
    m_optics = figuresTable(
        "networkOptics", {tr("Pluggable"), tr("LPO (linear pluggable)"), tr("CPO (co-packaged)")},
        -1, this);
    m_optics->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // the note gets the rest
    m_opticsNote = new QLabel(this);
    m_opticsNote->setWordWrap(true);
    m_findings = new QListWidget(this);
    m_findings->setObjectName("networkFindings");
    m_findings->setWordWrap(true);
    m_links = new LinkFailuresTable(this);

    auto *domainRow = new QWidget(this);
    auto *dl = new QHBoxLayout(domainRow);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addStretch(1);
    dl->addWidget(new QLabel(tr("Scale-out domain:"), domainRow));
    dl->addWidget(m_domainBox);
    auto *opticsPane = new QWidget(this);
    auto *ol = new QVBoxLayout(opticsPane);
    ol->setContentsMargins(0, 0, 0, 0);
    ol->addWidget(m_optics, 1);
    ol->addWidget(m_opticsNote);
    ol->addStretch(1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_histogram);
    right->addWidget(titled(tr("Power and cost by medium"), m_media));
    right->setSizes({340, 300});
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(titled(tr("Topology"), m_topology, domainRow));
    top->addWidget(right);
    top->setSizes({880, 700});
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    // In the studio's tab the pane can get less height than table + note need: scroll, don't overlap.
    auto *opticsScroll = new QScrollArea(this);
    opticsScroll->setWidget(opticsPane);
    opticsScroll->setWidgetResizable(true);
    opticsScroll->setFrameShape(QFrame::NoFrame);
    bottom->addWidget(
        titled(tr("Optics technology: pluggable, LPO and CPO side by side"), opticsScroll));
    bottom->addWidget(titled(tr("Warnings"), m_findings));
    bottom->addWidget(titled(tr("Links in the design (what-if)"), m_links));
    bottom->setSizes({700, 440, 440});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({660, 280});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);

    connect(m_planner, &FabricPlanner::planned, this, &NetworkView::showPlan);
    connect(m_domainBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_topology->setDomain(m_plan, i); });
}

QString NetworkView::headlineText() const
{
    return m_headline->text();
}

void NetworkView::showPlan(std::shared_ptr<const FabricPlan> plan)
{
    m_plan = std::move(plan);
    // The same domain stays on screen across re-plans (an edit elsewhere must not jump away).
    const QString current = m_domainBox->currentData().toString();
    {
        const QSignalBlocker block(m_domainBox);
        m_domainBox->clear();
        if (m_plan)
            for (size_t i = 0; i < m_plan->fabric.domains.size(); ++i)
                m_domainBox->addItem(QString::fromStdString(m_plan->domains[i].name),
                                     QString::fromStdString(m_plan->fabric.domains[i].domainId));
        m_domainBox->setCurrentIndex(std::max(0, m_domainBox->findData(current)));
    }
    m_topology->setDomain(m_plan, m_domainBox->currentIndex());
    m_histogram->setPlan(m_plan.get());
    fillHeadline();
    fillMedia();
    fillOptics();
    fillFindings();
    if (m_plan)
        emit planShown();
}

void NetworkView::fillHeadline()
{
    if (!m_plan) {
        m_headline->setText(m_planner->hasDocument() ? tr("<b>Network</b> — planning the fabric…")
                                                     : tr("<b>Network</b> — no design open"));
        return;
    }
    const network::ProjectFabric &f = m_plan->fabric;
    long long gpus = 0, leaves = 0, spines = 0, cores = 0, cables = 0, storage = 0, inband = 0,
              oob = 0;
    for (const network::DomainFabric &d : f.domains) {
        gpus += d.gpus;
        storage += d.management.storage.switches();
        inband += d.management.inband.switches();
        oob += d.management.oob.switches();
        leaves += d.tree.leaves;
        spines += d.tree.spines;
        cores += d.tree.cores;
        for (const network::CableRun &r : d.runs)
            cables += r.count;
    }
    using namespace networkFormat;
    m_headline->setText(
        tr("<b>Network</b> — %1, %2 GPUs: <b>%3</b> leaf + <b>%4</b> spine + <b>%5</b> core "
           "switches, "
           "%6 cables (%7); beside them <b>%12</b> storage, <b>%13</b> in-band and <b>%14</b> "
           "out-of-band switches. Switches <b>%8</b> (with scale-up switch trays), optics <b>%9</b>, "
           "network capex <b>%10</b>. "
           "<span style='color:#888'>Planned in %11 ms.</span>")
            .arg(f.domains.size() == 1 ? tr("1 scale-out domain")
                                       : tr("%1 scale-out domains").arg(f.domains.size()))
            .arg(count(gpus), count(leaves), count(spines), count(cores), count(cables),
                 length(f.cableLengthM), power(f.switchPowerW), power(f.opticsPowerW))
            .arg(money(f.capexUsd))
            .arg(m_plan->planMs, 0, 'f', 0)
            .arg(count(storage), count(inband), count(oob))
        + scaleAcrossHeadline(f));
}

} // namespace aif
