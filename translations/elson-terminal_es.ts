<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountBlockedRule</name>
    <message>
        <source>%1: the account is blocked (account_blocked); Alpaca refuses all activity on it.</source>
        <translation>%1: la cuenta está bloqueada (account_blocked); Alpaca rechaza toda actividad en ella.</translation>
    </message>
    <message>
        <source>%1: trading is blocked on this account (trading_blocked).</source>
        <translation>%1: la negociación está bloqueada en esta cuenta (trading_blocked).</translation>
    </message>
    <message>
        <source>%1: trading is suspended by the account&apos;s own setting (trade_suspended_by_user).</source>
        <translation>%1: la negociación está suspendida por la propia configuración de la cuenta (trade_suspended_by_user).</translation>
    </message>
    <message>
        <source>%1: the account status &quot;%2&quot; is unknown to this version; Alpaca may refuse the order.</source>
        <translation>%1: esta versión desconoce el estado de cuenta &quot;%2&quot;; Alpaca podría rechazar la orden.</translation>
    </message>
    <message>
        <source>%1: the account is not active (status %2).</source>
        <translation>%1: la cuenta no está activa (estado %2).</translation>
    </message>
</context>
<context>
    <name>AllowedSymbolsRule</name>
    <message>
        <source>%1 %2 is not on your list of allowed symbols.</source>
        <translation>%1 %2 no está en su lista de símbolos permitidos.</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Journal %1, line %2 (record %3): %4</source>
        <translation>Diario %1, línea %2 (registro %3): %4</translation>
    </message>
    <message>
        <source>%1 Records 1 to %2 before it verify.</source>
        <translation>%1 Los registros 1 a %2 anteriores se verifican correctamente.</translation>
    </message>
    <message>
        <source>%1 No record before it.</source>
        <translation>%1 No hay ningún registro anterior.</translation>
    </message>
    <message>
        <source>the line is not a record, and no journal.recovered record documents it.</source>
        <translation>La línea no es un registro y ningún registro journal.recovered la documenta.</translation>
    </message>
    <message>
        <source>the record lacks fields or has fields of the wrong type (%1).</source>
        <translation>Al registro le faltan campos o tiene campos de tipo incorrecto (%1).</translation>
    </message>
    <message>
        <source>expected seq %1, found %2: records are missing or out of order.</source>
        <translation>Se esperaba seq %1 y se encontró %2: faltan registros o están desordenados.</translation>
    </message>
    <message>
        <source>prev_hash is not the previous record&apos;s hash: the chain is broken.</source>
        <translation>prev_hash no es el hash del registro anterior: la cadena está rota.</translation>
    </message>
    <message>
        <source>the hash does not match the record&apos;s content: the record was altered.</source>
        <translation>El hash no coincide con el contenido del registro: el registro fue alterado.</translation>
    </message>
    <message>
        <source>the record is torn: the journal ends in the middle of it (a crash while writing?).</source>
        <translation>El registro está truncado: el diario termina en medio de él (¿un fallo durante la escritura?).</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1 del diario.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another process.</source>
        <translation>Otro proceso tiene bloqueado el diario %1.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>No se puede leer el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>No se puede abrir el diario %1 para escritura: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>No se puede escribir en el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 shrank while it was open; reopen it to verify it.</source>
        <translation>El diario %1 se redujo mientras estaba abierto; vuelva a abrirlo para verificarlo.</translation>
    </message>
    <message>
        <source>Another process left the journal %1 without a final newline; reopen it.</source>
        <translation>Otro proceso dejó el diario %1 sin un salto de línea final; vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The journal %1 is not open.</source>
        <translation>El diario %1 no está abierto.</translation>
    </message>
    <message>
        <source>An earlier write to the journal %1 failed; reopen it before appending.</source>
        <translation>Falló una escritura anterior en el diario %1; vuelva a abrirlo antes de añadir registros.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be reopened: %2</source>
        <translation>No se puede volver a abrir el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be created after rotating it to %2: %3</source>
        <translation>No se puede crear el diario %1 tras rotarlo a %2: %3</translation>
    </message>
    <message>
        <source>Writing to the journal %1 failed: %2</source>
        <translation>Falló la escritura en el diario %1: %2</translation>
    </message>
</context>
<context>
    <name>BracketRule</name>
    <message>
        <source>%1: multi-leg option orders are not supported.</source>
        <translation>%1: no se admiten órdenes de opciones de varias patas.</translation>
    </message>
    <message>
        <source>%1: take-profit and stop-loss legs need a bracket, OCO or OTO order.</source>
        <translation>%1: las patas de take profit y stop loss requieren una orden bracket, OCO u OTO.</translation>
    </message>
    <message>
        <source>%1: a trailing stop cannot be part of a %2 order.</source>
        <translation>%1: un trailing stop no puede formar parte de una orden de clase %2.</translation>
    </message>
    <message>
        <source>%1: an OCO order is a limit order (its take-profit), not %2.</source>
        <translation>%1: una orden OCO es una orden límite (su take profit), no de tipo %2.</translation>
    </message>
    <message>
        <source>%1: the entry of a %2 order must be a market or limit order.</source>
        <translation>%1: la entrada de una orden de clase %2 debe ser una orden de mercado o límite.</translation>
    </message>
    <message>
        <source>%1: %2 orders must be day or gtc orders.</source>
        <translation>%1: las órdenes de clase %2 deben tener vigencia day o gtc.</translation>
    </message>
    <message>
        <source>%1: a stop-loss limit price needs a stop-loss stop price.</source>
        <translation>%1: un precio límite de stop loss requiere un precio stop de stop loss.</translation>
    </message>
    <message>
        <source>%1: an OTO order needs exactly one exit, a take-profit or a stop-loss.</source>
        <translation>%1: una orden OTO necesita exactamente una salida, un take profit o un stop loss.</translation>
    </message>
    <message>
        <source>%1: a %2 order needs a take-profit limit price.</source>
        <translation>%1: una orden de clase %2 necesita un precio límite de take profit.</translation>
    </message>
    <message>
        <source>%1: a %2 order needs a stop-loss stop price.</source>
        <translation>%1: una orden de clase %2 necesita un precio stop de stop loss.</translation>
    </message>
    <message>
        <source>%1 %2 of an OCO order must equal its take-profit limit price %3.</source>
        <translation>%1 %2 de una orden OCO debe ser igual a su precio límite de take profit %3.</translation>
    </message>
    <message>
        <source>%1 %2 must be above the stop-loss stop price %3.</source>
        <translation>%1 %2 debe estar por encima del precio stop de stop loss %3.</translation>
    </message>
    <message>
        <source>%1 %2 must be below the stop-loss stop price %3.</source>
        <translation>%1 %2 debe estar por debajo del precio stop de stop loss %3.</translation>
    </message>
    <message>
        <source>take-profit</source>
        <translation>de take profit</translation>
    </message>
    <message>
        <source>market</source>
        <translation>de mercado</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>de entrada</translation>
    </message>
    <message>
        <source>%1 %2 must be at least $0.01 above the %3 price %4.</source>
        <translation>%1 %2 debe estar al menos 0,01 $ por encima del precio %3 %4.</translation>
    </message>
    <message>
        <source>%1 %2 must be at least $0.01 below the %3 price %4.</source>
        <translation>%1 %2 debe estar al menos 0,01 $ por debajo del precio %3 %4.</translation>
    </message>
    <message>
        <source>%1 %2 is above the stop price %3: once triggered, the stop-loss may not fill in a falling market.</source>
        <translation>%1 %2 está por encima del precio stop %3: una vez activado, el stop loss podría no ejecutarse en un mercado a la baja.</translation>
    </message>
    <message>
        <source>%1 %2 is below the stop price %3: once triggered, the stop-loss may not fill in a rising market.</source>
        <translation>%1 %2 está por debajo del precio stop %3: una vez activado, el stop loss podría no ejecutarse en un mercado al alza.</translation>
    </message>
</context>
<context>
    <name>BrokerConfig</name>
    <message>
        <source>%1 and %2 are both set and differ; set only one of them</source>
        <translation>%1 y %2 están definidas y difieren; defina solo una de ellas</translation>
    </message>
    <message>
        <source>%1 must be true or false (also 1/0, yes/no), not &quot;%2&quot;</source>
        <translation>%1 debe ser true o false (también 1/0, yes/no), no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be development, staging or production, not &quot;%2&quot;</source>
        <translation>%1 debe ser development, staging o production, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be alpaca or sim, not &quot;%2&quot;</source>
        <translation>%1 debe ser alpaca o sim, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not; give both halves of the key pair</source>
        <translation>%1 está definida pero %2 no; indique las dos mitades del par de claves</translation>
    </message>
</context>
<context>
    <name>BuyingPowerRule</name>
    <message>
        <source>%1: there is no quote for %2, so the buying power this order needs cannot be checked.</source>
        <translation>%1: no hay cotización para %2, por lo que no se puede comprobar el poder de compra que necesita esta orden.</translation>
    </message>
    <message>
        <source>%1: this order needs about $%2 of non-marginable buying power; the account has $%3.</source>
        <translation>%1: esta orden necesita unos %2 $ de poder de compra no marginable; la cuenta tiene %3 $.</translation>
    </message>
    <message>
        <source>%1: this order needs about $%2 of buying power; the account has $%3.</source>
        <translation>%1: esta orden necesita unos %2 $ de poder de compra; la cuenta tiene %3 $.</translation>
    </message>
</context>
<context>
    <name>CredentialsRule</name>
    <message>
        <source>%1: there is no API key pair for the %2 account; add one under Credentials.</source>
        <translation>%1: no hay un par de claves API para la cuenta %2; añada uno en Credenciales.</translation>
    </message>
    <message>
        <source>%1: the live account&apos;s key is a paper key (PK…); live orders need a live key.</source>
        <translation>%1: la clave de la cuenta real es una clave paper (PK…); las órdenes reales necesitan una clave real.</translation>
    </message>
    <message>
        <source>%1: the live key has not been validated against the live host yet.</source>
        <translation>%1: la clave real aún no se ha validado con el host real.</translation>
    </message>
</context>
<context>
    <name>DailyLossRule</name>
    <message>
        <source>%1: today&apos;s loss of $%2 has reached your daily limit of $%3; only orders that reduce a position are allowed.</source>
        <translation>%1: la pérdida de hoy de %2 $ ha alcanzado su límite diario de %3 $; solo se permiten órdenes que reduzcan una posición.</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>overflow: the result is beyond ±9223372036.854775807</source>
        <translation>desbordamiento: el resultado supera ±9223372036.854775807</translation>
    </message>
    <message>
        <source>the operand is not a number (the result of an earlier overflow or division by zero)</source>
        <translation>el operando no es un número (resultado de un desbordamiento anterior o de una división por cero)</translation>
    </message>
    <message>
        <source>the value is empty; expected a decimal number</source>
        <translation>el valor está vacío; se esperaba un número decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; a decimal number has none</source>
        <translation>&quot;%1&quot; contiene un espacio; un número decimal no tiene ninguno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>&quot;%1&quot; no es un número finito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a group separator; write the digits without separators</source>
        <translation>&quot;%1&quot; contiene un separador de miles; escriba los dígitos sin separadores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation>&quot;%1&quot; tiene más de un punto decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>&quot;%1&quot; no es un número decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a digit before the decimal point</source>
        <translation>&quot;%1&quot; necesita un dígito antes del punto decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a digit after the decimal point</source>
        <translation>&quot;%1&quot; necesita un dígito después del punto decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs digits after the exponent</source>
        <translation>&quot;%1&quot; necesita dígitos después del exponente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation>&quot;%1&quot; tiene %2 decimales; se permiten como máximo 9 decimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range; a decimal holds at most ±9223372036.854775807</source>
        <translation>&quot;%1&quot; está fuera de rango; un decimal admite como máximo ±9223372036.854775807</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
