// SI <-> display unit conversions (NIST SP 811 factors; the one units module of the program).
#include "units.h"
#include "unittext.h"

#include <QTest>

#include <cmath>

using namespace aif;

namespace {

constexpr Quantity kLastQuantity = Quantity::TokenRate;

bool near(double a, double b, double relTol)
{
    return std::abs(a - b) <= relTol * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { units::setCurrentSystem(UnitSystem::SI); }
    void conversions_data();
    void conversions();
    void roundTrips_data();
    void roundTrips();
    void formatting();
    void currentSystem();
    void messageText_data();
    void messageText();
};

void TestUnits::conversions_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("system");
    QTest::addColumn<double>("si");
    QTest::addColumn<double>("shown");
    QTest::addColumn<QString>("symbol");
    const int us = int(UnitSystem::US), si = int(UnitSystem::SI);
    QTest::newRow("25 C = 77 F") << int(Quantity::Temperature) << us << 25.0 << 77.0 << "°F";
    QTest::newRow("0 C = 32 F") << int(Quantity::Temperature) << us << 0.0 << 32.0 << "°F";
    QTest::newRow("-40 C = -40 F") << int(Quantity::Temperature) << us << -40.0 << -40.0 << "°F";
    QTest::newRow("dT 10 K = 18 F") << int(Quantity::TemperatureDelta) << us << 10.0 << 18.0 << "°F";
    QTest::newRow("1 m3/s = 2118.88 CFM") << int(Quantity::AirFlow) << us << 1.0 << 2118.88 << "CFM";
    QTest::newRow("3516.85 W = 1 ton") << int(Quantity::CoolingCapacity) << us << 3516.85 << 1.0 << "tons";
    QTest::newRow("1 W = 3.412 BTU/h") << int(Quantity::HeatLoad) << us << 1.0 << 3.412142 << "BTU/h";
    QTest::newRow("1 m = 3.28084 ft") << int(Quantity::Length) << us << 1.0 << 3.28084 << "ft";
    QTest::newRow("1 gpm") << int(Quantity::LiquidFlow) << us << 6.30902e-5 << 1.0 << "gpm";
    QTest::newRow("1 L/min") << int(Quantity::LiquidFlow) << si << 1.0 / 60000.0 << 1.0 << "L/min";
    QTest::newRow("1 psi") << int(Quantity::Pressure) << us << 6894.757 << 1.0 << "psi";
    QTest::newRow("100 kPa") << int(Quantity::Pressure) << si << 1e5 << 100.0 << "kPa";
    QTest::newRow("1 kW") << int(Quantity::Power) << si << 1000.0 << 1.0 << "kW";
    QTest::newRow("25 C SI") << int(Quantity::Temperature) << si << 25.0 << 25.0 << "°C";
    QTest::newRow("fraction %") << int(Quantity::Fraction) << si << 0.35 << 35.0 << "%";
    QTest::newRow("1 MWh") << int(Quantity::Energy) << si << 3.6e9 << 1.0 << "MWh";
    QTest::newRow("1 lb") << int(Quantity::Mass) << us << 0.45359237 << 1.0 << "lb";
    QTest::newRow("1 ms") << int(Quantity::Time) << si << 1e-3 << 1.0 << "ms";
}

void TestUnits::conversions()
{
    QFETCH(int, quantity);
    QFETCH(int, system);
    QFETCH(double, si);
    QFETCH(double, shown);
    QFETCH(QString, symbol);
    const auto q = Quantity(quantity);
    const auto s = UnitSystem(system);
    const double got = units::toDisplay(si, q, s);
    QVERIFY2(near(got, shown, 1e-5), qPrintable(QString("%1 shown, expected %2").arg(got, 0, 'g', 10).arg(shown)));
    QVERIFY(near(units::fromDisplay(shown, q, s), si, 1e-5));
    QCOMPARE(units::displayUnit(q, s).symbol, symbol);
}

