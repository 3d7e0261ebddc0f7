# SPDX-License-Identifier: GPL-3.0-or-later
# The portfolio data layer: the item models (headless, under QAbstractItemModelTester)
# and PortfolioService against the in-process exchange.
elson_add_test(tst_accountmodel SOURCES tst_accountmodel.cpp LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_positionsmodel SOURCES tst_positionsmodel.cpp LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_ordersmodel SOURCES tst_ordersmodel.cpp LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_activitiesmodel SOURCES tst_activitiesmodel.cpp LIBRARIES Elson::appmodels LABELS app)
elson_add_test(tst_portfolioservice SOURCES tst_portfolioservice.cpp ../broker/brokertestsupport.h
    LIBRARIES Elson::appmodels LABELS app)
