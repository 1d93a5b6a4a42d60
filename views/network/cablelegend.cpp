#include "cablelegend.h"

#include "cableoverlayitem.h"
#include "mediumstyle.h"
#include "networkformat.h"

#include <QEvent>
#include <QGraphicsView>
#include <QPainter>

#include <map>

namespace aif {

namespace {
constexpr int kPad = 6, kSwatch = 22, kGap = 16;
constexpr long long kWidthKey[] = {8, 32, 128}; // cables per route in the width key
} // namespace

struct CableLegend::Item
{
    enum class Kind { Title, Line, Widths, Switch, Auto };
    Item(Kind k, const QString &t, const QColor &c = {}, Qt::PenStyle s = Qt::SolidLine)
        : kind(k)
        , text(t)
        , colour(c)
        , style(s)
    { }
    Kind kind;
    QString text;
    QColor colour;
    Qt::PenStyle style;
    QRect rect; // laid out by layout()
};

CableLegend::CableLegend(CableOverlayItem *overlay, QGraphicsView *view)
    : QWidget(view)
    , m_overlay(overlay)
    , m_view(view)
{
    setObjectName("cableLegend");
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->installEventFilter(this);
    connect(overlay, &CableOverlayItem::routesChanged, this, [this] {
        place();
        update();
    });
    place();
    show();
}

std::vector<CableLegend::Item> CableLegend::items() const
{
    using K = Item::Kind;
    std::vector<Item> out {Item(K::Title, tr("Cables:"))};
    if (!m_overlay || !m_overlay->plan()) {
        out.emplace_back(K::Title, tr("planning the fabric…"));
        return out;
    }
    std::map<int, std::pair<std::string, long long>> media; // rank -> medium, links
    long long beyond = 0;
    for (const CableRoute &r : m_overlay->routes()) {
        auto &[medium, links] = media[mediumStyle::rank(r.medium.medium)];
        medium = r.medium.medium;
        links += r.count;
        beyond += r.reaches ? 0 : r.count;
    }
    if (media.empty())
        out.emplace_back(K::Title, tr("no scale-out cables in this design"));
    for (const auto &[rank, m] : media)
        out.emplace_back(
            K::Line,
            tr("%1: %2 links").arg(mediumStyle::label(m.first), networkFormat::count(m.second)),
            mediumStyle::color(m.first));
    if (beyond > 0)
        out.emplace_back(
            K::Line, tr("beyond every medium's reach: %1 links").arg(networkFormat::count(beyond)),
            QColor(220, 0, 0), Qt::DashLine);
    out.emplace_back(K::Widths, tr("8, 32, 128 cables per route"));
    out.emplace_back(K::Switch, tr("switch rack"));
    out.emplace_back(K::Auto, tr("automatic switch position"));
    return out;
}

QStringList CableLegend::lines() const
{
    QStringList out;
    for (const Item &i : items())
        out << i.text;
    return out;
}

int CableLegend::layout(std::vector<Item> &list, int width) const
{
    const QFontMetrics fm(font());
    const int h = fm.lineSpacing() + 4;
    int x = kPad, y = kPad;
    for (Item &i : list) {
        const int mark = i.kind == Item::Kind::Title ? 0
            : i.kind == Item::Kind::Widths           ? 3 * kSwatch
                                                     : kSwatch;
        QFont f = font();
        f.setBold(i.kind == Item::Kind::Title);
        const int w = mark + QFontMetrics(f).horizontalAdvance(i.text) + 4;
        if (x > kPad && x + w > width - kPad) { // wrap
            x = kPad;
            y += h;
        }
        i.rect = QRect(x, y, w, h);
        x += w + kGap;
    }
    return y + h + kPad;
}

QSize CableLegend::sizeHint() const
{
    std::vector<Item> list = items();
    const int avail = std::max(200, m_view->viewport()->width() - 24);
    int right = 0;
    const int height = layout(list, avail);
    for (const Item &i : list)
        right = std::max(right, i.rect.right());
    return {right + kPad + 1, height};
}

void CableLegend::place()
{
    resize(sizeHint());
    const QRect vp = m_view->viewport()->geometry(); // in the view's coordinates
    move(vp.left() + 12, vp.top() + 8);
    raise();
}

bool CableLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QWidget::eventFilter(watched, event);
}

void CableLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(160, 160, 160));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    std::vector<Item> list = items();
    layout(list, width());
    QFont bold = font();
    bold.setBold(true);
    for (const Item &i : list) {
        const QRect r = i.rect;
        const double cy = r.center().y() + 0.5;
        int text = r.left();
        switch (i.kind) {
        case Item::Kind::Title:
            break;
        case Item::Kind::Line:
            p.setPen(QPen(i.colour, 3, i.style, Qt::FlatCap));
            p.drawLine(QPointF(r.left(), cy), QPointF(r.left() + kSwatch - 5, cy));
            text += kSwatch;
            break;
        case Item::Kind::Widths:
            for (int k = 0; k < 3; ++k) {
                p.setPen(QPen(QColor(90, 90, 90), CableOverlayItem::lineWidthPx(kWidthKey[k]),
                              Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(r.left() + k * kSwatch, cy),
                           QPointF(r.left() + k * kSwatch + kSwatch - 5, cy));
            }
            text += 3 * kSwatch;
            break;
        case Item::Kind::Switch:
            p.setPen(QPen(Qt::black, 1));
            p.setBrush(Qt::white);
            p.drawRect(QRectF(r.left() + 5, cy - 4, 8, 8));
            text += kSwatch;
            break;
        case Item::Kind::Auto:
            p.setPen(QPen(Qt::black, 1, Qt::DashLine));
            p.setBrush(QColor(255, 240, 200));
            p.drawPolygon(QPolygonF {{r.left() + 9.0, cy - 6},
                                     {r.left() + 15.0, cy},
                                     {r.left() + 9.0, cy + 6},
                                     {r.left() + 3.0, cy}});
            text += kSwatch;
            break;
        }
        p.setPen(Qt::black);
        p.setFont(i.kind == Item::Kind::Title ? bold : font());
        p.drawText(QRect(text, r.top(), r.right() - text + 1, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, i.text);
    }
}

} // namespace aif
