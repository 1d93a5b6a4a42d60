#pragma once

#include <QAbstractListModel>
#include <QLineEdit>

#include <vector>

namespace aif {

class Document;
struct ChangeEvent;
struct EntityRef;
struct Project;

// Every item a scenario may override, one row each ("CRAH-1 (crah-1) · Air-cooling unit"),
// grouped by kind, shared by all the pickers of the override table. The campus sample has
// ~15,000 items, so the list is rebuilt only when a picker needs it after the document's
// items or names changed, never on every refresh.
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    explicit EntityListModel(const Document *document, QObject *parent = nullptr);

    // Rebuilds the rows if items were added, removed or renamed since the last build.
    void ensureFresh();
    // The id the user meant by `text`: an id, a row's words, or a name only one item has.
    // Empty when nothing (or more than one item) matches.
    QString idForText(const QString &text);
    // The words of an item's row: "Name (id) · Kind".
    static QString rowText(const Project &project, EntityRef ref);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void onChanged(const ChangeEvent &event);

    struct Row
    {
        QString label;
        QString id;
        QString name;
    };
    const Document *m_document;
    std::vector<Row> m_rows;
    bool m_stale = true;
};

// The item of one override: type part of a name, id or kind and pick from the completer.
// Emits entityPicked when the user settles on a different item.
class EntityPicker : public QLineEdit
{
    Q_OBJECT

public:
    EntityPicker(EntityListModel *model, QWidget *parent = nullptr);

    // Shows `id` in the words `text` (the row's words, so re-typing them finds it again).
    void setEntity(const QString &id, const QString &text);
    QString entity() const { return m_id; }

signals:
    void entityPicked(const QString &id);
    void notFound(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void pick(const QString &id);
    void resolveTyped();

    EntityListModel *m_model;
    QString m_id;
    QString m_text;
};

} // namespace aif
