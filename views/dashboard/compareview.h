#pragma once

#include "report/compare.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace aif {

class Catalog;
class HeadlineStrip;
class KeyFiguresTable;
class PowerBreakdownChart;
class Progress;

// Compare mode: two or more designs or scenarios solved off the GUI thread, then compared by
// the library (solvers/report/compare.h, the same verdicts as `aif compare` and the report):
// a headline strip per side, every key figure side by side in totals or normalised (per MW of
// IT, per GPU, per million tokens), the differences of their inputs, the verdicts (a failure
// scenario is a degraded case of its base, never better), and their power breakdowns.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(const Catalog *catalog, QWidget *parent = nullptr);
    ~CompareView() override;

    // Starts the solves (a comparison in flight is cancelled); finished() follows.
    void compare(std::vector<CompareSide> sides);
    void compare(CompareSide a, CompareSide b);
    bool isRunning() const;

    int sideCount() const { return int(m_sides.size()); }
    const SolveResult *result(int side) const;
    const SolveResult *resultA() const { return result(0); }
    const SolveResult *resultB() const { return result(1); }
    const CompareResult &comparison() const { return m_result; }
    HeadlineStrip *strip(int side) const;
    HeadlineStrip *stripA() const { return strip(0); }
    HeadlineStrip *stripB() const { return strip(1); }
    KeyFiguresTable *table() const { return m_table; }
    PowerBreakdownChart *powerChart() const { return m_power; }
    QTextBrowser *differences() const { return m_differences; }
    QLabel *verdicts() const { return m_verdicts; }

    Normalisation normalisation() const { return m_normalisation; }
    void setNormalisation(Normalisation n);

signals:
    void finished();
    // "Export to the report": the labels of the sides shown, reference first.
    void exportReportRequested(const QStringList &labels);

private:
    void cancel();
    void showResults();
    void fillTable();
    HeadlineStrip *ensureStrip(int side);

    const Catalog *m_catalog;
    QLabel *m_status;
    QComboBox *m_normaliseBox;
    QPushButton *m_export;
    QLabel *m_verdicts;
    QWidget *m_strips;
    std::vector<HeadlineStrip *> m_stripList;
    PowerBreakdownChart *m_power;
    KeyFiguresTable *m_table;
    QTextBrowser *m_differences;
    Normalisation m_normalisation = Normalisation::Total;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<std::vector<CompareSide>> *m_watcher = nullptr;
    std::vector<CompareSide> m_sides; // solved
    CompareResult m_result;
};

} // namespace aif
