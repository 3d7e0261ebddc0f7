<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountBlockedRule</name>
    <message>
        <source>%1: the account is blocked (account_blocked); Alpaca refuses all activity on it.</source>
        <translation>%1: Das Konto ist gesperrt (account_blocked); Alpaca lehnt jede Aktivität darauf ab.</translation>
    </message>
    <message>
        <source>%1: trading is blocked on this account (trading_blocked).</source>
        <translation>%1: Der Handel ist auf diesem Konto gesperrt (trading_blocked).</translation>
    </message>
    <message>
        <source>%1: trading is suspended by the account&apos;s own setting (trade_suspended_by_user).</source>
        <translation>%1: Der Handel ist durch die eigene Einstellung des Kontos ausgesetzt (trade_suspended_by_user).</translation>
    </message>
    <message>
        <source>%1: the account status &quot;%2&quot; is unknown to this version; Alpaca may refuse the order.</source>
        <translation>%1: Der Kontostatus &quot;%2&quot; ist dieser Version unbekannt; Alpaca lehnt die Order möglicherweise ab.</translation>
    </message>
    <message>
        <source>%1: the account is not active (status %2).</source>
        <translation>%1: Das Konto ist nicht aktiv (Status %2).</translation>
    </message>
</context>
<context>
    <name>AllowedSymbolsRule</name>
    <message>
        <source>%1 %2 is not on your list of allowed symbols.</source>
        <translation>%1 %2 steht nicht auf Ihrer Liste zugelassener Symbole.</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Journal %1, line %2 (record %3): %4</source>
        <translation>Journal %1, Zeile %2 (Datensatz %3): %4</translation>
    </message>
    <message>
        <source>%1 Records 1 to %2 before it verify.</source>
        <translation>%1 Die Datensätze 1 bis %2 davor sind gültig.</translation>
    </message>
    <message>
        <source>%1 No record before it.</source>
        <translation>%1 Davor gibt es keinen Datensatz.</translation>
    </message>
    <message>
        <source>the line is not a record, and no journal.recovered record documents it.</source>
        <translation>Die Zeile ist kein Datensatz, und kein journal.recovered-Datensatz dokumentiert sie.</translation>
    </message>
    <message>
        <source>the record lacks fields or has fields of the wrong type (%1).</source>
        <translation>Dem Datensatz fehlen Felder, oder Felder haben den falschen Typ (%1).</translation>
    </message>
    <message>
        <source>expected seq %1, found %2: records are missing or out of order.</source>
        <translation>seq %1 erwartet, %2 gefunden: Datensätze fehlen oder sind nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>prev_hash is not the previous record&apos;s hash: the chain is broken.</source>
        <translation>prev_hash ist nicht der Hash des vorherigen Datensatzes: Die Kette ist unterbrochen.</translation>
    </message>
    <message>
        <source>the hash does not match the record&apos;s content: the record was altered.</source>
        <translation>Der Hash passt nicht zum Inhalt des Datensatzes: Der Datensatz wurde verändert.</translation>
    </message>
    <message>
        <source>the record is torn: the journal ends in the middle of it (a crash while writing?).</source>
        <translation>Der Datensatz ist abgeschnitten: Das Journal endet mitten darin (ein Absturz beim Schreiben?).</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 cannot be created.</source>
        <translation>Der Ordner %1 des Journals kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another process.</source>
        <translation>Das Journal %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>Das Journal %1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>In das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 shrank while it was open; reopen it to verify it.</source>
        <translation>Das Journal %1 ist geschrumpft, während es geöffnet war; öffnen Sie es erneut, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Another process left the journal %1 without a final newline; reopen it.</source>
        <translation>Ein anderer Prozess hat das Journal %1 ohne abschließenden Zeilenumbruch hinterlassen; öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal %1 is not open.</source>
        <translation>Das Journal %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>An earlier write to the journal %1 failed; reopen it before appending.</source>
        <translation>Ein früherer Schreibvorgang in das Journal %1 ist fehlgeschlagen; öffnen Sie es erneut, bevor Sie anhängen.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be reopened: %2</source>
        <translation>Das Journal %1 kann nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be created after rotating it to %2: %3</source>
        <translation>Das Journal %1 kann nach der Rotation nach %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>Writing to the journal %1 failed: %2</source>
        <translation>Das Schreiben in das Journal %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>BracketRule</name>
    <message>
        <source>%1: multi-leg option orders are not supported.</source>
        <translation>%1: Multi-Leg-Optionsorders werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: take-profit and stop-loss legs need a bracket, OCO or OTO order.</source>
        <translation>%1: Take-Profit- und Stop-Loss-Legs erfordern eine Bracket-, OCO- oder OTO-Order.</translation>
    </message>
    <message>
        <source>%1: a trailing stop cannot be part of a %2 order.</source>
        <translation>%1: Ein Trailing-Stop kann nicht Teil einer Order der Klasse %2 sein.</translation>
    </message>
    <message>
        <source>%1: an OCO order is a limit order (its take-profit), not %2.</source>
        <translation>%1: Eine OCO-Order ist eine Limit-Order (ihr Take-Profit), keine %2-Order.</translation>
    </message>
    <message>
        <source>%1: the entry of a %2 order must be a market or limit order.</source>
        <translation>%1: Der Einstieg einer Order der Klasse %2 muss eine Market- oder Limit-Order sein.</translation>
    </message>
    <message>
        <source>%1: %2 orders must be day or gtc orders.</source>
        <translation>%1: Orders der Klasse %2 müssen die Gültigkeit day oder gtc haben.</translation>
    </message>
    <message>
        <source>%1: a stop-loss limit price needs a stop-loss stop price.</source>
        <translation>%1: Ein Stop-Loss-Limit-Preis erfordert einen Stop-Loss-Stop-Kurs.</translation>
    </message>
    <message>
        <source>%1: an OTO order needs exactly one exit, a take-profit or a stop-loss.</source>
        <translation>%1: Eine OTO-Order braucht genau einen Ausstieg, einen Take-Profit oder einen Stop-Loss.</translation>
    </message>
    <message>
        <source>%1: a %2 order needs a take-profit limit price.</source>
        <translation>%1: Eine Order der Klasse %2 braucht einen Take-Profit-Limit-Preis.</translation>
    </message>
    <message>
        <source>%1: a %2 order needs a stop-loss stop price.</source>
        <translation>%1: Eine Order der Klasse %2 braucht einen Stop-Loss-Stop-Kurs.</translation>
    </message>
    <message>
        <source>%1 %2 of an OCO order must equal its take-profit limit price %3.</source>
        <translation>%1 %2 einer OCO-Order muss ihrem Take-Profit-Limit-Preis %3 entsprechen.</translation>
    </message>
    <message>
        <source>%1 %2 must be above the stop-loss stop price %3.</source>
        <translation>%1 %2 muss über dem Stop-Loss-Stop-Kurs %3 liegen.</translation>
    </message>
    <message>
        <source>%1 %2 must be below the stop-loss stop price %3.</source>
        <translation>%1 %2 muss unter dem Stop-Loss-Stop-Kurs %3 liegen.</translation>
    </message>
    <message>
        <source>take-profit</source>
        <translation>Take-Profit-Kurs</translation>
    </message>
    <message>
        <source>market</source>
        <translation>Marktkurs</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Einstiegskurs</translation>
    </message>
    <message>
        <source>%1 %2 must be at least $0.01 above the %3 price %4.</source>
        <translation>%1 %2 muss mindestens 0,01 $ über dem %3 %4 liegen.</translation>
    </message>
    <message>
        <source>%1 %2 must be at least $0.01 below the %3 price %4.</source>
        <translation>%1 %2 muss mindestens 0,01 $ unter dem %3 %4 liegen.</translation>
    </message>
    <message>
        <source>%1 %2 is above the stop price %3: once triggered, the stop-loss may not fill in a falling market.</source>
        <translation>%1 %2 liegt über dem Stop-Kurs %3: Nach dem Auslösen wird der Stop-Loss in einem fallenden Markt möglicherweise nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 is below the stop price %3: once triggered, the stop-loss may not fill in a rising market.</source>
        <translation>%1 %2 liegt unter dem Stop-Kurs %3: Nach dem Auslösen wird der Stop-Loss in einem steigenden Markt möglicherweise nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>BrokerConfig</name>
    <message>
        <source>%1 and %2 are both set and differ; set only one of them</source>
        <translation>%1 und %2 sind beide gesetzt und unterscheiden sich; setzen Sie nur eine der beiden</translation>
    </message>
    <message>
        <source>%1 must be true or false (also 1/0, yes/no), not &quot;%2&quot;</source>
        <translation>%1 muss true oder false sein (auch 1/0, yes/no), nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be development, staging or production, not &quot;%2&quot;</source>
        <translation>%1 muss development, staging oder production sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be alpaca or sim, not &quot;%2&quot;</source>
        <translation>%1 muss alpaca oder sim sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not; give both halves of the key pair</source>
        <translation>%1 ist gesetzt, %2 aber nicht; geben Sie beide Hälften des Schlüsselpaars an</translation>
    </message>
</context>
<context>
    <name>BuyingPowerRule</name>
    <message>
        <source>%1: there is no quote for %2, so the buying power this order needs cannot be checked.</source>
        <translation>%1: Für %2 gibt es keinen Kurs, daher kann die Kaufkraft, die diese Order benötigt, nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1: this order needs about $%2 of non-marginable buying power; the account has $%3.</source>
        <translation>%1: Diese Order benötigt etwa %2 $ nicht beleihbare Kaufkraft; das Konto hat %3 $.</translation>
    </message>
    <message>
        <source>%1: this order needs about $%2 of buying power; the account has $%3.</source>
        <translation>%1: Diese Order benötigt etwa %2 $ Kaufkraft; das Konto hat %3 $.</translation>
    </message>
</context>
<context>
    <name>CredentialsRule</name>
    <message>
        <source>%1: there is no API key pair for the %2 account; add one under Credentials.</source>
        <translation>%1: Für das %2-Konto gibt es kein API-Schlüsselpaar; fügen Sie eines unter Zugangsdaten hinzu.</translation>
    </message>
    <message>
        <source>%1: the live account&apos;s key is a paper key (PK…); live orders need a live key.</source>
        <translation>%1: Der Schlüssel des Live-Kontos ist ein Paper-Schlüssel (PK…); Live-Orders benötigen einen Live-Schlüssel.</translation>
    </message>
    <message>
        <source>%1: the live key has not been validated against the live host yet.</source>
        <translation>%1: Der Live-Schlüssel wurde noch nicht gegen den Live-Host geprüft.</translation>
    </message>
</context>
<context>
    <name>DailyLossRule</name>
    <message>
        <source>%1: today&apos;s loss of $%2 has reached your daily limit of $%3; only orders that reduce a position are allowed.</source>
        <translation>%1: Der heutige Verlust von %2 $ hat Ihr Tageslimit von %3 $ erreicht; nur Orders, die eine Position verringern, sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>overflow: the result is beyond ±9223372036.854775807</source>
        <translation>Überlauf: Das Ergebnis liegt außerhalb von ±9223372036.854775807</translation>
    </message>
    <message>
        <source>the operand is not a number (the result of an earlier overflow or division by zero)</source>
        <translation>Der Operand ist keine Zahl (das Ergebnis eines früheren Überlaufs oder einer Division durch null)</translation>
    </message>
    <message>
        <source>the value is empty; expected a decimal number</source>
        <translation>Der Wert ist leer; eine Dezimalzahl wird erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; a decimal number has none</source>
        <translation>&quot;%1&quot; enthält ein Leerzeichen; eine Dezimalzahl enthält keines</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>&quot;%1&quot; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a group separator; write the digits without separators</source>
        <translation>&quot;%1&quot; enthält ein Tausendertrennzeichen; schreiben Sie die Ziffern ohne Trennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation>&quot;%1&quot; hat mehr als einen Dezimalpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>&quot;%1&quot; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a digit before the decimal point</source>
        <translation>&quot;%1&quot; braucht eine Ziffer vor dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a digit after the decimal point</source>
        <translation>&quot;%1&quot; braucht eine Ziffer nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs digits after the exponent</source>
        <translation>&quot;%1&quot; braucht Ziffern nach dem Exponenten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation>&quot;%1&quot; hat %2 Nachkommastellen; höchstens 9 Nachkommastellen sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range; a decimal holds at most ±9223372036.854775807</source>
        <translation>&quot;%1&quot; liegt außerhalb des Bereichs; eine Dezimalzahl fasst höchstens ±9223372036.854775807</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
