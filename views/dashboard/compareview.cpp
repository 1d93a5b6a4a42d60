#include "compareview.h"

#include "common/progress.h"
#include "headlinestrip.h"
#include "keyfigurestable.h"
#include "powerbreakdownchart.h"
#include "solvejob.h"
#include "twin/twin.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace aif {

namespace {

QString sideLetter(int i)
{
    return QString(QChar('A' + i));
}

} // namespace

CompareView::CompareView(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_status(new QLabel(this))
    , m_normaliseBox(new QComboBox(this))
    , m_export(new QPushButton(tr("Export to the report"), this))
    , m_verdicts(new QLabel(this))
    , m_strips(new QWidget(this))
    , m_power(new PowerBreakdownChart(this))
    , m_table(new KeyFiguresTable(this))
    , m_differences(new QTextBrowser(this))
{
    setObjectName("compareView");
    m_normaliseBox->setObjectName("compareNormalisation");
    m_export->setObjectName("compareExportButton");
    m_verdicts->setObjectName("compareVerdicts");
    m_differences->setObjectName("compareDifferences");
    m_status->setWordWrap(true);
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextFormat(Qt::RichText);
    for (Normalisation n : {Normalisation::Total, Normalisation::PerMwIt, Normalisation::PerGpu,
                            Normalisation::PerMtok})
        m_normaliseBox->addItem(normalisationLabel(n), normalisationKey(n));
    m_normaliseBox->setToolTip(
        tr("Extensive figures (power, tokens/s, cost, energy, water) in totals or divided by the "
           "design's IT power, GPUs or tokens; PUE, temperatures and other ratios as they are"));
    m_export->setToolTip(tr("Add this comparison to the customer report"));
    m_export->setEnabled(false);
    connect(m_normaliseBox, &QComboBox::activated, this, [this] {
        Normalisation n = Normalisation::Total;
        normalisationFromKey(m_normaliseBox->currentData().toString(), &n);
        setNormalisation(n);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        QStringList labels;
        for (const QString &l : m_result.labels)
            labels << l;
        emit exportReportRequested(labels);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_normaliseBox);
    bar->addWidget(m_export);
    auto *strips = new QVBoxLayout(m_strips);
    strips->setContentsMargins(0, 0, 0, 0);
    strips->setSpacing(2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_differences, 2);
    bottom->addWidget(m_power, 3);
    m_differences->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_verdicts);
    layout->addWidget(m_strips);
    layout->addWidget(m_table);
    layout->addLayout(bottom, 1);
    ensureStrip(0);
    ensureStrip(1);
    m_status->setText(tr("Choose two or more designs or scenarios with Compare…"));
}

CompareView::~CompareView()
{
    // The solves read the catalog: finish before it goes away.
    cancel();
}

HeadlineStrip *CompareView::ensureStrip(int side)
{
    while (int(m_stripList.size()) <= side) {
        auto *s = new HeadlineStrip(m_strips);
        s->setObjectName(QStringLiteral("compareStrip%1").arg(sideLetter(int(m_stripList.size()))));
        m_strips->layout()->addWidget(s);
        m_stripList.push_back(s);
    }
    return m_stripList[size_t(side)];
}

HeadlineStrip *CompareView::strip(int side) const
{
    return side >= 0 && side < int(m_stripList.size()) ? m_stripList[size_t(side)] : nullptr;
}

const SolveResult *CompareView::result(int side) const
{
    return side >= 0 && side < int(m_sides.size()) ? m_sides[size_t(side)].result.get() : nullptr;
}

bool CompareView::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void CompareView::cancel()
{
    if (m_progress)
        m_progress->cancel();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void CompareView::compare(CompareSide a, CompareSide b)
{
    std::vector<CompareSide> sides;
    sides.push_back(std::move(a));
    sides.push_back(std::move(b));
    compare(std::move(sides));
}

void CompareView::compare(std::vector<CompareSide> sides)
{
    cancel();
    m_sides.clear();
    m_result = {};
    m_export->setEnabled(false);
    QStringList names;
    for (int i = 0; i < int(sides.size()); ++i) {
        names << QStringLiteral("<b>%1</b>").arg(sides[size_t(i)].label.toHtmlEscaped());
        ensureStrip(i)->clear(tr("solving…"));
        m_stripList[size_t(i)]->show();
    }
    for (size_t i = sides.size(); i < m_stripList.size(); ++i)
        m_stripList[i]->hide();
    m_status->setText(tr("Solving %1…").arg(names.join(QStringLiteral(", "))));
    m_verdicts->clear();
    auto progress = std::make_shared<Progress>();
    m_progress = progress;
    const Catalog *catalog = m_catalog;
    m_watcher = new QFutureWatcher<std::vector<CompareSide>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        std::vector<CompareSide> solved = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        for (const CompareSide &s : solved) {
            if (!s.result || s.result->cancelled)
                return;
        }
        m_sides = std::move(solved);
        showResults();
        emit finished();
    });
    // One worker solves the sides in turn: the studio's own solve keeps a thread free, and each
    // solve is well under a second on the sample projects.
    m_watcher->setFuture(QtConcurrent::run([sides = std::move(sides), catalog, progress]() mutable {
        solveSides(sides, *catalog, progress.get());
        return sides;
    }));
}

