#include "welcomepage.h"

#include "flowlayout.h"
#include "gallerycard.h"
#include "galleryentry.h"
#include "planthumbnail.h"
#include "previewcache.h"
#include "recentlist.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QThreadPool>
#include <QtConcurrent>

namespace aif {

// What a worker hands back for one card: the cached thumbnail and figures, or the design it
// built (rendered on the GUI thread, then cached).
struct WelcomePage::Preview
{
    QString key;
    bool cached = false;
    QImage thumbnail;
    generator::BuiltCounts summary;
    std::shared_ptr<BuiltDesign> design;
};

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QLabel *label(const QString &text, qreal scale, bool bold, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

// 10 halls, 858 racks, 54,576 GPUs, 100 MW IT nameplate: counted from the design, never typed in.
QList<GalleryCard::Figure> figures(const generator::BuiltCounts &s)
{
    const QLocale locale;
    const double mw = s.itNameplateW / 1e6;
    const int decimals = mw < 1 ? 2
        : mw < 10               ? 1
                                : 0; // three significant figures: 0.12, 2.2, 10, 100
    return {
        {locale.toString(s.halls),
         s.halls == 1 ? WelcomePage::tr("hall") : WelcomePage::tr("halls")},
        {locale.toString(s.racks),
         s.racks == 1 ? WelcomePage::tr("rack") : WelcomePage::tr("racks")},
        {locale.toString(s.gpus), WelcomePage::tr("GPUs")},
        {locale.toString(mw, 'f', decimals), WelcomePage::tr("MW IT")},
    };
}

} // namespace

WelcomePage::WelcomePage(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_entries(galleryEntries())
    , m_cache(std::make_unique<PreviewCache>())
    , m_pool(new QThreadPool(this))
{
    setObjectName("welcomePage");
    // Two workers: the gallery fills in quickly without taking every core from a solve the
    // user may start at once.
    m_pool->setMaxThreadCount(std::min(2, std::max(1, QThread::idealThreadCount())));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);
    layout->addWidget(createGallery(), 1);

    applyPalette();
    refreshRecent();
    m_pending = int(m_entries.size()); // started when first shown (showEvent)
}

// Previews not started yet are dropped; the pool (a child) then waits for the running ones
// when it is deleted (at most one design build, ~1 s): they only touch their own copies and the
// catalog, which outlives the page.
WelcomePage::~WelcomePage()
{
    m_pool->clear();
}

QWidget *WelcomePage::createSidebar()
{
    auto *side = new QWidget(this);
    side->setObjectName("welcomeSidebar");
    side->setAutoFillBackground(true);
    m_sidebar = side;
    side->setFixedWidth(std::max(280, fontMetrics().averageCharWidth() * 40));

    auto *v = new QVBoxLayout(side);
    v->setContentsMargins(24, 28, 20, 16);
    v->setSpacing(8);
    v->addWidget(label(tr("AI Factory Studio"), 1.7, true, side));
    QLabel *tagline = label(tr("Design AI data centers: halls, cooling, power, network and the "
                               "models on the GPUs."),
                            1.0, false, side);
    m_quiet << tagline;
    v->addWidget(tagline);
    v->addSpacing(20);

    auto *newButton = new QPushButton(tr("New design…"), side);
    newButton->setObjectName("newDesign");
    newButton->setToolTip(tr("Start a design from your site, load, GPU system and architecture"));
    QFont big = newButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    newButton->setFont(big);
    newButton->setMinimumHeight(newButton->sizeHint().height() + 16);
    m_newButton = newButton;
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    v->addWidget(newButton);

    auto *openButton = new QPushButton(tr("Open…"), side);
    openButton->setObjectName("openDesign");
    openButton->setToolTip(tr("Open a design file (*.aifactory)"));
    QFont medium = openButton->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.05);
    openButton->setFont(medium);
    openButton->setMinimumHeight(openButton->sizeHint().height() + 10);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    v->addWidget(openButton);

    // New to AI factories: the guided tour builds one with the user, step by step.
    auto *tourButton = new QPushButton(tr("Guided tour for first-time users…"), side);
    tourButton->setObjectName("startTour");
    tourButton->setToolTip(tr("Build a small AI factory in ten steps: racks, cooling, power, a model, "
                              "tokens per joule and $/Mtok, each step with the physics behind it"));
    tourButton->setFlat(true);
    connect(tourButton, &QPushButton::clicked, this, &WelcomePage::tourRequested);
    v->addWidget(tourButton);
    v->addSpacing(24);

    v->addWidget(label(tr("Recent"), 1.15, true, side));
    m_recent = new RecentList(side);
    connect(m_recent, &RecentList::pathActivated, this, &WelcomePage::recentRequested);
    v->addWidget(m_recent, 1);

    QLabel *version
        = label(tr("Version %1").arg(QStringLiteral(AIF_VERSION_STRING)), 0.9, false, side);
    m_quiet << version;
    v->addWidget(version);
    return side;
}

