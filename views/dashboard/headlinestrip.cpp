#include "headlinestrip.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace aif {

const QStringList &HeadlineStrip::headlineKeys()
{
    static const QStringList keys {"facility", "tokensPerS", "tokensPerJoule", "pue", "usdPerMtok"};
    return keys;
}

HeadlineStrip::HeadlineStrip(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
{
    setObjectName("headlineStrip");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 6, 12, 6);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setFixedWidth(170); // so two strips one above the other line up (compare mode)
    m_title->hide();
    grid->addWidget(m_title, 0, 0, 3, 1, Qt::AlignVCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < headlineKeys().size(); ++i) {
        Tile t;
        // One frame per figure, so a click anywhere on the tile (caption, number or note)
        // explains it; the labels let the mouse through to the frame.
        t.frame = new QFrame(this);
        t.frame->setObjectName("headlineTile_" + headlineKeys()[i]);
        t.frame->setAutoFillBackground(true);
        t.frame->setBackgroundRole(QPalette::Base);
        t.frame->installEventFilter(this);
        auto *box = new QVBoxLayout(t.frame);
        box->setContentsMargins(4, 2, 4, 2);
        box->setSpacing(0);
        t.caption = new QLabel(t.frame);
        t.value = new QLabel(QStringLiteral("—"), t.frame);
        t.value->setObjectName("headline_" + headlineKeys()[i]);
        t.value->setFont(big);
        t.value->setTextFormat(Qt::RichText);
        t.note = new QLabel(t.frame);
        t.note->setFont(small);
        t.note->setWordWrap(true);
        t.note->setForegroundRole(QPalette::PlaceholderText);
        for (QLabel *l : {t.caption, t.value, t.note}) {
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
            box->addWidget(l);
        }
        box->addStretch(1);
        grid->addWidget(t.frame, 0, i + 1, 3, 1);
        grid->setColumnStretch(i + 1, 1);
        m_tiles.push_back(t);
    }
    clear(tr("No results yet: Analyze ▸ Solve (F5)."));
}

void HeadlineStrip::setFigures(const std::vector<KeyFigure> &figures, const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    for (int i = 0; i < headlineKeys().size(); ++i) {
        Tile &t = m_tiles[size_t(i)];
        const KeyFigure *f = findFigure(figures, headlineKeys()[i]);
        if (!f)
            continue;
        t.caption->setText(f->label);
        // The unit in a lighter, smaller face after the number, so the number reads first.
        t.value->setText(
            f->valid() && !f->unit.isEmpty()
                ? QStringLiteral("%1<span style='font-size:small; font-weight:normal'> %2</span>")
                      .arg(f->text(), f->unit.toHtmlEscaped())
                : f->text());
        t.value->setProperty("plainText", f->text());
        t.tip = f->valid() ? tr("%1 %2 — %3").arg(f->text(), f->unit, f->source) : f->reason;
        t.explainable = f->valid() && f->explainable;
        t.note->setText(f->valid() ? f->source : f->reason);
    }
    applyTips();
    applyStale();
}

void HeadlineStrip::setExplainEnabled(bool enabled)
{
    m_explain = enabled;
    applyTips();
}

void HeadlineStrip::applyTips()
{
    for (Tile &t : m_tiles) {
        const bool on = m_explain && t.explainable;
        t.frame->setToolTip(on ? t.tip + "\n" + tr("Click to explain this number") : t.tip);
        t.frame->setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor);
        t.frame->setFocusPolicy(on ? Qt::StrongFocus : Qt::NoFocus);
    }
}

bool HeadlineStrip::eventFilter(QObject *watched, QEvent *event)
{
    const auto tile = std::find_if(m_tiles.begin(), m_tiles.end(),
                                   [watched](const Tile &t) { return t.frame == watched; });
    if (tile == m_tiles.end() || !m_explain || !tile->explainable)
        return QFrame::eventFilter(watched, event);
    const QString key = headlineKeys()[int(tile - m_tiles.begin())];
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
            && tile->frame->rect().contains(
                static_cast<QMouseEvent *>(event)->position().toPoint())) {
            emit figureActivated(key);
            return true;
        }
        break;
    case QEvent::KeyPress: {
        const int k = static_cast<QKeyEvent *>(event)->key();
        if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Space) {
            emit figureActivated(key);
            return true;
        }
        break;
    }
    // Hover and keyboard focus both light the tile, so the user sees what a click explains.
    case QEvent::Enter:
    case QEvent::FocusIn:
        tile->frame->setBackgroundRole(QPalette::AlternateBase);
        break;
    case QEvent::Leave:
    case QEvent::FocusOut:
        if (!tile->frame->hasFocus() && !tile->frame->underMouse())
            tile->frame->setBackgroundRole(QPalette::Base);
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

QWidget *HeadlineStrip::tile(const QString &key) const
{
    const int i = headlineKeys().indexOf(key);
    return i < 0 ? nullptr : m_tiles[size_t(i)].frame;
}

void HeadlineStrip::clear(const QString &reason)
{
    m_title->hide();
    static const char *captions[] = {QT_TR_NOOP("Facility power"), QT_TR_NOOP("Output tokens/s"),
                                     QT_TR_NOOP("Tokens per joule"), QT_TR_NOOP("PUE"),
                                     QT_TR_NOOP("Cost per million tokens")};
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i].caption->setText(tr(captions[i]));
        m_tiles[i].value->setText(QStringLiteral("—"));
        m_tiles[i].value->setProperty("plainText", QStringLiteral("—"));
        m_tiles[i].note->setText(i == 0 ? reason : QString());
        m_tiles[i].tip.clear();
        m_tiles[i].explainable = false;
    }
    applyTips();
    applyStale();
}

void HeadlineStrip::setStale(bool stale)
{
    m_stale = stale;
    applyStale();
}

void HeadlineStrip::applyStale()
{
    for (Tile &t : m_tiles) {
        t.value->setForegroundRole(m_stale ? QPalette::PlaceholderText : QPalette::WindowText);
        t.value->setEnabled(!m_stale);
    }
    setToolTip(m_stale ? tr("Stale: the design changed since this solve; a new solve is running")
                       : QString());
}

QString HeadlineStrip::valueText(const QString &key) const
{
    const int i = headlineKeys().indexOf(key);
    return i < 0 ? QString() : m_tiles[size_t(i)].value->property("plainText").toString();
}

} // namespace aif
