// SPDX-License-Identifier: GPL-3.0-or-later
// The order ticket, driven as a user would: typed input, combo choices, the keyboard.
// A baseline context (a funded paper account, AAPL quoted in regular hours) accepts a
// limit buy of 10 AAPL; each case changes one thing and checks the verdict, its place in
// the form and the Submit button. Bracket and trailing tickets are compared with what
// Broker::placeBracketOrder()/placeTrailingStop() hand to executeTrade().
#include "orderreviewdialog.h"
#include "orderticket.h"
#include "theme.h"
#include "validationchain.h"
#include "validationrule.h"
#include "verdictview.h"

#include "jsoncodec.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Elson;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(OrderTicket &, TicketContext &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Elson::Trade)
Q_DECLARE_METATYPE(Elson::Position)
Q_DECLARE_METATYPE(Elson::Broker::Mode)

namespace {

// Indexes of the form's combo boxes (orderticket.ui).
enum TypeIndex { Market, Limit, Stop, StopLimit, Trailing };
enum ClassIndex { Simple, Bracket, Oco, Oto };
enum TifIndex { Day, Gtc, Opg, Cls, Ioc, Fok };

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

Timestamp ts(const QString &text)
{
    const Result<Timestamp> parsed = Timestamp::fromString(text);
    if (!parsed)
        qFatal("bad timestamp in test data: %s", qPrintable(text));
    return parsed.value();
}

// Tuesday 2026-03-10, 10:30 New York: regular hours.
const QString kRegular = u"2026-03-10T14:30:00Z"_s;
// The same day, 19:00 New York: after hours.
const QString kEvening = u"2026-03-10T23:00:00Z"_s;

Asset asset(const QString &symbol, bool fractionable = true, bool tradable = true)
{
    Asset a;
    a.id = u"id-"_s + symbol;
    a.symbol = symbol;
    a.name = symbol + u" Inc."_s;
    a.exchange = u"NASDAQ"_s;
    a.status = AssetStatus::Active;
    a.tradable = tradable;
    a.marginable = true;
    a.shortable = true;
    a.easyToBorrow = true;
    a.fractionable = fractionable;
    return a;
}

TicketContext baseline()
{
    TicketContext c;
    c.account.id = u"acct"_s;
    c.account.accountNumber = u"PA1234567"_s;
    c.account.status = AccountStatus::Active;
    c.account.currency = u"USD"_s;
    c.account.cash = D("100000");
    c.account.equity = D("100000");
    c.account.lastEquity = D("100000");
    c.account.buyingPower = D("200000");
    c.account.regtBuyingPower = D("200000");
    c.account.nonMarginableBuyingPower = D("100000");
    c.account.multiplier = D("2");
    c.account.shortingEnabled = true;
    c.assets = { asset(u"AAPL"_s), asset(u"MSFT"_s), asset(u"AMD"_s), asset(u"PNNY"_s, false),
                 asset(u"NSRGY"_s, false, false) };
    Quote quote;
    quote.bidPrice = D("189.99");
    quote.askPrice = D("190.01");
    quote.time = ts(kRegular);
    c.quotes.insert(u"AAPL"_s, quote);
    c.now = ts(kRegular);
    c.clock = MarketCalendar().clockAt(c.now);
    c.limits.maxOrderValue = D("25000");
    c.limits.maxOrderQty = D("1000");
    c.limits.maxPositionValue = D("50000");
    c.limits.maxDailyLoss = D("2000");
    c.mode = Broker::Mode::Paper;
    c.credentials = { true, u"PK"_s, false };
    return c;
}

/** A Broker that records what its convenience functions pass to executeTrade(). */
class RecordingBroker final : public Broker
{
public:
    Trade trade;

    Mode mode() const override { return Mode::Paper; }
    void setJournal(AuditJournal *) override { }
    QFuture<Result<Order>> executeTrade(Trade t, QSet<QString>) override
    {
        trade = std::move(t);
        return refused<Order>();
    }
    QFuture<Result<Order>> replaceOrder(const QString &, const ReplaceOrderRequest &) override
    {
        return refused<Order>();
    }
    QFuture<Result<bool>> cancelOrder(const QString &) override { return refused<bool>(); }
    QFuture<Result<QList<CancelAllResult>>> cancelAllOrders() override
    {
        return refused<QList<CancelAllResult>>();
    }
    QFuture<Result<Order>> closePosition(const QString &, const ClosePositionRequest &,
                                         bool) override
    {
        return refused<Order>();
    }
    QFuture<Result<QList<ClosePositionResult>>> closeAllPositions(bool) override
    {
        return refused<QList<ClosePositionResult>>();
    }
    QFuture<Result<Account>> account() override { return refused<Account>(); }
    QFuture<Result<QList<Position>>> positions() override { return refused<QList<Position>>(); }
    QFuture<Result<QList<Order>>> orders(const OrderListQuery &) override
    {
        return refused<QList<Order>>();
    }
    QFuture<Result<QList<Activity>>> activities(const ActivityQuery &) override
    {
        return refused<QList<Activity>>();
    }
    QFuture<Result<Clock>> clock() override { return refused<Clock>(); }
    QFuture<Result<QList<Asset>>> assets(const AssetQuery &) override
    {
        return refused<QList<Asset>>();
    }
    QFuture<Result<Asset>> asset(const QString &) override { return refused<Asset>(); }
    void startStreaming() override { }
    void stopStreaming() override { }

private:
    template<typename T> static QFuture<Result<T>> refused()
    {
        return QtFuture::makeReadyFuture(
            Result<T>(Error::validation(QString(), u"recording only"_s)));
    }
};

QLineEdit *edit(OrderTicket &t, const char *name)
{
    return t.findChild<QLineEdit *>(QString::fromLatin1(name));
}

QComboBox *combo(OrderTicket &t, const char *name)
{
    return t.findChild<QComboBox *>(QString::fromLatin1(name));
}

/** Replaces a field's text by typing, as a user would. */
void type(OrderTicket &t, const char *name, const QString &text)
{
    QLineEdit *e = edit(t, name);
    QVERIFY2(e, name);
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
}

void choose(OrderTicket &t, const char *name, int index)
{
    QComboBox *c = combo(t, name);
    QVERIFY2(c, name);
    c->setCurrentIndex(index);
}

/** The label showing @p rule's verdict inside the verdict view @p view, if it is shown. */
QLabel *verdict(OrderTicket &t, const QString &view, const QString &rule)
{
    auto *v = t.findChild<VerdictView *>(view);
    if (!v)
        return nullptr;
    auto *label = v->findChild<QLabel *>(u"verdict:"_s + rule);
    return label && label->isVisibleTo(&t) ? label : nullptr;
}

std::optional<RuleResult> resultOf(const ValidationReport &report, const QString &rule)
{
    for (const RuleResult &r : report.results) {
        if (r.rule == rule)
            return r;
    }
    return std::nullopt;
}

/** Shows @p t and gives it focus (keyboard tests need an active window). */
bool activate(OrderTicket &t)
{
    t.show();
    t.activateWindow();
    return QTest::qWaitForWindowActive(&t);
}

/** The limit buy of 10 AAPL at 190.00 the baseline accepts, typed in. */
void fillBaseOrder(OrderTicket &t)
{
    type(t, "symbolEdit", u"AAPL"_s);
    type(t, "quantityEdit", u"10"_s);
    choose(t, "typeCombo", Limit);
    type(t, "limitPriceEdit", u"190.00"_s);
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ELSON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests run, as in a real event loop
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class tst_OrderTicket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void freshTicketShowsHintsNotErrors();
    void validMarketOrderEnablesSubmit();
    void blockedRuleDisablesSubmit_data();
    void blockedRuleDisablesSubmit();
    void warningNeedsAcknowledgement();
    void closedMarketQueuesOnlyWhenChosen();
    void entryLockDisablesSubmit();
    void streamDownNeedsAcknowledgement();
    void completerOffersTradableSymbols();
    void runAllShowsEveryRule();

    void bracketTrade_data();
    void bracketTrade();
    void ocoTakesItsLimitFromTheTakeProfit();
    void trailingTrade_data();
    void trailingTrade();
    void notionalOrder();
    void fieldsFollowTheType();

    void prefillFromPosition_data();
    void prefillFromPosition();
    void prefillFromOrder();
    void prefillFromQuoteAndChart();
    void prefillKeepsUserInputOnNewContext();

    void reviewShowsTheOrderAndEmitsAfterAccept();
    void reviewCancelledSendsNothing();
    void reviewIsVoidWhenTheModeChanges();
    void paperWithoutReviewEmitsAtOnce();
    void liveAlwaysReviews();
    void modeBadge_data();
    void modeBadge();

    void tabOrderReachesSubmit();
    void enterSubmitsEscapeCancels();
    void enterWithProblemsGoesToTheField();
    void symbolChangedIsDebounced();

    void renderedVerdicts();
};

void tst_OrderTicket::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrderTicket::freshTicketShowsHintsNotErrors()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    QVERIFY(!ticket.isSubmitEnabled());
    // The chain blocks (no symbol), but an untouched empty field is a hint, not a red line.
    QVERIFY(resultOf(ticket.report(), u"params.symbol"_s)->isBlock());
    QVERIFY(!verdict(ticket, u"symbolVerdict"_s, u"params.symbol"_s));
    auto *summary = ticket.findChild<VerdictView *>(u"summaryView"_s);
    QVERIFY(summary->text().contains(u"To submit, fill in: Symbol, Quantity."_s));
}

