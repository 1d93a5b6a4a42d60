#pragma once

#include "schematic/schematicview.h"

#include <QStringList>

namespace aif {

class Catalog;
class Document;
struct Project;

// Edits of the cooling plant the schematic offers, each one undo step through the Document,
// and the rules of what connects to what (heat rejection on a facility or chilled-water loop,
// a CDU between such a loop and a TCS loop, air units on chilled water, racks on a TCS loop).
namespace coolingplant {

// What a box of the schematic stands for, in the order heat leaves the plant (left to right).
enum Role { HeatRejectionRole, PrimaryLoopRole, CduRole, AirUnitRole, TcsLoopRole, RackGroupRole };

// The reference a connection sets: property `key` of every entity in `owners` becomes `value`;
// or, when the two boxes do not connect, why not (`refusal`).
struct Link
{
    QStringList owners;
    QString key;
    QString value;
    QString refusal;
};

Link linkBetween(const Project &project, int roleA, const QStringList &idsA, int roleB,
                 const QStringList &idsB);
// Returns why the document refused an edit (empty when all went in).
QString applyLink(Document *document, const Link &link);
// Deleting a line clears an optional reference (one undo step); a required one stays and
// the reason comes back.
QString unlink(Document *document, const QStringList &owners, const QString &key);

// The "Add" menu: loops, heat rejection from the catalog's cooling entries, heat reuse.
QList<AddChoice> addChoices(const Catalog *catalog);
// Adds what `key` names ("loop/tcs", "cooling/dry-cooler-1mw", "heat-reuse"). A heat-rejection
// bank goes on the selected facility or chilled-water loop, else the first one, else on a new
// facility loop added in the same undo step. Returns the new id.
QString add(Document *document, const Catalog *catalog, const QString &key,
            const QStringList &selection);
// Duplicates a loop or a heat-rejection bank (fresh id and name, same references).
QString duplicate(Document *document, const QString &id);
// Units with a `failed` flag (air units, CDUs, power nodes, switches): out of service (what-if)
// or back; a group toggles together (all back when all are out, else all out). One undo step;
// the floor plan and the 3D view trip units through it too.
void toggleFailed(Document *document, const QStringList &ids);
// A heat-rejection bank (what-if): one more of its units out of service (at most all of them),
// or all back. One undo step each; false when nothing changes.
bool tripBankUnit(Document *document, const QString &bankId);
bool restoreBank(Document *document, const QString &bankId);
// A CDU's secondary pumps (what-if): one more out of service (at most all of them), or all back.
bool tripCduPump(Document *document, const QString &cduId);
bool restoreCduPumps(Document *document, const QString &cduId);

} // namespace coolingplant
} // namespace aif
