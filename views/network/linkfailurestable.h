#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace aif {

class Document;
struct ChangeEvent;

// The design's links (Link entities: groups of identical cables between two switches or a rack
// and its switch) with the what-if failures the issue asks for: right-click a group to trip one
// link, trip the whole group, or restore it (one undo step each). The design re-solves at once
// like any edit; the N−1 scan trips the same groups (kind "link"). Groups with links down come
// first; a filter narrows large campuses (a 10,000-rack design has a quarter of a million).
class LinkFailuresTable : public QWidget
{
    Q_OBJECT

public:
    explicit LinkFailuresTable(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

    // The context-menu actions, for the menu and for tests: false when nothing changes.
    bool tripOne(const QString &linkId);
    bool tripAll(const QString &linkId);
    bool restore(const QString &linkId);

    static constexpr int kMaxRows = 2000;

private:
    void fill();
    void onChanged(const ChangeEvent &event);
    void showMenu(const QPoint &pos);
    bool setFailed(const QString &linkId, int failed, const QString &text);

    Document *m_document = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace aif
