#include "waterfallchart.h"

#include "chartexport.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace aif {

namespace {
// A step's words in the studio's language (QT_TRANSLATE_NOOP'd in techniques.cpp).
QString stepText(const std::string &english)
{
    return QCoreApplication::translate("aif::throughput::Waterfall", english.c_str());
}
} // namespace

WaterfallChart::WaterfallChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName("waterfallChart");
    installPngExport(this, "techniques-waterfall");
}

void WaterfallChart::setSteps(std::vector<throughput::WaterfallStep> steps)
{
    m_steps = std::move(steps);
    m_message.clear();
    update();
}

void WaterfallChart::clear(const QString &message)
{
    m_steps.clear();
    m_message = message;
    update();
}

double WaterfallChart::headerHeight() const
{
    return QFontMetricsF(font()).height() * 3 + 10; // title, then the baseline on up to two lines
}

double WaterfallChart::rowHeight() const
{
    const double avail = height() - headerHeight() - QFontMetricsF(font()).height() - 8;
    return std::clamp(avail / std::max<size_t>(m_steps.size(), 1), 14.0, 30.0);
}

QRectF WaterfallChart::rowRect(int index) const
{
    return {8, headerHeight() + index * rowHeight(), width() - 16.0, rowHeight()};
}

bool WaterfallChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < int(m_steps.size()); ++i) {
            if (rowRect(i).contains(help->pos())) {
                const throughput::WaterfallStep &s = m_steps[size_t(i)];
                QToolTip::showText(help->globalPos(),
                                   tr("<b>%1</b><br>%2<br>%3 tokens/s per GPU")
                                       .arg(stepText(s.technique).toHtmlEscaped(),
                                            stepText(s.description).toHtmlEscaped())
                                       .arg(s.tokensPerSPerGpu, 0, 'f', 0),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WaterfallChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    if (m_steps.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message);
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const QRectF head(8, 4, width() - 16.0, fm.height());
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
               tr("What each technique adds (output tokens/s per GPU)"));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(head.left(), head.bottom(), head.width(), fm.height() * 2),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("Baseline: %1").arg(stepText(m_steps.front().description)));

    double maxLabel = 0.0, maxValue = 1.0;
    for (const throughput::WaterfallStep &s : m_steps) {
        maxLabel = std::max(maxLabel, fm.horizontalAdvance(stepText(s.technique)));
        maxValue = std::max(maxValue, s.tokensPerSPerGpu);
    }
    const double labelW = std::min(maxLabel + 12, width() * 0.45);
    // Room right of the longest bar for its "+12.3 %  4567" label.
    const double valueW = fm.horizontalAdvance("+1234.5 %  123456") + 8;
    const double x0 = 8 + labelW, barSpan = std::max(40.0, width() - 8 - x0 - valueW);
    auto xOf = [&](double v) {
        return x0 + std::max(0.0, v) / maxValue * barSpan;
    };

    double previous = 0.0;
    for (int i = 0; i < int(m_steps.size()); ++i) {
        const throughput::WaterfallStep &s = m_steps[size_t(i)];
        const QRectF row = rowRect(i);
        p.setPen(s.feasible ? text : palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(row.left(), row.top(), labelW - 8, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(stepText(s.technique), Qt::ElideRight, labelW - 8));
        const double barTop = row.top() + row.height() * 0.18, barH = row.height() * 0.64;
        QString label;
        double labelX = 0.0;
        if (!s.feasible) {
            label = tr("not feasible");
            labelX = xOf(previous) + 4;
        } else if (i == 0) {
            p.fillRect(QRectF(x0, barTop, xOf(s.tokensPerSPerGpu) - x0, barH),
                       QColor(128, 138, 150));
            label = QString::number(s.tokensPerSPerGpu, 'f', 0);
            labelX = xOf(s.tokensPerSPerGpu) + 4;
        } else {
            const double a = xOf(previous), b = xOf(s.tokensPerSPerGpu);
            const QColor c
                = s.tokensPerSPerGpu >= previous ? QColor(58, 160, 90) : QColor(210, 70, 60);
            p.fillRect(QRectF(std::min(a, b), barTop, std::max(1.5, std::abs(b - a)), barH), c);
            label = QStringLiteral("%1%2 %  %3")
                        .arg(s.deltaPct >= 0 ? "+" : "")
                        .arg(s.deltaPct, 0, 'f', 1)
                        .arg(s.tokensPerSPerGpu, 0, 'f', 0);
            labelX = std::max(a, b) + 4;
        }
        // Connector from the previous level, so the eye follows the running total.
        if (i > 0 && s.feasible) {
            p.setPen(QPen(QColor(170, 170, 170), 1, Qt::DotLine));
            p.drawLine(QPointF(xOf(previous), rowRect(i - 1).top() + row.height() * 0.82),
                       QPointF(xOf(previous), barTop));
        }
        p.setPen(text);
        p.drawText(QRectF(labelX, row.top(), width() - labelX, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        if (s.feasible)
            previous = s.tokensPerSPerGpu;
    }
}

} // namespace aif
