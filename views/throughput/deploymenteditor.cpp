#include "deploymenteditor.h"

#include "catalog.h"
#include "document.h"
#include "inspector/propertyeditor.h"
#include "throughput/engineprofile.h"
#include "fieldtext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace aif {

namespace {

// The form's rows: what a serving engineer changes when sizing a deployment, related fields
// side by side so the whole form fits above the charts. Racks and utilization stay in the
// inspector (they are about the site, not the serving setup).
struct FormRow
{
    const char *label; // nullptr: the field's own label
    std::vector<std::string> keys;
};

const std::vector<FormRow> &formRows()
{
    static const std::vector<FormRow> r {
        {nullptr, {"model"}},
        {nullptr, {"engine"}},
        {nullptr, {"precision"}},
        {nullptr, {"gpus"}},
        {QT_TRANSLATE_NOOP("DeploymentEditor", "TP · PP · EP"), {"tp", "pp", "ep"}},
        {nullptr, {"mode"}},
        {QT_TRANSLATE_NOOP("DeploymentEditor", "Tokens in · out"), {"inputTokens", "outputTokens"}},
        {nullptr, {"kvHitRate"}},
        {QT_TRANSLATE_NOOP("DeploymentEditor", "Prefill · decode GPUs"),
         {"prefillGpus", "decodeGpus"}},
        {QT_TRANSLATE_NOOP("DeploymentEditor", "TTFT · TPOT limits"), {"ttftLimitS", "tpotLimitS"}},
        {nullptr, {"batch"}},
        {nullptr, {"memoryFraction"}},
        // Multi-token prediction / speculative decoding: drafted tokens and their acceptance.
        {QT_TRANSLATE_NOOP("DeploymentEditor", "MTP tokens · acceptance"), {"mtpTokens", "mtpAcceptance"}},
    };
    return r;
}

} // namespace

DeploymentEditor::DeploymentEditor(Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName("deploymentEditor");
    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: #b00020;");
    m_status->hide();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    connect(document, &Document::changed, this, &DeploymentEditor::onDocumentChanged);
    refresh();
}

void DeploymentEditor::setDeployment(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_status->hide();
    refresh();
}

QWidget *DeploymentEditor::fieldEditor(const PropertyInfo &info, const Json &value,
                                       UnitSystem units, QWidget *parent)
{
    const std::string key = info.key;
    QWidget *editor = key == "engine" && m_catalog && !m_catalog->entries("engines").empty()
        ? engineEditor(value.get<std::string>(), parent)
        : PropertyEditor::create(
            info, value, m_document->project(), m_catalog, units,
            [this, key](const Json &v) { commit(key, v); }, parent);
    if (!editor)
        return nullptr;
    editor->setObjectName(QString::fromStdString("edit_" + key));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Long catalog names must not widen the form past its column.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    // Arrow clicks count as edits too, so results follow the spin box live; steps on one
    // field merge into one undo step.
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        if (key == "batch")   // 0 is not a batch of nothing
            spin->setSpecialValueText(tr("solver picks"));
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { commit(key, Json(v)); });
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setDecimals(1); // 0.1 ms and 0.1 % are finer than any limit or hit rate needs
        if (key == "memoryFraction")   // 0 is not "no memory"
            spin->setSpecialValueText(tr("engine default"));
        const Quantity q = info.quantity;
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key, q, units](double v) {
            commit(key, Json(units::fromDisplay(v, q, units)));
        });
    }
    return editor;
}

