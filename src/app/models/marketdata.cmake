# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(elson_appmodels PRIVATE
    models/watchlistmodel.h models/watchlistmodel.cpp
    models/auditlogmodel.h models/auditlogmodel.cpp
    models/logmodel.h models/logmodel.cpp
)
