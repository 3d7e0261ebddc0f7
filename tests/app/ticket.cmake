# SPDX-License-Identifier: GPL-3.0-or-later
# The order ticket, its review step, and the settings (ticket/ and settings/).
elson_add_test(tst_ordertext SOURCES tst_ordertext.cpp LIBRARIES Elson::appui LABELS "app;ticket")
elson_add_test(tst_orderticket SOURCES tst_orderticket.cpp LIBRARIES Elson::appui
    LABELS "app;ticket")
elson_add_test(tst_appsettings SOURCES tst_appsettings.cpp LIBRARIES Elson::appui
    LABELS "app;settings")
elson_add_test(tst_settingsdialog SOURCES tst_settingsdialog.cpp LIBRARIES Elson::appui
    LABELS "app;settings")
# The key check over AlpacaClient, against in-process elson-sim hosts on 127.0.0.1.
elson_add_test(tst_credentialtester SOURCES tst_credentialtester.cpp LIBRARIES Elson::appui
    LABELS "app;settings")
