#include "exportimagedialog.h"

#include "viewimage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace aif {

ExportImageDialog::ExportImageDialog(const QList<QPair<QString, QWidget *>> &views, QWidget *parent)
    : QDialog(parent)
    , m_view(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("exportImageDialog"));
    setWindowTitle(tr("Export Image"));
    for (const auto &view : views)
        m_parts += viewimage::exportableParts(view.first, view.second);
    for (const auto &part : m_parts)
        m_view->addItem(part.first);
    m_size->addItems({tr("Current"), tr("1920 × 1080 (Full HD)"), tr("3840 × 2160 (4K)"), tr("Custom"), tr("Scale")});
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(1, 16384);
        s->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    m_scale->setRange(0.25, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2.0);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_format->addItems({QStringLiteral("PNG"), QStringLiteral("SVG")});
    m_note->setWordWrap(true);

    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    custom->addWidget(m_scale);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    file->addWidget(browseButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("View:"), m_view);
    form->addRow(tr("Size:"), m_size);
    form->addRow(QString(), custom);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), file);
    form->addRow(m_note);
    form->addRow(buttons);

    m_path->setText(QDir::home().filePath(QStringLiteral("view.png")));
    connect(browseButton, &QPushButton::clicked, this, &ExportImageDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportImageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportImageDialog::reject);
    for (QComboBox *c : {m_view, m_size, m_format})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportImageDialog::updateControls);
    for (QSpinBox *s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, &ExportImageDialog::updateControls);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportImageDialog::updateControls);
    updateControls();
}

bool ExportImageDialog::run(QWidget *parent, const QList<QPair<QString, QWidget *>> &views, int selected)
{
    ExportImageDialog dialog(views, parent);
    // The view index counts tabs; the dialog's list also has each tab's charts.
    const QString name = selected >= 0 && selected < views.size() ? views[selected].first : QString();
    dialog.setView(std::max(0, int(dialog.viewNames().indexOf(name))));
    return dialog.exec() == QDialog::Accepted;
}

QStringList ExportImageDialog::viewNames() const
{
    QStringList names;
    for (const auto &part : m_parts)
        names << part.first;
    return names;
}

void ExportImageDialog::setView(int index)
{
    m_view->setCurrentIndex(index);
}

void ExportImageDialog::setSizeMode(SizeMode mode)
{
    m_size->setCurrentIndex(int(mode));
}

void ExportImageDialog::setCustomSize(const QSize &pixels)
{
    m_width->setValue(pixels.width());
    m_height->setValue(pixels.height());
    setSizeMode(SizeMode::Custom);
}

void ExportImageDialog::setScale(double scale)
{
    m_scale->setValue(scale);
    setSizeMode(SizeMode::Scale);
}

void ExportImageDialog::setSvg(bool svg)
{
    m_format->setCurrentIndex(svg ? 1 : 0);
}

void ExportImageDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportImageDialog::path() const
{
    return m_path->text().trimmed();
}

QWidget *ExportImageDialog::selectedWidget() const
{
    const int i = m_view->currentIndex();
    return i >= 0 && i < m_parts.size() ? m_parts[i].second : nullptr;
}

QSize ExportImageDialog::pixelSize() const
{
    QWidget *w = selectedWidget();
    const QSize current = w ? viewimage::currentSize(w) : QSize();
    switch (SizeMode(m_size->currentIndex())) {
    case SizeMode::Current: return current;
    case SizeMode::FullHd: return {1920, 1080};
    case SizeMode::Uhd4k: return {3840, 2160};
    case SizeMode::Custom: return {m_width->value(), m_height->value()};
    case SizeMode::Scale:
        return {int(std::lround(current.width() * m_scale->value())), int(std::lround(current.height() * m_scale->value()))};
    }
    return current;
}

void ExportImageDialog::updateControls()
{
    const SizeMode mode = SizeMode(m_size->currentIndex());
    m_width->setVisible(mode == SizeMode::Custom);
    m_height->setVisible(mode == SizeMode::Custom);
    m_scale->setVisible(mode == SizeMode::Scale);
    QWidget *w = selectedWidget();
    const bool svgOk = w && viewimage::canWriteSvg(w);
    if (!svgOk && m_format->currentIndex() == 1)
        m_format->setCurrentIndex(0);
    m_format->setItemData(1, svgOk ? QVariant() : QVariant(0), Qt::UserRole - 1);   // disables SVG
    // The file's suffix follows the format.
    const QString suffix = m_format->currentIndex() == 1 ? QStringLiteral("svg") : QStringLiteral("png");
    QFileInfo info(path());
    if (!path().isEmpty() && info.suffix().toLower() != suffix)
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + "." + suffix));
    const QSize pixels = pixelSize();
    m_note->setText(svgOk ? tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height())
                          : tr("%1 × %2 pixels; the 3D view is a rendered image (PNG only)")
                                .arg(pixels.width()).arg(pixels.height()));
}

void ExportImageDialog::browse()
{
    const bool svg = m_format->currentIndex() == 1;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Image"), path(),
                                                        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ExportImageDialog::exportImage(QString *error)
{
    QWidget *w = selectedWidget();
    if (!w || path().isEmpty()) {
        if (error)
            *error = w ? tr("choose a file") : tr("no view to export");
        return false;
    }
    return m_format->currentIndex() == 1 ? viewimage::writeSvg(w, path(), pixelSize(), error)
                                         : viewimage::writeImage(w, path(), pixelSize(), error);
}

void ExportImageDialog::accept()
{
    QString error;
    if (!exportImage(&error)) {
        QMessageBox::warning(this, tr("Export Image"), tr("%1: %2").arg(path(), error));
        return;
    }
    QDialog::accept();
}

} // namespace aif
