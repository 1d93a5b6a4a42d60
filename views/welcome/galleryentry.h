#pragma once

#include "generator/designgenerator.h"
#include "generator/designrequest.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <vector>

namespace aif {

class Catalog;

// One card of the welcome gallery: a generator template or a shipped sample, with what it
// takes to build its design (for the thumbnail and the figures) and to key its cached preview.
struct GalleryEntry
{
    enum class Kind { Template, Sample };

    Kind kind = Kind::Template;
    QString id; // template id, or the sample's file name
    QString title;
    QString description; // one line
    QString resourcePath; // samples: ":/samples/<file>"
    generator::DesignRequest request; // templates

    // "template-<id>" / "sample-<file>": the card's object name and the cache files' prefix.
    QString name() const;
};

// The generator's templates, then the samples listed in ":/samples/samples.json", in order.
// A sample list that cannot be read gives no samples (and a warning), never a broken page.
std::vector<GalleryEntry> galleryEntries();

// The cache key of an entry's preview: what the design is built from (the template's request
// and the catalog entry of its system / the sample file's bytes) and the program version, so
// a change of any of them builds the preview again, and the thumbnail's pixel size. Reads the
// sample file: call off the GUI thread. *sampleBytes receives the file for building the design
// without reading it twice.
QString previewKey(const GalleryEntry &entry, const Catalog *catalog, const QSize &pixels,
                   QByteArray *sampleBytes);

// The entry's design: the template generated, or the sample parsed from sampleBytes (the
// resource's contents read by previewKey). Runs on a worker thread (~1 s for the campus).
struct BuiltDesign
{
    bool ok = false;
    QString error;
    Project project;
    generator::BuiltCounts summary;
};
BuiltDesign buildDesign(const GalleryEntry &entry, const Catalog *catalog,
                        const QByteArray &sampleBytes);

} // namespace aif
