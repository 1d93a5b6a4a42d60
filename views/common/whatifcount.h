#pragma once

#include <QString>

#include <string>

namespace aif {

class Document;

// Sets a what-if count — failed units of a heat-rejection bank, failed pumps of a CDU, failed
// links of a link group — to `failed` within 0..installed, as one undo step named `undoText`.
// False when it is out of range or already so (nothing is recorded).
bool setWhatIfCount(Document *document, const std::string &id, const char *property, int failed, int was,
                    int installed, const QString &undoText);

} // namespace aif