</context>
<context>
    <name>DecimalFormatter</name>
    <message>
        <source>the value is empty; enter a number</source>
        <translation>el valor está vacío; introduzca un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: &quot;%2&quot; separates groups of digits here and the groups do not fit; the decimal point is &quot;%3&quot;</source>
        <translation>&quot;%1&quot; es ambiguo: &quot;%2&quot; separa grupos de dígitos aquí y los grupos no encajan; el separador decimal es &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation>&quot;%1&quot; tiene más de un separador decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a group separator after the decimal point</source>
        <translation>&quot;%1&quot; tiene un separador de miles después del separador decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; the decimal point here is &quot;%3&quot;</source>
        <translation>&quot;%1&quot; contiene &quot;%2&quot;; aquí el separador decimal es &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space inside the number</source>
        <translation>&quot;%1&quot; contiene un espacio dentro del número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: &quot;%2&quot; is not allowed</source>
        <translation>&quot;%1&quot; no es un número: &quot;%2&quot; no está permitido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits</source>
        <translation>&quot;%1&quot; no tiene dígitos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a digit after the decimal point</source>
        <translation>&quot;%1&quot; necesita un dígito después del separador decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation>&quot;%1&quot; tiene %2 decimales; se permiten como máximo 9 decimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large; a decimal holds at most ±9223372036.854775807</source>
        <translation>&quot;%1&quot; es demasiado grande; un decimal admite como máximo ±9223372036,854775807</translation>
    </message>
</context>
<context>
    <name>DuplicateOrderRule</name>
    <message>
        <source>%1: an open %2 order for the same size in %3 was placed %4 seconds ago; this looks like a duplicate.</source>
        <translation>%1: hace %4 segundos se colocó una orden abierta (%2) del mismo tamaño en %3; parece un duplicado.</translation>
    </message>
</context>
<context>
    <name>Elson::AccountModel</name>
    <message>
        <source>%1, account blocked</source>
        <translation>%1, cuenta bloqueada</translation>
    </message>
    <message>
        <source>%1, trading blocked</source>
        <translation>%1, negociación bloqueada</translation>
    </message>
    <message>
        <source>%1, trading suspended by you</source>
        <translation>%1, negociación suspendida por usted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Day P&amp;L</source>
        <translation>G/P del día</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Buying power</source>
        <translation>Poder de compra</translation>
    </message>
    <message>
        <source>Day-trading buying power</source>
        <translation>Poder de compra intradía</translation>
    </message>
    <message>
        <source>Reg T buying power</source>
        <translation>Poder de compra Reg T</translation>
    </message>
    <message>
        <source>Non-marginable buying power</source>
        <translation>Poder de compra no marginable</translation>
    </message>
    <message>
        <source>Long market value</source>
        <translation>Valor de mercado (largo)</translation>
    </message>
    <message>
        <source>Short market value</source>
        <translation>Valor de mercado (corto)</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>Margen inicial</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>Margen de mantenimiento</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplicador</translation>
    </message>
    <message>
        <source>Day trades (5 days)</source>
        <translation>Operaciones intradía (5 días)</translation>
    </message>
    <message>
        <source>Pattern day trader</source>
        <translation>Pattern day trader</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Equity now minus equity at the previous close</source>
        <translation>Patrimonio actual menos el patrimonio al cierre anterior</translation>
    </message>
    <message>
        <source>Day trades in the last five trading days</source>
        <translation>Operaciones intradía en los últimos cinco días hábiles</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Elson::ActivitiesModel</name>
    <message>
        <source>Partial fill</source>
        <translation>Ejecución parcial</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Sell short</source>
        <translation>Venta en corto</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Orden %1</translation>
    </message>
    <message>
        <source>Quantity × price (the broker sends no net amount for fills)</source>
        <translation>Cantidad × precio (el bróker no envía importe neto para las ejecuciones)</translation>
    </message>
    <message>
        <source>Order %1: %2 filled, %3 left</source>
        <translation>Orden %1: %2 ejecutadas, %3 pendientes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Importe neto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Elson::AlpacaBroker</name>
    <message>
        <source>Nothing was sent: the audit journal could not record the request (%1).</source>
        <translation>No se envió nada: el diario de auditoría no pudo registrar la solicitud (%1).</translation>
    </message>
    <message>
        <source>The order was not sent: the audit journal could not record it (%1).</source>
        <translation>La orden no se envió: el diario de auditoría no pudo registrarla (%1).</translation>
    </message>
    <message>
        <source>The account, clock and quote took %1 ms to arrive, longer than the %2 ms the checks accept; nothing was sent. Try again.</source>
        <translation>La cuenta, el reloj y la cotización tardaron %1 ms en llegar, más que los %2 ms que admiten las comprobaciones; no se envió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Elson::ApiError</name>
    <message>
        <source>HTTP status %1 without a message</source>
        <translation>Estado HTTP %1 sin mensaje</translation>
    </message>
</context>
<context>
    <name>Elson::AppSettings</name>
    <message>
        <source>Maximum order value</source>
        <translation>Valor máximo por orden</translation>
    </message>
    <message>
        <source>Maximum order quantity</source>
        <translation>Cantidad máxima por orden</translation>
    </message>
    <message>
        <source>Maximum position value</source>
        <translation>Valor máximo por posición</translation>
    </message>
    <message>
        <source>Maximum daily loss</source>
        <translation>Pérdida diaria máxima</translation>
    </message>
    <message>
        <source>Price collar</source>
        <translation>Banda de precio</translation>
    </message>
    <message>
        <source>%1 must be greater than zero, or empty for no limit.</source>
        <translation>%1 debe ser mayor que cero, o estar vacío para no tener límite.</translation>
    </message>
    <message>
        <source>Price collar must be at most 100 percent (it is %1).</source>
        <translation>La banda de precio debe ser como máximo del 100 por ciento (es %1).</translation>
    </message>
    <message>
        <source>Duplicate-order window must be between 0 (off) and %1 seconds.</source>
        <translation>La ventana de órdenes duplicadas debe estar entre 0 (desactivada) y %1 segundos.</translation>
    </message>
    <message>
        <source>Allowed symbols: &quot;%1&quot; is not a ticker (letters and digits, optionally a class suffix such as BRK.B).</source>
        <translation>Símbolos permitidos: &quot;%1&quot; no es un ticker (letras y dígitos, opcionalmente con un sufijo de clase como BRK.B).</translation>
    </message>
    <message>
        <source>Account polling</source>
        <translation>Consulta de la cuenta</translation>
    </message>
    <message>
        <source>Positions polling</source>
        <translation>Consulta de posiciones</translation>
    </message>
    <message>
        <source>Orders polling</source>
        <translation>Consulta de órdenes</translation>
    </message>
    <message>
        <source>Clock polling</source>
        <translation>Consulta del reloj del mercado</translation>
    </message>
    <message>
        <source>Quotes polling</source>
        <translation>Consulta de cotizaciones</translation>
    </message>
    <message>
        <source>%1 must be every %2 to %3 seconds.</source>
        <translation>%1 debe realizarse cada %2 a %3 segundos.</translation>
    </message>
    <message>
        <source>%1: together the polls would make %2 requests a minute; keep them under %3 of Alpaca&apos;s 200 so orders always get through.</source>
        <translation>%1: en conjunto, las consultas harían %2 solicitudes por minuto; manténgalas por debajo de %3 de las 200 de Alpaca para que las órdenes siempre pasen.</translation>
    </message>
    <message>
        <source>Live idle timeout must be 1 to %1 minutes.</source>
        <translation>El bloqueo por inactividad en modo real debe ser de 1 a %1 minutos.</translation>
    </message>
</context>
<context>
    <name>Elson::AuditLogModel</name>
    <message>
        <source>The last line is incomplete (%1 bytes).</source>
        <translation>La última línea está incompleta (%1 bytes).</translation>
    </message>
    <message numerus="yes">
        <source>Not a record (%n byte(s))</source>
        <translation>
            <numerusform>No es un registro (%n byte)</numerusform>
            <numerusform>No es un registro (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not a journal record.</source>
        <translation>La línea %1 no es un registro del diario.</translation>
    </message>
    <message>
        <source>The record lacks fields or has fields of the wrong type.</source>
        <translation>Al registro le faltan campos o tiene campos de tipo incorrecto.</translation>
    </message>
    <message>
        <source>Expected seq %1, found %2: records are missing or out of order.</source>
        <translation>Se esperaba seq %1 y se encontró %2: faltan registros o están desordenados.</translation>
    </message>
    <message>
        <source>prev_hash is not the previous record&apos;s hash: the chain is broken.</source>
        <translation>prev_hash no es el hash del registro anterior: la cadena está rota.</translation>
    </message>
    <message>
        <source>The hash does not match the content: the record was altered.</source>
        <translation>El hash no coincide con el contenido: el registro fue alterado.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Torn</source>
        <translation>Truncado</translation>
    </message>
    <message>
        <source>Torn (recovered)</source>
        <translation>Truncado (recuperado)</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Roto</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The journal was rotated, but the previous file is missing.</source>
        <translation>El diario se rotó, pero falta el archivo anterior.</translation>
    </message>
    <message>
        <source>The rotated journal does not continue its previous file %1.</source>
        <translation>El diario rotado no continúa su archivo anterior %1.</translation>
    </message>
</context>
<context>
    <name>Elson::Broker</name>
    <message>
        <source>This broker cannot preview orders.</source>
        <translation>Este bróker no puede previsualizar órdenes.</translation>
    </message>
</context>
<context>
    <name>Elson::BrokerFactory</name>
    <message>
        <source>%1 must be a positive dollar amount.</source>
        <translation>%1 debe ser un importe positivo en dólares.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no paper API key pair: set %1 and %2, store one with &quot;elsonctl credentials set&quot;, or use the embedded exchange (DEFAULT_BROKER=sim).</source>
        <translation>No hay un par de claves API paper: defina %1 y %2, guarde uno con &quot;elsonctl credentials set&quot; o use la bolsa integrada (DEFAULT_BROKER=sim).</translation>
    </message>
    <message>
        <source>the confirmation does not match the live account&apos;s number</source>
        <translation>la confirmación no coincide con el número de la cuenta real</translation>
    </message>
    <message>
        <source>The embedded exchange has no live account.</source>
        <translation>La bolsa integrada no tiene cuenta real.</translation>
    </message>
    <message>
        <source>Unknown broker &quot;%1&quot;: use alpaca or sim.</source>
        <translation>Bróker desconocido &quot;%1&quot;: use alpaca o sim.</translation>
    </message>
    <message>
        <source>No keychain is in use, so the %1 credentials cannot be stored or read there.</source>
        <translation>No se usa ningún llavero, así que las credenciales de la cuenta %1 no se pueden guardar ni leer en él.</translation>
    </message>
    <message>
        <source>Both the key id and the secret are needed for the %1 credentials.</source>
        <translation>Se necesitan tanto el ID de clave como el secreto para las credenciales de la cuenta %1.</translation>
    </message>
    <message>
        <source>The %1 host rejected the key pair %2: %3</source>
        <translation>El host de la cuenta %1 rechazó el par de claves %2: %3</translation>
    </message>
</context>
<context>
    <name>Elson::ClosePositionDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posición:</translation>
    </message>
    <message>
        <source>%1 shares of %2</source>
        <translation>%1 acciones de %2</translation>
    </message>
    <message>
        <source>All of it</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>&amp;Close:</source>
        <translation>&amp;Cerrar:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Cancel this symbol&apos;s open orders first</source>
        <translation>Cancelar primero las órdenes abiertas de este símbolo</translation>
    </message>
    <message>
        <source>C&amp;lose position</source>
        <translation>Cerrar &amp;posición</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Quantity must not exceed the %1 shares held.</source>
        <translation>La cantidad no debe superar las %1 acciones en cartera.</translation>
    </message>
    <message>
        <source>Percentage must be at most 100.</source>
        <translation>El porcentaje debe ser como máximo 100.</translation>
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
        <translation>qty y percentage no se pueden indicar a la vez</translation>
    </message>
</context>
<context>
    <name>Elson::CredentialStore</name>
    <message>
        <source>No %1 credentials are stored in the keychain.</source>
        <translation>No hay credenciales de la cuenta %1 guardadas en el llavero.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so the %1 credentials cannot be used.</source>
        <translation>Se denegó el acceso al llavero, así que no se pueden usar las credenciales de la cuenta %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; the %1 credentials can only come from the environment.</source>
        <translation>No hay ningún llavero disponible en este sistema; las credenciales de la cuenta %1 solo pueden venir del entorno.</translation>
    </message>
    <message>
        <source>The keychain is locked; unlock it and try again.</source>
        <translation>El llavero está bloqueado; desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service on the session bus); the %1 credentials can only come from the environment.</source>
        <translation>No hay ningún servicio de llavero en ejecución (ningún Secret Service en el bus de sesión); las credenciales de la cuenta %1 solo pueden venir del entorno.</translation>
    </message>
    <message>
        <source>The keychain could not handle the %1 credentials: %2</source>
        <translation>El llavero no pudo procesar las credenciales de la cuenta %1: %2</translation>
    </message>
    <message>
        <source>Both the key id and the secret are needed to store the %1 credentials.</source>
        <translation>Se necesitan tanto el ID de clave como el secreto para guardar las credenciales de la cuenta %1.</translation>
    </message>
    <message>
        <source>The keychain entry for the %1 credentials is not readable; store them again.</source>
        <translation>La entrada del llavero para las credenciales de la cuenta %1 no se puede leer; guárdelas de nuevo.</translation>
    </message>
    <message>
        <source>There are no credentials to import: set %1 and %2.</source>
        <translation>No hay credenciales que importar: defina %1 y %2.</translation>
    </message>
    <message>
        <source>The key %1 is neither a paper (PK…) nor a live (AK…) key; say which account it is for.</source>
        <translation>La clave %1 no es ni una clave paper (PK…) ni una clave real (AK…); indique para qué cuenta es.</translation>
    </message>
    <message>
        <source>The key %1 is a paper key (PK…); it cannot be stored as the live credentials.</source>
        <translation>La clave %1 es una clave paper (PK…); no se puede guardar como credenciales de la cuenta real.</translation>
    </message>
