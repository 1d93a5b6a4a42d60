#pragma once

#include "report/keyfigures.h"

#include <QFrame>

#include <vector>

class QLabel;

namespace aif {

// The dashboard's headline: facility MW, tokens/s, tokens/J, PUE and $/Mtok as large numbers,
// each with its unit and where it comes from (or "—" and why it is missing). Greyed while the
// document has changed since the solve. With explaining on (the dashboard, not compare mode) a
// click on a tile, or Enter or Space on a focused one, asks for that figure's explanation.
class HeadlineStrip : public QFrame
{
    Q_OBJECT

public:
    explicit HeadlineStrip(QWidget *parent = nullptr);

    // Shows the headline five of these figures (keyFigures() order); an optional title on the
    // left names the design (compare mode).
    void setFigures(const std::vector<KeyFigure> &figures, const QString &title = {});
    void clear(const QString &reason);
    void setStale(bool stale);
    void setExplainEnabled(bool enabled);

    // The tile of a figure (for tests: a real click), or null.
    QWidget *tile(const QString &key) const;

    // The text shown for a figure ("8.31", "—"), for tests and accessibility.
    QString valueText(const QString &key) const;
    static const QStringList &headlineKeys();

signals:
    void figureActivated(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Tile
    {
        QFrame *frame = nullptr;
        bool explainable = false;
        QString tip; // the figure, its unit and source, or why it is missing
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    void applyStale();
    void applyTips();

    QLabel *m_title;
    std::vector<Tile> m_tiles;
    bool m_stale = false;
    bool m_explain = false;
};

} // namespace aif
