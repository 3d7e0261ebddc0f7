// SPDX-License-Identifier: GPL-3.0-or-later
// The key pair value: masking for logs and screens, and a secret that no printing
// path can reveal.
#include "credentials.h"

#include <QDebug>
#include <QTest>

using namespace Elson;

class tst_Credentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data();
    void mask();
    void accessorsAndTrim();
    void isEmpty_data();
    void isEmpty();
    void debugPrintsTheMaskOnly();
};

void tst_Credentials::mask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    const QString e(QChar(0x2026));
    QTest::newRow("paper key") << "PKAB12CD34EF56GHWXYZ" << QStringLiteral("PK") + e + QStringLiteral("WXYZ");
    QTest::newRow("live key") << "AKZZZZZZZZZZZZZZ1234" << QStringLiteral("AK") + e + QStringLiteral("1234");
    QTest::newRow("nine characters") << "PK1234567" << QStringLiteral("PK") + e + QStringLiteral("4567");
    QTest::newRow("eight characters") << "PK123456" << e + QStringLiteral("56");
    QTest::newRow("four characters") << "ABCD" << e + QStringLiteral("D");
    QTest::newRow("three characters") << "ABC" << e;
    QTest::newRow("one character") << "A" << e;
    QTest::newRow("empty") << "" << "";
}

void tst_Credentials::mask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(Credentials::mask(text), masked);
    // Never more than 6 characters of the original are shown.
    int shown = 0;
    for (const QChar c : Credentials::mask(text))
        shown += c != QChar(0x2026) ? 1 : 0;
    QVERIFY(shown <= 6);
    QVERIFY(text.size() < 4 || shown < text.size() / 2 + 3);
}

void tst_Credentials::accessorsAndTrim()
{
    const Credentials c(QStringLiteral(" PKAB12CD34EF56GHWXYZ\n"), QStringLiteral("s3cr3t\n"));
    QCOMPARE(c.keyId(), QStringLiteral("PKAB12CD34EF56GHWXYZ"));
    QCOMPARE(c.secretKey(), QStringLiteral("s3cr3t"));
    QCOMPARE(c.maskedKeyId(), QStringLiteral("PK") + QChar(0x2026) + QStringLiteral("WXYZ"));
    QCOMPARE(c, Credentials(QStringLiteral("PKAB12CD34EF56GHWXYZ"), QStringLiteral("s3cr3t")));
    QVERIFY(c != Credentials(QStringLiteral("PKAB12CD34EF56GHWXYZ"), QStringLiteral("other")));
}

void tst_Credentials::isEmpty_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("empty");
    QTest::newRow("both") << "PK1" << "s" << false;
    QTest::newRow("no key") << "" << "s" << true;
    QTest::newRow("no secret") << "PK1" << "" << true;
    QTest::newRow("blank secret") << "PK1" << "  " << true;
    QTest::newRow("neither") << "" << "" << true;
}

void tst_Credentials::isEmpty()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(bool, empty);
    QCOMPARE(Credentials(key, secret).isEmpty(), empty);
}

void tst_Credentials::debugPrintsTheMaskOnly()
{
    const QString key = QStringLiteral("PKAB12CD34EF56GHWXYZ");
    const QString secret = QStringLiteral("very-secret-value-42");
    const Credentials c(key, secret);
    QString printed;
    QDebug(&printed) << c;
    QVERIFY2(printed.contains(c.maskedKeyId()), qPrintable(printed));
    QVERIFY2(!printed.contains(secret), qPrintable(printed));
    QVERIFY2(!printed.contains(key), qPrintable(printed));
    QVERIFY(!printed.contains(QStringLiteral("very")));
}

QTEST_GUILESS_MAIN(tst_Credentials)
#include "tst_credentials.moc"