void CompareView::setNormalisation(Normalisation n)
{
    m_normalisation = n;
    const int index = m_normaliseBox->findData(normalisationKey(n));
    if (index >= 0)
        m_normaliseBox->setCurrentIndex(index);
    if (!m_sides.empty())
        fillTable();
}

void CompareView::fillTable()
{
    m_table->setComparison(m_result, m_normalisation);
}

void CompareView::showResults()
{
    m_result = compareDesigns(m_sides);
    const int n = int(m_sides.size());
    for (int i = 0; i < n; ++i) {
        std::vector<KeyFigure> figures;
        for (const CompareValue &v : m_result.values[size_t(i)])
            figures.push_back(v.figure);
        m_stripList[size_t(i)]->setFigures(
            figures, QStringLiteral("%1: %2").arg(sideLetter(i), m_result.labels[size_t(i)]));
    }
    // Designs of different sizes: their totals mostly say which is bigger.
    if (m_result.sizesDiffer && m_normalisation == Normalisation::Total)
        m_normalisation = Normalisation::PerMwIt;
    setNormalisation(m_normalisation);

    QStringList lines;
    for (int i = 0; i < n; ++i) {
        const SideVerdict &v = m_result.verdicts[size_t(i)];
        QColor colour = palette().color(QPalette::WindowText);
        if (v.kind == SideKind::Failure)
            colour = failureColour();
        else if (i > 0 && v.better > 0 && v.worse == 0)
            colour = betterColour();
        else if (i > 0 && v.worse > 0 && v.better == 0)
            colour = worseColour();
        lines << QStringLiteral("<b>%1</b> %2 <span style='color:%3'>— %4</span>")
                     .arg(sideLetter(i), m_result.labels[size_t(i)].toHtmlEscaped(), colour.name(),
                          v.text.toHtmlEscaped());
    }
    m_verdicts->setText(lines.join(QStringLiteral("<br>")));

    QString html;
    for (int i = 1; i < n; ++i) {
        html += QStringLiteral("<p><b>%1 vs %2</b> — %3</p><ul>")
                    .arg(sideLetter(i), sideLetter(m_result.verdicts[size_t(i)].reference),
                         m_result.labels[size_t(i)].toHtmlEscaped());
        const QStringList &d = m_result.differences[size_t(i)];
        if (d.isEmpty())
            html += QStringLiteral("<li>%1</li>").arg(tr("same inputs"));
        for (const QString &line : d)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_differences->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(tr("Input differences")) + html);

    const QString basis = m_result.sizesDiffer
        ? tr("designs of different sizes: verdicts compare per MW of IT")
        : tr("verdicts compare totals");
    m_status->setText(tr("%1 sides; %2. <span style='color:%3'>Green</span>: better, "
                         "<span style='color:%4'>red</span>: worse than the side compared with; a "
                         "failure case is never better.")
                          .arg(n)
                          .arg(basis, betterColour().name(), worseColour().name()));
    std::vector<PowerBreakdownChart::Bar> bars;
    for (int i = 0; i < n; ++i) {
        const SolveResult &r = *m_sides[size_t(i)].result;
        bars.push_back({sideLetter(i), r.twin && r.twin->power ? r.twin->power : r.power});
    }
    m_power->setBars(bars, false);
    m_export->setEnabled(true);
}

} // namespace aif
