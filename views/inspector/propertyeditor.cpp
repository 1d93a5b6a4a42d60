#include "propertyeditor.h"

#include "catalog.h"
#include "project.h"
#include "fieldtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace aif {

namespace {

// Spin boxes need finite limits; ±1e12 in display units covers every quantity we have.
double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}

// Checks a typed SI value against the field's range; the reason in the user's units.
QString outOfRange(const PropertyInfo &info, double si, UnitSystem units)
{
    if (si >= info.min && si <= info.max)
        return {};
    return QObject::tr("%1: %2 is outside the valid range %3")
        .arg(fieldLabel(info), units::format(si, info.quantity, units),
             PropertyEditor::rangeText(info, units));
}

QWidget *numberEditor(const PropertyInfo &info, double si, UnitSystem units, PropertyEditor::Commit commit,
                      PropertyEditor::Refuse refuse, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    const DisplayUnit u = units::displayUnit(info.quantity, units);
    // The box takes any number: a value out of the field's range is refused with the reason,
    // never clamped silently to the nearest limit.
    double lo = units::toDisplay(refuse ? -1e12 : finiteOr(info.min, -1e12), info.quantity, units);
    double hi = units::toDisplay(refuse ? 1e12 : finiteOr(info.max, 1e12), info.quantity, units);
    if (lo > hi)
        std::swap(lo, hi);
    box->setDecimals(std::max(u.decimals, 2) + 1);
    box->setRange(lo, hi);
    box->setValue(units::toDisplay(si, info.quantity, units));
    if (!u.symbol.isEmpty())
        box->setSuffix(QLatin1Char(' ') + u.symbol);
    box->setKeyboardTracking(false);
    box->setToolTip(PropertyEditor::toolTip(info, units));
    box->setWhatsThis(box->toolTip());   // Help ▸ What's this? (Shift+F1)
    const Quantity q = info.quantity;
    const double before = si;
    QObject::connect(box, &QDoubleSpinBox::editingFinished, box, [box, info, q, units, commit, refuse, before] {
        const double v = units::fromDisplay(box->value(), q, units);
        if (refuse) {
            if (const QString why = outOfRange(info, v, units); !why.isEmpty()) {
                const QSignalBlocker block(box);
                box->setValue(units::toDisplay(before, q, units));
                refuse(why);
                return;
            }
        }
        commit(Json(v));
    });
    return box;
}

QComboBox *comboOf(const QStringList &labels, const QStringList &values, const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    // Long names (catalog entries, "Name (id)") must not widen the inspector past its dock.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels[i], values[i]);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        combo->addItem(current + QObject::tr(" (missing)"), current);   // show dangling values honestly
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
    return combo;
}

void commitCombo(QComboBox *combo, PropertyEditor::Commit commit)
{
    QObject::connect(combo, &QComboBox::activated, combo, [combo, commit] {
        commit(Json(combo->currentData().toString().toStdString()));
    });
}

} // namespace

QString PropertyEditor::rangeText(const PropertyInfo &info, UnitSystem units)
{
    const bool lo = std::isfinite(info.min), hi = std::isfinite(info.max);
    if (info.type != PropType::Number && info.type != PropType::Integer)
        return {};
    if (info.type == PropType::Integer) {
        if (lo && hi)
            return QStringLiteral("%1 – %2").arg(info.min).arg(info.max);
        return lo ? QStringLiteral("≥ %1").arg(info.min) : hi ? QStringLiteral("≤ %1").arg(info.max) : QString();
    }
    // Temperatures in °F turn the order of nothing, but a scale below zero would: sort.
    double a = lo ? units::toDisplay(info.min, info.quantity, units) : 0, b = hi ? units::toDisplay(info.max, info.quantity, units) : 0;
    const DisplayUnit u = units::displayUnit(info.quantity, units);
    const QString unit = u.symbol.isEmpty() ? QString() : QLatin1Char(' ') + u.symbol;
    auto n = [&](double v) { return QString::number(v, 'f', std::max(0, u.decimals)); };
    if (lo && hi)
        return QStringLiteral("%1 – %2%3").arg(n(std::min(a, b)), n(std::max(a, b)), unit);
    if (lo)
        return QStringLiteral("≥ %1%2").arg(n(a), unit);
    if (hi)
        return QStringLiteral("≤ %1%2").arg(n(b), unit);
    return {};
}

QString PropertyEditor::toolTip(const PropertyInfo &info, UnitSystem units)
{
    QString tip = fieldHelp(info);
    if (const QString range = rangeText(info, units); !range.isEmpty())
        tip += QObject::tr("\nValid range: %1").arg(range);
    if (info.type == PropType::Choice && !info.choices.empty()) {
        QStringList words;
        for (const std::string &c : info.choices)
            words << choiceLabel(info, c);
        tip += QObject::tr("\nOne of: %1").arg(words.join(", "));
    }
    return tip;
}

