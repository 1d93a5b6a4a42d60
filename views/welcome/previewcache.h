#pragma once

#include "generator/designgenerator.h"

#include <QImage>
#include <QString>

namespace aif {

// The welcome gallery's rendered thumbnails and figures, kept as files so the next start shows
// them at once instead of building every design again (~1 s for the campus). Files are
// "<entry name>-<key>.png" and ".json" in the cache folder; the key (previewKey) changes with
// whatever the design is built from. The cache is a convenience: a folder that cannot be
// written, or a file that cannot be read, just means the preview is built again.
class PreviewCache
{
public:
    explicit PreviewCache(const QString &folder = defaultFolder());

    // <CacheLocation>/thumbnails
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Thread-safe (plain file reads): called from the worker threads.
    bool load(const QString &name, const QString &key, QImage *image,
              generator::BuiltCounts *summary) const;
    // Writes the preview and removes the entry's files of other keys (outdated previews).
    void store(const QString &name, const QString &key, const QImage &image,
               const generator::BuiltCounts &summary) const;

private:
    QString path(const QString &name, const QString &key, const char *suffix) const;

    QString m_folder;
};

} // namespace aif
