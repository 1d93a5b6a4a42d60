#include "report/compare.h"

#include "projectio.h"
#include "solvejob.h"
#include "tco/tco.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace aif {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
// Two designs whose IT power or GPU count differ by more than this share are of different sizes:
// their totals say more about size than about design, so they are compared per MW of IT.
constexpr double kSizeTolerance = 0.10;

QString tr(const char *text)
{
    return QCoreApplication::translate("aif::Compare", text);
}

double ratio(double value, double basis)
{
    return std::isfinite(value) && basis > 0 ? value / basis : kMissing;
}

QString signedNumber(double v, int decimals)
{
    const QString n = QLocale(QLocale::English).toString(std::abs(v), 'f', decimals);
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("−") : QString()) + n;
}

} // namespace

QString normalisationKey(Normalisation n)
{
    static const char *keys[] = {"total", "mw", "gpu", "mtok"};
    return QString::fromLatin1(keys[int(n)]);
}

bool normalisationFromKey(const QString &key, Normalisation *n)
{
    for (Normalisation c : {Normalisation::Total, Normalisation::PerMwIt, Normalisation::PerGpu,
                            Normalisation::PerMtok}) {
        if (normalisationKey(c) == key) {
            *n = c;
            return true;
        }
    }
    return false;
}

QString normalisationLabel(Normalisation n)
{
    switch (n) {
    case Normalisation::Total:
        return tr("totals");
    case Normalisation::PerMwIt:
        return tr("per MW of IT");
    case Normalisation::PerGpu:
        return tr("per GPU");
    case Normalisation::PerMtok:
        return tr("per million tokens");
    }
    return {};
}

// Which figures are extensive (grow with the design) and so are divided, and the unit each
// basis gives. Everything else is intensive (a ratio, a temperature, a share, hours of the year,
// a count of racks out of limits) and is compared as it is.
FigureNorm figureNorm(const KeyFigure &f)
{
    FigureNorm n;
    n.unit[0] = f.unit;
    n.scale[0] = f.quantity == Quantity::None ? f.scale : 1.0;
    auto set = [&](Normalisation b, const char *unit, double scale) {
        n.unit[int(b)] = QString::fromUtf8(unit);
        n.scale[int(b)] = scale;
    };
    const QString k = f.key;
    if (k == "facility" || k == "it" || k == "losses" || k == "cooling") {
        // Power per token rate: W ÷ (Mtok/s) = J per Mtok, shown in kWh/Mtok.
        n.intensive = false;
        if (k != "it") // IT power per MW of IT is 1000 kW for every design
            set(Normalisation::PerMwIt, "kW/MW IT", 1e-3);
        set(Normalisation::PerGpu, "kW/GPU", 1e-3);
        set(Normalisation::PerMtok, "kWh/Mtok", 1.0 / 3.6e6);
        n.why = tr("IT power is what per MW of IT divides by");
    } else if (k == "tokensPerS") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "tokens/s per MW IT", 1.0);
        set(Normalisation::PerGpu, "tokens/s per GPU", 1.0);
        n.why = tr("the token rate is what per Mtok divides by");
    } else if (k == "capex") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "M USD/MW IT", 1e-6);
        set(Normalisation::PerGpu, "k USD/GPU", 1e-3);
        n.why = tr("capex per token is in $/Mtok (amortised)");
    } else if (k == "opex") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "k USD/yr per MW IT", 1e-3);
        set(Normalisation::PerGpu, "k USD/yr per GPU", 1e-3);
        set(Normalisation::PerMtok, "USD/Mtok", 1.0); // per year ÷ Mtok per year
    } else if (k == "energy") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "MWh/yr per MW IT", 1.0);
        set(Normalisation::PerGpu, "MWh/yr per GPU", 1.0);
        set(Normalisation::PerMtok, "kWh/Mtok", 1e3);
    } else if (k == "water") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "m³/yr per MW IT", 1.0);
        set(Normalisation::PerGpu, "L/yr per GPU", 1e3);
        set(Normalisation::PerMtok, "L/Mtok", 1e3);
    } else if (k == "reusedHeat") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "MWh/yr per MW IT", 1.0);
        set(Normalisation::PerGpu, "MWh/yr per GPU", 1.0);
        set(Normalisation::PerMtok, "kWh/Mtok", 1e3);
    } else if (k == "scope2") {
        n.intensive = false;
        set(Normalisation::PerMwIt, "t CO2/yr per MW IT", 1.0);
        set(Normalisation::PerGpu, "kg CO2/yr per GPU", 1e3);
        set(Normalisation::PerMtok, "g CO2/Mtok", 1e6);
    }
    if (n.intensive) {
        for (int b = 1; b < 4; ++b) {
            n.unit[b] = n.unit[0];
            n.scale[b] = n.scale[0];
        }
    }
    return n;
}