</context>
<context>
    <name>Elson::CredentialTester</name>
    <message>
        <source>The connection test is no longer available.</source>
        <translation>La prueba de conexión ya no está disponible.</translation>
    </message>
</context>
<context>
    <name>Elson::Enums</name>
    <message>
        <source>order side</source>
        <translation>sentido de la orden</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>order type</source>
        <translation>tipo de orden</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop límite</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing stop</translation>
    </message>
    <message>
        <source>time in force</source>
        <translation>vigencia</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Good till canceled</source>
        <translation>Válida hasta cancelar</translation>
    </message>
    <message>
        <source>At the open</source>
        <translation>En la apertura</translation>
    </message>
    <message>
        <source>At the close</source>
        <translation>Al cierre</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>Inmediata o cancelar</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>Ejecutar o anular</translation>
    </message>
    <message>
        <source>Good till date</source>
        <translation>Válida hasta fecha</translation>
    </message>
    <message>
        <source>Good till extended</source>
        <translation>Válida hasta horario extendido</translation>
    </message>
    <message>
        <source>order class</source>
        <translation>clase de orden</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <source>One cancels other</source>
        <translation>Una cancela la otra</translation>
    </message>
    <message>
        <source>One triggers other</source>
        <translation>Una activa la otra</translation>
    </message>
    <message>
        <source>Multi-leg</source>
        <translation>Varias patas</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>estado de la orden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>Parcialmente ejecutada</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <source>Done for day</source>
        <translation>Terminada por hoy</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Reemplazada</translation>
    </message>
    <message>
        <source>Pending cancel</source>
        <translation>Cancelación pendiente</translation>
    </message>
    <message>
        <source>Pending replace</source>
        <translation>Reemplazo pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Pending new</source>
        <translation>Nueva pendiente</translation>
    </message>
    <message>
        <source>Accepted for bidding</source>
        <translation>Aceptada para subasta</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>Calculada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <source>position intent</source>
        <translation>intención de la posición</translation>
    </message>
    <message>
        <source>Buy to open</source>
        <translation>Compra para abrir</translation>
    </message>
    <message>
        <source>Buy to close</source>
        <translation>Compra para cerrar</translation>
    </message>
    <message>
        <source>Sell to open</source>
        <translation>Venta para abrir</translation>
    </message>
    <message>
        <source>Sell to close</source>
        <translation>Venta para cerrar</translation>
    </message>
    <message>
        <source>position side</source>
        <translation>sentido de la posición</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>asset class</source>
        <translation>clase de activo</translation>
    </message>
    <message>
        <source>US equity</source>
        <translation>Acciones de EE. UU.</translation>
    </message>
    <message>
        <source>US option</source>
        <translation>Opciones de EE. UU.</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Cripto</translation>
    </message>
    <message>
        <source>asset status</source>
        <translation>estado del activo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>account status</source>
        <translation>estado de la cuenta</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>En alta</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Envío fallido</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Account updated</source>
        <translation>Cuenta actualizada</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>Aprobación pendiente</translation>
    </message>
    <message>
        <source>trade event</source>
        <translation>evento de operación</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Partial fill</source>
        <translation>Ejecución parcial</translation>
    </message>
    <message>
        <source>Replace rejected</source>
        <translation>Reemplazo rechazado</translation>
    </message>
    <message>
        <source>Cancel rejected</source>
        <translation>Cancelación rechazada</translation>
    </message>
    <message>
        <source>Restated</source>
        <translation>Reexpresada</translation>
    </message>
    <message>
        <source>Trade busted</source>
        <translation>Operación anulada</translation>
    </message>
    <message>
        <source>Trade corrected</source>
        <translation>Operación corregida</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>tipo de actividad</translation>
    </message>
    <message>
        <source>Cash transaction</source>
        <translation>Movimiento de efectivo</translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation>Varios</translation>
    </message>
    <message>
        <source>ACATS transfer (cash)</source>
        <translation>Transferencia ACATS (efectivo)</translation>
    </message>
    <message>
        <source>ACATS transfer (securities)</source>
        <translation>Transferencia ACATS (valores)</translation>
    </message>
    <message>
        <source>Crypto fee</source>
        <translation>Comisión cripto</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Depósito de efectivo</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>Retirada de efectivo</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>Dividendo</translation>
    </message>
    <message>
        <source>Dividend (long-term capital gain)</source>
        <translation>Dividendo (ganancia de capital a largo plazo)</translation>
    </message>
    <message>
        <source>Dividend (short-term capital gain)</source>
        <translation>Dividendo (ganancia de capital a corto plazo)</translation>
    </message>
    <message>
        <source>Dividend fee</source>
        <translation>Comisión sobre dividendo</translation>
    </message>
    <message>
        <source>Dividend (foreign tax withheld)</source>
        <translation>Dividendo (retención de impuesto extranjero)</translation>
    </message>
    <message>
        <source>Dividend (NRA withheld)</source>
        <translation>Dividendo (retención NRA)</translation>
    </message>
    <message>
        <source>Dividend (return of capital)</source>
        <translation>Dividendo (devolución de capital)</translation>
    </message>
    <message>
        <source>Dividend (Tefra withheld)</source>
        <translation>Dividendo (retención Tefra)</translation>
    </message>
    <message>
        <source>Dividend (tax exempt)</source>
        <translation>Dividendo (exento de impuestos)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Interest (NRA withheld)</source>
        <translation>Intereses (retención NRA)</translation>
    </message>
    <message>
        <source>Interest (Tefra withheld)</source>
        <translation>Intereses (retención Tefra)</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Asiento contable</translation>
    </message>
    <message>
        <source>Journal entry (cash)</source>
        <translation>Asiento contable (efectivo)</translation>
    </message>
    <message>
        <source>Journal entry (stock)</source>
        <translation>Asiento contable (acciones)</translation>
    </message>
    <message>
        <source>Merger or acquisition</source>
        <translation>Fusión o adquisición</translation>
    </message>
    <message>
        <source>Name change</source>
        <translation>Cambio de nombre</translation>
    </message>
    <message>
        <source>Option assignment</source>
        <translation>Asignación de opción</translation>
    </message>
    <message>
        <source>Option expiration</source>
        <translation>Vencimiento de opción</translation>
    </message>
    <message>
        <source>Option exercise</source>
        <translation>Ejercicio de opción</translation>
    </message>
    <message>
        <source>Pass-through charge</source>
        <translation>Cargo repercutido</translation>
    </message>
    <message>
        <source>Pass-through rebate</source>
        <translation>Reembolso repercutido</translation>
    </message>
    <message>
        <source>Reorganization</source>
        <translation>Reorganización</translation>
    </message>
    <message>
        <source>Symbol change</source>
        <translation>Cambio de símbolo</translation>
    </message>
    <message>
        <source>Stock spin-off</source>
        <translation>Escisión</translation>
    </message>
    <message>
        <source>Stock split</source>
        <translation>Split de acciones</translation>
    </message>
    <message>
        <source>trade status</source>
        <translation>estado de la operación</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>market data message type</source>
        <translation>tipo de mensaje de datos de mercado</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cotización</translation>
    </message>
    <message>
        <source>Minute bar</source>
        <translation>Barra de minuto</translation>
    </message>
    <message>
        <source>Updated bar</source>
        <translation>Barra actualizada</translation>
    </message>
    <message>
        <source>Daily bar</source>
        <translation>Barra diaria</translation>
    </message>
    <message>
        <source>Trading status</source>
        <translation>Estado de negociación</translation>
    </message>
    <message>
        <source>Limit up/limit down</source>
        <translation>Limit up/limit down</translation>
    </message>
    <message>
        <source>Order imbalance</source>
        <translation>Desequilibrio de órdenes</translation>
    </message>
    <message>
        <source>Trade correction</source>
        <translation>Corrección de operación</translation>
    </message>
    <message>
        <source>Trade cancel or error</source>
        <translation>Cancelación o error de operación</translation>
    </message>
    <message>
        <source>stream action</source>
        <translation>acción del flujo</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>Autenticar</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
</context>
<context>
    <name>Elson::EquityChart</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Valor base</translation>
    </message>
</context>
<context>
    <name>Elson::Json</name>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an order needs qty or notional; both are null</source>
        <translation>una orden necesita qty o notional; ambos son null</translation>
    </message>
    <message>
        <source>needs one element per timestamp</source>
        <translation>necesita un elemento por cada marca de tiempo</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>la cadena %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 (expected one of: %3)</source>
        <translation>%1 no es un valor válido de %2 (se esperaba uno de: %3)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera de rango</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un número decimal</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>una cadena decimal</translation>
    </message>
    <message>
        <source>epoch time %1 is out of range</source>
        <translation>el tiempo epoch %1 está fuera de rango</translation>
    </message>
    <message>
        <source>a timestamp string</source>
        <translation>una cadena de marca de tiempo</translation>
    </message>
    <message>
        <source>a date string</source>
        <translation>una cadena de fecha</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>una cadena de hora</translation>
    </message>
    <message>
        <source>%1 is not a time (HH:MM or HHMM)</source>
        <translation>%1 no es una hora (HH:MM o HHMM)</translation>
    </message>
</context>
<context>
    <name>Elson::KillSwitch</name>
    <message>
        <source>Kill switch engaged</source>
        <translation>Parada de emergencia activada</translation>
    </message>
    <message>
        <source>No broker is connected; order entry is locked.</source>
        <translation>No hay ningún bróker conectado; la entrada de órdenes está bloqueada.</translation>
    </message>
    <message>
        <source>Cancelling all open orders…</source>
        <translation>Cancelando todas las órdenes abiertas…</translation>
    </message>
    <message>
        <source>Closing all positions…</source>
        <translation>Cerrando todas las posiciones…</translation>
    </message>
