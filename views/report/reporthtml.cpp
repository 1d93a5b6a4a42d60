// The report as HTML: the body every output shares, and the self-contained file with the
// figures inline (SVG for drawings, PNG for the 3D snapshot) as data: URIs.
#include "reportformat.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace aif::report {

QString reportStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #222; }\n"
        "h1 { font-size: 16pt; color: #1d3a5f; margin-top: 6px; margin-bottom: 8px; }\n"
        "h2 { font-size: 11.5pt; color: #1d3a5f; margin-top: 12px; margin-bottom: 4px; }\n"
        "p.title { font-size: 26pt; font-weight: bold; color: #1d3a5f; margin-top: 120px; }\n"
        "p.caption { font-size: 8pt; color: #555; font-style: italic; }\n"
        "p.note { font-size: 8pt; color: #555; }\n"
        "p.warn { color: #9a3412; }\n"
        "table.data, table.summary, table.contents { border-collapse: collapse; border-color: "
        "#bbb; "
        "margin-bottom: 6px; }\n"
        "table.data { font-size: 8pt; }\n"
        "th { background-color: #e8eef5; text-align: left; }\n"
        "tr.fail td { background-color: #fde2e1; }\n"
        "ol.sources { font-size: 7pt; color: #444; }\n"
        "code { font-family: 'DejaVu Sans Mono', monospace; }\n");
}

QString reportBody(const ReportDocument &report, const QList<int> &pages, bool pageBreaks)
{
    const QString br
        = pageBreaks ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
    QString h
        = QStringLiteral("<p class=\"title\">%1</p>\n").arg(esc(report.title)) + report.coverHtml;
    h += QStringLiteral("<h1%1><a name=\"contents\"></a>Contents</h1>\n").arg(br);
    h += QStringLiteral("<table class=\"contents\" width=\"100%\" cellpadding=\"3\">\n");
    for (int i = 0; i < int(report.sections.size()); ++i) {
        const ReportSection &s = report.sections[i];
        h += QStringLiteral(
                 "<tr><td>%1. <a href=\"#%2\">%3</a></td><td align=\"right\">%4</td></tr>\n")
                 .arg(i + 1)
                 .arg(s.id, esc(s.title), i < pages.size() ? QString::number(pages[i]) : QString());
    }
    h += QStringLiteral("</table>\n");
    for (int i = 0; i < int(report.sections.size()); ++i) {
        const ReportSection &s = report.sections[i];
        h += QStringLiteral("<h1%1><a name=\"%2\"></a>%3. %4</h1>\n")
                 .arg(br, s.id)
                 .arg(i + 1)
                 .arg(esc(s.title));
        h += s.html;
    }
    return h;
}

QByteArray figureSvg(const ReportFigure &figure)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(figure.sizePt.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), figure.sizePt));
    svg.setResolution(72);
    svg.setTitle(figure.caption);
    QPainter painter(&svg);
    figure.draw(painter, QRectF(QPointF(0, 0), figure.sizePt));
    painter.end();
    return buffer.data();
}

QString reportHtml(const ReportDocument &report)
{
    QString body = reportBody(report, {}, false);
    static const QRegularExpression placeholder(
        QStringLiteral("<p>\\{\\{figure:([a-z0-9-]+)\\}\\}</p>"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += body.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const ReportFigure *f = report.figure(m.captured(1));
        if (!f)
            continue;
        QByteArray data, mime = "image/svg+xml";
        if (f->draw) {
            data = figureSvg(*f);
        } else {
            QBuffer b(&data);
            b.open(QIODevice::WriteOnly);
            f->image.save(&b, "PNG");
            mime = "image/png";
        }
        // CSS pixels are 3/4 of a point: keep the drawing's size on screen as on paper.
        out += QStringLiteral("<figure><img alt=\"%1\" width=\"%2\" height=\"%3\" "
                              "style=\"max-width:100%;height:auto\" src=\"data:%4;base64,%5\"/>"
                              "<figcaption>%1</figcaption></figure>\n")
                   .arg(esc(f->caption))
                   .arg(qRound(f->sizePt.width() * 4 / 3))
                   .arg(qRound(f->sizePt.height() * 4 / 3))
                   .arg(QString::fromLatin1(mime), QString::fromLatin1(data.toBase64()));
    }
    out += body.mid(last);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n"
                          "<title>%1</title>\n<style>\n%2"
                          "body { max-width: 60em; margin: 2em auto; }\n"
                          "figure { margin: 1em 0; } figcaption { font-size: 8pt; color: #555; "
                          "font-style: italic; }\n</style></head>\n<body>\n%3</body></html>\n")
        .arg(esc(report.title + " — " + report.subtitle), reportStyleSheet(), out);
}

} // namespace aif::report
