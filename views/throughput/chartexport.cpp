#include "chartexport.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QWidget>

namespace aif {

bool exportPng(QWidget *chart, const QString &path)
{
    return chart->grab().save(path, "PNG");
}

void installPngExport(QWidget *chart, const QString &suggestedName)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart,
                     [chart, suggestedName](const QPoint &pos) {
                         QMenu menu(chart);
                         QAction *exportAction = menu.addAction(QObject::tr("Export PNG…"));
                         if (menu.exec(chart->mapToGlobal(pos)) != exportAction)
                             return;
                         const QString path = QFileDialog::getSaveFileName(
                             chart, QObject::tr("Export chart"),
                             QDir::home().filePath(suggestedName + ".png"),
                             QObject::tr("PNG images (*.png)"));
                         if (!path.isEmpty() && !exportPng(chart, path))
                             QMessageBox::warning(chart, QObject::tr("Export chart"),
                                                  QObject::tr("Cannot write %1").arg(path));
                     });
}

} // namespace aif