void tst_OrderTicket::validMarketOrderEnablesSubmit()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    QVERIFY(activate(ticket));
    type(ticket, "symbolEdit", u"aapl"_s); // typed lower case, shown upper case
    type(ticket, "quantityEdit", u"10"_s);
    // The debounce runs the chain; no explicit validateNow() here.
    QTRY_VERIFY(ticket.isSubmitEnabled());
    QCOMPARE(edit(ticket, "symbolEdit")->text(), u"AAPL"_s);

    Trade expected;
    expected.symbol = u"AAPL"_s;
    expected.quantity = D("10");
    QCOMPARE(ticket.trade(), expected);
    QVERIFY(ticket.report().canSubmit());
    QCOMPARE(ticket.report().results.size(), ValidationChain::standard().codes().size());
    // The estimate uses the ask a market buy pays.
    QCOMPARE(ticket.findChild<QLabel *>(u"estimateLabel"_s)->text(),
             u"Estimated value: $1,900.10 (10 × $190.01)"_s);
    QCOMPARE(ticket.findChild<QLabel *>(u"buyingPowerLabel"_s)->text(),
             u"Buying power after: $198,099.90 (now $200,000.00)"_s);
}

void tst_OrderTicket::blockedRuleDisablesSubmit_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("view");

    auto typing = [](const char *name, const QString &text) {
        return Mutation([name, text](OrderTicket &t, TicketContext &) { type(t, name, text); });
    };
    QTest::newRow("limit price off the tick")
        << typing("limitPriceEdit", u"187.505"_s) << u"params.tick"_s << u"limit_price"_s
        << u"limitVerdict"_s;
    QTest::newRow("quantity zero") << typing("quantityEdit", u"0"_s) << u"params.positive"_s
                                   << u"qty"_s << u"quantityVerdict"_s;
    QTest::newRow("quantity not a number")
        << typing("quantityEdit", u"1,5"_s) << u"params.positive"_s << u"qty"_s
        << u"quantityVerdict"_s;
    QTest::newRow("symbol unknown") << typing("symbolEdit", u"ZZZZ"_s) << u"symbol.tradable"_s
                                    << u"symbol"_s << u"symbolVerdict"_s;
    QTest::newRow("symbol not tradable") << typing("symbolEdit", u"NSRGY"_s) << u"symbol.tradable"_s
                                         << u"symbol"_s << u"symbolVerdict"_s;
    QTest::newRow("symbol syntax") << typing("symbolEdit", u"AA PL"_s) << u"params.symbol"_s
                                   << u"symbol"_s << u"symbolVerdict"_s;
    QTest::newRow("over the maximum order value")
        << typing("quantityEdit", u"200"_s) << u"limits.max_order_value"_s << u"qty"_s
        << u"quantityVerdict"_s;
    QTest::newRow("fraction of a non-fractionable stock")
        << Mutation([](OrderTicket &t, TicketContext &) {
               type(t, "symbolEdit", u"PNNY"_s);
               type(t, "quantityEdit", u"1.5"_s);
               type(t, "limitPriceEdit", u"0.0084"_s);
           })
        << u"symbol.fractionable"_s << u"qty"_s << u"quantityVerdict"_s;
    QTest::newRow("bracket take-profit off the tick")
        << Mutation([](OrderTicket &t, TicketContext &) {
               choose(t, "classCombo", Bracket);
               type(t, "takeProfitEdit", u"200.001"_s);
               type(t, "stopLossEdit", u"180.00"_s);
           })
        << u"params.tick"_s << u"take_profit.limit_price"_s << u"takeProfitVerdict"_s;
    QTest::newRow("bracket take-profit below the entry")
        << Mutation([](OrderTicket &t, TicketContext &) {
               choose(t, "classCombo", Bracket);
               type(t, "takeProfitEdit", u"185.00"_s);
               type(t, "stopLossEdit", u"180.00"_s);
           })
        << u"params.bracket"_s << u"take_profit.limit_price"_s << u"takeProfitVerdict"_s;
    QTest::newRow("trail of 100 percent") << Mutation([](OrderTicket &t, TicketContext &) {
        choose(t, "typeCombo", Trailing);
        type(t, "trailEdit", u"100"_s);
    }) << u"params.trailing"_s << u"trail_percent"_s
                                          << u"trailVerdict"_s;
    QTest::newRow("extended hours on a market order")
        << Mutation([](OrderTicket &t, TicketContext &) {
               choose(t, "typeCombo", Market);
               t.findChild<QCheckBox *>(u"extendedHoursCheck"_s)->setChecked(true);
           })
        << u"params.extended_hours"_s << u"extended_hours"_s << u"extendedVerdict"_s;
    QTest::newRow("no credentials")
        << Mutation([](OrderTicket &, TicketContext &c) { c.credentials = {}; }) << u"credentials"_s
        << u"credentials"_s << u"summaryView"_s;
    QTest::newRow("account blocked")
        << Mutation([](OrderTicket &, TicketContext &c) { c.account.tradingBlocked = true; })
        << u"account.blocked"_s << u"account"_s << u"summaryView"_s;
}

