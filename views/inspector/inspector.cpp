#include "inspector.h"
#include "kindtext.h"

#include "../selectionmodel.h"
#include "document.h"
#include "propertyeditor.h"
#include "resultsection.h"
#include "solvejob.h"
#include "fieldtext.h"

#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace aif {

Inspector::Inspector(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_results(new QLabel(this))
{
    setObjectName("inspector");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: #b00020;");
    m_status->hide();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    m_results->setTextFormat(Qt::RichText);
    m_results->setWordWrap(true);
    m_results->setObjectName("solvedValues");
    layout->addWidget(m_results);
    layout->addWidget(m_scroll, 1);
    connect(selection, &SelectionModel::selectionChanged, this, [this] {
        m_status->hide();
        refresh();
    });
    connect(document, &Document::changed, this, &Inspector::onDocumentChanged);
    refresh();
}

void Inspector::refresh()
{
    const Project &p = m_document->project();
    QStringList ids;
    std::optional<EntityRef> first;
    for (const QString &id : m_selection->selected()) {
        const auto ref = p.find(id.toStdString());
        if (!ref || (first && ref->kind != first->kind))
            continue;   // only entities of the first one's kind are edited together
        first = first ? first : ref;
        ids << id;
    }
    m_results->clear();
    if (m_result && first)
        m_results->setText(resultSummary(p, *m_result, ids.first(), m_resultRevision != m_document->revision()));
    m_results->setVisible(!m_results->text().isEmpty());
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!first) {
        m_title->setText(tr("Nothing selected"));
        m_scroll->setWidget(form);
        return;
    }
    const KindNames &names = kindNames(first->kind);
    m_title->setText(ids.size() == 1 ? QStringLiteral("%1: %2").arg(kindLabel(first->kind), ids.first())
                                     : tr("%1 %2 selected (edits apply to all)").arg(ids.size()).arg(kindPlural(first->kind)));
    const UnitSystem units = units::currentSystem();
    for (const PropertyInfo &info : p.properties(first->kind)) {
        if (ids.size() > 1 && (info.key == "id" || info.key == "name"))
            continue;
        const std::string key = info.key;
        QWidget *editor = PropertyEditor::create(
            info, p.value(*first, key), p, m_catalog, units, [this, ids, key](const Json &v) { commit(ids, key, v); }, form,
            [this](const QString &why) { refuse(why); });
        if (!editor)
            continue;
        editor->setObjectName(QString::fromStdString("edit_" + key));
        // Ids are renamed here (references follow); singletons keep their fixed ids.
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && key == "id")
            line->setReadOnly(names.singleton);
        auto *label = new QLabel(fieldLabel(info), form);
        label->setObjectName(QString::fromStdString("label_" + key));
        label->setToolTip(PropertyEditor::toolTip(info, units));
        label->setWhatsThis(label->toolTip());
        // Right-click a field's name: sweep it (What-if ▸ Sweep) across values around this one.
        if (ids.size() == 1 && key != "id" && key != "name") {
            label->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(label, &QLabel::customContextMenuRequested, this, [this, label, id = ids.first(), key](const QPoint &at) {
                QMenu menu;
                menu.addAction(tr("Sweep this field…"), this,
                               [this, id, key] { emit sweepFieldRequested(id, QString::fromStdString(key)); });
                menu.exec(label->mapToGlobal(at));
            });
        }
        layout->addRow(label, editor);
    }
    m_scroll->setWidget(form);
}

QString Inspector::labelOf(const QString &id, const std::string &key) const
{
    const Project &p = m_document->project();
    const auto ref = p.find(id.toStdString());
    const PropertyInfo *info = ref ? p.property(ref->kind, key) : nullptr;
    return info ? fieldLabel(*info) : QString::fromStdString(key);
}

void Inspector::setResults(std::shared_ptr<const SolveResult> result)
{
    m_result = std::move(result);
    m_resultRevision = m_document->revision();
    refresh();
}

void Inspector::commit(const QStringList &ids, const std::string &key, const Json &value)
{
    m_committing = true;
    std::string error;
    if (ids.size() > 1)
        m_document->beginBatch(tr("Change %1 of %2 items").arg(labelOf(ids.first(), key)).arg(ids.size()));
    for (const QString &id : ids) {
        error = m_document->editProperty(id.toStdString(), key, value);
        if (!error.empty())
            break;
    }
    if (ids.size() > 1)
        m_document->endBatch();
    m_committing = false;
    if (!error.empty()) {
        const Project &p = m_document->project();
        const auto ref = p.find(ids.first().toStdString());
        const PropertyInfo *info = ref ? p.property(ref->kind, key) : nullptr;
        refuse(QStringLiteral("%1: %2").arg(info ? fieldLabel(*info) : QString::fromStdString(key), QString::fromStdString(error)));
        return;
    }
    m_status->hide();
    // An id change moves the selection to the new id.
    if (key == "id" && ids.size() == 1)
        m_selection->setSelected({QString::fromStdString(value.get<std::string>())});
}

void Inspector::refuse(const QString &message)
{
    m_status->setText(message);
    m_status->show();
    emit editRefused(message);
    // Rebuild after the editor's signal handler returns, to show the value that stands.
    QTimer::singleShot(0, this, &Inspector::refresh);
}

void Inspector::onDocumentChanged(const ChangeEvent &)
{
    // Our own edit: the editors already show the new value, and rebuilding now would take
    // away the widget the user just clicked. Other changes (undo, other views) rebuild later,
    // since the change may arrive while an editor is still inside its signal handler.
    if (!m_committing)
        QTimer::singleShot(0, this, &Inspector::refresh);
}

} // namespace aif
