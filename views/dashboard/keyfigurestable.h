#pragma once

#include "report/keyfigures.h"

#include <QTableWidget>

namespace aif {

// Every key figure of one solve (value, unit, where it comes from), or of two solves side by
// side with the difference B − A coloured green where B is better and red where it is worse.
// One solve's rows explain themselves when explaining is on: a click on a row, or Enter or Space
// on the current one, asks for that figure's explanation.
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
    void setExplainEnabled(bool enabled);
    QString keyAt(int row) const; // the figure's key on that row ("" in compare mode)

signals:
    void figureActivated(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void activate(int row);

    std::vector<int> m_verdicts;
    bool m_explain = false;
};

QColor betterColour();
QColor worseColour();

} // namespace aif