void tst_OrderTicket::blockedRuleDisablesSubmit()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, view);

    OrderTicket ticket;
    TicketContext context = baseline();
    ticket.setContext(context);
    ticket.show();
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());

    mutation(ticket, context);
    ticket.setContext(context);
    QTRY_VERIFY(!ticket.isSubmitEnabled());

    const std::optional<RuleResult> result = resultOf(ticket.report(), rule);
    QVERIFY2(result, qPrintable(rule));
    QVERIFY(result->isBlock());
    QCOMPARE(result->field, field);
    // Shown next to its field, naming the field in words.
    QLabel *label = verdict(ticket, view, rule);
    QVERIFY2(label, qPrintable(view + u" has no visible verdict for "_s + rule));
    QVERIFY2(label->text().contains(ValidationRule::fieldLabel(field)), qPrintable(label->text()));
    QCOMPARE(label->property("rule").toString(), rule);

    // Clicking the disabled button sends nothing.
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    QTest::mouseClick(ticket.findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    ticket.submit();
    QVERIFY(!ticket.reviewDialog());
    QCOMPARE(submitted.count(), 0);
}

void tst_OrderTicket::warningNeedsAcknowledgement()
{
    OrderTicket ticket;
    ticket.setReviewPaperOrders(false);
    ticket.setContext(baseline());
    ticket.show();
    fillBaseOrder(ticket);
    type(ticket, "limitPriceEdit", u"250.00"_s); // 31.6 % above the ask: a fat finger?
    ticket.validateNow();
    QVERIFY(!ticket.isSubmitEnabled());
    const std::optional<RuleResult> collar = resultOf(ticket.report(), u"limits.price_collar"_s);
    QVERIFY(collar && collar->isWarn() && !collar->acknowledged);

    auto *limitView = ticket.findChild<VerdictView *>(u"limitVerdict"_s);
    QVERIFY(verdict(ticket, u"limitVerdict"_s, u"limits.price_collar"_s));
    QCheckBox *ack = limitView->acknowledgeBox(u"limits.price_collar"_s);
    QVERIFY(ack);
    QTest::mouseClick(ack, Qt::LeftButton);
    QVERIFY(ticket.isSubmitEnabled());
    QVERIFY(ticket.acknowledgedRules().contains(u"limits.price_collar"_s));
    QVERIFY(resultOf(ticket.report(), u"limits.price_collar"_s)->acknowledged);

    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(1).value<QSet<QString>>(),
             QSet<QString> { u"limits.price_collar"_s });

    // Once the warning goes away the acknowledgement goes with it; if it comes back,
    // the user is asked again.
    type(ticket, "limitPriceEdit", u"190.00"_s);
    ticket.validateNow();
    QVERIFY(ticket.acknowledgedRules().isEmpty());
    type(ticket, "limitPriceEdit", u"260.00"_s);
    ticket.validateNow();
    QVERIFY(!ticket.isSubmitEnabled());
    QVERIFY(!limitView->acknowledgeBox(u"limits.price_collar"_s)->isChecked());
}

void tst_OrderTicket::closedMarketQueuesOnlyWhenChosen()
{
    TicketContext context = baseline();
    context.now = ts(kEvening);
    context.clock = MarketCalendar().clockAt(context.now);
    OrderTicket ticket;
    ticket.setReviewPaperOrders(false);
    ticket.setContext(context);
    ticket.show();
    fillBaseOrder(ticket);
    ticket.validateNow();
    const std::optional<RuleResult> session = resultOf(ticket.report(), u"market.session"_s);
    QVERIFY(session && session->isWarn());
    QCOMPARE(session->field, u"time_in_force"_s);
    QVERIFY(!ticket.isSubmitEnabled());
    // Shown by the time-in-force field; its acknowledgement is the queue checkbox.
    QVERIFY(verdict(ticket, u"tifVerdict"_s, u"market.session"_s));
    QVERIFY(!ticket.findChild<VerdictView *>(u"tifVerdict"_s)->acknowledgeBox(u"market.session"_s));

    ticket.findChild<QCheckBox *>(u"queueCheck"_s)->setChecked(true);
    ticket.validateNow();
    QVERIFY(ticket.isSubmitEnabled());
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    QCOMPARE(submitted.count(), 1);
    QVERIFY(submitted.at(0).at(1).value<QSet<QString>>().contains(u"market.session"_s));
}

void tst_OrderTicket::entryLockDisablesSubmit()
{
    OrderTicket ticket;
    TicketContext context = baseline();
    ticket.setContext(context);
    ticket.show();
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());

    context.entryLocked = true;
    context.entryLockReason = u"kill switch pressed at 10:31"_s;
    ticket.setContext(context);
    QVERIFY(!ticket.isSubmitEnabled());
    QVERIFY(ticket.report().canSubmit()); // the chain is fine; the lock alone stops it
    QVERIFY(ticket.findChild<VerdictView *>(u"summaryView"_s)
                ->text()
                .contains(u"Order entry is locked: kill switch pressed at 10:31"_s));
    // The input is kept, and re-arming enables Submit again.
    QCOMPARE(edit(ticket, "quantityEdit")->text(), u"10"_s);
    context.entryLocked = false;
    ticket.setContext(context);
    QVERIFY(ticket.isSubmitEnabled());
}