</context>
<context>
    <name>Elson::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Elson::MainWindow</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Filter by symbol</source>
        <translation>Filtrar por símbolo</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Fills &amp;&amp; History</source>
        <translation>Ejecuciones &amp;&amp; historial</translation>
    </message>
    <message>
        <source>Add symbol and press Enter</source>
        <translation>Añada un símbolo y pulse Intro</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Audit Journal</source>
        <translation>Diario de auditoría</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Order Ticket</source>
        <translation>Ticket de orden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Export fills as CSV…</source>
        <translation>Exportar ejecuciones como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Trading</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nueva orden</translation>
    </message>
    <message>
        <source>&amp;Cancel selected order</source>
        <translation>&amp;Cancelar orden seleccionada</translation>
    </message>
    <message>
        <source>&amp;Replace selected order…</source>
        <translation>&amp;Modificar orden seleccionada…</translation>
    </message>
    <message>
        <source>C&amp;lose selected position…</source>
        <translation>Ce&amp;rrar posición seleccionada…</translation>
    </message>
    <message>
        <source>Cancel &amp;all orders…</source>
        <translation>Cancelar &amp;todas las órdenes…</translation>
    </message>
    <message>
        <source>Close all &amp;positions…</source>
        <translation>Cerrar todas las &amp;posiciones…</translation>
    </message>
    <message>
        <source>&amp;Kill switch…</source>
        <translation>Parada de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Block new orders, cancel every order, close every position, and lock order entry until re-armed</source>
        <translation>Bloquear nuevas órdenes, cancelar todas las órdenes, cerrar todas las posiciones y bloquear la entrada de órdenes hasta rearmarla</translation>
    </message>
    <message>
        <source>Re-&amp;arm order entry…</source>
        <translation>Re&amp;armar entrada de órdenes…</translation>
    </message>
    <message>
        <source>Switch to &amp;LIVE…</source>
        <translation>Cambiar a &amp;LIVE…</translation>
    </message>
    <message>
        <source>Back to &amp;paper</source>
        <translation>&amp;Volver a paper</translation>
    </message>
    <message>
        <source>Trade this symbol…</source>
        <translation>Operar este símbolo…</translation>
    </message>
    <message>
        <source>New order like this…</source>
        <translation>Nueva orden como esta…</translation>
    </message>
    <message>
        <source>Trade…</source>
        <translation>Operar…</translation>
    </message>
    <message>
        <source>Remove from watchlist</source>
        <translation>Quitar de la lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
    <message>
        <source>&amp;Lock layout</source>
        <translation>&amp;Bloquear diseño</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Elson Terminal</source>
        <translation>&amp;Acerca de Elson Terminal</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Orders and positions reconciled after the stream reconnected.</source>
        <translation>Órdenes y posiciones conciliadas tras la reconexión del flujo.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>Datos de mercado</translation>
    </message>
    <message>
        <source>Kill switch: %1 orders cancelled (%2 failed), %3 positions closed (%4 failed). Order entry stays locked until you re-arm it.</source>
        <translation>Parada de emergencia: %1 órdenes canceladas (%2 fallidas), %3 posiciones cerradas (%4 fallidas). La entrada de órdenes sigue bloqueada hasta que la rearme.</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Parada de emergencia</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Live mode locked after %1 minutes without input.</source>
        <translation>Modo real bloqueado tras %1 minutos sin actividad.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Elson Terminal — %1</source>
        <translation>Elson Terminal — %1</translation>
    </message>
    <message>
        <source> — account %1</source>
        <translation> — cuenta %1</translation>
    </message>
    <message>
        <source>Checking the live key pair with Alpaca…</source>
        <translation>Comprobando el par de claves real con Alpaca…</translation>
    </message>
    <message>
        <source>Live trading refused</source>
        <translation>Trading real rechazado</translation>
    </message>
    <message>
        <source>Still trading %1.

%2</source>
        <translation>Se sigue operando en %1.

%2</translation>
    </message>
    <message>
        <source>LIVE trading is on.</source>
        <translation>El trading LIVE está activado.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desfasado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order entry is locked&lt;/b&gt; (%1). Use Trading → Re-arm order entry to trade again.</source>
        <translation>&lt;b&gt;La entrada de órdenes está bloqueada&lt;/b&gt; (%1). Use Operaciones → Rearmar entrada de órdenes para volver a operar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data is stale.&lt;/b&gt; Last successful refresh: %1. %2 Retrying with back-off.</source>
        <translation>&lt;b&gt;Los datos están desfasados.&lt;/b&gt; Última actualización correcta: %1. %2 Reintentando con espera progresiva.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&lt;b&gt;The order stream is %1.&lt;/b&gt; Fills may not show promptly; orders and positions are reconciled when it reconnects.</source>
        <translation>&lt;b&gt;El flujo de órdenes está %1.&lt;/b&gt; Es posible que las ejecuciones no se muestren a tiempo; las órdenes y posiciones se concilian cuando se reconecta.</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>Running on the &lt;b&gt;embedded simulator&lt;/b&gt; with a demo account — no real money. Add Alpaca paper or live keys in File → Settings → Credentials, or set ALPACA_API_KEY and ALPACA_SECRET_KEY.</source>
        <translation>Funcionando con el &lt;b&gt;simulador integrado&lt;/b&gt; y una cuenta de demostración: sin dinero real. Añada claves paper o reales de Alpaca en Archivo → Ajustes → Credenciales, o defina ALPACA_API_KEY y ALPACA_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1 límite</translation>
    </message>
    <message>
        <source>%1 stop</source>
        <translation>%1 stop</translation>
    </message>
    <message>
        <source>%1 take profit</source>
        <translation>%1 take profit</translation>
    </message>
    <message>
        <source>%1 stop loss</source>
        <translation>%1 stop loss</translation>
    </message>
    <message>
        <source>This acts on your LIVE account.</source>
        <translation>Esto actúa sobre su cuenta LIVE.</translation>
    </message>
    <message>
        <source>Order entry locked</source>
        <translation>Entrada de órdenes bloqueada</translation>
    </message>
    <message>
        <source>Order entry is locked (%1). Re-arm it first.</source>
        <translation>La entrada de órdenes está bloqueada (%1). Rearme primero.</translation>
    </message>
    <message>
        <source>Order stream not live</source>
        <translation type="vanished">Flujo de órdenes no activo</translation>
    </message>
    <message>
        <source>The order stream is not live, so fills may not show promptly. Submit the order anyway?</source>
        <translation type="vanished">El flujo de órdenes no está activo, así que es posible que las ejecuciones no se muestren a tiempo. ¿Enviar la orden de todos modos?</translation>
    </message>
    <message>
        <source>Submitting %1 %2…</source>
        <translation>Enviando %1 de %2…</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Orden no colocada</translation>
    </message>
    <message>
        <source>Order %1 accepted: %2 %3</source>
        <translation>Orden %1 aceptada: %2 %3</translation>
    </message>
    <message>
        <source>Order %1 for %2 accepted (client order id %3).</source>
        <translation>Orden %1 de %2 aceptada (ID de orden del cliente %3).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar orden</translation>
    </message>
    <message>
        <source>Cancel order %1?</source>
        <translation>¿Cancelar la orden %1?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel requested for %1</source>
        <translation>Cancelación solicitada para %1</translation>
    </message>
    <message>
        <source>Replace order</source>
        <translation>Modificar orden</translation>
    </message>
    <message>
        <source>This order is no longer working.</source>
        <translation>Esta orden ya no está activa.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Order not replaced</source>
        <translation>Orden no modificada</translation>
    </message>
    <message>
        <source>Replaced by order %1</source>
        <translation>Reemplazada por la orden %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Position not closed</source>
        <translation>Posición no cerrada</translation>
    </message>
    <message>
        <source>Closing %1: order %2</source>
        <translation>Cerrando %1: orden %2</translation>
    </message>
    <message>
        <source>Cancel all orders</source>
        <translation>Cancelar todas las órdenes</translation>
    </message>
    <message>
        <source>Cancel every open order?</source>
        <translation>¿Cancelar todas las órdenes abiertas?</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar todas</translation>
    </message>
    <message numerus="yes">
        <source>%n cancel request(s) sent</source>
        <translation>
            <numerusform>%n solicitud de cancelación enviada</numerusform>
            <numerusform>%n solicitudes de cancelación enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Close all positions</source>
        <translation>Cerrar todas las posiciones</translation>
    </message>
    <message>
        <source>Close every position at market, cancelling their open orders first?</source>
        <translation>¿Cerrar todas las posiciones a mercado, cancelando antes sus órdenes abiertas?</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>Cerrar todas</translation>
    </message>
    <message numerus="yes">
        <source>%n close order(s) sent</source>
        <translation>
            <numerusform>%n orden de cierre enviada</numerusform>
            <numerusform>%n órdenes de cierre enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Block new orders, cancel every open order, close every position at market, and lock order entry until you re-arm it?</source>
        <translation>¿Bloquear nuevas órdenes, cancelar todas las órdenes abiertas, cerrar todas las posiciones a mercado y bloquear la entrada de órdenes hasta que la rearme?</translation>
    </message>
    <message>
        <source>Re-arm order entry</source>
        <translation>Rearmar entrada de órdenes</translation>
    </message>
    <message>
        <source>Allow new orders again?</source>
        <translation>¿Volver a permitir nuevas órdenes?</translation>
    </message>
    <message>
        <source>Export fills and history</source>
        <translation>Exportar ejecuciones e historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>About Elson Terminal</source>
        <translation>Acerca de Elson Terminal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Elson Terminal %1&lt;/h3&gt;&lt;p&gt;A careful desktop trading terminal for the Alpaca brokerage.&lt;/p&gt;&lt;p&gt;Paper by default; live only when every safety gate agrees.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elson Terminal %1&lt;/h3&gt;&lt;p&gt;Un terminal de trading de escritorio cuidadoso para el bróker Alpaca.&lt;/p&gt;&lt;p&gt;Paper por defecto; real solo cuando todos los controles de seguridad lo permiten.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL v3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>%1 keys saved (%2); they are used from the next start.</source>
        <translation>Claves %1 guardadas (%2); se usarán a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Elson::MarketDataService</name>
    <message>
        <source>No market data: there is no broker connection.</source>
        <translation>Sin datos de mercado: no hay conexión con el bróker.</translation>
    </message>
    <message>
        <source>No market data for %1: the symbol is unknown.</source>
        <translation>Sin datos de mercado para %1: el símbolo es desconocido.</translation>
    </message>
    <message>
        <source>A symbol and a positive number of bars are needed.</source>
        <translation>Se necesitan un símbolo y un número positivo de barras.</translation>
    </message>
</context>
<context>
    <name>Elson::ModeBadge</name>
    <message>
        <source>Trading mode: %1</source>
        <translation>Modo de trading: %1</translation>
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
        <translation>Simulador integrado: una bolsa de demostración local. Sin dinero real, sin cuenta de Alpaca.</translation>
    </message>
    <message>
        <source>Alpaca paper trading: simulated fills on Alpaca&apos;s paper account. No real money.</source>
        <translation>Trading paper de Alpaca: ejecuciones simuladas en la cuenta paper de Alpaca. Sin dinero real.</translation>
    </message>
    <message>
        <source>LIVE trading: orders reach the real exchange with real money.</source>
        <translation>Trading LIVE: las órdenes llegan a la bolsa real con dinero real.</translation>
    </message>
