#include "helpbrowser.h"

#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace aif {

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName("helpBrowser");
    setWindowTitle(tr("AI Factory Studio — User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/docs")});
    auto *layout = new QVBoxLayout(this);
    auto *home = new QPushButton(tr("Contents"), this);
    connect(home, &QPushButton::clicked, this, [this] { open(QStringLiteral("guide")); });
    layout->addWidget(home, 0, Qt::AlignLeft);
    layout->addWidget(m_browser, 1);
    resize(900, 760);
}

HelpBrowser *HelpBrowser::show(QWidget *parent, const QString &page)
{
    static QPointer<HelpBrowser> window;
    if (!window)
        window = new HelpBrowser(parent);
    window->open(page);
    window->QDialog::show();
    window->raise();
    window->activateWindow();
    return window;
}

void HelpBrowser::open(const QString &page)
{
    QString path = QStringLiteral(":/docs/%1.md").arg(page);
    if (!QFile::exists(path))
        path = QStringLiteral(":/docs/guide.md");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + path), QTextDocument::MarkdownResource);
}

QString HelpBrowser::currentPage() const
{
    return m_browser->source().fileName().section('.', 0, 0);
}

} // namespace aif