void tst_OrderTicket::streamDownNeedsAcknowledgement()
{
    OrderTicket ticket;
    ticket.setReviewPaperOrders(false);
    TicketContext context = baseline();
    ticket.setContext(context);
    ticket.show();
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());

    context.orderStream = Broker::StreamHealth::Down;
    ticket.setContext(context);
    QVERIFY(!ticket.isSubmitEnabled());
    const std::optional<RuleResult> stream = resultOf(ticket.report(), u"stream.health"_s);
    QVERIFY(stream && stream->isWarn());
    QVERIFY(verdict(ticket, u"summaryView"_s, u"stream.health"_s));
    QCheckBox *ack =
        ticket.findChild<VerdictView *>(u"summaryView"_s)->acknowledgeBox(u"stream.health"_s);
    QVERIFY(ack);
    QTest::mouseClick(ack, Qt::LeftButton);
    QVERIFY(ticket.isSubmitEnabled());
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    QCOMPARE(submitted.count(), 1);
    QVERIFY(submitted.at(0).at(1).value<QSet<QString>>().contains(u"stream.health"_s));

    // Healthy again: the warning and its acknowledgement go; stale later asks again.
    context.orderStream = Broker::StreamHealth::Healthy;
    ticket.setContext(context);
    QVERIFY(!resultOf(ticket.report(), u"stream.health"_s));
    QVERIFY(ticket.isSubmitEnabled());
    context.orderStream = Broker::StreamHealth::Stale;
    ticket.setContext(context);
    QVERIFY(!ticket.isSubmitEnabled());
}

void tst_OrderTicket::completerOffersTradableSymbols()
{
    OrderTicket ticket;
    TicketContext context = baseline();
    ticket.setContext(context);
    auto *completer = edit(ticket, "symbolEdit")->completer();
    QVERIFY(completer);
    QStringList symbols;
    for (int row = 0; row < completer->model()->rowCount(); ++row)
        symbols.append(completer->model()->index(row, 0).data().toString());
    QCOMPARE(symbols, (QStringList { u"AAPL"_s, u"AMD"_s, u"MSFT"_s, u"PNNY"_s }));
    // A new asset list arrives with the next poll.
    context.assets.append(asset(u"ZM"_s));
    ticket.setContext(context);
    QCOMPARE(completer->model()->rowCount(), 5);
    completer->setCompletionPrefix(u"am"_s);
    QCOMPARE(completer->currentCompletion(), u"AMD"_s);
}

void tst_OrderTicket::runAllShowsEveryRule()
{
    // An order broken twice over: run() stops at the first block, runAll() goes on.
    TicketContext context = baseline();
    context.credentials = {};
    Trade trade;
    trade.symbol = u"AAPL"_s;
    trade.orderType = OrderType::Limit;
    trade.quantity = D("10");
    trade.limitPrice = D("190.005");
    const ValidationContext vc = context.validationContext(trade, {});
    const ValidationChain chain = ValidationChain::standard();
    const ValidationReport first = chain.run(vc);
    const ValidationReport all = chain.runAll(vc);
    QCOMPARE(first.results.size(), 1);
    QCOMPARE(first.block()->rule, u"credentials"_s);
    QCOMPARE(all.results.size(), chain.codes().size());
    QCOMPARE(all.block()->rule, u"credentials"_s);
    QVERIFY(resultOf(all, u"params.tick"_s)->isBlock());
    QCOMPARE(all.canSubmit(), first.canSubmit());
    // Nothing blocks: the two agree result for result.
    context.credentials = { true, u"PK"_s, false };
    trade.limitPrice = D("190.00");
    const ValidationContext ok = context.validationContext(trade, {});
    QCOMPARE(chain.runAll(ok).results, chain.run(ok).results);
}

void tst_OrderTicket::bracketTrade_data()
{
    QTest::addColumn<int>("typeIndex");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("takeProfit");
    QTest::addColumn<QString>("stopLoss");
    QTest::addColumn<QString>("stopLossLimit");

    QTest::newRow("limit entry, stop exit")
        << int(Limit) << u"190.00"_s << u"200.00"_s << u"180.00"_s << QString();
    QTest::newRow("limit entry, stop-limit exit")
        << int(Limit) << u"190.00"_s << u"205.50"_s << u"181.00"_s << u"180.50"_s;
    QTest::newRow("market entry") << int(Market) << QString() << u"199.00"_s << u"182.00"_s
                                  << QString();
}

void tst_OrderTicket::bracketTrade()
{
    QFETCH(int, typeIndex);
    QFETCH(QString, limit);
    QFETCH(QString, takeProfit);
    QFETCH(QString, stopLoss);
    QFETCH(QString, stopLossLimit);

    OrderTicket ticket;
    ticket.setContext(baseline());
    ticket.show();
    type(ticket, "symbolEdit", u"AAPL"_s);
    type(ticket, "quantityEdit", u"10"_s);
    choose(ticket, "typeCombo", typeIndex);
    if (!limit.isEmpty())
        type(ticket, "limitPriceEdit", limit);
    choose(ticket, "tifCombo", Gtc);
    choose(ticket, "classCombo", Bracket);
    type(ticket, "takeProfitEdit", takeProfit);
    type(ticket, "stopLossEdit", stopLoss);
    if (!stopLossLimit.isEmpty())
        type(ticket, "stopLossLimitEdit", stopLossLimit);
    QTRY_VERIFY2(ticket.isSubmitEnabled(),
                 qPrintable(ticket.findChild<VerdictView *>(u"summaryView"_s)->text()));

    // What the broker's bracket helper builds from the same simple order.
    Trade entry;
    entry.symbol = u"AAPL"_s;
    entry.quantity = D("10");
    entry.orderType = typeIndex == Limit ? OrderType::Limit : OrderType::Market;
    if (!limit.isEmpty())
        entry.limitPrice = Decimal::fromString(limit).value();
    entry.timeInForce = TimeInForce::Gtc;
    RecordingBroker broker;
    broker.placeBracketOrder(
        entry, Decimal::fromString(takeProfit).value(), Decimal::fromString(stopLoss).value(),
        stopLossLimit.isEmpty() ? std::nullopt
                                : std::optional(Decimal::fromString(stopLossLimit).value()));
    QCOMPARE(ticket.trade(), broker.trade);
    QCOMPARE(ticket.trade().orderClass, OrderClass::Bracket);
    QVERIFY(ticket.trade().toOrderRequest().error().field == u"clientOrderId"_s);
}

