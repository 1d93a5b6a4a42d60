#pragma once

#include <QWidget>

#include <memory>

class QTextBrowser;

namespace aif {

class Catalog;
class Document;
class SelectionModel;
class SingleLineDiagram;
namespace power {
struct PowerResult;
}

// The Power view: headline figures (IT, losses per stage, cooling, facility power, PUE and
// pPUE, indicative tier), the AC vs 800 VDC comparison stage by stage, and the design's own
// chain as an editable single-line diagram under a tool bar (Add ▸, Delete, Fit).
class PowerPanel : public QWidget
{
    Q_OBJECT

public:
    PowerPanel(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const power::PowerResult> result);
    void setStale(bool stale);
    SingleLineDiagram *diagram() const { return m_diagram; }

signals:
    // An edit in the diagram was refused; the reason in words.
    void editRefused(const QString &message);

private:
    void updateSummary();

    const Catalog *m_catalog;
    std::shared_ptr<const power::PowerResult> m_result;
    QTextBrowser *m_summary;
    SingleLineDiagram *m_diagram;
    bool m_stale = false;
};

} // namespace aif
