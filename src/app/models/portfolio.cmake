# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(elson_appmodels PRIVATE
    models/cellformat.h models/cellformat.cpp
    models/keyedrows.h
    models/keyedtablemodel.h
    models/rowchangeset.h models/rowchangeset.cpp
    models/accountmodel.h models/accountmodel.cpp
    models/positionsmodel.h models/positionsmodel.cpp
    models/ordersmodel.h models/ordersmodel.cpp
    models/ordertypetraits.h
    models/ordersfilterproxy.h models/ordersfilterproxy.cpp
    models/activitiesmodel.h models/activitiesmodel.cpp
)
