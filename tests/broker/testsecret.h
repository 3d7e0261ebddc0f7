// SPDX-License-Identifier: GPL-3.0-or-later
// The one secret the tests hand to code under test. scripts/test.sh sets a fresh random
// ELSON_TEST_SECRET per run and, after ctest, greps every file and output of the session
// for it: finding it anywhere means a secret leaked. Run by hand, a random value stands in.
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace TestSecret {

/** ELSON_TEST_SECRET (or a random stand-in), the same for the whole process. */
inline const QString &base()
{
    static const QString secret = []() -> QString {
        const QString given = qEnvironmentVariable("ELSON_TEST_SECRET").trimmed();
        if (given.size() >= 16)
            return given;
        return QStringLiteral("elson-test-secret-")
            + QString::number(QRandomGenerator::system()->generate64(), 36);
    }();
    return secret;
}

/** A secret for one purpose; every one contains base(), so the grep finds any of them. */
inline QString secret(const QString &purpose)
{
    return base() + u'-' + purpose;
}

} // namespace TestSecret