void tst_OrderTicket::ocoTakesItsLimitFromTheTakeProfit()
{
    TicketContext context = baseline();
    Position held;
    held.symbol = u"AAPL"_s;
    held.qty = D("10");
    held.qtyAvailable = D("10");
    held.currentPrice = D("190.00");
    held.avgEntryPrice = D("150.00");
    context.positions = { held };
    OrderTicket ticket;
    ticket.setContext(context);
    ticket.show();
    type(ticket, "symbolEdit", u"AAPL"_s);
    ticket.findChild<QRadioButton *>(u"sellRadio"_s)->setChecked(true);
    type(ticket, "quantityEdit", u"10"_s);
    choose(ticket, "classCombo", Oco);
    // An OCO is a limit order; its limit is the take-profit, typed once.
    QCOMPARE(combo(ticket, "typeCombo")->currentIndex(), int(Limit));
    QVERIFY(!combo(ticket, "typeCombo")->isEnabled());
    QVERIFY(!edit(ticket, "limitPriceEdit")->isVisibleTo(&ticket));
    choose(ticket, "tifCombo", Gtc);
    type(ticket, "takeProfitEdit", u"200.00"_s);
    type(ticket, "stopLossEdit", u"180.00"_s);
    QTRY_VERIFY2(ticket.isSubmitEnabled(),
                 qPrintable(ticket.findChild<VerdictView *>(u"summaryView"_s)->text()));
    const Trade t = ticket.trade();
    QCOMPARE(t.orderClass, OrderClass::Oco);
    QCOMPARE(t.orderType, OrderType::Limit);
    QCOMPARE(t.limitPrice, std::optional(D("200.00")));
    QCOMPARE(t.takeProfitLimitPrice, std::optional(D("200.00")));
    QCOMPARE(t.stopLossStopPrice, std::optional(D("180.00")));
    // Back to a simple order: the type can be chosen again.
    choose(ticket, "classCombo", Simple);
    QVERIFY(combo(ticket, "typeCombo")->isEnabled());
    QVERIFY(edit(ticket, "limitPriceEdit")->isVisibleTo(&ticket));
}

void tst_OrderTicket::trailingTrade_data()
{
    QTest::addColumn<int>("unitIndex");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("bodyKey");
    QTest::newRow("percent") << 0 << u"5"_s << u"trail_percent"_s;
    QTest::newRow("price") << 1 << u"2.50"_s << u"trail_price"_s;
}

void tst_OrderTicket::trailingTrade()
{
    QFETCH(int, unitIndex);
    QFETCH(QString, amount);
    QFETCH(QString, bodyKey);

    TicketContext context = baseline();
    Position held;
    held.symbol = u"AAPL"_s;
    held.qty = D("10");
    held.qtyAvailable = D("10");
    held.currentPrice = D("190.00");
    held.avgEntryPrice = D("150.00");
    context.positions = { held };
    OrderTicket ticket;
    ticket.setContext(context);
    ticket.show();
    type(ticket, "symbolEdit", u"AAPL"_s);
    ticket.findChild<QRadioButton *>(u"sellRadio"_s)->setChecked(true);
    type(ticket, "quantityEdit", u"10"_s);
    // A limit price typed before switching to a trailing stop is not part of it.
    choose(ticket, "typeCombo", Limit);
    type(ticket, "limitPriceEdit", u"185.00"_s);
    choose(ticket, "typeCombo", Trailing);
    choose(ticket, "trailUnitCombo", unitIndex);
    type(ticket, "trailEdit", amount);
    choose(ticket, "tifCombo", Gtc);
    QTRY_VERIFY2(ticket.isSubmitEnabled(),
                 qPrintable(ticket.findChild<VerdictView *>(u"summaryView"_s)->text()));

    Trade base;
    base.symbol = u"AAPL"_s;
    base.side = OrderSide::Sell;
    base.quantity = D("10");
    base.timeInForce = TimeInForce::Gtc;
    base.limitPrice = D("185.00"); // placeTrailingStop() drops it, as the ticket does
    RecordingBroker broker;
    broker.placeTrailingStop(base, Decimal::fromString(amount).value(),
                             unitIndex == 0 ? Broker::TrailUnit::Percent
                                            : Broker::TrailUnit::Price);
    QCOMPARE(ticket.trade(), broker.trade);

    Trade withId = ticket.trade();
    withId.clientOrderId = u"elson-x"_s;
    const QJsonObject body =
        QJsonDocument::fromJson(Json::serialize(withId.toOrderRequest().value())).object();
    QCOMPARE(body.value(u"type"_s).toString(), u"trailing_stop"_s);
    QCOMPARE(body.value(bodyKey).toString(), amount);
    QVERIFY(!body.contains(u"limit_price"_s));
}

void tst_OrderTicket::notionalOrder()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    ticket.show();
    type(ticket, "symbolEdit", u"AAPL"_s);
    choose(ticket, "sizeCombo", 1);
    QCOMPARE(ticket.findChild<QLabel *>(u"quantityLabel"_s)->text(), u"&Amount ($):"_s);
    type(ticket, "quantityEdit", u"500"_s);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    Trade expected;
    expected.symbol = u"AAPL"_s;
    expected.investmentAmount = D("500");
    QCOMPARE(ticket.trade(), expected);
    QCOMPARE(ticket.findChild<QLabel *>(u"estimateLabel"_s)->text(),
             u"Estimated value: $500.00 (about 2.6314 shares at $190.01)"_s);

    // Fractional quantities are allowed where the asset is fractionable.
    choose(ticket, "sizeCombo", 0);
    type(ticket, "quantityEdit", u"0.25"_s);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    QCOMPARE(ticket.trade().quantity, std::optional(D("0.25")));
    QVERIFY(ticket.trade().fractional);
    QVERIFY(!ticket.trade().investmentAmount);
}

void tst_OrderTicket::fieldsFollowTheType()
{
    OrderTicket ticket;
    ticket.show();
    auto shown = [&ticket](const char *name) { return edit(ticket, name)->isVisibleTo(&ticket); };
    struct Row
    {
        int type;
        bool limit, stop, trail;
    };
    const Row rows[] = { { Market, false, false, false },
                         { Limit, true, false, false },
                         { Stop, false, true, false },
                         { StopLimit, true, true, false },
                         { Trailing, false, false, true } };
    for (const Row &row : rows) {
        choose(ticket, "typeCombo", row.type);
        QCOMPARE(shown("limitPriceEdit"), row.limit);
        QCOMPARE(shown("stopPriceEdit"), row.stop);
        QCOMPARE(shown("trailEdit"), row.trail);
    }
    QVERIFY(!shown("takeProfitEdit"));
    choose(ticket, "classCombo", Oto);
    QVERIFY(shown("takeProfitEdit") && shown("stopLossEdit") && shown("stopLossLimitEdit"));
}

void tst_OrderTicket::prefillFromPosition_data()
{
    QTest::addColumn<Position>("position");
    QTest::addColumn<Trade>("expected");

    auto position = [](const char *qty) {
        Position p;
        p.symbol = u"AAPL"_s;
        p.qty = D(qty);
        p.side = p.qty.isNegative() ? PositionSide::Short : PositionSide::Long;
        p.qtyAvailable = p.qty.abs();
        p.currentPrice = D("190.00");
        p.avgEntryPrice = D("150.00");
        return p;
    };
    auto closing = [](OrderSide side, const char *qty) {
        Trade t;
        t.symbol = u"AAPL"_s;
        t.side = side;
        t.quantity = D(qty);
        t.fractional = !t.quantity->isInteger();
        return t;
    };
    QTest::newRow("long") << position("10") << closing(OrderSide::Sell, "10");
    QTest::newRow("short") << position("-5") << closing(OrderSide::Buy, "5");
    QTest::newRow("fractional long") << position("2.5") << closing(OrderSide::Sell, "2.5");
}

