#include "explainpanel.h"

#include "catalog.h"
#include "explainhtml.h"
#include "solvejob.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace aif {

ExplainPanel::ExplainPanel(const Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_back(new QPushButton(tr("◀ Back"), this))
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    setObjectName("explainPanel");
    setModal(false);
    setWindowTitle(tr("Explain this number"));
    m_back->setObjectName("explainBack");
    m_back->setToolTip(tr("Back to the figure this one was opened from"));
    m_back->setEnabled(false);
    m_title->setObjectName("explainTitle");
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_value->setObjectName("explainValue");
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName("explainNote");
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName("explainBody");
    // Links are the panel's own (another figure, an entity), never pages to open.
    m_body->setOpenLinks(false);
    m_body->setOpenExternalLinks(false);
    connect(m_body, &QTextBrowser::anchorClicked, this, &ExplainPanel::followLink);
    connect(m_back, &QPushButton::clicked, this, &ExplainPanel::back);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_back, 0, Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

ExplainPanel::~ExplainPanel() = default;

void ExplainPanel::setResult(std::shared_ptr<const SolveResult> result, const Project &project)
{
    m_result = std::move(result);
    // The solve ran on the project with its scenario's overrides; the project-file inputs (tariff,
    // discount rate...) must be read from the same copy.
    m_project = project;
    const std::string scenario = m_result ? m_result->json.value("scenario", std::string()) : "";
    if (!scenario.empty()) {
        Diagnostics ignored;
        applyScenario(m_project, scenario, &ignored);
    }
    m_explainable.clear();
    if (m_result) {
        for (const std::string &p : explain::explainedPointers(m_result->json))
            m_explainable.insert(QString::fromStdString(p));
    }
    if (!m_pointer.isEmpty())
        render();
}

void ExplainPanel::setShownTexts(QHash<QString, QString> texts)
{
    m_shown = std::move(texts); // takes effect with the result that follows
}

void ExplainPanel::setStale(bool stale)
{
    m_stale = stale;
    applyNote();
}

void ExplainPanel::applyNote()
{
    m_note->setText(m_stale ? tr("Stale: the design changed since this solve; a new solve is "
                                 "running.")
                            + " " + m_noteText
                            : m_noteText);
}

bool ExplainPanel::showFigure(const QString &pointer)
{
    m_history.clear();
    m_pointer = pointer;
    render();
    return m_explanation.ok;
}

bool ExplainPanel::navigate(const QString &pointer)
{
    if (pointer == m_pointer)
        return m_explanation.ok;
    if (!m_pointer.isEmpty())
        m_history.push_back(m_pointer);
    m_pointer = pointer;
    render();
    return m_explanation.ok;
}

void ExplainPanel::back()
{
    if (m_history.empty())
        return;
    m_pointer = m_history.back();
    m_history.pop_back();
    render();
}

void ExplainPanel::followLink(const QUrl &url)
{
    const QString target = url.path(QUrl::FullyDecoded);
    if (url.scheme() == QLatin1String("explain"))
        navigate(target);
    else if (url.scheme() == QLatin1String("entity"))
        emit entityRequested(target);
}

void ExplainPanel::render()
{
    m_back->setEnabled(canGoBack());
    if (!m_result || !m_catalog) {
        m_explanation = {};
        m_title->setText(tr("No results yet"));
        m_value->setText(QStringLiteral("—"));
        m_noteText = tr("Solve the design (Analyze ▸ Solve, F5) to explain its figures.");
        applyNote();
        m_body->clear();
        return;
    }
    m_explanation
        = explain::explain(m_result->json, m_project, *m_catalog, m_pointer.toStdString());
    const explain::Explanation &e = m_explanation;
    const UnitSystem system = units::currentSystem();
    if (!e.ok) {
        m_title->setText(m_pointer);
        m_value->setText(QStringLiteral("—"));
        m_noteText.clear();
        setWindowTitle(tr("Explain this number"));
    } else {
        QString title = QCoreApplication::translate(
            "aif::Explain", (e.titleFormat.empty() ? e.title : e.titleFormat).c_str());
        for (const std::string &arg : e.titleArgs)
            title = title.arg(QString::fromStdString(arg));
        m_title->setText(title);
        setWindowTitle(title);
        const QString exact = explainValueText(e.value, e.unit, system);
        // The view's own text leads (it is what the user clicked); the result's exact value and
        // where it is read follow, so a rounded "7.56 MW" is seen to be 7,558.19 kW.
        const QString shown = m_shown.value(m_pointer);
        m_value->setText(shown.isEmpty() ? exact : shown);
        m_noteText = (shown.isEmpty() || shown == exact
                          ? tr("At %1 in the solve result.").arg(m_pointer)
                          : tr("The solve result holds %1 (at %2).").arg(exact, m_pointer));
    }
    applyNote();
    // A new figure starts at its top; the same figure after a new solve keeps its place.
    const int scroll = m_body->verticalScrollBar()->value();
    m_body->setHtml(explanationHtml(e, m_explainable, system, palette()));
    m_body->verticalScrollBar()->setValue(m_pointer == m_rendered ? scroll : 0);
    m_rendered = m_pointer;
}

QString ExplainPanel::valueText() const
{
    return m_value->text();
}

QStringList ExplainPanel::inputLinks() const
{
    return m_explanation.ok ? explainInputLinks(m_explanation, m_explainable) : QStringList();
}

QStringList ExplainPanel::entityLinks() const
{
    return m_explanation.ok ? explainEntities(m_explanation) : QStringList();
}

} // namespace aif
