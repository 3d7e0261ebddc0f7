# SPDX-License-Identifier: GPL-3.0-or-later
elson_add_test(tst_appwidgets SOURCES tst_appwidgets.cpp
    LIBRARIES Elson::appui LABELS app gui)
elson_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp
    LIBRARIES Elson::appui LABELS app gui)