</context>
<context>
    <name>DecimalFormatter</name>
    <message>
        <source>the value is empty; enter a number</source>
        <translation>Der Wert ist leer; geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: &quot;%2&quot; separates groups of digits here and the groups do not fit; the decimal point is &quot;%3&quot;</source>
        <translation>&quot;%1&quot; ist mehrdeutig: &quot;%2&quot; trennt hier Zifferngruppen, und die Gruppen passen nicht; das Dezimaltrennzeichen ist &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation>&quot;%1&quot; hat mehr als ein Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a group separator after the decimal point</source>
        <translation>&quot;%1&quot; hat ein Tausendertrennzeichen nach dem Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; the decimal point here is &quot;%3&quot;</source>
        <translation>&quot;%1&quot; enthält &quot;%2&quot;; das Dezimaltrennzeichen ist hier &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space inside the number</source>
        <translation>&quot;%1&quot; enthält ein Leerzeichen innerhalb der Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: &quot;%2&quot; is not allowed</source>
        <translation>&quot;%1&quot; ist keine Zahl: &quot;%2&quot; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits</source>
        <translation>&quot;%1&quot; hat keine Ziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a digit after the decimal point</source>
        <translation>&quot;%1&quot; braucht eine Ziffer nach dem Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation>&quot;%1&quot; hat %2 Nachkommastellen; höchstens 9 Nachkommastellen sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large; a decimal holds at most ±9223372036.854775807</source>
        <translation>&quot;%1&quot; ist zu groß; eine Dezimalzahl fasst höchstens ±9223372036,854775807</translation>
    </message>
</context>
<context>
    <name>DuplicateOrderRule</name>
    <message>
        <source>%1: an open %2 order for the same size in %3 was placed %4 seconds ago; this looks like a duplicate.</source>
        <translation>%1: Eine offene Order (%2) über dieselbe Größe in %3 wurde vor %4 Sekunden platziert; das sieht nach einem Duplikat aus.</translation>
    </message>
</context>
<context>
    <name>Elson::AccountModel</name>
    <message>
        <source>%1, account blocked</source>
        <translation>%1, Konto gesperrt</translation>
    </message>
    <message>
        <source>%1, trading blocked</source>
        <translation>%1, Handel gesperrt</translation>
    </message>
    <message>
        <source>%1, trading suspended by you</source>
        <translation>%1, Handel von Ihnen ausgesetzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Day P&amp;L</source>
        <translation>Tages-G/V</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Barmittel</translation>
    </message>
    <message>
        <source>Buying power</source>
        <translation>Kaufkraft</translation>
    </message>
    <message>
        <source>Day-trading buying power</source>
        <translation>Daytrading-Kaufkraft</translation>
    </message>
    <message>
        <source>Reg T buying power</source>
        <translation>Reg-T-Kaufkraft</translation>
    </message>
    <message>
        <source>Non-marginable buying power</source>
        <translation>Nicht beleihbare Kaufkraft</translation>
    </message>
    <message>
        <source>Long market value</source>
        <translation>Marktwert (Long)</translation>
    </message>
    <message>
        <source>Short market value</source>
        <translation>Marktwert (Short)</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>Initial Margin</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>Maintenance Margin</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplikator</translation>
    </message>
    <message>
        <source>Day trades (5 days)</source>
        <translation>Daytrades (5 Tage)</translation>
    </message>
    <message>
        <source>Pattern day trader</source>
        <translation>Pattern Day Trader</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Equity now minus equity at the previous close</source>
        <translation>Aktuelles Eigenkapital minus Eigenkapital zum vorherigen Schlusskurs</translation>
    </message>
    <message>
        <source>Day trades in the last five trading days</source>
        <translation>Daytrades in den letzten fünf Handelstagen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Elson::ActivitiesModel</name>
    <message>
        <source>Partial fill</source>
        <translation>Teilausführung</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Sell short</source>
        <translation>Leerverkauf</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Quantity × price (the broker sends no net amount for fills)</source>
        <translation>Stückzahl × Preis (der Broker sendet für Ausführungen keinen Nettobetrag)</translation>
    </message>
    <message>
        <source>Order %1: %2 filled, %3 left</source>
        <translation>Order %1: %2 ausgeführt, %3 offen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Elson::AlpacaBroker</name>
    <message>
        <source>Nothing was sent: the audit journal could not record the request (%1).</source>
        <translation>Nichts wurde gesendet: Das Audit-Journal konnte die Anfrage nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>The order was not sent: the audit journal could not record it (%1).</source>
        <translation>Die Order wurde nicht gesendet: Das Audit-Journal konnte sie nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>The account, clock and quote took %1 ms to arrive, longer than the %2 ms the checks accept; nothing was sent. Try again.</source>
        <translation>Konto, Marktuhr und Kurs brauchten %1 ms bis zum Eintreffen, länger als die %2 ms, die die Prüfungen zulassen; es wurde nichts gesendet. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Elson::ApiError</name>
    <message>
        <source>HTTP status %1 without a message</source>
        <translation>HTTP-Status %1 ohne Meldung</translation>
    </message>
</context>
<context>
    <name>Elson::AppSettings</name>
    <message>
        <source>Maximum order value</source>
        <translation>Maximaler Orderwert</translation>
    </message>
    <message>
        <source>Maximum order quantity</source>
        <translation>Maximale Stückzahl pro Order</translation>
    </message>
    <message>
        <source>Maximum position value</source>
        <translation>Maximaler Positionswert</translation>
    </message>
    <message>
        <source>Maximum daily loss</source>
        <translation>Maximaler Tagesverlust</translation>
    </message>
    <message>
        <source>Price collar</source>
        <translation>Preiskorridor</translation>
    </message>
    <message>
        <source>%1 must be greater than zero, or empty for no limit.</source>
        <translation>%1 muss größer als null sein, oder leer für kein Limit.</translation>
    </message>
    <message>
        <source>Price collar must be at most 100 percent (it is %1).</source>
        <translation>Der Preiskorridor darf höchstens 100 Prozent betragen (er beträgt %1).</translation>
    </message>
    <message>
        <source>Duplicate-order window must be between 0 (off) and %1 seconds.</source>
        <translation>Das Zeitfenster für doppelte Orders muss zwischen 0 (aus) und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Allowed symbols: &quot;%1&quot; is not a ticker (letters and digits, optionally a class suffix such as BRK.B).</source>
        <translation>Zugelassene Symbole: &quot;%1&quot; ist kein Tickersymbol (Buchstaben und Ziffern, optional mit einem Klassensuffix wie BRK.B).</translation>
    </message>
    <message>
        <source>Account polling</source>
        <translation>Kontoabfrage</translation>
    </message>
    <message>
        <source>Positions polling</source>
        <translation>Positionsabfrage</translation>
    </message>
    <message>
        <source>Orders polling</source>
        <translation>Orderabfrage</translation>
    </message>
    <message>
        <source>Clock polling</source>
        <translation>Marktuhrabfrage</translation>
    </message>
    <message>
        <source>Quotes polling</source>
        <translation>Kursabfrage</translation>
    </message>
    <message>
        <source>%1 must be every %2 to %3 seconds.</source>
        <translation>%1 muss alle %2 bis %3 Sekunden erfolgen.</translation>
    </message>
    <message>
        <source>%1: together the polls would make %2 requests a minute; keep them under %3 of Alpaca&apos;s 200 so orders always get through.</source>
        <translation>%1: Zusammen würden die Abfragen %2 Anfragen pro Minute erzeugen; bleiben Sie unter %3 der 200 von Alpaca, damit Orders immer durchkommen.</translation>
    </message>
    <message>
        <source>Live idle timeout must be 1 to %1 minutes.</source>
        <translation>Die Live-Sperre nach Inaktivität muss 1 bis %1 Minuten betragen.</translation>
    </message>