QString PropertyEditor::choiceLabel(const PropertyInfo &info, const std::string &value)
{
    for (size_t i = 0; i < info.choices.size(); ++i)
        if (info.choices[i] == value)
            return choiceText(info, i);
    return QString::fromStdString(value);
}

QWidget *PropertyEditor::create(const PropertyInfo &info, const Json &value, const Project &project,
                                const Catalog *catalog, UnitSystem units, Commit commit, QWidget *parent, Refuse refuse)
{
    QWidget *w = nullptr;
    switch (info.type) {
    case PropType::Number:
        w = numberEditor(info, value.get<double>(), units, commit, refuse, parent);
        break;
    case PropType::Integer: {
        auto *box = new QSpinBox(parent);
        box->setRange(refuse ? -2147483647 : int(finiteOr(info.min, -1e9)), refuse ? 2147483647 : int(finiteOr(info.max, 1e9)));
        box->setValue(value.get<int>());
        box->setKeyboardTracking(false);
        const int before = value.get<int>();
        QObject::connect(box, &QSpinBox::editingFinished, box, [box, info, units, commit, refuse, before] {
            if (refuse) {
                if (const QString why = outOfRange(info, box->value(), units); !why.isEmpty()) {
                    const QSignalBlocker block(box);
                    box->setValue(before);
                    refuse(why);
                    return;
                }
            }
            commit(Json(box->value()));
        });
        w = box;
        break;
    }
    case PropType::Bool: {
        auto *check = new QCheckBox(parent);
        check->setChecked(value.get<bool>());
        QObject::connect(check, &QCheckBox::clicked, check, [commit](bool on) { commit(Json(on)); });
        w = check;
        break;
    }
    case PropType::Choice: {
        QStringList labels, choices;
        for (const std::string &c : info.choices) {
            choices << QString::fromStdString(c);
            labels << choiceLabel(info, c);
        }
        QComboBox *combo = comboOf(labels, choices, QString::fromStdString(value.get<std::string>()), parent);
        commitCombo(combo, commit);
        w = combo;
        break;
    }
    case PropType::Ref: {
        QStringList labels{QObject::tr("(none)")}, ids{QString()};
        for (EntityKind k : info.refKinds) {
            for (int i = 0; i < project.count(k); ++i) {
                const QString id = QString::fromStdString(project.idOf({k, i}));
                const QString name = QString::fromStdString(project.nameOf({k, i}));
                labels << (name.isEmpty() || name == id ? id : name + "  (" + id + ")");
                ids << id;
            }
        }
        QComboBox *combo = comboOf(labels, ids, QString::fromStdString(value.get<std::string>()), parent);
        commitCombo(combo, commit);
        w = combo;
        break;
    }
    case PropType::CatalogRef: {
        QStringList labels{QObject::tr("(none)")}, ids{QString()};
        if (catalog) {
            for (const CatalogEntry *e : catalog->entries(info.catalogCategory)) {
                labels << QString::fromStdString(e->name);
                ids << QString::fromStdString(e->id);
            }
        }
        QComboBox *combo = comboOf(labels, ids, QString::fromStdString(value.get<std::string>()), parent);
        commitCombo(combo, commit);
        w = combo;
        break;
    }
    case PropType::Text:
    case PropType::RefList: {
        auto *edit = new QLineEdit(parent);
        const bool list = info.type == PropType::RefList;
        if (list) {
            QStringList ids;
            for (const Json &v : value)
                ids << QString::fromStdString(v.get<std::string>());
            edit->setText(ids.join(", "));
            edit->setToolTip(toolTip(info, units) + QObject::tr("\nIds separated by commas (or pick them on the plan: "
                                                                "right-click racks)"));
        } else {
            edit->setText(QString::fromStdString(value.get<std::string>()));
        }
        edit->setReadOnly(info.readOnly);
        QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, list, commit] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            if (!list) {
                commit(Json(edit->text().trimmed().toStdString()));
                return;
            }
            Json ids = Json::array();
            for (const QString &s : edit->text().split(',', Qt::SkipEmptyParts))
                ids.push_back(s.trimmed().toStdString());
            commit(ids);
        });
        w = edit;
        break;
    }
    case PropType::OverrideList: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setPlainText(QString::fromStdString(value.dump(2)));
        edit->setMaximumHeight(140);
        edit->setReadOnly(true);   // edited in the Scenarios panel (typed editors per override)
        w = edit;
        break;
    }
    }
    // Every editor says what its field means (and, for numbers, the valid range).
    if (w && w->toolTip().isEmpty())
        w->setToolTip(toolTip(info, units));
    if (w)
        w->setWhatsThis(w->toolTip());   // Help ▸ What's this? (Shift+F1)
    return w;
}

} // namespace aif
