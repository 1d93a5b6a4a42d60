#include "benchopen.h"

#include "common/peakrss.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace aif {

namespace {


double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int benchOpen(MainWindow &window, const QString &file)
{
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    QElapsedTimer t;
    t.start();
    if (!window.openFile(file, false)) {
        std::fprintf(stderr, "ai-factory-studio: cannot open %s\n", qPrintable(file));
        return 1;
    }
    const double openedMs = ms(t);
    // The first full paint with the design in every view (grab() paints the whole window).
    window.grab();
    const double paintedMs = ms(t);
    // Then the results: the same solve job as the Solve button, off the GUI thread.
    QEventLoop loop;
    bool solved = false;
    QObject::connect(&window, &MainWindow::solveFinished, &loop, [&] {
        solved = true;
        loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    window.solve(false);
    loop.exec();
    const double solvedMs = ms(t);
    window.grab();   // result views and overlays repainted with the numbers
    const double shownMs = ms(t);
    std::printf("open %s: loaded and views filled %.0f ms, first paint %.0f ms, solved %.0f ms, results shown "
                "%.0f ms%s; peak %.0f MiB\n",
                qPrintable(file), openedMs, paintedMs, solvedMs, shownMs, solved ? "" : " (solve timed out)",
                peakRssMb());
    return solved ? 0 : 1;
}

} // namespace aif