</context>
<context>
    <name>Elson::ModeSwitchDialog</name>
    <message>
        <source>Switch to LIVE trading</source>
        <translation>Cambiar a trading LIVE</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live orders reach the real exchange with real money.&lt;/b&gt;&lt;br&gt;Every gate below must pass. The key pair is then checked against Alpaca&apos;s live host before anything else happens.</source>
        <translation>&lt;b&gt;Las órdenes reales llegan a la bolsa real con dinero real.&lt;/b&gt;&lt;br&gt;Todos los controles de abajo deben superarse. Después, el par de claves se comprueba con el host real de Alpaca antes de que ocurra nada más.</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Superado: %1</translation>
    </message>
    <message>
        <source>Checked after you confirm: %1</source>
        <translation>Se comprueba tras su confirmación: %1</translation>
    </message>
    <message>
        <source>Type your live &amp;account number to confirm:</source>
        <translation>Escriba el número de su &amp;cuenta real para confirmar:</translation>
    </message>
    <message>
        <source>Switch to &amp;LIVE</source>
        <translation>Cambiar a &amp;LIVE</translation>
    </message>
    <message>
        <source>Live trading is not possible until the failing gates pass.</source>
        <translation>El trading real no es posible hasta que se superen los controles que fallan.</translation>
    </message>
    <message>
        <source>The account number is on Alpaca&apos;s live dashboard.</source>
        <translation>El número de cuenta aparece en el panel real de Alpaca.</translation>
    </message>
</context>
<context>
    <name>Elson::OrderReviewDialog</name>
    <message>
        <source>Review LIVE order</source>
        <translation>Revisar orden LIVE</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Revisar orden</translation>
    </message>
    <message>
        <source>This order trades real money in your live account.</source>
        <translation>Esta orden opera con dinero real en su cuenta real.</translation>
    </message>
    <message>
        <source>This order goes to your Alpaca paper account.</source>
        <translation>Esta orden va a su cuenta paper de Alpaca.</translation>
    </message>
    <message>
        <source>This order goes to the built-in simulator.</source>
        <translation>Esta orden va al simulador integrado.</translation>
    </message>
    <message>
        <source>Client order id %1: if the connection drops, the same order is found again instead of being placed twice.</source>
        <translation>ID de orden del cliente %1: si se corta la conexión, se vuelve a encontrar la misma orden en lugar de colocarla dos veces.</translation>
    </message>
    <message>
        <source>✔ acknowledged: %1 [%2]</source>
        <translation>✔ confirmado: %1 [%2]</translation>
    </message>
    <message>
        <source>✘ not acknowledged: %1 [%2]</source>
        <translation>✘ no confirmado: %1 [%2]</translation>
    </message>
    <message>
        <source>&amp;Place LIVE order</source>
        <translation>Colocar orden &amp;LIVE</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>Colocar &amp;orden</translation>
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
        <translation>El flujo de órdenes está caído: es posible que las ejecuciones y cancelaciones no se muestren hasta que se reconecte.</translation>
    </message>
    <message>
        <source>The order stream has gone quiet: fills and cancellations may not show promptly.</source>
        <translation>El flujo de órdenes se ha quedado en silencio: es posible que las ejecuciones y cancelaciones no se muestren a tiempo.</translation>
    </message>
    <message>
        <source>Order entry is locked. Re-arm it to trade again.</source>
        <translation>La entrada de órdenes está bloqueada. Rearme para volver a operar.</translation>
    </message>
    <message>
        <source>Order entry is locked: %1</source>
        <translation>La entrada de órdenes está bloqueada: %1</translation>
    </message>
    <message>
        <source>To submit, fill in: %1.</source>
        <translation>Para enviar, complete: %1.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Submit LIVE order…</source>
        <translation>&amp;Enviar orden LIVE…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Amount ($):</source>
        <translation>&amp;Importe ($):</translation>
    </message>
    <message>
        <source>dollars to invest</source>
        <translation>dólares a invertir</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Ca&amp;ntidad:</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>Ta&amp;ke profit (limit):</source>
        <translation>Take pro&amp;fit (límite):</translation>
    </message>
    <message>
        <source>Ta&amp;ke profit:</source>
        <translation>Take pro&amp;fit:</translation>
    </message>
    <message>
        <source>dollars behind the best price</source>
        <translation>dólares por detrás del mejor precio</translation>
    </message>
    <message>
        <source>percent behind the best price</source>
        <translation>por ciento por detrás del mejor precio</translation>
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
        <translation>Modo de trading: %1</translation>
    </message>
    <message>
        <source>account not loaded yet</source>
        <translation>cuenta aún no cargada</translation>
    </message>
    <message>
        <source>account %1 · buying power %2</source>
        <translation>cuenta %1 · poder de compra %2</translation>
    </message>
    <message>
        <source>Real money: %1</source>
        <translation>Dinero real: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fractionable</source>
        <translation>fraccionable</translation>
    </message>
    <message>
        <source>bid %1 · ask %2</source>
        <translation>bid %1 · ask %2</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>Estimated value: needs a size and a price</source>
        <translation>Valor estimado: necesita un tamaño y un precio</translation>
    </message>
    <message>
        <source>Estimated value: %1 (about %2 shares at %3)</source>
        <translation>Valor estimado: %1 (unas %2 acciones a %3)</translation>
    </message>
    <message>
        <source>Estimated value: %1 (%2 × %3)</source>
        <translation>Valor estimado: %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Estimated value: %1</source>
        <translation>Valor estimado: %1</translation>
    </message>
    <message>
        <source>Buying power: not loaded yet</source>
        <translation>Poder de compra: aún no cargado</translation>
    </message>
    <message>
        <source>Buying power: %1</source>
        <translation>Poder de compra: %1</translation>
    </message>
    <message>
        <source>Buying power after: %1 (now %2)</source>
        <translation>Poder de compra después: %1 (ahora %2)</translation>
    </message>
    <message>
        <source>Buying power: %1 (this order reduces a position)</source>
        <translation>Poder de compra: %1 (esta orden reduce una posición)</translation>
    </message>
</context>
<context>
    <name>Elson::OrdersModel</name>
    <message>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>%1 + ext</source>
        <translation>%1 + ext</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pata</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizada %1</translation>
    </message>
    <message>
        <source>Notional order: %1 dollars</source>
        <translation>Orden por importe: %1 dólares</translation>
    </message>
    <message>
        <source>Stop %1, computed from the high-water mark %2</source>
        <translation>Stop %1, calculado a partir del máximo alcanzado %2</translation>
    </message>
    <message>
        <source>Trails by %1 percent</source>
        <translation>Sigue a una distancia del %1 por ciento</translation>
    </message>
    <message>
        <source>Trails by %1 dollars</source>
        <translation>Sigue a una distancia de %1 dólares</translation>
    </message>
    <message>
        <source>%1, extended hours</source>
        <translation>%1, horario extendido</translation>
    </message>
    <message>
        <source>Held: waiting for another order (a bracket&apos;s parent or an OCO/OTO leg)</source>
        <translation>Retenida: esperando otra orden (la principal de una bracket o una pata OCO/OTO)</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Reemplazada por %1</translation>
    </message>
    <message>
        <source>Order id %1</source>
        <translation>ID de orden %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity, or the dollar amount of a notional order</source>
        <translation>Cantidad, o el importe en dólares de una orden por importe</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Trailing stop: trail price or percent</source>
        <translation>Trailing stop: importe o porcentaje de trailing</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>TIF</source>
        <translation>Vig.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Average fill price</source>
        <translation>Precio medio de ejecución</translation>
    </message>
    <message>
        <source>Avg fill</source>
        <translation>Ejec. media</translation>
    </message>
    <message>
        <source>Client order id</source>
        <translation>ID de orden del cliente</translation>
    </message>
</context>
<context>
    <name>Elson::PortfolioService</name>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>La solicitud se canceló antes de terminar.</translation>
    </message>
</context>
<context>
    <name>Elson::PositionsModel</name>
    <message>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 shares, %2 not held by open orders</source>
        <translation>%1 acciones, %2 no comprometidas en órdenes abiertas</translation>
    </message>
    <message>
        <source>%1 (previous close %2, %3 today)</source>
        <translation>%1 (cierre anterior %2, %3 hoy)</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L since the previous close (or since today&apos;s entry)</source>
        <translation>G/P no realizada desde el cierre anterior (o desde la entrada de hoy)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Average entry price</source>
        <translation>Precio medio de entrada</translation>
    </message>
    <message>
        <source>Avg entry</source>
        <translation>Entrada media</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Valor de mercado</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Base de coste</translation>
    </message>
    <message>
        <source>Unrealized profit and loss</source>
        <translation>Ganancias y pérdidas no realizadas</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>G/P no realizada</translation>
    </message>
    <message>
        <source>Unrealized %</source>
        <translation>No realizada %</translation>
    </message>
    <message>
        <source>Today&apos;s unrealized profit and loss</source>
        <translation>Ganancias y pérdidas no realizadas de hoy</translation>
    </message>
    <message>
        <source>Day P&amp;L</source>
        <translation>G/P del día</translation>
    </message>
    <message>
        <source>Day %</source>
        <translation>Día %</translation>
    </message>
</context>
<context>
    <name>Elson::PriceChart</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Volumen al alza</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Volumen a la baja</translation>
    </message>
    <message>
        <source>Click to open an order ticket at that price</source>
        <translation>Haga clic para abrir un ticket de orden a ese precio</translation>
    </message>
</context>
<context>
    <name>Elson::ReplaceOrderDialog</name>
    <message>
        <source>Replace order %1 %2</source>
        <translation>Modificar orden %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 filled</source>
        <translation>%1 de %2 ejecutadas</translation>
    </message>
    <message>
        <source>notional</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Filled:</source>
        <translation>Ejecutado:</translation>
    </message>
    <message>
        <source>New total &amp;quantity:</source>
        <translation>Nueva &amp;cantidad total:</translation>
    </message>
    <message>
        <source>&amp;Limit price:</source>
        <translation>Precio &amp;límite:</translation>
    </message>
    <message>
        <source>&amp;Stop price:</source>
        <translation>Precio st&amp;op:</translation>
    </message>
    <message>
        <source>&amp;Trail (%1):</source>
        <translation>&amp;Trailing (%1):</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>price</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Modificar</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Precio límite</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Precio stop</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <source>Quantity must be more than the %1 already filled (the new quantity is the order&apos;s new total).</source>
        <translation>La cantidad debe ser mayor que las %1 ya ejecutadas (la nueva cantidad es el nuevo total de la orden).</translation>
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
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>No keychain is available on this system; keys cannot be saved.</source>
        <translation>No hay ningún llavero disponible en este sistema; no se pueden guardar claves.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Testing keys is not available here.</source>
        <translation>La prueba de claves no está disponible aquí.</translation>
    </message>
    <message>
        <source>Live key ID</source>
        <translation>ID de clave real</translation>
    </message>
    <message>
        <source>Paper key ID</source>
        <translation>ID de clave paper</translation>
    </message>
    <message>
        <source>Live secret</source>
        <translation>Secreto real</translation>
    </message>
    <message>
        <source>Paper secret</source>
        <translation>Secreto paper</translation>
    </message>
    <message>
        <source>%1: enter a key ID and its secret.</source>
        <translation>%1: introduzca un ID de clave y su secreto.</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: obligatorio.</translation>
    </message>
    <message>
        <source>%1: required (it is never shown again once saved).</source>
        <translation>%1: obligatorio (no se vuelve a mostrar una vez guardado).</translation>
    </message>
    <message>
        <source>%1: must not contain spaces.</source>
        <translation>%1: no debe contener espacios.</translation>
    </message>
    <message>
        <source>%1: %2 is a paper key (PK…); the live account needs a live key.</source>
        <translation>%1: %2 es una clave paper (PK…); la cuenta real necesita una clave real.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1 works: account %2.</source>
        <translation>%1 funciona: cuenta %2.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>Checking %1 with Alpaca before saving…</source>
        <translation>Comprobando %1 con Alpaca antes de guardar…</translation>
    </message>
    <message>
        <source>Not saved: %1 was refused: %2</source>
        <translation>No guardado: %1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>Guardando %1 en el llavero…</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>Eliminar claves</translation>
    </message>
    <message>
        <source>Remove the %1 account&apos;s keys from the keychain?</source>
        <translation>¿Eliminar del llavero las claves de la cuenta %1?</translation>
    </message>
    <message>
        <source>Saved in the keychain: %1</source>
        <translation>Guardado en el llavero: %1</translation>
    </message>
    <message>
        <source>No keys saved.</source>
        <translation>No hay claves guardadas.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
    <message>
        <source>Not saved: the keychain refused: %1</source>
        <translation>No guardado: el llavero lo rechazó: %1</translation>
    </message>
    <message>
        <source>Saved in the keychain: %1 (account %2)</source>
        <translation>Guardado en el llavero: %1 (cuenta %2)</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No eliminado: %1</translation>
    </message>
    <message>
        <source>key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>The environment sets a key pair (%1): it is used instead of the keychain.</source>
        <translation>El entorno define un par de claves (%1): se usa en lugar del llavero.</translation>
    </message>