double CompareValue::value(Normalisation n) const
{
    switch (n) {
    case Normalisation::Total:
        return figure.valid() ? figure.value : kMissing;
    case Normalisation::PerMwIt:
        return perMwIt;
    case Normalisation::PerGpu:
        return perGpu;
    case Normalisation::PerMtok:
        return perMtok;
    }
    return kMissing;
}

QString CompareValue::text(Normalisation n) const
{
    return normalisedFigure(*this, n).text();
}

KeyFigure normalisedFigure(const CompareValue &v, Normalisation n)
{
    const FigureNorm norm = figureNorm(v.figure);
    if (n == Normalisation::Total || norm.intensive)
        return v.figure;
    KeyFigure f = v.figure;
    f.unit = norm.unit[int(n)];
    f.scale = norm.scale[int(n)];
    f.quantity = Quantity::None;
    f.value = v.value(n);
    f.compact = false;
    if (f.valid()) {
        // Three significant digits: the basis, not the figure, fixes the magnitude.
        const double a = std::abs(f.value * f.scale);
        f.decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        f.compact = a >= 1e4;
    } else if (v.figure.valid()) {
        f.reason = f.unit.isEmpty() ? tr("not divided %1: %2").arg(normalisationLabel(n), norm.why)
                                    : tr("no basis to divide by (no IT power, GPUs or tokens)");
    }
    return f;
}