QWidget *WelcomePage::createGallery()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName("welcomeGallery");
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(32, 28, 32, 32);
    v->setSpacing(6);
    addSection(
        v, tr("Templates"),
        tr("Complete starting designs built for you by the design generator. Each opens as a new, "
           "untitled design."),
        true);
    v->addSpacing(24);
    addSection(
        v, tr("Samples"),
        tr("Reference projects that ship with the studio. Each opens as an untitled copy, so "
           "the original stays as it is."),
        false);
    v->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

void WelcomePage::addSection(QVBoxLayout *layout, const QString &title, const QString &caption,
                             bool templates)
{
    QWidget *content = layout->parentWidget();
    layout->addWidget(label(title, 1.35, true, content));
    QLabel *captionLabel = label(caption, 1.0, false, content);
    m_quiet << captionLabel;
    layout->addWidget(captionLabel);
    layout->addSpacing(10);
    auto *flowHost = new QWidget(content);
    auto *flow = new FlowLayout(flowHost);
    for (const GalleryEntry &e : m_entries) {
        if ((e.kind == GalleryEntry::Kind::Template) != templates)
            continue;
        auto *card = new GalleryCard(e.title, e.description, flowHost);
        card->setObjectName(e.name());
        flow->addWidget(card);
        m_cards.insert(e.name(), card);
        if (templates) {
            connect(card, &GalleryCard::clicked, this,
                    [this, id = e.id] { emit templateRequested(id); });
        } else {
            connect(card, &GalleryCard::clicked, this,
                    [this, path = e.resourcePath] { emit sampleRequested(path); });
        }
    }
    layout->addWidget(flowHost);
}

// Colours derived from the palette are set again when it changes (a dark theme at run time).
void WelcomePage::applyPalette()
{
    const QPalette &pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    QPalette side = pal;
    side.setColor(QPalette::Window, mix(window, text, 0.04));
    m_sidebar->setPalette(side);
    // Secondary text: the window text faded towards the background (PlaceholderText is too faint
    // for a paragraph).
    for (QLabel *label : std::as_const(m_quiet)) {
        QPalette quiet = pal;
        quiet.setColor(QPalette::WindowText, mix(window, text, 0.68));
        label->setPalette(quiet);
    }
    // The primary action in the highlight colour, as a style draws a default button.
    QPalette primary = pal;
    primary.setColor(QPalette::Button, pal.color(QPalette::Highlight));
    primary.setColor(QPalette::ButtonText, pal.color(QPalette::HighlightedText));
    m_newButton->setPalette(primary);
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_sidebar)
        applyPalette();
}

void WelcomePage::refreshRecent()
{
    m_recent->setPaths(QSettings().value("files/recent").toStringList());
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRecent(); // a recent file may have been moved or deleted meanwhile
    // Built on first show, not at construction: a studio opened on a file may never show the
    // page, and the previews cost a few seconds of CPU the first time.
    if (!m_started) {
        m_started = true;
        startPreviews();
    }
}

void WelcomePage::startPreviews()
{
    // Drawn at the screen's pixel ratio, so thumbnails are sharp on a high-DPI display.
    const qreal ratio = std::max<qreal>(1.0, devicePixelRatioF());
    const QSize pixels = GalleryCard::thumbnailRenderSize() * ratio;
    const Catalog *catalog = m_catalog;
    const PreviewCache cache = *m_cache;
    for (const GalleryEntry &entry : m_entries) {
        auto *watcher = new QFutureWatcher<Preview>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, name = entry.name(), pixels] {
                    Preview preview = watcher->result();
                    watcher->deleteLater();
                    if (!preview.cached && preview.design && preview.design->ok) {
                        preview.thumbnail
                            = renderPlanThumbnail(preview.design->project, m_catalog, pixels);
                        m_cache->store(name, preview.key, preview.thumbnail, preview.summary);
                    }
                    showPreview(name, preview);
                });
        watcher->setFuture(QtConcurrent::run(m_pool, [entry, catalog, cache, pixels] {
            Preview p;
            QByteArray sampleBytes;
            p.key = previewKey(entry, catalog, pixels, &sampleBytes);
            p.cached = cache.load(entry.name(), p.key, &p.thumbnail, &p.summary);
            if (!p.cached) {
                p.design = std::make_shared<BuiltDesign>(buildDesign(entry, catalog, sampleBytes));
                p.summary = p.design->summary;
            }
            return p;
        }));
    }
}

void WelcomePage::showPreview(const QString &name, const Preview &preview)
{
    GalleryCard *card = m_cards.value(name);
    if (!preview.cached)
        ++m_built;
    if (card) {
        if (preview.cached || (preview.design && preview.design->ok)) {
            card->setThumbnail(preview.thumbnail);
            card->setFigures(figures(preview.summary));
        } else {
            card->setFailed(preview.design ? preview.design->error : tr("not built"));
        }
    }
    --m_pending;
    emit previewReady(name);
    if (m_pending == 0)
        emit previewsFinished();
}

} // namespace aif
