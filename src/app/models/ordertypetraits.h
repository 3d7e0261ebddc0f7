// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"

#include <QtCore/qtypeinfo.h>

#include <type_traits>

// An Order nests its legs as QList<Order>. Qt's equality trait, which QMetaType and
// QList<T>::operator== consult, recurses from QList<Order> into Order's defaulted
// operator== and back, and fails to compile as soon as QList<Order> becomes a signal
// argument (moc's metatype) or is compared. Order's operator== exists (defaulted), so
// say so. Include this before anything that needs QMetaType<QList<Order>>.
template<>
struct QTypeTraits::has_operator_equal<Elson::Order> : std::true_type
{
};