</context>
<context>
    <name>Elson::StatusPanel</name>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>Budget: –</source>
        <translation>Presupuesto: –</translation>
    </message>
    <message>
        <source>Last refresh: –</source>
        <translation>Última actualización: –</translation>
    </message>
    <message>
        <source>REST %1</source>
        <translation>REST %1</translation>
    </message>
    <message>
        <source>Orders stream live</source>
        <translation>Flujo de órdenes activo</translation>
    </message>
    <message>
        <source>Orders stream stale</source>
        <translation>Flujo de órdenes desfasado</translation>
    </message>
    <message>
        <source>Orders stream down</source>
        <translation>Flujo de órdenes caído</translation>
    </message>
    <message>
        <source>Market: unknown</source>
        <translation>Mercado: desconocido</translation>
    </message>
    <message>
        <source>Market open — closes in %1</source>
        <translation>Mercado abierto — cierra en %1</translation>
    </message>
    <message>
        <source>Market closed — opens in %1</source>
        <translation>Mercado cerrado — abre en %1</translation>
    </message>
    <message>
        <source>Budget: %1/%2 req/min</source>
        <translation>Presupuesto: %1/%2 sol./min</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Última actualización: %1</translation>
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
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>a %1 order needs this price</source>
        <translation>una orden de tipo %1 necesita este precio</translation>
    </message>
    <message>
        <source>a %1 order does not use this price</source>
        <translation>una orden de tipo %1 no usa este precio</translation>
    </message>
    <message>
        <source>a symbol is required</source>
        <translation>se requiere un símbolo</translation>
    </message>
    <message>
        <source>give either a quantity or an investment amount</source>
        <translation>indique una cantidad o un importe a invertir</translation>
    </message>
    <message>
        <source>a fractional quantity needs fractional trading</source>
        <translation>una cantidad fraccionaria requiere negociación fraccionaria</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>debe tener de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a trailing stop needs either a trail price or a trail percent</source>
        <translation>un trailing stop necesita un importe de trailing o un porcentaje de trailing</translation>
    </message>
    <message>
        <source>only a trailing stop uses a trail</source>
        <translation>solo un trailing stop usa trailing</translation>
    </message>
    <message>
        <source>a stop-loss limit price needs a stop price</source>
        <translation>un precio límite de stop loss requiere un precio stop</translation>
    </message>
    <message>
        <source>a simple order has no exit legs</source>
        <translation>una orden simple no tiene patas de salida</translation>
    </message>
    <message>
        <source>a %1 order needs a take-profit and a stop-loss</source>
        <translation>una orden de clase %1 necesita un take profit y un stop loss</translation>
    </message>
    <message>
        <source>a one-triggers-other order needs exactly one exit leg</source>
        <translation>una orden «una activa la otra» necesita exactamente una pata de salida</translation>
    </message>
    <message>
        <source>multi-leg option orders are not supported</source>
        <translation>no se admiten órdenes de opciones de varias patas</translation>
    </message>
</context>
<context>
    <name>Elson::VerdictView</name>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Send the order despite this warning (rule %1)</source>
        <translation>Enviar la orden a pesar de esta advertencia (regla %1)</translation>
    </message>
</context>
<context>
    <name>Elson::WatchlistModel</name>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>EnvironmentRule</name>
    <message>
        <source>%1: this order was prepared for the %2 account, but the terminal is trading the %3 account.</source>
        <translation>%1: esta orden se preparó para la cuenta %2, pero el terminal está operando en la cuenta %3.</translation>
    </message>
    <message>
        <source>%1: live orders need ENVIRONMENT=production (it is %2).</source>
        <translation>%1: las órdenes reales necesitan ENVIRONMENT=production (es %2).</translation>
    </message>
    <message>
        <source>%1: live orders need LIVE_TRADING_ENABLED=true.</source>
        <translation>%1: las órdenes reales necesitan LIVE_TRADING_ENABLED=true.</translation>
    </message>
</context>
<context>
    <name>ExtendedHoursRule</name>
    <message>
        <source>%1: only day limit orders may trade in extended hours (this is a %2 %3 order).</source>
        <translation>%1: solo las órdenes límite con vigencia day pueden operar en horario extendido (esta es una orden de tipo %3 con vigencia %2).</translation>
    </message>
    <message>
        <source>%1: bracket, OCO and OTO orders cannot trade in extended hours.</source>
        <translation>%1: las órdenes bracket, OCO y OTO no pueden operar en horario extendido.</translation>
    </message>
</context>
<context>
    <name>FractionalRule</name>
    <message>
        <source>%1 %2 has a fractional part; turn on fractional shares to trade it.</source>
        <translation>%1 %2 tiene parte fraccionaria; active las acciones fraccionarias para operarla.</translation>
    </message>
    <message>
        <source>%1: fractional and dollar-amount orders must be market or limit orders, not %2.</source>
        <translation>%1: las órdenes fraccionarias y por importe deben ser órdenes de mercado o límite, no de tipo %2.</translation>
    </message>
    <message>
        <source>%1: fractional and dollar-amount orders must be day orders.</source>
        <translation>%1: las órdenes fraccionarias y por importe deben tener vigencia day.</translation>
    </message>
    <message>
        <source>%1: fractional and dollar-amount orders must be simple orders.</source>
        <translation>%1: las órdenes fraccionarias y por importe deben ser órdenes simples.</translation>
    </message>
    <message>
        <source>%1: dollar-amount orders cannot trade in extended hours.</source>
        <translation>%1: las órdenes por importe no pueden operar en horario extendido.</translation>
    </message>
    <message>
        <source>%1 %2 has more than 2 decimals.</source>
        <translation>%1 %2 tiene más de 2 decimales.</translation>
    </message>
    <message>
        <source>%1 %2 is below $1; Alpaca may refuse buys under $1.</source>
        <translation>%1 %2 es inferior a 1 $; Alpaca podría rechazar compras por debajo de 1 $.</translation>
    </message>
</context>
<context>
    <name>LegacyPdtRule</name>
    <message>
        <source>%1: %2 day trades in the last 5 business days with equity under $25,000; under the legacy pattern-day-trader rule another day trade may be refused.</source>
        <translation>%1: %2 operaciones intradía en los últimos 5 días hábiles con un patrimonio inferior a 25.000 $; según la antigua regla de pattern day trader, otra operación intradía podría rechazarse.</translation>
    </message>
</context>
<context>
    <name>MarketCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>New Year&apos;s Day (observed)</source>
        <translation>Año Nuevo (día sustitutivo)</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr. Day</source>
        <translation>Día de Martin Luther King Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Cumpleaños de Washington</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Viernes Santo</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (Día Nacional de la Independencia)</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day (observed)</source>
        <translation>Juneteenth (Día Nacional de la Independencia, día sustitutivo)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Independence Day (observed)</source>
        <translation>Día de la Independencia (día sustitutivo)</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>Christmas Day (observed)</source>
        <translation>Navidad (día sustitutivo)</translation>
    </message>
    <message>
        <source>Day before Independence Day</source>
        <translation>Víspera del Día de la Independencia</translation>
    </message>
    <message>
        <source>Day after Thanksgiving</source>
        <translation>Día después de Acción de Gracias</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Nochebuena</translation>
    </message>
    <message>
        <source>National Day of Mourning for President Jimmy Carter</source>
        <translation>Día Nacional de Luto por el presidente Jimmy Carter</translation>
    </message>
    <message>
        <source>The submission time is missing.</source>
        <translation>Falta la hora de envío.</translation>
    </message>
    <message>
        <source>Opening-auction (OPG) orders are not accepted between %1 and %2 ET.</source>
        <translation>Las órdenes de subasta de apertura (OPG) no se aceptan entre las %1 y las %2 ET.</translation>
    </message>
    <message>
        <source>No market open is scheduled.</source>
        <translation>No hay ninguna apertura de mercado programada.</translation>
    </message>
    <message>
        <source>Closing-auction (CLS) orders are not accepted between %1 and %2 ET.</source>
        <translation>Las órdenes de subasta de cierre (CLS) no se aceptan entre las %1 y las %2 ET.</translation>
    </message>
    <message>
        <source>No market close is scheduled.</source>
        <translation>No hay ningún cierre de mercado programado.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Pre-market</source>
        <translation>Premercado</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>Horario regular</translation>
    </message>
    <message>
        <source>After-hours</source>
        <translation>Posmercado</translation>
    </message>
</context>
<context>
    <name>MarketSessionRule</name>
    <message>
        <source>%1: the exchange time is unknown, so the market session cannot be checked.</source>
        <translation>%1: se desconoce la hora de la bolsa, así que no se puede comprobar la sesión de mercado.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: the market is closed; this order waits for the next session at %2.</source>
        <translation>%1: el mercado está cerrado; esta orden espera a la próxima sesión a las %2.</translation>
    </message>
    <message>
        <source>it is pre-market</source>
        <translation>es premercado</translation>
    </message>
    <message>
        <source>it is after hours</source>
        <translation>es posmercado</translation>
    </message>
    <message>
        <source>the market is closed</source>
        <translation>el mercado está cerrado</translation>
    </message>
    <message>
        <source>%1 %2: %3; this order will queue for the regular open at %4.</source>
        <translation>%1 %2: %3; esta orden quedará en cola para la apertura regular a las %4.</translation>
    </message>
</context>
<context>
    <name>MaxOrderQtyRule</name>
    <message>
        <source>%1: without a price, the number of shares cannot be checked against your maximum of %2.</source>
        <translation>%1: sin un precio, no se puede comprobar el número de acciones frente a su máximo de %2.</translation>
    </message>
    <message>
        <source>%1: %2 shares exceed your maximum order size of %3 shares.</source>
        <translation>%1: %2 acciones superan su tamaño máximo de orden de %3 acciones.</translation>
    </message>
</context>
<context>
    <name>MaxOrderValueRule</name>
    <message>
        <source>%1: without a price, the order&apos;s value cannot be checked against your maximum of $%2.</source>
        <translation>%1: sin un precio, no se puede comprobar el valor de la orden frente a su máximo de %2 $.</translation>
    </message>
    <message>
        <source>%1: this order is worth about $%2, above your maximum order value of $%3.</source>
        <translation>%1: esta orden vale unos %2 $, por encima de su valor máximo por orden de %3 $.</translation>
    </message>
</context>
<context>
    <name>MaxPositionRule</name>
    <message>
        <source>%1: without a price, the position after this order cannot be checked against your maximum of $%2.</source>
        <translation>%1: sin un precio, no se puede comprobar la posición tras esta orden frente a su máximo de %2 $.</translation>
    </message>
    <message>
        <source>%1: after this order the %2 position would be worth about $%3, above your maximum of $%4 per symbol.</source>
        <translation>%1: tras esta orden, la posición en %2 valdría unos %3 $, por encima de su máximo de %4 $ por símbolo.</translation>
    </message>
