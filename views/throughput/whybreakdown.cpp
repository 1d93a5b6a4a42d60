#include "whybreakdown.h"

#include "catalogschema.h"
#include "chartexport.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {

QString boundName(const std::string &code)
{
    if (code == "compute")
        return QObject::tr("compute (tensor cores)");
    if (code == "memory")
        return QObject::tr("memory bandwidth (HBM)");
    if (code == "network")
        return QObject::tr("communication (collectives)");
    if (code == "kv_capacity")
        return QObject::tr("KV-cache capacity");
    return QString::fromStdString(code);
}

QString limitName(const std::string &code)
{
    if (code == "kv_capacity")
        return QObject::tr("KV-cache memory");
    if (code == "max_batch")
        return QObject::tr("the engine's maximum batch");
    if (code == "token_budget")
        return QObject::tr("the token budget per iteration");
    if (code == "tpot_limit")
        return QObject::tr("the TPOT limit");
    if (code == "ttft_limit")
        return QObject::tr("the TTFT limit");
    if (code == "prefill")
        return QObject::tr("prefill capacity");
    if (code == "decode")
        return QObject::tr("decode capacity");
    if (code == "kv_transfer")
        return QObject::tr("KV transfer between pools");
    return QString::fromStdString(code);
}

} // namespace

WhyBreakdown::WhyBreakdown(QWidget *parent)
    : QWidget(parent)
{
    setObjectName("whyBreakdown");
    installPngExport(this, "why-breakdown");
}

void WhyBreakdown::setOperatingPoint(const throughput::OperatingPoint &op, double hbmBytes,
                                     double tpotLimitS)
{
    m_op = op;
    m_hbmBytes = hbmBytes;
    m_tpotLimitS = tpotLimitS;
    m_valid = op.feasible;
    m_message
        = op.feasible ? QString() : tr("Not feasible: %1").arg(QString::fromStdString(op.why));
    setToolTip(boundText());
    update();
}

void WhyBreakdown::clear(const QString &message)
{
    m_valid = false;
    m_message = message;
    setToolTip({});
    update();
}

QString WhyBreakdown::boundText() const
{
    if (!m_valid)
        return m_message;
    QString s = tr("Bound by %1").arg(boundName(m_op.bound));
    if (!m_op.limitedBy.empty())
        s += tr("; batch %1 of %2 possible, limited by %3")
                 .arg(m_op.batch, 0, 'f', 0)
                 .arg(m_op.maxBatch, 0, 'f', 0)
                 .arg(limitName(m_op.limitedBy));
    return s;
}

double WhyBreakdown::paintBar(QPainter &p, double top, double left, double width,
                              const QString &title, const std::vector<Segment> &segments,
                              double scale, const QString &unit, double unitFactor, double marker,
                              const QString &markerLabel)
{
    const QFontMetricsF fm(font());
    const double lineH = fm.height();
    const QRectF row(left, top, width, 0);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(row.left(), row.top(), row.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
               title);
    const QRectF bar(row.left(), row.top() + lineH + 2, row.width(), 18);
    p.fillRect(bar, QColor(236, 236, 236));
    double x = bar.left();
    for (const Segment &s : segments) {
        const double w = scale > 0 ? std::max(0.0, s.value) / scale * bar.width() : 0.0;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), s.color);
        x += w;
    }
    if (marker > 0 && marker <= scale) {
        const double mx = bar.left() + marker / scale * bar.width();
        p.setPen(QPen(QColor(192, 0, 32), 2, Qt::DashLine));
        p.drawLine(QPointF(mx, bar.top() - 3), QPointF(mx, bar.bottom() + 3));
        p.drawText(QRectF(mx - 160, bar.top() - lineH - 2, 156, lineH),
                   Qt::AlignRight | Qt::AlignVCenter, markerLabel);
    }
    // Legend: a swatch and "label value" per segment, wrapping when the row is narrow.
    double lx = row.left(), ly = bar.bottom() + 4;
    for (const Segment &s : segments) {
        const QString text = QStringLiteral("%1 %2%3")
                                 .arg(s.label)
                                 .arg(s.value * unitFactor, 0, 'f', 1)
                                 .arg(unit.isEmpty() ? QString() : " " + unit);
        const double w = 14 + fm.horizontalAdvance(text) + 14;
        if (lx + w > row.right() && lx > row.left()) {
            lx = row.left();
            ly += lineH;
        }
        p.fillRect(QRectF(lx, ly + lineH / 2 - 5, 10, 10), s.color);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(lx + 14, ly, w, lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += w;
    }
    return ly + lineH;
}

void WhyBreakdown::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF area = QRectF(rect()).adjusted(10, 6, -10, -6);
    if (!m_valid) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const double tpot = m_op.perTokenComputeS + m_op.perTokenMemoryS + m_op.perTokenCommS
        + m_op.perTokenOverheadS;
    // Scale to the limit when it is close, so a bar near the limit shows how close.
    const bool showLimit = m_tpotLimitS > 0 && m_tpotLimitS < 1.6 * tpot;
    const double timeScale = showLimit ? std::max(tpot, m_tpotLimitS) * 1.02 : tpot;
    // The unit is in the title so the four legend entries fit on one line.
    QString title = tr("Time per output token, ms: %1").arg(m_op.tpotS * 1e3, 0, 'f', 1);
    if (m_tpotLimitS > 0)
        title += tr("  (TPOT limit %1)").arg(m_tpotLimitS * 1e3, 0, 'f', 0);
    const double timeEnd
        = paintBar(p, area.top(), area.left(), area.width(), title,
                   {{tr("compute"), m_op.perTokenComputeS, QColor(52, 120, 198)},
                    {tr("memory"), m_op.perTokenMemoryS, QColor(236, 138, 42)},
                    {tr("communication"), m_op.perTokenCommS, QColor(142, 84, 176)},
                    {tr("overhead"), m_op.perTokenOverheadS, QColor(150, 150, 150)}},
                   timeScale, {}, 1e3, showLimit ? m_tpotLimitS : 0.0, tr("limit"));

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF boundRow = QFontMetricsF(bold).boundingRect(
        QRectF(area.left(), timeEnd + 6, area.width(), 1000),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, boundText());
    p.drawText(boundRow, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, boundText());
    p.setFont(font());

    const throughput::MemoryPlan &m = m_op.memory;
    const double hbm = std::max(m_hbmBytes, m.weightsPerGpuB + m.reservePerGpuB + m.kvFreePerGpuB);
    const double end = paintBar(p, boundRow.bottom() + 8, area.left(), area.width(),
                                tr("Memory per GPU (%1 GiB HBM)").arg(m_hbmBytes / kBytesPerGiB, 0, 'f', 0),
                                {{tr("weights"), m.weightsPerGpuB, QColor(86, 110, 140)},
                                 {tr("reserve"), m.reservePerGpuB, QColor(190, 190, 190)},
                                 {tr("KV cache"), m.kvFreePerGpuB, QColor(72, 170, 110)}},
                                hbm, "GiB", 1.0 / kBytesPerGiB, 0.0, {});
    // Legends and the bound sentence wrap on narrow widths: ask the layout for what this
    // width needs (after painting, so the change does not recurse into this paint).
    const int needed = int(std::ceil(end + 6));
    if (needed != minimumHeight())
        QTimer::singleShot(0, this, [this, needed] { setMinimumHeight(needed); });
}

} // namespace aif
