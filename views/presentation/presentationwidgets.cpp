#include "presentationwidgets.h"

#include "dashboard/dashboardchart.h"
#include "report/keyfigures.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace aif {

namespace {
const char *kScale = "aifTypeScale";
const char *kBold = "aifTypeBold";
} // namespace

void setTypeScale(QWidget *widget, double factor, bool bold)
{
    widget->setProperty(kScale, factor);
    widget->setProperty(kBold, bold);
}

void applyTypeScale(QWidget *root, int basePx)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QVariant scale = w->property(kScale);
        if (!scale.isValid())
            continue;
        QFont f = w->font();
        // In points, not pixels: the dashboard's charts derive their smaller fonts from
        // pointSizeF(), which a pixel-sized font reports as -1.
        const double px = std::max(8.0, basePx * scale.toDouble());
        f.setPointSizeF(px * 72.0 / std::max(1, w->logicalDpiY()));
        f.setBold(w->property(kBold).toBool());
        w->setFont(f);
    }
}

QColor presentationAccent()
{
    return QColor(0, 94, 184);
}

QColor presentationMuted()
{
    return QColor(96, 104, 116);
}

FigureTile::FigureTile(const QString &key, double valueScale, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_note(new QLabel(this))
{
    setObjectName("figure_" + key);
    m_value->setObjectName("value_" + key);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(m_caption);
    box->addWidget(m_value);
    box->addWidget(m_note);
    m_note->setWordWrap(true);
    setTypeScale(m_caption, 0.8);
    setTypeScale(m_value, valueScale, true);
    setTypeScale(m_note, 0.6);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, presentationMuted());
    m_caption->setPalette(p);
    m_note->setPalette(p);
    p.setColor(QPalette::WindowText, presentationAccent());
    m_value->setPalette(p);
    m_value->setTextFormat(Qt::RichText);
}

void FigureTile::setFigure(const KeyFigure *f)
{
    if (!f) {
        setText(m_key, QStringLiteral("—"), {});
        return;
    }
    setText(f->label, f->text(), f->unit, f->valid() ? f->source : f->reason);
}

void FigureTile::setText(const QString &caption, const QString &value, const QString &unit, const QString &note)
{
    m_caption->setText(caption);
    // The unit a size smaller than the number, on its baseline.
    m_value->setText(unit.isEmpty() || value == QStringLiteral("—")
                         ? value.toHtmlEscaped()
                         : QStringLiteral("%1<span style=\"font-size:55%\">&nbsp;%2</span>")
                               .arg(value.toHtmlEscaped(), unit.toHtmlEscaped()));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FigureTile::valueText() const
{
    QTextDocument doc;
    doc.setHtml(m_value->text());
    return doc.toPlainText();
}

StepBar::StepBar(const QStringList &steps, QWidget *parent)
    : QWidget(parent)
    , m_steps(steps)
{
    setObjectName("presentationSteps");
    setTypeScale(this, 0.7);
    setCursor(Qt::PointingHandCursor);
}

void StepBar::setCurrent(int index)
{
    m_current = index;
    update();
}

QSize StepBar::sizeHint() const
{
    return {800, fontMetrics().height() * 2};
}

void StepBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = int(m_steps.size());
    const qreal w = qreal(width()) / n;
    const qreal gap = 6;
    for (int i = 0; i < n; ++i) {
        const QRectF r(i * w + gap / 2, 2, w - gap, height() - 4);
        const bool done = i <= m_current;
        p.setPen(Qt::NoPen);
        p.setBrush(i == m_current ? presentationAccent() : done ? QColor(180, 200, 225) : QColor(228, 231, 236));
        p.drawRoundedRect(r, 4, 4);
        p.setPen(i == m_current ? Qt::white : QColor(40, 44, 52));
        QFont f = font();
        f.setBold(i == m_current);
        p.setFont(f);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("%1  %2").arg(i + 1).arg(m_steps[i]));
    }
}

void StepBar::mousePressEvent(QMouseEvent *event)
{
    if (!m_steps.isEmpty())
        emit stepClicked(std::clamp(int(event->position().x() * m_steps.size() / std::max(1, width())), 0,
                                    int(m_steps.size()) - 1));
}

SplitBar::SplitBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName("costSplit");
    setTypeScale(this, 0.7);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SplitBar::setParts(const std::vector<Part> &parts, const QString &unit, int decimals)
{
    m_parts = parts;
    m_unit = unit;
    m_decimals = decimals;
    updateGeometry();
    update();
}

QSize SplitBar::sizeHint() const
{
    const int line = fontMetrics().height();
    return {600, line * 3 + line * int((m_parts.size() + 1) / 2) * 5 / 4};
}

void SplitBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    double total = 0.0;
    for (const Part &part : m_parts)
        total += std::max(0.0, part.value);
    if (total <= 0.0)
        return;
    const int line = fontMetrics().height();
    const QRectF bar(0, 0, width(), line * 2);
    qreal x = 0;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        const qreal w = bar.width() * std::max(0.0, m_parts[i].value) / total;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), seriesColour(int(i)));
        x += w;
    }
    // The legend in two columns: swatch, name, value.
    const qreal colW = width() / 2.0;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        const qreal lx = (i % 2) * colW;
        const qreal ly = bar.bottom() + line * 0.6 + (i / 2) * line * 1.25;
        p.fillRect(QRectF(lx, ly + line * 0.2, line * 0.6, line * 0.6), seriesColour(int(i)));
        p.setPen(QColor(40, 44, 52));
        const QString value = QStringLiteral("%1 %2").arg(m_parts[i].value, 0, 'f', m_decimals).arg(m_unit);
        const QRectF text(lx + line, ly, colW - line * 1.5, line);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_parts[i].name);
        p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, value);
    }
}

} // namespace aif