void tst_OrderTicket::prefillFromPosition()
{
    QFETCH(Position, position);
    QFETCH(Trade, expected);

    TicketContext context = baseline();
    context.positions = { position };
    OrderTicket ticket;
    ticket.setContext(context);
    // Whatever was there before is replaced.
    type(ticket, "quantityEdit", u"999"_s);
    choose(ticket, "typeCombo", StopLimit);
    ticket.prefillFromPosition(position);
    QCOMPARE(ticket.trade(), expected);
    QVERIFY2(ticket.isSubmitEnabled(),
             qPrintable(ticket.findChild<VerdictView *>(u"summaryView"_s)->text()));
}

void tst_OrderTicket::prefillFromOrder()
{
    Order parent;
    parent.id = u"o1"_s;
    parent.symbol = u"AAPL"_s;
    parent.side = OrderSide::Buy;
    parent.type = OrderType::Limit;
    parent.qty = D("10");
    parent.limitPrice = D("189.50");
    parent.timeInForce = TimeInForce::Gtc;
    parent.orderClass = OrderClass::Bracket;
    Order takeProfit;
    takeProfit.type = OrderType::Limit;
    takeProfit.side = OrderSide::Sell;
    takeProfit.limitPrice = D("200.00");
    Order stopLoss;
    stopLoss.type = OrderType::StopLimit;
    stopLoss.side = OrderSide::Sell;
    stopLoss.stopPrice = D("180.00");
    stopLoss.limitPrice = D("179.50");
    parent.legs = { takeProfit, stopLoss };

    OrderTicket ticket;
    ticket.setContext(baseline());
    ticket.prefillFromOrder(parent);
    Trade expected;
    expected.symbol = u"AAPL"_s;
    expected.quantity = D("10");
    expected.orderType = OrderType::Limit;
    expected.limitPrice = D("189.50");
    expected.timeInForce = TimeInForce::Gtc;
    expected.orderClass = OrderClass::Bracket;
    expected.takeProfitLimitPrice = D("200.00");
    expected.stopLossStopPrice = D("180.00");
    expected.stopLossLimitPrice = D("179.50");
    QCOMPARE(ticket.trade(), expected);
    QCOMPARE(edit(ticket, "limitPriceEdit")->text(), u"189.50"_s);

    // A trailing stop: its trail, not the moving stop price.
    Order trailing;
    trailing.symbol = u"AAPL"_s;
    trailing.side = OrderSide::Sell;
    trailing.type = OrderType::TrailingStop;
    trailing.qty = D("3");
    trailing.trailPercent = D("4.5");
    trailing.stopPrice = D("181.44");
    trailing.hwm = D("190.00");
    ticket.prefillFromOrder(trailing);
    QCOMPARE(ticket.trade().trailPercent, std::optional(D("4.5")));
    QVERIFY(!ticket.trade().stopPrice);
    QVERIFY(!ticket.trade().trailPrice);
    QCOMPARE(ticket.trade().orderClass, OrderClass::Simple);
}

void tst_OrderTicket::prefillFromQuoteAndChart()
{
    OrderTicket ticket;
    TicketContext context = baseline();
    context.quotes.clear(); // the quote comes with the prefill
    ticket.setContext(context);
    QSignalSpy symbols(&ticket, &OrderTicket::symbolChanged);
    Quote quote;
    quote.bidPrice = D("402.10");
    quote.askPrice = D("402.15");
    ticket.prefillFromQuote(u"msft"_s, quote);
    QCOMPARE(symbols.count(), 1);
    QCOMPARE(symbols.at(0).at(0).toString(), u"MSFT"_s);
    QCOMPARE(ticket.trade().symbol, u"MSFT"_s);
    QCOMPARE(ticket.trade().orderType, OrderType::Limit);
    QCOMPARE(ticket.trade().limitPrice, std::optional(D("402.15"))); // buy at the ask
    QVERIFY(ticket.findChild<QLabel *>(u"assetLabel"_s)->text().contains(u"ask 402.15"_s));

    ticket.findChild<QRadioButton *>(u"sellRadio"_s)->setChecked(true);
    ticket.prefillFromQuote(u"MSFT"_s, quote);
    QCOMPARE(ticket.trade().limitPrice, std::optional(D("402.10"))); // sell at the bid

    // A chart click: the limit, rounded to a valid tick; a stop order takes it as the stop.
    ticket.prefillPrice(u"AAPL"_s, D("187.4321"));
    QCOMPARE(ticket.trade().symbol, u"AAPL"_s);
    QCOMPARE(ticket.trade().limitPrice, std::optional(D("187.43")));
    choose(ticket, "typeCombo", Stop);
    ticket.prefillPrice(u"AAPL"_s, D("181.005"));
    QCOMPARE(ticket.trade().stopPrice, std::optional(D("181.00")));
}

void tst_OrderTicket::prefillKeepsUserInputOnNewContext()
{
    OrderTicket ticket;
    TicketContext context = baseline();
    ticket.setContext(context);
    fillBaseOrder(ticket);
    const Trade before = ticket.trade();
    context.account.buyingPower = D("1000"); // a poll arrives: less buying power
    ticket.setContext(context);
    QCOMPARE(ticket.trade(), before);
    QVERIFY(!ticket.isSubmitEnabled());
    QVERIFY(resultOf(ticket.report(), u"buying_power"_s)->isBlock());
}

void tst_OrderTicket::reviewShowsTheOrderAndEmitsAfterAccept()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    ticket.show();
    fillBaseOrder(ticket);
    type(ticket, "limitPriceEdit", u"187.50"_s);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    OrderReviewDialog *review = ticket.reviewDialog();
    QVERIFY(review);
    QVERIFY(review->isVisible());
    QCOMPARE(submitted.count(), 0); // not before the review

    const QString id = review->trade().clientOrderId;
    QVERIFY(id.startsWith(u"elson-"_s));
    QCOMPARE(review->plainWords(),
             u"Buy 10 AAPL at limit $187.50, good for the day, regular hours only"_s);
    const QJsonObject body = QJsonDocument::fromJson(review->requestBody()).object();
    QCOMPARE(body,
             (QJsonObject { { u"symbol"_s, u"AAPL"_s },
                            { u"qty"_s, u"10"_s },
                            { u"side"_s, u"buy"_s },
                            { u"type"_s, u"limit"_s },
                            { u"time_in_force"_s, u"day"_s },
                            { u"limit_price"_s, u"187.50"_s },
                            { u"client_order_id"_s, id } }));
    QCOMPARE(review->elsonctlCommand(),
             u"elsonctl order buy AAPL --qty 10 --type limit --limit-price 187.50 --tif day "
             "--client-order-id "_s
                 + id);
    review->copyCommand();
    QCOMPARE(QGuiApplication::clipboard()->text(), review->elsonctlCommand());
    review->copyRequestBody();
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), review->requestBody());

    saveScreenshot(review, u"elson-review-paper.png"_s);
    review->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(submitted.count(), 1);
    const Trade sent = submitted.at(0).at(0).value<Trade>();
    QCOMPARE(sent.clientOrderId, id); // the body shown is the body sent
    QCOMPARE(Json::serialize(sent.toOrderRequest().value()), review->requestBody());
    QTRY_VERIFY(!ticket.reviewDialog());

    // The next submission is a new intent with a new id.
    ticket.submit();
    QVERIFY(ticket.reviewDialog());
    QVERIFY(ticket.reviewDialog()->trade().clientOrderId != id);
    ticket.reviewDialog()->reject();
}