namespace {

CompareValue normalise(const KeyFigure &f, double itMw, double gpus, double mtokPerYear,
                       double mtokPerS)
{
    CompareValue v;
    v.figure = f;
    const double x = f.valid() ? f.value : kMissing;
    const FigureNorm norm = figureNorm(f);
    if (norm.intensive) {
        v.perMwIt = v.perGpu = v.perMtok = x;
        return v;
    }
    v.perMwIt = norm.unit[int(Normalisation::PerMwIt)].isEmpty() ? kMissing : ratio(x, itMw);
    v.perGpu = ratio(x, gpus);
    // Annual flows divide by the year's tokens, power by the token rate; the rest not at all.
    const QString k = f.key;
    if (k == "opex" || k == "energy" || k == "water" || k == "reusedHeat" || k == "scope2")
        v.perMtok = ratio(x, mtokPerYear);
    else if (k == "facility" || k == "it" || k == "losses" || k == "cooling")
        v.perMtok = ratio(x, mtokPerS);
    else
        v.perMtok = kMissing;
    return v;
}

// Below this a change is the coupled solve's iteration noise and the JSON's rounding, not a
// difference between designs: 0.05 % of the figure, or 0.05 K of a temperature.
bool negligible(const KeyFigure &f, double a, double b)
{
    const double d = std::abs(b - a);
    return f.quantity == Quantity::Temperature ? d < 0.05
                                               : d <= 5e-4 * std::max(std::abs(a), std::abs(b));
}

// +1 / −1 / 0 as comparison() gives, on the values of one normalisation.
int compareIn(const CompareValue &a, const CompareValue &b, Normalisation n)
{
    KeyFigure fa = a.figure, fb = b.figure;
    fa.value = a.value(n);
    fb.value = b.value(n);
    return negligible(fa, fa.value, fb.value) ? 0 : comparison(fa, fb);
}

// "−4.1 % tokens/s", "inlet +2.3 K": the change of one figure as a verdict names it.
QString change(const CompareValue &a, const CompareValue &b, Normalisation n)
{
    const KeyFigure &f = a.figure;
    const double va = a.value(n), vb = b.value(n);
    if (!std::isfinite(va) || !std::isfinite(vb))
        return {};
    if (negligible(f, va, vb))
        return {};
    if (f.quantity == Quantity::Temperature) {
        const bool us = f.system == UnitSystem::US;
        const QString name = f.key == "maxInlet" ? tr("inlet") : tr("junction");
        return QStringLiteral("%1 %2 %3")
            .arg(name, signedNumber((vb - va) * (us ? 1.8 : 1.0), 1), us ? "°F" : "K");
    }
    if (f.key == "throttledRacks")
        return tr("%1 throttled racks").arg(signedNumber(vb - va, 0));
    if (f.key == "pue" || f.key == "pueOperating")
        return QStringLiteral("%1 %2").arg(f.key == "pue" ? tr("PUE") : tr("operating PUE"),
                                           signedNumber(vb - va, 3));
    if (va == 0.0)
        return {};
    const double pct = (vb - va) / std::abs(va) * 100.0;
    const bool total = n == Normalisation::Total || figureNorm(f).intensive;
    const QString unit = !total         ? figureNorm(f).unit[int(n)]
        : f.key == "facility"           ? tr("facility power")
        : f.unit.isEmpty() || f.unit == "MW" ? f.label.toLower()
                                        : f.unit;
    return QStringLiteral("%1 % %2").arg(signedNumber(pct, std::abs(pct) < 0.1 ? 2 : 1), unit);
}

// The figures a verdict names, in this order, at most `limit` of those that changed.
QStringList changes(const std::vector<CompareValue> &a, const std::vector<CompareValue> &b,
                    Normalisation n, const std::vector<const char *> &keys, int limit)
{
    QStringList out;
    for (const char *key : keys) {
        for (size_t i = 0; i < a.size() && out.size() < limit; ++i) {
            if (a[i].figure.key == QLatin1String(key)) {
                const QString c = change(a[i], b[i], n);
                if (!c.isEmpty())
                    out << c;
            }
        }
    }
    return out;
}

bool sameSize(double a, double b)
{
    return std::abs(a - b) <= kSizeTolerance * std::max(std::abs(a), std::abs(b));
}

} // namespace

void solveSides(std::vector<CompareSide> &sides, const Catalog &catalog, Progress *progress)
{
    for (CompareSide &s : sides) {
        if (s.result)
            continue;
        SolveOptions options;
        options.scenario = s.scenario;
        s.result = std::make_shared<SolveResult>(runSolve(s.project, catalog, options, progress));
        if (progress && progress->cancelled())
            return;
    }
}

