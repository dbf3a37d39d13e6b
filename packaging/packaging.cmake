# Packaging: what `cmake --install` puts where, desktop integration, and CPack's packages.
#   Linux:   .deb and .rpm      cmake --build build --target package     (or: cd build && cpack -G "DEB;RPM")
#   Windows: NSIS installer (+ zip), with Qt, libpq and its OpenSSL beside marquee.exe
#   macOS:   a .dmg holding Marquee.app, with Qt, libpq and its OpenSSL inside the bundle
# Included at the end of the top-level CMakeLists.txt, so every target exists by now.

include(GNUInstallDirs)

set(MARQUEE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(MARQUEE_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
# The reverse-DNS id names the desktop file, the metainfo and the icon; desktops match them to the window.
set(MARQUEE_APP_ID "org.marquee.Marquee")
set(MARQUEE_ICON_SIZES 16 32 48 64 128 256)
# Fixed lower-case name: GNUInstallDirs' DOCDIR would say share/doc/Marquee.
set(MARQUEE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/marquee")

# --- The application ----------------------------------------------------------------------------------------------

if(WIN32)
    # windeployqt copies Qt's DLLs only; the others marquee.exe links (libqrencode, qtkeychain) come from this set.
    set(MARQUEE_RUNTIME_DLL_DIRS "" CACHE STRING
        "Windows: folders holding the non-Qt DLLs marquee.exe links, e.g. vcpkg's installed/x64-windows/bin")
    install(TARGETS marquee RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" RUNTIME_DEPENDENCY_SET marquee_runtime)
    install(RUNTIME_DEPENDENCY_SET marquee_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^(msvcp|vcruntime|concrt)"
        POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
        DIRECTORIES ${MARQUEE_RUNTIME_DLL_DIRS}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
else()
    install(TARGETS marquee
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        BUNDLE DESTINATION .)
endif()

if(UNIX AND NOT APPLE)
    # qt_standard_project_setup() gives installed binaries a RUNPATH of $ORIGIN:$ORIGIN/../lib for relocatable
    # installs; a distribution package finds every library in the system's paths and should not search /usr/lib.
    set_target_properties(marquee PROPERTIES INSTALL_RPATH "")
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
    install(FILES "${MARQUEE_PACKAGING_DIR}/LICENSE" DESTINATION "${MARQUEE_INSTALL_DOCDIR}")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${MARQUEE_INSTALL_DOCDIR}" OPTIONAL)
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
endif()

# --- Windows and macOS: Qt, libpq and what libpq needs -------------------------------------------------------------
# windeployqt/macdeployqt copy Qt and its plugins, including the QPSQL driver, but not the libpq that driver loads,
# nor libpq's OpenSSL and gettext/iconv: without them the app says "QPSQL driver not loaded".
# Qt 6.4's deploy script supports only Windows and macOS; on Linux the package manager provides Qt.

if(WIN32 OR APPLE)
    find_package(PostgreSQL QUIET)
    find_library(MARQUEE_LIBPQ_LIBRARY NAMES pq libpq
        HINTS ${PostgreSQL_LIBRARY_DIRS} "$ENV{PostgreSQL_ROOT}/lib" /opt/homebrew/opt/libpq/lib /usr/local/opt/libpq/lib)
    if(MARQUEE_LIBPQ_LIBRARY)
        get_filename_component(marquee_pg_lib_dir "${MARQUEE_LIBPQ_LIBRARY}" DIRECTORY)
    endif()
endif()

if(WIN32)
    # The import library is in lib\, the DLLs (libpq and what it links) in bin\ beside it.
    find_file(MARQUEE_LIBPQ_DLL libpq.dll HINTS "${marquee_pg_lib_dir}/../bin" "${marquee_pg_lib_dir}" "$ENV{PostgreSQL_ROOT}/bin")
    if(MARQUEE_LIBPQ_DLL)
        get_filename_component(marquee_pg_bin_dir "${MARQUEE_LIBPQ_DLL}" DIRECTORY)
        file(GLOB marquee_libpq_deps
            "${marquee_pg_bin_dir}/libssl*.dll" "${marquee_pg_bin_dir}/libcrypto*.dll"
            "${marquee_pg_bin_dir}/libintl*.dll" "${marquee_pg_bin_dir}/libiconv*.dll"
            "${marquee_pg_bin_dir}/libwinpthread*.dll" "${marquee_pg_bin_dir}/zlib*.dll")
        message(STATUS "Packaging libpq for the QPSQL driver: ${MARQUEE_LIBPQ_DLL} ${marquee_libpq_deps}")
        install(FILES "${MARQUEE_LIBPQ_DLL}" ${marquee_libpq_deps} DESTINATION "${CMAKE_INSTALL_BINDIR}")
    else()
        message(WARNING "libpq.dll not found (set PostgreSQL_ROOT): the installer would not connect to PostgreSQL")
    endif()
elseif(APPLE)
    # Homebrew's libpq names its OpenSSL by absolute path; inside the bundle every name becomes @rpath/…
    # (Contents/Frameworks is on the app's rpath once macdeployqt has run), and the changed files are re-signed ad hoc.
    if(MARQUEE_LIBPQ_LIBRARY)
        set(marquee_frameworks "Marquee.app/Contents/Frameworks")
        file(REAL_PATH "${MARQUEE_LIBPQ_LIBRARY}" marquee_libpq_real)
        find_library(MARQUEE_LIBSSL_LIBRARY NAMES libssl.3.dylib HINTS /opt/homebrew/opt/openssl@3/lib /usr/local/opt/openssl@3/lib)
        find_library(MARQUEE_LIBCRYPTO_LIBRARY NAMES libcrypto.3.dylib HINTS /opt/homebrew/opt/openssl@3/lib /usr/local/opt/openssl@3/lib)
        message(STATUS "Packaging libpq for the QPSQL driver: ${marquee_libpq_real} ${MARQUEE_LIBSSL_LIBRARY} ${MARQUEE_LIBCRYPTO_LIBRARY}")
        install(FILES "${marquee_libpq_real}" DESTINATION "${marquee_frameworks}" RENAME libpq.5.dylib)
        foreach(lib IN ITEMS MARQUEE_LIBSSL_LIBRARY MARQUEE_LIBCRYPTO_LIBRARY)
            if(${lib})
                file(REAL_PATH "${${lib}}" real)
                get_filename_component(name "${${lib}}" NAME)
                install(FILES "${real}" DESTINATION "${marquee_frameworks}" RENAME "${name}")
            endif()
        endforeach()
        install(CODE "set(MARQUEE_FRAMEWORKS_DIR \"${marquee_frameworks}\")")
        install(SCRIPT "${MARQUEE_PACKAGING_DIR}/macos/bundle-libpq.cmake")
    else()
        message(WARNING "libpq not found (brew install libpq): the .dmg would not connect to PostgreSQL")
    endif()
endif()

if(WIN32 OR APPLE)
    # FILENAME_VARIABLE is the 6.4 spelling (later versions accept it too).
    qt_generate_deploy_app_script(TARGET marquee FILENAME_VARIABLE marquee_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${marquee_deploy_script}")
endif()

# --- CPack ----------------------------------------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME marquee)
set(CPACK_PACKAGE_VENDOR "Marquee developers")
set(CPACK_PACKAGE_CONTACT "Marquee developers <marquee@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Marquee sells and checks tickets for a venue's events. Box-office staff sell fast from the keyboard, \
administrators manage events, prices, sales and staff logins, and customers buy at full-screen touch kiosks. \
Every terminal talks directly to the venue's PostgreSQL database; seat counts stay live on every screen.")
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
# come from dpkg-shlibdeps; what Qt loads at run time as plugins or data must be named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql (>= 15), qt6-wayland, gnome-keyring")

# RPM. Autoreq finds the linked libraries by soname; the plugins and translations are named with Fedora's package
# names, with openSUSE's as the alternative in a rich dependency (rpm >= 4.13). Not yet tried on either distribution.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES
    "(qt6-qtbase-postgresql or qt6-sql-postgresql), (qt6-qtbase-gui or qt6-gui), (qt6-qtsvg or qt6-svg), (qt6-qttranslations or qt6-translations)")
# Directories the filesystem and theme packages own: listing them too would make the install conflict.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/doc /usr/share/icons /usr/share/icons/hicolor)
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
