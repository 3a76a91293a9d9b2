<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
<context>
    <name>BatchApply</name>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="21"/>
        <location filename="../../core/domain/BatchApply.cpp" line="26"/>
        <source>Line %1: %2</source>
        <translation>Riadok %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="47"/>
        <source>this is not valid JSON (%1 at character %2).</source>
        <translation>toto nie je platný JSON (%1 na znaku %2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="52"/>
        <source>each line must be one JSON object.</source>
        <translation>každý riadok musí byť jeden objekt JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="59"/>
        <source>unknown key &quot;%1&quot;; a line has op, table, id, fields and note.</source>
        <translation>neznámy kľúč „%1“; riadok obsahuje op, table, id, fields a note.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="67"/>
        <source>&quot;op&quot; must be create, update or delete.</source>
        <translation>„op“ musí byť create, update alebo delete.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="71"/>
        <source>there is no table called &quot;%1&quot;.</source>
        <translation>neexistuje tabuľka s názvom „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="74"/>
        <source>&quot;id&quot; must be a text id.</source>
        <translation>„id“ musí byť textové id.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="78"/>
        <source>an %1 needs the &quot;id&quot; of the record.</source>
        <translation>operácia %1 potrebuje „id“ záznamu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="81"/>
        <source>&quot;fields&quot; must be a JSON object.</source>
        <translation>„fields“ musí byť objekt JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="85"/>
        <source>a delete takes no fields.</source>
        <translation>operácia delete neberie žiadne polia.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="91"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 nemá pole s názvom „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="104"/>
        <source>an update needs at least one field.</source>
        <translation>operácia update potrebuje aspoň jedno pole.</translation>
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
        <translation>Rozvojové plány</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="227"/>
        <source>Visits and services</source>
        <translation>Návštevy a služby</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="229"/>
        <source>Group events</source>
        <translation>Skupinové aktivity</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="231"/>
        <source>Staff</source>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="233"/>
        <source>Referrals and hand-overs</source>
        <translation>Odporučenia a odovzdania</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="235"/>
        <source>Caseload</source>
        <translation>Klienti pracovníka</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="237"/>
        <source>Overdue plan reviews</source>
        <translation>Plány po termíne prehodnotenia</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="239"/>
        <source>Visits due this week</source>
        <translation>Návštevy na tento týždeň</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Household</source>
        <translation>Domácnosť</translation>
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
        <translation>Členovia</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Case manager</source>
        <translation>Kľúčový pracovník</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Municipality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>County or region</source>
        <translation>Kraj alebo región</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Start</source>
        <translation>Začiatok</translation>
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
        <translation>Pre</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Title</source>
        <translation>Názov</translation>
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
        <translation>Ďalšie prehodnotenie</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Household or person</source>
        <translation>Domácnosť alebo osoba</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Place</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>Recorded by</source>
        <translation>Zaznamenal(a)</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <source>Minutes</source>
        <translation>Minúty</translation>
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
        <translation>Zúčastnení</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>External guests</source>
        <translation>Externí hostia</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Experience expert</source>
        <translation>Expert so skúsenosťou</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Training hours</source>
        <translation>Hodiny vzdelávania</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Active</source>
        <translation>Aktívny</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>Sent</source>
        <translation>Odoslané</translation>
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
        <translation>Narodený/á</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Review was due</source>
        <translation>Termín prehodnotenia</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Next visit</source>
        <translation>Ďalšia návšteva</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Last visit</source>
        <translation>Posledná návšteva</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="328"/>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../core/casework/Choices.cpp" line="45"/>
        <source>There is no list of %1.</source>
        <translation>Zoznam %1 neexistuje.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Usage: fieldcase-cli VERB [OPTIONS]</source>
        <translation>Použitie: fieldcase-cli PRÍKAZ [MOŽNOSTI]</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Verbs:</source>
        <translation>Príkazy:</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="29"/>
        <source>Run fieldcase-cli VERB --help for the options of a verb.</source>
        <translation>Možnosti príkazu zobrazíte cez fieldcase-cli PRÍKAZ --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="49"/>
        <source>fieldcase-cli: unknown verb &quot;%1&quot;.</source>
        <translation>fieldcase-cli: neznámy príkaz „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="35"/>
        <source>Prints a case-work list as tab-separated lines with a header: %1.</source>
        <translation>Vypíše pracovný zoznam ako riadky oddelené tabulátorom s hlavičkou: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <source>Which list.</source>
        <translation>Ktorý zoznam.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="69"/>
        <source>NAME</source>
        <translation>NÁZOV</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="39"/>
        <source>The locality (households) or staff member (caseload) to list, by id.</source>
        <translation>Lokalita (domácnosti) alebo pracovník (klienti pracovníka), ktorých zoznam sa má vypísať, podľa id.</translation>
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
        <translation>Deň, ku ktorému sa počítajú zoznamy po termíne a na termín (predvolene dnes).</translation>
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
        <translation>Najviac toľko riadkov (predvolene všetky).</translation>
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
        <translation>Vypíše len počet záznamov v zozname.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="49"/>
        <source>--list must be one of: %1.</source>
        <translation>--list musí byť jedno z: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="53"/>
        <source>The caseload needs --filter with the id of a staff member.</source>
        <translation>Zoznam klientov pracovníka potrebuje --filter s id pracovníka.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="58"/>
        <source>--today must be a date written as YYYY-MM-DD.</source>
        <translation>--today musí byť dátum v tvare RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="66"/>
        <source>--limit must be a number of lines.</source>
        <translation>--limit musí byť počet riadkov.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="109"/>
        <source>Lists people already in the database who may be the person described: the check made before a new person is saved.</source>
        <translation>Vypíše osoby, ktoré už sú v databáze a môžu byť opísanou osobou: kontrola, ktorá sa robí pred uložením novej osoby.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <source>Family name.</source>
        <translation>Priezvisko.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>Given names.</source>
        <translation>Meno (mená).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>NAMES</source>
        <translation>MENÁ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <source>Birth name, when it differs.</source>
        <translation>Rodné priezvisko, ak je iné.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <source>Date of birth.</source>
        <translation>Dátum narodenia.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="119"/>
        <source>Give at least --family and --given.</source>
        <translation>Zadajte aspoň --family a --given.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="123"/>
        <source>--born must be a date written as YYYY-MM-DD.</source>
        <translation>--born musí byť dátum v tvare RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="139"/>
        <source>No one on record looks like this person.</source>
        <translation>Nikto v evidencii sa na túto osobu nepodobá.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="148"/>
        <source>print a case-work list (households, overdue reviews, visits due, ...)</source>
        <translation>vypíše pracovný zoznam (domácnosti, plány po termíne prehodnotenia, návštevy na termín, ...)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="150"/>
        <source>find people who may be the person described</source>
        <translation>nájde osoby, ktoré môžu byť opísanou osobou</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="45"/>
        <source>Creates a database for a programme.</source>
        <translation>Vytvorí databázu pre program.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <source>The programme&apos;s name.</source>
        <translation>Názov programu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="48"/>
        <source>catching_up, social_services, community_centre or county_coordination (default catching_up).</source>
        <translation>catching_up, social_services, community_centre alebo county_coordination (predvolene catching_up).</translation>
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
        <translation>HU, CZ, SK, BG alebo RO.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="56"/>
        <source>init needs --programme NAME.</source>
        <translation>init potrebuje --programme NÁZOV.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="70"/>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>Táto databáza už obsahuje program „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="94"/>
        <source>Created the programme &quot;%1&quot; (%2) in %3.</source>
        <translation>Program „%1“ (%2) bol vytvorený v %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="95"/>
        <source>Its catalogue holds %1 indicators to report on (ESF+ and examples for the programme).</source>
        <translation>Jej katalóg obsahuje %1 ukazovateľov na vykazovanie (ESF+ a príklady pre program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="102"/>
        <source>Fills an empty database with a synthetic demo programme.</source>
        <translation>Naplní prázdnu databázu syntetickým ukážkovým programom.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="103"/>
        <source>How many people (default 1000).</source>
        <translation>Koľko osôb (predvolene 1000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="104"/>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>Náhodné semienko; rovnaké semienko dá rovnaké údaje (predvolene 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="105"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="106"/>
        <source>The last day of the two years of history (default today).</source>
        <translation>Posledný deň dvojročnej histórie (predvolene dnes).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="108"/>
        <source>Print only the summary.</source>
        <translation>Vypíše len súhrn.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="118"/>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>--people musí byť celé číslo od 1 do %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="124"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed musí byť celé číslo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="130"/>
        <source>--today must be a real date written as YYYY-MM-DD.</source>
        <translation>--today musí byť skutočný dátum v tvare RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="139"/>
        <source>%1% of people written</source>
        <translation>Zapísaných %1 % osôb</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="156"/>
        <source>Demo programme written to %1 in %2 s:</source>
        <translation>Ukážkový program bol zapísaný do %1 za %2 s:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="158"/>
        <source>  %1 localities, %2 staff, %3 households, %4 people</source>
        <translation>  lokality: %1, pracovníci: %2, domácnosti: %3, osoby: %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="164"/>
        <source>  %1 plans with %2 goals, %3 visits and services, %4 referrals</source>
        <translation>  plány: %1 s cieľmi: %2, návštevy a služby: %3, odporučenia: %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="170"/>
        <source>  %1 group events with %2 attendances; %3 records in all</source>
        <translation>  skupinové aktivity: %1 s účasťami: %2; záznamy spolu: %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="180"/>
        <source>Prints every synced record as one JSON object a line, sorted, without machine-local data.</source>
        <translation>Vypíše každý synchronizovaný záznam ako jeden objekt JSON na riadok, zoradene, bez údajov viazaných na počítač.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="181"/>
        <source>Write to this file instead of standard output.</source>
        <translation>Zapísať do tohto súboru namiesto štandardného výstupu.</translation>
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
        <translation>SÚBOR</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="193"/>
        <location filename="../../app/cli/CommandsData.cpp" line="201"/>
        <source>%1 cannot be written.</source>
        <translation>%1 sa nedá zapísať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="215"/>
        <source>Checks the database: SQLite integrity, foreign keys and Fieldcase&apos;s own invariants.</source>
        <translation>Skontroluje databázu: integritu SQLite, cudzie kľúče a vlastné pravidlá Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="228"/>
        <source>%1: no problems found.</source>
        <translation>%1: nenašli sa žiadne problémy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsData.cpp" line="234"/>
        <source>fieldcase-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>fieldcase-cli: našiel sa %n problém.</numerusform>
            <numerusform>fieldcase-cli: našli sa %n problémy.</numerusform>
            <numerusform>fieldcase-cli: našlo sa %n problémov.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="240"/>
        <source>Applies a batch of create, update and delete operations (JSON lines), all or nothing.</source>
        <translation>Vykoná dávku operácií vytvorenia, úpravy a vymazania (riadky JSON), buď všetky, alebo žiadnu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="241"/>
        <source>The batch file, or - for standard input.</source>
        <translation>Súbor s dávkou alebo - pre štandardný vstup.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="246"/>
        <source>apply needs exactly one batch FILE.</source>
        <translation>apply potrebuje práve jeden SÚBOR s dávkou.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="254"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="141"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="142"/>
        <source>%1 cannot be read.</source>
        <translation>%1 sa nedá prečítať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="263"/>
        <source>Nothing of the batch was written.</source>
        <translation>Z dávky sa nezapísalo nič.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="266"/>
        <source>Applied %1: %2 created, %3 updated, %4 deleted.</source>
        <translation>Vykonané %1: vytvorené %2, upravené %3, vymazané %4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="279"/>
        <source>create a database for a programme</source>
        <translation>vytvorí databázu pre program</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="280"/>
        <source>fill an empty database with a synthetic demo programme</source>
        <translation>naplní prázdnu databázu syntetickým ukážkovým programom</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="281"/>
        <source>print all synced data, canonical and sorted</source>
        <translation>vypíše všetky synchronizované údaje, kanonicky a zoradene</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="282"/>
        <source>check integrity, foreign keys and invariants</source>
        <translation>skontroluje integritu, cudzie kľúče a pravidlá</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="283"/>
        <source>apply a batch of operations (JSON lines), all or nothing</source>
        <translation>vykoná dávku operácií (riadky JSON), všetky alebo žiadnu</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="33"/>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Súbor s prístupovou frázou %1 sa nedá prečítať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="53"/>
        <source>this copy</source>
        <translation>táto kópia</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="55"/>
        <source>central copy</source>
        <translation>centrálna kópia</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="61"/>
        <source>%1 (device clock)</source>
        <translation>%1 (hodiny zariadenia)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="65"/>
        <source>Enrols a laptop: writes its enrolment file (keys, caseload and reference data), protected by a passphrase.</source>
        <translation>Zaregistruje notebook: zapíše jeho registračný súbor (kľúče, klientov pracovníka a referenčné údaje) chránený prístupovou frázou.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <source>A name for the laptop.</source>
        <translation>Názov notebooku.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="68"/>
        <source>The staff member (account or full name) who uses it.</source>
        <translation>Pracovník (konto alebo celé meno), ktorý ho používa.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="70"/>
        <source>The enrolment file to write.</source>
        <translation>Registračný súbor, ktorý sa má zapísať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="72"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE); without either a passphrase is made and printed.</source>
        <translation>Prečítať prístupovú frázu z tohto súboru (alebo nastaviť FIELDCASE_PASSPHRASE); bez oboch sa fráza vytvorí a vypíše.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="80"/>
        <source>enrol needs --%1.</source>
        <translation>enrol potrebuje --%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="100"/>
        <source>Enrolled the laptop &quot;%1&quot; (device %2): %n record(s) of caseload and reference data in %3.</source>
        <translation>
            <numerusform>Notebook „%1“ (zariadenie %2) bol zaregistrovaný: %n záznam klientov a referenčných údajov v %3.</numerusform>
            <numerusform>Notebook „%1“ (zariadenie %2) bol zaregistrovaný: %n záznamy klientov a referenčných údajov v %3.</numerusform>
            <numerusform>Notebook „%1“ (zariadenie %2) bol zaregistrovaný: %n záznamov klientov a referenčných údajov v %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="105"/>
        <source>Passphrase: %1</source>
        <translation>Prístupová fráza: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="106"/>
        <source>Give the passphrase to the worker separately, never together with the file.</source>
        <translation>Prístupovú frázu odovzdajte pracovníkovi zvlášť, nikdy nie spolu so súborom.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="108"/>
        <source>Central copy&apos;s key: %1</source>
        <translation>Kľúč centrálnej kópie: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="109"/>
        <source>Tell it to the worker (read it out or print it), who gives it to join with --central-key, so that the laptop refuses an enrolment file that another copy made.</source>
        <translation>Oznámte ho pracovníkovi (prečítajte ho alebo vytlačte), ktorý ho pri príkaze join zadá cez --central-key, aby notebook odmietol registračný súbor, ktorý vytvorila iná kópia.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="117"/>
        <source>Makes a new, empty database the laptop&apos;s copy of a programme, from an enrolment file.</source>
        <translation>Z novej, prázdnej databázy urobí kópiu programu pre notebook podľa registračného súboru.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="118"/>
        <source>The enrolment file.</source>
        <translation>Registračný súbor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="120"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE).</source>
        <translation>Prečítať prístupovú frázu z tohto súboru (alebo nastaviť FIELDCASE_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="122"/>
        <source>The central copy&apos;s key as the supervisor gave it (printed by enrol): an enrolment file signed with another key is refused.</source>
        <translation>Kľúč centrálnej kópie tak, ako ho oznámil odborný garant (vypísal ho príkaz enrol): registračný súbor podpísaný iným kľúčom sa odmietne.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="124"/>
        <source>FINGERPRINT</source>
        <translation>ODTLAČOK</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="129"/>
        <source>join needs exactly one enrolment FILE.</source>
        <translation>join potrebuje práve jeden registračný SÚBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="136"/>
        <source>join needs the passphrase: --passphrase-file FILE or the environment variable FIELDCASE_PASSPHRASE.</source>
        <translation>join potrebuje prístupovú frázu: --passphrase-file SÚBOR alebo premennú prostredia FIELDCASE_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="150"/>
        <source>Joined as &quot;%1&quot;: %n record(s) received.</source>
        <translation>
            <numerusform>Pripojené ako „%1“: prijatý %n záznam.</numerusform>
            <numerusform>Pripojené ako „%1“: prijaté %n záznamy.</numerusform>
            <numerusform>Pripojené ako „%1“: prijatých %n záznamov.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="153"/>
        <source>Central copy&apos;s key: %1 (the key given: checked).</source>
        <translation>Kľúč centrálnej kópie: %1 (zadaný kľúč: overený).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="155"/>
        <source>Central copy&apos;s key: %1 (not checked).</source>
        <translation>Kľúč centrálnej kópie: %1 (neoverený).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="156"/>
        <source>Compare it with the key your supervisor reads out or printed. If they differ, this file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Porovnajte ho s kľúčom, ktorý vám odborný garant prečíta alebo vytlačil. Ak sa líšia, tento súbor nevytvorila vaša centrálna kópia: túto databázu nepoužívajte a informujte odborného garanta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="164"/>
        <source>Writes the laptop&apos;s changes since its last export, encrypted to the central copy and signed.</source>
        <translation>Zapíše zmeny notebooku od posledného exportu, zašifrované pre centrálnu kópiu a podpísané.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="166"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="408"/>
        <source>The package file to write.</source>
        <translation>Súbor balíka, ktorý sa má zapísať.</translation>
    </message>
    <message>
        <source>Export every change made on this laptop again (when a file was lost).</source>
        <translation type="vanished">Znova exportovať všetky zmeny urobené na tomto notebooku (keď sa súbor stratil).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="168"/>
        <source>Export every change made on this laptop, in a file that stands in for all earlier ones (when a file was lost, or the central copy says it waits for one).</source>
        <translation>Exportovať všetky zmeny urobené na tomto notebooku v súbore, ktorý nahradí všetky skoršie (keď sa súbor stratil alebo centrálna kópia hlási, že na niektorý čaká).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="174"/>
        <source>export needs --out FILE.</source>
        <translation>export potrebuje --out SÚBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="185"/>
        <source>Nothing new to export: every change was in an earlier file. No file was written.</source>
        <translation>Nič nové na export: každá zmena už bola v skoršom súbore. Žiadny súbor sa nezapísal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="189"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.</source>
        <translation>
            <numerusform>%n zmena bola exportovaná ako súbor %1 tohto notebooku do %2, so všetkým od súboru %3.</numerusform>
            <numerusform>%n zmeny boli exportované ako súbor %1 tohto notebooku do %2, so všetkým od súboru %3.</numerusform>
            <numerusform>%n zmien bolo exportovaných ako súbor %1 tohto notebooku do %2, so všetkým od súboru %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="197"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2.</source>
        <translation>
            <numerusform>%n zmena bola exportovaná ako súbor %1 tohto notebooku do %2.</numerusform>
            <numerusform>%n zmeny boli exportované ako súbor %1 tohto notebooku do %2.</numerusform>
            <numerusform>%n zmien bolo exportovaných ako súbor %1 tohto notebooku do %2.</numerusform>
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
        <translation> (súbor %1 od %2, so všetkým od súboru %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="222"/>
        <source> (file %1 from %2)</source>
        <translation> (súbor %1 od %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 refused change(s)</source>
        <translation type="vanished">nové: %1, zmenené: %2, už prítomné: %3, v konflikte: %4, možné duplicity: %5, odmietnuté zmeny: %6</translation>
    </message>
    <message>
        <source>refused change: %1</source>
        <translation type="vanished">odmietnutá zmena: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="253"/>
        <source>possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>možná duplicita: %1 (%2) a %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="258"/>
        <source>also merged, after waiting: %1</source>
        <translation>zlúčené aj po čakaní: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="261"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="305"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="566"/>
        <source>backup before merging: %1</source>
        <translation>záloha pred zlúčením: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="266"/>
        <source>Merges exchange files: laptops&apos; exports into the central copy, or a return package into a laptop.</source>
        <translation>Zlúči výmenné súbory: exporty z notebookov do centrálnej kópie alebo spätný balík do notebooku.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>The files, in any order.</source>
        <translation>Súbory, v ľubovoľnom poradí.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>FILE...</source>
        <translation>SÚBOR...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="269"/>
        <source>Only show what merging would do; write nothing.</source>
        <translation>Len ukázať, čo by zlúčenie urobilo; nič nezapisovať.</translation>
    </message>
    <message>
        <source>Do not copy the database aside before each file.</source>
        <translation type="vanished">Pred každým súborom neodkladať kópiu databázy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="233"/>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 set aside</source>
        <translation>nové: %1, zmenené: %2, už prítomné: %3, v konflikte: %4, možné duplicity: %5, odložené: %6</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="243"/>
        <source>set aside: %1</source>
        <translation>odložené: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="247"/>
        <source>Changes set aside are kept, and merged as soon as this copy can use them (once Fieldcase is updated); fieldcase-cli quarantine lists them.</source>
        <translation>Odložené zmeny sa uchovávajú a zlúčia sa, hneď ako ich táto kópia bude môcť použiť (po aktualizácii Fieldcase); vypíše ich fieldcase-cli quarantine.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="270"/>
        <source>Do not copy the database aside before merging.</source>
        <translation>Pred zlúčením nevytvárať záložnú kópiu databázy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="275"/>
        <source>merge needs at least one FILE.</source>
        <translation>merge potrebuje aspoň jeden SÚBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="286"/>
        <source>Merging %1…</source>
        <translation>Zlučuje sa %1…</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="287"/>
        <source>Merged %1</source>
        <translation>Zlúčené: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="292"/>
        <source>fieldcase-cli: the changes set aside by earlier merges could not be tried again: %1. They are kept.</source>
        <translation>fieldcase-cli: zmeny odložené pri predchádzajúcich zlúčeniach sa nepodarilo znova skúsiť zlúčiť: %1. Zostávajú uchované.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="297"/>
        <source>%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</source>
        <translation>
            <numerusform>%n zmena, ktorú odložili predchádzajúce zlúčenia, je teraz zlúčená (nové: %1, zmenené: %2, v konflikte: %3).</numerusform>
            <numerusform>%n zmeny, ktoré odložili predchádzajúce zlúčenia, sú teraz zlúčené (nové: %1, zmenené: %2, v konflikte: %3).</numerusform>
            <numerusform>%n zmien, ktoré odložili predchádzajúce zlúčenia, je teraz zlúčených (nové: %1, zmenené: %2, v konflikte: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="314"/>
        <source>Dry run: nothing was written.</source>
        <translation>Skúšobný beh: nič sa nezapísalo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="317"/>
        <source>fieldcase-cli: %n file(s) refused; the database is unchanged by them.</source>
        <translation>
            <numerusform>fieldcase-cli: %n súbor bol odmietnutý; databázu nezmenil.</numerusform>
            <numerusform>fieldcase-cli: %n súbory boli odmietnuté; databázu nezmenili.</numerusform>
            <numerusform>fieldcase-cli: %n súborov bolo odmietnutých; databázu nezmenili.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="325"/>
        <source>Lists the open conflicts, one a line.</source>
        <translation>Vypíše otvorené konflikty, jeden na riadok.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5]</source>
        <translation>%1=%2 [%3, %4, %5]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5, of the merged duplicate]</source>
        <translation>%1=%2 [%3, %4, %5, zo zlúčenej duplicity]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="352"/>
        <source>deleted-vs-edited</source>
        <translation>vymazané-vs-upravené</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="354"/>
        <source>special category: decide explicitly</source>
        <translation>osobitná kategória: rozhodnite výslovne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="357"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n otvorený konflikt.</numerusform>
            <numerusform>%n otvorené konflikty.</numerusform>
            <numerusform>%n otvorených konfliktov.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="362"/>
        <source>Decides one conflict; the decision travels back to the laptops.</source>
        <translation>Rozhodne jeden konflikt; rozhodnutie sa vráti do notebookov.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="363"/>
        <source>The conflict number (from conflicts).</source>
        <translation>Číslo konfliktu (z príkazu conflicts).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="364"/>
        <source>The version to keep: a, b (c... when there are more).</source>
        <translation>Verzia, ktorá sa ponechá: a, b (c... ak ich je viac).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="365"/>
        <source>a|b</source>
        <translation>a|b</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>A new value instead of one of the versions.</source>
        <translation>Nová hodnota namiesto jednej z verzií.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="373"/>
        <source>resolve needs --conflict ID, a number from fieldcase-cli conflicts.</source>
        <translation>resolve potrebuje --conflict ID, číslo z fieldcase-cli conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="377"/>
        <source>resolve needs either --take a|b or --value TEXT.</source>
        <translation>resolve potrebuje buď --take a|b, alebo --value TEXT.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="388"/>
        <source>--take must be a letter: a, b, ...</source>
        <translation>--take musí byť písmeno: a, b, ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="397"/>
        <source>Conflict %1 decided; the decision is logged (change %2) and goes back to the laptops.</source>
        <translation>Konflikt %1 je rozhodnutý; rozhodnutie je zaznamenané (zmena %2) a vráti sa do notebookov.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="405"/>
        <source>Writes a laptop&apos;s return package: its updated caseload, reference data and decided conflicts.</source>
        <translation>Zapíše spätný balík pre notebook: jeho aktualizovaných klientov, referenčné údaje a rozhodnuté konflikty.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="407"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="478"/>
        <source>The laptop (its name or device id).</source>
        <translation>Notebook (jeho názov alebo id zariadenia).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="410"/>
        <source>Send the laptop&apos;s whole caseload history, in a package that stands in for all earlier ones (when a return package was lost, or the laptop says it waits for one).</source>
        <translation>Poslať celú históriu klientov notebooku v balíku, ktorý nahradí všetky skoršie (keď sa spätný balík stratil alebo notebook hlási, že na niektorý čaká).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="416"/>
        <source>return needs --device ID and --out FILE.</source>
        <translation>return potrebuje --device ID a --out SÚBOR.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="428"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nič nové pre „%1“: notebook už má všetko. Žiadny súbor sa nezapísal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="434"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3, with everything since return package %4.</source>
        <translation>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmena do %3, so všetkým od spätného balíka %4.</numerusform>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmeny do %3, so všetkým od spätného balíka %4.</numerusform>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmien do %3, so všetkým od spätného balíka %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="443"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3.</source>
        <translation>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmena do %3.</numerusform>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmeny do %3.</numerusform>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmien do %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="451"/>
        <source>Lists the laptops enrolled in this central copy.</source>
        <translation>Vypíše notebooky zaregistrované v tejto centrálnej kópii.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>revoked</source>
        <translation>zrušený</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>active</source>
        <translation>aktívny</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="466"/>
        <source>last file merged: %1</source>
        <translation>posledný zlúčený súbor: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="470"/>
        <source>This central copy&apos;s key: %1</source>
        <translation>Kľúč tejto centrálnej kópie: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="477"/>
        <source>Withdraws a laptop&apos;s enrolment (lost or stolen): its files are refused from now on.</source>
        <translation>Zruší registráciu notebooku (stratený alebo ukradnutý): jeho súbory sa odteraz odmietajú.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="494"/>
        <source>The laptop &quot;%1&quot; is revoked; its files will be refused.</source>
        <translation>Registrácia notebooku „%1“ je zrušená; jeho súbory sa budú odmietať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="499"/>
        <source>Lists possible duplicate persons found while merging.</source>
        <translation>Vypíše možné duplicitné osoby nájdené pri zlučovaní.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="515"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n možná duplicita.</numerusform>
            <numerusform>%n možné duplicity.</numerusform>
            <numerusform>%n možných duplicít.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="521"/>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; details the kept person lacks are taken over, details both have with different values become conflicts to decide; the duplicate is redirected.</source>
        <translation>Zlúči duplicitnú osobu do inej: všetky návštevy, plány a súhlasy sa presunú; údaje, ktoré ponechanej osobe chýbajú, sa prevezmú, a údaje, ktoré majú obe s rozdielnymi hodnotami, sa stanú konfliktmi na rozhodnutie; duplicita sa presmeruje.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="634"/>
        <source>list the changes set aside by merges, or try them again</source>
        <translation>vypíše zmeny odložené pri zlúčeniach alebo ich skúsi zlúčiť znova</translation>
    </message>
    <message>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; the duplicate is redirected.</source>
        <translation type="vanished">Zlúči duplicitnú osobu do inej: všetky návštevy, plány a súhlasy sa presunú; duplicita sa presmeruje.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="524"/>
        <source>The person who stays.</source>
        <translation>Osoba, ktorá zostáva.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="525"/>
        <source>The duplicate, merged into the other.</source>
        <translation>Duplicita, ktorá sa zlúči do druhej osoby.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="530"/>
        <source>merge-persons needs --keep ID and --merge ID.</source>
        <translation>merge-persons potrebuje --keep ID a --merge ID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="540"/>
        <source>Merged: %n record(s) now point at the person kept.</source>
        <translation>
            <numerusform>Zlúčené: %n záznam teraz odkazuje na ponechanú osobu.</numerusform>
            <numerusform>Zlúčené: %n záznamy teraz odkazujú na ponechanú osobu.</numerusform>
            <numerusform>Zlúčené: %n záznamov teraz odkazuje na ponechanú osobu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="542"/>
        <source>%n detail(s) that only the duplicate had were taken over.</source>
        <translation>
            <numerusform>Prevzal sa %n údaj, ktorý mala len duplicita.</numerusform>
            <numerusform>Prevzali sa %n údaje, ktoré mala len duplicita.</numerusform>
            <numerusform>Prevzalo sa %n údajov, ktoré mala len duplicita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="545"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</source>
        <translation>
            <numerusform>%n rozdielna hodnota oboch záznamov čaká na rozhodnutie v schránke konfliktov: vypíšete ju príkazom conflicts, rozhodnete príkazom resolve. Dovtedy sa používajú hodnoty ponechanej osoby.</numerusform>
            <numerusform>%n rozdielne hodnoty oboch záznamov čakajú na rozhodnutie v schránke konfliktov: vypíšete ich príkazom conflicts, rozhodnete príkazom resolve. Dovtedy sa používajú hodnoty ponechanej osoby.</numerusform>
            <numerusform>%n rozdielnych hodnôt oboch záznamov čaká na rozhodnutie v schránke konfliktov: vypíšete ich príkazom conflicts, rozhodnete príkazom resolve. Dovtedy sa používajú hodnoty ponechanej osoby.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="554"/>
        <source>%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</source>
        <translation>
            <numerusform>Zlúčená %n zmena (nové: %1, zmenené: %2, v konflikte: %3, možné duplicity: %4).</numerusform>
            <numerusform>Zlúčené %n zmeny (nové: %1, zmenené: %2, v konflikte: %3, možné duplicity: %4).</numerusform>
            <numerusform>Zlúčených %n zmien (nové: %1, zmenené: %2, v konflikte: %3, možné duplicity: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="561"/>
        <source>%n change(s) still set aside.</source>
        <translation>
            <numerusform>%n zmena zostáva odložená.</numerusform>
            <numerusform>%n zmeny zostávajú odložené.</numerusform>
            <numerusform>%n zmien zostáva odložených.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="563"/>
        <source>still set aside: %1</source>
        <translation>stále odložené: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="572"/>
        <source>Lists the changes that merges set aside because this copy cannot use them (a table or field it does not know, a value it does not accept), as tab-separated lines with a header. They are kept, and merged as soon as this copy can use them.</source>
        <translation>Vypíše zmeny, ktoré zlúčenia odložili, pretože ich táto kópia nemôže použiť (tabuľka alebo pole, ktoré nepozná, hodnota, ktorú neprijíma), ako riadky oddelené tabulátorom s hlavičkou. Uchovávajú sa a zlúčia sa, hneď ako ich táto kópia bude môcť použiť.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="575"/>
        <source>Try them again now: merge those this copy can use (after a backup), and say why the others are still set aside.</source>
        <translation>Skúsiť ich teraz znova: zlúčiť tie, ktoré táto kópia môže použiť (po zálohovaní), a uviesť, prečo sú ostatné stále odložené.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Received</source>
        <translation>Prijaté</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Table</source>
        <translation>Tabuľka</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="608"/>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="615"/>
        <source>%n change(s) set aside.</source>
        <translation>
            <numerusform>%n zmena je odložená.</numerusform>
            <numerusform>%n zmeny sú odložené.</numerusform>
            <numerusform>%n zmien je odložených.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="623"/>
        <source>enrol a laptop: write its enrolment file</source>
        <translation>zaregistruje notebook: zapíše jeho registračný súbor</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="624"/>
        <source>make a new laptop database from an enrolment file</source>
        <translation>vytvorí novú databázu notebooku z registračného súboru</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="625"/>
        <source>write the laptop&apos;s new changes for the central copy</source>
        <translation>zapíše nové zmeny notebooku pre centrálnu kópiu</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="626"/>
        <source>merge exchange files (preview with --dry-run)</source>
        <translation>zlúči výmenné súbory (náhľad cez --dry-run)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="627"/>
        <source>list open conflicts</source>
        <translation>vypíše otvorené konflikty</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="628"/>
        <source>decide a conflict</source>
        <translation>rozhodne konflikt</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="629"/>
        <source>write a laptop&apos;s return package</source>
        <translation>zapíše spätný balík pre notebook</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="630"/>
        <source>list enrolled laptops</source>
        <translation>vypíše zaregistrované notebooky</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="631"/>
        <source>withdraw a laptop&apos;s enrolment</source>
        <translation>zruší registráciu notebooku</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="632"/>
        <source>list possible duplicate persons</source>
        <translation>vypíše možné duplicitné osoby</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="633"/>
        <source>merge a duplicate person into another</source>
        <translation>zlúči duplicitnú osobu do inej</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="28"/>
        <source>Prints a document to PDF: a development plan, a plan review, a visit record, an attendance sheet, a consent form or a case summary; or, for municipality staff, every plan of a locality that awaits signature, in one PDF.</source>
        <translation>Vytlačí dokument do PDF: rozvojový plán, prehodnotenie plánu, záznam z návštevy, prezenčnú listinu, formulár súhlasu alebo súhrn prípadu; alebo pre pracovníkov obce všetky plány lokality, ktoré čakajú na podpis, v jednom PDF.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>The document: %1.</source>
        <translation>Dokument: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="33"/>
        <source>The record to print: a plan, plan review, activity, event, consent or person id.</source>
        <translation>Záznam na tlač: id plánu, prehodnotenia plánu, činnosti, aktivity, súhlasu alebo osoby.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="35"/>
        <source>Print a batch for this locality (with --awaiting-signature).</source>
        <translation>Vytlačiť dávku pre túto lokalitu (s --awaiting-signature).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="37"/>
        <source>The batch: every plan whose status is awaiting signature.</source>
        <translation>Dávka: všetky plány v stave čaká na podpis.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>The PDF file to write.</source>
        <translation>Súbor PDF, ktorý sa má zapísať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>SÚBOR.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="45"/>
        <source>print needs --out FILE.pdf, the file to write.</source>
        <translation>print potrebuje --out SÚBOR.pdf, súbor na zápis.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="51"/>
        <source>Give either --kind and --id for one document, or --locality ID --awaiting-signature for a batch, not both.</source>
        <translation>Zadajte buď --kind a --id pre jeden dokument, alebo --locality ID --awaiting-signature pre dávku, nie oboje.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="55"/>
        <source>A batch needs both --locality ID and --awaiting-signature.</source>
        <translation>Dávka potrebuje --locality ID aj --awaiting-signature.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="59"/>
        <source>print needs --kind KIND and --id ID (or --locality ID --awaiting-signature for a batch).</source>
        <translation>print potrebuje --kind DRUH a --id ID (alebo --locality ID --awaiting-signature pre dávku).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="64"/>
        <source>Unknown document kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>Neznámy druh dokumentu „%1“. Druhy sú: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="82"/>
        <source>No plan in locality %1 awaits signature; nothing was written.</source>
        <translation>Žiadny plán v lokalite %1 nečaká na podpis; nič sa nezapísalo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="93"/>
        <source>Wrote %1: documents %2, pages %3.</source>
        <translation>Zapísané %1: dokumenty %2, strany %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="100"/>
        <source>Sets or removes the logos printed in the letterhead of documents on this machine (PNG, JPEG or SVG).</source>
        <translation>Nastaví alebo odstráni logá tlačené v hlavičke dokumentov na tomto počítači (PNG, JPEG alebo SVG).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="102"/>
        <source>The image for the left of the letterhead.</source>
        <translation>Obrázok do ľavej časti hlavičky.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="103"/>
        <source>The image for the right of the letterhead.</source>
        <translation>Obrázok do pravej časti hlavičky.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="104"/>
        <source>Remove the left logo.</source>
        <translation>Odstrániť ľavé logo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="105"/>
        <source>Remove the right logo.</source>
        <translation>Odstrániť pravé logo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="106"/>
        <source>The programme (default: the first of the database).</source>
        <translation>Program (predvolene prvý v databáze).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="115"/>
        <source>logo needs --left FILE, --right FILE, --clear-left or --clear-right.</source>
        <translation>logo potrebuje --left SÚBOR, --right SÚBOR, --clear-left alebo --clear-right.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="132"/>
        <source>The database holds no programme; create one with init.</source>
        <translation>Databáza neobsahuje žiadny program; vytvorte ho príkazom init.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="148"/>
        <source>The %1 logo is now %2.</source>
        <translation>Logo (%1) je teraz %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="158"/>
        <source>The %1 logo was removed.</source>
        <translation>Logo (%1) bolo odstránené.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="175"/>
        <source>prints plans, visit records, attendance sheets, consent forms to PDF</source>
        <translation>vytlačí plány, záznamy z návštev, prezenčné listiny a formuláre súhlasu do PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="177"/>
        <source>sets the logos of the letterhead of printed documents</source>
        <translation>nastaví logá v hlavičke tlačených dokumentov</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="32"/>
        <source>Writes a report of the programme to CSV, XLSX or PDF: the ESF common indicators on participants, or the programme&apos;s indicators planned against achieved. ESF reports are made for outside the programme (counts of 1 to 4 people suppressed, no names) unless --internal is given; indicator reports are internal unless --outside is given.</source>
        <translation>Zapíše správu o programe do CSV, XLSX alebo PDF: spoločné ukazovatele ESF týkajúce sa účastníkov alebo ukazovatele programu, plánované oproti dosiahnutým. Správy ESF sa vytvárajú na použitie mimo programu (počty 1 až 4 osôb skryté, bez mien), ak nie je zadané --internal; správy o ukazovateľoch sú interné, ak nie je zadané --outside.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="37"/>
        <source>The ESF common indicators on participants: 2021 (ESF+ 2021-2027) or 2014 (ESF 2014-2020).</source>
        <translation>Spoločné ukazovatele ESF týkajúce sa účastníkov: 2021 (ESF+ 2021-2027) alebo 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="38"/>
        <source>SET</source>
        <translation>SADA</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="39"/>
        <source>The programme&apos;s indicators, planned against achieved.</source>
        <translation>Ukazovatele programu, plánované oproti dosiahnutým.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="41"/>
        <source>The first day of the period (default: the programme&apos;s start date, else 1 January of this year).</source>
        <translation>Prvý deň obdobia (predvolene: dátum začiatku programu, inak 1. január tohto roka).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="45"/>
        <source>The last day of the period (default: the programme&apos;s end date, else 31 December of this year).</source>
        <translation>Posledný deň obdobia (predvolene: dátum konca programu, inak 31. december tohto roka).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="48"/>
        <source>Only this locality (default: the whole programme).</source>
        <translation>Len táto lokalita (predvolene: celý program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="51"/>
        <source>For use inside the programme: small counts are not suppressed. Such a file must not leave the programme.</source>
        <translation>Na použitie v rámci programu: malé počty sa neskrývajú. Takýto súbor nesmie opustiť program.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="54"/>
        <source>For outside the programme: small counts suppressed, names and ids left out (the default for --esf).</source>
        <translation>Na použitie mimo programu: malé počty skryté, mená a id vynechané (predvolené pre --esf).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="57"/>
        <source>The file format: %1.</source>
        <translation>Formát súboru: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="58"/>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="59"/>
        <source>The file to write.</source>
        <translation>Súbor, ktorý sa má zapísať.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="66"/>
        <source>Give either --esf or --indicators, not both.</source>
        <translation>Zadajte buď --esf, alebo --indicators, nie obe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="67"/>
        <source>report needs the report to make: --esf 2021, --esf 2014 or --indicators.</source>
        <translation>report potrebuje správu, ktorá sa má vytvoriť: --esf 2021, --esf 2014 alebo --indicators.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="78"/>
        <source>Unknown ESF indicator set &quot;%1&quot;. Give --esf 2021 (ESF+ 2021-2027) or --esf 2014 (ESF 2014-2020).</source>
        <translation>Neznáma sada ukazovateľov ESF „%1“. Zadajte --esf 2021 (ESF+ 2021-2027) alebo --esf 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="84"/>
        <source>Give either --internal or --outside, not both.</source>
        <translation>Zadajte buď --internal, alebo --outside, nie obe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="88"/>
        <source>report needs --format FORMAT: %1.</source>
        <translation>report potrebuje --format FORMÁT: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="93"/>
        <source>Unknown format &quot;%1&quot;. The formats are: %2.</source>
        <translation>Neznámy formát „%1“. Formáty sú: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="98"/>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report potrebuje --out SÚBOR, súbor, ktorý sa má zapísať.</translation>
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
            <numerusform>Zapísané %1 (%2): %n riadok, na použitie mimo programu; skryté bunky: %3.</numerusform>
            <numerusform>Zapísané %1 (%2): %n riadky, na použitie mimo programu; skryté bunky: %3.</numerusform>
            <numerusform>Zapísané %1 (%2): %n riadkov, na použitie mimo programu; skryté bunky: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="143"/>
        <source>Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave the programme.</source>
        <translation>
            <numerusform>Zapísané %1 (%2): %n riadok, interné: malé počty sú zobrazené, preto súbor nesmie opustiť program.</numerusform>
            <numerusform>Zapísané %1 (%2): %n riadky, interné: malé počty sú zobrazené, preto súbor nesmie opustiť program.</numerusform>
            <numerusform>Zapísané %1 (%2): %n riadkov, interné: malé počty sú zobrazené, preto súbor nesmie opustiť program.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="156"/>
        <source>writes the ESF indicators or planned against achieved to CSV, XLSX or PDF</source>
        <translation>zapíše ukazovatele ESF alebo plánované oproti dosiahnutým do CSV, XLSX alebo PDF</translation>
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
        <translation>Neexistuje otvorený konflikt číslo %1. Možno už bol vyriešený; vypíšte otvorené konflikty znova.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="130"/>
        <source>(deleted)</source>
        <translation>(vymazané)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="141"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="143"/>
        <source>(kept: still pointed at by %1)</source>
        <translation>(ponechané: stále naň odkazujú: %1)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="153"/>
        <source>(edited)</source>
        <translation>(upravené)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="161"/>
        <source>(empty)</source>
        <translation>(prázdne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/ConflictStore.cpp" line="170"/>
        <source>Conflict %1 has %n version(s); choose one of them.</source>
        <translation>
            <numerusform>Konflikt %1 má %n verziu; vyberte jednu z nich.</numerusform>
            <numerusform>Konflikt %1 má %n verzie; vyberte jednu z nich.</numerusform>
            <numerusform>Konflikt %1 má %n verzií; vyberte jednu z nich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="180"/>
        <source>Conflict %1: this record cannot stay deleted while other records point at it. Keep it, or first change the records that point at it and decide again.</source>
        <translation>Konflikt %1: tento záznam nemôže zostať vymazaný, kým naň odkazujú iné záznamy. Ponechajte ho, alebo najprv zmeňte záznamy, ktoré naň odkazujú, a rozhodnite znova.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="196"/>
        <source>A deleted record is kept deleted or restored; choose one of the versions.</source>
        <translation>Vymazaný záznam zostane vymazaný alebo sa obnoví; vyberte jednu z verzií.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="210"/>
        <source>%1 is required and cannot be left empty.</source>
        <translation>%1 je povinné a nemôže zostať prázdne.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="222"/>
        <source>Conflict %1 decided</source>
        <translation>Konflikt %1 rozhodnutý</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="248"/>
        <source>Conflict %1 decided: stays deleted</source>
        <translation>Konflikt %1 rozhodnutý: zostáva vymazané</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="249"/>
        <source>Conflict %1 decided: restored</source>
        <translation>Konflikt %1 rozhodnutý: obnovené</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="8"/>
        <source>I agree that the programme team records my personal data and the data of my household that are needed for our work together: names, dates of birth, contact details, the development plan, visits, services and agreements.</source>
        <translation>Súhlasím, aby tím programu zaznamenával moje osobné údaje a údaje mojej domácnosti, ktoré sú potrebné na našu spoločnú prácu: mená, dátumy narodenia, kontaktné údaje, rozvojový plán, návštevy, služby a dohody.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="11"/>
        <source>The data are used only to plan and provide support to me and my family and to report to the funder in a form that does not identify me.</source>
        <translation>Údaje sa používajú len na plánovanie a poskytovanie podpory mne a mojej rodine a na podávanie správ poskytovateľovi finančných prostriedkov v podobe, ktorá ma neidentifikuje.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="15"/>
        <source>I agree that the programme team shares the data needed for my support with the services named in my development plan (for example the family support service, the job centre, the school or the district nurse).</source>
        <translation>Súhlasím, aby tím programu poskytoval údaje potrebné na moju podporu službám uvedeným v mojom rozvojovom pláne (napríklad službe na podporu rodiny, úradu práce, škole alebo komunitnej sestre).</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="18"/>
        <source>Only the data that a service needs for the task are shared, and each sharing is recorded.</source>
        <translation>Poskytujú sa len údaje, ktoré služba potrebuje na danú úlohu, a každé poskytnutie sa zaznamená.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="21"/>
        <source>I agree that the programme team refers me to another service and sends that service my name, contact details and the reason for the referral.</source>
        <translation>Súhlasím, aby ma tím programu odporučil na inú službu a tejto službe poslal moje meno, kontaktné údaje a dôvod odporučenia.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="23"/>
        <source>The receiving service tells the team whether it accepted the referral and how it ended.</source>
        <translation>Prijímajúca služba oznámi tímu, či odporučenie prijala a ako sa skončilo.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="26"/>
        <source>I agree that the programme records data about my health, disability or ethnic origin, which the law protects specially, because I want them taken into account in my support.</source>
        <translation>Súhlasím, aby program zaznamenával údaje o mojom zdraví, zdravotnom postihnutí alebo etnickom pôvode, ktoré zákon osobitne chráni, pretože chcem, aby sa zohľadnili pri mojej podpore.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="28"/>
        <source>These data are seen only by the staff who work with me and are never printed in reports that leave the programme.</source>
        <translation>Tieto údaje vidia len pracovníci, ktorí so mnou pracujú, a nikdy sa netlačia v správach, ktoré odchádzajú mimo programu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="32"/>
        <source>I agree that photographs or video in which I can be recognised are taken at programme events and used in the programme&apos;s reports and publications.</source>
        <translation>Súhlasím, aby sa na podujatiach programu zhotovovali fotografie alebo videá, na ktorých ma možno rozpoznať, a aby sa používali v správach a publikáciách programu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="34"/>
        <source>I can ask at any time that a picture of me is not used again.</source>
        <translation>Kedykoľvek môžem požiadať, aby sa moja fotografia už znova nepoužila.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="37"/>
        <source>I agree that the programme records the data the funder requires at entry and exit (labour status, education, household situation) and contacts me up to six months after I leave the programme to ask about my situation.</source>
        <translation>Súhlasím, aby program zaznamenával údaje, ktoré poskytovateľ finančných prostriedkov vyžaduje pri vstupe a výstupe (postavenie na trhu práce, vzdelanie, situácia v domácnosti), a aby ma kontaktoval do šiestich mesiacov po odchode z programu a spýtal sa na moju situáciu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="40"/>
        <source>The funder receives these data only as totals that do not identify anyone.</source>
        <translation>Poskytovateľ finančných prostriedkov dostáva tieto údaje len ako súhrnné čísla, ktoré nikoho neidentifikujú.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="46"/>
        <source>My consent is voluntary. If I do not give it, or withdraw it later, I still receive the support that does not depend on it.</source>
        <translation>Môj súhlas je dobrovoľný. Ak ho neudelím alebo ho neskôr odvolám, podporu, ktorá od neho nezávisí, dostávam naďalej.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="48"/>
        <source>I can withdraw this consent at any time, in writing or by telling a member of the team; the withdrawal applies from that day on.</source>
        <translation>Tento súhlas môžem kedykoľvek odvolať, písomne alebo oznámením členovi tímu; odvolanie platí od toho dňa.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="50"/>
        <source>I have the right to see the data kept about me, to have mistakes corrected and, where the law allows, to have data erased. I can complain to the data protection authority.</source>
        <translation>Mám právo nahliadnuť do údajov, ktoré sa o mne uchovávajú, dať opraviť chyby a tam, kde to zákon dovoľuje, dať údaje vymazať. Môžem podať sťažnosť na úrad na ochranu osobných údajov.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="32"/>
        <location filename="../../core/storage/Database.cpp" line="364"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disk je plný. Uvoľnite miesto a skúste to znova.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="36"/>
        <location filename="../../core/storage/Database.cpp" line="361"/>
        <source>The database is busy in another window or program. Close it there and try again.</source>
        <translation>Databázu používa iné okno alebo program. Zatvorte ju tam a skúste to znova.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="40"/>
        <location filename="../../core/storage/Database.cpp" line="366"/>
        <source>The database reported an error; nothing was changed.</source>
        <translation>Databáza ohlásila chybu; nič sa nezmenilo.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="91"/>
        <source>There is no database at %1.</source>
        <translation>V %1 nie je žiadna databáza.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="94"/>
        <source>%1 is not a file. Choose a database file.</source>
        <translation>%1 nie je súbor. Vyberte súbor databázy.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="97"/>
        <source>The folder for %1 could not be created.</source>
        <translation>Priečinok pre %1 sa nepodarilo vytvoriť.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="105"/>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Chýba ovládač SQLite pre Qt. Nainštalujte balík libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="109"/>
        <source>The database %1 could not be opened.</source>
        <translation>Databázu %1 sa nepodarilo otvoriť.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>The SQLite connection could not be configured.</source>
        <translation>Pripojenie SQLite sa nepodarilo nastaviť.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="144"/>
        <source>%1 is not a Fieldcase database, or it is damaged. Open another file.</source>
        <translation>%1 nie je databáza Fieldcase alebo je poškodená. Otvorte iný súbor.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="182"/>
        <source>This database was made by a newer version of Fieldcase (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Túto databázu vytvorila novšia verzia Fieldcase (schéma %1; táto verzia pozná najviac %2). Na jej otvorenie nainštalujte novšiu verziu.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="194"/>
        <source>Before upgrading the database, a copy could not be written to %1; the database was left as it was. Free some disk space and open the database again.</source>
        <translation>Pred aktualizáciou databázy sa nepodarilo zapísať kópiu do %1; databáza zostala nezmenená. Uvoľnite miesto na disku a otvorte databázu znova.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="294"/>
        <location filename="../../core/storage/Database.cpp" line="338"/>
        <source>The backup %1 could not be written.</source>
        <translation>Zálohu %1 sa nepodarilo zapísať.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="299"/>
        <location filename="../../core/storage/Database.cpp" line="333"/>
        <source>The backup %1 could not be written (is the disk full?).</source>
        <translation>Zálohu %1 sa nepodarilo zapísať (nie je disk plný?).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="412"/>
        <source>The database undid this change after an error (is the disk full?); nothing of it was stored. Try again.</source>
        <translation>Databáza po chybe túto zmenu vrátila (nie je disk plný?); nič z nej nebolo uložené. Skúste to znova.</translation>
    </message>
    <message>
        <source>Before upgrading the database, a copy could not be written to %1. Free some disk space and open the database again.</source>
        <translation type="vanished">Pred aktualizáciou databázy sa nepodarilo zapísať kópiu do %1. Uvoľnite miesto na disku a otvorte databázu znova.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="210"/>
        <source>The database could not be upgraded to schema %1 (%2). It was left as it was.</source>
        <translation>Databázu sa nepodarilo aktualizovať na schému %1 (%2). Zostala tak, ako bola.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="213"/>
        <source>The database could not be upgraded to schema %1 (%2). It stays at schema %3, complete and consistent, and a copy from before the upgrade is at %4. Open it again once the cause below is fixed.</source>
        <translation>Databázu sa nepodarilo aktualizovať na schému %1 (%2). Zostáva na schéme %3, úplná a konzistentná, a kópia spred aktualizácie je v %4. Otvorte ju znova, keď odstránite príčinu uvedenú nižšie.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="41"/>
        <source>The change was already undone; nothing was stored.</source>
        <translation>Zmena už bola vrátená; nič sa neuložilo.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="54"/>
        <source>The demo data could not be written; nothing was saved. %1</source>
        <translation>Ukážkové údaje sa nepodarilo zapísať; nič sa neuložilo. %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="63"/>
        <source>Demo data can be made for 1 to %1 people; %2 is outside that range.</source>
        <translation>Ukážkové údaje sa dajú vytvoriť pre 1 až %1 osôb; %2 je mimo tohto rozsahu.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="73"/>
        <source>The demo&apos;s history must end today or earlier; %1 is in the future.</source>
        <translation>História ukážky musí končiť dnes alebo skôr; %1 je v budúcnosti.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="82"/>
        <source>Demo data is only added to a database without people, so that it is never mixed with real cases. Create a new, empty database for the demo.</source>
        <translation>Ukážkové údaje sa pridávajú len do databázy bez osôb, aby sa nikdy nezmiešali so skutočnými prípadmi. Na ukážku vytvorte novú, prázdnu databázu.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="124"/>
        <source>Making the demo data was stopped; nothing was saved.</source>
        <translation>Vytváranie ukážkových údajov bolo zastavené; nič sa neuložilo.</translation>
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
        <translation>Upraviť plán</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="29"/>
        <source>Add need</source>
        <translation>Pridať potrebu</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="30"/>
        <source>Add goal</source>
        <translation>Pridať cieľ</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="31"/>
        <source>Add service or referral</source>
        <translation>Pridať službu alebo odporučenie</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="32"/>
        <source>Review</source>
        <translation>Prehodnotiť</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="33"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="140"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="194"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="24"/>
        <source>Print</source>
        <comment>the print preview of a record</comment>
        <translation>Tlačiť</translation>
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
        <translation>História</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="43"/>
        <source>legal representative %1</source>
        <translation>zákonný zástupca %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="44"/>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="46"/>
        <source>%1: not signed</source>
        <translation>%1: nepodpísané</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="47"/>
        <source>%1: signed %2</source>
        <translation>%1: podpísané %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="50"/>
        <source>case manager</source>
        <translation>kľúčový pracovník</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="53"/>
        <source>experience expert</source>
        <translation>expert so skúsenosťou</translation>
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
        <translation>Potreby podľa oblastí intervencie</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="65"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="90"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="114"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="195"/>
        <source>edit</source>
        <translation>upraviť</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="72"/>
        <source>Goals</source>
        <translation>Ciele</translation>
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
        <translation>kto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="86"/>
        <source>for %1</source>
        <translation>pre %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="103"/>
        <source>Agreed services and referrals</source>
        <translation>Dohodnuté služby a odporučenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="121"/>
        <source>Reviews (earlier versions kept)</source>
        <translation>Prehodnotenia (predchádzajúce verzie sa uchovávajú)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="125"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · verzia %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="138"/>
        <source>Plan review of %1 (version %2)</source>
        <translation>Prehodnotenie plánu z %1 (verzia %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="153"/>
        <source>Goals as they stood at the review</source>
        <translation>Ciele v čase prehodnotenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="161"/>
        <source>, by %1</source>
        <translation>, do %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="167"/>
        <source>Needs as they stood at the review</source>
        <translation>Potreby v čase prehodnotenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="184"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="189"/>
        <source>This record was corrected or withdrawn.</source>
        <translation>Tento záznam bol opravený alebo stiahnutý.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="190"/>
        <source>Show the record in force</source>
        <translation>Zobraziť platný záznam</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="192"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="68"/>
        <source>Correct</source>
        <translation>Opraviť</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="193"/>
        <source>Withdraw</source>
        <translation>Stiahnuť</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="200"/>
        <source>This record withdraws a visit recorded by mistake.</source>
        <translation>Tento záznam sťahuje omylom zaznamenanú návštevu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the withdrawn record</source>
        <translation>Zobraziť stiahnutý záznam</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the record it corrects</source>
        <translation>Zobraziť záznam, ktorý opravuje</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="225"/>
        <source>Present</source>
        <translation>Prítomní</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="229"/>
        <source>Plan goals worked on</source>
        <translation>Ciele plánu, na ktorých sa pracovalo</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="238"/>
        <source>Tasks agreed</source>
        <translation>Dohodnuté úlohy</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="245"/>
        <source>update</source>
        <translation>aktualizovať</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="254"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="257"/>
        <source>Change status</source>
        <translation>Zmeniť stav</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="268"/>
        <source>Status history</source>
        <translation>História stavov</translation>
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
        <translation>Upraviť</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="290"/>
        <source>Attendance</source>
        <translation>Účasť</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="291"/>
        <source>Print attendance sheet</source>
        <translation>Tlačiť prezenčnú listinu</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="311"/>
        <source>Attendance: %1 registered people, %2 staff, %3 external guests</source>
        <translation>Účasť: registrované osoby %1, pracovníci %2, externí hostia %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="319"/>
        <source>Staff:</source>
        <translation>Pracovníci:</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="93"/>
        <source>&lt;h3&gt;Deleted&lt;/h3&gt;&lt;p&gt;This record was deleted. Its history is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vymazané&lt;/h3&gt;&lt;p&gt;Tento záznam bol vymazaný. Jeho história sa uchováva.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="146"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest visits and services</source>
        <translation>Posledné návštevy a služby</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="154"/>
        <source> (withdrawal)</source>
        <translation> (stiahnutie)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="156"/>
        <source> (correction)</source>
        <translation> (oprava)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="188"/>
        <source>Development plans</source>
        <translation>Rozvojové plány</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="195"/>
        <source>(%1, from %2, next review %3)</source>
        <translation>(%1, od %2, ďalšie prehodnotenie %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="208"/>
        <source>Referrals and hand-overs</source>
        <translation>Odporučenia a odovzdania</translation>
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
        <translation>Zaznamenať návštevu</translation>
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
        <translation>Odporučiť</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="20"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="124"/>
        <source>Hand over</source>
        <translation>Odovzdať</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="21"/>
        <source>Record consent</source>
        <translation>Zaznamenať súhlas</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="22"/>
        <source>Entry data</source>
        <translation>Údaje pri vstupe</translation>
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
            <numerusform>%1 (%n rokov)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="38"/>
        <source>Born</source>
        <translation>Narodený/á</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="51"/>
        <source>Household members</source>
        <translation>Členovia domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="53"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="67"/>
        <source>Entry data (frozen)</source>
        <translation>Údaje pri vstupe (zmrazené)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="90"/>
        <source>Consents</source>
        <translation>Súhlasy</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="92"/>
        <source>%1, given %2 (%3, text %4)</source>
        <translation>%1, udelený %2 (%3, text %4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="96"/>
        <source>, withdrawn %1</source>
        <translation>, odvolaný %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="101"/>
        <source>edit or withdraw</source>
        <translation>upraviť alebo odvolať</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="102"/>
        <source>print the form</source>
        <translation>tlačiť formulár</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest household visits</source>
        <translation>Posledné návštevy v domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="118"/>
        <source>%1 household</source>
        <translation>Domácnosť %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="120"/>
        <source>Add member</source>
        <translation>Pridať člena</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="122"/>
        <source>New family plan</source>
        <translation>Nový rodinný plán</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="125"/>
        <source>Print family plan</source>
        <translation>Tlačiť rodinný plán</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="134"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Členovia (%n)</numerusform>
            <numerusform>Členovia (%n)</numerusform>
            <numerusform>Členovia (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="158"/>
        <source>Show its households</source>
        <translation>Zobraziť jej domácnosti</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="159"/>
        <source>Register a household here</source>
        <translation>Zaregistrovať tu domácnosť</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="173"/>
        <source>Add training</source>
        <translation>Pridať vzdelávanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="174"/>
        <source>Show caseload</source>
        <translation>Zobraziť klientov pracovníka</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="189"/>
        <source>%1 · %2 · %3 h%4</source>
        <translation>%1 · %2 · %3 h%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="198"/>
        <source>Trainings (%1 hours in all)</source>
        <translation>Vzdelávania (spolu %1 hodín)</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <location filename="../../core/exchange/DeviceRegistry.cpp" line="72"/>
        <source>No laptop called &quot;%1&quot; is enrolled in this central copy.</source>
        <translation>V tejto centrálnej kópii nie je zaregistrovaný žiadny notebook s názvom „%1“.</translation>
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
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Place</source>
        <translation>Miesto</translation>
    </message>
</context>
<context>
    <name>DocumentData</name>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="76"/>
        <source>There is no %1 with the id %2 in this database. Check the id and the database.</source>
        <translation>V tejto databáze nie je záznam „%1“ s id %2. Skontrolujte id a databázu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="83"/>
        <source>The %1 with the id %2 was deleted, so it cannot be printed.</source>
        <translation>Záznam „%1“ s id %2 bol vymazaný, preto sa nedá vytlačiť.</translation>
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
        <translation>Vytlačil(a) %1 dňa %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="213"/>
        <source>Plan version %1, last changed %2 (%3)</source>
        <translation>Verzia plánu %1, naposledy zmenená %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="217"/>
        <source>Record version of %1 (%2)</source>
        <translation>Verzia záznamu z %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="43"/>
        <source>Individual development plan</source>
        <translation>Individuálny rozvojový plán</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="45"/>
        <source>Family development plan</source>
        <translation>Rodinný rozvojový plán</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="47"/>
        <source>Plan review record</source>
        <translation>Záznam o prehodnotení plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="49"/>
        <source>Home visit record</source>
        <translation>Záznam z návštevy v domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="51"/>
        <source>Attendance sheet</source>
        <translation>Prezenčná listina</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="53"/>
        <source>Consent form</source>
        <translation>Formulár súhlasu</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="55"/>
        <source>Case summary</source>
        <translation>Súhrn prípadu</translation>
    </message>
</context>
<context>
    <name>DocumentLogos</name>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="37"/>
        <source>The logo is larger than %1 MB. Save a smaller image and try again.</source>
        <translation>Logo je väčšie ako %1 MB. Uložte menší obrázok a skúste to znova.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="51"/>
        <source>A logo must be a PNG, JPEG or SVG image.</source>
        <translation>Logo musí byť obrázok PNG, JPEG alebo SVG.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="55"/>
        <source>The logo cannot be read as an image; it may be damaged.</source>
        <translation>Logo sa nedá prečítať ako obrázok; môže byť poškodené.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="71"/>
        <source>The plan %1 is of the kind &quot;%2&quot;, not &quot;%3&quot;. Print it as &quot;%2&quot;.</source>
        <translation>Plán %1 je druhu „%2“, nie „%3“. Vytlačte ho ako „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="128"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>Tlač potrebuje grafickú časť Qt, ktorá nebeží.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="132"/>
        <source>There is nothing to print.</source>
        <translation>Nie je čo tlačiť.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="142"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Tlačiareň alebo súbor sa nepodarilo otvoriť na tlač.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="159"/>
        <source>Printing was stopped.</source>
        <translation>Tlač bola zastavená.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="163"/>
        <source>The printer or file did not accept the pages.</source>
        <translation>Tlačiareň alebo súbor neprijali strany.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="173"/>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="192"/>
        <source>%1 cannot be written. Choose a folder you can write to.</source>
        <translation>%1 sa nedá zapísať. Vyberte priečinok, do ktorého môžete zapisovať.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="281"/>
        <source>The %1 household has no family plan in force or awaiting signature, so there is nothing to print for it. Open one of its members to print their plan or case summary.</source>
        <translation>Domácnosť %1 nemá platný rodinný plán ani plán čakajúci na podpis, preto pre ňu nie je čo tlačiť. Otvorte niektorého z jej členov a vytlačte jeho plán alebo súhrn prípadu.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="287"/>
        <source>There is no printed document for a %1. Open a person, household, plan, plan review, visit, group event or consent, then print.</source>
        <translation>Pre záznam „%1“ neexistuje tlačený dokument. Otvorte osobu, domácnosť, plán, prehodnotenie plánu, návštevu, skupinovú aktivitu alebo súhlas a potom tlačte.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="319"/>
        <source>This record is not about one person. Open a person, or a record about them, to print their case summary.</source>
        <translation>Tento záznam sa netýka jednej osoby. Ak chcete vytlačiť súhrn prípadu, otvorte osobu alebo záznam o nej.</translation>
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
        <translation>Meno</translation>
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
        <translation>Registrovaní účastníci sú uvedení ako prví. Hostia sa zapíšu na prázdny očíslovaný riadok. Všetci sa podpíšu v poslednom stĺpci.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="107"/>
        <source>I confirm that the people who signed above took part in the event.</source>
        <translation>Potvrdzujem, že osoby, ktoré sa vyššie podpísali, sa zúčastnili na aktivite.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="112"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="43"/>
        <source>Development plans</source>
        <translation>Rozvojové plány</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="45"/>
        <source>No development plan yet.</source>
        <translation>Zatiaľ žiadny rozvojový plán.</translation>
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
        <translation>Obdobie plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="66"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="131"/>
        <source>Goal</source>
        <translation>Cieľ</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="80"/>
        <source>%1 (goal of %2)</source>
        <translation>%1 (cieľ osoby %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="90"/>
        <source>%n goal(s) in the health area are not shown here; the plan itself holds them.</source>
        <translation>
            <numerusform>%n cieľ v oblasti zdravia tu nie je uvedený; obsahuje ho samotný plán.</numerusform>
            <numerusform>%n ciele v oblasti zdravia tu nie sú uvedené; obsahuje ich samotný plán.</numerusform>
            <numerusform>%n cieľov v oblasti zdravia tu nie je uvedených; obsahuje ich samotný plán.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="107"/>
        <source>Personal details</source>
        <translation>Osobné údaje</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="113"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="129"/>
        <source>Case manager</source>
        <translation>Kľúčový pracovník</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="117"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="250"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="66"/>
        <source>Household</source>
        <translation>Domácnosť</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="133"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="262"/>
        <source>Age</source>
        <translation>Vek</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="153"/>
        <source>Entry to and exit from the programme</source>
        <translation>Vstup do programu a výstup z neho</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="155"/>
        <source>No entry data recorded.</source>
        <translation>Nie sú zaznamenané žiadne údaje pri vstupe.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="167"/>
        <source>Disability and ethnic minority answers and the goals of the health area are left off this summary. Notes and visit purposes are printed as they were written.</source>
        <translation>Odpovede o zdravotnom postihnutí a etnickej menšine a ciele v oblasti zdravia nie sú v tomto zhrnutí uvedené. Poznámky a účely návštev sa tlačia tak, ako boli zapísané.</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, ethnic origin) are never printed.</source>
        <translation type="vanished">Údaje osobitnej kategórie (zdravie, zdravotné postihnutie, etnický pôvod) sa nikdy netlačia.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="175"/>
        <source>Consents</source>
        <translation>Súhlasy</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="177"/>
        <source>No consent recorded.</source>
        <translation>Nie je zaznamenaný žiadny súhlas.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="205"/>
        <source>Recent contacts</source>
        <translation>Posledné kontakty</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="207"/>
        <source>No contacts recorded.</source>
        <translation>Nie sú zaznamenané žiadne kontakty.</translation>
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
        <translation>Od najnovších; najviac posledných %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="235"/>
        <source>Referrals</source>
        <translation>Odporučenia</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="272"/>
        <source>Open tasks</source>
        <translation>Otvorené úlohy</translation>
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
        <translation>Na čo sa súhlas udeľuje</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="41"/>
        <source>Your rights</source>
        <translation>Vaše práva</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="47"/>
        <source>The consent was recorded on text version %1; the wording above is version %2. Attach the signed sheet of version %1 if it differs.</source>
        <translation>Súhlas bol zaznamenaný podľa verzie textu %1; text vyššie je verzia %2. Ak sa líšia, priložte podpísaný list verzie %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="51"/>
        <source>Text version %1.</source>
        <translation>Verzia textu %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="54"/>
        <source>Record of the consent</source>
        <translation>Záznam o súhlase</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="65"/>
        <source>This consent was withdrawn on %1 and no longer applies.</source>
        <translation>Tento súhlas bol odvolaný dňa %1 a už neplatí.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="71"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="122"/>
        <source>Legal representative of %1</source>
        <translation>Zákonný zástupca osoby %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="74"/>
        <source>Person giving consent</source>
        <translation>Osoba udeľujúca súhlas</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="78"/>
        <source>I have read this form, or had it read to me, and I give this consent on behalf of the person named above.</source>
        <translation>Tento formulár som si prečítal(a) alebo mi bol prečítaný a tento súhlas udeľujem v mene vyššie uvedenej osoby.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="80"/>
        <source>I have read this form, or had it read to me, and I give this consent.</source>
        <translation>Tento formulár som si prečítal(a) alebo mi bol prečítaný a tento súhlas udeľujem.</translation>
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
        <translation>Expert so skúsenosťou</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="47"/>
        <source>Needs identified</source>
        <translation>Zistené potreby</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="82"/>
        <source>Agreed action</source>
        <translation>Dohodnutý postup</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="97"/>
        <source>Goal %1: %2</source>
        <translation>Cieľ %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="101"/>
        <source>Responsible</source>
        <translation>Zodpovedný</translation>
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
        <translation>Ciele</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="208"/>
        <source>No goals have been set yet.</source>
        <translation>Zatiaľ neboli stanovené žiadne ciele.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="215"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="326"/>
        <source>Other agreed actions</source>
        <translation>Ďalšie dohodnuté kroky</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="225"/>
        <source>We drew up this plan together and agree to work towards its goals.</source>
        <translation>Tento plán sme vypracovali spoločne a súhlasíme, že budeme pracovať na dosiahnutí jeho cieľov.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="247"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="378"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="39"/>
        <source>Household %1</source>
        <translation>Domácnosť %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="248"/>
        <source>Household %1: %2</source>
        <translation>Domácnosť %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="270"/>
        <source>Members</source>
        <translation>Členovia</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="308"/>
        <source>Shared goals of the family</source>
        <translation>Spoločné ciele rodiny</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="310"/>
        <source>No shared goals have been set.</source>
        <translation>Neboli stanovené žiadne spoločné ciele.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="320"/>
        <source>Goals of %1</source>
        <translation>Ciele osoby %1</translation>
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
        <translation>Prednosta domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="349"/>
        <source>Legal representative</source>
        <translation>Zákonný zástupca</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="353"/>
        <source>We drew up this plan together as a family and agree to work towards its goals.</source>
        <translation>Tento plán sme vypracovali spoločne ako rodina a súhlasíme, že budeme pracovať na dosiahnutí jeho cieľov.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="360"/>
        <source>%1: household %2</source>
        <translation>%1: domácnosť %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="401"/>
        <source>Plan version reviewed</source>
        <translation>Prehodnotená verzia plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="404"/>
        <source>What was reviewed and agreed</source>
        <translation>Čo sa prehodnotilo a dohodlo</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="407"/>
        <source>No summary was recorded.</source>
        <translation>Nebolo zaznamenané žiadne zhrnutie.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="415"/>
        <source>Status at review</source>
        <translation>Stav pri prehodnotení</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="432"/>
        <source>Goals at the review</source>
        <translation>Ciele pri prehodnotení</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="444"/>
        <source>Goals of the plan</source>
        <translation>Ciele plánu</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="445"/>
        <source>The review kept no copy of the goals; their present status is shown.</source>
        <translation>Pri prehodnotení sa neuložila kópia cieľov; zobrazuje sa ich súčasný stav.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="448"/>
        <source>The plan has no goals.</source>
        <translation>Plán nemá žiadne ciele.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="452"/>
        <source>Reviewed by</source>
        <translation>Prehodnotil(a)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="453"/>
        <source>We reviewed the plan together on the date above.</source>
        <translation>Plán sme prehodnotili spoločne v uvedený deň.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="43"/>
        <source>Record of a contact: %1</source>
        <translation>Záznam o kontakte: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="46"/>
        <source>This record was voided: it was entered by mistake and does not count.</source>
        <translation>Tento záznam bol zneplatnený: bol zadaný omylom a neplatí.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="53"/>
        <source>A later record corrects this one (entered %1).</source>
        <translation>Tento záznam opravuje neskorší záznam (zadaný %1).</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="71"/>
        <source>Duration</source>
        <translation>Trvanie</translation>
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
        <translation>Prítomní</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="106"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="113"/>
        <source>Nothing recorded.</source>
        <translation>Nič nebolo zaznamenané.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="118"/>
        <source>Risk noted</source>
        <translation>Zistené riziko</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="120"/>
        <source>A risk was noted during this contact.</source>
        <translation>Počas tohto kontaktu bolo zistené riziko.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="129"/>
        <source>Plan goals worked on</source>
        <translation>Ciele plánu, na ktorých sa pracovalo</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="151"/>
        <source>Tasks agreed</source>
        <translation>Dohodnuté úlohy</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="175"/>
        <source>We confirm that this record is a true account of the contact.</source>
        <translation>Potvrdzujeme, že tento záznam pravdivo opisuje kontakt.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <location filename="../../core/domain/Dump.cpp" line="80"/>
        <source>The dump could not be written.</source>
        <translation>Výpis sa nepodarilo zapísať.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="169"/>
        <source>Same name and date of birth</source>
        <translation>Rovnaké meno a dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="172"/>
        <source>Similar name, same date of birth</source>
        <translation>Podobné meno, rovnaký dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="175"/>
        <source>Same name, date of birth differs by one digit or has day and month swapped</source>
        <translation>Rovnaké meno, dátum narodenia sa líši o jednu číslicu alebo má vymenený deň a mesiac</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="178"/>
        <source>Same name; a date of birth is missing, so it cannot be compared</source>
        <translation>Rovnaké meno; jeden dátum narodenia chýba, preto sa nedá porovnať</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="181"/>
        <source>Name written differently, same date of birth</source>
        <translation>Meno napísané inak, rovnaký dátum narodenia</translation>
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
        <translation>rovnaké meno a dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="106"/>
        <source>same names in another order, same date of birth</source>
        <translation>rovnaké mená v inom poradí, rovnaký dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="108"/>
        <source>similar name, same date of birth</source>
        <translation>podobné meno, rovnaký dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="127"/>
        <source>same name, one date of birth missing</source>
        <translation>rovnaké meno, jeden dátum narodenia chýba</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="130"/>
        <source>same name, nearly the same date of birth</source>
        <translation>rovnaké meno, takmer rovnaký dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="186"/>
        <source>Choose two different people to merge.</source>
        <translation>Vyberte dve rôzne osoby na zlúčenie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="195"/>
        <source>One of the two people was deleted; there is nothing to merge.</source>
        <translation>Jedna z dvoch osôb bola vymazaná; nie je čo zlúčiť.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="203"/>
        <source>Person merge: %1 into %2</source>
        <translation>Zlúčenie osôb: %1 do %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="240"/>
        <source>Person merge: %1 into %2, values of the duplicate to decide</source>
        <translation>Zlúčenie osôb: %1 do %2, hodnoty duplicity na rozhodnutie</translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="14"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="53"/>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Nezamestnaní vrátane dlhodobo nezamestnaných</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="15"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="54"/>
        <source>Long-term unemployed</source>
        <translation>Dlhodobo nezamestnaní</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="16"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="55"/>
        <source>Inactive</source>
        <translation>Neaktívni</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="17"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="57"/>
        <source>Employed, including self-employed</source>
        <translation>Zamestnaní vrátane samostatne zárobkovo činných osôb</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="18"/>
        <source>Children below 18 years of age</source>
        <translation>Deti mladšie ako 18 rokov</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="19"/>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Mladí ľudia vo veku od 18 do 29 rokov</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="20"/>
        <source>Participants of 55 years of age and above</source>
        <translation>Účastníci vo veku 55 rokov a viac</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="21"/>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>S nižším sekundárnym vzdelaním alebo nižším (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="23"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="67"/>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>S vyšším sekundárnym (ISCED 3) alebo postsekundárnym vzdelaním (ISCED 4)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="25"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="69"/>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>S terciárnym vzdelaním (ISCED 5 až 8)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="26"/>
        <source>Total number of participants</source>
        <translation>Celkový počet účastníkov</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="27"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="79"/>
        <source>Participants with disabilities</source>
        <translation>Účastníci so zdravotným postihnutím</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="28"/>
        <source>Third-country nationals</source>
        <translation>Štátni príslušníci tretích krajín</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="29"/>
        <source>Participants with a foreign background</source>
        <translation>Účastníci zahraničného pôvodu</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="31"/>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Menšiny (vrátane marginalizovaných komunít, ako sú Rómovia)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="33"/>
        <source>Participants facing homelessness or housing exclusion</source>
        <translation>Účastníci bez domova alebo postihnutí vylúčením z bývania</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="35"/>
        <source>Participants from rural areas</source>
        <translation>Účastníci z vidieckych oblastí</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="36"/>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>Účastníci, ktorí si po ukončení účasti hľadajú zamestnanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="38"/>
        <source>Participants in education or training upon leaving</source>
        <translation>Účastníci, ktorí sa po ukončení účasti vzdelávajú alebo odborne pripravujú</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="40"/>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>Účastníci, ktorí po ukončení účasti získali kvalifikáciu</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="43"/>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>Účastníci, ktorí sú po ukončení účasti zamestnaní vrátane samostatnej zárobkovej činnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="46"/>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>Účastníci, ktorí sú šesť mesiacov po ukončení účasti zamestnaní vrátane samostatnej zárobkovej činnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="56"/>
        <source>Inactive, not in education or training</source>
        <translation>Neaktívni, ktorí nie sú zapojení do vzdelávania ani odbornej prípravy</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="58"/>
        <source>Below 25 years of age</source>
        <translation>Mladší ako 25 rokov</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="59"/>
        <source>Above 54 years of age</source>
        <translation>Starší ako 54 rokov</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="61"/>
        <source>Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training</source>
        <translation>Starší ako 54 rokov, ktorí sú nezamestnaní vrátane dlhodobo nezamestnaných alebo neaktívni a nie sú zapojení do vzdelávania ani odbornej prípravy</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="64"/>
        <source>With primary (ISCED 1) or lower secondary education (ISCED 2)</source>
        <translation>S primárnym (ISCED 1) alebo nižším sekundárnym vzdelaním (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="70"/>
        <source>Participants who live in jobless households</source>
        <translation>Účastníci žijúci v domácnostiach, v ktorých nikto nepracuje</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="73"/>
        <source>Participants who live in a single adult household with dependent children</source>
        <translation>Účastníci žijúci v domácnosti s jedným dospelým a nezaopatrenými deťmi</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="76"/>
        <source>Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)</source>
        <translation>Migranti, účastníci zahraničného pôvodu, menšiny (vrátane marginalizovaných komunít, ako sú Rómovia)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="80"/>
        <source>Other disadvantaged</source>
        <translation>Iné znevýhodnené osoby</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="81"/>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Bez domova alebo postihnutí vylúčením z bývania</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="82"/>
        <source>From rural areas</source>
        <translation>Z vidieckych oblastí</translation>
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
        <translation>Spoločné ukazovatele ESF+ týkajúce sa účastníkov (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="157"/>
        <source>ESF common indicators on participants (2014-2020)</source>
        <translation>Spoločné ukazovatele ESF týkajúce sa účastníkov (2014-2020)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="159"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="160"/>
        <source>Indicator</source>
        <translation>Ukazovateľ</translation>
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
        <translation>Nebinárne osoby</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="164"/>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="165"/>
        <source>Declined to answer</source>
        <translation>Odmietli odpovedať</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="203"/>
        <source>Each participant is counted once, with the answers recorded at their first entry; a later entry record changes nothing. Ages are at the date of entry.</source>
        <translation>Každý účastník sa započíta raz, s odpoveďami zaznamenanými pri jeho prvom vstupe; neskorší záznam pri vstupe nič nemení. Vek sa určuje k dátumu vstupu.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="205"/>
        <source>Women, men and non-binary add up to the total except for participants whose gender is not recorded, who are in the total only. A declined answer is counted as declined, never as yes or no.</source>
        <translation>Súčet žien, mužov a nebinárnych osôb sa rovná celkovému počtu okrem účastníkov, ktorých pohlavie nie je zaznamenané; tí sú započítaní len v celkovom počte. Odmietnutá odpoveď sa počíta ako odmietnutá, nikdy ako áno alebo nie.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="208"/>
        <source>Long-term unemployed: unemployed for more than 6 months at entry under the age of 25, more than 12 months from 25; where the date since when someone is unemployed was not recorded, as the entry record says.</source>
        <translation>Dlhodobo nezamestnaní: pri vstupe nezamestnaní viac ako 6 mesiacov vo veku do 25 rokov, viac ako 12 mesiacov od 25 rokov; ak dátum, odkedy je niekto nezamestnaný, nebol zaznamenaný, rozhoduje záznam pri vstupe.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="211"/>
        <source>People without a household are counted for the whole programme only, not in a locality; rural areas come from the degree of urbanisation of the household&apos;s locality.</source>
        <translation>Osoby bez domácnosti sa započítavajú len za celý program, nie v lokalite; vidiecke oblasti sa určujú podľa stupňa urbanizácie lokality domácnosti.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="214"/>
        <source>Disability and minority are not recorded: this programme does not record special-category data, so their rows are empty, not zero.</source>
        <translation>Zdravotné postihnutie a menšina sa nezaznamenávajú: tento program nezaznamenáva údaje osobitnej kategórie, preto sú ich riadky prázdne, nie nulové.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="258"/>
        <source>whole programme</source>
        <translation>celý program</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="266"/>
        <source>All dates, %1</source>
        <translation>Všetky dátumy, %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="268"/>
        <source>the start</source>
        <translation>začiatok</translation>
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
        <translation>Spätný balík</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="110"/>
        <source>No laptop is enrolled yet. Enrol one first.</source>
        <translation>Zatiaľ nie je zaregistrovaný žiadny notebook. Najprv nejaký zaregistrujte.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="116"/>
        <source>Which laptop is the package for?</source>
        <translation>Pre ktorý notebook je balík?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="123"/>
        <source>Save the return package</source>
        <translation>Uložiť spätný balík</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="124"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="220"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Výmenné súbory Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="136"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nič nové pre „%1“: notebook už má všetko. Žiadny súbor sa nezapísal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="138"/>
        <source>Return package %1 for &quot;%2&quot; written: %n change(s).</source>
        <translation>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmena.</numerusform>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmeny.</numerusform>
            <numerusform>Spätný balík %1 pre „%2“ bol zapísaný: %n zmien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="155"/>
        <source>Nothing new to export: every change is in an earlier file. No file was written.</source>
        <translation>Nič nové na export: každá zmena je už v skoršom súbore. Žiadny súbor sa nezapísal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="158"/>
        <source>Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file to your supervisor.</source>
        <translation>
            <numerusform>%n zmena bola exportovaná ako súbor %1 do %2, so všetkým od súboru %3. Odovzdajte súbor odbornému garantovi.</numerusform>
            <numerusform>%n zmeny boli exportované ako súbor %1 do %2, so všetkým od súboru %3. Odovzdajte súbor odbornému garantovi.</numerusform>
            <numerusform>%n zmien bolo exportovaných ako súbor %1 do %2, so všetkým od súboru %3. Odovzdajte súbor odbornému garantovi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="166"/>
        <source>Exported %n change(s) as file %1 to %2. Give the file to your supervisor.</source>
        <translation>
            <numerusform>%n zmena bola exportovaná ako súbor %1 do %2. Odovzdajte súbor odbornému garantovi.</numerusform>
            <numerusform>%n zmeny boli exportované ako súbor %1 do %2. Odovzdajte súbor odbornému garantovi.</numerusform>
            <numerusform>%n zmien bolo exportovaných ako súbor %1 do %2. Odovzdajte súbor odbornému garantovi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="178"/>
        <source>&amp;Export changes...</source>
        <translation>&amp;Exportovať zmeny...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="180"/>
        <source>Export everything &amp;again (a file was lost)...</source>
        <translation>Exportovať všetko zno&amp;va (súbor sa stratil)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="181"/>
        <source>&amp;Merge files...</source>
        <translation>&amp;Zlúčiť súbory...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="183"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="207"/>
        <source>&amp;Conflict inbox...</source>
        <translation>&amp;Schránka konfliktov...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="185"/>
        <source>Possible &amp;duplicates...</source>
        <translation>Možné &amp;duplicity...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="187"/>
        <source>&amp;Return package for a laptop...</source>
        <translation>Spätný &amp;balík pre notebook...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="189"/>
        <source>Return package with e&amp;verything (one was lost)...</source>
        <translation>Spätný balík so vše&amp;tkým (niektorý sa stratil)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="190"/>
        <source>E&amp;nrol a laptop...</source>
        <translation>Za&amp;registrovať notebook...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="191"/>
        <source>&amp;Join a programme...</source>
        <translation>&amp;Pripojiť sa k programu...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="206"/>
        <source>&amp;Conflict inbox (%n open)...</source>
        <translation>
            <numerusform>&amp;Schránka konfliktov (%n otvorený)...</numerusform>
            <numerusform>&amp;Schránka konfliktov (%n otvorené)...</numerusform>
            <numerusform>&amp;Schránka konfliktov (%n otvorených)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="219"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="228"/>
        <source>Export changes</source>
        <translation>Exportovať zmeny</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="54"/>
        <source>This database holds no programme yet. Create the programme first (fieldcase-cli init).</source>
        <translation>Táto databáza zatiaľ neobsahuje žiadny program. Najprv vytvorte program (fieldcase-cli init).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="62"/>
        <source>This database is a laptop&apos;s copy; only the central copy does this.</source>
        <translation>Táto databáza je kópia notebooku; toto robí len centrálna kópia.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="67"/>
        <source>This database is not a central copy yet: it has enrolled no laptop.</source>
        <translation>Táto databáza zatiaľ nie je centrálna kópia: nezaregistrovala žiadny notebook.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation>Šifrovacia knižnica sa nedá spustiť.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="104"/>
        <source>The central copy&apos;s keys are damaged; packages cannot be read.</source>
        <translation>Kľúče centrálnej kópie sú poškodené; balíky sa nedajú prečítať.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="112"/>
        <source>This database has not joined a programme. Join with the enrolment file from your supervisor first.</source>
        <translation>Táto databáza sa nepripojila k žiadnemu programu. Najprv sa pripojte pomocou registračného súboru od odborného garanta.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="130"/>
        <source>This laptop&apos;s exchange keys are damaged. Ask your supervisor for a new enrolment file.</source>
        <translation>Výmenné kľúče tohto notebooku sú poškodené. Požiadajte odborného garanta o nový registračný súbor.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="114"/>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2024-03-31.</source>
        <translation>„%1“ nie je dátum; napíšte ho ako rok-mesiac-deň, napríklad 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="119"/>
        <source>%1 is not a real date. Check the day and the month.</source>
        <translation>%1 nie je skutočný dátum. Skontrolujte deň a mesiac.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="122"/>
        <source>a date is expected here.</source>
        <translation>tu sa očakáva dátum.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="125"/>
        <source>the date is not valid.</source>
        <translation>dátum nie je platný.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="128"/>
        <source>the year %1 is outside %2-%3. Write the year with four digits.</source>
        <translation>rok %1 je mimo rozsahu %2 – %3. Napíšte rok štyrmi číslicami.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date and time; write it as 2024-03-31T14:30.</source>
        <translation>„%1“ nie je dátum a čas; napíšte ho ako 2024-03-31T14:30.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="167"/>
        <source>%1 is not a real date and time.</source>
        <translation>%1 nie je skutočný dátum a čas.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="172"/>
        <source>a date and time is expected here.</source>
        <translation>tu sa očakáva dátum a čas.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="145"/>
        <source>the date and time is not valid.</source>
        <translation>dátum a čas nie sú platné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="175"/>
        <source>the year %1 is outside %2-%3.</source>
        <translation>rok %1 je mimo rozsahu %2 – %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="200"/>
        <source>text is expected here.</source>
        <translation>tu sa očakáva text.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="210"/>
        <source>the text holds control characters. Type it again or paste it as plain text.</source>
        <translation>text obsahuje riadiace znaky. Napíšte ho znova alebo ho vložte ako obyčajný text.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="215"/>
        <source>the text is %1 characters long; at most %2 fit here.</source>
        <translation>text má %1 znakov; zmestí sa sem najviac %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="221"/>
        <source>a whole number is expected here.</source>
        <translation>tu sa očakáva celé číslo.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="226"/>
        <source>a number is expected here.</source>
        <translation>tu sa očakáva číslo.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="237"/>
        <source>yes or no (true or false) is expected here.</source>
        <translation>tu sa očakáva áno alebo nie (true alebo false).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="245"/>
        <source>one of %1 is expected here.</source>
        <translation>tu sa očakáva jedna z hodnôt %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="252"/>
        <source>&quot;%1&quot; is not one of the choices (%2).</source>
        <translation>„%1“ nie je jedna z možností (%2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="259"/>
        <source>a record id is expected here.</source>
        <translation>tu sa očakáva id záznamu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="266"/>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>„%1“ nie je id záznamu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="276"/>
        <source>the structured data is not valid JSON.</source>
        <translation>štruktúrované údaje nie sú platný JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="287"/>
        <source>structured data (a JSON object or list) is expected here.</source>
        <translation>tu sa očakávajú štruktúrované údaje (objekt alebo zoznam JSON).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="295"/>
        <source>this value cannot be stored.</source>
        <translation>túto hodnotu nemožno uložiť.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <location filename="../../core/util/HybridLogicalClock.cpp" line="32"/>
        <source>A change is stamped more than a day ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>Zmena má časovú pečiatku o viac ako deň napred oproti hodinám tohto počítača. Skontrolujte dátum a čas na oboch počítačoch.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="77"/>
        <source>merged</source>
        <translation>zlúčené</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="79"/>
        <source>ready to merge</source>
        <translation>pripravené na zlúčenie</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="81"/>
        <source>already merged</source>
        <translation>už zlúčené</translation>
    </message>
    <message>
        <source>waiting for an earlier file</source>
        <translation type="vanished">čaká na skorší súbor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="83"/>
        <source>waiting</source>
        <translation>čaká</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="85"/>
        <source>refused</source>
        <translation>odmietnuté</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="87"/>
        <source>cancelled</source>
        <translation>zrušené</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="106"/>
        <source>The backup folder next to the database could not be made; nothing was merged. Free some space or check the folder&apos;s permissions.</source>
        <translation>Priečinok na zálohy vedľa databázy sa nepodarilo vytvoriť; nič sa nezlúčilo. Uvoľnite miesto alebo skontrolujte oprávnenia priečinka.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written; nothing was merged.</source>
        <translation type="vanished">Zálohu %1 sa nepodarilo zapísať; nič sa nezlúčilo.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="120"/>
        <source>The backup before merging could not be written (is the disk full?); nothing was merged.</source>
        <translation>Zálohu pred zlúčením sa nepodarilo zapísať (nie je plný disk?); nič sa nezlúčilo.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="144"/>
        <source>This database takes part in no exchange yet: enrol a laptop (central copy) or join a programme (laptop) first.</source>
        <translation>Táto databáza sa zatiaľ nezúčastňuje na žiadnej výmene: najprv zaregistrujte notebook (centrálna kópia) alebo sa pripojte k programu (notebook).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="182"/>
        <source>When %1 wrote this file, it had merged none of the %n return package(s) written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Keď %1 zapísal tento súbor, nemal zlúčený ani %n spätný balík, ktorý preň bol zapísaný. Ak sa stratil, zapíšte preň znova spätný balík so všetkým.</numerusform>
            <numerusform>Keď %1 zapísal tento súbor, nemal zlúčený žiadny z %n spätných balíkov, ktoré preň boli zapísané. Ak sa niektorý stratil, zapíšte preň znova spätný balík so všetkým.</numerusform>
            <numerusform>Keď %1 zapísal tento súbor, nemal zlúčený žiadny z %n spätných balíkov, ktoré preň boli zapísané. Ak sa niektorý stratil, zapíšte preň znova spätný balík so všetkým.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="186"/>
        <source>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Keď %1 zapísal tento súbor, posledný spätný balík, ktorý mal zlúčený, bol číslo %2 z %n preň zapísaného. Ak sa niektorý stratil, zapíšte preň znova spätný balík so všetkým.</numerusform>
            <numerusform>Keď %1 zapísal tento súbor, posledný spätný balík, ktorý mal zlúčený, bol číslo %2 z %n preň zapísaných. Ak sa niektorý stratil, zapíšte preň znova spätný balík so všetkým.</numerusform>
            <numerusform>Keď %1 zapísal tento súbor, posledný spätný balík, ktorý mal zlúčený, bol číslo %2 z %n preň zapísaných. Ak sa niektorý stratil, zapíšte preň znova spätný balík so všetkým.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="197"/>
        <source>central copy</source>
        <translation>centrálna kópia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="219"/>
        <source>When the central copy wrote this package, it had merged none of the %n file(s) this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Keď centrálna kópia zapísala tento balík, nemala zlúčený ani %n súbor, ktorý tento notebook exportoval. Ak sa stratil alebo nebol odovzdaný odbornému garantovi, exportujte znova všetko.</numerusform>
            <numerusform>Keď centrálna kópia zapísala tento balík, nemala zlúčený žiadny z %n súborov, ktoré tento notebook exportoval. Ak sa niektorý stratil alebo nebol odovzdaný odbornému garantovi, exportujte znova všetko.</numerusform>
            <numerusform>Keď centrálna kópia zapísala tento balík, nemala zlúčený žiadny z %n súborov, ktoré tento notebook exportoval. Ak sa niektorý stratil alebo nebol odovzdaný odbornému garantovi, exportujte znova všetko.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="222"/>
        <source>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Keď centrálna kópia zapísala tento balík, mala zlúčené súbory tohto notebooku až po číslo %1 z %n exportovaného. Ak sa niektorý stratil alebo nebol odovzdaný odbornému garantovi, exportujte znova všetko.</numerusform>
            <numerusform>Keď centrálna kópia zapísala tento balík, mala zlúčené súbory tohto notebooku až po číslo %1 z %n exportovaných. Ak sa niektorý stratil alebo nebol odovzdaný odbornému garantovi, exportujte znova všetko.</numerusform>
            <numerusform>Keď centrálna kópia zapísala tento balík, mala zlúčené súbory tohto notebooku až po číslo %1 z %n exportovaných. Ak sa niektorý stratil alebo nebol odovzdaný odbornému garantovi, exportujte znova všetko.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="270"/>
        <source>%1 could not be read.</source>
        <translation>%1 sa nepodarilo prečítať.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="309"/>
        <source>File %1 of %2 waits behind file %3 (%4), which is here but refers to records this copy does not have yet. Both are merged as soon as a file that brings those records is merged.</source>
        <translation>Súbor %1 od %2 čaká za súborom %3 (%4), ktorý tu je, ale odkazuje na záznamy, ktoré táto kópia ešte nemá. Oba sa zlúčia, hneď ako sa zlúči súbor, ktorý tieto záznamy prinesie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="319"/>
        <source>Return package %1 is kept until return package %2 is merged: it has not come. If it was lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Spätný balík %1 sa uchová, kým sa nezlúči spätný balík %2: ten ešte neprišiel. Ak sa stratil, požiadajte odborného garanta, aby spätný balík zapísal znova („poslať všetko“); ten nahradí všetky skoršie balíky.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="325"/>
        <source>Return package %1 is kept until return packages %2 to %3 are merged: they have not come. If they were lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Spätný balík %1 sa uchová, kým sa nezlúčia spätné balíky %2 až %3: tie ešte neprišli. Ak sa stratili, požiadajte odborného garanta, aby spätný balík zapísal znova („poslať všetko“); ten nahradí všetky skoršie balíky.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="333"/>
        <source>File %1 of %2 is kept until file %3 of %2 is merged: it has not come. If it was lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Súbor %1 od %2 sa uchová, kým sa nezlúči súbor %3 od %2: ten ešte neprišiel. Ak sa stratil, exportujte znova všetko na notebooku %2 (ponuka Výmena alebo fieldcase-cli export --again); tento súbor nahradí všetky skoršie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="340"/>
        <source>File %1 of %2 is kept until files %3 to %4 of %2 are merged: they have not come. If they were lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Súbor %1 od %2 sa uchová, kým sa nezlúčia súbory %3 až %4 od %2: tie ešte neprišli. Ak sa stratili, exportujte znova všetko na notebooku %2 (ponuka Výmena alebo fieldcase-cli export --again); tento súbor nahradí všetky skoršie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="403"/>
        <source>File %1 of %2 refers to records that are not here yet (%3). It is kept, with the later files of %2, and merged as soon as a file that brings those records is merged. If that file was lost, its sender can send everything again (export --again on a laptop, return --again on the central copy).</source>
        <translation>Súbor %1 od %2 odkazuje na záznamy, ktoré tu ešte nie sú (%3). Uchová sa spolu s neskoršími súbormi od %2 a zlúči sa, hneď ako sa zlúči súbor, ktorý tieto záznamy prinesie. Ak sa tento súbor stratil, jeho odosielateľ môže znova poslať všetko (export --again na notebooku, return --again v centrálnej kópii).</translation>
    </message>
    <message>
        <source>File %1 of %2 arrived before file %3; it is kept and merged as soon as the files before it are here.</source>
        <translation type="vanished">Súbor %1 od %2 prišiel pred súborom %3; uchová sa a zlúči, hneď ako budú k dispozícii súbory pred ním.</translation>
    </message>
    <message>
        <source>File %1 of %2 refers to records that are not here yet (%3); it is kept and merged as soon as the file that brings them is merged.</source>
        <translation type="vanished">Súbor %1 od %2 odkazuje na záznamy, ktoré tu ešte nie sú (%3); uchová sa a zlúči, hneď ako sa zlúči súbor, ktorý ich prinesie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="480"/>
        <source>The merge was cancelled; nothing of %1 was written.</source>
        <translation>Zlúčenie bolo zrušené; z %1 sa nič nezapísalo.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="115"/>
        <source>This indicator rests on special-category data, which this programme does not record.</source>
        <translation>Tento ukazovateľ vychádza z údajov osobitnej kategórie, ktoré tento program nezaznamenáva.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="130"/>
        <source>The indicator was deleted.</source>
        <translation>Ukazovateľ bol vymazaný.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="314"/>
        <source>Indicators computed as &quot;%1&quot; are not known to this version.</source>
        <translation>Ukazovatele počítané ako „%1“ táto verzia nepozná.</translation>
    </message>
</context>
<context>
    <name>IndicatorKinds</name>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="92"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a whole number from %3 to %4.</source>
        <translation>Parameter „%1“ ukazovateľa počítaného ako %2 musí byť celé číslo od %3 do %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="94"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a number from %3 to %4.</source>
        <translation>Parameter „%1“ ukazovateľa počítaného ako %2 musí byť číslo od %3 do %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="105"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be true or false.</source>
        <translation>Parameter „%1“ ukazovateľa počítaného ako %2 musí byť true alebo false.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="112"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be one of: %3.</source>
        <translation>Parameter „%1“ ukazovateľa počítaného ako %2 musí byť jedna z hodnôt: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="119"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a list of one or more of: %3, each once.</source>
        <translation>Parameter „%1“ ukazovateľa počítaného ako %2 musí byť zoznam jednej alebo viacerých z hodnôt: %3, každej najviac raz.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="182"/>
        <source>The parameters of an indicator are written as one JSON object, for example {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</source>
        <translation>Parametre ukazovateľa sa zapisujú ako jeden objekt JSON, napríklad {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="195"/>
        <source>An indicator computed as %1 takes no parameters; &quot;%2&quot; is not one.</source>
        <translation>Ukazovateľ počítaný ako %1 nemá žiadne parametre; „%2“ nie je jeho parameter.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="197"/>
        <source>An indicator computed as %1 has no parameter &quot;%2&quot;; its parameters are: %3.</source>
        <translation>Ukazovateľ počítaný ako %1 nemá parameter „%2“; jeho parametre sú: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="204"/>
        <source>An indicator computed as %1 needs the parameter &quot;%2&quot;.</source>
        <translation>Ukazovateľ počítaný ako %1 potrebuje parameter „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="215"/>
        <source>The lowest age (age_min) cannot be above the highest (age_max).</source>
        <translation>Najnižší vek (age_min) nemôže byť vyšší ako najvyšší vek (age_max).</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="48"/>
        <source>Planned and achieved</source>
        <translation>Plánované a dosiahnuté</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Indicator</source>
        <translation>Ukazovateľ</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Target</source>
        <translation>Cieľová hodnota</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Achieved</source>
        <translation>Dosiahnuté</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Share</source>
        <translation>Podiel</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="53"/>
        <source>Behind by</source>
        <translation>Chýba</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="135"/>
        <source>The target of a period is the sum of the targets set for the whole programme, the years, the quarters or the months that lie within it, the largest of these that has any; the whole programme&apos;s target is the sum of its localities&apos; where it has none of its own.</source>
        <translation>Cieľová hodnota obdobia je súčet cieľových hodnôt stanovených pre celý program, roky, štvrťroky alebo mesiace, ktoré doň spadajú, a to pre najväčšie z týchto období, pre ktoré nejaká existuje; cieľová hodnota celého programu je súčet cieľových hodnôt jeho lokalít, ak nemá vlastnú.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="138"/>
        <source>Behind by: what is still missing to reach the whole target of the period, whatever part of the period has passed.</source>
        <translation>Chýba: koľko ešte chýba do dosiahnutia celej cieľovej hodnoty obdobia bez ohľadu na to, aká časť obdobia už uplynula.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="141"/>
        <source>Not computed, because their parameters cannot be read: %1. Correct them in the catalogue of indicators.</source>
        <translation>Nevypočítané, pretože ich parametre sa nedajú prečítať: %1. Opravte ich v katalógu ukazovateľov.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="146"/>
        <source>Indicators that rest on special-category data are empty: this programme does not record such data.</source>
        <translation>Ukazovatele, ktoré vychádzajú z údajov osobitnej kategórie, sú prázdne: tento program takéto údaje nezaznamenáva.</translation>
    </message>
</context>
<context>
    <name>IndicatorSeed</name>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="45"/>
        <source>People aged 16-55 with a signed development plan</source>
        <translation>Osoby vo veku 16-55 rokov s podpísaným rozvojovým plánom</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="46"/>
        <source>People aged 16 to 55 on the day the client signed their individual or family development plan.</source>
        <translation>Osoby vo veku 16 až 55 rokov v deň, keď klient podpísal svoj individuálny alebo rodinný rozvojový plán.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="53"/>
        <source>Managers, professionals and support staff involved</source>
        <translation>Zapojení manažéri, odborní a podporní pracovníci</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="54"/>
        <source>Staff other than experience experts and municipal staff who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Pracovníci okrem expertov so skúsenosťou a pracovníkov obce, ktorí v období zaznamenali návštevy, služby, aktivity alebo vzdelávania alebo sa na nich zúčastnili.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="63"/>
        <source>Experience experts employed</source>
        <translation>Zamestnaní experti so skúsenosťou</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="64"/>
        <source>Experience experts who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Experti so skúsenosťou, ktorí v období zaznamenali návštevy, služby, aktivity alebo vzdelávania alebo sa na nich zúčastnili.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="69"/>
        <source>Forums held</source>
        <translation>Uskutočnené fóra</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="70"/>
        <source>Forums that monitor expectations and achievements, held in the period.</source>
        <translation>Fóra sledujúce očakávania a dosiahnuté výsledky, uskutočnené v období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="77"/>
        <source>Trainings held</source>
        <translation>Uskutočnené vzdelávania</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="78"/>
        <source>Trainings held in the period.</source>
        <translation>Vzdelávania uskutočnené v období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="86"/>
        <source>County inclusion forums held</source>
        <translation>Uskutočnené krajské inkluzívne fóra</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="87"/>
        <source>Inclusion forums held in the period, in April and October.</source>
        <translation>Inkluzívne fóra uskutočnené v období, v apríli a októbri.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="90"/>
        <source>Thematic days held</source>
        <translation>Uskutočnené tematické dni</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="91"/>
        <source>Thematic days on community cooperation held in the period.</source>
        <translation>Tematické dni o spolupráci v komunite uskutočnené v období.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="96"/>
        <source>Municipal staff who completed the 10-hour training</source>
        <translation>Pracovníci obce, ktorí absolvovali 10-hodinové vzdelávanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="97"/>
        <source>Municipal staff with at least 10 hours of training in the period, recorded as their trainings or as attendance at training events.</source>
        <translation>Pracovníci obce s aspoň 10 hodinami vzdelávania v období, zaznamenanými ako ich vzdelávania alebo ako účasť na vzdelávacích aktivitách.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="108"/>
        <source>Clients handed over between facilities</source>
        <translation>Klienti odovzdaní medzi zariadeniami</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="109"/>
        <source>Hand-overs to another facility sent in the period and not declined or cancelled.</source>
        <translation>Odovzdania inému zariadeniu odoslané v období, ktoré neboli odmietnuté ani zrušené.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="116"/>
        <source>People in employment on leaving</source>
        <translation>Osoby zamestnané pri výstupe</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="117"/>
        <source>People whose exit record in the period says employed or self-employed.</source>
        <translation>Osoby, ktorých záznam pri výstupe v období uvádza zamestnanie alebo samostatnú zárobkovú činnosť.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="127"/>
        <source>Families served by the mobile team</source>
        <translation>Rodiny, ktorým poskytol služby mobilný tím</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="128"/>
        <source>Households with a visit or service in the period in which at least two staff members took part.</source>
        <translation>Domácnosti s návštevou alebo službou v období, na ktorej sa zúčastnili aspoň dvaja pracovníci.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="135"/>
        <source>Participation events held</source>
        <translation>Uskutočnené participatívne aktivity</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="136"/>
        <source>Community meetings and consultations on local decisions held in the period.</source>
        <translation>Komunitné stretnutia a konzultácie o miestnych rozhodnutiach uskutočnené v období.</translation>
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
        <translation>%1, riadok %2 odkazuje na chýbajúci záznam %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="80"/>
        <source>%1: live records lack the required field %2.</source>
        <translation>%1: platným záznamom chýba povinné pole %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="86"/>
        <source>%1: field %2 holds values that are not among its choices.</source>
        <translation>%1: pole %2 obsahuje hodnoty, ktoré nie sú medzi jeho možnosťami.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="92"/>
        <source>%1: field %2 holds values that are not dates.</source>
        <translation>%1: pole %2 obsahuje hodnoty, ktoré nie sú dátumy.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="99"/>
        <source>%1: live records point through %2 at deleted records.</source>
        <translation>%1: platné záznamy odkazujú cez %2 na vymazané záznamy.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="105"/>
        <source>%1: field %2 holds values that are not whole numbers.</source>
        <translation>%1: pole %2 obsahuje hodnoty, ktoré nie sú celé čísla.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="117"/>
        <source>%1: deleted records still hold personal data.</source>
        <translation>%1: vymazané záznamy stále obsahujú osobné údaje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="122"/>
        <source>%1: records were changed without a matching change-log entry.</source>
        <translation>%1: záznamy boli zmenené bez zodpovedajúceho zápisu v denníku zmien.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="128"/>
        <source>The search index of %1 does not match the records.</source>
        <translation>Vyhľadávací index %1 nezodpovedá záznamom.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="132"/>
        <source>The search index of %1 lists records that are gone.</source>
        <translation>Vyhľadávací index %1 obsahuje záznamy, ktoré už neexistujú.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="135"/>
        <source>The change log holds entries that cannot be read.</source>
        <translation>Denník zmien obsahuje zápisy, ktoré sa nedajú prečítať.</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="174"/>
        <source>The database is busy in another window or program; nothing was merged. Close it there and try again.</source>
        <translation>Databázu používa iné okno alebo program; nič nebolo zlúčené. Zatvorte ju tam a skúste to znova.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="203"/>
        <source>unknown table &quot;%1&quot;</source>
        <translation>neznáma tabuľka „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="206"/>
        <source>a change or record id is not valid</source>
        <translation>id zmeny alebo záznamu nie je platné</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="209"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>neznáma operácia „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="213"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>neznáma akcia „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="216"/>
        <source>the change has no valid time stamp or device</source>
        <translation>zmena nemá platnú časovú pečiatku alebo zariadenie</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="219"/>
        <source>the merge target is not a valid id</source>
        <translation>cieľ zlúčenia nie je platné id</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="224"/>
        <source>the list of settled changes is not readable</source>
        <translation>zoznam vyriešených zmien sa nedá prečítať</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="229"/>
        <source>the field values are not readable</source>
        <translation>hodnoty polí sa nedajú prečítať</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="234"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 nemá pole „%2“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="237"/>
        <source>the value of %1 is not an [old, new] pair</source>
        <translation>hodnota %1 nie je dvojica [stará, nová]</translation>
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
            <numerusform>Zmeny odkazujú na %n záznam, ktorý táto kópia nemá. Najprv zlúčte skoršie súbory z toho istého notebooku alebo požiadajte o nový export.</numerusform>
            <numerusform>Zmeny odkazujú na %n záznamy, ktoré táto kópia nemá. Najprv zlúčte skoršie súbory z toho istého notebooku alebo požiadajte o nový export.</numerusform>
            <numerusform>Zmeny odkazujú na %n záznamov, ktoré táto kópia nemá. Najprv zlúčte skoršie súbory z toho istého notebooku alebo požiadajte o nový export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/MessageBox.cpp" line="45"/>
        <source>Save the changes you made here?</source>
        <translation>Uložiť zmeny, ktoré ste tu urobili?</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="371"/>
        <source>The file could not be read.</source>
        <translation>Súbor sa nepodarilo prečítať.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="373"/>
        <source>The file is far larger than any Fieldcase package; it is not one.</source>
        <translation>Súbor je oveľa väčší ako ktorýkoľvek balík Fieldcase; nie je to balík.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="375"/>
        <source>This is not a Fieldcase exchange file.</source>
        <translation>Toto nie je výmenný súbor Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="377"/>
        <source>This file was made by a newer version of Fieldcase. Install the newer version to read it.</source>
        <translation>Tento súbor vytvorila novšia verzia Fieldcase. Na jeho prečítanie nainštalujte novšiu verziu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="379"/>
        <source>This is a different kind of Fieldcase file (for example an enrolment file or a return package) and cannot be merged here.</source>
        <translation>Toto je iný druh súboru Fieldcase (napríklad registračný súbor alebo spätný balík) a nedá sa tu zlúčiť.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="382"/>
        <source>This file belongs to another programme.</source>
        <translation>Tento súbor patrí inému programu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="384"/>
        <source>This file was encrypted for another copy (another central copy or another laptop); this copy cannot open it.</source>
        <translation>Tento súbor bol zašifrovaný pre inú kópiu (inú centrálnu kópiu alebo iný notebook); táto kópia ho nemôže otvoriť.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="387"/>
        <source>This file comes from a laptop that this central copy has not enrolled.</source>
        <translation>Tento súbor pochádza z notebooku, ktorý táto centrálna kópia nezaregistrovala.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="389"/>
        <source>This file comes from a laptop whose enrolment was withdrawn; it is not accepted.</source>
        <translation>Tento súbor pochádza z notebooku, ktorého registrácia bola zrušená; neprijíma sa.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="391"/>
        <source>The file was altered or cut short after it was made, or it was not made by the device it names. Ask for a new copy of the file.</source>
        <translation>Súbor bol po vytvorení zmenený alebo skrátený, alebo ho nevytvorilo zariadenie, ktoré uvádza. Požiadajte o novú kópiu súboru.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="394"/>
        <source>The file could not be decrypted with this copy&apos;s key or the passphrase given.</source>
        <translation>Súbor sa nepodarilo dešifrovať kľúčom tejto kópie ani zadanou prístupovou frázou.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="396"/>
        <source>The file decrypted but its contents are damaged.</source>
        <translation>Súbor sa dešifroval, ale jeho obsah je poškodený.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="240"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="262"/>
        <source>The encryption library could not start.</source>
        <translation>Šifrovacia knižnica sa nedá spustiť.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="245"/>
        <source>The recipient&apos;s key is not valid; the package was not written.</source>
        <translation>Kľúč príjemcu nie je platný; balík sa nezapísal.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="268"/>
        <source>The key could not be derived from the passphrase (not enough memory).</source>
        <translation>Z prístupovej frázy sa nepodarilo odvodiť kľúč (nedostatok pamäte).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="282"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="358"/>
        <source>The package could not be written. Check the disk or stick.</source>
        <translation>Balík sa nepodarilo zapísať. Skontrolujte disk alebo USB kľúč.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="355"/>
        <source>The package could not be signed: the signing key is not valid.</source>
        <translation>Balík sa nepodarilo podpísať: podpisový kľúč nie je platný.</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="102"/>
        <source>%1 could not be written. Check that the stick or folder is writable and has room.</source>
        <translation>%1 sa nepodarilo zapísať. Skontrolujte, či sa na USB kľúč alebo do priečinka dá zapisovať a či je na ňom miesto.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="227"/>
        <source>The laptop &quot;%1&quot; was revoked; it gets no more data.</source>
        <translation>Registrácia notebooku „%1“ bola zrušená; nedostáva už žiadne údaje.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="304"/>
        <source>Give the laptop a name of 1 to 100 characters.</source>
        <translation>Zadajte názov notebooku s dĺžkou 1 až 100 znakov.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="307"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Prístupová fráza musí mať aspoň 12 znakov.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="324"/>
        <source>There is no staff member with the account or name &quot;%1&quot;. Add the worker as a staff member first.</source>
        <translation>Neexistuje pracovník s kontom alebo menom „%1“. Najprv pridajte pracovníka medzi pracovníkov.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="334"/>
        <source>A laptop called &quot;%1&quot; is already enrolled. Choose another name, or revoke the old enrolment first.</source>
        <translation>Notebook s názvom „%1“ je už zaregistrovaný. Vyberte iný názov alebo najprv zrušte starú registráciu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="430"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 letters and digits in 8 groups, as the supervisor&apos;s enrolment printed it.</source>
        <translation>„%1“ nie je odtlačok kľúča: ten má 32 písmen a číslic v 8 skupinách, ako ho vypísala registrácia u odborného garanta.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="443"/>
        <location filename="../../core/exchange/Packages.cpp" line="460"/>
        <source>The passphrase does not open this enrolment file. Check it with your supervisor.</source>
        <translation>Prístupová fráza tento registračný súbor neotvorí. Overte si ju u odborného garanta.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="493"/>
        <source>This enrolment file was not made by the central copy whose key you were given (%1): it was signed with the key %2. Do not use it, and tell your supervisor.</source>
        <translation>Tento registračný súbor nevytvorila centrálna kópia, ktorej kľúč ste dostali (%1): bol podpísaný kľúčom %2. Nepoužívajte ho a informujte odborného garanta.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="506"/>
        <source>%1 is a central copy; a laptop joins with a database of its own.</source>
        <translation>%1 je centrálna kópia; notebook sa pripája s vlastnou databázou.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="512"/>
        <source>This laptop&apos;s database already belongs to another programme. Use a new database file to join this one.</source>
        <translation>Databáza tohto notebooku už patrí inému programu. Na pripojenie k tomuto programu použite nový súbor databázy.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="515"/>
        <source>This laptop&apos;s database has already joined the programme (as &quot;%1&quot;).</source>
        <translation>Databáza tohto notebooku je už k programu pripojená (ako „%1“).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="523"/>
        <source>%1 already holds records. A laptop joins with a new, empty database file.</source>
        <translation>%1 už obsahuje záznamy. Notebook sa pripája s novým, prázdnym súborom databázy.</translation>
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
        <translation>Tlač potrebuje grafickú časť Qt, ktorá nie je spustená.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="114"/>
        <source>The PDF could not be started.</source>
        <translation>PDF sa nepodarilo začať vytvárať.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="146"/>
        <source>For use outside the programme: small counts suppressed</source>
        <translation>Na použitie mimo programu: malé počty skryté</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="147"/>
        <source>Internal: holds small counts; not to leave the programme</source>
        <translation>Interné: obsahuje malé počty; nesmie opustiť program</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="151"/>
        <source>The PDF could not be finished.</source>
        <translation>PDF sa nepodarilo dokončiť.</translation>
    </message>
</context>
<context>
    <name>PlanWork</name>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="151"/>
        <source>This plan was deleted; it cannot be reviewed.</source>
        <translation>Tento plán bol vymazaný; nedá sa prehodnotiť.</translation>
    </message>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="172"/>
        <source>The review date is before the plan started (%1). Check the date.</source>
        <translation>Dátum prehodnotenia je pred začiatkom plánu (%1). Skontrolujte dátum.</translation>
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
        <translation>Neexistuje tabuľka s názvom „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="96"/>
        <location filename="../../core/domain/RecordStore.cpp" line="150"/>
        <location filename="../../core/domain/RecordStore.cpp" line="153"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 nemá pole s názvom „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="120"/>
        <source>The %1 record %2 does not exist.</source>
        <translation>Záznam %1 %2 neexistuje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="192"/>
        <source>%1: there is no %2 with the id %3.</source>
        <translation>%1: neexistuje záznam „%2“ s id %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="199"/>
        <source>%1: the %2 it points to was deleted.</source>
        <translation>%1: záznam „%2“, na ktorý odkazuje, bol vymazaný.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="209"/>
        <source>%1 is required.</source>
        <translation>%1 je povinné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="270"/>
        <source>&quot;%1&quot; is not a record id; ids look like 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</source>
        <translation>„%1“ nie je id záznamu; id vyzerá ako 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="283"/>
        <source>A %1 with the id %2 already exists.</source>
        <translation>Záznam „%1“ s id %2 už existuje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="335"/>
        <source>This %1 was deleted; it can no longer be changed.</source>
        <translation>Tento záznam („%1“) bol vymazaný; už sa nedá zmeniť.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="338"/>
        <source>A %1 is a record of what happened and is not edited. Record a correction instead; it will replace this one.</source>
        <translation>Záznam „%1“ zachytáva, čo sa stalo, a neupravuje sa. Namiesto toho zaznamenajte opravu; nahradí tento záznam.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="376"/>
        <source>%1 was changed differently on two devices, and a person has not decided yet which answer stands. Decide it in the conflict inbox; it cannot be changed here until then.</source>
        <translation>Údaj „%1“ bol na dvoch zariadeniach zmenený rozdielne a zatiaľ nikto nerozhodol, ktorá odpoveď platí. Rozhodnite to v schránke konfliktov; dovtedy sa tu nedá zmeniť.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="383"/>
        <source>The %1 is frozen once saved. To change it, make a correction and say why; the correction is logged.</source>
        <translation>Záznam „%1“ sa po uložení zmrazí. Ak ho chcete zmeniť, urobte opravu a uveďte dôvod; oprava sa zaznamená.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="436"/>
        <source>A %1 is a record of what happened and cannot be deleted. Record a correction that withdraws it instead.</source>
        <translation>Záznam „%1“ zachytáva, čo sa stalo, a nedá sa vymazať. Namiesto toho zaznamenajte opravu, ktorá ho stiahne.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="456"/>
        <source>The record owns too deep a tree of records to delete at once.</source>
        <translation>Záznam vlastní príliš hlboký strom záznamov na to, aby sa dal vymazať naraz.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="461"/>
        <source>A %1 is a record of what happened and cannot be deleted.</source>
        <translation>Záznam „%1“ zachytáva, čo sa stalo, a nedá sa vymazať.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/domain/RecordStore.cpp" line="483"/>
        <source>This %1 cannot be deleted: %n record(s) of type &quot;%2&quot; still point at it (%3). Change or delete those first.</source>
        <translation>
            <numerusform>Tento záznam („%1“) sa nedá vymazať: odkazuje naň ešte %n záznam typu „%2“ (%3). Najprv ho zmeňte alebo vymažte.</numerusform>
            <numerusform>Tento záznam („%1“) sa nedá vymazať: odkazujú naň ešte %n záznamy typu „%2“ (%3). Najprv ich zmeňte alebo vymažte.</numerusform>
            <numerusform>Tento záznam („%1“) sa nedá vymazať: odkazuje naň ešte %n záznamov typu „%2“ (%3). Najprv ich zmeňte alebo vymažte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralWork</name>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="65"/>
        <source>A referral passes the person&apos;s data to another service: choose their consent for referrals or for sharing with other services. If there is none, record it first.</source>
        <translation>Odporučenie odovzdáva údaje osoby inej službe: vyberte jej súhlas s odporučením alebo s poskytovaním údajov iným službám. Ak žiadny nie je, najprv ho zaznamenajte.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="95"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Odporučenie v stave „%1“ nemôže prejsť do stavu „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="102"/>
        <source>%1 cannot be before the referral was sent.</source>
        <translation>%1 nemôže byť pred odoslaním odporučenia.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="108"/>
        <source>%1 is in the future; record the answer when it comes.</source>
        <translation>%1 je v budúcnosti; odpoveď zaznamenajte, keď príde.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="127"/>
        <source>Choose the staff member who takes over; they become the case manager.</source>
        <translation>Vyberte pracovníka, ktorý prípad preberá; stane sa kľúčovým pracovníkom.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/reports/ReportActions.cpp" line="67"/>
        <source>Programme &amp;dashboard...</source>
        <translation>&amp;Prehľad programu...</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="26"/>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Zošity programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="31"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="38"/>
        <source>Reports cannot be written as &quot;%1&quot;; choose CSV, XLSX or PDF.</source>
        <translation>Správy sa nedajú zapísať ako „%1“; vyberte CSV, XLSX alebo PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="48"/>
        <source>Saved &quot;%1&quot; (%2) as %3 to %4: %n row(s).</source>
        <translation>
            <numerusform>„%1“ (%2) bolo uložené ako %3 do %4: %n riadok.</numerusform>
            <numerusform>„%1“ (%2) bolo uložené ako %3 do %4: %n riadky.</numerusform>
            <numerusform>„%1“ (%2) bolo uložené ako %3 do %4: %n riadkov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="52"/>
        <source>For outside the programme: %n cell(s) hidden (&lt;5 or x).</source>
        <translation>
            <numerusform>Na použitie mimo programu: %n bunka skrytá (&lt;5 alebo x).</numerusform>
            <numerusform>Na použitie mimo programu: %n bunky skryté (&lt;5 alebo x).</numerusform>
            <numerusform>Na použitie mimo programu: %n buniek skrytých (&lt;5 alebo x).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="53"/>
        <source>For the programme&apos;s own use: every count as it is; do not send it outside.</source>
        <translation>Na vlastné použitie programu: všetky počty tak, ako sú; neposielajte ho mimo programu.</translation>
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
        <translation>%1 musí byť existujúci deň zapísaný ako YYYY-MM-DD (napríklad 2026-01-31); „%2“ ním nie je.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="54"/>
        <source>The period would end on %1, before it starts on %2. Choose a first day on or before the last.</source>
        <translation>Obdobie by sa skončilo %1, skôr ako sa začne %2. Vyberte prvý deň, ktorý je rovnaký ako posledný alebo je pred ním.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="67"/>
        <source>There is no locality with the id %1 in this database. Check the id against the list of localities.</source>
        <translation>V tejto databáze neexistuje lokalita s id %1. Overte id v zozname lokalít.</translation>
    </message>
</context>
<context>
    <name>ReportPrivacy</name>
    <message>
        <location filename="../../core/reports/ReportPrivacy.cpp" line="77"/>
        <source>For use outside the programme: a count of fewer than %1 people is not shown (&lt;%1), and neither is the smallest count beside it where it could otherwise be worked out from the others.</source>
        <translation>Na použitie mimo programu: počet menší ako %1 osôb sa nezobrazuje (&lt;%1) a nezobrazuje sa ani najmenší počet vedľa neho, ak by sa inak dal dopočítať z ostatných.</translation>
    </message>
</context>
<context>
    <name>ReportSuppression</name>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="323"/>
        <source>Counts of 1 to %1 people are suppressed and shown as &quot;%2&quot;. Zero is shown: it reveals no one.</source>
        <translation>Počty 1 až %1 osôb sú skryté a zobrazené ako „%2“. Nula sa zobrazuje: nikoho neprezrádza.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="327"/>
        <source>Cells shown as &quot;%1&quot; are hidden so that a suppressed count cannot be worked out from a total or a share; they may hold %2 or more.</source>
        <translation>Bunky zobrazené ako „%1“ sú skryté, aby sa skrytý počet nedal dopočítať zo súčtu alebo podielu; môžu obsahovať %2 alebo viac.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="333"/>
        <source>Names and identifiers of people and households are left out.</source>
        <translation>Mená a identifikátory osôb a domácností sú vynechané.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="20"/>
        <source>%1 could not be written: the disk is full. Free some space or choose another place; nothing was saved.</source>
        <translation>%1 sa nepodarilo zapísať: disk je plný. Uvoľnite miesto alebo vyberte iné umiestnenie; nič sa neuložilo.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="27"/>
        <source>%1 could not be written. Choose a folder you can write to; nothing was saved.</source>
        <translation>%1 sa nepodarilo zapísať. Vyberte priečinok, do ktorého môžete zapisovať; nič sa neuložilo.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="39"/>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 je priečinok. Zadajte názov súboru, ktorý sa má zapísať.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="95"/>
        <source>Unknown report format.</source>
        <translation>Neznámy formát správy.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="100"/>
        <source>The report has no columns; there is nothing to write.</source>
        <translation>Správa nemá žiadne stĺpce; nie je čo zapísať.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="105"/>
        <source>The report could not be written: its rows do not match its columns. This is a fault in Fieldcase; please report it.</source>
        <translation>Správu sa nepodarilo zapísať: jej riadky nezodpovedajú jej stĺpcom. Ide o chybu vo Fieldcase; nahláste ju, prosím.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="121"/>
        <source>The report could not be written out.</source>
        <translation>Správu sa nepodarilo zapísať.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="25"/>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="56"/>
        <source>Indicator</source>
        <translation>Ukazovateľ</translation>
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
        <translation>Názov</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="31"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="37"/>
        <source>Computed as</source>
        <translation>Počítaný ako</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="43"/>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="45"/>
        <source>Definition</source>
        <translation>Definícia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="47"/>
        <source>Shipped with Fieldcase</source>
        <translation>Dodávaný s Fieldcase</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="54"/>
        <source>Indicator target</source>
        <translation>Cieľová hodnota ukazovateľa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="57"/>
        <source>Period</source>
        <translation>Obdobie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="62"/>
        <source>Period from</source>
        <translation>Obdobie od</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="66"/>
        <source>Target</source>
        <translation>Cieľová hodnota</translation>
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
        <translation>Aktivity</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="79"/>
        <source>Referrals</source>
        <translation>Odporučenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="80"/>
        <source>Records</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="81"/>
        <source>ESF+ common indicator</source>
        <translation>Spoločný ukazovateľ ESF+</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="82"/>
        <source>Participants entering in the period</source>
        <translation>Účastníci, ktorí vstúpili v období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="83"/>
        <source>Participants leaving in the period</source>
        <translation>Účastníci, ktorí vystúpili v období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="84"/>
        <source>People with a signed development plan</source>
        <translation>Osoby s podpísaným rozvojovým plánom</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="85"/>
        <source>Events held</source>
        <translation>Uskutočnené aktivity</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="86"/>
        <source>Hours of events</source>
        <translation>Hodiny aktivít</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="87"/>
        <source>Staff active in the period</source>
        <translation>Pracovníci aktívni v období</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="88"/>
        <source>Staff who completed training hours</source>
        <translation>Pracovníci, ktorí absolvovali hodiny vzdelávania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="89"/>
        <source>Households served</source>
        <translation>Domácnosti, ktorým sa poskytli služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="90"/>
        <source>Clients handed over between facilities</source>
        <translation>Klienti odovzdaní medzi zariadeniami</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="91"/>
        <source>Month</source>
        <translation>Mesiac</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="92"/>
        <source>Quarter</source>
        <translation>Štvrťrok</translation>
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
        <translation>Zdroj financovania</translation>
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
        <translation>Krajina</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="39"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="306"/>
        <source>Start date</source>
        <translation>Dátum začiatku</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="40"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="307"/>
        <source>End date</source>
        <translation>Dátum skončenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="42"/>
        <source>Record special-category data</source>
        <translation>Zaznamenávať údaje osobitnej kategórie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="44"/>
        <source>Months between plan reviews</source>
        <translation>Počet mesiacov medzi prehodnoteniami plánu</translation>
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
        <translation>Kraj alebo región</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="63"/>
        <source>Settlement kind</source>
        <translation>Typ osídlenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="67"/>
        <source>Degree of urbanisation</source>
        <translation>Stupeň urbanizácie</translation>
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
        <translation>Celé meno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="84"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="464"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="571"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="89"/>
        <source>Is experience expert</source>
        <translation>Je expert so skúsenosťou</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="91"/>
        <source>Account name</source>
        <translation>Používateľské konto</translation>
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
        <translation>Telefón</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="94"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="671"/>
        <source>Active</source>
        <translation>Aktívny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="100"/>
        <source>Staff training</source>
        <translation>Vzdelávanie pracovníkov</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="103"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="301"/>
        <source>Title</source>
        <translation>Názov</translation>
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
        <translation>Hodiny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="106"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="386"/>
        <source>Provider</source>
        <translation>Poskytovateľ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="112"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="136"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="297"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="424"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="488"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="511"/>
        <source>Household</source>
        <translation>Domácnosť</translation>
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
        <translation>Prednosta domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="122"/>
        <source>Housing situation</source>
        <translation>Bytová situácia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="127"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="163"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="311"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="603"/>
        <source>Case manager</source>
        <translation>Kľúčový pracovník</translation>
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
        <translation>Priezvisko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="141"/>
        <source>Given names</source>
        <translation>Meno (mená)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="143"/>
        <source>Birth name</source>
        <translation>Rodné priezvisko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="145"/>
        <source>Mother&apos;s birth name</source>
        <translation>Rodné priezvisko matky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="147"/>
        <source>Date of birth</source>
        <translation>Dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="149"/>
        <source>Place of birth</source>
        <translation>Miesto narodenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="151"/>
        <source>Gender</source>
        <translation>Pohlavie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="154"/>
        <source>Relationship to head</source>
        <translation>Vzťah k prednostovi domácnosti</translation>
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
        <translation>Súhlas</translation>
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
        <translation>Verzia textu súhlasu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="180"/>
        <source>Date given</source>
        <translation>Dátum udelenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="182"/>
        <source>Method</source>
        <translation>Spôsob</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="184"/>
        <source>Given by</source>
        <translation>Udelil(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="187"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="319"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="640"/>
        <source>Legal representative</source>
        <translation>Zákonný zástupca</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="189"/>
        <source>Date withdrawn</source>
        <translation>Dátum odvolania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="191"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="426"/>
        <source>Recorded by</source>
        <translation>Zaznamenal(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="198"/>
        <source>Entry record</source>
        <translation>Záznam pri vstupe</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="203"/>
        <source>Date of entry</source>
        <translation>Dátum vstupu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="205"/>
        <source>Labour status</source>
        <translation>Postavenie na trhu práce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="209"/>
        <source>Highest education (ISCED)</source>
        <translation>Najvyššie dosiahnuté vzdelanie (ISCED)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="213"/>
        <source>Disability</source>
        <translation>Zdravotné postihnutie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="216"/>
        <source>Minority, including marginalised communities</source>
        <translation>Menšina vrátane marginalizovaných komunít</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="219"/>
        <source>Homeless or housing exclusion</source>
        <translation>Bez domova alebo vylúčenie z bývania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="222"/>
        <source>Jobless household</source>
        <translation>Domácnosť bez pracujúcich</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="225"/>
        <source>Single adult household with children</source>
        <translation>Domácnosť jedného dospelého s deťmi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="227"/>
        <source>Asked by</source>
        <translation>Zisťoval(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="229"/>
        <source>Asked on</source>
        <translation>Zistené dňa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="233"/>
        <source>Unemployed since</source>
        <translation>Nezamestnaný od</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="235"/>
        <source>Citizenship</source>
        <translation>Štátne občianstvo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="239"/>
        <source>Foreign background</source>
        <translation>Zahraničný pôvod</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="246"/>
        <source>Exit record</source>
        <translation>Záznam pri výstupe</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="250"/>
        <source>Date of exit</source>
        <translation>Dátum výstupu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="252"/>
        <source>Situation on leaving</source>
        <translation>Situácia pri odchode</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="257"/>
        <source>Qualification gained</source>
        <translation>Získaná kvalifikácia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="259"/>
        <source>Follow-up date</source>
        <translation>Dátum následného zisťovania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="262"/>
        <source>Situation six months later</source>
        <translation>Situácia o šesť mesiacov</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="272"/>
        <source>Facility</source>
        <translation>Zariadenie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="284"/>
        <source>Beds</source>
        <translation>Lôžka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="292"/>
        <source>Development plan</source>
        <translation>Rozvojový plán</translation>
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
        <translation>Ďalšie prehodnotenie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="313"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="604"/>
        <source>Experience expert</source>
        <translation>Expert so skúsenosťou</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="315"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="408"/>
        <source>Plan version</source>
        <translation>Verzia plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="316"/>
        <source>Signed by</source>
        <translation>Podpísal(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="321"/>
        <source>Signed by client on</source>
        <translation>Klient podpísal dňa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="323"/>
        <source>Signed by case manager on</source>
        <translation>Kľúčový pracovník podpísal dňa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="325"/>
        <source>Signed by experience expert on</source>
        <translation>Expert so skúsenosťou podpísal dňa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="332"/>
        <source>Plan need</source>
        <translation>Potreba v pláne</translation>
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
        <translation>Oblasť intervencie</translation>
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
        <translation>Cieľ plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="359"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="379"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="476"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="490"/>
        <source>Goal</source>
        <translation>Cieľ</translation>
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
        <translation>Kto to robí</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="363"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="496"/>
        <source>Responsible staff member</source>
        <translation>Zodpovedný pracovník</translation>
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
        <translation>Poradie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="376"/>
        <source>Plan action</source>
        <translation>Krok plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="387"/>
        <source>Due date</source>
        <translation>Termín splnenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="396"/>
        <source>Plan review</source>
        <translation>Prehodnotenie plánu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="401"/>
        <source>Review date</source>
        <translation>Dátum prehodnotenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="403"/>
        <source>Reviewed by</source>
        <translation>Prehodnotil(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="404"/>
        <source>Summary</source>
        <translation>Zhrnutie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="410"/>
        <source>Plan as reviewed</source>
        <translation>Plán v prehodnotenej podobe</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="416"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="457"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="474"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="484"/>
        <source>Activity</source>
        <translation>Činnosť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="429"/>
        <source>Date and time</source>
        <translation>Dátum a čas</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="430"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="548"/>
        <source>Place</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="431"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="684"/>
        <source>Planned</source>
        <translation>Plánované</translation>
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
        <translation>Pozorovania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="438"/>
        <source>Agreements</source>
        <translation>Dohody</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="440"/>
        <source>Minutes spent</source>
        <translation>Strávené minúty</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="442"/>
        <source>Child protection or risk concern</source>
        <translation>Ochrana dieťaťa alebo iné riziko</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="444"/>
        <source>Risk note</source>
        <translation>Poznámka k riziku</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="446"/>
        <source>Next visit</source>
        <translation>Ďalšia návšteva</translation>
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
        <translation>Stiahnuté</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="455"/>
        <source>Activity participant</source>
        <translation>Účastník činnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="472"/>
        <source>Activity goal link</source>
        <translation>Prepojenie činnosti s cieľom</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="483"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="691"/>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="506"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="632"/>
        <source>Referral</source>
        <translation>Odporučenie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="514"/>
        <source>From service</source>
        <translation>Od služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="516"/>
        <source>To service</source>
        <translation>Službe</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="518"/>
        <source>From facility</source>
        <translation>Zo zariadenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="520"/>
        <source>To facility</source>
        <translation>Do zariadenia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="521"/>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="524"/>
        <source>Date sent</source>
        <translation>Dátum odoslania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="529"/>
        <source>Status since</source>
        <translation>Stav od</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="530"/>
        <source>Outcome</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="532"/>
        <source>Referred by</source>
        <translation>Odporučil(a)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="534"/>
        <source>Receiving staff member</source>
        <translation>Preberajúci pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="540"/>
        <source>Group event</source>
        <translation>Skupinová aktivita</translation>
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
        <translation>Externí hostia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="563"/>
        <source>Attendance</source>
        <translation>Účasť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="565"/>
        <source>Event</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="575"/>
        <source>Present</source>
        <translation>Prítomný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="586"/>
        <source>Catching-up settlements</source>
        <translation>Dobiehajúce obce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="587"/>
        <source>Regional social services</source>
        <translation>Regionálne sociálne služby</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="588"/>
        <source>Community work centre</source>
        <translation>Komunitné centrum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="589"/>
        <source>County inclusion coordination</source>
        <translation>Krajská koordinácia inklúzie</translation>
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
        <translation>Segregovaná osada</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="596"/>
        <source>Village</source>
        <translation>Obec</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="597"/>
        <source>Town</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="598"/>
        <source>City district</source>
        <translation>Mestská časť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="599"/>
        <source>Rural</source>
        <translation>Riedko osídlená oblasť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="600"/>
        <source>Intermediate</source>
        <translation>Stredne osídlená oblasť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="601"/>
        <source>Urban</source>
        <translation>Husto osídlená oblasť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="602"/>
        <source>Social worker</source>
        <translation>Sociálny pracovník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="605"/>
        <source>Supervisor</source>
        <translation>Odborný garant</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="606"/>
        <source>Health mediator</source>
        <translation>Asistent osvety zdravia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="607"/>
        <source>Education mediator</source>
        <translation>Mediátor vo vzdelávaní</translation>
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
        <translation>Vlastné bývanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="612"/>
        <source>Rented</source>
        <translation>Nájomné bývanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="613"/>
        <source>Social rented</source>
        <translation>Sociálne nájomné bývanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="614"/>
        <source>Informal</source>
        <translation>Neformálne bývanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="615"/>
        <source>Shelter</source>
        <translation>Útulok</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="616"/>
        <source>Homeless</source>
        <translation>Bez domova</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="617"/>
        <source>Other</source>
        <translation>Iné</translation>
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
        <translation>Neznáme</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="621"/>
        <source>Head</source>
        <translation>Prednosta</translation>
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
        <translation>Dieťa</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="625"/>
        <source>Parent</source>
        <translation>Rodič</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="626"/>
        <source>Sibling</source>
        <translation>Súrodenec</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="627"/>
        <source>Grandchild</source>
        <translation>Vnuk/vnučka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="628"/>
        <source>Grandparent</source>
        <translation>Starý rodič</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="629"/>
        <source>Other relative</source>
        <translation>Iný príbuzný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="630"/>
        <source>Case work</source>
        <translation>Prípadová práca</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="631"/>
        <source>Sharing with other services</source>
        <translation>Poskytovanie údajov iným službám</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="633"/>
        <source>Special-category data</source>
        <translation>Údaje osobitnej kategórie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="634"/>
        <source>Photos</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="635"/>
        <source>Monitoring</source>
        <translation>Monitorovanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="636"/>
        <source>Written</source>
        <translation>Písomne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="637"/>
        <source>Oral, witnessed</source>
        <translation>Ústne, za prítomnosti svedka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="638"/>
        <source>Electronic</source>
        <translation>Elektronicky</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="639"/>
        <source>Self</source>
        <translation>Dotknutá osoba</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="641"/>
        <source>Employed</source>
        <translation>Zamestnaný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="642"/>
        <source>Self-employed</source>
        <translation>Samostatne zárobkovo činný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="643"/>
        <source>Unemployed</source>
        <translation>Nezamestnaný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="644"/>
        <source>Long-term unemployed</source>
        <translation>Dlhodobo nezamestnaný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="645"/>
        <source>Inactive</source>
        <translation>Neaktívny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="646"/>
        <source>In education</source>
        <translation>V procese vzdelávania</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="647"/>
        <source>ISCED 0: early childhood or none</source>
        <translation>ISCED 0: predprimárne alebo žiadne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="648"/>
        <source>ISCED 1: primary</source>
        <translation>ISCED 1: primárne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="649"/>
        <source>ISCED 2: lower secondary</source>
        <translation>ISCED 2: nižšie sekundárne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="650"/>
        <source>ISCED 3: upper secondary</source>
        <translation>ISCED 3: vyššie sekundárne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="651"/>
        <source>ISCED 4: post-secondary non-tertiary</source>
        <translation>ISCED 4: postsekundárne neterciárne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="652"/>
        <source>ISCED 5: short-cycle tertiary</source>
        <translation>ISCED 5: krátke terciárne</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="653"/>
        <source>ISCED 6: bachelor&apos;s or equivalent</source>
        <translation>ISCED 6: bakalárske alebo ekvivalentné</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="654"/>
        <source>ISCED 7: master&apos;s or equivalent</source>
        <translation>ISCED 7: magisterské alebo ekvivalentné</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="655"/>
        <source>ISCED 8: doctoral</source>
        <translation>ISCED 8: doktorandské</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="656"/>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="657"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="658"/>
        <source>Declined to answer</source>
        <translation>Odmietol(a) odpovedať</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="659"/>
        <source>Job searching</source>
        <translation>Hľadá si prácu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="660"/>
        <source>In training</source>
        <translation>V odbornej príprave</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="661"/>
        <source>Field social work</source>
        <translation>Terénna sociálna práca</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="662"/>
        <source>Counselling</source>
        <translation>Poradenstvo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="663"/>
        <source>Family support service</source>
        <translation>Služba na podporu rodiny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="664"/>
        <source>Job centre</source>
        <translation>Úrad práce</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="665"/>
        <source>Health</source>
        <translation>Zdravotná starostlivosť</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="666"/>
        <source>School</source>
        <translation>Škola</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="667"/>
        <source>Individual</source>
        <translation>Individuálny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="668"/>
        <source>Family</source>
        <translation>Rodinný</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="669"/>
        <source>Draft</source>
        <translation>Návrh</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="670"/>
        <source>Awaiting signature</source>
        <translation>Čaká na podpis</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="672"/>
        <source>Closed</source>
        <translation>Uzavretý</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="674"/>
        <source>Education</source>
        <translation>Vzdelávanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="675"/>
        <source>Employment</source>
        <translation>Zamestnanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="676"/>
        <source>Housing</source>
        <translation>Bývanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="677"/>
        <source>Income and debt</source>
        <translation>Príjem a dlhy</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="678"/>
        <source>Children and family</source>
        <translation>Deti a rodina</translation>
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
        <translation>Stredná</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="683"/>
        <source>Low</source>
        <translation>Nízka</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="685"/>
        <source>In progress</source>
        <translation>Prebieha</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="686"/>
        <source>Achieved</source>
        <translation>Dosiahnutý</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="687"/>
        <source>Partly achieved</source>
        <translation>Čiastočne dosiahnutý</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="688"/>
        <source>Not achieved</source>
        <translation>Nedosiahnutý</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="689"/>
        <source>Dropped</source>
        <translation>Zrušený</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="692"/>
        <source>Done</source>
        <translation>Splnená</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="693"/>
        <source>Cancelled</source>
        <translation>Zrušená</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="694"/>
        <source>Home visit</source>
        <translation>Návšteva v domácnosti</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="695"/>
        <source>Consultation</source>
        <translation>Konzultácia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="696"/>
        <source>Case conference</source>
        <translation>Prípadová konferencia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="697"/>
        <source>Phone call</source>
        <translation>Telefonát</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="698"/>
        <source>Accompaniment</source>
        <translation>Sprevádzanie</translation>
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
        <translation>Otvorené</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="702"/>
        <source>Hand-over</source>
        <translation>Odovzdanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="703"/>
        <source>Sent</source>
        <translation>Odoslané</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="704"/>
        <source>Accepted</source>
        <translation>Prijaté</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="705"/>
        <source>Completed</source>
        <translation>Ukončené</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="706"/>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="707"/>
        <source>Thematic day</source>
        <translation>Tematický deň</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="708"/>
        <source>Training</source>
        <translation>Vzdelávanie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="709"/>
        <source>Community event</source>
        <translation>Komunitné podujatie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="710"/>
        <source>Volunteering</source>
        <translation>Dobrovoľníctvo</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="711"/>
        <source>Community meeting</source>
        <translation>Komunitné stretnutie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="712"/>
        <source>Participant</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="713"/>
        <source>Volunteer</source>
        <translation>Dobrovoľník</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="714"/>
        <source>Speaker</source>
        <translation>Prednášajúci</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="715"/>
        <source>Citizen of this country</source>
        <translation>Občan tejto krajiny</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="716"/>
        <source>Citizen of another EU country</source>
        <translation>Občan inej krajiny EÚ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="717"/>
        <source>Citizen of a country outside the EU</source>
        <translation>Občan krajiny mimo EÚ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="718"/>
        <source>Stateless</source>
        <translation>Bez štátnej príslušnosti</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="52"/>
        <source>The folder %1 could not be made.</source>
        <translation>Priečinok %1 sa nepodarilo vytvoriť.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="62"/>
        <source>%1 could not be written.</source>
        <translation>%1 sa nepodarilo zapísať.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="36"/>
        <source>%1: %2 is in the future, which is not possible here.</source>
        <translation>%1: %2 je v budúcnosti, čo tu nie je možné.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="47"/>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) nemôže byť pred %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="62"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 musí byť medzi %2 a %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="71"/>
        <source>Choose a %1 or a %2.</source>
        <translation>Vyberte: %1 alebo %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="76"/>
        <source>Choose either a %1 or a %2, not both.</source>
        <translation>Vyberte buď %1, alebo %2, nie oboje.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="89"/>
        <source>A target for the whole programme has no %1; leave it empty.</source>
        <translation>Pri cieľovej hodnote pre celý program sa %1 nevypĺňa; nechajte pole prázdne.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="95"/>
        <source>A target for a month, a quarter or a year needs the first day of that period in %1.</source>
        <translation>Cieľová hodnota pre mesiac, štvrťrok alebo rok potrebuje v poli %1 prvý deň tohto obdobia.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="103"/>
        <source>%1 (%2) must be the first day of the %3: the 1st of a month, of January, April, July or October for a quarter, of January for a year.</source>
        <translation>%1 (%2) musí byť prvý deň obdobia (%3): 1. deň mesiaca, pre štvrťrok 1. január, apríl, júl alebo október, pre rok 1. január.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="141"/>
        <source>Write the name of the legal representative who gave the consent.</source>
        <translation>Napíšte meno zákonného zástupcu, ktorý súhlas udelil.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="166"/>
        <source>An individual plan needs the person it is for.</source>
        <translation>Individuálny plán potrebuje osobu, pre ktorú je určený.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="170"/>
        <source>A family plan needs the household it is for.</source>
        <translation>Rodinný plán potrebuje domácnosť, pre ktorú je určený.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="190"/>
        <source>%1: a visit or service is recorded after it happened; this one is in the future. Plan it as the next visit instead.</source>
        <translation>%1: návšteva alebo služba sa zaznamenáva až potom, čo sa uskutočnila; táto je v budúcnosti. Naplánujte ju radšej ako ďalšiu návštevu.</translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>The database file.</source>
        <translation>Súbor databázy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="36"/>
        <source>%1 needs --db PATH, the database file.</source>
        <translation>%1 potrebuje --db CESTA, súbor databázy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="54"/>
        <source>fieldcase-cli: the changes that earlier merges set aside could not be tried again after the upgrade: %1. They are kept; the next merge tries again.</source>
        <translation>fieldcase-cli: zmeny, ktoré odložili predchádzajúce zlúčenia, sa po aktualizácii nepodarilo znova skúsiť zlúčiť: %1. Zostávajú uchované; ďalšie zlúčenie to skúsi znova.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/VerbParser.cpp" line="59"/>
        <source>fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside are merged now.</source>
        <translation>
            <numerusform>fieldcase-cli: databáza bola aktualizovaná; %n zmena, ktorú odložili predchádzajúce zlúčenia, je teraz zlúčená.</numerusform>
            <numerusform>fieldcase-cli: databáza bola aktualizovaná; %n zmeny, ktoré odložili predchádzajúce zlúčenia, sú teraz zlúčené.</numerusform>
            <numerusform>fieldcase-cli: databáza bola aktualizovaná; %n zmien, ktoré odložili predchádzajúce zlúčenia, je teraz zlúčených.</numerusform>
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
        <translation>Zoznam príkazov zobrazíte cez fieldcase-cli --help.</translation>
    </message>
</context>
<context>
    <name>VisitWork</name>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="81"/>
        <source>This visit was already corrected or withdrawn. Open the latest version of it to correct it again.</source>
        <translation>Táto návšteva už bola opravená alebo stiahnutá. Ak ju chcete opraviť znova, otvorte jej najnovšiu verziu.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="85"/>
        <source>This record withdraws a visit; it cannot be corrected.</source>
        <translation>Tento záznam sťahuje návštevu; nedá sa opraviť.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="102"/>
        <source>Say why the visit is withdrawn; the reason is kept with it.</source>
        <translation>Uveďte, prečo sa návšteva sťahuje; dôvod sa uchová spolu s ňou.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="53"/>
        <source>Report</source>
        <translation>Správa</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="63"/>
        <source>No temporary folder could be made for the spreadsheet.</source>
        <translation>Pre tabuľkový súbor sa nepodarilo vytvoriť dočasný priečinok.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="73"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="79"/>
        <source>The spreadsheet could not be started.</source>
        <translation>Tabuľkový súbor sa nepodarilo začať vytvárať.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="159"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="164"/>
        <source>The spreadsheet could not be made.</source>
        <translation>Tabuľkový súbor sa nepodarilo vytvoriť.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="16"/>
        <source>Print plans awaiting signature</source>
        <translation>Tlač plánov čakajúcich na podpis</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="19"/>
        <source>Every individual and family plan of the locality whose status is awaiting signature is printed, each starting on a new sheet with its own page numbers.</source>
        <translation>Vytlačia sa všetky individuálne a rodinné plány lokality, ktoré čakajú na podpis, každý na novom liste s vlastným číslovaním strán.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="28"/>
        <source>%1 (awaiting signature: %2)</source>
        <translation>%1 (čaká na podpis: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="30"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Lokalita:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="39"/>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Náhľad a tlač...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="40"/>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Uložiť ako PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="67"/>
        <source>No plan awaits signature at the moment.</source>
        <translation>Momentálne žiadny plán nečaká na podpis.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="74"/>
        <source>Plans awaiting signature in all localities: %1.</source>
        <translation>Plány čakajúce na podpis vo všetkých lokalitách: %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseActions</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="85"/>
        <source>Risk flagged</source>
        <translation>Zistené riziko</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="86"/>
        <source>A child-protection or other risk was flagged on this visit. Refer the family to the service that can act on it now?</source>
        <translation>Pri tejto návšteve bolo zistené riziko v oblasti ochrany dieťaťa alebo iné riziko. Chcete teraz rodinu odporučiť na službu, ktorá môže zasiahnuť?</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="191"/>
        <source>Not editable</source>
        <translation>Nedá sa upraviť</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="192"/>
        <source>This record is a fact and is not edited; it is kept as it was recorded.</source>
        <translation>Tento záznam zachytáva fakt a neupravuje sa; uchováva sa tak, ako bol zaznamenaný.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="216"/>
        <source>Already corrected</source>
        <translation>Už opravené</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="217"/>
        <source>This visit was already corrected or withdrawn. Open the record in force to correct it again.</source>
        <translation>Táto návšteva už bola opravená alebo stiahnutá. Ak ju chcete opraviť znova, otvorte platný záznam.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="227"/>
        <source>Withdraw a visit</source>
        <translation>Stiahnuť návštevu</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="228"/>
        <source>The visit stays in the records, marked as withdrawn, with the reason you give. Why is it withdrawn?</source>
        <translation>Návšteva zostane v záznamoch, označená ako stiahnutá, s dôvodom, ktorý uvediete. Prečo sa sťahuje?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChangeHistoryModel</name>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="24"/>
        <source>(structured data)</source>
        <translation>(štruktúrované údaje)</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="44"/>
        <source>%1 created</source>
        <translation>%1 – vytvorené</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="46"/>
        <source>%1 deleted</source>
        <translation>%1 – vymazané</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="48"/>
        <source>%1 changed</source>
        <translation>%1 – zmenené</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="107"/>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="109"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="111"/>
        <source>What</source>
        <translation>Čo</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="113"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="115"/>
        <source>Before</source>
        <translation>Pred</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="117"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="119"/>
        <source>Correction note</source>
        <translation>Poznámka k oprave</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ConflictInbox</name>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="44"/>
        <source>%1 (by that device&apos;s clock)</source>
        <translation>%1 (podľa hodín toho zariadenia)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="53"/>
        <source>Conflict inbox</source>
        <translation>Schránka konfliktov</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="63"/>
        <source>Open conflicts</source>
        <translation>Otvorené konflikty</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="84"/>
        <source>Or &amp;type the right value:</source>
        <translation>Alebo &amp;napíšte správnu hodnotu:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="87"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Použiť túto hodnotu</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="102"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="117"/>
        <source>this copy</source>
        <translation>táto kópia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="120"/>
        <source>central copy</source>
        <translation>centrálna kópia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="131"/>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="132"/>
        <source>deleted, still needed</source>
        <translation>vymazané, stále potrebné</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="133"/>
        <source>deleted and edited</source>
        <translation>vymazané a upravené</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="135"/>
        <source>%1 [special category]</source>
        <translation>%1 [osobitná kategória]</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="140"/>
        <source>No open conflicts</source>
        <translation>Žiadne otvorené konflikty</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="141"/>
        <source>Every change merged so far fitted together. Conflicts appear here when two devices change the same thing, or one deletes what another edits.</source>
        <translation>Všetky doteraz zlúčené zmeny do seba zapadli. Konflikty sa tu objavia, keď dve zariadenia zmenia tú istú vec alebo jedno vymaže to, čo iné upravuje.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="167"/>
        <source>%1: deleted on one device, still needed by records from another</source>
        <translation>%1: vymazané na jednom zariadení, stále potrebné pre záznamy z iného</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="168"/>
        <source>%1: deleted on one device, edited on another</source>
        <translation>%1: vymazané na jednom zariadení, upravené na inom</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="171"/>
        <source>Other records still point at this one, so it is kept for now with every value it had. Keep it, or change those records first and then decide to delete it.</source>
        <translation>Na tento záznam ešte odkazujú iné záznamy, preto sa zatiaľ ponecháva so všetkými hodnotami, ktoré mal. Ponechajte ho, alebo najprv zmeňte tieto záznamy a potom rozhodnite o jeho vymazaní.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="173"/>
        <source>The record stays deleted until you decide. Taking the edited version restores it with every value it had.</source>
        <translation>Záznam zostane vymazaný, kým nerozhodnete. Ak prevezmete upravenú verziu, záznam sa obnoví so všetkými hodnotami, ktoré mal.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="176"/>
        <source>Two records of this person were merged, and they held different values. The value of the merged record is offered beside the one in use for now (%1). Nothing is lost until you decide.</source>
        <translation>Dva záznamy tejto osoby boli zlúčené a obsahovali rozdielne hodnoty. Hodnota zlúčeného záznamu sa ponúka vedľa hodnoty, ktorá sa zatiaľ používa (%1). Kým nerozhodnete, nič sa nestratí.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="179"/>
        <source>The value in use for now is the latest one (%1). Nothing is lost until you decide.</source>
        <translation>Zatiaľ sa používa najnovšia hodnota (%1). Kým nerozhodnete, nič sa nestratí.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="182"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically, and the value from before the conflict (%1) stays in use until you decide.</source>
        <translation>Ide o údaje osobitnej kategórie (napríklad menšina alebo zdravotné postihnutie): nikdy sa nerozhodujú automaticky a kým nerozhodnete, používa sa hodnota spred konfliktu (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="186"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically.</source>
        <translation>Ide o údaje osobitnej kategórie (napríklad menšina alebo zdravotné postihnutie): nikdy sa nerozhodujú automaticky.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Version</source>
        <translation>Verzia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Changed by</source>
        <translation>Zmenil(a)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Device</source>
        <translation>Zariadenie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="198"/>
        <source>Before</source>
        <translation>Pred</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="205"/>
        <source>Version %1</source>
        <translation>Verzia %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="211"/>
        <source>Keep &amp;%1 (stays deleted)</source>
        <translation>Ponechať &amp;%1 (zostane vymazané)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="212"/>
        <source>Take &amp;%1</source>
        <translation>Prevziať &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="243"/>
        <source>Decided. The decision is logged and goes back to the laptops with their next return package.</source>
        <translation>Rozhodnuté. Rozhodnutie je zaznamenané a vráti sa do notebookov s ich ďalším spätným balíkom.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Dashboard</name>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="59"/>
        <source>Programme dashboard</source>
        <translation>Prehľad programu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="66"/>
        <source>&amp;Period:</source>
        <translation>&amp;Obdobie:</translation>
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
        <translation>Enter alebo dvojklik vypíše osoby alebo aktivity, z ktorých sa skladá dosiahnutá hodnota ukazovateľa.</translation>
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
        <translation>&amp;Sada ukazovateľov:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="99"/>
        <source>Planned vs &amp;achieved</source>
        <translation>Plánované vs. &amp;dosiahnuté</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="100"/>
        <source>&amp;ESF+ participants</source>
        <translation>Účastníci &amp;ESF+</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="225"/>
        <source>This indicator rests on special-category data, which the programme does not record; there is nobody to list.</source>
        <translation>Tento ukazovateľ vychádza z údajov osobitnej kategórie, ktoré program nezaznamenáva; nie je koho vypísať.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="231"/>
        <source>This indicator&apos;s definition cannot be read (the notes under the table say why), so nothing is counted and there is nobody to list.</source>
        <translation>Definíciu tohto ukazovateľa sa nedá prečítať (prečo, uvádzajú poznámky pod tabuľkou), preto sa nič nezapočítava a nie je koho vypísať.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="251"/>
        <source>Achieved: %1. Unit: %2. %3.
The records behind the number are listed here; Enter shows the one chosen in the main window.</source>
        <translation>Dosiahnuté: %1. Jednotka: %2. %3.
Tu sú uvedené záznamy, z ktorých sa číslo skladá; Enter zobrazí vybraný záznam v hlavnom okne.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="257"/>
        <source>Behind the number: %1</source>
        <translation>Záznamy za číslom: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="296"/>
        <location filename="../../ui/reports/Dashboard.cpp" line="308"/>
        <source>Export the report</source>
        <translation>Exportovať správu</translation>
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
        <translation>Rok-mesiac-deň a čas, napríklad 2026-03-31 14:30. Ctrl+D: teraz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="15"/>
        <source>Year-month-day with a four-digit year, for example 2026-03-31. Ctrl+D: today.</source>
        <translation>Rok-mesiac-deň so štvorciferným rokom, napríklad 2026-03-31. Ctrl+D: dnes.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DocumentActions</name>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="26"/>
        <source>&amp;Print...</source>
        <translation>&amp;Tlačiť...</translation>
    </message>
    <message>
        <source>Print preview of the plan of the person on screen, or their case summary</source>
        <translation type="vanished">Náhľad tlače plánu zobrazenej osoby alebo súhrnu jej prípadu</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="32"/>
        <source>Print case &amp;summary...</source>
        <translation>Tlačiť &amp;súhrn prípadu...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="35"/>
        <source>Save as P&amp;DF...</source>
        <translation>Uložiť ako P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="39"/>
        <source>Plans &amp;awaiting signature...</source>
        <translation>Plány č&amp;akajúce na podpis...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="40"/>
        <source>Print every plan of a locality that awaits signature</source>
        <translation>Vytlačiť všetky plány lokality, ktoré čakajú na podpis</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="45"/>
        <source>&amp;Print</source>
        <translation>&amp;Tlačiť</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="54"/>
        <source>Help</source>
        <translation>Pomocník</translation>
    </message>
    <message>
        <source>Select a person first: printing shows their plan or their case summary.</source>
        <translation type="vanished">Najprv vyberte osobu: tlač zobrazí jej plán alebo súhrn jej prípadu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="28"/>
        <source>Print preview of the record on screen: a plan, review, visit, attendance sheet or consent form; for a person their current plan, else their case summary</source>
        <translation>Náhľad tlače zobrazeného záznamu: plánu, prehodnotenia, návštevy, prezenčnej listiny alebo formulára súhlasu; pri osobe jej aktuálneho plánu, inak súhrnu jej prípadu</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="67"/>
        <source>Select a person first: the case summary is printed for them.</source>
        <translation>Najprv vyberte osobu: súhrn prípadu sa vytlačí pre ňu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="68"/>
        <source>Select a record first: a person, household, plan, plan review, visit, group event or consent.</source>
        <translation>Najprv vyberte záznam: osobu, domácnosť, plán, prehodnotenie plánu, návštevu, skupinovú aktivitu alebo súhlas.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="110"/>
        <source>Print preview: %1</source>
        <translation>Náhľad tlače: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <source>Preparing the pages...</source>
        <translation>Pripravujú sa strany...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Writing %1...</source>
        <translation>Zapisuje sa %1...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="157"/>
        <source>Save as PDF</source>
        <translation>Uložiť ako PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="189"/>
        <source>No plan of this locality awaits signature any more.</source>
        <translation>Žiadny plán tejto lokality už nečaká na podpis.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="196"/>
        <source>Save plans as PDF</source>
        <translation>Uložiť plány ako PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="203"/>
        <source>Print</source>
        <translation>Tlačiť</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuplicateReview</name>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="30"/>
        <source>Possible duplicate persons</source>
        <translation>Možné duplicitné osoby</translation>
    </message>
    <message>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept.</source>
        <translation type="vanished">Tieto osoby boli zaregistrované viackrát, možno na dvoch notebookoch. Zlúčením sa zachovajú všetky návštevy, plány a súhlasy oboch; súbory, ktoré ešte uvádzajú zlúčenú osobu, sa priradia k ponechanej.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="33"/>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept. Where the two hold different details (two phone numbers), both go to the conflict inbox for you to decide.</source>
        <translation>Tieto osoby boli zaregistrované viackrát, možno na dvoch notebookoch. Zlúčením sa zachovajú všetky návštevy, plány a súhlasy oboch; súbory, ktoré ešte uvádzajú zlúčenú osobu, sa priradia k ponechanej. Ak majú obe rozdielne údaje (dve telefónne čísla), obe hodnoty sa presunú do schránky konfliktov, kde o nich rozhodnete.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>First person</source>
        <translation>Prvá osoba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Born</source>
        <translation>Narodený/á</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Second person</source>
        <translation>Druhá osoba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Why</source>
        <translation>Prečo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="54"/>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Ponechať &amp;prvú, druhú zlúčiť do nej</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="56"/>
        <source>Keep the &amp;second</source>
        <translation>Ponechať &amp;druhú</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="57"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nie je to tá istá osoba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="58"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="84"/>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Na posúdenie nečakajú žiadne možné duplicity.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="99"/>
        <source>Merge two persons</source>
        <translation>Zlúčiť dve osoby</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="100"/>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1. Details that differ between the two wait in the conflict inbox, with both values, until you decide.</source>
        <translation>Zlúčiť oba záznamy do %1? Všetky návštevy, plány a súhlasy oboch zostanú, pri osobe %1. Údaje, ktoré sa medzi nimi líšia, počkajú v schránke konfliktov s oboma hodnotami, kým nerozhodnete.</translation>
    </message>
    <message>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1.</source>
        <translation type="vanished">Zlúčiť oba záznamy do %1? Všetky návštevy, plány a súhlasy oboch zostanú, pri osobe %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="114"/>
        <source>Merged into %1: %n record(s) moved over.</source>
        <translation>
            <numerusform>Zlúčené do %1: presunul sa %n záznam.</numerusform>
            <numerusform>Zlúčené do %1: presunuli sa %n záznamy.</numerusform>
            <numerusform>Zlúčené do %1: presunulo sa %n záznamov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="116"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n rozdielna hodnota oboch záznamov čaká na rozhodnutie v schránke konfliktov (ponuka Výmena, Ctrl+Shift+I).</numerusform>
            <numerusform>%n rozdielne hodnoty oboch záznamov čakajú na rozhodnutie v schránke konfliktov (ponuka Výmena, Ctrl+Shift+I).</numerusform>
            <numerusform>%n rozdielnych hodnôt oboch záznamov čaká na rozhodnutie v schránke konfliktov (ponuka Výmena, Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="130"/>
        <source>Marked as two different people.</source>
        <translation>Označené ako dve rôzne osoby.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="47"/>
        <source>Enrol a laptop</source>
        <translation>Zaregistrovať notebook</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="50"/>
        <source>The enrolment file holds the laptop&apos;s keys and the caseload of the worker. Take it to the laptop on a stick; tell the worker the passphrase separately.</source>
        <translation>Registračný súbor obsahuje kľúče notebooku a klientov pracovníka. Preneste ho do notebooku na USB kľúči; prístupovú frázu povedzte pracovníkovi zvlášť.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="58"/>
        <source>for example: Laptop 3, Alsóberény team</source>
        <translation>napríklad: Notebook 3, tím Alsóberény</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="59"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Názov notebooku:</translation>
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
        <translation>&amp;Vybrať...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="80"/>
        <source>Enrolment &amp;file:</source>
        <translation>Registračný &amp;súbor:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="86"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopírovať</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="87"/>
        <source>Passphrase:</source>
        <translation>Prístupová fráza:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="95"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Zaregistrovať</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="116"/>
        <source>Enrolment file</source>
        <translation>Registračný súbor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="117"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Výmenné súbory Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="125"/>
        <source>Choose where to write the enrolment file.</source>
        <translation>Vyberte, kam sa má registračný súbor zapísať.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="134"/>
        <source>Enrolled &quot;%1&quot;: %n record(s) in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</source>
        <translation>
            <numerusform>Zaregistrovaný „%1“: %n záznam v %2. Prístupovú frázu uvedenú vyššie povedzte pracovníkovi telefonicky alebo na papieri, nikdy nie spolu so súborom.</numerusform>
            <numerusform>Zaregistrovaný „%1“: %n záznamy v %2. Prístupovú frázu uvedenú vyššie povedzte pracovníkovi telefonicky alebo na papieri, nikdy nie spolu so súborom.</numerusform>
            <numerusform>Zaregistrovaný „%1“: %n záznamov v %2. Prístupovú frázu uvedenú vyššie povedzte pracovníkovi telefonicky alebo na papieri, nikdy nie spolu so súborom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="139"/>
        <source>Tell them this central copy&apos;s key too, which they give when joining, so that the laptop refuses a file that another copy made: %1</source>
        <translation>Oznámte mu aj kľúč tejto centrálnej kópie, ktorý zadá pri pripájaní, aby notebook odmietol súbor, ktorý vytvorila iná kópia: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="42"/>
        <source>Attendance</source>
        <translation>Účasť</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="44"/>
        <source>&amp;Find a registered person</source>
        <translation>&amp;Nájsť registrovanú osobu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="47"/>
        <source>Add to the &amp;list</source>
        <translation>Pridať do &amp;zoznamu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="51"/>
        <source>Registered &amp;people present</source>
        <translation>Prítomné registrované &amp;osoby</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="54"/>
        <source>S&amp;taff present</source>
        <translation>Prítomní &amp;pracovníci</translation>
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
        <translation>(nezaznamenané)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/HistoryDialog.cpp" line="24"/>
        <source>History: %1 %2</source>
        <translation>História: %1 %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IndicatorChart</name>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="36"/>
        <source>Planned against achieved, as bars</source>
        <translation>Plánované oproti dosiahnutému, ako stĺpce</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="62"/>
        <source>Achieved</source>
        <translation>Dosiahnuté</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="65"/>
        <source>Still to reach the target</source>
        <translation>Zostáva do cieľovej hodnoty</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="68"/>
        <source>Beyond the target</source>
        <translation>Nad cieľovú hodnotu</translation>
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
        <translation>%1 ▼ chýba %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="120"/>
        <source>share of the target achieved</source>
        <translation>dosiahnutý podiel cieľovej hodnoty</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="124"/>
        <source>No indicator has a target for this period and place.</source>
        <translation>Žiadny ukazovateľ nemá cieľovú hodnotu pre toto obdobie a miesto.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::JoinDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="148"/>
        <source>Join a programme</source>
        <translation>Pripojiť sa k programu</translation>
    </message>
    <message>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase they told you. The laptop gets a new database with your caseload.</source>
        <translation type="vanished">Vyberte registračný súbor, ktorý vám dal odborný garant, a napíšte prístupovú frázu, ktorú vám povedal. Notebook dostane novú databázu s vašimi klientmi.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="151"/>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase and the central copy&apos;s key they told you. The laptop gets a new database with your caseload.</source>
        <translation>Vyberte registračný súbor, ktorý vám dal odborný garant, a napíšte prístupovú frázu a kľúč centrálnej kópie, ktoré vám povedal. Notebook dostane novú databázu s vašimi klientmi.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="159"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Vybrať...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="160"/>
        <source>Enrolment &amp;file:</source>
        <translation>Registračný &amp;súbor:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="163"/>
        <source>&amp;Passphrase:</source>
        <translation>Prístupová &amp;fráza:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="165"/>
        <source>as your supervisor read it out or printed it, for example ABCD-EFGH-...</source>
        <translation>tak, ako vám ho odborný garant prečítal alebo vytlačil, napríklad ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="166"/>
        <source>Central copy&apos;s &amp;key:</source>
        <translation>&amp;Kľúč centrálnej kópie:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="170"/>
        <source>New &amp;database:</source>
        <translation>Nová &amp;databáza:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="177"/>
        <source>&amp;Join</source>
        <translation>&amp;Pripojiť</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="181"/>
        <source>Enrolment file</source>
        <translation>Registračný súbor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="182"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Výmenné súbory Fieldcase (*.fcx);;Všetky súbory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="198"/>
        <source>The enrolment file cannot be read: %1</source>
        <translation>Registračný súbor sa nedá prečítať: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="202"/>
        <source>%1 exists already. A laptop joins with a new database file; choose another name.</source>
        <translation>%1 už existuje. Notebook sa pripája s novým súborom databázy; vyberte iný názov.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="213"/>
        <source>Compare the central copy&apos;s key</source>
        <translation>Porovnajte kľúč centrálnej kópie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="214"/>
        <source>Joined as &quot;%1&quot;. The enrolment file was made by the central copy with the key

%2

Compare it with the key your supervisor reads out or printed. If they differ, the file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Pripojené ako „%1“. Registračný súbor vytvorila centrálna kópia s kľúčom

%2

Porovnajte ho s kľúčom, ktorý vám odborný garant prečíta alebo vytlačil. Ak sa líšia, súbor nevytvorila vaša centrálna kópia: túto databázu nepoužívajte a informujte odborného garanta.</translation>
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
        <translation>Prejaví sa pri ďalšom spustení</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="21"/>
        <source>&amp;System language</source>
        <translation>&amp;Systémový jazyk</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="39"/>
        <source>the system language</source>
        <translation>systémový jazyk</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="40"/>
        <source>Fieldcase will use %1 the next time it starts.</source>
        <translation>Fieldcase pri ďalšom spustení použije: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="42"/>
        <source>The %1 environment variable is set on this computer and takes precedence.</source>
        <translation>Na tomto počítači je nastavená premenná prostredia %1 a má prednosť.</translation>
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
        <translation>Databáza nie je otvorená</translation>
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
        <translation>Hľadať</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>&amp;Find:</source>
        <translation>&amp;Hľadať:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>A person, household or locality, e.g. kovacs (Ctrl+F)</source>
        <translation>Osoba, domácnosť alebo lokalita, napr. kovacs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Search people, households and localities</source>
        <translation>Hľadať osoby, domácnosti a lokality</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83"/>
        <source>Lists</source>
        <translation>Zoznamy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>No people yet</source>
        <translation>Zatiaľ žiadne osoby</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>This database holds no people. Register a household (Ctrl+Shift+H) and its members, or try Fieldcase with a synthetic programme: &lt;tt&gt;fieldcase-cli demo --db FILE --people 2000&lt;/tt&gt;.</source>
        <translation>Táto databáza neobsahuje žiadne osoby. Zaregistrujte domácnosť (Ctrl+Shift+H) a jej členov alebo si Fieldcase vyskúšajte so syntetickým programom: &lt;tt&gt;fieldcase-cli demo --db SÚBOR --people 2000&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="139"/>
        <source>Choose a person</source>
        <translation>Vyberte osobu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Pick someone in the list, or type a name in the search box (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; finds Kovács.</source>
        <translation>Vyberte niekoho v zozname alebo napíšte meno do poľa vyhľadávania (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; nájde Kovács.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>%n form(s) were not saved last time; open the same form again to continue where you left off.</source>
        <translation>
            <numerusform>%n formulár sa minule neuložil; otvorte ten istý formulár znova a pokračujte tam, kde ste skončili.</numerusform>
            <numerusform>%n formuláre sa minule neuložili; otvorte ten istý formulár znova a pokračujte tam, kde ste skončili.</numerusform>
            <numerusform>%n formulárov sa minule neuložilo; otvorte ten istý formulár znova a pokračujte tam, kde ste skončili.</numerusform>
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
        <translation>(všetky lokality)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>in &amp;locality:</source>
        <translation>v &amp;lokalite:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>Localities</source>
        <translation>Lokality</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>Development plans</source>
        <translation>Rozvojové plány</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Visits and services</source>
        <translation>Návštevy a služby</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>Referrals</source>
        <translation>Odporučenia</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Group events</source>
        <translation>Skupinové aktivity</translation>
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
        <translation>Plány po termíne prehodnotenia</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="216"/>
        <source>Visits due this week</source>
        <translation>Návštevy na tento týždeň</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235"/>
        <source>&amp;New database...</source>
        <translation>&amp;Nová databáza...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Otvoriť databázu...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Find person, household or locality</source>
        <translation>&amp;Nájsť osobu, domácnosť alebo lokalitu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Edit the record shown</source>
        <translation>&amp;Upraviť zobrazený záznam</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;History of the record shown</source>
        <translation>&amp;História zobrazeného záznamu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>&amp;Case work</source>
        <translation>&amp;Prípadová práca</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>&amp;New in this list</source>
        <translation>&amp;Nový záznam v tomto zozname</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>New &amp;person</source>
        <translation>Nová &amp;osoba</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271"/>
        <source>New &amp;household</source>
        <translation>Nová &amp;domácnosť</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277"/>
        <source>Record &amp;visit or service</source>
        <translation>Zaznamenať návš&amp;tevu alebo službu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279"/>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="297"/>
        <source>Choose a person or household first.</source>
        <translation>Najprv vyberte osobu alebo domácnosť.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>New development p&amp;lan</source>
        <translation>Nový rozvojový p&amp;lán</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>Choose a person (individual plan) or household (family plan) first.</source>
        <translation>Najprv vyberte osobu (individuálny plán) alebo domácnosť (rodinný plán).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Refer</source>
        <translation>Odpo&amp;ručiť</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Hand &amp;over to another facility</source>
        <translation>Odovzdať &amp;inému zariadeniu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300"/>
        <source>New group &amp;event</source>
        <translation>Nová skupinová &amp;aktivita</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Go</source>
        <translation>Pr&amp;ejsť</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation>Po&amp;mocník</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="317"/>
        <source>&amp;About Fieldcase</source>
        <translation>&amp;O aplikácii Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Výmena</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Reports</source>
        <translation>Správ&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="423"/>
        <source>Open a person or household, then make a plan for them (Ctrl+Shift+L).</source>
        <translation>Otvorte osobu alebo domácnosť a potom pre ňu vypracujte plán (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="429"/>
        <source>Open a person or household, then record the visit (Ctrl+Shift+V).</source>
        <translation>Otvorte osobu alebo domácnosť a potom zaznamenajte návštevu (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433"/>
        <source>Open a person or household, then refer them (Ctrl+Shift+R).</source>
        <translation>Otvorte osobu alebo domácnosť a potom ju odporučte (Ctrl+Shift+R).</translation>
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
        <translation>Domácnosť</translation>
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
            <numerusform>%n osôb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="520"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n zhoda</numerusform>
            <numerusform>%n zhody</numerusform>
            <numerusform>%n zhôd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="526"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="539"/>
        <source>Choose a staff member above to see the people they are case manager of.</source>
        <translation>Vyberte vyššie pracovníka, aby ste videli osoby, ktorých je kľúčovým pracovníkom.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="540"/>
        <source>Nobody is in this caseload yet. A person joins it when this staff member becomes their case manager, or their household&apos;s.</source>
        <translation>V tomto zozname zatiaľ nikto nie je. Osoba doň pribudne, keď sa tento pracovník stane jej kľúčovým pracovníkom alebo kľúčovým pracovníkom jej domácnosti.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="543"/>
        <source>No plan is waiting for its review. Plans in force whose next review date has passed show here.</source>
        <translation>Žiadny plán nečaká na prehodnotenie. Zobrazujú sa tu platné plány, ktorých dátum ďalšieho prehodnotenia uplynul.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="545"/>
        <source>No visit is due this week. When a visit is recorded with a next visit date in this week, the household shows here until it is visited.</source>
        <translation>Na tento týždeň nie je naplánovaná žiadna návšteva. Keď sa pri návšteve zaznamená dátum ďalšej návštevy v tomto týždni, domácnosť sa tu zobrazuje, kým sa nenavštívi.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="548"/>
        <source>No households here yet. Register one with Ctrl+Shift+H.</source>
        <translation>Zatiaľ tu nie sú žiadne domácnosti. Zaregistrujte domácnosť pomocou Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="550"/>
        <source>Nothing here yet. Ctrl+N makes a new one where that is possible.</source>
        <translation>Zatiaľ tu nič nie je. Ctrl+N vytvorí nový záznam, kde je to možné.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="576"/>
        <source>Open database</source>
        <translation>Otvoriť databázu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="577"/>
        <source>Fieldcase databases (*.db *.fieldcase);;All files (*)</source>
        <translation>Databázy Fieldcase (*.db *.fieldcase);;Všetky súbory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="584"/>
        <source>New database</source>
        <translation>Nová databáza</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="585"/>
        <source>Fieldcase databases (*.db)</source>
        <translation>Databázy Fieldcase (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="592"/>
        <source>About Fieldcase</source>
        <translation>O aplikácii Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="593"/>
        <source>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Case management and programme monitoring for social inclusion work.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Vedenie prípadov a monitorovanie programov pre prácu v oblasti sociálneho začleňovania.&lt;/p&gt;&lt;p&gt;Databáza: %2&lt;br&gt;Verzia schémy %3&lt;/p&gt;&lt;p&gt;Licencované podľa GNU General Public License, verzie 3 alebo novšej.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MemberListDialog</name>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="38"/>
        <source>&amp;Find:</source>
        <translation>&amp;Hľadať:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="40"/>
        <source>part of a name, e.g. kovacs</source>
        <translation>časť mena, napr. kovacs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="69"/>
        <source>&amp;Show in the main window</source>
        <translation>&amp;Zobraziť v hlavnom okne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="128"/>
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 z %n záznamu</numerusform>
            <numerusform>%1 z %n záznamov</numerusform>
            <numerusform>%1 z %n záznamov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="52"/>
        <source>Merge exchange files</source>
        <translation>Zlúčiť výmenné súbory</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="57"/>
        <source>Files from laptops (or, on a laptop, return packages from the central copy), in any order. Each file is checked and previewed first; nothing is written until you press Merge.</source>
        <translation>Súbory z notebookov (alebo na notebooku spätné balíky z centrálnej kópie), v ľubovoľnom poradí. Každý súbor sa najprv skontroluje a zobrazí v náhľade; nič sa nezapíše, kým nestlačíte Zlúčiť.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>File</source>
        <translation>Súbor</translation>
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
        <translation>Zmenené</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Already here</source>
        <translation>Už tu</translation>
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
        <translation>Súbory na zlúčenie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="86"/>
        <source>Merge report</source>
        <translation>Správa o zlúčení</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="92"/>
        <source>Cancel merge</source>
        <translation>Zrušiť zlúčenie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="99"/>
        <source>&amp;Add files...</source>
        <translation>&amp;Pridať súbory...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrániť</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="101"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zlúčiť</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="104"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="117"/>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="157"/>
        <source>Add the files to merge, or drop them on this window.</source>
        <translation>Pridajte súbory na zlúčenie alebo ich presuňte do tohto okna.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="122"/>
        <source>Choose exchange files</source>
        <translation>Vyberte výmenné súbory</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="123"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Výmenné súbory Fieldcase (*.fcx);;Všetky súbory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="214"/>
        <source>The changes set aside by earlier merges could not be tried again (%1). They are kept.</source>
        <translation>Zmeny odložené pri predchádzajúcich zlúčeniach sa nepodarilo znova skúsiť zlúčiť (%1). Zostávajú uchované.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="219"/>
        <source>%n change(s) that earlier merges had set aside are merged now, as this copy can use them.</source>
        <translation>
            <numerusform>%n zmena, ktorú odložili predchádzajúce zlúčenia, je teraz zlúčená, pretože ju táto kópia už môže použiť.</numerusform>
            <numerusform>%n zmeny, ktoré odložili predchádzajúce zlúčenia, sú teraz zlúčené, pretože ich táto kópia už môže použiť.</numerusform>
            <numerusform>%n zmien, ktoré odložili predchádzajúce zlúčenia, je teraz zlúčených, pretože ich táto kópia už môže použiť.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="222"/>
        <source>%n change(s) that earlier merges had set aside will be merged first, as this copy can use them now.</source>
        <translation>
            <numerusform>Najprv sa zlúči %n zmena, ktorú odložili predchádzajúce zlúčenia, pretože ju táto kópia teraz môže použiť.</numerusform>
            <numerusform>Najprv sa zlúčia %n zmeny, ktoré odložili predchádzajúce zlúčenia, pretože ich táto kópia teraz môže použiť.</numerusform>
            <numerusform>Najprv sa zlúči %n zmien, ktoré odložili predchádzajúce zlúčenia, pretože ich táto kópia teraz môže použiť.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="233"/>
        <source>%1, file %2 (with everything since file %3)</source>
        <translation>%1, súbor %2 (so všetkým od súboru %3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="237"/>
        <source>%1, file %2</source>
        <translation>%1, súbor %2</translation>
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
            <numerusform>%1; %n zmena odložená</numerusform>
            <numerusform>%1; %n zmeny odložené</numerusform>
            <numerusform>%1; %n zmien odložených</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="266"/>
        <source>%1 new, %2 changed, %3 already here, %4 conflicting</source>
        <translation>nové: %1, zmenené: %2, už tu: %3, v konflikte: %4</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="273"/>
        <source>Possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>Možná duplicita: %1 (%2) a %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="278"/>
        <source>Set aside: %1</source>
        <translation>Odložené: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="285"/>
        <source>Also merged after waiting: %1</source>
        <translation>Zlúčené aj po čakaní: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="288"/>
        <source>Backup before merging: %1</source>
        <translation>Záloha pred zlúčením: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="294"/>
        <source>Changes set aside are not lost: they are kept, and merged as soon as this copy can use them (once Fieldcase is updated to the version that made them).</source>
        <translation>Odložené zmeny sa nestratia: uchovávajú sa a zlúčia sa, hneď ako ich táto kópia bude môcť použiť (po aktualizácii Fieldcase na verziu, ktorá ich vytvorila).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="300"/>
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>Zlúčený %n súbor.</numerusform>
            <numerusform>Zlúčené %n súbory.</numerusform>
            <numerusform>Zlúčených %n súborov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="302"/>
        <source>%n file(s) refused; they changed nothing.</source>
        <translation>
            <numerusform>%n súbor bol odmietnutý; nič nezmenil.</numerusform>
            <numerusform>%n súbory boli odmietnuté; nič nezmenili.</numerusform>
            <numerusform>%n súborov bolo odmietnutých; nič nezmenili.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="306"/>
        <source>Preview: %n file(s) ready to merge.</source>
        <translation>
            <numerusform>Náhľad: %n súbor je pripravený na zlúčenie.</numerusform>
            <numerusform>Náhľad: %n súbory sú pripravené na zlúčenie.</numerusform>
            <numerusform>Náhľad: %n súborov je pripravených na zlúčenie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="307"/>
        <source>%n file(s) will be refused.</source>
        <translation>
            <numerusform>%n súbor bude odmietnutý.</numerusform>
            <numerusform>%n súbory budú odmietnuté.</numerusform>
            <numerusform>%n súborov bude odmietnutých.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="308"/>
        <source>Nothing has been written yet.</source>
        <translation>Zatiaľ sa nič nezapísalo.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NoteDialog</name>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Uložiť zmeny, ktoré ste tu urobili?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeriodChooser</name>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="25"/>
        <source>Kind of period</source>
        <translation>Druh obdobia</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="26"/>
        <source>Month</source>
        <translation>Mesiac</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="27"/>
        <source>Quarter</source>
        <translation>Štvrťrok</translation>
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
        <translation>Ktoré obdobie</translation>
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
        <translation>%1. štvrťrok %2</translation>
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
        <translation>všetky zaznamenané dátumy</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="37"/>
        <source>Possible duplicates already on this laptop</source>
        <translation>Možné duplicity už na tomto notebooku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="40"/>
        <source>Possible duplicates</source>
        <translation>Možné duplicity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="47"/>
        <source>Open the &amp;existing record</source>
        <translation>Otvoriť &amp;existujúci záznam</translation>
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
            <numerusform>%n osoba už na tomto notebooku môže byť tá istá osoba (pozri nižšie). Otvorte existujúci záznam alebo znova stlačte Uložiť, ak chcete novú osobu aj tak zaregistrovať.</numerusform>
            <numerusform>%n osoby už na tomto notebooku môžu byť tá istá osoba (pozri nižšie). Otvorte existujúci záznam alebo znova stlačte Uložiť, ak chcete novú osobu aj tak zaregistrovať.</numerusform>
            <numerusform>%n osôb už na tomto notebooku môže byť tá istá osoba (pozri nižšie). Otvorte existujúci záznam alebo znova stlačte Uložiť, ak chcete novú osobu aj tak zaregistrovať.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonListModel</name>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="101"/>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="103"/>
        <source>Born</source>
        <translation>Narodený/á</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="105"/>
        <source>Household</source>
        <translation>Domácnosť</translation>
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
        <translation>Nový rodinný rozvojový plán</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New individual development plan</source>
        <translation>Nový individuálny rozvojový plán</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="52"/>
        <source>Needs, goals and agreed services</source>
        <translation>Potreby, ciele a dohodnuté služby</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="62"/>
        <source>Add...</source>
        <translation>Pridať...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="63"/>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="76"/>
        <source>N&amp;eeds by area</source>
        <translation>&amp;Potreby podľa oblastí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="77"/>
        <source>&amp;Goals</source>
        <translation>&amp;Ciele</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="78"/>
        <source>Agreed services and &amp;referrals</source>
        <translation>Dohodnuté služby a &amp;odporučenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="80"/>
        <source>Add &amp;need...</source>
        <translation>Pridať po&amp;trebu...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>Add g&amp;oal...</source>
        <translation>Pridať cie&amp;ľ...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="82"/>
        <source>Add ser&amp;vice...</source>
        <translation>Pridať &amp;službu...</translation>
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
        <translation>&amp;Poznámka k oprave (povinná pri zmene zmrazených údajov):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="75"/>
        <source>Why the stored data was wrong, e.g. &quot;certificate seen&quot;</source>
        <translation>Prečo boli uložené údaje nesprávne, napr. „videný rodný list“</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="206"/>
        <source>What you typed could not be kept as a draft: %1 Save the form now, or it is lost if this program or the computer stops.</source>
        <translation>To, čo ste napísali, sa nepodarilo uložiť ako koncept: %1 Uložte formulár hneď, inak sa stratí, ak sa program alebo počítač zastaví.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="228"/>
        <source>Restored what was typed here on %1 and not saved. Save it, or press Esc to throw it away.</source>
        <translation>Obnovené, čo sa sem napísalo %1 a neuložilo. Uložte to alebo to zahoďte klávesom Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="330"/>
        <source>%1: this field is required.</source>
        <translation>%1: toto pole je povinné.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Uložiť zmeny, ktoré ste tu urobili?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="29"/>
        <source>Type a name to find the person</source>
        <translation>Napíšte meno a nájdite osobu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="30"/>
        <source>Type a name to find the household</source>
        <translation>Napíšte meno a nájdite domácnosť</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="68"/>
        <source>(none)</source>
        <translation>(žiadne)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Hand over: %1</source>
        <translation>Odovzdať: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Refer: %1</source>
        <translation>Odporučiť: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportPane</name>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="76"/>
        <source>For &amp;outside the programme (counts under 5 people hidden)</source>
        <translation>Na použitie &amp;mimo programu (počty pod 5 osôb skryté)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="77"/>
        <source>A report for a funder or anyone outside the programme: no names, and every count of one to four people written as &lt;5 so that nobody can be recognised.</source>
        <translation>Správa pre poskytovateľa finančných prostriedkov alebo kohokoľvek mimo programu: bez mien a každý počet jednej až štyroch osôb je zapísaný ako &lt;5, aby nikoho nebolo možné rozpoznať.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="79"/>
        <source>Export &amp;CSV...</source>
        <translation>Exportovať &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="80"/>
        <source>Export &amp;XLSX...</source>
        <translation>Exportovať &amp;XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="81"/>
        <source>Export P&amp;DF...</source>
        <translation>Exportovať P&amp;DF...</translation>
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
        <translation>Skryté, aby sa malý počet inde v tabuľke nedal dopočítať zo súčtov.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="117"/>
        <source>Fewer than 5 people: hidden so that nobody can be recognised outside the programme.</source>
        <translation>Menej ako 5 osôb: skryté, aby nikoho nebolo možné rozpoznať mimo programu.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReviewDialog</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="38"/>
        <source>Review the plan</source>
        <translation>Prehodnotiť plán</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="26"/>
        <source>Change the referral&apos;s status</source>
        <translation>Zmeniť stav odporučenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="30"/>
        <source>Now: %1</source>
        <translation>Teraz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="43"/>
        <source>New &amp;status</source>
        <translation>Nový &amp;stav</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="44"/>
        <source>&amp;Date</source>
        <translation>&amp;Dátum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="45"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Výsledok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="60"/>
        <source>This referral is %1; its status does not change any more.</source>
        <translation>Toto odporučenie je v stave „%1“; jeho stav sa už nemení.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="80"/>
        <source>Date: &quot;%1&quot; is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>Dátum: „%1“ nie je dátum; napíšte ho ako rok-mesiac-deň, napríklad 2026-03-31.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Uložiť zmeny, ktoré ste tu urobili?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="69"/>
        <source>Record a visit or service: %1</source>
        <translation>Zaznamenať návštevu alebo službu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="70"/>
        <source>Correct a visit: %1</source>
        <translation>Opraviť návštevu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="76"/>
        <source>Who was there, plan goals and tasks</source>
        <translation>Kto bol prítomný, ciele plánu a úlohy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="78"/>
        <source>&amp;Present</source>
        <translation>&amp;Prítomní</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="80"/>
        <source>Present</source>
        <translation>Prítomní</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="82"/>
        <source>Plan goals &amp;worked on</source>
        <translation>Ciele plánu, na ktorých sa pra&amp;covalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="84"/>
        <source>Plan goals worked on</source>
        <translation>Ciele plánu, na ktorých sa pracovalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="91"/>
        <source>Tas&amp;ks agreed (what, who, by when as YYYY-MM-DD)</source>
        <translation>Dohodnuté ú&amp;lohy (čo, kto, do kedy v tvare RRRR-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="93"/>
        <source>Tasks agreed</source>
        <translation>Dohodnuté úlohy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="335"/>
        <source>Task %1 says who and by when but not what is to be done; write the task or clear the line.</source>
        <translation>Úloha %1 uvádza, kto a do kedy, ale nie, čo sa má urobiť; napíšte úlohu alebo vymažte riadok.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="340"/>
        <source>Task %1 (%2): %3</source>
        <translation>Úloha %1 (%2): %3</translation>
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
        <translation>Prid&amp;ať úlohu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (experience expert)</source>
        <translation>%1 (expert so skúsenosťou)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (staff)</source>
        <translation>%1 (pracovník)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="249"/>
        <source>(no plan goals yet)</source>
        <translation>(zatiaľ žiadne ciele plánu)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="26"/>
        <source>Case management for social inclusion work.</source>
        <translation>Vedenie prípadov pre prácu v oblasti sociálneho začleňovania.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>The database to open.</source>
        <translation>Databáza, ktorá sa má otvoriť.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="30"/>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>Uložiť obrázok hlavného okna do SÚBORU a skončiť.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33"/>
        <source>FILE</source>
        <translation>SÚBOR</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="35"/>
        <source>Save pictures of the main screens into FOLDER and quit.</source>
        <translation>Uložiť obrázky hlavných obrazoviek do PRIEČINKA a skončiť.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="36"/>
        <source>FOLDER</source>
        <translation>PRIEČINOK</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="46"/>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>%1 could not be written.</source>
        <translation>%1 sa nepodarilo zapísať.</translation>
    </message>
</context>
</TS>