QWidget *DeploymentEditor::engineEditor(const std::string &current, QWidget *parent)
{
    // The field is free text ("TensorRT-LLM", "vLLM 0.8"); the solver maps it to a catalog
    // engine, so the combo offers the catalog's engines and stores the id.
    auto *combo = new QComboBox(parent);
    const std::string currentId = throughput::engineIdFor(current);
    for (const CatalogEntry *e : m_catalog->entries("engines")) {
        const auto calibration = e->data.find("calibration");
        const bool fitted = calibration != e->data.end() && calibration->is_object()
            && calibration->value("fitted", false);
        // An engine whose default is borrowed may still have cells fitted on some GPU generations
        // (vLLM and SGLang on Hopper): say which, since only the others are low confidence.
        QStringList generations;
        const auto table = e->data.find("efficiencyTable");
        if (table != e->data.end() && table->is_array())
            for (const Json &cell : *table) {
                if (!cell.is_object() || !cell.contains("generation") || !cell["generation"].is_string())
                    continue;   // a malformed user entry labels nothing (the solver reports it)
                const QString g = QString::fromStdString(cell["generation"].get<std::string>());
                if (!g.isEmpty() && !generations.contains(g))
                    generations << g;
            }
        const QString list = generations.join(QStringLiteral(", "));
        QString suffix, tip;
        if (!fitted && generations.isEmpty()) {
            suffix = tr("  (uncalibrated)");
            tip = tr("Efficiencies borrowed from a calibrated engine: low confidence");
        } else if (!fitted) {
            suffix = tr("  (calibrated on %1)").arg(list);
            tip = tr("Fitted on %1 GPUs; other GPU generations borrow a calibrated engine's efficiencies: low "
                     "confidence there")
                      .arg(list);
        }
        combo->addItem(QString::fromStdString(e->name) + suffix, QString::fromStdString(e->id));
        if (!tip.isEmpty())
            combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
    }
    // Text the solver only maps by fallback (e.g. "Megatron-LM") stays as written, labelled.
    QString text = QString::fromStdString(current).toLower();
    if (currentId == "tensorrt-llm" && !text.isEmpty() && !text.contains("tensorrt")
        && !text.contains("trt") && !text.contains("dynamo")) {
        combo->addItem(tr("%1 (modelled as TensorRT-LLM)").arg(QString::fromStdString(current)),
                       QString::fromStdString(current));
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(currentId))));
    }
    connect(combo, &QComboBox::activated, this, [this, combo] {
        commit("engine", Json(combo->currentData().toString().toStdString()));
    });
    return combo;
}

void DeploymentEditor::refresh()
{
    const Project &p = m_document->project();
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto ref = p.find(m_id.toStdString());
    if (!ref || ref->kind != EntityKind::Deployment) {
        layout->addRow(new QLabel(tr("No deployment selected."), form));
        m_scroll->setWidget(form);
        return;
    }
    const UnitSystem units = units::currentSystem();
    for (const FormRow &row : formRows()) {
        QWidget *field = nullptr;
        QHBoxLayout *fields = nullptr;
        QString tip;
        for (const std::string &key : row.keys) {
            const PropertyInfo *info = p.property(EntityKind::Deployment, key);
            if (!info)
                continue;
            QWidget *editor = fieldEditor(*info, p.value(*ref, key), units, form);
            if (!editor)
                continue;
            editor->setToolTip(fieldLabel(*info) + " (" + QString::fromStdString(key) + ")");
            tip += (tip.isEmpty() ? "" : " · ") + fieldLabel(*info);
            if (row.keys.size() == 1) {
                field = editor;
                continue;
            }
            if (!fields) {
                field = new QWidget(form);
                fields = new QHBoxLayout(field);
                fields->setContentsMargins(0, 0, 0, 0);
                fields->setSpacing(4);
            }
            fields->addWidget(editor, 1);
        }
        if (!field)
            continue;
        const PropertyInfo *first = p.property(EntityKind::Deployment, row.keys.front());
        auto *label
            = new QLabel(row.label ? tr(row.label) : fieldLabel(*first), form);
        label->setToolTip(tip);
        layout->addRow(label, field);
    }
    m_scroll->setWidget(form);
    // Never narrower than the form: fields cut off at the right are worse than a wider column.
    m_scroll->setMinimumWidth(form->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width());
}

void DeploymentEditor::commit(const std::string &key, const Json &value)
{
    m_committing = true;
    const std::string error = m_document->editProperty(m_id.toStdString(), key, value);
    m_committing = false;
    if (error.empty()) {
        m_status->hide();
        return;
    }
    const QString message
        = QStringLiteral("%1: %2").arg(QString::fromStdString(key), QString::fromStdString(error));
    m_status->setText(message);
    m_status->show();
    emit editRefused(message);
    // Rebuild after the editor's signal handler returns, to show the value that stands.
    QTimer::singleShot(0, this, &DeploymentEditor::refresh);
}

void DeploymentEditor::onDocumentChanged(const ChangeEvent &event)
{
    const bool ours = event.type != ChangeEvent::Type::PropertyChanged
        || std::find(event.ids.begin(), event.ids.end(), m_id.toStdString()) != event.ids.end();
    if (!ours)
        return;
    // Our own edit: the editors already show it, and rebuilding now would delete the widget
    // whose signal we are in. Undo, the inspector and other views rebuild the form later.
    if (!m_committing)
        QTimer::singleShot(0, this, &DeploymentEditor::refresh);
}

} // namespace aif
