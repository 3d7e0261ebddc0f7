# SPDX-License-Identifier: GPL-3.0-or-later
# Charts: Qt Charts stays behind PriceChart and EquityChart.
target_sources(elson_appui PRIVATE
    charts/orderline.h
    charts/chartstyle.h charts/chartstyle.cpp
    charts/pricechart.h charts/pricechart.cpp
    charts/equitychart.h charts/equitychart.cpp
)
