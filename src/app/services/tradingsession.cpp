// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradingsession.h"

#include "alpacabroker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace Elson {

TradingSession::TradingSession(BrokerFactory::Configuration configuration, QString journalPath,
                               QObject *parent)
    : QObject(parent)
    , m_factory(std::make_unique<BrokerFactory>(std::move(configuration)))
    , m_journalPath(std::move(journalPath))
{
}

TradingSession::~TradingSession()
{
    // The broker may still deliver callbacks into the journal: drop it first.
    if (m_broker)
        m_broker->stopStreaming();
    m_broker.reset();
}

Result<AuditJournal::Summary> TradingSession::openJournal()
{
    QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
    auto journal = std::make_unique<AuditJournal>(m_journalPath);
    Result<AuditJournal::Summary> opened = journal->open();
    if (!opened)
        return opened;
    m_journal = std::move(journal);
    m_factory->setJournal(m_journal.get());
    if (m_broker)
        m_broker->setJournal(m_journal.get());
    return opened;
}

AlpacaClient *TradingSession::client() const
{
    auto *alpaca = qobject_cast<AlpacaBroker *>(m_broker.get());
    return alpaca ? alpaca->client() : nullptr;
}

Broker::Mode TradingSession::mode() const
{
    return m_broker ? m_broker->mode() : m_factory->defaultMode();
}

const BrokerFactory::Configuration &TradingSession::configuration() const
{
    return m_factory->configuration();
}

TradingGate::Evaluation TradingSession::evaluateLive() const
{
    TradingGate::Request request;
    request.live = true;
    request.confirmation = QString::fromLatin1(TradingGate::ConfirmationPhrase);
    return m_factory->evaluateLive(request);
}

void TradingSession::setCredentialStore(CredentialStore *store)
{
    m_store = store;
    m_factory->setCredentialStore(store);
}

QFuture<Result<Broker::Mode>> TradingSession::start()
{
    if (!m_store)
        return adopt(m_factory->defaultBroker());
    // Both profiles first: the default mode depends on which key pairs exist.
    return m_factory->resolveCredentials(TradingMode::Paper)
        .then(this, [this](const BrokerFactory::ResolvedCredentials &) {
            return m_factory->resolveCredentials(TradingMode::Live);
        })
        .unwrap()
        .then(this, [this](const BrokerFactory::ResolvedCredentials &) {
            return adopt(m_factory->defaultBroker());
        })
        .unwrap();
}

QFuture<Result<Broker::Mode>> TradingSession::requestLive(const QString &confirmAccountNumber)
{
    TradingGate::Request request;
    request.live = true;
    // The typed account number is the confirmation; the gate's phrase is implied by it.
    if (!confirmAccountNumber.trimmed().isEmpty())
        request.confirmation = QString::fromLatin1(TradingGate::ConfirmationPhrase);
    return adopt(m_factory->liveBroker(request, confirmAccountNumber.trimmed()));
}

QFuture<Result<Broker::Mode>> TradingSession::leaveLive()
{
    return adopt(m_factory->defaultBroker());
}

QFuture<Result<Broker::Mode>> TradingSession::adopt(QFuture<Result<BrokerFactory::BrokerPtr>> future)
{
    return future.then(this, [this](Result<BrokerFactory::BrokerPtr> broker) -> Result<Broker::Mode> {
        if (!broker)
            return broker.error();
        setBroker(broker.value());
        return m_broker->mode();
    });
}

void TradingSession::setBroker(BrokerFactory::BrokerPtr broker)
{
    const bool modeChange = !m_broker || !broker || m_broker->mode() != broker->mode();
    if (m_broker)
        m_broker->stopStreaming();
    // Keep the old broker alive until everyone has moved to the new one.
    BrokerFactory::BrokerPtr previous = std::exchange(m_broker, std::move(broker));
    if (m_broker)
        m_broker->setJournal(m_journal.get());
    Q_EMIT brokerChanged(m_broker.get());
    if (modeChange && m_broker)
        Q_EMIT modeChanged(m_broker->mode());
    previous.reset();
}

void TradingSession::lockEntry(const QString &reason)
{
    const bool changed = !m_entryLocked;
    m_entryLocked = true;
    m_entryLockReason = reason;
    journal(QStringLiteral("entry.lock"), {{QStringLiteral("reason"), reason}});
    if (changed)
        Q_EMIT entryLockChanged(true);
}

void TradingSession::rearmEntry()
{
    if (!m_entryLocked)
        return;
    m_entryLocked = false;
    m_entryLockReason.clear();
    journal(QStringLiteral("entry.rearm"), {});
    Q_EMIT entryLockChanged(false);
}

void TradingSession::journal(const QString &action, const QJsonObject &details)
{
    if (!m_journal)
        return;
    // A journal failure here cannot be recovered by the caller; orders check their own.
    std::optional<TradingMode> mode;
    if (m_broker && m_broker->mode() != Broker::Mode::Sim)
        mode = m_broker->mode() == Broker::Mode::Live ? TradingMode::Live : TradingMode::Paper;
    (void)m_journal->append(QStringLiteral("user"), action, mode, details);
}

} // namespace Elson
