#include "overridetable.h"

#include "document.h"
#include "entitypicker.h"
#include "inspector/propertyeditor.h"
#include "scenarioedits.h"
#include "fieldtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QScrollBar>
#include <QSpinBox>

#include <algorithm>
#include <memory>

namespace aif {

namespace {
const char *const kRowProperty = "overrideRow";
const char *const kColumnProperty = "overrideColumn";
} // namespace

OverrideTable::OverrideTable(const Document *document, const Catalog *catalog,
                             EntityListModel *entities, QWidget *parent)
    : QTableWidget(0, 4, parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_entities(entities)
{
    setObjectName("overrideTable");
    setHorizontalHeaderLabels({tr("Item"), tr("Field"), tr("Value"), tr("Problem")});
    horizontalHeaderItem(ItemColumn)->setToolTip(tr("The item the override changes"));
    horizontalHeaderItem(FieldColumn)->setToolTip(tr("Which of the item's fields"));
    horizontalHeaderItem(ValueColumn)
        ->setToolTip(tr("The value the scenario uses instead of the design's, in your units"));
    horizontalHeaderItem(ProblemColumn)
        ->setToolTip(tr("What stops the override from applying, if anything"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    // Row numbers: the selected row shows there (its cells are editors), and the scenario
    // list's tooltips name rows by number ("Override 2: ...").
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Rows hold editors: as tall as a combo box, so nothing is clipped.
    QComboBox probe;
    verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 4);
    QHeaderView *h = horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(ItemColumn, 20 * em);
    setColumnWidth(FieldColumn, 15 * em);
    setColumnWidth(ValueColumn, 11 * em);
}

void OverrideTable::setOverrides(const Json &overrides, UnitSystem units)
{
    const Project &p = m_document->project();
    m_overrides = overrides.is_array() ? overrides : Json::array();
    setRowCount(0); // drops the old editors (deleted later: one may be inside its own signal)
    setRowCount(int(m_overrides.size()));
    for (int row = 0; row < rowCount(); ++row)
        addRow(p, row, m_overrides[size_t(row)], units);
    fitColumns();
}

void OverrideTable::fitColumns()
{
    // Wide enough for the longest item and field shown, within reason; never narrower than the
    // user made them.
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    int item = 0, field = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (auto *picker = qobject_cast<QLineEdit *>(cellWidget(row, ItemColumn)))
            item = std::max(item, fm.horizontalAdvance(picker->text()) + 2 * em);
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, FieldColumn)))
            field = std::max(field, fm.horizontalAdvance(combo->currentText()) + 4 * em);
    }
    setColumnWidth(ItemColumn, std::max(columnWidth(ItemColumn), std::min(item, 34 * em)));
    setColumnWidth(FieldColumn, std::max(columnWidth(FieldColumn), std::min(field, 24 * em)));
}

