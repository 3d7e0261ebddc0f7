// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournal.h"

#include "brokercredentials.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>
#include <QRegularExpression>

#include <chrono>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Elson {

namespace {

constexpr int kLockTimeoutMs = 5000;

/**
 * Takes the journal's lock. A lock file whose owner cannot be read was torn by a process
 * killed while creating it (QLockFile writes the owner right after creating the file): nobody
 * holds it, and Qt would only call it stale after 30 s, so it is removed and taken.
 */
bool lockJournal(QLockFile &lock)
{
    if (lock.tryLock(kLockTimeoutMs))
        return true;
    qint64 pid = 0;
    QString hostname;
    QString appname;
    if (lock.error() == QLockFile::LockFailedError && !lock.getLockInfo(&pid, &hostname, &appname)
        && lock.removeStaleLockFile())
        return lock.tryLock(kLockTimeoutMs);
    return false;
}
constexpr qsizetype kMinSecretLength = 4;
const QString kMasked = QStringLiteral("***");

Timestamp systemNow()
{
    const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    return Timestamp::fromEpochNanos(static_cast<std::int64_t>(nanos));
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** Makes what was written durable: Qt's buffer, then the OS cache. */
bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#else
    return ::fsync(file.handle()) == 0;
#endif
}

/** A new file's directory entry must survive a crash too (POSIX). */
void syncDirectory(const QString &directory)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

bool namesSecret(const QString &key)
{
    const QString k = key.toLower();
    static const char *const words[] = { "secret", "password", "passphrase", "token",
                                         "authorization" };
    for (const char *word : words) {
        if (k.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

bool namesKeyId(const QString &key)
{
    QString k = key.toLower();
    k.replace(u'-', u'_');
    return k == u"key_id" || k == u"keyid" || k == u"api_key" || k == u"key"
        || k.endsWith(u"_key_id") || k.endsWith(u"_api_key");
}

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= kMinSecretLength)
            text.replace(secret, kMasked);
    }
    return text;
}

QJsonValue maskValue(const QString &key, const QJsonValue &value, const QStringList &secrets);

QJsonObject maskObject(const QJsonObject &object, const QStringList &secrets)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(scrub(it.key(), secrets), maskValue(it.key(), it.value(), secrets));
    return out;
}

QJsonValue maskValue(const QString &key, const QJsonValue &value, const QStringList &secrets)
{
    if (value.isObject())
        return maskObject(value.toObject(), secrets);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(maskValue(key, item, secrets));
        return out;
    }
    if (!value.isString())
        return namesSecret(key) && !value.isNull() ? QJsonValue(kMasked) : value;
    const QString text = value.toString();
    if (text.isEmpty())
        return value;
    if (namesSecret(key))
        return kMasked;
    if (namesKeyId(key))
        return BrokerCredentials::mask(text);
    return scrub(text, secrets);
}

} // namespace

// --- the chain scanner, shared by verify(), open() and the catch-up before an append ---

struct AuditJournal::Scan
{
    Q_DECLARE_TR_FUNCTIONS(AuditJournal)

public:
    struct Torn
    {
        qint64 line = 0;
        qint64 bytes = 0;
        QString sha256;
        bool terminated = true;
    };

    QString path;
    qint64 expectedSeq = 1;
    QString prevHash = QString::fromLatin1(GenesisHash);
    qint64 records = 0;
    qint64 line = 0;
    QList<Torn> pending; ///< unreadable lines not yet documented by a recovery record
    QList<qint64> recovered;
    bool missingNewline = false; ///< the last line is a valid record without its '\n'
    std::optional<Error> error;
    QString problem;

    Error fail(qint64 atLine, const QString &kind, const QString &what)
    {
        problem = kind;
        Error e;
        e.code = Error::Code::Validation;
        e.field = path;
        const QString where = tr("Journal %1, line %2 (record %3): %4")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(atLine)
                                  .arg(expectedSeq)
                                  .arg(what);
        e.message = records > 0 ? tr("%1 Records 1 to %2 before it verify.").arg(where).arg(records)
                                : tr("%1 No record before it.").arg(where);
        e.extra.insert(QStringLiteral("file"), path);
        e.extra.insert(QStringLiteral("line"), atLine);
        e.extra.insert(QStringLiteral("seq"), expectedSeq);
        e.extra.insert(QStringLiteral("verified"), records);
        e.extra.insert(QStringLiteral("problem"), kind);
        error = e;
        return e;
    }

