#include "deploymenttable.h"

#include "project.h"
#include "throughput/throughputsolver.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

namespace aif {

namespace {

std::string liveGpu(const std::map<std::string, std::string> &gpus, const std::string &id)
{
    const auto it = gpus.find(id);
    return it == gpus.end() ? std::string() : it->second;
}

// The mode and confidence keys the files and the CLI use, in the studio's language.
QString keyWords(const std::string &key)
{
    if (key == "offline")
        return DeploymentTable::tr("offline");
    if (key == "server")
        return DeploymentTable::tr("server");
    if (key == "interactive")
        return DeploymentTable::tr("interactive");
    if (key == "training")
        return DeploymentTable::tr("training");
    if (key == "high")
        return DeploymentTable::tr("high");
    if (key == "low")
        return DeploymentTable::tr("low");
    return QString::fromStdString(key);
}

const QColor kLowConfidence(255, 226, 160);
const QColor kOverLimit(192, 0, 32);

// The p99 limits the solver enforces for the deployment (the model's benchmark limits unless
// the user set their own; offline and training: none) and where they come from.
struct Limits
{
    double ttftS = 0.0;
    double tpotS = 0.0;
    QString source;
};

Limits limitsFor(const Deployment &d)
{
    if (d.mode != "server" && d.mode != "interactive")
        return {};
    const throughput::Workload w = throughput::deploymentWorkload(d);
    return {w.effectiveTtftLimitS(), w.effectiveTpotLimitS(), QString::fromStdString(w.limitsSource())};
}

QString cellNumber(double v, int decimals = 0)
{
    return QLocale::system().toString(v, 'f', decimals);
}

} // namespace

DeploymentTable::DeploymentTable(QWidget *parent)
    : QTableWidget(0, ColCount, parent)
{
    setObjectName("deploymentTable");
    setHorizontalHeaderLabels({tr("Deployment"), tr("Model"), tr("GPU"), tr("GPUs"), tr("Mode"),
                               tr("Engine"), tr("Tokens/s"), tr("Per GPU"), tr("TTFT p99"), tr("TPOT mean"),
                               tr("Confidence")});
    for (int c : {ColTtft, ColTpot})
        horizontalHeaderItem(c)->setToolTip(
            tr("The solve's operating point, as the deployment's summary shows it: TTFT at the 99th "
               "percentile, TPOT the mean. The tooltip gives the p99 limit in force (the model's "
               "benchmark limits unless the deployment sets its own) and where it comes from, and "
               "where the event simulation ran, its percentiles."));
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ColDeployment, QHeaderView::Stretch);
    setTextElideMode(Qt::ElideMiddle);
    setWordWrap(false);
    connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> items = selectedItems();
        if (!m_filling && !items.isEmpty())
            emit deploymentPicked(
                item(items.first()->row(), ColDeployment)->data(Qt::UserRole).toString());
    });
}

void DeploymentTable::fill(const Project &project, const throughput::ThroughputResult *result,
                           bool stale, const QString &current, const std::map<std::string, std::string> &liveGpus)
{
    m_filling = true;
    setRowCount(int(project.deployments.size()));
    const QColor staleText = palette().color(QPalette::PlaceholderText);
    for (int row = 0; row < int(project.deployments.size()); ++row) {
        const Deployment &d = project.deployments[size_t(row)];
        const throughput::DeploymentResult *r = nullptr;
        if (result) {
            for (const throughput::DeploymentResult &x : result->deployments) {
                if (x.id == d.id)
                    r = &x;
            }
        }
        const bool solved = r && r->ok && r->op.feasible;
        const bool training = d.mode == "training"; // no per-request latencies
        // One definition per column (issue 19): the operating point's TTFT p99 and mean TPOT,
        // the figures the summary above names the same; the simulation's are in the tooltip.
        const bool simulated = solved && r->simulated;
        const double ttftS = solved ? r->op.ttftS : 0.0;
        const double tpotS = solved ? r->op.tpotS : 0.0;
        const Limits limits = limitsFor(d);
        QStringList cells {QString::fromStdString(d.name.empty() ? d.id : d.name),
                           QString::fromStdString(d.model),
                           QString::fromStdString(r ? r->gpu : liveGpu(liveGpus, d.id)),
                           QString::number(r ? r->gpus : d.gpus),
                           keyWords(d.mode),
                           QString::fromStdString(d.engine)};
        if (solved)
            cells << cellNumber(r->op.tokensPerS) << cellNumber(r->op.tokensPerSPerGpu, 1)
                  << (training ? QString() : QStringLiteral("%1 ms").arg(cellNumber(ttftS * 1e3)))
                  << (training ? QString() : QStringLiteral("%1 ms").arg(cellNumber(tpotS * 1e3, 1)))
                  << keyWords(r->confidence);
        else
            cells << (r ? tr("not feasible") : tr("—")) << QString() << QString() << QString()
                  << (r ? keyWords(r->confidence) : QString());
        for (int c = 0; c < ColCount; ++c) {
            auto *cell = new QTableWidgetItem(cells.value(c));
            if (c >= ColTokens && c < ColConfidence)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c >= ColTokens && stale)
                cell->setForeground(staleText);
            if (r && r->confidence == "low")
                cell->setBackground(kLowConfidence);
            const bool latency = c == ColTtft || c == ColTpot;
            const double limit = c == ColTtft ? limits.ttftS : c == ColTpot ? limits.tpotS : 0.0;
            const double value = c == ColTtft ? ttftS : tpotS;
            QStringList tips;
            if (r && !r->error.empty())
                tips << QString::fromStdString(r->error);
            if (simulated && latency)
                tips << tr("Event simulation: p99 %1 ms, mean %2 ms")
                            .arg(cellNumber((c == ColTtft ? r->sim.ttftS.p99 : r->sim.tpotS.p99) * 1e3, 1),
                                 cellNumber((c == ColTtft ? r->sim.ttftS.mean : r->sim.tpotS.mean) * 1e3, 1));
            if (latency && limit > 0) {
                const bool over = solved && value > limit * (1 + 1e-9);
                if (over)
                    cell->setForeground(kOverLimit);
                tips << tr("%1 the %2 p99 limit of %3 ms (%4)")
                            .arg(over ? tr("Over") : tr("Within"), c == ColTtft ? "TTFT" : "TPOT",
                                 cellNumber(limit * 1e3, limit < 0.1 ? 1 : 0), limits.source);
            }
            if (!tips.isEmpty())
                cell->setToolTip(tips.join('\n'));
            setItem(row, c, cell);
        }
        item(row, ColDeployment)->setData(Qt::UserRole, QString::fromStdString(d.id));
        item(row, ColDeployment)->setToolTip(QString::fromStdString(d.id));
        if (QString::fromStdString(d.id) == current)
            selectRow(row);
    }
    m_filling = false;
    // Show every deployment up to five rows; a campus with more scrolls.
    const int rows = std::clamp(rowCount(), 1, 5);
    const int fullRows = std::min(rowCount(), 2);
    setMinimumHeight(horizontalHeader()->sizeHint().height()
                     + fullRows * verticalHeader()->defaultSectionSize() + 2 * frameWidth() + 2);
    setMaximumHeight(horizontalHeader()->sizeHint().height()
                     + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth()
                     + horizontalScrollBar()->sizeHint().height());
}

} // namespace aif
