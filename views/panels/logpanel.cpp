#include "logpanel.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>

#include <cstdio>

namespace aif {

namespace {
QPointer<LogPanel> g_panel;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previous)
        g_previous(type, context, message);
    if (!g_panel)
        return;
    const char *level = type == QtWarningMsg ? "warning" : type == QtCriticalMsg ? "error" : type == QtInfoMsg ? "info" : "debug";
    const QString line = QStringLiteral("%1  %2  %3").arg(QTime::currentTime().toString("HH:mm:ss"), level, message);
    // Messages may come from solver threads: append on the GUI thread.
    QMetaObject::invokeMethod(g_panel.data(), "appendLine", Qt::QueuedConnection, Q_ARG(QString, line));
}
} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName("logPanel");
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

LogPanel::~LogPanel()
{
    if (g_panel == this)
        qInstallMessageHandler(g_previous);
}

void LogPanel::installMessageHandler()
{
    g_panel = this;
    // A second window's panel takes over the messages; the handler before ours stays the one
    // to chain to (chaining to ourselves would recurse without end).
    const QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        g_previous = previous;
}

void LogPanel::appendLine(const QString &line)
{
    appendPlainText(line);
}

} // namespace aif