void tst_OrderTicket::reviewCancelledSendsNothing()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    ticket.show();
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    QVERIFY(ticket.reviewDialog());
    QTest::keyClick(ticket.reviewDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!ticket.reviewDialog());
    QCOMPARE(submitted.count(), 0);
}

void tst_OrderTicket::reviewIsVoidWhenTheModeChanges()
{
    OrderTicket ticket;
    TicketContext context = baseline();
    ticket.setContext(context);
    ticket.show();
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    QPointer<OrderReviewDialog> review = ticket.reviewDialog();
    QVERIFY(review);
    context.mode = Broker::Mode::Sim;
    ticket.setContext(context);
    QTRY_VERIFY(!review);
    QCOMPARE(submitted.count(), 0);
}

void tst_OrderTicket::paperWithoutReviewEmitsAtOnce()
{
    OrderTicket ticket;
    ticket.setReviewPaperOrders(false);
    ticket.setContext(baseline());
    fillBaseOrder(ticket);
    ticket.validateNow();
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    QVERIFY(!ticket.reviewDialog());
    QCOMPARE(submitted.count(), 1);
    const Trade sent = submitted.at(0).at(0).value<Trade>();
    QVERIFY(sent.paper);
    QVERIFY(sent.toOrderRequest()); // complete, with its client order id
    // While the lead sends it, Submit is off.
    ticket.setBusy(true);
    QVERIFY(!ticket.isSubmitEnabled());
    ticket.submit();
    QCOMPARE(submitted.count(), 1);
    ticket.setBusy(false);
    QVERIFY(ticket.isSubmitEnabled());
}

void tst_OrderTicket::liveAlwaysReviews()
{
    TicketContext context = baseline();
    context.mode = Broker::Mode::Live;
    context.environment = DeploymentEnvironment::Production;
    context.liveTradingEnabled = true;
    context.credentials = { true, u"AK"_s, true };
    OrderTicket ticket;
    ticket.setReviewPaperOrders(false);
    ticket.setContext(context);
    ticket.show();
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    QCOMPARE(ticket.findChild<QPushButton *>(u"submitButton"_s)->text(), u"&Submit LIVE order…"_s);
    QVERIFY(!ticket.trade().paper);
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    ticket.submit();
    OrderReviewDialog *review = ticket.reviewDialog();
    QVERIFY(review);
    QCOMPARE(submitted.count(), 0);
    QVERIFY(review->elsonctlCommand().startsWith(u"elsonctl --live order buy AAPL"_s));
    // In live mode Cancel is the default: a stray Enter does not send real money.
    QDialogButtonBox *buttons = review->findChild<QDialogButtonBox *>();
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isDefault());
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"&Place LIVE order"_s);
    saveScreenshot(review, u"elson-review-live.png"_s);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(submitted.count(), 1);
    QVERIFY(!submitted.at(0).at(0).value<Trade>().paper);
}

void tst_OrderTicket::modeBadge_data()
{
    QTest::addColumn<Broker::Mode>("mode");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("sim") << Broker::Mode::Sim << u"SIM"_s << QColor(0x00, 0x69, 0x5c);
    QTest::newRow("paper") << Broker::Mode::Paper << u"PAPER"_s << QColor(0x15, 0x65, 0xc0);
    QTest::newRow("live") << Broker::Mode::Live << u"LIVE"_s << QColor(0xc6, 0x28, 0x28);
}

void tst_OrderTicket::modeBadge()
{
    QFETCH(Broker::Mode, mode);
    QFETCH(QString, badge);
    QFETCH(QColor, colour);
    TicketContext context = baseline();
    context.mode = mode;
    OrderTicket ticket;
    ticket.setContext(context);
    QCOMPARE(ticket.findChild<QLabel *>(u"modeBadge"_s)->text(), badge);
    QCOMPARE(OrderTicket::modeColour(mode), colour);
    QVERIFY(ticket.findChild<QWidget *>(u"modeFrame"_s)->styleSheet().contains(colour.name()));
    // Rendered: the top strip of the ticket is the mode's colour.
    ticket.resize(420, 700);
    ticket.show();
    const QImage image = ticket.grab().toImage();
    const QWidget *frame = ticket.findChild<QWidget *>(u"modeFrame"_s);
    const QPoint inside = frame->mapTo(&ticket, QPoint(frame->width() - 4, frame->height() / 2));
    QCOMPARE(QColor(image.pixel(inside * image.devicePixelRatio())), colour);
}

void tst_OrderTicket::tabOrderReachesSubmit()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    QVERIFY(activate(ticket));
    fillBaseOrder(ticket);
    QTRY_VERIFY(ticket.isSubmitEnabled());
    edit(ticket, "symbolEdit")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit(ticket, "symbolEdit"));
    QList<QWidget *> visited;
    auto *submit = ticket.findChild<QPushButton *>(u"submitButton"_s);
    for (int i = 0; i < 40 && QApplication::focusWidget() != submit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget());
    }
    QCOMPARE(QApplication::focusWidget(), submit);
    // In form order: quantity before type before limit; nothing outside the ticket.
    QVERIFY(visited.indexOf(edit(ticket, "quantityEdit"))
            < visited.indexOf(combo(ticket, "typeCombo")));
    QVERIFY(visited.indexOf(combo(ticket, "typeCombo"))
            < visited.indexOf(edit(ticket, "limitPriceEdit")));
    for (QWidget *w : std::as_const(visited))
        QVERIFY(ticket.isAncestorOf(w));
    // Hidden fields are skipped.
    QVERIFY(!visited.contains(edit(ticket, "stopPriceEdit")));

    // An acknowledge box joins the chain right after its field.
    type(ticket, "limitPriceEdit", u"250.00"_s);
    ticket.validateNow();
    QCheckBox *ack = ticket.findChild<VerdictView *>(u"limitVerdict"_s)
                         ->acknowledgeBox(u"limits.price_collar"_s);
    QVERIFY(ack);
    edit(ticket, "limitPriceEdit")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit(ticket, "limitPriceEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), ack);
    QTest::keyClick(ack, Qt::Key_Space);
    QVERIFY(ticket.isSubmitEnabled());
    QCOMPARE(QApplication::focusWidget(), ack); // re-validation kept the focus
}

