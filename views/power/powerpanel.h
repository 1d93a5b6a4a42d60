#pragma once

#include <QWidget>

#include <memory>

class QTextBrowser;

namespace aif {

class Document;
class SelectionModel;
class SingleLineDiagram;
namespace power {
struct PowerResult;
}

// The Power view: headline figures (IT, losses per stage, cooling, facility power, PUE and
// pPUE, indicative tier), the AC vs 800 VDC comparison stage by stage, and the single-line
// diagram of the design's own chain.
class PowerPanel : public QWidget
{
    Q_OBJECT

public:
    PowerPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const power::PowerResult> result);
    void setStale(bool stale);
    SingleLineDiagram *diagram() const { return m_diagram; }

private:
    void updateSummary();

    std::shared_ptr<const power::PowerResult> m_result;
    QTextBrowser *m_summary;
    SingleLineDiagram *m_diagram;
    bool m_stale = false;
};

} // namespace aif
