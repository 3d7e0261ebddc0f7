# SPDX-License-Identifier: GPL-3.0-or-later
elson_add_test(tst_tradingsession SOURCES tst_tradingsession.cpp
    LIBRARIES Elson::appmodels LABELS app)
