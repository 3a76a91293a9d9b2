<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>BatchApply</name>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="21"/>
        <location filename="../../core/domain/BatchApply.cpp" line="26"/>
        <source>Line %1: %2</source>
        <translation>%1. sor: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="47"/>
        <source>this is not valid JSON (%1 at character %2).</source>
        <translation>ez nem érvényes JSON (%1, a(z) %2. karakternél).</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="52"/>
        <source>each line must be one JSON object.</source>
        <translation>minden sornak egyetlen JSON-objektumnak kell lennie.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="59"/>
        <source>unknown key &quot;%1&quot;; a line has op, table, id, fields and note.</source>
        <translation>ismeretlen kulcs: „%1”; egy sor kulcsai: op, table, id, fields és note.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="67"/>
        <source>&quot;op&quot; must be create, update or delete.</source>
        <translation>az „op” értéke create, update vagy delete lehet.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="71"/>
        <source>there is no table called &quot;%1&quot;.</source>
        <translation>nincs „%1” nevű tábla.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="74"/>
        <source>&quot;id&quot; must be a text id.</source>
        <translation>az „id” értékének szöveges azonosítónak kell lennie.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="78"/>
        <source>an %1 needs the &quot;id&quot; of the record.</source>
        <translation>a(z) %1 művelethez meg kell adni a rekord „id” értékét.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="81"/>
        <source>&quot;fields&quot; must be a JSON object.</source>
        <translation>a „fields” értékének JSON-objektumnak kell lennie.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="85"/>
        <source>a delete takes no fields.</source>
        <translation>a törlés nem kap mezőket.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="91"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>a(z) %1 táblának nincs „%2” nevű mezője.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="104"/>
        <source>an update needs at least one field.</source>
        <translation>a módosításhoz legalább egy mező kell.</translation>
    </message>
