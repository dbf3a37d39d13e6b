# Install-time step for Marquee.app (macOS): renames libpq and its OpenSSL, copied into Contents/Frameworks by
# packaging.cmake, to @rpath/… so they are found inside the bundle rather than in Homebrew's absolute paths,
# then re-signs them ad hoc (changing a Mach-O file invalidates its signature, and arm64 refuses unsigned code).
# Expects MARQUEE_FRAMEWORKS_DIR (relative to the install prefix).
set(fw "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${MARQUEE_FRAMEWORKS_DIR}")
foreach(lib IN ITEMS libpq.5.dylib libssl.3.dylib libcrypto.3.dylib)
    if(NOT EXISTS "${fw}/${lib}")
        continue()
    endif()
    file(CHMOD "${fw}/${lib}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    execute_process(COMMAND install_name_tool -id "@rpath/${lib}" "${fw}/${lib}" COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND otool -L "${fw}/${lib}" OUTPUT_VARIABLE links COMMAND_ERROR_IS_FATAL ANY)
    string(REGEX MATCHALL "[^\t\n ]*/lib(ssl|crypto)\\.3\\.dylib" deps "${links}")
    foreach(dep IN LISTS deps)
        if(dep MATCHES "^@")
            continue()
        endif()
        get_filename_component(name "${dep}" NAME)
        execute_process(COMMAND install_name_tool -change "${dep}" "@rpath/${name}" "${fw}/${lib}" COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
    execute_process(COMMAND codesign --force --sign - "${fw}/${lib}" COMMAND_ERROR_IS_FATAL ANY)
    message(STATUS "Bundled ${lib} as @rpath/${lib}")
endforeach()
