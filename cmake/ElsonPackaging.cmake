# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: one package named elson-terminal holding the three programs, versioned by the CMake
# project version. Generators per platform:
#   Linux    DEB (dpkg-shlibdeps + hand-added run-time dependencies), RPM, TGZ   (built and checked
#            here by scripts/package.sh and scripts/check-package.sh)
#   Windows  NSIS installer with Start-menu shortcut and uninstaller, and a ZIP   (CI only)
#   macOS    DragNDrop DMG holding elson-terminal.app                           (CI only)
# Include after cmake/ElsonInstall.cmake.

set(CPACK_PACKAGE_NAME "elson-terminal")
set(CPACK_PACKAGE_VENDOR "Elson Terminal developers")
set(CPACK_PACKAGE_CONTACT "Elson Terminal developers <maintainers@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${PROJECT_SOURCE_DIR}/packaging/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Elson Terminal")
# Start-menu shortcut (NSIS); the executable is looked up in bin/.
set(CPACK_PACKAGE_EXECUTABLES "elson-terminal" "Elson Terminal")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_VERBATIM_VARIABLES ON)

string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" _elson_platform)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${_elson_platform}")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_NSIS_PACKAGE_NAME "Elson Terminal")
    set(CPACK_NSIS_DISPLAY_NAME "Elson Terminal ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/elson-terminal.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/elson-terminal.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\elson-terminal.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "elson-terminal.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_BRANDING_TEXT "Elson Terminal ${PROJECT_VERSION}")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Elson Terminal")
    set(CPACK_DMG_FORMAT UDZO)
    # No licence dialog on the DMG: the old resource-fork SLA no longer works on current macOS.
    set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
    # The archive unpacks into one folder holding bin/ and share/.
    set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

    # --- DEB
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # dpkg-shlibdeps finds the libraries the programs link. Debian links with --as-needed, so what
    # is only loaded at run time has to be named by hand: libsecret (qtkeychain dlopens it for the
    # keychain) and the Qt SVG plugins (the SVG window and theme icons).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
    # Wayland sessions, Qt's own translations (dialog buttons), a keyring to keep the API secret in.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

    # --- RPM (Fedora/openSUSE names; built here, installed nowhere here)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Finance")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtsvg")
    set(CPACK_RPM_COMPRESSION_TYPE xz)
    # The binaries are stripped and there is no debuginfo package: /usr/lib/.build-id links would
    # only point at nothing useful.
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
    # Directories the distribution's filesystem/hicolor packages own: the package must not claim
    # them too, or installing it conflicts.
    set(_elson_rpm_owned_dirs
        /usr/share/applications
        /usr/share/metainfo
        /usr/share/doc
        /usr/share/man
        /usr/share/man/man1
        /usr/share/icons
        /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable
        /usr/share/icons/hicolor/scalable/apps)
    foreach(_size IN LISTS ELSON_ICON_SIZES)
        list(APPEND _elson_rpm_owned_dirs
            "/usr/share/icons/hicolor/${_size}x${_size}" "/usr/share/icons/hicolor/${_size}x${_size}/apps")
    endforeach()
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_elson_rpm_owned_dirs})
endif()

include(CPack)
