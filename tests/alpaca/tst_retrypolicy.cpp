// SPDX-License-Identifier: GPL-3.0-or-later
// The retry arithmetic: exponential backoff with equal jitter and a cap, the wait a 429
// asks for (Retry-After in seconds or as a date, X-Ratelimit-Reset, the margin, the
// bounds), and which statuses are worth another try.
#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Elson;

namespace {
constexpr qint64 Now = 1'795'000'000'000; // epoch ms, 2026-11-19
} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data();
    void backoff();
    void backoffGrowsThenCaps();
    void retryAfter_data();
    void retryAfter();
    void rateLimitWait_data();
    void rateLimitWait();
    void retryableStatus_data();
    void retryableStatus();
};

void tst_RetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expected");
    // Steps of 250 × 2^(n−1) ms capped at 8000; half fixed, half scaled by the jitter.
    QTest::newRow("1st, no jitter") << 1 << 0.0 << qint64(125);
    QTest::newRow("1st, full jitter") << 1 << 0.999999 << qint64(250);
    QTest::newRow("1st, half") << 1 << 0.5 << qint64(188);
    QTest::newRow("2nd, no jitter") << 2 << 0.0 << qint64(250);
    QTest::newRow("3rd, half") << 3 << 0.5 << qint64(750);
    QTest::newRow("6th reaches the cap") << 6 << 0.0 << qint64(4'000);
    QTest::newRow("10th is capped") << 10 << 0.999999 << qint64(8'000);
    QTest::newRow("retry 0 is the first") << 0 << 0.0 << qint64(125);
    QTest::newRow("jitter above 1 is clamped") << 1 << 7.0 << qint64(250);
    QTest::newRow("negative jitter is clamped") << 1 << -1.0 << qint64(125);
}

void tst_RetryPolicy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, jitter);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy().backoffMs(retry, jitter), expected);
}

void tst_RetryPolicy::backoffGrowsThenCaps()
{
    const RetryPolicy policy;
    qint64 previous = 0;
    for (int retry = 1; retry <= 12; ++retry) {
        const qint64 low = policy.backoffMs(retry, 0.0);
        const qint64 high = policy.backoffMs(retry, 0.999999);
        QVERIFY(low >= previous);   // never shrinks
        QVERIFY(high <= policy.maxBackoffMs);
        QCOMPARE(high - low, low); // the jitter spans the upper half
        previous = low;
    }
    QCOMPARE(previous, policy.maxBackoffMs / 2);
}

void tst_RetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: unusable
    QTest::newRow("seconds") << QByteArray("3") << qint64(3'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12'000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    const QDateTime inTen = QDateTime::fromMSecsSinceEpoch(Now + 10'000, Qt::UTC);
    QTest::newRow("http date, 10 s ahead")
        << QLocale::c().toString(inTen, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT"
        << qint64(10'000);
    const QDateTime past = QDateTime::fromMSecsSinceEpoch(Now - 60'000, Qt::UTC);
    QTest::newRow("http date in the past")
        << QLocale::c().toString(past, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT"
        << qint64(0);
    QTest::newRow("date without GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00") << qint64(-1);
}

void tst_RetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(header, Now);
    if (expected < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed, std::optional<qint64>(expected));
}

void tst_RetryPolicy::rateLimitWait_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<qint64>("expected");
    const QByteArray resetIn20 = QByteArray::number((Now + 20'000) / 1000);
    const QByteArray resetIn2 = QByteArray::number((Now + 2'000) / 1000);
    const QByteArray resetPast = QByteArray::number((Now - 5'000) / 1000);
    const QByteArray resetFar = QByteArray::number((Now + 3'600'000) / 1000);
    QTest::newRow("Retry-After only") << QByteArray("3") << QByteArray() << qint64(4'000);
    QTest::newRow("Reset only") << QByteArray() << resetIn20 << qint64(21'000);
    QTest::newRow("Reset later than Retry-After") << QByteArray("3") << resetIn20 << qint64(21'000);
    QTest::newRow("Retry-After later than Reset") << QByteArray("9") << resetIn2 << qint64(10'000);
    QTest::newRow("Reset already passed") << QByteArray() << resetPast << qint64(1'000);
    QTest::newRow("neither: a full window") << QByteArray() << QByteArray() << qint64(60'000);
    QTest::newRow("bogus Reset is bounded") << QByteArray() << resetFar << qint64(65'000);
    QTest::newRow("bogus Retry-After is bounded") << QByteArray("86400") << QByteArray() << qint64(65'000);
    QTest::newRow("garbage both") << QByteArray("x") << QByteArray("y") << qint64(60'000);
}

void tst_RetryPolicy::rateLimitWait()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, reset);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy().rateLimitWaitMs(retryAfter, reset, Now), expected);
}

void tst_RetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    for (const int s : {502, 503, 504})
        QTest::addRow("%d", s) << s << true;
    for (const int s : {200, 204, 207, 301, 400, 401, 403, 404, 409, 422, 429, 500, 501, 505})
        QTest::addRow("%d", s) << s << false;
}

void tst_RetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
