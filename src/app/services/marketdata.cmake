# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(elson_appmodels PRIVATE
    services/baraggregator.h services/baraggregator.cpp
    services/marketdataservice.h services/marketdataservice.cpp
)
