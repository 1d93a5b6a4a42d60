#pragma once

#include "explain/explain.h"
#include "project.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace aif {

class Catalog;
struct SolveResult;

// "Explain this number" (issue 19, docs/explain.md): a non-modal window over one figure of the
// last solve, named by its JSON pointer — the value with its unit, the definition, the formula,
// each input with its value, unit and source, the reference and the entities it depends on. An
// input that is itself explained links to its own explanation (Back returns); an entity link
// asks for that entity to be selected. The words come from aif::explain, the same function
// `aif explain` prints, so the panel and the CLI cannot disagree.
class ExplainPanel : public QDialog
{
    Q_OBJECT

public:
    explicit ExplainPanel(const Catalog *catalog, QWidget *parent = nullptr);
    ~ExplainPanel() override;

    // The result to explain and the project it was solved from (the result's scenario is applied
    // to a copy, as the solve did); the figure on show is explained afresh.
    void setResult(std::shared_ptr<const SolveResult> result, const Project &project);
    // How the calling view shows some figures, by pointer ("7.56 MW"): the panel leads with the
    // same text and gives the result's exact value beside it. Takes effect with the next
    // setResult (the dashboard sets both together).
    void setShownTexts(QHash<QString, QString> texts);
    // The design changed since the solve: the figures are the last solve's until the next lands.
    void setStale(bool stale);

    bool showFigure(const QString &pointer); // forgets the Back history
    bool navigate(const QString &pointer); // from the figure on show; Back returns
    void back();
    bool canGoBack() const { return !m_history.empty(); }

    QString pointer() const { return m_pointer; }
    const explain::Explanation &explanation() const { return m_explanation; }
    QString valueText() const; // the value line as shown ("1.199", "7.56 MW")
    QStringList inputLinks() const; // explained input pointers on this page, as linked
    QStringList entityLinks() const;
    QTextBrowser *body() const { return m_body; }
    QPushButton *backButton() const { return m_back; }

signals:
    void entityRequested(const QString &id);

private:
    void render();
    void applyNote();
    void followLink(const QUrl &url);

    const Catalog *m_catalog;
    std::shared_ptr<const SolveResult> m_result;
    Project m_project;
    QSet<QString> m_explainable; // every explained pointer present in the result
    QHash<QString, QString> m_shown;
    std::vector<QString> m_history;
    QString m_pointer;
    QString m_rendered; // the pointer the body shows
    bool m_stale = false;
    QString m_noteText; // what the note says of the figure (applyNote adds staleness)
    explain::Explanation m_explanation;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_note;
    QTextBrowser *m_body;
};

} // namespace aif
