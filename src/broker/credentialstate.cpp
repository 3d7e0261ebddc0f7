// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstate.h"

#include "brokercredentials.h"

namespace Elson {

CredentialState CredentialState::of(const BrokerCredentials &credentials, bool validatedAgainstLive)
{
    CredentialState state;
    state.present = !credentials.isEmpty();
    state.keyPrefix = credentials.keyPrefix();
    state.validatedAgainstLive = state.present && validatedAgainstLive;
    return state;
}

} // namespace Elson
