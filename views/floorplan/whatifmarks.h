#pragma once

#include <QHash>
#include <QString>

namespace aif {

struct Project;

// How a what-if failure shows on the plan: a unit out of service is drawn FAILED; one that lost
// part of itself (a CDU pump, a UPS module) or a rack whose switch is down is drawn degraded,
// with a short tag ("1/2 PUMPS") and a tooltip line in words.
struct WhatIfMark
{
    bool failed = false;
    QString tag;    // degraded: the short tag drawn on the unit (empty: not degraded)
    QString tip;    // the tooltip's words for either state

    bool isSet() const { return failed || !tag.isEmpty(); }
    bool operator==(const WhatIfMark &o) const { return failed == o.failed && tag == o.tag && tip == o.tip; }
};

// The plan's what-if marks of a design, by entity id (entities without one are absent).
QHash<QString, WhatIfMark> whatIfMarks(const Project &project);

// True for the properties whose edits change the marks.
bool isWhatIfProperty(const std::string &property);

} // namespace aif
