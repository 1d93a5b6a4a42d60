#pragma once

#include <QDialog>

class QTextBrowser;

namespace aif {

// The user guide inside the studio: the project's docs (docs/*.md, compiled in), rendered as
// Markdown with their links followed. One window, raised and turned to the page asked for.
class HelpBrowser : public QDialog
{
    Q_OBJECT

public:
    // Opens (or raises) the guide at docs/<page>.md.
    static HelpBrowser *show(QWidget *parent, const QString &page);
    QString currentPage() const;

private:
    explicit HelpBrowser(QWidget *parent);
    void open(const QString &page);

    QTextBrowser *m_browser;
};

} // namespace aif
