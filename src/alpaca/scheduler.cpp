// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

namespace Elson {

Scheduler::~Scheduler() = default;

} // namespace Elson
