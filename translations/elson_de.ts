<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="54"/>
        <source>elsonctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="61"/>
        <source>Usage: elsonctl COMMAND [ARGUMENTS]

Commands:
  price VALUE       check a limit or stop price against Alpaca&apos;s sub-penny rule
  decode TYPE [FILE]
                    read an Alpaca JSON payload (FILE or standard input) as TYPE and
                    print it in canonical wire form, or the field that is wrong;
                    &apos;decode types&apos; lists the types
  version           print the version
  help              show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="78"/>
        <source>Usage: elsonctl price VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="83"/>
        <source>elsonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="88"/>
        <source>elsonctl: price: must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="93"/>
        <source>%1 is a valid price (at most %2 decimals at this level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="98"/>
        <source>%1 breaks the sub-penny rule: prices of $1.00 or more take at most 2 decimals, below $1.00 at most 4; nearest valid price: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="159"/>
        <source>Usage: elsonctl decode TYPE [FILE]   (elsonctl decode types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="169"/>
        <source>elsonctl: unknown type &quot;%1&quot; (elsonctl decode types lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="177"/>
        <source>elsonctl: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="183"/>
        <source>elsonctl: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="190"/>
        <source>elsonctl: not a valid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <location filename="../src/core/decimal.cpp" line="156"/>
        <source>overflow: the result is beyond ±9223372036.854775807</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="162"/>
        <source>the operand is not a number (the result of an earlier overflow or division by zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="190"/>
        <source>the value is empty; expected a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="198"/>
        <source>&quot;%1&quot; contains a space; a decimal number has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="206"/>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="211"/>
        <source>&quot;%1&quot; contains a group separator; write the digits without separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="214"/>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="217"/>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="245"/>
        <source>&quot;%1&quot; needs a digit before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="249"/>
        <source>&quot;%1&quot; needs a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="268"/>
        <source>&quot;%1&quot; needs digits after the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="292"/>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="301"/>
        <source>&quot;%1&quot; is out of range; a decimal holds at most ±9223372036.854775807</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="423"/>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalFormatter</name>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="210"/>
        <source>the value is empty; enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="245"/>
        <source>&quot;%1&quot; is ambiguous: &quot;%2&quot; separates groups of digits here and the groups do not fit; the decimal point is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="266"/>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="273"/>
        <source>&quot;%1&quot; has a group separator after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="284"/>
        <source>&quot;%1&quot; contains &quot;%2&quot;; the decimal point here is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="287"/>
        <source>&quot;%1&quot; contains a space inside the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="290"/>
        <source>&quot;%1&quot; is not a number: &quot;%2&quot; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="295"/>
        <source>&quot;%1&quot; has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="297"/>
        <source>&quot;%1&quot; needs a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="306"/>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/decimalformatter.cpp" line="320"/>
        <source>&quot;%1&quot; is too large; a decimal holds at most ±9223372036.854775807</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elson::ApiError</name>
    <message>
        <location filename="../src/core/apierror.cpp" line="17"/>
        <source>HTTP status %1 without a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elson::ClosePositionRequest</name>
    <message>
        <location filename="../src/core/closepositionrequest.cpp" line="40"/>
        <source>qty and percentage cannot both be given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elson::Enums</name>
    <message>
        <location filename="../src/core/enums.cpp" line="26"/>
        <source>order side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="28"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="29"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="35"/>
        <source>order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="37"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="38"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="39"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="40"/>
        <source>Stop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="42"/>
        <source>Trailing stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="48"/>
        <source>time in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="50"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="51"/>
        <source>Good till canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="52"/>
        <source>At the open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="53"/>
        <source>At the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="54"/>
        <source>Immediate or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="55"/>
        <source>Fill or kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="56"/>
        <source>Good till date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="57"/>
        <source>Good till extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="63"/>
        <source>order class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="65"/>
        <source>Simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="67"/>
        <source>Bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="68"/>
        <source>One cancels other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="69"/>
        <source>One triggers other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="70"/>
        <source>Multi-leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="76"/>
        <source>order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="78"/>
        <location filename="../src/core/enums.cpp" line="171"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="80"/>
        <location filename="../src/core/enums.cpp" line="268"/>
        <source>Partially filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="81"/>
        <location filename="../src/core/enums.cpp" line="269"/>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="83"/>
        <location filename="../src/core/enums.cpp" line="178"/>
        <source>Done for day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="84"/>
        <location filename="../src/core/enums.cpp" line="175"/>
        <location filename="../src/core/enums.cpp" line="270"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="85"/>
        <location filename="../src/core/enums.cpp" line="176"/>
        <location filename="../src/core/enums.cpp" line="272"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="86"/>
        <location filename="../src/core/enums.cpp" line="179"/>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="88"/>
        <location filename="../src/core/enums.cpp" line="184"/>
        <source>Pending cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="90"/>
        <location filename="../src/core/enums.cpp" line="186"/>
        <source>Pending replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="91"/>
        <location filename="../src/core/enums.cpp" line="193"/>
        <location filename="../src/core/enums.cpp" line="266"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="93"/>
        <location filename="../src/core/enums.cpp" line="181"/>
        <source>Pending new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="95"/>
        <source>Accepted for bidding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="96"/>
        <location filename="../src/core/enums.cpp" line="182"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="97"/>
        <location filename="../src/core/enums.cpp" line="163"/>
        <location filename="../src/core/enums.cpp" line="180"/>
        <location filename="../src/core/enums.cpp" line="271"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="98"/>
        <location filename="../src/core/enums.cpp" line="188"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="99"/>
        <location filename="../src/core/enums.cpp" line="187"/>
        <source>Calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="100"/>
        <location filename="../src/core/enums.cpp" line="194"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="102"/>
        <location filename="../src/core/enums.cpp" line="196"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="108"/>
        <source>position intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="111"/>
        <source>Buy to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="113"/>
        <source>Buy to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="115"/>
        <source>Sell to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="117"/>
        <source>Sell to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="123"/>
        <source>position side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="125"/>
        <source>Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="126"/>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="132"/>
        <source>asset class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="134"/>
        <source>US equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="135"/>
        <source>US option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="136"/>
        <source>Crypto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="142"/>
        <source>asset status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="144"/>
        <location filename="../src/core/enums.cpp" line="162"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="145"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="151"/>
        <source>account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="154"/>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="156"/>
        <source>Submission failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="157"/>
        <location filename="../src/core/enums.cpp" line="265"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="159"/>
        <source>Account updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="161"/>
        <source>Approval pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="169"/>
        <source>trade event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="172"/>
        <location filename="../src/core/enums.cpp" line="208"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="174"/>
        <source>Partial fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="190"/>
        <source>Replace rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="192"/>
        <source>Cancel rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="197"/>
        <source>Restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="198"/>
        <source>Trade busted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="200"/>
        <source>Trade corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="206"/>
        <source>activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="209"/>
        <source>Cash transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="210"/>
        <source>Miscellaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="212"/>
        <source>ACATS transfer (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="214"/>
        <source>ACATS transfer (securities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="215"/>
        <source>Crypto fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="216"/>
        <source>Cash deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="217"/>
        <source>Cash withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="218"/>
        <source>Dividend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="220"/>
        <source>Dividend (long-term capital gain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="222"/>
        <source>Dividend (short-term capital gain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="223"/>
        <source>Dividend fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="225"/>
        <source>Dividend (foreign tax withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="227"/>
        <source>Dividend (NRA withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="229"/>
        <source>Dividend (return of capital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="231"/>
        <source>Dividend (Tefra withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="233"/>
        <source>Dividend (tax exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="234"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="235"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="237"/>
        <source>Interest (NRA withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="239"/>
        <source>Interest (Tefra withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="240"/>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="241"/>
        <source>Journal entry (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="242"/>
        <source>Journal entry (stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="243"/>
        <source>Merger or acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="244"/>
        <source>Name change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="245"/>
        <source>Option assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="246"/>
        <source>Option expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="247"/>
        <source>Option exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="248"/>
        <source>Pass-through charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="249"/>
        <source>Pass-through rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="250"/>
        <source>Reorganization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="251"/>
        <source>Symbol change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="252"/>
        <source>Stock spin-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="253"/>
        <source>Stock split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="261"/>
        <source>trade status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="263"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="264"/>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="273"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="280"/>
        <source>market data message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="282"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="283"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="285"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="286"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="287"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="288"/>
        <source>Minute bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="290"/>
        <source>Updated bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="291"/>
        <source>Daily bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="293"/>
        <source>Trading status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="295"/>
        <source>Limit up/limit down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="297"/>
        <source>Order imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="299"/>
        <source>Trade correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="301"/>
        <source>Trade cancel or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="307"/>
        <location filename="../src/core/enums.cpp" line="317"/>
        <source>stream action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="310"/>
        <location filename="../src/core/enums.cpp" line="319"/>
        <source>Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="311"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="321"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/enums.cpp" line="323"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elson::Json</name>
    <message>
        <location filename="../src/core/codecmarketdata.cpp" line="194"/>
        <location filename="../src/core/codecstream.cpp" line="74"/>
        <location filename="../src/core/codecstream.cpp" line="136"/>
        <location filename="../src/core/codecstream.cpp" line="149"/>
        <location filename="../src/core/jsonreader.cpp" line="39"/>
        <location filename="../src/core/jsonreader.cpp" line="275"/>
        <location filename="../src/core/jsonreader.h" line="197"/>
        <location filename="../src/core/jsonreader.h" line="329"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/codectrading.cpp" line="141"/>
        <source>an order needs qty or notional; both are null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/codectrading.cpp" line="224"/>
        <location filename="../src/core/codectrading.cpp" line="226"/>
        <location filename="../src/core/codectrading.cpp" line="228"/>
        <source>needs one element per timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/codectrading.cpp" line="307"/>
        <location filename="../src/core/jsonreader.cpp" line="96"/>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsoncodec.cpp" line="34"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="28"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="30"/>
        <location filename="../src/core/jsonreader.cpp" line="127"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="32"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="34"/>
        <source>the string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="37"/>
        <location filename="../src/core/jsonreader.h" line="181"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="43"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="90"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="102"/>
        <location filename="../src/core/jsonreader.cpp" line="119"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="112"/>
        <source>%1 is not a valid %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="139"/>
        <location filename="../src/core/jsonreader.cpp" line="150"/>
        <location filename="../src/core/jsonreader.cpp" line="154"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="164"/>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="178"/>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="180"/>
        <source>a decimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="204"/>
        <source>epoch time %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="214"/>
        <source>a timestamp string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="225"/>
        <source>a date string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="234"/>
        <location filename="../src/core/jsonreader.cpp" line="242"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="252"/>
        <source>a time string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="265"/>
        <source>%1 is not a time (HH:MM or HHMM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elson::Trade</name>
    <message>
        <location filename="../src/core/trade.cpp" line="21"/>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="31"/>
        <source>a %1 order needs this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="37"/>
        <source>a %1 order does not use this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="61"/>
        <source>a symbol is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="64"/>
        <source>give either a quantity or an investment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="69"/>
        <source>a fractional quantity needs fractional trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="74"/>
        <source>must be 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="101"/>
        <source>a trailing stop needs either a trail price or a trail percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="107"/>
        <source>only a trailing stop uses a trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="114"/>
        <source>a stop-loss limit price needs a stop price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="122"/>
        <source>a simple order has no exit legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="129"/>
        <source>a %1 order needs a take-profit and a stop-loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="138"/>
        <source>a one-triggers-other order needs exactly one exit leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trade.cpp" line="144"/>
        <source>multi-leg option orders are not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketCalendar</name>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="38"/>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="40"/>
        <source>New Year&apos;s Day (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="41"/>
        <source>Martin Luther King, Jr. Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="43"/>
        <source>Washington&apos;s Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="44"/>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="45"/>
        <source>Memorial Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="47"/>
        <source>Juneteenth National Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="49"/>
        <source>Juneteenth National Independence Day (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="50"/>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="52"/>
        <source>Independence Day (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="53"/>
        <source>Labor Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="54"/>
        <source>Thanksgiving Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="55"/>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="57"/>
        <source>Christmas Day (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="59"/>
        <source>Day before Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="61"/>
        <source>Day after Thanksgiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="62"/>
        <source>Christmas Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="64"/>
        <source>National Day of Mourning for President Jimmy Carter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="490"/>
        <location filename="../src/core/marketcalendar.cpp" line="511"/>
        <source>The submission time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="498"/>
        <source>Opening-auction (OPG) orders are not accepted between %1 and %2 ET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="504"/>
        <source>No market open is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="519"/>
        <source>Closing-auction (CLS) orders are not accepted between %1 and %2 ET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="525"/>
        <source>No market close is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="619"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="621"/>
        <source>Pre-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="623"/>
        <source>Regular hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/marketcalendar.cpp" line="625"/>
        <source>After-hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timestamp</name>
    <message>
        <location filename="../src/core/timestamp.cpp" line="187"/>
        <source>the value is empty; expected an RFC 3339 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="191"/>
        <source>&quot;%1&quot; is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS[.fraction] then Z or ±HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="223"/>
        <source>&quot;%1&quot; needs digits after the decimal point of the seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="227"/>
        <source>&quot;%1&quot; has %2 fractional digits; at most 9 fractional digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="238"/>
        <source>&quot;%1&quot; has no UTC offset; it must end in Z or ±HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="249"/>
        <source>&quot;%1&quot; has a UTC offset out of range; at most ±23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="261"/>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="264"/>
        <source>&quot;%1&quot; has a time of day out of range (hours 00–23, minutes and seconds 00–59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/timestamp.cpp" line="275"/>
        <source>&quot;%1&quot; is outside the supported range (1677-09-21 to 2262-04-11 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
