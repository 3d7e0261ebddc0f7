// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Elson {

/**
 * Which Alpaca account an action is for. Paper is the default everywhere; Live is
 * granted only by TradingGate. Also names the keychain profile of a key pair.
 */
enum class TradingMode { Paper, Live };

/** Wire and journal names of TradingMode ("paper", "live"). */
class TradingModeNames final
{
    Q_DECLARE_TR_FUNCTIONS(TradingModeNames)

public:
    /** "paper" or "live": the stable name used in the journal and on the command line. */
    [[nodiscard]] static QString wire(TradingMode mode);
    /** The mode for "paper"/"live" (exact, lower case), or nothing. */
    [[nodiscard]] static std::optional<TradingMode> fromWire(QStringView text);
    /** Translated, user-visible ("Paper", "Live"). */
    [[nodiscard]] static QString displayName(TradingMode mode);
};

} // namespace Elson
