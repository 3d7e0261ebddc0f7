// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: elsonctl's argument parser, without a broker. Input: the arguments,
// one per line. CommandOptions::parse() (commandoptions.h) reads them; for `order` and
// `replace`, OrderArguments (orderarguments.h) turns them into a Trade or a replace
// request, and the Trade into the POST /v2/orders body. Checked:
// - a refusal says what is wrong;
// - a parsed command line written back in one canonical form (command, --option=value,
//   flags, "--", positional) parses to the same options;
// - a Trade built from it becomes a request the codec writes and reads back unchanged
//   (codecoracle.h), and the request carries the Trade's symbol, side and client order id.
// fuzz_elsonctl runs whole commands through CommandLine::start().
#include "codecoracle.h"
#include "commandoptions.h"
#include "fuzzsupport.h"
#include "orderarguments.h"
#include "orderrequest.h"
#include "replaceorderrequest.h"

using namespace Elson;

namespace {

QByteArray shown(const QStringList &arguments)
{
    return arguments.join(QStringLiteral(" | ")).toUtf8();
}

QStringList canonical(const CommandOptions &options)
{
    QStringList args{options.command};
    for (auto it = options.values.cbegin(); it != options.values.cend(); ++it)
        args.append(it.key() + u'=' + it.value());
    QStringList flags(options.flags.cbegin(), options.flags.cend());
    flags.sort();
    args += flags;
    args.append(QStringLiteral("--"));
    args += options.positional;
    return args;
}

bool sameOptions(const CommandOptions &a, const CommandOptions &b)
{
    return a.command == b.command && a.positional == b.positional && a.values == b.values
        && a.flags == b.flags;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 2048)
        return -1;
    const QStringList arguments = QString::fromUtf8(ElsonFuzz::bytes(data, size)).split(u'\n');
    const Result<CommandOptions> parsed = CommandOptions::parse(arguments);
    if (!parsed) {
        ELSON_FUZZ_CHECK(parsed.error().code == Error::Code::Validation && !parsed.error().message.isEmpty(),
                         shown(arguments));
        return 0;
    }
    const CommandOptions &options = parsed.value();
    ELSON_FUZZ_CHECK(CommandOptions::commands().contains(options.command), shown(arguments));

    const QStringList again = canonical(options);
    const Result<CommandOptions> reparsed = CommandOptions::parse(again);
    ELSON_FUZZ_CHECK(reparsed.ok(), shown(arguments) + "\nwritten back: " + shown(again) + "\n"
                                        + (reparsed ? QByteArray() : reparsed.error().toString().toUtf8()));
    ELSON_FUZZ_CHECK(sameOptions(reparsed.value(), options), shown(arguments) + "\nwritten back: " + shown(again));

    if (options.command == u"order") {
        const Result<Trade> made = OrderArguments::toTrade(options);
        if (!made) {
            // The field is the argument at fault, which may itself be "" (an empty argument).
            ELSON_FUZZ_CHECK(!made.error().message.isEmpty(), shown(arguments));
            return 0;
        }
        Trade trade = made.value();
        trade.ensureClientOrderId(); // as submit() does before anything is sent
        const Result<OrderRequest> request = trade.toOrderRequest();
        if (!request) {
            ELSON_FUZZ_CHECK(request.error().code == Error::Code::Validation && !request.error().message.isEmpty(),
                             shown(arguments));
            return 0;
        }
        ELSON_FUZZ_CHECK(request->symbol == trade.symbol && request->side == trade.side
                             && request->clientOrderId == trade.clientOrderId,
                         shown(arguments));
        ElsonFuzz::checkCodec<OrderRequest>(Json::serialize(request.value()));
    } else if (options.command == u"replace") {
        const Result<ReplaceOrderRequest> request = OrderArguments::toReplace(options);
        if (!request) {
            ELSON_FUZZ_CHECK(!request.error().message.isEmpty(), shown(arguments));
            return 0;
        }
        ElsonFuzz::checkCodec<ReplaceOrderRequest>(Json::serialize(request.value()));
    }
    return 0;
}
