# `make package`: a .deb (dependencies found by dpkg-shlibdeps from the Debian libraries the
# binaries link) and a .tar.gz of the same tree under /usr (docs/packaging.md).
set(CPACK_PACKAGE_NAME ai-factory-studio)
set(CPACK_PACKAGE_VENDOR "AI Factory Studio developers")
set(CPACK_PACKAGE_CONTACT "AI Factory Studio developers <maintainers@aifactorystudio.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "design studio and digital twin for AI data centers")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see it: Qt's platform plugins (xcb, offscreen).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The Chinese studio: Qt's own catalogues (standard buttons and dialogs) and the CJK glyphs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-wqy-microhei")
# Reports are checked with pdftotext in tests; OpenFOAM is the optional CFD loop (docs/cfd.md).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils, openfoam")
# The synopsis is the summary above; this is the extended description (CPack indents it).
set(CPACK_PACKAGE_DESCRIPTION "AI Factory Studio lays out data halls, their air and liquid cooling, the AC or
800 V DC power chain, the network fabric and the language models on the GPUs,
and solves them: temperatures, power and redundancy, tokens per second, per
watt and per dollar, the year's energy, cost of ownership, heat reuse, carbon
and water. The aif command runs the same solvers from the shell.")
include(CPack)
