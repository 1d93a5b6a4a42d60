// The report as an A4 PDF: the shared HTML body laid out by QTextDocument on the PDF writer,
// figures as text objects drawn by their own QPainter code (so they stay vector), paginated by
// hand so each page gets a footer with its number, and the contents list gets each section's
// page (a second layout pass: the numbers do not change the lines, so not the pages either).
#include "reportlayout.h"

#include "atomicfile.h"
#include "reportformat.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace aif::report {

namespace {

constexpr int kFigureObject = QTextFormat::UserObject + 20;
constexpr int kFigureId = QTextFormat::UserProperty + 20;

// Draws a report figure where the layout put it, scaled from points to the page's pixels.
class FigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureObject(const ReportDocument &report, double pixelsPerPt, QSizeF maxSize)
        : m_report(report)
        , m_pixelsPerPt(pixelsPerPt)
        , m_maxSize(maxSize)
    { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const ReportFigure *f = m_report.figure(format.stringProperty(kFigureId));
        if (!f)
            return {};
        const QSizeF s = f->sizePt * m_pixelsPerPt;
        // A figure never overflows the page: scaled down to fit, aspect kept.
        const double k
            = std::min({1.0, m_maxSize.width() / s.width(), m_maxSize.height() / s.height()});
        return s * k;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const ReportFigure *f = m_report.figure(format.stringProperty(kFigureId));
        if (!f)
            return;
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / f->sizePt.width(), rect.height() / f->sizePt.height());
        const QRectF r(QPointF(0, 0), f->sizePt);
        if (f->draw)
            f->draw(*painter, r);
        else
            painter->drawImage(r, f->image);
        painter->restore();
    }

private:
    const ReportDocument &m_report;
    double m_pixelsPerPt;
    QSizeF m_maxSize;
};

// The body with each figure's caption under it, then the placeholders replaced by objects.
void setContent(QTextDocument &doc, const ReportDocument &report, const QList<int> &pages)
{
    static const QRegularExpression placeholder(
        QStringLiteral("<p>(\\{\\{figure:([a-z0-9-]+)\\}\\})</p>"));
    QString body = reportBody(report, pages, true);
    QString html;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const ReportFigure *f = report.figure(m.captured(2));
        html += body.mid(last, m.capturedEnd() - last);
        last = m.capturedEnd();
        if (f)
            html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(esc(f->caption));
    }
    doc.setHtml(html + body.mid(last));
    static const QRegularExpression marker(QStringLiteral("\\{\\{figure:([a-z0-9-]+)\\}\\}"));
    for (QTextCursor c = doc.find(marker); !c.isNull(); c = doc.find(marker, c)) {
        const QString id = marker.match(c.selectedText()).captured(1);
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(kFigureId, id);
        c.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

// The page (from 1) of each level-1 heading after the contents heading, in order.
QList<int> sectionPages(const QTextDocument &doc, double pageHeight)
{
    QList<int> pages;
    bool contents = true;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 1)
            continue;
        if (contents) {
            contents = false;
            continue;
        }
        const QRectF r = doc.documentLayout()->blockBoundingRect(b);
        pages << int(r.top() / pageHeight + 1e-6) + 1;
    }
    return pages;
}

} // namespace

bool writePdf(const ReportDocument &report, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        pdf.setTitle(report.title + " — " + report.subtitle);
        pdf.setCreator(QStringLiteral("AI Factory Studio " AIF_VERSION_STRING));
        const QRect paint = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const double footer = pdf.resolution() * 0.3; // 0.3 in under the text for the page line
        const QSizeF page(paint.width(), paint.height() - footer);

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&pdf);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        doc.setDefaultStyleSheet(reportStyleSheet());
        doc.setPageSize(page);
        FigureObject figures(report, pdf.resolution() / 72.0, page * 0.92);
        doc.documentLayout()->registerHandler(kFigureObject, &figures);
        setContent(doc, report, {});
        const QList<int> pages = sectionPages(doc, page.height());
        setContent(doc, report, pages);

        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = QStringLiteral("%1: cannot start the PDF writer").arg(path);
            return false;
        }
        const int count = doc.pageCount();
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            const QRectF clip(0, i * page.height(), page.width(), page.height());
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            if (i == 0)
                continue; // the cover has no footer
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 7));
            painter.setPen(QColor(110, 110, 110));
            const QRectF line(0, page.height() + footer * 0.35, page.width(), footer * 0.65);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             report.title + " — " + report.subtitle);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("Page %1 of %2").arg(i + 1).arg(count));
        }
        painter.end();
    }
    return writeFileAtomically(path, buffer.data(), error);
}

} // namespace aif::report

#include "reportpdf.moc"
