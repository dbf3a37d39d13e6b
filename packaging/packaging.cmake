# Packaging: what `cmake --install` puts where, desktop integration, and CPack's packages.
#   Linux:   .deb (Debian 12) and .rpm     cmake --build build --target package   (or: cd build && cpack -G "DEB;RPM")
#   Windows: NSIS installer (+ zip): Qt, libpq and every DLL they load, the MSVC runtime, beside marquee.exe
#   macOS:   a .dmg holding Marquee.app: Qt, libpq and every non-system library they load, inside the bundle
# Included at the end of the top-level CMakeLists.txt, so every target exists by now.

include(GNUInstallDirs)

set(MARQUEE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(MARQUEE_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
# The reverse-DNS id names the desktop file, the metainfo and the icon; desktops match them to the window.
set(MARQUEE_APP_ID "org.marquee.Marquee")
set(MARQUEE_ICON_SIZES 16 32 48 64 128 256)
# Fixed lower-case name: GNUInstallDirs' DOCDIR would say share/doc/Marquee.
set(MARQUEE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/marquee")

set(CPACK_PACKAGE_CONTACT "Marquee developers <marquee@example.invalid>")

# "Remember password" needs qtkeychain (ui/ compiles it in when found). A package without it would quietly lose the
# option, so building packages without it is refused unless asked for.
option(MARQUEE_ALLOW_NO_KEYCHAIN "Allow packages without qtkeychain (no \"remember password\")" OFF)
get_target_property(marquee_ui_definitions marquee_ui COMPILE_DEFINITIONS)
if(NOT "MARQUEE_HAVE_KEYCHAIN" IN_LIST marquee_ui_definitions AND NOT MARQUEE_ALLOW_NO_KEYCHAIN)
    message(FATAL_ERROR "qtkeychain (Qt6Keychain) was not found, so the packages would have no \"remember password\". "
        "Install it (Debian: qtkeychain-qt6-dev; Windows/macOS: build it against this Qt and add its prefix to "
        "CMAKE_PREFIX_PATH, as .github/workflows/ci.yml does), or configure with -DMARQUEE_ALLOW_NO_KEYCHAIN=ON.")
endif()

# --- The application ----------------------------------------------------------------------------------------------

if(WIN32)
    # windeployqt copies Qt's DLLs and plugins only. Everything else that marquee.exe and libpq.dll link (qrencode,
    # qtkeychain, libpq's OpenSSL, gettext, lz4, ...) is found by CMake from the import tables of the DLLs themselves
    # (dumpbin, at install time) and copied beside marquee.exe; an unresolved one fails the install.
    set(MARQUEE_RUNTIME_DLL_DIRS "" CACHE STRING
        "Windows: folders holding the non-Qt DLLs marquee.exe links, e.g. vcpkg's installed/x64-windows/bin and qtkeychain's bin")
    find_package(PostgreSQL QUIET)
    find_library(MARQUEE_LIBPQ_LIBRARY NAMES libpq pq HINTS ${PostgreSQL_LIBRARY_DIRS} "$ENV{PostgreSQL_ROOT}/lib")
    get_filename_component(marquee_pg_lib_dir "${MARQUEE_LIBPQ_LIBRARY}" DIRECTORY)
    # The import library is in lib\, the DLLs (libpq and what it links) in bin\ beside it.
    find_file(MARQUEE_LIBPQ_DLL libpq.dll HINTS "${marquee_pg_lib_dir}/../bin" "$ENV{PostgreSQL_ROOT}/bin")
    if(NOT MARQUEE_LIBPQ_DLL)
        message(FATAL_ERROR "libpq.dll not found (set PostgreSQL_ROOT to a PostgreSQL installation): "
            "without it the QPSQL driver cannot load and the installed Marquee cannot reach PostgreSQL")
    endif()
    get_filename_component(marquee_pg_bin_dir "${MARQUEE_LIBPQ_DLL}" DIRECTORY)
    message(STATUS "Packaging libpq for the QPSQL driver: ${MARQUEE_LIBPQ_DLL}")
    # Only installed, never linked: an imported target, so that libpq.dll joins marquee.exe's dependency set.
    add_library(marquee_libpq SHARED IMPORTED)
    set_target_properties(marquee_libpq PROPERTIES IMPORTED_LOCATION "${MARQUEE_LIBPQ_DLL}")
    if(MARQUEE_LIBPQ_LIBRARY)
        set_target_properties(marquee_libpq PROPERTIES IMPORTED_IMPLIB "${MARQUEE_LIBPQ_LIBRARY}")
    endif()

    install(TARGETS marquee RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" RUNTIME_DEPENDENCY_SET marquee_runtime)
    install(IMPORTED_RUNTIME_ARTIFACTS marquee_libpq RUNTIME_DEPENDENCY_SET marquee_runtime
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    # Names are matched in lower case. Qt's DLLs come from windeployqt, the MSVC runtime from
    # InstallRequiredSystemLibraries below, the rest of Windows is on every PC.
    install(RUNTIME_DEPENDENCY_SET marquee_runtime
        PRE_INCLUDE_REGEXES "^qt6keychain"
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^qt6" "^(msvcp|vcruntime|concrt)[0-9]"
        POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
        DIRECTORIES ${MARQUEE_RUNTIME_DLL_DIRS} "${marquee_pg_bin_dir}"
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

    # The Microsoft C++ runtime (msvcp140, vcruntime140, ...), app-local beside marquee.exe: a PC without the
    # Visual C++ Redistributable could not start marquee.exe, Qt or libpq otherwise.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
else()
    install(TARGETS marquee
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        BUNDLE DESTINATION .)
endif()

if(UNIX AND NOT APPLE)
    # qt_standard_project_setup() gives installed binaries a RUNPATH of $ORIGIN:$ORIGIN/../lib for relocatable
    # installs; a distribution package finds every library in the system's paths and should not search /usr/lib.
    set_target_properties(marquee PROPERTIES INSTALL_RPATH "")
    # As Debian builds its own packages (dpkg-buildflags' hardening): relocations read-only, resolved at start.
    target_link_options(marquee PRIVATE "LINKER:-z,relro" "LINKER:-z,now")
    # dh_strip also drops the compiler's .comment section; CPack's strip (CPACK_STRIP_FILES) does not.
    install(CODE "if(CMAKE_INSTALL_DO_STRIP)
        execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/marquee\" COMMAND_ERROR_IS_FATAL ANY)
    endif()")
elseif(WIN32)
    # The icon and version Explorer shows for marquee.exe.
    set(MARQUEE_WINDOWS_ICON "${MARQUEE_PACKAGING_DIR}/windows/marquee.ico")
    configure_file("${MARQUEE_PACKAGING_DIR}/windows/marquee.rc.in" "${PROJECT_BINARY_DIR}/packaging/marquee.rc" @ONLY)
    target_sources(marquee PRIVATE "${PROJECT_BINARY_DIR}/packaging/marquee.rc")
elseif(APPLE)
    set(marquee_icns "${MARQUEE_PACKAGING_DIR}/macos/marquee.icns")
    target_sources(marquee PRIVATE "${marquee_icns}")
    # Source file properties belong to the directory that defines the target (app/).
    set_source_files_properties("${marquee_icns}" TARGET_DIRECTORY marquee
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # The bundled Homebrew libraries are built for the macOS of the machine that builds the package, so that is the
    # oldest macOS the bundle can promise (Info.plist's LSMinimumSystemVersion; check-bundle.sh verifies it).
    # A cache entry, because Info.plist is configured at generate time in app/'s scope, which sees the cache.
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(marquee_macos_minimum "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    else()
        execute_process(COMMAND sw_vers -productVersion OUTPUT_VARIABLE marquee_macos_host OUTPUT_STRIP_TRAILING_WHITESPACE)
        string(REGEX REPLACE "^([0-9]+).*" "\\1.0" marquee_macos_minimum "${marquee_macos_host}")
    endif()
    set(MARQUEE_MACOS_MINIMUM "${marquee_macos_minimum}" CACHE INTERNAL "LSMinimumSystemVersion of Marquee.app")
    set_target_properties(marquee PROPERTIES
        OUTPUT_NAME Marquee
        MACOSX_BUNDLE_INFO_PLIST "${MARQUEE_PACKAGING_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_ICON_FILE marquee.icns
        MACOSX_BUNDLE_COPYRIGHT "MIT License, Marquee developers")
endif()

# --- Data, documentation and desktop integration ------------------------------------------------------------------

if(NOT APPLE)
    # For reference only: the app carries the same files as resources and migrates from those.
    file(GLOB MARQUEE_MIGRATION_SQL CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/migrations/*.sql")
    install(FILES ${MARQUEE_MIGRATION_SQL} DESTINATION "${CMAKE_INSTALL_DATADIR}/marquee/migrations")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${MARQUEE_INSTALL_DOCDIR}" OPTIONAL)
endif()
if(WIN32)
    install(FILES "${MARQUEE_PACKAGING_DIR}/LICENSE" DESTINATION "${MARQUEE_INSTALL_DOCDIR}")
endif()

if(UNIX AND NOT APPLE)
    install(FILES
        "${MARQUEE_PACKAGING_DIR}/linux/${MARQUEE_APP_ID}.desktop"
        "${MARQUEE_PACKAGING_DIR}/linux/${MARQUEE_APP_ID}.Kiosk.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${MARQUEE_PACKAGING_DIR}/linux/${MARQUEE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${MARQUEE_ICON_DIR}/marquee.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${MARQUEE_APP_ID}.svg")
    foreach(size IN LISTS MARQUEE_ICON_SIZES)
        install(FILES "${MARQUEE_ICON_DIR}/marquee-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME "${MARQUEE_APP_ID}.png")
    endforeach()
    # Debian's hicolor-icon-theme and desktop-file-utils refresh their caches through dpkg triggers,
    # Fedora's through RPM file triggers: no maintainer scripts needed.

    # Debian policy: the licence as a machine-readable `copyright` file (made from packaging/LICENSE), the changelogs
    # gzipped (`changelog.gz` upstream's, `changelog.Debian.gz` the package's) and a manual page, all compressed with
    # gzip -9n (no name or time stamp, so the same sources give the same package).
    file(READ "${MARQUEE_PACKAGING_DIR}/LICENSE" marquee_license)
    string(REGEX MATCH "Copyright \\(c\\) ([^\n]+)" marquee_copyright_line "${marquee_license}")
    set(MARQUEE_COPYRIGHT "${CMAKE_MATCH_1}")
    string(FIND "${marquee_license}" "Permission is hereby granted" marquee_license_start)
    string(SUBSTRING "${marquee_license}" ${marquee_license_start} -1 marquee_license_body)
    string(STRIP "${marquee_license_body}" marquee_license_body)
    # In DEP-5 the text continues the License field: each line indented by one space, an empty line written " .".
    string(REGEX REPLACE "\n\n" "\n.\n" marquee_license_body "${marquee_license_body}")
    string(REPLACE "\n" "\n " MARQUEE_LICENSE_DEP5 " ${marquee_license_body}")
    set(marquee_doc_build "${PROJECT_BINARY_DIR}/packaging/doc")
    configure_file("${MARQUEE_PACKAGING_DIR}/linux/copyright.in" "${marquee_doc_build}/copyright" @ONLY)
    configure_file("${MARQUEE_PACKAGING_DIR}/linux/marquee.1.in" "${marquee_doc_build}/marquee.1" @ONLY)
    configure_file("${MARQUEE_PACKAGING_DIR}/CHANGELOG.md" "${marquee_doc_build}/changelog" COPYONLY)
    configure_file("${MARQUEE_PACKAGING_DIR}/linux/changelog.Debian" "${marquee_doc_build}/changelog.Debian" COPYONLY)
    set(marquee_gzipped "")
    foreach(doc IN ITEMS marquee.1 changelog changelog.Debian)
        add_custom_command(OUTPUT "${marquee_doc_build}/${doc}.gz"
            COMMAND gzip -9 -n -k -f "${doc}"
            DEPENDS "${marquee_doc_build}/${doc}"
            WORKING_DIRECTORY "${marquee_doc_build}"
            COMMENT "Compressing ${doc}" VERBATIM)
        list(APPEND marquee_gzipped "${marquee_doc_build}/${doc}.gz")
    endforeach()
    add_custom_target(marquee_package_docs ALL DEPENDS ${marquee_gzipped})
    install(FILES "${marquee_doc_build}/copyright" "${marquee_doc_build}/changelog.gz"
        "${marquee_doc_build}/changelog.Debian.gz" DESTINATION "${MARQUEE_INSTALL_DOCDIR}")
    install(FILES "${marquee_doc_build}/marquee.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${MARQUEE_PACKAGING_DIR}/linux/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME marquee)
endif()

# --- Windows and macOS: Qt's deployment tools ----------------------------------------------------------------------
# Qt 6.4's qt_generate_deploy_app_script cannot pass NO_APP_STORE_COMPLIANCE, and macdeployqt's app-store mode
# leaves out libqsqlpsql.dylib ("uses private API"): the .dmg would have no PostgreSQL driver. So the deploy script
# is written here, calling the same qt6_deploy_runtime_dependencies().

if(WIN32)
    set(marquee_deploy_script "${PROJECT_BINARY_DIR}/packaging/deploy-marquee.cmake")
    file(GENERATE OUTPUT "${marquee_deploy_script}" CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:marquee>\" GENERATE_QT_CONF VERBOSE)
# windeployqt may add the Visual C++ Redistributable's installer; the runtime DLLs are installed beside marquee.exe.
file(REMOVE \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}/vc_redist.x64.exe\")
")
    install(SCRIPT "${marquee_deploy_script}")
elseif(APPLE)
    # Folders where the fix-up looks for libraries the bundle references by @rpath or by a path that does not exist
    # on this machine (Homebrew's libpq, openssl@3, krb5, icu4c, qrencode, qtkeychain's prefix, ...).
    set(MARQUEE_MACOS_LIBRARY_DIRS "" CACHE STRING "macOS: folders holding the non-Qt libraries Marquee.app loads")
    set(marquee_deploy_script "${PROJECT_BINARY_DIR}/packaging/deploy-marquee.cmake")
    file(GENERATE OUTPUT "${marquee_deploy_script}" CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(EXECUTABLE \"$<TARGET_FILE_NAME:marquee>.app\" NO_APP_STORE_COMPLIANCE VERBOSE)
# Copies every non-system library the app and its plug-ins load into Contents/Frameworks, rewrites every reference,
# signs the bundle ad hoc and checks that nothing points outside the bundle or the system.
execute_process(COMMAND bash \"${MARQUEE_PACKAGING_DIR}/macos/bundle-fixup.sh\"
        \"\${QT_DEPLOY_PREFIX}/$<TARGET_FILE_NAME:marquee>.app\" ${MARQUEE_MACOS_LIBRARY_DIRS}
    COMMAND_ECHO STDOUT COMMAND_ERROR_IS_FATAL ANY)
")
    install(SCRIPT "${marquee_deploy_script}")
endif()

# --- CPack ----------------------------------------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME marquee)
set(CPACK_PACKAGE_VENDOR "Marquee developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 79 characters: Debian and RPM show the description as it is written.
set(CPACK_PACKAGE_DESCRIPTION
    "Marquee sells and checks tickets for a venue's events. Box-office staff sell
fast from the keyboard, administrators manage events, prices, sales and staff
logins, and customers buy at full-screen touch kiosks, in English or Thai.
Every terminal talks directly to the venue's PostgreSQL database; seat counts
stay live on every screen.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Marquee)
set(CPACK_PACKAGE_EXECUTABLES marquee Marquee)
set(CPACK_RESOURCE_FILE_LICENSE "${MARQUEE_PACKAGING_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
    find_program(MARQUEE_RPMBUILD rpmbuild)
    if(MARQUEE_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

# Debian 12. The linked libraries (Qt Core/Gui/Widgets/Sql/Network/PrintSupport/Charts/Svg, qt6keychain, libqrencode)
# come from dpkg-shlibdeps; what is loaded at run time must be named here: the QPSQL driver, the SVG plug-ins (the
# window icon) and a font with Thai glyphs (the kiosk offers ไทย; without one Thai shows as empty boxes).
# fonts-tlwg-loma is the one fontconfig prefers for Thai sans-serif text (its 64-10-tlwg-loma.conf).
# qt6-speech-flite-plugin is the kiosk's speech output (issue #13): Qt's text-to-speech library comes by
# shlibdeps, its engine is a plug-in; flite speaks English offline. A venue that wants Thai speech also installs
# qt6-speech-speechd-plugin, speech-dispatcher and espeak-ng (suggested).
# Not listed: qt6-translations-l10n (Debian 12's has no qtbase_th.qm, and its qtbase_en.qm is empty) and
# qt6-qpa-plugins (VNC and TUIO only; the X11 plug-in is in libqt6gui6). The install test checks every library the
# running app maps comes from a package these pull in.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, libqt6svg6, fonts-tlwg-loma, qt6-speech-flite-plugin")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "postgresql (>= 15), qt6-wayland, gnome-keyring, qt6-speech-speechd-plugin, speech-dispatcher, espeak-ng")

# RPM. Autoreq finds the linked libraries by soname; the plug-ins are named with Fedora's package names, with
# openSUSE's as the alternative in a rich dependency (rpm >= 4.13). Not yet tried on either distribution.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES
    "(qt6-qtbase-postgresql or qt6-sql-postgresql), (qt6-qtbase-gui or qt6-gui), (qt6-qtsvg or qt6-svg), (google-noto-sans-thai-fonts or noto-sans-thai-fonts), (qt6-qtspeech-flite or qt6-texttospeech-plugin-flite)")
set(CPACK_RPM_CHANGELOG_FILE "${MARQUEE_PACKAGING_DIR}/linux/changelog.rpm")
# Debian's files have no place in the .rpm.
set(CPACK_RPM_USER_FILELIST
    "%exclude /usr/share/doc/marquee/changelog.Debian.gz" "%exclude /usr/share/lintian/overrides/marquee")
# CPack has no Packager field; rpmbuild takes it from this macro.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
# Directories the filesystem and theme packages own: listing them too would make the install conflict.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/doc /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/lintian /usr/share/lintian/overrides)
foreach(size IN LISTS MARQUEE_ICON_SIZES ITEMS scalable)
    if(size STREQUAL "scalable")
        set(dir /usr/share/icons/hicolor/scalable)
    else()
        set(dir /usr/share/icons/hicolor/${size}x${size})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION "${dir}" "${dir}/apps")
endforeach()

# Windows installer: Start-menu entries for the app and the kiosk, the icon, and uninstalling an older version first.
set(CPACK_NSIS_PACKAGE_NAME Marquee)
set(CPACK_NSIS_DISPLAY_NAME Marquee)
set(CPACK_NSIS_MUI_ICON "${MARQUEE_PACKAGING_DIR}/windows/marquee.ico")
set(CPACK_NSIS_MUI_UNIICON "${MARQUEE_PACKAGING_DIR}/windows/marquee.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\marquee.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\Marquee Kiosk.lnk' '$INSTDIR\\bin\\marquee.exe' '--kiosk'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\$MUI_TEMP\\Marquee Kiosk.lnk'")

# macOS disk image: Marquee.app beside a link to /Applications.
set(CPACK_DMG_VOLUME_NAME Marquee)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
