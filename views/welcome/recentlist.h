#pragma once

#include <QListWidget>

namespace aif {

// The welcome page's recent files: each entry shows the file name and, below it, its folder.
// A file that no longer exists stays in the list (the user recognises it) but is greyed and
// cannot be opened. A click or Enter on an existing file emits pathActivated.
class RecentList : public QListWidget
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole, FolderRole };

    explicit RecentList(QWidget *parent = nullptr);

    void setPaths(const QStringList &paths);

signals:
    void pathActivated(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void activate(const QListWidgetItem *item);
};

} // namespace aif
