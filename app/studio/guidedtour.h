#pragma once

#include <QDockWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTimer;

namespace aif {

class MainWindow;

// Help ▸ Guided tour: ten steps that build the smallest AI factory from the "first-ai-factory"
// template (four HGX H100 racks on one UPS) and read what it makes: place racks, cool them,
// power them, run a model, solve, tokens per watt and $/Mtok. Each step says what to do, explains
// the physics in a sentence, links to the glossary, and enables Next when it is done (Show me
// does it for the student). A dock, so the studio stays usable beside it.
class GuidedTour : public QDockWidget
{
    Q_OBJECT

public:
    explicit GuidedTour(MainWindow *window);

    void start();   // from the first step
    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    bool stepDone() const;

private:
    struct Step
    {
        QString title;
        QString todo;      // what the student does
        QString physics;   // one sentence of why
        std::function<bool()> done;
        std::function<void()> showMe;
    };
    void buildSteps();
    void show(int step);
    void refresh();        // the done state of the shown step (polled: edits, solves, tabs)
    QString figureText(const char *key) const;   // a dashboard figure of the last solve, or "—"

    MainWindow *m_window;
    std::vector<Step> m_steps;
    int m_step = 0;
    QLabel *m_progress;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_showMe;
    QPushButton *m_next;
    QTimer *m_poll;
};

} // namespace aif
