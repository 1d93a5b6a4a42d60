#include "presentationwindow.h"

#include "common/progress.h"
#include "presentationcontrols.h"
#include "presentationslides.h"
#include "presentationwidgets.h"

#include <QFutureWatcher>
#include <QResizeEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

namespace aif {

PresentationWindow::PresentationWindow(const Project &snapshot, const Catalog *catalog, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_project(snapshot)
    , m_catalog(catalog)
    , m_steps(new StepBar({tr("Plan"), tr("Heat map"), tr("Power"), tr("Tokens"), tr("$/Mtok")}, this))
    , m_stack(new QStackedWidget(this))
    , m_controls(new PresentationControls(m_project, *catalog, this))
    , m_debounce(new QTimer(this))
{
    setObjectName("presentationWindow");
    setWindowTitle(tr("Presentation — %1").arg(QString::fromStdString(
        m_project.site().name.empty() ? m_project.site().id : m_project.site().name)));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(28, 32, 38));
    setPalette(p);

    m_slides = {new PlanSlide(catalog), new HeatSlide, new PowerSlide, new TokensSlide, new CostSlide};
    for (PresentationSlide *s : m_slides) {
        // A slide never widens the window past the screen; its content wraps instead.
        s->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        m_stack->addWidget(s);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    auto *steps = new QHBoxLayout;
    steps->setContentsMargins(48, 0, 48, 0);
    steps->addWidget(m_steps);
    layout->addLayout(steps);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_controls);
    connect(m_steps, &StepBar::stepClicked, this, &PresentationWindow::setCurrentSlide);

    const auto next = [this] { setCurrentSlide(currentSlide() + 1); };
    const auto back = [this] { setCurrentSlide(currentSlide() - 1); };
    for (const QKeySequence &k : {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_PageDown)})
        addShortcut(k, next);
    for (const QKeySequence &k : {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)})
        addShortcut(k, back);
    addShortcut(QKeySequence(Qt::Key_Home), [this] { setCurrentSlide(0); });
    addShortcut(QKeySequence(Qt::Key_End), [this] { setCurrentSlide(slideCount() - 1); });
    for (int i = 0; i < slideCount(); ++i)
        addShortcut(QKeySequence(Qt::Key_1 + i), [this, i] { setCurrentSlide(i); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });

    // 150 ms after the last move of a lever: long enough that a drag solves once or twice,
    // short enough that the number follows the hand.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PresentationWindow::startSolve);
    connect(m_controls, &PresentationControls::changed, m_debounce, qOverload<>(&QTimer::start));
    applyTypeScale(this, 27);
    startSolve();
}

PresentationWindow::~PresentationWindow()
{
    // A solve in flight reads the catalog and the copy: stop it and wait before they go.
    if (m_progress)
        m_progress->cancel();
    for (QFutureWatcherBase *w : findChildren<QFutureWatcherBase *>())
        w->waitForFinished();
}

PresentationWindow *PresentationWindow::present(const Project &project, const Catalog *catalog, QWidget *parent)
{
    auto *w = new PresentationWindow(project, catalog, parent);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->showFullScreen();
    w->activateWindow();
    return w;
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::addShortcut(const QKeySequence &key, const std::function<void()> &action)
{
    // Window-wide: a focused slider or combo never keeps the presenter from stepping on.
    auto *s = new QShortcut(key, this);
    s->setContext(Qt::WindowShortcut);
    connect(s, &QShortcut::activated, this, action);
}

int PresentationWindow::slideCount() const
{
    return int(m_slides.size());
}

int PresentationWindow::currentSlide() const
{
    return m_stack->currentIndex();
}

void PresentationWindow::setCurrentSlide(int index)
{
    index = std::clamp(index, 0, slideCount() - 1);
    m_stack->setCurrentIndex(index);
    m_steps->setCurrent(index);
}

PresentationSlide *PresentationWindow::slide(int index) const
{
    return index >= 0 && index < slideCount() ? m_slides[size_t(index)] : nullptr;
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The base type size: 27 px on a 1080-line screen, read from the back of a meeting room.
    applyTypeScale(this, std::max(14, event->size().height() / 40));
}

void PresentationWindow::startSolve()
{
    if (m_progress)
        m_progress->cancel();
    auto progress = std::make_shared<Progress>();
    m_progress = progress;
    const int generation = ++m_generation;
    ++m_inFlight;
    m_controls->setSolving(true);
    auto *watcher = new QFutureWatcher<WhatIfOutcome>(this);
    connect(watcher, &QFutureWatcher<WhatIfOutcome>::finished, this, [this, watcher, generation] {
        WhatIfOutcome o = watcher->result();
        watcher->deleteLater();
        --m_inFlight;
        if (generation == m_generation)
            showOutcome(std::move(o));
    });
    watcher->setFuture(QtConcurrent::run(
        [project = m_project, catalog = m_catalog, w = m_controls->whatIf(), progress]() {
            return solveWhatIf(project, *catalog, w, progress.get());
        }));
}

void PresentationWindow::showOutcome(WhatIfOutcome o)
{
    if (!o.ok) {
        m_controls->setSolved(o.solveMs, m_controls->costText(), o.error.isEmpty() ? tr("solve cancelled") : o.error);
        return;
    }
    // The PUE target starts at the solved PUE (a gap of zero) until the presenter moves it.
    const KeyFigure *pue = findFigure(o.figures, "pue");
    if (!m_controls->pueTargetSet() && pue && pue->valid()) {
        m_controls->setPueTarget(pue->value);
        o.targetPue = m_controls->whatIf().pueTarget;
        o.usdPerMtokAtTarget = usdPerMtokAtPue(*o.project, *m_catalog, *o.solve, o.targetPue, &o.pueAtTarget);
    }
    m_outcome = std::move(o);
    for (PresentationSlide *s : m_slides)
        s->showOutcome(m_outcome);
    const KeyFigure *cost = findFigure(m_outcome.figures, "usdPerMtok");
    m_controls->setSolved(m_outcome.solveMs,
                          cost && cost->valid() ? QStringLiteral("%1 %2").arg(cost->text(), cost->unit)
                                                : QStringLiteral("— $/Mtok"),
                          QString());
    applyTypeScale(this, std::max(14, height() / 40));
    ++m_solves;
    emit solved();
}

} // namespace aif
