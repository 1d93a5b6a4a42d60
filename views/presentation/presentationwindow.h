#pragma once

#include "project.h"
#include "whatif.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QStackedWidget;
class QTimer;

namespace aif {

class Catalog;
class PresentationControls;
class PresentationSlide;
class Progress;
class StepBar;

// Presentation mode (issue 20): full screen, large type, five slides the presenter steps
// through (plan → 3D heat map → power → tokens → $/Mtok) with live levers under them. It owns a
// copy of the project: the levers change that copy only, never the studio's document, and the
// bar says so. Each change re-solves on a worker thread 150 ms after the last move (the twin
// and TCO only, cancelling the solve in flight) and every slide shows the new figures.
// Keys: Right, Space, PageDown next; Left, PageUp back; 1–5 jump; Home, End; Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(const Project &snapshot, const Catalog *catalog, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The studio's entry point (View ▸ Presentation mode): a full-screen window on a copy of
    // `project` that deletes itself when closed. The catalog must outlive it.
    static PresentationWindow *present(const Project &project, const Catalog *catalog, QWidget *parent);

    int slideCount() const;
    int currentSlide() const;
    void setCurrentSlide(int index);
    PresentationSlide *slide(int index) const;
    PresentationControls *controls() const { return m_controls; }
    const WhatIfOutcome &outcome() const { return m_outcome; }
    int solveCount() const { return m_solves; }   // outcomes shown so far
    bool solving() const { return m_inFlight > 0; }
    const Project &project() const { return m_project; }   // the copy (levers not applied)

signals:
    void solved();

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Esc also when the window system has not made this window the active one yet (the
    // shortcuts need that): a presenter must always be able to leave.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addShortcut(const QKeySequence &key, const std::function<void()> &action);
    void startSolve();
    void showOutcome(WhatIfOutcome outcome);

    const Project m_project;
    const Catalog *m_catalog;
    StepBar *m_steps;
    QStackedWidget *m_stack;
    std::vector<PresentationSlide *> m_slides;
    PresentationControls *m_controls;
    QTimer *m_debounce;
    std::shared_ptr<Progress> m_progress;   // the solve in flight, cancelled by a newer one
    int m_generation = 0;
    int m_inFlight = 0;
    int m_solves = 0;
    WhatIfOutcome m_outcome;
};

} // namespace aif
