// The report's charts, drawn with QPainter (QtCharts needs Widgets, which the CLI does not link):
// monthly PUE, capex by category and the $/Mtok sensitivity tornado. Values from the solve JSON.
#include "reportsections.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace aif::report {

namespace {

const QColor kBar(70, 120, 180);
const QColor kAxis(80, 80, 80);

// Horizontal bars, one per label, scaled to the largest value; the value printed at the end.
void drawHorizontalBars(QPainter &g, const QRectF &r, const QStringList &labels,
                        const std::vector<double> &values, const QString &unit, int decimals)
{
    g.setRenderHint(QPainter::Antialiasing);
    const double maxV = std::max(1e-12, *std::max_element(values.begin(), values.end()));
    const double labelW = 110, valueW = 70;
    const double rowH = std::min(22.0, r.height() / std::max<qsizetype>(1, labels.size()));
    for (int i = 0; i < labels.size(); ++i) {
        const double y = r.top() + i * rowH;
        g.setFont(reportFont(8.5));
        g.setPen(Qt::black);
        g.drawText(QRectF(r.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   labels[i]);
        const double w = (r.width() - labelW - valueW) * std::max(0.0, values[i]) / maxV;
        g.fillRect(QRectF(r.left() + labelW, y + rowH * 0.18, w, rowH * 0.64), kBar);
        g.drawText(QRectF(r.left() + labelW + w + 4, y, valueW, rowH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(values[i], 'f', decimals) + " " + unit);
    }
}

} // namespace

ReportFigure monthlyPueFigure(const ReportContext &c)
{
    std::vector<double> pue;
    for (const Json &v : *c.fmt.node("/annual/monthly_pue"))
        pue.push_back(v.is_number() ? v.get<double>() : 0.0);
    ReportFigure fig;
    fig.id = "monthlypue";
    fig.caption = QStringLiteral("PUE per month at the site's weather (annual simulation).");
    fig.sizePt = QSizeF(480, 180);
    fig.draw = [pue](QPainter &g, const QRectF &r) {
        g.setRenderHint(QPainter::Antialiasing);
        const QRectF plot(r.left() + 34, r.top() + 8, r.width() - 40, r.height() - 30);
        double hi = 1.0;
        for (double v : pue)
            hi = std::max(hi, v);
        const double lo = 1.0; // PUE cannot be below 1: the axis starts there
        hi = lo + std::ceil((hi - lo) * 20.0 + 1e-9) / 20.0;
        g.setPen(QPen(kAxis, 0.6));
        g.setFont(reportFont(8));
        for (int i = 0; i <= 4; ++i) {
            const double v = lo + (hi - lo) * i / 4.0;
            const double y = plot.bottom() - plot.height() * i / 4.0;
            g.setPen(QPen(QColor(220, 220, 220), 0.4));
            g.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            g.setPen(kAxis);
            g.drawText(QRectF(r.left(), y - 6, 30, 12), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(v, 'f', 2));
        }
        static const char *kMonths = "JFMAMJJASOND";
        const double slot = plot.width() / 12.0;
        for (size_t m = 0; m < pue.size() && m < 12; ++m) {
            const double h = plot.height() * std::clamp((pue[m] - lo) / (hi - lo), 0.0, 1.0);
            const QRectF bar(plot.left() + m * slot + slot * 0.15, plot.bottom() - h, slot * 0.7,
                             h);
            g.fillRect(bar, kBar);
            g.setPen(kAxis);
            g.drawText(QRectF(bar.left() - 4, plot.bottom() + 2, bar.width() + 8, 12),
                       Qt::AlignCenter, QString(QChar::fromLatin1(kMonths[m])));
        }
        g.drawLine(plot.bottomLeft(), plot.bottomRight());
    };
    return fig;
}

ReportFigure capexFigure(const ReportContext &c)
{
    QStringList labels;
    std::vector<double> values;
    if (const Json *capex = c.fmt.node("/tco/capex_by_category_usd"))
        for (const auto &[k, v] : capex->items()) {
            labels << QString::fromStdString(k);
            values.push_back(v.is_number() ? v.get<double>() / 1e6 : 0.0);
        }
    ReportFigure fig;
    fig.id = "capex";
    fig.caption = QStringLiteral("Capex by category (M USD; prices are catalog assumptions).");
    fig.sizePt = QSizeF(460, std::max<double>(60, 22.0 * labels.size()));
    fig.draw = [labels, values](QPainter &g, const QRectF &r) {
        if (!values.empty())
            drawHorizontalBars(g, r, labels, values, "M USD", 1);
    };
    return fig;
}

ReportFigure tornadoFigure(const ReportContext &c)
{
    struct Bar
    {
        QString input;
        double low, high;
    };
    std::vector<Bar> bars;
    for (const Json &t : *c.fmt.node("/tco/tornado"))
        bars.push_back({QString::fromStdString(t.value("input", std::string())),
                        t.value("low_usd_per_million_tokens", 0.0),
                        t.value("high_usd_per_million_tokens", 0.0)});
    const double base = c.fmt.at("/tco/usd_per_million_tokens");
    ReportFigure fig;
    fig.id = "tornado";
    fig.caption = QStringLiteral("Sensitivity of $/Mtok: light bars with the input 20 % lower, "
                                 "dark bars 20 % higher.");
    fig.sizePt = QSizeF(460, 26.0 + 22.0 * bars.size());
    fig.draw = [bars, base](QPainter &g, const QRectF &r) {
        g.setRenderHint(QPainter::Antialiasing);
        double lo = base, hi = base;
        for (const Bar &b : bars) {
            lo = std::min({lo, b.low, b.high});
            hi = std::max({hi, b.low, b.high});
        }
        const double span = std::max(1e-12, hi - lo) * 1.1;
        const QRectF plot(r.left() + 120, r.top() + 16, r.width() - 130, r.height() - 20);
        auto x = [&](double v) {
            return plot.left() + (v - (lo - 0.05 * span)) / span * plot.width();
        };
        const double rowH = plot.height() / std::max<size_t>(1, bars.size());
        g.setFont(reportFont(8.5));
        for (size_t i = 0; i < bars.size(); ++i) {
            const double y = plot.top() + i * rowH;
            g.setPen(Qt::black);
            g.drawText(QRectF(r.left(), y, 114, rowH), Qt::AlignRight | Qt::AlignVCenter,
                       bars[i].input);
            for (const auto &[v, color] : {std::pair {bars[i].low, QColor(150, 185, 225)},
                                           std::pair {bars[i].high, QColor(40, 90, 160)}}) {
                const double a = x(base), b = x(v);
                g.fillRect(QRectF(std::min(a, b), y + rowH * 0.2, std::abs(b - a), rowH * 0.6),
                           color);
            }
        }
        g.setPen(QPen(Qt::black, 0.8));
        g.drawLine(QPointF(x(base), plot.top() - 4), QPointF(x(base), plot.bottom()));
        g.drawText(QPointF(x(base) + 3, r.top() + 10),
                   QStringLiteral("base %1 $/Mtok").arg(QString::number(base, 'f', 3)));
    };
    return fig;
}

} // namespace aif::report