</context>
<context>
    <name>Elson::AuditLogModel</name>
    <message>
        <source>The last line is incomplete (%1 bytes).</source>
        <translation>Die letzte Zeile ist unvollständig (%1 Bytes).</translation>
    </message>
    <message numerus="yes">
        <source>Not a record (%n byte(s))</source>
        <translation>
            <numerusform>Kein Datensatz (%n Byte)</numerusform>
            <numerusform>Kein Datensatz (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not a journal record.</source>
        <translation>Zeile %1 ist kein Journal-Datensatz.</translation>
    </message>
    <message>
        <source>The record lacks fields or has fields of the wrong type.</source>
        <translation>Dem Datensatz fehlen Felder, oder Felder haben den falschen Typ.</translation>
    </message>
    <message>
        <source>Expected seq %1, found %2: records are missing or out of order.</source>
        <translation>seq %1 erwartet, %2 gefunden: Datensätze fehlen oder sind nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>prev_hash is not the previous record&apos;s hash: the chain is broken.</source>
        <translation>prev_hash ist nicht der Hash des vorherigen Datensatzes: Die Kette ist unterbrochen.</translation>
    </message>
    <message>
        <source>The hash does not match the content: the record was altered.</source>
        <translation>Der Hash passt nicht zum Inhalt: Der Datensatz wurde verändert.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Torn</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Torn (recovered)</source>
        <translation>Abgeschnitten (wiederhergestellt)</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The journal was rotated, but the previous file is missing.</source>
        <translation>Das Journal wurde rotiert, aber die vorherige Datei fehlt.</translation>
    </message>
    <message>
        <source>The rotated journal does not continue its previous file %1.</source>
        <translation>Das rotierte Journal setzt seine vorherige Datei %1 nicht fort.</translation>
    </message>
</context>
<context>
    <name>Elson::Broker</name>
    <message>
        <source>This broker cannot preview orders.</source>
        <translation>Dieser Broker kann keine Order-Vorschau erstellen.</translation>
    </message>
</context>
<context>
    <name>Elson::BrokerFactory</name>
    <message>
        <source>%1 must be a positive dollar amount.</source>
        <translation>%1 muss ein positiver Dollarbetrag sein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no paper API key pair: set %1 and %2, store one with &quot;elsonctl credentials set&quot;, or use the embedded exchange (DEFAULT_BROKER=sim).</source>
        <translation>Es gibt kein Paper-API-Schlüsselpaar: Setzen Sie %1 und %2, speichern Sie eines mit &quot;elsonctl credentials set&quot;, oder verwenden Sie die eingebettete Börse (DEFAULT_BROKER=sim).</translation>
    </message>
    <message>
        <source>the confirmation does not match the live account&apos;s number</source>
        <translation>Die Bestätigung stimmt nicht mit der Nummer des Live-Kontos überein</translation>
    </message>
    <message>
        <source>The embedded exchange has no live account.</source>
        <translation>Die eingebettete Börse hat kein Live-Konto.</translation>
    </message>
    <message>
        <source>Unknown broker &quot;%1&quot;: use alpaca or sim.</source>
        <translation>Unbekannter Broker &quot;%1&quot;: Verwenden Sie alpaca oder sim.</translation>
    </message>
    <message>
        <source>No keychain is in use, so the %1 credentials cannot be stored or read there.</source>
        <translation>Es wird kein Schlüsselbund verwendet, daher können die %1-Zugangsdaten dort weder gespeichert noch gelesen werden.</translation>
    </message>
    <message>
        <source>Both the key id and the secret are needed for the %1 credentials.</source>
        <translation>Für die %1-Zugangsdaten werden sowohl die Schlüssel-ID als auch das Secret benötigt.</translation>
    </message>
    <message>
        <source>The %1 host rejected the key pair %2: %3</source>
        <translation>Der %1-Host hat das Schlüsselpaar %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>Elson::ClosePositionDialog</name>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>%1 shares of %2</source>
        <translation>%1 Stück %2</translation>
    </message>
    <message>
        <source>All of it</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Stückzahl</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>&amp;Close:</source>
        <translation>&amp;Schließen:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Cancel this symbol&apos;s open orders first</source>
        <translation>Zuerst die offenen Orders dieses Symbols stornieren</translation>
    </message>
    <message>
        <source>C&amp;lose position</source>
        <translation>&amp;Position schließen</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>Quantity must not exceed the %1 shares held.</source>
        <translation>Die Stückzahl darf die gehaltenen %1 Stück nicht überschreiten.</translation>
    </message>
    <message>
        <source>Percentage must be at most 100.</source>
        <translation>Der Prozentsatz darf höchstens 100 betragen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Elson::ClosePositionRequest</name>
    <message>
        <source>qty and percentage cannot both be given</source>
        <translation>qty und percentage können nicht beide angegeben werden</translation>
    </message>
</context>
<context>
    <name>Elson::CredentialStore</name>
    <message>
        <source>No %1 credentials are stored in the keychain.</source>
        <translation>Im Schlüsselbund sind keine %1-Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so the %1 credentials cannot be used.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher können die %1-Zugangsdaten nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; the %1 credentials can only come from the environment.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar; die %1-Zugangsdaten können nur aus der Umgebung kommen.</translation>
    </message>
    <message>
        <source>The keychain is locked; unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service on the session bus); the %1 credentials can only come from the environment.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (kein Secret Service auf dem Session-Bus); die %1-Zugangsdaten können nur aus der Umgebung kommen.</translation>
    </message>
    <message>
        <source>The keychain could not handle the %1 credentials: %2</source>
        <translation>Der Schlüsselbund konnte die %1-Zugangsdaten nicht verarbeiten: %2</translation>
    </message>
    <message>
        <source>Both the key id and the secret are needed to store the %1 credentials.</source>
        <translation>Zum Speichern der %1-Zugangsdaten werden sowohl die Schlüssel-ID als auch das Secret benötigt.</translation>
    </message>
    <message>
        <source>The keychain entry for the %1 credentials is not readable; store them again.</source>
        <translation>Der Schlüsselbund-Eintrag für die %1-Zugangsdaten ist nicht lesbar; speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>There are no credentials to import: set %1 and %2.</source>
        <translation>Es gibt keine Zugangsdaten zum Importieren: Setzen Sie %1 und %2.</translation>
    </message>
    <message>
        <source>The key %1 is neither a paper (PK…) nor a live (AK…) key; say which account it is for.</source>
        <translation>Der Schlüssel %1 ist weder ein Paper-Schlüssel (PK…) noch ein Live-Schlüssel (AK…); geben Sie an, für welches Konto er ist.</translation>
    </message>
    <message>
        <source>The key %1 is a paper key (PK…); it cannot be stored as the live credentials.</source>
        <translation>Der Schlüssel %1 ist ein Paper-Schlüssel (PK…); er kann nicht als Live-Zugangsdaten gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Elson::CredentialTester</name>
    <message>
        <source>The connection test is no longer available.</source>
        <translation>Der Verbindungstest ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>Elson::Enums</name>
    <message>
        <source>order side</source>
        <translation>Orderrichtung</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>order type</source>
        <translation>Ordertyp</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <source>time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tagesgültig</translation>
    </message>
    <message>
        <source>Good till canceled</source>
        <translation>Gültig bis auf Widerruf</translation>
    </message>
    <message>
        <source>At the open</source>
        <translation>Zur Eröffnung</translation>
    </message>
    <message>
        <source>At the close</source>
        <translation>Zum Schluss</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>Immediate-or-Cancel</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>Fill-or-Kill</translation>
    </message>
    <message>
        <source>Good till date</source>
        <translation>Gültig bis Datum</translation>
    </message>
    <message>
        <source>Good till extended</source>
        <translation>Gültig bis verlängerte Handelszeit</translation>
    </message>
    <message>
        <source>order class</source>
        <translation>Orderklasse</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <source>One cancels other</source>
        <translation>One-Cancels-Other</translation>
    </message>
    <message>
        <source>One triggers other</source>
        <translation>One-Triggers-Other</translation>
    </message>
    <message>
        <source>Multi-leg</source>
        <translation>Multi-Leg</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>Orderstatus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Done for day</source>
        <translation>Für heute erledigt</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Pending cancel</source>
        <translation>Stornierung ausstehend</translation>
    </message>
    <message>
        <source>Pending replace</source>
        <translation>Änderung ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Pending new</source>
        <translation>Neu (ausstehend)</translation>
    </message>
    <message>
        <source>Accepted for bidding</source>
        <translation>Zur Auktion angenommen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>position intent</source>
        <translation>Positionsabsicht</translation>
    </message>
    <message>
        <source>Buy to open</source>
        <translation>Kauf zur Eröffnung</translation>
    </message>
    <message>
        <source>Buy to close</source>
        <translation>Kauf zur Schließung</translation>
    </message>
    <message>
        <source>Sell to open</source>
        <translation>Verkauf zur Eröffnung</translation>
    </message>
    <message>
        <source>Sell to close</source>
        <translation>Verkauf zur Schließung</translation>
    </message>
    <message>
        <source>position side</source>
        <translation>Positionsrichtung</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>asset class</source>
        <translation>Anlageklasse</translation>
    </message>
    <message>
        <source>US equity</source>
        <translation>US-Aktien</translation>
    </message>
    <message>
        <source>US option</source>
        <translation>US-Optionen</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Krypto</translation>
    </message>
    <message>
        <source>asset status</source>
        <translation>Anlagestatus</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Eröffnung läuft</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Einreichung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Account updated</source>
        <translation>Konto aktualisiert</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>trade event</source>
        <translation>Handelsereignis</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Partial fill</source>
        <translation>Teilausführung</translation>
    </message>
    <message>
        <source>Replace rejected</source>
        <translation>Änderung abgelehnt</translation>
    </message>
    <message>
        <source>Cancel rejected</source>
        <translation>Stornierung abgelehnt</translation>
    </message>
    <message>
        <source>Restated</source>
        <translation>Neu festgestellt</translation>
    </message>
    <message>
        <source>Trade busted</source>
        <translation>Geschäft aufgehoben</translation>
    </message>
    <message>
        <source>Trade corrected</source>
        <translation>Geschäft korrigiert</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>Aktivitätstyp</translation>
    </message>
    <message>
        <source>Cash transaction</source>
        <translation>Barumsatz</translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>ACATS transfer (cash)</source>
        <translation>ACATS-Übertrag (Barmittel)</translation>
    </message>
    <message>
        <source>ACATS transfer (securities)</source>
        <translation>ACATS-Übertrag (Wertpapiere)</translation>
    </message>
    <message>
        <source>Crypto fee</source>
        <translation>Krypto-Gebühr</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Bareinzahlung</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>Barauszahlung</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>Dividende</translation>
    </message>
    <message>
        <source>Dividend (long-term capital gain)</source>
        <translation>Dividende (langfristiger Kapitalgewinn)</translation>
    </message>
    <message>
        <source>Dividend (short-term capital gain)</source>
        <translation>Dividende (kurzfristiger Kapitalgewinn)</translation>
    </message>
    <message>
        <source>Dividend fee</source>
        <translation>Dividendengebühr</translation>
    </message>
    <message>
        <source>Dividend (foreign tax withheld)</source>
        <translation>Dividende (einbehaltene ausländische Steuer)</translation>
    </message>
    <message>
        <source>Dividend (NRA withheld)</source>
        <translation>Dividende (NRA-Quellensteuer)</translation>
    </message>
    <message>
        <source>Dividend (return of capital)</source>
        <translation>Dividende (Kapitalrückzahlung)</translation>
    </message>
    <message>
        <source>Dividend (Tefra withheld)</source>
        <translation>Dividende (Tefra-Quellensteuer)</translation>
    </message>
    <message>
        <source>Dividend (tax exempt)</source>
        <translation>Dividende (steuerfrei)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Interest (NRA withheld)</source>
        <translation>Zinsen (NRA-Quellensteuer)</translation>
    </message>
    <message>
        <source>Interest (Tefra withheld)</source>
        <translation>Zinsen (Tefra-Quellensteuer)</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Journal entry (cash)</source>
        <translation>Buchung (Barmittel)</translation>
    </message>
    <message>
        <source>Journal entry (stock)</source>
        <translation>Buchung (Aktien)</translation>
    </message>
    <message>
        <source>Merger or acquisition</source>
        <translation>Fusion oder Übernahme</translation>
    </message>
    <message>
        <source>Name change</source>
        <translation>Namensänderung</translation>
    </message>
    <message>
        <source>Option assignment</source>
        <translation>Optionszuteilung</translation>
    </message>
    <message>
        <source>Option expiration</source>
        <translation>Optionsverfall</translation>
    </message>
    <message>
        <source>Option exercise</source>
        <translation>Optionsausübung</translation>
    </message>
    <message>
        <source>Pass-through charge</source>
        <translation>Weiterbelastete Gebühr</translation>
    </message>
    <message>
        <source>Pass-through rebate</source>
        <translation>Weitergereichte Rückvergütung</translation>
    </message>
    <message>
        <source>Reorganization</source>
        <translation>Reorganisation</translation>
    </message>
    <message>
        <source>Symbol change</source>
        <translation>Symboländerung</translation>
    </message>
    <message>
        <source>Stock spin-off</source>
        <translation>Abspaltung</translation>
    </message>
    <message>
        <source>Stock split</source>
        <translation>Aktiensplit</translation>
    </message>
    <message>
        <source>trade status</source>
        <translation>Geschäftsstatus</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>market data message type</source>
        <translation>Marktdaten-Nachrichtentyp</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Minute bar</source>
        <translation>Minutenkerze</translation>
    </message>
    <message>
        <source>Updated bar</source>
        <translation>Aktualisierte Kerze</translation>
    </message>
    <message>
        <source>Daily bar</source>
        <translation>Tageskerze</translation>
    </message>
    <message>
        <source>Trading status</source>
        <translation>Handelsstatus</translation>
    </message>
    <message>
        <source>Limit up/limit down</source>
        <translation>Limit-Up/Limit-Down</translation>
    </message>
    <message>
        <source>Order imbalance</source>
        <translation>Orderungleichgewicht</translation>
    </message>
    <message>
        <source>Trade correction</source>
        <translation>Trade-Korrektur</translation>
    </message>
    <message>
        <source>Trade cancel or error</source>
        <translation>Trade-Storno oder -Fehler</translation>
    </message>
    <message>
        <source>stream action</source>
        <translation>Stream-Aktion</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>Authentifizieren</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Abhören</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
</context>
<context>
    <name>Elson::EquityChart</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Ausgangswert</translation>
    </message>