</context>
<context>
    <name>CaseLists</name>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="221"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Households</source>
        <translation>Háztartások</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="223"/>
        <source>Localities</source>
        <translation>Települések</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="225"/>
        <source>Development plans</source>
        <translation>Fejlesztési tervek</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="227"/>
        <source>Visits and services</source>
        <translation>Látogatások és szolgáltatások</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="229"/>
        <source>Group events</source>
        <translation>Csoportos események</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="231"/>
        <source>Staff</source>
        <translation>Munkatársak</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="233"/>
        <source>Referrals and hand-overs</source>
        <translation>Továbbirányítások és átadások</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="235"/>
        <source>Caseload</source>
        <translation>Ügyfélkör</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="237"/>
        <source>Overdue plan reviews</source>
        <translation>Lejárt tervfelülvizsgálatok</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="239"/>
        <source>Visits due this week</source>
        <translation>E heti esedékes látogatások</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Household</source>
        <translation>Háztartás</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Locality</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Members</source>
        <translation>Tagok</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Case manager</source>
        <translation>Esetkezelő</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Municipality</source>
        <translation>Önkormányzat</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>County or region</source>
        <translation>Megye vagy régió</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Start</source>
        <translation>Kezdés</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>For</source>
        <translation>Kinek</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Title</source>
        <translation>Megnevezés</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Next review</source>
        <translation>Következő felülvizsgálat</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Household or person</source>
        <translation>Háztartás vagy személy</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Place</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>Recorded by</source>
        <translation>Rögzítette</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <source>Minutes</source>
        <translation>Perc</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <location filename="../../core/casework/CaseLists.cpp" line="320"/>
        <source>Risk</source>
        <translation>Kockázat</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Attended</source>
        <translation>Részt vett</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>External guests</source>
        <translation>Külső vendégek</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Experience expert</source>
        <translation>Tapasztalati szakértő</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Training hours</source>
        <translation>Képzési órák</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>Sent</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>From</source>
        <translation>Küldő</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>To</source>
        <translation>Címzett</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Born</source>
        <translation>Született</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Review was due</source>
        <translation>Felülvizsgálat esedékessége</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Next visit</source>
        <translation>Következő látogatás</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Last visit</source>
        <translation>Utolsó látogatás</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>By</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="328"/>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../core/casework/Choices.cpp" line="45"/>
        <source>There is no list of %1.</source>
        <translation>Nincs lista ehhez: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Usage: fieldcase-cli VERB [OPTIONS]</source>
        <translation>Használat: fieldcase-cli IGE [KAPCSOLÓK]</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Verbs:</source>
        <translation>Igék:</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="29"/>
        <source>Run fieldcase-cli VERB --help for the options of a verb.</source>
        <translation>Egy ige kapcsolóit a fieldcase-cli IGE --help mutatja meg.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="49"/>
        <source>fieldcase-cli: unknown verb &quot;%1&quot;.</source>
        <translation>fieldcase-cli: ismeretlen ige: „%1”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="35"/>
        <source>Prints a case-work list as tab-separated lines with a header: %1.</source>
        <translation>Egy esetkezelési listát ír ki tabulátorral tagolt sorokban, fejléccel: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <source>Which list.</source>
        <translation>Melyik lista.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="69"/>
        <source>NAME</source>
        <translation>NÉV</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="39"/>
        <source>The locality (households) or staff member (caseload) to list, by id.</source>
        <translation>A listázandó település (háztartások) vagy munkatárs (ügyfélkör) azonosítója.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="39"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="363"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="407"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="478"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="524"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="525"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="34"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="36"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="107"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="49"/>
        <source>ID</source>
        <translation>AZONOSÍTÓ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="40"/>
        <source>The day the overdue and due lists are for (default: today).</source>
        <translation>A nap, amelyre a lejárt és esedékes listák szólnak (alapértelmezés: ma).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="41"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <location filename="../../app/cli/CommandsData.cpp" line="107"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="43"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>ÉÉÉÉ-HH-NN</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="42"/>
        <source>At most this many lines (default: all).</source>
        <translation>Legfeljebb ennyi sor (alapértelmezés: mind).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="42"/>
        <location filename="../../app/cli/CommandsData.cpp" line="103"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="43"/>
        <source>Print only how many records the list holds.</source>
        <translation>Csak azt írja ki, hány rekord van a listában.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="49"/>
        <source>--list must be one of: %1.</source>
        <translation>A --list értéke ezek egyike lehet: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="53"/>
        <source>The caseload needs --filter with the id of a staff member.</source>
        <translation>Az ügyfélkörhöz a --filter kapcsolóval meg kell adni egy munkatárs azonosítóját.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="58"/>
        <source>--today must be a date written as YYYY-MM-DD.</source>
        <translation>A --today értékét ÉÉÉÉ-HH-NN alakban kell megadni.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="66"/>
        <source>--limit must be a number of lines.</source>
        <translation>A --limit értéke a sorok száma kell legyen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="109"/>
        <source>Lists people already in the database who may be the person described: the check made before a new person is saved.</source>
        <translation>Kilistázza azokat a már nyilvántartott személyeket, akik azonosak lehetnek a leírt személlyel: ez az az ellenőrzés, amely egy új személy mentése előtt fut.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <source>Family name.</source>
        <translation>Családi név.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>Given names.</source>
        <translation>Utónevek.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>NAMES</source>
        <translation>NEVEK</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <source>Birth name, when it differs.</source>
        <translation>Születési név, ha eltér.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <source>Date of birth.</source>
        <translation>Születési idő.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="119"/>
        <source>Give at least --family and --given.</source>
        <translation>Legalább a --family és a --given kapcsolót meg kell adni.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="123"/>
        <source>--born must be a date written as YYYY-MM-DD.</source>
        <translation>A --born értékét ÉÉÉÉ-HH-NN alakban kell megadni.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="139"/>
        <source>No one on record looks like this person.</source>
        <translation>Senki sincs nyilvántartva, aki hasonlítana erre a személyre.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="148"/>
        <source>print a case-work list (households, overdue reviews, visits due, ...)</source>
        <translation>esetkezelési lista kiírása (háztartások, lejárt felülvizsgálatok, esedékes látogatások, ...)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="150"/>
        <source>find people who may be the person described</source>
        <translation>azonos személyek keresése a leírt személyhez</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="45"/>
        <source>Creates a database for a programme.</source>
        <translation>Adatbázist hoz létre egy programhoz.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <source>The programme&apos;s name.</source>
        <translation>A program neve.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="48"/>
        <source>catching_up, social_services, community_centre or county_coordination (default catching_up).</source>
        <translation>catching_up, social_services, community_centre vagy county_coordination (alapértelmezés: catching_up).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="49"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>KIND</source>
        <translation>FAJTA</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>HU, CZ, SK, BG or RO.</source>
        <translation>HU, CZ, SK, BG vagy RO.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="56"/>
        <source>init needs --programme NAME.</source>
        <translation>Az init parancsnak kell a --programme NÉV.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="70"/>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>Ez az adatbázis már tartalmazza a(z) „%1” programot.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="94"/>
        <source>Created the programme &quot;%1&quot; (%2) in %3.</source>
        <translation>A(z) „%1” program (%2) létrehozva itt: %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="95"/>
        <source>Its catalogue holds %1 indicators to report on (ESF+ and examples for the programme).</source>
        <translation>Katalógusa %1 jelentendő mutatót tartalmaz (ESF+ és példák a program számára).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="102"/>
        <source>Fills an empty database with a synthetic demo programme.</source>
        <translation>Egy üres adatbázist feltölt egy kitalált bemutató programmal.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="103"/>
        <source>How many people (default 1000).</source>
        <translation>Hány személy legyen (alapértelmezés: 1000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="104"/>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>A véletlenszám-mag; ugyanaz a mag ugyanazokat az adatokat adja (alapértelmezés: 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="105"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="106"/>
        <source>The last day of the two years of history (default today).</source>
        <translation>A kétéves előzmények utolsó napja (alapértelmezés: ma).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="108"/>
        <source>Print only the summary.</source>
        <translation>Csak az összesítést írja ki.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="118"/>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>A --people értéke 1 és %1 közötti egész szám lehet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="124"/>
        <source>--seed must be a whole number.</source>
        <translation>A --seed értéke egész szám kell legyen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="130"/>
        <source>--today must be a real date written as YYYY-MM-DD.</source>
        <translation>A --today értékének valós, ÉÉÉÉ-HH-NN alakú dátumnak kell lennie.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="139"/>
        <source>%1% of people written</source>
        <translation>A személyek %1%-a kiírva</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="156"/>
        <source>Demo programme written to %1 in %2 s:</source>
        <translation>A bemutató program kiírva ide: %1, %2 mp alatt:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="158"/>
        <source>  %1 localities, %2 staff, %3 households, %4 people</source>
        <translation>  %1 település, %2 munkatárs, %3 háztartás, %4 személy</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="164"/>
        <source>  %1 plans with %2 goals, %3 visits and services, %4 referrals</source>
        <translation>  %1 terv %2 céllal, %3 látogatás és szolgáltatás, %4 továbbirányítás</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="170"/>
        <source>  %1 group events with %2 attendances; %3 records in all</source>
        <translation>  %1 csoportos esemény %2 részvétellel; összesen %3 rekord</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="180"/>
        <source>Prints every synced record as one JSON object a line, sorted, without machine-local data.</source>
        <translation>Minden szinkronizált rekordot kiír soronként egy JSON-objektumként, rendezve, a gépre jellemző adatok nélkül.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="181"/>
        <source>Write to this file instead of standard output.</source>
        <translation>Ebbe a fájlba írjon a szabványos kimenet helyett.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="181"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="70"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="74"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="120"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="166"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="408"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="102"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="103"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="59"/>
        <source>FILE</source>
        <translation>FÁJL</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="193"/>
        <location filename="../../app/cli/CommandsData.cpp" line="201"/>
        <source>%1 cannot be written.</source>
        <translation>A(z) %1 nem írható.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="215"/>
        <source>Checks the database: SQLite integrity, foreign keys and Fieldcase&apos;s own invariants.</source>
        <translation>Ellenőrzi az adatbázist: az SQLite épségét, az idegen kulcsokat és a Fieldcase saját szabályait.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="228"/>
        <source>%1: no problems found.</source>
        <translation>%1: nem találtunk hibát.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsData.cpp" line="234"/>
        <source>fieldcase-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>fieldcase-cli: %n hibát találtunk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="240"/>
        <source>Applies a batch of create, update and delete operations (JSON lines), all or nothing.</source>
        <translation>Létrehozó, módosító és törlő műveletek kötegét hajtja végre (JSON-sorok), mindet vagy egyiket sem.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="241"/>
        <source>The batch file, or - for standard input.</source>
        <translation>A kötegfájl, vagy - a szabványos bemenethez.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="246"/>
        <source>apply needs exactly one batch FILE.</source>
        <translation>Az apply parancsnak pontosan egy kötegfájl (FÁJL) kell.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="254"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="141"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="142"/>
        <source>%1 cannot be read.</source>
        <translation>A(z) %1 nem olvasható.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="263"/>
        <source>Nothing of the batch was written.</source>
        <translation>A kötegből semmi sem került mentésre.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="266"/>
        <source>Applied %1: %2 created, %3 updated, %4 deleted.</source>
        <translation>%1 végrehajtva: %2 létrehozva, %3 módosítva, %4 törölve.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="279"/>
        <source>create a database for a programme</source>
        <translation>adatbázis létrehozása egy programhoz</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="280"/>
        <source>fill an empty database with a synthetic demo programme</source>
        <translation>üres adatbázis feltöltése kitalált bemutató programmal</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="281"/>
        <source>print all synced data, canonical and sorted</source>
        <translation>az összes szinkronizált adat kiírása, egységes formában, rendezve</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="282"/>
        <source>check integrity, foreign keys and invariants</source>
        <translation>épség, idegen kulcsok és szabályok ellenőrzése</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="283"/>
        <source>apply a batch of operations (JSON lines), all or nothing</source>
        <translation>műveletek kötegének végrehajtása (JSON-sorok), mindet vagy egyiket sem</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="33"/>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>A(z) %1 jelmondatfájl nem olvasható.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="53"/>
        <source>this copy</source>
        <translation>ez a példány</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="55"/>
        <source>central copy</source>
        <translation>központi példány</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="61"/>
        <source>%1 (device clock)</source>
        <translation>%1 (a gép órája szerint)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="65"/>
        <source>Enrols a laptop: writes its enrolment file (keys, caseload and reference data), protected by a passphrase.</source>
        <translation>Laptopot regisztrál: megírja a regisztrációs fájlját (kulcsok, ügyfélkör és törzsadatok), jelmondattal védve.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <source>A name for the laptop.</source>
        <translation>A laptop neve.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="68"/>
        <source>The staff member (account or full name) who uses it.</source>
        <translation>A munkatárs (felhasználónév vagy teljes név), aki használja.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="70"/>
        <source>The enrolment file to write.</source>
        <translation>A megírandó regisztrációs fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="72"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE); without either a passphrase is made and printed.</source>
        <translation>A jelmondat olvasása ebből a fájlból (vagy a FIELDCASE_PASSPHRASE változóból); ha egyik sincs, a program készít egyet és kiírja.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="80"/>
        <source>enrol needs --%1.</source>
        <translation>Az enrol parancsnak kell a --%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="100"/>
        <source>Enrolled the laptop &quot;%1&quot; (device %2): %n record(s) of caseload and reference data in %3.</source>
        <translation>
            <numerusform>A(z) „%1” laptop regisztrálva (%2 eszköz): %n rekord ügyfélkör és törzsadat itt: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="105"/>
        <source>Passphrase: %1</source>
        <translation>Jelmondat: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="106"/>
        <source>Give the passphrase to the worker separately, never together with the file.</source>
        <translation>A jelmondatot külön adja át a munkatársnak, soha ne a fájllal együtt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="108"/>
        <source>Central copy&apos;s key: %1</source>
        <translation>A központi példány kulcsa: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="109"/>
        <source>Tell it to the worker (read it out or print it), who gives it to join with --central-key, so that the laptop refuses an enrolment file that another copy made.</source>
        <translation>Mondja meg a munkatársnak (olvassa fel vagy nyomtassa ki), aki a csatlakozáskor a --central-key kapcsolóval adja meg, így a laptop visszautasítja a más példány által készített regisztrációs fájlt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="117"/>
        <source>Makes a new, empty database the laptop&apos;s copy of a programme, from an enrolment file.</source>
        <translation>Egy új, üres adatbázisból a laptop saját programpéldányát készíti el egy regisztrációs fájl alapján.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="118"/>
        <source>The enrolment file.</source>
        <translation>A regisztrációs fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="120"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE).</source>
        <translation>A jelmondat olvasása ebből a fájlból (vagy a FIELDCASE_PASSPHRASE változóból).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="122"/>
        <source>The central copy&apos;s key as the supervisor gave it (printed by enrol): an enrolment file signed with another key is refused.</source>
        <translation>A központi példány kulcsa, ahogy a felettes megadta (az enrol kiírta): a más kulccsal aláírt regisztrációs fájlt a program visszautasítja.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="124"/>
        <source>FINGERPRINT</source>
        <translation>UJJLENYOMAT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="129"/>
        <source>join needs exactly one enrolment FILE.</source>
        <translation>A join parancsnak pontosan egy regisztrációs fájl (FÁJL) kell.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="136"/>
        <source>join needs the passphrase: --passphrase-file FILE or the environment variable FIELDCASE_PASSPHRASE.</source>
        <translation>A join parancsnak kell a jelmondat: --passphrase-file FÁJL vagy a FIELDCASE_PASSPHRASE környezeti változó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="150"/>
        <source>Joined as &quot;%1&quot;: %n record(s) received.</source>
        <translation>
            <numerusform>Csatlakozva „%1” néven: %n rekord érkezett.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="153"/>
        <source>Central copy&apos;s key: %1 (the key given: checked).</source>
        <translation>A központi példány kulcsa: %1 (a megadott kulccsal ellenőrizve).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="155"/>
        <source>Central copy&apos;s key: %1 (not checked).</source>
        <translation>A központi példány kulcsa: %1 (nincs ellenőrizve).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="156"/>
        <source>Compare it with the key your supervisor reads out or printed. If they differ, this file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Vesse össze azzal a kulccsal, amelyet a felettese felolvas vagy kinyomtatott. Ha eltérnek, ezt a fájlt nem az Ön központi példánya készítette: ne használja ezt az adatbázist, és szóljon a felettesének.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="164"/>
        <source>Writes the laptop&apos;s changes since its last export, encrypted to the central copy and signed.</source>
        <translation>Kiírja a laptop legutóbbi exportja óta történt változásokat, a központi példány számára titkosítva és aláírva.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="166"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="408"/>
        <source>The package file to write.</source>
        <translation>A megírandó csomagfájl.</translation>
    </message>
    <message>
        <source>Export every change made on this laptop again (when a file was lost).</source>
        <translation type="vanished">A laptopon végzett összes változás ismételt exportálása (ha egy fájl elveszett).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="168"/>
        <source>Export every change made on this laptop, in a file that stands in for all earlier ones (when a file was lost, or the central copy says it waits for one).</source>
        <translation>A laptopon végzett összes változás exportálása egy olyan fájlba, amely az összes korábbit helyettesíti (ha egy fájl elveszett, vagy a központi példány jelzi, hogy vár egyre).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="174"/>
        <source>export needs --out FILE.</source>
        <translation>Az export parancsnak kell az --out FÁJL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="185"/>
        <source>Nothing new to export: every change was in an earlier file. No file was written.</source>
        <translation>Nincs új exportálnivaló: minden változás benne volt egy korábbi fájlban. Nem készült fájl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="189"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.</source>
        <translation>
            <numerusform>%n változás exportálva a laptop %1. fájljaként ide: %2, a(z) %3. fájl óta minden változással.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="197"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2.</source>
        <translation>
            <numerusform>%n változás exportálva a laptop %1. fájljaként ide: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="206"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="216"/>
        <source> (file %1 from %2, with everything since file %3)</source>
        <translation> (%1. fájl innen: %2, a(z) %3. fájl óta minden változással)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="222"/>
        <source> (file %1 from %2)</source>
        <translation> (%1. fájl innen: %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 refused change(s)</source>
        <translation type="vanished">%1 új, %2 módosult, %3 már megvolt, %4 ütközik, %5 lehetséges duplikátum, %6 elutasított változás</translation>
    </message>
    <message>
        <source>refused change: %1</source>
        <translation type="vanished">elutasított változás: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="253"/>
        <source>possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>lehetséges duplikátum: %1 (%2) és %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="258"/>
        <source>also merged, after waiting: %1</source>
        <translation>várakozás után szintén összefésülve: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="261"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="305"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="566"/>
        <source>backup before merging: %1</source>
        <translation>biztonsági mentés az összefésülés előtt: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="266"/>
        <source>Merges exchange files: laptops&apos; exports into the central copy, or a return package into a laptop.</source>
        <translation>Csereállományokat fésül össze: a laptopok exportjait a központi példányba, vagy egy visszaküldő csomagot a laptopba.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>The files, in any order.</source>
        <translation>A fájlok, tetszőleges sorrendben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>FILE...</source>
        <translation>FÁJL...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="269"/>
        <source>Only show what merging would do; write nothing.</source>
        <translation>Csak megmutatja, mit tenne az összefésülés; semmit sem ír.</translation>
    </message>
    <message>
        <source>Do not copy the database aside before each file.</source>
        <translation type="vanished">Ne készüljön másolat az adatbázisról az egyes fájlok előtt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="233"/>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 set aside</source>
        <translation>%1 új, %2 módosult, %3 már megvolt, %4 ütközik, %5 lehetséges duplikátum, %6 félretéve</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="243"/>
        <source>set aside: %1</source>
        <translation>félretéve: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="247"/>
        <source>Changes set aside are kept, and merged as soon as this copy can use them (once Fieldcase is updated); fieldcase-cli quarantine lists them.</source>
        <translation>A félretett változások megmaradnak, és a program összefésüli őket, amint ez a példány használni tudja őket (a Fieldcase frissítése után); a fieldcase-cli quarantine kilistázza őket.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="270"/>
        <source>Do not copy the database aside before merging.</source>
        <translation>Összefésülés előtt ne másolja félre az adatbázist.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="275"/>
        <source>merge needs at least one FILE.</source>
        <translation>A merge parancsnak legalább egy FÁJL kell.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="286"/>
        <source>Merging %1…</source>
        <translation>%1 összefésülése…</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="287"/>
        <source>Merged %1</source>
        <translation>Összefésülve: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="292"/>
        <source>fieldcase-cli: the changes set aside by earlier merges could not be tried again: %1. They are kept.</source>
        <translation>fieldcase-cli: a korábbi összefésülések során félretett változásokat nem sikerült újra megpróbálni: %1. Megmaradnak.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="297"/>
        <source>%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</source>
        <translation>
            <numerusform>%n, korábbi összefésülések során félretett változás most összefésülésre került (%1 új, %2 módosult, %3 ütközik).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="314"/>
        <source>Dry run: nothing was written.</source>
        <translation>Próbafuttatás: semmi sem került mentésre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="317"/>
        <source>fieldcase-cli: %n file(s) refused; the database is unchanged by them.</source>
        <translation>
            <numerusform>fieldcase-cli: %n fájl elutasítva; ezek nem változtattak az adatbázison.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="325"/>
        <source>Lists the open conflicts, one a line.</source>
        <translation>Kilistázza a nyitott ütközéseket, soronként egyet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5]</source>
        <translation>%1=%2 [%3, %4, %5]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5, of the merged duplicate]</source>
        <translation>%1=%2 [%3, %4, %5, az összevont duplikátumé]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="352"/>
        <source>deleted-vs-edited</source>
        <translation>törölt és szerkesztett</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="354"/>
        <source>special category: decide explicitly</source>
        <translation>különleges adat: kifejezett döntés kell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="357"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n nyitott ütközés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="362"/>
        <source>Decides one conflict; the decision travels back to the laptops.</source>
        <translation>Eldönt egy ütközést; a döntés visszajut a laptopokra.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="363"/>
        <source>The conflict number (from conflicts).</source>
        <translation>Az ütközés száma (a conflicts kimenetéből).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="364"/>
        <source>The version to keep: a, b (c... when there are more).</source>
        <translation>A megtartandó változat: a, b (vagy c... ha több van).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="365"/>
        <source>a|b</source>
        <translation>a|b</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>A new value instead of one of the versions.</source>
        <translation>Új érték a változatok helyett.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>TEXT</source>
        <translation>SZÖVEG</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="373"/>
        <source>resolve needs --conflict ID, a number from fieldcase-cli conflicts.</source>
        <translation>A resolve parancsnak kell a --conflict AZONOSÍTÓ, egy szám a fieldcase-cli conflicts kimenetéből.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="377"/>
        <source>resolve needs either --take a|b or --value TEXT.</source>
        <translation>A resolve parancsnak vagy --take a|b, vagy --value SZÖVEG kell.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="388"/>
        <source>--take must be a letter: a, b, ...</source>
        <translation>A --take értéke egy betű: a, b, ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="397"/>
        <source>Conflict %1 decided; the decision is logged (change %2) and goes back to the laptops.</source>
        <translation>A(z) %1. ütközés eldöntve; a döntés naplózva (%2. változás), és visszajut a laptopokra.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="405"/>
        <source>Writes a laptop&apos;s return package: its updated caseload, reference data and decided conflicts.</source>
        <translation>Megírja egy laptop visszaküldő csomagját: a frissített ügyfélkört, a törzsadatokat és az eldöntött ütközéseket.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="407"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="478"/>
        <source>The laptop (its name or device id).</source>
        <translation>A laptop (neve vagy eszközazonosítója).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="410"/>
        <source>Send the laptop&apos;s whole caseload history, in a package that stands in for all earlier ones (when a return package was lost, or the laptop says it waits for one).</source>
        <translation>A laptop teljes ügyfélköri előzményeinek elküldése egy olyan csomagban, amely az összes korábbit helyettesíti (ha egy visszaküldő csomag elveszett, vagy a laptop jelzi, hogy vár egyre).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="416"/>
        <source>return needs --device ID and --out FILE.</source>
        <translation>A return parancsnak kell a --device AZONOSÍTÓ és az --out FÁJL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="428"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nincs újdonság a(z) „%1” számára: a laptopon már minden megvan. Nem készült fájl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="434"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3, with everything since return package %4.</source>
        <translation>
            <numerusform>A(z) %1 visszaküldő csomag kiírva „%2” számára: %n változás ide: %3, a(z) %4 visszaküldő csomag óta minden változással.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="443"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3.</source>
        <translation>
            <numerusform>A(z) %1 visszaküldő csomag kiírva „%2” számára: %n változás ide: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="451"/>
        <source>Lists the laptops enrolled in this central copy.</source>
        <translation>Kilistázza a központi példányban regisztrált laptopokat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>revoked</source>
        <translation>visszavonva</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="466"/>
        <source>last file merged: %1</source>
        <translation>utoljára összefésült fájl: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="470"/>
        <source>This central copy&apos;s key: %1</source>
        <translation>Ennek a központi példánynak a kulcsa: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="477"/>
        <source>Withdraws a laptop&apos;s enrolment (lost or stolen): its files are refused from now on.</source>
        <translation>Visszavonja egy laptop regisztrációját (elveszett vagy ellopták): fájljait ezentúl elutasítjuk.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="494"/>
        <source>The laptop &quot;%1&quot; is revoked; its files will be refused.</source>
        <translation>A(z) „%1” laptop regisztrációja visszavonva; a fájljait elutasítjuk.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="499"/>
        <source>Lists possible duplicate persons found while merging.</source>
        <translation>Kilistázza az összefésüléskor talált lehetséges duplikált személyeket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="515"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n lehetséges duplikátum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="521"/>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; details the kept person lacks are taken over, details both have with different values become conflicts to decide; the duplicate is redirected.</source>
        <translation>Egy duplikált személyt összevon egy másikkal: minden látogatás, terv és hozzájárulás átkerül; a megtartott személynél hiányzó adatok átvételre kerülnek, a mindkettőnél meglévő, de eltérő értékű adatok eldöntendő ütközésekké válnak; a duplikátum a megtartott személyre mutat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="634"/>
        <source>list the changes set aside by merges, or try them again</source>
        <translation>az összefésülések során félretett változások listázása vagy újbóli megpróbálása</translation>
    </message>
    <message>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; the duplicate is redirected.</source>
        <translation type="vanished">Egy duplikált személyt összevon egy másikkal: minden látogatás, terv és hozzájárulás átkerül; a duplikátum a megmaradó személyre mutat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="524"/>
        <source>The person who stays.</source>
        <translation>A megmaradó személy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="525"/>
        <source>The duplicate, merged into the other.</source>
        <translation>A duplikátum, amelyet a másikba olvasztunk.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="530"/>
        <source>merge-persons needs --keep ID and --merge ID.</source>
        <translation>A merge-persons parancsnak kell a --keep AZONOSÍTÓ és a --merge AZONOSÍTÓ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="540"/>
        <source>Merged: %n record(s) now point at the person kept.</source>
        <translation>
            <numerusform>Összevonva: %n rekord mutat most a megtartott személyre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="542"/>
        <source>%n detail(s) that only the duplicate had were taken over.</source>
        <translation>
            <numerusform>%n adat, amely csak a duplikátumnál volt meg, átvételre került.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="545"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</source>
        <translation>
            <numerusform>A kettő %n eltérő értéke döntésre vár az ütközések postaládájában: a conflicts paranccsal listázhatók, a resolve paranccsal dönthet róluk. Addig a megtartott személy értékei maradnak érvényben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="554"/>
        <source>%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</source>
        <translation>
            <numerusform>%n változás összefésülve (%1 új, %2 módosult, %3 ütközik, %4 lehetséges duplikátum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="561"/>
        <source>%n change(s) still set aside.</source>
        <translation>
            <numerusform>%n változás még félre van téve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="563"/>
        <source>still set aside: %1</source>
        <translation>még félretéve: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="572"/>
        <source>Lists the changes that merges set aside because this copy cannot use them (a table or field it does not know, a value it does not accept), as tab-separated lines with a header. They are kept, and merged as soon as this copy can use them.</source>
        <translation>Kilistázza azokat a változásokat, amelyeket az összefésülések félretettek, mert ez a példány nem tudja használni őket (ismeretlen tábla vagy mező, el nem fogadott érték), tabulátorral tagolt sorokban, fejléccel. Megmaradnak, és a program összefésüli őket, amint ez a példány használni tudja őket.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="575"/>
        <source>Try them again now: merge those this copy can use (after a backup), and say why the others are still set aside.</source>
        <translation>Újbóli megpróbálás most: azok összefésülése, amelyeket ez a példány használni tud (biztonsági mentés után), és annak közlése, hogy a többi miért van még félretéve.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Received</source>
        <translation>Érkezett</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>From</source>
        <translation>Feladó</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Table</source>
        <translation>Tábla</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="608"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="615"/>
        <source>%n change(s) set aside.</source>
        <translation>
            <numerusform>%n változás félretéve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="623"/>
        <source>enrol a laptop: write its enrolment file</source>
        <translation>laptop regisztrálása: regisztrációs fájl írása</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="624"/>
        <source>make a new laptop database from an enrolment file</source>
        <translation>új laptopadatbázis készítése regisztrációs fájlból</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="625"/>
        <source>write the laptop&apos;s new changes for the central copy</source>
        <translation>a laptop új változásainak kiírása a központi példány számára</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="626"/>
        <source>merge exchange files (preview with --dry-run)</source>
        <translation>csereállományok összefésülése (előnézet: --dry-run)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="627"/>
        <source>list open conflicts</source>
        <translation>nyitott ütközések listája</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="628"/>
        <source>decide a conflict</source>
        <translation>ütközés eldöntése</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="629"/>
        <source>write a laptop&apos;s return package</source>
        <translation>laptop visszaküldő csomagjának írása</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="630"/>
        <source>list enrolled laptops</source>
        <translation>regisztrált laptopok listája</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="631"/>
        <source>withdraw a laptop&apos;s enrolment</source>
        <translation>laptop regisztrációjának visszavonása</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="632"/>
        <source>list possible duplicate persons</source>
        <translation>lehetséges duplikált személyek listája</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="633"/>
        <source>merge a duplicate person into another</source>
        <translation>duplikált személy összevonása egy másikkal</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="28"/>
        <source>Prints a document to PDF: a development plan, a plan review, a visit record, an attendance sheet, a consent form or a case summary; or, for municipality staff, every plan of a locality that awaits signature, in one PDF.</source>
        <translation>Dokumentumot nyomtat PDF-be: fejlesztési tervet, tervfelülvizsgálatot, látogatási lapot, jelenléti ívet, hozzájáruló nyilatkozatot vagy esetösszefoglalót; vagy az önkormányzat munkatársainak egy település összes aláírásra váró tervét egyetlen PDF-ben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>The document: %1.</source>
        <translation>A dokumentum: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="33"/>
        <source>The record to print: a plan, plan review, activity, event, consent or person id.</source>
        <translation>A nyomtatandó rekord: terv, tervfelülvizsgálat, tevékenység, esemény, hozzájárulás vagy személy azonosítója.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="35"/>
        <source>Print a batch for this locality (with --awaiting-signature).</source>
        <translation>Köteg nyomtatása ehhez a településhez (az --awaiting-signature kapcsolóval).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="37"/>
        <source>The batch: every plan whose status is awaiting signature.</source>
        <translation>A köteg: minden aláírásra váró terv.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>The PDF file to write.</source>
        <translation>A megírandó PDF-fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>FÁJL.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="45"/>
        <source>print needs --out FILE.pdf, the file to write.</source>
        <translation>A print parancsnak kell az --out FÁJL.pdf, a megírandó fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="51"/>
        <source>Give either --kind and --id for one document, or --locality ID --awaiting-signature for a batch, not both.</source>
        <translation>Vagy a --kind és --id kapcsolót adja meg egy dokumentumhoz, vagy a --locality AZONOSÍTÓ --awaiting-signature párost egy köteghez, de ne mindkettőt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="55"/>
        <source>A batch needs both --locality ID and --awaiting-signature.</source>
        <translation>A kötegnek kell a --locality AZONOSÍTÓ és az --awaiting-signature is.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="59"/>
        <source>print needs --kind KIND and --id ID (or --locality ID --awaiting-signature for a batch).</source>
        <translation>A print parancsnak kell a --kind FAJTA és az --id AZONOSÍTÓ (vagy köteghez a --locality AZONOSÍTÓ --awaiting-signature).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="64"/>
        <source>Unknown document kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>Ismeretlen dokumentumfajta: „%1”. A fajták: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="82"/>
        <source>No plan in locality %1 awaits signature; nothing was written.</source>
        <translation>A(z) %1 településen egy terv sem vár aláírásra; nem készült fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="93"/>
        <source>Wrote %1: documents %2, pages %3.</source>
        <translation>Kiírva: %1; dokumentumok: %2, oldalak: %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="100"/>
        <source>Sets or removes the logos printed in the letterhead of documents on this machine (PNG, JPEG or SVG).</source>
        <translation>Beállítja vagy eltávolítja a dokumentumok fejlécében nyomtatott logókat ezen a gépen (PNG, JPEG vagy SVG).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="102"/>
        <source>The image for the left of the letterhead.</source>
        <translation>A fejléc bal oldalára kerülő kép.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="103"/>
        <source>The image for the right of the letterhead.</source>
        <translation>A fejléc jobb oldalára kerülő kép.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="104"/>
        <source>Remove the left logo.</source>
        <translation>A bal oldali logó eltávolítása.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="105"/>
        <source>Remove the right logo.</source>
        <translation>A jobb oldali logó eltávolítása.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="106"/>
        <source>The programme (default: the first of the database).</source>
        <translation>A program (alapértelmezés: az adatbázis első programja).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="115"/>
        <source>logo needs --left FILE, --right FILE, --clear-left or --clear-right.</source>
        <translation>A logo parancsnak kell a --left FÁJL, --right FÁJL, --clear-left vagy --clear-right.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="132"/>
        <source>The database holds no programme; create one with init.</source>
        <translation>Az adatbázisban nincs program; hozzon létre egyet az init paranccsal.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="148"/>
        <source>The %1 logo is now %2.</source>
        <translation>A(z) %1 logó mostantól: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="158"/>
        <source>The %1 logo was removed.</source>
        <translation>A(z) %1 logó eltávolítva.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="175"/>
        <source>prints plans, visit records, attendance sheets, consent forms to PDF</source>
        <translation>tervek, látogatási lapok, jelenléti ívek, hozzájáruló nyilatkozatok nyomtatása PDF-be</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="177"/>
        <source>sets the logos of the letterhead of printed documents</source>
        <translation>a nyomtatott dokumentumok fejlécében lévő logók beállítása</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="32"/>
        <source>Writes a report of the programme to CSV, XLSX or PDF: the ESF common indicators on participants, or the programme&apos;s indicators planned against achieved. ESF reports are made for outside the programme (counts of 1 to 4 people suppressed, no names) unless --internal is given; indicator reports are internal unless --outside is given.</source>
        <translation>A program jelentését írja CSV, XLSX vagy PDF formátumba: a résztvevőkre vonatkozó ESF közös mutatókat, vagy a program mutatóinak tervezett és elért értékét. Az ESF-jelentések a programon kívülre készülnek (az 1–4 főt jelentő számok elrejtve, nevek nélkül), hacsak nincs megadva az --internal; a mutatójelentések belső használatra készülnek, hacsak nincs megadva az --outside.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="37"/>
        <source>The ESF common indicators on participants: 2021 (ESF+ 2021-2027) or 2014 (ESF 2014-2020).</source>
        <translation>A résztvevőkre vonatkozó ESF közös mutatók: 2021 (ESF+ 2021-2027) vagy 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="38"/>
        <source>SET</source>
        <translation>KÉSZLET</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="39"/>
        <source>The programme&apos;s indicators, planned against achieved.</source>
        <translation>A program mutatói, tervezett és elért értékek.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="41"/>
        <source>The first day of the period (default: the programme&apos;s start date, else 1 January of this year).</source>
        <translation>Az időszak első napja (alapértelmezés: a program kezdő dátuma, ennek hiányában az idei év január 1.).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="45"/>
        <source>The last day of the period (default: the programme&apos;s end date, else 31 December of this year).</source>
        <translation>Az időszak utolsó napja (alapértelmezés: a program záró dátuma, ennek hiányában az idei év december 31.).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="48"/>
        <source>Only this locality (default: the whole programme).</source>
        <translation>Csak ez a település (alapértelmezés: a teljes program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="51"/>
        <source>For use inside the programme: small counts are not suppressed. Such a file must not leave the programme.</source>
        <translation>Programon belüli használatra: a kis számok nincsenek elrejtve. Az ilyen fájl nem kerülhet ki a programból.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="54"/>
        <source>For outside the programme: small counts suppressed, names and ids left out (the default for --esf).</source>
        <translation>Programon kívüli használatra: a kis számok elrejtve, a nevek és azonosítók kihagyva (a --esf alapértelmezése).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="57"/>
        <source>The file format: %1.</source>
        <translation>A fájlformátum: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="58"/>
        <source>FORMAT</source>
        <translation>FORMÁTUM</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="59"/>
        <source>The file to write.</source>
        <translation>A megírandó fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="66"/>
        <source>Give either --esf or --indicators, not both.</source>
        <translation>Vagy a --esf, vagy az --indicators kapcsolót adja meg, de ne mindkettőt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="67"/>
        <source>report needs the report to make: --esf 2021, --esf 2014 or --indicators.</source>
        <translation>A report parancsnak meg kell adni az elkészítendő jelentést: --esf 2021, --esf 2014 vagy --indicators.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="78"/>
        <source>Unknown ESF indicator set &quot;%1&quot;. Give --esf 2021 (ESF+ 2021-2027) or --esf 2014 (ESF 2014-2020).</source>
        <translation>Ismeretlen ESF-mutatókészlet: „%1”. Adja meg a --esf 2021 (ESF+ 2021-2027) vagy a --esf 2014 (ESF 2014-2020) kapcsolót.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="84"/>
        <source>Give either --internal or --outside, not both.</source>
        <translation>Vagy az --internal, vagy az --outside kapcsolót adja meg, de ne mindkettőt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="88"/>
        <source>report needs --format FORMAT: %1.</source>
        <translation>A report parancsnak kell a --format FORMÁTUM: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="93"/>
        <source>Unknown format &quot;%1&quot;. The formats are: %2.</source>
        <translation>Ismeretlen formátum: „%1”. A formátumok: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="98"/>
        <source>report needs --out FILE, the file to write.</source>
        <translation>A report parancsnak kell az --out FÁJL, a megírandó fájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="135"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="137"/>
        <source>Wrote %1 (%2): %n row(s), for outside the programme; cells suppressed: %3.</source>
        <translation>
            <numerusform>Megírva: %1 (%2): %n sor, a programon kívüli használatra; elrejtett cellák: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="143"/>
        <source>Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave the programme.</source>
        <translation>
            <numerusform>Megírva: %1 (%2): %n sor, belső használatra: a kis számok is láthatók, ezért a fájl nem kerülhet ki a programból.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="156"/>
        <source>writes the ESF indicators or planned against achieved to CSV, XLSX or PDF</source>
        <translation>az ESF-mutatók vagy a tervezett és elért értékek kiírása CSV, XLSX vagy PDF formátumba</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="52"/>
        <location filename="../../core/exchange/ConflictStore.cpp" line="150"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="118"/>
        <source>There is no open conflict number %1. It may have been settled already; list the open conflicts again.</source>
        <translation>Nincs %1. számú nyitott ütközés. Lehet, hogy már rendezték; listázza ki újra a nyitott ütközéseket.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="130"/>
        <source>(deleted)</source>
        <translation>(törölve)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="141"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="143"/>
        <source>(kept: still pointed at by %1)</source>
        <translation>(megtartva: még ezek mutatnak rá: %1)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="153"/>
        <source>(edited)</source>
        <translation>(szerkesztve)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="161"/>
        <source>(empty)</source>
        <translation>(üres)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/ConflictStore.cpp" line="170"/>
        <source>Conflict %1 has %n version(s); choose one of them.</source>
        <translation>
            <numerusform>A(z) %1. ütközésnek %n változata van; válasszon közülük egyet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="180"/>
        <source>Conflict %1: this record cannot stay deleted while other records point at it. Keep it, or first change the records that point at it and decide again.</source>
        <translation>%1. ütközés: ez a rekord nem maradhat törölve, amíg más rekordok mutatnak rá. Tartsa meg, vagy előbb módosítsa a rá mutató rekordokat, és döntsön újra.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="196"/>
        <source>A deleted record is kept deleted or restored; choose one of the versions.</source>
        <translation>Egy törölt rekord törölve marad vagy visszaáll; válasszon a változatok közül.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="210"/>
        <source>%1 is required and cannot be left empty.</source>
        <translation>A(z) %1 kötelező, nem maradhat üres.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="222"/>
        <source>Conflict %1 decided</source>
        <translation>%1. ütközés eldöntve</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="248"/>
        <source>Conflict %1 decided: stays deleted</source>
        <translation>%1. ütközés eldöntve: törölve marad</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="249"/>
        <source>Conflict %1 decided: restored</source>
        <translation>%1. ütközés eldöntve: visszaállítva</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="8"/>
        <source>I agree that the programme team records my personal data and the data of my household that are needed for our work together: names, dates of birth, contact details, the development plan, visits, services and agreements.</source>
        <translation>Hozzájárulok, hogy a program munkatársai nyilvántartsák azokat a személyes adataimat és háztartásom adatait, amelyek a közös munkánkhoz szükségesek: nevek, születési idők, elérhetőségek, a fejlesztési terv, a látogatások, a szolgáltatások és a megállapodások.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="11"/>
        <source>The data are used only to plan and provide support to me and my family and to report to the funder in a form that does not identify me.</source>
        <translation>Az adatokat csak arra használják, hogy nekem és családomnak támogatást tervezzenek és nyújtsanak, valamint hogy a támogatónak olyan formában számoljanak be, amelyből nem lehet azonosítani.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="15"/>
        <source>I agree that the programme team shares the data needed for my support with the services named in my development plan (for example the family support service, the job centre, the school or the district nurse).</source>
        <translation>Hozzájárulok, hogy a program munkatársai a támogatásomhoz szükséges adatokat megosszák a fejlesztési tervemben megnevezett szolgálatokkal (például a családsegítő szolgálattal, a munkaügyi központtal, az iskolával vagy a védőnővel).</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="18"/>
        <source>Only the data that a service needs for the task are shared, and each sharing is recorded.</source>
        <translation>Csak azokat az adatokat osztják meg, amelyekre egy szolgálatnak a feladatához szüksége van, és minden megosztást rögzítenek.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="21"/>
        <source>I agree that the programme team refers me to another service and sends that service my name, contact details and the reason for the referral.</source>
        <translation>Hozzájárulok, hogy a program munkatársai egy másik szolgálathoz irányítsanak, és elküldjék annak a nevemet, elérhetőségemet és a továbbirányítás okát.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="23"/>
        <source>The receiving service tells the team whether it accepted the referral and how it ended.</source>
        <translation>A fogadó szolgálat tájékoztatja a munkatársakat, hogy elfogadta-e a továbbirányítást, és hogyan zárult.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="26"/>
        <source>I agree that the programme records data about my health, disability or ethnic origin, which the law protects specially, because I want them taken into account in my support.</source>
        <translation>Hozzájárulok, hogy a program nyilvántartsa az egészségi állapotomra, fogyatékosságomra vagy etnikai származásomra vonatkozó, a törvény által különlegesen védett adataimat, mert szeretném, ha ezeket a támogatásom során figyelembe vennék.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="28"/>
        <source>These data are seen only by the staff who work with me and are never printed in reports that leave the programme.</source>
        <translation>Ezeket az adatokat csak a velem dolgozó munkatársak látják, és soha nem kerülnek bele a programon kívülre kerülő jelentésekbe.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="32"/>
        <source>I agree that photographs or video in which I can be recognised are taken at programme events and used in the programme&apos;s reports and publications.</source>
        <translation>Hozzájárulok, hogy a program rendezvényein felismerhető fénykép vagy videó készüljön rólam, és azt a program beszámolóiban és kiadványaiban felhasználják.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="34"/>
        <source>I can ask at any time that a picture of me is not used again.</source>
        <translation>Bármikor kérhetem, hogy a rólam készült képet többé ne használják fel.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="37"/>
        <source>I agree that the programme records the data the funder requires at entry and exit (labour status, education, household situation) and contacts me up to six months after I leave the programme to ask about my situation.</source>
        <translation>Hozzájárulok, hogy a program nyilvántartsa a támogató által a belépéskor és a kilépéskor előírt adatokat (munkaerő-piaci helyzet, iskolai végzettség, háztartási helyzet), és a programból való kilépésem után legfeljebb hat hónapig megkeressenek, hogy a helyzetemről érdeklődjenek.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="40"/>
        <source>The funder receives these data only as totals that do not identify anyone.</source>
        <translation>A támogató ezeket az adatokat csak összesítve kapja meg, senki sem azonosítható belőlük.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="46"/>
        <source>My consent is voluntary. If I do not give it, or withdraw it later, I still receive the support that does not depend on it.</source>
        <translation>A hozzájárulásom önkéntes. Ha nem adom meg, vagy később visszavonom, akkor is megkapom azt a támogatást, amely nem függ tőle.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="48"/>
        <source>I can withdraw this consent at any time, in writing or by telling a member of the team; the withdrawal applies from that day on.</source>
        <translation>Ezt a hozzájárulást bármikor visszavonhatom írásban, vagy úgy, hogy szólok a munkatársak egyikének; a visszavonás attól a naptól érvényes.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="50"/>
        <source>I have the right to see the data kept about me, to have mistakes corrected and, where the law allows, to have data erased. I can complain to the data protection authority.</source>
        <translation>Jogom van megismerni a rólam tárolt adatokat, kérni a hibák kijavítását, és ahol a törvény megengedi, az adatok törlését. Panaszt tehetek az adatvédelmi hatóságnál.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="32"/>
        <location filename="../../core/storage/Database.cpp" line="364"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>A lemez megtelt. Szabadítson fel helyet, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="36"/>
        <location filename="../../core/storage/Database.cpp" line="361"/>
        <source>The database is busy in another window or program. Close it there and try again.</source>
        <translation>Az adatbázist egy másik ablak vagy program használja. Zárja be ott, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="40"/>
        <location filename="../../core/storage/Database.cpp" line="366"/>
        <source>The database reported an error; nothing was changed.</source>
        <translation>Az adatbázis hibát jelzett; semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="91"/>
        <source>There is no database at %1.</source>
        <translation>Nincs adatbázis itt: %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="94"/>
        <source>%1 is not a file. Choose a database file.</source>
        <translation>A(z) %1 nem fájl. Válasszon egy adatbázisfájlt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="97"/>
        <source>The folder for %1 could not be created.</source>
        <translation>A(z) %1 mappája nem hozható létre.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="105"/>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Hiányzik a Qt SQLite-illesztőprogramja. Telepítse a libqt6sql6-sqlite csomagot.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="109"/>
        <source>The database %1 could not be opened.</source>
        <translation>A(z) %1 adatbázis nem nyitható meg.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>The SQLite connection could not be configured.</source>
        <translation>Az SQLite-kapcsolat nem állítható be.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="144"/>
        <source>%1 is not a Fieldcase database, or it is damaged. Open another file.</source>
        <translation>A(z) %1 nem Fieldcase-adatbázis, vagy megsérült. Nyisson meg egy másik fájlt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="182"/>
        <source>This database was made by a newer version of Fieldcase (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Ezt az adatbázist a Fieldcase egy újabb verziója készítette (%1. séma; ez a verzió legfeljebb a(z) %2. sémát ismeri). A megnyitásához telepítse az újabb verziót.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="194"/>
        <source>Before upgrading the database, a copy could not be written to %1; the database was left as it was. Free some disk space and open the database again.</source>
        <translation>Az adatbázis frissítése előtt nem sikerült másolatot írni ide: %1; az adatbázis változatlan maradt. Szabadítson fel helyet a lemezen, és nyissa meg újra az adatbázist.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="294"/>
        <location filename="../../core/storage/Database.cpp" line="338"/>
        <source>The backup %1 could not be written.</source>
        <translation>A(z) %1 biztonsági mentést nem sikerült megírni.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="299"/>
        <location filename="../../core/storage/Database.cpp" line="333"/>
        <source>The backup %1 could not be written (is the disk full?).</source>
        <translation>A(z) %1 biztonsági mentést nem sikerült megírni (megtelt a lemez?).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="412"/>
        <source>The database undid this change after an error (is the disk full?); nothing of it was stored. Try again.</source>
        <translation>Az adatbázis egy hiba után visszavonta ezt a módosítást (megtelt a lemez?); semmi sem került belőle tárolásra. Próbálja újra.</translation>
    </message>
    <message>
        <source>Before upgrading the database, a copy could not be written to %1. Free some disk space and open the database again.</source>
        <translation type="vanished">Az adatbázis frissítése előtt nem sikerült másolatot írni ide: %1. Szabadítson fel lemezterületet, és nyissa meg újra az adatbázist.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="210"/>
        <source>The database could not be upgraded to schema %1 (%2). It was left as it was.</source>
        <translation>Az adatbázist nem sikerült a(z) %1. sémára frissíteni (%2). Változatlan maradt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="213"/>
        <source>The database could not be upgraded to schema %1 (%2). It stays at schema %3, complete and consistent, and a copy from before the upgrade is at %4. Open it again once the cause below is fixed.</source>
        <translation>Az adatbázist nem sikerült a(z) %1. sémára frissíteni (%2). A(z) %3. sémán marad, teljes és ellentmondásmentes állapotban, a frissítés előtti másolat pedig itt található: %4. Nyissa meg újra, miután az alább leírt okot elhárította.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="41"/>
        <source>The change was already undone; nothing was stored.</source>
        <translation>A változást már visszavonták; semmi sem került mentésre.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="54"/>
        <source>The demo data could not be written; nothing was saved. %1</source>
        <translation>A bemutató adatok nem írhatók; semmi sem került mentésre. %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="63"/>
        <source>Demo data can be made for 1 to %1 people; %2 is outside that range.</source>
        <translation>Bemutató adatok 1 és %1 közötti személyszámra készíthetők; a(z) %2 kívül esik ezen.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="73"/>
        <source>The demo&apos;s history must end today or earlier; %1 is in the future.</source>
        <translation>A bemutató előzményeinek legkésőbb ma kell véget érniük; a(z) %1 a jövőben van.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="82"/>
        <source>Demo data is only added to a database without people, so that it is never mixed with real cases. Create a new, empty database for the demo.</source>
        <translation>Bemutató adatok csak olyan adatbázisba kerülhetnek, amelyben nincs személy, hogy sose keveredjenek valódi esetekkel. Hozzon létre új, üres adatbázist a bemutatóhoz.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="124"/>
        <source>Making the demo data was stopped; nothing was saved.</source>
        <translation>A bemutató adatok készítése leállt; semmi sem került mentésre.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="25"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="191"/>
        <source>%1 plan</source>
        <translation>%1 terv</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="28"/>
        <source>Edit plan</source>
        <translation>Terv szerkesztése</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="29"/>
        <source>Add need</source>
        <translation>Szükséglet hozzáadása</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="30"/>
        <source>Add goal</source>
        <translation>Cél hozzáadása</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="31"/>
        <source>Add service or referral</source>
        <translation>Szolgáltatás vagy továbbirányítás hozzáadása</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="32"/>
        <source>Review</source>
        <translation>Felülvizsgálat</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="33"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="140"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="194"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="24"/>
        <source>Print</source>
        <comment>the print preview of a record</comment>
        <translation>Nyomtatás</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="34"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="141"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="195"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="257"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="292"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="94"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="136"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="25"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="68"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="126"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="160"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="175"/>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="43"/>
        <source>legal representative %1</source>
        <translation>törvényes képviselő: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="44"/>
        <source>client</source>
        <translation>ügyfél</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="46"/>
        <source>%1: not signed</source>
        <translation>%1: nincs aláírva</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="47"/>
        <source>%1: signed %2</source>
        <translation>%1: aláírva %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="50"/>
        <source>case manager</source>
        <translation>esetkezelő</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="53"/>
        <source>experience expert</source>
        <translation>tapasztalati szakértő</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="55"/>
        <source>Signatures</source>
        <translation>Aláírások</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="56"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="44"/>
        <source>Notes</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="61"/>
        <source>Needs by intervention area</source>
        <translation>Szükségletek beavatkozási területenként</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="65"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="90"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="114"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="195"/>
        <source>edit</source>
        <translation>szerkesztés</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="72"/>
        <source>Goals</source>
        <translation>Célok</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="76"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="110"/>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="83"/>
        <source>who: %1</source>
        <translation>ki: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="86"/>
        <source>for %1</source>
        <translation>%1 részére</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="103"/>
        <source>Agreed services and referrals</source>
        <translation>Megállapodott szolgáltatások és továbbirányítások</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="121"/>
        <source>Reviews (earlier versions kept)</source>
        <translation>Felülvizsgálatok (a korábbi változatok megmaradnak)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="125"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · %2. változat · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="138"/>
        <source>Plan review of %1 (version %2)</source>
        <translation>%1 tervfelülvizsgálata (%2. változat)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="153"/>
        <source>Goals as they stood at the review</source>
        <translation>A célok a felülvizsgálatkor</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="161"/>
        <source>, by %1</source>
        <translation>, határidő: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="167"/>
        <source>Needs as they stood at the review</source>
        <translation>A szükségletek a felülvizsgálatkor</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="184"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="189"/>
        <source>This record was corrected or withdrawn.</source>
        <translation>Ezt a rekordot javították vagy visszavonták.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="190"/>
        <source>Show the record in force</source>
        <translation>Az érvényes rekord megjelenítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="192"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="68"/>
        <source>Correct</source>
        <translation>Javítás</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="193"/>
        <source>Withdraw</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="200"/>
        <source>This record withdraws a visit recorded by mistake.</source>
        <translation>Ez a rekord egy tévesen rögzített látogatást von vissza.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the withdrawn record</source>
        <translation>A visszavont rekord megjelenítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the record it corrects</source>
        <translation>A javított rekord megjelenítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="225"/>
        <source>Present</source>
        <translation>Jelen volt</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="229"/>
        <source>Plan goals worked on</source>
        <translation>Tervcélok, amelyeken dolgoztak</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="238"/>
        <source>Tasks agreed</source>
        <translation>Megbeszélt feladatok</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="245"/>
        <source>update</source>
        <translation>frissítés</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="254"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="257"/>
        <source>Change status</source>
        <translation>Állapot módosítása</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="268"/>
        <source>Status history</source>
        <translation>Állapotváltozások</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="278"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="289"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="136"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="16"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="80"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="119"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="157"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="172"/>
        <source>Edit</source>
        <translation>Szerkesztés</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="290"/>
        <source>Attendance</source>
        <translation>Jelenlét</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="291"/>
        <source>Print attendance sheet</source>
        <translation>Jelenléti ív nyomtatása</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="311"/>
        <source>Attendance: %1 registered people, %2 staff, %3 external guests</source>
        <translation>Jelenlét: %1 nyilvántartott személy, %2 munkatárs, %3 külső vendég</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="319"/>
        <source>Staff:</source>
        <translation>Munkatársak:</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="93"/>
        <source>&lt;h3&gt;Deleted&lt;/h3&gt;&lt;p&gt;This record was deleted. Its history is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Törölve&lt;/h3&gt;&lt;p&gt;Ezt a rekordot törölték. Az előzményei megmaradnak.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="146"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest visits and services</source>
        <translation>Legutóbbi látogatások és szolgáltatások</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="154"/>
        <source> (withdrawal)</source>
        <translation> (visszavonás)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="156"/>
        <source> (correction)</source>
        <translation> (javítás)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="188"/>
        <source>Development plans</source>
        <translation>Fejlesztési tervek</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="195"/>
        <source>(%1, from %2, next review %3)</source>
        <translation>(%1, kezdete %2, következő felülvizsgálat %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="208"/>
        <source>Referrals and hand-overs</source>
        <translation>Továbbirányítások és átadások</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="213"/>
        <source>%1 · %2 → %3 · %4</source>
        <translation>%1 · %2 → %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="17"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="121"/>
        <source>Record visit</source>
        <translation>Látogatás rögzítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="18"/>
        <source>New plan</source>
        <translation>Új terv</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="19"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="123"/>
        <source>Refer</source>
        <translation>Továbbirányítás</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="20"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="124"/>
        <source>Hand over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="21"/>
        <source>Record consent</source>
        <translation>Hozzájárulás rögzítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="22"/>
        <source>Entry data</source>
        <translation>Belépési adatok</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="23"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="79"/>
        <source>Exit</source>
        <translation>Kilépés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="35"/>
        <source>%1 (%n year(s) old)</source>
        <translation>
            <numerusform>%1 (%n éves)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="38"/>
        <source>Born</source>
        <translation>Született</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="51"/>
        <source>Household members</source>
        <translation>A háztartás tagjai</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="53"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="67"/>
        <source>Entry data (frozen)</source>
        <translation>Belépési adatok (rögzítve)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="90"/>
        <source>Consents</source>
        <translation>Hozzájárulások</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="92"/>
        <source>%1, given %2 (%3, text %4)</source>
        <translation>%1, megadva: %2 (%3, szövegváltozat: %4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="96"/>
        <source>, withdrawn %1</source>
        <translation>, visszavonva: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="101"/>
        <source>edit or withdraw</source>
        <translation>szerkesztés vagy visszavonás</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="102"/>
        <source>print the form</source>
        <translation>nyilatkozat nyomtatása</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest household visits</source>
        <translation>A háztartás legutóbbi látogatásai</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="118"/>
        <source>%1 household</source>
        <translation>%1 háztartás</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="120"/>
        <source>Add member</source>
        <translation>Tag hozzáadása</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="122"/>
        <source>New family plan</source>
        <translation>Új családi terv</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="125"/>
        <source>Print family plan</source>
        <translation>Családi terv nyomtatása</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="134"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Tagok (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="158"/>
        <source>Show its households</source>
        <translation>Háztartásainak megjelenítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="159"/>
        <source>Register a household here</source>
        <translation>Háztartás felvétele ide</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="173"/>
        <source>Add training</source>
        <translation>Képzés hozzáadása</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="174"/>
        <source>Show caseload</source>
        <translation>Ügyfélkör megjelenítése</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="189"/>
        <source>%1 · %2 · %3 h%4</source>
        <translation>%1 · %2 · %3 óra%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="198"/>
        <source>Trainings (%1 hours in all)</source>
        <translation>Képzések (összesen %1 óra)</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <location filename="../../core/exchange/DeviceRegistry.cpp" line="72"/>
        <source>No laptop called &quot;%1&quot; is enrolled in this central copy.</source>
        <translation>Ebben a központi példányban nincs „%1” nevű regisztrált laptop.</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="240"/>
        <source>Signatures</source>
        <translation>Aláírások</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Signature</source>
        <translation>Aláírás</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Place</source>
        <translation>Helyszín</translation>
    </message>
</context>
<context>
    <name>DocumentData</name>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="76"/>
        <source>There is no %1 with the id %2 in this database. Check the id and the database.</source>
        <translation>Ebben az adatbázisban nincs %2 azonosítójú %1. Ellenőrizze az azonosítót és az adatbázist.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="83"/>
        <source>The %1 with the id %2 was deleted, so it cannot be printed.</source>
        <translation>A(z) %2 azonosítójú %1 törölve lett, ezért nem nyomtatható.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="151"/>
        <source>%1, %2</source>
        <comment>settlement, municipality</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="206"/>
        <source>Printed by %1 on %2</source>
        <translation>Nyomtatta: %1, %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="213"/>
        <source>Plan version %1, last changed %2 (%3)</source>
        <translation>%1. tervváltozat, módosítva: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="217"/>
        <source>Record version of %1 (%2)</source>
        <translation>A rekord változata: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="43"/>
        <source>Individual development plan</source>
        <translation>Egyéni fejlesztési terv</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="45"/>
        <source>Family development plan</source>
        <translation>Családi fejlesztési terv</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="47"/>
        <source>Plan review record</source>
        <translation>Tervfelülvizsgálati jegyzőkönyv</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="49"/>
        <source>Home visit record</source>
        <translation>Családlátogatási lap</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="51"/>
        <source>Attendance sheet</source>
        <translation>Jelenléti ív</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="53"/>
        <source>Consent form</source>
        <translation>Hozzájáruló nyilatkozat</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="55"/>
        <source>Case summary</source>
        <translation>Esetösszefoglaló</translation>
    </message>
</context>
<context>
    <name>DocumentLogos</name>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="37"/>
        <source>The logo is larger than %1 MB. Save a smaller image and try again.</source>
        <translation>A logó nagyobb, mint %1 MB. Mentsen el egy kisebb képet, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="51"/>
        <source>A logo must be a PNG, JPEG or SVG image.</source>
        <translation>A logó PNG, JPEG vagy SVG kép lehet.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="55"/>
        <source>The logo cannot be read as an image; it may be damaged.</source>
        <translation>A logó nem olvasható be képként; lehet, hogy sérült.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="71"/>
        <source>The plan %1 is of the kind &quot;%2&quot;, not &quot;%3&quot;. Print it as &quot;%2&quot;.</source>
        <translation>A(z) %1 terv fajtája „%2”, nem „%3”. Nyomtassa „%2” dokumentumként.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="128"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>A nyomtatáshoz a Qt grafikus része kell, de az nem fut.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="132"/>
        <source>There is nothing to print.</source>
        <translation>Nincs mit nyomtatni.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="142"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>A nyomtató vagy a fájl nem nyitható meg nyomtatásra.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="159"/>
        <source>Printing was stopped.</source>
        <translation>A nyomtatás leállt.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="163"/>
        <source>The printer or file did not accept the pages.</source>
        <translation>A nyomtató vagy a fájl nem fogadta el az oldalakat.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="173"/>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="192"/>
        <source>%1 cannot be written. Choose a folder you can write to.</source>
        <translation>A(z) %1 nem írható. Válasszon egy mappát, amelybe tud írni.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="281"/>
        <source>The %1 household has no family plan in force or awaiting signature, so there is nothing to print for it. Open one of its members to print their plan or case summary.</source>
        <translation>A(z) %1 háztartásnak nincs érvényes vagy aláírásra váró családi terve, így nincs mit nyomtatni hozzá. Nyissa meg valamelyik tagját, és nyomtassa ki annak tervét vagy esetösszefoglalóját.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="287"/>
        <source>There is no printed document for a %1. Open a person, household, plan, plan review, visit, group event or consent, then print.</source>
        <translation>A(z) %1 rekordhoz nem tartozik nyomtatható dokumentum. Nyisson meg egy személyt, háztartást, tervet, tervfelülvizsgálatot, látogatást, csoportos eseményt vagy hozzájárulást, majd nyomtasson.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="319"/>
        <source>This record is not about one person. Open a person, or a record about them, to print their case summary.</source>
        <translation>Ez a rekord nem egyetlen személyre vonatkozik. Az esetösszefoglaló nyomtatásához nyisson meg egy személyt vagy egy rá vonatkozó rekordot.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="37"/>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="122"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="28"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="186"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="254"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="67"/>
        <source>Locality</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="39"/>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="106"/>
        <source>Organiser</source>
        <translation>Szervező</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>No.</source>
        <translation>Ssz.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="132"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="23"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="181"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="88"/>
        <source>Signature</source>
        <translation>Aláírás</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="99"/>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="101"/>
        <source>Registered participants are listed first. Guests write their name on an empty numbered line. Everyone signs in the last column.</source>
        <translation>Elöl a nyilvántartott résztvevők szerepelnek. A vendégek egy üres, számozott sorba írják a nevüket. Mindenki az utolsó oszlopban ír alá.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="107"/>
        <source>I confirm that the people who signed above took part in the event.</source>
        <translation>Igazolom, hogy a fent aláírók részt vettek az eseményen.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="112"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="43"/>
        <source>Development plans</source>
        <translation>Fejlesztési tervek</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="45"/>
        <source>No development plan yet.</source>
        <translation>Még nincs fejlesztési terv.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="53"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="56"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="26"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="396"/>
        <source>Plan period</source>
        <translation>A terv időszaka</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="66"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="131"/>
        <source>Goal</source>
        <translation>Cél</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="80"/>
        <source>%1 (goal of %2)</source>
        <translation>%1 (%2 célja)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="90"/>
        <source>%n goal(s) in the health area are not shown here; the plan itself holds them.</source>
        <translation>
            <numerusform>%n egészségügyi célt itt nem mutatunk; ezeket maga a terv tartalmazza.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="107"/>
        <source>Personal details</source>
        <translation>Személyes adatok</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="113"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="129"/>
        <source>Case manager</source>
        <translation>Esetkezelő</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="117"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="250"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="66"/>
        <source>Household</source>
        <translation>Háztartás</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="133"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="262"/>
        <source>Age</source>
        <translation>Életkor</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="153"/>
        <source>Entry to and exit from the programme</source>
        <translation>Belépés a programba és kilépés belőle</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="155"/>
        <source>No entry data recorded.</source>
        <translation>Nincsenek rögzített belépési adatok.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="167"/>
        <source>Disability and ethnic minority answers and the goals of the health area are left off this summary. Notes and visit purposes are printed as they were written.</source>
        <translation>A fogyatékosságra és az etnikai kisebbségre vonatkozó válaszok, valamint az egészségügyi terület céljai kimaradnak ebből az összefoglalóból. A megjegyzések és a látogatások céljai úgy jelennek meg, ahogy beírták őket.</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, ethnic origin) are never printed.</source>
        <translation type="vanished">A különleges adatok (egészség, fogyatékosság, etnikai származás) soha nem kerülnek nyomtatásra.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="175"/>
        <source>Consents</source>
        <translation>Hozzájárulások</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="177"/>
        <source>No consent recorded.</source>
        <translation>Nincs rögzített hozzájárulás.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="205"/>
        <source>Recent contacts</source>
        <translation>Legutóbbi kapcsolatfelvételek</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="207"/>
        <source>No contacts recorded.</source>
        <translation>Nincs rögzített kapcsolatfelvétel.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="212"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="76"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="64"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="174"/>
        <source>Staff member</source>
        <translation>Munkatárs</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="224"/>
        <source>Newest first; at most the last %1.</source>
        <translation>A legújabb elöl; legfeljebb az utolsó %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="235"/>
        <source>Referrals</source>
        <translation>Továbbirányítások</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="272"/>
        <source>Open tasks</source>
        <translation>Nyitott feladatok</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="276"/>
        <source>Prepared by</source>
        <translation>Készítette</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="277"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="231"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="458"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="176"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="19"/>
        <source>Purpose: %1</source>
        <translation>Célja: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="22"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="180"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="65"/>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="34"/>
        <source>What the consent is for</source>
        <translation>Mire vonatkozik a hozzájárulás</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="41"/>
        <source>Your rights</source>
        <translation>Az Ön jogai</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="47"/>
        <source>The consent was recorded on text version %1; the wording above is version %2. Attach the signed sheet of version %1 if it differs.</source>
        <translation>A hozzájárulást a(z) „%1” szövegváltozattal rögzítették; a fenti szöveg a(z) „%2” változat. Ha eltérnek, csatolja a(z) „%1” változat aláírt lapját.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="51"/>
        <source>Text version %1.</source>
        <translation>Szövegváltozat: %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="54"/>
        <source>Record of the consent</source>
        <translation>A hozzájárulás rögzítése</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="65"/>
        <source>This consent was withdrawn on %1 and no longer applies.</source>
        <translation>Ezt a hozzájárulást %1 napján visszavonták, már nem érvényes.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="71"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="122"/>
        <source>Legal representative of %1</source>
        <translation>%1 törvényes képviselője</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="74"/>
        <source>Person giving consent</source>
        <translation>A hozzájárulást adó személy</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="78"/>
        <source>I have read this form, or had it read to me, and I give this consent on behalf of the person named above.</source>
        <translation>Ezt a nyilatkozatot elolvastam, vagy felolvasták nekem, és a fent megnevezett személy nevében megadom ezt a hozzájárulást.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="80"/>
        <source>I have read this form, or had it read to me, and I give this consent.</source>
        <translation>Ezt a nyilatkozatot elolvastam, vagy felolvasták nekem, és megadom ezt a hozzájárulást.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="82"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="32"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="132"/>
        <source>Experience expert</source>
        <translation>Tapasztalati szakértő</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="47"/>
        <source>Needs identified</source>
        <translation>Feltárt szükségletek</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="82"/>
        <source>Agreed action</source>
        <translation>Megállapodott teendő</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="97"/>
        <source>Goal %1: %2</source>
        <translation>%1. cél: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="101"/>
        <source>Responsible</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="105"/>
        <source>Steps: %1</source>
        <translation>Lépések: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="125"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="170"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="142"/>
        <source>from %1</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="144"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="156"/>
        <source>%1 (with %2)</source>
        <translation>%1 (%2 közreműködésével)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="190"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="273"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="393"/>
        <source>Plan</source>
        <translation>Terv</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="206"/>
        <source>Goals</source>
        <translation>Célok</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="208"/>
        <source>No goals have been set yet.</source>
        <translation>Még nincsenek kitűzött célok.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="215"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="326"/>
        <source>Other agreed actions</source>
        <translation>Egyéb megállapodott teendők</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="225"/>
        <source>We drew up this plan together and agree to work towards its goals.</source>
        <translation>Ezt a tervet közösen készítettük, és vállaljuk, hogy a céljai eléréséért dolgozunk.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="247"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="378"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="39"/>
        <source>Household %1</source>
        <translation>%1 háztartás</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="248"/>
        <source>Household %1: %2</source>
        <translation>%1 háztartás: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="270"/>
        <source>Members</source>
        <translation>Tagok</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="308"/>
        <source>Shared goals of the family</source>
        <translation>A család közös céljai</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="310"/>
        <source>No shared goals have been set.</source>
        <translation>Nincsenek kitűzött közös célok.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="320"/>
        <source>Goals of %1</source>
        <translation>%1 céljai</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="339"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="172"/>
        <source>Family member</source>
        <translation>Családtag</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="346"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="381"/>
        <source>Head of household</source>
        <translation>Háztartásfő</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="349"/>
        <source>Legal representative</source>
        <translation>Törvényes képviselő</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="353"/>
        <source>We drew up this plan together as a family and agree to work towards its goals.</source>
        <translation>Ezt a tervet családként közösen készítettük, és vállaljuk, hogy a céljai eléréséért dolgozunk.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="360"/>
        <source>%1: household %2</source>
        <translation>%1: %2 háztartás</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="401"/>
        <source>Plan version reviewed</source>
        <translation>A felülvizsgált tervváltozat</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="404"/>
        <source>What was reviewed and agreed</source>
        <translation>Mit vizsgáltunk felül és miben állapodtunk meg</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="407"/>
        <source>No summary was recorded.</source>
        <translation>Nem rögzítettek összefoglalót.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="415"/>
        <source>Status at review</source>
        <translation>Állapot a felülvizsgálatkor</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="432"/>
        <source>Goals at the review</source>
        <translation>Célok a felülvizsgálatkor</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="444"/>
        <source>Goals of the plan</source>
        <translation>A terv céljai</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="445"/>
        <source>The review kept no copy of the goals; their present status is shown.</source>
        <translation>A felülvizsgálat nem őrizte meg a célok másolatát; a jelenlegi állapotuk látható.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="448"/>
        <source>The plan has no goals.</source>
        <translation>A tervben nincsenek célok.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="452"/>
        <source>Reviewed by</source>
        <translation>Felülvizsgálta</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="453"/>
        <source>We reviewed the plan together on the date above.</source>
        <translation>A tervet a fenti napon közösen vizsgáltuk felül.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="43"/>
        <source>Record of a contact: %1</source>
        <translation>Kapcsolatfelvételi lap: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="46"/>
        <source>This record was voided: it was entered by mistake and does not count.</source>
        <translation>Ezt a rekordot érvénytelenítették: tévesen rögzítették, nem számít bele.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="53"/>
        <source>A later record corrects this one (entered %1).</source>
        <translation>Egy későbbi rekord javítja ezt (rögzítve: %1).</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="71"/>
        <source>Duration</source>
        <translation>Időtartam</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="74"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 perc</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="84"/>
        <source>Present</source>
        <translation>Jelen volt</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="106"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="113"/>
        <source>Nothing recorded.</source>
        <translation>Nincs rögzítve semmi.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="118"/>
        <source>Risk noted</source>
        <translation>Jelzett kockázat</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="120"/>
        <source>A risk was noted during this contact.</source>
        <translation>A kapcsolatfelvétel során kockázatot jeleztek.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="129"/>
        <source>Plan goals worked on</source>
        <translation>Tervcélok, amelyeken dolgoztak</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="151"/>
        <source>Tasks agreed</source>
        <translation>Megbeszélt feladatok</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="175"/>
        <source>We confirm that this record is a true account of the contact.</source>
        <translation>Igazoljuk, hogy ez a lap a kapcsolatfelvétel hiteles leírása.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <location filename="../../core/domain/Dump.cpp" line="80"/>
        <source>The dump could not be written.</source>
        <translation>A mentés (dump) nem írható.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="169"/>
        <source>Same name and date of birth</source>
        <translation>Azonos név és születési idő</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="172"/>
        <source>Similar name, same date of birth</source>
        <translation>Hasonló név, azonos születési idő</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="175"/>
        <source>Same name, date of birth differs by one digit or has day and month swapped</source>
        <translation>Azonos név, a születési idő egy számjegyben eltér, vagy a nap és a hónap fel van cserélve</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="178"/>
        <source>Same name; a date of birth is missing, so it cannot be compared</source>
        <translation>Azonos név; az egyik születési idő hiányzik, így nem hasonlítható össze</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="181"/>
        <source>Name written differently, same date of birth</source>
        <translation>Másképp írt név, azonos születési idő</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="191"/>
        <source>(born %1)</source>
        <translation>(szül. %1)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="104"/>
        <source>same name and date of birth</source>
        <translation>azonos név és születési idő</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="106"/>
        <source>same names in another order, same date of birth</source>
        <translation>azonos nevek más sorrendben, azonos születési idő</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="108"/>
        <source>similar name, same date of birth</source>
        <translation>hasonló név, azonos születési idő</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="127"/>
        <source>same name, one date of birth missing</source>
        <translation>azonos név, az egyik születési idő hiányzik</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="130"/>
        <source>same name, nearly the same date of birth</source>
        <translation>azonos név, majdnem azonos születési idő</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="186"/>
        <source>Choose two different people to merge.</source>
        <translation>Válasszon két különböző személyt az összevonáshoz.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="195"/>
        <source>One of the two people was deleted; there is nothing to merge.</source>
        <translation>A két személy egyikét törölték; nincs mit összevonni.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="203"/>
        <source>Person merge: %1 into %2</source>
        <translation>Személyek összevonása: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="240"/>
        <source>Person merge: %1 into %2, values of the duplicate to decide</source>
        <translation>Személyek összevonása: %1 ebbe: %2, a duplikátum eldöntendő értékei</translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="14"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="53"/>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Munkanélküliek, beleértve a tartósan munkanélkülieket is</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="15"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="54"/>
        <source>Long-term unemployed</source>
        <translation>Tartósan munkanélküliek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="16"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="55"/>
        <source>Inactive</source>
        <translation>Inaktív személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="17"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="57"/>
        <source>Employed, including self-employed</source>
        <translation>Foglalkoztatottak, beleértve az önfoglalkoztatókat is</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="18"/>
        <source>Children below 18 years of age</source>
        <translation>18 év alatti gyermekek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="19"/>
        <source>Young people between 18 and 29 years of age</source>
        <translation>18 és 29 év közötti fiatalok</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="20"/>
        <source>Participants of 55 years of age and above</source>
        <translation>55 éves vagy idősebb résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="21"/>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Legfeljebb alsó középfokú végzettséggel rendelkezők (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="23"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="67"/>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>Felső középfokú (ISCED 3) vagy posztszekunder (ISCED 4) végzettséggel rendelkezők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="25"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="69"/>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>Felsőfokú végzettséggel rendelkezők (ISCED 5–8)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="26"/>
        <source>Total number of participants</source>
        <translation>A résztvevők teljes száma</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="27"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="79"/>
        <source>Participants with disabilities</source>
        <translation>Fogyatékossággal élő résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="28"/>
        <source>Third-country nationals</source>
        <translation>Harmadik országbeli állampolgárok</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="29"/>
        <source>Participants with a foreign background</source>
        <translation>Külföldi hátterű résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="31"/>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Kisebbségek (beleértve a marginalizált közösségeket, például a romákat)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="33"/>
        <source>Participants facing homelessness or housing exclusion</source>
        <translation>Hajléktalansággal vagy lakhatási kirekesztéssel érintett résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="35"/>
        <source>Participants from rural areas</source>
        <translation>Vidéki területekről származó résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="36"/>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>A kilépéskor álláskeresést folytató résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="38"/>
        <source>Participants in education or training upon leaving</source>
        <translation>A kilépéskor oktatásban vagy képzésben részt vevő résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="40"/>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>A kilépéskor képesítést szerző résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="43"/>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>A kilépéskor foglalkoztatott résztvevők, beleértve az önfoglalkoztatókat is</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="46"/>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>A kilépés után hat hónappal foglalkoztatott résztvevők, beleértve az önfoglalkoztatókat is</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="56"/>
        <source>Inactive, not in education or training</source>
        <translation>Inaktív, oktatásban vagy képzésben részt nem vevő személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="58"/>
        <source>Below 25 years of age</source>
        <translation>25 év alattiak</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="59"/>
        <source>Above 54 years of age</source>
        <translation>54 év felettiek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="61"/>
        <source>Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training</source>
        <translation>54 év feletti munkanélküliek, beleértve a tartósan munkanélkülieket is, vagy oktatásban vagy képzésben részt nem vevő inaktív személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="64"/>
        <source>With primary (ISCED 1) or lower secondary education (ISCED 2)</source>
        <translation>Alapfokú (ISCED 1) vagy alsó középfokú (ISCED 2) végzettséggel rendelkezők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="70"/>
        <source>Participants who live in jobless households</source>
        <translation>Munkanélküli háztartásokban élő résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="73"/>
        <source>Participants who live in a single adult household with dependent children</source>
        <translation>Egy felnőttből és eltartott gyermekekből álló háztartásban élő résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="76"/>
        <source>Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)</source>
        <translation>Migránsok, külföldi hátterű résztvevők, kisebbségek (beleértve a marginalizált közösségeket, például a romákat)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="80"/>
        <source>Other disadvantaged</source>
        <translation>Egyéb hátrányos helyzetű személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="81"/>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Hajléktalanok vagy lakhatási kirekesztéssel érintettek</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="82"/>
        <source>From rural areas</source>
        <translation>Vidéki területekről származók</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="109"/>
        <source>ESF+ 2021-2027</source>
        <translation>ESF+ 2021-2027</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="109"/>
        <source>ESF 2014-2020</source>
        <translation>ESF 2014-2020</translation>
    </message>
</context>
<context>
    <name>EsfReport</name>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="156"/>
        <source>ESF+ common indicators on participants (2021-2027)</source>
        <translation>A résztvevőkre vonatkozó ESF+ közös mutatók (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="157"/>
        <source>ESF common indicators on participants (2014-2020)</source>
        <translation>A résztvevőkre vonatkozó ESF közös mutatók (2014-2020)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="159"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="160"/>
        <source>Indicator</source>
        <translation>Mutató</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="161"/>
        <source>Women</source>
        <translation>Nők</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="162"/>
        <source>Men</source>
        <translation>Férfiak</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="163"/>
        <source>Non-binary</source>
        <translation>Nem bináris</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="164"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="165"/>
        <source>Declined to answer</source>
        <translation>Nem kívánt válaszolni</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="203"/>
        <source>Each participant is counted once, with the answers recorded at their first entry; a later entry record changes nothing. Ages are at the date of entry.</source>
        <translation>Minden résztvevő egyszer számít, az első belépésekor rögzített válaszokkal; egy későbbi belépési adatlap nem változtat semmin. Az életkorok a belépés napjára vonatkoznak.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="205"/>
        <source>Women, men and non-binary add up to the total except for participants whose gender is not recorded, who are in the total only. A declined answer is counted as declined, never as yes or no.</source>
        <translation>A nők, a férfiak és a nem binárisok együtt az összesent adják, kivéve azokat a résztvevőket, akiknek a neme nincs rögzítve: ők csak az összesenben szerepelnek. A megtagadott válasz megtagadottként számít, soha nem igenként vagy nemként.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="208"/>
        <source>Long-term unemployed: unemployed for more than 6 months at entry under the age of 25, more than 12 months from 25; where the date since when someone is unemployed was not recorded, as the entry record says.</source>
        <translation>Tartósan munkanélküli: aki a belépéskor 25 éves kor alatt több mint 6 hónapja, 25 éves kortól több mint 12 hónapja munkanélküli; ahol nincs rögzítve, mióta munkanélküli valaki, ott a belépési adatlap szerint.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="211"/>
        <source>People without a household are counted for the whole programme only, not in a locality; rural areas come from the degree of urbanisation of the household&apos;s locality.</source>
        <translation>A háztartás nélküli személyek csak a teljes programban számítanak, településenként nem; a vidéki területek a háztartás településének urbanizáltsági fokából adódnak.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="214"/>
        <source>Disability and minority are not recorded: this programme does not record special-category data, so their rows are empty, not zero.</source>
        <translation>A fogyatékosság és a kisebbséghez tartozás nincs rögzítve: ez a program nem rögzít különleges adatokat, ezért ezek a sorok üresek, nem nullák.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="258"/>
        <source>whole programme</source>
        <translation>teljes program</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="266"/>
        <source>All dates, %1</source>
        <translation>Minden dátum, %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="268"/>
        <source>the start</source>
        <translation>a kezdet</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="269"/>
        <source>today</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="270"/>
        <source>%1 to %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="109"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="115"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="131"/>
        <source>Return package</source>
        <translation>Visszaküldő csomag</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="110"/>
        <source>No laptop is enrolled yet. Enrol one first.</source>
        <translation>Még nincs regisztrált laptop. Először regisztráljon egyet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="116"/>
        <source>Which laptop is the package for?</source>
        <translation>Melyik laptopnak szól a csomag?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="123"/>
        <source>Save the return package</source>
        <translation>A visszaküldő csomag mentése</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="124"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="220"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Fieldcase-csereállományok (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="136"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nincs újdonság a(z) „%1” számára: a laptopon már minden megvan. Nem készült fájl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="138"/>
        <source>Return package %1 for &quot;%2&quot; written: %n change(s).</source>
        <translation>
            <numerusform>A(z) %1 visszaküldő csomag kiírva „%2” számára: %n változás.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="155"/>
        <source>Nothing new to export: every change is in an earlier file. No file was written.</source>
        <translation>Nincs új exportálnivaló: minden változás benne van egy korábbi fájlban. Nem készült fájl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="158"/>
        <source>Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file to your supervisor.</source>
        <translation>
            <numerusform>%n változás exportálva %1. fájlként ide: %2, a(z) %3. fájl óta minden változással. Adja át a fájlt a felettesének.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="166"/>
        <source>Exported %n change(s) as file %1 to %2. Give the file to your supervisor.</source>
        <translation>
            <numerusform>%n változás exportálva %1. fájlként ide: %2. Adja át a fájlt a felettesének.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="178"/>
        <source>&amp;Export changes...</source>
        <translation>Változások &amp;exportálása...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="180"/>
        <source>Export everything &amp;again (a file was lost)...</source>
        <translation>Minden &amp;újraexportálása (egy fájl elveszett)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="181"/>
        <source>&amp;Merge files...</source>
        <translation>Fájlok össze&amp;fésülése...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="183"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="207"/>
        <source>&amp;Conflict inbox...</source>
        <translation>Ütközések &amp;postaládája...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="185"/>
        <source>Possible &amp;duplicates...</source>
        <translation>Lehetséges &amp;duplikátumok...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="187"/>
        <source>&amp;Return package for a laptop...</source>
        <translation>&amp;Visszaküldő csomag egy laptopnak...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="189"/>
        <source>Return package with e&amp;verything (one was lost)...</source>
        <translation>Visszaküldő csomag &amp;mindennel (egy elveszett)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="190"/>
        <source>E&amp;nrol a laptop...</source>
        <translation>Laptop &amp;regisztrálása...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="191"/>
        <source>&amp;Join a programme...</source>
        <translation>&amp;Csatlakozás egy programhoz...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="206"/>
        <source>&amp;Conflict inbox (%n open)...</source>
        <translation>
            <numerusform>Ütközések &amp;postaládája (%n nyitott)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="219"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="228"/>
        <source>Export changes</source>
        <translation>Változások exportálása</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="54"/>
        <source>This database holds no programme yet. Create the programme first (fieldcase-cli init).</source>
        <translation>Ebben az adatbázisban még nincs program. Először hozza létre a programot (fieldcase-cli init).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="62"/>
        <source>This database is a laptop&apos;s copy; only the central copy does this.</source>
        <translation>Ez az adatbázis egy laptop példánya; ezt csak a központi példány teheti meg.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="67"/>
        <source>This database is not a central copy yet: it has enrolled no laptop.</source>
        <translation>Ez az adatbázis még nem központi példány: nem regisztrált laptopot.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation>A titkosító könyvtár nem indult el.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="104"/>
        <source>The central copy&apos;s keys are damaged; packages cannot be read.</source>
        <translation>A központi példány kulcsai megsérültek; a csomagok nem olvashatók.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="112"/>
        <source>This database has not joined a programme. Join with the enrolment file from your supervisor first.</source>
        <translation>Ez az adatbázis nem csatlakozott programhoz. Előbb csatlakozzon a felettesétől kapott regisztrációs fájllal.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="130"/>
        <source>This laptop&apos;s exchange keys are damaged. Ask your supervisor for a new enrolment file.</source>
        <translation>Ennek a laptopnak a cserekulcsai megsérültek. Kérjen új regisztrációs fájlt a felettesétől.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="114"/>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2024-03-31.</source>
        <translation>A(z) „%1” nem dátum; év-hónap-nap alakban írja, például 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="119"/>
        <source>%1 is not a real date. Check the day and the month.</source>
        <translation>A(z) %1 nem létező dátum. Ellenőrizze a napot és a hónapot.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="122"/>
        <source>a date is expected here.</source>
        <translation>ide dátum kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="125"/>
        <source>the date is not valid.</source>
        <translation>a dátum érvénytelen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="128"/>
        <source>the year %1 is outside %2-%3. Write the year with four digits.</source>
        <translation>a(z) %1 év kívül esik a(z) %2–%3 tartományon. Az évet négy számjeggyel írja.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date and time; write it as 2024-03-31T14:30.</source>
        <translation>A(z) „%1” nem dátum és időpont; így írja: 2024-03-31T14:30.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="167"/>
        <source>%1 is not a real date and time.</source>
        <translation>A(z) %1 nem létező dátum és időpont.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="172"/>
        <source>a date and time is expected here.</source>
        <translation>ide dátum és időpont kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="145"/>
        <source>the date and time is not valid.</source>
        <translation>a dátum és időpont érvénytelen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="175"/>
        <source>the year %1 is outside %2-%3.</source>
        <translation>a(z) %1 év kívül esik a(z) %2–%3 tartományon.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="200"/>
        <source>text is expected here.</source>
        <translation>ide szöveg kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="210"/>
        <source>the text holds control characters. Type it again or paste it as plain text.</source>
        <translation>a szöveg vezérlőkaraktereket tartalmaz. Gépelje be újra, vagy illessze be egyszerű szövegként.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="215"/>
        <source>the text is %1 characters long; at most %2 fit here.</source>
        <translation>a szöveg %1 karakter hosszú; ide legfeljebb %2 fér.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="221"/>
        <source>a whole number is expected here.</source>
        <translation>ide egész szám kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="226"/>
        <source>a number is expected here.</source>
        <translation>ide szám kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="237"/>
        <source>yes or no (true or false) is expected here.</source>
        <translation>ide igen vagy nem (true vagy false) kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="245"/>
        <source>one of %1 is expected here.</source>
        <translation>ide a következők egyike kell: %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="252"/>
        <source>&quot;%1&quot; is not one of the choices (%2).</source>
        <translation>A(z) „%1” nem szerepel a választható értékek között (%2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="259"/>
        <source>a record id is expected here.</source>
        <translation>ide rekordazonosító kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="266"/>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>A(z) „%1” nem rekordazonosító.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="276"/>
        <source>the structured data is not valid JSON.</source>
        <translation>a strukturált adat nem érvényes JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="287"/>
        <source>structured data (a JSON object or list) is expected here.</source>
        <translation>ide strukturált adat (JSON-objektum vagy -lista) kell.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="295"/>
        <source>this value cannot be stored.</source>
        <translation>ez az érték nem menthető.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <location filename="../../core/util/HybridLogicalClock.cpp" line="32"/>
        <source>A change is stamped more than a day ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>Egy változás időbélyege több mint egy nappal a számítógép órája előtt jár. Ellenőrizze a dátumot és az időt mindkét számítógépen.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="77"/>
        <source>merged</source>
        <translation>összefésülve</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="79"/>
        <source>ready to merge</source>
        <translation>összefésülésre kész</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="81"/>
        <source>already merged</source>
        <translation>már összefésülve</translation>
    </message>
    <message>
        <source>waiting for an earlier file</source>
        <translation type="vanished">egy korábbi fájlra vár</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="83"/>
        <source>waiting</source>
        <translation>várakozik</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="85"/>
        <source>refused</source>
        <translation>elutasítva</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="87"/>
        <source>cancelled</source>
        <translation>megszakítva</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="106"/>
        <source>The backup folder next to the database could not be made; nothing was merged. Free some space or check the folder&apos;s permissions.</source>
        <translation>Az adatbázis melletti biztonsági mentési mappa nem hozható létre; semmi sem lett összefésülve. Szabadítson fel helyet, vagy ellenőrizze a mappa jogosultságait.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written; nothing was merged.</source>
        <translation type="vanished">A(z) %1 biztonsági mentés nem írható; semmi sem lett összefésülve.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="120"/>
        <source>The backup before merging could not be written (is the disk full?); nothing was merged.</source>
        <translation>Az összefésülés előtti biztonsági mentés nem írható (megtelt a lemez?); semmi sem lett összefésülve.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="144"/>
        <source>This database takes part in no exchange yet: enrol a laptop (central copy) or join a programme (laptop) first.</source>
        <translation>Ez az adatbázis még nem vesz részt adatcserében: előbb regisztráljon egy laptopot (központi példány), vagy csatlakozzon egy programhoz (laptop).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="182"/>
        <source>When %1 wrote this file, it had merged none of the %n return package(s) written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Amikor a(z) %1 ezt a fájlt írta, a számára írt %n visszaküldő csomag közül egyet sem fésült még össze. Ha egy elveszett, írja meg újra a visszaküldő csomagját mindennel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="186"/>
        <source>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Amikor a(z) %1 ezt a fájlt írta, az utoljára összefésült visszaküldő csomagja a számára írt %n közül a(z) %2. volt. Ha egy elveszett, írja meg újra a visszaküldő csomagját mindennel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="197"/>
        <source>central copy</source>
        <translation>központi példány</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="219"/>
        <source>When the central copy wrote this package, it had merged none of the %n file(s) this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Amikor a központi példány ezt a csomagot írta, a laptop által exportált %n fájl közül egyet sem fésült még össze. Ha egy elveszett, vagy nem került a felettes kezébe, exportáljon újra mindent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="222"/>
        <source>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Amikor a központi példány ezt a csomagot írta, a laptop %n exportált fájlja közül a(z) %1. fájlig fésülte össze őket. Ha egy elveszett, vagy nem került a felettes kezébe, exportáljon újra mindent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="270"/>
        <source>%1 could not be read.</source>
        <translation>A(z) %1 nem olvasható.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="309"/>
        <source>File %1 of %2 waits behind file %3 (%4), which is here but refers to records this copy does not have yet. Both are merged as soon as a file that brings those records is merged.</source>
        <translation>%2 %1. fájlja a(z) %3. fájlra (%4) vár, amely már itt van, de olyan rekordokra hivatkozik, amelyek ebben a példányban még nincsenek meg. Mindkettő összefésülésre kerül, amint egy ezeket a rekordokat hozó fájl összefésülésre kerül.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="319"/>
        <source>Return package %1 is kept until return package %2 is merged: it has not come. If it was lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>A(z) %1 visszaküldő csomag félre van téve, amíg a(z) %2 visszaküldő csomag összefésülésre nem kerül: az még nem érkezett meg. Ha elveszett, kérje meg a felettest, hogy írja meg újra a visszaküldő csomagot („mindent küld”); az az összes korábbi csomagot helyettesíti.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="325"/>
        <source>Return package %1 is kept until return packages %2 to %3 are merged: they have not come. If they were lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>A(z) %1 visszaküldő csomag félre van téve, amíg a(z) %2–%3. visszaküldő csomagok összefésülésre nem kerülnek: ezek még nem érkeztek meg. Ha elvesztek, kérje meg a felettest, hogy írja meg újra a visszaküldő csomagot („mindent küld”); az az összes korábbi csomagot helyettesíti.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="333"/>
        <source>File %1 of %2 is kept until file %3 of %2 is merged: it has not come. If it was lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>%2 %1. fájlja félre van téve, amíg %2 %3. fájlja összefésülésre nem kerül: az még nem érkezett meg. Ha elveszett, exportáljon újra mindent ezen: %2 (Adatcsere menü, vagy fieldcase-cli export --again); az a fájl az összes korábbit helyettesíti.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="340"/>
        <source>File %1 of %2 is kept until files %3 to %4 of %2 are merged: they have not come. If they were lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>%2 %1. fájlja félre van téve, amíg %2 %3–%4. fájljai összefésülésre nem kerülnek: ezek még nem érkeztek meg. Ha elvesztek, exportáljon újra mindent ezen: %2 (Adatcsere menü, vagy fieldcase-cli export --again); az a fájl az összes korábbit helyettesíti.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="403"/>
        <source>File %1 of %2 refers to records that are not here yet (%3). It is kept, with the later files of %2, and merged as soon as a file that brings those records is merged. If that file was lost, its sender can send everything again (export --again on a laptop, return --again on the central copy).</source>
        <translation>%2 %1. fájlja olyan rekordokra hivatkozik, amelyek még nincsenek itt (%3). A fájl – %2 későbbi fájljaival együtt – félre van téve, és összefésülésre kerül, amint egy ezeket a rekordokat hozó fájl összefésülésre kerül. Ha az a fájl elveszett, a küldője újra elküldhet mindent (laptopon export --again, a központi példányon return --again).</translation>
    </message>
    <message>
        <source>File %1 of %2 arrived before file %3; it is kept and merged as soon as the files before it are here.</source>
        <translation type="vanished">%2 %1. fájlja a(z) %3. fájl előtt érkezett; megőrizzük, és összefésüljük, amint az előtte lévő fájlok megérkeznek.</translation>
    </message>
    <message>
        <source>File %1 of %2 refers to records that are not here yet (%3); it is kept and merged as soon as the file that brings them is merged.</source>
        <translation type="vanished">%2 %1. fájlja olyan rekordokra hivatkozik, amelyek még nincsenek itt (%3); megőrizzük, és összefésüljük, amint az ezeket hozó fájlt összefésültük.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="480"/>
        <source>The merge was cancelled; nothing of %1 was written.</source>
        <translation>Az összefésülés megszakadt; a(z) %1 tartalmából semmi sem került mentésre.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="115"/>
        <source>This indicator rests on special-category data, which this programme does not record.</source>
        <translation>Ez a mutató különleges adatokon alapul, amelyeket ez a program nem rögzít.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="130"/>
        <source>The indicator was deleted.</source>
        <translation>A mutatót törölték.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="314"/>
        <source>Indicators computed as &quot;%1&quot; are not known to this version.</source>
        <translation>A(z) „%1” módon számított mutatókat ez a verzió nem ismeri.</translation>
    </message>
</context>
<context>
    <name>IndicatorKinds</name>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="92"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a whole number from %3 to %4.</source>
        <translation>A(z) %2 módon számított mutató „%1” paramétere %3 és %4 közötti egész szám kell legyen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="94"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a number from %3 to %4.</source>
        <translation>A(z) %2 módon számított mutató „%1” paramétere %3 és %4 közötti szám kell legyen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="105"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be true or false.</source>
        <translation>A(z) %2 módon számított mutató „%1” paramétere igaz vagy hamis kell legyen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="112"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be one of: %3.</source>
        <translation>A(z) %2 módon számított mutató „%1” paramétere a következők egyike kell legyen: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="119"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a list of one or more of: %3, each once.</source>
        <translation>A(z) %2 módon számított mutató „%1” paramétere a következők közül egy vagy több elemből álló lista kell legyen, mindegyik legfeljebb egyszer: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="182"/>
        <source>The parameters of an indicator are written as one JSON object, for example {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</source>
        <translation>Egy mutató paramétereit egyetlen JSON-objektumként kell megadni, például {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="195"/>
        <source>An indicator computed as %1 takes no parameters; &quot;%2&quot; is not one.</source>
        <translation>A(z) %1 módon számított mutatónak nincsenek paraméterei; „%2” nem paramétere.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="197"/>
        <source>An indicator computed as %1 has no parameter &quot;%2&quot;; its parameters are: %3.</source>
        <translation>A(z) %1 módon számított mutatónak nincs „%2” paramétere; a paraméterei: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="204"/>
        <source>An indicator computed as %1 needs the parameter &quot;%2&quot;.</source>
        <translation>A(z) %1 módon számított mutatóhoz kell a(z) „%2” paraméter.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="215"/>
        <source>The lowest age (age_min) cannot be above the highest (age_max).</source>
        <translation>A legalacsonyabb életkor (age_min) nem lehet nagyobb a legmagasabbnál (age_max).</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="48"/>
        <source>Planned and achieved</source>
        <translation>Tervezett és elért</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Indicator</source>
        <translation>Mutató</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Unit</source>
        <translation>Mértékegység</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Target</source>
        <translation>Célérték</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Achieved</source>
        <translation>Elért</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Share</source>
        <translation>Arány</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="53"/>
        <source>Behind by</source>
        <translation>Lemaradás</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="135"/>
        <source>The target of a period is the sum of the targets set for the whole programme, the years, the quarters or the months that lie within it, the largest of these that has any; the whole programme&apos;s target is the sum of its localities&apos; where it has none of its own.</source>
        <translation>Egy időszak célértéke a teljes programra, illetve az időszakba eső évekre, negyedévekre vagy hónapokra megadott célértékek összege – ezek közül a legnagyobb egységé, amelyhez van célérték; a teljes program célértéke a települései célértékeinek összege, ha nincs saját célértéke.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="138"/>
        <source>Behind by: what is still missing to reach the whole target of the period, whatever part of the period has passed.</source>
        <translation>Lemaradás: ami még hiányzik az időszak teljes célértékének eléréséhez, függetlenül attól, hogy az időszakból mennyi telt el.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="141"/>
        <source>Not computed, because their parameters cannot be read: %1. Correct them in the catalogue of indicators.</source>
        <translation>Nincsenek kiszámítva, mert a paramétereik nem olvashatók: %1. Javítsa ki őket a mutatók katalógusában.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="146"/>
        <source>Indicators that rest on special-category data are empty: this programme does not record such data.</source>
        <translation>A különleges adatokon alapuló mutatók üresek: ez a program nem rögzít ilyen adatokat.</translation>
    </message>
</context>
<context>
    <name>IndicatorSeed</name>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="45"/>
        <source>People aged 16-55 with a signed development plan</source>
        <translation>Aláírt fejlesztési tervvel rendelkező 16–55 éves személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="46"/>
        <source>People aged 16 to 55 on the day the client signed their individual or family development plan.</source>
        <translation>Azok a személyek, akik 16 és 55 év közöttiek voltak azon a napon, amikor az ügyfél aláírta egyéni vagy családi fejlesztési tervét.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="53"/>
        <source>Managers, professionals and support staff involved</source>
        <translation>Bevont vezetők, szakemberek és segítő munkatársak</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="54"/>
        <source>Staff other than experience experts and municipal staff who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>A tapasztalati szakértőkön és az önkormányzati munkatársakon kívüli munkatársak, akik az időszakban látogatást, szolgáltatást, eseményt vagy képzést rögzítettek, illetve azon részt vettek.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="63"/>
        <source>Experience experts employed</source>
        <translation>Foglalkoztatott tapasztalati szakértők</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="64"/>
        <source>Experience experts who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Tapasztalati szakértők, akik az időszakban látogatást, szolgáltatást, eseményt vagy képzést rögzítettek, illetve azon részt vettek.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="69"/>
        <source>Forums held</source>
        <translation>Megtartott fórumok</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="70"/>
        <source>Forums that monitor expectations and achievements, held in the period.</source>
        <translation>Az elvárásokat és az eredményeket nyomon követő fórumok, amelyeket az időszakban tartottak.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="77"/>
        <source>Trainings held</source>
        <translation>Megtartott képzések</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="78"/>
        <source>Trainings held in the period.</source>
        <translation>Az időszakban megtartott képzések.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="86"/>
        <source>County inclusion forums held</source>
        <translation>Megtartott megyei felzárkózási fórumok</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="87"/>
        <source>Inclusion forums held in the period, in April and October.</source>
        <translation>Az időszakban, áprilisban és októberben megtartott felzárkózási fórumok.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="90"/>
        <source>Thematic days held</source>
        <translation>Megtartott tematikus napok</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="91"/>
        <source>Thematic days on community cooperation held in the period.</source>
        <translation>Az időszakban megtartott, a közösségi együttműködésről szóló tematikus napok.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="96"/>
        <source>Municipal staff who completed the 10-hour training</source>
        <translation>A 10 órás képzést elvégző önkormányzati munkatársak</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="97"/>
        <source>Municipal staff with at least 10 hours of training in the period, recorded as their trainings or as attendance at training events.</source>
        <translation>Önkormányzati munkatársak, akik az időszakban legalább 10 óra képzésen vettek részt, a képzéseik vagy képzési eseményeken való jelenlétük alapján rögzítve.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="108"/>
        <source>Clients handed over between facilities</source>
        <translation>Intézmények között átadott ügyfelek</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="109"/>
        <source>Hand-overs to another facility sent in the period and not declined or cancelled.</source>
        <translation>Az időszakban egy másik intézménynek küldött, nem elutasított és nem visszavont átadások.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="116"/>
        <source>People in employment on leaving</source>
        <translation>A kilépéskor foglalkoztatott személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="117"/>
        <source>People whose exit record in the period says employed or self-employed.</source>
        <translation>Azok a személyek, akiknek az időszakban készült kilépési adatlapja szerint alkalmazottak vagy önfoglalkoztatók.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="127"/>
        <source>Families served by the mobile team</source>
        <translation>A mobil csoport által ellátott családok</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="128"/>
        <source>Households with a visit or service in the period in which at least two staff members took part.</source>
        <translation>Háztartások, amelyeknél az időszakban volt olyan látogatás vagy szolgáltatás, amelyben legalább két munkatárs részt vett.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="135"/>
        <source>Participation events held</source>
        <translation>Megtartott részvételi események</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="136"/>
        <source>Community meetings and consultations on local decisions held in the period.</source>
        <translation>Az időszakban megtartott közösségi találkozók és helyi döntésekről szóló konzultációk.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="44"/>
        <source>SQLite integrity: %1</source>
        <translation>SQLite-épség: %1</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="58"/>
        <source>%1 row %2 points at a missing %3 record.</source>
        <translation>%1 %2. sora egy hiányzó %3 rekordra mutat.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="80"/>
        <source>%1: live records lack the required field %2.</source>
        <translation>%1: élő rekordokból hiányzik a kötelező %2 mező.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="86"/>
        <source>%1: field %2 holds values that are not among its choices.</source>
        <translation>%1: a(z) %2 mezőben a választható értékek között nem szereplő értékek vannak.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="92"/>
        <source>%1: field %2 holds values that are not dates.</source>
        <translation>%1: a(z) %2 mezőben nem dátum értékek vannak.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="99"/>
        <source>%1: live records point through %2 at deleted records.</source>
        <translation>%1: élő rekordok a(z) %2 mezőn át törölt rekordokra mutatnak.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="105"/>
        <source>%1: field %2 holds values that are not whole numbers.</source>
        <translation>%1: a(z) %2 mezőben nem egész szám értékek vannak.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="117"/>
        <source>%1: deleted records still hold personal data.</source>
        <translation>%1: törölt rekordok még személyes adatokat tartalmaznak.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="122"/>
        <source>%1: records were changed without a matching change-log entry.</source>
        <translation>%1: rekordok módosultak a változásnaplóban hozzájuk tartozó bejegyzés nélkül.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="128"/>
        <source>The search index of %1 does not match the records.</source>
        <translation>A(z) %1 keresési indexe nem egyezik a rekordokkal.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="132"/>
        <source>The search index of %1 lists records that are gone.</source>
        <translation>A(z) %1 keresési indexe már nem létező rekordokat tartalmaz.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="135"/>
        <source>The change log holds entries that cannot be read.</source>
        <translation>A változásnaplóban olvashatatlan bejegyzések vannak.</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="174"/>
        <source>The database is busy in another window or program; nothing was merged. Close it there and try again.</source>
        <translation>Az adatbázist egy másik ablak vagy program használja; semmi sem lett összefésülve. Zárja be ott, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="203"/>
        <source>unknown table &quot;%1&quot;</source>
        <translation>ismeretlen tábla: „%1”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="206"/>
        <source>a change or record id is not valid</source>
        <translation>egy változás- vagy rekordazonosító érvénytelen</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="209"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>ismeretlen művelet: „%1”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="213"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>ismeretlen tevékenység: „%1”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="216"/>
        <source>the change has no valid time stamp or device</source>
        <translation>a változásnak nincs érvényes időbélyege vagy eszköze</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="219"/>
        <source>the merge target is not a valid id</source>
        <translation>az összefésülés célja nem érvényes azonosító</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="224"/>
        <source>the list of settled changes is not readable</source>
        <translation>a rendezett változások listája nem olvasható</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="229"/>
        <source>the field values are not readable</source>
        <translation>a mezőértékek nem olvashatók</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="234"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>a(z) %1 táblának nincs „%2” mezője</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="237"/>
        <source>the value of %1 is not an [old, new] pair</source>
        <translation>a(z) %1 értéke nem [régi, új] pár</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="305"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Merger.cpp" line="611"/>
        <source>The changes refer to %n record(s) that this copy does not have. Merge the earlier files from the same laptop first, or ask for a new export.</source>
        <translation>
            <numerusform>A változások %n olyan rekordra hivatkoznak, amely ebben a példányban nincs meg. Előbb fésülje össze ugyanannak a laptopnak a korábbi fájljait, vagy kérjen új exportot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/MessageBox.cpp" line="45"/>
        <source>Save the changes you made here?</source>
        <translation>Menti az itt végzett módosításokat?</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="371"/>
        <source>The file could not be read.</source>
        <translation>A fájl nem olvasható.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="373"/>
        <source>The file is far larger than any Fieldcase package; it is not one.</source>
        <translation>A fájl sokkal nagyobb bármely Fieldcase-csomagnál; nem az.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="375"/>
        <source>This is not a Fieldcase exchange file.</source>
        <translation>Ez nem Fieldcase-csereállomány.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="377"/>
        <source>This file was made by a newer version of Fieldcase. Install the newer version to read it.</source>
        <translation>Ezt a fájlt a Fieldcase egy újabb verziója készítette. Az olvasásához telepítse az újabb verziót.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="379"/>
        <source>This is a different kind of Fieldcase file (for example an enrolment file or a return package) and cannot be merged here.</source>
        <translation>Ez egy másfajta Fieldcase-fájl (például regisztrációs fájl vagy visszaküldő csomag), itt nem fésülhető össze.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="382"/>
        <source>This file belongs to another programme.</source>
        <translation>Ez a fájl egy másik programhoz tartozik.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="384"/>
        <source>This file was encrypted for another copy (another central copy or another laptop); this copy cannot open it.</source>
        <translation>Ezt a fájlt egy másik példány (másik központi példány vagy másik laptop) számára titkosították; ez a példány nem tudja megnyitni.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="387"/>
        <source>This file comes from a laptop that this central copy has not enrolled.</source>
        <translation>Ez a fájl olyan laptopról származik, amelyet ez a központi példány nem regisztrált.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="389"/>
        <source>This file comes from a laptop whose enrolment was withdrawn; it is not accepted.</source>
        <translation>Ez a fájl olyan laptopról származik, amelynek regisztrációját visszavonták; nem fogadjuk el.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="391"/>
        <source>The file was altered or cut short after it was made, or it was not made by the device it names. Ask for a new copy of the file.</source>
        <translation>A fájlt elkészülte után módosították vagy megcsonkították, vagy nem az az eszköz készítette, amelyet megnevez. Kérjen új másolatot a fájlról.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="394"/>
        <source>The file could not be decrypted with this copy&apos;s key or the passphrase given.</source>
        <translation>A fájl nem fejthető vissza ennek a példánynak a kulcsával vagy a megadott jelmondattal.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="396"/>
        <source>The file decrypted but its contents are damaged.</source>
        <translation>A fájl visszafejtése sikerült, de a tartalma sérült.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="240"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="262"/>
        <source>The encryption library could not start.</source>
        <translation>A titkosító könyvtár nem indult el.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="245"/>
        <source>The recipient&apos;s key is not valid; the package was not written.</source>
        <translation>A címzett kulcsa érvénytelen; a csomag nem készült el.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="268"/>
        <source>The key could not be derived from the passphrase (not enough memory).</source>
        <translation>A kulcs nem állítható elő a jelmondatból (nincs elég memória).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="282"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="358"/>
        <source>The package could not be written. Check the disk or stick.</source>
        <translation>A csomag nem írható. Ellenőrizze a lemezt vagy a pendrive-ot.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="355"/>
        <source>The package could not be signed: the signing key is not valid.</source>
        <translation>A csomag nem írható alá: az aláíró kulcs érvénytelen.</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="102"/>
        <source>%1 could not be written. Check that the stick or folder is writable and has room.</source>
        <translation>A(z) %1 nem írható. Ellenőrizze, hogy a pendrive vagy a mappa írható-e, és van-e rajta hely.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="227"/>
        <source>The laptop &quot;%1&quot; was revoked; it gets no more data.</source>
        <translation>A(z) „%1” laptop regisztrációját visszavonták; több adatot nem kap.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="304"/>
        <source>Give the laptop a name of 1 to 100 characters.</source>
        <translation>Adjon a laptopnak 1–100 karakteres nevet.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="307"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>A jelmondatnak legalább 12 karakterből kell állnia.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="324"/>
        <source>There is no staff member with the account or name &quot;%1&quot;. Add the worker as a staff member first.</source>
        <translation>Nincs „%1” felhasználónevű vagy nevű munkatárs. Előbb vegye fel a munkatársat.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="334"/>
        <source>A laptop called &quot;%1&quot; is already enrolled. Choose another name, or revoke the old enrolment first.</source>
        <translation>Már van regisztrált „%1” nevű laptop. Válasszon másik nevet, vagy előbb vonja vissza a régi regisztrációt.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="430"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 letters and digits in 8 groups, as the supervisor&apos;s enrolment printed it.</source>
        <translation>„%1” nem kulcsujjlenyomat: 32 betűből és számjegyből áll 8 csoportban, ahogy a felettes regisztrációja kinyomtatta.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="443"/>
        <location filename="../../core/exchange/Packages.cpp" line="460"/>
        <source>The passphrase does not open this enrolment file. Check it with your supervisor.</source>
        <translation>A jelmondat nem nyitja meg ezt a regisztrációs fájlt. Egyeztesse a felettesével.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="493"/>
        <source>This enrolment file was not made by the central copy whose key you were given (%1): it was signed with the key %2. Do not use it, and tell your supervisor.</source>
        <translation>Ezt a regisztrációs fájlt nem az a központi példány készítette, amelynek a kulcsát megkapta (%1): a(z) %2 kulccsal írták alá. Ne használja, és szóljon a felettesének.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="506"/>
        <source>%1 is a central copy; a laptop joins with a database of its own.</source>
        <translation>A(z) %1 központi példány; egy laptop saját adatbázissal csatlakozik.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="512"/>
        <source>This laptop&apos;s database already belongs to another programme. Use a new database file to join this one.</source>
        <translation>Ennek a laptopnak az adatbázisa már egy másik programhoz tartozik. Ehhez új adatbázisfájllal csatlakozzon.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="515"/>
        <source>This laptop&apos;s database has already joined the programme (as &quot;%1&quot;).</source>
        <translation>Ennek a laptopnak az adatbázisa már csatlakozott a programhoz („%1” néven).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="523"/>
        <source>%1 already holds records. A laptop joins with a new, empty database file.</source>
        <translation>A(z) %1 már tartalmaz rekordokat. Egy laptop új, üres adatbázisfájllal csatlakozik.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <location filename="../../core/documents/PagedRenderer.cpp" line="260"/>
        <source>Page %1 of %2</source>
        <translation>%1. oldal / %2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="100"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>A nyomtatáshoz a Qt grafikus része kell, amely nem fut.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="114"/>
        <source>The PDF could not be started.</source>
        <translation>A PDF-et nem sikerült elkezdeni.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="146"/>
        <source>For use outside the programme: small counts suppressed</source>
        <translation>Programon kívüli használatra: a kis számok elrejtve</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="147"/>
        <source>Internal: holds small counts; not to leave the programme</source>
        <translation>Belső használatra: kis számokat tartalmaz; nem kerülhet ki a programból</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="151"/>
        <source>The PDF could not be finished.</source>
        <translation>A PDF-et nem sikerült befejezni.</translation>
    </message>
</context>
<context>
    <name>PlanWork</name>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="151"/>
        <source>This plan was deleted; it cannot be reviewed.</source>
        <translation>Ezt a tervet törölték; nem vizsgálható felül.</translation>
    </message>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="172"/>
        <source>The review date is before the plan started (%1). Check the date.</source>
        <translation>A felülvizsgálat dátuma korábbi, mint a terv kezdete (%1). Ellenőrizze a dátumot.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../core/exchange/Quarantine.cpp" line="197"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="85"/>
        <source>There is no table called &quot;%1&quot;.</source>
        <translation>Nincs „%1” nevű tábla.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="96"/>
        <location filename="../../core/domain/RecordStore.cpp" line="150"/>
        <location filename="../../core/domain/RecordStore.cpp" line="153"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>a(z) %1 táblának nincs „%2” nevű mezője.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="120"/>
        <source>The %1 record %2 does not exist.</source>
        <translation>A(z) %1 rekord (%2) nem létezik.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="192"/>
        <source>%1: there is no %2 with the id %3.</source>
        <translation>%1: nincs %3 azonosítójú %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="199"/>
        <source>%1: the %2 it points to was deleted.</source>
        <translation>%1: a hivatkozott %2 törölve lett.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="209"/>
        <source>%1 is required.</source>
        <translation>A(z) %1 kötelező.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="270"/>
        <source>&quot;%1&quot; is not a record id; ids look like 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</source>
        <translation>A(z) „%1” nem rekordazonosító; az azonosítók így néznek ki: 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="283"/>
        <source>A %1 with the id %2 already exists.</source>
        <translation>Már létezik %2 azonosítójú %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="335"/>
        <source>This %1 was deleted; it can no longer be changed.</source>
        <translation>Ez a(z) %1 törölve lett; már nem módosítható.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="338"/>
        <source>A %1 is a record of what happened and is not edited. Record a correction instead; it will replace this one.</source>
        <translation>A(z) %1 a történtek rögzítése, nem szerkeszthető. Rögzítsen helyette javítást; az felváltja ezt.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="376"/>
        <source>%1 was changed differently on two devices, and a person has not decided yet which answer stands. Decide it in the conflict inbox; it cannot be changed here until then.</source>
        <translation>A(z) %1 mezőt két eszközön eltérően módosították, és még senki sem döntötte el, melyik válasz érvényes. Döntsön róla az ütközések postaládájában; addig itt nem módosítható.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="383"/>
        <source>The %1 is frozen once saved. To change it, make a correction and say why; the correction is logged.</source>
        <translation>A(z) %1 mentés után rögzítve van. A módosításhoz készítsen javítást, és írja le az okát; a javítás naplózásra kerül.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="436"/>
        <source>A %1 is a record of what happened and cannot be deleted. Record a correction that withdraws it instead.</source>
        <translation>A(z) %1 a történtek rögzítése, nem törölhető. Rögzítsen helyette olyan javítást, amely visszavonja.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="456"/>
        <source>The record owns too deep a tree of records to delete at once.</source>
        <translation>A rekordhoz túl mély rekordfa tartozik ahhoz, hogy egyszerre törölni lehessen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="461"/>
        <source>A %1 is a record of what happened and cannot be deleted.</source>
        <translation>A(z) %1 a történtek rögzítése, nem törölhető.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/domain/RecordStore.cpp" line="483"/>
        <source>This %1 cannot be deleted: %n record(s) of type &quot;%2&quot; still point at it (%3). Change or delete those first.</source>
        <translation>
            <numerusform>Ez a(z) %1 nem törölhető: még %n „%2” típusú rekord mutat rá (%3). Előbb ezeket módosítsa vagy törölje.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralWork</name>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="65"/>
        <source>A referral passes the person&apos;s data to another service: choose their consent for referrals or for sharing with other services. If there is none, record it first.</source>
        <translation>A továbbirányítás átadja a személy adatait egy másik szolgálatnak: válassza ki a továbbirányításhoz vagy a más szolgálatokkal való megosztáshoz adott hozzájárulását. Ha nincs ilyen, előbb rögzítse.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="95"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>A továbbirányítás állapota nem változhat „%1” értékről „%2” értékre.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="102"/>
        <source>%1 cannot be before the referral was sent.</source>
        <translation>%1: nem lehet korábbi a továbbirányítás elküldésénél.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="108"/>
        <source>%1 is in the future; record the answer when it comes.</source>
        <translation>%1: a jövőben van; a választ akkor rögzítse, amikor megérkezik.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="127"/>
        <source>Choose the staff member who takes over; they become the case manager.</source>
        <translation>Válassza ki az átvevő munkatársat; ő lesz az esetkezelő.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/reports/ReportActions.cpp" line="67"/>
        <source>Programme &amp;dashboard...</source>
        <translation>A program &amp;irányítópultja...</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="26"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="31"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="38"/>
        <source>Reports cannot be written as &quot;%1&quot;; choose CSV, XLSX or PDF.</source>
        <translation>A jelentések nem írhatók „%1” formátumban; válassza a CSV, XLSX vagy PDF formátumot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="48"/>
        <source>Saved &quot;%1&quot; (%2) as %3 to %4: %n row(s).</source>
        <translation>
            <numerusform>„%1” (%2) mentve %3 formátumban ide: %4: %n sor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="52"/>
        <source>For outside the programme: %n cell(s) hidden (&lt;5 or x).</source>
        <translation>
            <numerusform>Programon kívüli használatra: %n cella elrejtve (&lt;5 vagy x).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="53"/>
        <source>For the programme&apos;s own use: every count as it is; do not send it outside.</source>
        <translation>A program saját használatára: minden szám a valós értékével; ne küldje ki a programon kívülre.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="54"/>
        <source>%1 %2</source>
        <comment>what was saved, then for whom</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="25"/>
        <source>%1 must be a day that exists, written YYYY-MM-DD (for example 2026-01-31); &quot;%2&quot; is not.</source>
        <translation>A(z) %1 értéke létező nap kell legyen, ÉÉÉÉ-HH-NN alakban (például 2026-01-31); „%2” nem az.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="54"/>
        <source>The period would end on %1, before it starts on %2. Choose a first day on or before the last.</source>
        <translation>Az időszak vége (%1) korábbi lenne, mint a kezdete (%2). Olyan első napot válasszon, amely nem későbbi az utolsónál.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="67"/>
        <source>There is no locality with the id %1 in this database. Check the id against the list of localities.</source>
        <translation>Ebben az adatbázisban nincs %1 azonosítójú település. Ellenőrizze az azonosítót a települések listájában.</translation>
    </message>
</context>
<context>
    <name>ReportPrivacy</name>
    <message>
        <location filename="../../core/reports/ReportPrivacy.cpp" line="77"/>
        <source>For use outside the programme: a count of fewer than %1 people is not shown (&lt;%1), and neither is the smallest count beside it where it could otherwise be worked out from the others.</source>
        <translation>Programon kívüli használatra: a(z) %1 főnél kisebb számok nem láthatók (&lt;%1), és az a legkisebb mellette álló szám sem, amelyből egyébként a többi alapján kiszámítható lenne.</translation>
    </message>
</context>
<context>
    <name>ReportSuppression</name>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="323"/>
        <source>Counts of 1 to %1 people are suppressed and shown as &quot;%2&quot;. Zero is shown: it reveals no one.</source>
        <translation>Az 1–%1 főt jelentő számok elrejtve, „%2” jelöléssel. A nulla látható: senkit sem fed fel.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="327"/>
        <source>Cells shown as &quot;%1&quot; are hidden so that a suppressed count cannot be worked out from a total or a share; they may hold %2 or more.</source>
        <translation>A „%1” jelölésű cellák el vannak rejtve, hogy egy elrejtett szám ne legyen kiszámítható egy összegből vagy arányból; %2 vagy több is lehet bennük.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="333"/>
        <source>Names and identifiers of people and households are left out.</source>
        <translation>A személyek és háztartások neve és azonosítója kimarad.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="20"/>
        <source>%1 could not be written: the disk is full. Free some space or choose another place; nothing was saved.</source>
        <translation>A(z) %1 nem írható: a lemez megtelt. Szabadítson fel helyet, vagy válasszon másik helyet; semmi sem lett mentve.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="27"/>
        <source>%1 could not be written. Choose a folder you can write to; nothing was saved.</source>
        <translation>A(z) %1 nem írható. Válasszon egy mappát, amelybe tud írni; semmi sem lett mentve.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="39"/>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>A(z) %1 egy mappa. Adja meg a megírandó fájl nevét.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="95"/>
        <source>Unknown report format.</source>
        <translation>Ismeretlen jelentésformátum.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="100"/>
        <source>The report has no columns; there is nothing to write.</source>
        <translation>A jelentésnek nincsenek oszlopai; nincs mit megírni.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="105"/>
        <source>The report could not be written: its rows do not match its columns. This is a fault in Fieldcase; please report it.</source>
        <translation>A jelentést nem sikerült megírni: a sorai nem illeszkednek az oszlopaihoz. Ez a Fieldcase hibája; kérjük, jelentse.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="121"/>
        <source>The report could not be written out.</source>
        <translation>A jelentést nem sikerült kiírni.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="25"/>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="56"/>
        <source>Indicator</source>
        <translation>Mutató</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="27"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="26"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="52"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="79"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="274"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="299"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="551"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="29"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="30"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="27"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="54"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="116"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="278"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="31"/>
        <source>Unit</source>
        <translation>Mértékegység</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="37"/>
        <source>Computed as</source>
        <translation>Számítás módja</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="43"/>
        <source>Parameters</source>
        <translation>Paraméterek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="45"/>
        <source>Definition</source>
        <translation>Meghatározás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="47"/>
        <source>Shipped with Fieldcase</source>
        <translation>A Fieldcase része</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="54"/>
        <source>Indicator target</source>
        <translation>Mutató célértéke</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="57"/>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="62"/>
        <source>Period from</source>
        <translation>Időszak kezdete</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="66"/>
        <source>Target</source>
        <translation>Célérték</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="75"/>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="76"/>
        <source>Households</source>
        <translation>Háztartások</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="77"/>
        <source>Events</source>
        <translation>Események</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="79"/>
        <source>Referrals</source>
        <translation>Továbbirányítások</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="80"/>
        <source>Records</source>
        <translation>Rekordok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="81"/>
        <source>ESF+ common indicator</source>
        <translation>ESF+ közös mutató</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="82"/>
        <source>Participants entering in the period</source>
        <translation>Az időszakban belépő résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="83"/>
        <source>Participants leaving in the period</source>
        <translation>Az időszakban kilépő résztvevők</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="84"/>
        <source>People with a signed development plan</source>
        <translation>Aláírt fejlesztési tervvel rendelkező személyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="85"/>
        <source>Events held</source>
        <translation>Megtartott események</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="86"/>
        <source>Hours of events</source>
        <translation>Események óraszáma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="87"/>
        <source>Staff active in the period</source>
        <translation>Az időszakban aktív munkatársak</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="88"/>
        <source>Staff who completed training hours</source>
        <translation>Képzési órákat teljesítő munkatársak</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="89"/>
        <source>Households served</source>
        <translation>Ellátott háztartások</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="90"/>
        <source>Clients handed over between facilities</source>
        <translation>Intézmények között átadott ügyfelek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="91"/>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="92"/>
        <source>Quarter</source>
        <translation>Negyedév</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="93"/>
        <source>Year</source>
        <translation>Év</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="94"/>
        <source>Whole programme</source>
        <translation>Teljes program</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="28"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="279"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="293"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="382"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="418"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="507"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="541"/>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="32"/>
        <source>Funder line</source>
        <translation>Támogatói konstrukció</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="34"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="56"/>
        <source>Municipality</source>
        <translation>Önkormányzat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="35"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="59"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="39"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="306"/>
        <source>Start date</source>
        <translation>Kezdő dátum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="40"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="307"/>
        <source>End date</source>
        <translation>Záró dátum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="42"/>
        <source>Record special-category data</source>
        <translation>Különleges adatok rögzítése</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="44"/>
        <source>Months between plan reviews</source>
        <translation>Hónapok a tervfelülvizsgálatok között</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="64"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="50"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="114"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="276"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="549"/>
        <source>Locality</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="58"/>
        <source>County or region</source>
        <translation>Megye vagy régió</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="63"/>
        <source>Settlement kind</source>
        <translation>Településtípus</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="67"/>
        <source>Degree of urbanisation</source>
        <translation>Urbanizáltsági fok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="70"/>
        <source>Postal code</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="67"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="71"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="128"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="164"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="192"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="266"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="326"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="557"/>
        <source>Notes</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="77"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="102"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="461"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="569"/>
        <source>Staff member</source>
        <translation>Munkatárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="82"/>
        <source>Full name</source>
        <translation>Teljes név</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="84"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="464"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="571"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="89"/>
        <source>Is experience expert</source>
        <translation>Tapasztalati szakértő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="91"/>
        <source>Account name</source>
        <translation>Felhasználónév</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="92"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="159"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="93"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="120"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="158"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="286"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="94"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="671"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="100"/>
        <source>Staff training</source>
        <translation>Munkatársi képzés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="103"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="301"/>
        <source>Title</source>
        <translation>Megnevezés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="104"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="546"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="78"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="105"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="547"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="574"/>
        <source>Hours</source>
        <translation>Órák</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="106"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="386"/>
        <source>Provider</source>
        <translation>Szolgáltató</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="112"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="136"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="297"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="424"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="488"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="511"/>
        <source>Household</source>
        <translation>Háztartás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="117"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="285"/>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="119"/>
        <source>Head of household</source>
        <translation>Háztartásfő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="122"/>
        <source>Housing situation</source>
        <translation>Lakhatási helyzet</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="127"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="163"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="311"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="603"/>
        <source>Case manager</source>
        <translation>Esetkezelő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="134"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="171"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="200"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="247"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="295"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="352"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="422"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="459"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="486"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="509"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="567"/>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="139"/>
        <source>Family name</source>
        <translation>Családi név</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="141"/>
        <source>Given names</source>
        <translation>Utónevek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="143"/>
        <source>Birth name</source>
        <translation>Születési név</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="145"/>
        <source>Mother&apos;s birth name</source>
        <translation>Anyja születési neve</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="147"/>
        <source>Date of birth</source>
        <translation>Születési idő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="149"/>
        <source>Place of birth</source>
        <translation>Születési hely</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="151"/>
        <source>Gender</source>
        <translation>Nem</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="154"/>
        <source>Relationship to head</source>
        <translation>Kapcsolat a háztartásfővel</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="160"/>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="161"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="673"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="170"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="522"/>
        <source>Consent</source>
        <translation>Hozzájárulás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="173"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="432"/>
        <source>Purpose</source>
        <translation>Cél</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="178"/>
        <source>Consent text version</source>
        <translation>A hozzájárulás szövegváltozata</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="180"/>
        <source>Date given</source>
        <translation>Megadás dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="182"/>
        <source>Method</source>
        <translation>Módja</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="184"/>
        <source>Given by</source>
        <translation>Megadta</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="187"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="319"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="640"/>
        <source>Legal representative</source>
        <translation>Törvényes képviselő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="189"/>
        <source>Date withdrawn</source>
        <translation>Visszavonás dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="191"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="426"/>
        <source>Recorded by</source>
        <translation>Rögzítette</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="198"/>
        <source>Entry record</source>
        <translation>Belépési adatlap</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="203"/>
        <source>Date of entry</source>
        <translation>Belépés dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="205"/>
        <source>Labour status</source>
        <translation>Munkaerő-piaci helyzet</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="209"/>
        <source>Highest education (ISCED)</source>
        <translation>Iskolai végzettség (ISCED)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="213"/>
        <source>Disability</source>
        <translation>Fogyatékosság</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="216"/>
        <source>Minority, including marginalised communities</source>
        <translation>Kisebbség, beleértve a marginalizált közösségeket</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="219"/>
        <source>Homeless or housing exclusion</source>
        <translation>Hajléktalanság, lakhatási kirekesztés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="222"/>
        <source>Jobless household</source>
        <translation>Munkanélküli háztartás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="225"/>
        <source>Single adult household with children</source>
        <translation>Egyszülős háztartás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="227"/>
        <source>Asked by</source>
        <translation>Felvette</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="229"/>
        <source>Asked on</source>
        <translation>Felvétel dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="233"/>
        <source>Unemployed since</source>
        <translation>Munkanélküliség kezdete</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="235"/>
        <source>Citizenship</source>
        <translation>Állampolgárság</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="239"/>
        <source>Foreign background</source>
        <translation>Külföldi háttér</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="246"/>
        <source>Exit record</source>
        <translation>Kilépési adatlap</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="250"/>
        <source>Date of exit</source>
        <translation>Kilépés dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="252"/>
        <source>Situation on leaving</source>
        <translation>Helyzet kilépéskor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="257"/>
        <source>Qualification gained</source>
        <translation>Megszerzett képesítés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="259"/>
        <source>Follow-up date</source>
        <translation>Utókövetés dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="262"/>
        <source>Situation six months later</source>
        <translation>Helyzet hat hónappal később</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="272"/>
        <source>Facility</source>
        <translation>Intézmény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="284"/>
        <source>Beds</source>
        <translation>Férőhelyek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="292"/>
        <source>Development plan</source>
        <translation>Fejlesztési terv</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="302"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="366"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="388"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="499"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="525"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="309"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="406"/>
        <source>Next review</source>
        <translation>Következő felülvizsgálat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="313"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="604"/>
        <source>Experience expert</source>
        <translation>Tapasztalati szakértő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="315"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="408"/>
        <source>Plan version</source>
        <translation>Tervváltozat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="316"/>
        <source>Signed by</source>
        <translation>Aláírta</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="321"/>
        <source>Signed by client on</source>
        <translation>Az ügyfél aláírásának dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="323"/>
        <source>Signed by case manager on</source>
        <translation>Az esetkezelő aláírásának dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="325"/>
        <source>Signed by experience expert on</source>
        <translation>A tapasztalati szakértő aláírásának dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="332"/>
        <source>Plan need</source>
        <translation>Tervbeli szükséglet</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="333"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="350"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="377"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="398"/>
        <source>Plan</source>
        <translation>Terv</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="336"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="355"/>
        <source>Intervention area</source>
        <translation>Beavatkozási terület</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="341"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="385"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="493"/>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="342"/>
        <source>Priority</source>
        <translation>Prioritás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="349"/>
        <source>Plan goal</source>
        <translation>Tervcél</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="359"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="379"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="476"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="490"/>
        <source>Goal</source>
        <translation>Cél</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="360"/>
        <source>Steps</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="361"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="494"/>
        <source>Who does it</source>
        <translation>Ki végzi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="363"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="496"/>
        <source>Responsible staff member</source>
        <translation>Felelős munkatárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="365"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="498"/>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="48"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="370"/>
        <source>Order</source>
        <translation>Sorrend</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="376"/>
        <source>Plan action</source>
        <translation>Tervezett teendő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="387"/>
        <source>Due date</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="396"/>
        <source>Plan review</source>
        <translation>Tervfelülvizsgálat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="401"/>
        <source>Review date</source>
        <translation>Felülvizsgálat dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="403"/>
        <source>Reviewed by</source>
        <translation>Felülvizsgálta</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="404"/>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="410"/>
        <source>Plan as reviewed</source>
        <translation>A terv a felülvizsgálatkor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="416"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="457"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="474"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="484"/>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="429"/>
        <source>Date and time</source>
        <translation>Dátum és idő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="430"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="548"/>
        <source>Place</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="431"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="684"/>
        <source>Planned</source>
        <translation>Tervezett</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="434"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="690"/>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="436"/>
        <source>Observations</source>
        <translation>Megfigyelések</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="438"/>
        <source>Agreements</source>
        <translation>Megállapodások</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="440"/>
        <source>Minutes spent</source>
        <translation>Ráfordított perc</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="442"/>
        <source>Child protection or risk concern</source>
        <translation>Gyermekvédelmi vagy egyéb kockázat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="444"/>
        <source>Risk note</source>
        <translation>A kockázat leírása</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="446"/>
        <source>Next visit</source>
        <translation>Következő látogatás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="447"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="576"/>
        <source>Corrects</source>
        <translation>Javítja</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="449"/>
        <source>Withdrawn</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="455"/>
        <source>Activity participant</source>
        <translation>A tevékenység résztvevője</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="472"/>
        <source>Activity goal link</source>
        <translation>A tevékenység kapcsolódó célja</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="483"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="691"/>
        <source>Task</source>
        <translation>Feladat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="506"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="632"/>
        <source>Referral</source>
        <translation>Továbbirányítás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="514"/>
        <source>From service</source>
        <translation>Küldő szolgálat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="516"/>
        <source>To service</source>
        <translation>Fogadó szolgálat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="518"/>
        <source>From facility</source>
        <translation>Küldő intézmény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="520"/>
        <source>To facility</source>
        <translation>Fogadó intézmény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="521"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="524"/>
        <source>Date sent</source>
        <translation>Elküldés dátuma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="529"/>
        <source>Status since</source>
        <translation>Állapot kezdete</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="530"/>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="532"/>
        <source>Referred by</source>
        <translation>Továbbirányította</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="534"/>
        <source>Receiving staff member</source>
        <translation>Átvevő munkatárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="540"/>
        <source>Group event</source>
        <translation>Csoportos esemény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="545"/>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="554"/>
        <source>Organiser</source>
        <translation>Szervező</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="556"/>
        <source>External guests</source>
        <translation>Külső vendégek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="563"/>
        <source>Attendance</source>
        <translation>Jelenlét</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="565"/>
        <source>Event</source>
        <translation>Esemény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="575"/>
        <source>Present</source>
        <translation>Jelen volt</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="586"/>
        <source>Catching-up settlements</source>
        <translation>Felzárkózó települések</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="587"/>
        <source>Regional social services</source>
        <translation>Térségi szociális szolgáltatások</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="588"/>
        <source>Community work centre</source>
        <translation>Közösségi munka központja</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="589"/>
        <source>County inclusion coordination</source>
        <translation>Megyei felzárkózási koordináció</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="590"/>
        <source>Hungary</source>
        <translation>Magyarország</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="591"/>
        <source>Czechia</source>
        <translation>Csehország</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="592"/>
        <source>Slovakia</source>
        <translation>Szlovákia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="593"/>
        <source>Bulgaria</source>
        <translation>Bulgária</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="594"/>
        <source>Romania</source>
        <translation>Románia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="595"/>
        <source>Segregated settlement</source>
        <translation>Szegregátum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="596"/>
        <source>Village</source>
        <translation>Község</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="597"/>
        <source>Town</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="598"/>
        <source>City district</source>
        <translation>Városrész</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="599"/>
        <source>Rural</source>
        <translation>Vidéki</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="600"/>
        <source>Intermediate</source>
        <translation>Átmeneti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="601"/>
        <source>Urban</source>
        <translation>Városi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="602"/>
        <source>Social worker</source>
        <translation>Szociális munkás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="605"/>
        <source>Supervisor</source>
        <translation>Szakmai vezető</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="606"/>
        <source>Health mediator</source>
        <translation>Egészségügyi mediátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="607"/>
        <source>Education mediator</source>
        <translation>Oktatási mediátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="608"/>
        <source>Assistant</source>
        <translation>Asszisztens</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="609"/>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="610"/>
        <source>Municipal staff</source>
        <translation>Önkormányzati munkatárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="611"/>
        <source>Owned</source>
        <translation>Saját tulajdonú</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="612"/>
        <source>Rented</source>
        <translation>Bérelt</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="613"/>
        <source>Social rented</source>
        <translation>Szociális bérlakás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="614"/>
        <source>Informal</source>
        <translation>Nem hivatalos</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="615"/>
        <source>Shelter</source>
        <translation>Szálló, menhely</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="616"/>
        <source>Homeless</source>
        <translation>Hajléktalan</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="617"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="618"/>
        <source>Female</source>
        <translation>Nő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="619"/>
        <source>Male</source>
        <translation>Férfi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="620"/>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="621"/>
        <source>Head</source>
        <translation>Háztartásfő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="622"/>
        <source>Spouse</source>
        <translation>Házastárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="623"/>
        <source>Partner</source>
        <translation>Élettárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="624"/>
        <source>Child</source>
        <translation>Gyermek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="625"/>
        <source>Parent</source>
        <translation>Szülő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="626"/>
        <source>Sibling</source>
        <translation>Testvér</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="627"/>
        <source>Grandchild</source>
        <translation>Unoka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="628"/>
        <source>Grandparent</source>
        <translation>Nagyszülő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="629"/>
        <source>Other relative</source>
        <translation>Egyéb rokon</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="630"/>
        <source>Case work</source>
        <translation>Esetkezelés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="631"/>
        <source>Sharing with other services</source>
        <translation>Megosztás más szolgálatokkal</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="633"/>
        <source>Special-category data</source>
        <translation>Különleges adatok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="634"/>
        <source>Photos</source>
        <translation>Fényképek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="635"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="636"/>
        <source>Written</source>
        <translation>Írásban</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="637"/>
        <source>Oral, witnessed</source>
        <translation>Szóban, tanú előtt</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="638"/>
        <source>Electronic</source>
        <translation>Elektronikusan</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="639"/>
        <source>Self</source>
        <translation>Saját maga</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="641"/>
        <source>Employed</source>
        <translation>Alkalmazott</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="642"/>
        <source>Self-employed</source>
        <translation>Önfoglalkoztató</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="643"/>
        <source>Unemployed</source>
        <translation>Munkanélküli</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="644"/>
        <source>Long-term unemployed</source>
        <translation>Tartósan munkanélküli</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="645"/>
        <source>Inactive</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="646"/>
        <source>In education</source>
        <translation>Tanul</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="647"/>
        <source>ISCED 0: early childhood or none</source>
        <translation>ISCED 0: kisgyermekkori nevelés vagy nincs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="648"/>
        <source>ISCED 1: primary</source>
        <translation>ISCED 1: alapfokú (alsó tagozat)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="649"/>
        <source>ISCED 2: lower secondary</source>
        <translation>ISCED 2: alsó középfokú (általános iskola felső tagozata)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="650"/>
        <source>ISCED 3: upper secondary</source>
        <translation>ISCED 3: felső középfokú</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="651"/>
        <source>ISCED 4: post-secondary non-tertiary</source>
        <translation>ISCED 4: középfok utáni, nem felsőfokú</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="652"/>
        <source>ISCED 5: short-cycle tertiary</source>
        <translation>ISCED 5: rövid ciklusú felsőfokú</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="653"/>
        <source>ISCED 6: bachelor&apos;s or equivalent</source>
        <translation>ISCED 6: alapképzés (BA/BSc) vagy azzal egyenértékű</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="654"/>
        <source>ISCED 7: master&apos;s or equivalent</source>
        <translation>ISCED 7: mesterképzés (MA/MSc) vagy azzal egyenértékű</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="655"/>
        <source>ISCED 8: doctoral</source>
        <translation>ISCED 8: doktori képzés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="656"/>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="657"/>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="658"/>
        <source>Declined to answer</source>
        <translation>Nem kívánt válaszolni</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="659"/>
        <source>Job searching</source>
        <translation>Munkát keres</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="660"/>
        <source>In training</source>
        <translation>Képzésben vesz részt</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="661"/>
        <source>Field social work</source>
        <translation>Terepi szociális munka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="662"/>
        <source>Counselling</source>
        <translation>Tanácsadás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="663"/>
        <source>Family support service</source>
        <translation>Családsegítő szolgálat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="664"/>
        <source>Job centre</source>
        <translation>Munkaügyi központ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="665"/>
        <source>Health</source>
        <translation>Egészségügy</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="666"/>
        <source>School</source>
        <translation>Iskola</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="667"/>
        <source>Individual</source>
        <translation>Egyéni</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="668"/>
        <source>Family</source>
        <translation>Családi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="669"/>
        <source>Draft</source>
        <translation>Tervezet</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="670"/>
        <source>Awaiting signature</source>
        <translation>Aláírásra vár</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="672"/>
        <source>Closed</source>
        <translation>Lezárva</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="674"/>
        <source>Education</source>
        <translation>Oktatás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="675"/>
        <source>Employment</source>
        <translation>Foglalkoztatás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="676"/>
        <source>Housing</source>
        <translation>Lakhatás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="677"/>
        <source>Income and debt</source>
        <translation>Jövedelem és adósság</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="678"/>
        <source>Children and family</source>
        <translation>Gyermekek és család</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="679"/>
        <source>Documents</source>
        <translation>Iratok, okmányok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="680"/>
        <source>Community</source>
        <translation>Közösség</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="681"/>
        <source>High</source>
        <translation>Magas</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="682"/>
        <source>Medium</source>
        <translation>Közepes</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="683"/>
        <source>Low</source>
        <translation>Alacsony</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="685"/>
        <source>In progress</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="686"/>
        <source>Achieved</source>
        <translation>Teljesült</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="687"/>
        <source>Partly achieved</source>
        <translation>Részben teljesült</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="688"/>
        <source>Not achieved</source>
        <translation>Nem teljesült</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="689"/>
        <source>Dropped</source>
        <translation>Elvetve</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="692"/>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="693"/>
        <source>Cancelled</source>
        <translation>Elmaradt</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="694"/>
        <source>Home visit</source>
        <translation>Családlátogatás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="695"/>
        <source>Consultation</source>
        <translation>Konzultáció</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="696"/>
        <source>Case conference</source>
        <translation>Esetmegbeszélés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="697"/>
        <source>Phone call</source>
        <translation>Telefonhívás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="698"/>
        <source>Accompaniment</source>
        <translation>Kísérés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="699"/>
        <source>Household member</source>
        <translation>Háztartástag</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="700"/>
        <source>Staff</source>
        <translation>Munkatárs</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="701"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="702"/>
        <source>Hand-over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="703"/>
        <source>Sent</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="704"/>
        <source>Accepted</source>
        <translation>Elfogadva</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="705"/>
        <source>Completed</source>
        <translation>Lezárult</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="706"/>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="707"/>
        <source>Thematic day</source>
        <translation>Tematikus nap</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="708"/>
        <source>Training</source>
        <translation>Képzés</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="709"/>
        <source>Community event</source>
        <translation>Közösségi rendezvény</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="710"/>
        <source>Volunteering</source>
        <translation>Önkéntes munka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="711"/>
        <source>Community meeting</source>
        <translation>Lakossági fórum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="712"/>
        <source>Participant</source>
        <translation>Résztvevő</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="713"/>
        <source>Volunteer</source>
        <translation>Önkéntes</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="714"/>
        <source>Speaker</source>
        <translation>Előadó</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="715"/>
        <source>Citizen of this country</source>
        <translation>Ennek az országnak az állampolgára</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="716"/>
        <source>Citizen of another EU country</source>
        <translation>Másik uniós ország állampolgára</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="717"/>
        <source>Citizen of a country outside the EU</source>
        <translation>Unión kívüli ország állampolgára</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="718"/>
        <source>Stateless</source>
        <translation>Hontalan</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="52"/>
        <source>The folder %1 could not be made.</source>
        <translation>A(z) %1 mappa nem hozható létre.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="62"/>
        <source>%1 could not be written.</source>
        <translation>A(z) %1 nem írható.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="36"/>
        <source>%1: %2 is in the future, which is not possible here.</source>
        <translation>%1: a megadott dátum (%2) a jövőben van, ez itt nem lehetséges.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="47"/>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) nem lehet korábbi ennél: %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="62"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>A(z) %1 értéke %2 és %3 között lehet.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="71"/>
        <source>Choose a %1 or a %2.</source>
        <translation>Válasszon: %1 vagy %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="76"/>
        <source>Choose either a %1 or a %2, not both.</source>
        <translation>Vagy ezt válassza: %1, vagy ezt: %2, de ne mindkettőt.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="89"/>
        <source>A target for the whole programme has no %1; leave it empty.</source>
        <translation>A teljes programra vonatkozó célértéknél a(z) %1 mező nem értelmezhető; hagyja üresen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="95"/>
        <source>A target for a month, a quarter or a year needs the first day of that period in %1.</source>
        <translation>A hónapra, negyedévre vagy évre vonatkozó célértékhez a(z) %1 mezőben meg kell adni az időszak első napját.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="103"/>
        <source>%1 (%2) must be the first day of the %3: the 1st of a month, of January, April, July or October for a quarter, of January for a year.</source>
        <translation>A(z) %1 (%2) a(z) %3 első napja kell legyen: hónap esetén a hónap 1-je, negyedév esetén január, április, július vagy október 1-je, év esetén január 1-je.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="141"/>
        <source>Write the name of the legal representative who gave the consent.</source>
        <translation>Írja be annak a törvényes képviselőnek a nevét, aki a hozzájárulást megadta.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="166"/>
        <source>An individual plan needs the person it is for.</source>
        <translation>Az egyéni tervhez meg kell adni, kinek szól.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="170"/>
        <source>A family plan needs the household it is for.</source>
        <translation>A családi tervhez meg kell adni, melyik háztartásnak szól.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="190"/>
        <source>%1: a visit or service is recorded after it happened; this one is in the future. Plan it as the next visit instead.</source>
        <translation>%1: a látogatást vagy szolgáltatást megtörténte után rögzítjük; ez a jövőben van. Tervezze be inkább következő látogatásként.</translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>The database file.</source>
        <translation>Az adatbázisfájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>PATH</source>
        <translation>ÚTVONAL</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="36"/>
        <source>%1 needs --db PATH, the database file.</source>
        <translation>A(z) %1 parancsnak kell a --db ÚTVONAL, az adatbázisfájl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="54"/>
        <source>fieldcase-cli: the changes that earlier merges set aside could not be tried again after the upgrade: %1. They are kept; the next merge tries again.</source>
        <translation>fieldcase-cli: a korábbi összefésülések során félretett változásokat a frissítés után nem sikerült újra megpróbálni: %1. Megmaradnak; a következő összefésülés újra megpróbálja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/VerbParser.cpp" line="59"/>
        <source>fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside are merged now.</source>
        <translation>
            <numerusform>fieldcase-cli: az adatbázis frissült; %n, korábbi összefésülések során félretett változás most összefésülésre került.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="68"/>
        <source>fieldcase-cli: error: %1</source>
        <translation>fieldcase-cli: hiba: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="73"/>
        <source>fieldcase-cli: %1</source>
        <translation>fieldcase-cli: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="74"/>
        <source>Run fieldcase-cli --help for the verbs.</source>
        <translation>Az igék listáját a fieldcase-cli --help mutatja meg.</translation>
    </message>
</context>
<context>
    <name>VisitWork</name>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="81"/>
        <source>This visit was already corrected or withdrawn. Open the latest version of it to correct it again.</source>
        <translation>Ezt a látogatást már javították vagy visszavonták. Az ismételt javításhoz nyissa meg a legújabb változatát.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="85"/>
        <source>This record withdraws a visit; it cannot be corrected.</source>
        <translation>Ez a rekord egy látogatást von vissza; nem javítható.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="102"/>
        <source>Say why the visit is withdrawn; the reason is kept with it.</source>
        <translation>Írja le, miért vonja vissza a látogatást; az ok megmarad mellette.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="53"/>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="63"/>
        <source>No temporary folder could be made for the spreadsheet.</source>
        <translation>Nem sikerült ideiglenes mappát létrehozni a munkafüzethez.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="73"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="79"/>
        <source>The spreadsheet could not be started.</source>
        <translation>A munkafüzetet nem sikerült elkezdeni.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="159"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="164"/>
        <source>The spreadsheet could not be made.</source>
        <translation>A munkafüzetet nem sikerült elkészíteni.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="16"/>
        <source>Print plans awaiting signature</source>
        <translation>Aláírásra váró tervek nyomtatása</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="19"/>
        <source>Every individual and family plan of the locality whose status is awaiting signature is printed, each starting on a new sheet with its own page numbers.</source>
        <translation>A település minden aláírásra váró egyéni és családi terve kinyomtatásra kerül, mindegyik új lapon kezdődik, saját oldalszámozással.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="28"/>
        <source>%1 (awaiting signature: %2)</source>
        <translation>%1 (aláírásra vár: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="30"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="39"/>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Előnézet és nyomtatás...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="40"/>
        <source>&amp;Save as PDF...</source>
        <translation>Mentés &amp;PDF-be...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="67"/>
        <source>No plan awaits signature at the moment.</source>
        <translation>Jelenleg egy terv sem vár aláírásra.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="74"/>
        <source>Plans awaiting signature in all localities: %1.</source>
        <translation>Aláírásra váró tervek az összes településen: %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseActions</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="85"/>
        <source>Risk flagged</source>
        <translation>Kockázatot jeleztek</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="86"/>
        <source>A child-protection or other risk was flagged on this visit. Refer the family to the service that can act on it now?</source>
        <translation>A látogatáson gyermekvédelmi vagy egyéb kockázatot jeleztek. Irányítsa most tovább a családot ahhoz a szolgálathoz, amely intézkedni tud?</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="191"/>
        <source>Not editable</source>
        <translation>Nem szerkeszthető</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="192"/>
        <source>This record is a fact and is not edited; it is kept as it was recorded.</source>
        <translation>Ez a rekord tény, nem szerkeszthető; úgy marad meg, ahogy rögzítették.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="216"/>
        <source>Already corrected</source>
        <translation>Már javították</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="217"/>
        <source>This visit was already corrected or withdrawn. Open the record in force to correct it again.</source>
        <translation>Ezt a látogatást már javították vagy visszavonták. Az ismételt javításhoz nyissa meg az érvényes rekordot.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="227"/>
        <source>Withdraw a visit</source>
        <translation>Látogatás visszavonása</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="228"/>
        <source>The visit stays in the records, marked as withdrawn, with the reason you give. Why is it withdrawn?</source>
        <translation>A látogatás megmarad a nyilvántartásban visszavontként jelölve, az Ön által megadott okkal együtt. Miért vonja vissza?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChangeHistoryModel</name>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="24"/>
        <source>(structured data)</source>
        <translation>(strukturált adat)</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="44"/>
        <source>%1 created</source>
        <translation>%1 létrehozva</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="46"/>
        <source>%1 deleted</source>
        <translation>%1 törölve</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="48"/>
        <source>%1 changed</source>
        <translation>%1 módosítva</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="107"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="109"/>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="111"/>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="113"/>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="115"/>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="117"/>
        <source>After</source>
        <translation>Utána</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="119"/>
        <source>Correction note</source>
        <translation>Javítási megjegyzés</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ConflictInbox</name>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="44"/>
        <source>%1 (by that device&apos;s clock)</source>
        <translation>%1 (annak az eszköznek az órája szerint)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="53"/>
        <source>Conflict inbox</source>
        <translation>Ütközések postaládája</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="63"/>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="84"/>
        <source>Or &amp;type the right value:</source>
        <translation>Vagy &amp;írja be a helyes értéket:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="87"/>
        <source>&amp;Use this value</source>
        <translation>Ez az érték &amp;legyen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="102"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="117"/>
        <source>this copy</source>
        <translation>ez a példány</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="120"/>
        <source>central copy</source>
        <translation>központi példány</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="131"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="132"/>
        <source>deleted, still needed</source>
        <translation>törölve, de még szükséges</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="133"/>
        <source>deleted and edited</source>
        <translation>törölve és szerkesztve</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="135"/>
        <source>%1 [special category]</source>
        <translation>%1 [különleges adat]</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="140"/>
        <source>No open conflicts</source>
        <translation>Nincs nyitott ütközés</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="141"/>
        <source>Every change merged so far fitted together. Conflicts appear here when two devices change the same thing, or one deletes what another edits.</source>
        <translation>Az eddig összefésült változások mind összeillettek. Ütközés akkor jelenik meg itt, ha két eszköz ugyanazt módosítja, vagy az egyik törli, amit a másik szerkeszt.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="167"/>
        <source>%1: deleted on one device, still needed by records from another</source>
        <translation>%1: az egyik eszközön törölték, de egy másik eszköz rekordjainak még szüksége van rá</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="168"/>
        <source>%1: deleted on one device, edited on another</source>
        <translation>%1: az egyik eszközön törölték, a másikon szerkesztették</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="171"/>
        <source>Other records still point at this one, so it is kept for now with every value it had. Keep it, or change those records first and then decide to delete it.</source>
        <translation>Más rekordok még erre mutatnak, ezért egyelőre minden korábbi értékével megmarad. Tartsa meg, vagy előbb módosítsa azokat a rekordokat, majd döntsön a törléséről.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="173"/>
        <source>The record stays deleted until you decide. Taking the edited version restores it with every value it had.</source>
        <translation>A rekord törölve marad, amíg Ön nem dönt. A szerkesztett változat választása minden korábbi értékével visszaállítja.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="176"/>
        <source>Two records of this person were merged, and they held different values. The value of the merged record is offered beside the one in use for now (%1). Nothing is lost until you decide.</source>
        <translation>Ennek a személynek két rekordját összevonták, és eltérő értékeket tartalmaztak. Az összevont rekord értéke az egyelőre használt érték (%1) mellett látható. Semmi sem vész el, amíg nem dönt.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="179"/>
        <source>The value in use for now is the latest one (%1). Nothing is lost until you decide.</source>
        <translation>Egyelőre a legutóbbi érték van használatban (%1). Amíg nem dönt, semmi sem vész el.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="182"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically, and the value from before the conflict (%1) stays in use until you decide.</source>
        <translation>Ez különleges adat (például kisebbséghez tartozás vagy fogyatékosság): soha nem dől el automatikusan, és amíg Ön nem dönt, az ütközés előtti érték (%1) marad használatban.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="186"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically.</source>
        <translation>Ez különleges adat (például kisebbséghez tartozás vagy fogyatékosság): soha nem dől el automatikusan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Version</source>
        <translation>Változat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Changed by</source>
        <translation>Módosította</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="198"/>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="205"/>
        <source>Version %1</source>
        <translation>%1. változat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="211"/>
        <source>Keep &amp;%1 (stays deleted)</source>
        <translation>&amp;%1 megtartása (törölve marad)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="212"/>
        <source>Take &amp;%1</source>
        <translation>&amp;%1 választása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="243"/>
        <source>Decided. The decision is logged and goes back to the laptops with their next return package.</source>
        <translation>Eldöntve. A döntés naplózva, és a következő visszaküldő csomaggal visszajut a laptopokra.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Dashboard</name>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="59"/>
        <source>Programme dashboard</source>
        <translation>A program irányítópultja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="66"/>
        <source>&amp;Period:</source>
        <translation>&amp;Időszak:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="69"/>
        <source>(whole programme)</source>
        <translation>(teljes program)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="70"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="82"/>
        <source>Enter or a double-click lists the people or events behind an indicator&apos;s achieved number.</source>
        <translation>Az Enter vagy a dupla kattintás kilistázza azokat a személyeket vagy eseményeket, amelyekből egy mutató elért száma adódik.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="89"/>
        <source>ESF+ 2021-2027</source>
        <translation>ESF+ 2021-2027</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="90"/>
        <source>ESF 2014-2020</source>
        <translation>ESF 2014-2020</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="91"/>
        <source>Indicator &amp;set:</source>
        <translation>&amp;Mutatókészlet:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="99"/>
        <source>Planned vs &amp;achieved</source>
        <translation>Tervezett és &amp;elért</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="100"/>
        <source>&amp;ESF+ participants</source>
        <translation>ESF+ &amp;résztvevők</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="225"/>
        <source>This indicator rests on special-category data, which the programme does not record; there is nobody to list.</source>
        <translation>Ez a mutató különleges adatokon alapul, amelyeket a program nem rögzít; nincs kit listázni.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="231"/>
        <source>This indicator&apos;s definition cannot be read (the notes under the table say why), so nothing is counted and there is nobody to list.</source>
        <translation>Ennek a mutatónak a meghatározása nem olvasható (a táblázat alatti megjegyzések megmondják, miért), ezért semmi sem számítódik, és nincs kit listázni.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="251"/>
        <source>Achieved: %1. Unit: %2. %3.
The records behind the number are listed here; Enter shows the one chosen in the main window.</source>
        <translation>Elért: %1. Mértékegység: %2. %3.
A szám mögötti rekordok itt láthatók; az Enter a kiválasztottat megjeleníti a főablakban.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="257"/>
        <source>Behind the number: %1</source>
        <translation>A szám mögött: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="296"/>
        <location filename="../../ui/reports/Dashboard.cpp" line="308"/>
        <source>Export the report</source>
        <translation>A jelentés exportálása</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÉÉÉÉ-HH-NN ÓÓ:PP</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD</source>
        <translation>ÉÉÉÉ-HH-NN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="14"/>
        <source>Year-month-day and time, for example 2026-03-31 14:30. Ctrl+D: now.</source>
        <translation>Év-hónap-nap és időpont, például 2026-03-31 14:30. Ctrl+D: most.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="15"/>
        <source>Year-month-day with a four-digit year, for example 2026-03-31. Ctrl+D: today.</source>
        <translation>Év-hónap-nap, négyjegyű évvel, például 2026-03-31. Ctrl+D: ma.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DocumentActions</name>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="26"/>
        <source>&amp;Print...</source>
        <translation>&amp;Nyomtatás...</translation>
    </message>
    <message>
        <source>Print preview of the plan of the person on screen, or their case summary</source>
        <translation type="vanished">A képernyőn látható személy tervének vagy esetösszefoglalójának nyomtatási előnézete</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="32"/>
        <source>Print case &amp;summary...</source>
        <translation>Eset&amp;összefoglaló nyomtatása...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="35"/>
        <source>Save as P&amp;DF...</source>
        <translation>Mentés P&amp;DF-be...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="39"/>
        <source>Plans &amp;awaiting signature...</source>
        <translation>&amp;Aláírásra váró tervek...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="40"/>
        <source>Print every plan of a locality that awaits signature</source>
        <translation>Egy település összes aláírásra váró tervének nyomtatása</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="45"/>
        <source>&amp;Print</source>
        <translation>&amp;Nyomtatás</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="54"/>
        <source>Help</source>
        <translation>Súgó</translation>
    </message>
    <message>
        <source>Select a person first: printing shows their plan or their case summary.</source>
        <translation type="vanished">Előbb válasszon ki egy személyt: a nyomtatás az ő tervét vagy esetösszefoglalóját mutatja.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="28"/>
        <source>Print preview of the record on screen: a plan, review, visit, attendance sheet or consent form; for a person their current plan, else their case summary</source>
        <translation>A képernyőn látható rekord nyomtatási előnézete: terv, felülvizsgálat, látogatás, jelenléti ív vagy hozzájáruló nyilatkozat; személynél az aktuális terve, ha nincs, az esetösszefoglalója</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="67"/>
        <source>Select a person first: the case summary is printed for them.</source>
        <translation>Előbb válasszon ki egy személyt: az esetösszefoglaló az ő számára készül.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="68"/>
        <source>Select a record first: a person, household, plan, plan review, visit, group event or consent.</source>
        <translation>Előbb válasszon ki egy rekordot: személyt, háztartást, tervet, tervfelülvizsgálatot, látogatást, csoportos eseményt vagy hozzájárulást.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="110"/>
        <source>Print preview: %1</source>
        <translation>Nyomtatási előnézet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <source>Preparing the pages...</source>
        <translation>Az oldalak előkészítése...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Writing %1...</source>
        <translation>%1 írása...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="157"/>
        <source>Save as PDF</source>
        <translation>Mentés PDF-be</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="189"/>
        <source>No plan of this locality awaits signature any more.</source>
        <translation>Ennek a településnek már egy terve sem vár aláírásra.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="196"/>
        <source>Save plans as PDF</source>
        <translation>Tervek mentése PDF-be</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="203"/>
        <source>Print</source>
        <translation>Nyomtatás</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuplicateReview</name>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="30"/>
        <source>Possible duplicate persons</source>
        <translation>Lehetséges duplikált személyek</translation>
    </message>
    <message>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept.</source>
        <translation type="vanished">Ezeket a személyeket többször is felvették, talán két laptopon. Az összevonás mindkettőjük minden látogatását, tervét és hozzájárulását megőrzi; azok a fájlok, amelyek még az összevont személyt nevezik meg, a megtartott személynél landolnak.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="33"/>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept. Where the two hold different details (two phone numbers), both go to the conflict inbox for you to decide.</source>
        <translation>Ezeket a személyeket többször vették fel, talán két laptopon. Az összevonás mindkettő összes látogatását, tervét és hozzájárulását megtartja; azok a fájlok, amelyek még az összevont személyre hivatkoznak, a megtartotthoz kerülnek. Ahol a kettő eltérő adatokat tartalmaz (két telefonszám), mindkettő az ütközések postaládájába kerül, hogy Ön döntsön.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>First person</source>
        <translation>Első személy</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Born</source>
        <translation>Született</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Second person</source>
        <translation>Második személy</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Why</source>
        <translation>Miért</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="54"/>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Az &amp;első megtartása, a második beolvasztása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="56"/>
        <source>Keep the &amp;second</source>
        <translation>A &amp;második megtartása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="57"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nem ugyanaz a személy</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="58"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="84"/>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Nincs felülvizsgálatra váró lehetséges duplikátum.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="99"/>
        <source>Merge two persons</source>
        <translation>Két személy összevonása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="100"/>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1. Details that differ between the two wait in the conflict inbox, with both values, until you decide.</source>
        <translation>Összevonja a két rekordot ebbe: %1? Mindkettő összes látogatása, terve és hozzájárulása megmarad, a(z) %1 személynél. A kettő között eltérő adatok mindkét értékkel az ütközések postaládájában várnak, amíg nem dönt.</translation>
    </message>
    <message>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1.</source>
        <translation type="vanished">Összevonja a két rekordot ebbe: %1? Mindkettő összes látogatása, terve és hozzájárulása megmarad %1 alatt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="114"/>
        <source>Merged into %1: %n record(s) moved over.</source>
        <translation>
            <numerusform>Összevonva ebbe: %1; %n rekord került át.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="116"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</source>
        <translation>
            <numerusform>A kettő %n eltérő értéke döntésre vár az ütközések postaládájában (Adatcsere menü, Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="130"/>
        <source>Marked as two different people.</source>
        <translation>Két különböző személyként megjelölve.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="47"/>
        <source>Enrol a laptop</source>
        <translation>Laptop regisztrálása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="50"/>
        <source>The enrolment file holds the laptop&apos;s keys and the caseload of the worker. Take it to the laptop on a stick; tell the worker the passphrase separately.</source>
        <translation>A regisztrációs fájl a laptop kulcsait és a munkatárs ügyfélkörét tartalmazza. Vigye át a laptopra pendrive-on; a jelmondatot külön mondja meg a munkatársnak.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="58"/>
        <source>for example: Laptop 3, Alsóberény team</source>
        <translation>például: 3. laptop, alsóberényi csoport</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="59"/>
        <source>Laptop &amp;name:</source>
        <translation>A laptop &amp;neve:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="77"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Munkatárs:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="79"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Kiválasztás...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="80"/>
        <source>Enrolment &amp;file:</source>
        <translation>Regisztrációs &amp;fájl:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="86"/>
        <source>C&amp;opy</source>
        <translation>Más&amp;olás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="87"/>
        <source>Passphrase:</source>
        <translation>Jelmondat:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="95"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Regisztrálás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="116"/>
        <source>Enrolment file</source>
        <translation>Regisztrációs fájl</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="117"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Fieldcase-csereállományok (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="125"/>
        <source>Choose where to write the enrolment file.</source>
        <translation>Válassza ki, hová kerüljön a regisztrációs fájl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="134"/>
        <source>Enrolled &quot;%1&quot;: %n record(s) in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</source>
        <translation>
            <numerusform>„%1” regisztrálva: %n rekord itt: %2. A fenti jelmondatot telefonon vagy papíron mondja meg a munkatársnak, soha ne a fájllal együtt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="139"/>
        <source>Tell them this central copy&apos;s key too, which they give when joining, so that the laptop refuses a file that another copy made: %1</source>
        <translation>Mondja meg neki ennek a központi példánynak a kulcsát is, amelyet a csatlakozáskor megad, így a laptop visszautasítja a más példány által készített fájlt: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="42"/>
        <source>Attendance</source>
        <translation>Jelenlét</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="44"/>
        <source>&amp;Find a registered person</source>
        <translation>Nyilvántartott személy &amp;keresése</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="47"/>
        <source>Add to the &amp;list</source>
        <translation>Hozzáadás a &amp;listához</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="51"/>
        <source>Registered &amp;people present</source>
        <translation>Jelen lévő nyilvántartott &amp;személyek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="54"/>
        <source>S&amp;taff present</source>
        <translation>Jelen lévő &amp;munkatársak</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FieldForm</name>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(choose)</source>
        <translation>(válasszon)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(not recorded)</source>
        <translation>(nincs rögzítve)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/HistoryDialog.cpp" line="24"/>
        <source>History: %1 %2</source>
        <translation>Előzmények: %1 %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IndicatorChart</name>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="36"/>
        <source>Planned against achieved, as bars</source>
        <translation>Tervezett és elért, oszlopdiagramon</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="62"/>
        <source>Achieved</source>
        <translation>Elért</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="65"/>
        <source>Still to reach the target</source>
        <translation>Még hiányzik a célértékig</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="68"/>
        <source>Beyond the target</source>
        <translation>A célérték felett</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="88"/>
        <source>%1: %2 of %3</source>
        <comment>an indicator&apos;s code, what it achieved and its target: PO1: 240 of 300</comment>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="91"/>
        <source>%1 ▼ behind by %2</source>
        <comment>the bar&apos;s label, then how far the indicator is behind its target</comment>
        <translation>%1 ▼ lemaradás: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="120"/>
        <source>share of the target achieved</source>
        <translation>a célérték elért hányada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="124"/>
        <source>No indicator has a target for this period and place.</source>
        <translation>Egyik mutatónak sincs célértéke erre az időszakra és helyre.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::JoinDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="148"/>
        <source>Join a programme</source>
        <translation>Csatlakozás egy programhoz</translation>
    </message>
    <message>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase they told you. The laptop gets a new database with your caseload.</source>
        <translation type="vanished">Válassza ki a felettesétől kapott regisztrációs fájlt, és írja be a jelmondatot, amelyet ő mondott meg. A laptop új adatbázist kap az Ön ügyfélkörével.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="151"/>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase and the central copy&apos;s key they told you. The laptop gets a new database with your caseload.</source>
        <translation>Válassza ki a felettesétől kapott regisztrációs fájlt, és írja be a jelmondatot és a központi példánynak a felettese által közölt kulcsát. A laptop új adatbázist kap az Ön ügyfélkörével.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="159"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Kiválasztás...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="160"/>
        <source>Enrolment &amp;file:</source>
        <translation>Regisztrációs &amp;fájl:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="163"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Jelmondat:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="165"/>
        <source>as your supervisor read it out or printed it, for example ABCD-EFGH-...</source>
        <translation>ahogy a felettese felolvasta vagy kinyomtatta, például ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="166"/>
        <source>Central copy&apos;s &amp;key:</source>
        <translation>A központi példány &amp;kulcsa:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="170"/>
        <source>New &amp;database:</source>
        <translation>Új &amp;adatbázis:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="177"/>
        <source>&amp;Join</source>
        <translation>&amp;Csatlakozás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="181"/>
        <source>Enrolment file</source>
        <translation>Regisztrációs fájl</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="182"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Fieldcase-csereállományok (*.fcx);;Minden fájl (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="198"/>
        <source>The enrolment file cannot be read: %1</source>
        <translation>A regisztrációs fájl nem olvasható: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="202"/>
        <source>%1 exists already. A laptop joins with a new database file; choose another name.</source>
        <translation>A(z) %1 már létezik. Egy laptop új adatbázisfájllal csatlakozik; válasszon másik nevet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="213"/>
        <source>Compare the central copy&apos;s key</source>
        <translation>A központi példány kulcsának összevetése</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="214"/>
        <source>Joined as &quot;%1&quot;. The enrolment file was made by the central copy with the key

%2

Compare it with the key your supervisor reads out or printed. If they differ, the file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Csatlakozva „%1” néven. A regisztrációs fájlt a központi példány ezzel a kulccsal készítette:

%2

Vesse össze azzal a kulccsal, amelyet a felettese felolvas vagy kinyomtatott. Ha eltérnek, a fájlt nem az Ön központi példánya készítette: ne használja ezt az adatbázist, és szóljon a felettesének.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="14"/>
        <source>&amp;Language</source>
        <translation>&amp;Nyelv</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="15"/>
        <source>Takes effect at the next start</source>
        <translation>A következő indításkor lép életbe</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="21"/>
        <source>&amp;System language</source>
        <translation>A &amp;rendszer nyelve</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="39"/>
        <source>the system language</source>
        <translation>a rendszer nyelvét</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="40"/>
        <source>Fieldcase will use %1 the next time it starts.</source>
        <translation>A Fieldcase a következő indításkor ezt a nyelvet használja: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="42"/>
        <source>The %1 environment variable is set on this computer and takes precedence.</source>
        <translation>A(z) %1 környezeti változó be van állítva ezen a számítógépen, és az az irányadó.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="45"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Launcher</name>
    <message>
        <location filename="../../ui/Launcher.cpp" line="58"/>
        <source>Database not opened</source>
        <translation>Az adatbázis nincs megnyitva</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="60"/>
        <source>%1 - Fieldcase</source>
        <translation>%1 - Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="64"/>
        <source>Search</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>&amp;Find:</source>
        <translation>&amp;Keresés:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>A person, household or locality, e.g. kovacs (Ctrl+F)</source>
        <translation>Személy, háztartás vagy település, pl. kovacs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Search people, households and localities</source>
        <translation>Személyek, háztartások és települések keresése</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83"/>
        <source>Lists</source>
        <translation>Listák</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>No people yet</source>
        <translation>Még nincsenek személyek</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>This database holds no people. Register a household (Ctrl+Shift+H) and its members, or try Fieldcase with a synthetic programme: &lt;tt&gt;fieldcase-cli demo --db FILE --people 2000&lt;/tt&gt;.</source>
        <translation>Ebben az adatbázisban nincsenek személyek. Vegyen fel egy háztartást (Ctrl+Shift+H) és a tagjait, vagy próbálja ki a Fieldcase-t egy kitalált programmal: &lt;tt&gt;fieldcase-cli demo --db FÁJL --people 2000&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="139"/>
        <source>Choose a person</source>
        <translation>Válasszon személyt</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Pick someone in the list, or type a name in the search box (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; finds Kovács.</source>
        <translation>Válasszon valakit a listából, vagy írjon be egy nevet a keresőmezőbe (Ctrl+F): a &lt;i&gt;kovacs&lt;/i&gt; megtalálja Kovácsot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>%n form(s) were not saved last time; open the same form again to continue where you left off.</source>
        <translation>
            <numerusform>Legutóbb %n űrlap nem lett mentve; nyissa meg újra ugyanazt az űrlapot, és ott folytathatja, ahol abbahagyta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Households</source>
        <translation>Háztartások</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>(all localities)</source>
        <translation>(minden település)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>in &amp;locality:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>Localities</source>
        <translation>Települések</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>Development plans</source>
        <translation>Fejlesztési tervek</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Visits and services</source>
        <translation>Látogatások és szolgáltatások</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>Referrals</source>
        <translation>Továbbirányítások</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Group events</source>
        <translation>Csoportos események</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>Staff</source>
        <translation>Munkatársak</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>My caseload</source>
        <translation>Ügyfélköröm</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>(choose)</source>
        <translation>(válasszon)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>of &amp;staff member:</source>
        <translation>&amp;Munkatárs:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="215"/>
        <source>Overdue plan reviews</source>
        <translation>Lejárt tervfelülvizsgálatok</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="216"/>
        <source>Visits due this week</source>
        <translation>E heti esedékes látogatások</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235"/>
        <source>&amp;New database...</source>
        <translation>Ú&amp;j adatbázis...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Open database...</source>
        <translation>Adatbázis &amp;megnyitása...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Szerkesztés</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Find person, household or locality</source>
        <translation>Személy, háztartás vagy település &amp;keresése</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Edit the record shown</source>
        <translation>A megjelenített rekord &amp;szerkesztése</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;History of the record shown</source>
        <translation>A megjelenített rekord &amp;előzményei</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>&amp;Case work</source>
        <translation>&amp;Esetkezelés</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>&amp;New in this list</source>
        <translation>Ú&amp;j elem ebben a listában</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>New &amp;person</source>
        <translation>Új &amp;személy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271"/>
        <source>New &amp;household</source>
        <translation>Új &amp;háztartás</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277"/>
        <source>Record &amp;visit or service</source>
        <translation>&amp;Látogatás vagy szolgáltatás rögzítése</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279"/>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="297"/>
        <source>Choose a person or household first.</source>
        <translation>Előbb válasszon ki egy személyt vagy háztartást.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>New development p&amp;lan</source>
        <translation>Új &amp;fejlesztési terv</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>Choose a person (individual plan) or household (family plan) first.</source>
        <translation>Előbb válasszon ki egy személyt (egyéni terv) vagy háztartást (családi terv).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Refer</source>
        <translation>&amp;Továbbirányítás</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Hand &amp;over to another facility</source>
        <translation>Átadás &amp;másik intézménynek</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300"/>
        <source>New group &amp;event</source>
        <translation>Új csoportos &amp;esemény</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Go</source>
        <translation>&amp;Ugrás</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation>Sú&amp;gó</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="317"/>
        <source>&amp;About Fieldcase</source>
        <translation>A Fieldcase &amp;névjegye</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Adatcsere</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Reports</source>
        <translation>&amp;Jelentések</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="423"/>
        <source>Open a person or household, then make a plan for them (Ctrl+Shift+L).</source>
        <translation>Nyisson meg egy személyt vagy háztartást, majd készítsen neki tervet (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="429"/>
        <source>Open a person or household, then record the visit (Ctrl+Shift+V).</source>
        <translation>Nyisson meg egy személyt vagy háztartást, majd rögzítse a látogatást (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433"/>
        <source>Open a person or household, then refer them (Ctrl+Shift+R).</source>
        <translation>Nyisson meg egy személyt vagy háztartást, majd irányítsa tovább (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="467"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="468"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="486"/>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="498"/>
        <source>Household</source>
        <translation>Háztartás</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="501"/>
        <source>Locality</source>
        <translation>Település</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="519"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n személy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="520"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n találat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="526"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="539"/>
        <source>Choose a staff member above to see the people they are case manager of.</source>
        <translation>Válasszon fent egy munkatársat, hogy lássa, kiknek az esetkezelője.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="540"/>
        <source>Nobody is in this caseload yet. A person joins it when this staff member becomes their case manager, or their household&apos;s.</source>
        <translation>Ebben az ügyfélkörben még nincs senki. Egy személy akkor kerül ide, ha ez a munkatárs lesz az ő vagy a háztartása esetkezelője.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="543"/>
        <source>No plan is waiting for its review. Plans in force whose next review date has passed show here.</source>
        <translation>Egy terv sem vár felülvizsgálatra. Itt azok az érvényes tervek jelennek meg, amelyek következő felülvizsgálati dátuma elmúlt.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="545"/>
        <source>No visit is due this week. When a visit is recorded with a next visit date in this week, the household shows here until it is visited.</source>
        <translation>Ezen a héten nincs esedékes látogatás. Ha egy látogatás rögzítésekor a következő látogatás dátuma erre a hétre esik, a háztartás itt látszik, amíg meg nem látogatják.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="548"/>
        <source>No households here yet. Register one with Ctrl+Shift+H.</source>
        <translation>Itt még nincsenek háztartások. Vegyen fel egyet a Ctrl+Shift+H billentyűkkel.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="550"/>
        <source>Nothing here yet. Ctrl+N makes a new one where that is possible.</source>
        <translation>Itt még nincs semmi. A Ctrl+N újat hoz létre, ahol ez lehetséges.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="576"/>
        <source>Open database</source>
        <translation>Adatbázis megnyitása</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="577"/>
        <source>Fieldcase databases (*.db *.fieldcase);;All files (*)</source>
        <translation>Fieldcase-adatbázisok (*.db *.fieldcase);;Minden fájl (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="584"/>
        <source>New database</source>
        <translation>Új adatbázis</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="585"/>
        <source>Fieldcase databases (*.db)</source>
        <translation>Fieldcase-adatbázisok (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="592"/>
        <source>About Fieldcase</source>
        <translation>A Fieldcase névjegye</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="593"/>
        <source>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Case management and programme monitoring for social inclusion work.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Esetkezelés és programkövetés a társadalmi befogadást segítő munkához.&lt;/p&gt;&lt;p&gt;Adatbázis: %2&lt;br&gt;Sémaváltozat: %3&lt;/p&gt;&lt;p&gt;A GNU General Public License 3. vagy későbbi változata szerint terjeszthető.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MemberListDialog</name>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="38"/>
        <source>&amp;Find:</source>
        <translation>&amp;Keresés:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="40"/>
        <source>part of a name, e.g. kovacs</source>
        <translation>névrészlet, pl. kovacs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="69"/>
        <source>&amp;Show in the main window</source>
        <translation>&amp;Megjelenítés a főablakban</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="128"/>
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%n rekordból %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="52"/>
        <source>Merge exchange files</source>
        <translation>Csereállományok összefésülése</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="57"/>
        <source>Files from laptops (or, on a laptop, return packages from the central copy), in any order. Each file is checked and previewed first; nothing is written until you press Merge.</source>
        <translation>Laptopokról érkező fájlok (vagy laptopon a központi példány visszaküldő csomagjai), tetszőleges sorrendben. Minden fájlt előbb ellenőrzünk és előnézetben mutatunk; semmi sem kerül mentésre, amíg meg nem nyomja az Összefésülés gombot.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>From</source>
        <translation>Küldő</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Changed</source>
        <translation>Módosult</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Already here</source>
        <translation>Már megvan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Duplicates?</source>
        <translation>Duplikátum?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="78"/>
        <source>Files to merge</source>
        <translation>Összefésülendő fájlok</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="86"/>
        <source>Merge report</source>
        <translation>Összefésülési jelentés</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="92"/>
        <source>Cancel merge</source>
        <translation>Összefésülés megszakítása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="99"/>
        <source>&amp;Add files...</source>
        <translation>Fájlok &amp;hozzáadása...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="101"/>
        <source>&amp;Merge</source>
        <translation>Össze&amp;fésülés</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="104"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="117"/>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="157"/>
        <source>Add the files to merge, or drop them on this window.</source>
        <translation>Adja hozzá az összefésülendő fájlokat, vagy húzza őket erre az ablakra.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="122"/>
        <source>Choose exchange files</source>
        <translation>Csereállományok kiválasztása</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="123"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Fieldcase-csereállományok (*.fcx);;Minden fájl (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="214"/>
        <source>The changes set aside by earlier merges could not be tried again (%1). They are kept.</source>
        <translation>A korábbi összefésülések során félretett változásokat nem sikerült újra megpróbálni (%1). Megmaradnak.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="219"/>
        <source>%n change(s) that earlier merges had set aside are merged now, as this copy can use them.</source>
        <translation>
            <numerusform>%n, korábbi összefésülések során félretett változás most összefésülésre került, mivel ez a példány már használni tudja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="222"/>
        <source>%n change(s) that earlier merges had set aside will be merged first, as this copy can use them now.</source>
        <translation>
            <numerusform>%n, korábbi összefésülések során félretett változás kerül először összefésülésre, mivel ez a példány most már használni tudja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="233"/>
        <source>%1, file %2 (with everything since file %3)</source>
        <translation>%1, %2. fájl (a(z) %3. fájl óta minden változással)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="237"/>
        <source>%1, file %2</source>
        <translation>%1, %2. fájl</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="250"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="252"/>
        <source>%1; %n change(s) set aside</source>
        <translation>
            <numerusform>%1; %n változás félretéve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="266"/>
        <source>%1 new, %2 changed, %3 already here, %4 conflicting</source>
        <translation>%1 új, %2 módosult, %3 már megvolt, %4 ütközik</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="273"/>
        <source>Possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>Lehetséges duplikátum: %1 (%2) és %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="278"/>
        <source>Set aside: %1</source>
        <translation>Félretéve: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="285"/>
        <source>Also merged after waiting: %1</source>
        <translation>Várakozás után szintén összefésülve: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="288"/>
        <source>Backup before merging: %1</source>
        <translation>Biztonsági mentés az összefésülés előtt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="294"/>
        <source>Changes set aside are not lost: they are kept, and merged as soon as this copy can use them (once Fieldcase is updated to the version that made them).</source>
        <translation>A félretett változások nem vesznek el: megmaradnak, és a program összefésüli őket, amint ez a példány használni tudja őket (miután a Fieldcase frissült arra a verzióra, amely készítette őket).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="300"/>
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>%n fájl összefésülve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="302"/>
        <source>%n file(s) refused; they changed nothing.</source>
        <translation>
            <numerusform>%n fájl elutasítva; semmit sem változtattak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="306"/>
        <source>Preview: %n file(s) ready to merge.</source>
        <translation>
            <numerusform>Előnézet: %n fájl kész az összefésülésre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="307"/>
        <source>%n file(s) will be refused.</source>
        <translation>
            <numerusform>%n fájl elutasításra kerül.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="308"/>
        <source>Nothing has been written yet.</source>
        <translation>Még semmi sem került mentésre.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NoteDialog</name>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Menti az itt végzett módosításokat?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeriodChooser</name>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="25"/>
        <source>Kind of period</source>
        <translation>Az időszak fajtája</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="26"/>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="27"/>
        <source>Quarter</source>
        <translation>Negyedév</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="28"/>
        <source>Year</source>
        <translation>Év</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="29"/>
        <source>Whole programme</source>
        <translation>Teljes program</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="31"/>
        <source>Which period</source>
        <translation>Melyik időszak</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="120"/>
        <source>%1 %2</source>
        <comment>a month and its year, as in March 2026</comment>
        <translation>%2. %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="124"/>
        <source>Q%1 %2</source>
        <comment>a quarter and its year, as in Q1 2026</comment>
        <translation>%2. %1. negyedév</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="140"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="142"/>
        <source>since %1</source>
        <translation>%1 óta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="144"/>
        <source>every date on record</source>
        <translation>minden rögzített dátum</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="37"/>
        <source>Possible duplicates already on this laptop</source>
        <translation>Lehetséges duplikátumok már ezen a laptopon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="40"/>
        <source>Possible duplicates</source>
        <translation>Lehetséges duplikátumok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="47"/>
        <source>Open the &amp;existing record</source>
        <translation>A meglévő &amp;rekord megnyitása</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="93"/>
        <source>born %1</source>
        <translation>szül. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="96"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="121"/>
        <source>%n person(s) already on this laptop may be the same person (see below). Open the existing record, or press Save again to register a new person anyway.</source>
        <translation>
            <numerusform>Ezen a laptopon már %n személy lehet ugyanaz a személy (lásd lent). Nyissa meg a meglévő rekordot, vagy nyomja meg újra a Mentés gombot, ha mégis új személyt vesz fel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonListModel</name>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="101"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="103"/>
        <source>Born</source>
        <translation>Született</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="105"/>
        <source>Household</source>
        <translation>Háztartás</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="107"/>
        <source>Locality</source>
        <translation>Település</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PlanDialog</name>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New family development plan</source>
        <translation>Új családi fejlesztési terv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New individual development plan</source>
        <translation>Új egyéni fejlesztési terv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="52"/>
        <source>Needs, goals and agreed services</source>
        <translation>Szükségletek, célok és megállapodott szolgáltatások</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="62"/>
        <source>Add...</source>
        <translation>Hozzáadás...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="63"/>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="76"/>
        <source>N&amp;eeds by area</source>
        <translation>&amp;Szükségletek területenként</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="77"/>
        <source>&amp;Goals</source>
        <translation>&amp;Célok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="78"/>
        <source>Agreed services and &amp;referrals</source>
        <translation>Megállapodott szolgáltatások és további&amp;rányítások</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="80"/>
        <source>Add &amp;need...</source>
        <translation>Szükséglet &amp;hozzáadása...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>Add g&amp;oal...</source>
        <translation>Cél hozzá&amp;adása...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="82"/>
        <source>Add ser&amp;vice...</source>
        <translation>S&amp;zolgáltatás hozzáadása...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="106"/>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="112"/>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordDetailView</name>
    <message>
        <location filename="../../ui/views/RecordDetailView.cpp" line="15"/>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="38"/>
        <source>New %1</source>
        <translation>Új: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="73"/>
        <source>Correction &amp;note (required to change frozen data):</source>
        <translation>Ja&amp;vítási megjegyzés (a rögzített adatok módosításához kötelező):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="75"/>
        <source>Why the stored data was wrong, e.g. &quot;certificate seen&quot;</source>
        <translation>Miért volt hibás a tárolt adat, pl. „láttam az igazolást”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="206"/>
        <source>What you typed could not be kept as a draft: %1 Save the form now, or it is lost if this program or the computer stops.</source>
        <translation>Amit beírt, azt nem sikerült piszkozatként megőrizni: %1 Mentse most az űrlapot, különben elvész, ha a program vagy a számítógép leáll.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="228"/>
        <source>Restored what was typed here on %1 and not saved. Save it, or press Esc to throw it away.</source>
        <translation>Visszaállítottuk, amit ide beírtak (%1), de nem mentettek. Mentse el, vagy az Esc billentyűvel dobja el.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="330"/>
        <source>%1: this field is required.</source>
        <translation>%1: ez a mező kötelező.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Menti az itt végzett módosításokat?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="29"/>
        <source>Type a name to find the person</source>
        <translation>Írjon be egy nevet a személy kereséséhez</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="30"/>
        <source>Type a name to find the household</source>
        <translation>Írjon be egy nevet a háztartás kereséséhez</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="68"/>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Hand over: %1</source>
        <translation>Átadás: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Refer: %1</source>
        <translation>Továbbirányítás: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportPane</name>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="76"/>
        <source>For &amp;outside the programme (counts under 5 people hidden)</source>
        <translation>&amp;Programon kívüli használatra (az 5 főnél kisebb számok elrejtve)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="77"/>
        <source>A report for a funder or anyone outside the programme: no names, and every count of one to four people written as &lt;5 so that nobody can be recognised.</source>
        <translation>Jelentés egy támogató vagy bárki más számára a programon kívül: nevek nélkül, és minden egy–négy főt jelentő szám &lt;5 formában szerepel, hogy senki se legyen felismerhető.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="79"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportálása...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="80"/>
        <source>Export &amp;XLSX...</source>
        <translation>&amp;XLSX exportálása...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="81"/>
        <source>Export P&amp;DF...</source>
        <translation>P&amp;DF exportálása...</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportTableModel</name>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="92"/>
        <source>%1%</source>
        <comment>a share of the target in percent, as in 85%</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="115"/>
        <source>Hidden so that a small count elsewhere in the table cannot be worked out from the totals.</source>
        <translation>Elrejtve, hogy a táblázat egy máshol szereplő kis száma ne legyen kiszámítható az összegekből.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="117"/>
        <source>Fewer than 5 people: hidden so that nobody can be recognised outside the programme.</source>
        <translation>5 főnél kevesebb: elrejtve, hogy a programon kívül senki se legyen felismerhető.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReviewDialog</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="38"/>
        <source>Review the plan</source>
        <translation>A terv felülvizsgálata</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="26"/>
        <source>Change the referral&apos;s status</source>
        <translation>A továbbirányítás állapotának módosítása</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="30"/>
        <source>Now: %1</source>
        <translation>Jelenleg: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="43"/>
        <source>New &amp;status</source>
        <translation>Új &amp;állapot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="44"/>
        <source>&amp;Date</source>
        <translation>&amp;Dátum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="45"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Eredmény</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="60"/>
        <source>This referral is %1; its status does not change any more.</source>
        <translation>Ez a továbbirányítás %1; az állapota már nem változik.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="80"/>
        <source>Date: &quot;%1&quot; is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>Dátum: a(z) „%1” nem dátum; év-hónap-nap alakban írja, például 2026-03-31.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Menti az itt végzett módosításokat?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="69"/>
        <source>Record a visit or service: %1</source>
        <translation>Látogatás vagy szolgáltatás rögzítése: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="70"/>
        <source>Correct a visit: %1</source>
        <translation>Látogatás javítása: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="76"/>
        <source>Who was there, plan goals and tasks</source>
        <translation>Kik voltak jelen, tervcélok és feladatok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="78"/>
        <source>&amp;Present</source>
        <translation>&amp;Jelen voltak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="80"/>
        <source>Present</source>
        <translation>Jelen volt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="82"/>
        <source>Plan goals &amp;worked on</source>
        <translation>Tervcélok, amelyeken d&amp;olgoztak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="84"/>
        <source>Plan goals worked on</source>
        <translation>Tervcélok, amelyeken dolgoztak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="91"/>
        <source>Tas&amp;ks agreed (what, who, by when as YYYY-MM-DD)</source>
        <translation>Meg&amp;beszélt feladatok (mit, ki, mikorra, ÉÉÉÉ-HH-NN alakban)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="93"/>
        <source>Tasks agreed</source>
        <translation>Megbeszélt feladatok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Task</source>
        <translation>Feladat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="335"/>
        <source>Task %1 says who and by when but not what is to be done; write the task or clear the line.</source>
        <translation>A(z) %1. feladatnál meg van adva, ki és mikorra, de az nem, hogy mit kell tenni; írja be a feladatot, vagy ürítse ki a sort.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="340"/>
        <source>Task %1 (%2): %3</source>
        <translation>%1. feladat (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="40"/>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="105"/>
        <source>&amp;Add task</source>
        <translation>F&amp;eladat hozzáadása</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (experience expert)</source>
        <translation>%1 (tapasztalati szakértő)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (staff)</source>
        <translation>%1 (munkatárs)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="249"/>
        <source>(no plan goals yet)</source>
        <translation>(még nincsenek tervcélok)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="26"/>
        <source>Case management for social inclusion work.</source>
        <translation>Esetkezelés a társadalmi befogadást segítő munkához.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>The database to open.</source>
        <translation>A megnyitandó adatbázis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="30"/>
        <source>PATH</source>
        <translation>ÚTVONAL</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>A főablakról kép mentése a FÁJL-ba, majd kilépés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33"/>
        <source>FILE</source>
        <translation>FÁJL</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="35"/>
        <source>Save pictures of the main screens into FOLDER and quit.</source>
        <translation>A fő képernyőkről képek mentése a MAPPA-ba, majd kilépés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="36"/>
        <source>FOLDER</source>
        <translation>MAPPA</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="46"/>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>%1 could not be written.</source>
        <translation>A(z) %1 nem írható.</translation>
    </message>
</context>
</TS>
