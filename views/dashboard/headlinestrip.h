#pragma once

#include "keyfigures.h"

#include <QFrame>

#include <vector>

class QLabel;

namespace aif {

// The dashboard's headline: facility MW, tokens/s, tokens/J, PUE and $/Mtok as large numbers,
// each with its unit and where it comes from (or "—" and why it is missing). Greyed while the
// document has changed since the solve.
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

    // The text shown for a figure ("8.31", "—"), for tests and accessibility.
    QString valueText(const QString &key) const;
    static const QStringList &headlineKeys();

private:
    struct Tile
    {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    void applyStale();

    QLabel *m_title;
    std::vector<Tile> m_tiles;
    bool m_stale = false;
};

} // namespace aif
