#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aif {

// File ▸ Export ▸ Image…: one of the studio's views (or a chart inside one) as PNG or SVG,
// without its tool buttons, at the size on screen, 1920 x 1080, 3840 x 2160, a custom size or a
// scale of the screen size (views/common/viewimage.h draws it).
class ExportImageDialog : public QDialog
{
    Q_OBJECT

public:
    // `views`: (tab title, tab widget) pairs; the charts inside each are offered too.
    ExportImageDialog(const QList<QPair<QString, QWidget *>> &views, QWidget *parent = nullptr);

    // Shows the dialog with view `selected` chosen and writes the file on Save. True when a file
    // was written.
    static bool run(QWidget *parent, const QList<QPair<QString, QWidget *>> &views, int selected = 0);

    enum class SizeMode { Current, FullHd, Uhd4k, Custom, Scale };

    QStringList viewNames() const;
    void setView(int index);                // in viewNames() order
    void setSizeMode(SizeMode mode);
    void setCustomSize(const QSize &pixels);
    void setScale(double scale);
    void setSvg(bool svg);
    void setPath(const QString &path);
    QSize pixelSize() const;                // what will be written
    QString path() const;
    // Writes the file as chosen; false with the reason.
    bool exportImage(QString *error);

    void accept() override;

private:
    QWidget *selectedWidget() const;
    void updateControls();
    void browse();

    QList<QPair<QString, QWidget *>> m_parts;
    QComboBox *m_view;
    QComboBox *m_size;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_note;
};

} // namespace aif