</context>
<context>
    <name>OrderReviewDialog</name>
    <message>
        <source>Review order</source>
        <translation>Revisar orden</translation>
    </message>
    <message>
        <source>Warnings you acknowledged</source>
        <translation>Advertencias que ha confirmado</translation>
    </message>
    <message>
        <source>&amp;Request body (POST /v2/orders):</source>
        <translation>Cuerpo de la &amp;solicitud (POST /v2/orders):</translation>
    </message>
    <message>
        <source>Co&amp;mmand line:</source>
        <translation>Línea de co&amp;mandos:</translation>
    </message>
    <message>
        <source>Copy request &amp;body</source>
        <translation>&amp;Copiar cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Copy as &amp;elsonctl command</source>
        <translation>Copiar como comando &amp;elsonctl</translation>
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
        <translation>(sin precio)</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>a mercado</translation>
    </message>
    <message>
        <source>at limit %1</source>
        <translation>con límite %1</translation>
    </message>
    <message>
        <source>at stop %1</source>
        <translation>con stop %1</translation>
    </message>
    <message>
        <source>at stop %1, limit %2</source>
        <translation>con stop %1 y límite %2</translation>
    </message>
    <message>
        <source>with a trailing stop %1 below the highest price</source>
        <translation>con un trailing stop %1 por debajo del precio máximo</translation>
    </message>
    <message>
        <source>with a trailing stop %1 above the lowest price</source>
        <translation>con un trailing stop %1 por encima del precio mínimo</translation>
    </message>
    <message>
        <source>good for the day</source>
        <translation>válida para el día</translation>
    </message>
    <message>
        <source>good until cancelled</source>
        <translation>válida hasta cancelar</translation>
    </message>
    <message>
        <source>in the opening auction</source>
        <translation>en la subasta de apertura</translation>
    </message>
    <message>
        <source>in the closing auction</source>
        <translation>en la subasta de cierre</translation>
    </message>
    <message>
        <source>immediate or cancel</source>
        <translation>inmediata o cancelar</translation>
    </message>
    <message>
        <source>fill or kill</source>
        <translation>ejecutar o anular</translation>
    </message>
    <message>
        <source>a stop-loss at %1</source>
        <translation>un stop loss a %1</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (límite %1)</translation>
    </message>
    <message>
        <source>a take-profit at %1</source>
        <translation>un take profit a %1</translation>
    </message>
    <message>
        <source>once filled, exit with %1 or %2, whichever comes first</source>
        <translation>una vez ejecutada, salida con %1 o %2, lo que ocurra primero</translation>
    </message>
    <message>
        <source>one cancels the other with %1</source>
        <translation>vinculada por OCO con %1</translation>
    </message>
    <message>
        <source>once filled, exit with %1</source>
        <translation>una vez ejecutada, salida con %1</translation>
    </message>
    <message>
        <source>exit legs incomplete</source>
        <translation>patas de salida incompletas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>Comprar %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>Vender %1</translation>
    </message>
    <message>
        <source>extended hours allowed</source>
        <translation>horario extendido permitido</translation>
    </message>
    <message>
        <source>regular hours only</source>
        <translation>solo horario regular</translation>
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
        <translation>Ticket de orden</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Sím&amp;bolo:</translation>
    </message>
    <message>
        <source>e.g. AAPL</source>
        <translation>p. ej., AAPL</translation>
    </message>
    <message>
        <source>The ticker symbol; completes from the tradable assets</source>
        <translation>El símbolo del ticker; se autocompleta con los activos negociables</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Comprar</translation>
    </message>
    <message>
        <source>S&amp;ell</source>
        <translation>&amp;Vender</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Ca&amp;ntidad:</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>Shares to trade (fractions allowed where the asset is fractionable), or a dollar amount</source>
        <translation>Acciones a negociar (se permiten fracciones si el activo es fraccionable) o un importe en dólares</translation>
    </message>
    <message>
        <source>Trade a number of shares or a dollar amount (notional)</source>
        <translation>Negociar un número de acciones o un importe en dólares (nocional)</translation>
    </message>
    <message>
        <source>dollars</source>
        <translation>dólares</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop límite</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing stop</translation>
    </message>
    <message>
        <source>&amp;Limit price:</source>
        <translation>Precio &amp;límite:</translation>
    </message>
    <message>
        <source>$ per share</source>
        <translation>$ por acción</translation>
    </message>
    <message>
        <source>Sto&amp;p price:</source>
        <translation>Precio st&amp;op:</translation>
    </message>
    <message>
        <source>The price that triggers the order</source>
        <translation>El precio que activa la orden</translation>
    </message>
    <message>
        <source>T&amp;rail:</source>
        <translation>T&amp;railing:</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distancia</translation>
    </message>
    <message>
        <source>How far the stop follows the best price</source>
        <translation>A qué distancia sigue el stop al mejor precio</translation>
    </message>
    <message>
        <source>% of price</source>
        <translation>% del precio</translation>
    </message>
    <message>
        <source>Time in &amp;force:</source>
        <translation>Vi&amp;gencia:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>GTC: good till cancelled</source>
        <translation>GTC: válida hasta cancelar</translation>
    </message>
    <message>
        <source>OPG: opening auction</source>
        <translation>OPG: subasta de apertura</translation>
    </message>
    <message>
        <source>CLS: closing auction</source>
        <translation>CLS: subasta de cierre</translation>
    </message>
    <message>
        <source>IOC: immediate or cancel</source>
        <translation>IOC: inmediata o cancelar</translation>
    </message>
    <message>
        <source>FOK: fill or kill</source>
        <translation>FOK: ejecutar o anular</translation>
    </message>
    <message>
        <source>E&amp;xtended hours (pre-market and after hours; limit, day)</source>
        <translation>&amp;Horario extendido (premercado y posmercado; límite, día)</translation>
    </message>
    <message>
        <source>Q&amp;ueue for the open when the market is closed</source>
        <translation>&amp;Poner en cola para la apertura cuando el mercado esté cerrado</translation>
    </message>
    <message>
        <source>Accept that the order waits for the next open instead of filling now</source>
        <translation>Aceptar que la orden espere a la próxima apertura en lugar de ejecutarse ahora</translation>
    </message>
    <message>
        <source>Ex&amp;its:</source>
        <translation>S&amp;alidas:</translation>
    </message>
    <message>
        <source>None (simple order)</source>
        <translation>Ninguna (orden simple)</translation>
    </message>
    <message>
        <source>Bracket: take profit and stop loss</source>
        <translation>Bracket: take profit y stop loss</translation>
    </message>
    <message>
        <source>OCO: one cancels other</source>
        <translation>OCO: una cancela la otra</translation>
    </message>
    <message>
        <source>OTO: one triggers other</source>
        <translation>OTO: una activa la otra</translation>
    </message>
    <message>
        <source>Ta&amp;ke profit:</source>
        <translation>Take pro&amp;fit:</translation>
    </message>
    <message>
        <source>limit price</source>
        <translation>precio límite</translation>
    </message>
    <message>
        <source>The limit price of the take-profit exit</source>
        <translation>El precio límite de la salida take profit</translation>
    </message>
    <message>
        <source>Stop l&amp;oss:</source>
        <translation>Stop lo&amp;ss:</translation>
    </message>
    <message>
        <source>stop price</source>
        <translation>precio stop</translation>
    </message>
    <message>
        <source>The stop price of the stop-loss exit</source>
        <translation>El precio stop de la salida stop loss</translation>
    </message>
    <message>
        <source>Stop-loss li&amp;mit:</source>
        <translation>Lí&amp;mite del stop loss:</translation>
    </message>
    <message>
        <source>optional: makes the stop-loss a stop-limit</source>
        <translation>opcional: convierte el stop loss en stop límite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the ticket (Esc)</source>
        <translation>Cerrar el ticket (Esc)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>PositiveValuesRule</name>
    <message>
        <source>%1 is not a valid number.</source>
        <translation>%1 no es un número válido.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero (it is %2).</source>
        <translation>%1 debe ser mayor que cero (es %2).</translation>
    </message>
</context>
<context>
    <name>PriceCollarRule</name>
    <message>
        <source>%1 %2 is %3% above the ask %4; check for a typo.</source>
        <translation>%1 %2 está un %3% por encima del ask %4; compruebe si hay un error tipográfico.</translation>
    </message>
    <message>
        <source>%1 %2 is %3% below the bid %4; check for a typo.</source>
        <translation>%1 %2 está un %3% por debajo del bid %4; compruebe si hay un error tipográfico.</translation>
    </message>
</context>
<context>
    <name>QtyAvailableRule</name>
    <message>
        <source>%1: an OCO order only closes a position, and you hold %2 shares of %3.</source>
        <translation>%1: una orden OCO solo cierra una posición, y usted tiene %2 acciones de %3.</translation>
    </message>
    <message>
        <source>%1: without a price, the shares this sells cannot be compared with the %2 available.</source>
        <translation>%1: sin un precio, las acciones que vende esta orden no se pueden comparar con las %2 disponibles.</translation>
    </message>
    <message>
        <source>%1: you can sell at most %2 shares of %3 (%4 held, %5 held for open orders), not %6.</source>
        <translation>%1: puede vender como máximo %2 acciones de %3 (%4 en cartera, %5 comprometidas en órdenes abiertas), no %6.</translation>
    </message>
</context>
<context>
    <name>QtyXorNotionalRule</name>
    <message>
        <source>%1: give either a quantity or a dollar amount, not both.</source>
        <translation>%1: indique una cantidad o un importe en dólares, no ambos.</translation>
    </message>
    <message>
        <source>%1: give a quantity or a dollar amount.</source>
        <translation>%1: indique una cantidad o un importe en dólares.</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain, never in the settings file. Save checks the key pair against Alpaca first.</source>
        <translation>Las claves API se guardan en el llavero del sistema, nunca en el archivo de ajustes. Al guardar, primero se comprueba el par de claves con Alpaca.</translation>
    </message>
    <message>
        <source>Paper account</source>
        <translation>Cuenta paper</translation>
    </message>
    <message>
        <source>Key &amp;ID:</source>
        <translation>&amp;ID de clave:</translation>
    </message>
    <message>
        <source>key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>clave secreta</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Sa&amp;ve paper keys</source>
        <translation>&amp;Guardar claves paper</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Live account (real money)</source>
        <translation>Cuenta real (dinero real)</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>I&amp;D de clave:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecreto:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>Save &amp;live keys</source>
        <translation>Guardar claves &amp;reales</translation>
    </message>
    <message>
        <source>Risk limits</source>
        <translation>Límites de riesgo</translation>
    </message>
    <message>
        <source>Every order is checked against these limits before it is sent. Leave a field empty for no limit.</source>
        <translation>Cada orden se comprueba con estos límites antes de enviarse. Deje un campo vacío para no tener límite.</translation>
    </message>
    <message>
        <source>Maximum &amp;order value ($):</source>
        <translation>Valor máximo por &amp;orden ($):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Maximum order &amp;quantity (shares):</source>
        <translation>&amp;Cantidad máxima por orden (acciones):</translation>
    </message>
    <message>
        <source>Maximum &amp;position value ($):</source>
        <translation>Valor máximo por &amp;posición ($):</translation>
    </message>
    <message>
        <source>Maximum &amp;daily loss ($):</source>
        <translation>Pérdida &amp;diaria máxima ($):</translation>
    </message>
    <message>
        <source>Price co&amp;llar (% from the quote):</source>
        <translation>&amp;Banda de precio (% respecto a la cotización):</translation>
    </message>
    <message>
        <source>no collar</source>
        <translation>sin banda</translation>
    </message>
    <message>
        <source>D&amp;uplicate-order window:</source>
        <translation>Ventana de órdenes d&amp;uplicadas:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>&amp;Allowed symbols:</source>
        <translation>&amp;Símbolos permitidos:</translation>
    </message>
    <message>
        <source>any symbol (or a list: AAPL, MSFT)</source>
        <translation>cualquier símbolo (o una lista: AAPL, MSFT)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Review paper and simulator orders before sending (live orders are always reviewed)</source>
        <translation>&amp;Revisar las órdenes paper y del simulador antes de enviarlas (las órdenes reales siempre se revisan)</translation>
    </message>
    <message>
        <source>Live &amp;idle timeout:</source>
        <translation>Bloqueo por &amp;inactividad (real):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Polling intervals</source>
        <translation>Intervalos de consulta</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Posiciones:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>Ó&amp;rdenes:</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>Reloj del &amp;mercado:</translation>
    </message>
    <message>
        <source>&amp;Quotes:</source>
        <translation>Co&amp;tizaciones:</translation>
    </message>
    <message>
        <source>Market data &amp;feed:</source>
        <translation>&amp;Fuente de datos de mercado:</translation>
    </message>
    <message>
        <source>IEX (free, one exchange)</source>
        <translation>IEX (gratuito, una bolsa)</translation>
    </message>
    <message>
        <source>SIP (all exchanges, subscription)</source>
        <translation>SIP (todas las bolsas, suscripción)</translation>
    </message>
    <message>
        <source>Delayed SIP (15 minutes)</source>
        <translation>SIP diferido (15 minutos)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
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
        <translation>%1: %2 no es fraccionable en Alpaca; opere con acciones enteras.</translation>
    </message>
