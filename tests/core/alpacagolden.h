// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the codec tests: reading the golden Alpaca payloads under
// tests/data/alpaca and printing domain values when a comparison fails.

#include "decimal.h"
#include "jsoncodec.h"
#include "timestamp.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace ElsonTest {

inline QString goldenPath(const QString &name)
{
    return QStringLiteral(ELSON_TEST_DATA_DIR "/alpaca/") + name;
}

/** The bytes of a golden file; an unreadable file fails loudly rather than parsing "". */
inline QByteArray readGolden(const QString &name)
{
    QFile file(goldenPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open golden file %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonValue goldenJson(const QString &name)
{
    const QJsonDocument document = QJsonDocument::fromJson(readGolden(name));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

inline Elson::Decimal dec(const char *text)
{
    return Elson::Decimal::fromLiteral(text);
}

inline Elson::Timestamp ts(const QString &text)
{
    const Elson::Result<Elson::Timestamp> parsed = Elson::Timestamp::fromString(text);
    Q_ASSERT(parsed.ok());
    return parsed.ok() ? parsed.value() : Elson::Timestamp();
}

} // namespace ElsonTest

namespace Elson {

// Found by QTest through ADL, so QCOMPARE prints values instead of nothing.
inline char *toString(const Decimal &value)
{
    return qstrdup(value.toString().toUtf8().constData());
}

inline char *toString(const Timestamp &value)
{
    return qstrdup(value.toString().toUtf8().constData());
}

} // namespace Elson

/** Parses golden @p file as @p Type into a new const reference @p var, failing the test on error.
 */
#define ELSON_PARSE_GOLDEN(Type, var, file)                                                        \
    const Elson::Result<Type> var##Result = Elson::Json::parse<Type>(ElsonTest::readGolden(file)); \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().toString()));                        \
    const Type &var = var##Result.value()

/** Compares two codec values with ==, printing both as JSON when they differ. */
#define ELSON_COMPARE_VALUES(actual, expected)                                                     \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(QStringLiteral("\n   Actual: %1\n Expected: %2")                           \
                            .arg(QString::fromUtf8(Elson::Json::serialize(actual)),                \
                                 QString::fromUtf8(Elson::Json::serialize(expected)))))
