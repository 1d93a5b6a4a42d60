#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace aif {

// The status bar's progress of the solve in flight: shown only when a solve runs longer than
// half a second (a quick solve would only flicker), with its stage and a Cancel button.
class SolveProgress : public QWidget
{
    Q_OBJECT

public:
    explicit SolveProgress(QWidget *parent = nullptr);

    void start(const QString &what);
    void setProgress(double fraction, const QString &stage);
    void finish();
    QPushButton *cancelButton() const { return m_cancel; }
    bool running() const { return m_running; }

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_showTimer;
    QString m_what;
    bool m_running = false;
};

} // namespace aif
