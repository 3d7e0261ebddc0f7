# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(elson_appmodels PRIVATE
    services/portfolioservice.h services/portfolioservice.cpp
)
