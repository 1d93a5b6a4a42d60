#pragma once

#include <QChartView>

#include <vector>

class QAbstractAxis;
class QValueAxis;
class QBarCategoryAxis;
class QAbstractSeries;

namespace aif {

// What every dashboard chart shares: a titled QChart without animations (screenshots and
// exports show the final state), PNG/SVG export from the context menu, and an empty state
// that draws "—" and the reason across the plot instead of an empty frame.
class DashboardChart : public QChartView
{
    Q_OBJECT

public:
    DashboardChart(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    // Removes the data and shows "—" with a one-line reason.
    void showMessage(const QString &reason);
    QString message() const { return m_message; }
    QString exportName() const { return objectName(); }
    QString title() const; // the first line, without markup
    // A bold title and a smaller second line with the numbers that matter (HTML-escaped here).
    void setTitles(const QString &title, const QString &subtitle = {});

    QSize sizeHint() const override { return {460, 300}; }
    QSize minimumSizeHint() const override { return {300, 240}; }

protected:
    // Removes every series and axis, and the message: subclasses rebuild the chart on new data.
    void resetChart();
    // A legend painted in the chart's right margin, a colour swatch and a name per line, in as
    // many columns as the height needs. Qt's own legend elides names and drops entries once
    // there are more than a few (a power chain has ten segments), so the stacked charts use this.
    void useSideLegend();
    void setSideLegendTitle(const QString &title) { m_legendTitle = title; } // a first, bold line
    void layoutSideLegend(); // after new series: room for the legend in the right margin
    void resizeEvent(QResizeEvent *event) override;
    // Row labels of a horizontal bar chart, a little smaller than the body text, attached to series.
    QBarCategoryAxis *addRowAxis(const QStringList &rows, QAbstractSeries *series);
    QValueAxis *addValueAxis(const QString &title, Qt::Alignment alignment,
                             const QString &format = "%.2f");
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;   // the theme changed: restyle (chartstyle.h)
    // Colours from the palette for the chart and every axis it has now: after adding axes.
    void polishChart();

private:
    struct LegendEntry
    {
        QString name;
        QColor colour;
    };
    std::vector<LegendEntry> legendEntries() const;
    QFont smallFont() const;
    void drawSideLegend(QPainter *painter);

    QString m_title;
    QString m_emptyTitle; // the constructor's
    QString m_message;
    QString m_legendTitle;
    bool m_sideLegend = false;
    int m_legendColumns = 1;
    double m_legendColumnWidth = 0.0;
};

// Colours by role, so a stage has the same colour in every chart and in compare mode.
QColor itColour();
QColor lossColour(int index); // warm shades, darkest first
QColor coolingColour(int index); // cool shades
QColor seriesColour(int index); // a qualitative palette for categories

} // namespace aif
