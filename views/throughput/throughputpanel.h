#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace aif {

class Catalog;
class DeploymentEditor;
class DeploymentTable;
class Document;
class ParetoChart;
class SelectionModel;
class WaterfallChart;
class WhyBreakdown;
struct ChangeEvent;
struct DeploymentEvaluation;
namespace throughput {
struct ThroughputResult;
struct DeploymentResult;
}

// The Throughput tab: the project's deployments with their solved tokens/s (from the solve
// job), and for the current one an editor with live results: the operating point, why it is
// what it is (time per token by limit, memory per GPU), the throughput-per-GPU vs
// speed-per-user Pareto chart and what each serving technique adds over a stated baseline.
// Low-confidence results (AMD, Ascend, uncalibrated engines) carry a visible banner.
class ThroughputPanel : public QWidget
{
    Q_OBJECT

public:
    ThroughputPanel(Document *document, SelectionModel *selection, const Catalog *catalog,
                    QWidget *parent = nullptr);
    ~ThroughputPanel() override;

    void setResult(std::shared_ptr<const throughput::ThroughputResult> result);
    void setStale(bool stale);

    void setCurrentDeployment(const QString &id);
    QString currentDeployment() const { return m_current; }
    // Re-evaluates the current deployment now (edits do it after a short debounce).
    void evaluate();
    const DeploymentEvaluation *evaluation() const { return m_evaluation.get(); }

    DeploymentEditor *editor() const { return m_editor; }
    ParetoChart *paretoChart() const { return m_pareto; }
    WaterfallChart *waterfallChart() const { return m_waterfall; }
    WhyBreakdown *whyBreakdown() const { return m_why; }

signals:
    void editRefused(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDocumentChanged(const ChangeEvent &event);
    void fillSummary(); // the table and the project line
    void showEvaluation();
    // The current deployment in the last solve, while it is not stale; else null.
    const throughput::DeploymentResult *solvedDeployment() const;
    void scheduleEvaluation();
    void fitHeadline();

    Document *m_document;
    SelectionModel *m_selection;
    const Catalog *m_catalog;
    std::shared_ptr<const throughput::ThroughputResult> m_result;
    std::unique_ptr<DeploymentEvaluation> m_evaluation;
    QString m_current;
    bool m_stale = false;
    bool m_dirty = true;
    QLabel *m_projectLine;
    DeploymentTable *m_table;
    DeploymentEditor *m_editor;
    QLabel *m_confidence;
    QLabel *m_headline;
    WhyBreakdown *m_why;
    ParetoChart *m_pareto;
    WaterfallChart *m_waterfall;
    QTimer *m_evaluateTimer;
};

} // namespace aif
