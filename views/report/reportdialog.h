#pragma once

#include "reportbuilder.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace aif {

class Catalog;
struct Project;
struct SolveResult;

// File ▸ Export report… (issue 20): the report of the open design as `aif report` writes it,
// previewed in the dialog, with the template and units to choose, saved as PDF or HTML.
// Compiled into the studio's views (it is a widget); the report itself is aif_report.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `result` is the solve of `project` the report shows (the studio's last, current solve);
    // `options` carries the file name, version, 3D snapshot and an optional comparison.
    ReportDialog(const Project &project, const Catalog &catalog, std::shared_ptr<const SolveResult> result,
                 report::ReportOptions options, QWidget *parent = nullptr);

    // Writes the report as shown to `path` (.pdf or .html); the error says why not.
    bool save(const QString &path, QString *error);
    QString previewHtml() const { return m_html; }

private:
    void rebuild();
    void saveAs(const QString &suffix);

    const Project &m_project;
    const Catalog &m_catalog;
    std::shared_ptr<const SolveResult> m_result;
    report::ReportOptions m_options;
    report::ReportDocument m_document;
    QString m_html;
    QComboBox *m_template;
    QComboBox *m_units;
    QTextBrowser *m_preview;
    QLabel *m_status;
};

} // namespace aif
