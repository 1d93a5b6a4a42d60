// The sweep editor's "Add parameter" form: kind, item (or all of the kind), field, values.
#include "sweepeditor.h"
#include "kindtext.h"

#include "document.h"
#include "inspector/propertyeditor.h"
#include "fieldtext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {
// Item data for the "All <kind>" entry of the item list (ids are never empty).
const QString kAll = QStringLiteral("*");
} // namespace

QWidget *SweepEditor::buildAddForm()
{
    auto *box = new QGroupBox(tr("Add parameter"), this);
    auto *grid = new QGridLayout(box);
    m_kind = new QComboBox(box);
    m_kind->setObjectName("kindCombo");
    m_item = new QComboBox(box);
    m_item->setObjectName("itemCombo");
    m_field = new QComboBox(box);
    m_field->setObjectName("fieldCombo");
    m_values = new QLineEdit(box);
    m_values->setObjectName("valuesEdit");
    m_values->setClearButtonEnabled(true);
    m_from = new QDoubleSpinBox(box);
    m_from->setObjectName("fromSpin");
    m_to = new QDoubleSpinBox(box);
    m_to->setObjectName("toSpin");
    for (QDoubleSpinBox *spin : {m_from, m_to})
        spin->setRange(-1e12, 1e12);
    m_steps = new QSpinBox(box);
    m_steps->setObjectName("stepsSpin");
    m_steps->setRange(2, 1000);
    m_steps->setValue(3);
    m_steps->setSuffix(tr(" steps"));
    auto *fill = new QPushButton(tr("Fill"), box);
    fill->setObjectName("fillButton");
    fill->setToolTip(tr("Values from … to … in equal steps"));
    auto *add = new QPushButton(tr("Add parameter"), box);
    add->setObjectName("addButton");
    m_formError = new QLabel(box);
    m_formError->setObjectName("formError");
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet("color: #c0392b");
    m_formError->hide();
    grid->addWidget(new QLabel(tr("Kind"), box), 0, 0);
    grid->addWidget(m_kind, 0, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Item"), box), 1, 0);
    grid->addWidget(m_item, 1, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Field"), box), 2, 0);
    grid->addWidget(m_field, 2, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Values"), box), 3, 0);
    grid->addWidget(m_values, 3, 1, 1, 4);
    grid->addWidget(new QLabel(tr("or from"), box), 4, 0);
    grid->addWidget(m_from, 4, 1);
    grid->addWidget(m_to, 4, 2);
    grid->addWidget(m_steps, 4, 3);
    grid->addWidget(fill, 4, 4);
    grid->addWidget(m_formError, 5, 0, 1, 3);
    grid->addWidget(add, 5, 3, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        fillFields();
    });
    connect(m_item, &QComboBox::currentIndexChanged, this, &SweepEditor::fieldChanged);
    connect(m_field, &QComboBox::currentIndexChanged, this, &SweepEditor::fieldChanged);
    connect(fill, &QPushButton::clicked, this, &SweepEditor::fillRange);
    connect(add, &QPushButton::clicked, this, &SweepEditor::addFromForm);
    connect(m_values, &QLineEdit::returnPressed, this, &SweepEditor::addFromForm);
    return box;
}

void SweepEditor::fillKinds()
{
    const Project &p = m_document->project();
    const QVariant keep = m_kind->currentData();
    QSignalBlocker block(m_kind);
    m_kind->clear();
    for (EntityKind kind : allKinds()) {
        // Scenarios hold overrides, not design values: a sweep of one would be a sweep of nothing.
        if (kind == EntityKind::Scenario || p.count(kind) == 0
            || SweepParameters::sweepableFields(p, kind).empty())
            continue;
        m_kind->addItem(kindLabel(kind), int(kind));
    }
    const int at = m_kind->findData(keep);
    m_kind->setCurrentIndex(at >= 0 ? at : m_kind->findData(int(EntityKind::Economics)));
    fillItems();
    fillFields();
}

void SweepEditor::fillItems()
{
    const Project &p = m_document->project();
    const QVariant keep = m_item->currentData();
    QSignalBlocker block(m_item);
    m_item->clear();
    if (m_kind->currentIndex() < 0)
        return;
    const EntityKind kind = EntityKind(m_kind->currentData().toInt());
    const int n = p.count(kind);
    if (n > 1)
        m_item->addItem(tr("All %1 (%2)").arg(kindPlural(kind).toLower()).arg(n), kAll);
    for (int i = 0; i < n; ++i) {
        const EntityRef ref{kind, i};
        const QString id = QString::fromStdString(p.idOf(ref));
        const QString name = QString::fromStdString(p.nameOf(ref));
        m_item->addItem(name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id), id);
    }
    const int at = m_item->findData(keep);
    m_item->setCurrentIndex(at >= 0 ? at : (n > 1 ? 1 : 0));
}

void SweepEditor::fillFields()
{
    const Project &p = m_document->project();
    const QVariant keep = m_field->currentData();
    QSignalBlocker block(m_field);
    m_field->clear();
    if (m_kind->currentIndex() >= 0) {
        const UnitSystem units = units::currentSystem();
        for (const PropertyInfo *info :
             SweepParameters::sweepableFields(p, EntityKind(m_kind->currentData().toInt()))) {
            const QString unit = info->type == PropType::Number
                ? units::displayUnit(info->quantity, units).symbol : QString();
            const QString label = fieldLabel(*info);
            m_field->addItem(unit.isEmpty() ? label : tr("%1 (%2)").arg(label, unit),
                             QString::fromStdString(info->key));
            m_field->setItemData(m_field->count() - 1, PropertyEditor::toolTip(*info, units), Qt::ToolTipRole);
        }
    }
    const int at = m_field->findData(keep);
    m_field->setCurrentIndex(at >= 0 ? at : 0);
    fieldChanged();
}

const PropertyInfo *SweepEditor::currentField() const
{
    if (m_kind->currentIndex() < 0 || m_field->currentIndex() < 0)
        return nullptr;
    return m_document->project().property(EntityKind(m_kind->currentData().toInt()),
                                          m_field->currentData().toString().toStdString());
}

void SweepEditor::fieldChanged()
{
    m_formError->hide();
    const PropertyInfo *info = currentField();
    const bool numeric = info && (info->type == PropType::Number || info->type == PropType::Integer);
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_steps})
        w->setEnabled(numeric);
    m_values->clear();
    if (!info)
        return;
    const Project &p = m_document->project();
    const UnitSystem units = units::currentSystem();
    if (!numeric) {
        // Every choice (or yes and no) as the starting list: delete the ones not wanted.
        std::vector<Json> all;
        if (info->type == PropType::Bool)
            all = {Json(false), Json(true)};
        for (const std::string &c : info->choices)
            all.push_back(c);
        m_values->setText(SweepParameters::valuesText(*info, all, units));
        return;
    }
    const DisplayUnit unit = units::displayUnit(info->type == PropType::Number ? info->quantity : Quantity::None, units);
    const int decimals = info->type == PropType::Integer ? 0 : std::max(unit.decimals, 2);
    m_values->setPlaceholderText(unit.symbol.isEmpty() ? tr("v1, v2, ...") : tr("v1, v2, ... in %1").arg(unit.symbol));
    // From/to start at the current value ±20 % (the dashboard tornado's span), within range.
    const QString id = m_item->currentData().toString();
    const auto ref = p.find(id == kAll || id.isEmpty() ? p.idOf({EntityKind(m_kind->currentData().toInt()), 0})
                                                       : id.toStdString());
    const double si = ref && p.value(*ref, info->key).is_number() ? p.value(*ref, info->key).get<double>() : 0.0;
    const double lo = std::max(info->min, si * (si >= 0 ? 0.8 : 1.2));
    const double hi = std::min(info->max, si * (si >= 0 ? 1.2 : 0.8));
    const Quantity q = info->type == PropType::Number ? info->quantity : Quantity::None;
    for (QDoubleSpinBox *spin : {m_from, m_to}) {
        spin->setDecimals(decimals);
        spin->setSuffix(unit.symbol.isEmpty() ? QString() : " " + unit.symbol);
    }
    m_from->setValue(units::toDisplay(lo, q, units));
    m_to->setValue(units::toDisplay(hi, q, units));
}

