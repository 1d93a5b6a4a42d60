// PUE, IT and facility power: at the design load (power solver) and at the operating point
// (coupled twin). Both exist and differ; each definition says which one it is.
#include "figures.h"

#include <QtGlobal>

namespace aif::explain::detail {

namespace {

void designPue(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "PUE (design point)");
    e.unit = "ratio";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Power usage effectiveness at the design load: everything the facility draws "
        "from the grid "
        "divided by what reaches the IT equipment, with every GPU at full activity. 1.0 "
        "would mean no "
        "power-chain losses and no cooling; the operating point's PUE is "
        "/twin/coupled/pue and the "
        "year's energy-weighted PUE is /annual/annual_pue.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain", "PUE = facility power / IT power");
    e.reference = kPueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "facility power"), "/power/facility_kw", "kW",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "IT power"), "/power/it_kw", "kW",
              Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "power-chain losses"), "/power/chain_loss_kw",
              "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "cooling power"), "/power/cooling_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "partial PUE of the power chain"),
              "/power/ppue_power", "ratio");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "partial PUE of cooling"),
              "/power/ppue_cooling", "ratio");
}

void designIt(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "IT power (design point)");
    e.unit = "kW";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The power the IT equipment draws at the design load: every rack's servers (GPUs at full "
        "activity, CPUs, NICs, fans, power-supply loss) plus the network gear at automatic "
        "positions. "
        "It is the sizing load; the power at the workloads' operating point is "
        "/twin/coupled/it_kw.");
    e.formula = "IT power = Σ powered racks' IT power + Σ network draws at automatic positions − "
                "dropped load";
    e.combination = Combination::Sum;
    addResultSum(e, c, QT_TRANSLATE_NOOP("aif::Explain", "racks' IT power"), "/power/racks",
                 "it_kw", "kW", Role::Term);
    addResultSum(e, c, QT_TRANSLATE_NOOP("aif::Explain", "network at automatic positions"),
                 "/power/network/automatic_positions", "kw", "kW", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "load with no live feed (dropped)"),
              "/power/dropped_kw", "kW", Role::Minus);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of which network (switches, optics)"),
              "/power/network_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "nameplate IT power (catalog maximum)"),
              "/summary/nameplate_it_kw", "kW");
}

void designFacility(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Facility power (design point)");
    e.unit = "kW";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Everything the site draws from the grid at the design load: the IT power, the losses of "
        "transformers, UPS, PDUs and rectifiers on the way, and the power of the cooling plant "
        "(fans, "
        "pumps, chillers). The operating point's is /twin/coupled/facility_kw.");
    e.formula = "facility power = IT power + power-chain losses + cooling power";
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "IT power"), "/power/it_kw", "kW",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "power-chain losses"), "/power/chain_loss_kw",
              "kW", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "cooling power"), "/power/cooling_kw", "kW",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of cooling: chillers"),
              "/power/cooling/chillers_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of cooling: air-unit fans"),
              "/power/cooling/air_fans_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of cooling: CDU pumps"),
              "/power/cooling/cdu_pumps_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of cooling: dry coolers"),
              "/power/cooling/dry_coolers_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of cooling: cooling towers"),
              "/power/cooling/towers_kw", "kW");
}

// /twin/coupled/... or /twin/uncoupled/...: which block the pointer is in.
std::string twinBlock(const Explanation &e)
{
    return e.pointer.rfind("/twin/uncoupled/", 0) == 0 ? "/twin/uncoupled" : "/twin/coupled";
}

std::string twinWhat(const std::string &block)
{
    return block == "/twin/coupled"
        ? "at the operating point (the coupled twin's converged answer)"
        : "after the twin's first, uncoupled pass (before throttling and leakage feed back)";
}

void twinPue(Explanation &e, const Context &c)
{
    const std::string b = twinBlock(e);
    e.title = b == "/twin/coupled" ? QT_TRANSLATE_NOOP("aif::Explain", "PUE (operating point)")
                                   : QT_TRANSLATE_NOOP("aif::Explain", "PUE (uncoupled pass)");
    e.unit = "ratio";
    e.definition = "Power usage effectiveness " + twinWhat(b)
        + ": facility power over IT power with the GPUs at "
          "the activity their deployments run at and racks in no deployment idle. The design-load "
          "PUE is "
          "/power/pue and the year's is /annual/annual_pue.";
    e.formula = QT_TRANSLATE_NOOP("aif::Explain", "PUE = facility power / IT power");
    e.reference = kPueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "facility power"), b + "/facility_kw", "kW",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "IT power"), b + "/it_kw", "kW",
              Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "PUE at the design load"), "/power/pue",
              "ratio");
}

void twinIt(Explanation &e, const Context &c)
{
    const std::string b = twinBlock(e);
    e.title = b == "/twin/coupled" ? QT_TRANSLATE_NOOP("aif::Explain", "IT power (operating point)")
                                   : QT_TRANSLATE_NOOP("aif::Explain", "IT power (uncoupled pass)");
    e.unit = "kW";
    e.definition = "The power the IT equipment draws " + twinWhat(b)
        + ": GPUs draw what their deployment's "
          "activity and junction temperature (leakage) make them draw, racks in no deployment "
          "idle. "
          "The design-load figure, every GPU at full activity, is /power/it_kw.";
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "IT power = power solve at each rack's activity and leakage factor, iterated with "
        "thermal and "
        "throughput to a fixed point");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "IT power at the design load"),
              "/power/it_kw", "kW");
    addResult(
        e, c,
        QT_TRANSLATE_NOOP("aif::Explain", "servers in the deployments at their operating point"),
        "/throughput/server_power_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "network power (same at any load)"),
              "/power/network_kw", "kW");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "twin iterations"), "/twin/iterations",
              "passes");
}

void twinFacility(Explanation &e, const Context &c)
{
    const std::string b = twinBlock(e);
    e.title = b == "/twin/coupled"
        ? QT_TRANSLATE_NOOP("aif::Explain", "Facility power (operating point)")
        : QT_TRANSLATE_NOOP("aif::Explain", "Facility power (uncoupled pass)");
    e.unit = "kW";
    e.definition = "Everything the site draws " + twinWhat(b)
        + ": IT power plus the power chain's losses and the "
          "cooling plant at that load. The design-load figure is /power/facility_kw.";
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "facility power = PUE × IT power (the twin's power solve adds chain losses and "
        "cooling to IT)");
    e.combination = Combination::Product;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "IT power"), b + "/it_kw", "kW",
              Role::Factor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "PUE"), b + "/pue", "ratio", Role::Factor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "facility power at the design load"),
              "/power/facility_kw", "kW");
}

} // namespace

const std::vector<Figure> &powerFigures()
{
    static const std::vector<Figure> figures {
        {"/power/pue", designPue},
        {"/power/it_kw", designIt},
        {"/power/facility_kw", designFacility},
        {"/twin/coupled/pue", twinPue},
        {"/twin/coupled/it_kw", twinIt},
        {"/twin/coupled/facility_kw", twinFacility},
        {"/twin/uncoupled/pue", twinPue},
    };
    return figures;
}

} // namespace aif::explain::detail
