# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(elson_appmodels PRIVATE
    services/tradingsession.h services/tradingsession.cpp
    services/killswitch.h services/killswitch.cpp
)
