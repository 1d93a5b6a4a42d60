#include "dashboardchart.h"

#include "common/chartstyle.h"
#include "throughput/chartexport.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace aif {

DashboardChart::DashboardChart(const QString &objectName, const QString &title, QWidget *parent)
    : QChartView(parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    c->legend()->setFont(legendFont);
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);
    m_emptyTitle = title;
    setTitles(title);
    installChartExport(this, objectName);
    polishChart();
}

void DashboardChart::polishChart()
{
    styleChart(chart(), palette());
}

void DashboardChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // A theme is a new style and a new palette: either event may come last.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        polishChart();
}

QString DashboardChart::title() const
{
    return m_title;
}

void DashboardChart::setTitles(const QString &title, const QString &subtitle)
{
    m_title = title;
    chart()->setTitle(
        subtitle.isEmpty()
            ? title.toHtmlEscaped()
            : QStringLiteral("%1<br><span style='font-weight:normal; font-size:small'>%2</span>")
                  .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped()));
}

void DashboardChart::resetChart()
{
    m_message.clear();
    chart()->removeAllSeries();
    for (QAbstractAxis *a : chart()->axes()) {
        chart()->removeAxis(a);
        delete a;
    }
    chart()->legend()->setVisible(!m_sideLegend);
    viewport()->update();
}

void DashboardChart::showMessage(const QString &reason)
{
    resetChart();
    m_message = reason;
    setTitles(m_emptyTitle); // no subtitle: its numbers belonged to the data just removed
    chart()->legend()->setVisible(false);
    layoutSideLegend();
    viewport()->update();
}

QBarCategoryAxis *DashboardChart::addRowAxis(const QStringList &rows, QAbstractSeries *series)
{
    auto *y = new QBarCategoryAxis;
    y->append(rows);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    y->setLabelsFont(f);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    polishChart();
    return y;
}

QValueAxis *DashboardChart::addValueAxis(const QString &title, Qt::Alignment alignment,
                                         const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    axis->setLabelsFont(f);
    axis->setTitleFont(f);
    chart()->addAxis(axis, alignment);
    polishChart();
    return axis;
}

void DashboardChart::useSideLegend()
{
    m_sideLegend = true;
    chart()->legend()->setVisible(false);
    layoutSideLegend();
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutSideLegend();
}

std::vector<DashboardChart::LegendEntry> DashboardChart::legendEntries() const
{
    std::vector<LegendEntry> entries;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                if (!set->label().isEmpty())
                    entries.push_back({set->label(), set->color()});
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            entries.push_back({line->name(), line->pen().color()});
        }
    }
    return entries;
}

QFont DashboardChart::smallFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    return f;
}

void DashboardChart::layoutSideLegend()
{
    if (!m_sideLegend)
        return;
    const std::vector<LegendEntry> entries
        = m_message.isEmpty() ? legendEntries() : std::vector<LegendEntry> {};
    if (entries.empty()) {
        chart()->setMargins(QMargins(2, 2, 2, 2));
        return;
    }
    const QFontMetricsF fm(smallFont());
    double widest = 0.0;
    for (const LegendEntry &e : entries)
        widest = std::max(widest, fm.horizontalAdvance(e.name));
    // Rows that fit beside the plot (below the title), then as many columns as needed, the
    // whole legend at most 45 % of the chart's width (names elide beyond that).
    const double titleH = chart()->plotArea().top() > 0 ? chart()->plotArea().top() : 40.0;
    const int rows = std::max(
        1, int((height() - titleH - 8) / (fm.height() + 2)) - (m_legendTitle.isEmpty() ? 0 : 1));
    m_legendColumns = int((entries.size() + size_t(rows) - 1) / size_t(rows));
    const double swatch = fm.height() * 0.8 + 6;
    widest = std::max(widest, fm.horizontalAdvance(m_legendTitle) - swatch);
    m_legendColumnWidth = std::min(widest + swatch + 10, width() * 0.45 / m_legendColumns);
    chart()->setMargins(QMargins(2, 2, int(m_legendColumnWidth * m_legendColumns) + 4, 2));
}

void DashboardChart::drawSideLegend(QPainter *painter)
{
    const std::vector<LegendEntry> entries = legendEntries();
    if (entries.empty())
        return;
    const QFont f = smallFont();
    const QFontMetricsF fm(f);
    const double lineH = fm.height() + 2, swatch = fm.height() * 0.8;
    const QRectF plot = chart()->plotArea();
    const double left = chart()->geometry().right() - m_legendColumnWidth * m_legendColumns - 2;
    const int rows = int((entries.size() + size_t(m_legendColumns) - 1) / size_t(m_legendColumns));
    const int lines = rows + (m_legendTitle.isEmpty() ? 0 : 1);
    // Centred on the plot when it fits there, else ending at the chart's bottom edge.
    double top = plot.center().y() - lines * lineH / 2;
    top = std::max(
        4.0, std::max(top, std::min(plot.top(), chart()->geometry().bottom() - lines * lineH - 4)));
    painter->save();
    if (!m_legendTitle.isEmpty()) {
        QFont bold = f;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette().color(QPalette::WindowText));
        painter->drawText(QRectF(left, top, m_legendColumnWidth * m_legendColumns, lineH),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(bold).elidedText(m_legendTitle, Qt::ElideRight,
                                                         m_legendColumnWidth * m_legendColumns));
        top += lineH;
    }
    painter->setFont(f);
    for (size_t i = 0; i < entries.size(); ++i) {
        const double x = left + double(i / size_t(rows)) * m_legendColumnWidth;
        const double y = top + double(i % size_t(rows)) * lineH;
        painter->fillRect(QRectF(x, y + (lineH - swatch) / 2, swatch, swatch), entries[i].colour);
        painter->setPen(palette().color(QPalette::WindowText));
        const double textX = x + swatch + 4, textW = m_legendColumnWidth - swatch - 8;
        painter->drawText(QRectF(textX, y, textW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(entries[i].name, Qt::ElideRight, textW));
    }
    painter->restore();
}

void DashboardChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_sideLegend && m_message.isEmpty())
        drawSideLegend(painter);
    if (m_message.isEmpty())
        return;
    painter->save();
    const QRectF area = chart()->geometry().adjusted(16, 40, -16, -16);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(big);
    const QRectF dash(area.left(), area.top(), area.width(), area.height() / 2);
    painter->drawText(dash, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("—"));
    painter->setFont(font());
    painter->drawText(QRectF(area.left(), dash.bottom() + 4, area.width(), area.height() / 2 - 4),
                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_message);
    painter->restore();
}

QColor itColour()
{
    return QColor(86, 110, 140);
}

QColor lossColour(int index)
{
    static const QColor c[] = {{204, 85, 0},    {230, 130, 40}, {240, 170, 70},  {190, 60, 60},
                               {250, 200, 110}, {160, 90, 40},  {220, 110, 110}, {245, 215, 160}};
    return c[index % 8];
}

QColor coolingColour(int index)
{
    static const QColor c[]
        = {{40, 140, 190}, {60, 180, 170}, {30, 90, 160}, {120, 190, 220}, {90, 150, 110}};
    return c[index % 5];
}

QColor seriesColour(int index)
{
    static const QColor c[] = {{31, 119, 180},  {255, 127, 14}, {44, 160, 44},   {214, 39, 40},
                               {148, 103, 189}, {140, 86, 75},  {227, 119, 194}, {127, 127, 127}};
    return c[index % 8];
}

} // namespace aif
