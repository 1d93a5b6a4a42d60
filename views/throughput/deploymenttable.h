#pragma once

#include <QTableWidget>

#include <map>
#include <string>

namespace aif {

struct Project;
namespace throughput {
struct ThroughputResult;
}

// The Throughput tab's list of deployments: what each serves and, from the last solve, its
// tokens/s, latencies (red over the mode's limit) and confidence (amber rows when low). Rows
// come from the project, so deployments show before the first solve.
class DeploymentTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        ColDeployment,
        ColModel,
        ColGpu,
        ColGpus,
        ColMode,
        ColEngine,
        ColTokens,
        ColPerGpu,
        ColTtft,
        ColTpot,
        ColConfidence,
        ColCount
    };

    explicit DeploymentTable(QWidget *parent = nullptr);

    // result may be null (no solve yet); stale greys the solved columns. liveGpus: the GPU each
    // deployment's racks hold (deployment id -> catalog GPU id), for rows the solve has not reached.
    void fill(const Project &project, const throughput::ThroughputResult *result, bool stale,
              const QString &current, const std::map<std::string, std::string> &liveGpus = {});

signals:
    // The user picked a row (not emitted while filling).
    void deploymentPicked(const QString &id);

private:
    bool m_filling = false;
};

} // namespace aif
