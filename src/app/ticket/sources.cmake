# SPDX-License-Identifier: GPL-3.0-or-later
# The order ticket: the form, its per-field verdicts, the review step and the texts it shows.
# Forms (ui/orderticket.ui, ui/orderreviewdialog.ui) are found by AUTOUIC through the search
# path; listing them here would make every target in this directory claim their ui_*.h.
target_sources(elson_appui PRIVATE
    ticket/ticketcontext.h ticket/ticketcontext.cpp
    ticket/ordertext.h ticket/ordertext.cpp
    ticket/verdictview.h ticket/verdictview.cpp
    ticket/orderticket.h ticket/orderticket.cpp
    ticket/orderreviewdialog.h ticket/orderreviewdialog.cpp
)
