#include "recentlist.h"

#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace aif {

namespace {

constexpr int kItemPadding = 6;

// Name on the first line, folder (dimmer, elided in the middle so both ends stay readable)
// on the second: the folder is what tells two "hall.aifactory" files apart.
class RecentItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {option.rect.width(), 2 * fm.lineSpacing() + 2 * kItemPadding + 2};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const bool enabled = index.flags() & Qt::ItemIsEnabled;
        const QWidget *view = option.widget;
        const bool current = view && view->hasFocus() && (option.state & QStyle::State_HasFocus);
        const QPalette &pal = option.palette;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (enabled && ((option.state & QStyle::State_MouseOver) || current)) {
            QColor hover = pal.color(QPalette::Highlight);
            hover.setAlphaF(current ? 0.22 : 0.12);
            painter->setPen(Qt::NoPen);
            painter->setBrush(hover);
            painter->drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 4, 4);
        }
        const QRect r
            = option.rect.adjusted(kItemPadding + 2, kItemPadding, -kItemPadding, -kItemPadding);
        QFont nameFont = option.font;
        nameFont.setWeight(QFont::DemiBold);
        const QFontMetrics nfm(nameFont);
        const QFontMetrics fm(option.font);
        const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
        painter->setFont(nameFont);
        painter->setPen(pal.color(group, QPalette::WindowText));
        painter->drawText(
            QPointF(r.left(), r.top() + nfm.ascent()),
            nfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));
        painter->setFont(option.font);
        painter->setPen(pal.color(group, QPalette::PlaceholderText));
        painter->drawText(QPointF(r.left(), r.top() + nfm.lineSpacing() + fm.ascent()),
                          fm.elidedText(index.data(RecentList::FolderRole).toString(),
                                        Qt::ElideMiddle, r.width()));
        painter->restore();
    }
};

QString displayFolder(const QString &path)
{
    QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (!home.isEmpty() && home != QLatin1String("/") && folder.startsWith(home))
        folder = QLatin1Char('~') + folder.mid(home.size());
    return folder;
}

} // namespace

RecentList::RecentList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName("recentList");
    setItemDelegate(new RecentItemDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::NoSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setCursor(Qt::PointingHandCursor);
    // The list sits on the page's background, not in a white box of its own.
    viewport()->setBackgroundRole(QPalette::Window);
    setAccessibleName(tr("Recent designs"));
    connect(this, &QListWidget::itemClicked, this, &RecentList::activate);
}

void RecentList::setPaths(const QStringList &paths)
{
    clear();
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), this);
        item->setData(PathRole, path);
        item->setData(FolderRole, displayFolder(path));
        if (QFileInfo::exists(path)) {
            item->setToolTip(QDir::toNativeSeparators(path));
        } else {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(
                tr("%1\nThis file no longer exists.").arg(QDir::toNativeSeparators(path)));
        }
    }
}

void RecentList::activate(const QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit pathActivated(item->data(PathRole).toString());
}

void RecentList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        activate(currentItem());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void RecentList::paintEvent(QPaintEvent *event)
{
    if (count() > 0) {
        QListWidget::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(kItemPadding + 2, kItemPadding, -kItemPadding, 0),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("No recent designs yet. The designs you open or save appear here."));
}

} // namespace aif
