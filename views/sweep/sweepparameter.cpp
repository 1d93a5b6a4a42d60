#include "sweepparameter.h"
#include "kindtext.h"

#include "inspector/propertyeditor.h"
#include "projectio.h"
#include "report/keyfigures.h"
#include "solvejob.h"
#include "fieldtext.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <limits>

namespace aif {

bool SweepParameters::sweepable(const PropertyInfo &info)
{
    const bool typed = info.type == PropType::Number || info.type == PropType::Integer
        || info.type == PropType::Choice || info.type == PropType::Bool;
    return typed && !info.readOnly;
}

std::vector<const PropertyInfo *> SweepParameters::sweepableFields(const Project &project, EntityKind kind)
{
    std::vector<const PropertyInfo *> out;
    for (const PropertyInfo &info : project.properties(kind)) {
        if (sweepable(info))
            out.push_back(&info);
    }
    return out;
}

QString SweepParameters::label(const Project &project, const SweepParameter &p)
{
    const PropertyInfo *info = project.property(p.kind, p.key);
    const QString field = info ? fieldLabel(*info) : QString::fromStdString(p.key);
    if (p.allOfKind)
        return tr("All %1: %2").arg(kindPlural(p.kind).toLower(), field);
    const std::string id = p.ids.empty() ? std::string() : p.ids.front();
    const auto ref = project.find(id);
    const QString name = ref ? QString::fromStdString(project.nameOf(*ref)) : QString();
    const QString item = name.isEmpty() || name.compare(QString::fromStdString(id), Qt::CaseInsensitive) == 0
        ? (name.isEmpty() ? QString::fromStdString(id) : name)
        : tr("%1 (%2)").arg(name, QString::fromStdString(id));
    return tr("%1: %2").arg(item, field);
}

QString SweepParameters::valueText(const PropertyInfo &info, const Json &value, UnitSystem units)
{
    if (value.is_boolean())
        return value.get<bool>() ? tr("yes") : tr("no");
    if (value.is_string())
        return PropertyEditor::choiceLabel(info, value.get<std::string>());
    if (value.is_number_integer())
        return QString::number(value.get<long long>());
    if (value.is_number())
        return units::format(value.get<double>(), info.quantity, units);
    return QString::fromStdString(value.dump());
}

QString SweepParameters::valuesText(const PropertyInfo &info, const std::vector<Json> &values,
                                    UnitSystem units)
{
    QStringList words;
    for (const Json &v : values)
        words << valueText(info, v, units);
    return words.join(QStringLiteral(", "));
}

bool SweepParameters::parseValues(const PropertyInfo &info, const QString &text, UnitSystem units,
                                  std::vector<Json> *values, QString *error)
{
    values->clear();
    const QString field = fieldLabel(info);
    for (const QString &raw : text.split(',', Qt::SkipEmptyParts)) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            continue;
        Json value;
        if (info.type == PropType::Bool) {
            const QString t = token.toLower();
            if (t == "yes" || t == "true" || t == tr("yes"))
                value = true;
            else if (t == "no" || t == "false" || t == tr("no"))
                value = false;
            else {
                *error = tr("%1: '%2' is not yes or no").arg(field, token);
                return false;
            }
        } else if (info.type == PropType::Choice) {
            for (size_t i = 0; i < info.choices.size() && value.is_null(); ++i) {
                const QString key = QString::fromStdString(info.choices[i]);
                if (token.compare(key, Qt::CaseInsensitive) == 0
                    || token.compare(PropertyEditor::choiceLabel(info, info.choices[i]), Qt::CaseInsensitive) == 0)
                    value = info.choices[i];
            }
            if (value.is_null()) {
                *error = tr("%1: '%2' is not one of its choices").arg(field, token);
                return false;
            }
        } else {
            bool ok = false;
            const double shown = QLocale::c().toDouble(token, &ok);
            if (!ok || !std::isfinite(shown)) {
                *error = tr("%1: '%2' is not a number").arg(field, token);
                return false;
            }
            if (info.type == PropType::Integer) {
                if (shown != std::floor(shown)) {
                    *error = tr("%1: '%2' is not a whole number").arg(field, token);
                    return false;
                }
                value = static_cast<long long>(shown);
            } else {
                value = units::fromDisplay(shown, info.quantity, units);
            }
            const double si = value.get<double>();
            // A small tolerance: "0.3" m typed in feet and converted back must not fall out.
            const double tolerance = 1e-9 * std::max(1.0, std::abs(si));
            if (si < info.min - tolerance || si > info.max + tolerance) {
                *error = tr("%1: %2 is outside the valid range %3")
                             .arg(field, token, PropertyEditor::rangeText(info, units));
                return false;
            }
        }
        values->push_back(value);
    }
    if (values->empty()) {
        *error = tr("%1: no values (type them as v1, v2, ...)").arg(field);
        return false;
    }
    return true;
}

