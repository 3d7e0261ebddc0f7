# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` (and so every CPack package) puts where. Included last from the top-level
# CMakeLists.txt, after every target exists. Per platform:
#   Linux    /usr/bin/{elson-terminal,elsonctl,elson-sim}, the .desktop file, AppStream metainfo,
#            hicolor icons (PNG sizes + scalable SVG), gzipped man pages, licence. Qt comes from the
#            distribution (package dependencies), so nothing of Qt is copied.
#   Windows  bin/*.exe with the Qt DLLs and plugins windeployqt copies, the MSVC runtime, qtkeychain.
#   macOS    elson-terminal.app (Info.plist, icns) with elsonctl and elson-sim inside Contents/MacOS,
#            so all three use the Qt frameworks macdeployqt copies into the bundle.
# Translations need no rule: every program embeds its .qm files under :/i18n.
include(GNUInstallDirs)

# The desktop/AppStream component id (reverse DNS of the homepage's owner; AppStream wants no
# hyphen, hence the underscore). The .desktop file, the icon and the metainfo are all named after it.
set(ELSON_APP_ID "io.github.elson_terminal.ElsonTerminal")
# macOS bundle identifiers allow hyphens but no underscores.
set(ELSON_MACOS_BUNDLE_ID "io.github.elson-terminal.ElsonTerminal")
# The day PROJECT_VERSION was (or will be) released; AppStream requires one per release entry.
set(ELSON_RELEASE_DATE "2026-11-25")
set(ELSON_ICON_SIZES 16 22 24 32 48 64 128 256 512)

set(_elson_packaging "${PROJECT_SOURCE_DIR}/packaging")
set(_elson_icons "${PROJECT_SOURCE_DIR}/resources/icons")

if(APPLE)
    set(_elson_cli_destination "elson-terminal.app/Contents/MacOS")
else()
    set(_elson_cli_destination "${CMAKE_INSTALL_BINDIR}")
endif()
install(TARGETS elsonctl elson-sim RUNTIME DESTINATION "${_elson_cli_destination}")

if(TARGET elson-terminal)
    # For QGuiApplication::setDesktopFileName(): Wayland matches windows to the .desktop file by it.
    target_compile_definitions(elson-terminal PRIVATE ELSON_APP_ID="${ELSON_APP_ID}")

    if(APPLE)
        set_source_files_properties("${_elson_icons}/elson-terminal.icns"
            TARGET_DIRECTORY elson-terminal PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(elson-terminal PRIVATE "${_elson_icons}/elson-terminal.icns")
        set_target_properties(elson-terminal PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${_elson_packaging}/macos/Info.plist.in"
            MACOSX_BUNDLE_BUNDLE_NAME "Elson Terminal"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${ELSON_MACOS_BUNDLE_ID}"
            MACOSX_BUNDLE_ICON_FILE "elson-terminal.icns"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
    elseif(WIN32)
        # Icon and version information of the .exe (Explorer, the taskbar, the Start menu).
        configure_file("${_elson_packaging}/windows/elson-terminal.rc.in"
            "${CMAKE_CURRENT_BINARY_DIR}/packaging/elson-terminal.rc" @ONLY)
        target_sources(elson-terminal PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/packaging/elson-terminal.rc")
    endif()

    install(TARGETS elson-terminal
        BUNDLE DESTINATION .
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

    if(WIN32 OR APPLE)
        # Qt's deploy step (windeployqt / macdeployqt), as qt_generate_deploy_app_script() writes it,
        # plus the two command-line programs, so they get their rpaths fixed (macOS) and every Qt
        # module they need is copied even if the terminal stops linking it (Windows).
        if(APPLE)
            set(_elson_deploy_exe "elson-terminal.app")
            set(_elson_deploy_extra
                "elson-terminal.app/Contents/MacOS/elsonctl elson-terminal.app/Contents/MacOS/elson-sim")
            set(_elson_deploy_conf "")
        else()
            set(_elson_deploy_exe "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:elson-terminal>")
            set(_elson_deploy_extra
                "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:elsonctl> \${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:elson-sim>")
            set(_elson_deploy_conf "GENERATE_QT_CONF")
        endif()
        set(_elson_deploy_script "${CMAKE_CURRENT_BINARY_DIR}/packaging/deploy-qt-$<CONFIG>.cmake")
        file(GENERATE OUTPUT "${_elson_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_elson_deploy_exe}\"
    ADDITIONAL_EXECUTABLES ${_elson_deploy_extra}
    ${_elson_deploy_conf}
    VERBOSE)
")
        install(SCRIPT "${_elson_deploy_script}")
    endif()

    if(WIN32)
        # windeployqt copies Qt only: the keychain DLL and the MSVC runtime come from here.
        # (Found again: imported targets are scoped to the directory that found them, src/broker.)
        find_package(Qt6Keychain REQUIRED)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
            RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
        include(InstallRequiredSystemLibraries)
    endif()
endif()

if(UNIX AND NOT APPLE)
    set(_elson_gen "${CMAKE_CURRENT_BINARY_DIR}/packaging")

    if(TARGET elson-terminal)
        configure_file("${_elson_packaging}/linux/elson-terminal.desktop.in"
            "${_elson_gen}/${ELSON_APP_ID}.desktop" @ONLY)
        configure_file("${_elson_packaging}/linux/elson-terminal.metainfo.xml.in"
            "${_elson_gen}/${ELSON_APP_ID}.metainfo.xml" @ONLY)
        install(FILES "${_elson_gen}/${ELSON_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
        install(FILES "${_elson_gen}/${ELSON_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
        foreach(_size IN LISTS ELSON_ICON_SIZES)
            install(FILES "${_elson_icons}/png/elson-terminal-${_size}.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps"
                RENAME "${ELSON_APP_ID}.png")
        endforeach()
        install(FILES "${_elson_icons}/elson-terminal.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${ELSON_APP_ID}.svg")
    endif()

    # Man pages, gzipped as Debian policy asks (-n: no name or time stamp, so builds repeat).
    set(_elson_man_pages elsonctl elson-sim)
    if(TARGET elson-terminal)
        list(APPEND _elson_man_pages elson-terminal)
    endif()
    find_program(ELSON_GZIP gzip)
    set(_elson_man_files "")
    foreach(_page IN LISTS _elson_man_pages)
        set(_source "${_elson_packaging}/linux/${_page}.1")
        if(ELSON_GZIP)
            set(_output "${_elson_gen}/man/${_page}.1.gz")
            add_custom_command(OUTPUT "${_output}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${_elson_gen}/man"
                COMMAND "${ELSON_GZIP}" -9 -n -c "${_source}" > "${_output}"
                DEPENDS "${_source}"
                COMMENT "Compressing the ${_page}(1) man page"
                VERBATIM)
            list(APPEND _elson_man_files "${_output}")
        else()
            list(APPEND _elson_man_files "${_source}")
        endif()
    endforeach()
    add_custom_target(elson_manpages ALL DEPENDS ${_elson_man_files})
    install(FILES ${_elson_man_files} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

    install(FILES "${_elson_packaging}/linux/copyright" "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/elson-terminal")
endif()
