#include "gallerycard.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace aif {

namespace {
constexpr int kPadding = 12;
constexpr int kTitleLines = 2;
constexpr int kTextLines = 4; // title and description together: 2 + 2, or 1 + 3
constexpr qreal kRadius = 6;

// 16:9, the aspect of a campus of halls side by side (portrait halls get margins).
int thumbnailHeight(int width)
{
    return width * 9 / 16;
}

// Draws text wrapped into at most maxLines lines of the given width, eliding the last line
// when the text is longer, so a long title never runs out of the card or into the next line.
// Returns the lines drawn.
int drawWrapped(QPainter *p, const QPoint &topLeft, int width, const QFont &font,
                const QString &text, int maxLines)
{
    const QFontMetrics fm(font);
    p->setFont(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    int lines = 0;
    for (; lines < maxLines; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        QString piece = text.mid(line.textStart(), line.textLength());
        if (lines == maxLines - 1 && line.textStart() + line.textLength() < text.size())
            piece = fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
        p->drawText(QPointF(topLeft.x(), topLeft.y() + lines * fm.lineSpacing() + fm.ascent()),
                    piece.trimmed());
    }
    layout.endLayout();
    return lines;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

GalleryCard::GalleryCard(const QString &title, const QString &description, QWidget *parent)
    : QAbstractButton(parent)
    , m_title(title)
    , m_description(description)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(title);
    setAccessibleDescription(description);
    // Not Fixed vertically: QWidgetItem caps a Fixed height at sizeHint(), not heightForWidth().
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateToolTip();
}

QSize GalleryCard::thumbnailRenderSize()
{
    // The widest card the gallery makes is 1.6 x kMinWidth (FlowLayout's stretch limit).
    const int width = kMinWidth * 8 / 5 - 2 * kPadding;
    return {width, thumbnailHeight(width)};
}

void GalleryCard::setThumbnail(const QImage &image)
{
    m_thumbnail = image;
    update();
}

QString GalleryCard::figures() const
{
    QStringList parts;
    for (const Figure &f : m_figures)
        parts << f.value + QLatin1Char(' ') + f.label;
    return parts.join(QStringLiteral(" · "));
}

void GalleryCard::setFigures(const QList<Figure> &figures)
{
    m_figures = figures;
    setAccessibleDescription(m_description + QLatin1Char('\n') + this->figures());
    updateToolTip();
    update();
}

void GalleryCard::setFailed(const QString &why)
{
    m_failure = why;
    updateToolTip();
    update();
}

void GalleryCard::updateToolTip()
{
    QStringList lines {QStringLiteral("<b>%1</b>").arg(m_title.toHtmlEscaped()),
                       m_description.toHtmlEscaped()};
    if (!m_figures.isEmpty())
        lines << figures().toHtmlEscaped();
    if (!m_failure.isEmpty())
        lines << tr("Preview unavailable: %1").arg(m_failure.toHtmlEscaped());
    setToolTip(lines.join(QStringLiteral("<br>")));
}

QFont GalleryCard::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    return f;
}

QFont GalleryCard::valueFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QFont GalleryCard::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

int GalleryCard::heightForWidth(int width) const
{
    // Text heights from the fonts, so a larger system font grows the card instead of clipping.
    const int title = QFontMetrics(titleFont()).lineSpacing() * kTitleLines;
    const int description = fontMetrics().lineSpacing() * (kTextLines - kTitleLines);
    const int figures
        = QFontMetrics(valueFont()).lineSpacing() + QFontMetrics(labelFont()).lineSpacing();
    return kPadding + thumbnailHeight(width - 2 * kPadding) + 10 + title + 4 + description + 14
        + figures + kPadding;
}

QSize GalleryCard::sizeHint() const
{
    return {kMinWidth, heightForWidth(kMinWidth)};
}

void GalleryCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &pal = palette();
    const bool hot = underMouse() || isDown();
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);

    // Card: the view's base colour, a quiet border that turns to the highlight colour on hover
    // and a thicker one on keyboard focus (the only focus cue, so it must be visible).
    p.setBrush(hot ? blend(base, highlight, 0.06) : base);
    p.setPen(QPen(hasFocus() || hot ? highlight : blend(base, text, 0.18), hasFocus() ? 2.0 : 1.0));
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), kRadius, kRadius);

    const int textW = width() - 2 * kPadding;
    const QRect thumb(kPadding, kPadding, textW, thumbnailHeight(textW));
    paintThumbnail(&p, thumb);

    // Title, then the description in the lines the title leaves (a one-line title gives the
    // description three), so both stay whole as often as the card allows.
    int y = thumb.bottom() + 1 + 10;
    const QFont tf = titleFont();
    p.setPen(text);
    const int titleLines = drawWrapped(&p, {kPadding, y}, textW, tf, m_title, kTitleLines);
    y += QFontMetrics(tf).lineSpacing() * titleLines + 4;
    p.setPen(blend(base, text, 0.75));
    drawWrapped(&p, {kPadding, y}, textW, font(), m_description, kTextLines - titleLines);

    const int figuresH
        = QFontMetrics(valueFont()).lineSpacing() + QFontMetrics(labelFont()).lineSpacing();
    paintFigures(&p, QRect(kPadding, height() - kPadding - figuresH, textW, figuresH));
}

