#include "entitypicker.h"
#include "kindtext.h"

#include "document.h"
#include "scenarioedits.h"

#include <QCompleter>

namespace aif {

EntityListModel::EntityListModel(const Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &EntityListModel::onChanged);
}

QString EntityListModel::rowText(const Project &project, EntityRef ref)
{
    return tr("%1 · %2").arg(ScenarioEdits::entityLabel(project, ref),
                             kindLabel(ref.kind));
}

void EntityListModel::onChanged(const ChangeEvent &event)
{
    // Only the set of items and their names and ids show here; moving a rack changes nothing.
    if (event.type != ChangeEvent::Type::PropertyChanged || event.property == "name"
        || event.property == "id")
        m_stale = true;
}

void EntityListModel::ensureFresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    beginResetModel();
    m_rows.clear();
    const Project &p = m_document->project();
    for (EntityKind kind : allKinds()) {
        if (kind == EntityKind::Scenario)
            continue; // a scenario overriding another one is no what-if
        for (int i = 0; i < p.count(kind); ++i) {
            const EntityRef ref {kind, i};
            m_rows.push_back({rowText(p, ref), QString::fromStdString(p.idOf(ref)),
                              QString::fromStdString(p.nameOf(ref))});
        }
    }
    endResetModel();
}

QString EntityListModel::idForText(const QString &text)
{
    ensureFresh();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QString byName;
    int names = 0;
    for (const Row &r : m_rows) {
        if (r.id == t || r.label == t)
            return r.id;
        if (r.name.compare(t, Qt::CaseInsensitive) == 0
            || r.id.compare(t, Qt::CaseInsensitive) == 0) {
            byName = r.id;
            ++names;
        }
    }
    return names == 1 ? byName : QString();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return r.label;
    if (role == IdRole)
        return r.id;
    return {};
}

EntityPicker::EntityPicker(EntityListModel *model, QWidget *parent)
    : QLineEdit(parent)
    , m_model(model)
{
    auto *completer = new QCompleter(model, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    setCompleter(completer);
    setPlaceholderText(tr("Type a name, id or kind..."));
    setToolTip(tr("The item the override changes: type part of its name, id or kind and pick it "
                  "from the list."));
    connect(
        completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { pick(index.data(EntityListModel::IdRole).toString()); });
    connect(this, &QLineEdit::editingFinished, this, &EntityPicker::resolveTyped);
}

void EntityPicker::setEntity(const QString &id, const QString &text)
{
    m_id = id;
    m_text = text;
    setText(text);
    setCursorPosition(0);
}

void EntityPicker::focusInEvent(QFocusEvent *event)
{
    m_model->ensureFresh();
    QLineEdit::focusInEvent(event);
}

void EntityPicker::pick(const QString &id)
{
    if (id.isEmpty() || id == m_id)
        return;
    m_id = id;
    m_text = text();
    emit entityPicked(id);
}

void EntityPicker::resolveTyped()
{
    if (text() == m_text)
        return;
    const QString id = m_model->idForText(text());
    if (id.isEmpty()) {
        const QString typed = text();
        setText(m_text); // the item that stands
        emit notFound(typed);
        return;
    }
    pick(id);
}

} // namespace aif