void OverrideTable::setProblems(const QStringList &problems)
{
    for (int row = 0; row < rowCount(); ++row) {
        QTableWidgetItem *item = this->item(row, ProblemColumn);
        const QString text = row < problems.size() ? problems[row] : QString();
        if (!item || item->text() == text)
            continue;
        item->setText(text);
        item->setToolTip(text);
        item->setIcon(text.isEmpty() ? QIcon()
                                     : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void OverrideTable::addRow(const Project &p, int row, const Json &o, UnitSystem units)
{
    const QString id = QString::fromStdString(o.value("entity", std::string()));
    const auto ref = p.find(id.toStdString());
    auto *picker = new EntityPicker(m_entities);
    // The cell shows "Name (id)"; the kind is in the completer's rows and the tooltip.
    picker->setEntity(id, ref ? ScenarioEdits::entityLabel(p, *ref) : id);
    if (ref)
        picker->setToolTip(EntityListModel::rowText(p, *ref) + QLatin1Char('\n')
                           + picker->toolTip());
    picker->setFrame(false);
    connect(picker, &EntityPicker::entityPicked, this,
            [this, row](const QString &e) { pickEntity(row, e); });
    connect(picker, &EntityPicker::notFound, this, [this](const QString &text) {
        emit refused(
            tr("No item matches '%1': type more of its name or id and pick it from the list.")
                .arg(text));
    });
    setCellWidget(row, ItemColumn, picker);
    track(picker, row, ItemColumn);

    QWidget *field = fieldEditor(p, row, o);
    setCellWidget(row, FieldColumn, field);
    track(field, row, FieldColumn);

    QWidget *value = valueEditor(p, row, o, units);
    setCellWidget(row, ValueColumn, value);
    track(value, row, ValueColumn);

    auto *problem = new QTableWidgetItem;
    problem->setForeground(QColor(0xb0, 0x00, 0x20));
    setItem(row, ProblemColumn, problem);
}

QWidget *OverrideTable::fieldEditor(const Project &p, int row, const Json &o)
{
    const std::string entity = o.value("entity", std::string());
    const std::string key = o.value("property", std::string());
    auto *combo = new QComboBox;
    combo->setFrame(false);
    const auto ref = p.find(entity);
    if (ref) {
        for (const PropertyInfo *info : ScenarioEdits::editableFields(p, ref->kind)) {
            combo->addItem(fieldLabel(*info), QString::fromStdString(info->key));
            combo->setItemData(combo->count() - 1, QString::fromStdString(info->help),
                               Qt::ToolTipRole);
        }
    }
    int current = combo->findData(QString::fromStdString(key));
    if (current < 0) {
        // A field the item does not have (a file written by hand): say so rather than guess.
        // With no item there is no label to show, only the key the file holds.
        const QString k = QString::fromStdString(key);
        combo->addItem(ref ? tr("%1 (not an editable field)").arg(k) : k, k);
        current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
    combo->setToolTip(combo->itemData(current, Qt::ToolTipRole).toString());
    combo->setEnabled(ref.has_value());
    connect(combo, &QComboBox::activated, this, [this, row, combo, entity, key] {
        const std::string next = combo->currentData().toString().toStdString();
        if (next == key)
            return;
        // A new field starts at the item's current value: the row changes nothing until edited.
        emit rowEdited(row, ScenarioEdits::makeOverride(m_document->project(), entity, next),
                       tr("Change field"));
    });
    return combo;
}

QWidget *OverrideTable::valueEditor(const Project &p, int row, const Json &o, UnitSystem units)
{
    const auto ref = p.find(o.value("entity", std::string()));
    const PropertyInfo *info
        = ref ? p.property(ref->kind, o.value("property", std::string())) : nullptr;
    const Json value = o.contains("value") ? o["value"] : Json();
    if (!info || info->readOnly || info->type == PropType::OverrideList
        || !checkType(*info, value).empty()) {
        // No typed editor fits: show the stored value as it stands (the problem column says why).
        auto *label = new QLabel(QString::fromStdString(value.dump()));
        label->setContentsMargins(4, 0, 4, 0);
        label->setToolTip(tr("The stored value; pick an existing item and field to edit it."));
        return label;
    }
    auto editor = std::make_shared<QPointer<QWidget>>();
    auto commit = [this, row, o, editor](const Json &v) {
        // Leaving an untouched spin box commits too; its value went through display units and
        // rounding, so compare what is shown rather than write a rounded copy back.
        if (auto *box = qobject_cast<QDoubleSpinBox *>(editor->data());
            box && box->value() == box->property("shownValue").toDouble())
            return;
        Json changed = o;
        changed["value"] = v;
        if (changed != o)
            emit rowEdited(row, changed, tr("Change value"));
    };
    QWidget *w = PropertyEditor::create(*info, value, p, m_catalog, units, commit, nullptr);
    *editor = w;
    // The inspector's spin boxes stop at the field's range. Here the range is the panel's to
    // report: a value from a file must show as it stands, not clamped, and a value typed out of
    // range is refused with the reason rather than silently corrected.
    if (auto *box = qobject_cast<QDoubleSpinBox *>(w)) {
        box->setRange(-1e12, 1e12);
        box->setValue(units::toDisplay(value.get<double>(), info->quantity, units));
        box->setProperty("shownValue", box->value());
        box->setFrame(false);
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setRange(-1000000000, 1000000000);
        spin->setValue(value.get<int>());
        spin->setFrame(false);
    } else if (auto *combo = qobject_cast<QComboBox *>(w);
               combo && info->type == PropType::Choice) {
        // Choices read as their words ("CRAH (perimeter)"), as in the field tables.
        for (size_t i = 0; i < info->choiceLabels.size() && i < info->choices.size(); ++i) {
            const int index = combo->findData(QString::fromStdString(info->choices[i]));
            if (index >= 0)
                combo->setItemText(index, choiceText(*info, i));
        }
    } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
        check->setText(check->isChecked() ? tr("yes") : tr("no"));
        check->setStyleSheet("QCheckBox { margin-left: 6px; }");
        connect(check, &QCheckBox::toggled, check,
                [check](bool on) { check->setText(on ? tr("yes") : tr("no")); });
    }
    if (w && w->toolTip().isEmpty())
        w->setToolTip(QString::fromStdString(info->help));
    return w ? w : new QLabel(QString::fromStdString(value.dump()));
}

void OverrideTable::pickEntity(int row, const QString &id)
{
    const Project &p = m_document->project();
    if (row < 0 || row >= int(m_overrides.size()))
        return;
    const Json &old = m_overrides[size_t(row)];
    const auto ref = p.find(id.toStdString());
    if (!ref)
        return;
    const std::string key = old.value("property", std::string());
    const PropertyInfo *info = p.property(ref->kind, key);
    Json next = ScenarioEdits::makeOverride(p, id.toStdString());
    // The same field on another item of the kind (CRAH-1 failed, then CRAH-2): keep the value.
    if (info && !info->readOnly && info->type != PropType::OverrideList && old.contains("value")
        && checkType(*info, old["value"]).empty() && checkValue(*info, old["value"]).empty())
        next = Json {{"entity", id.toStdString()}, {"property", key}, {"value", old["value"]}};
    if (next.is_null()) {
        emit refused(
            tr("%1 has no field a scenario can change.").arg(EntityListModel::rowText(p, *ref)));
        return;
    }
    emit rowEdited(row, next, tr("Change item"));
}

QList<int> OverrideTable::selectedOverrideRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OverrideTable::focusItem(int row)
{
    if (auto *picker = qobject_cast<QLineEdit *>(cellWidget(row, ItemColumn))) {
        setCurrentIndex(model()->index(row, ItemColumn)); // focuses the cell's editor
        picker->setFocus(Qt::OtherFocusReason);
        picker->selectAll();
    }
}

void OverrideTable::selectOverrideRow(int row, int column)
{
    // The view gives the focus to a cell's editor whenever that cell becomes current: make the
    // problem cell (no editor) current unless an editor is meant to have the focus.
    if (row >= 0 && row < rowCount())
        setCurrentIndex(model()->index(row, column < 0 ? int(ProblemColumn) : column));
}

void OverrideTable::track(QWidget *widget, int row, int column)
{
    // Clicks land on the cell editors, not the table: follow them so "Remove override"
    // removes the row the user is working on.
    QList<QWidget *> all = widget->findChildren<QWidget *>();
    all << widget;
    for (QWidget *w : all) {
        w->setProperty(kRowProperty, row);
        w->setProperty(kColumnProperty, column);
        w->installEventFilter(this);
        // A combo or spin box that takes the focus on a wheel turn changes its value when the
        // user only meant to scroll the table.
        if (w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
    }
}

bool OverrideTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        // Scrolling over an editor the user is not in scrolls the table, and changes nothing.
        const auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus() && watched->property(kRowProperty).isValid()) {
            QCoreApplication::sendEvent(verticalScrollBar(), event);
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        const QVariant row = watched->property(kRowProperty);
        // The editor's own cell becomes current: the view then focuses that editor, no other.
        if (row.isValid() && row.toInt() < rowCount()
            && !selectedOverrideRows().contains(row.toInt()))
            selectOverrideRow(row.toInt(), watched->property(kColumnProperty).toInt());
    }
    return QTableWidget::eventFilter(watched, event);
}

} // namespace aif
