#include "propertyeditor.h"

#include "catalog.h"
#include "project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <cmath>

namespace aif {

namespace {

// Spin boxes need finite limits; ±1e12 in display units covers every quantity we have.
double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}

QWidget *numberEditor(const PropertyInfo &info, double si, UnitSystem units, PropertyEditor::Commit commit,
                      QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    const DisplayUnit u = units::displayUnit(info.quantity, units);
    double lo = units::toDisplay(finiteOr(info.min, -1e12), info.quantity, units);
    double hi = units::toDisplay(finiteOr(info.max, 1e12), info.quantity, units);
    if (lo > hi)
        std::swap(lo, hi);
    box->setDecimals(std::max(u.decimals, 2) + 1);
    box->setRange(lo, hi);
    box->setValue(units::toDisplay(si, info.quantity, units));
    if (!u.symbol.isEmpty())
        box->setSuffix(QLatin1Char(' ') + u.symbol);
    box->setKeyboardTracking(false);
    box->setToolTip(QString::fromStdString(info.help));
    const Quantity q = info.quantity;
    QObject::connect(box, &QDoubleSpinBox::editingFinished, box, [box, q, units, commit] {
        commit(Json(units::fromDisplay(box->value(), q, units)));
    });
    return box;
}

QComboBox *comboOf(const QStringList &labels, const QStringList &values, const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
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

QWidget *PropertyEditor::create(const PropertyInfo &info, const Json &value, const Project &project,
                                const Catalog *catalog, UnitSystem units, Commit commit, QWidget *parent)
{
    switch (info.type) {
    case PropType::Number:
        return numberEditor(info, value.get<double>(), units, commit, parent);
    case PropType::Integer: {
        auto *box = new QSpinBox(parent);
        box->setRange(int(finiteOr(info.min, -1e9)), int(finiteOr(info.max, 1e9)));
        box->setValue(value.get<int>());
        box->setKeyboardTracking(false);
        QObject::connect(box, &QSpinBox::editingFinished, box, [box, commit] { commit(Json(box->value())); });
        return box;
    }
    case PropType::Bool: {
        auto *check = new QCheckBox(parent);
        check->setChecked(value.get<bool>());
        QObject::connect(check, &QCheckBox::clicked, check, [commit](bool on) { commit(Json(on)); });
        return check;
    }
    case PropType::Choice: {
        QStringList choices;
        for (const std::string &c : info.choices)
            choices << QString::fromStdString(c);
        QComboBox *combo = comboOf(choices, choices, QString::fromStdString(value.get<std::string>()), parent);
        commitCombo(combo, commit);
        return combo;
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
        return combo;
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
        return combo;
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
            edit->setToolTip(QObject::tr("Comma-separated ids"));
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
        return edit;
    }
    case PropType::OverrideList: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setPlainText(QString::fromStdString(value.dump(2)));
        edit->setMaximumHeight(140);
        edit->setReadOnly(true);   // scenario editing arrives with the scenario panel
        return edit;
    }
    }
    return nullptr;
}

} // namespace aif
