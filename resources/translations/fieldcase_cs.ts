<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>BatchApply</name>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="21"/>
        <location filename="../../core/domain/BatchApply.cpp" line="26"/>
        <source>Line %1: %2</source>
        <translation>Řádek %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="47"/>
        <source>this is not valid JSON (%1 at character %2).</source>
        <translation>toto není platný JSON (%1 na znaku %2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="52"/>
        <source>each line must be one JSON object.</source>
        <translation>každý řádek musí být jeden objekt JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="59"/>
        <source>unknown key &quot;%1&quot;; a line has op, table, id, fields and note.</source>
        <translation>neznámý klíč „%1“; řádek obsahuje op, table, id, fields a note.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="67"/>
        <source>&quot;op&quot; must be create, update or delete.</source>
        <translation>„op“ musí být create, update nebo delete.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="71"/>
        <source>there is no table called &quot;%1&quot;.</source>
        <translation>neexistuje tabulka „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="74"/>
        <source>&quot;id&quot; must be a text id.</source>
        <translation>„id“ musí být textový identifikátor.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="78"/>
        <source>an %1 needs the &quot;id&quot; of the record.</source>
        <translation>operace %1 potřebuje „id“ záznamu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="81"/>
        <source>&quot;fields&quot; must be a JSON object.</source>
        <translation>„fields“ musí být objekt JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="85"/>
        <source>a delete takes no fields.</source>
        <translation>operace delete nepřijímá žádná pole.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="91"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 nemá pole „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="104"/>
        <source>an update needs at least one field.</source>
        <translation>operace update potřebuje alespoň jedno pole.</translation>
    </message>
</context>
<context>
    <name>CaseLists</name>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="221"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Households</source>
        <translation>Domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="223"/>
        <source>Localities</source>
        <translation>Lokality</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="225"/>
        <source>Development plans</source>
        <translation>Individuální plány</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="227"/>
        <source>Visits and services</source>
        <translation>Návštěvy a služby</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="229"/>
        <source>Group events</source>
        <translation>Skupinové akce</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="231"/>
        <source>Staff</source>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="233"/>
        <source>Referrals and hand-overs</source>
        <translation>Zprostředkování a předání</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="235"/>
        <source>Caseload</source>
        <translation>Klienti pracovníka</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="237"/>
        <source>Overdue plan reviews</source>
        <translation>Revize plánů po termínu</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="239"/>
        <source>Visits due this week</source>
        <translation>Návštěvy na tento týden</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Case manager</source>
        <translation>Klíčový pracovník</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Municipality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>County or region</source>
        <translation>Kraj nebo region</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>For</source>
        <translation>Pro koho</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Next review</source>
        <translation>Příští revize</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Household or person</source>
        <translation>Domácnost nebo osoba</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>Recorded by</source>
        <translation>Zapsal(a)</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <location filename="../../core/casework/CaseLists.cpp" line="320"/>
        <source>Risk</source>
        <translation>Riziko</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Attended</source>
        <translation>Účast</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>External guests</source>
        <translation>Hosté zvenčí</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Experience expert</source>
        <translation>Expert s vlastní zkušeností</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Training hours</source>
        <translation>Hodiny školení</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Born</source>
        <translation>Narozen(a)</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Review was due</source>
        <translation>Revize měla být</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Next visit</source>
        <translation>Příští návštěva</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Last visit</source>
        <translation>Poslední návštěva</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="328"/>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../core/casework/Choices.cpp" line="45"/>
        <source>There is no list of %1.</source>
        <translation>Neexistuje seznam %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Usage: fieldcase-cli VERB [OPTIONS]</source>
        <translation>Použití: fieldcase-cli PŘÍKAZ [VOLBY]</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Verbs:</source>
        <translation>Příkazy:</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="29"/>
        <source>Run fieldcase-cli VERB --help for the options of a verb.</source>
        <translation>Volby příkazu zobrazíte pomocí fieldcase-cli PŘÍKAZ --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="49"/>
        <source>fieldcase-cli: unknown verb &quot;%1&quot;.</source>
        <translation>fieldcase-cli: neznámý příkaz „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="35"/>
        <source>Prints a case-work list as tab-separated lines with a header: %1.</source>
        <translation>Vypíše pracovní seznam jako řádky oddělené tabulátory se záhlavím: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <source>Which list.</source>
        <translation>Který seznam.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="69"/>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="39"/>
        <source>The locality (households) or staff member (caseload) to list, by id.</source>
        <translation>Lokalita (domácnosti) nebo pracovník (klienti pracovníka), jejichž seznam se vypíše, podle id.</translation>
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
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="40"/>
        <source>The day the overdue and due lists are for (default: today).</source>
        <translation>Den, pro který platí seznamy po termínu a k vyřízení (výchozí: dnes).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="41"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <location filename="../../app/cli/CommandsData.cpp" line="107"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="43"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="42"/>
        <source>At most this many lines (default: all).</source>
        <translation>Nejvýše tolik řádků (výchozí: všechny).</translation>
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
        <translation>Vypsat jen počet záznamů v seznamu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="49"/>
        <source>--list must be one of: %1.</source>
        <translation>--list musí být jedno z: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="53"/>
        <source>The caseload needs --filter with the id of a staff member.</source>
        <translation>Seznam klientů pracovníka potřebuje --filter s id pracovníka.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="58"/>
        <source>--today must be a date written as YYYY-MM-DD.</source>
        <translation>--today musí být datum ve tvaru RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="66"/>
        <source>--limit must be a number of lines.</source>
        <translation>--limit musí být počet řádků.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="109"/>
        <source>Lists people already in the database who may be the person described: the check made before a new person is saved.</source>
        <translation>Vypíše osoby v databázi, které mohou být popsanou osobou: kontrola, která se provádí před uložením nové osoby.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <source>Family name.</source>
        <translation>Příjmení.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>Given names.</source>
        <translation>Jména.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>NAMES</source>
        <translation>JMÉNA</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <source>Birth name, when it differs.</source>
        <translation>Rodné příjmení, pokud se liší.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <source>Date of birth.</source>
        <translation>Datum narození.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="119"/>
        <source>Give at least --family and --given.</source>
        <translation>Zadejte alespoň --family a --given.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="123"/>
        <source>--born must be a date written as YYYY-MM-DD.</source>
        <translation>--born musí být datum ve tvaru RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="139"/>
        <source>No one on record looks like this person.</source>
        <translation>Nikdo v evidenci se této osobě nepodobá.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="148"/>
        <source>print a case-work list (households, overdue reviews, visits due, ...)</source>
        <translation>vypsat pracovní seznam (domácnosti, revize po termínu, návštěvy na tento týden, ...)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="150"/>
        <source>find people who may be the person described</source>
        <translation>najít osoby, které mohou být popsanou osobou</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="45"/>
        <source>Creates a database for a programme.</source>
        <translation>Vytvoří databázi pro program.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <source>The programme&apos;s name.</source>
        <translation>Název programu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="48"/>
        <source>catching_up, social_services, community_centre or county_coordination (default catching_up).</source>
        <translation>catching_up, social_services, community_centre nebo county_coordination (výchozí catching_up).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="49"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>KIND</source>
        <translation>DRUH</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>HU, CZ, SK, BG or RO.</source>
        <translation>HU, CZ, SK, BG nebo RO.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="56"/>
        <source>init needs --programme NAME.</source>
        <translation>init potřebuje --programme NÁZEV.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="70"/>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>Tato databáze už obsahuje program „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="94"/>
        <source>Created the programme &quot;%1&quot; (%2) in %3.</source>
        <translation>Program „%1“ (%2) byl vytvořen v %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="95"/>
        <source>Its catalogue holds %1 indicators to report on (ESF+ and examples for the programme).</source>
        <translation>Jeho katalog obsahuje %1 indikátorů, o kterých se podává zpráva (ESF+ a příklady pro program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="102"/>
        <source>Fills an empty database with a synthetic demo programme.</source>
        <translation>Naplní prázdnou databázi syntetickým ukázkovým programem.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="103"/>
        <source>How many people (default 1000).</source>
        <translation>Kolik osob (výchozí 1000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="104"/>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>Náhodné semínko; stejné semínko dává stejná data (výchozí 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="105"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="106"/>
        <source>The last day of the two years of history (default today).</source>
        <translation>Poslední den dvouleté historie (výchozí dnes).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="108"/>
        <source>Print only the summary.</source>
        <translation>Vypsat jen souhrn.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="118"/>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>--people musí být celé číslo od 1 do %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="124"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed musí být celé číslo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="130"/>
        <source>--today must be a real date written as YYYY-MM-DD.</source>
        <translation>--today musí být skutečné datum ve tvaru RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="139"/>
        <source>%1% of people written</source>
        <translation>Zapsáno %1 % osob</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="156"/>
        <source>Demo programme written to %1 in %2 s:</source>
        <translation>Ukázkový program zapsán do %1 za %2 s:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="158"/>
        <source>  %1 localities, %2 staff, %3 households, %4 people</source>
        <translation>  lokality: %1, pracovníci: %2, domácnosti: %3, osoby: %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="164"/>
        <source>  %1 plans with %2 goals, %3 visits and services, %4 referrals</source>
        <translation>  plány: %1 s cíli: %2, návštěvy a služby: %3, zprostředkování: %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="170"/>
        <source>  %1 group events with %2 attendances; %3 records in all</source>
        <translation>  skupinové akce: %1 s účastmi: %2; celkem záznamů: %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="180"/>
        <source>Prints every synced record as one JSON object a line, sorted, without machine-local data.</source>
        <translation>Vypíše každý synchronizovaný záznam jako jeden objekt JSON na řádek, seřazeně, bez dat specifických pro počítač.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="181"/>
        <source>Write to this file instead of standard output.</source>
        <translation>Zapsat do tohoto souboru místo na standardní výstup.</translation>
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
        <translation>SOUBOR</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="193"/>
        <location filename="../../app/cli/CommandsData.cpp" line="201"/>
        <source>%1 cannot be written.</source>
        <translation>%1 nelze zapsat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="215"/>
        <source>Checks the database: SQLite integrity, foreign keys and Fieldcase&apos;s own invariants.</source>
        <translation>Zkontroluje databázi: integritu SQLite, cizí klíče a vlastní invarianty Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="228"/>
        <source>%1: no problems found.</source>
        <translation>%1: nenalezeny žádné problémy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsData.cpp" line="234"/>
        <source>fieldcase-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>fieldcase-cli: nalezen %n problém.</numerusform>
            <numerusform>fieldcase-cli: nalezeny %n problémy.</numerusform>
            <numerusform>fieldcase-cli: nalezeno %n problémů.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="240"/>
        <source>Applies a batch of create, update and delete operations (JSON lines), all or nothing.</source>
        <translation>Použije dávku operací create, update a delete (řádky JSON), buď celou, nebo vůbec.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="241"/>
        <source>The batch file, or - for standard input.</source>
        <translation>Soubor dávky, nebo - pro standardní vstup.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="246"/>
        <source>apply needs exactly one batch FILE.</source>
        <translation>apply potřebuje právě jeden SOUBOR dávky.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="254"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="141"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="142"/>
        <source>%1 cannot be read.</source>
        <translation>%1 nelze přečíst.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="263"/>
        <source>Nothing of the batch was written.</source>
        <translation>Z dávky nebylo zapsáno nic.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="266"/>
        <source>Applied %1: %2 created, %3 updated, %4 deleted.</source>
        <translation>Použito %1: vytvořeno %2, změněno %3, smazáno %4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="279"/>
        <source>create a database for a programme</source>
        <translation>vytvořit databázi pro program</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="280"/>
        <source>fill an empty database with a synthetic demo programme</source>
        <translation>naplnit prázdnou databázi syntetickým ukázkovým programem</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="281"/>
        <source>print all synced data, canonical and sorted</source>
        <translation>vypsat všechna synchronizovaná data, kanonicky a seřazeně</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="282"/>
        <source>check integrity, foreign keys and invariants</source>
        <translation>zkontrolovat integritu, cizí klíče a invarianty</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="283"/>
        <source>apply a batch of operations (JSON lines), all or nothing</source>
        <translation>použít dávku operací (řádky JSON), buď celou, nebo vůbec</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="33"/>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Soubor s přístupovou frází %1 nelze přečíst.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="53"/>
        <source>this copy</source>
        <translation>tato kopie</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="55"/>
        <source>central copy</source>
        <translation>centrální kopie</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="61"/>
        <source>%1 (device clock)</source>
        <translation>%1 (hodiny zařízení)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="65"/>
        <source>Enrols a laptop: writes its enrolment file (keys, caseload and reference data), protected by a passphrase.</source>
        <translation>Zaregistruje notebook: zapíše jeho registrační soubor (klíče, klienty pracovníka a referenční data), chráněný přístupovou frází.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <source>A name for the laptop.</source>
        <translation>Název notebooku.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="68"/>
        <source>The staff member (account or full name) who uses it.</source>
        <translation>Pracovník (účet nebo celé jméno), který notebook používá.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="70"/>
        <source>The enrolment file to write.</source>
        <translation>Registrační soubor, který se má zapsat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="72"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE); without either a passphrase is made and printed.</source>
        <translation>Načíst přístupovou frázi z tohoto souboru (nebo nastavte FIELDCASE_PASSPHRASE); bez obojího se fráze vytvoří a vypíše.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="80"/>
        <source>enrol needs --%1.</source>
        <translation>enrol potřebuje --%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="100"/>
        <source>Enrolled the laptop &quot;%1&quot; (device %2): %n record(s) of caseload and reference data in %3.</source>
        <translation>
            <numerusform>Notebook „%1“ (zařízení %2) zaregistrován: %n záznam klientů a referenčních dat v %3.</numerusform>
            <numerusform>Notebook „%1“ (zařízení %2) zaregistrován: %n záznamy klientů a referenčních dat v %3.</numerusform>
            <numerusform>Notebook „%1“ (zařízení %2) zaregistrován: %n záznamů klientů a referenčních dat v %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="105"/>
        <source>Passphrase: %1</source>
        <translation>Přístupová fráze: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="106"/>
        <source>Give the passphrase to the worker separately, never together with the file.</source>
        <translation>Přístupovou frázi předejte pracovníkovi zvlášť, nikdy ne spolu se souborem.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="108"/>
        <source>Central copy&apos;s key: %1</source>
        <translation>Klíč centrální kopie: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="109"/>
        <source>Tell it to the worker (read it out or print it), who gives it to join with --central-key, so that the laptop refuses an enrolment file that another copy made.</source>
        <translation>Sdělte ho pracovníkovi (přečtěte ho nahlas nebo vytiskněte), který ho zadá u join pomocí --central-key, aby notebook odmítl registrační soubor vytvořený jinou kopií.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="117"/>
        <source>Makes a new, empty database the laptop&apos;s copy of a programme, from an enrolment file.</source>
        <translation>Podle registračního souboru vytvoří z nové, prázdné databáze kopii programu pro notebook.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="118"/>
        <source>The enrolment file.</source>
        <translation>Registrační soubor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="120"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE).</source>
        <translation>Načíst přístupovou frázi z tohoto souboru (nebo nastavte FIELDCASE_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="122"/>
        <source>The central copy&apos;s key as the supervisor gave it (printed by enrol): an enrolment file signed with another key is refused.</source>
        <translation>Klíč centrální kopie, jak ho sdělil vedoucí (vytištěný příkazem enrol): registrační soubor podepsaný jiným klíčem bude odmítnut.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="124"/>
        <source>FINGERPRINT</source>
        <translation>OTISK</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="129"/>
        <source>join needs exactly one enrolment FILE.</source>
        <translation>join potřebuje právě jeden registrační SOUBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="136"/>
        <source>join needs the passphrase: --passphrase-file FILE or the environment variable FIELDCASE_PASSPHRASE.</source>
        <translation>join potřebuje přístupovou frázi: --passphrase-file SOUBOR nebo proměnnou prostředí FIELDCASE_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="150"/>
        <source>Joined as &quot;%1&quot;: %n record(s) received.</source>
        <translation>
            <numerusform>Připojeno jako „%1“: přijat %n záznam.</numerusform>
            <numerusform>Připojeno jako „%1“: přijaty %n záznamy.</numerusform>
            <numerusform>Připojeno jako „%1“: přijato %n záznamů.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="153"/>
        <source>Central copy&apos;s key: %1 (the key given: checked).</source>
        <translation>Klíč centrální kopie: %1 (se zadaným klíčem: ověřeno).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="155"/>
        <source>Central copy&apos;s key: %1 (not checked).</source>
        <translation>Klíč centrální kopie: %1 (neověřeno).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="156"/>
        <source>Compare it with the key your supervisor reads out or printed. If they differ, this file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Porovnejte ho s klíčem, který vám vedoucí přečte nebo vytiskl. Pokud se liší, tento soubor nevytvořila vaše centrální kopie: tuto databázi nepoužívejte a informujte svého vedoucího.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="164"/>
        <source>Writes the laptop&apos;s changes since its last export, encrypted to the central copy and signed.</source>
        <translation>Zapíše změny notebooku od posledního exportu, zašifrované pro centrální kopii a podepsané.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="166"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="408"/>
        <source>The package file to write.</source>
        <translation>Soubor balíčku, který se má zapsat.</translation>
    </message>
    <message>
        <source>Export every change made on this laptop again (when a file was lost).</source>
        <translation type="vanished">Znovu exportovat všechny změny provedené na tomto notebooku (když se soubor ztratil).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="168"/>
        <source>Export every change made on this laptop, in a file that stands in for all earlier ones (when a file was lost, or the central copy says it waits for one).</source>
        <translation>Exportovat všechny změny provedené na tomto notebooku do souboru, který nahradí všechny dřívější (když se soubor ztratil nebo když centrální kopie hlásí, že na nějaký čeká).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="174"/>
        <source>export needs --out FILE.</source>
        <translation>export potřebuje --out SOUBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="185"/>
        <source>Nothing new to export: every change was in an earlier file. No file was written.</source>
        <translation>Nic nového k exportu: každá změna už byla v dřívějším souboru. Žádný soubor nebyl zapsán.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="189"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.</source>
        <translation>
            <numerusform>Exportována %n změna jako soubor %1 tohoto notebooku do %2, včetně všeho od souboru %3.</numerusform>
            <numerusform>Exportovány %n změny jako soubor %1 tohoto notebooku do %2, včetně všeho od souboru %3.</numerusform>
            <numerusform>Exportováno %n změn jako soubor %1 tohoto notebooku do %2, včetně všeho od souboru %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="197"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2.</source>
        <translation>
            <numerusform>Exportována %n změna jako soubor %1 tohoto notebooku do %2.</numerusform>
            <numerusform>Exportovány %n změny jako soubor %1 tohoto notebooku do %2.</numerusform>
            <numerusform>Exportováno %n změn jako soubor %1 tohoto notebooku do %2.</numerusform>
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
        <translation> (soubor %1 z %2, včetně všeho od souboru %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="222"/>
        <source> (file %1 from %2)</source>
        <translation> (soubor %1 z %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 refused change(s)</source>
        <translation type="vanished">nové: %1, změněné: %2, již přítomné: %3, v konfliktu: %4, možné duplicity: %5, odmítnuté změny: %6</translation>
    </message>
    <message>
        <source>refused change: %1</source>
        <translation type="vanished">odmítnutá změna: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="253"/>
        <source>possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>možná duplicita: %1 (%2) a %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="258"/>
        <source>also merged, after waiting: %1</source>
        <translation>také sloučeno po čekání: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="261"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="305"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="566"/>
        <source>backup before merging: %1</source>
        <translation>záloha před sloučením: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="266"/>
        <source>Merges exchange files: laptops&apos; exports into the central copy, or a return package into a laptop.</source>
        <translation>Sloučí soubory výměny: exporty z notebooků do centrální kopie, nebo zpětný balíček do notebooku.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>The files, in any order.</source>
        <translation>Soubory, v libovolném pořadí.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>FILE...</source>
        <translation>SOUBOR...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="269"/>
        <source>Only show what merging would do; write nothing.</source>
        <translation>Jen ukázat, co by sloučení udělalo; nic nezapisovat.</translation>
    </message>
    <message>
        <source>Do not copy the database aside before each file.</source>
        <translation type="vanished">Před každým souborem nezálohovat databázi.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="233"/>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 set aside</source>
        <translation>nové: %1, změněné: %2, již přítomné: %3, v konfliktu: %4, možné duplicity: %5, odložené: %6</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="243"/>
        <source>set aside: %1</source>
        <translation>odloženo: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="247"/>
        <source>Changes set aside are kept, and merged as soon as this copy can use them (once Fieldcase is updated); fieldcase-cli quarantine lists them.</source>
        <translation>Odložené změny zůstávají uchovány a budou sloučeny, jakmile je tato kopie bude moci použít (po aktualizaci Fieldcase); vypíše je fieldcase-cli quarantine.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="270"/>
        <source>Do not copy the database aside before merging.</source>
        <translation>Před slučováním databázi nikam nekopírujte.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="275"/>
        <source>merge needs at least one FILE.</source>
        <translation>merge potřebuje alespoň jeden SOUBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="286"/>
        <source>Merging %1…</source>
        <translation>Slučuje se %1…</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="287"/>
        <source>Merged %1</source>
        <translation>Sloučeno %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="292"/>
        <source>fieldcase-cli: the changes set aside by earlier merges could not be tried again: %1. They are kept.</source>
        <translation>fieldcase-cli: změny odložené dřívějšími slučováními se nepodařilo zkusit znovu: %1. Zůstávají uchovány.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="297"/>
        <source>%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</source>
        <translation>
            <numerusform>%n změna, kterou dřívější slučování odložila, je nyní sloučena (nové: %1, změněné: %2, v konfliktu: %3).</numerusform>
            <numerusform>%n změny, které dřívější slučování odložila, jsou nyní sloučeny (nové: %1, změněné: %2, v konfliktu: %3).</numerusform>
            <numerusform>%n změn, které dřívější slučování odložila, je nyní sloučeno (nové: %1, změněné: %2, v konfliktu: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="314"/>
        <source>Dry run: nothing was written.</source>
        <translation>Zkušební běh: nic nebylo zapsáno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="317"/>
        <source>fieldcase-cli: %n file(s) refused; the database is unchanged by them.</source>
        <translation>
            <numerusform>fieldcase-cli: %n soubor odmítnut; databázi nezměnil.</numerusform>
            <numerusform>fieldcase-cli: %n soubory odmítnuty; databázi nezměnily.</numerusform>
            <numerusform>fieldcase-cli: %n souborů odmítnuto; databázi nezměnily.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="325"/>
        <source>Lists the open conflicts, one a line.</source>
        <translation>Vypíše otevřené konflikty, jeden na řádek.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5]</source>
        <translation>%1=%2 [%3, %4, %5]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5, of the merged duplicate]</source>
        <translation>%1=%2 [%3, %4, %5, ze sloučené duplicity]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="352"/>
        <source>deleted-vs-edited</source>
        <translation>smazáno-vs-upraveno</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="354"/>
        <source>special category: decide explicitly</source>
        <translation>zvláštní kategorie: rozhodněte výslovně</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="357"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n otevřený konflikt.</numerusform>
            <numerusform>%n otevřené konflikty.</numerusform>
            <numerusform>%n otevřených konfliktů.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="362"/>
        <source>Decides one conflict; the decision travels back to the laptops.</source>
        <translation>Rozhodne jeden konflikt; rozhodnutí se vrátí do notebooků.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="363"/>
        <source>The conflict number (from conflicts).</source>
        <translation>Číslo konfliktu (z příkazu conflicts).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="364"/>
        <source>The version to keep: a, b (c... when there are more).</source>
        <translation>Verze, která se ponechá: a, b (c... pokud je jich více).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="365"/>
        <source>a|b</source>
        <translation>a|b</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>A new value instead of one of the versions.</source>
        <translation>Nová hodnota místo jedné z verzí.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="373"/>
        <source>resolve needs --conflict ID, a number from fieldcase-cli conflicts.</source>
        <translation>resolve potřebuje --conflict ID, číslo z fieldcase-cli conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="377"/>
        <source>resolve needs either --take a|b or --value TEXT.</source>
        <translation>resolve potřebuje buď --take a|b, nebo --value TEXT.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="388"/>
        <source>--take must be a letter: a, b, ...</source>
        <translation>--take musí být písmeno: a, b, ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="397"/>
        <source>Conflict %1 decided; the decision is logged (change %2) and goes back to the laptops.</source>
        <translation>Konflikt %1 je rozhodnut; rozhodnutí je zaznamenáno (změna %2) a vrátí se do notebooků.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="405"/>
        <source>Writes a laptop&apos;s return package: its updated caseload, reference data and decided conflicts.</source>
        <translation>Zapíše zpětný balíček pro notebook: aktualizované klienty pracovníka, referenční data a rozhodnuté konflikty.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="407"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="478"/>
        <source>The laptop (its name or device id).</source>
        <translation>Notebook (jeho název nebo id zařízení).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="410"/>
        <source>Send the laptop&apos;s whole caseload history, in a package that stands in for all earlier ones (when a return package was lost, or the laptop says it waits for one).</source>
        <translation>Odeslat notebooku celou historii jeho klientů v balíčku, který nahradí všechny dřívější (když se zpětný balíček ztratil nebo když notebook hlásí, že na nějaký čeká).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="416"/>
        <source>return needs --device ID and --out FILE.</source>
        <translation>return potřebuje --device ID a --out SOUBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="428"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nic nového pro „%1“: notebook už má vše. Žádný soubor nebyl zapsán.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="434"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3, with everything since return package %4.</source>
        <translation>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změna do %3, včetně všeho od zpětného balíčku %4.</numerusform>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změny do %3, včetně všeho od zpětného balíčku %4.</numerusform>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změn do %3, včetně všeho od zpětného balíčku %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="443"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3.</source>
        <translation>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změna do %3.</numerusform>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změny do %3.</numerusform>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změn do %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="451"/>
        <source>Lists the laptops enrolled in this central copy.</source>
        <translation>Vypíše notebooky zaregistrované v této centrální kopii.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>revoked</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="466"/>
        <source>last file merged: %1</source>
        <translation>poslední sloučený soubor: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="470"/>
        <source>This central copy&apos;s key: %1</source>
        <translation>Klíč této centrální kopie: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="477"/>
        <source>Withdraws a laptop&apos;s enrolment (lost or stolen): its files are refused from now on.</source>
        <translation>Zruší registraci notebooku (ztraceného nebo odcizeného): jeho soubory budou od nynějška odmítány.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="494"/>
        <source>The laptop &quot;%1&quot; is revoked; its files will be refused.</source>
        <translation>Registrace notebooku „%1“ je zrušena; jeho soubory budou odmítány.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="499"/>
        <source>Lists possible duplicate persons found while merging.</source>
        <translation>Vypíše možné duplicitní osoby nalezené při slučování.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="515"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n možná duplicita.</numerusform>
            <numerusform>%n možné duplicity.</numerusform>
            <numerusform>%n možných duplicit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="521"/>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; details the kept person lacks are taken over, details both have with different values become conflicts to decide; the duplicate is redirected.</source>
        <translation>Sloučí duplicitní osobu do jiné: všechny návštěvy, plány a souhlasy se přesunou; údaje, které ponechané osobě chybějí, se převezmou, údaje, které mají obě s různými hodnotami, se stanou konflikty k rozhodnutí; duplicita se přesměruje.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="634"/>
        <source>list the changes set aside by merges, or try them again</source>
        <translation>vypsat změny odložené při slučování nebo je zkusit znovu</translation>
    </message>
    <message>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; the duplicate is redirected.</source>
        <translation type="vanished">Sloučí duplicitní osobu do jiné: všechny návštěvy, plány a souhlasy se přesunou; duplicita se přesměruje.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="524"/>
        <source>The person who stays.</source>
        <translation>Osoba, která zůstává.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="525"/>
        <source>The duplicate, merged into the other.</source>
        <translation>Duplicita, která se sloučí do druhé osoby.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="530"/>
        <source>merge-persons needs --keep ID and --merge ID.</source>
        <translation>merge-persons potřebuje --keep ID a --merge ID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="540"/>
        <source>Merged: %n record(s) now point at the person kept.</source>
        <translation>
            <numerusform>Sloučeno: %n záznam nyní odkazuje na ponechanou osobu.</numerusform>
            <numerusform>Sloučeno: %n záznamy nyní odkazují na ponechanou osobu.</numerusform>
            <numerusform>Sloučeno: %n záznamů nyní odkazuje na ponechanou osobu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="542"/>
        <source>%n detail(s) that only the duplicate had were taken over.</source>
        <translation>
            <numerusform>Převzat %n údaj, který měla jen duplicita.</numerusform>
            <numerusform>Převzaty %n údaje, které měla jen duplicita.</numerusform>
            <numerusform>Převzato %n údajů, které měla jen duplicita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="545"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</source>
        <translation>
            <numerusform>%n rozdílná hodnota obou osob čeká na rozhodnutí ve schránce konfliktů: vypište je pomocí conflicts, rozhodněte pomocí resolve. Do té doby platí hodnoty ponechané osoby.</numerusform>
            <numerusform>%n rozdílné hodnoty obou osob čekají na rozhodnutí ve schránce konfliktů: vypište je pomocí conflicts, rozhodněte pomocí resolve. Do té doby platí hodnoty ponechané osoby.</numerusform>
            <numerusform>%n rozdílných hodnot obou osob čeká na rozhodnutí ve schránce konfliktů: vypište je pomocí conflicts, rozhodněte pomocí resolve. Do té doby platí hodnoty ponechané osoby.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="554"/>
        <source>%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</source>
        <translation>
            <numerusform>Sloučena %n změna (nové: %1, změněné: %2, v konfliktu: %3, možné duplicity: %4).</numerusform>
            <numerusform>Sloučeny %n změny (nové: %1, změněné: %2, v konfliktu: %3, možné duplicity: %4).</numerusform>
            <numerusform>Sloučeno %n změn (nové: %1, změněné: %2, v konfliktu: %3, možné duplicity: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="561"/>
        <source>%n change(s) still set aside.</source>
        <translation>
            <numerusform>%n změna je stále odložena.</numerusform>
            <numerusform>%n změny jsou stále odloženy.</numerusform>
            <numerusform>%n změn je stále odloženo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="563"/>
        <source>still set aside: %1</source>
        <translation>stále odloženo: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="572"/>
        <source>Lists the changes that merges set aside because this copy cannot use them (a table or field it does not know, a value it does not accept), as tab-separated lines with a header. They are kept, and merged as soon as this copy can use them.</source>
        <translation>Vypíše změny, které slučování odložila, protože je tato kopie nemůže použít (tabulka nebo pole, které nezná, hodnota, kterou nepřijímá), jako řádky oddělené tabulátory se záhlavím. Zůstávají uchovány a budou sloučeny, jakmile je tato kopie bude moci použít.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="575"/>
        <source>Try them again now: merge those this copy can use (after a backup), and say why the others are still set aside.</source>
        <translation>Zkusit je nyní znovu: sloučit ty, které tato kopie může použít (po vytvoření zálohy), a u ostatních uvést, proč jsou stále odloženy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Table</source>
        <translation>Tabulka</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="608"/>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="615"/>
        <source>%n change(s) set aside.</source>
        <translation>
            <numerusform>Odložena %n změna.</numerusform>
            <numerusform>Odloženy %n změny.</numerusform>
            <numerusform>Odloženo %n změn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="623"/>
        <source>enrol a laptop: write its enrolment file</source>
        <translation>zaregistrovat notebook: zapsat jeho registrační soubor</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="624"/>
        <source>make a new laptop database from an enrolment file</source>
        <translation>vytvořit novou databázi notebooku z registračního souboru</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="625"/>
        <source>write the laptop&apos;s new changes for the central copy</source>
        <translation>zapsat nové změny notebooku pro centrální kopii</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="626"/>
        <source>merge exchange files (preview with --dry-run)</source>
        <translation>sloučit soubory výměny (náhled pomocí --dry-run)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="627"/>
        <source>list open conflicts</source>
        <translation>vypsat otevřené konflikty</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="628"/>
        <source>decide a conflict</source>
        <translation>rozhodnout konflikt</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="629"/>
        <source>write a laptop&apos;s return package</source>
        <translation>zapsat zpětný balíček pro notebook</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="630"/>
        <source>list enrolled laptops</source>
        <translation>vypsat zaregistrované notebooky</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="631"/>
        <source>withdraw a laptop&apos;s enrolment</source>
        <translation>zrušit registraci notebooku</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="632"/>
        <source>list possible duplicate persons</source>
        <translation>vypsat možné duplicitní osoby</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="633"/>
        <source>merge a duplicate person into another</source>
        <translation>sloučit duplicitní osobu do jiné</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="28"/>
        <source>Prints a document to PDF: a development plan, a plan review, a visit record, an attendance sheet, a consent form or a case summary; or, for municipality staff, every plan of a locality that awaits signature, in one PDF.</source>
        <translation>Vytiskne dokument do PDF: individuální plán, revizi plánu, záznam o návštěvě, prezenční listinu, formulář souhlasu nebo souhrn případu; nebo pro pracovníky obce všechny plány lokality, které čekají na podpis, v jednom PDF.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>The document: %1.</source>
        <translation>Dokument: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="33"/>
        <source>The record to print: a plan, plan review, activity, event, consent or person id.</source>
        <translation>Záznam k tisku: id plánu, revize plánu, aktivity, akce, souhlasu nebo osoby.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="35"/>
        <source>Print a batch for this locality (with --awaiting-signature).</source>
        <translation>Vytisknout dávku pro tuto lokalitu (s --awaiting-signature).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="37"/>
        <source>The batch: every plan whose status is awaiting signature.</source>
        <translation>Dávka: všechny plány ve stavu čeká na podpis.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>The PDF file to write.</source>
        <translation>Soubor PDF, který se má zapsat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>SOUBOR.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="45"/>
        <source>print needs --out FILE.pdf, the file to write.</source>
        <translation>print potřebuje --out SOUBOR.pdf, soubor k zápisu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="51"/>
        <source>Give either --kind and --id for one document, or --locality ID --awaiting-signature for a batch, not both.</source>
        <translation>Zadejte buď --kind a --id pro jeden dokument, nebo --locality ID --awaiting-signature pro dávku, ne obojí.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="55"/>
        <source>A batch needs both --locality ID and --awaiting-signature.</source>
        <translation>Dávka potřebuje --locality ID i --awaiting-signature.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="59"/>
        <source>print needs --kind KIND and --id ID (or --locality ID --awaiting-signature for a batch).</source>
        <translation>print potřebuje --kind DRUH a --id ID (nebo --locality ID --awaiting-signature pro dávku).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="64"/>
        <source>Unknown document kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>Neznámý druh dokumentu „%1“. Druhy jsou: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="82"/>
        <source>No plan in locality %1 awaits signature; nothing was written.</source>
        <translation>V lokalitě %1 nečeká na podpis žádný plán; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="93"/>
        <source>Wrote %1: documents %2, pages %3.</source>
        <translation>Zapsáno %1: dokumenty %2, strany %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="100"/>
        <source>Sets or removes the logos printed in the letterhead of documents on this machine (PNG, JPEG or SVG).</source>
        <translation>Nastaví nebo odebere loga tištěná v záhlaví dokumentů na tomto počítači (PNG, JPEG nebo SVG).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="102"/>
        <source>The image for the left of the letterhead.</source>
        <translation>Obrázek pro levou stranu záhlaví.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="103"/>
        <source>The image for the right of the letterhead.</source>
        <translation>Obrázek pro pravou stranu záhlaví.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="104"/>
        <source>Remove the left logo.</source>
        <translation>Odebrat levé logo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="105"/>
        <source>Remove the right logo.</source>
        <translation>Odebrat pravé logo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="106"/>
        <source>The programme (default: the first of the database).</source>
        <translation>Program (výchozí: první v databázi).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="115"/>
        <source>logo needs --left FILE, --right FILE, --clear-left or --clear-right.</source>
        <translation>logo potřebuje --left SOUBOR, --right SOUBOR, --clear-left nebo --clear-right.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="132"/>
        <source>The database holds no programme; create one with init.</source>
        <translation>Databáze neobsahuje žádný program; vytvořte ho příkazem init.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="148"/>
        <source>The %1 logo is now %2.</source>
        <translation>Logo (%1) je nyní %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="158"/>
        <source>The %1 logo was removed.</source>
        <translation>Logo (%1) bylo odebráno.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="175"/>
        <source>prints plans, visit records, attendance sheets, consent forms to PDF</source>
        <translation>tiskne plány, záznamy o návštěvách, prezenční listiny a formuláře souhlasu do PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="177"/>
        <source>sets the logos of the letterhead of printed documents</source>
        <translation>nastavuje loga v záhlaví tištěných dokumentů</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="32"/>
        <source>Writes a report of the programme to CSV, XLSX or PDF: the ESF common indicators on participants, or the programme&apos;s indicators planned against achieved. ESF reports are made for outside the programme (counts of 1 to 4 people suppressed, no names) unless --internal is given; indicator reports are internal unless --outside is given.</source>
        <translation>Zapíše zprávu o programu do CSV, XLSX nebo PDF: společné indikátory ESF pro účastníky, nebo indikátory programu – plánované oproti dosaženým. Zprávy ESF se vytvářejí pro použití mimo program (počty 1 až 4 osob potlačeny, bez jmen), pokud není zadáno --internal; zprávy o indikátorech jsou interní, pokud není zadáno --outside.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="37"/>
        <source>The ESF common indicators on participants: 2021 (ESF+ 2021-2027) or 2014 (ESF 2014-2020).</source>
        <translation>Společné indikátory ESF pro účastníky: 2021 (ESF+ 2021-2027) nebo 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="38"/>
        <source>SET</source>
        <translation>SADA</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="39"/>
        <source>The programme&apos;s indicators, planned against achieved.</source>
        <translation>Indikátory programu, plánované oproti dosaženým.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="41"/>
        <source>The first day of the period (default: the programme&apos;s start date, else 1 January of this year).</source>
        <translation>První den období (výchozí: datum zahájení programu, jinak 1. leden tohoto roku).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="45"/>
        <source>The last day of the period (default: the programme&apos;s end date, else 31 December of this year).</source>
        <translation>Poslední den období (výchozí: datum ukončení programu, jinak 31. prosinec tohoto roku).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="48"/>
        <source>Only this locality (default: the whole programme).</source>
        <translation>Pouze tato lokalita (výchozí: celý program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="51"/>
        <source>For use inside the programme: small counts are not suppressed. Such a file must not leave the programme.</source>
        <translation>Pro použití uvnitř programu: malé počty se nepotlačují. Takový soubor nesmí opustit program.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="54"/>
        <source>For outside the programme: small counts suppressed, names and ids left out (the default for --esf).</source>
        <translation>Pro použití mimo program: malé počty potlačeny, jména a id vynechána (výchozí pro --esf).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="57"/>
        <source>The file format: %1.</source>
        <translation>Formát souboru: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="58"/>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="59"/>
        <source>The file to write.</source>
        <translation>Soubor, který se má zapsat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="66"/>
        <source>Give either --esf or --indicators, not both.</source>
        <translation>Zadejte buď --esf, nebo --indicators, ne obojí.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="67"/>
        <source>report needs the report to make: --esf 2021, --esf 2014 or --indicators.</source>
        <translation>report potřebuje zprávu, kterou má vytvořit: --esf 2021, --esf 2014 nebo --indicators.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="78"/>
        <source>Unknown ESF indicator set &quot;%1&quot;. Give --esf 2021 (ESF+ 2021-2027) or --esf 2014 (ESF 2014-2020).</source>
        <translation>Neznámá sada indikátorů ESF „%1“. Zadejte --esf 2021 (ESF+ 2021-2027) nebo --esf 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="84"/>
        <source>Give either --internal or --outside, not both.</source>
        <translation>Zadejte buď --internal, nebo --outside, ne obojí.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="88"/>
        <source>report needs --format FORMAT: %1.</source>
        <translation>report potřebuje --format FORMÁT: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="93"/>
        <source>Unknown format &quot;%1&quot;. The formats are: %2.</source>
        <translation>Neznámý formát „%1“. Formáty jsou: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="98"/>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report potřebuje --out SOUBOR, soubor, který se má zapsat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="135"/>
        <source>%1 to %2</source>
        <translation>%1 až %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="137"/>
        <source>Wrote %1 (%2): %n row(s), for outside the programme; cells suppressed: %3.</source>
        <translation>
            <numerusform>Zapsáno %1 (%2): %n řádek, pro použití mimo program; potlačené buňky: %3.</numerusform>
            <numerusform>Zapsáno %1 (%2): %n řádky, pro použití mimo program; potlačené buňky: %3.</numerusform>
            <numerusform>Zapsáno %1 (%2): %n řádků, pro použití mimo program; potlačené buňky: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="143"/>
        <source>Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave the programme.</source>
        <translation>
            <numerusform>Zapsáno %1 (%2): %n řádek, interní: malé počty jsou zobrazeny, proto soubor nesmí opustit program.</numerusform>
            <numerusform>Zapsáno %1 (%2): %n řádky, interní: malé počty jsou zobrazeny, proto soubor nesmí opustit program.</numerusform>
            <numerusform>Zapsáno %1 (%2): %n řádků, interní: malé počty jsou zobrazeny, proto soubor nesmí opustit program.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="156"/>
        <source>writes the ESF indicators or planned against achieved to CSV, XLSX or PDF</source>
        <translation>zapíše indikátory ESF nebo plánované oproti dosaženým do CSV, XLSX nebo PDF</translation>
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
        <translation>Otevřený konflikt číslo %1 neexistuje. Možná už byl vyřešen; vypište otevřené konflikty znovu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="130"/>
        <source>(deleted)</source>
        <translation>(smazáno)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="141"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="143"/>
        <source>(kept: still pointed at by %1)</source>
        <translation>(ponecháno: stále na něj odkazuje %1)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="153"/>
        <source>(edited)</source>
        <translation>(upraveno)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="161"/>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/ConflictStore.cpp" line="170"/>
        <source>Conflict %1 has %n version(s); choose one of them.</source>
        <translation>
            <numerusform>Konflikt %1 má %n verzi; zvolte jednu z nich.</numerusform>
            <numerusform>Konflikt %1 má %n verze; zvolte jednu z nich.</numerusform>
            <numerusform>Konflikt %1 má %n verzí; zvolte jednu z nich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="180"/>
        <source>Conflict %1: this record cannot stay deleted while other records point at it. Keep it, or first change the records that point at it and decide again.</source>
        <translation>Konflikt %1: tento záznam nemůže zůstat smazaný, dokud na něj odkazují jiné záznamy. Ponechte ho, nebo nejprve změňte záznamy, které na něj odkazují, a rozhodněte znovu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="196"/>
        <source>A deleted record is kept deleted or restored; choose one of the versions.</source>
        <translation>Smazaný záznam zůstane smazaný, nebo se obnoví; zvolte jednu z verzí.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="210"/>
        <source>%1 is required and cannot be left empty.</source>
        <translation>Pole „%1“ je povinné a nesmí zůstat prázdné.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="222"/>
        <source>Conflict %1 decided</source>
        <translation>Konflikt %1 rozhodnut</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="248"/>
        <source>Conflict %1 decided: stays deleted</source>
        <translation>Konflikt %1 rozhodnut: zůstává smazáno</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="249"/>
        <source>Conflict %1 decided: restored</source>
        <translation>Konflikt %1 rozhodnut: obnoveno</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="8"/>
        <source>I agree that the programme team records my personal data and the data of my household that are needed for our work together: names, dates of birth, contact details, the development plan, visits, services and agreements.</source>
        <translation>Souhlasím s tím, aby tým programu zaznamenával mé osobní údaje a údaje mé domácnosti, které jsou potřebné pro naši společnou práci: jména, data narození, kontaktní údaje, individuální plán, návštěvy, služby a dohody.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="11"/>
        <source>The data are used only to plan and provide support to me and my family and to report to the funder in a form that does not identify me.</source>
        <translation>Údaje se používají pouze k plánování a poskytování podpory mně a mé rodině a k vykazování poskytovateli dotace ve formě, která mě neidentifikuje.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="15"/>
        <source>I agree that the programme team shares the data needed for my support with the services named in my development plan (for example the family support service, the job centre, the school or the district nurse).</source>
        <translation>Souhlasím s tím, aby tým programu sdílel údaje potřebné pro mou podporu se službami uvedenými v mém individuálním plánu (například se sociálně aktivizační službou pro rodiny s dětmi, úřadem práce, školou nebo zdravotní sestrou).</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="18"/>
        <source>Only the data that a service needs for the task are shared, and each sharing is recorded.</source>
        <translation>Sdílejí se jen údaje, které služba k danému úkolu potřebuje, a každé sdílení se zaznamenává.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="21"/>
        <source>I agree that the programme team refers me to another service and sends that service my name, contact details and the reason for the referral.</source>
        <translation>Souhlasím s tím, aby mě tým programu zprostředkoval jiné službě a poslal jí mé jméno, kontaktní údaje a důvod zprostředkování.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="23"/>
        <source>The receiving service tells the team whether it accepted the referral and how it ended.</source>
        <translation>Přijímající služba sdělí týmu, zda zprostředkování přijala a jak skončilo.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="26"/>
        <source>I agree that the programme records data about my health, disability or ethnic origin, which the law protects specially, because I want them taken into account in my support.</source>
        <translation>Souhlasím s tím, aby program zaznamenával údaje o mém zdraví, zdravotním postižení nebo etnickém původu, které zákon zvlášť chrání, protože chci, aby byly při mé podpoře brány v úvahu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="28"/>
        <source>These data are seen only by the staff who work with me and are never printed in reports that leave the programme.</source>
        <translation>Tyto údaje vidí pouze pracovníci, kteří se mnou pracují, a nikdy se netisknou ve zprávách, které opouštějí program.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="32"/>
        <source>I agree that photographs or video in which I can be recognised are taken at programme events and used in the programme&apos;s reports and publications.</source>
        <translation>Souhlasím s tím, aby na akcích programu byly pořizovány fotografie nebo video, na kterých mě lze poznat, a aby byly použity ve zprávách a publikacích programu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="34"/>
        <source>I can ask at any time that a picture of me is not used again.</source>
        <translation>Kdykoli mohu požádat, aby snímek, na kterém jsem, již nebyl znovu použit.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="37"/>
        <source>I agree that the programme records the data the funder requires at entry and exit (labour status, education, household situation) and contacts me up to six months after I leave the programme to ask about my situation.</source>
        <translation>Souhlasím s tím, aby program zaznamenal údaje, které poskytovatel dotace vyžaduje při vstupu a výstupu (postavení na trhu práce, vzdělání, situace domácnosti), a aby mě až šest měsíců po odchodu z programu kontaktoval s dotazem na mou situaci.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="40"/>
        <source>The funder receives these data only as totals that do not identify anyone.</source>
        <translation>Poskytovatel dotace dostává tyto údaje pouze jako souhrnná čísla, která nikoho neidentifikují.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="46"/>
        <source>My consent is voluntary. If I do not give it, or withdraw it later, I still receive the support that does not depend on it.</source>
        <translation>Můj souhlas je dobrovolný. Pokud ho neudělím nebo ho později odvolám, dostávám i nadále podporu, která na něm nezávisí.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="48"/>
        <source>I can withdraw this consent at any time, in writing or by telling a member of the team; the withdrawal applies from that day on.</source>
        <translation>Tento souhlas mohu kdykoli odvolat, písemně nebo tím, že to řeknu členovi týmu; odvolání platí od toho dne.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="50"/>
        <source>I have the right to see the data kept about me, to have mistakes corrected and, where the law allows, to have data erased. I can complain to the data protection authority.</source>
        <translation>Mám právo nahlédnout do údajů, které jsou o mně vedeny, nechat opravit chyby a tam, kde to zákon dovoluje, nechat údaje vymazat. Mohu podat stížnost u Úřadu pro ochranu osobních údajů.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="32"/>
        <location filename="../../core/storage/Database.cpp" line="364"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disk je plný. Uvolněte místo a zkuste to znovu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="36"/>
        <location filename="../../core/storage/Database.cpp" line="361"/>
        <source>The database is busy in another window or program. Close it there and try again.</source>
        <translation>Databáze je používána v jiném okně nebo programu. Zavřete ji tam a zkuste to znovu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="40"/>
        <location filename="../../core/storage/Database.cpp" line="366"/>
        <source>The database reported an error; nothing was changed.</source>
        <translation>Databáze ohlásila chybu; nic nebylo změněno.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="91"/>
        <source>There is no database at %1.</source>
        <translation>V %1 není žádná databáze.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="94"/>
        <source>%1 is not a file. Choose a database file.</source>
        <translation>%1 není soubor. Zvolte soubor databáze.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="97"/>
        <source>The folder for %1 could not be created.</source>
        <translation>Složku pro %1 se nepodařilo vytvořit.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="105"/>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Chybí ovladač SQLite pro Qt. Nainstalujte balíček libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="109"/>
        <source>The database %1 could not be opened.</source>
        <translation>Databázi %1 se nepodařilo otevřít.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>The SQLite connection could not be configured.</source>
        <translation>Připojení SQLite se nepodařilo nastavit.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="144"/>
        <source>%1 is not a Fieldcase database, or it is damaged. Open another file.</source>
        <translation>%1 není databáze Fieldcase, nebo je poškozená. Otevřete jiný soubor.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="182"/>
        <source>This database was made by a newer version of Fieldcase (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Tuto databázi vytvořila novější verze Fieldcase (schéma %1; tato verze zná nejvýše %2). Pro její otevření nainstalujte novější verzi.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="194"/>
        <source>Before upgrading the database, a copy could not be written to %1; the database was left as it was. Free some disk space and open the database again.</source>
        <translation>Před aktualizací databáze se nepodařilo zapsat kopii do %1; databáze zůstala beze změny. Uvolněte místo na disku a otevřete databázi znovu.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="294"/>
        <location filename="../../core/storage/Database.cpp" line="338"/>
        <source>The backup %1 could not be written.</source>
        <translation>Zálohu %1 se nepodařilo zapsat.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="299"/>
        <location filename="../../core/storage/Database.cpp" line="333"/>
        <source>The backup %1 could not be written (is the disk full?).</source>
        <translation>Zálohu %1 se nepodařilo zapsat (není disk plný?).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="412"/>
        <source>The database undid this change after an error (is the disk full?); nothing of it was stored. Try again.</source>
        <translation>Databáze po chybě tuto změnu vrátila (není disk plný?); nic z ní nebylo uloženo. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Before upgrading the database, a copy could not be written to %1. Free some disk space and open the database again.</source>
        <translation type="vanished">Před aktualizací databáze se nepodařilo zapsat kopii do %1. Uvolněte místo na disku a otevřete databázi znovu.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="210"/>
        <source>The database could not be upgraded to schema %1 (%2). It was left as it was.</source>
        <translation>Databázi se nepodařilo aktualizovat na schéma %1 (%2). Zůstala beze změny.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="213"/>
        <source>The database could not be upgraded to schema %1 (%2). It stays at schema %3, complete and consistent, and a copy from before the upgrade is at %4. Open it again once the cause below is fixed.</source>
        <translation>Databázi se nepodařilo aktualizovat na schéma %1 (%2). Zůstává ve schématu %3, úplná a konzistentní, a kopie z doby před aktualizací je v %4. Otevřete ji znovu, až bude odstraněna níže uvedená příčina.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="41"/>
        <source>The change was already undone; nothing was stored.</source>
        <translation>Změna už byla vrácena; nic nebylo uloženo.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="54"/>
        <source>The demo data could not be written; nothing was saved. %1</source>
        <translation>Ukázková data se nepodařilo zapsat; nic nebylo uloženo. %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="63"/>
        <source>Demo data can be made for 1 to %1 people; %2 is outside that range.</source>
        <translation>Ukázková data lze vytvořit pro 1 až %1 osob; %2 je mimo tento rozsah.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="73"/>
        <source>The demo&apos;s history must end today or earlier; %1 is in the future.</source>
        <translation>Historie ukázky musí končit dnes nebo dříve; %1 je v budoucnosti.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="82"/>
        <source>Demo data is only added to a database without people, so that it is never mixed with real cases. Create a new, empty database for the demo.</source>
        <translation>Ukázková data se přidávají pouze do databáze bez osob, aby se nikdy nesmíchala se skutečnými případy. Pro ukázku vytvořte novou, prázdnou databázi.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="124"/>
        <source>Making the demo data was stopped; nothing was saved.</source>
        <translation>Vytváření ukázkových dat bylo zastaveno; nic nebylo uloženo.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="25"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="191"/>
        <source>%1 plan</source>
        <translation>%1 plán</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="28"/>
        <source>Edit plan</source>
        <translation>Upravit plán</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="29"/>
        <source>Add need</source>
        <translation>Přidat potřebu</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="30"/>
        <source>Add goal</source>
        <translation>Přidat cíl</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="31"/>
        <source>Add service or referral</source>
        <translation>Přidat službu nebo zprostředkování</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="32"/>
        <source>Review</source>
        <translation>Revize</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="33"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="140"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="194"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="24"/>
        <source>Print</source>
        <comment>the print preview of a record</comment>
        <translation>Tisk</translation>
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
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="43"/>
        <source>legal representative %1</source>
        <translation>zákonný zástupce %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="44"/>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="46"/>
        <source>%1: not signed</source>
        <translation>%1: nepodepsáno</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="47"/>
        <source>%1: signed %2</source>
        <translation>%1: podepsáno %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="50"/>
        <source>case manager</source>
        <translation>klíčový pracovník</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="53"/>
        <source>experience expert</source>
        <translation>expert s vlastní zkušeností</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="55"/>
        <source>Signatures</source>
        <translation>Podpisy</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="56"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="44"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="61"/>
        <source>Needs by intervention area</source>
        <translation>Potřeby podle oblastí podpory</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="65"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="90"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="114"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="195"/>
        <source>edit</source>
        <translation>upravit</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="72"/>
        <source>Goals</source>
        <translation>Cíle</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="76"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="110"/>
        <source>by %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="83"/>
        <source>who: %1</source>
        <translation>kdo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="86"/>
        <source>for %1</source>
        <translation>pro %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="103"/>
        <source>Agreed services and referrals</source>
        <translation>Dohodnuté služby a zprostředkování</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="121"/>
        <source>Reviews (earlier versions kept)</source>
        <translation>Revize (dřívější verze zůstávají uloženy)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="125"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · verze %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="138"/>
        <source>Plan review of %1 (version %2)</source>
        <translation>Revize plánu ze dne %1 (verze %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="153"/>
        <source>Goals as they stood at the review</source>
        <translation>Cíle ve stavu při revizi</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="161"/>
        <source>, by %1</source>
        <translation>, do %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="167"/>
        <source>Needs as they stood at the review</source>
        <translation>Potřeby ve stavu při revizi</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="184"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="189"/>
        <source>This record was corrected or withdrawn.</source>
        <translation>Tento záznam byl opraven nebo vzat zpět.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="190"/>
        <source>Show the record in force</source>
        <translation>Zobrazit platný záznam</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="192"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="68"/>
        <source>Correct</source>
        <translation>Opravit</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="193"/>
        <source>Withdraw</source>
        <translation>Vzít zpět</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="200"/>
        <source>This record withdraws a visit recorded by mistake.</source>
        <translation>Tento záznam bere zpět návštěvu zapsanou omylem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the withdrawn record</source>
        <translation>Zobrazit záznam vzatý zpět</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the record it corrects</source>
        <translation>Zobrazit záznam, který opravuje</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="225"/>
        <source>Present</source>
        <translation>Přítomni</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="229"/>
        <source>Plan goals worked on</source>
        <translation>Cíle plánu, na kterých se pracovalo</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="238"/>
        <source>Tasks agreed</source>
        <translation>Dohodnuté úkoly</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="245"/>
        <source>update</source>
        <translation>aktualizovat</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="254"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="257"/>
        <source>Change status</source>
        <translation>Změnit stav</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="268"/>
        <source>Status history</source>
        <translation>Historie stavů</translation>
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
        <translation>Upravit</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="290"/>
        <source>Attendance</source>
        <translation>Účast</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="291"/>
        <source>Print attendance sheet</source>
        <translation>Vytisknout prezenční listinu</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="311"/>
        <source>Attendance: %1 registered people, %2 staff, %3 external guests</source>
        <translation>Účast: registrované osoby %1, pracovníci %2, hosté zvenčí %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="319"/>
        <source>Staff:</source>
        <translation>Pracovníci:</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="93"/>
        <source>&lt;h3&gt;Deleted&lt;/h3&gt;&lt;p&gt;This record was deleted. Its history is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smazáno&lt;/h3&gt;&lt;p&gt;Tento záznam byl smazán. Jeho historie zůstává uložena.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="146"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest visits and services</source>
        <translation>Poslední návštěvy a služby</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="154"/>
        <source> (withdrawal)</source>
        <translation> (vzetí zpět)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="156"/>
        <source> (correction)</source>
        <translation> (oprava)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="188"/>
        <source>Development plans</source>
        <translation>Individuální plány</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="195"/>
        <source>(%1, from %2, next review %3)</source>
        <translation>(%1, od %2, příští revize %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="208"/>
        <source>Referrals and hand-overs</source>
        <translation>Zprostředkování a předání</translation>
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
        <translation>Zapsat návštěvu</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="18"/>
        <source>New plan</source>
        <translation>Nový plán</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="19"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="123"/>
        <source>Refer</source>
        <translation>Zprostředkovat</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="20"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="124"/>
        <source>Hand over</source>
        <translation>Předat</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="21"/>
        <source>Record consent</source>
        <translation>Zapsat souhlas</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="22"/>
        <source>Entry data</source>
        <translation>Údaje při vstupu</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="23"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="79"/>
        <source>Exit</source>
        <translation>Výstup</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="35"/>
        <source>%1 (%n year(s) old)</source>
        <translation>
            <numerusform>%1 (%n rok)</numerusform>
            <numerusform>%1 (%n roky)</numerusform>
            <numerusform>%1 (%n let)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="38"/>
        <source>Born</source>
        <translation>Narozen(a)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="51"/>
        <source>Household members</source>
        <translation>Členové domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="53"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="67"/>
        <source>Entry data (frozen)</source>
        <translation>Údaje při vstupu (uzamčeno)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="90"/>
        <source>Consents</source>
        <translation>Souhlasy</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="92"/>
        <source>%1, given %2 (%3, text %4)</source>
        <translation>%1, udělen %2 (%3, text %4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="96"/>
        <source>, withdrawn %1</source>
        <translation>, odvolán %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="101"/>
        <source>edit or withdraw</source>
        <translation>upravit nebo odvolat</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="102"/>
        <source>print the form</source>
        <translation>vytisknout formulář</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest household visits</source>
        <translation>Poslední návštěvy domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="118"/>
        <source>%1 household</source>
        <translation>Domácnost %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="120"/>
        <source>Add member</source>
        <translation>Přidat člena</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="122"/>
        <source>New family plan</source>
        <translation>Nový rodinný plán</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="125"/>
        <source>Print family plan</source>
        <translation>Vytisknout rodinný plán</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="134"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Členové (%n)</numerusform>
            <numerusform>Členové (%n)</numerusform>
            <numerusform>Členové (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="158"/>
        <source>Show its households</source>
        <translation>Zobrazit její domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="159"/>
        <source>Register a household here</source>
        <translation>Zaregistrovat zde domácnost</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="173"/>
        <source>Add training</source>
        <translation>Přidat školení</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="174"/>
        <source>Show caseload</source>
        <translation>Zobrazit klienty pracovníka</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="189"/>
        <source>%1 · %2 · %3 h%4</source>
        <translation>%1 · %2 · %3 h%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="198"/>
        <source>Trainings (%1 hours in all)</source>
        <translation>Školení (celkem %1 hodin)</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <location filename="../../core/exchange/DeviceRegistry.cpp" line="72"/>
        <source>No laptop called &quot;%1&quot; is enrolled in this central copy.</source>
        <translation>V této centrální kopii není zaregistrován žádný notebook s názvem „%1“.</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="240"/>
        <source>Signatures</source>
        <translation>Podpisy</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
</context>
<context>
    <name>DocumentData</name>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="76"/>
        <source>There is no %1 with the id %2 in this database. Check the id and the database.</source>
        <translation>V této databázi není žádný záznam typu „%1“ s id %2. Zkontrolujte id a databázi.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="83"/>
        <source>The %1 with the id %2 was deleted, so it cannot be printed.</source>
        <translation>Záznam typu „%1“ s id %2 byl smazán, a proto ho nelze vytisknout.</translation>
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
        <translation>Vytiskl(a) %1 dne %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="213"/>
        <source>Plan version %1, last changed %2 (%3)</source>
        <translation>Verze plánu %1, naposledy změněno %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="217"/>
        <source>Record version of %1 (%2)</source>
        <translation>Verze záznamu z %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="43"/>
        <source>Individual development plan</source>
        <translation>Individuální plán</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="45"/>
        <source>Family development plan</source>
        <translation>Rodinný plán</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="47"/>
        <source>Plan review record</source>
        <translation>Záznam o revizi plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="49"/>
        <source>Home visit record</source>
        <translation>Záznam o domácí návštěvě</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="51"/>
        <source>Attendance sheet</source>
        <translation>Prezenční listina</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="53"/>
        <source>Consent form</source>
        <translation>Formulář souhlasu</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="55"/>
        <source>Case summary</source>
        <translation>Souhrn případu</translation>
    </message>
</context>
<context>
    <name>DocumentLogos</name>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="37"/>
        <source>The logo is larger than %1 MB. Save a smaller image and try again.</source>
        <translation>Logo je větší než %1 MB. Uložte menší obrázek a zkuste to znovu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="51"/>
        <source>A logo must be a PNG, JPEG or SVG image.</source>
        <translation>Logo musí být obrázek PNG, JPEG nebo SVG.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="55"/>
        <source>The logo cannot be read as an image; it may be damaged.</source>
        <translation>Logo nelze načíst jako obrázek; může být poškozené.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="71"/>
        <source>The plan %1 is of the kind &quot;%2&quot;, not &quot;%3&quot;. Print it as &quot;%2&quot;.</source>
        <translation>Plán %1 je druhu „%2“, ne „%3“. Vytiskněte ho jako „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="128"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>Tisk potřebuje grafickou část Qt, která není spuštěna.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="132"/>
        <source>There is nothing to print.</source>
        <translation>Není co tisknout.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="142"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Tiskárnu nebo soubor se nepodařilo otevřít pro tisk.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="159"/>
        <source>Printing was stopped.</source>
        <translation>Tisk byl zastaven.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="163"/>
        <source>The printer or file did not accept the pages.</source>
        <translation>Tiskárna nebo soubor stránky nepřijaly.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="173"/>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="192"/>
        <source>%1 cannot be written. Choose a folder you can write to.</source>
        <translation>%1 nelze zapsat. Zvolte složku, do které lze zapisovat.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="281"/>
        <source>The %1 household has no family plan in force or awaiting signature, so there is nothing to print for it. Open one of its members to print their plan or case summary.</source>
        <translation>Domácnost %1 nemá žádný platný rodinný plán ani plán čekající na podpis, takže pro ni není co tisknout. Otevřete některého z jejích členů a vytiskněte jeho plán nebo souhrn případu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="287"/>
        <source>There is no printed document for a %1. Open a person, household, plan, plan review, visit, group event or consent, then print.</source>
        <translation>Pro záznam typu „%1“ neexistuje tištěný dokument. Otevřete osobu, domácnost, plán, revizi plánu, návštěvu, skupinovou akci nebo souhlas a pak tiskněte.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="319"/>
        <source>This record is not about one person. Open a person, or a record about them, to print their case summary.</source>
        <translation>Tento záznam se netýká jedné osoby. Chcete-li vytisknout souhrn případu, otevřete osobu nebo záznam, který se jí týká.</translation>
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
        <translation>Lokalita</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="39"/>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="106"/>
        <source>Organiser</source>
        <translation>Organizátor</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="132"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="23"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="181"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="88"/>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="99"/>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="101"/>
        <source>Registered participants are listed first. Guests write their name on an empty numbered line. Everyone signs in the last column.</source>
        <translation>Registrovaní účastníci jsou uvedeni jako první. Hosté napíší své jméno na prázdný očíslovaný řádek. Všichni se podepíší do posledního sloupce.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="107"/>
        <source>I confirm that the people who signed above took part in the event.</source>
        <translation>Potvrzuji, že osoby, které se výše podepsaly, se akce zúčastnily.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="112"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="43"/>
        <source>Development plans</source>
        <translation>Individuální plány</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="45"/>
        <source>No development plan yet.</source>
        <translation>Zatím žádný individuální plán.</translation>
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
        <translation>Období plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="66"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="131"/>
        <source>Goal</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="80"/>
        <source>%1 (goal of %2)</source>
        <translation>%1 (cíl osoby %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="90"/>
        <source>%n goal(s) in the health area are not shown here; the plan itself holds them.</source>
        <translation>
            <numerusform>%n cíl v oblasti zdraví zde není uveden; obsahuje ho samotný plán.</numerusform>
            <numerusform>%n cíle v oblasti zdraví zde nejsou uvedeny; obsahuje je samotný plán.</numerusform>
            <numerusform>%n cílů v oblasti zdraví zde není uvedeno; obsahuje je samotný plán.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="107"/>
        <source>Personal details</source>
        <translation>Osobní údaje</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="113"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="129"/>
        <source>Case manager</source>
        <translation>Klíčový pracovník</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="117"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="250"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="66"/>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="133"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="262"/>
        <source>Age</source>
        <translation>Věk</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="153"/>
        <source>Entry to and exit from the programme</source>
        <translation>Vstup do programu a výstup z něj</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="155"/>
        <source>No entry data recorded.</source>
        <translation>Nejsou zapsány žádné údaje při vstupu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="167"/>
        <source>Disability and ethnic minority answers and the goals of the health area are left off this summary. Notes and visit purposes are printed as they were written.</source>
        <translation>Odpovědi o zdravotním postižení a etnické menšině a cíle v oblasti zdraví nejsou v tomto shrnutí uvedeny. Poznámky a účely návštěv se tisknou tak, jak byly zapsány.</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, ethnic origin) are never printed.</source>
        <translation type="vanished">Údaje zvláštní kategorie (zdraví, zdravotní postižení, etnický původ) se nikdy netisknou.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="175"/>
        <source>Consents</source>
        <translation>Souhlasy</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="177"/>
        <source>No consent recorded.</source>
        <translation>Není zapsán žádný souhlas.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="205"/>
        <source>Recent contacts</source>
        <translation>Poslední kontakty</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="207"/>
        <source>No contacts recorded.</source>
        <translation>Nejsou zapsány žádné kontakty.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="212"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="76"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="64"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="174"/>
        <source>Staff member</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="224"/>
        <source>Newest first; at most the last %1.</source>
        <translation>Od nejnovějších; nejvýše posledních %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="235"/>
        <source>Referrals</source>
        <translation>Zprostředkování</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="272"/>
        <source>Open tasks</source>
        <translation>Otevřené úkoly</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="276"/>
        <source>Prepared by</source>
        <translation>Vypracoval(a)</translation>
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
        <translation>Účel: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="22"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="180"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="65"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="34"/>
        <source>What the consent is for</source>
        <translation>K čemu se souhlas uděluje</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="41"/>
        <source>Your rights</source>
        <translation>Vaše práva</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="47"/>
        <source>The consent was recorded on text version %1; the wording above is version %2. Attach the signed sheet of version %1 if it differs.</source>
        <translation>Souhlas byl zapsán podle verze textu %1; výše uvedené znění je verze %2. Pokud se liší, přiložte podepsaný list verze %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="51"/>
        <source>Text version %1.</source>
        <translation>Verze textu %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="54"/>
        <source>Record of the consent</source>
        <translation>Záznam o souhlasu</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="65"/>
        <source>This consent was withdrawn on %1 and no longer applies.</source>
        <translation>Tento souhlas byl odvolán dne %1 a již neplatí.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="71"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="122"/>
        <source>Legal representative of %1</source>
        <translation>Zákonný zástupce osoby %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="74"/>
        <source>Person giving consent</source>
        <translation>Osoba udělující souhlas</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="78"/>
        <source>I have read this form, or had it read to me, and I give this consent on behalf of the person named above.</source>
        <translation>Tento formulář jsem přečetl(a) nebo mi byl přečten a uděluji tento souhlas jménem výše uvedené osoby.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="80"/>
        <source>I have read this form, or had it read to me, and I give this consent.</source>
        <translation>Tento formulář jsem přečetl(a) nebo mi byl přečten a uděluji tento souhlas.</translation>
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
        <translation>Expert s vlastní zkušeností</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="47"/>
        <source>Needs identified</source>
        <translation>Zjištěné potřeby</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="82"/>
        <source>Agreed action</source>
        <translation>Dohodnutý postup</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="97"/>
        <source>Goal %1: %2</source>
        <translation>Cíl %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="101"/>
        <source>Responsible</source>
        <translation>Odpovídá</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="105"/>
        <source>Steps: %1</source>
        <translation>Kroky: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="125"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="170"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="142"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="144"/>
        <source>%1 to %2</source>
        <translation>%1 až %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="156"/>
        <source>%1 (with %2)</source>
        <translation>%1 (s %2)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="190"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="273"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="393"/>
        <source>Plan</source>
        <translation>Plán</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="206"/>
        <source>Goals</source>
        <translation>Cíle</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="208"/>
        <source>No goals have been set yet.</source>
        <translation>Zatím nebyly stanoveny žádné cíle.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="215"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="326"/>
        <source>Other agreed actions</source>
        <translation>Další dohodnuté kroky</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="225"/>
        <source>We drew up this plan together and agree to work towards its goals.</source>
        <translation>Tento plán jsme vypracovali společně a souhlasíme, že budeme pracovat na dosažení jeho cílů.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="247"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="378"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="39"/>
        <source>Household %1</source>
        <translation>Domácnost %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="248"/>
        <source>Household %1: %2</source>
        <translation>Domácnost %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="270"/>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="308"/>
        <source>Shared goals of the family</source>
        <translation>Společné cíle rodiny</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="310"/>
        <source>No shared goals have been set.</source>
        <translation>Nebyly stanoveny žádné společné cíle.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="320"/>
        <source>Goals of %1</source>
        <translation>Cíle osoby %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="339"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="172"/>
        <source>Family member</source>
        <translation>Člen rodiny</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="346"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="381"/>
        <source>Head of household</source>
        <translation>Hlava domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="349"/>
        <source>Legal representative</source>
        <translation>Zákonný zástupce</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="353"/>
        <source>We drew up this plan together as a family and agree to work towards its goals.</source>
        <translation>Tento plán jsme vypracovali společně jako rodina a souhlasíme, že budeme pracovat na dosažení jeho cílů.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="360"/>
        <source>%1: household %2</source>
        <translation>%1: domácnost %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="401"/>
        <source>Plan version reviewed</source>
        <translation>Revidovaná verze plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="404"/>
        <source>What was reviewed and agreed</source>
        <translation>Co bylo revidováno a dohodnuto</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="407"/>
        <source>No summary was recorded.</source>
        <translation>Nebylo zapsáno žádné shrnutí.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="415"/>
        <source>Status at review</source>
        <translation>Stav při revizi</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="432"/>
        <source>Goals at the review</source>
        <translation>Cíle při revizi</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="444"/>
        <source>Goals of the plan</source>
        <translation>Cíle plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="445"/>
        <source>The review kept no copy of the goals; their present status is shown.</source>
        <translation>Revize neuložila kopii cílů; zobrazuje se jejich současný stav.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="448"/>
        <source>The plan has no goals.</source>
        <translation>Plán nemá žádné cíle.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="452"/>
        <source>Reviewed by</source>
        <translation>Revizi provedl(a)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="453"/>
        <source>We reviewed the plan together on the date above.</source>
        <translation>Plán jsme společně revidovali k výše uvedenému datu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="43"/>
        <source>Record of a contact: %1</source>
        <translation>Záznam o kontaktu: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="46"/>
        <source>This record was voided: it was entered by mistake and does not count.</source>
        <translation>Tento záznam byl zneplatněn: byl zapsán omylem a nepočítá se.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="53"/>
        <source>A later record corrects this one (entered %1).</source>
        <translation>Pozdější záznam tento záznam opravuje (zapsán %1).</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="71"/>
        <source>Duration</source>
        <translation>Doba trvání</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="74"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="84"/>
        <source>Present</source>
        <translation>Přítomni</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="106"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="113"/>
        <source>Nothing recorded.</source>
        <translation>Nic nebylo zapsáno.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="118"/>
        <source>Risk noted</source>
        <translation>Zjištěné riziko</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="120"/>
        <source>A risk was noted during this contact.</source>
        <translation>Během tohoto kontaktu bylo zjištěno riziko.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="129"/>
        <source>Plan goals worked on</source>
        <translation>Cíle plánu, na kterých se pracovalo</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="151"/>
        <source>Tasks agreed</source>
        <translation>Dohodnuté úkoly</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="175"/>
        <source>We confirm that this record is a true account of the contact.</source>
        <translation>Potvrzujeme, že tento záznam pravdivě popisuje proběhlý kontakt.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <location filename="../../core/domain/Dump.cpp" line="80"/>
        <source>The dump could not be written.</source>
        <translation>Výpis se nepodařilo zapsat.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="169"/>
        <source>Same name and date of birth</source>
        <translation>Stejné jméno a datum narození</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="172"/>
        <source>Similar name, same date of birth</source>
        <translation>Podobné jméno, stejné datum narození</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="175"/>
        <source>Same name, date of birth differs by one digit or has day and month swapped</source>
        <translation>Stejné jméno, datum narození se liší o jednu číslici nebo má prohozený den a měsíc</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="178"/>
        <source>Same name; a date of birth is missing, so it cannot be compared</source>
        <translation>Stejné jméno; jedno datum narození chybí, takže je nelze porovnat</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="181"/>
        <source>Name written differently, same date of birth</source>
        <translation>Jméno zapsané jinak, stejné datum narození</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="191"/>
        <source>(born %1)</source>
        <translation>(nar. %1)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="104"/>
        <source>same name and date of birth</source>
        <translation>stejné jméno a datum narození</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="106"/>
        <source>same names in another order, same date of birth</source>
        <translation>stejná jména v jiném pořadí, stejné datum narození</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="108"/>
        <source>similar name, same date of birth</source>
        <translation>podobné jméno, stejné datum narození</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="127"/>
        <source>same name, one date of birth missing</source>
        <translation>stejné jméno, jedno datum narození chybí</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="130"/>
        <source>same name, nearly the same date of birth</source>
        <translation>stejné jméno, téměř stejné datum narození</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="186"/>
        <source>Choose two different people to merge.</source>
        <translation>Zvolte ke sloučení dvě různé osoby.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="195"/>
        <source>One of the two people was deleted; there is nothing to merge.</source>
        <translation>Jedna z obou osob byla smazána; není co slučovat.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="203"/>
        <source>Person merge: %1 into %2</source>
        <translation>Sloučení osob: %1 do %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="240"/>
        <source>Person merge: %1 into %2, values of the duplicate to decide</source>
        <translation>Sloučení osob: %1 do %2, hodnoty duplicity k rozhodnutí</translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="14"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="53"/>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Nezaměstnaní, včetně dlouhodobě nezaměstnaných</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="15"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="54"/>
        <source>Long-term unemployed</source>
        <translation>Dlouhodobě nezaměstnaní</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="16"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="55"/>
        <source>Inactive</source>
        <translation>Neaktivní</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="17"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="57"/>
        <source>Employed, including self-employed</source>
        <translation>Zaměstnaní, včetně osob samostatně výdělečně činných</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="18"/>
        <source>Children below 18 years of age</source>
        <translation>Děti mladší 18 let</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="19"/>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Mladí lidé ve věku 18 až 29 let</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="20"/>
        <source>Participants of 55 years of age and above</source>
        <translation>Účastníci ve věku 55 let a více</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="21"/>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>S nižším sekundárním nebo nižším vzděláním (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="23"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="67"/>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>S vyšším sekundárním (ISCED 3) nebo postsekundárním vzděláním (ISCED 4)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="25"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="69"/>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>S terciárním vzděláním (ISCED 5 až 8)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="26"/>
        <source>Total number of participants</source>
        <translation>Celkový počet účastníků</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="27"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="79"/>
        <source>Participants with disabilities</source>
        <translation>Účastníci se zdravotním postižením</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="28"/>
        <source>Third-country nationals</source>
        <translation>Státní příslušníci třetích zemí</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="29"/>
        <source>Participants with a foreign background</source>
        <translation>Účastníci cizího původu</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="31"/>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Menšiny (včetně marginalizovaných komunit, jako jsou Romové)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="33"/>
        <source>Participants facing homelessness or housing exclusion</source>
        <translation>Účastníci bez domova nebo vyloučení z přístupu k bydlení</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="35"/>
        <source>Participants from rural areas</source>
        <translation>Účastníci z venkovských oblastí</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="36"/>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>Účastníci, kteří si při odchodu hledají zaměstnání</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="38"/>
        <source>Participants in education or training upon leaving</source>
        <translation>Účastníci, kteří jsou při odchodu ve vzdělávání nebo odborné přípravě</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="40"/>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>Účastníci, kteří při odchodu získali kvalifikaci</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="43"/>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>Účastníci, kteří jsou při odchodu zaměstnaní, včetně samostatně výdělečné činnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="46"/>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>Účastníci, kteří jsou šest měsíců po odchodu zaměstnaní, včetně samostatně výdělečné činnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="56"/>
        <source>Inactive, not in education or training</source>
        <translation>Neaktivní, kteří nejsou ve vzdělávání ani odborné přípravě</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="58"/>
        <source>Below 25 years of age</source>
        <translation>Mladší 25 let</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="59"/>
        <source>Above 54 years of age</source>
        <translation>Starší 54 let</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="61"/>
        <source>Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training</source>
        <translation>Starší 54 let, kteří jsou nezaměstnaní, včetně dlouhodobě nezaměstnaných, nebo neaktivní a nejsou ve vzdělávání ani odborné přípravě</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="64"/>
        <source>With primary (ISCED 1) or lower secondary education (ISCED 2)</source>
        <translation>S primárním (ISCED 1) nebo nižším sekundárním vzděláním (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="70"/>
        <source>Participants who live in jobless households</source>
        <translation>Účastníci žijící v domácnostech bez zaměstnaných osob</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="73"/>
        <source>Participants who live in a single adult household with dependent children</source>
        <translation>Účastníci žijící v domácnosti s jedním dospělým a závislými dětmi</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="76"/>
        <source>Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)</source>
        <translation>Migranti, účastníci cizího původu, menšiny (včetně marginalizovaných komunit, jako jsou Romové)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="80"/>
        <source>Other disadvantaged</source>
        <translation>Jiné znevýhodněné osoby</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="81"/>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Bez domova nebo vyloučení z přístupu k bydlení</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="82"/>
        <source>From rural areas</source>
        <translation>Z venkovských oblastí</translation>
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
        <translation>Společné indikátory ESF+ pro účastníky (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="157"/>
        <source>ESF common indicators on participants (2014-2020)</source>
        <translation>Společné indikátory ESF pro účastníky (2014-2020)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="159"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="160"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="161"/>
        <source>Women</source>
        <translation>Ženy</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="162"/>
        <source>Men</source>
        <translation>Muži</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="163"/>
        <source>Non-binary</source>
        <translation>Nebinární</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="164"/>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="165"/>
        <source>Declined to answer</source>
        <translation>Odmítli odpovědět</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="203"/>
        <source>Each participant is counted once, with the answers recorded at their first entry; a later entry record changes nothing. Ages are at the date of entry.</source>
        <translation>Každý účastník se započítá jednou, s odpověďmi zapsanými při jeho prvním vstupu; pozdější záznam při vstupu nic nemění. Věk se počítá k datu vstupu.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="205"/>
        <source>Women, men and non-binary add up to the total except for participants whose gender is not recorded, who are in the total only. A declined answer is counted as declined, never as yes or no.</source>
        <translation>Ženy, muži a nebinární osoby dávají dohromady celkový součet, kromě účastníků, jejichž pohlaví není zapsáno – ti jsou pouze v celkovém součtu. Odmítnutá odpověď se počítá jako odmítnutá, nikdy jako ano nebo ne.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="208"/>
        <source>Long-term unemployed: unemployed for more than 6 months at entry under the age of 25, more than 12 months from 25; where the date since when someone is unemployed was not recorded, as the entry record says.</source>
        <translation>Dlouhodobě nezaměstnaní: při vstupu nezaměstnaní déle než 6 měsíců ve věku do 25 let, déle než 12 měsíců od 25 let; pokud nebylo zapsáno datum, od kdy je osoba nezaměstnaná, platí údaj ze záznamu při vstupu.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="211"/>
        <source>People without a household are counted for the whole programme only, not in a locality; rural areas come from the degree of urbanisation of the household&apos;s locality.</source>
        <translation>Osoby bez domácnosti se započítávají pouze za celý program, ne v lokalitě; venkovské oblasti vycházejí ze stupně urbanizace lokality domácnosti.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="214"/>
        <source>Disability and minority are not recorded: this programme does not record special-category data, so their rows are empty, not zero.</source>
        <translation>Zdravotní postižení a příslušnost k menšině se nezaznamenávají: tento program nezaznamenává údaje zvláštní kategorie, proto jsou jejich řádky prázdné, nikoli nulové.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="258"/>
        <source>whole programme</source>
        <translation>celý program</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="266"/>
        <source>All dates, %1</source>
        <translation>Všechna data, %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="268"/>
        <source>the start</source>
        <translation>začátek</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="269"/>
        <source>today</source>
        <translation>dnes</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="270"/>
        <source>%1 to %2, %3</source>
        <translation>%1 až %2, %3</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="109"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="115"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="131"/>
        <source>Return package</source>
        <translation>Zpětný balíček</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="110"/>
        <source>No laptop is enrolled yet. Enrol one first.</source>
        <translation>Zatím není zaregistrován žádný notebook. Nejprve nějaký zaregistrujte.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="116"/>
        <source>Which laptop is the package for?</source>
        <translation>Pro který notebook je balíček?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="123"/>
        <source>Save the return package</source>
        <translation>Uložit zpětný balíček</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="124"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="220"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Soubory výměny Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="136"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nic nového pro „%1“: notebook už má vše. Žádný soubor nebyl zapsán.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="138"/>
        <source>Return package %1 for &quot;%2&quot; written: %n change(s).</source>
        <translation>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změna.</numerusform>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změny.</numerusform>
            <numerusform>Zpětný balíček %1 pro „%2“ zapsán: %n změn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="155"/>
        <source>Nothing new to export: every change is in an earlier file. No file was written.</source>
        <translation>Nic nového k exportu: každá změna už je v dřívějším souboru. Žádný soubor nebyl zapsán.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="158"/>
        <source>Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file to your supervisor.</source>
        <translation>
            <numerusform>Exportována %n změna jako soubor %1 do %2, včetně všeho od souboru %3. Předejte soubor svému vedoucímu.</numerusform>
            <numerusform>Exportovány %n změny jako soubor %1 do %2, včetně všeho od souboru %3. Předejte soubor svému vedoucímu.</numerusform>
            <numerusform>Exportováno %n změn jako soubor %1 do %2, včetně všeho od souboru %3. Předejte soubor svému vedoucímu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="166"/>
        <source>Exported %n change(s) as file %1 to %2. Give the file to your supervisor.</source>
        <translation>
            <numerusform>Exportována %n změna jako soubor %1 do %2. Předejte soubor svému vedoucímu.</numerusform>
            <numerusform>Exportovány %n změny jako soubor %1 do %2. Předejte soubor svému vedoucímu.</numerusform>
            <numerusform>Exportováno %n změn jako soubor %1 do %2. Předejte soubor svému vedoucímu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="178"/>
        <source>&amp;Export changes...</source>
        <translation>&amp;Exportovat změny...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="180"/>
        <source>Export everything &amp;again (a file was lost)...</source>
        <translation>Exportovat &amp;vše znovu (soubor se ztratil)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="181"/>
        <source>&amp;Merge files...</source>
        <translation>&amp;Sloučit soubory...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="183"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="207"/>
        <source>&amp;Conflict inbox...</source>
        <translation>Schránka &amp;konfliktů...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="185"/>
        <source>Possible &amp;duplicates...</source>
        <translation>Možné &amp;duplicity...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="187"/>
        <source>&amp;Return package for a laptop...</source>
        <translation>&amp;Zpětný balíček pro notebook...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="189"/>
        <source>Return package with e&amp;verything (one was lost)...</source>
        <translation>Zpětný &amp;balíček se vším (jeden se ztratil)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="190"/>
        <source>E&amp;nrol a laptop...</source>
        <translation>Zaregistrovat &amp;notebook...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="191"/>
        <source>&amp;Join a programme...</source>
        <translation>&amp;Připojit se k programu...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="206"/>
        <source>&amp;Conflict inbox (%n open)...</source>
        <translation>
            <numerusform>Schránka &amp;konfliktů (%n otevřený)...</numerusform>
            <numerusform>Schránka &amp;konfliktů (%n otevřené)...</numerusform>
            <numerusform>Schránka &amp;konfliktů (%n otevřených)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="219"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="228"/>
        <source>Export changes</source>
        <translation>Exportovat změny</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="54"/>
        <source>This database holds no programme yet. Create the programme first (fieldcase-cli init).</source>
        <translation>Tato databáze zatím neobsahuje žádný program. Nejprve program vytvořte (fieldcase-cli init).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="62"/>
        <source>This database is a laptop&apos;s copy; only the central copy does this.</source>
        <translation>Tato databáze je kopie notebooku; tuto akci provádí pouze centrální kopie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="67"/>
        <source>This database is not a central copy yet: it has enrolled no laptop.</source>
        <translation>Tato databáze zatím není centrální kopií: nezaregistrovala žádný notebook.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation>Šifrovací knihovnu se nepodařilo spustit.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="104"/>
        <source>The central copy&apos;s keys are damaged; packages cannot be read.</source>
        <translation>Klíče centrální kopie jsou poškozené; balíčky nelze číst.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="112"/>
        <source>This database has not joined a programme. Join with the enrolment file from your supervisor first.</source>
        <translation>Tato databáze se nepřipojila k žádnému programu. Nejprve se připojte pomocí registračního souboru od svého vedoucího.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="130"/>
        <source>This laptop&apos;s exchange keys are damaged. Ask your supervisor for a new enrolment file.</source>
        <translation>Klíče pro výměnu na tomto notebooku jsou poškozené. Požádejte svého vedoucího o nový registrační soubor.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="114"/>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2024-03-31.</source>
        <translation>„%1“ není datum; zapište ho jako rok-měsíc-den, například 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="119"/>
        <source>%1 is not a real date. Check the day and the month.</source>
        <translation>%1 není skutečné datum. Zkontrolujte den a měsíc.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="122"/>
        <source>a date is expected here.</source>
        <translation>zde se očekává datum.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="125"/>
        <source>the date is not valid.</source>
        <translation>datum není platné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="128"/>
        <source>the year %1 is outside %2-%3. Write the year with four digits.</source>
        <translation>rok %1 je mimo rozsah %2–%3. Zapište rok čtyřmi číslicemi.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date and time; write it as 2024-03-31T14:30.</source>
        <translation>„%1“ není datum a čas; zapište ho jako 2024-03-31T14:30.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="167"/>
        <source>%1 is not a real date and time.</source>
        <translation>%1 není skutečné datum a čas.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="172"/>
        <source>a date and time is expected here.</source>
        <translation>zde se očekává datum a čas.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="145"/>
        <source>the date and time is not valid.</source>
        <translation>datum a čas nejsou platné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="175"/>
        <source>the year %1 is outside %2-%3.</source>
        <translation>rok %1 je mimo rozsah %2–%3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="200"/>
        <source>text is expected here.</source>
        <translation>zde se očekává text.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="210"/>
        <source>the text holds control characters. Type it again or paste it as plain text.</source>
        <translation>text obsahuje řídicí znaky. Napište ho znovu nebo ho vložte jako prostý text.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="215"/>
        <source>the text is %1 characters long; at most %2 fit here.</source>
        <translation>text má %1 znaků; sem se vejde nejvýše %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="221"/>
        <source>a whole number is expected here.</source>
        <translation>zde se očekává celé číslo.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="226"/>
        <source>a number is expected here.</source>
        <translation>zde se očekává číslo.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="237"/>
        <source>yes or no (true or false) is expected here.</source>
        <translation>zde se očekává ano nebo ne (true nebo false).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="245"/>
        <source>one of %1 is expected here.</source>
        <translation>zde se očekává jedna z hodnot %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="252"/>
        <source>&quot;%1&quot; is not one of the choices (%2).</source>
        <translation>„%1“ není jedna z možností (%2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="259"/>
        <source>a record id is expected here.</source>
        <translation>zde se očekává id záznamu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="266"/>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>„%1“ není id záznamu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="276"/>
        <source>the structured data is not valid JSON.</source>
        <translation>strukturovaná data nejsou platný JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="287"/>
        <source>structured data (a JSON object or list) is expected here.</source>
        <translation>zde se očekávají strukturovaná data (objekt nebo seznam JSON).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="295"/>
        <source>this value cannot be stored.</source>
        <translation>tuto hodnotu nelze uložit.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <location filename="../../core/util/HybridLogicalClock.cpp" line="32"/>
        <source>A change is stamped more than a day ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>Změna má časové razítko o více než den napřed oproti hodinám tohoto počítače. Zkontrolujte datum a čas na obou počítačích.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="77"/>
        <source>merged</source>
        <translation>sloučeno</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="79"/>
        <source>ready to merge</source>
        <translation>připraveno ke sloučení</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="81"/>
        <source>already merged</source>
        <translation>již sloučeno</translation>
    </message>
    <message>
        <source>waiting for an earlier file</source>
        <translation type="vanished">čeká na dřívější soubor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="83"/>
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="85"/>
        <source>refused</source>
        <translation>odmítnuto</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="87"/>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="106"/>
        <source>The backup folder next to the database could not be made; nothing was merged. Free some space or check the folder&apos;s permissions.</source>
        <translation>Složku pro zálohy vedle databáze se nepodařilo vytvořit; nic nebylo sloučeno. Uvolněte místo nebo zkontrolujte oprávnění složky.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written; nothing was merged.</source>
        <translation type="vanished">Zálohu %1 se nepodařilo zapsat; nic nebylo sloučeno.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="120"/>
        <source>The backup before merging could not be written (is the disk full?); nothing was merged.</source>
        <translation>Zálohu před sloučením se nepodařilo zapsat (není disk plný?); nic nebylo sloučeno.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="144"/>
        <source>This database takes part in no exchange yet: enrol a laptop (central copy) or join a programme (laptop) first.</source>
        <translation>Tato databáze se zatím neúčastní žádné výměny: nejprve zaregistrujte notebook (centrální kopie) nebo se připojte k programu (notebook).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="182"/>
        <source>When %1 wrote this file, it had merged none of the %n return package(s) written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Pro notebook „%1“ byl zapsán %n zpětný balíček, ale když notebook zapisoval tento soubor, neměl ho ještě sloučený. Pokud se ztratil, zapište pro něj zpětný balíček znovu se vším.</numerusform>
            <numerusform>Pro notebook „%1“ byly zapsány %n zpětné balíčky, ale když notebook zapisoval tento soubor, neměl sloučený žádný z nich. Pokud se nějaký ztratil, zapište pro něj zpětný balíček znovu se vším.</numerusform>
            <numerusform>Pro notebook „%1“ bylo zapsáno %n zpětných balíčků, ale když notebook zapisoval tento soubor, neměl sloučený žádný z nich. Pokud se nějaký ztratil, zapište pro něj zpětný balíček znovu se vším.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="186"/>
        <source>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Pro notebook „%1“ byl zapsán %n zpětný balíček; když notebook zapisoval tento soubor, měl jako poslední sloučený balíček číslo %2. Pokud se nějaký ztratil, zapište pro něj zpětný balíček znovu se vším.</numerusform>
            <numerusform>Pro notebook „%1“ byly zapsány %n zpětné balíčky; když notebook zapisoval tento soubor, měl jako poslední sloučený balíček číslo %2. Pokud se nějaký ztratil, zapište pro něj zpětný balíček znovu se vším.</numerusform>
            <numerusform>Pro notebook „%1“ bylo zapsáno %n zpětných balíčků; když notebook zapisoval tento soubor, měl jako poslední sloučený balíček číslo %2. Pokud se nějaký ztratil, zapište pro něj zpětný balíček znovu se vším.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="197"/>
        <source>central copy</source>
        <translation>centrální kopie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="219"/>
        <source>When the central copy wrote this package, it had merged none of the %n file(s) this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Tento notebook exportoval %n soubor, ale když centrální kopie zapisovala tento balíček, neměla ho ještě sloučený. Pokud se ztratil nebo nebyl předán vedoucímu, exportujte vše znovu.</numerusform>
            <numerusform>Tento notebook exportoval %n soubory, ale když centrální kopie zapisovala tento balíček, neměla sloučený žádný z nich. Pokud se nějaký ztratil nebo nebyl předán vedoucímu, exportujte vše znovu.</numerusform>
            <numerusform>Tento notebook exportoval %n souborů, ale když centrální kopie zapisovala tento balíček, neměla sloučený žádný z nich. Pokud se nějaký ztratil nebo nebyl předán vedoucímu, exportujte vše znovu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="222"/>
        <source>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Tento notebook exportoval %n soubor; když centrální kopie zapisovala tento balíček, měla jeho soubory sloučené až po číslo %1. Pokud se nějaký ztratil nebo nebyl předán vedoucímu, exportujte vše znovu.</numerusform>
            <numerusform>Tento notebook exportoval %n soubory; když centrální kopie zapisovala tento balíček, měla jeho soubory sloučené až po číslo %1. Pokud se nějaký ztratil nebo nebyl předán vedoucímu, exportujte vše znovu.</numerusform>
            <numerusform>Tento notebook exportoval %n souborů; když centrální kopie zapisovala tento balíček, měla jeho soubory sloučené až po číslo %1. Pokud se nějaký ztratil nebo nebyl předán vedoucímu, exportujte vše znovu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="270"/>
        <source>%1 could not be read.</source>
        <translation>%1 se nepodařilo přečíst.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="309"/>
        <source>File %1 of %2 waits behind file %3 (%4), which is here but refers to records this copy does not have yet. Both are merged as soon as a file that brings those records is merged.</source>
        <translation>Soubor %1 z %2 čeká za souborem %3 (%4), který tu je, ale odkazuje na záznamy, které tato kopie zatím nemá. Oba se sloučí, jakmile bude sloučen soubor, který tyto záznamy přináší.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="319"/>
        <source>Return package %1 is kept until return package %2 is merged: it has not come. If it was lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Zpětný balíček %1 je uložen, dokud nebude sloučen zpětný balíček %2: ten zatím nedorazil. Pokud se ztratil, požádejte vedoucího, aby zpětný balíček zapsal znovu („zpětný balíček se vším“); ten nahradí všechny dřívější balíčky.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="325"/>
        <source>Return package %1 is kept until return packages %2 to %3 are merged: they have not come. If they were lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Zpětný balíček %1 je uložen, dokud nebudou sloučeny zpětné balíčky %2 až %3: ty zatím nedorazily. Pokud se ztratily, požádejte vedoucího, aby zpětný balíček zapsal znovu („zpětný balíček se vším“); ten nahradí všechny dřívější balíčky.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="333"/>
        <source>File %1 of %2 is kept until file %3 of %2 is merged: it has not come. If it was lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Soubor %1 z %2 je uložen, dokud nebude sloučen soubor %3 z %2: ten zatím nedorazil. Pokud se ztratil, exportujte na %2 vše znovu (nabídka Výměna nebo fieldcase-cli export --again); tento soubor nahradí všechny dřívější.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="340"/>
        <source>File %1 of %2 is kept until files %3 to %4 of %2 are merged: they have not come. If they were lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Soubor %1 z %2 je uložen, dokud nebudou sloučeny soubory %3 až %4 z %2: ty zatím nedorazily. Pokud se ztratily, exportujte na %2 vše znovu (nabídka Výměna nebo fieldcase-cli export --again); tento soubor nahradí všechny dřívější.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="403"/>
        <source>File %1 of %2 refers to records that are not here yet (%3). It is kept, with the later files of %2, and merged as soon as a file that brings those records is merged. If that file was lost, its sender can send everything again (export --again on a laptop, return --again on the central copy).</source>
        <translation>Soubor %1 z %2 odkazuje na záznamy, které tu zatím nejsou (%3). Je uložen spolu s pozdějšími soubory z %2 a sloučí se, jakmile bude sloučen soubor, který tyto záznamy přináší. Pokud se tento soubor ztratil, jeho odesílatel může odeslat vše znovu (export --again na notebooku, return --again v centrální kopii).</translation>
    </message>
    <message>
        <source>File %1 of %2 arrived before file %3; it is kept and merged as soon as the files before it are here.</source>
        <translation type="vanished">Soubor %1 z %2 dorazil dříve než soubor %3; je uložen a sloučí se, jakmile budou k dispozici soubory před ním.</translation>
    </message>
    <message>
        <source>File %1 of %2 refers to records that are not here yet (%3); it is kept and merged as soon as the file that brings them is merged.</source>
        <translation type="vanished">Soubor %1 z %2 odkazuje na záznamy, které tu zatím nejsou (%3); je uložen a sloučí se, jakmile bude sloučen soubor, který je přináší.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="480"/>
        <source>The merge was cancelled; nothing of %1 was written.</source>
        <translation>Sloučení bylo zrušeno; nic z %1 nebylo zapsáno.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="115"/>
        <source>This indicator rests on special-category data, which this programme does not record.</source>
        <translation>Tento indikátor vychází z údajů zvláštní kategorie, které tento program nezaznamenává.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="130"/>
        <source>The indicator was deleted.</source>
        <translation>Indikátor byl smazán.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="314"/>
        <source>Indicators computed as &quot;%1&quot; are not known to this version.</source>
        <translation>Indikátory počítané jako „%1“ tato verze nezná.</translation>
    </message>
</context>
<context>
    <name>IndicatorKinds</name>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="92"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a whole number from %3 to %4.</source>
        <translation>Parametr „%1“ indikátoru počítaného jako %2 musí být celé číslo od %3 do %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="94"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a number from %3 to %4.</source>
        <translation>Parametr „%1“ indikátoru počítaného jako %2 musí být číslo od %3 do %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="105"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be true or false.</source>
        <translation>Parametr „%1“ indikátoru počítaného jako %2 musí být true nebo false.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="112"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be one of: %3.</source>
        <translation>Parametr „%1“ indikátoru počítaného jako %2 musí být jedna z hodnot: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="119"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a list of one or more of: %3, each once.</source>
        <translation>Parametr „%1“ indikátoru počítaného jako %2 musí být seznam jedné nebo více hodnot z: %3, každé jen jednou.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="182"/>
        <source>The parameters of an indicator are written as one JSON object, for example {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</source>
        <translation>Parametry indikátoru se zapisují jako jeden objekt JSON, například {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="195"/>
        <source>An indicator computed as %1 takes no parameters; &quot;%2&quot; is not one.</source>
        <translation>Indikátor počítaný jako %1 nemá žádné parametry; „%2“ není jeho parametr.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="197"/>
        <source>An indicator computed as %1 has no parameter &quot;%2&quot;; its parameters are: %3.</source>
        <translation>Indikátor počítaný jako %1 nemá parametr „%2“; jeho parametry jsou: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="204"/>
        <source>An indicator computed as %1 needs the parameter &quot;%2&quot;.</source>
        <translation>Indikátor počítaný jako %1 potřebuje parametr „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="215"/>
        <source>The lowest age (age_min) cannot be above the highest (age_max).</source>
        <translation>Nejnižší věk (age_min) nemůže být vyšší než nejvyšší (age_max).</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="48"/>
        <source>Planned and achieved</source>
        <translation>Plánováno a dosaženo</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Target</source>
        <translation>Cílová hodnota</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Achieved</source>
        <translation>Dosaženo</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Share</source>
        <translation>Podíl</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="53"/>
        <source>Behind by</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="135"/>
        <source>The target of a period is the sum of the targets set for the whole programme, the years, the quarters or the months that lie within it, the largest of these that has any; the whole programme&apos;s target is the sum of its localities&apos; where it has none of its own.</source>
        <translation>Cílová hodnota období je součtem cílových hodnot stanovených pro celý program, roky, čtvrtletí nebo měsíce, které do něj spadají – z nich té největší úrovně, která nějaké má; cílová hodnota celého programu je součtem cílových hodnot jeho lokalit, pokud nemá vlastní.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="138"/>
        <source>Behind by: what is still missing to reach the whole target of the period, whatever part of the period has passed.</source>
        <translation>Zbývá: co ještě chybí k dosažení celé cílové hodnoty období, bez ohledu na to, jaká část období už uplynula.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="141"/>
        <source>Not computed, because their parameters cannot be read: %1. Correct them in the catalogue of indicators.</source>
        <translation>Nevypočteno, protože jejich parametry nelze přečíst: %1. Opravte je v katalogu indikátorů.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="146"/>
        <source>Indicators that rest on special-category data are empty: this programme does not record such data.</source>
        <translation>Indikátory, které vycházejí z údajů zvláštní kategorie, jsou prázdné: tento program takové údaje nezaznamenává.</translation>
    </message>
</context>
<context>
    <name>IndicatorSeed</name>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="45"/>
        <source>People aged 16-55 with a signed development plan</source>
        <translation>Osoby ve věku 16–55 let s podepsaným individuálním plánem</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="46"/>
        <source>People aged 16 to 55 on the day the client signed their individual or family development plan.</source>
        <translation>Osoby ve věku 16 až 55 let ke dni, kdy klient podepsal svůj individuální nebo rodinný plán.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="53"/>
        <source>Managers, professionals and support staff involved</source>
        <translation>Zapojení manažeři, odborníci a podpůrní pracovníci</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="54"/>
        <source>Staff other than experience experts and municipal staff who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Pracovníci kromě expertů s vlastní zkušeností a pracovníků obce, kteří v daném období zapsali návštěvy, služby, akce nebo školení nebo se jich zúčastnili.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="63"/>
        <source>Experience experts employed</source>
        <translation>Zaměstnaní experti s vlastní zkušeností</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="64"/>
        <source>Experience experts who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Experti s vlastní zkušeností, kteří v daném období zapsali návštěvy, služby, akce nebo školení nebo se jich zúčastnili.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="69"/>
        <source>Forums held</source>
        <translation>Uspořádaná fóra</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="70"/>
        <source>Forums that monitor expectations and achievements, held in the period.</source>
        <translation>Fóra sledující očekávání a výsledky, uspořádaná v daném období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="77"/>
        <source>Trainings held</source>
        <translation>Uspořádaná školení</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="78"/>
        <source>Trainings held in the period.</source>
        <translation>Školení uspořádaná v daném období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="86"/>
        <source>County inclusion forums held</source>
        <translation>Uspořádaná krajská fóra pro inkluzi</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="87"/>
        <source>Inclusion forums held in the period, in April and October.</source>
        <translation>Fóra pro inkluzi uspořádaná v daném období, v dubnu a říjnu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="90"/>
        <source>Thematic days held</source>
        <translation>Uspořádané tematické dny</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="91"/>
        <source>Thematic days on community cooperation held in the period.</source>
        <translation>Tematické dny o spolupráci v komunitě uspořádané v daném období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="96"/>
        <source>Municipal staff who completed the 10-hour training</source>
        <translation>Pracovníci obce, kteří absolvovali 10hodinové školení</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="97"/>
        <source>Municipal staff with at least 10 hours of training in the period, recorded as their trainings or as attendance at training events.</source>
        <translation>Pracovníci obce s nejméně 10 hodinami školení v daném období, zapsanými jako jejich školení nebo jako účast na školicích akcích.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="108"/>
        <source>Clients handed over between facilities</source>
        <translation>Klienti předaní mezi zařízeními</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="109"/>
        <source>Hand-overs to another facility sent in the period and not declined or cancelled.</source>
        <translation>Předání do jiného zařízení odeslaná v daném období, která nebyla odmítnuta ani zrušena.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="116"/>
        <source>People in employment on leaving</source>
        <translation>Osoby zaměstnané při odchodu</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="117"/>
        <source>People whose exit record in the period says employed or self-employed.</source>
        <translation>Osoby, jejichž záznam při výstupu v daném období uvádí zaměstnání nebo samostatnou výdělečnou činnost.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="127"/>
        <source>Families served by the mobile team</source>
        <translation>Rodiny, kterým poskytl služby mobilní tým</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="128"/>
        <source>Households with a visit or service in the period in which at least two staff members took part.</source>
        <translation>Domácnosti s návštěvou nebo službou v daném období, na které se podíleli alespoň dva pracovníci.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="135"/>
        <source>Participation events held</source>
        <translation>Uspořádané participační akce</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="136"/>
        <source>Community meetings and consultations on local decisions held in the period.</source>
        <translation>Komunitní setkání a konzultace k místním rozhodnutím uspořádané v daném období.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="44"/>
        <source>SQLite integrity: %1</source>
        <translation>Integrita SQLite: %1</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="58"/>
        <source>%1 row %2 points at a missing %3 record.</source>
        <translation>%1, řádek %2 odkazuje na chybějící záznam %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="80"/>
        <source>%1: live records lack the required field %2.</source>
        <translation>%1: platným záznamům chybí povinné pole %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="86"/>
        <source>%1: field %2 holds values that are not among its choices.</source>
        <translation>%1: pole %2 obsahuje hodnoty, které nejsou mezi jeho možnostmi.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="92"/>
        <source>%1: field %2 holds values that are not dates.</source>
        <translation>%1: pole %2 obsahuje hodnoty, které nejsou data.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="99"/>
        <source>%1: live records point through %2 at deleted records.</source>
        <translation>%1: platné záznamy odkazují přes %2 na smazané záznamy.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="105"/>
        <source>%1: field %2 holds values that are not whole numbers.</source>
        <translation>%1: pole %2 obsahuje hodnoty, které nejsou celá čísla.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="117"/>
        <source>%1: deleted records still hold personal data.</source>
        <translation>%1: smazané záznamy stále obsahují osobní údaje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="122"/>
        <source>%1: records were changed without a matching change-log entry.</source>
        <translation>%1: záznamy byly změněny bez odpovídajícího zápisu v protokolu změn.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="128"/>
        <source>The search index of %1 does not match the records.</source>
        <translation>Vyhledávací rejstřík %1 neodpovídá záznamům.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="132"/>
        <source>The search index of %1 lists records that are gone.</source>
        <translation>Vyhledávací rejstřík %1 uvádí záznamy, které už neexistují.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="135"/>
        <source>The change log holds entries that cannot be read.</source>
        <translation>Protokol změn obsahuje zápisy, které nelze přečíst.</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="174"/>
        <source>The database is busy in another window or program; nothing was merged. Close it there and try again.</source>
        <translation>Databázi používá jiné okno nebo program; nic nebylo sloučeno. Zavřete ji tam a zkuste to znovu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="203"/>
        <source>unknown table &quot;%1&quot;</source>
        <translation>neznámá tabulka „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="206"/>
        <source>a change or record id is not valid</source>
        <translation>id změny nebo záznamu není platné</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="209"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>neznámá operace „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="213"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>neznámá akce „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="216"/>
        <source>the change has no valid time stamp or device</source>
        <translation>změna nemá platné časové razítko nebo zařízení</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="219"/>
        <source>the merge target is not a valid id</source>
        <translation>cíl sloučení není platné id</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="224"/>
        <source>the list of settled changes is not readable</source>
        <translation>seznam vyřízených změn nelze přečíst</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="229"/>
        <source>the field values are not readable</source>
        <translation>hodnoty polí nelze přečíst</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="234"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 nemá pole „%2“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="237"/>
        <source>the value of %1 is not an [old, new] pair</source>
        <translation>hodnota %1 není dvojice [stará, nová]</translation>
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
            <numerusform>Změny odkazují na %n záznam, který tato kopie nemá. Nejprve slučte dřívější soubory ze stejného notebooku, nebo požádejte o nový export.</numerusform>
            <numerusform>Změny odkazují na %n záznamy, které tato kopie nemá. Nejprve slučte dřívější soubory ze stejného notebooku, nebo požádejte o nový export.</numerusform>
            <numerusform>Změny odkazují na %n záznamů, které tato kopie nemá. Nejprve slučte dřívější soubory ze stejného notebooku, nebo požádejte o nový export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/MessageBox.cpp" line="45"/>
        <source>Save the changes you made here?</source>
        <translation>Uložit změny, které jste zde provedli?</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="371"/>
        <source>The file could not be read.</source>
        <translation>Soubor se nepodařilo přečíst.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="373"/>
        <source>The file is far larger than any Fieldcase package; it is not one.</source>
        <translation>Soubor je mnohem větší než jakýkoli balíček Fieldcase; nejde o něj.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="375"/>
        <source>This is not a Fieldcase exchange file.</source>
        <translation>Toto není soubor výměny Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="377"/>
        <source>This file was made by a newer version of Fieldcase. Install the newer version to read it.</source>
        <translation>Tento soubor vytvořila novější verze Fieldcase. Pro jeho načtení nainstalujte novější verzi.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="379"/>
        <source>This is a different kind of Fieldcase file (for example an enrolment file or a return package) and cannot be merged here.</source>
        <translation>Toto je jiný druh souboru Fieldcase (například registrační soubor nebo zpětný balíček) a zde ho nelze sloučit.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="382"/>
        <source>This file belongs to another programme.</source>
        <translation>Tento soubor patří k jinému programu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="384"/>
        <source>This file was encrypted for another copy (another central copy or another laptop); this copy cannot open it.</source>
        <translation>Tento soubor byl zašifrován pro jinou kopii (jinou centrální kopii nebo jiný notebook); tato kopie ho nemůže otevřít.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="387"/>
        <source>This file comes from a laptop that this central copy has not enrolled.</source>
        <translation>Tento soubor pochází z notebooku, který tato centrální kopie nezaregistrovala.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="389"/>
        <source>This file comes from a laptop whose enrolment was withdrawn; it is not accepted.</source>
        <translation>Tento soubor pochází z notebooku, jehož registrace byla zrušena; nepřijímá se.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="391"/>
        <source>The file was altered or cut short after it was made, or it was not made by the device it names. Ask for a new copy of the file.</source>
        <translation>Soubor byl po vytvoření změněn nebo zkrácen, nebo ho nevytvořilo zařízení, které uvádí. Požádejte o novou kopii souboru.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="394"/>
        <source>The file could not be decrypted with this copy&apos;s key or the passphrase given.</source>
        <translation>Soubor se nepodařilo dešifrovat klíčem této kopie ani zadanou přístupovou frází.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="396"/>
        <source>The file decrypted but its contents are damaged.</source>
        <translation>Soubor se dešifroval, ale jeho obsah je poškozený.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="240"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="262"/>
        <source>The encryption library could not start.</source>
        <translation>Šifrovací knihovnu se nepodařilo spustit.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="245"/>
        <source>The recipient&apos;s key is not valid; the package was not written.</source>
        <translation>Klíč příjemce není platný; balíček nebyl zapsán.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="268"/>
        <source>The key could not be derived from the passphrase (not enough memory).</source>
        <translation>Z přístupové fráze se nepodařilo odvodit klíč (nedostatek paměti).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="282"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="358"/>
        <source>The package could not be written. Check the disk or stick.</source>
        <translation>Balíček se nepodařilo zapsat. Zkontrolujte disk nebo flash disk.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="355"/>
        <source>The package could not be signed: the signing key is not valid.</source>
        <translation>Balíček se nepodařilo podepsat: podpisový klíč není platný.</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="102"/>
        <source>%1 could not be written. Check that the stick or folder is writable and has room.</source>
        <translation>%1 se nepodařilo zapsat. Zkontrolujte, zda lze na flash disk nebo do složky zapisovat a zda je na nich místo.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="227"/>
        <source>The laptop &quot;%1&quot; was revoked; it gets no more data.</source>
        <translation>Registrace notebooku „%1“ byla zrušena; nedostává už žádná data.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="304"/>
        <source>Give the laptop a name of 1 to 100 characters.</source>
        <translation>Zadejte název notebooku o délce 1 až 100 znaků.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="307"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Přístupová fráze musí mít alespoň 12 znaků.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="324"/>
        <source>There is no staff member with the account or name &quot;%1&quot;. Add the worker as a staff member first.</source>
        <translation>Neexistuje pracovník s účtem nebo jménem „%1“. Nejprve pracovníka přidejte mezi pracovníky.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="334"/>
        <source>A laptop called &quot;%1&quot; is already enrolled. Choose another name, or revoke the old enrolment first.</source>
        <translation>Notebook s názvem „%1“ už je zaregistrován. Zvolte jiný název, nebo nejprve zrušte starou registraci.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="430"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 letters and digits in 8 groups, as the supervisor&apos;s enrolment printed it.</source>
        <translation>„%1“ není otisk klíče: má 32 písmen a číslic v 8 skupinách, jak ho vytiskla registrace u vedoucího.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="443"/>
        <location filename="../../core/exchange/Packages.cpp" line="460"/>
        <source>The passphrase does not open this enrolment file. Check it with your supervisor.</source>
        <translation>Přístupová fráze tento registrační soubor neotevře. Ověřte ji u svého vedoucího.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="493"/>
        <source>This enrolment file was not made by the central copy whose key you were given (%1): it was signed with the key %2. Do not use it, and tell your supervisor.</source>
        <translation>Tento registrační soubor nevytvořila centrální kopie, jejíž klíč jste dostali (%1): byl podepsán klíčem %2. Nepoužívejte ho a informujte svého vedoucího.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="506"/>
        <source>%1 is a central copy; a laptop joins with a database of its own.</source>
        <translation>%1 je centrální kopie; notebook se připojuje s vlastní databází.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="512"/>
        <source>This laptop&apos;s database already belongs to another programme. Use a new database file to join this one.</source>
        <translation>Databáze tohoto notebooku už patří k jinému programu. Pro připojení k tomuto programu použijte nový soubor databáze.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="515"/>
        <source>This laptop&apos;s database has already joined the programme (as &quot;%1&quot;).</source>
        <translation>Databáze tohoto notebooku se už k programu připojila (jako „%1“).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="523"/>
        <source>%1 already holds records. A laptop joins with a new, empty database file.</source>
        <translation>%1 už obsahuje záznamy. Notebook se připojuje s novým, prázdným souborem databáze.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <location filename="../../core/documents/PagedRenderer.cpp" line="260"/>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="100"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>Tisk potřebuje grafickou část Qt, která není spuštěna.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="114"/>
        <source>The PDF could not be started.</source>
        <translation>PDF se nepodařilo zahájit.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="146"/>
        <source>For use outside the programme: small counts suppressed</source>
        <translation>Pro použití mimo program: malé počty potlačeny</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="147"/>
        <source>Internal: holds small counts; not to leave the programme</source>
        <translation>Interní: obsahuje malé počty; nesmí opustit program</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="151"/>
        <source>The PDF could not be finished.</source>
        <translation>PDF se nepodařilo dokončit.</translation>
    </message>
</context>
<context>
    <name>PlanWork</name>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="151"/>
        <source>This plan was deleted; it cannot be reviewed.</source>
        <translation>Tento plán byl smazán; nelze ho revidovat.</translation>
    </message>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="172"/>
        <source>The review date is before the plan started (%1). Check the date.</source>
        <translation>Datum revize je dřívější než začátek plánu (%1). Zkontrolujte datum.</translation>
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
        <translation>Neexistuje tabulka „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="96"/>
        <location filename="../../core/domain/RecordStore.cpp" line="150"/>
        <location filename="../../core/domain/RecordStore.cpp" line="153"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 nemá pole „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="120"/>
        <source>The %1 record %2 does not exist.</source>
        <translation>Záznam typu „%1“ s id %2 neexistuje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="192"/>
        <source>%1: there is no %2 with the id %3.</source>
        <translation>%1: neexistuje záznam typu „%2“ s id %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="199"/>
        <source>%1: the %2 it points to was deleted.</source>
        <translation>%1: záznam typu „%2“, na který odkazuje, byl smazán.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="209"/>
        <source>%1 is required.</source>
        <translation>Pole „%1“ je povinné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="270"/>
        <source>&quot;%1&quot; is not a record id; ids look like 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</source>
        <translation>„%1“ není id záznamu; id vypadají jako 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="283"/>
        <source>A %1 with the id %2 already exists.</source>
        <translation>Záznam typu „%1“ s id %2 už existuje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="335"/>
        <source>This %1 was deleted; it can no longer be changed.</source>
        <translation>Tento záznam typu „%1“ byl smazán; už ho nelze měnit.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="338"/>
        <source>A %1 is a record of what happened and is not edited. Record a correction instead; it will replace this one.</source>
        <translation>Záznam typu „%1“ zachycuje, co se stalo, a neupravuje se. Zapište místo toho opravu; ta ho nahradí.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="376"/>
        <source>%1 was changed differently on two devices, and a person has not decided yet which answer stands. Decide it in the conflict inbox; it cannot be changed here until then.</source>
        <translation>Pole „%1“ bylo na dvou zařízeních změněno různě a zatím nikdo nerozhodl, která hodnota platí. Rozhodněte to ve schránce konfliktů; do té doby ho zde nelze měnit.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="383"/>
        <source>The %1 is frozen once saved. To change it, make a correction and say why; the correction is logged.</source>
        <translation>Záznam typu „%1“ se po uložení uzamkne. Chcete-li ho změnit, proveďte opravu a uveďte důvod; oprava se zaznamená.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="436"/>
        <source>A %1 is a record of what happened and cannot be deleted. Record a correction that withdraws it instead.</source>
        <translation>Záznam typu „%1“ zachycuje, co se stalo, a nelze ho smazat. Zapište místo toho opravu, která ho vezme zpět.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="456"/>
        <source>The record owns too deep a tree of records to delete at once.</source>
        <translation>Záznam vlastní příliš hluboký strom záznamů, než aby šel smazat najednou.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="461"/>
        <source>A %1 is a record of what happened and cannot be deleted.</source>
        <translation>Záznam typu „%1“ zachycuje, co se stalo, a nelze ho smazat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/domain/RecordStore.cpp" line="483"/>
        <source>This %1 cannot be deleted: %n record(s) of type &quot;%2&quot; still point at it (%3). Change or delete those first.</source>
        <translation>
            <numerusform>Tento záznam typu „%1“ nelze smazat: odkazuje na něj ještě %n záznam typu „%2“ (%3). Nejprve ho změňte nebo smažte.</numerusform>
            <numerusform>Tento záznam typu „%1“ nelze smazat: odkazují na něj ještě %n záznamy typu „%2“ (%3). Nejprve je změňte nebo smažte.</numerusform>
            <numerusform>Tento záznam typu „%1“ nelze smazat: odkazuje na něj ještě %n záznamů typu „%2“ (%3). Nejprve je změňte nebo smažte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralWork</name>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="65"/>
        <source>A referral passes the person&apos;s data to another service: choose their consent for referrals or for sharing with other services. If there is none, record it first.</source>
        <translation>Zprostředkování předává údaje osoby jiné službě: zvolte její souhlas se zprostředkováním nebo se sdílením s jinými službami. Pokud žádný není, nejprve ho zapište.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="95"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Zprostředkování ve stavu %1 nemůže přejít do stavu %2.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="102"/>
        <source>%1 cannot be before the referral was sent.</source>
        <translation>Údaj „%1“ nemůže být dřívější než odeslání zprostředkování.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="108"/>
        <source>%1 is in the future; record the answer when it comes.</source>
        <translation>Údaj „%1“ je v budoucnosti; odpověď zapište, až přijde.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="127"/>
        <source>Choose the staff member who takes over; they become the case manager.</source>
        <translation>Zvolte pracovníka, který případ přebírá; stane se klíčovým pracovníkem.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/reports/ReportActions.cpp" line="67"/>
        <source>Programme &amp;dashboard...</source>
        <translation>&amp;Přehled programu...</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="26"/>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sešity Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="31"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="38"/>
        <source>Reports cannot be written as &quot;%1&quot;; choose CSV, XLSX or PDF.</source>
        <translation>Zprávy nelze zapsat jako „%1“; zvolte CSV, XLSX nebo PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="48"/>
        <source>Saved &quot;%1&quot; (%2) as %3 to %4: %n row(s).</source>
        <translation>
            <numerusform>Uloženo „%1“ (%2) jako %3 do %4: %n řádek.</numerusform>
            <numerusform>Uloženo „%1“ (%2) jako %3 do %4: %n řádky.</numerusform>
            <numerusform>Uloženo „%1“ (%2) jako %3 do %4: %n řádků.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="52"/>
        <source>For outside the programme: %n cell(s) hidden (&lt;5 or x).</source>
        <translation>
            <numerusform>Pro použití mimo program: skryta %n buňka (&lt;5 nebo x).</numerusform>
            <numerusform>Pro použití mimo program: skryty %n buňky (&lt;5 nebo x).</numerusform>
            <numerusform>Pro použití mimo program: skryto %n buněk (&lt;5 nebo x).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="53"/>
        <source>For the programme&apos;s own use: every count as it is; do not send it outside.</source>
        <translation>Pro vlastní potřebu programu: všechny počty tak, jak jsou; soubor neposílejte mimo program.</translation>
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
        <translation>%1 musí být existující den ve tvaru RRRR-MM-DD (například 2026-01-31); „%2“ jím není.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="54"/>
        <source>The period would end on %1, before it starts on %2. Choose a first day on or before the last.</source>
        <translation>Období by končilo %1, tedy dříve, než začíná (%2). Zvolte první den, který není pozdější než poslední den.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="67"/>
        <source>There is no locality with the id %1 in this database. Check the id against the list of localities.</source>
        <translation>V této databázi není žádná lokalita s id %1. Ověřte id podle seznamu lokalit.</translation>
    </message>
</context>
<context>
    <name>ReportPrivacy</name>
    <message>
        <location filename="../../core/reports/ReportPrivacy.cpp" line="77"/>
        <source>For use outside the programme: a count of fewer than %1 people is not shown (&lt;%1), and neither is the smallest count beside it where it could otherwise be worked out from the others.</source>
        <translation>Pro použití mimo program: počet menší než %1 osob se nezobrazuje (&lt;%1) a nezobrazuje se ani nejmenší počet vedle něj, pokud by se jinak dal dopočítat z ostatních.</translation>
    </message>
</context>
<context>
    <name>ReportSuppression</name>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="323"/>
        <source>Counts of 1 to %1 people are suppressed and shown as &quot;%2&quot;. Zero is shown: it reveals no one.</source>
        <translation>Počty 1 až %1 osob jsou potlačeny a zobrazeny jako „%2“. Nula se zobrazuje: nikoho neodhaluje.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="327"/>
        <source>Cells shown as &quot;%1&quot; are hidden so that a suppressed count cannot be worked out from a total or a share; they may hold %2 or more.</source>
        <translation>Buňky zobrazené jako „%1“ jsou skryty, aby se potlačený počet nedal dopočítat z celkového součtu nebo podílu; mohou obsahovat %2 nebo více.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="333"/>
        <source>Names and identifiers of people and households are left out.</source>
        <translation>Jména a identifikátory osob a domácností jsou vynechány.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="20"/>
        <source>%1 could not be written: the disk is full. Free some space or choose another place; nothing was saved.</source>
        <translation>%1 se nepodařilo zapsat: disk je plný. Uvolněte místo nebo zvolte jiné umístění; nic nebylo uloženo.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="27"/>
        <source>%1 could not be written. Choose a folder you can write to; nothing was saved.</source>
        <translation>%1 se nepodařilo zapsat. Zvolte složku, do které můžete zapisovat; nic nebylo uloženo.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="39"/>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 je složka. Zadejte název souboru, který se má zapsat.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="95"/>
        <source>Unknown report format.</source>
        <translation>Neznámý formát zprávy.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="100"/>
        <source>The report has no columns; there is nothing to write.</source>
        <translation>Zpráva nemá žádné sloupce; není co zapsat.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="105"/>
        <source>The report could not be written: its rows do not match its columns. This is a fault in Fieldcase; please report it.</source>
        <translation>Zprávu se nepodařilo zapsat: její řádky neodpovídají jejím sloupcům. Jde o chybu ve Fieldcase; nahlaste ji prosím.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="121"/>
        <source>The report could not be written out.</source>
        <translation>Zprávu se nepodařilo zapsat.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="25"/>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="56"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
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
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="31"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="37"/>
        <source>Computed as</source>
        <translation>Počítáno jako</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="43"/>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="45"/>
        <source>Definition</source>
        <translation>Definice</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="47"/>
        <source>Shipped with Fieldcase</source>
        <translation>Dodáváno s Fieldcase</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="54"/>
        <source>Indicator target</source>
        <translation>Cílová hodnota indikátoru</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="57"/>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="62"/>
        <source>Period from</source>
        <translation>Období od</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="66"/>
        <source>Target</source>
        <translation>Cílová hodnota</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="75"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="76"/>
        <source>Households</source>
        <translation>Domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="77"/>
        <source>Events</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="79"/>
        <source>Referrals</source>
        <translation>Zprostředkování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="80"/>
        <source>Records</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="81"/>
        <source>ESF+ common indicator</source>
        <translation>Společný indikátor ESF+</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="82"/>
        <source>Participants entering in the period</source>
        <translation>Účastníci vstupující v daném období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="83"/>
        <source>Participants leaving in the period</source>
        <translation>Účastníci odcházející v daném období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="84"/>
        <source>People with a signed development plan</source>
        <translation>Osoby s podepsaným individuálním plánem</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="85"/>
        <source>Events held</source>
        <translation>Uspořádané akce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="86"/>
        <source>Hours of events</source>
        <translation>Hodiny akcí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="87"/>
        <source>Staff active in the period</source>
        <translation>Pracovníci aktivní v daném období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="88"/>
        <source>Staff who completed training hours</source>
        <translation>Pracovníci, kteří absolvovali hodiny školení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="89"/>
        <source>Households served</source>
        <translation>Domácnosti, kterým byly poskytnuty služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="90"/>
        <source>Clients handed over between facilities</source>
        <translation>Klienti předaní mezi zařízeními</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="91"/>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="92"/>
        <source>Quarter</source>
        <translation>Čtvrtletí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="93"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="94"/>
        <source>Whole programme</source>
        <translation>Celý program</translation>
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
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="32"/>
        <source>Funder line</source>
        <translation>Zdroj financování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="34"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="56"/>
        <source>Municipality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="35"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="59"/>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="39"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="306"/>
        <source>Start date</source>
        <translation>Datum zahájení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="40"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="307"/>
        <source>End date</source>
        <translation>Datum ukončení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="42"/>
        <source>Record special-category data</source>
        <translation>Zaznamenávat údaje zvláštní kategorie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="44"/>
        <source>Months between plan reviews</source>
        <translation>Měsíce mezi revizemi plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="64"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="50"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="114"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="276"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="549"/>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="58"/>
        <source>County or region</source>
        <translation>Kraj nebo region</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="63"/>
        <source>Settlement kind</source>
        <translation>Typ sídla</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="67"/>
        <source>Degree of urbanisation</source>
        <translation>Stupeň urbanizace</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="70"/>
        <source>Postal code</source>
        <translation>PSČ</translation>
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
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="77"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="102"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="461"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="569"/>
        <source>Staff member</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="82"/>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="84"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="464"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="571"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="89"/>
        <source>Is experience expert</source>
        <translation>Je expertem s vlastní zkušeností</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="91"/>
        <source>Account name</source>
        <translation>Uživatelský účet</translation>
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
        <translation>Aktivní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="100"/>
        <source>Staff training</source>
        <translation>Školení pracovníka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="103"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="301"/>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="104"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="546"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="78"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="105"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="547"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="574"/>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="106"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="386"/>
        <source>Provider</source>
        <translation>Poskytovatel</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="112"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="136"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="297"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="424"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="488"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="511"/>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="117"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="285"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="119"/>
        <source>Head of household</source>
        <translation>Hlava domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="122"/>
        <source>Housing situation</source>
        <translation>Bydlení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="127"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="163"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="311"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="603"/>
        <source>Case manager</source>
        <translation>Klíčový pracovník</translation>
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
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="139"/>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="141"/>
        <source>Given names</source>
        <translation>Jména</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="143"/>
        <source>Birth name</source>
        <translation>Rodné příjmení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="145"/>
        <source>Mother&apos;s birth name</source>
        <translation>Rodné příjmení matky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="147"/>
        <source>Date of birth</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="149"/>
        <source>Place of birth</source>
        <translation>Místo narození</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="151"/>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="154"/>
        <source>Relationship to head</source>
        <translation>Vztah k hlavě domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="160"/>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="161"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="673"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="170"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="522"/>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="173"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="432"/>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="178"/>
        <source>Consent text version</source>
        <translation>Verze textu souhlasu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="180"/>
        <source>Date given</source>
        <translation>Datum udělení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="182"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="184"/>
        <source>Given by</source>
        <translation>Udělil(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="187"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="319"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="640"/>
        <source>Legal representative</source>
        <translation>Zákonný zástupce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="189"/>
        <source>Date withdrawn</source>
        <translation>Datum odvolání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="191"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="426"/>
        <source>Recorded by</source>
        <translation>Zapsal(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="198"/>
        <source>Entry record</source>
        <translation>Záznam při vstupu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="203"/>
        <source>Date of entry</source>
        <translation>Datum vstupu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="205"/>
        <source>Labour status</source>
        <translation>Postavení na trhu práce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="209"/>
        <source>Highest education (ISCED)</source>
        <translation>Nejvyšší dosažené vzdělání (ISCED)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="213"/>
        <source>Disability</source>
        <translation>Zdravotní postižení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="216"/>
        <source>Minority, including marginalised communities</source>
        <translation>Menšina, včetně marginalizovaných komunit</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="219"/>
        <source>Homeless or housing exclusion</source>
        <translation>Bez domova nebo vyloučení z bydlení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="222"/>
        <source>Jobless household</source>
        <translation>Domácnost bez zaměstnané osoby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="225"/>
        <source>Single adult household with children</source>
        <translation>Domácnost s jedním dospělým a dětmi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="227"/>
        <source>Asked by</source>
        <translation>Dotazoval(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="229"/>
        <source>Asked on</source>
        <translation>Dotázáno dne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="233"/>
        <source>Unemployed since</source>
        <translation>Nezaměstnaný/á od</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="235"/>
        <source>Citizenship</source>
        <translation>Státní občanství</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="239"/>
        <source>Foreign background</source>
        <translation>Cizí původ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="246"/>
        <source>Exit record</source>
        <translation>Záznam při výstupu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="250"/>
        <source>Date of exit</source>
        <translation>Datum výstupu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="252"/>
        <source>Situation on leaving</source>
        <translation>Situace při odchodu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="257"/>
        <source>Qualification gained</source>
        <translation>Získaná kvalifikace</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="259"/>
        <source>Follow-up date</source>
        <translation>Datum následného zjišťování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="262"/>
        <source>Situation six months later</source>
        <translation>Situace po šesti měsících</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="272"/>
        <source>Facility</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="284"/>
        <source>Beds</source>
        <translation>Lůžka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="292"/>
        <source>Development plan</source>
        <translation>Individuální plán</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="302"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="366"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="388"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="499"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="525"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="309"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="406"/>
        <source>Next review</source>
        <translation>Příští revize</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="313"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="604"/>
        <source>Experience expert</source>
        <translation>Expert s vlastní zkušeností</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="315"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="408"/>
        <source>Plan version</source>
        <translation>Verze plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="316"/>
        <source>Signed by</source>
        <translation>Podepsal(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="321"/>
        <source>Signed by client on</source>
        <translation>Klient podepsal dne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="323"/>
        <source>Signed by case manager on</source>
        <translation>Klíčový pracovník podepsal dne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="325"/>
        <source>Signed by experience expert on</source>
        <translation>Expert s vlastní zkušeností podepsal dne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="332"/>
        <source>Plan need</source>
        <translation>Potřeba v plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="333"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="350"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="377"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="398"/>
        <source>Plan</source>
        <translation>Plán</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="336"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="355"/>
        <source>Intervention area</source>
        <translation>Oblast podpory</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="341"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="385"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="493"/>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="342"/>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="349"/>
        <source>Plan goal</source>
        <translation>Cíl plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="359"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="379"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="476"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="490"/>
        <source>Goal</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="360"/>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="361"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="494"/>
        <source>Who does it</source>
        <translation>Kdo to udělá</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="363"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="496"/>
        <source>Responsible staff member</source>
        <translation>Odpovědný pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="365"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="498"/>
        <source>Deadline</source>
        <translation>Termín</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="48"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="370"/>
        <source>Order</source>
        <translation>Pořadí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="376"/>
        <source>Plan action</source>
        <translation>Krok plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="387"/>
        <source>Due date</source>
        <translation>Termín splnění</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="396"/>
        <source>Plan review</source>
        <translation>Revize plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="401"/>
        <source>Review date</source>
        <translation>Datum revize</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="403"/>
        <source>Reviewed by</source>
        <translation>Revizi provedl(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="404"/>
        <source>Summary</source>
        <translation>Shrnutí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="410"/>
        <source>Plan as reviewed</source>
        <translation>Plán ve stavu při revizi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="416"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="457"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="474"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="484"/>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="429"/>
        <source>Date and time</source>
        <translation>Datum a čas</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="430"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="548"/>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="431"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="684"/>
        <source>Planned</source>
        <translation>Plánováno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="434"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="690"/>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="436"/>
        <source>Observations</source>
        <translation>Pozorování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="438"/>
        <source>Agreements</source>
        <translation>Dohody</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="440"/>
        <source>Minutes spent</source>
        <translation>Strávené minuty</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="442"/>
        <source>Child protection or risk concern</source>
        <translation>Ohrožení dítěte nebo jiné riziko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="444"/>
        <source>Risk note</source>
        <translation>Poznámka k riziku</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="446"/>
        <source>Next visit</source>
        <translation>Příští návštěva</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="447"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="576"/>
        <source>Corrects</source>
        <translation>Opravuje</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="449"/>
        <source>Withdrawn</source>
        <translation>Vzato zpět</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="455"/>
        <source>Activity participant</source>
        <translation>Účastník aktivity</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="472"/>
        <source>Activity goal link</source>
        <translation>Vazba aktivity na cíl</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="483"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="691"/>
        <source>Task</source>
        <translation>Úkol</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="506"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="632"/>
        <source>Referral</source>
        <translation>Zprostředkování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="514"/>
        <source>From service</source>
        <translation>Ze služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="516"/>
        <source>To service</source>
        <translation>Do služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="518"/>
        <source>From facility</source>
        <translation>Ze zařízení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="520"/>
        <source>To facility</source>
        <translation>Do zařízení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="521"/>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="524"/>
        <source>Date sent</source>
        <translation>Datum odeslání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="529"/>
        <source>Status since</source>
        <translation>Stav od</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="530"/>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="532"/>
        <source>Referred by</source>
        <translation>Zprostředkoval(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="534"/>
        <source>Receiving staff member</source>
        <translation>Přebírající pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="540"/>
        <source>Group event</source>
        <translation>Skupinová akce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="545"/>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="554"/>
        <source>Organiser</source>
        <translation>Organizátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="556"/>
        <source>External guests</source>
        <translation>Hosté zvenčí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="563"/>
        <source>Attendance</source>
        <translation>Účast</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="565"/>
        <source>Event</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="575"/>
        <source>Present</source>
        <translation>Přítomen(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="586"/>
        <source>Catching-up settlements</source>
        <translation>Dorovnávání zaostávajících obcí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="587"/>
        <source>Regional social services</source>
        <translation>Regionální sociální služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="588"/>
        <source>Community work centre</source>
        <translation>Komunitní centrum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="589"/>
        <source>County inclusion coordination</source>
        <translation>Krajská koordinace sociálního začleňování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="590"/>
        <source>Hungary</source>
        <translation>Maďarsko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="591"/>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="592"/>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="593"/>
        <source>Bulgaria</source>
        <translation>Bulharsko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="594"/>
        <source>Romania</source>
        <translation>Rumunsko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="595"/>
        <source>Segregated settlement</source>
        <translation>Sociálně vyloučená lokalita</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="596"/>
        <source>Village</source>
        <translation>Vesnice</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="597"/>
        <source>Town</source>
        <translation>Město</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="598"/>
        <source>City district</source>
        <translation>Městská čtvrť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="599"/>
        <source>Rural</source>
        <translation>Venkovská oblast</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="600"/>
        <source>Intermediate</source>
        <translation>Přechodná oblast</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="601"/>
        <source>Urban</source>
        <translation>Městská oblast</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="602"/>
        <source>Social worker</source>
        <translation>Sociální pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="605"/>
        <source>Supervisor</source>
        <translation>Vedoucí týmu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="606"/>
        <source>Health mediator</source>
        <translation>Zdravotní mediátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="607"/>
        <source>Education mediator</source>
        <translation>Vzdělávací mediátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="608"/>
        <source>Assistant</source>
        <translation>Asistent</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="609"/>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="610"/>
        <source>Municipal staff</source>
        <translation>Pracovník obce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="611"/>
        <source>Owned</source>
        <translation>Vlastní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="612"/>
        <source>Rented</source>
        <translation>Nájemní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="613"/>
        <source>Social rented</source>
        <translation>Sociální nájemní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="614"/>
        <source>Informal</source>
        <translation>Neformální</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="615"/>
        <source>Shelter</source>
        <translation>Azylové bydlení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="616"/>
        <source>Homeless</source>
        <translation>Bez domova</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="617"/>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="618"/>
        <source>Female</source>
        <translation>Žena</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="619"/>
        <source>Male</source>
        <translation>Muž</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="620"/>
        <source>Unknown</source>
        <translation>Neznámé</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="621"/>
        <source>Head</source>
        <translation>Hlava domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="622"/>
        <source>Spouse</source>
        <translation>Manžel/manželka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="623"/>
        <source>Partner</source>
        <translation>Partner/partnerka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="624"/>
        <source>Child</source>
        <translation>Dítě</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="625"/>
        <source>Parent</source>
        <translation>Rodič</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="626"/>
        <source>Sibling</source>
        <translation>Sourozenec</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="627"/>
        <source>Grandchild</source>
        <translation>Vnouče</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="628"/>
        <source>Grandparent</source>
        <translation>Prarodič</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="629"/>
        <source>Other relative</source>
        <translation>Jiný příbuzný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="630"/>
        <source>Case work</source>
        <translation>Sociální práce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="631"/>
        <source>Sharing with other services</source>
        <translation>Sdílení s jinými službami</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="633"/>
        <source>Special-category data</source>
        <translation>Údaje zvláštní kategorie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="634"/>
        <source>Photos</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="635"/>
        <source>Monitoring</source>
        <translation>Monitorování</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="636"/>
        <source>Written</source>
        <translation>Písemně</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="637"/>
        <source>Oral, witnessed</source>
        <translation>Ústně, za přítomnosti svědka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="638"/>
        <source>Electronic</source>
        <translation>Elektronicky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="639"/>
        <source>Self</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="641"/>
        <source>Employed</source>
        <translation>Zaměstnaný/á</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="642"/>
        <source>Self-employed</source>
        <translation>OSVČ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="643"/>
        <source>Unemployed</source>
        <translation>Nezaměstnaný/á</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="644"/>
        <source>Long-term unemployed</source>
        <translation>Dlouhodobě nezaměstnaný/á</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="645"/>
        <source>Inactive</source>
        <translation>Ekonomicky neaktivní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="646"/>
        <source>In education</source>
        <translation>Ve vzdělávání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="647"/>
        <source>ISCED 0: early childhood or none</source>
        <translation>ISCED 0: předškolní vzdělávání nebo žádné</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="648"/>
        <source>ISCED 1: primary</source>
        <translation>ISCED 1: primární (1. stupeň ZŠ)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="649"/>
        <source>ISCED 2: lower secondary</source>
        <translation>ISCED 2: nižší sekundární (2. stupeň ZŠ)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="650"/>
        <source>ISCED 3: upper secondary</source>
        <translation>ISCED 3: vyšší sekundární (střední škola)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="651"/>
        <source>ISCED 4: post-secondary non-tertiary</source>
        <translation>ISCED 4: postsekundární neterciární</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="652"/>
        <source>ISCED 5: short-cycle tertiary</source>
        <translation>ISCED 5: krátký terciární cyklus</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="653"/>
        <source>ISCED 6: bachelor&apos;s or equivalent</source>
        <translation>ISCED 6: bakalářské nebo ekvivalentní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="654"/>
        <source>ISCED 7: master&apos;s or equivalent</source>
        <translation>ISCED 7: magisterské nebo ekvivalentní</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="655"/>
        <source>ISCED 8: doctoral</source>
        <translation>ISCED 8: doktorské</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="656"/>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="657"/>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="658"/>
        <source>Declined to answer</source>
        <translation>Odmítl(a) odpovědět</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="659"/>
        <source>Job searching</source>
        <translation>Hledá práci</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="660"/>
        <source>In training</source>
        <translation>V odborné přípravě</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="661"/>
        <source>Field social work</source>
        <translation>Terénní sociální práce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="662"/>
        <source>Counselling</source>
        <translation>Sociální poradenství</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="663"/>
        <source>Family support service</source>
        <translation>Sociálně aktivizační služba pro rodiny s dětmi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="664"/>
        <source>Job centre</source>
        <translation>Úřad práce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="665"/>
        <source>Health</source>
        <translation>Zdraví</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="666"/>
        <source>School</source>
        <translation>Škola</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="667"/>
        <source>Individual</source>
        <translation>Individuální</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="668"/>
        <source>Family</source>
        <translation>Rodinný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="669"/>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="670"/>
        <source>Awaiting signature</source>
        <translation>Čeká na podpis</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="672"/>
        <source>Closed</source>
        <translation>Uzavřeno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="674"/>
        <source>Education</source>
        <translation>Vzdělávání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="675"/>
        <source>Employment</source>
        <translation>Zaměstnání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="676"/>
        <source>Housing</source>
        <translation>Bydlení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="677"/>
        <source>Income and debt</source>
        <translation>Příjmy a dluhy</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="678"/>
        <source>Children and family</source>
        <translation>Děti a rodina</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="679"/>
        <source>Documents</source>
        <translation>Doklady</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="680"/>
        <source>Community</source>
        <translation>Komunita</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="681"/>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="682"/>
        <source>Medium</source>
        <translation>Střední</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="683"/>
        <source>Low</source>
        <translation>Nízká</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="685"/>
        <source>In progress</source>
        <translation>Probíhá</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="686"/>
        <source>Achieved</source>
        <translation>Dosaženo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="687"/>
        <source>Partly achieved</source>
        <translation>Částečně dosaženo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="688"/>
        <source>Not achieved</source>
        <translation>Nedosaženo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="689"/>
        <source>Dropped</source>
        <translation>Upuštěno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="692"/>
        <source>Done</source>
        <translation>Splněno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="693"/>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="694"/>
        <source>Home visit</source>
        <translation>Domácí návštěva</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="695"/>
        <source>Consultation</source>
        <translation>Konzultace</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="696"/>
        <source>Case conference</source>
        <translation>Případová konference</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="697"/>
        <source>Phone call</source>
        <translation>Telefonát</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="698"/>
        <source>Accompaniment</source>
        <translation>Doprovod</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="699"/>
        <source>Household member</source>
        <translation>Člen domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="700"/>
        <source>Staff</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="701"/>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="702"/>
        <source>Hand-over</source>
        <translation>Předání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="703"/>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="704"/>
        <source>Accepted</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="705"/>
        <source>Completed</source>
        <translation>Dokončeno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="706"/>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="707"/>
        <source>Thematic day</source>
        <translation>Tematický den</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="708"/>
        <source>Training</source>
        <translation>Školení</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="709"/>
        <source>Community event</source>
        <translation>Komunitní akce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="710"/>
        <source>Volunteering</source>
        <translation>Dobrovolnictví</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="711"/>
        <source>Community meeting</source>
        <translation>Komunitní setkání</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="712"/>
        <source>Participant</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="713"/>
        <source>Volunteer</source>
        <translation>Dobrovolník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="714"/>
        <source>Speaker</source>
        <translation>Řečník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="715"/>
        <source>Citizen of this country</source>
        <translation>Občan této země</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="716"/>
        <source>Citizen of another EU country</source>
        <translation>Občan jiné země EU</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="717"/>
        <source>Citizen of a country outside the EU</source>
        <translation>Občan země mimo EU</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="718"/>
        <source>Stateless</source>
        <translation>Bez státní příslušnosti</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="52"/>
        <source>The folder %1 could not be made.</source>
        <translation>Složku %1 se nepodařilo vytvořit.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="62"/>
        <source>%1 could not be written.</source>
        <translation>%1 se nepodařilo zapsat.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="36"/>
        <source>%1: %2 is in the future, which is not possible here.</source>
        <translation>%1: %2 je v budoucnosti, což zde není možné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="47"/>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) nemůže být dříve než %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="62"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 musí být mezi %2 a %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="71"/>
        <source>Choose a %1 or a %2.</source>
        <translation>Vyplňte pole „%1“ nebo „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="76"/>
        <source>Choose either a %1 or a %2, not both.</source>
        <translation>Vyplňte buď pole „%1“, nebo „%2“, ne obojí.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="89"/>
        <source>A target for the whole programme has no %1; leave it empty.</source>
        <translation>U cílové hodnoty pro celý program se %1 nevyplňuje; ponechte pole prázdné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="95"/>
        <source>A target for a month, a quarter or a year needs the first day of that period in %1.</source>
        <translation>Cílová hodnota pro měsíc, čtvrtletí nebo rok potřebuje v poli %1 první den daného období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="103"/>
        <source>%1 (%2) must be the first day of the %3: the 1st of a month, of January, April, July or October for a quarter, of January for a year.</source>
        <translation>%1 (%2) musí být první den období %3: 1. den měsíce; u čtvrtletí 1. ledna, dubna, července nebo října; u roku 1. ledna.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="141"/>
        <source>Write the name of the legal representative who gave the consent.</source>
        <translation>Napište jméno zákonného zástupce, který souhlas udělil.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="166"/>
        <source>An individual plan needs the person it is for.</source>
        <translation>Individuální plán potřebuje osobu, pro kterou je určen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="170"/>
        <source>A family plan needs the household it is for.</source>
        <translation>Rodinný plán potřebuje domácnost, pro kterou je určen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="190"/>
        <source>%1: a visit or service is recorded after it happened; this one is in the future. Plan it as the next visit instead.</source>
        <translation>%1: návštěva nebo služba se zapisuje poté, co proběhla; tato je v budoucnosti. Naplánujte ji místo toho jako příští návštěvu.</translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>The database file.</source>
        <translation>Soubor databáze.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="36"/>
        <source>%1 needs --db PATH, the database file.</source>
        <translation>%1 potřebuje --db CESTA, soubor databáze.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="54"/>
        <source>fieldcase-cli: the changes that earlier merges set aside could not be tried again after the upgrade: %1. They are kept; the next merge tries again.</source>
        <translation>fieldcase-cli: změny, které dřívější slučování odložila, se po upgradu nepodařilo zkusit znovu: %1. Zůstávají uchovány; příští slučování to zkusí znovu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/VerbParser.cpp" line="59"/>
        <source>fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside are merged now.</source>
        <translation>
            <numerusform>fieldcase-cli: databáze byla upgradována; %n změna, kterou dřívější slučování odložila, je nyní sloučena.</numerusform>
            <numerusform>fieldcase-cli: databáze byla upgradována; %n změny, které dřívější slučování odložila, jsou nyní sloučeny.</numerusform>
            <numerusform>fieldcase-cli: databáze byla upgradována; %n změn, které dřívější slučování odložila, je nyní sloučeno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="68"/>
        <source>fieldcase-cli: error: %1</source>
        <translation>fieldcase-cli: chyba: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="73"/>
        <source>fieldcase-cli: %1</source>
        <translation>fieldcase-cli: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="74"/>
        <source>Run fieldcase-cli --help for the verbs.</source>
        <translation>Příkazy zobrazíte pomocí fieldcase-cli --help.</translation>
    </message>
</context>
<context>
    <name>VisitWork</name>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="81"/>
        <source>This visit was already corrected or withdrawn. Open the latest version of it to correct it again.</source>
        <translation>Tato návštěva už byla opravena nebo vzata zpět. Chcete-li ji znovu opravit, otevřete její nejnovější verzi.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="85"/>
        <source>This record withdraws a visit; it cannot be corrected.</source>
        <translation>Tento záznam bere zpět návštěvu; nelze ho opravit.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="102"/>
        <source>Say why the visit is withdrawn; the reason is kept with it.</source>
        <translation>Uveďte, proč se návštěva bere zpět; důvod zůstane uložen u ní.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="53"/>
        <source>Report</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="63"/>
        <source>No temporary folder could be made for the spreadsheet.</source>
        <translation>Pro tabulku se nepodařilo vytvořit dočasnou složku.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="73"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="79"/>
        <source>The spreadsheet could not be started.</source>
        <translation>Tabulku se nepodařilo zahájit.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="159"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="164"/>
        <source>The spreadsheet could not be made.</source>
        <translation>Tabulku se nepodařilo vytvořit.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="16"/>
        <source>Print plans awaiting signature</source>
        <translation>Tisk plánů čekajících na podpis</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="19"/>
        <source>Every individual and family plan of the locality whose status is awaiting signature is printed, each starting on a new sheet with its own page numbers.</source>
        <translation>Vytisknou se všechny individuální a rodinné plány lokality ve stavu čeká na podpis, každý od nového listu s vlastním číslováním stran.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="28"/>
        <source>%1 (awaiting signature: %2)</source>
        <translation>%1 (čeká na podpis: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="30"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="39"/>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Náhled a tisk...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="40"/>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Uložit jako PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="67"/>
        <source>No plan awaits signature at the moment.</source>
        <translation>Momentálně nečeká na podpis žádný plán.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="74"/>
        <source>Plans awaiting signature in all localities: %1.</source>
        <translation>Plány čekající na podpis ve všech lokalitách: %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseActions</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="85"/>
        <source>Risk flagged</source>
        <translation>Zjištěno riziko</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="86"/>
        <source>A child-protection or other risk was flagged on this visit. Refer the family to the service that can act on it now?</source>
        <translation>Při této návštěvě bylo zjištěno ohrožení dítěte nebo jiné riziko. Zprostředkovat rodině nyní službu, která může zasáhnout?</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="191"/>
        <source>Not editable</source>
        <translation>Nelze upravit</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="192"/>
        <source>This record is a fact and is not edited; it is kept as it was recorded.</source>
        <translation>Tento záznam je fakt a neupravuje se; zůstává tak, jak byl zapsán.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="216"/>
        <source>Already corrected</source>
        <translation>Již opraveno</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="217"/>
        <source>This visit was already corrected or withdrawn. Open the record in force to correct it again.</source>
        <translation>Tato návštěva už byla opravena nebo vzata zpět. Chcete-li ji znovu opravit, otevřete platný záznam.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="227"/>
        <source>Withdraw a visit</source>
        <translation>Vzít návštěvu zpět</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="228"/>
        <source>The visit stays in the records, marked as withdrawn, with the reason you give. Why is it withdrawn?</source>
        <translation>Návštěva zůstane v záznamech, označená jako vzatá zpět, s důvodem, který uvedete. Proč se bere zpět?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChangeHistoryModel</name>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="24"/>
        <source>(structured data)</source>
        <translation>(strukturovaná data)</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="44"/>
        <source>%1 created</source>
        <translation>Vytvořeno: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="46"/>
        <source>%1 deleted</source>
        <translation>Smazáno: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="48"/>
        <source>%1 changed</source>
        <translation>Změněno: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="107"/>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="109"/>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="111"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="113"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="115"/>
        <source>Before</source>
        <translation>Předtím</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="117"/>
        <source>After</source>
        <translation>Potom</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="119"/>
        <source>Correction note</source>
        <translation>Poznámka k opravě</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ConflictInbox</name>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="44"/>
        <source>%1 (by that device&apos;s clock)</source>
        <translation>%1 (podle hodin daného zařízení)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="53"/>
        <source>Conflict inbox</source>
        <translation>Schránka konfliktů</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="63"/>
        <source>Open conflicts</source>
        <translation>Otevřené konflikty</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="84"/>
        <source>Or &amp;type the right value:</source>
        <translation>Nebo &amp;zadejte správnou hodnotu:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="87"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Použít tuto hodnotu</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="102"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="117"/>
        <source>this copy</source>
        <translation>tato kopie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="120"/>
        <source>central copy</source>
        <translation>centrální kopie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="131"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="132"/>
        <source>deleted, still needed</source>
        <translation>smazáno, stále potřebné</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="133"/>
        <source>deleted and edited</source>
        <translation>smazáno a upraveno</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="135"/>
        <source>%1 [special category]</source>
        <translation>%1 [zvláštní kategorie]</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="140"/>
        <source>No open conflicts</source>
        <translation>Žádné otevřené konflikty</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="141"/>
        <source>Every change merged so far fitted together. Conflicts appear here when two devices change the same thing, or one deletes what another edits.</source>
        <translation>Všechny dosud sloučené změny do sebe zapadly. Konflikty se zde objeví, když dvě zařízení změní totéž nebo když jedno smaže, co jiné upravuje.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="167"/>
        <source>%1: deleted on one device, still needed by records from another</source>
        <translation>%1: na jednom zařízení smazáno, záznamy z jiného ho stále potřebují</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="168"/>
        <source>%1: deleted on one device, edited on another</source>
        <translation>%1: na jednom zařízení smazáno, na jiném upraveno</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="171"/>
        <source>Other records still point at this one, so it is kept for now with every value it had. Keep it, or change those records first and then decide to delete it.</source>
        <translation>Na tento záznam stále odkazují jiné záznamy, proto je zatím ponechán se všemi hodnotami, které měl. Ponechte ho, nebo nejprve změňte tyto záznamy a pak rozhodněte o jeho smazání.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="173"/>
        <source>The record stays deleted until you decide. Taking the edited version restores it with every value it had.</source>
        <translation>Záznam zůstane smazaný, dokud nerozhodnete. Převzetím upravené verze se obnoví se všemi hodnotami, které měl.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="176"/>
        <source>Two records of this person were merged, and they held different values. The value of the merged record is offered beside the one in use for now (%1). Nothing is lost until you decide.</source>
        <translation>Dva záznamy této osoby byly sloučeny a obsahovaly různé hodnoty. Hodnota sloučeného záznamu je nabídnuta vedle té, která se zatím používá (%1). Dokud nerozhodnete, nic se neztratí.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="179"/>
        <source>The value in use for now is the latest one (%1). Nothing is lost until you decide.</source>
        <translation>Prozatím se používá nejnovější hodnota (%1). Dokud nerozhodnete, nic se neztratí.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="182"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically, and the value from before the conflict (%1) stays in use until you decide.</source>
        <translation>Jde o údaje zvláštní kategorie (například menšina nebo zdravotní postižení): nikdy se nerozhodují automaticky a dokud nerozhodnete, používá se hodnota z doby před konfliktem (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="186"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically.</source>
        <translation>Jde o údaje zvláštní kategorie (například menšina nebo zdravotní postižení): nikdy se nerozhodují automaticky.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Changed by</source>
        <translation>Změnil(a)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="198"/>
        <source>Before</source>
        <translation>Předtím</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="205"/>
        <source>Version %1</source>
        <translation>Verze %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="211"/>
        <source>Keep &amp;%1 (stays deleted)</source>
        <translation>Ponechat &amp;%1 (zůstane smazáno)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="212"/>
        <source>Take &amp;%1</source>
        <translation>Převzít &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="243"/>
        <source>Decided. The decision is logged and goes back to the laptops with their next return package.</source>
        <translation>Rozhodnuto. Rozhodnutí je zaznamenáno a vrátí se do notebooků s jejich příštím zpětným balíčkem.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Dashboard</name>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="59"/>
        <source>Programme dashboard</source>
        <translation>Přehled programu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="66"/>
        <source>&amp;Period:</source>
        <translation>&amp;Období:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="69"/>
        <source>(whole programme)</source>
        <translation>(celý program)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="70"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="82"/>
        <source>Enter or a double-click lists the people or events behind an indicator&apos;s achieved number.</source>
        <translation>Klávesa Enter nebo dvojklik vypíše osoby nebo akce, ze kterých vychází dosažená hodnota indikátoru.</translation>
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
        <translation>&amp;Sada indikátorů:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="99"/>
        <source>Planned vs &amp;achieved</source>
        <translation>Plánováno vs. &amp;dosaženo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="100"/>
        <source>&amp;ESF+ participants</source>
        <translation>Účastníci &amp;ESF+</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="225"/>
        <source>This indicator rests on special-category data, which the programme does not record; there is nobody to list.</source>
        <translation>Tento indikátor vychází z údajů zvláštní kategorie, které program nezaznamenává; není koho vypsat.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="231"/>
        <source>This indicator&apos;s definition cannot be read (the notes under the table say why), so nothing is counted and there is nobody to list.</source>
        <translation>Definici tohoto indikátoru nelze přečíst (důvod uvádějí poznámky pod tabulkou), proto se nic nepočítá a není koho vypsat.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="251"/>
        <source>Achieved: %1. Unit: %2. %3.
The records behind the number are listed here; Enter shows the one chosen in the main window.</source>
        <translation>Dosaženo: %1. Jednotka: %2. %3.
Zde jsou vypsány záznamy, ze kterých hodnota vychází; Enter zobrazí vybraný záznam v hlavním okně.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="257"/>
        <source>Behind the number: %1</source>
        <translation>Za hodnotou: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="296"/>
        <location filename="../../ui/reports/Dashboard.cpp" line="308"/>
        <source>Export the report</source>
        <translation>Exportovat zprávu</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>RRRR-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="14"/>
        <source>Year-month-day and time, for example 2026-03-31 14:30. Ctrl+D: now.</source>
        <translation>Rok-měsíc-den a čas, například 2026-03-31 14:30. Ctrl+D: nyní.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="15"/>
        <source>Year-month-day with a four-digit year, for example 2026-03-31. Ctrl+D: today.</source>
        <translation>Rok-měsíc-den se čtyřmístným rokem, například 2026-03-31. Ctrl+D: dnes.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DocumentActions</name>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="26"/>
        <source>&amp;Print...</source>
        <translation>&amp;Tisk...</translation>
    </message>
    <message>
        <source>Print preview of the plan of the person on screen, or their case summary</source>
        <translation type="vanished">Náhled tisku plánu zobrazené osoby nebo souhrnu jejího případu</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="32"/>
        <source>Print case &amp;summary...</source>
        <translation>Tisk &amp;souhrnu případu...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="35"/>
        <source>Save as P&amp;DF...</source>
        <translation>Uložit jako P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="39"/>
        <source>Plans &amp;awaiting signature...</source>
        <translation>Plány čekající na podp&amp;is...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="40"/>
        <source>Print every plan of a locality that awaits signature</source>
        <translation>Vytisknout všechny plány lokality, které čekají na podpis</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="45"/>
        <source>&amp;Print</source>
        <translation>&amp;Tisk</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="54"/>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Select a person first: printing shows their plan or their case summary.</source>
        <translation type="vanished">Nejprve vyberte osobu: tisk zobrazí její plán nebo souhrn jejího případu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="28"/>
        <source>Print preview of the record on screen: a plan, review, visit, attendance sheet or consent form; for a person their current plan, else their case summary</source>
        <translation>Náhled tisku zobrazeného záznamu: plánu, revize, návštěvy, prezenční listiny nebo formuláře souhlasu; u osoby jejího aktuálního plánu, jinak souhrnu jejího případu</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="67"/>
        <source>Select a person first: the case summary is printed for them.</source>
        <translation>Nejprve vyberte osobu: vytiskne se souhrn jejího případu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="68"/>
        <source>Select a record first: a person, household, plan, plan review, visit, group event or consent.</source>
        <translation>Nejprve vyberte záznam: osobu, domácnost, plán, revizi plánu, návštěvu, skupinovou akci nebo souhlas.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="110"/>
        <source>Print preview: %1</source>
        <translation>Náhled tisku: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <source>Preparing the pages...</source>
        <translation>Připravují se stránky...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Writing %1...</source>
        <translation>Zapisuje se %1...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="157"/>
        <source>Save as PDF</source>
        <translation>Uložit jako PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="189"/>
        <source>No plan of this locality awaits signature any more.</source>
        <translation>Žádný plán této lokality už nečeká na podpis.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="196"/>
        <source>Save plans as PDF</source>
        <translation>Uložit plány jako PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="203"/>
        <source>Print</source>
        <translation>Tisk</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuplicateReview</name>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="30"/>
        <source>Possible duplicate persons</source>
        <translation>Možné duplicitní osoby</translation>
    </message>
    <message>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept.</source>
        <translation type="vanished">Tyto osoby byly zaregistrovány vícekrát, možná na dvou noteboocích. Sloučením se zachovají všechny návštěvy, plány a souhlasy obou; soubory, které ještě uvádějí sloučenou osobu, se přiřadí k ponechané.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="33"/>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept. Where the two hold different details (two phone numbers), both go to the conflict inbox for you to decide.</source>
        <translation>Tyto osoby byly zaregistrovány vícekrát, možná na dvou noteboocích. Sloučení zachová všechny návštěvy, plány a souhlasy obou; soubory, které ještě uvádějí sloučenou osobu, se přiřadí k ponechané. Pokud se údaje obou liší (dvě telefonní čísla), obě hodnoty jdou do schránky konfliktů, kde o nich rozhodnete.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>First person</source>
        <translation>První osoba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Born</source>
        <translation>Narozen(a)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Second person</source>
        <translation>Druhá osoba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="54"/>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Ponechat &amp;první osobu, druhou sloučit do ní</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="56"/>
        <source>Keep the &amp;second</source>
        <translation>Ponechat &amp;druhou</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="57"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Není to stejná osoba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="58"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="84"/>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Žádné možné duplicity nečekají na posouzení.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="99"/>
        <source>Merge two persons</source>
        <translation>Sloučit dvě osoby</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="100"/>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1. Details that differ between the two wait in the conflict inbox, with both values, until you decide.</source>
        <translation>Sloučit oba záznamy do %1? Všechny návštěvy, plány a souhlasy obou zůstanou, u %1. Údaje, které se mezi oběma liší, čekají s oběma hodnotami ve schránce konfliktů, dokud nerozhodnete.</translation>
    </message>
    <message>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1.</source>
        <translation type="vanished">Sloučit oba záznamy do %1? Všechny návštěvy, plány a souhlasy obou zůstanou u osoby %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="114"/>
        <source>Merged into %1: %n record(s) moved over.</source>
        <translation>
            <numerusform>Sloučeno do %1: přesunut %n záznam.</numerusform>
            <numerusform>Sloučeno do %1: přesunuty %n záznamy.</numerusform>
            <numerusform>Sloučeno do %1: přesunuto %n záznamů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="116"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n rozdílná hodnota obou záznamů čeká na rozhodnutí ve schránce konfliktů (nabídka Výměna, Ctrl+Shift+I).</numerusform>
            <numerusform>%n rozdílné hodnoty obou záznamů čekají na rozhodnutí ve schránce konfliktů (nabídka Výměna, Ctrl+Shift+I).</numerusform>
            <numerusform>%n rozdílných hodnot obou záznamů čeká na rozhodnutí ve schránce konfliktů (nabídka Výměna, Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="130"/>
        <source>Marked as two different people.</source>
        <translation>Označeno jako dvě různé osoby.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="47"/>
        <source>Enrol a laptop</source>
        <translation>Zaregistrovat notebook</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="50"/>
        <source>The enrolment file holds the laptop&apos;s keys and the caseload of the worker. Take it to the laptop on a stick; tell the worker the passphrase separately.</source>
        <translation>Registrační soubor obsahuje klíče notebooku a klienty pracovníka. Přeneste ho do notebooku na flash disku; přístupovou frázi sdělte pracovníkovi zvlášť.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="58"/>
        <source>for example: Laptop 3, Alsóberény team</source>
        <translation>například: Notebook 3, tým Alsóberény</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="59"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Název notebooku:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="77"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Pracovník:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="79"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Vybrat...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="80"/>
        <source>Enrolment &amp;file:</source>
        <translation>Registrační &amp;soubor:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="86"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="87"/>
        <source>Passphrase:</source>
        <translation>Přístupová fráze:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="95"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Zaregistrovat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="116"/>
        <source>Enrolment file</source>
        <translation>Registrační soubor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="117"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Soubory výměny Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="125"/>
        <source>Choose where to write the enrolment file.</source>
        <translation>Zvolte, kam se má registrační soubor zapsat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="134"/>
        <source>Enrolled &quot;%1&quot;: %n record(s) in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</source>
        <translation>
            <numerusform>Zaregistrováno „%1“: %n záznam v %2. Přístupovou frázi uvedenou výše sdělte pracovníkovi telefonicky nebo na papíře, nikdy ne spolu se souborem.</numerusform>
            <numerusform>Zaregistrováno „%1“: %n záznamy v %2. Přístupovou frázi uvedenou výše sdělte pracovníkovi telefonicky nebo na papíře, nikdy ne spolu se souborem.</numerusform>
            <numerusform>Zaregistrováno „%1“: %n záznamů v %2. Přístupovou frázi uvedenou výše sdělte pracovníkovi telefonicky nebo na papíře, nikdy ne spolu se souborem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="139"/>
        <source>Tell them this central copy&apos;s key too, which they give when joining, so that the laptop refuses a file that another copy made: %1</source>
        <translation>Sdělte pracovníkovi také klíč této centrální kopie, který zadá při připojování, aby notebook odmítl soubor vytvořený jinou kopií: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="42"/>
        <source>Attendance</source>
        <translation>Účast</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="44"/>
        <source>&amp;Find a registered person</source>
        <translation>&amp;Najít registrovanou osobu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="47"/>
        <source>Add to the &amp;list</source>
        <translation>Přidat do &amp;seznamu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="51"/>
        <source>Registered &amp;people present</source>
        <translation>Přítomné &amp;registrované osoby</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="54"/>
        <source>S&amp;taff present</source>
        <translation>Přítomní &amp;pracovníci</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FieldForm</name>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(choose)</source>
        <translation>(vyberte)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(not recorded)</source>
        <translation>(nezapsáno)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/HistoryDialog.cpp" line="24"/>
        <source>History: %1 %2</source>
        <translation>Historie: %1 %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IndicatorChart</name>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="36"/>
        <source>Planned against achieved, as bars</source>
        <translation>Plánováno oproti dosaženému, ve sloupcích</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="62"/>
        <source>Achieved</source>
        <translation>Dosaženo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="65"/>
        <source>Still to reach the target</source>
        <translation>Zbývá do cílové hodnoty</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="68"/>
        <source>Beyond the target</source>
        <translation>Nad cílovou hodnotu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="88"/>
        <source>%1: %2 of %3</source>
        <comment>an indicator&apos;s code, what it achieved and its target: PO1: 240 of 300</comment>
        <translation>%1: %2 z %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="91"/>
        <source>%1 ▼ behind by %2</source>
        <comment>the bar&apos;s label, then how far the indicator is behind its target</comment>
        <translation>%1 ▼ zbývá %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="120"/>
        <source>share of the target achieved</source>
        <translation>podíl dosažené cílové hodnoty</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="124"/>
        <source>No indicator has a target for this period and place.</source>
        <translation>Žádný indikátor nemá cílovou hodnotu pro toto období a místo.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::JoinDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="148"/>
        <source>Join a programme</source>
        <translation>Připojit se k programu</translation>
    </message>
    <message>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase they told you. The laptop gets a new database with your caseload.</source>
        <translation type="vanished">Vyberte registrační soubor, který vám dal váš vedoucí, a zadejte přístupovou frázi, kterou vám sdělil. Notebook získá novou databázi s vašimi klienty.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="151"/>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase and the central copy&apos;s key they told you. The laptop gets a new database with your caseload.</source>
        <translation>Vyberte registrační soubor, který vám dal váš vedoucí, a zadejte přístupovou frázi a klíč centrální kopie, které vám sdělil. Notebook získá novou databázi s vašimi klienty.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="159"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Vybrat...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="160"/>
        <source>Enrolment &amp;file:</source>
        <translation>Registrační &amp;soubor:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="163"/>
        <source>&amp;Passphrase:</source>
        <translation>Přístupová &amp;fráze:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="165"/>
        <source>as your supervisor read it out or printed it, for example ABCD-EFGH-...</source>
        <translation>jak vám ho vedoucí přečetl nebo vytiskl, například ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="166"/>
        <source>Central copy&apos;s &amp;key:</source>
        <translation>&amp;Klíč centrální kopie:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="170"/>
        <source>New &amp;database:</source>
        <translation>Nová &amp;databáze:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="177"/>
        <source>&amp;Join</source>
        <translation>&amp;Připojit</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="181"/>
        <source>Enrolment file</source>
        <translation>Registrační soubor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="182"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Soubory výměny Fieldcase (*.fcx);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="198"/>
        <source>The enrolment file cannot be read: %1</source>
        <translation>Registrační soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="202"/>
        <source>%1 exists already. A laptop joins with a new database file; choose another name.</source>
        <translation>%1 už existuje. Notebook se připojuje s novým souborem databáze; zvolte jiný název.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="213"/>
        <source>Compare the central copy&apos;s key</source>
        <translation>Porovnejte klíč centrální kopie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="214"/>
        <source>Joined as &quot;%1&quot;. The enrolment file was made by the central copy with the key

%2

Compare it with the key your supervisor reads out or printed. If they differ, the file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Připojeno jako „%1“. Registrační soubor vytvořila centrální kopie s klíčem

%2

Porovnejte ho s klíčem, který vám vedoucí přečte nebo vytiskl. Pokud se liší, soubor nevytvořila vaše centrální kopie: tuto databázi nepoužívejte a informujte svého vedoucího.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="14"/>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="15"/>
        <source>Takes effect at the next start</source>
        <translation>Projeví se při příštím spuštění</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="21"/>
        <source>&amp;System language</source>
        <translation>Jazyk &amp;systému</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="39"/>
        <source>the system language</source>
        <translation>jazyk systému</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="40"/>
        <source>Fieldcase will use %1 the next time it starts.</source>
        <translation>Fieldcase při příštím spuštění použije %1.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="42"/>
        <source>The %1 environment variable is set on this computer and takes precedence.</source>
        <translation>Na tomto počítači je nastavena proměnná prostředí %1, která má přednost.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="45"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Launcher</name>
    <message>
        <location filename="../../ui/Launcher.cpp" line="58"/>
        <source>Database not opened</source>
        <translation>Databáze nebyla otevřena</translation>
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
        <translation>Hledat</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>&amp;Find:</source>
        <translation>&amp;Hledat:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>A person, household or locality, e.g. kovacs (Ctrl+F)</source>
        <translation>Osoba, domácnost nebo lokalita, např. kovacs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Search people, households and localities</source>
        <translation>Hledat osoby, domácnosti a lokality</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83"/>
        <source>Lists</source>
        <translation>Seznamy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>No people yet</source>
        <translation>Zatím žádné osoby</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>This database holds no people. Register a household (Ctrl+Shift+H) and its members, or try Fieldcase with a synthetic programme: &lt;tt&gt;fieldcase-cli demo --db FILE --people 2000&lt;/tt&gt;.</source>
        <translation>Tato databáze neobsahuje žádné osoby. Zaregistrujte domácnost (Ctrl+Shift+H) a její členy, nebo si Fieldcase vyzkoušejte se syntetickým programem: &lt;tt&gt;fieldcase-cli demo --db SOUBOR --people 2000&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="139"/>
        <source>Choose a person</source>
        <translation>Vyberte osobu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Pick someone in the list, or type a name in the search box (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; finds Kovács.</source>
        <translation>Vyberte někoho v seznamu nebo napište jméno do pole hledání (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; najde Kovács.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>%n form(s) were not saved last time; open the same form again to continue where you left off.</source>
        <translation>
            <numerusform>%n formulář nebyl minule uložen; otevřete znovu stejný formulář a pokračujte, kde jste skončili.</numerusform>
            <numerusform>%n formuláře nebyly minule uloženy; otevřete znovu stejný formulář a pokračujte, kde jste skončili.</numerusform>
            <numerusform>%n formulářů nebylo minule uloženo; otevřete znovu stejný formulář a pokračujte, kde jste skončili.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Households</source>
        <translation>Domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>(all localities)</source>
        <translation>(všechny lokality)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>in &amp;locality:</source>
        <translation>v &amp;lokalitě:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>Localities</source>
        <translation>Lokality</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>Development plans</source>
        <translation>Individuální plány</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Visits and services</source>
        <translation>Návštěvy a služby</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>Referrals</source>
        <translation>Zprostředkování</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Group events</source>
        <translation>Skupinové akce</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>Staff</source>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>My caseload</source>
        <translation>Moji klienti</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>(choose)</source>
        <translation>(vyberte)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>of &amp;staff member:</source>
        <translation>pra&amp;covníka:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="215"/>
        <source>Overdue plan reviews</source>
        <translation>Revize plánů po termínu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="216"/>
        <source>Visits due this week</source>
        <translation>Návštěvy na tento týden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235"/>
        <source>&amp;New database...</source>
        <translation>&amp;Nová databáze...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Otevřít databázi...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Find person, household or locality</source>
        <translation>&amp;Najít osobu, domácnost nebo lokalitu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Edit the record shown</source>
        <translation>&amp;Upravit zobrazený záznam</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;History of the record shown</source>
        <translation>&amp;Historie zobrazeného záznamu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>&amp;Case work</source>
        <translation>&amp;Případy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>&amp;New in this list</source>
        <translation>&amp;Nový záznam v tomto seznamu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>New &amp;person</source>
        <translation>Nová &amp;osoba</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271"/>
        <source>New &amp;household</source>
        <translation>Nová &amp;domácnost</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277"/>
        <source>Record &amp;visit or service</source>
        <translation>Zapsat ná&amp;vštěvu nebo službu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279"/>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="297"/>
        <source>Choose a person or household first.</source>
        <translation>Nejprve vyberte osobu nebo domácnost.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>New development p&amp;lan</source>
        <translation>Nový individuální p&amp;lán</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>Choose a person (individual plan) or household (family plan) first.</source>
        <translation>Nejprve vyberte osobu (individuální plán) nebo domácnost (rodinný plán).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Refer</source>
        <translation>&amp;Zprostředkovat</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Hand &amp;over to another facility</source>
        <translation>&amp;Předat jinému zařízení</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300"/>
        <source>New group &amp;event</source>
        <translation>Nová skupinová &amp;akce</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Go</source>
        <translation>Př&amp;ejít</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="317"/>
        <source>&amp;About Fieldcase</source>
        <translation>&amp;O aplikaci Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Výměna</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Reports</source>
        <translation>&amp;Zprávy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="423"/>
        <source>Open a person or household, then make a plan for them (Ctrl+Shift+L).</source>
        <translation>Otevřete osobu nebo domácnost a poté pro ni vytvořte plán (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="429"/>
        <source>Open a person or household, then record the visit (Ctrl+Shift+V).</source>
        <translation>Otevřete osobu nebo domácnost a poté zapište návštěvu (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433"/>
        <source>Open a person or household, then refer them (Ctrl+Shift+R).</source>
        <translation>Otevřete osobu nebo domácnost a poté ji zprostředkujte (Ctrl+Shift+R).</translation>
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
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="498"/>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="501"/>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="519"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="520"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n shoda</numerusform>
            <numerusform>%n shody</numerusform>
            <numerusform>%n shod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="526"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamů</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="539"/>
        <source>Choose a staff member above to see the people they are case manager of.</source>
        <translation>Vyberte výše pracovníka, abyste viděli osoby, jejichž je klíčovým pracovníkem.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="540"/>
        <source>Nobody is in this caseload yet. A person joins it when this staff member becomes their case manager, or their household&apos;s.</source>
        <translation>Tento pracovník zatím nemá žádné klienty. Osoba sem přibude, jakmile se tento pracovník stane jejím klíčovým pracovníkem nebo klíčovým pracovníkem její domácnosti.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="543"/>
        <source>No plan is waiting for its review. Plans in force whose next review date has passed show here.</source>
        <translation>Žádný plán nečeká na revizi. Zobrazují se zde platné plány, jejichž datum příští revize už uplynulo.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="545"/>
        <source>No visit is due this week. When a visit is recorded with a next visit date in this week, the household shows here until it is visited.</source>
        <translation>Na tento týden není naplánována žádná návštěva. Když se zapíše návštěva s datem příští návštěvy v tomto týdnu, domácnost se zde zobrazuje, dokud není navštívena.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="548"/>
        <source>No households here yet. Register one with Ctrl+Shift+H.</source>
        <translation>Zatím zde nejsou žádné domácnosti. Zaregistrujte nějakou pomocí Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="550"/>
        <source>Nothing here yet. Ctrl+N makes a new one where that is possible.</source>
        <translation>Zatím zde nic není. Ctrl+N vytvoří nový záznam, kde je to možné.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="576"/>
        <source>Open database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="577"/>
        <source>Fieldcase databases (*.db *.fieldcase);;All files (*)</source>
        <translation>Databáze Fieldcase (*.db *.fieldcase);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="584"/>
        <source>New database</source>
        <translation>Nová databáze</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="585"/>
        <source>Fieldcase databases (*.db)</source>
        <translation>Databáze Fieldcase (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="592"/>
        <source>About Fieldcase</source>
        <translation>O aplikaci Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="593"/>
        <source>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Case management and programme monitoring for social inclusion work.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Vedení případů a monitorování programů sociálního začleňování.&lt;/p&gt;&lt;p&gt;Databáze: %2&lt;br&gt;Verze schématu %3&lt;/p&gt;&lt;p&gt;Licencováno pod GNU General Public License verze 3 nebo novější.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MemberListDialog</name>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="38"/>
        <source>&amp;Find:</source>
        <translation>&amp;Hledat:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="40"/>
        <source>part of a name, e.g. kovacs</source>
        <translation>část jména, např. kovacs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="69"/>
        <source>&amp;Show in the main window</source>
        <translation>&amp;Zobrazit v hlavním okně</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="128"/>
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 z %n záznamu</numerusform>
            <numerusform>%1 z %n záznamů</numerusform>
            <numerusform>%1 z %n záznamů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="52"/>
        <source>Merge exchange files</source>
        <translation>Sloučit soubory výměny</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="57"/>
        <source>Files from laptops (or, on a laptop, return packages from the central copy), in any order. Each file is checked and previewed first; nothing is written until you press Merge.</source>
        <translation>Soubory z notebooků (nebo na notebooku zpětné balíčky z centrální kopie), v libovolném pořadí. Každý soubor se nejprve zkontroluje a zobrazí v náhledu; nic se nezapíše, dokud nestisknete Sloučit.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>New</source>
        <translation>Nové</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Changed</source>
        <translation>Změněné</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Already here</source>
        <translation>Již zde</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Duplicates?</source>
        <translation>Duplicity?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="78"/>
        <source>Files to merge</source>
        <translation>Soubory ke sloučení</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="86"/>
        <source>Merge report</source>
        <translation>Zpráva o sloučení</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="92"/>
        <source>Cancel merge</source>
        <translation>Zrušit sloučení</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="99"/>
        <source>&amp;Add files...</source>
        <translation>&amp;Přidat soubory...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="101"/>
        <source>&amp;Merge</source>
        <translation>&amp;Sloučit</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="104"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="117"/>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="157"/>
        <source>Add the files to merge, or drop them on this window.</source>
        <translation>Přidejte soubory ke sloučení, nebo je přetáhněte do tohoto okna.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="122"/>
        <source>Choose exchange files</source>
        <translation>Vyberte soubory výměny</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="123"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Soubory výměny Fieldcase (*.fcx);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="214"/>
        <source>The changes set aside by earlier merges could not be tried again (%1). They are kept.</source>
        <translation>Změny odložené dřívějšími slučováními se nepodařilo zkusit znovu (%1). Zůstávají uchovány.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="219"/>
        <source>%n change(s) that earlier merges had set aside are merged now, as this copy can use them.</source>
        <translation>
            <numerusform>%n změna, kterou dřívější slučování odložila, je nyní sloučena, protože ji tato kopie může použít.</numerusform>
            <numerusform>%n změny, které dřívější slučování odložila, jsou nyní sloučeny, protože je tato kopie může použít.</numerusform>
            <numerusform>%n změn, které dřívější slučování odložila, je nyní sloučeno, protože je tato kopie může použít.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="222"/>
        <source>%n change(s) that earlier merges had set aside will be merged first, as this copy can use them now.</source>
        <translation>
            <numerusform>%n změna, kterou dřívější slučování odložila, bude sloučena jako první, protože ji tato kopie nyní může použít.</numerusform>
            <numerusform>%n změny, které dřívější slučování odložila, budou sloučeny jako první, protože je tato kopie nyní může použít.</numerusform>
            <numerusform>%n změn, které dřívější slučování odložila, bude sloučeno jako první, protože je tato kopie nyní může použít.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="233"/>
        <source>%1, file %2 (with everything since file %3)</source>
        <translation>%1, soubor %2 (včetně všeho od souboru %3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="237"/>
        <source>%1, file %2</source>
        <translation>%1, soubor %2</translation>
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
            <numerusform>%1; %n změna odložena</numerusform>
            <numerusform>%1; %n změny odloženy</numerusform>
            <numerusform>%1; %n změn odloženo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="266"/>
        <source>%1 new, %2 changed, %3 already here, %4 conflicting</source>
        <translation>nové: %1, změněné: %2, již zde: %3, v konfliktu: %4</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="273"/>
        <source>Possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>Možná duplicita: %1 (%2) a %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="278"/>
        <source>Set aside: %1</source>
        <translation>Odloženo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="285"/>
        <source>Also merged after waiting: %1</source>
        <translation>Také sloučeno po čekání: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="288"/>
        <source>Backup before merging: %1</source>
        <translation>Záloha před sloučením: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="294"/>
        <source>Changes set aside are not lost: they are kept, and merged as soon as this copy can use them (once Fieldcase is updated to the version that made them).</source>
        <translation>Odložené změny se neztratí: zůstávají uchovány a budou sloučeny, jakmile je tato kopie bude moci použít (po aktualizaci Fieldcase na verzi, která je vytvořila).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="300"/>
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>Sloučen %n soubor.</numerusform>
            <numerusform>Sloučeny %n soubory.</numerusform>
            <numerusform>Sloučeno %n souborů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="302"/>
        <source>%n file(s) refused; they changed nothing.</source>
        <translation>
            <numerusform>%n soubor odmítnut; nic nezměnil.</numerusform>
            <numerusform>%n soubory odmítnuty; nic nezměnily.</numerusform>
            <numerusform>%n souborů odmítnuto; nic nezměnily.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="306"/>
        <source>Preview: %n file(s) ready to merge.</source>
        <translation>
            <numerusform>Náhled: %n soubor připraven ke sloučení.</numerusform>
            <numerusform>Náhled: %n soubory připraveny ke sloučení.</numerusform>
            <numerusform>Náhled: %n souborů připraveno ke sloučení.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="307"/>
        <source>%n file(s) will be refused.</source>
        <translation>
            <numerusform>%n soubor bude odmítnut.</numerusform>
            <numerusform>%n soubory budou odmítnuty.</numerusform>
            <numerusform>%n souborů bude odmítnuto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="308"/>
        <source>Nothing has been written yet.</source>
        <translation>Zatím nebylo nic zapsáno.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NoteDialog</name>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Uložit změny, které jste zde provedli?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeriodChooser</name>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="25"/>
        <source>Kind of period</source>
        <translation>Druh období</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="26"/>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="27"/>
        <source>Quarter</source>
        <translation>Čtvrtletí</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="28"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="29"/>
        <source>Whole programme</source>
        <translation>Celý program</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="31"/>
        <source>Which period</source>
        <translation>Které období</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="120"/>
        <source>%1 %2</source>
        <comment>a month and its year, as in March 2026</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="124"/>
        <source>Q%1 %2</source>
        <comment>a quarter and its year, as in Q1 2026</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="140"/>
        <source>%1 to %2</source>
        <translation>%1 až %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="142"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="144"/>
        <source>every date on record</source>
        <translation>všechna zapsaná data</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="37"/>
        <source>Possible duplicates already on this laptop</source>
        <translation>Možné duplicity již na tomto notebooku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="40"/>
        <source>Possible duplicates</source>
        <translation>Možné duplicity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="47"/>
        <source>Open the &amp;existing record</source>
        <translation>Otevřít &amp;existující záznam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="93"/>
        <source>born %1</source>
        <translation>nar. %1</translation>
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
            <numerusform>%n osoba již na tomto notebooku může být stejná osoba (viz níže). Otevřete existující záznam, nebo znovu stiskněte Uložit a novou osobu přesto zaregistrujte.</numerusform>
            <numerusform>%n osoby již na tomto notebooku mohou být stejná osoba (viz níže). Otevřete existující záznam, nebo znovu stiskněte Uložit a novou osobu přesto zaregistrujte.</numerusform>
            <numerusform>%n osob již na tomto notebooku může být stejná osoba (viz níže). Otevřete existující záznam, nebo znovu stiskněte Uložit a novou osobu přesto zaregistrujte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonListModel</name>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="101"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="103"/>
        <source>Born</source>
        <translation>Narozen(a)</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="105"/>
        <source>Household</source>
        <translation>Domácnost</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="107"/>
        <source>Locality</source>
        <translation>Lokalita</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PlanDialog</name>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New family development plan</source>
        <translation>Nový rodinný plán</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New individual development plan</source>
        <translation>Nový individuální plán</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="52"/>
        <source>Needs, goals and agreed services</source>
        <translation>Potřeby, cíle a dohodnuté služby</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="62"/>
        <source>Add...</source>
        <translation>Přidat...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="63"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="76"/>
        <source>N&amp;eeds by area</source>
        <translation>&amp;Potřeby podle oblastí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="77"/>
        <source>&amp;Goals</source>
        <translation>&amp;Cíle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="78"/>
        <source>Agreed services and &amp;referrals</source>
        <translation>Dohodnuté služby a &amp;zprostředkování</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="80"/>
        <source>Add &amp;need...</source>
        <translation>Přidat potře&amp;bu...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>Add g&amp;oal...</source>
        <translation>Přid&amp;at cíl...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="82"/>
        <source>Add ser&amp;vice...</source>
        <translation>Přidat &amp;službu...</translation>
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
        <translation>do %1</translation>
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
        <translation>Podrobnosti</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="38"/>
        <source>New %1</source>
        <translation>Nový záznam: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="73"/>
        <source>Correction &amp;note (required to change frozen data):</source>
        <translation>&amp;Poznámka k opravě (nutná ke změně uzamčených údajů):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="75"/>
        <source>Why the stored data was wrong, e.g. &quot;certificate seen&quot;</source>
        <translation>Proč byly uložené údaje chybné, např. „doklad předložen“</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="206"/>
        <source>What you typed could not be kept as a draft: %1 Save the form now, or it is lost if this program or the computer stops.</source>
        <translation>To, co jste napsali, se nepodařilo uložit jako koncept: %1 Uložte formulář hned, jinak se ztratí, pokud se program nebo počítač zastaví.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="228"/>
        <source>Restored what was typed here on %1 and not saved. Save it, or press Esc to throw it away.</source>
        <translation>Obnoven text, který jste sem napsali %1 a neuložili. Uložte ho, nebo ho klávesou Esc zahoďte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="330"/>
        <source>%1: this field is required.</source>
        <translation>%1: toto pole je povinné.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Uložit změny, které jste zde provedli?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="29"/>
        <source>Type a name to find the person</source>
        <translation>Napište jméno a najděte osobu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="30"/>
        <source>Type a name to find the household</source>
        <translation>Napište jméno a najděte domácnost</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="68"/>
        <source>(none)</source>
        <translation>(žádná)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Hand over: %1</source>
        <translation>Předání: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Refer: %1</source>
        <translation>Zprostředkování: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportPane</name>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="76"/>
        <source>For &amp;outside the programme (counts under 5 people hidden)</source>
        <translation>Pro použití &amp;mimo program (počty pod 5 osob skryty)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="77"/>
        <source>A report for a funder or anyone outside the programme: no names, and every count of one to four people written as &lt;5 so that nobody can be recognised.</source>
        <translation>Zpráva pro poskytovatele financí nebo kohokoli mimo program: bez jmen a každý počet jedné až čtyř osob zapsán jako &lt;5, aby nikoho nebylo možné rozpoznat.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="79"/>
        <source>Export &amp;CSV...</source>
        <translation>Exportovat &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="80"/>
        <source>Export &amp;XLSX...</source>
        <translation>Exportovat &amp;XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="81"/>
        <source>Export P&amp;DF...</source>
        <translation>Exportovat P&amp;DF...</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportTableModel</name>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="92"/>
        <source>%1%</source>
        <comment>a share of the target in percent, as in 85%</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="115"/>
        <source>Hidden so that a small count elsewhere in the table cannot be worked out from the totals.</source>
        <translation>Skryto, aby se malý počet jinde v tabulce nedal dopočítat z celkových součtů.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="117"/>
        <source>Fewer than 5 people: hidden so that nobody can be recognised outside the programme.</source>
        <translation>Méně než 5 osob: skryto, aby nikoho mimo program nebylo možné rozpoznat.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReviewDialog</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="38"/>
        <source>Review the plan</source>
        <translation>Revize plánu</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="26"/>
        <source>Change the referral&apos;s status</source>
        <translation>Změnit stav zprostředkování</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="30"/>
        <source>Now: %1</source>
        <translation>Nyní: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="43"/>
        <source>New &amp;status</source>
        <translation>Nový &amp;stav</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="44"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="45"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Výsledek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="60"/>
        <source>This referral is %1; its status does not change any more.</source>
        <translation>Toto zprostředkování je ve stavu %1; jeho stav se už nemění.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="80"/>
        <source>Date: &quot;%1&quot; is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>Datum: „%1“ není datum; zapište ho jako rok-měsíc-den, například 2026-03-31.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Uložit změny, které jste zde provedli?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="69"/>
        <source>Record a visit or service: %1</source>
        <translation>Zapsat návštěvu nebo službu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="70"/>
        <source>Correct a visit: %1</source>
        <translation>Opravit návštěvu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="76"/>
        <source>Who was there, plan goals and tasks</source>
        <translation>Kdo byl přítomen, cíle plánu a úkoly</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="78"/>
        <source>&amp;Present</source>
        <translation>&amp;Přítomni</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="80"/>
        <source>Present</source>
        <translation>Přítomni</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="82"/>
        <source>Plan goals &amp;worked on</source>
        <translation>&amp;Cíle plánu, na kterých se pracovalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="84"/>
        <source>Plan goals worked on</source>
        <translation>Cíle plánu, na kterých se pracovalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="91"/>
        <source>Tas&amp;ks agreed (what, who, by when as YYYY-MM-DD)</source>
        <translation>Dohodnuté ú&amp;koly (co, kdo, do kdy ve tvaru RRRR-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="93"/>
        <source>Tasks agreed</source>
        <translation>Dohodnuté úkoly</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Task</source>
        <translation>Úkol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="335"/>
        <source>Task %1 says who and by when but not what is to be done; write the task or clear the line.</source>
        <translation>U úkolu %1 je uvedeno, kdo a do kdy, ale ne co se má udělat; doplňte úkol, nebo řádek vymažte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="340"/>
        <source>Task %1 (%2): %3</source>
        <translation>Úkol %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="40"/>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Deadline</source>
        <translation>Termín</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="105"/>
        <source>&amp;Add task</source>
        <translation>Přid&amp;at úkol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (experience expert)</source>
        <translation>%1 (expert s vlastní zkušeností)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (staff)</source>
        <translation>%1 (pracovník)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="249"/>
        <source>(no plan goals yet)</source>
        <translation>(zatím žádné cíle plánu)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="26"/>
        <source>Case management for social inclusion work.</source>
        <translation>Vedení případů pro práci v oblasti sociálního začleňování.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>The database to open.</source>
        <translation>Databáze, která se má otevřít.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="30"/>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>Uložit obrázek hlavního okna do souboru SOUBOR a skončit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33"/>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="35"/>
        <source>Save pictures of the main screens into FOLDER and quit.</source>
        <translation>Uložit obrázky hlavních obrazovek do složky SLOŽKA a skončit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="36"/>
        <source>FOLDER</source>
        <translation>SLOŽKA</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="46"/>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>%1 could not be written.</source>
        <translation>%1 se nepodařilo zapsat.</translation>
    </message>
</context>
</TS>
