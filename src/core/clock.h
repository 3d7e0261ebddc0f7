// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp.h"

namespace Elson {

/**
 * GET /v2/clock. `isOpen` covers regular hours only; the timestamps carry the
 * New York offset (-04:00 or -05:00). While open, nextOpen is the next day's open.
 */
struct Clock
{
    Timestamp timestamp;
    bool isOpen = false;
    Timestamp nextOpen;
    Timestamp nextClose;

    friend bool operator==(const Clock &, const Clock &) = default;
};

} // namespace Elson
