#include "templates.h"

#include <QtGlobal>

namespace aif::generator {

namespace {

DesignRequest request(const std::string &name, const std::string &climate, double tariff,
                      double itMw, const std::string &system, const std::string &cooling,
                      const std::string &power, const std::string &redundancy, int halls)
{
    DesignRequest r;
    r.name = name;
    r.climate = climate;
    r.tariffUsdPerKwh = tariff;
    r.itMw = itMw;
    r.system = system;
    r.cooling = cooling;
    r.power = power;
    r.redundancy = redundancy;
    r.halls = halls;
    return r;
}

} // namespace

const std::vector<DesignTemplate> &designTemplates()
{
    // Titles and descriptions are shown translated (context aif::Template, galleryentry.cpp);
    // the id and the project name the template writes stay English.
    // Tariffs are assumptions of the order of each region's industrial price (US EIA, Eurostat,
    // China NDRC); the user sets their own in the wizard or Economics.
    static const std::vector<DesignTemplate> t {
        {"first-ai-factory", QT_TRANSLATE_NOOP("aif::Template", "First AI factory"),
         QT_TRANSLATE_NOOP(
             "aif::Template",
             "Air-cooled HGX H100 racks on one UPS: the smallest AI factory, for learning"),
         request("First AI factory", "ashburn-va", 0.08, 0.12, "hgx-h100-8gpu", "air", "ac", "n",
                 1)},
        {"air-1mw-h100", QT_TRANSLATE_NOOP("aif::Template", "1 MW air-cooled H100 hall"),
         QT_TRANSLATE_NOOP(
             "aif::Template",
             "HGX H100 racks with CRAHs and hot-aisle containment, 2N UPS power, Ashburn VA"),
         request("1 MW H100 hall", "ashburn-va", 0.08, 1.0, "hgx-h100-8gpu", "air", "ac", "2n", 1)},
        {"liquid-10mw-gb200", QT_TRANSLATE_NOOP("aif::Template", "10 MW GB200 NVL72 liquid hall"),
         QT_TRANSLATE_NOOP(
             "aif::Template",
             "NVL72 racks on CDUs and rear doors, 800 VDC power with 2N paths, Phoenix AZ"),
         request("10 MW GB200 NVL72 hall", "phoenix-az", 0.075, 10.0, "gb200-nvl72", "liquid",
                 "hvdc800", "2n", 1)},
        {"campus-100mw", QT_TRANSLATE_NOOP("aif::Template", "100 MW campus (10 halls)"),
         QT_TRANSLATE_NOOP(
             "aif::Template",
             "Ten GB200 NVL72 halls with CDUs and fan walls, 800 VDC, 2N, free cooling in Luleå"),
         request("100 MW AI campus", "lulea-se", 0.05, 100.0, "gb200-nvl72", "hybrid", "hvdc800",
                 "2n", 10)},
        {"cloudmatrix-384",
         QT_TRANSLATE_NOOP("aif::Template", "Ascend CloudMatrix 384 supernode hall"),
         QT_TRANSLATE_NOOP("aif::Template",
                           "Huawei CloudMatrix 384 supernodes placed as whole units, CDUs and "
                           "CRAHs, AC with N+1 UPS, Beijing"),
         request("CloudMatrix 384 hall", "beijing-cn", 0.09, 2.2, "ascend-cloudmatrix-384",
                 "hybrid", "ac", "n+1", 1)},
        {"rdhx-2mw-h200",
         QT_TRANSLATE_NOOP("aif::Template", "2 MW H200 hall with rear doors and 48 V"),
         QT_TRANSLATE_NOOP("aif::Template",
                           "HGX H200 racks with rear-door heat exchangers, 48 V busways and power "
                           "shelves, 2N, Frankfurt"),
         request("2 MW H200 rear-door hall", "frankfurt-de", 0.15, 2.0, "hgx-h200-8gpu", "rdhx",
                 "48v", "2n", 1)},
    };
    return t;
}

const DesignTemplate *findTemplate(const std::string &id)
{
    for (const DesignTemplate &t : designTemplates())
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace aif::generator
