#pragma once

#include <QLayout>
#include <QList>

namespace aif {

// Lays out items of one kind (the welcome gallery's cards) left to right in as many equal
// columns as fit, wrapping to new rows: three cards a row at 1280 px, six at 2560 px. Items
// stretch from their size hint's width up to 1.6 times it to fill the row, as a CSS grid's
// auto-fill columns do, so a wide window shows larger thumbnails rather than a strip of empty
// space; their heights follow heightForWidth. Reports heightForWidth itself, so a QScrollArea
// (widgetResizable) scrolls exactly the wrapped height.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 16, int vSpacing = 16);

    // At most this many columns, however wide (a row of ten cards is hard to take in).
    void setMaxColumns(int columns) { m_maxColumns = columns; }
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
    int m_maxColumns = 6;
};

} // namespace aif