</context>
<context>
    <name>SymbolShortableRule</name>
    <message>
        <source>%1: fractional and dollar-amount sells cannot open a short position (you hold %2 shares of %3).</source>
        <translation>%1: las ventas fraccionarias y por importe no pueden abrir una posición corta (usted tiene %2 acciones de %3).</translation>
    </message>
    <message>
        <source>%1: this sell would open a short position of %2 shares of %3, and shorting is not enabled on this account.</source>
        <translation>%1: esta venta abriría una posición corta de %2 acciones de %3, y la venta en corto no está habilitada en esta cuenta.</translation>
    </message>
    <message>
        <source>%1: short selling needs at least $2,000 of equity; the account has $%2.</source>
        <translation>%1: la venta en corto requiere un patrimonio de al menos 2.000 $; la cuenta tiene %2 $.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be sold short at Alpaca.</source>
        <translation>%1: %2 no se puede vender en corto en Alpaca.</translation>
    </message>
    <message>
        <source>%1: %2 is hard to borrow; Alpaca only shorts easy-to-borrow assets.</source>
        <translation>%1: %2 es difícil de tomar en préstamo; Alpaca solo vende en corto activos fáciles de tomar en préstamo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: the borrow status of %2 is %3; the short sale may be refused.</source>
        <translation>%1: el estado de préstamo de %2 es %3; la venta en corto podría rechazarse.</translation>
    </message>
</context>
<context>
    <name>SymbolSyntaxRule</name>
    <message>
        <source>%1: a symbol is required.</source>
        <translation>%1: se requiere un símbolo.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains spaces.</source>
        <translation>%1 &quot;%2&quot; contiene espacios.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: symbols are upper case (did you mean %3?).</source>
        <translation>%1 &quot;%2&quot;: los símbolos van en mayúsculas (¿quiso decir %3?).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid ticker: letters and digits, optionally with a class suffix such as BRK.B.</source>
        <translation>%1 &quot;%2&quot; no es un ticker válido: letras y dígitos, opcionalmente con un sufijo de clase como BRK.B.</translation>
    </message>
</context>
<context>
    <name>SymbolTradableRule</name>
    <message>
        <source>%1 %2 is not a known asset.</source>
        <translation>%1 %2 no es un activo conocido.</translation>
    </message>
    <message>
        <source>%1: the asset details loaded are for %2, not %3.</source>
        <translation>%1: los datos del activo cargados son de %2, no de %3.</translation>
    </message>
    <message>
        <source>%1 %2 is inactive at Alpaca.</source>
        <translation>%1 %2 está inactivo en Alpaca.</translation>
    </message>
    <message>
        <source>%1 %2 is not tradable at Alpaca.</source>
        <translation>%1 %2 no es negociable en Alpaca.</translation>
    </message>
    <message>
        <source>%1 %2 is an option; option orders are not supported.</source>
        <translation>%1 %2 es una opción; no se admiten órdenes de opciones.</translation>
    </message>
</context>
<context>
    <name>TickSizeRule</name>
    <message>
        <source>%1 %2 has too many decimals: prices from $1.00 take at most 2, below $1.00 at most 4 (nearest valid price: %3).</source>
        <translation>%1 %2 tiene demasiados decimales: los precios desde 1,00 $ admiten como máximo 2 y por debajo de 1,00 $ como máximo 4 (precio válido más cercano: %3).</translation>
    </message>
</context>
<context>
    <name>TimeInForceRule</name>
    <message>
        <source>%1 %2 is not offered for stock orders.</source>
        <translation>%1 %2 no está disponible para órdenes de acciones.</translation>
    </message>
    <message>
        <source>%1 %2: crypto orders take gtc or ioc.</source>
        <translation>%1 %2: las órdenes de cripto admiten gtc o ioc.</translation>
    </message>
    <message>
        <source>%1 %2 is not allowed for %3 orders: use day or gtc.</source>
        <translation>%1 %2 no está permitida para órdenes de tipo %3: use day o gtc.</translation>
    </message>
</context>
<context>
    <name>Timestamp</name>
    <message>
        <source>the value is empty; expected an RFC 3339 timestamp</source>
        <translation>el valor está vacío; se esperaba una marca de tiempo RFC 3339</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS[.fraction] then Z or ±HH:MM)</source>
        <translation>&quot;%1&quot; no es una marca de tiempo RFC 3339 (YYYY-MM-DDTHH:MM:SS[.fracción] y luego Z o ±HH:MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs digits after the decimal point of the seconds</source>
        <translation>&quot;%1&quot; necesita dígitos después del punto decimal de los segundos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation>&quot;%1&quot; tiene %2 decimales; se permiten como máximo 9 decimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no UTC offset; it must end in Z or ±HH:MM</source>
        <translation>&quot;%1&quot; no tiene desfase UTC; debe terminar en Z o ±HH:MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a UTC offset out of range; at most ±23:59</source>
        <translation>&quot;%1&quot; tiene un desfase UTC fuera de rango; como máximo ±23:59</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation>&quot;%1&quot; no es una fecha de calendario válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day out of range (hours 00–23, minutes and seconds 00–59)</source>
        <translation>&quot;%1&quot; tiene una hora del día fuera de rango (horas 00–23, minutos y segundos 00–59)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the supported range (1677-09-21 to 2262-04-11 UTC)</source>
        <translation>&quot;%1&quot; está fuera del rango admitido (1677-09-21 a 2262-04-11 UTC)</translation>
    </message>
</context>
<context>
    <name>TradingGate</name>
    <message>
        <source>Live trading refused: ENVIRONMENT is %1; live trading needs production.</source>
        <translation>Trading real rechazado: ENVIRONMENT es %1; el trading real requiere production.</translation>
    </message>
    <message>
        <source>Live trading refused: LIVE_TRADING_ENABLED is false.</source>
        <translation>Trading real rechazado: LIVE_TRADING_ENABLED es false.</translation>
    </message>
    <message>
        <source>Live trading refused: USE_PAPER_TRADING is true, which forces paper trading.</source>
        <translation>Trading real rechazado: USE_PAPER_TRADING es true, lo que fuerza el trading paper.</translation>
    </message>
    <message>
        <source>Live trading refused: there are no live API credentials.</source>
        <translation>Trading real rechazado: no hay credenciales API reales.</translation>
    </message>
    <message>
        <source>Live trading refused: the live credentials hold a paper key (PK…).</source>
        <translation>Trading real rechazado: las credenciales reales contienen una clave paper (PK…).</translation>
    </message>
    <message>
        <source>Live trading refused: the live credentials have not been validated against the live host yet.</source>
        <translation>Trading real rechazado: las credenciales reales aún no se han validado con el host real.</translation>
    </message>
    <message>
        <source>Live trading refused: live trading was not explicitly requested.</source>
        <translation>Trading real rechazado: no se solicitó explícitamente el trading real.</translation>
    </message>
    <message>
        <source>Live trading refused: the confirmation was not typed; type %1 to confirm.</source>
        <translation>Trading real rechazado: no se escribió la confirmación; escriba %1 para confirmar.</translation>
    </message>
</context>
<context>
    <name>TradingModeNames</name>
    <message>
        <source>Live</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>paper</translation>
    </message>
</context>
<context>
    <name>TrailingRule</name>
    <message>
        <source>%1: a trailing stop needs exactly one of a trail price and a trail percent.</source>
        <translation>%1: un trailing stop necesita exactamente uno de los dos: un importe de trailing o un porcentaje de trailing.</translation>
    </message>
    <message>
        <source>%1 %2 must be below 100.</source>
        <translation>%1 %2 debe ser inferior a 100.</translation>
    </message>
    <message>
        <source>%1 %2 is at or above the bid %3: the stop would start at or below zero.</source>
        <translation>%1 %2 es igual o superior al bid %3: el stop empezaría en cero o por debajo.</translation>
    </message>
</context>
<context>
    <name>TypePricesRule</name>
    <message>
        <source>%1: a %2 order needs a limit price.</source>
        <translation>%1: una orden de tipo %2 necesita un precio límite.</translation>
    </message>
    <message>
        <source>%1: a %2 order does not take a limit price.</source>
        <translation>%1: una orden de tipo %2 no admite precio límite.</translation>
    </message>
    <message>
        <source>%1: a %2 order needs a stop price.</source>
        <translation>%1: una orden de tipo %2 necesita un precio stop.</translation>
    </message>
    <message>
        <source>%1: a %2 order does not take a stop price.</source>
        <translation>%1: una orden de tipo %2 no admite precio stop.</translation>
    </message>
    <message>
        <source>%1: only a trailing stop takes a trail; this is a %2 order.</source>
        <translation>%1: solo un trailing stop admite trailing; esta es una orden de tipo %2.</translation>
    </message>
    <message>
        <source>%1 %2 must be above the current ask %3 for a buy stop.</source>
        <translation>%1 %2 debe estar por encima del ask actual %3 para un stop de compra.</translation>
    </message>
    <message>
        <source>%1 %2 must be below the current bid %3 for a sell stop.</source>
        <translation>%1 %2 debe estar por debajo del bid actual %3 para un stop de venta.</translation>
    </message>
</context>
<context>
    <name>ValidationRule</name>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Tipo de orden</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Precio límite</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Precio stop</translation>
    </message>
    <message>
        <source>Trail price</source>
        <translation>Importe de trailing</translation>
    </message>
    <message>
        <source>Trail percent</source>
        <translation>Porcentaje de trailing</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>Horario extendido</translation>
    </message>
    <message>
        <source>Order class</source>
        <translation>Clase de orden</translation>
    </message>
    <message>
        <source>Take-profit limit price</source>
        <translation>Precio límite de take profit</translation>
    </message>
    <message>
        <source>Stop-loss stop price</source>
        <translation>Precio stop de stop loss</translation>
    </message>
    <message>
        <source>Stop-loss limit price</source>
        <translation>Precio límite de stop loss</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Trading mode</source>
        <translation>Modo de trading</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A careful desktop trading terminal for Alpaca.</source>
        <translation>Un terminal de trading de escritorio cuidadoso para Alpaca.</translation>
    </message>
    <message>
        <source>Render the main window after the first data refresh to &lt;file&gt; (PNG) and exit.</source>
        <translation>Renderiza la ventana principal en &lt;file&gt; (PNG) tras la primera actualización de datos y sale.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Tamaño de la ventana para --screenshot.</translation>
    </message>
    <message>
        <source>system, light or dark (overrides the setting for this run).</source>
        <translation>system, light o dark (anula el ajuste para esta ejecución).</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Error de configuración</translation>
    </message>
    <message>
        <source>The audit journal %1 cannot be opened: %2</source>
        <translation>No se puede abrir el diario de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Diario de auditoría</translation>
    </message>
    <message>
        <source>--size must be WxH, at least 320x240</source>
        <translation>--size debe ser WxH, al menos 320x240</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>no data within 30 s; no screenshot</source>
        <translation>sin datos en 30 s; no hay captura de pantalla</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>No se puede iniciar</translation>
    </message>
</context>
</TS>