void GalleryCard::paintThumbnail(QPainter *p, const QRect &rect) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    QPainterPath clip;
    clip.addRoundedRect(rect, 4, 4);
    p->save();
    p->setClipPath(clip);
    if (!m_thumbnail.isNull()) {
        p->drawImage(rect, m_thumbnail);
    } else {
        p->fillRect(rect, blend(base, text, 0.06));
        p->setPen(palette().color(QPalette::PlaceholderText));
        p->drawText(rect, Qt::AlignCenter,
                    m_failure.isEmpty() ? tr("Building preview…") : tr("Preview unavailable"));
    }
    p->restore();
    p->setPen(QPen(blend(base, text, 0.12), 1));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void GalleryCard::paintFigures(QPainter *p, const QRect &rect) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    p->setPen(QPen(blend(base, text, 0.12), 1));
    p->drawLine(QPointF(rect.left(), rect.top() - 7.5), QPointF(rect.right(), rect.top() - 7.5));
    const QFont vf = valueFont();
    const QFont lf = labelFont();
    const QFontMetrics vfm(vf);
    const QFontMetrics lfm(lf);
    if (m_figures.isEmpty()) {
        p->setFont(lf);
        p->setPen(palette().color(QPalette::PlaceholderText));
        p->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                    m_failure.isEmpty() ? tr("Counting…") : QString());
        return;
    }
    // One column per figure: the number on top, what it counts below, like a spec sheet.
    const int n = int(m_figures.size());
    const int columnW = rect.width() / n;
    for (int i = 0; i < n; ++i) {
        const int x = rect.left() + i * columnW;
        p->setFont(vf);
        p->setPen(text);
        p->drawText(QPointF(x, rect.top() + vfm.ascent()),
                    vfm.elidedText(m_figures[i].value, Qt::ElideRight, columnW - 6));
        p->setFont(lf);
        p->setPen(blend(base, text, 0.6));
        p->drawText(QPointF(x, rect.top() + vfm.lineSpacing() + lfm.ascent()),
                    lfm.elidedText(m_figures[i].label, Qt::ElideRight, columnW - 6));
    }
}

void GalleryCard::keyPressEvent(QKeyEvent *event)
{
    // Enter opens the focused card, as in a file dialog (QAbstractButton only knows Space).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void GalleryCard::enterEvent(QEnterEvent *event)
{
    QAbstractButton::enterEvent(event);
    update();
}

void GalleryCard::leaveEvent(QEvent *event)
{
    QAbstractButton::leaveEvent(event);
    update();
}

} // namespace aif
