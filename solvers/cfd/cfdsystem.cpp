// system/ and constant/ dictionaries of the exported case: buoyantSimpleFoam (steady, compressible
// ideal-gas air with gravity), standard k-epsilon with wall functions, SIMPLE with the relaxation of
// the v1912 buoyantCavity tutorial, simple decomposition along the hall's longer side.
#include "cfd/cfdcase.h"
#include "cfd/foamfile.h"

#include "thermal/airproperties.h"

#include <sstream>

namespace aif::cfd {

double casePressurePa(const CfdHall &h)
{
    // The ideal-gas pressure that gives the fast model's density at the supply temperature.
    return thermal::airDensity(h.supplyC, h.elevationM) * 287.05 * (h.supplyC + 273.15);
}

std::vector<std::pair<std::string, std::string>> systemFiles(const CfdCase &c)
{
    std::vector<std::pair<std::string, std::string>> files;
    const int n = c.options.iterations;
    std::ostringstream control;
    control << foamHeader("dictionary", "controlDict", "system") << "application     buoyantSimpleFoam;\n"
            << "startFrom       latestTime;\nstartTime       0;\nstopAt          endTime;\nendTime         " << n
            << ";\ndeltaT          1;\n"
            // ASCII, so `aif cfd import` reads the fields without OpenFOAM.
            << "writeControl    timeStep;\nwriteInterval   " << (n % 4 == 0 ? n / 4 : n)   // the last iteration is always written
            << ";\npurgeWrite      2;\nwriteFormat     ascii;\nwritePrecision  8;\nwriteCompression off;\n"
            << "timeFormat      general;\ntimePrecision   6;\nrunTimeModifiable true;\n\n"
            // A buoyant hall has no strictly steady state: SIMPLE settles into a slow oscillation
            // (rack inlets moved by up to 1.7 K between iterations 1125 and 1500 on the 16-rack
            // hall), so import reads the mean over the second half of the iterations.
            << "functions\n{\n    averages\n    {\n        type            fieldAverage;\n"
               "        libs            (\"libfieldFunctionObjects.so\");\n        writeControl    writeTime;\n"
               "        timeStart       "
            << n / 2
            << ";\n        fields\n        (\n            T { mean on; prime2Mean off; base iteration; }\n"
               "            U { mean on; prime2Mean off; base iteration; }\n        );\n    }\n}\n";
    files.emplace_back("system/controlDict", control.str());

    files.emplace_back("system/fvSchemes",
                       foamHeader("dictionary", "fvSchemes", "system")
                           + "ddtSchemes\n{\n    default         steadyState;\n}\n\n"
                             "gradSchemes\n{\n    default         Gauss linear;\n}\n\n"
                             "divSchemes\n{\n    default         none;\n"
                             "    div(phi,U)      bounded Gauss linearUpwind grad(U);\n"
                             "    div(phi,h)      bounded Gauss linearUpwind grad(h);\n"
                             "    div(phi,K)      bounded Gauss upwind;\n"
                             "    div(phi,k)      bounded Gauss upwind;\n"
                             "    div(phi,epsilon) bounded Gauss upwind;\n"
                             "    div(phi,Ekp)    bounded Gauss upwind;\n"
                             "    div(((rho*nuEff)*dev2(T(grad(U))))) Gauss linear;\n}\n\n"
                             "laplacianSchemes\n{\n    default         Gauss linear corrected;\n}\n\n"
                             "interpolationSchemes\n{\n    default         linear;\n}\n\n"
                             "snGradSchemes\n{\n    default         corrected;\n}\n\n"
                             "wallDist\n{\n    method          meshWave;\n}\n");

    files.emplace_back("system/fvSolution",
                       foamHeader("dictionary", "fvSolution", "system")
                           + "solvers\n{\n"
                             "    p_rgh\n    {\n        solver          GAMG;\n        smoother        DIC;\n"
                             "        tolerance       1e-7;\n        relTol          0.01;\n    }\n"
                             "    \"(U|h|k|epsilon)\"\n    {\n        solver          PBiCGStab;\n"
                             "        preconditioner  DILU;\n        tolerance       1e-8;\n        relTol          0.1;\n    }\n}\n\n"
                             "SIMPLE\n{\n    momentumPredictor yes;\n    nNonOrthogonalCorrectors 0;\n"
                             "    pRefCell        0;\n    pRefValue       1e5;\n"
                             "    residualControl\n    {\n        p_rgh           1e-4;\n        U               1e-5;\n"
                             "        h               1e-6;\n        \"(k|epsilon)\"   1e-5;\n    }\n}\n\n"
                             "relaxationFactors\n{\n    fields\n    {\n        rho             1.0;\n        p_rgh           0.7;\n    }\n"
                             "    equations\n    {\n        U               0.3;\n        h               0.3;\n"
                             "        \"(k|epsilon)\"   0.7;\n    }\n}\n");

    // Simple decomposition: N slabs along the longer horizontal side (no graph partitioner needed).
    const bool alongX = c.hall.widthM >= c.hall.depthM;
    const int np = std::max(1, c.options.processors);
    std::ostringstream decompose;
    decompose << foamHeader("dictionary", "decomposeParDict", "system") << "numberOfSubdomains " << np
              << ";\n\nmethod          simple;\n\nsimpleCoeffs\n{\n    n               (" << (alongX ? np : 1) << ' '
              << (alongX ? 1 : np) << " 1);\n    delta           0.001;\n}\n";
    files.emplace_back("system/decomposeParDict", decompose.str());

    // A guard, not physics: T held within 0-100 degC so a start-up overshoot cannot drive the
    // density negative (the 1 MW sample at 0.8 m cells did within six iterations). Import counts the
    // cells at a limit and warns, since a field that needs the guard is not a result.
    files.emplace_back("system/fvOptions", foamHeader("dictionary", "fvOptions", "system")
                                               + "limitT\n{\n    type            limitTemperature;\n    active          yes;\n"
                                                 "    selectionMode   all;\n    min             273.15;\n"
                                                 "    max             373.15;\n}\n");
    files.emplace_back("constant/g", foamHeader("uniformDimensionedVectorField", "g", "constant")
                                         + "dimensions      [0 1 -2 0 0 0 0];\nvalue           (0 0 -9.81);\n");
    std::ostringstream thermo;
    // Dry air: M = 28.96 g/mol; density from the ideal gas at the reference pressure and the local
// temperature (incompressiblePerfectGas: rho = pRef / (R T), not from the solved pressure, which
// made the perfectGas set-up diverge within ten iterations on a 0.2 m grid); cp as the fast model (airproperties.h); mu = 1.83e-5 Pa s and
    // Pr = 0.71 at 25 degC (Incropera, Fundamentals of Heat and Mass Transfer, table A.4).
    thermo << foamHeader("dictionary", "thermophysicalProperties", "constant")
           << "thermoType\n{\n    type            heRhoThermo;\n    mixture         pureMixture;\n"
              "    transport       const;\n    thermo          hConst;\n    equationOfState incompressiblePerfectGas;\n"
              "    specie          specie;\n    energy          sensibleEnthalpy;\n}\n\n"
              "mixture\n{\n    specie\n    {\n        molWeight       28.96;\n    }\n"
              "    equationOfState\n    {\n        pRef            "
           << casePressurePa(c.hall) << ";\n    }\n"
              "    thermodynamics\n    {\n        Cp              "
           << thermal::kAirCp
           << ";\n        Hf              0;\n    }\n    transport\n    {\n        mu              1.83e-05;\n"
              "        Pr              0.71;\n    }\n}\n";
    files.emplace_back("constant/thermophysicalProperties", thermo.str());
    files.emplace_back("constant/turbulenceProperties",
                       foamHeader("dictionary", "turbulenceProperties", "constant")
                           + "simulationType  RAS;\n\nRAS\n{\n    RASModel        kEpsilon;\n    turbulence      on;\n"
                             "    printCoeffs     on;\n}\n");
    return files;
}

} // namespace aif::cfd
