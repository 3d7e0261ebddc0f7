# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(elson_appui PRIVATE
    widgets/modebadge.h widgets/modebadge.cpp
    widgets/modeswitchdialog.h widgets/modeswitchdialog.cpp
    widgets/statuspanel.h widgets/statuspanel.cpp
    widgets/stalebanner.h widgets/stalebanner.cpp
    widgets/idlelock.h widgets/idlelock.cpp
    widgets/replaceorderdialog.h widgets/replaceorderdialog.cpp
    widgets/closepositiondialog.h widgets/closepositiondialog.cpp
    widgets/mainwindow.h widgets/mainwindow.cpp
)
