#pragma once

#include <QAbstractButton>
#include <QImage>
#include <QList>

namespace aif {

// One template or sample in the welcome gallery: a thumbnail of the design's floor plan, the
// title, a one-line description and a row of figures computed from the design. A button, so a
// click, Space or Enter (see keyPressEvent) opens it and Tab / the arrow keys move between
// cards. The thumbnail and figures arrive later (they need the design built); until then the
// card shows a placeholder and is already clickable. The width is set by the gallery's flow
// (kMinWidth and up, to fill a row); the height follows it (heightForWidth).
class GalleryCard : public QAbstractButton
{
    Q_OBJECT

public:
    struct Figure
    {
        QString value; // "54,576"
        QString label; // "GPUs"
    };

    static constexpr int kMinWidth = 256;

    GalleryCard(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString description() const { return m_description; }

    QImage thumbnail() const { return m_thumbnail; }
    void setThumbnail(const QImage &image);
    // "10 halls · 858 racks · 54,576 GPUs · 100 MW IT" (tooltip, accessibility, tests).
    QString figures() const;
    void setFigures(const QList<Figure> &figures);
    // The design could not be built or loaded: the card says so and the tooltip says why.
    void setFailed(const QString &why);

    // The pixel size thumbnails are drawn at (times the screen's pixel ratio): the widest a
    // card grows to, so a thumbnail is only ever scaled down.
    static QSize thumbnailRenderSize();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    QFont valueFont() const;
    QFont labelFont() const;
    void paintThumbnail(QPainter *p, const QRect &rect) const;
    void paintFigures(QPainter *p, const QRect &rect) const;
    void updateToolTip();

    QString m_title;
    QString m_description;
    QList<Figure> m_figures;
    QString m_failure;
    QImage m_thumbnail;
};

} // namespace aif
