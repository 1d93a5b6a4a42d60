#include "whatifcount.h"

#include "document.h"

namespace aif {

bool setWhatIfCount(Document *document, const std::string &id, const char *property, int failed, int was,
                    int installed, const QString &undoText)
{
    if (failed == was || failed < 0 || failed > installed)
        return false;
    document->beginBatch(undoText);
    document->editProperty(id, property, Json(failed));
    document->endBatch();
    return true;
}

} // namespace aif
