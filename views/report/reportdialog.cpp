#include "reportdialog.h"

#include "solvejob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace aif {

ReportDialog::ReportDialog(const Project &project, const Catalog &catalog,
                           std::shared_ptr<const SolveResult> result, report::ReportOptions options,
                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_catalog(catalog)
    , m_result(std::move(result))
    , m_options(std::move(options))
    , m_template(new QComboBox(this))
    , m_units(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName("reportDialog");
    setWindowTitle(tr("Export report"));
    m_template->setObjectName("reportTemplate");
    m_template->addItem(tr("Engineering (every section)"), "engineering");
    m_template->addItem(tr("Customer (summary, plan, heat map, tokens, TCO, sources)"), "customer");
    m_template->setCurrentIndex(m_options.layout == report::Template::Customer ? 1 : 0);
    m_units->setObjectName("reportUnits");
    m_units->addItem(tr("SI (°C, kW, m³/s)"), int(UnitSystem::SI));
    m_units->addItem(tr("US customary (°F, tons, CFM)"), int(UnitSystem::US));
    m_units->setCurrentIndex(m_options.units == UnitSystem::US ? 1 : 0);
    m_preview->setObjectName("reportPreview");
    m_preview->setOpenLinks(false);   // contents links are anchors: follow them in place
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.hasFragment() && url.path().isEmpty())
            m_preview->scrollToAnchor(url.fragment());
    });
    m_status->setObjectName("reportStatus");
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Units:"), m_units);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *html = buttons->addButton(tr("Save &HTML…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName("reportSavePdf");
    html->setObjectName("reportSaveHtml");
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs("pdf"); });
    connect(html, &QPushButton::clicked, this, [this] { saveAs("html"); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ReportDialog::rebuild);
    connect(m_units, &QComboBox::currentIndexChanged, this, &ReportDialog::rebuild);
    resize(900, 760);
    rebuild();
}

void ReportDialog::rebuild()
{
    report::templateFromKey(m_template->currentData().toString(), &m_options.layout);
    m_options.units = UnitSystem(m_units->currentData().toInt());
    m_document = report::buildReport(m_project, m_catalog, *m_result, m_options);
    m_html = report::reportHtml(m_document);
    // Keep the reader's place when only the template or units change.
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(m_html);
    m_preview->verticalScrollBar()->setValue(scroll);
    m_status->setText(tr("%1 sections. The numbers are those of the last solve, as aif report writes "
                         "them for this file.")
                          .arg(m_document.sections.size()));
}

bool ReportDialog::save(const QString &path, QString *error)
{
    return report::writeReport(m_document, path, error);
}

void ReportDialog::saveAs(const QString &suffix)
{
    QSettings settings;
    const QString dir = settings.value("report/dir").toString();
    const QString base = m_options.fileName.isEmpty() ? QStringLiteral("report")
                                                      : QFileInfo(m_options.fileName).completeBaseName();
    const QString filter = suffix == "pdf" ? tr("PDF (*.pdf)") : tr("HTML (*.html)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save report"),
                                                QDir(dir).filePath(base + "-report." + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += "." + suffix;
    QString error;
    if (save(path, &error)) {
        settings.setValue("report/dir", QFileInfo(path).absolutePath());
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } else {
        m_status->setText(tr("<b>Not saved:</b> %1").arg(error.toHtmlEscaped()));
    }
}

} // namespace aif
