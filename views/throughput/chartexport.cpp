#include "chartexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace aif {

bool exportPng(QWidget *chart, const QString &path)
{
    return chart->grab().save(path, "PNG");
}

bool exportSvg(QWidget *chart, const QString &path, const QString &title)
{
    // QSvgGenerator reports no write errors; check the folder first and the file after.
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return false;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(chart->size());
    svg.setViewBox(QRect(QPoint(0, 0), chart->size()));
    svg.setTitle(title.isEmpty() ? chart->windowTitle() : title);
    svg.setDescription(QStringLiteral("AI Factory Studio"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return QFileInfo(path).size() > 0;
}

bool exportChart(QWidget *chart, const QString &path)
{
    return path.endsWith(".svg", Qt::CaseInsensitive) ? exportSvg(chart, path)
                                                      : exportPng(chart, path);
}

void installChartExport(QWidget *chart, const QString &suggestedName)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart,
                     [chart, suggestedName](const QPoint &pos) {
                         QMenu menu(chart);
                         QAction *png = menu.addAction(QObject::tr("Export PNG…"));
                         QAction *svg = menu.addAction(QObject::tr("Export SVG…"));
                         QAction *chosen = menu.exec(chart->mapToGlobal(pos));
                         if (chosen != png && chosen != svg)
                             return;
                         const bool asSvg = chosen == svg;
                         const QString path = QFileDialog::getSaveFileName(
                             chart, QObject::tr("Export chart"),
                             QDir::home().filePath(suggestedName + (asSvg ? ".svg" : ".png")),
                             asSvg ? QObject::tr("SVG images (*.svg)")
                                   : QObject::tr("PNG images (*.png)"));
                         if (path.isEmpty())
                             return;
                         if (!(asSvg ? exportSvg(chart, path) : exportPng(chart, path)))
                             QMessageBox::warning(chart, QObject::tr("Export chart"),
                                                  QObject::tr("Cannot write %1").arg(path));
                     });
}

} // namespace aif
