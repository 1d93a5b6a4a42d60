#pragma once

#include <QPlainTextEdit>

namespace aif {

// The session log: Qt messages from every thread (solver progress, file operations, warnings).
class LogPanel : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    // Routes qDebug/qInfo/qWarning to this panel (and still to stderr).
    void installMessageHandler();

public slots:
    void appendLine(const QString &line);
};

} // namespace aif
