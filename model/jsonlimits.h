#pragma once

#include "json.h"

#include <QByteArray>

#include <string>

namespace aif {

// Every JSON the program reads from outside (project files, catalog files and imports, the
// clipboard) goes through here: nesting deeper than kMaxJsonDepth or text larger than the limit
// is refused before parsing (the recursive parser would overflow the stack on 10^5 levels, and a
// huge catalog entry would exhaust memory), and syntax errors name the byte.
inline constexpr int kMaxJsonDepth = 64;
inline constexpr qint64 kMaxProjectBytes = 256ll << 20;   // a 100k-rack campus is ~40 MB
inline constexpr qint64 kMaxCatalogBytes = 16ll << 20;    // the whole shipped catalog is ~0.3 MB

// The parsed document, or a discarded value with *why set ("nesting deeper than 64 levels at
// byte 1234", "not valid JSON at byte 17: ...", "larger than 16 MiB").
Json parseJsonLimited(const QByteArray &bytes, qint64 maxBytes, std::string *why);

// Deepest nesting of arrays and objects in a JSON text (strings skipped), stopping early once
// past `stopAt`; *where is the byte where it first passed it.
int jsonDepth(const QByteArray &bytes, int stopAt, qint64 *where = nullptr);

// A name safe to use as one path component: [A-Za-z0-9._-] kept, anything else '_', never
// empty and never starting with a dot (no "..", no hidden file): ids become file names in
// `aif solve --vti` and catalog imports.
std::string safeFileName(const std::string &name);

} // namespace aif