void TestUnits::roundTrips_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("system");
    for (int q = int(Quantity::None); q <= int(kLastQuantity); ++q) {
        for (UnitSystem s : {UnitSystem::SI, UnitSystem::US})
            QTest::addRow("q%d-%s", q, s == UnitSystem::SI ? "SI" : "US") << q << int(s);
    }
}

void TestUnits::roundTrips()
{
    QFETCH(int, quantity);
    QFETCH(int, system);
    const auto q = Quantity(quantity);
    const auto s = UnitSystem(system);
    QVERIFY(units::displayUnit(q, s).scale != 0.0);
    for (double si : {-273.15, -1.0, 0.0, 1e-6, 0.5, 1.0, 22.0, 3516.853, 1e6, 1.2e9}) {
        const double back = units::fromDisplay(units::toDisplay(si, q, s), q, s);
        QVERIFY2(near(back, si, 1e-12), qPrintable(QString("%1 -> %2").arg(si).arg(back, 0, 'g', 17)));
    }
}

void TestUnits::formatting()
{
    QCOMPARE(units::format(25.0, Quantity::Temperature, UnitSystem::US), QString("77.0 °F"));
    QCOMPARE(units::format(150e3, Quantity::CoolingCapacity, UnitSystem::SI), QString("150.0 kW"));
    QCOMPARE(units::format(1.0 / 60000.0, Quantity::LiquidFlow, UnitSystem::SI), QString("1.0 L/min"));
    QCOMPARE(units::format(1.0, Quantity::AirFlow, UnitSystem::US), QString("2119 CFM"));
    QCOMPARE(units::format(8.0, Quantity::Count, UnitSystem::US), QString("8"));
    // Every quantity with a unit names its SI symbol for error messages.
    QCOMPARE(units::siSymbol(Quantity::AirFlow), QString("m³/s"));
    QCOMPARE(units::siSymbol(Quantity::Temperature), QString("°C"));
    QVERIFY(units::siSymbol(Quantity::Count).isEmpty());
}

void TestUnits::currentSystem()
{
    QCOMPARE(units::currentSystem(), UnitSystem::SI);   // the default: SI
    units::setCurrentSystem(UnitSystem::US);
    QCOMPARE(units::currentSystem(), UnitSystem::US);
}

// Issue texts are written in SI and shown in the user's units (issue 19): every "number unit"
// pair converts, ids and words that only look like units do not.
void TestUnits::messageText_data()
{
    QTest::addColumn<QString>("si");
    QTest::addColumn<QString>("us");
    QTest::newRow("inlet") << "R01 inlet 32.5 °C is above the ASHRAE allowable 32 °C"
                           << "R01 inlet 90.5 °F is above the ASHRAE allowable 89.6 °F";
    QTest::newRow("delta") << "rise +2.3 K at 1.20 m" << "rise +4.1 °F at 3.94 ft";
    QTest::newRow("flows") << "needs 4.2 m³/s and 120 L/min" << "needs 8899 CFM and 31.7 gpm";
    QTest::newRow("mm") << "aisle 600 mm wide, 25 m² floor" << "aisle 23.6 in wide, 269 ft² floor";
    QTest::newRow("ids") << "H1-R03 and CDU-2 in hall-10mw, 5 max" << "H1-R03 and CDU-2 in hall-10mw, 5 max";
    QTest::newRow("power") << "rack of 132 kW over 1,000 W" << "rack of 132 kW over 1,000 W";
    QTest::newRow("thousands") << "1,200 m of cable" << "3937.01 ft of cable";
}

void TestUnits::messageText()
{
    QFETCH(QString, si);
    QFETCH(QString, us);
    QCOMPARE(units::convertText(si, UnitSystem::SI), si);
    QCOMPARE(units::convertText(si, UnitSystem::US), us);
    Diagnostic d{Diagnostic::Severity::Warning, "/racks/0", "R01", "thermal.inlet", si.toStdString()};
    QCOMPARE(QString::fromStdString(inUnits(d, UnitSystem::US).message), us);
    QCOMPARE(inUnits(d, UnitSystem::US).entity, std::string("R01"));
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
