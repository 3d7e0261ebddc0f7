# SPDX-License-Identifier: GPL-3.0-or-later
# Market data, charts, the watchlist, the audit journal viewer and the log.
# Imported Qt targets are directory-scoped: find what these tests link here too.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets Charts Svg)
elson_add_test(tst_marketdatabars SOURCES tst_marketdatabars.cpp
    LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_watchlistmodel SOURCES tst_watchlistmodel.cpp
    LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_logmodel SOURCES tst_logmodel.cpp
    LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_auditlogmodel SOURCES tst_auditlogmodel.cpp
    LIBRARIES Elson::appmodels LABELS app)
# Against an in-process SimBroker on 127.0.0.1 (REST and the market-data WebSocket).
elson_add_test(tst_marketdataservice SOURCES tst_marketdataservice.cpp ../broker/brokertestsupport.h
    LIBRARIES Elson::appmodels Qt::Network LABELS app)
elson_add_test(tst_pricechart SOURCES tst_pricechart.cpp
    LIBRARIES Elson::appui LABELS app)
