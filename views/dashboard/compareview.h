#pragma once

#include "project.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <string>

class QLabel;

namespace aif {

class Catalog;
class HeadlineStrip;
class KeyFiguresTable;
class PowerBreakdownChart;
class Progress;
struct SolveResult;

// One side of a comparison: a project (this one, or another file) and optionally one of its
// scenarios, solved as the studio solves it.
struct CompareSide
{
    QString label; // "Base design", "Scenario: UPS A failed", "campus.aifactory"
    Project project;
    std::string scenario; // id; empty = the project as it is
};

// Compare mode: two designs solved off the GUI thread, then their headline strips one above
// the other, their power breakdowns as two bars, and every key figure side by side with the
// difference, green where B is better and red where it is worse.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(const Catalog *catalog, QWidget *parent = nullptr);
    ~CompareView() override;

    // Starts both solves (a comparison in flight is cancelled); finished() follows.
    void compare(CompareSide a, CompareSide b);
    bool isRunning() const;

    const SolveResult *resultA() const { return m_a.get(); }
    const SolveResult *resultB() const { return m_b.get(); }
    HeadlineStrip *stripA() const { return m_stripA; }
    HeadlineStrip *stripB() const { return m_stripB; }
    KeyFiguresTable *table() const { return m_table; }
    PowerBreakdownChart *powerChart() const { return m_power; }

signals:
    void finished();

private:
    void cancel();
    void showResults(const QString &labelA, const QString &labelB);

    const Catalog *m_catalog;
    QLabel *m_status;
    HeadlineStrip *m_stripA;
    HeadlineStrip *m_stripB;
    PowerBreakdownChart *m_power;
    KeyFiguresTable *m_table;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<std::pair<SolveResult, SolveResult>> *m_watcher = nullptr;
    std::shared_ptr<const SolveResult> m_a;
    std::shared_ptr<const SolveResult> m_b;
};

} // namespace aif
