// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the JSON codec for every type it reads. The first byte picks the
// type (codectypes.h), the rest is the document; codecoracle.h says what is checked.
#include "codectypes.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const ElsonFuzz::CodecType &type = ElsonFuzz::codecTypes[data[0] % ElsonFuzz::codecTypes.size()];
    type.check(ElsonFuzz::bytes(data + 1, size - 1));
    return 0;
}
