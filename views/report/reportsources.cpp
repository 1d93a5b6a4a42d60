// Assumptions and sources, open warnings, and the comparison with other designs.
#include "reportsections.h"

#include "catalog.h"
#include "designissues.h"
#include "explain/explain.h"
#include "project.h"
#include "report/compare.h"
#include "solvejob.h"

#include <set>

namespace aif::report {

namespace {

// The catalog entries the design refers to: every catalog reference of every entity (the field
// tables say which fields are), the GPUs of the systems used, and the unit costs TCO prices with.
std::set<std::pair<std::string, std::string>> referencedEntries(const Project &p,
                                                                const Catalog &catalog)
{
    std::set<std::pair<std::string, std::string>> refs;
    for (EntityKind kind : allKinds()) {
        std::vector<const PropertyInfo *> catalogFields;
        for (const PropertyInfo &info : p.properties(kind))
            if (info.type == PropType::CatalogRef)
                catalogFields.push_back(&info);
        if (catalogFields.empty())
            continue;
        const int n = p.count(kind);
        for (int i = 0; i < n; ++i)
            for (const PropertyInfo *info : catalogFields) {
                const Json v = p.value({kind, i}, info->key);
                if (v.is_string() && !v.get<std::string>().empty())
                    refs.insert({info->catalogCategory, v.get<std::string>()});
            }
    }
    for (const auto &[category, id] : std::set(refs))
        if (category == "systems")
            if (const Json *e = catalog.entry(category, id);
                e && e->contains("gpu") && (*e)["gpu"].is_string())
                refs.insert({"gpus", (*e)["gpu"].get<std::string>()});
    for (const Deployment &d : p.deployments)
        if (!d.engine.empty())
            refs.insert({"engines", d.engine});
    for (const CatalogEntry *e : catalog.entries("costs"))
        refs.insert({"costs", e->id});
    return refs;
}

QString severityText(const Diagnostic &d)
{
    return d.isError() ? QStringLiteral("<b>error</b>") : QStringLiteral("warning");
}

} // namespace

ReportSection assumptionsSection(const ReportContext &c)
{
    QString h = QStringLiteral("<h2>How the key figures are computed</h2>\n");
    HtmlTable defs({"Figure", "Value", "Definition and formula", "Reference"},
                   {false, true, false, false});
    defs.setWidths({20, 14, 46, 20});
    std::set<std::string> done;
    std::vector<explain::Input> inputs;
    std::set<std::string> seenInputs;
    for (const KeyFigure &k : c.figures) {
        if (!k.explainable || k.pointer.empty() || !done.insert(k.pointer).second)
            continue;
        const explain::Explanation e
            = explain::explain(c.result.json, c.project, c.catalog, k.pointer);
        if (!e.ok)
            continue;
        defs.row({esc(e.title), c.fmt.withUnit(e.value, e.unit),
                  esc(e.definition) + "<br/><i>" + esc(e.formula) + "</i>", esc(e.reference)});
        // Inputs that are other figures of the same solve are explained by their own line; the
        // assumptions are what the solve does not compute: catalog data, standards, the file.
        for (const explain::Input &in : e.inputs)
            if (!in.source.empty() && !in.source.starts_with("aif solve")
                && seenInputs.insert(in.name + "|" + in.source).second)
                inputs.push_back(in);
    }
    h += defs.html();
    h += QStringLiteral("<h2>Inputs and their sources</h2>\n");
    HtmlTable in({"Input", "Value", "Source"}, {false, true, false});
    in.setWidths({30, 16, 54});
    for (const explain::Input &i : inputs)
        in.row({esc(i.name), c.fmt.withUnit(i.value, i.unit), esc(i.source)});
    h += in.html();

    h += QStringLiteral("<h2>Economic assumptions of the design</h2>\n");
    HtmlTable econ({"Assumption", "Value"}, {false, true});
    for (const PropertyInfo &info : c.project.properties(EntityKind::Economics)) {
        const Json v = c.project.value({EntityKind::Economics, 0}, info.key);
        const QString text = v.is_number()
            ? (info.quantity == Quantity::None
                   ? c.fmt.number(v.get<double>(), 3)
                   : c.fmt.quantityValue(v.get<double>(), info.quantity))
            : esc(v.is_string() ? v.get<std::string>() : v.dump());
        econ.row({esc(info.label), text});
    }
    h += econ.html();

    h += QStringLiteral("<h2>Catalog entries used</h2>\n");
    HtmlTable cat({"Category", "Entry", "Name", "Source", "As of"});
    cat.setWidths({10, 18, 18, 44, 10});
    for (const auto &[category, id] : referencedEntries(c.project, c.catalog)) {
        const CatalogEntry *e = c.catalog.find(category, id);
        if (!e)
            continue;
        cat.row({esc(category), esc(id), esc(e->name),
                 esc(e->source.empty() ? std::string("(no source)") : e->source)
                     + (e->user ? " <i>(user catalog)</i>" : ""),
                 esc(e->asOf)});
    }
    h += cat.html();
    return {"assumptions", "Assumptions and sources", h};
}

ReportSection warningsSection(const ReportContext &c)
{
    Diagnostics all = designIssues(c.project, &c.catalog);
    for (const Diagnostic &d : c.result.violations)
        all.push_back(d);
    all = withoutRepeats(all);
    if (all.empty())
        return {"warnings", "Open warnings",
                "<p>None: the design passes validation, the layout "
                "checks and every solver's checks.</p>\n"};
    HtmlTable t({"Severity", "From", "Where", "Message"});
    for (const Diagnostic &d : all)
        t.row({severityText(d), issueKindName(issueKind(d)),
               esc(d.entity.empty() ? d.pointer : d.entity), esc(d.message)},
              d.isError() ? "fail" : QString());
    return {"warnings", "Open warnings",
            QStringLiteral("<p>%1 findings.</p>\n").arg(all.size()) + t.html()};
}

ReportSection compareSection(const ReportContext &c)
{
    const CompareResult *r = c.options.compare.get();
    if (!r || r->labels.empty())
        return {"compare", "Comparison", QString()};
    const int sides = int(r->labels.size());
    const Normalisation basis = r->sizesDiffer ? Normalisation::PerMwIt : Normalisation::Total;
    QString h = r->sizesDiffer
        ? QStringLiteral("<p>The designs differ in size by more than 10 %: extensive figures are "
                         "compared %1.</p>\n")
              .arg(esc(normalisationLabel(basis)))
        : QString();
    QStringList header {"Figure"};
    QList<bool> numeric {false};
    for (int s = 0; s < sides; ++s) {
        header << r->labels[s] + " (" + sideKindKey(r->kinds[s]) + ")";
        numeric << true;
    }
    HtmlTable t(header, numeric);
    for (int i = 0; i < r->figureCount(); ++i) {
        const CompareValue &v0 = r->values[0][i];
        QStringList cells {esc(v0.figure.label) + " (" + esc(figureNorm(v0.figure).unit[int(basis)])
                           + ")"};
        for (int s = 0; s < sides; ++s)
            cells << esc(r->values[s][i].text(basis));
        t.row(cells);
    }
    h += t.html();
    for (int s = 1; s < sides; ++s) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(esc(r->labels[s]), esc(r->verdicts[s].text));
        if (!r->differences[s].isEmpty()) {
            h += "<ul>\n";
            for (const QString &d : r->differences[s])
                h += "<li>" + esc(d) + "</li>\n";
            h += "</ul>\n";
        }
    }
    return {"compare", "Comparison", h};
}

} // namespace aif::report