void tst_OrderTicket::enterSubmitsEscapeCancels()
{
    OrderTicket ticket;
    ticket.setReviewPaperOrders(false);
    ticket.setContext(baseline());
    QVERIFY(activate(ticket));
    fillBaseOrder(ticket);
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    QSignalSpy cancelled(&ticket, &OrderTicket::cancelRequested);
    // Enter right after typing: the pending validation runs first, then the order goes.
    QLineEdit *limit = edit(ticket, "limitPriceEdit");
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    QTest::keyClick(combo(ticket, "typeCombo"), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(submitted.count(), 2);
    QTest::keyClick(limit, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(submitted.count(), 2);

    // With the review on, Enter opens it and Enter in it places the paper order.
    ticket.setReviewPaperOrders(true);
    QTest::keyClick(limit, Qt::Key_Return);
    OrderReviewDialog *review = ticket.reviewDialog();
    QVERIFY(review);
    QTest::keyClick(review, Qt::Key_Return);
    QCOMPARE(submitted.count(), 3);
}

void tst_OrderTicket::enterWithProblemsGoesToTheField()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    QVERIFY(activate(ticket));
    type(ticket, "symbolEdit", u"AAPL"_s);
    QSignalSpy submitted(&ticket, &OrderTicket::submitRequested);
    QTest::keyClick(edit(ticket, "symbolEdit"), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    // The missing quantity is now shown as an error, and the cursor goes there.
    QVERIFY(verdict(ticket, u"quantityVerdict"_s, u"params.qty_xor_notional"_s));
    QCOMPARE(QApplication::focusWidget(), edit(ticket, "quantityEdit"));
}

void tst_OrderTicket::symbolChangedIsDebounced()
{
    OrderTicket ticket;
    ticket.setContext(baseline());
    ticket.show();
    QSignalSpy symbols(&ticket, &OrderTicket::symbolChanged);
    QTest::keyClicks(edit(ticket, "symbolEdit"), u"AMD"_s);
    QVERIFY(symbols.wait());
    QCOMPARE(symbols.count(), 1);
    QCOMPARE(symbols.at(0).at(0).toString(), u"AMD"_s);
}

/** Pixels of @p widget (inside @p root's grab) that are clearly of @p colour's hue family. */
int pixelsLike(const QImage &image, const QWidget *root, const QWidget *widget,
               const QColor &colour)
{
    const QRect area(widget->mapTo(root, QPoint(0, 0)) * image.devicePixelRatio(),
                     widget->size() * image.devicePixelRatio());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c(image.pixel(x, y));
            if (qAbs(c.red() - colour.red()) < 40 && qAbs(c.green() - colour.green()) < 40
                && qAbs(c.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

void tst_OrderTicket::renderedVerdicts()
{
    // What the trader sees: red next to a blocked field, amber next to a warning, no red on
    // a fresh ticket. (With ELSON_SCREENSHOT_DIR set, the states are also saved as PNGs.)
    const QColor red = VerdictView::colourFor(RuleVerdict::Block, false, QPalette());
    const QColor amber = VerdictView::colourFor(RuleVerdict::Warn, false, QPalette());
    TicketContext context = baseline();

    OrderTicket fresh;
    fresh.setContext(context);
    fresh.resize(440, 560);
    fresh.show();
    QTest::qWait(20);
    saveScreenshot(&fresh, u"elson-ticket-fresh.png"_s);
    QCOMPARE(pixelsLike(fresh.grab().toImage(), &fresh, &fresh, red), 0);

    OrderTicket ticket;
    ticket.setContext(context);
    ticket.resize(440, 760);
    ticket.show();
    fillBaseOrder(ticket);
    choose(ticket, "classCombo", Bracket);
    type(ticket, "takeProfitEdit", u"200.00"_s);
    type(ticket, "stopLossEdit", u"180.005"_s);
    ticket.validateNow();
    QTest::qWait(20);
    saveScreenshot(&ticket, u"elson-ticket-paper-bracket.png"_s);
    QImage image = ticket.grab().toImage();
    QLabel *tick = verdict(ticket, u"stopLossVerdict"_s, u"params.tick"_s);
    QVERIFY(tick);
    QVERIFY(pixelsLike(image, &ticket, tick, red) > 20);
    QCOMPARE(pixelsLike(image, &ticket, ticket.findChild<QWidget *>(u"limitBox"_s), red), 0);

    type(ticket, "stopLossEdit", u"180.00"_s);
    type(ticket, "limitPriceEdit", u"195.00"_s);
    type(ticket, "takeProfitEdit", u"260.00"_s);
    type(ticket, "limitPriceEdit", u"250.00"_s);
    ticket.validateNow();
    QTest::qWait(20);
    saveScreenshot(&ticket, u"elson-ticket-paper-warning.png"_s);
    image = ticket.grab().toImage();
    QLabel *collar = verdict(ticket, u"limitVerdict"_s, u"limits.price_collar"_s);
    QVERIFY(collar);
    QVERIFY(pixelsLike(image, &ticket, collar, amber) > 20);
    QCOMPARE(pixelsLike(image, &ticket, collar, red), 0);

    // The dark theme re-colours the verdicts already shown.
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Theme::apply(app, u"dark"_s);
    QTest::qWait(20);
    saveScreenshot(&ticket, u"elson-ticket-paper-warning-dark.png"_s);
    image = ticket.grab().toImage();
    const QColor darkAmber = VerdictView::colourFor(RuleVerdict::Warn, false, Theme::darkPalette());
    QVERIFY(darkAmber != amber);
    QVERIFY(pixelsLike(image, &ticket, collar, darkAmber) > 20);
    Theme::apply(app, u"system"_s);

    context.mode = Broker::Mode::Live;
    context.environment = DeploymentEnvironment::Production;
    context.liveTradingEnabled = true;
    context.credentials = { true, u"AK"_s, true };
    ticket.setContext(context);
    choose(ticket, "classCombo", Simple);
    type(ticket, "limitPriceEdit", u"190.00"_s);
    ticket.validateNow();
    QTest::qWait(20);
    saveScreenshot(&ticket, u"elson-ticket-live.png"_s);
    image = ticket.grab().toImage();
    QVERIFY(pixelsLike(image, &ticket, ticket.findChild<QWidget *>(u"modeFrame"_s),
                       OrderTicket::modeColour(Broker::Mode::Live))
            > 1000);
    QVERIFY(ticket.isSubmitEnabled());
}

QTEST_MAIN(tst_OrderTicket)
#include "tst_orderticket.moc"
