#pragma once

#include "json.h"
#include "property.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace aif {

class Catalog;
class Document;
struct ChangeEvent;

// The deployment form of the Throughput tab: model, engine, precision, GPUs, parallelism,
// mode, token lengths, PD split, KV hit rate and latency limits of one deployment. Every
// change is one Document edit (one undo step; spin-box steps on one field merge), so the
// live results, the inspector and undo all see the same thing.
class DeploymentEditor : public QWidget
{
    Q_OBJECT

public:
    DeploymentEditor(Document *document, const Catalog *catalog, QWidget *parent = nullptr);

    void setDeployment(const QString &id);
    QString deployment() const { return m_id; }
    void refresh();

signals:
    void editRefused(const QString &message);

private:
    void commit(const std::string &key, const Json &value);
    void onDocumentChanged(const ChangeEvent &event);
    QWidget *fieldEditor(const PropertyInfo &info, const Json &value, UnitSystem units,
                         QWidget *parent);
    QWidget *engineEditor(const std::string &current, QWidget *parent);

    Document *m_document;
    const Catalog *m_catalog;
    QString m_id;
    QLabel *m_status;
    QScrollArea *m_scroll;
    bool m_committing = false;
};

} // namespace aif