    /** The next file of a rotated set: its lines count from 1, the chain runs on. */
    void startFile(const QString &file)
    {
        path = file;
        line = 0;
        missingNewline = false;
    }

    /** One line without its '\n'; false once an error is recorded. */
    bool feed(const QByteArray &content, bool terminated)
    {
        ++line;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            pending.append({ line, content.size(), sha256Hex(content), terminated });
            return true; // judged by what follows: a recovery record, or the end of the file
        }
        const QJsonObject record = document.object();
        const QJsonValue seq = record.value(QStringLiteral("seq"));
        const char *const strings[] = { "time", "actor", "action", "mode", "prev_hash", "hash" };
        QStringList bad;
        if (!seq.isDouble() || double(seq.toInteger()) != seq.toDouble())
            bad.append(QStringLiteral("seq"));
        for (const char *key : strings) {
            if (!record.value(QLatin1StringView(key)).isString())
                bad.append(QLatin1StringView(key));
        }
        if (!record.value(QStringLiteral("details")).isObject())
            bad.append(QStringLiteral("details"));
        if (bad.isEmpty()
            && !Timestamp::fromString(record.value(QStringLiteral("time")).toString()).ok())
            bad.append(QStringLiteral("time"));
        if (!pending.isEmpty() && !documentsPending(record)) {
            fail(pending.first().line, QStringLiteral("unreadable"),
                 tr("the line is not a record, and no journal.recovered record documents it."));
            return false;
        }
        if (!bad.isEmpty()) {
            fail(line, QStringLiteral("malformed"),
                 tr("the record lacks fields or has fields of the wrong type (%1).")
                     .arg(bad.join(QStringLiteral(", "))));
            return false;
        }
        if (seq.toInteger() != expectedSeq) {
            fail(line, QStringLiteral("sequence"),
                 tr("expected seq %1, found %2: records are missing or out of order.")
                     .arg(expectedSeq)
                     .arg(seq.toInteger()));
            return false;
        }
        if (record.value(QStringLiteral("prev_hash")).toString() != prevHash) {
            fail(line, QStringLiteral("chain"),
                 tr("prev_hash is not the previous record's hash: the chain is broken."));
            return false;
        }
        const QString hash = record.value(QStringLiteral("hash")).toString();
        if (hash != sha256Hex(canonicalForm(record))) {
            fail(line, QStringLiteral("hash"),
                 tr("the hash does not match the record's content: the record was altered."));
            return false;
        }
        for (const Torn &torn : std::as_const(pending))
            recovered.append(torn.line);
        pending.clear();
        prevHash = hash;
        ++expectedSeq;
        ++records;
        missingNewline = !terminated;
        return true;
    }

    /** A journal.recovered record naming exactly the pending lines. */
    bool documentsPending(const QJsonObject &record) const
    {
        if (record.value(QStringLiteral("action")).toString() != QLatin1StringView(RecoveredAction))
            return false;
        const QJsonArray torn = record.value(QStringLiteral("details"))
                                    .toObject()
                                    .value(QStringLiteral("torn"))
                                    .toArray();
        if (torn.size() != pending.size())
            return false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const QJsonObject t = torn.at(i).toObject();
            if (t.value(QStringLiteral("line")).toInteger() != pending.at(i).line
                || t.value(QStringLiteral("bytes")).toInteger() != pending.at(i).bytes
                || t.value(QStringLiteral("sha256")).toString() != pending.at(i).sha256)
                return false;
        }
        return true;
    }

    /** At the end of the file: undocumented lines are a torn tail or an unreadable line. */
    void finish()
    {
        if (error || pending.isEmpty())
            return;
        // A crash leaves the last line without its newline; a complete garbage line is not a tear.
        if (!pending.last().terminated) {
            fail(pending.first().line, QStringLiteral("torn"),
                 tr("the record is torn: the journal ends in the middle of it (a crash while "
                    "writing?)."));
        } else {
            fail(pending.first().line, QStringLiteral("unreadable"),
                 tr("the line is not a record, and no journal.recovered record documents it."));
        }
    }

    /** Reads @p file from its current position to the end. */
    bool readFrom(QFile &file)
    {
        while (!file.atEnd()) {
            QByteArray content = file.readLine();
            if (content.isEmpty() && file.error() != QFileDevice::NoError) {
                fail(line + 1, QStringLiteral("io"), file.errorString());
                return false;
            }
            const bool terminated = content.endsWith('\n');
            if (terminated)
                content.chop(1);
            if (!feed(content, terminated))
                return false;
        }
        finish();
        return !error;
    }

    AuditJournal::Summary summary() const
    {
        return { records, expectedSeq - 1, prevHash, recovered };
    }
};

