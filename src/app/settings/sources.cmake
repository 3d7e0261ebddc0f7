# SPDX-License-Identifier: GPL-3.0-or-later
# Preferences: the typed QSettings wrapper, the theme, the settings dialog and its key check.
# ui/settingsdialog.ui is found by AUTOUIC through the search path (see ticket/sources.cmake).
target_sources(elson_appui PRIVATE
    settings/settingvalue.h
    settings/appsettings.h settings/appsettings.cpp
    settings/theme.h settings/theme.cpp
    settings/settingsdialog.h settings/settingsdialog.cpp
    settings/credentialtester.h settings/credentialtester.cpp
)
