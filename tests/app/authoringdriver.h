#pragma once

// Helpers that drive the studio as a user does: real mouse clicks and key presses on the
// widgets, modal dialogs and popup menus answered when they open.
#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QMenu>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace authoring {

// Runs `f` on the next modal dialog once it is shown (call before the action that opens it).
inline void whenModal(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || !w->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        f(w);
        // A failed check inside f returns early: close the dialog so the test fails, not hangs.
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    });
    timer->start();
}

// Clicks a popup menu's entries in turn (submenus opened by clicking them) once it opens.
inline void whenMenu(QStringList path)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto expect = std::make_shared<QMenu *>(nullptr);   // the submenu the last click opens
    QObject::connect(timer, &QTimer::timeout, [timer, path, expect]() mutable {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible() || (*expect && menu != *expect))
            return;
        QAction *hit = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().remove('&') == path.first())
                hit = a;
        if (!hit || !hit->isEnabled()) {
            qWarning() << "menu has no enabled" << path.first();
            menu->close();
            timer->stop();
            timer->deleteLater();
            return;
        }
        path.removeFirst();
        *expect = hit->menu();
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(hit).center());
        if (path.isEmpty()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

inline void click(QWidget *w)
{
    QVERIFY(w);
    // A radio button or check box takes clicks on its indicator and text, not on the empty rest
    // of its row: click the indicator.
    const bool indicator = w->inherits("QRadioButton") || w->inherits("QCheckBox");
    QTest::mouseClick(w, Qt::LeftButton, {}, indicator ? QPoint(8, w->height() / 2) : w->rect().center());
}

// Picks a combo box entry with the mouse: opens its popup and clicks the entry whose data is `value`.
inline void choose(QComboBox *combo, const QString &value)
{
    QVERIFY(combo);
    const int row = combo->findData(value);
    QVERIFY2(row >= 0, qPrintable(value));
    // A loaded machine (make test runs suites side by side) can deliver the click before the
    // popup accepts it, which closes the popup without a choice: try again, as a person would.
    for (int attempt = 0; attempt < 3 && combo->currentData().toString() != value; ++attempt) {
        QTest::mouseClick(combo, Qt::LeftButton, {}, combo->rect().center());
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        // The popup ignores a release that comes sooner than a double click after it opened (so a
        // press-drag-release can pick an entry): wait as a person's second click would.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        const QModelIndex index = view->model()->index(row, combo->modelColumn(), view->rootIndex());
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(!view->isVisible());
    }
    QCOMPARE(combo->currentData().toString(), value);
}

// Replaces a line edit's or spin box's text by typing, then leaves it with Tab (in a dialog,
// where Enter would press the default button) or commits with Enter (the inspector).
inline void type(QWidget *w, const QString &text, Qt::Key finish = Qt::Key_Tab)
{
    QVERIFY(w);
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    QTest::keyClick(w, finish);
}

inline void drag(QWidget *viewport, QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
{
    QTest::mousePress(viewport, Qt::LeftButton, mods, from);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 8);
    QTest::mouseRelease(viewport, Qt::LeftButton, mods, to);
}

} // namespace authoring

namespace authoring {

// A right click as the window system delivers it: the press and release, then the context
// menu event (QTest's synthetic mouse events do not make one by themselves).
inline void rightClick(QWidget *w, QPoint at)
{
    QTest::mouseClick(w, Qt::RightButton, {}, at);
    QContextMenuEvent e(QContextMenuEvent::Mouse, at, w->mapToGlobal(at));
    QApplication::sendEvent(w, &e);
}

// Clicks the visible tab whose text (without its & mnemonic) is `text`, in any tab bar of
// `root` (the central views and the docks' tabs). False when there is none.
inline bool clickTab(QWidget *root, const QString &text)
{
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).remove('&') == text && bar->isVisible()) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                return true;
            }
        }
    }
    return false;
}

} // namespace authoring
