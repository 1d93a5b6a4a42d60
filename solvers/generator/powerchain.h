#pragma once

#include <string>
#include <utility>
#include <vector>

namespace aif::generator {

class Builder;

// A stage's rating per module and its losses (Schneider Electric WP113, power/lossmodel.h),
// copied from its catalog entry.
struct StageModel
{
    std::string model;         // empty: no catalog entry (LV switchgear), no losses
    double ratedW = 1.0;
    double c0 = 0, c1 = 0, c2 = 0;
    double lossW(double loadW, int modules) const;
};

// How one path feeds a row: PDUs (AC) or busway segments (800 VDC, 48 V) over consecutive
// racks, each carrying at most its limit (a PDU 80 % of its rating, NEC 210.20; a busway its
// rating) with the rack power shelves' losses included.
struct RowFeed
{
    std::vector<std::pair<int, int>> groups;   // [first, last) racks of each PDU or segment
    std::vector<double> outputW;               // load at each group's output
    double inputW = 0;                         // what the row draws from its block
};

// The power chain's stages as the generator sizes them, shared by the hall plan (a row must
// fit one power block; room for the PDUs) and the power plan (docs/authoring.md). Loads are
// one path's: in 2N each path carries the whole load when the other is lost.
class PowerChain
{
public:
    explicit PowerChain(const Builder &b);

    StageModel transformer, conversion, distribution, shelf;   // ups/rectifier, pdu/busway, powershelf
    bool pdus() const { return m_ac; }

    // Modules a stage installs for a load: what it needs, plus one spare with N+1 (2N keeps
    // its spare on the other path).
    int modules(double loadW, double ratedW) const;
    // A rack's power shelves: modules for its budget, and the budget plus their losses.
    int shelfModules(double rackW) const { return modules(rackW, shelf.ratedW); }
    double shelfInputW(double rackW) const;
    RowFeed rowFeed(const std::vector<double> &rackBudgetsW) const;
    // A power block's transformer load: its rows' draw plus the UPS or rectifier plant's
    // losses (that plant sized for the draw).
    double conversionInputW(double rowsInputW) const;
    // True when a row of racks with these budgets fits one power block on its own.
    bool rowFitsBlock(const std::vector<double> &rackBudgetsW) const;

private:
    bool m_ac = false, m_nPlusOne = false;
};

} // namespace aif::generator
