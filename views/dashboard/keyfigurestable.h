#pragma once

#include "keyfigures.h"

#include <QTableWidget>

namespace aif {

// Every key figure of one solve (value, unit, where it comes from), or of two solves side by
// side with the difference B − A coloured green where B is better and red where it is worse.
class KeyFiguresTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit KeyFiguresTable(QWidget *parent = nullptr);

    void setFigures(const std::vector<KeyFigure> &figures);
    void setComparison(const std::vector<KeyFigure> &a, const std::vector<KeyFigure> &b,
                       const QString &labelA, const QString &labelB);
    // Compare mode: +1 / −1 / 0 per row as coloured (for tests), in keyFigures() order.
    const std::vector<int> &verdicts() const { return m_verdicts; }

private:
    std::vector<int> m_verdicts;
};

QColor betterColour();
QColor worseColour();

} // namespace aif