void SweepEditor::fillRange()
{
    m_values->setText(SweepParameters::rangeText(m_from->value(), m_to->value(), m_steps->value(),
                                                 m_from->decimals()));
}

bool SweepEditor::addFromForm()
{
    const PropertyInfo *info = currentField();
    if (!info || m_item->currentIndex() < 0)
        return false;
    const Project &p = m_document->project();
    SweepParameter param;
    param.kind = EntityKind(m_kind->currentData().toInt());
    param.key = info->key;
    const QString id = m_item->currentData().toString();
    param.allOfKind = id == kAll;
    if (param.allOfKind) {
        for (int i = 0; i < p.count(param.kind); ++i)
            param.ids.push_back(p.idOf({param.kind, i}));
    } else {
        param.ids.push_back(id.toStdString());
    }
    QString error;
    const bool ok = SweepParameters::parseValues(*info, m_values->text(), units::currentSystem(), &param.values, &error);
    for (const SweepParameter &other : m_parameters) {
        for (const std::string &a : other.ids) {
            if (ok && other.key == param.key
                && std::find(param.ids.begin(), param.ids.end(), a) != param.ids.end())
                error = tr("%1 is already swept").arg(SweepParameters::label(p, other));
        }
    }
    if (!ok || !error.isEmpty()) {
        m_formError->setText(error);
        m_formError->show();
        return false;
    }
    m_formError->hide();
    m_parameters.push_back(std::move(param));
    refreshTable();
    emit parametersChanged();
    return true;
}

bool SweepEditor::prepareField(const QString &entityId, const QString &key)
{
    const Project &p = m_document->project();
    const auto ref = p.find(entityId.toStdString());
    const PropertyInfo *info = ref ? p.property(ref->kind, key.toStdString()) : nullptr;
    if (!info || !SweepParameters::sweepable(*info) || m_kind->findData(int(ref->kind)) < 0)
        return false;
    m_kind->setCurrentIndex(m_kind->findData(int(ref->kind)));
    m_item->setCurrentIndex(m_item->findData(entityId));
    m_field->setCurrentIndex(m_field->findData(key));
    fieldChanged();
    if (info->type == PropType::Number || info->type == PropType::Integer)
        fillRange();
    m_values->setFocus();
    return true;
}

} // namespace aif