QString SweepParameters::rangeText(double from, double to, int steps, int decimals)
{
    QStringList words;
    const int n = std::max(1, steps);
    for (int i = 0; i < n; ++i) {
        const double v = n == 1 ? from : from + (to - from) * i / (n - 1);
        words << QString::number(v, 'f', decimals);
    }
    return words.join(QStringLiteral(", "));
}

std::string SweepParameters::pointer(const Project &project, const std::string &id, const std::string &key)
{
    const auto ref = project.find(id);
    if (!ref)
        return {};
    const KindNames &names = kindNames(ref->kind);
    std::string p = std::string("/") + names.fileKey;
    if (!names.singleton)
        p += "/" + std::to_string(ref->index);
    return p + "/" + key;   // field keys are plain identifiers: nothing to escape
}

bool SweepParameters::makeSpec(const Project &project, const std::vector<SweepParameter> &parameters,
                               sweep::SweepSpec *spec, QString *error)
{
    spec->file = tr("the design");
    const QByteArray bytes = serializeProject(project);
    spec->project = projectToJson(project);
    spec->projectSha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
    spec->sets.clear();
    for (const SweepParameter &p : parameters) {
        sweep::SweepSet set;
        for (const std::string &id : p.ids) {
            const std::string ptr = pointer(project, id, p.key);
            if (ptr.empty()) {
                *error = tr("no item with id '%1' (deleted or renamed?)").arg(QString::fromStdString(id));
                return false;
            }
            if (set.pointer.empty())
                set.pointer = ptr;
            else
                set.linked.push_back(ptr);
        }
        if (set.pointer.empty()) {
            *error = tr("%1: no item to sweep").arg(label(project, p));
            return false;
        }
        set.values = p.values;
        for (const Json &v : p.values)
            set.texts.push_back(v.is_string() ? v.get<std::string>() : v.dump());
        spec->sets.push_back(std::move(set));
    }
    return sweep::checkSets(spec, error);
}

Json SweepParameters::overrides(const std::vector<SweepParameter> &parameters, const std::vector<int> &choice)
{
    Json list = Json::array();
    for (size_t k = 0; k < parameters.size() && k < choice.size(); ++k) {
        for (const std::string &id : parameters[k].ids)
            list.push_back(Json{{"entity", id}, {"property", parameters[k].key},
                                {"value", parameters[k].values[size_t(choice[k])]}});
    }
    return list;
}

QString SweepParameters::objectiveLabel(const std::string &name)
{
    sweep::Objective o;
    QString ignored;
    if (!sweep::resolveObjective(name, &o, &ignored) || o.figureKey.empty())
        return QString::fromStdString(name);
    // The figures of an empty result carry their labels (their values are NaN).
    static const std::vector<KeyFigure> figures = keyFigures(SolveResult{});
    const KeyFigure *f = findFigure(figures, QString::fromStdString(o.figureKey));
    return f ? f->label : QString::fromStdString(name);
}

int SweepParameters::baseIndex(const Project &project, const SweepParameter &p)
{
    const auto ref = p.ids.empty() ? std::nullopt : project.find(p.ids.front());
    if (!ref)
        return 0;
    const Json current = project.value(*ref, p.key);
    int best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < p.values.size(); ++i) {
        if (p.values[i] == current)
            return int(i);
        if (current.is_number() && p.values[i].is_number()) {
            const double d = std::abs(p.values[i].get<double>() - current.get<double>());
            if (d < bestDistance) {
                bestDistance = d;
                best = int(i);
            }
        }
    }
    return best;
}

} // namespace aif
