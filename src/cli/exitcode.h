// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

namespace Elson {

/**
 * elsonctl's exit codes, a contract scripts rely on (see `elsonctl help`).
 */
enum class ExitCode : int {
    Ok = 0,
    /** A check the command ran came out negative: audit verify found a bad record, a
     *  price breaks the sub-penny rule, a payload does not decode. */
    CheckFailed = 1,
    /** The validation chain refused the order, or a warning was not acknowledged. */
    Refused = 2,
    /** The broker or the network failed, after the client's retries. */
    ApiError = 3,
    /** The configuration, the credentials, the keychain, the journal or a trading gate
     *  refused before anything was sent. */
    Configuration = 4,
    /** The command line is wrong (sysexits' EX_USAGE). */
    Usage = 64,
};

/**
 * The exit code for an error a broker command ended with: a chain rule's refusal is
 * Refused, except the credentials and environment rules, which are about the set-up
 * (Configuration), as are the gates ("gate.*"), other Safety errors and a key pair
 * the host rejected (401); everything else the broker or the network said is ApiError.
 */
[[nodiscard]] ExitCode exitCodeFor(const Error &error);

/** The code as the process returns it. */
[[nodiscard]] constexpr int toInt(ExitCode code) { return static_cast<int>(code); }

} // namespace Elson
