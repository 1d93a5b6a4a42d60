#include "operatingpointsummary.h"

#include "deploymentevaluation.h"
#include "units.h"

#include <QLocale>
#include <QObject>

namespace aif {

namespace {

QString summaryNumber(double v, int decimals = 0)
{
    return QLocale::system().toString(v, 'f', decimals);
}

// "23.7 ms (limit 100)", red when the estimate misses the limit.
QString latency(double s, double limitS)
{
    QString text = QStringLiteral("%1&nbsp;ms").arg(summaryNumber(s * 1e3, s < 0.1 ? 1 : 0));
    if (limitS <= 0)
        return text;
    text += QObject::tr("&nbsp;<small>(≤&nbsp;%1)</small>").arg(summaryNumber(limitS * 1e3));
    return s > limitS ? QStringLiteral("<span style='color:#c00020'><b>%1</b></span>").arg(text)
                      : text;
}

using Cells = QList<QPair<QString, QString>>;

// Label/value pairs, two to a row: the results column is about 500 px wide in a 1600 px
// window with the docks open, and three pairs a row wrapped their values.
QString grid(const Cells &cells)
{
    QString html = "<table cellspacing=0 cellpadding=2 width='100%'>";
    for (int i = 0; i < cells.size(); i += 2) {
        html += "<tr>";
        for (int j = i; j < i + 2; ++j) {
            if (j < cells.size())
                html += QStringLiteral("<td style='color:#555'>%1</td><td align=right>%2</td>")
                            .arg(cells[j].first, cells[j].second);
            if (j == i)
                html += "<td width=16></td>"; // keeps a value apart from the next label
        }
        html += "</tr>";
    }
    return html + "</table>";
}

QString layoutText(const throughput::Placement &p)
{
    return QStringLiteral("tp&nbsp;%1&nbsp;·&nbsp;pp&nbsp;%2&nbsp;·&nbsp;ep&nbsp;%3")
        .arg(p.tp)
        .arg(p.pp)
        .arg(p.ep);
}

template<class Power> QString trainingHtml(const DeploymentEvaluation &e, Power power)
{
    const throughput::ServingConfig *c = e.config();
    const throughput::TrainingPoint &t = e.train;
    QString html = QObject::tr("<b>%1</b> training on %2 × %3 — %4")
                       .arg(QString::fromStdString(c->model->name).toHtmlEscaped())
                       .arg(c->gpus)
                       .arg(QString::fromStdString(c->gpu->name).toHtmlEscaped(),
                            QString::fromLatin1(throughput::precisionName(c->precision)));
    if (!t.feasible)
        return html
            + QObject::tr("<p style='color:#c00020'><b>Not feasible:</b> %1</p>")
                  .arg(QString::fromStdString(t.why).toHtmlEscaped());
    return html
        + grid({{QObject::tr("Tokens/s"), QStringLiteral("<b>%1</b>").arg(summaryNumber(t.tokensPerS))},
                {QObject::tr("per GPU"),
                 QStringLiteral("<b>%1</b>").arg(summaryNumber(t.tokensPerSPerGpu, 1))},
                {QObject::tr("MFU"), QStringLiteral("%1&nbsp;%").arg(summaryNumber(t.mfu * 100, 1))},
                {QObject::tr("step"), QStringLiteral("%1&nbsp;s").arg(summaryNumber(t.stepS, 2))},
                {QObject::tr("Pipeline bubble"),
                 QStringLiteral("%1&nbsp;%").arg(summaryNumber(t.bubbleShare * 100, 1))},
                {QObject::tr("exposed comm."),
                 QStringLiteral("%1&nbsp;%").arg(summaryNumber(t.commShare * 100, 1))},
                {QObject::tr("Layout"),
                 QStringLiteral("%1, dp&nbsp;%2").arg(layoutText(c->placement)).arg(t.dp)},
                {QObject::tr("servers"), power(t.serverPowerW)},
                {QObject::tr("Tokens/J"), summaryNumber(t.tokensPerJoule, 2)}});
}

} // namespace

double enforcedTpotLimitS(const DeploymentEvaluation &e)
{
    const throughput::ServingConfig *c = e.config();
    if (!c || e.training || c->workload.mode == throughput::ServingMode::Offline)
        return 0.0;
    return c->workload.effectiveTpotLimitS();
}

double enforcedTtftLimitS(const DeploymentEvaluation &e)
{
    const throughput::ServingConfig *c = e.config();
    if (!c || e.training || c->workload.mode == throughput::ServingMode::Offline)
        return 0.0;
    return c->workload.effectiveTtftLimitS();
}

QString operatingPointHtml(const DeploymentEvaluation &e)
{
    const throughput::ServingConfig *c = e.config();
    if (!c)
        return QObject::tr("<p style='color:#c00020'><b>Cannot evaluate:</b> %1</p>")
            .arg(QString::fromStdString(e.error).toHtmlEscaped());
    const auto power = [](double w) {
        return units::format(w, Quantity::Power, units::currentSystem()).replace(' ', "&nbsp;");
    };
    if (e.training)
        return trainingHtml(e, power);
    const throughput::OperatingPoint &op = e.op;
    QString html = QObject::tr("<b>%1</b> on %2 × %3 — %4, %5, %6")
                       .arg(QString::fromStdString(c->model->name).toHtmlEscaped())
                       .arg(c->gpus)
                       .arg(QString::fromStdString(c->gpu->name).toHtmlEscaped(),
                            QString::fromLatin1(throughput::precisionName(c->precision)),
                            QString::fromStdString(c->engine->name).toHtmlEscaped(),
                            QString::fromLatin1(throughput::servingModeName(c->workload.mode)));
    if (!op.feasible)
        return html
            + QObject::tr("<p style='color:#c00020'><b>Not feasible:</b> %1</p>")
                  .arg(QString::fromStdString(op.why).toHtmlEscaped());
    Cells cells {
        {QObject::tr("Tokens/s"), QStringLiteral("<b>%1</b>").arg(summaryNumber(op.tokensPerS))},
        {QObject::tr("per GPU"), QStringLiteral("<b>%1</b>").arg(summaryNumber(op.tokensPerSPerGpu, 1))},
        {QObject::tr("TTFT p99"), latency(op.ttftS, enforcedTtftLimitS(e))},
        {QObject::tr("TPOT mean"), latency(op.tpotS, enforcedTpotLimitS(e))},
        {QObject::tr("Per user"),
         QStringLiteral("%1&nbsp;tokens/s").arg(summaryNumber(op.tokensPerSPerUser, 1))},
        {QObject::tr("batch"),
         QStringLiteral("%1&nbsp;/&nbsp;%2").arg(summaryNumber(op.batch), summaryNumber(op.maxBatch))},
        {QObject::tr("Layout"),
         QStringLiteral("%1&nbsp;× %2").arg(op.replicas).arg(layoutText(op.placement))},
        {QObject::tr("GPU power"),
         power(op.power.powerW) + (op.power.capped ? QObject::tr(" (capped)") : QString())},
        {QObject::tr("Tokens/J"), summaryNumber(op.tokensPerJoule, 2)},
        {QObject::tr("servers"), power(op.serverPowerW)}};
    if (c->disaggregated())
        cells << Cells {
            {QObject::tr("Prefill pool"),
             QStringLiteral("%1&nbsp;GPUs, %2")
                 .arg(c->prefillGpus)
                 .arg(layoutText(op.prefillPlacement))},
            {QObject::tr("decode pool"), QStringLiteral("%1&nbsp;GPUs").arg(c->decodeGpus)},
            {QObject::tr("KV transfer"),
             QStringLiteral("%1&nbsp;ms").arg(summaryNumber(op.kvTransferS * 1e3, 1))}};
    cells << Cells {{QObject::tr("Requests/s"), summaryNumber(op.requestsPerS, 1)}};
    return html + grid(cells);
}

} // namespace aif