CompareResult compareDesigns(const std::vector<CompareSide> &sides)
{
    CompareResult out;
    const size_t n = sides.size();
    for (const CompareSide &s : sides) {
        static const SolveResult kNone = [] {
            SolveResult r;
            r.ok = false;
            return r;
        }();
        const SolveResult &r = s.result ? *s.result : kNone;
        out.labels.push_back(s.label);
        out.kinds.push_back(sideKind(s.project, s.scenario));
        out.solved.push_back(bool(s.result) && r.ok);
        const std::vector<KeyFigure> figures = keyFigures(r);
        const KeyFigure *it = findFigure(figures, "it");
        const double itMw = it && it->valid() ? it->value * 1e-6 : kMissing;
        const double gpus = r.summary.gpus > 0 ? double(r.summary.gpus) : kMissing;
        const double perYear = r.tco && r.tco->tokensPerYear > 0 ? r.tco->tokensPerYear / 1e6
                                                                 : kMissing;
        const KeyFigure *rate = findFigure(figures, "tokensPerS");
        const double perS = rate && rate->valid() && rate->value > 0 ? rate->value / 1e6
                                                                     : kMissing;
        out.itMw.push_back(itMw);
        out.gpus.push_back(gpus);
        out.mtokPerYear.push_back(perYear);
        out.mtokPerS.push_back(perS);
        std::vector<CompareValue> values;
        for (const KeyFigure &f : figures)
            values.push_back(normalise(f, itMw, gpus, perYear, perS));
        out.values.push_back(std::move(values));
    }
    for (size_t i = 0; i < n; ++i) {
        out.sizesDiffer = out.sizesDiffer || !sameSize(out.itMw[i], out.itMw[0])
            || !sameSize(out.gpus[i], out.gpus[0]);
    }

    // A scenario's base design: the side with the same project and no scenario.
    std::vector<Json> designs;
    for (const CompareSide &s : sides)
        designs.push_back(projectToJson(s.project));
    for (size_t i = 0; i < n; ++i) {
        SideVerdict v;
        v.kind = out.kinds[i];
        for (size_t j = 0; j < n && !sides[i].scenario.empty(); ++j) {
            if (sides[j].scenario.empty() && designs[j] == designs[i]) {
                v.base = int(j);
                break;
            }
        }
        // A failure is measured against its own base design; everything else against side 0.
        v.reference = v.kind == SideKind::Failure && v.base >= 0 ? v.base : 0;
        const size_t ref = size_t(v.reference);
        const bool differ = !sameSize(out.itMw[i], out.itMw[ref])
            || !sameSize(out.gpus[i], out.gpus[ref]);
        v.basis = differ ? Normalisation::PerMwIt : Normalisation::Total;
        const std::vector<CompareValue> &a = out.values[ref], &b = out.values[i];
        v.figures.assign(b.size(), 0);
        for (size_t f = 0; f < b.size() && ref != i; ++f) {
            int c = compareIn(a[f], b[f], v.basis);
            // A degraded case is never better than its design: a failed unit that "saves" power
            // saves it by serving less, so an improvement is shown as a plain difference.
            if (v.kind == SideKind::Failure && c > 0)
                c = 0;
            v.figures[f] = c;
            v.better += c > 0;
            v.worse += c < 0;
        }
        out.differences.push_back(ref == i ? QStringList() : inputDifferences(sides[ref], sides[i]));
        const QString refLabel = out.labels[ref];
        if (v.kind == SideKind::Failure) {
            // What the failure costs in service first; what merely shifts (the remaining units
            // at a higher load run at another efficiency) only after it, never as a gain.
            const QStringList lost = changes(
                a, b, v.basis, {"tokensPerS", "maxInlet", "maxJunction", "throttledRacks"}, 4);
            const QStringList shifted
                = changes(a, b, v.basis, {"usdPerMtok", "pue", "facility"}, 3);
            if (v.base < 0)
                v.text = tr("degraded case of its base design (not in this comparison); never "
                            "counted better");
            else if (!lost.isEmpty())
                v.text = tr("degraded case of %1: %2")
                             .arg(refLabel, (lost + shifted).join(QStringLiteral(", ")));
            else
                v.text = tr("degraded case of %1: service holds (tokens/s, inlet and junction "
                            "unchanged: the design rides through this failure)%2")
                             .arg(refLabel, shifted.isEmpty()
                                      ? QString()
                                      : tr("; it shifts %1").arg(shifted.join(", ")));
        } else if (ref == i) {
            v.text = tr("reference");
        } else {
            const QStringList c = changes(a, b, v.basis,
                                          {"usdPerMtok", "tokensPerJoule", "tokensPerS", "pue",
                                           "facility", "capex", "maxInlet"},
                                          3);
            QString text = tr("better on %1 and worse on %2 figures than %3")
                               .arg(v.better)
                               .arg(v.worse)
                               .arg(refLabel);
            if (differ)
                text = tr("different size (%1 vs %2 MW IT), compared per MW of IT: %3")
                           .arg(QString::number(out.itMw[i], 'f', 2),
                                QString::number(out.itMw[ref], 'f', 2), text);
            v.text = c.isEmpty() ? text : text + ": " + c.join(QStringLiteral(", "));
        }
        out.verdicts.push_back(std::move(v));
    }
    return out;
}

} // namespace aif