// --- AuditJournal ---

AuditJournal::AuditJournal(QString path)
    : m_path(std::move(path))
    , m_clock(systemNow)
    , m_lastHash(QString::fromLatin1(GenesisHash))
{
}

AuditJournal::~AuditJournal()
{
    close();
}

void AuditJournal::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void AuditJournal::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(systemNow);
}

void AuditJournal::addSecret(const QString &secret)
{
    if (secret.size() >= kMinSecretLength && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QByteArray AuditJournal::canonicalForm(QJsonObject record)
{
    record.remove(QStringLiteral("hash"));
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QJsonObject AuditJournal::maskSecrets(const QJsonObject &details, const QStringList &secrets)
{
    return maskObject(details, secrets);
}

namespace {

/** stem.N.suffix beside @p path (stem.N without a suffix). */
QString rotatedName(const QString &path, qint64 number)
{
    const QFileInfo info(path);
    QString name = info.completeBaseName() + u'.' + QString::number(number);
    if (!info.suffix().isEmpty())
        name += u'.' + info.suffix();
    return info.absoluteDir().filePath(name);
}

/** The rotated files beside @p path with their numbers, oldest (lowest) first. */
QList<std::pair<qint64, QString>> rotatedFiles(const QString &path)
{
    const QFileInfo info(path);
    QString pattern = u'^' + QRegularExpression::escape(info.completeBaseName())
        + QStringLiteral("\\.([0-9]{1,18})");
    if (!info.suffix().isEmpty())
        pattern += QStringLiteral("\\.") + QRegularExpression::escape(info.suffix());
    const QRegularExpression rotated(pattern + u'$');
    QList<std::pair<qint64, QString>> found;
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = rotated.match(name);
        if (match.hasMatch())
            found.append({match.captured(1).toLongLong(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

QStringList AuditJournal::files(const QString &path)
{
    QStringList all;
    for (const auto &[number, file] : rotatedFiles(path))
        all.append(file);
    if (QFileInfo::exists(path))
        all.append(path);
    return all;
}

Result<AuditJournal::Summary> AuditJournal::verify(const QString &path)
{
    Scan scan;
    scan.path = path;
    const QStringList all = files(path);
    if (all.isEmpty()) {
        QFile missing(path);
        (void)missing.open(QIODevice::ReadOnly);
        return scan.fail(0, QStringLiteral("io"),
                         tr("cannot be read: %1").arg(missing.errorString()));
    }
    for (const QString &file : all) {
        scan.startFile(file);
        QFile reader(file);
        if (!reader.open(QIODevice::ReadOnly))
            return scan.fail(0, QStringLiteral("io"),
                             tr("cannot be read: %1").arg(reader.errorString()));
        if (!scan.readFrom(reader))
            return *scan.error;
    }
    Summary summary = scan.summary();
    summary.files = int(all.size());
    return summary;
}

Result<AuditJournal::Summary> AuditJournal::open()
{
    if (m_file.isOpen())
        close();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::validation(m_path,
                                 tr("The journal's folder %1 cannot be created.")
                                     .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lockJournal(lock)) {
        return Error::validation(m_path,
                                 tr("The journal %1 is locked by another process.")
                                     .arg(QDir::toNativeSeparators(m_path)));
    }
    return openLocked();
}

Result<AuditJournal::Summary> AuditJournal::openLocked()
{
    if (m_file.isOpen())
        close();
    m_failed = false;
    m_tornAtOpen.clear();
    const QFileInfo info(m_path);
    const bool existed = info.exists();
    // The whole set, oldest file first: the chain runs through the rotated files.
    const QStringList all = files(m_path);
    Scan scan;
    scan.path = m_path;
    for (const QString &file : all) {
        scan.startFile(file);
        QFile reader(file);
        if (!reader.open(QIODevice::ReadOnly)) {
            return Error::validation(
                file, tr("The journal %1 cannot be read: %2")
                          .arg(QDir::toNativeSeparators(file), reader.errorString()));
        }
        // Only the current file's tail may be torn: that is where the next record goes.
        if (!scan.readFrom(reader) && !(file == m_path && scan.problem == u"torn"))
            return *scan.error;
    }
    if (!existed) {
        scan.startFile(m_path);
        scan.pending.clear();
    }

    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Error::validation(m_path,
                                 tr("The journal %1 cannot be opened for writing: %2")
                                     .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    }
    if (!existed)
        syncDirectory(info.absolutePath());
    m_lastSeq = scan.expectedSeq - 1;
    m_lastHash = scan.prevHash;
    m_lines = scan.line;
    m_knownSize = m_file.size();

    Summary summary = scan.summary();
    if (existed && (scan.problem == u"torn" || scan.missingNewline)) {
        // Terminate the last line so the next record starts on its own line.
        if (m_file.write("\n", 1) != 1 || !syncFile(m_file)) {
            close();
            return Error::validation(
                m_path,
                tr("The journal %1 cannot be written: %2")
                    .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
        }
        m_knownSize = m_file.size();
    }
    if (existed && scan.problem == u"torn") {
        QJsonArray torn;
        for (const Scan::Torn &t : std::as_const(scan.pending)) {
            torn.append(QJsonObject { { QStringLiteral("line"), t.line },
                                      { QStringLiteral("bytes"), t.bytes },
                                      { QStringLiteral("sha256"), t.sha256 } });
            m_tornAtOpen.append(t.line);
        }
        const QJsonObject details {
            { QStringLiteral("torn"), torn },
            { QStringLiteral("reason"),
              QStringLiteral("the journal ended in a torn record when it was opened") },
        };
        const Result<qint64> written = writeRecord(
            QStringLiteral("journal"), QString::fromLatin1(RecoveredAction), QString(), details);
        if (!written) {
            close();
            return written.error();
        }
        summary.records += 1;
        summary.lastSeq = m_lastSeq;
        summary.lastHash = m_lastHash;
        summary.recoveredTornLines += m_tornAtOpen;
    }
    return summary;
}

Result<bool> AuditJournal::catchUp()
{
    const qint64 size = QFileInfo(m_path).size();
    if (size == m_knownSize)
        return true;
    if (size < m_knownSize) {
        return Error::validation(m_path,
                                 tr("The journal %1 shrank while it was open; reopen it "
                                    "to verify it.")
                                     .arg(QDir::toNativeSeparators(m_path)));
    }
    // Another process appended: verify its records and continue after them.
    QFile reader(m_path);
    if (!reader.open(QIODevice::ReadOnly) || !reader.seek(m_knownSize)) {
        return Error::validation(m_path,
                                 tr("The journal %1 cannot be read: %2")
                                     .arg(QDir::toNativeSeparators(m_path), reader.errorString()));
    }
    Scan scan;
    scan.path = m_path;
    scan.expectedSeq = m_lastSeq + 1;
    scan.prevHash = m_lastHash;
    scan.line = m_lines;
    if (!scan.readFrom(reader) || scan.missingNewline)
        return Error(scan.error.value_or(Error::validation(
            m_path,
            tr("Another process left the journal %1 without a final newline; reopen it.")
                .arg(QDir::toNativeSeparators(m_path)))));
    m_lastSeq = scan.expectedSeq - 1;
    m_lastHash = scan.prevHash;
    m_lines = scan.line;
    m_knownSize = reader.pos();
    return true;
}

Result<qint64> AuditJournal::append(const QString &actor, const QString &action,
                                    std::optional<TradingMode> mode, const QJsonObject &details)
{
    if (!m_file.isOpen()) {
        return Error::validation(
            m_path, tr("The journal %1 is not open.").arg(QDir::toNativeSeparators(m_path)));
    }
    if (m_failed) {
        return Error::validation(m_path,
                                 tr("An earlier write to the journal %1 failed; reopen "
                                    "it before appending.")
                                     .arg(QDir::toNativeSeparators(m_path)));
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lockJournal(lock)) {
        return Error::validation(m_path,
                                 tr("The journal %1 is locked by another process.")
                                     .arg(QDir::toNativeSeparators(m_path)));
    }
    if (!stillAtPath()) {
        // Another process rotated the file: read the whole set again and go on after it.
        if (const Result<Summary> reopened = openLocked(); !reopened)
            return reopened.error();
    }
    if (const Result<bool> caughtUp = catchUp(); !caughtUp) {
        m_failed = true;
        return caughtUp.error();
    }
    const QString modeName = mode ? TradingModeNames::wire(*mode) : QString();
    const QJsonObject masked = maskSecrets(details, m_secrets);
    Line line = buildRecord(actor, action, modeName, masked);
    if (m_maxFileSize > 0 && m_knownSize > 0 && m_knownSize + line.bytes.size() > m_maxFileSize) {
        const Result<bool> rotated = rotate();
        if (!rotated)
            return rotated.error();
        if (rotated.value()) // the chain moved on by the rotation record
            line = buildRecord(actor, action, modeName, masked);
    }
    return writeLine(line);
}

bool AuditJournal::stillAtPath() const
{
#ifndef Q_OS_WIN
    struct stat opened {};
    struct stat named {};
    if (::fstat(m_file.handle(), &opened) != 0
        || ::stat(QFile::encodeName(m_path).constData(), &named) != 0)
        return false;
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
#else
    // Windows cannot rename a file another process holds open, so it is still there.
    return QFileInfo::exists(m_path);
#endif
}

Result<bool> AuditJournal::rotate()
{
    const QList<std::pair<qint64, QString>> rotated = rotatedFiles(m_path);
    const qint64 number = rotated.isEmpty() ? 1 : rotated.last().first + 1;
    const QString target = rotatedName(m_path, number);
    const qint64 previousBytes = m_knownSize;
    m_file.close();
    if (!QFile::rename(m_path, target)) {
        // Not renamed (another process holds it open on Windows): keep appending here
        // and try again at the next record; the size is a target, not a limit.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_failed = true;
            return Error::validation(
                m_path, tr("The journal %1 cannot be reopened: %2")
                            .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
        }
        return false;
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_failed = true;
        return Error::validation(
            m_path, tr("The journal %1 cannot be created after rotating it to %2: %3")
                        .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(target),
                             m_file.errorString()));
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
    m_lines = 0;
    m_knownSize = 0;
    const QJsonObject details{{QStringLiteral("previous_file"), QFileInfo(target).fileName()},
                              {QStringLiteral("previous_last_seq"), m_lastSeq},
                              {QStringLiteral("previous_bytes"), previousBytes}};
    const Result<qint64> written =
        writeRecord(QStringLiteral("journal"), QString::fromLatin1(RotatedAction), QString(), details);
    if (!written)
        return written.error();
    return true;
}

AuditJournal::Line AuditJournal::buildRecord(const QString &actor, const QString &action,
                                             const QString &mode, const QJsonObject &details) const
{
    Line line;
    line.seq = m_lastSeq + 1;
    QJsonObject record {
        { QStringLiteral("seq"), line.seq },
        { QStringLiteral("time"), m_clock().toUtcString(9) },
        { QStringLiteral("actor"), scrub(actor, m_secrets) },
        { QStringLiteral("action"), scrub(action, m_secrets) },
        { QStringLiteral("mode"), mode },
        { QStringLiteral("details"), details },
        { QStringLiteral("prev_hash"), m_lastHash },
    };
    line.hash = sha256Hex(canonicalForm(record));
    record.insert(QStringLiteral("hash"), line.hash);
    line.bytes = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    return line;
}

Result<qint64> AuditJournal::writeRecord(const QString &actor, const QString &action,
                                         const QString &mode, const QJsonObject &details)
{
    return writeLine(buildRecord(actor, action, mode, details));
}

Result<qint64> AuditJournal::writeLine(const Line &line)
{
    // One write() per record, then fsync: a crash tears at most this line.
    if (m_file.write(line.bytes) != line.bytes.size() || !syncFile(m_file)) {
        m_failed = true;
        return Error::validation(m_path,
                                 tr("Writing to the journal %1 failed: %2")
                                     .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    }
    m_lastSeq = line.seq;
    m_lastHash = line.hash;
    ++m_lines;
    m_knownSize += line.bytes.size();
    return line.seq;
}

} // namespace Elson
