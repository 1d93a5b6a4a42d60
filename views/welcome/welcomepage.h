#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QThreadPool;
class QVBoxLayout;

namespace aif {

class Catalog;
class GalleryCard;
class PreviewCache;
class RecentList;
struct GalleryEntry;

// The start screen: New, Open, Recent files, and a gallery of templates (built by the design
// generator) and shipped samples, each with a thumbnail of its floor plan and one line of
// description. Samples and templates open as untitled copies (the studio decides how).
//
// The page appears at once with placeholder cards; when it is first shown, each design is
// generated or loaded on a worker thread (~1 s for the campus), its plan rendered on the GUI
// thread and the card filled in. Thumbnails and figures are cached on disk (PreviewCache), so later
// starts only read files.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const Catalog *catalog, QWidget *parent = nullptr);
    ~WelcomePage() override;

    void refreshRecent();

    GalleryCard *card(const QString &name) const { return m_cards.value(name); }
    // Previews not shown yet (they start when the page is first shown), and designs built (not
    // read from the cache) so far: what tests and diagnostics check.
    int previewsPending() const { return m_pending; }
    int designsBuilt() const { return m_built; }

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);
    void templateRequested(const QString &templateId);
    void sampleRequested(const QString &resourcePath);
    // First run: the ten-step tour that builds the First AI factory template (Help ▸ Guided tour).
    void tourRequested();

    void previewReady(const QString &cardName);
    void previewsFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createSidebar();
    QWidget *createGallery();
    void addSection(QVBoxLayout *layout, const QString &title, const QString &caption,
                    bool templates);
    void applyPalette();
    void startPreviews();
    struct Preview;
    void showPreview(const QString &name, const Preview &preview);

    const Catalog *m_catalog;
    std::vector<GalleryEntry> m_entries;
    QHash<QString, GalleryCard *> m_cards;
    RecentList *m_recent = nullptr;
    QWidget *m_sidebar = nullptr;
    QPushButton *m_newButton = nullptr;
    QList<QLabel *> m_quiet; // secondary text (applyPalette)
    std::unique_ptr<PreviewCache> m_cache;
    QThreadPool *m_pool;
    int m_pending = 0;
    int m_built = 0;
    bool m_started = false;
};

} // namespace aif
