#pragma once

#include "report/compare.h"

#include <QTableWidget>

namespace aif {

// Every key figure of one solve (value, unit, where it comes from), or a comparison of two or
// more solves side by side (CompareResult, in one normalisation): each other side's value with
// its difference from the side its verdict compares with, green where the library calls it
// better and red where worse (a failure case is never green). One solve's rows explain
// themselves when explaining is on: a click on a row, or Enter or Space on the current one,
// asks for that figure's explanation.
class KeyFiguresTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit KeyFiguresTable(QWidget *parent = nullptr);

    void setFigures(const std::vector<KeyFigure> &figures);
    // Columns: Figure, A, then per other side its value and its difference; with two sides a
    // last column says which is better.
    void setComparison(const CompareResult &result, Normalisation shown);
    // Compare mode: +1 / −1 / 0 per row as coloured for one side (B by default), in keyFigures()
    // order; valueColumn / differenceColumn: where that side's cells are.
    const std::vector<int> &verdicts(int side = 1) const;
    static int valueColumn(int side) { return side == 0 ? 1 : 2 * side; }
    static int differenceColumn(int side) { return 2 * side + 1; }
    void setExplainEnabled(bool enabled);
    QString keyAt(int row) const; // the figure's key on that row ("" in compare mode)

signals:
    void figureActivated(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void activate(int row);

    std::vector<std::vector<int>> m_verdicts; // [side][row]
    bool m_explain = false;
};

QColor betterColour();
QColor worseColour();
QColor failureColour(); // a failure case's verdict: amber, neither better nor worse

} // namespace aif
