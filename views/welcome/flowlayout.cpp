#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace aif {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item: narrower than that, a card would be clipped instead of wrapped.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible << item;
    }
    if (visible.isEmpty())
        return m.top() + m.bottom();
    const int minW = visible.front()->sizeHint().width();
    const int columns
        = std::clamp((area.width() + m_hSpacing) / (minW + m_hSpacing), 1, m_maxColumns);
    const int width
        = std::clamp((area.width() - (columns - 1) * m_hSpacing) / columns, minW, minW * 8 / 5);
    int y = area.y();
    for (int first = 0; first < visible.size(); first += columns) {
        int rowHeight = 0;
        for (int i = first; i < std::min(first + columns, int(visible.size())); ++i) {
            QLayoutItem *item = visible[i];
            const int h = item->hasHeightForWidth() ? item->heightForWidth(width)
                                                    : item->sizeHint().height();
            if (!testOnly)
                item->setGeometry(
                    QRect(area.x() + (i - first) * (width + m_hSpacing), y, width, h));
            rowHeight = std::max(rowHeight, h);
        }
        y += rowHeight + m_vSpacing;
    }
    return y - m_vSpacing - rect.y() + m.bottom();
}

} // namespace aif