</context>
<context>
    <name>Elson::Json</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an order needs qty or notional; both are null</source>
        <translation>Eine Order braucht qty oder notional; beide sind null</translation>
    </message>
    <message>
        <source>needs one element per timestamp</source>
        <translation>braucht ein Element pro Zeitstempel</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>Pflichtschlüssel fehlt</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>die Zeichenkette %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 (expected one of: %3)</source>
        <translation>%1 ist kein gültiger Wert für %2 (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>eine Dezimalzahl als Zeichenkette</translation>
    </message>
    <message>
        <source>epoch time %1 is out of range</source>
        <translation>Epochenzeit %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a timestamp string</source>
        <translation>ein Zeitstempel als Zeichenkette</translation>
    </message>
    <message>
        <source>a date string</source>
        <translation>ein Datum als Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>eine Uhrzeit als Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a time (HH:MM or HHMM)</source>
        <translation>%1 ist keine Uhrzeit (HH:MM oder HHMM)</translation>
    </message>
</context>
<context>
    <name>Elson::KillSwitch</name>
    <message>
        <source>Kill switch engaged</source>
        <translation>Not-Aus ausgelöst</translation>
    </message>
    <message>
        <source>No broker is connected; order entry is locked.</source>
        <translation>Kein Broker verbunden; die Ordereingabe ist gesperrt.</translation>
    </message>
    <message>
        <source>Cancelling all open orders…</source>
        <translation>Alle offenen Orders werden storniert…</translation>
    </message>
    <message>
        <source>Closing all positions…</source>
        <translation>Alle Positionen werden geschlossen…</translation>
    </message>
</context>
<context>
    <name>Elson::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Elson::MainWindow</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by symbol</source>
        <translation>Nach Symbol filtern</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Fills &amp;&amp; History</source>
        <translation>Ausführungen &amp;&amp; Verlauf</translation>
    </message>
    <message>
        <source>Add symbol and press Enter</source>
        <translation>Symbol eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Zeiteinheit:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Audit Journal</source>
        <translation>Audit-Journal</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Order Ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export fills as CSV…</source>
        <translation>Ausführungen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Trading</source>
        <translation>Ha&amp;ndel</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neue Order</translation>
    </message>
    <message>
        <source>&amp;Cancel selected order</source>
        <translation>Ausgewählte Order s&amp;tornieren</translation>
    </message>
    <message>
        <source>&amp;Replace selected order…</source>
        <translation>Ausgewählte Order &amp;ändern…</translation>
    </message>
    <message>
        <source>C&amp;lose selected position…</source>
        <translation>Ausgewählte Position schl&amp;ießen…</translation>
    </message>
    <message>
        <source>Cancel &amp;all orders…</source>
        <translation>&amp;Alle Orders stornieren…</translation>
    </message>
    <message>
        <source>Close all &amp;positions…</source>
        <translation>Alle &amp;Positionen schließen…</translation>
    </message>
    <message>
        <source>&amp;Kill switch…</source>
        <translation>Not-A&amp;us…</translation>
    </message>
    <message>
        <source>Block new orders, cancel every order, close every position, and lock order entry until re-armed</source>
        <translation>Neue Orders blockieren, jede Order stornieren, jede Position schließen und die Ordereingabe sperren, bis sie wieder freigegeben wird</translation>
    </message>
    <message>
        <source>Re-&amp;arm order entry…</source>
        <translation>Ordereingabe wieder &amp;freigeben…</translation>
    </message>
    <message>
        <source>Switch to &amp;LIVE…</source>
        <translation>Zu &amp;LIVE wechseln…</translation>
    </message>
    <message>
        <source>Back to &amp;paper</source>
        <translation>&amp;Zurück zu Paper</translation>
    </message>
    <message>
        <source>Trade this symbol…</source>
        <translation>Dieses Symbol handeln…</translation>
    </message>
    <message>
        <source>New order like this…</source>
        <translation>Neue Order wie diese…</translation>
    </message>
    <message>
        <source>Trade…</source>
        <translation>Handeln…</translation>
    </message>
    <message>
        <source>Remove from watchlist</source>
        <translation>Aus der Watchlist entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Lock layout</source>
        <translation>Layout &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Elson Terminal</source>
        <translation>&amp;Über Elson Terminal</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Orders and positions reconciled after the stream reconnected.</source>
        <translation>Orders und Positionen wurden nach dem Wiederverbinden des Streams abgeglichen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>Marktdaten</translation>
    </message>
    <message>
        <source>Kill switch: %1 orders cancelled (%2 failed), %3 positions closed (%4 failed). Order entry stays locked until you re-arm it.</source>
        <translation>Not-Aus: %1 Orders storniert (%2 fehlgeschlagen), %3 Positionen geschlossen (%4 fehlgeschlagen). Die Ordereingabe bleibt gesperrt, bis Sie sie wieder freigeben.</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Live mode locked after %1 minutes without input.</source>
        <translation>Live-Modus nach %1 Minuten ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Elson Terminal — %1</source>
        <translation>Elson Terminal — %1</translation>
    </message>
    <message>
        <source> — account %1</source>
        <translation> — Konto %1</translation>
    </message>
    <message>
        <source>Checking the live key pair with Alpaca…</source>
        <translation>Das Live-Schlüsselpaar wird bei Alpaca geprüft…</translation>
    </message>
    <message>
        <source>Live trading refused</source>
        <translation>Live-Handel abgelehnt</translation>
    </message>
    <message>
        <source>Still trading %1.

%2</source>
        <translation>Weiterhin im Modus %1.

%2</translation>
    </message>
    <message>
        <source>LIVE trading is on.</source>
        <translation>LIVE-Handel ist aktiv.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order entry is locked&lt;/b&gt; (%1). Use Trading → Re-arm order entry to trade again.</source>
        <translation>&lt;b&gt;Die Ordereingabe ist gesperrt&lt;/b&gt; (%1). Verwenden Sie Handel → Ordereingabe wieder freigeben, um wieder zu handeln.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data is stale.&lt;/b&gt; Last successful refresh: %1. %2 Retrying with back-off.</source>
        <translation>&lt;b&gt;Die Daten sind veraltet.&lt;/b&gt; Letzte erfolgreiche Aktualisierung: %1. %2 Neuer Versuch mit zunehmender Wartezeit.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&lt;b&gt;The order stream is %1.&lt;/b&gt; Fills may not show promptly; orders and positions are reconciled when it reconnects.</source>
        <translation>&lt;b&gt;Der Order-Stream ist %1.&lt;/b&gt; Ausführungen werden möglicherweise verzögert angezeigt; Orders und Positionen werden abgeglichen, sobald er wieder verbunden ist.</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Running on the &lt;b&gt;embedded simulator&lt;/b&gt; with a demo account — no real money. Add Alpaca paper or live keys in File → Settings → Credentials, or set ALPACA_API_KEY and ALPACA_SECRET_KEY.</source>
        <translation>Läuft auf dem &lt;b&gt;eingebetteten Simulator&lt;/b&gt; mit einem Demokonto — kein echtes Geld. Fügen Sie Alpaca-Paper- oder Live-Schlüssel unter Datei → Einstellungen → Zugangsdaten hinzu, oder setzen Sie ALPACA_API_KEY und ALPACA_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1 Limit</translation>
    </message>
    <message>
        <source>%1 stop</source>
        <translation>%1 Stop</translation>
    </message>
    <message>
        <source>%1 take profit</source>
        <translation>%1 Take-Profit</translation>
    </message>
    <message>
        <source>%1 stop loss</source>
        <translation>%1 Stop-Loss</translation>
    </message>
    <message>
        <source>This acts on your LIVE account.</source>
        <translation>Dies betrifft Ihr LIVE-Konto.</translation>
    </message>
    <message>
        <source>Order entry locked</source>
        <translation>Ordereingabe gesperrt</translation>
    </message>
    <message>
        <source>Order entry is locked (%1). Re-arm it first.</source>
        <translation>Die Ordereingabe ist gesperrt (%1). Geben Sie sie zuerst wieder frei.</translation>
    </message>
    <message>
        <source>Order stream not live</source>
        <translation type="vanished">Order-Stream nicht live</translation>
    </message>
    <message>
        <source>The order stream is not live, so fills may not show promptly. Submit the order anyway?</source>
        <translation type="vanished">Der Order-Stream ist nicht live, daher werden Ausführungen möglicherweise verzögert angezeigt. Die Order trotzdem senden?</translation>
    </message>
    <message>
        <source>Submitting %1 %2…</source>
        <translation>%1 %2 wird übermittelt…</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Order nicht platziert</translation>
    </message>
    <message>
        <source>Order %1 accepted: %2 %3</source>
        <translation>Order %1 angenommen: %2 %3</translation>
    </message>
    <message>
        <source>Order %1 for %2 accepted (client order id %3).</source>
        <translation>Order %1 für %2 angenommen (Client-Order-ID %3).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Order stornieren</translation>
    </message>
    <message>
        <source>Cancel order %1?</source>
        <translation>Order %1 stornieren?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Cancel requested for %1</source>
        <translation>Stornierung für %1 angefordert</translation>
    </message>
    <message>
        <source>Replace order</source>
        <translation>Order ändern</translation>
    </message>
    <message>
        <source>This order is no longer working.</source>
        <translation>Diese Order ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Order not replaced</source>
        <translation>Order nicht geändert</translation>
    </message>
    <message>
        <source>Replaced by order %1</source>
        <translation>Ersetzt durch Order %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Position not closed</source>
        <translation>Position nicht geschlossen</translation>
    </message>
    <message>
        <source>Closing %1: order %2</source>
        <translation>%1 wird geschlossen: Order %2</translation>
    </message>
    <message>
        <source>Cancel all orders</source>
        <translation>Alle Orders stornieren</translation>
    </message>
    <message>
        <source>Cancel every open order?</source>
        <translation>Jede offene Order stornieren?</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle stornieren</translation>
    </message>
    <message numerus="yes">
        <source>%n cancel request(s) sent</source>
        <translation>
            <numerusform>%n Stornierungsanfrage gesendet</numerusform>
            <numerusform>%n Stornierungsanfragen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Close all positions</source>
        <translation>Alle Positionen schließen</translation>
    </message>
    <message>
        <source>Close every position at market, cancelling their open orders first?</source>
        <translation>Jede Position zum Marktpreis schließen und vorher ihre offenen Orders stornieren?</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>Alle schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n close order(s) sent</source>
        <translation>
            <numerusform>%n Schließungsorder gesendet</numerusform>
            <numerusform>%n Schließungsorders gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Block new orders, cancel every open order, close every position at market, and lock order entry until you re-arm it?</source>
        <translation>Neue Orders blockieren, jede offene Order stornieren, jede Position zum Marktpreis schließen und die Ordereingabe sperren, bis Sie sie wieder freigeben?</translation>
    </message>
    <message>
        <source>Re-arm order entry</source>
        <translation>Ordereingabe wieder freigeben</translation>
    </message>
    <message>
        <source>Allow new orders again?</source>
        <translation>Neue Orders wieder zulassen?</translation>
    </message>
    <message>
        <source>Export fills and history</source>
        <translation>Ausführungen und Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>About Elson Terminal</source>
        <translation>Über Elson Terminal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Elson Terminal %1&lt;/h3&gt;&lt;p&gt;A careful desktop trading terminal for the Alpaca brokerage.&lt;/p&gt;&lt;p&gt;Paper by default; live only when every safety gate agrees.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elson Terminal %1&lt;/h3&gt;&lt;p&gt;Ein sorgfältiges Desktop-Handelsterminal für den Broker Alpaca.&lt;/p&gt;&lt;p&gt;Standardmäßig Paper; live nur, wenn jede Sicherheitsschranke zustimmt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL v3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 keys saved (%2); they are used from the next start.</source>
        <translation>%1-Schlüssel gespeichert (%2); sie werden ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
</context>
<context>
    <name>Elson::MarketDataService</name>
    <message>
        <source>No market data: there is no broker connection.</source>
        <translation>Keine Marktdaten: Es besteht keine Broker-Verbindung.</translation>
    </message>
    <message>
        <source>No market data for %1: the symbol is unknown.</source>
        <translation>Keine Marktdaten für %1: Das Symbol ist unbekannt.</translation>
    </message>
    <message>
        <source>A symbol and a positive number of bars are needed.</source>
        <translation>Ein Symbol und eine positive Anzahl Kerzen werden benötigt.</translation>
    </message>
</context>
<context>
    <name>Elson::ModeBadge</name>
    <message>
        <source>Trading mode: %1</source>
        <translation>Handelsmodus: %1</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Embedded simulator: a local demo exchange. No real money, no Alpaca account.</source>
        <translation>Eingebetteter Simulator: eine lokale Demo-Börse. Kein echtes Geld, kein Alpaca-Konto.</translation>
    </message>
    <message>
        <source>Alpaca paper trading: simulated fills on Alpaca&apos;s paper account. No real money.</source>
        <translation>Alpaca-Paper-Trading: simulierte Ausführungen auf dem Paper-Konto von Alpaca. Kein echtes Geld.</translation>
    </message>
    <message>
        <source>LIVE trading: orders reach the real exchange with real money.</source>
        <translation>LIVE-Handel: Orders erreichen die echte Börse mit echtem Geld.</translation>
    </message>
</context>
<context>
    <name>Elson::ModeSwitchDialog</name>
    <message>
        <source>Switch to LIVE trading</source>
        <translation>Zu LIVE-Handel wechseln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live orders reach the real exchange with real money.&lt;/b&gt;&lt;br&gt;Every gate below must pass. The key pair is then checked against Alpaca&apos;s live host before anything else happens.</source>
        <translation>&lt;b&gt;Live-Orders erreichen die echte Börse mit echtem Geld.&lt;/b&gt;&lt;br&gt;Jede Schranke unten muss bestanden sein. Danach wird das Schlüsselpaar gegen den Live-Host von Alpaca geprüft, bevor irgendetwas anderes geschieht.</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Checked after you confirm: %1</source>
        <translation>Wird nach Ihrer Bestätigung geprüft: %1</translation>
    </message>
    <message>
        <source>Type your live &amp;account number to confirm:</source>
        <translation>Geben Sie zur Bestätigung Ihre Live-&amp;Kontonummer ein:</translation>
    </message>
    <message>
        <source>Switch to &amp;LIVE</source>
        <translation>Zu &amp;LIVE wechseln</translation>
    </message>
    <message>
        <source>Live trading is not possible until the failing gates pass.</source>
        <translation>Live-Handel ist erst möglich, wenn die nicht bestandenen Schranken bestanden sind.</translation>
    </message>
    <message>
        <source>The account number is on Alpaca&apos;s live dashboard.</source>
        <translation>Die Kontonummer finden Sie im Live-Dashboard von Alpaca.</translation>
    </message>
</context>
<context>
    <name>Elson::OrderReviewDialog</name>
    <message>
        <source>Review LIVE order</source>
        <translation>LIVE-Order prüfen</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Order prüfen</translation>
    </message>
    <message>
        <source>This order trades real money in your live account.</source>
        <translation>Diese Order handelt mit echtem Geld auf Ihrem Live-Konto.</translation>
    </message>
    <message>
        <source>This order goes to your Alpaca paper account.</source>
        <translation>Diese Order geht an Ihr Alpaca-Paper-Konto.</translation>
    </message>
    <message>
        <source>This order goes to the built-in simulator.</source>
        <translation>Diese Order geht an den eingebauten Simulator.</translation>
    </message>
    <message>
        <source>Client order id %1: if the connection drops, the same order is found again instead of being placed twice.</source>
        <translation>Client-Order-ID %1: Bricht die Verbindung ab, wird dieselbe Order wiedergefunden, statt sie zweimal zu platzieren.</translation>
    </message>
    <message>
        <source>✔ acknowledged: %1 [%2]</source>
        <translation>✔ bestätigt: %1 [%2]</translation>
    </message>
    <message>
        <source>✘ not acknowledged: %1 [%2]</source>
        <translation>✘ nicht bestätigt: %1 [%2]</translation>
    </message>
    <message>
        <source>&amp;Place LIVE order</source>
        <translation>&amp;LIVE-Order platzieren</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Order platzieren</translation>
    </message>
</context>
<context>
    <name>Elson::OrderTicket</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The order stream is down: fills and cancellations may not show promptly until it reconnects.</source>
        <translation>Der Order-Stream ist unterbrochen: Ausführungen und Stornierungen werden möglicherweise erst nach dem Wiederverbinden angezeigt.</translation>
    </message>
    <message>
        <source>The order stream has gone quiet: fills and cancellations may not show promptly.</source>
        <translation>Der Order-Stream ist verstummt: Ausführungen und Stornierungen werden möglicherweise verzögert angezeigt.</translation>
    </message>
    <message>
        <source>Order entry is locked. Re-arm it to trade again.</source>
        <translation>Die Ordereingabe ist gesperrt. Geben Sie sie wieder frei, um wieder zu handeln.</translation>
    </message>
    <message>
        <source>Order entry is locked: %1</source>
        <translation>Die Ordereingabe ist gesperrt: %1</translation>
    </message>
    <message>
        <source>To submit, fill in: %1.</source>
        <translation>Zum Senden ausfüllen: %1.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Submit LIVE order…</source>
        <translation>LIVE-Order &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Amount ($):</source>
        <translation>&amp;Betrag ($):</translation>
    </message>
    <message>
        <source>dollars to invest</source>
        <translation>zu investierende Dollar</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Stück&amp;zahl:</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Ta&amp;ke profit (limit):</source>
        <translation>Take-Pro&amp;fit (Limit):</translation>
    </message>
    <message>
        <source>Ta&amp;ke profit:</source>
        <translation>Take-Pro&amp;fit:</translation>
    </message>
    <message>
        <source>dollars behind the best price</source>
        <translation>Dollar hinter dem besten Kurs</translation>
    </message>
    <message>
        <source>percent behind the best price</source>
        <translation>Prozent hinter dem besten Kurs</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation type="vanished">SIM</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation type="vanished">PAPER</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="vanished">LIVE</translation>
    </message>
    <message>
        <source>Trading mode: %1</source>
        <translation>Handelsmodus: %1</translation>
    </message>
    <message>
        <source>account not loaded yet</source>
        <translation>Konto noch nicht geladen</translation>
    </message>
    <message>
        <source>account %1 · buying power %2</source>
        <translation>Konto %1 · Kaufkraft %2</translation>
    </message>
    <message>
        <source>Real money: %1</source>
        <translation>Echtes Geld: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fractionable</source>
        <translation>bruchteilsfähig</translation>
    </message>
    <message>
        <source>bid %1 · ask %2</source>
        <translation>Geld %1 · Brief %2</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Estimated value: needs a size and a price</source>
        <translation>Geschätzter Wert: benötigt eine Größe und einen Preis</translation>
    </message>
    <message>
        <source>Estimated value: %1 (about %2 shares at %3)</source>
        <translation>Geschätzter Wert: %1 (etwa %2 Stück zu %3)</translation>
    </message>
    <message>
        <source>Estimated value: %1 (%2 × %3)</source>
        <translation>Geschätzter Wert: %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Estimated value: %1</source>
        <translation>Geschätzter Wert: %1</translation>
    </message>
    <message>
        <source>Buying power: not loaded yet</source>
        <translation>Kaufkraft: noch nicht geladen</translation>
    </message>
    <message>
        <source>Buying power: %1</source>
        <translation>Kaufkraft: %1</translation>
    </message>
    <message>
        <source>Buying power after: %1 (now %2)</source>
        <translation>Kaufkraft danach: %1 (jetzt %2)</translation>
    </message>
    <message>
        <source>Buying power: %1 (this order reduces a position)</source>
        <translation>Kaufkraft: %1 (diese Order verringert eine Position)</translation>
    </message>
</context>
<context>
    <name>Elson::OrdersModel</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>%1 + ext</source>
        <translation>%1 + ext</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Notional order: %1 dollars</source>
        <translation>Betragsorder: %1 Dollar</translation>
    </message>
    <message>
        <source>Stop %1, computed from the high-water mark %2</source>
        <translation>Stop %1, berechnet aus dem Höchststand %2</translation>
    </message>
    <message>
        <source>Trails by %1 percent</source>
        <translation>Folgt im Abstand von %1 Prozent</translation>
    </message>
    <message>
        <source>Trails by %1 dollars</source>
        <translation>Folgt im Abstand von %1 Dollar</translation>
    </message>
    <message>
        <source>%1, extended hours</source>
        <translation>%1, verlängerte Handelszeiten</translation>
    </message>
    <message>
        <source>Held: waiting for another order (a bracket&apos;s parent or an OCO/OTO leg)</source>
        <translation>Zurückgehalten: wartet auf eine andere Order (die Hauptorder einer Bracket-Order oder ein OCO/OTO-Leg)</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
    <message>
        <source>Order id %1</source>
        <translation>Order-ID %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity, or the dollar amount of a notional order</source>
        <translation>Stückzahl oder der Dollarbetrag einer Betragsorder</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Trailing stop: trail price or percent</source>
        <translation>Trailing-Stop: Trailing-Betrag oder -Prozent</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>TIF</source>
        <translation>Gültigk.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Average fill price</source>
        <translation>Durchschnittlicher Ausführungspreis</translation>
    </message>
    <message>
        <source>Avg fill</source>
        <translation>Ø Ausführung</translation>
    </message>
    <message>
        <source>Client order id</source>
        <translation>Client-Order-ID</translation>
    </message>
</context>
<context>
    <name>Elson::PortfolioService</name>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war.</translation>
    </message>
</context>
<context>
    <name>Elson::PositionsModel</name>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 shares, %2 not held by open orders</source>
        <translation>%1 Stück, %2 nicht durch offene Orders gebunden</translation>
    </message>
    <message>
        <source>%1 (previous close %2, %3 today)</source>
        <translation>%1 (vorheriger Schlusskurs %2, %3 heute)</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L since the previous close (or since today&apos;s entry)</source>
        <translation>Unrealisierte G/V seit dem vorherigen Schlusskurs (oder seit dem heutigen Einstieg)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Average entry price</source>
        <translation>Durchschnittlicher Einstiegskurs</translation>
    </message>
    <message>
        <source>Avg entry</source>
        <translation>Ø Einstieg</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Einstandswert</translation>
    </message>
    <message>
        <source>Unrealized profit and loss</source>
        <translation>Unrealisierter Gewinn und Verlust</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>Unrealisierte G/V</translation>
    </message>
    <message>
        <source>Unrealized %</source>
        <translation>Unrealisiert %</translation>
    </message>
    <message>
        <source>Today&apos;s unrealized profit and loss</source>
        <translation>Heutiger unrealisierter Gewinn und Verlust</translation>
    </message>
    <message>
        <source>Day P&amp;L</source>
        <translation>Tages-G/V</translation>
    </message>
    <message>
        <source>Day %</source>
        <translation>Tag %</translation>
    </message>
</context>
<context>
    <name>Elson::PriceChart</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Volumen (steigend)</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Volumen (fallend)</translation>
    </message>
    <message>
        <source>Click to open an order ticket at that price</source>
        <translation>Klicken, um ein Orderticket zu diesem Kurs zu öffnen</translation>
    </message>
</context>
<context>
    <name>Elson::ReplaceOrderDialog</name>
    <message>
        <source>Replace order %1 %2</source>
        <translation>Order %1 %2 ändern</translation>
    </message>
    <message>
        <source>%1 of %2 filled</source>
        <translation>%1 von %2 ausgeführt</translation>
    </message>
    <message>
        <source>notional</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Filled:</source>
        <translation>Ausgeführt:</translation>
    </message>
    <message>
        <source>New total &amp;quantity:</source>
        <translation>Neue Gesamt&amp;stückzahl:</translation>
    </message>
    <message>
        <source>&amp;Limit price:</source>
        <translation>&amp;Limit-Preis:</translation>
    </message>
    <message>
        <source>&amp;Stop price:</source>
        <translation>Sto&amp;p-Kurs:</translation>
    </message>
    <message>
        <source>&amp;Trail (%1):</source>
        <translation>&amp;Trailing (%1):</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Stückzahl</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limit-Preis</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Stop-Kurs</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <source>Quantity must be more than the %1 already filled (the new quantity is the order&apos;s new total).</source>
        <translation>Die Stückzahl muss größer sein als die bereits ausgeführten %1 (die neue Stückzahl ist die neue Gesamtstückzahl der Order).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Elson::SettingsDialog</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No keychain is available on this system; keys cannot be saved.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar; Schlüssel können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Testing keys is not available here.</source>
        <translation>Das Testen von Schlüsseln ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Live key ID</source>
        <translation>Live-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Paper key ID</source>
        <translation>Paper-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Live secret</source>
        <translation>Live-Secret</translation>
    </message>
    <message>
        <source>Paper secret</source>
        <translation>Paper-Secret</translation>
    </message>
    <message>
        <source>%1: enter a key ID and its secret.</source>
        <translation>%1: Geben Sie eine Schlüssel-ID und das zugehörige Secret ein.</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: erforderlich.</translation>
    </message>
    <message>
        <source>%1: required (it is never shown again once saved).</source>
        <translation>%1: erforderlich (wird nach dem Speichern nie wieder angezeigt).</translation>
    </message>
    <message>
        <source>%1: must not contain spaces.</source>
        <translation>%1: darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1: %2 is a paper key (PK…); the live account needs a live key.</source>
        <translation>%1: %2 ist ein Paper-Schlüssel (PK…); das Live-Konto benötigt einen Live-Schlüssel.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>%1 works: account %2.</source>
        <translation>%1 funktioniert: Konto %2.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Checking %1 with Alpaca before saving…</source>
        <translation>%1 wird vor dem Speichern bei Alpaca geprüft…</translation>
    </message>
    <message>
        <source>Not saved: %1 was refused: %2</source>
        <translation>Nicht gespeichert: %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>%1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 account&apos;s keys from the keychain?</source>
        <translation>Die Schlüssel des %1-Kontos aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Saved in the keychain: %1</source>
        <translation>Im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>No keys saved.</source>
        <translation>Keine Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Not saved: the keychain refused: %1</source>
        <translation>Nicht gespeichert: Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saved in the keychain: %1 (account %2)</source>
        <translation>Im Schlüsselbund gespeichert: %1 (Konto %2)</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>The environment sets a key pair (%1): it is used instead of the keychain.</source>
        <translation>Die Umgebung setzt ein Schlüsselpaar (%1): Es wird anstelle des Schlüsselbunds verwendet.</translation>
    </message>
</context>
<context>
    <name>Elson::StatusPanel</name>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>Budget: –</source>
        <translation>Budget: –</translation>
    </message>
    <message>
        <source>Last refresh: –</source>
        <translation>Letzte Aktualisierung: –</translation>
    </message>
    <message>
        <source>REST %1</source>
        <translation>REST %1</translation>
    </message>
    <message>
        <source>Orders stream live</source>
        <translation>Order-Stream live</translation>
    </message>
    <message>
        <source>Orders stream stale</source>
        <translation>Order-Stream veraltet</translation>
    </message>
    <message>
        <source>Orders stream down</source>
        <translation>Order-Stream unterbrochen</translation>
    </message>
    <message>
        <source>Market: unknown</source>
        <translation>Markt: unbekannt</translation>
    </message>
    <message>
        <source>Market open — closes in %1</source>
        <translation>Markt geöffnet — schließt in %1</translation>
    </message>
    <message>
        <source>Market closed — opens in %1</source>
        <translation>Markt geschlossen — öffnet in %1</translation>
    </message>
    <message>
        <source>Budget: %1/%2 req/min</source>
        <translation>Budget: %1/%2 Anfr./min</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
</context>
<context>
    <name>Elson::Trade</name>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>a %1 order needs this price</source>
        <translation>eine %1-Order braucht diesen Preis</translation>
    </message>
    <message>
        <source>a %1 order does not use this price</source>
        <translation>eine %1-Order verwendet diesen Preis nicht</translation>
    </message>
    <message>
        <source>a symbol is required</source>
        <translation>ein Symbol ist erforderlich</translation>
    </message>
    <message>
        <source>give either a quantity or an investment amount</source>
        <translation>geben Sie entweder eine Stückzahl oder einen Anlagebetrag an</translation>
    </message>
    <message>
        <source>a fractional quantity needs fractional trading</source>
        <translation>eine Bruchteilsstückzahl erfordert Bruchteilshandel</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>a trailing stop needs either a trail price or a trail percent</source>
        <translation>ein Trailing-Stop braucht entweder einen Trailing-Betrag oder einen Trailing-Prozentsatz</translation>
    </message>
    <message>
        <source>only a trailing stop uses a trail</source>
        <translation>nur ein Trailing-Stop verwendet ein Trailing</translation>
    </message>
    <message>
        <source>a stop-loss limit price needs a stop price</source>
        <translation>ein Stop-Loss-Limit-Preis erfordert einen Stop-Kurs</translation>
    </message>
    <message>
        <source>a simple order has no exit legs</source>
        <translation>eine einfache Order hat keine Ausstiegs-Legs</translation>
    </message>
    <message>
        <source>a %1 order needs a take-profit and a stop-loss</source>
        <translation>eine Order der Klasse %1 braucht einen Take-Profit und einen Stop-Loss</translation>
    </message>
    <message>
        <source>a one-triggers-other order needs exactly one exit leg</source>
        <translation>eine One-Triggers-Other-Order braucht genau ein Ausstiegs-Leg</translation>
    </message>
    <message>
        <source>multi-leg option orders are not supported</source>
        <translation>Multi-Leg-Optionsorders werden nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Elson::VerdictView</name>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Send the order despite this warning (rule %1)</source>
        <translation>Die Order trotz dieser Warnung senden (Regel %1)</translation>
    </message>
</context>
<context>
    <name>Elson::WatchlistModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>EnvironmentRule</name>
    <message>
        <source>%1: this order was prepared for the %2 account, but the terminal is trading the %3 account.</source>
        <translation>%1: Diese Order wurde für das %2-Konto vorbereitet, aber das Terminal handelt auf dem %3-Konto.</translation>
    </message>
    <message>
        <source>%1: live orders need ENVIRONMENT=production (it is %2).</source>
        <translation>%1: Live-Orders benötigen ENVIRONMENT=production (es ist %2).</translation>
    </message>
    <message>
        <source>%1: live orders need LIVE_TRADING_ENABLED=true.</source>
        <translation>%1: Live-Orders benötigen LIVE_TRADING_ENABLED=true.</translation>
    </message>
</context>
<context>
    <name>ExtendedHoursRule</name>
    <message>
        <source>%1: only day limit orders may trade in extended hours (this is a %2 %3 order).</source>
        <translation>%1: Nur tagesgültige Limit-Orders dürfen in verlängerten Handelszeiten handeln (dies ist eine %3-Order mit Gültigkeit %2).</translation>
    </message>
    <message>
        <source>%1: bracket, OCO and OTO orders cannot trade in extended hours.</source>
        <translation>%1: Bracket-, OCO- und OTO-Orders können nicht in verlängerten Handelszeiten handeln.</translation>
    </message>
</context>
<context>
    <name>FractionalRule</name>
    <message>
        <source>%1 %2 has a fractional part; turn on fractional shares to trade it.</source>
        <translation>%1 %2 hat einen Nachkommaanteil; schalten Sie Bruchteilsaktien ein, um sie zu handeln.</translation>
    </message>
    <message>
        <source>%1: fractional and dollar-amount orders must be market or limit orders, not %2.</source>
        <translation>%1: Bruchteils- und Betragsorders müssen Market- oder Limit-Orders sein, keine %2-Order.</translation>
    </message>
    <message>
        <source>%1: fractional and dollar-amount orders must be day orders.</source>
        <translation>%1: Bruchteils- und Betragsorders müssen tagesgültig sein.</translation>
    </message>
    <message>
        <source>%1: fractional and dollar-amount orders must be simple orders.</source>
        <translation>%1: Bruchteils- und Betragsorders müssen einfache Orders sein.</translation>
    </message>
    <message>
        <source>%1: dollar-amount orders cannot trade in extended hours.</source>
        <translation>%1: Betragsorders können nicht in verlängerten Handelszeiten handeln.</translation>
    </message>
    <message>
        <source>%1 %2 has more than 2 decimals.</source>
        <translation>%1 %2 hat mehr als 2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 %2 is below $1; Alpaca may refuse buys under $1.</source>
        <translation>%1 %2 liegt unter 1 $; Alpaca lehnt Käufe unter 1 $ möglicherweise ab.</translation>
    </message>
</context>
<context>
    <name>LegacyPdtRule</name>
    <message>
        <source>%1: %2 day trades in the last 5 business days with equity under $25,000; under the legacy pattern-day-trader rule another day trade may be refused.</source>
        <translation>%1: %2 Daytrades in den letzten 5 Geschäftstagen bei einem Eigenkapital unter 25.000 $; nach der bisherigen Pattern-Day-Trader-Regel kann ein weiterer Daytrade abgelehnt werden.</translation>
    </message>
</context>
<context>
    <name>MarketCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>New Year&apos;s Day (observed)</source>
        <translation>Neujahr (Ersatztag)</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr. Day</source>
        <translation>Martin Luther King Jr. Day</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Washingtons Geburtstag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (Nationaler Unabhängigkeitstag)</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day (observed)</source>
        <translation>Juneteenth (Nationaler Unabhängigkeitstag, Ersatztag)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Unabhängigkeitstag</translation>
    </message>
    <message>
        <source>Independence Day (observed)</source>
        <translation>Unabhängigkeitstag (Ersatztag)</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Erster Weihnachtstag</translation>
    </message>
    <message>
        <source>Christmas Day (observed)</source>
        <translation>Erster Weihnachtstag (Ersatztag)</translation>
    </message>
    <message>
        <source>Day before Independence Day</source>
        <translation>Tag vor dem Unabhängigkeitstag</translation>
    </message>
    <message>
        <source>Day after Thanksgiving</source>
        <translation>Tag nach Thanksgiving</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Heiligabend</translation>
    </message>
    <message>
        <source>National Day of Mourning for President Jimmy Carter</source>
        <translation>Nationaler Trauertag für Präsident Jimmy Carter</translation>
    </message>
    <message>
        <source>The submission time is missing.</source>
        <translation>Der Übermittlungszeitpunkt fehlt.</translation>
    </message>
    <message>
        <source>Opening-auction (OPG) orders are not accepted between %1 and %2 ET.</source>
        <translation>Orders für die Eröffnungsauktion (OPG) werden zwischen %1 und %2 ET nicht angenommen.</translation>
    </message>
    <message>
        <source>No market open is scheduled.</source>
        <translation>Es ist keine Markteröffnung geplant.</translation>
    </message>
    <message>
        <source>Closing-auction (CLS) orders are not accepted between %1 and %2 ET.</source>
        <translation>Orders für die Schlussauktion (CLS) werden zwischen %1 und %2 ET nicht angenommen.</translation>
    </message>
    <message>
        <source>No market close is scheduled.</source>
        <translation>Es ist kein Marktschluss geplant.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Pre-market</source>
        <translation>Vorbörse</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>Reguläre Handelszeit</translation>
    </message>
    <message>
        <source>After-hours</source>
        <translation>Nachbörse</translation>
    </message>
</context>
<context>
    <name>MarketSessionRule</name>
    <message>
        <source>%1: the exchange time is unknown, so the market session cannot be checked.</source>
        <translation>%1: Die Börsenzeit ist unbekannt, daher kann die Marktphase nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: the market is closed; this order waits for the next session at %2.</source>
        <translation>%1: Der Markt ist geschlossen; diese Order wartet auf die nächste Handelssitzung um %2.</translation>
    </message>
    <message>
        <source>it is pre-market</source>
        <translation>es ist Vorbörse</translation>
    </message>
    <message>
        <source>it is after hours</source>
        <translation>es ist Nachbörse</translation>
    </message>
    <message>
        <source>the market is closed</source>
        <translation>der Markt ist geschlossen</translation>
    </message>
    <message>
        <source>%1 %2: %3; this order will queue for the regular open at %4.</source>
        <translation>%1 %2: %3; diese Order wird für die reguläre Eröffnung um %4 vorgemerkt.</translation>
    </message>
</context>
<context>
    <name>MaxOrderQtyRule</name>
    <message>
        <source>%1: without a price, the number of shares cannot be checked against your maximum of %2.</source>
        <translation>%1: Ohne Preis kann die Stückzahl nicht gegen Ihr Maximum von %2 geprüft werden.</translation>
    </message>
    <message>
        <source>%1: %2 shares exceed your maximum order size of %3 shares.</source>
        <translation>%1: %2 Stück überschreiten Ihre maximale Ordergröße von %3 Stück.</translation>
    </message>
</context>
<context>
    <name>MaxOrderValueRule</name>
    <message>
        <source>%1: without a price, the order&apos;s value cannot be checked against your maximum of $%2.</source>
        <translation>%1: Ohne Preis kann der Orderwert nicht gegen Ihr Maximum von %2 $ geprüft werden.</translation>
    </message>
    <message>
        <source>%1: this order is worth about $%2, above your maximum order value of $%3.</source>
        <translation>%1: Diese Order ist etwa %2 $ wert und liegt damit über Ihrem maximalen Orderwert von %3 $.</translation>
    </message>
</context>
<context>
    <name>MaxPositionRule</name>
    <message>
        <source>%1: without a price, the position after this order cannot be checked against your maximum of $%2.</source>
        <translation>%1: Ohne Preis kann die Position nach dieser Order nicht gegen Ihr Maximum von %2 $ geprüft werden.</translation>
    </message>
    <message>
        <source>%1: after this order the %2 position would be worth about $%3, above your maximum of $%4 per symbol.</source>
        <translation>%1: Nach dieser Order wäre die Position in %2 etwa %3 $ wert und läge damit über Ihrem Maximum von %4 $ pro Symbol.</translation>
    </message>
</context>
<context>
    <name>OrderReviewDialog</name>
    <message>
        <source>Review order</source>
        <translation>Order prüfen</translation>
    </message>
    <message>
        <source>Warnings you acknowledged</source>
        <translation>Von Ihnen bestätigte Warnungen</translation>
    </message>
    <message>
        <source>&amp;Request body (POST /v2/orders):</source>
        <translation>&amp;Request-Body (POST /v2/orders):</translation>
    </message>
    <message>
        <source>Co&amp;mmand line:</source>
        <translation>Be&amp;fehlszeile:</translation>
    </message>
    <message>
        <source>Copy request &amp;body</source>
        <translation>Request-&amp;Body kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;elsonctl command</source>
        <translation>Als &amp;elsonctl-Befehl kopieren</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>(no price)</source>
        <translation>(kein Preis)</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>zum Marktpreis</translation>
    </message>
    <message>
        <source>at limit %1</source>
        <translation>mit Limit %1</translation>
    </message>
    <message>
        <source>at stop %1</source>
        <translation>mit Stop %1</translation>
    </message>
    <message>
        <source>at stop %1, limit %2</source>
        <translation>mit Stop %1, Limit %2</translation>
    </message>
    <message>
        <source>with a trailing stop %1 below the highest price</source>
        <translation>mit Trailing-Stop %1 unter dem Höchstkurs</translation>
    </message>
    <message>
        <source>with a trailing stop %1 above the lowest price</source>
        <translation>mit Trailing-Stop %1 über dem Tiefstkurs</translation>
    </message>
    <message>
        <source>good for the day</source>
        <translation>gültig für den Tag</translation>
    </message>
    <message>
        <source>good until cancelled</source>
        <translation>gültig bis auf Widerruf</translation>
    </message>
    <message>
        <source>in the opening auction</source>
        <translation>in der Eröffnungsauktion</translation>
    </message>
    <message>
        <source>in the closing auction</source>
        <translation>in der Schlussauktion</translation>
    </message>
    <message>
        <source>immediate or cancel</source>
        <translation>Immediate-or-Cancel</translation>
    </message>
    <message>
        <source>fill or kill</source>
        <translation>Fill-or-Kill</translation>
    </message>
    <message>
        <source>a stop-loss at %1</source>
        <translation>einem Stop-Loss bei %1</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (Limit %1)</translation>
    </message>
    <message>
        <source>a take-profit at %1</source>
        <translation>einem Take-Profit bei %1</translation>
    </message>
    <message>
        <source>once filled, exit with %1 or %2, whichever comes first</source>
        <translation>nach Ausführung Ausstieg mit %1 oder %2, je nachdem, was zuerst eintritt</translation>
    </message>
    <message>
        <source>one cancels the other with %1</source>
        <translation>OCO-verknüpft mit %1</translation>
    </message>
    <message>
        <source>once filled, exit with %1</source>
        <translation>nach Ausführung Ausstieg mit %1</translation>
    </message>
    <message>
        <source>exit legs incomplete</source>
        <translation>Ausstiegs-Legs unvollständig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>Kauf %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>Verkauf %1</translation>
    </message>
    <message>
        <source>extended hours allowed</source>
        <translation>verlängerte Handelszeiten erlaubt</translation>
    </message>
    <message>
        <source>regular hours only</source>
        <translation>nur reguläre Handelszeit</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>OrderTicket</name>
    <message>
        <source>Order ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>e.g. AAPL</source>
        <translation>z. B. AAPL</translation>
    </message>
    <message>
        <source>The ticker symbol; completes from the tradable assets</source>
        <translation>Das Tickersymbol; wird aus den handelbaren Instrumenten vervollständigt</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Kaufen</translation>
    </message>
    <message>
        <source>S&amp;ell</source>
        <translation>&amp;Verkaufen</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Stück&amp;zahl:</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Shares to trade (fractions allowed where the asset is fractionable), or a dollar amount</source>
        <translation>Zu handelnde Stückzahl (Bruchteile erlaubt, wo das Instrument bruchteilsfähig ist) oder ein Dollarbetrag</translation>
    </message>
    <message>
        <source>Trade a number of shares or a dollar amount (notional)</source>
        <translation>Eine Stückzahl oder einen Dollarbetrag (Betragsorder) handeln</translation>
    </message>
    <message>
        <source>dollars</source>
        <translation>Dollar</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Order&amp;typ:</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <source>&amp;Limit price:</source>
        <translation>&amp;Limit-Preis:</translation>
    </message>
    <message>
        <source>$ per share</source>
        <translation>$ pro Stück</translation>
    </message>
    <message>
        <source>Sto&amp;p price:</source>
        <translation>Sto&amp;p-Kurs:</translation>
    </message>
    <message>
        <source>The price that triggers the order</source>
        <translation>Der Kurs, der die Order auslöst</translation>
    </message>
    <message>
        <source>T&amp;rail:</source>
        <translation>T&amp;railing:</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>How far the stop follows the best price</source>
        <translation>Wie weit der Stop dem besten Kurs folgt</translation>
    </message>
    <message>
        <source>% of price</source>
        <translation>% vom Kurs</translation>
    </message>
    <message>
        <source>Time in &amp;force:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tagesgültig</translation>
    </message>
    <message>
        <source>GTC: good till cancelled</source>
        <translation>GTC: gültig bis auf Widerruf</translation>
    </message>
    <message>
        <source>OPG: opening auction</source>
        <translation>OPG: Eröffnungsauktion</translation>
    </message>
    <message>
        <source>CLS: closing auction</source>
        <translation>CLS: Schlussauktion</translation>
    </message>
    <message>
        <source>IOC: immediate or cancel</source>
        <translation>IOC: Immediate-or-Cancel</translation>
    </message>
    <message>
        <source>FOK: fill or kill</source>
        <translation>FOK: Fill-or-Kill</translation>
    </message>
    <message>
        <source>E&amp;xtended hours (pre-market and after hours; limit, day)</source>
        <translation>Verlängerte &amp;Handelszeiten (Vorbörse und Nachbörse; Limit, tagesgültig)</translation>
    </message>
    <message>
        <source>Q&amp;ueue for the open when the market is closed</source>
        <translation>Bei geschlossenem Markt für die &amp;Eröffnung vormerken</translation>
    </message>
    <message>
        <source>Accept that the order waits for the next open instead of filling now</source>
        <translation>Akzeptieren, dass die Order auf die nächste Eröffnung wartet, statt sofort ausgeführt zu werden</translation>
    </message>
    <message>
        <source>Ex&amp;its:</source>
        <translation>&amp;Ausstiege:</translation>
    </message>
    <message>
        <source>None (simple order)</source>
        <translation>Keine (einfache Order)</translation>
    </message>
    <message>
        <source>Bracket: take profit and stop loss</source>
        <translation>Bracket: Take-Profit und Stop-Loss</translation>
    </message>
    <message>
        <source>OCO: one cancels other</source>
        <translation>OCO: One-Cancels-Other</translation>
    </message>
    <message>
        <source>OTO: one triggers other</source>
        <translation>OTO: One-Triggers-Other</translation>
    </message>
    <message>
        <source>Ta&amp;ke profit:</source>
        <translation>Take-Pro&amp;fit:</translation>
    </message>
    <message>
        <source>limit price</source>
        <translation>Limit-Preis</translation>
    </message>
    <message>
        <source>The limit price of the take-profit exit</source>
        <translation>Der Limit-Preis des Take-Profit-Ausstiegs</translation>
    </message>
    <message>
        <source>Stop l&amp;oss:</source>
        <translation>Stop-L&amp;oss:</translation>
    </message>
    <message>
        <source>stop price</source>
        <translation>Stop-Kurs</translation>
    </message>
    <message>
        <source>The stop price of the stop-loss exit</source>
        <translation>Der Stop-Kurs des Stop-Loss-Ausstiegs</translation>
    </message>
    <message>
        <source>Stop-loss li&amp;mit:</source>
        <translation>Stop-Loss-Li&amp;mit:</translation>
    </message>
    <message>
        <source>optional: makes the stop-loss a stop-limit</source>
        <translation>optional: macht den Stop-Loss zu einem Stop-Limit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the ticket (Esc)</source>
        <translation>Ticket schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>PositiveValuesRule</name>
    <message>
        <source>%1 is not a valid number.</source>
        <translation>%1 ist keine gültige Zahl.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero (it is %2).</source>
        <translation>%1 muss größer als null sein (aktuell %2).</translation>
    </message>
</context>
<context>
    <name>PriceCollarRule</name>
    <message>
        <source>%1 %2 is %3% above the ask %4; check for a typo.</source>
        <translation>%1 %2 liegt %3% über dem Briefkurs %4; prüfen Sie auf einen Tippfehler.</translation>
    </message>
    <message>
        <source>%1 %2 is %3% below the bid %4; check for a typo.</source>
        <translation>%1 %2 liegt %3% unter dem Geldkurs %4; prüfen Sie auf einen Tippfehler.</translation>
    </message>
</context>
<context>
    <name>QtyAvailableRule</name>
    <message>
        <source>%1: an OCO order only closes a position, and you hold %2 shares of %3.</source>
        <translation>%1: Eine OCO-Order schließt nur eine Position, und Sie halten %2 Stück %3.</translation>
    </message>
    <message>
        <source>%1: without a price, the shares this sells cannot be compared with the %2 available.</source>
        <translation>%1: Ohne Preis kann die verkaufte Stückzahl nicht mit den verfügbaren %2 verglichen werden.</translation>
    </message>
    <message>
        <source>%1: you can sell at most %2 shares of %3 (%4 held, %5 held for open orders), not %6.</source>
        <translation>%1: Sie können höchstens %2 Stück %3 verkaufen (%4 gehalten, %5 für offene Orders gebunden), nicht %6.</translation>
    </message>
</context>
<context>
    <name>QtyXorNotionalRule</name>
    <message>
        <source>%1: give either a quantity or a dollar amount, not both.</source>
        <translation>%1: Geben Sie entweder eine Stückzahl oder einen Dollarbetrag an, nicht beides.</translation>
    </message>
    <message>
        <source>%1: give a quantity or a dollar amount.</source>
        <translation>%1: Geben Sie eine Stückzahl oder einen Dollarbetrag an.</translation>
    </message>
</context>
<context>
    <name>RuleResult</name>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain, never in the settings file. Save checks the key pair against Alpaca first.</source>
        <translation>API-Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei. Beim Speichern wird das Schlüsselpaar zuerst bei Alpaca geprüft.</translation>
    </message>
    <message>
        <source>Paper account</source>
        <translation>Paper-Konto</translation>
    </message>
    <message>
        <source>Key &amp;ID:</source>
        <translation>Schlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>geheimer Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sa&amp;ve paper keys</source>
        <translation>Paper-Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Live account (real money)</source>
        <translation>Live-Konto (echtes Geld)</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>Schlüssel-I&amp;D:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbindu&amp;ng testen</translation>
    </message>
    <message>
        <source>Save &amp;live keys</source>
        <translation>&amp;Live-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Risk limits</source>
        <translation>Risikolimits</translation>
    </message>
    <message>
        <source>Every order is checked against these limits before it is sent. Leave a field empty for no limit.</source>
        <translation>Jede Order wird vor dem Senden gegen diese Limits geprüft. Lassen Sie ein Feld leer für kein Limit.</translation>
    </message>
    <message>
        <source>Maximum &amp;order value ($):</source>
        <translation>Maximaler &amp;Orderwert ($):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Maximum order &amp;quantity (shares):</source>
        <translation>Maximale Stück&amp;zahl pro Order (Aktien):</translation>
    </message>
    <message>
        <source>Maximum &amp;position value ($):</source>
        <translation>Maximaler &amp;Positionswert ($):</translation>
    </message>
    <message>
        <source>Maximum &amp;daily loss ($):</source>
        <translation>Maximaler &amp;Tagesverlust ($):</translation>
    </message>
    <message>
        <source>Price co&amp;llar (% from the quote):</source>
        <translation>Preis&amp;korridor (% vom Kurs):</translation>
    </message>
    <message>
        <source>no collar</source>
        <translation>kein Korridor</translation>
    </message>
    <message>
        <source>D&amp;uplicate-order window:</source>
        <translation>Zeitfenster für &amp;doppelte Orders:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Allowed symbols:</source>
        <translation>Zu&amp;gelassene Symbole:</translation>
    </message>
    <message>
        <source>any symbol (or a list: AAPL, MSFT)</source>
        <translation>jedes Symbol (oder eine Liste: AAPL, MSFT)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Review paper and simulator orders before sending (live orders are always reviewed)</source>
        <translation>Paper- und Simulator-Orders vor dem Senden &amp;prüfen (Live-Orders werden immer geprüft)</translation>
    </message>
    <message>
        <source>Live &amp;idle timeout:</source>
        <translation>Live-Sperre nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Polling intervals</source>
        <translation>Abfrageintervalle</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Positionen:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Orders:</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Marktuhr:</translation>
    </message>
    <message>
        <source>&amp;Quotes:</source>
        <translation>K&amp;urse:</translation>
    </message>
    <message>
        <source>Market data &amp;feed:</source>
        <translation>Markt&amp;daten-Feed:</translation>
    </message>
    <message>
        <source>IEX (free, one exchange)</source>
        <translation>IEX (kostenlos, eine Börse)</translation>
    </message>
    <message>
        <source>SIP (all exchanges, subscription)</source>
        <translation>SIP (alle Börsen, Abonnement)</translation>
    </message>
    <message>
        <source>Delayed SIP (15 minutes)</source>
        <translation>SIP verzögert (15 Minuten)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>SymbolFractionableRule</name>
    <message>
        <source>%1: %2 is not fractionable at Alpaca; trade whole shares.</source>
        <translation>%1: %2 ist bei Alpaca nicht bruchteilsfähig; handeln Sie ganze Stücke.</translation>
    </message>
</context>
<context>
    <name>SymbolShortableRule</name>
    <message>
        <source>%1: fractional and dollar-amount sells cannot open a short position (you hold %2 shares of %3).</source>
        <translation>%1: Bruchteils- und Betragsverkäufe können keine Short-Position eröffnen (Sie halten %2 Stück %3).</translation>
    </message>
    <message>
        <source>%1: this sell would open a short position of %2 shares of %3, and shorting is not enabled on this account.</source>
        <translation>%1: Dieser Verkauf würde eine Short-Position von %2 Stück %3 eröffnen, und Leerverkäufe sind auf diesem Konto nicht aktiviert.</translation>
    </message>
    <message>
        <source>%1: short selling needs at least $2,000 of equity; the account has $%2.</source>
        <translation>%1: Leerverkäufe erfordern mindestens 2.000 $ Eigenkapital; das Konto hat %2 $.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be sold short at Alpaca.</source>
        <translation>%1: %2 kann bei Alpaca nicht leerverkauft werden.</translation>
    </message>
    <message>
        <source>%1: %2 is hard to borrow; Alpaca only shorts easy-to-borrow assets.</source>
        <translation>%1: %2 ist schwer zu leihen; Alpaca verkauft nur leicht leihbare Instrumente leer.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: the borrow status of %2 is %3; the short sale may be refused.</source>
        <translation>%1: Der Leihstatus von %2 ist %3; der Leerverkauf wird möglicherweise abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SymbolSyntaxRule</name>
    <message>
        <source>%1: a symbol is required.</source>
        <translation>%1: Ein Symbol ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces.</source>
        <translation>%1 &quot;%2&quot; enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: symbols are upper case (did you mean %3?).</source>
        <translation>%1 &quot;%2&quot;: Symbole werden großgeschrieben (meinten Sie %3?).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid ticker: letters and digits, optionally with a class suffix such as BRK.B.</source>
        <translation>%1 &quot;%2&quot; ist kein gültiges Tickersymbol: Buchstaben und Ziffern, optional mit einem Klassensuffix wie BRK.B.</translation>
    </message>
</context>
<context>
    <name>SymbolTradableRule</name>
    <message>
        <source>%1 %2 is not a known asset.</source>
        <translation>%1 %2 ist kein bekanntes Instrument.</translation>
    </message>
    <message>
        <source>%1: the asset details loaded are for %2, not %3.</source>
        <translation>%1: Die geladenen Instrumentdaten gelten für %2, nicht für %3.</translation>
    </message>
    <message>
        <source>%1 %2 is inactive at Alpaca.</source>
        <translation>%1 %2 ist bei Alpaca inaktiv.</translation>
    </message>
    <message>
        <source>%1 %2 is not tradable at Alpaca.</source>
        <translation>%1 %2 ist bei Alpaca nicht handelbar.</translation>
    </message>
    <message>
        <source>%1 %2 is an option; option orders are not supported.</source>
        <translation>%1 %2 ist eine Option; Optionsorders werden nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>TickSizeRule</name>
    <message>
        <source>%1 %2 has too many decimals: prices from $1.00 take at most 2, below $1.00 at most 4 (nearest valid price: %3).</source>
        <translation>%1 %2 hat zu viele Nachkommastellen: Kurse ab 1,00 $ erlauben höchstens 2, unter 1,00 $ höchstens 4 (nächster gültiger Kurs: %3).</translation>
    </message>
</context>
<context>
    <name>TimeInForceRule</name>
    <message>
        <source>%1 %2 is not offered for stock orders.</source>
        <translation>%1 %2 wird für Aktienorders nicht angeboten.</translation>
    </message>
    <message>
        <source>%1 %2: crypto orders take gtc or ioc.</source>
        <translation>%1 %2: Krypto-Orders erlauben gtc oder ioc.</translation>
    </message>
    <message>
        <source>%1 %2 is not allowed for %3 orders: use day or gtc.</source>
        <translation>%1 %2 ist für %3-Orders nicht erlaubt: Verwenden Sie day oder gtc.</translation>
    </message>
</context>
<context>
    <name>Timestamp</name>
    <message>
        <source>the value is empty; expected an RFC 3339 timestamp</source>
        <translation>Der Wert ist leer; ein RFC-3339-Zeitstempel wird erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS[.fraction] then Z or ±HH:MM)</source>
        <translation>&quot;%1&quot; ist kein RFC-3339-Zeitstempel (YYYY-MM-DDTHH:MM:SS[.Bruchteil], dann Z oder ±HH:MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs digits after the decimal point of the seconds</source>
        <translation>&quot;%1&quot; braucht Ziffern nach dem Dezimalpunkt der Sekunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation>&quot;%1&quot; hat %2 Nachkommastellen; höchstens 9 Nachkommastellen sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no UTC offset; it must end in Z or ±HH:MM</source>
        <translation>&quot;%1&quot; hat keinen UTC-Offset; er muss auf Z oder ±HH:MM enden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a UTC offset out of range; at most ±23:59</source>
        <translation>&quot;%1&quot; hat einen UTC-Offset außerhalb des Bereichs; höchstens ±23:59</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation>&quot;%1&quot; ist kein gültiges Kalenderdatum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day out of range (hours 00–23, minutes and seconds 00–59)</source>
        <translation>&quot;%1&quot; hat eine Uhrzeit außerhalb des Bereichs (Stunden 00–23, Minuten und Sekunden 00–59)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the supported range (1677-09-21 to 2262-04-11 UTC)</source>
        <translation>&quot;%1&quot; liegt außerhalb des unterstützten Bereichs (1677-09-21 bis 2262-04-11 UTC)</translation>
    </message>
</context>
<context>
    <name>TradingGate</name>
    <message>
        <source>Live trading refused: ENVIRONMENT is %1; live trading needs production.</source>
        <translation>Live-Handel abgelehnt: ENVIRONMENT ist %1; Live-Handel erfordert production.</translation>
    </message>
    <message>
        <source>Live trading refused: LIVE_TRADING_ENABLED is false.</source>
        <translation>Live-Handel abgelehnt: LIVE_TRADING_ENABLED ist false.</translation>
    </message>
    <message>
        <source>Live trading refused: USE_PAPER_TRADING is true, which forces paper trading.</source>
        <translation>Live-Handel abgelehnt: USE_PAPER_TRADING ist true, was Paper-Trading erzwingt.</translation>
    </message>
    <message>
        <source>Live trading refused: there are no live API credentials.</source>
        <translation>Live-Handel abgelehnt: Es gibt keine Live-API-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Live trading refused: the live credentials hold a paper key (PK…).</source>
        <translation>Live-Handel abgelehnt: Die Live-Zugangsdaten enthalten einen Paper-Schlüssel (PK…).</translation>
    </message>
    <message>
        <source>Live trading refused: the live credentials have not been validated against the live host yet.</source>
        <translation>Live-Handel abgelehnt: Die Live-Zugangsdaten wurden noch nicht gegen den Live-Host geprüft.</translation>
    </message>
    <message>
        <source>Live trading refused: live trading was not explicitly requested.</source>
        <translation>Live-Handel abgelehnt: Live-Handel wurde nicht ausdrücklich angefordert.</translation>
    </message>
    <message>
        <source>Live trading refused: the confirmation was not typed; type %1 to confirm.</source>
        <translation>Live-Handel abgelehnt: Die Bestätigung wurde nicht eingegeben; geben Sie zur Bestätigung %1 ein.</translation>
    </message>
</context>
<context>
    <name>TradingModeNames</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
</context>
<context>
    <name>TrailingRule</name>
    <message>
        <source>%1: a trailing stop needs exactly one of a trail price and a trail percent.</source>
        <translation>%1: Ein Trailing-Stop braucht genau eines von beidem: einen Trailing-Betrag oder einen Trailing-Prozentsatz.</translation>
    </message>
    <message>
        <source>%1 %2 must be below 100.</source>
        <translation>%1 %2 muss unter 100 liegen.</translation>
    </message>
    <message>
        <source>%1 %2 is at or above the bid %3: the stop would start at or below zero.</source>
        <translation>%1 %2 liegt auf oder über dem Geldkurs %3: Der Stop würde bei oder unter null beginnen.</translation>
    </message>
</context>
<context>
    <name>TypePricesRule</name>
    <message>
        <source>%1: a %2 order needs a limit price.</source>
        <translation>%1: Eine %2-Order braucht einen Limit-Preis.</translation>
    </message>
    <message>
        <source>%1: a %2 order does not take a limit price.</source>
        <translation>%1: Eine %2-Order verwendet keinen Limit-Preis.</translation>
    </message>
    <message>
        <source>%1: a %2 order needs a stop price.</source>
        <translation>%1: Eine %2-Order braucht einen Stop-Kurs.</translation>
    </message>
    <message>
        <source>%1: a %2 order does not take a stop price.</source>
        <translation>%1: Eine %2-Order verwendet keinen Stop-Kurs.</translation>
    </message>
    <message>
        <source>%1: only a trailing stop takes a trail; this is a %2 order.</source>
        <translation>%1: Nur ein Trailing-Stop verwendet ein Trailing; dies ist eine %2-Order.</translation>
    </message>
    <message>
        <source>%1 %2 must be above the current ask %3 for a buy stop.</source>
        <translation>%1 %2 muss für einen Kauf-Stop über dem aktuellen Briefkurs %3 liegen.</translation>
    </message>
    <message>
        <source>%1 %2 must be below the current bid %3 for a sell stop.</source>
        <translation>%1 %2 muss für einen Verkaufs-Stop unter dem aktuellen Geldkurs %3 liegen.</translation>
    </message>
</context>
<context>
    <name>ValidationRule</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Stückzahl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Ordertyp</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limit-Preis</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Stop-Kurs</translation>
    </message>
    <message>
        <source>Trail price</source>
        <translation>Trailing-Betrag</translation>
    </message>
    <message>
        <source>Trail percent</source>
        <translation>Trailing-Prozentsatz</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>Verlängerte Handelszeiten</translation>
    </message>
    <message>
        <source>Order class</source>
        <translation>Orderklasse</translation>
    </message>
    <message>
        <source>Take-profit limit price</source>
        <translation>Take-Profit-Limit-Preis</translation>
    </message>
    <message>
        <source>Stop-loss stop price</source>
        <translation>Stop-Loss-Stop-Kurs</translation>
    </message>
    <message>
        <source>Stop-loss limit price</source>
        <translation>Stop-Loss-Limit-Preis</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Trading mode</source>
        <translation>Handelsmodus</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A careful desktop trading terminal for Alpaca.</source>
        <translation>Ein sorgfältiges Desktop-Handelsterminal für Alpaca.</translation>
    </message>
    <message>
        <source>Render the main window after the first data refresh to &lt;file&gt; (PNG) and exit.</source>
        <translation>Das Hauptfenster nach der ersten Datenaktualisierung in &lt;file&gt; (PNG) rendern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>system, light or dark (overrides the setting for this run).</source>
        <translation>system, light oder dark (überschreibt die Einstellung für diesen Lauf).</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>The audit journal %1 cannot be opened: %2</source>
        <translation>Das Audit-Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Audit-Journal</translation>
    </message>
    <message>
        <source>--size must be WxH, at least 320x240</source>
        <translation>--size muss WxH sein, mindestens 320x240</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no data within 30 s; no screenshot</source>
        <translation>keine Daten innerhalb von 30 s; kein Screenshot</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
</context>
</TS>
