// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditjournal.h"
#include "broker.h"
#include "brokerfactory.h"
#include "result.h"
#include "tradinggate.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace Elson {

class AlpacaClient;
class CredentialStore;

/**
 * The terminal's one trading session: the broker factory, the audit journal and the
 * Broker currently traded (SIM, PAPER or, through every gate, LIVE). Services and
 * models follow brokerChanged(); widgets never reach the network themselves.
 *
 * Switching to live asks the factory (gates, then validation on the live host, then the
 * typed confirmation); switching back is instant. The order-entry lock (kill switch,
 * idle re-lock) lives here so every ticket and action sees the same answer.
 */
class TradingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingSession)

public:
    TradingSession(BrokerFactory::Configuration configuration, QString journalPath,
                   QObject *parent = nullptr);
    ~TradingSession() override;

    /** The keychain key pairs are read from when the environment has none (not owned). */
    void setCredentialStore(CredentialStore *store);
    [[nodiscard]] CredentialStore *credentialStore() const { return m_store; }

    /** Opens the journal; an order is never sent without one. */
    [[nodiscard]] Result<AuditJournal::Summary> openJournal();
    /**
     * Reads both profiles' key pairs from the keychain (when a store is set), then picks the
     * default broker (sim or paper; never live) and emits brokerChanged().
     */
    QFuture<Result<Broker::Mode>> start();

    [[nodiscard]] Broker *broker() const { return m_broker.get(); }
    /** The REST client behind the broker (market data, portfolio history), or nullptr. */
    [[nodiscard]] AlpacaClient *client() const;
    [[nodiscard]] Broker::Mode mode() const;
    [[nodiscard]] BrokerFactory *factory() const { return m_factory.get(); }
    [[nodiscard]] const BrokerFactory::Configuration &configuration() const;
    [[nodiscard]] AuditJournal *journal() const { return m_journal.get(); }
    [[nodiscard]] QString journalPath() const { return m_journalPath; }

    /** The gates' verdict for a live request, without the network (for the mode dialog). */
    [[nodiscard]] TradingGate::Evaluation evaluateLive() const;
    /**
     * Asks for live: every gate, validation on the live host, and @p confirmAccountNumber
     * must equal the live account's number. On success the broker changes to LIVE.
     */
    QFuture<Result<Broker::Mode>> requestLive(const QString &confirmAccountNumber);
    /** Back to the default (paper or sim), at once. */
    QFuture<Result<Broker::Mode>> leaveLive();

    /** Order entry refused until re-armed (kill switch). The reason is shown to the user. */
    [[nodiscard]] bool isEntryLocked() const { return m_entryLocked; }
    [[nodiscard]] QString entryLockReason() const { return m_entryLockReason; }
    void lockEntry(const QString &reason);
    void rearmEntry();

    /** Journals a user action that is not an order (layout lock, settings, kill switch). */
    void journal(const QString &action, const QJsonObject &details);

    /** Uses @p broker (tests; also how start() and the mode switch land). */
    void setBroker(BrokerFactory::BrokerPtr broker);

Q_SIGNALS:
    /** The broker changed (mode switch, start). @p broker stays valid until the next change. */
    void brokerChanged(Elson::Broker *broker);
    void modeChanged(Elson::Broker::Mode mode);
    void entryLockChanged(bool locked);

private:
    QFuture<Result<Broker::Mode>> adopt(QFuture<Result<BrokerFactory::BrokerPtr>> future);

    std::unique_ptr<BrokerFactory> m_factory;
    std::unique_ptr<AuditJournal> m_journal;
    QString m_journalPath;
    CredentialStore *m_store = nullptr;
    BrokerFactory::BrokerPtr m_broker;
    bool m_entryLocked = false;
    QString m_entryLockReason;
};

} // namespace Elson
