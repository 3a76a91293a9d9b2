<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>BatchApply</name>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="21"/>
        <location filename="../../core/domain/BatchApply.cpp" line="26"/>
        <source>Line %1: %2</source>
        <translation>Linia %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="47"/>
        <source>this is not valid JSON (%1 at character %2).</source>
        <translation>acesta nu este JSON valid (%1 la caracterul %2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="52"/>
        <source>each line must be one JSON object.</source>
        <translation>fiecare linie trebuie să fie un singur obiect JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="59"/>
        <source>unknown key &quot;%1&quot;; a line has op, table, id, fields and note.</source>
        <translation>cheie necunoscută „%1”; o linie conține op, table, id, fields și note.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="67"/>
        <source>&quot;op&quot; must be create, update or delete.</source>
        <translation>&quot;op&quot; trebuie să fie create, update sau delete.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="71"/>
        <source>there is no table called &quot;%1&quot;.</source>
        <translation>nu există niciun tabel numit „%1”.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="74"/>
        <source>&quot;id&quot; must be a text id.</source>
        <translation>&quot;id&quot; trebuie să fie un id de tip text.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="78"/>
        <source>an %1 needs the &quot;id&quot; of the record.</source>
        <translation>o operație %1 necesită &quot;id&quot;-ul înregistrării.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="81"/>
        <source>&quot;fields&quot; must be a JSON object.</source>
        <translation>&quot;fields&quot; trebuie să fie un obiect JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="85"/>
        <source>a delete takes no fields.</source>
        <translation>o operație delete nu primește câmpuri.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="91"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 nu are niciun câmp numit „%2”.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="104"/>
        <source>an update needs at least one field.</source>
        <translation>o operație update necesită cel puțin un câmp.</translation>
    </message>
</context>
<context>
    <name>CaseLists</name>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="221"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Households</source>
        <translation>Gospodării</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="223"/>
        <source>Localities</source>
        <translation>Localități</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="225"/>
        <source>Development plans</source>
        <translation>Planuri de dezvoltare</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="227"/>
        <source>Visits and services</source>
        <translation>Vizite și servicii</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="229"/>
        <source>Group events</source>
        <translation>Evenimente de grup</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="231"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="233"/>
        <source>Referrals and hand-overs</source>
        <translation>Referiri și transferuri</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="235"/>
        <source>Caseload</source>
        <translation>Portofoliu de cazuri</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="237"/>
        <source>Overdue plan reviews</source>
        <translation>Revizuiri de plan restante</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="239"/>
        <source>Visits due this week</source>
        <translation>Vizite scadente săptămâna aceasta</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Household</source>
        <translation>Gospodărie</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Case manager</source>
        <translation>Manager de caz</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Municipality</source>
        <translation>Comună/oraș</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>County or region</source>
        <translation>Județ sau regiune</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Next review</source>
        <translation>Următoarea revizuire</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Household or person</source>
        <translation>Gospodărie sau persoană</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>Recorded by</source>
        <translation>Înregistrat de</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <source>Minutes</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <location filename="../../core/casework/CaseLists.cpp" line="320"/>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Attended</source>
        <translation>Au participat</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>External guests</source>
        <translation>Invitați externi</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Experience expert</source>
        <translation>Expert prin experiență</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Training hours</source>
        <translation>Ore de formare</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Born</source>
        <translation>Născut(ă)</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Review was due</source>
        <translation>Revizuire scadentă la</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Next visit</source>
        <translation>Următoarea vizită</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Last visit</source>
        <translation>Ultima vizită</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="328"/>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../core/casework/Choices.cpp" line="45"/>
        <source>There is no list of %1.</source>
        <translation>Nu există nicio listă pentru %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Usage: fieldcase-cli VERB [OPTIONS]</source>
        <translation>Utilizare: fieldcase-cli COMANDĂ [OPȚIUNI]</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Verbs:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="29"/>
        <source>Run fieldcase-cli VERB --help for the options of a verb.</source>
        <translation>Rulați fieldcase-cli COMANDĂ --help pentru opțiunile unei comenzi.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="49"/>
        <source>fieldcase-cli: unknown verb &quot;%1&quot;.</source>
        <translation>fieldcase-cli: comandă necunoscută „%1”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="35"/>
        <source>Prints a case-work list as tab-separated lines with a header: %1.</source>
        <translation>Afișează o listă de lucru pe cazuri ca linii separate prin tabulatori, cu antet: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <source>Which list.</source>
        <translation>Care listă.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="69"/>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="39"/>
        <source>The locality (households) or staff member (caseload) to list, by id.</source>
        <translation>Localitatea (pentru households) sau membrul personalului (pentru caseload) de listat, după id.</translation>
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
        <translation>Ziua pentru care se calculează listele de restanțe și de scadențe (implicit: azi).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="41"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <location filename="../../app/cli/CommandsData.cpp" line="107"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="43"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-LL-ZZ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="42"/>
        <source>At most this many lines (default: all).</source>
        <translation>Cel mult atâtea linii (implicit: toate).</translation>
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
        <translation>Afișează doar câte înregistrări conține lista.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="49"/>
        <source>--list must be one of: %1.</source>
        <translation>--list trebuie să fie una dintre: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="53"/>
        <source>The caseload needs --filter with the id of a staff member.</source>
        <translation>Lista caseload necesită --filter cu id-ul unui membru al personalului.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="58"/>
        <source>--today must be a date written as YYYY-MM-DD.</source>
        <translation>--today trebuie să fie o dată scrisă ca AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="66"/>
        <source>--limit must be a number of lines.</source>
        <translation>--limit trebuie să fie un număr de linii.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="109"/>
        <source>Lists people already in the database who may be the person described: the check made before a new person is saved.</source>
        <translation>Listează persoanele deja existente în baza de date care ar putea fi persoana descrisă: verificarea făcută înainte de salvarea unei persoane noi.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <source>Family name.</source>
        <translation>Numele de familie.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>Given names.</source>
        <translation>Prenumele.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>NAMES</source>
        <translation>PRENUME</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <source>Birth name, when it differs.</source>
        <translation>Numele la naștere, dacă diferă.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <source>Date of birth.</source>
        <translation>Data nașterii.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="119"/>
        <source>Give at least --family and --given.</source>
        <translation>Indicați cel puțin --family și --given.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="123"/>
        <source>--born must be a date written as YYYY-MM-DD.</source>
        <translation>--born trebuie să fie o dată scrisă ca AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="139"/>
        <source>No one on record looks like this person.</source>
        <translation>Nicio persoană din evidență nu seamănă cu această persoană.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="148"/>
        <source>print a case-work list (households, overdue reviews, visits due, ...)</source>
        <translation>afișează o listă de lucru pe cazuri (gospodării, revizuiri restante, vizite scadente, ...)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="150"/>
        <source>find people who may be the person described</source>
        <translation>găsește persoanele care ar putea fi persoana descrisă</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="45"/>
        <source>Creates a database for a programme.</source>
        <translation>Creează o bază de date pentru un program.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <source>The programme&apos;s name.</source>
        <translation>Numele programului.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="48"/>
        <source>catching_up, social_services, community_centre or county_coordination (default catching_up).</source>
        <translation>catching_up, social_services, community_centre sau county_coordination (implicit catching_up).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="49"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>KIND</source>
        <translation>TIP</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>HU, CZ, SK, BG or RO.</source>
        <translation>HU, CZ, SK, BG sau RO.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="56"/>
        <source>init needs --programme NAME.</source>
        <translation>init necesită --programme NUME.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="70"/>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>Această bază de date conține deja programul „%1”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="94"/>
        <source>Created the programme &quot;%1&quot; (%2) in %3.</source>
        <translation>S-a creat programul „%1” (%2) în %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="95"/>
        <source>Its catalogue holds %1 indicators to report on (ESF+ and examples for the programme).</source>
        <translation>Catalogul său conține %1 indicatori pentru raportare (ESF+ și exemple pentru program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="102"/>
        <source>Fills an empty database with a synthetic demo programme.</source>
        <translation>Populează o bază de date goală cu un program demonstrativ sintetic.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="103"/>
        <source>How many people (default 1000).</source>
        <translation>Câte persoane (implicit 1000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="104"/>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>Sămânța aleatoare; aceeași sămânță produce aceleași date (implicit 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="105"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="106"/>
        <source>The last day of the two years of history (default today).</source>
        <translation>Ultima zi a celor doi ani de istoric (implicit azi).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="108"/>
        <source>Print only the summary.</source>
        <translation>Afișează doar rezumatul.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="118"/>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>--people trebuie să fie un număr întreg de la 1 la %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="124"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed trebuie să fie un număr întreg.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="130"/>
        <source>--today must be a real date written as YYYY-MM-DD.</source>
        <translation>--today trebuie să fie o dată reală scrisă ca AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="139"/>
        <source>%1% of people written</source>
        <translation>%1% dintre persoane au fost scrise</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="156"/>
        <source>Demo programme written to %1 in %2 s:</source>
        <translation>Programul demonstrativ a fost scris în %1 în %2 s:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="158"/>
        <source>  %1 localities, %2 staff, %3 households, %4 people</source>
        <translation>  %1 localități, %2 membri ai personalului, %3 gospodării, %4 persoane</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="164"/>
        <source>  %1 plans with %2 goals, %3 visits and services, %4 referrals</source>
        <translation>  %1 planuri cu %2 obiective, %3 vizite și servicii, %4 referiri</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="170"/>
        <source>  %1 group events with %2 attendances; %3 records in all</source>
        <translation>  %1 evenimente de grup cu %2 participări; %3 înregistrări în total</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="180"/>
        <source>Prints every synced record as one JSON object a line, sorted, without machine-local data.</source>
        <translation>Afișează fiecare înregistrare sincronizată ca un obiect JSON pe linie, sortat, fără datele locale ale calculatorului.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="181"/>
        <source>Write to this file instead of standard output.</source>
        <translation>Scrie în acest fișier în loc de ieșirea standard.</translation>
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
        <translation>FIȘIER</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="193"/>
        <location filename="../../app/cli/CommandsData.cpp" line="201"/>
        <source>%1 cannot be written.</source>
        <translation>%1 nu poate fi scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="215"/>
        <source>Checks the database: SQLite integrity, foreign keys and Fieldcase&apos;s own invariants.</source>
        <translation>Verifică baza de date: integritatea SQLite, cheile străine și invarianții proprii ai Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="228"/>
        <source>%1: no problems found.</source>
        <translation>%1: nu s-a găsit nicio problemă.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsData.cpp" line="234"/>
        <source>fieldcase-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>fieldcase-cli: s-a găsit %n problemă.</numerusform>
            <numerusform>fieldcase-cli: s-au găsit %n probleme.</numerusform>
            <numerusform>fieldcase-cli: s-au găsit %n de probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="240"/>
        <source>Applies a batch of create, update and delete operations (JSON lines), all or nothing.</source>
        <translation>Aplică un lot de operații de creare, actualizare și ștergere (linii JSON), integral sau deloc.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="241"/>
        <source>The batch file, or - for standard input.</source>
        <translation>Fișierul lotului sau - pentru intrarea standard.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="246"/>
        <source>apply needs exactly one batch FILE.</source>
        <translation>apply necesită exact un FIȘIER de lot.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="254"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="141"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="142"/>
        <source>%1 cannot be read.</source>
        <translation>%1 nu poate fi citit.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="263"/>
        <source>Nothing of the batch was written.</source>
        <translation>Nimic din lot nu a fost scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="266"/>
        <source>Applied %1: %2 created, %3 updated, %4 deleted.</source>
        <translation>S-a aplicat %1: %2 create, %3 actualizate, %4 șterse.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="279"/>
        <source>create a database for a programme</source>
        <translation>creează o bază de date pentru un program</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="280"/>
        <source>fill an empty database with a synthetic demo programme</source>
        <translation>populează o bază de date goală cu un program demonstrativ sintetic</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="281"/>
        <source>print all synced data, canonical and sorted</source>
        <translation>afișează toate datele sincronizate, în formă canonică și sortate</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="282"/>
        <source>check integrity, foreign keys and invariants</source>
        <translation>verifică integritatea, cheile străine și invarianții</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="283"/>
        <source>apply a batch of operations (JSON lines), all or nothing</source>
        <translation>aplică un lot de operații (linii JSON), integral sau deloc</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="33"/>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Fișierul cu fraza de acces %1 nu poate fi citit.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="53"/>
        <source>this copy</source>
        <translation>această copie</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="55"/>
        <source>central copy</source>
        <translation>copia centrală</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="61"/>
        <source>%1 (device clock)</source>
        <translation>%1 (ceasul dispozitivului)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="65"/>
        <source>Enrols a laptop: writes its enrolment file (keys, caseload and reference data), protected by a passphrase.</source>
        <translation>Înrolează un laptop: scrie fișierul lui de înrolare (chei, portofoliu de cazuri și date de referință), protejat cu o frază de acces.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <source>A name for the laptop.</source>
        <translation>Un nume pentru laptop.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="68"/>
        <source>The staff member (account or full name) who uses it.</source>
        <translation>Membrul personalului (cont sau nume complet) care îl folosește.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="70"/>
        <source>The enrolment file to write.</source>
        <translation>Fișierul de înrolare de scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="72"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE); without either a passphrase is made and printed.</source>
        <translation>Citește fraza de acces din acest fișier (sau setați FIELDCASE_PASSPHRASE); fără niciuna dintre ele se generează și se afișează o frază de acces.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="80"/>
        <source>enrol needs --%1.</source>
        <translation>enrol necesită --%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="100"/>
        <source>Enrolled the laptop &quot;%1&quot; (device %2): %n record(s) of caseload and reference data in %3.</source>
        <translation>
            <numerusform>S-a înrolat laptopul „%1” (dispozitivul %2): %n înregistrare din portofoliul de cazuri și datele de referință în %3.</numerusform>
            <numerusform>S-a înrolat laptopul „%1” (dispozitivul %2): %n înregistrări din portofoliul de cazuri și datele de referință în %3.</numerusform>
            <numerusform>S-a înrolat laptopul „%1” (dispozitivul %2): %n de înregistrări din portofoliul de cazuri și datele de referință în %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="105"/>
        <source>Passphrase: %1</source>
        <translation>Fraza de acces: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="106"/>
        <source>Give the passphrase to the worker separately, never together with the file.</source>
        <translation>Comunicați fraza de acces lucrătorului separat, niciodată împreună cu fișierul.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="108"/>
        <source>Central copy&apos;s key: %1</source>
        <translation>Cheia copiei centrale: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="109"/>
        <source>Tell it to the worker (read it out or print it), who gives it to join with --central-key, so that the laptop refuses an enrolment file that another copy made.</source>
        <translation>Comunicați-o lucrătorului (citiți-o cu voce tare sau tipăriți-o), care o indică la join cu --central-key, astfel încât laptopul să refuze un fișier de înrolare făcut de o altă copie.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="117"/>
        <source>Makes a new, empty database the laptop&apos;s copy of a programme, from an enrolment file.</source>
        <translation>Transformă o bază de date nouă, goală, în copia de pe laptop a unui program, pe baza unui fișier de înrolare.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="118"/>
        <source>The enrolment file.</source>
        <translation>Fișierul de înrolare.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="120"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE).</source>
        <translation>Citește fraza de acces din acest fișier (sau setați FIELDCASE_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="122"/>
        <source>The central copy&apos;s key as the supervisor gave it (printed by enrol): an enrolment file signed with another key is refused.</source>
        <translation>Cheia copiei centrale, așa cum a comunicat-o supervizorul (afișată de enrol): un fișier de înrolare semnat cu o altă cheie este refuzat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="124"/>
        <source>FINGERPRINT</source>
        <translation>AMPRENTĂ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="129"/>
        <source>join needs exactly one enrolment FILE.</source>
        <translation>join necesită exact un FIȘIER de înrolare.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="136"/>
        <source>join needs the passphrase: --passphrase-file FILE or the environment variable FIELDCASE_PASSPHRASE.</source>
        <translation>join necesită fraza de acces: --passphrase-file FIȘIER sau variabila de mediu FIELDCASE_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="150"/>
        <source>Joined as &quot;%1&quot;: %n record(s) received.</source>
        <translation>
            <numerusform>Alăturat ca „%1”: %n înregistrare primită.</numerusform>
            <numerusform>Alăturat ca „%1”: %n înregistrări primite.</numerusform>
            <numerusform>Alăturat ca „%1”: %n de înregistrări primite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="153"/>
        <source>Central copy&apos;s key: %1 (the key given: checked).</source>
        <translation>Cheia copiei centrale: %1 (cheia indicată: verificată).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="155"/>
        <source>Central copy&apos;s key: %1 (not checked).</source>
        <translation>Cheia copiei centrale: %1 (neverificată).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="156"/>
        <source>Compare it with the key your supervisor reads out or printed. If they differ, this file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Comparați-o cu cheia pe care v-a citit-o sau v-a tipărit-o supervizorul. Dacă diferă, acest fișier nu a fost făcut de copia dumneavoastră centrală: nu folosiți această bază de date și anunțați-l pe supervizor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="164"/>
        <source>Writes the laptop&apos;s changes since its last export, encrypted to the central copy and signed.</source>
        <translation>Scrie modificările laptopului de la ultimul export, criptate pentru copia centrală și semnate.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="166"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="408"/>
        <source>The package file to write.</source>
        <translation>Fișierul pachetului de scris.</translation>
    </message>
    <message>
        <source>Export every change made on this laptop again (when a file was lost).</source>
        <translation type="vanished">Exportă din nou toate modificările făcute pe acest laptop (când un fișier s-a pierdut).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="168"/>
        <source>Export every change made on this laptop, in a file that stands in for all earlier ones (when a file was lost, or the central copy says it waits for one).</source>
        <translation>Exportă toate modificările făcute pe acest laptop, într-un fișier care le înlocuiește pe toate cele anterioare (când un fișier s-a pierdut sau copia centrală indică faptul că așteaptă unul).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="174"/>
        <source>export needs --out FILE.</source>
        <translation>export necesită --out FIȘIER.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="185"/>
        <source>Nothing new to export: every change was in an earlier file. No file was written.</source>
        <translation>Nimic nou de exportat: fiecare modificare era într-un fișier anterior. Nu s-a scris niciun fișier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="189"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.</source>
        <translation>
            <numerusform>S-a exportat %n modificare ca fișierul %1 al acestui laptop în %2, cu tot conținutul începând cu fișierul %3.</numerusform>
            <numerusform>S-au exportat %n modificări ca fișierul %1 al acestui laptop în %2, cu tot conținutul începând cu fișierul %3.</numerusform>
            <numerusform>S-au exportat %n de modificări ca fișierul %1 al acestui laptop în %2, cu tot conținutul începând cu fișierul %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="197"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2.</source>
        <translation>
            <numerusform>S-a exportat %n modificare ca fișierul %1 al acestui laptop în %2.</numerusform>
            <numerusform>S-au exportat %n modificări ca fișierul %1 al acestui laptop în %2.</numerusform>
            <numerusform>S-au exportat %n de modificări ca fișierul %1 al acestui laptop în %2.</numerusform>
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
        <translation> (fișierul %1 de la %2, cu tot conținutul începând cu fișierul %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="222"/>
        <source> (file %1 from %2)</source>
        <translation> (fișierul %1 de la %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 refused change(s)</source>
        <translation type="vanished">%1 noi, %2 modificate, %3 deja prezente, %4 în conflict, %5 posibile duplicate, %6 modificări refuzate</translation>
    </message>
    <message>
        <source>refused change: %1</source>
        <translation type="vanished">modificare refuzată: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="253"/>
        <source>possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>posibil duplicat: %1 (%2) și %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="258"/>
        <source>also merged, after waiting: %1</source>
        <translation>îmbinat și acesta, după așteptare: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="261"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="305"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="566"/>
        <source>backup before merging: %1</source>
        <translation>copie de siguranță înainte de îmbinare: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="266"/>
        <source>Merges exchange files: laptops&apos; exports into the central copy, or a return package into a laptop.</source>
        <translation>Îmbină fișiere de schimb: exporturile laptopurilor în copia centrală sau un pachet de retur într-un laptop.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>The files, in any order.</source>
        <translation>Fișierele, în orice ordine.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>FILE...</source>
        <translation>FIȘIER...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="269"/>
        <source>Only show what merging would do; write nothing.</source>
        <translation>Arată doar ce ar face îmbinarea; nu scrie nimic.</translation>
    </message>
    <message>
        <source>Do not copy the database aside before each file.</source>
        <translation type="vanished">Nu face o copie de siguranță a bazei de date înainte de fiecare fișier.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="233"/>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 set aside</source>
        <translation>%1 noi, %2 modificate, %3 deja prezente, %4 în conflict, %5 posibile duplicate, %6 puse deoparte</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="243"/>
        <source>set aside: %1</source>
        <translation>puse deoparte: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="247"/>
        <source>Changes set aside are kept, and merged as soon as this copy can use them (once Fieldcase is updated); fieldcase-cli quarantine lists them.</source>
        <translation>Modificările puse deoparte sunt păstrate și îmbinate de îndată ce această copie le poate folosi (după actualizarea Fieldcase); fieldcase-cli quarantine le listează.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="270"/>
        <source>Do not copy the database aside before merging.</source>
        <translation>Nu face o copie a bazei de date înainte de îmbinare.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="275"/>
        <source>merge needs at least one FILE.</source>
        <translation>merge necesită cel puțin un FIȘIER.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="286"/>
        <source>Merging %1…</source>
        <translation>Se îmbină %1…</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="287"/>
        <source>Merged %1</source>
        <translation>S-a îmbinat %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="292"/>
        <source>fieldcase-cli: the changes set aside by earlier merges could not be tried again: %1. They are kept.</source>
        <translation>fieldcase-cli: modificările puse deoparte de îmbinările anterioare nu au putut fi încercate din nou: %1. Sunt păstrate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="297"/>
        <source>%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</source>
        <translation>
            <numerusform>%n modificare pe care îmbinările anterioare o puseseră deoparte este îmbinată acum (%1 noi, %2 modificate, %3 în conflict).</numerusform>
            <numerusform>%n modificări pe care îmbinările anterioare le puseseră deoparte sunt îmbinate acum (%1 noi, %2 modificate, %3 în conflict).</numerusform>
            <numerusform>%n de modificări pe care îmbinările anterioare le puseseră deoparte sunt îmbinate acum (%1 noi, %2 modificate, %3 în conflict).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="314"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulare: nu s-a scris nimic.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="317"/>
        <source>fieldcase-cli: %n file(s) refused; the database is unchanged by them.</source>
        <translation>
            <numerusform>fieldcase-cli: %n fișier refuzat; baza de date nu a fost modificată de acesta.</numerusform>
            <numerusform>fieldcase-cli: %n fișiere refuzate; baza de date nu a fost modificată de acestea.</numerusform>
            <numerusform>fieldcase-cli: %n de fișiere refuzate; baza de date nu a fost modificată de acestea.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="325"/>
        <source>Lists the open conflicts, one a line.</source>
        <translation>Listează conflictele deschise, câte unul pe linie.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5]</source>
        <translation>%1=%2 [%3, %4, %5]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5, of the merged duplicate]</source>
        <translation>%1=%2 [%3, %4, %5, din duplicatul îmbinat]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="352"/>
        <source>deleted-vs-edited</source>
        <translation>șters-vs-editat</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="354"/>
        <source>special category: decide explicitly</source>
        <translation>categorie specială: decideți explicit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="357"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n conflict deschis.</numerusform>
            <numerusform>%n conflicte deschise.</numerusform>
            <numerusform>%n de conflicte deschise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="362"/>
        <source>Decides one conflict; the decision travels back to the laptops.</source>
        <translation>Decide un conflict; decizia ajunge înapoi la laptopuri.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="363"/>
        <source>The conflict number (from conflicts).</source>
        <translation>Numărul conflictului (din conflicts).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="364"/>
        <source>The version to keep: a, b (c... when there are more).</source>
        <translation>Versiunea păstrată: a, b (c... când sunt mai multe).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="365"/>
        <source>a|b</source>
        <translation>a|b</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>A new value instead of one of the versions.</source>
        <translation>O valoare nouă în locul uneia dintre versiuni.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="373"/>
        <source>resolve needs --conflict ID, a number from fieldcase-cli conflicts.</source>
        <translation>resolve necesită --conflict ID, un număr din fieldcase-cli conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="377"/>
        <source>resolve needs either --take a|b or --value TEXT.</source>
        <translation>resolve necesită fie --take a|b, fie --value TEXT.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="388"/>
        <source>--take must be a letter: a, b, ...</source>
        <translation>--take trebuie să fie o literă: a, b, ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="397"/>
        <source>Conflict %1 decided; the decision is logged (change %2) and goes back to the laptops.</source>
        <translation>Conflictul %1 a fost decis; decizia este înregistrată în jurnal (modificarea %2) și ajunge înapoi la laptopuri.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="405"/>
        <source>Writes a laptop&apos;s return package: its updated caseload, reference data and decided conflicts.</source>
        <translation>Scrie pachetul de retur al unui laptop: portofoliul de cazuri actualizat, datele de referință și conflictele decise.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="407"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="478"/>
        <source>The laptop (its name or device id).</source>
        <translation>Laptopul (numele sau id-ul dispozitivului).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="410"/>
        <source>Send the laptop&apos;s whole caseload history, in a package that stands in for all earlier ones (when a return package was lost, or the laptop says it waits for one).</source>
        <translation>Trimite întregul istoric al portofoliului de cazuri al laptopului, într-un pachet care le înlocuiește pe toate cele anterioare (când un pachet de retur s-a pierdut sau laptopul indică faptul că așteaptă unul).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="416"/>
        <source>return needs --device ID and --out FILE.</source>
        <translation>return necesită --device ID și --out FIȘIER.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="428"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nimic nou pentru „%1”: laptopul are deja totul. Nu s-a scris niciun fișier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="434"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3, with everything since return package %4.</source>
        <translation>
            <numerusform>S-a scris pachetul de retur %1 pentru „%2”: %n modificare în %3, cu tot conținutul începând cu pachetul de retur %4.</numerusform>
            <numerusform>S-a scris pachetul de retur %1 pentru „%2”: %n modificări în %3, cu tot conținutul începând cu pachetul de retur %4.</numerusform>
            <numerusform>S-a scris pachetul de retur %1 pentru „%2”: %n de modificări în %3, cu tot conținutul începând cu pachetul de retur %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="443"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3.</source>
        <translation>
            <numerusform>S-a scris pachetul de retur %1 pentru „%2”: %n modificare în %3.</numerusform>
            <numerusform>S-a scris pachetul de retur %1 pentru „%2”: %n modificări în %3.</numerusform>
            <numerusform>S-a scris pachetul de retur %1 pentru „%2”: %n de modificări în %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="451"/>
        <source>Lists the laptops enrolled in this central copy.</source>
        <translation>Listează laptopurile înrolate în această copie centrală.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>revoked</source>
        <translation>revocat</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="466"/>
        <source>last file merged: %1</source>
        <translation>ultimul fișier îmbinat: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="470"/>
        <source>This central copy&apos;s key: %1</source>
        <translation>Cheia acestei copii centrale: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="477"/>
        <source>Withdraws a laptop&apos;s enrolment (lost or stolen): its files are refused from now on.</source>
        <translation>Retrage înrolarea unui laptop (pierdut sau furat): fișierele lui vor fi refuzate de acum înainte.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="494"/>
        <source>The laptop &quot;%1&quot; is revoked; its files will be refused.</source>
        <translation>Laptopul „%1” este revocat; fișierele lui vor fi refuzate.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="499"/>
        <source>Lists possible duplicate persons found while merging.</source>
        <translation>Listează posibilele persoane duplicate găsite la îmbinare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="515"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n posibil duplicat.</numerusform>
            <numerusform>%n posibile duplicate.</numerusform>
            <numerusform>%n de posibile duplicate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="521"/>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; details the kept person lacks are taken over, details both have with different values become conflicts to decide; the duplicate is redirected.</source>
        <translation>Îmbină o persoană duplicată într-o alta: toate vizitele, planurile și consimțămintele se mută; detaliile care îi lipsesc persoanei păstrate sunt preluate, iar detaliile pe care le au amândouă, cu valori diferite, devin conflicte de decis; duplicatul este redirecționat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="634"/>
        <source>list the changes set aside by merges, or try them again</source>
        <translation>listează modificările puse deoparte de îmbinări sau le încearcă din nou</translation>
    </message>
    <message>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; the duplicate is redirected.</source>
        <translation type="vanished">Îmbină o persoană duplicată într-o alta: toate vizitele, planurile și consimțămintele se mută; duplicatul este redirecționat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="524"/>
        <source>The person who stays.</source>
        <translation>Persoana care rămâne.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="525"/>
        <source>The duplicate, merged into the other.</source>
        <translation>Duplicatul, îmbinat în cealaltă.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="530"/>
        <source>merge-persons needs --keep ID and --merge ID.</source>
        <translation>merge-persons necesită --keep ID și --merge ID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="540"/>
        <source>Merged: %n record(s) now point at the person kept.</source>
        <translation>
            <numerusform>Îmbinare făcută: %n înregistrare indică acum persoana păstrată.</numerusform>
            <numerusform>Îmbinare făcută: %n înregistrări indică acum persoana păstrată.</numerusform>
            <numerusform>Îmbinare făcută: %n de înregistrări indică acum persoana păstrată.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="542"/>
        <source>%n detail(s) that only the duplicate had were taken over.</source>
        <translation>
            <numerusform>A fost preluat %n detaliu pe care îl avea doar duplicatul.</numerusform>
            <numerusform>Au fost preluate %n detalii pe care le avea doar duplicatul.</numerusform>
            <numerusform>Au fost preluate %n de detalii pe care le avea doar duplicatul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="545"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</source>
        <translation>
            <numerusform>%n valoare diferită între cele două așteaptă o decizie în Conflicte în așteptare: listați-o cu conflicts, decideți cu resolve. Până atunci rămân în uz valorile persoanei păstrate.</numerusform>
            <numerusform>%n valori diferite între cele două așteaptă o decizie în Conflicte în așteptare: listați-le cu conflicts, decideți cu resolve. Până atunci rămân în uz valorile persoanei păstrate.</numerusform>
            <numerusform>%n de valori diferite între cele două așteaptă o decizie în Conflicte în așteptare: listați-le cu conflicts, decideți cu resolve. Până atunci rămân în uz valorile persoanei păstrate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="554"/>
        <source>%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</source>
        <translation>
            <numerusform>%n modificare îmbinată (%1 noi, %2 modificate, %3 în conflict, %4 posibile duplicate).</numerusform>
            <numerusform>%n modificări îmbinate (%1 noi, %2 modificate, %3 în conflict, %4 posibile duplicate).</numerusform>
            <numerusform>%n de modificări îmbinate (%1 noi, %2 modificate, %3 în conflict, %4 posibile duplicate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="561"/>
        <source>%n change(s) still set aside.</source>
        <translation>
            <numerusform>%n modificare este încă pusă deoparte.</numerusform>
            <numerusform>%n modificări sunt încă puse deoparte.</numerusform>
            <numerusform>%n de modificări sunt încă puse deoparte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="563"/>
        <source>still set aside: %1</source>
        <translation>încă puse deoparte: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="572"/>
        <source>Lists the changes that merges set aside because this copy cannot use them (a table or field it does not know, a value it does not accept), as tab-separated lines with a header. They are kept, and merged as soon as this copy can use them.</source>
        <translation>Listează modificările pe care îmbinările le-au pus deoparte pentru că această copie nu le poate folosi (un tabel sau un câmp pe care nu îl cunoaște, o valoare pe care nu o acceptă), ca linii separate prin tabulatori, cu un antet. Ele sunt păstrate și îmbinate de îndată ce această copie le poate folosi.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="575"/>
        <source>Try them again now: merge those this copy can use (after a backup), and say why the others are still set aside.</source>
        <translation>Le încearcă din nou acum: le îmbină pe cele pe care această copie le poate folosi (după o copie de siguranță) și spune de ce celelalte sunt încă puse deoparte.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="608"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="615"/>
        <source>%n change(s) set aside.</source>
        <translation>
            <numerusform>%n modificare pusă deoparte.</numerusform>
            <numerusform>%n modificări puse deoparte.</numerusform>
            <numerusform>%n de modificări puse deoparte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="623"/>
        <source>enrol a laptop: write its enrolment file</source>
        <translation>înrolează un laptop: scrie fișierul lui de înrolare</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="624"/>
        <source>make a new laptop database from an enrolment file</source>
        <translation>creează o bază de date nouă pe laptop dintr-un fișier de înrolare</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="625"/>
        <source>write the laptop&apos;s new changes for the central copy</source>
        <translation>scrie modificările noi ale laptopului pentru copia centrală</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="626"/>
        <source>merge exchange files (preview with --dry-run)</source>
        <translation>îmbină fișiere de schimb (previzualizare cu --dry-run)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="627"/>
        <source>list open conflicts</source>
        <translation>listează conflictele deschise</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="628"/>
        <source>decide a conflict</source>
        <translation>decide un conflict</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="629"/>
        <source>write a laptop&apos;s return package</source>
        <translation>scrie pachetul de retur al unui laptop</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="630"/>
        <source>list enrolled laptops</source>
        <translation>listează laptopurile înrolate</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="631"/>
        <source>withdraw a laptop&apos;s enrolment</source>
        <translation>retrage înrolarea unui laptop</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="632"/>
        <source>list possible duplicate persons</source>
        <translation>listează posibilele persoane duplicate</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="633"/>
        <source>merge a duplicate person into another</source>
        <translation>îmbină o persoană duplicată într-o alta</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="28"/>
        <source>Prints a document to PDF: a development plan, a plan review, a visit record, an attendance sheet, a consent form or a case summary; or, for municipality staff, every plan of a locality that awaits signature, in one PDF.</source>
        <translation>Tipărește un document în PDF: un plan de dezvoltare, o revizuire a planului, o fișă de vizită, o listă de prezență, un formular de consimțământ sau un rezumat de caz; sau, pentru personalul primăriei, toate planurile unei localități care așteaptă semnătura, într-un singur PDF.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>The document: %1.</source>
        <translation>Documentul: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="33"/>
        <source>The record to print: a plan, plan review, activity, event, consent or person id.</source>
        <translation>Înregistrarea de tipărit: id-ul unui plan, al unei revizuiri de plan, al unei activități, al unui eveniment, al unui consimțământ sau al unei persoane.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="35"/>
        <source>Print a batch for this locality (with --awaiting-signature).</source>
        <translation>Tipărește un lot pentru această localitate (cu --awaiting-signature).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="37"/>
        <source>The batch: every plan whose status is awaiting signature.</source>
        <translation>Lotul: toate planurile aflate în așteptarea semnăturii.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>The PDF file to write.</source>
        <translation>Fișierul PDF de scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>FIȘIER.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="45"/>
        <source>print needs --out FILE.pdf, the file to write.</source>
        <translation>print necesită --out FIȘIER.pdf, fișierul de scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="51"/>
        <source>Give either --kind and --id for one document, or --locality ID --awaiting-signature for a batch, not both.</source>
        <translation>Indicați fie --kind și --id pentru un singur document, fie --locality ID --awaiting-signature pentru un lot, nu pe amândouă.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="55"/>
        <source>A batch needs both --locality ID and --awaiting-signature.</source>
        <translation>Un lot necesită atât --locality ID, cât și --awaiting-signature.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="59"/>
        <source>print needs --kind KIND and --id ID (or --locality ID --awaiting-signature for a batch).</source>
        <translation>print necesită --kind TIP și --id ID (sau --locality ID --awaiting-signature pentru un lot).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="64"/>
        <source>Unknown document kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>Tip de document necunoscut „%1”. Tipurile sunt: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="82"/>
        <source>No plan in locality %1 awaits signature; nothing was written.</source>
        <translation>Niciun plan din localitatea %1 nu așteaptă semnătura; nu s-a scris nimic.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="93"/>
        <source>Wrote %1: documents %2, pages %3.</source>
        <translation>S-a scris %1: documente %2, pagini %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="100"/>
        <source>Sets or removes the logos printed in the letterhead of documents on this machine (PNG, JPEG or SVG).</source>
        <translation>Setează sau elimină siglele tipărite în antetul documentelor pe acest calculator (PNG, JPEG sau SVG).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="102"/>
        <source>The image for the left of the letterhead.</source>
        <translation>Imaginea din stânga antetului.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="103"/>
        <source>The image for the right of the letterhead.</source>
        <translation>Imaginea din dreapta antetului.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="104"/>
        <source>Remove the left logo.</source>
        <translation>Elimină sigla din stânga.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="105"/>
        <source>Remove the right logo.</source>
        <translation>Elimină sigla din dreapta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="106"/>
        <source>The programme (default: the first of the database).</source>
        <translation>Programul (implicit: primul din baza de date).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="115"/>
        <source>logo needs --left FILE, --right FILE, --clear-left or --clear-right.</source>
        <translation>logo necesită --left FIȘIER, --right FIȘIER, --clear-left sau --clear-right.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="132"/>
        <source>The database holds no programme; create one with init.</source>
        <translation>Baza de date nu conține niciun program; creați unul cu init.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="148"/>
        <source>The %1 logo is now %2.</source>
        <translation>Sigla „%1” este acum %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="158"/>
        <source>The %1 logo was removed.</source>
        <translation>Sigla „%1” a fost eliminată.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="175"/>
        <source>prints plans, visit records, attendance sheets, consent forms to PDF</source>
        <translation>tipărește în PDF planuri, fișe de vizită, liste de prezență, formulare de consimțământ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="177"/>
        <source>sets the logos of the letterhead of printed documents</source>
        <translation>setează siglele din antetul documentelor tipărite</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="32"/>
        <source>Writes a report of the programme to CSV, XLSX or PDF: the ESF common indicators on participants, or the programme&apos;s indicators planned against achieved. ESF reports are made for outside the programme (counts of 1 to 4 people suppressed, no names) unless --internal is given; indicator reports are internal unless --outside is given.</source>
        <translation>Scrie un raport al programului în CSV, XLSX sau PDF: indicatorii comuni ESF pentru participanți sau indicatorii programului, planificat față de realizat. Rapoartele ESF sunt făcute pentru exteriorul programului (valorile de 1 până la 4 persoane sunt suprimate, fără nume), cu excepția cazului în care se indică --internal; rapoartele de indicatori sunt interne, cu excepția cazului în care se indică --outside.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="37"/>
        <source>The ESF common indicators on participants: 2021 (ESF+ 2021-2027) or 2014 (ESF 2014-2020).</source>
        <translation>Indicatorii comuni ESF pentru participanți: 2021 (ESF+ 2021-2027) sau 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="38"/>
        <source>SET</source>
        <translation>SET</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="39"/>
        <source>The programme&apos;s indicators, planned against achieved.</source>
        <translation>Indicatorii programului, planificat față de realizat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="41"/>
        <source>The first day of the period (default: the programme&apos;s start date, else 1 January of this year).</source>
        <translation>Prima zi a perioadei (implicit: data de început a programului, altfel 1 ianuarie al anului curent).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="45"/>
        <source>The last day of the period (default: the programme&apos;s end date, else 31 December of this year).</source>
        <translation>Ultima zi a perioadei (implicit: data de încheiere a programului, altfel 31 decembrie al anului curent).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="48"/>
        <source>Only this locality (default: the whole programme).</source>
        <translation>Doar această localitate (implicit: întregul program).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="51"/>
        <source>For use inside the programme: small counts are not suppressed. Such a file must not leave the programme.</source>
        <translation>Pentru uz în cadrul programului: valorile mici nu sunt suprimate. Un astfel de fișier nu trebuie să iasă din program.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="54"/>
        <source>For outside the programme: small counts suppressed, names and ids left out (the default for --esf).</source>
        <translation>Pentru exteriorul programului: valorile mici sunt suprimate, numele și id-urile sunt omise (implicit pentru --esf).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="57"/>
        <source>The file format: %1.</source>
        <translation>Formatul fișierului: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="58"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="59"/>
        <source>The file to write.</source>
        <translation>Fișierul de scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="66"/>
        <source>Give either --esf or --indicators, not both.</source>
        <translation>Indicați fie --esf, fie --indicators, nu pe amândouă.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="67"/>
        <source>report needs the report to make: --esf 2021, --esf 2014 or --indicators.</source>
        <translation>report necesită raportul de făcut: --esf 2021, --esf 2014 sau --indicators.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="78"/>
        <source>Unknown ESF indicator set &quot;%1&quot;. Give --esf 2021 (ESF+ 2021-2027) or --esf 2014 (ESF 2014-2020).</source>
        <translation>Set de indicatori ESF necunoscut „%1”. Indicați --esf 2021 (ESF+ 2021-2027) sau --esf 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="84"/>
        <source>Give either --internal or --outside, not both.</source>
        <translation>Indicați fie --internal, fie --outside, nu pe amândouă.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="88"/>
        <source>report needs --format FORMAT: %1.</source>
        <translation>report necesită --format FORMAT: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="93"/>
        <source>Unknown format &quot;%1&quot;. The formats are: %2.</source>
        <translation>Format necunoscut „%1”. Formatele sunt: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="98"/>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report necesită --out FIȘIER, fișierul de scris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="135"/>
        <source>%1 to %2</source>
        <translation>%1 până la %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="137"/>
        <source>Wrote %1 (%2): %n row(s), for outside the programme; cells suppressed: %3.</source>
        <translation>
            <numerusform>S-a scris %1 (%2): %n rând, pentru exteriorul programului; celule suprimate: %3.</numerusform>
            <numerusform>S-a scris %1 (%2): %n rânduri, pentru exteriorul programului; celule suprimate: %3.</numerusform>
            <numerusform>S-a scris %1 (%2): %n de rânduri, pentru exteriorul programului; celule suprimate: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="143"/>
        <source>Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave the programme.</source>
        <translation>
            <numerusform>S-a scris %1 (%2): %n rând, intern: valorile mici sunt afișate, deci fișierul nu trebuie să iasă din program.</numerusform>
            <numerusform>S-a scris %1 (%2): %n rânduri, intern: valorile mici sunt afișate, deci fișierul nu trebuie să iasă din program.</numerusform>
            <numerusform>S-a scris %1 (%2): %n de rânduri, intern: valorile mici sunt afișate, deci fișierul nu trebuie să iasă din program.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="156"/>
        <source>writes the ESF indicators or planned against achieved to CSV, XLSX or PDF</source>
        <translation>scrie indicatorii ESF sau planificat față de realizat în CSV, XLSX sau PDF</translation>
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
        <translation>Nu există niciun conflict deschis cu numărul %1. Poate a fost deja rezolvat; listați din nou conflictele deschise.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="130"/>
        <source>(deleted)</source>
        <translation>(șters)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="141"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="143"/>
        <source>(kept: still pointed at by %1)</source>
        <translation>(se păstrează: încă există referiri la ea din %1)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="153"/>
        <source>(edited)</source>
        <translation>(editat)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="161"/>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/ConflictStore.cpp" line="170"/>
        <source>Conflict %1 has %n version(s); choose one of them.</source>
        <translation>
            <numerusform>Conflictul %1 are %n versiune; alegeți una dintre ele.</numerusform>
            <numerusform>Conflictul %1 are %n versiuni; alegeți una dintre ele.</numerusform>
            <numerusform>Conflictul %1 are %n de versiuni; alegeți una dintre ele.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="180"/>
        <source>Conflict %1: this record cannot stay deleted while other records point at it. Keep it, or first change the records that point at it and decide again.</source>
        <translation>Conflictul %1: această înregistrare nu poate rămâne ștearsă cât timp alte înregistrări fac referire la ea. Păstrați-o sau modificați mai întâi înregistrările care fac referire la ea și decideți din nou.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="196"/>
        <source>A deleted record is kept deleted or restored; choose one of the versions.</source>
        <translation>O înregistrare ștearsă rămâne ștearsă sau este restaurată; alegeți una dintre versiuni.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="210"/>
        <source>%1 is required and cannot be left empty.</source>
        <translation>%1 este obligatoriu și nu poate rămâne necompletat.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="222"/>
        <source>Conflict %1 decided</source>
        <translation>Conflictul %1 a fost decis</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="248"/>
        <source>Conflict %1 decided: stays deleted</source>
        <translation>Conflictul %1 a fost decis: rămâne șters</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="249"/>
        <source>Conflict %1 decided: restored</source>
        <translation>Conflictul %1 a fost decis: restaurat</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="8"/>
        <source>I agree that the programme team records my personal data and the data of my household that are needed for our work together: names, dates of birth, contact details, the development plan, visits, services and agreements.</source>
        <translation>Sunt de acord ca echipa programului să înregistreze datele mele personale și datele gospodăriei mele necesare pentru colaborarea noastră: nume, date de naștere, date de contact, planul de dezvoltare, vizitele, serviciile și înțelegerile.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="11"/>
        <source>The data are used only to plan and provide support to me and my family and to report to the funder in a form that does not identify me.</source>
        <translation>Datele sunt folosite doar pentru a planifica și a oferi sprijin mie și familiei mele și pentru raportarea către finanțator într-o formă care nu mă identifică.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="15"/>
        <source>I agree that the programme team shares the data needed for my support with the services named in my development plan (for example the family support service, the job centre, the school or the district nurse).</source>
        <translation>Sunt de acord ca echipa programului să transmită datele necesare pentru sprijinul meu serviciilor menționate în planul meu de dezvoltare (de exemplu serviciul de sprijin pentru familie, agenția de ocupare a forței de muncă, școala sau asistentul medical comunitar).</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="18"/>
        <source>Only the data that a service needs for the task are shared, and each sharing is recorded.</source>
        <translation>Se transmit doar datele de care un serviciu are nevoie pentru sarcina respectivă, iar fiecare transmitere este înregistrată.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="21"/>
        <source>I agree that the programme team refers me to another service and sends that service my name, contact details and the reason for the referral.</source>
        <translation>Sunt de acord ca echipa programului să mă refere către un alt serviciu și să transmită acelui serviciu numele meu, datele mele de contact și motivul referirii.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="23"/>
        <source>The receiving service tells the team whether it accepted the referral and how it ended.</source>
        <translation>Serviciul care primește referirea comunică echipei dacă a acceptat-o și cum s-a încheiat.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="26"/>
        <source>I agree that the programme records data about my health, disability or ethnic origin, which the law protects specially, because I want them taken into account in my support.</source>
        <translation>Sunt de acord ca programul să înregistreze date despre sănătatea mea, despre dizabilitate sau despre originea etnică, pe care legea le protejează în mod special, deoarece doresc ca acestea să fie luate în considerare în sprijinul pe care îl primesc.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="28"/>
        <source>These data are seen only by the staff who work with me and are never printed in reports that leave the programme.</source>
        <translation>Aceste date sunt văzute doar de personalul care lucrează cu mine și nu sunt tipărite niciodată în rapoartele care ies din program.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="32"/>
        <source>I agree that photographs or video in which I can be recognised are taken at programme events and used in the programme&apos;s reports and publications.</source>
        <translation>Sunt de acord ca la evenimentele programului să fie realizate fotografii sau înregistrări video în care pot fi recunoscut(ă) și ca acestea să fie folosite în rapoartele și publicațiile programului.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="34"/>
        <source>I can ask at any time that a picture of me is not used again.</source>
        <translation>Pot cere oricând ca o imagine cu mine să nu mai fie folosită.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="37"/>
        <source>I agree that the programme records the data the funder requires at entry and exit (labour status, education, household situation) and contacts me up to six months after I leave the programme to ask about my situation.</source>
        <translation>Sunt de acord ca programul să înregistreze datele cerute de finanțator la intrare și la ieșire (statutul pe piața muncii, educația, situația gospodăriei) și să mă contacteze în cel mult șase luni după ce părăsesc programul, pentru a se interesa de situația mea.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="40"/>
        <source>The funder receives these data only as totals that do not identify anyone.</source>
        <translation>Finanțatorul primește aceste date doar ca totaluri care nu identifică pe nimeni.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="46"/>
        <source>My consent is voluntary. If I do not give it, or withdraw it later, I still receive the support that does not depend on it.</source>
        <translation>Consimțământul meu este voluntar. Dacă nu îl dau sau dacă îl retrag mai târziu, primesc în continuare sprijinul care nu depinde de el.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="48"/>
        <source>I can withdraw this consent at any time, in writing or by telling a member of the team; the withdrawal applies from that day on.</source>
        <translation>Pot retrage acest consimțământ oricând, în scris sau spunându-i unui membru al echipei; retragerea se aplică din ziua respectivă.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="50"/>
        <source>I have the right to see the data kept about me, to have mistakes corrected and, where the law allows, to have data erased. I can complain to the data protection authority.</source>
        <translation>Am dreptul să văd datele păstrate despre mine, să cer corectarea greșelilor și, acolo unde legea permite, ștergerea datelor. Pot depune o plângere la autoritatea pentru protecția datelor.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="32"/>
        <location filename="../../core/storage/Database.cpp" line="364"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Discul este plin. Eliberați spațiu și încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="36"/>
        <location filename="../../core/storage/Database.cpp" line="361"/>
        <source>The database is busy in another window or program. Close it there and try again.</source>
        <translation>Baza de date este ocupată în altă fereastră sau alt program. Închideți-o acolo și încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="40"/>
        <location filename="../../core/storage/Database.cpp" line="366"/>
        <source>The database reported an error; nothing was changed.</source>
        <translation>Baza de date a raportat o eroare; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="91"/>
        <source>There is no database at %1.</source>
        <translation>Nu există nicio bază de date la %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="94"/>
        <source>%1 is not a file. Choose a database file.</source>
        <translation>%1 nu este un fișier. Alegeți un fișier de bază de date.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="97"/>
        <source>The folder for %1 could not be created.</source>
        <translation>Dosarul pentru %1 nu a putut fi creat.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="105"/>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Driverul SQLite pentru Qt lipsește. Instalați pachetul libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="109"/>
        <source>The database %1 could not be opened.</source>
        <translation>Baza de date %1 nu a putut fi deschisă.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>The SQLite connection could not be configured.</source>
        <translation>Conexiunea SQLite nu a putut fi configurată.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="144"/>
        <source>%1 is not a Fieldcase database, or it is damaged. Open another file.</source>
        <translation>%1 nu este o bază de date Fieldcase sau este deteriorată. Deschideți alt fișier.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="182"/>
        <source>This database was made by a newer version of Fieldcase (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Această bază de date a fost creată de o versiune mai nouă a Fieldcase (schema %1; această versiune cunoaște până la %2). Instalați versiunea mai nouă pentru a o deschide.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="194"/>
        <source>Before upgrading the database, a copy could not be written to %1; the database was left as it was. Free some disk space and open the database again.</source>
        <translation>Înainte de actualizarea bazei de date, nu s-a putut scrie o copie în %1; baza de date a rămas neschimbată. Eliberați spațiu pe disc și deschideți din nou baza de date.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="294"/>
        <location filename="../../core/storage/Database.cpp" line="338"/>
        <source>The backup %1 could not be written.</source>
        <translation>Copia de siguranță %1 nu a putut fi scrisă.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="299"/>
        <location filename="../../core/storage/Database.cpp" line="333"/>
        <source>The backup %1 could not be written (is the disk full?).</source>
        <translation>Copia de siguranță %1 nu a putut fi scrisă (discul este plin?).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="412"/>
        <source>The database undid this change after an error (is the disk full?); nothing of it was stored. Try again.</source>
        <translation>Baza de date a anulat această modificare după o eroare (discul este plin?); nimic din ea nu a fost salvat. Încercați din nou.</translation>
    </message>
    <message>
        <source>Before upgrading the database, a copy could not be written to %1. Free some disk space and open the database again.</source>
        <translation type="vanished">Înainte de actualizarea bazei de date, nu s-a putut scrie o copie în %1. Eliberați spațiu pe disc și deschideți din nou baza de date.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="210"/>
        <source>The database could not be upgraded to schema %1 (%2). It was left as it was.</source>
        <translation>Baza de date nu a putut fi actualizată la schema %1 (%2). A rămas așa cum era.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="213"/>
        <source>The database could not be upgraded to schema %1 (%2). It stays at schema %3, complete and consistent, and a copy from before the upgrade is at %4. Open it again once the cause below is fixed.</source>
        <translation>Baza de date nu a putut fi actualizată la schema %1 (%2). Rămâne la schema %3, completă și coerentă, iar o copie de dinaintea actualizării se află în %4. Deschideți-o din nou după ce cauza de mai jos este remediată.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="41"/>
        <source>The change was already undone; nothing was stored.</source>
        <translation>Modificarea a fost deja anulată; nu s-a salvat nimic.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="54"/>
        <source>The demo data could not be written; nothing was saved. %1</source>
        <translation>Datele demonstrative nu au putut fi scrise; nu s-a salvat nimic. %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="63"/>
        <source>Demo data can be made for 1 to %1 people; %2 is outside that range.</source>
        <translation>Datele demonstrative pot fi create pentru 1 până la %1 persoane; %2 este în afara acestui interval.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="73"/>
        <source>The demo&apos;s history must end today or earlier; %1 is in the future.</source>
        <translation>Istoricul demonstrativ trebuie să se încheie azi sau mai devreme; %1 este în viitor.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="82"/>
        <source>Demo data is only added to a database without people, so that it is never mixed with real cases. Create a new, empty database for the demo.</source>
        <translation>Datele demonstrative se adaugă doar într-o bază de date fără persoane, ca să nu fie amestecate niciodată cu cazuri reale. Creați o bază de date nouă, goală, pentru demonstrație.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="124"/>
        <source>Making the demo data was stopped; nothing was saved.</source>
        <translation>Crearea datelor demonstrative a fost oprită; nu s-a salvat nimic.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="25"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="191"/>
        <source>%1 plan</source>
        <translation>Plan (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="28"/>
        <source>Edit plan</source>
        <translation>Editare plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="29"/>
        <source>Add need</source>
        <translation>Adăugare nevoie</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="30"/>
        <source>Add goal</source>
        <translation>Adăugare obiectiv</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="31"/>
        <source>Add service or referral</source>
        <translation>Adăugare serviciu sau referire</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="32"/>
        <source>Review</source>
        <translation>Revizuire</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="33"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="140"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="194"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="24"/>
        <source>Print</source>
        <comment>the print preview of a record</comment>
        <translation>Tipărire</translation>
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
        <translation>Istoric</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="43"/>
        <source>legal representative %1</source>
        <translation>reprezentant legal %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="44"/>
        <source>client</source>
        <translation>beneficiar</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="46"/>
        <source>%1: not signed</source>
        <translation>%1: nesemnat</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="47"/>
        <source>%1: signed %2</source>
        <translation>%1: semnat la %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="50"/>
        <source>case manager</source>
        <translation>manager de caz</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="53"/>
        <source>experience expert</source>
        <translation>expert prin experiență</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="55"/>
        <source>Signatures</source>
        <translation>Semnături</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="56"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="44"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="61"/>
        <source>Needs by intervention area</source>
        <translation>Nevoi pe domenii de intervenție</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="65"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="90"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="114"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="195"/>
        <source>edit</source>
        <translation>editare</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="72"/>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="76"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="110"/>
        <source>by %1</source>
        <translation>până la %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="83"/>
        <source>who: %1</source>
        <translation>cine: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="86"/>
        <source>for %1</source>
        <translation>pentru %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="103"/>
        <source>Agreed services and referrals</source>
        <translation>Servicii și referiri convenite</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="121"/>
        <source>Reviews (earlier versions kept)</source>
        <translation>Revizuiri (versiunile anterioare sunt păstrate)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="125"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versiunea %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="138"/>
        <source>Plan review of %1 (version %2)</source>
        <translation>Revizuirea planului pentru %1 (versiunea %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="153"/>
        <source>Goals as they stood at the review</source>
        <translation>Obiectivele la momentul revizuirii</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="161"/>
        <source>, by %1</source>
        <translation>, până la %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="167"/>
        <source>Needs as they stood at the review</source>
        <translation>Nevoile la momentul revizuirii</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="184"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="189"/>
        <source>This record was corrected or withdrawn.</source>
        <translation>Această înregistrare a fost corectată sau retrasă.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="190"/>
        <source>Show the record in force</source>
        <translation>Afișare înregistrare în vigoare</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="192"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="68"/>
        <source>Correct</source>
        <translation>Corectare</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="193"/>
        <source>Withdraw</source>
        <translation>Retragere</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="200"/>
        <source>This record withdraws a visit recorded by mistake.</source>
        <translation>Această înregistrare retrage o vizită înregistrată din greșeală.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the withdrawn record</source>
        <translation>Afișare înregistrare retrasă</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the record it corrects</source>
        <translation>Afișare înregistrare corectată de aceasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="225"/>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="229"/>
        <source>Plan goals worked on</source>
        <translation>Obiective din plan abordate</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="238"/>
        <source>Tasks agreed</source>
        <translation>Sarcini convenite</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="245"/>
        <source>update</source>
        <translation>actualizare</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="254"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="257"/>
        <source>Change status</source>
        <translation>Schimbare stare</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="268"/>
        <source>Status history</source>
        <translation>Istoricul stărilor</translation>
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
        <translation>Editare</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="290"/>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="291"/>
        <source>Print attendance sheet</source>
        <translation>Tipărire listă de prezență</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="311"/>
        <source>Attendance: %1 registered people, %2 staff, %3 external guests</source>
        <translation>Prezență: %1 persoane înregistrate, %2 membri ai personalului, %3 invitați externi</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="319"/>
        <source>Staff:</source>
        <translation>Personal:</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="93"/>
        <source>&lt;h3&gt;Deleted&lt;/h3&gt;&lt;p&gt;This record was deleted. Its history is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Șters&lt;/h3&gt;&lt;p&gt;Această înregistrare a fost ștearsă. Istoricul ei este păstrat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="146"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest visits and services</source>
        <translation>Ultimele vizite și servicii</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="154"/>
        <source> (withdrawal)</source>
        <translation> (retragere)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="156"/>
        <source> (correction)</source>
        <translation> (corectare)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="188"/>
        <source>Development plans</source>
        <translation>Planuri de dezvoltare</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="195"/>
        <source>(%1, from %2, next review %3)</source>
        <translation>(%1, de la %2, următoarea revizuire %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="208"/>
        <source>Referrals and hand-overs</source>
        <translation>Referiri și transferuri</translation>
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
        <translation>Înregistrare vizită</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="18"/>
        <source>New plan</source>
        <translation>Plan nou</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="19"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="123"/>
        <source>Refer</source>
        <translation>Referire</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="20"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="124"/>
        <source>Hand over</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="21"/>
        <source>Record consent</source>
        <translation>Înregistrare consimțământ</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="22"/>
        <source>Entry data</source>
        <translation>Date la intrare</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="23"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="79"/>
        <source>Exit</source>
        <translation>Ieșire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="35"/>
        <source>%1 (%n year(s) old)</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ani)</numerusform>
            <numerusform>%1 (%n de ani)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="38"/>
        <source>Born</source>
        <translation>Născut(ă)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="51"/>
        <source>Household members</source>
        <translation>Membrii gospodăriei</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="53"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="67"/>
        <source>Entry data (frozen)</source>
        <translation>Date la intrare (înghețate)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="90"/>
        <source>Consents</source>
        <translation>Consimțăminte</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="92"/>
        <source>%1, given %2 (%3, text %4)</source>
        <translation>%1, dat la %2 (%3, versiunea textului %4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="96"/>
        <source>, withdrawn %1</source>
        <translation>, retras la %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="101"/>
        <source>edit or withdraw</source>
        <translation>editare sau retragere</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="102"/>
        <source>print the form</source>
        <translation>tipărire formular</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest household visits</source>
        <translation>Ultimele vizite în gospodărie</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="118"/>
        <source>%1 household</source>
        <translation>Gospodăria %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="120"/>
        <source>Add member</source>
        <translation>Adăugare membru</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="122"/>
        <source>New family plan</source>
        <translation>Plan nou pentru familie</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="125"/>
        <source>Print family plan</source>
        <translation>Tipărire plan pentru familie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="134"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Membri (%n)</numerusform>
            <numerusform>Membri (%n)</numerusform>
            <numerusform>Membri (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="158"/>
        <source>Show its households</source>
        <translation>Afișare gospodării</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="159"/>
        <source>Register a household here</source>
        <translation>Înregistrare gospodărie aici</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="173"/>
        <source>Add training</source>
        <translation>Adăugare formare</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="174"/>
        <source>Show caseload</source>
        <translation>Afișare portofoliu de cazuri</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="189"/>
        <source>%1 · %2 · %3 h%4</source>
        <translation>%1 · %2 · %3 h%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="198"/>
        <source>Trainings (%1 hours in all)</source>
        <translation>Formări (%1 ore în total)</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <location filename="../../core/exchange/DeviceRegistry.cpp" line="72"/>
        <source>No laptop called &quot;%1&quot; is enrolled in this central copy.</source>
        <translation>Niciun laptop numit „%1” nu este înrolat în această copie centrală.</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="240"/>
        <source>Signatures</source>
        <translation>Semnături</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Signature</source>
        <translation>Semnătură</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Place</source>
        <translation>Locul</translation>
    </message>
</context>
<context>
    <name>DocumentData</name>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="76"/>
        <source>There is no %1 with the id %2 in this database. Check the id and the database.</source>
        <translation>În această bază de date nu există nicio înregistrare de tip „%1” cu id-ul %2. Verificați id-ul și baza de date.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="83"/>
        <source>The %1 with the id %2 was deleted, so it cannot be printed.</source>
        <translation>Înregistrarea de tip „%1” cu id-ul %2 a fost ștearsă, deci nu poate fi tipărită.</translation>
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
        <translation>Tipărit de %1 la %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="213"/>
        <source>Plan version %1, last changed %2 (%3)</source>
        <translation>Versiunea planului %1, ultima modificare %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="217"/>
        <source>Record version of %1 (%2)</source>
        <translation>Versiunea înregistrării din %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="43"/>
        <source>Individual development plan</source>
        <translation>Plan individual de dezvoltare</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="45"/>
        <source>Family development plan</source>
        <translation>Plan de dezvoltare pentru familie</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="47"/>
        <source>Plan review record</source>
        <translation>Fișa de revizuire a planului</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="49"/>
        <source>Home visit record</source>
        <translation>Fișa vizitei la domiciliu</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="51"/>
        <source>Attendance sheet</source>
        <translation>Listă de prezență</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="53"/>
        <source>Consent form</source>
        <translation>Formular de consimțământ</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="55"/>
        <source>Case summary</source>
        <translation>Rezumatul cazului</translation>
    </message>
</context>
<context>
    <name>DocumentLogos</name>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="37"/>
        <source>The logo is larger than %1 MB. Save a smaller image and try again.</source>
        <translation>Sigla este mai mare de %1 MB. Salvați o imagine mai mică și încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="51"/>
        <source>A logo must be a PNG, JPEG or SVG image.</source>
        <translation>Sigla trebuie să fie o imagine PNG, JPEG sau SVG.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="55"/>
        <source>The logo cannot be read as an image; it may be damaged.</source>
        <translation>Sigla nu poate fi citită ca imagine; este posibil să fie deteriorată.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="71"/>
        <source>The plan %1 is of the kind &quot;%2&quot;, not &quot;%3&quot;. Print it as &quot;%2&quot;.</source>
        <translation>Planul %1 este de tipul „%2”, nu „%3”. Tipăriți-l ca „%2”.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="128"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>Tipărirea necesită partea grafică a Qt, care nu rulează.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="132"/>
        <source>There is nothing to print.</source>
        <translation>Nu există nimic de tipărit.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="142"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Imprimanta sau fișierul nu a putut fi deschis pentru tipărire.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="159"/>
        <source>Printing was stopped.</source>
        <translation>Tipărirea a fost oprită.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="163"/>
        <source>The printer or file did not accept the pages.</source>
        <translation>Imprimanta sau fișierul nu a acceptat paginile.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="173"/>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="192"/>
        <source>%1 cannot be written. Choose a folder you can write to.</source>
        <translation>%1 nu poate fi scris. Alegeți un dosar în care aveți drept de scriere.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="281"/>
        <source>The %1 household has no family plan in force or awaiting signature, so there is nothing to print for it. Open one of its members to print their plan or case summary.</source>
        <translation>Gospodăria %1 nu are niciun plan pentru familie în vigoare sau în așteptarea semnăturii, deci nu există nimic de tipărit pentru ea. Deschideți unul dintre membrii ei pentru a-i tipări planul sau rezumatul de caz.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="287"/>
        <source>There is no printed document for a %1. Open a person, household, plan, plan review, visit, group event or consent, then print.</source>
        <translation>Nu există niciun document tipărit pentru o înregistrare de tip „%1”. Deschideți o persoană, o gospodărie, un plan, o revizuire de plan, o vizită, un eveniment de grup sau un consimțământ, apoi tipăriți.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="319"/>
        <source>This record is not about one person. Open a person, or a record about them, to print their case summary.</source>
        <translation>Această înregistrare nu se referă la o singură persoană. Deschideți o persoană sau o înregistrare despre ea pentru a-i tipări rezumatul de caz.</translation>
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
        <translation>Localitate</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="39"/>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="106"/>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="132"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="23"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="181"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="88"/>
        <source>Signature</source>
        <translation>Semnătură</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="99"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="101"/>
        <source>Registered participants are listed first. Guests write their name on an empty numbered line. Everyone signs in the last column.</source>
        <translation>Participanții înregistrați sunt trecuți primii. Invitații își scriu numele pe un rând numerotat liber. Toată lumea semnează în ultima coloană.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="107"/>
        <source>I confirm that the people who signed above took part in the event.</source>
        <translation>Confirm că persoanele care au semnat mai sus au participat la eveniment.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="112"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="43"/>
        <source>Development plans</source>
        <translation>Planuri de dezvoltare</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="45"/>
        <source>No development plan yet.</source>
        <translation>Încă nu există un plan de dezvoltare.</translation>
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
        <translation>Perioada planului</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="66"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="131"/>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="80"/>
        <source>%1 (goal of %2)</source>
        <translation>%1 (obiectiv pentru %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="90"/>
        <source>%n goal(s) in the health area are not shown here; the plan itself holds them.</source>
        <translation>
            <numerusform>%n obiectiv din domeniul sănătății nu este afișat aici; planul însuși îl conține.</numerusform>
            <numerusform>%n obiective din domeniul sănătății nu sunt afișate aici; planul însuși le conține.</numerusform>
            <numerusform>%n de obiective din domeniul sănătății nu sunt afișate aici; planul însuși le conține.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="107"/>
        <source>Personal details</source>
        <translation>Date personale</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="113"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="129"/>
        <source>Case manager</source>
        <translation>Manager de caz</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="117"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="250"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="66"/>
        <source>Household</source>
        <translation>Gospodărie</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="133"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="262"/>
        <source>Age</source>
        <translation>Vârstă</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="153"/>
        <source>Entry to and exit from the programme</source>
        <translation>Intrarea în program și ieșirea din program</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="155"/>
        <source>No entry data recorded.</source>
        <translation>Nu s-au înregistrat date la intrare.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="167"/>
        <source>Disability and ethnic minority answers and the goals of the health area are left off this summary. Notes and visit purposes are printed as they were written.</source>
        <translation>Răspunsurile privind dizabilitatea și minoritatea etnică și obiectivele din domeniul sănătății sunt omise din acest rezumat. Notele și scopurile vizitelor sunt tipărite așa cum au fost scrise.</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, ethnic origin) are never printed.</source>
        <translation type="vanished">Datele din categorii speciale (sănătate, dizabilitate, origine etnică) nu se tipăresc niciodată.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="175"/>
        <source>Consents</source>
        <translation>Consimțăminte</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="177"/>
        <source>No consent recorded.</source>
        <translation>Niciun consimțământ înregistrat.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="205"/>
        <source>Recent contacts</source>
        <translation>Contacte recente</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="207"/>
        <source>No contacts recorded.</source>
        <translation>Niciun contact înregistrat.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="212"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="76"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="64"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="174"/>
        <source>Staff member</source>
        <translation>Membru al personalului</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="224"/>
        <source>Newest first; at most the last %1.</source>
        <translation>Cele mai noi primele; cel mult ultimele %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="235"/>
        <source>Referrals</source>
        <translation>Referiri</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="272"/>
        <source>Open tasks</source>
        <translation>Sarcini deschise</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="276"/>
        <source>Prepared by</source>
        <translation>Întocmit de</translation>
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
        <translation>Scop: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="22"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="180"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="65"/>
        <source>Person</source>
        <translation>Persoana</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="34"/>
        <source>What the consent is for</source>
        <translation>Pentru ce se dă consimțământul</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="41"/>
        <source>Your rights</source>
        <translation>Drepturile dumneavoastră</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="47"/>
        <source>The consent was recorded on text version %1; the wording above is version %2. Attach the signed sheet of version %1 if it differs.</source>
        <translation>Consimțământul a fost înregistrat pe versiunea %1 a textului; textul de mai sus este versiunea %2. Atașați fișa semnată a versiunii %1 dacă diferă.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="51"/>
        <source>Text version %1.</source>
        <translation>Versiunea textului: %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="54"/>
        <source>Record of the consent</source>
        <translation>Evidența consimțământului</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="65"/>
        <source>This consent was withdrawn on %1 and no longer applies.</source>
        <translation>Acest consimțământ a fost retras la %1 și nu mai este valabil.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="71"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="122"/>
        <source>Legal representative of %1</source>
        <translation>Reprezentant legal pentru %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="74"/>
        <source>Person giving consent</source>
        <translation>Persoana care își dă consimțământul</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="78"/>
        <source>I have read this form, or had it read to me, and I give this consent on behalf of the person named above.</source>
        <translation>Am citit acest formular sau mi-a fost citit și îmi dau acest consimțământ în numele persoanei menționate mai sus.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="80"/>
        <source>I have read this form, or had it read to me, and I give this consent.</source>
        <translation>Am citit acest formular sau mi-a fost citit și îmi dau acest consimțământ.</translation>
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
        <translation>Expert prin experiență</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="47"/>
        <source>Needs identified</source>
        <translation>Nevoi identificate</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="82"/>
        <source>Agreed action</source>
        <translation>Acțiune convenită</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="97"/>
        <source>Goal %1: %2</source>
        <translation>Obiectivul %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="101"/>
        <source>Responsible</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="105"/>
        <source>Steps: %1</source>
        <translation>Pași: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="125"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="170"/>
        <source>Client</source>
        <translation>Beneficiar</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="142"/>
        <source>from %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="144"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="156"/>
        <source>%1 (with %2)</source>
        <translation>%1 (cu %2)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="190"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="273"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="393"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="206"/>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="208"/>
        <source>No goals have been set yet.</source>
        <translation>Încă nu au fost stabilite obiective.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="215"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="326"/>
        <source>Other agreed actions</source>
        <translation>Alte acțiuni convenite</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="225"/>
        <source>We drew up this plan together and agree to work towards its goals.</source>
        <translation>Am întocmit împreună acest plan și suntem de acord să lucrăm pentru atingerea obiectivelor lui.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="247"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="378"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="39"/>
        <source>Household %1</source>
        <translation>Gospodăria %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="248"/>
        <source>Household %1: %2</source>
        <translation>Gospodăria %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="270"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="308"/>
        <source>Shared goals of the family</source>
        <translation>Obiectivele comune ale familiei</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="310"/>
        <source>No shared goals have been set.</source>
        <translation>Nu au fost stabilite obiective comune.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="320"/>
        <source>Goals of %1</source>
        <translation>Obiectivele pentru %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="339"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="172"/>
        <source>Family member</source>
        <translation>Membru al familiei</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="346"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="381"/>
        <source>Head of household</source>
        <translation>Capul gospodăriei</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="349"/>
        <source>Legal representative</source>
        <translation>Reprezentant legal</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="353"/>
        <source>We drew up this plan together as a family and agree to work towards its goals.</source>
        <translation>Am întocmit împreună acest plan, ca familie, și suntem de acord să lucrăm pentru atingerea obiectivelor lui.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="360"/>
        <source>%1: household %2</source>
        <translation>%1: gospodăria %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="401"/>
        <source>Plan version reviewed</source>
        <translation>Versiunea planului revizuită</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="404"/>
        <source>What was reviewed and agreed</source>
        <translation>Ce s-a revizuit și convenit</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="407"/>
        <source>No summary was recorded.</source>
        <translation>Nu s-a înregistrat niciun rezumat.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="415"/>
        <source>Status at review</source>
        <translation>Starea la revizuire</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="432"/>
        <source>Goals at the review</source>
        <translation>Obiectivele la revizuire</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="444"/>
        <source>Goals of the plan</source>
        <translation>Obiectivele planului</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="445"/>
        <source>The review kept no copy of the goals; their present status is shown.</source>
        <translation>Revizuirea nu a păstrat o copie a obiectivelor; se afișează starea lor actuală.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="448"/>
        <source>The plan has no goals.</source>
        <translation>Planul nu are obiective.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="452"/>
        <source>Reviewed by</source>
        <translation>Revizuit de</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="453"/>
        <source>We reviewed the plan together on the date above.</source>
        <translation>Am revizuit planul împreună la data de mai sus.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="43"/>
        <source>Record of a contact: %1</source>
        <translation>Fișa contactului: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="46"/>
        <source>This record was voided: it was entered by mistake and does not count.</source>
        <translation>Această înregistrare a fost anulată: a fost introdusă din greșeală și nu se ia în considerare.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="53"/>
        <source>A later record corrects this one (entered %1).</source>
        <translation>O înregistrare ulterioară o corectează pe aceasta (introdusă la %1).</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="71"/>
        <source>Duration</source>
        <translation>Durată</translation>
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
        <translation>Prezenți</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="106"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="113"/>
        <source>Nothing recorded.</source>
        <translation>Nu s-a înregistrat nimic.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="118"/>
        <source>Risk noted</source>
        <translation>Risc semnalat</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="120"/>
        <source>A risk was noted during this contact.</source>
        <translation>În timpul acestui contact a fost semnalat un risc.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="129"/>
        <source>Plan goals worked on</source>
        <translation>Obiective din plan abordate</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="151"/>
        <source>Tasks agreed</source>
        <translation>Sarcini convenite</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="175"/>
        <source>We confirm that this record is a true account of the contact.</source>
        <translation>Confirmăm că această fișă redă fidel contactul.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <location filename="../../core/domain/Dump.cpp" line="80"/>
        <source>The dump could not be written.</source>
        <translation>Exportul nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="169"/>
        <source>Same name and date of birth</source>
        <translation>Același nume și aceeași dată de naștere</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="172"/>
        <source>Similar name, same date of birth</source>
        <translation>Nume asemănător, aceeași dată de naștere</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="175"/>
        <source>Same name, date of birth differs by one digit or has day and month swapped</source>
        <translation>Același nume; data de naștere diferă printr-o cifră sau are ziua și luna inversate</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="178"/>
        <source>Same name; a date of birth is missing, so it cannot be compared</source>
        <translation>Același nume; o dată de naștere lipsește, deci nu se poate compara</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="181"/>
        <source>Name written differently, same date of birth</source>
        <translation>Nume scris diferit, aceeași dată de naștere</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="191"/>
        <source>(born %1)</source>
        <translation>(născut(ă) la %1)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="104"/>
        <source>same name and date of birth</source>
        <translation>același nume și aceeași dată de naștere</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="106"/>
        <source>same names in another order, same date of birth</source>
        <translation>aceleași nume în altă ordine, aceeași dată de naștere</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="108"/>
        <source>similar name, same date of birth</source>
        <translation>nume asemănător, aceeași dată de naștere</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="127"/>
        <source>same name, one date of birth missing</source>
        <translation>același nume, o dată de naștere lipsește</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="130"/>
        <source>same name, nearly the same date of birth</source>
        <translation>același nume, dată de naștere aproape identică</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="186"/>
        <source>Choose two different people to merge.</source>
        <translation>Alegeți două persoane diferite pentru îmbinare.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="195"/>
        <source>One of the two people was deleted; there is nothing to merge.</source>
        <translation>Una dintre cele două persoane a fost ștearsă; nu există nimic de îmbinat.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="203"/>
        <source>Person merge: %1 into %2</source>
        <translation>Îmbinare persoane: %1 în %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="240"/>
        <source>Person merge: %1 into %2, values of the duplicate to decide</source>
        <translation>Îmbinare de persoane: %1 în %2, valori ale duplicatului de decis</translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="14"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="53"/>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Șomeri, inclusiv șomeri de lungă durată</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="15"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="54"/>
        <source>Long-term unemployed</source>
        <translation>Șomeri de lungă durată</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="16"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="55"/>
        <source>Inactive</source>
        <translation>Inactivi</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="17"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="57"/>
        <source>Employed, including self-employed</source>
        <translation>Persoane angajate, inclusiv lucrători pe cont propriu</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="18"/>
        <source>Children below 18 years of age</source>
        <translation>Copii sub 18 ani</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="19"/>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Tineri cu vârsta între 18 și 29 de ani</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="20"/>
        <source>Participants of 55 years of age and above</source>
        <translation>Participanți cu vârsta de 55 de ani și peste</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="21"/>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Cu studii gimnaziale sau mai puțin (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="23"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="67"/>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>Cu studii liceale (ISCED 3) sau postliceale (ISCED 4)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="25"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="69"/>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>Cu studii terțiare (ISCED 5 până la 8)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="26"/>
        <source>Total number of participants</source>
        <translation>Numărul total de participanți</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="27"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="79"/>
        <source>Participants with disabilities</source>
        <translation>Participanți cu dizabilități</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="28"/>
        <source>Third-country nationals</source>
        <translation>Resortisanți ai țărilor terțe</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="29"/>
        <source>Participants with a foreign background</source>
        <translation>Participanți de origine străină</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="31"/>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Minorități (inclusiv comunități marginalizate, precum romii)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="33"/>
        <source>Participants facing homelessness or housing exclusion</source>
        <translation>Participanți care se confruntă cu lipsa unei locuințe sau cu excluziunea locativă</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="35"/>
        <source>Participants from rural areas</source>
        <translation>Participanți din zone rurale</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="36"/>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>Participanți care își caută un loc de muncă la ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="38"/>
        <source>Participants in education or training upon leaving</source>
        <translation>Participanți care urmează studii sau cursuri de formare la ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="40"/>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>Participanți care obțin o calificare la ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="43"/>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>Participanți care au un loc de muncă, inclusiv o activitate independentă, la ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="46"/>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>Participanți care au un loc de muncă, inclusiv o activitate independentă, la șase luni după ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="56"/>
        <source>Inactive, not in education or training</source>
        <translation>Inactivi care nu urmează studii sau cursuri de formare</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="58"/>
        <source>Below 25 years of age</source>
        <translation>Sub 25 de ani</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="59"/>
        <source>Above 54 years of age</source>
        <translation>Peste 54 de ani</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="61"/>
        <source>Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training</source>
        <translation>Peste 54 de ani, care sunt șomeri, inclusiv șomeri de lungă durată, sau inactivi care nu urmează studii sau cursuri de formare</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="64"/>
        <source>With primary (ISCED 1) or lower secondary education (ISCED 2)</source>
        <translation>Cu studii primare (ISCED 1) sau gimnaziale (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="70"/>
        <source>Participants who live in jobless households</source>
        <translation>Participanți care trăiesc în gospodării fără persoane ocupate</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="73"/>
        <source>Participants who live in a single adult household with dependent children</source>
        <translation>Participanți care trăiesc într-o gospodărie formată dintr-un singur adult cu copii aflați în întreținere</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="76"/>
        <source>Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)</source>
        <translation>Migranți, participanți de origine străină, minorități (inclusiv comunități marginalizate, precum romii)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="80"/>
        <source>Other disadvantaged</source>
        <translation>Alte persoane defavorizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="81"/>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Persoane fără adăpost sau afectate de excluziunea locativă</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="82"/>
        <source>From rural areas</source>
        <translation>Din zone rurale</translation>
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
        <translation>Indicatori comuni ESF+ pentru participanți (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="157"/>
        <source>ESF common indicators on participants (2014-2020)</source>
        <translation>Indicatori comuni ESF pentru participanți (2014-2020)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="159"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="160"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="161"/>
        <source>Women</source>
        <translation>Femei</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="162"/>
        <source>Men</source>
        <translation>Bărbați</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="163"/>
        <source>Non-binary</source>
        <translation>Non-binar</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="164"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="165"/>
        <source>Declined to answer</source>
        <translation>A refuzat să răspundă</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="203"/>
        <source>Each participant is counted once, with the answers recorded at their first entry; a later entry record changes nothing. Ages are at the date of entry.</source>
        <translation>Fiecare participant este numărat o singură dată, cu răspunsurile înregistrate la prima intrare; o fișă de intrare ulterioară nu schimbă nimic. Vârstele sunt calculate la data intrării.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="205"/>
        <source>Women, men and non-binary add up to the total except for participants whose gender is not recorded, who are in the total only. A declined answer is counted as declined, never as yes or no.</source>
        <translation>Femeile, bărbații și persoanele non-binare însumează totalul, cu excepția participanților al căror gen nu este înregistrat, care apar doar în total. Un răspuns refuzat este numărat ca refuzat, niciodată ca da sau nu.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="208"/>
        <source>Long-term unemployed: unemployed for more than 6 months at entry under the age of 25, more than 12 months from 25; where the date since when someone is unemployed was not recorded, as the entry record says.</source>
        <translation>Șomeri de lungă durată: șomeri de peste 6 luni la intrare pentru cei sub 25 de ani, de peste 12 luni de la 25 de ani; acolo unde nu s-a înregistrat data de la care persoana este șomeră, conform fișei de intrare.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="211"/>
        <source>People without a household are counted for the whole programme only, not in a locality; rural areas come from the degree of urbanisation of the household&apos;s locality.</source>
        <translation>Persoanele fără gospodărie sunt numărate doar pentru întregul program, nu într-o localitate; zonele rurale se stabilesc după gradul de urbanizare al localității gospodăriei.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="214"/>
        <source>Disability and minority are not recorded: this programme does not record special-category data, so their rows are empty, not zero.</source>
        <translation>Dizabilitatea și apartenența la o minoritate nu sunt înregistrate: acest program nu înregistrează date din categorii speciale, așa că rândurile lor sunt goale, nu zero.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="258"/>
        <source>whole programme</source>
        <translation>întregul program</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="266"/>
        <source>All dates, %1</source>
        <translation>Toate datele, %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="268"/>
        <source>the start</source>
        <translation>început</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="269"/>
        <source>today</source>
        <translation>azi</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="270"/>
        <source>%1 to %2, %3</source>
        <translation>De la %1 până la %2, %3</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="109"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="115"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="131"/>
        <source>Return package</source>
        <translation>Pachet de retur</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="110"/>
        <source>No laptop is enrolled yet. Enrol one first.</source>
        <translation>Încă nu este înrolat niciun laptop. Înrolați mai întâi unul.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="116"/>
        <source>Which laptop is the package for?</source>
        <translation>Pentru ce laptop este pachetul?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="123"/>
        <source>Save the return package</source>
        <translation>Salvarea pachetului de retur</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="124"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="220"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Fișiere de schimb Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="136"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Nimic nou pentru „%1”: laptopul are deja totul. Nu s-a scris niciun fișier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="138"/>
        <source>Return package %1 for &quot;%2&quot; written: %n change(s).</source>
        <translation>
            <numerusform>Pachetul de retur %1 pentru „%2” a fost scris: %n modificare.</numerusform>
            <numerusform>Pachetul de retur %1 pentru „%2” a fost scris: %n modificări.</numerusform>
            <numerusform>Pachetul de retur %1 pentru „%2” a fost scris: %n de modificări.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="155"/>
        <source>Nothing new to export: every change is in an earlier file. No file was written.</source>
        <translation>Nimic nou de exportat: fiecare modificare se află într-un fișier anterior. Nu s-a scris niciun fișier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="158"/>
        <source>Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file to your supervisor.</source>
        <translation>
            <numerusform>S-a exportat %n modificare ca fișierul %1 în %2, cu tot conținutul începând cu fișierul %3. Predați fișierul supervizorului.</numerusform>
            <numerusform>S-au exportat %n modificări ca fișierul %1 în %2, cu tot conținutul începând cu fișierul %3. Predați fișierul supervizorului.</numerusform>
            <numerusform>S-au exportat %n de modificări ca fișierul %1 în %2, cu tot conținutul începând cu fișierul %3. Predați fișierul supervizorului.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="166"/>
        <source>Exported %n change(s) as file %1 to %2. Give the file to your supervisor.</source>
        <translation>
            <numerusform>S-a exportat %n modificare ca fișierul %1 în %2. Predați fișierul supervizorului.</numerusform>
            <numerusform>S-au exportat %n modificări ca fișierul %1 în %2. Predați fișierul supervizorului.</numerusform>
            <numerusform>S-au exportat %n de modificări ca fișierul %1 în %2. Predați fișierul supervizorului.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="178"/>
        <source>&amp;Export changes...</source>
        <translation>&amp;Exportare modificări...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="180"/>
        <source>Export everything &amp;again (a file was lost)...</source>
        <translation>Exportare din nou a &amp;tuturor modificărilor (s-a pierdut un fișier)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="181"/>
        <source>&amp;Merge files...</source>
        <translation>Îm&amp;binare fișiere...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="183"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="207"/>
        <source>&amp;Conflict inbox...</source>
        <translation>&amp;Conflicte în așteptare...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="185"/>
        <source>Possible &amp;duplicates...</source>
        <translation>Posibile &amp;duplicate...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="187"/>
        <source>&amp;Return package for a laptop...</source>
        <translation>Pachet de &amp;retur pentru un laptop...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="189"/>
        <source>Return package with e&amp;verything (one was lost)...</source>
        <translation>Pachet de retur com&amp;plet (s-a pierdut unul)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="190"/>
        <source>E&amp;nrol a laptop...</source>
        <translation>Î&amp;nrolare laptop...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="191"/>
        <source>&amp;Join a programme...</source>
        <translation>&amp;Alăturare la un program...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="206"/>
        <source>&amp;Conflict inbox (%n open)...</source>
        <translation>
            <numerusform>&amp;Conflicte în așteptare (%n deschis)...</numerusform>
            <numerusform>&amp;Conflicte în așteptare (%n deschise)...</numerusform>
            <numerusform>&amp;Conflicte în așteptare (%n de deschise)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="219"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="228"/>
        <source>Export changes</source>
        <translation>Exportare modificări</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="54"/>
        <source>This database holds no programme yet. Create the programme first (fieldcase-cli init).</source>
        <translation>Această bază de date nu conține încă niciun program. Creați mai întâi programul (fieldcase-cli init).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="62"/>
        <source>This database is a laptop&apos;s copy; only the central copy does this.</source>
        <translation>Această bază de date este copia unui laptop; doar copia centrală poate face acest lucru.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="67"/>
        <source>This database is not a central copy yet: it has enrolled no laptop.</source>
        <translation>Această bază de date nu este încă o copie centrală: nu a înrolat niciun laptop.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation>Biblioteca de criptare nu a putut porni.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="104"/>
        <source>The central copy&apos;s keys are damaged; packages cannot be read.</source>
        <translation>Cheile copiei centrale sunt deteriorate; pachetele nu pot fi citite.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="112"/>
        <source>This database has not joined a programme. Join with the enrolment file from your supervisor first.</source>
        <translation>Această bază de date nu s-a alăturat niciunui program. Alăturați-vă mai întâi cu fișierul de înrolare primit de la supervizor.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="130"/>
        <source>This laptop&apos;s exchange keys are damaged. Ask your supervisor for a new enrolment file.</source>
        <translation>Cheile de schimb ale acestui laptop sunt deteriorate. Cereți supervizorului un fișier de înrolare nou.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="114"/>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2024-03-31.</source>
        <translation>„%1” nu este o dată; scrieți-o ca an-lună-zi, de exemplu 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="119"/>
        <source>%1 is not a real date. Check the day and the month.</source>
        <translation>%1 nu este o dată reală. Verificați ziua și luna.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="122"/>
        <source>a date is expected here.</source>
        <translation>aici se așteaptă o dată.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="125"/>
        <source>the date is not valid.</source>
        <translation>data nu este validă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="128"/>
        <source>the year %1 is outside %2-%3. Write the year with four digits.</source>
        <translation>anul %1 este în afara intervalului %2-%3. Scrieți anul cu patru cifre.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date and time; write it as 2024-03-31T14:30.</source>
        <translation>„%1” nu este o dată și o oră; scrieți-le ca 2024-03-31T14:30.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="167"/>
        <source>%1 is not a real date and time.</source>
        <translation>%1 nu este o dată și o oră reale.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="172"/>
        <source>a date and time is expected here.</source>
        <translation>aici se așteaptă o dată și o oră.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="145"/>
        <source>the date and time is not valid.</source>
        <translation>data și ora nu sunt valide.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="175"/>
        <source>the year %1 is outside %2-%3.</source>
        <translation>anul %1 este în afara intervalului %2-%3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="200"/>
        <source>text is expected here.</source>
        <translation>aici se așteaptă text.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="210"/>
        <source>the text holds control characters. Type it again or paste it as plain text.</source>
        <translation>textul conține caractere de control. Tastați-l din nou sau lipiți-l ca text simplu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="215"/>
        <source>the text is %1 characters long; at most %2 fit here.</source>
        <translation>textul are %1 caractere; aici încap cel mult %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="221"/>
        <source>a whole number is expected here.</source>
        <translation>aici se așteaptă un număr întreg.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="226"/>
        <source>a number is expected here.</source>
        <translation>aici se așteaptă un număr.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="237"/>
        <source>yes or no (true or false) is expected here.</source>
        <translation>aici se așteaptă da sau nu (true sau false).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="245"/>
        <source>one of %1 is expected here.</source>
        <translation>aici se așteaptă una dintre valorile %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="252"/>
        <source>&quot;%1&quot; is not one of the choices (%2).</source>
        <translation>„%1” nu este una dintre opțiuni (%2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="259"/>
        <source>a record id is expected here.</source>
        <translation>aici se așteaptă id-ul unei înregistrări.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="266"/>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>„%1” nu este id-ul unei înregistrări.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="276"/>
        <source>the structured data is not valid JSON.</source>
        <translation>datele structurate nu sunt JSON valid.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="287"/>
        <source>structured data (a JSON object or list) is expected here.</source>
        <translation>aici se așteaptă date structurate (un obiect sau o listă JSON).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="295"/>
        <source>this value cannot be stored.</source>
        <translation>această valoare nu poate fi salvată.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <location filename="../../core/util/HybridLogicalClock.cpp" line="32"/>
        <source>A change is stamped more than a day ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>O modificare poartă o marcă de timp cu mai mult de o zi înaintea ceasului acestui calculator. Verificați data și ora pe ambele calculatoare.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="77"/>
        <source>merged</source>
        <translation>îmbinat</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="79"/>
        <source>ready to merge</source>
        <translation>gata de îmbinare</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="81"/>
        <source>already merged</source>
        <translation>deja îmbinat</translation>
    </message>
    <message>
        <source>waiting for an earlier file</source>
        <translation type="vanished">așteaptă un fișier anterior</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="83"/>
        <source>waiting</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="85"/>
        <source>refused</source>
        <translation>refuzat</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="87"/>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="106"/>
        <source>The backup folder next to the database could not be made; nothing was merged. Free some space or check the folder&apos;s permissions.</source>
        <translation>Dosarul pentru copii de siguranță de lângă baza de date nu a putut fi creat; nu s-a îmbinat nimic. Eliberați spațiu sau verificați permisiunile dosarului.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written; nothing was merged.</source>
        <translation type="vanished">Copia de siguranță %1 nu a putut fi scrisă; nu s-a îmbinat nimic.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="120"/>
        <source>The backup before merging could not be written (is the disk full?); nothing was merged.</source>
        <translation>Copia de siguranță dinaintea îmbinării nu a putut fi scrisă (discul este plin?); nu s-a îmbinat nimic.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="144"/>
        <source>This database takes part in no exchange yet: enrol a laptop (central copy) or join a programme (laptop) first.</source>
        <translation>Această bază de date nu participă încă la niciun schimb: înrolați un laptop (copia centrală) sau alăturați-vă unui program (laptop) mai întâi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="182"/>
        <source>When %1 wrote this file, it had merged none of the %n return package(s) written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Când %1 a scris acest fișier, nu îmbinase încă niciun pachet de retur, deși pentru el fusese scris %n pachet. Dacă s-a pierdut vreunul, scrieți din nou pachetul de retur pentru acest laptop, complet.</numerusform>
            <numerusform>Când %1 a scris acest fișier, nu îmbinase încă niciun pachet de retur, deși pentru el fuseseră scrise %n pachete. Dacă s-a pierdut vreunul, scrieți din nou pachetul de retur pentru acest laptop, complet.</numerusform>
            <numerusform>Când %1 a scris acest fișier, nu îmbinase încă niciun pachet de retur, deși pentru el fuseseră scrise %n de pachete. Dacă s-a pierdut vreunul, scrieți din nou pachetul de retur pentru acest laptop, complet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="186"/>
        <source>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>Când %1 a scris acest fișier, ultimul pachet de retur îmbinat era numărul %2 din %n pachet scris pentru el. Dacă s-a pierdut vreunul, scrieți din nou pachetul de retur pentru acest laptop, complet.</numerusform>
            <numerusform>Când %1 a scris acest fișier, ultimul pachet de retur îmbinat era numărul %2 din cele %n pachete scrise pentru el. Dacă s-a pierdut vreunul, scrieți din nou pachetul de retur pentru acest laptop, complet.</numerusform>
            <numerusform>Când %1 a scris acest fișier, ultimul pachet de retur îmbinat era numărul %2 din cele %n de pachete scrise pentru el. Dacă s-a pierdut vreunul, scrieți din nou pachetul de retur pentru acest laptop, complet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="197"/>
        <source>central copy</source>
        <translation>copia centrală</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="219"/>
        <source>When the central copy wrote this package, it had merged none of the %n file(s) this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Când copia centrală a scris acest pachet, nu îmbinase încă niciun fișier, deși acest laptop exportase %n fișier. Dacă s-a pierdut vreunul sau nu a fost predat supervizorului, exportați din nou toate modificările.</numerusform>
            <numerusform>Când copia centrală a scris acest pachet, nu îmbinase încă niciun fișier, deși acest laptop exportase %n fișiere. Dacă s-a pierdut vreunul sau nu a fost predat supervizorului, exportați din nou toate modificările.</numerusform>
            <numerusform>Când copia centrală a scris acest pachet, nu îmbinase încă niciun fișier, deși acest laptop exportase %n de fișiere. Dacă s-a pierdut vreunul sau nu a fost predat supervizorului, exportați din nou toate modificările.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="222"/>
        <source>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>Când copia centrală a scris acest pachet, îmbinase fișierele acestui laptop până la numărul %1 din %n fișier exportat. Dacă s-a pierdut vreunul sau nu a fost predat supervizorului, exportați din nou toate modificările.</numerusform>
            <numerusform>Când copia centrală a scris acest pachet, îmbinase fișierele acestui laptop până la numărul %1 din cele %n fișiere exportate. Dacă s-a pierdut vreunul sau nu a fost predat supervizorului, exportați din nou toate modificările.</numerusform>
            <numerusform>Când copia centrală a scris acest pachet, îmbinase fișierele acestui laptop până la numărul %1 din cele %n de fișiere exportate. Dacă s-a pierdut vreunul sau nu a fost predat supervizorului, exportați din nou toate modificările.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="270"/>
        <source>%1 could not be read.</source>
        <translation>%1 nu a putut fi citit.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="309"/>
        <source>File %1 of %2 waits behind file %3 (%4), which is here but refers to records this copy does not have yet. Both are merged as soon as a file that brings those records is merged.</source>
        <translation>Fișierul %1 de la %2 așteaptă după fișierul %3 (%4), care este aici, dar se referă la înregistrări pe care această copie nu le are încă. Amândouă vor fi îmbinate imediat ce este îmbinat un fișier care aduce acele înregistrări.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="319"/>
        <source>Return package %1 is kept until return package %2 is merged: it has not come. If it was lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Pachetul de retur %1 este păstrat până când este îmbinat pachetul de retur %2, care nu a sosit. Dacă s-a pierdut, cereți supervizorului să scrie din nou pachetul de retur („trimite tot”); acesta le înlocuiește pe toate pachetele anterioare.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="325"/>
        <source>Return package %1 is kept until return packages %2 to %3 are merged: they have not come. If they were lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Pachetul de retur %1 este păstrat până când sunt îmbinate pachetele de retur de la %2 la %3, care nu au sosit. Dacă s-au pierdut, cereți supervizorului să scrie din nou pachetul de retur („trimite tot”); acesta le înlocuiește pe toate pachetele anterioare.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="333"/>
        <source>File %1 of %2 is kept until file %3 of %2 is merged: it has not come. If it was lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Fișierul %1 de la %2 este păstrat până când este îmbinat fișierul %3 de la %2, care nu a sosit. Dacă s-a pierdut, exportați din nou toate modificările pe %2 (meniul Schimb de date sau fieldcase-cli export --again); acel fișier le înlocuiește pe toate cele anterioare.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="340"/>
        <source>File %1 of %2 is kept until files %3 to %4 of %2 are merged: they have not come. If they were lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Fișierul %1 de la %2 este păstrat până când sunt îmbinate fișierele %3 până la %4 de la %2, care nu au sosit. Dacă s-au pierdut, exportați din nou toate modificările pe %2 (meniul Schimb de date sau fieldcase-cli export --again); acel fișier le înlocuiește pe toate cele anterioare.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="403"/>
        <source>File %1 of %2 refers to records that are not here yet (%3). It is kept, with the later files of %2, and merged as soon as a file that brings those records is merged. If that file was lost, its sender can send everything again (export --again on a laptop, return --again on the central copy).</source>
        <translation>Fișierul %1 de la %2 se referă la înregistrări care nu sunt încă aici (%3). Este păstrat, împreună cu fișierele ulterioare de la %2, și va fi îmbinat imediat ce este îmbinat un fișier care aduce acele înregistrări. Dacă acel fișier s-a pierdut, expeditorul lui poate trimite din nou totul (export --again pe un laptop, return --again pe copia centrală).</translation>
    </message>
    <message>
        <source>File %1 of %2 arrived before file %3; it is kept and merged as soon as the files before it are here.</source>
        <translation type="vanished">Fișierul %1 de la %2 a sosit înaintea fișierului %3; este păstrat și va fi îmbinat imediat ce sosesc fișierele dinaintea lui.</translation>
    </message>
    <message>
        <source>File %1 of %2 refers to records that are not here yet (%3); it is kept and merged as soon as the file that brings them is merged.</source>
        <translation type="vanished">Fișierul %1 de la %2 se referă la înregistrări care nu sunt încă aici (%3); este păstrat și va fi îmbinat imediat ce este îmbinat fișierul care le aduce.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="480"/>
        <source>The merge was cancelled; nothing of %1 was written.</source>
        <translation>Îmbinarea a fost anulată; nu s-a scris nimic din %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="115"/>
        <source>This indicator rests on special-category data, which this programme does not record.</source>
        <translation>Acest indicator se bazează pe date din categorii speciale, pe care acest program nu le înregistrează.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="130"/>
        <source>The indicator was deleted.</source>
        <translation>Indicatorul a fost șters.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="314"/>
        <source>Indicators computed as &quot;%1&quot; are not known to this version.</source>
        <translation>Indicatorii calculați ca „%1” nu sunt cunoscuți de această versiune.</translation>
    </message>
</context>
<context>
    <name>IndicatorKinds</name>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="92"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a whole number from %3 to %4.</source>
        <translation>Parametrul „%1” al unui indicator calculat ca %2 trebuie să fie un număr întreg de la %3 la %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="94"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a number from %3 to %4.</source>
        <translation>Parametrul „%1” al unui indicator calculat ca %2 trebuie să fie un număr de la %3 la %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="105"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be true or false.</source>
        <translation>Parametrul „%1” al unui indicator calculat ca %2 trebuie să fie true sau false.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="112"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be one of: %3.</source>
        <translation>Parametrul „%1” al unui indicator calculat ca %2 trebuie să fie unul dintre: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="119"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a list of one or more of: %3, each once.</source>
        <translation>Parametrul „%1” al unui indicator calculat ca %2 trebuie să fie o listă cu unul sau mai multe dintre: %3, fiecare o singură dată.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="182"/>
        <source>The parameters of an indicator are written as one JSON object, for example {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</source>
        <translation>Parametrii unui indicator se scriu ca un singur obiect JSON, de exemplu {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="195"/>
        <source>An indicator computed as %1 takes no parameters; &quot;%2&quot; is not one.</source>
        <translation>Un indicator calculat ca %1 nu primește niciun parametru; „%2” nu este acceptat.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="197"/>
        <source>An indicator computed as %1 has no parameter &quot;%2&quot;; its parameters are: %3.</source>
        <translation>Un indicator calculat ca %1 nu are parametrul „%2”; parametrii lui sunt: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="204"/>
        <source>An indicator computed as %1 needs the parameter &quot;%2&quot;.</source>
        <translation>Un indicator calculat ca %1 necesită parametrul „%2”.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="215"/>
        <source>The lowest age (age_min) cannot be above the highest (age_max).</source>
        <translation>Vârsta minimă (age_min) nu poate fi mai mare decât vârsta maximă (age_max).</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="48"/>
        <source>Planned and achieved</source>
        <translation>Planificat și realizat</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Achieved</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Share</source>
        <translation>Procent</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="53"/>
        <source>Behind by</source>
        <translation>În urmă cu</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="135"/>
        <source>The target of a period is the sum of the targets set for the whole programme, the years, the quarters or the months that lie within it, the largest of these that has any; the whole programme&apos;s target is the sum of its localities&apos; where it has none of its own.</source>
        <translation>Ținta unei perioade este suma țintelor stabilite pentru întregul program, pentru anii, trimestrele sau lunile cuprinse în ea, luând cea mai mare dintre aceste unități care are ținte; ținta întregului program este suma țintelor localităților sale, acolo unde nu are una proprie.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="138"/>
        <source>Behind by: what is still missing to reach the whole target of the period, whatever part of the period has passed.</source>
        <translation>În urmă cu: cât mai lipsește pentru a atinge întreaga țintă a perioadei, indiferent ce parte din perioadă a trecut.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="141"/>
        <source>Not computed, because their parameters cannot be read: %1. Correct them in the catalogue of indicators.</source>
        <translation>Necalculați, deoarece parametrii lor nu pot fi citiți: %1. Corectați-i în catalogul de indicatori.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="146"/>
        <source>Indicators that rest on special-category data are empty: this programme does not record such data.</source>
        <translation>Indicatorii care se bazează pe date din categorii speciale sunt goi: acest program nu înregistrează astfel de date.</translation>
    </message>
</context>
<context>
    <name>IndicatorSeed</name>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="45"/>
        <source>People aged 16-55 with a signed development plan</source>
        <translation>Persoane cu vârsta de 16-55 de ani cu plan de dezvoltare semnat</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="46"/>
        <source>People aged 16 to 55 on the day the client signed their individual or family development plan.</source>
        <translation>Persoane cu vârsta între 16 și 55 de ani în ziua în care beneficiarul și-a semnat planul individual de dezvoltare sau planul de dezvoltare pentru familie.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="53"/>
        <source>Managers, professionals and support staff involved</source>
        <translation>Manageri, specialiști și personal de sprijin implicați</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="54"/>
        <source>Staff other than experience experts and municipal staff who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Membri ai personalului, alții decât experții prin experiență și personalul primăriei, care au înregistrat vizite, servicii, evenimente sau formări ori au participat la ele în perioada respectivă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="63"/>
        <source>Experience experts employed</source>
        <translation>Experți prin experiență angajați</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="64"/>
        <source>Experience experts who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Experți prin experiență care au înregistrat vizite, servicii, evenimente sau formări ori au participat la ele în perioada respectivă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="69"/>
        <source>Forums held</source>
        <translation>Forumuri organizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="70"/>
        <source>Forums that monitor expectations and achievements, held in the period.</source>
        <translation>Forumuri care monitorizează așteptările și realizările, organizate în perioada respectivă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="77"/>
        <source>Trainings held</source>
        <translation>Formări organizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="78"/>
        <source>Trainings held in the period.</source>
        <translation>Formări organizate în perioada respectivă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="86"/>
        <source>County inclusion forums held</source>
        <translation>Forumuri județene de incluziune organizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="87"/>
        <source>Inclusion forums held in the period, in April and October.</source>
        <translation>Forumuri de incluziune organizate în perioada respectivă, în aprilie și octombrie.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="90"/>
        <source>Thematic days held</source>
        <translation>Zile tematice organizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="91"/>
        <source>Thematic days on community cooperation held in the period.</source>
        <translation>Zile tematice despre cooperarea comunitară, organizate în perioada respectivă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="96"/>
        <source>Municipal staff who completed the 10-hour training</source>
        <translation>Personal al primăriei care a absolvit formarea de 10 ore</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="97"/>
        <source>Municipal staff with at least 10 hours of training in the period, recorded as their trainings or as attendance at training events.</source>
        <translation>Personal al primăriei cu cel puțin 10 ore de formare în perioada respectivă, înregistrate ca formări proprii sau ca participare la evenimente de formare.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="108"/>
        <source>Clients handed over between facilities</source>
        <translation>Beneficiari transferați între unități</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="109"/>
        <source>Hand-overs to another facility sent in the period and not declined or cancelled.</source>
        <translation>Transferuri către o altă unitate, trimise în perioada respectivă, care nu au fost refuzate sau anulate.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="116"/>
        <source>People in employment on leaving</source>
        <translation>Persoane cu loc de muncă la ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="117"/>
        <source>People whose exit record in the period says employed or self-employed.</source>
        <translation>Persoane a căror fișă de ieșire din perioada respectivă indică angajat sau lucrător pe cont propriu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="127"/>
        <source>Families served by the mobile team</source>
        <translation>Familii deservite de echipa mobilă</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="128"/>
        <source>Households with a visit or service in the period in which at least two staff members took part.</source>
        <translation>Gospodării cu o vizită sau un serviciu în perioada respectivă, la care au participat cel puțin doi membri ai personalului.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="135"/>
        <source>Participation events held</source>
        <translation>Evenimente de participare organizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="136"/>
        <source>Community meetings and consultations on local decisions held in the period.</source>
        <translation>Întâlniri comunitare și consultări privind deciziile locale, organizate în perioada respectivă.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="44"/>
        <source>SQLite integrity: %1</source>
        <translation>Integritate SQLite: %1</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="58"/>
        <source>%1 row %2 points at a missing %3 record.</source>
        <translation>%1, rândul %2, indică o înregistrare %3 care lipsește.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="80"/>
        <source>%1: live records lack the required field %2.</source>
        <translation>%1: înregistrările active nu au câmpul obligatoriu %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="86"/>
        <source>%1: field %2 holds values that are not among its choices.</source>
        <translation>%1: câmpul %2 conține valori care nu se află printre opțiunile sale.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="92"/>
        <source>%1: field %2 holds values that are not dates.</source>
        <translation>%1: câmpul %2 conține valori care nu sunt date calendaristice.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="99"/>
        <source>%1: live records point through %2 at deleted records.</source>
        <translation>%1: înregistrările active indică prin %2 înregistrări șterse.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="105"/>
        <source>%1: field %2 holds values that are not whole numbers.</source>
        <translation>%1: câmpul %2 conține valori care nu sunt numere întregi.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="117"/>
        <source>%1: deleted records still hold personal data.</source>
        <translation>%1: înregistrările șterse încă mai conțin date personale.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="122"/>
        <source>%1: records were changed without a matching change-log entry.</source>
        <translation>%1: înregistrările au fost modificate fără o intrare corespunzătoare în jurnalul de modificări.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="128"/>
        <source>The search index of %1 does not match the records.</source>
        <translation>Indexul de căutare al %1 nu corespunde înregistrărilor.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="132"/>
        <source>The search index of %1 lists records that are gone.</source>
        <translation>Indexul de căutare al %1 listează înregistrări care nu mai există.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="135"/>
        <source>The change log holds entries that cannot be read.</source>
        <translation>Jurnalul de modificări conține intrări care nu pot fi citite.</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="174"/>
        <source>The database is busy in another window or program; nothing was merged. Close it there and try again.</source>
        <translation>Baza de date este folosită de altă fereastră sau alt program; nu s-a îmbinat nimic. Închideți-o acolo și încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="203"/>
        <source>unknown table &quot;%1&quot;</source>
        <translation>tabel necunoscut „%1”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="206"/>
        <source>a change or record id is not valid</source>
        <translation>id-ul unei modificări sau al unei înregistrări nu este valid</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="209"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>operație necunoscută „%1”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="213"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>acțiune necunoscută „%1”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="216"/>
        <source>the change has no valid time stamp or device</source>
        <translation>modificarea nu are o marcă de timp sau un dispozitiv valid</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="219"/>
        <source>the merge target is not a valid id</source>
        <translation>ținta îmbinării nu este un id valid</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="224"/>
        <source>the list of settled changes is not readable</source>
        <translation>lista modificărilor soluționate nu poate fi citită</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="229"/>
        <source>the field values are not readable</source>
        <translation>valorile câmpurilor nu pot fi citite</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="234"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 nu are câmpul „%2”</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="237"/>
        <source>the value of %1 is not an [old, new] pair</source>
        <translation>valoarea lui %1 nu este o pereche [veche, nouă]</translation>
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
            <numerusform>Modificările se referă la %n înregistrare pe care această copie nu o are. Îmbinați mai întâi fișierele anterioare de la același laptop sau cereți un export nou.</numerusform>
            <numerusform>Modificările se referă la %n înregistrări pe care această copie nu le are. Îmbinați mai întâi fișierele anterioare de la același laptop sau cereți un export nou.</numerusform>
            <numerusform>Modificările se referă la %n de înregistrări pe care această copie nu le are. Îmbinați mai întâi fișierele anterioare de la același laptop sau cereți un export nou.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/MessageBox.cpp" line="45"/>
        <source>Save the changes you made here?</source>
        <translation>Salvați modificările făcute aici?</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="371"/>
        <source>The file could not be read.</source>
        <translation>Fișierul nu a putut fi citit.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="373"/>
        <source>The file is far larger than any Fieldcase package; it is not one.</source>
        <translation>Fișierul este mult mai mare decât orice pachet Fieldcase; nu este un pachet.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="375"/>
        <source>This is not a Fieldcase exchange file.</source>
        <translation>Acesta nu este un fișier de schimb Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="377"/>
        <source>This file was made by a newer version of Fieldcase. Install the newer version to read it.</source>
        <translation>Acest fișier a fost creat de o versiune mai nouă a Fieldcase. Instalați versiunea mai nouă pentru a-l citi.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="379"/>
        <source>This is a different kind of Fieldcase file (for example an enrolment file or a return package) and cannot be merged here.</source>
        <translation>Acesta este un alt tip de fișier Fieldcase (de exemplu un fișier de înrolare sau un pachet de retur) și nu poate fi îmbinat aici.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="382"/>
        <source>This file belongs to another programme.</source>
        <translation>Acest fișier aparține altui program.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="384"/>
        <source>This file was encrypted for another copy (another central copy or another laptop); this copy cannot open it.</source>
        <translation>Acest fișier a fost criptat pentru altă copie (altă copie centrală sau alt laptop); această copie nu îl poate deschide.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="387"/>
        <source>This file comes from a laptop that this central copy has not enrolled.</source>
        <translation>Acest fișier provine de la un laptop pe care această copie centrală nu l-a înrolat.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="389"/>
        <source>This file comes from a laptop whose enrolment was withdrawn; it is not accepted.</source>
        <translation>Acest fișier provine de la un laptop a cărui înrolare a fost retrasă; nu este acceptat.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="391"/>
        <source>The file was altered or cut short after it was made, or it was not made by the device it names. Ask for a new copy of the file.</source>
        <translation>Fișierul a fost modificat sau trunchiat după ce a fost creat ori nu a fost creat de dispozitivul pe care îl indică. Cereți o copie nouă a fișierului.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="394"/>
        <source>The file could not be decrypted with this copy&apos;s key or the passphrase given.</source>
        <translation>Fișierul nu a putut fi decriptat cu cheia acestei copii sau cu fraza de acces introdusă.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="396"/>
        <source>The file decrypted but its contents are damaged.</source>
        <translation>Fișierul a fost decriptat, dar conținutul lui este deteriorat.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="240"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="262"/>
        <source>The encryption library could not start.</source>
        <translation>Biblioteca de criptare nu a putut porni.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="245"/>
        <source>The recipient&apos;s key is not valid; the package was not written.</source>
        <translation>Cheia destinatarului nu este validă; pachetul nu a fost scris.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="268"/>
        <source>The key could not be derived from the passphrase (not enough memory).</source>
        <translation>Cheia nu a putut fi derivată din fraza de acces (memorie insuficientă).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="282"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="358"/>
        <source>The package could not be written. Check the disk or stick.</source>
        <translation>Pachetul nu a putut fi scris. Verificați discul sau stick-ul.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="355"/>
        <source>The package could not be signed: the signing key is not valid.</source>
        <translation>Pachetul nu a putut fi semnat: cheia de semnare nu este validă.</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="102"/>
        <source>%1 could not be written. Check that the stick or folder is writable and has room.</source>
        <translation>%1 nu a putut fi scris. Verificați dacă pe stick sau în dosar se poate scrie și dacă există spațiu.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="227"/>
        <source>The laptop &quot;%1&quot; was revoked; it gets no more data.</source>
        <translation>Laptopul „%1” a fost revocat; nu mai primește date.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="304"/>
        <source>Give the laptop a name of 1 to 100 characters.</source>
        <translation>Dați laptopului un nume de 1 până la 100 de caractere.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="307"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Fraza de acces trebuie să aibă cel puțin 12 caractere.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="324"/>
        <source>There is no staff member with the account or name &quot;%1&quot;. Add the worker as a staff member first.</source>
        <translation>Nu există niciun membru al personalului cu contul sau numele „%1”. Adăugați mai întâi lucrătorul ca membru al personalului.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="334"/>
        <source>A laptop called &quot;%1&quot; is already enrolled. Choose another name, or revoke the old enrolment first.</source>
        <translation>Un laptop numit „%1” este deja înrolat. Alegeți alt nume sau revocați mai întâi înrolarea veche.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="430"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 letters and digits in 8 groups, as the supervisor&apos;s enrolment printed it.</source>
        <translation>„%1” nu este o amprentă de cheie: aceasta are 32 de litere și cifre în 8 grupuri, așa cum a fost tipărită la înrolarea făcută de supervizor.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="443"/>
        <location filename="../../core/exchange/Packages.cpp" line="460"/>
        <source>The passphrase does not open this enrolment file. Check it with your supervisor.</source>
        <translation>Fraza de acces nu deschide acest fișier de înrolare. Verificați-o împreună cu supervizorul.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="493"/>
        <source>This enrolment file was not made by the central copy whose key you were given (%1): it was signed with the key %2. Do not use it, and tell your supervisor.</source>
        <translation>Acest fișier de înrolare nu a fost făcut de copia centrală a cărei cheie v-a fost comunicată (%1): a fost semnat cu cheia %2. Nu îl folosiți și anunțați-l pe supervizor.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="506"/>
        <source>%1 is a central copy; a laptop joins with a database of its own.</source>
        <translation>%1 este o copie centrală; un laptop se alătură cu o bază de date proprie.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="512"/>
        <source>This laptop&apos;s database already belongs to another programme. Use a new database file to join this one.</source>
        <translation>Baza de date a acestui laptop aparține deja altui program. Folosiți un fișier nou de bază de date pentru a vă alătura acestuia.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="515"/>
        <source>This laptop&apos;s database has already joined the programme (as &quot;%1&quot;).</source>
        <translation>Baza de date a acestui laptop s-a alăturat deja programului (ca „%1”).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="523"/>
        <source>%1 already holds records. A laptop joins with a new, empty database file.</source>
        <translation>%1 conține deja înregistrări. Un laptop se alătură cu un fișier nou, gol, de bază de date.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <location filename="../../core/documents/PagedRenderer.cpp" line="260"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="100"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>Tipărirea necesită partea grafică a Qt, care nu rulează.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="114"/>
        <source>The PDF could not be started.</source>
        <translation>Fișierul PDF nu a putut fi început.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="146"/>
        <source>For use outside the programme: small counts suppressed</source>
        <translation>Pentru uz în afara programului: valorile mici sunt suprimate</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="147"/>
        <source>Internal: holds small counts; not to leave the programme</source>
        <translation>Intern: conține valori mici; nu trebuie să iasă din program</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="151"/>
        <source>The PDF could not be finished.</source>
        <translation>Fișierul PDF nu a putut fi finalizat.</translation>
    </message>
</context>
<context>
    <name>PlanWork</name>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="151"/>
        <source>This plan was deleted; it cannot be reviewed.</source>
        <translation>Acest plan a fost șters; nu poate fi revizuit.</translation>
    </message>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="172"/>
        <source>The review date is before the plan started (%1). Check the date.</source>
        <translation>Data revizuirii este anterioară începerii planului (%1). Verificați data.</translation>
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
        <translation>Nu există niciun tabel numit „%1”.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="96"/>
        <location filename="../../core/domain/RecordStore.cpp" line="150"/>
        <location filename="../../core/domain/RecordStore.cpp" line="153"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 nu are niciun câmp numit „%2”.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="120"/>
        <source>The %1 record %2 does not exist.</source>
        <translation>Înregistrarea de tip „%1” %2 nu există.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="192"/>
        <source>%1: there is no %2 with the id %3.</source>
        <translation>%1: nu există nicio înregistrare de tip „%2” cu id-ul %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="199"/>
        <source>%1: the %2 it points to was deleted.</source>
        <translation>%1: înregistrarea de tip „%2” la care face referire a fost ștearsă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="209"/>
        <source>%1 is required.</source>
        <translation>%1 este obligatoriu.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="270"/>
        <source>&quot;%1&quot; is not a record id; ids look like 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</source>
        <translation>„%1” nu este id-ul unei înregistrări; id-urile arată astfel: 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="283"/>
        <source>A %1 with the id %2 already exists.</source>
        <translation>Există deja o înregistrare de tip „%1” cu id-ul %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="335"/>
        <source>This %1 was deleted; it can no longer be changed.</source>
        <translation>Această înregistrare de tip „%1” a fost ștearsă; nu mai poate fi modificată.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="338"/>
        <source>A %1 is a record of what happened and is not edited. Record a correction instead; it will replace this one.</source>
        <translation>O înregistrare de tip „%1” consemnează ce s-a întâmplat și nu se editează. Înregistrați în schimb o corectare; aceasta o va înlocui pe cea de față.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="376"/>
        <source>%1 was changed differently on two devices, and a person has not decided yet which answer stands. Decide it in the conflict inbox; it cannot be changed here until then.</source>
        <translation>%1 a fost modificat diferit pe două dispozitive și nimeni nu a decis încă ce variantă rămâne valabilă. Decideți în Conflicte în așteptare; până atunci nu poate fi modificat aici.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="383"/>
        <source>The %1 is frozen once saved. To change it, make a correction and say why; the correction is logged.</source>
        <translation>Înregistrarea de tip „%1” este înghețată după salvare. Pentru a o modifica, faceți o corectare și precizați motivul; corectarea este înregistrată în jurnal.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="436"/>
        <source>A %1 is a record of what happened and cannot be deleted. Record a correction that withdraws it instead.</source>
        <translation>O înregistrare de tip „%1” consemnează ce s-a întâmplat și nu poate fi ștearsă. Înregistrați în schimb o corectare care o retrage.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="456"/>
        <source>The record owns too deep a tree of records to delete at once.</source>
        <translation>Înregistrarea conține un arbore prea adânc de înregistrări subordonate pentru a fi ștearsă dintr-odată.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="461"/>
        <source>A %1 is a record of what happened and cannot be deleted.</source>
        <translation>O înregistrare de tip „%1” consemnează ce s-a întâmplat și nu poate fi ștearsă.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/domain/RecordStore.cpp" line="483"/>
        <source>This %1 cannot be deleted: %n record(s) of type &quot;%2&quot; still point at it (%3). Change or delete those first.</source>
        <translation>
            <numerusform>Această înregistrare de tip „%1” nu poate fi ștearsă: %n înregistrare de tipul „%2” încă face referire la ea (%3). Modificați sau ștergeți mai întâi acea înregistrare.</numerusform>
            <numerusform>Această înregistrare de tip „%1” nu poate fi ștearsă: %n înregistrări de tipul „%2” încă fac referire la ea (%3). Modificați sau ștergeți mai întâi acele înregistrări.</numerusform>
            <numerusform>Această înregistrare de tip „%1” nu poate fi ștearsă: %n de înregistrări de tipul „%2” încă fac referire la ea (%3). Modificați sau ștergeți mai întâi acele înregistrări.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralWork</name>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="65"/>
        <source>A referral passes the person&apos;s data to another service: choose their consent for referrals or for sharing with other services. If there is none, record it first.</source>
        <translation>O referire transmite datele persoanei către un alt serviciu: alegeți consimțământul ei pentru referiri sau pentru transmiterea datelor către alte servicii. Dacă nu există, înregistrați-l mai întâi.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="95"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>O referire cu starea „%1” nu poate trece în starea „%2”.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="102"/>
        <source>%1 cannot be before the referral was sent.</source>
        <translation>%1 nu poate fi înainte de trimiterea referirii.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="108"/>
        <source>%1 is in the future; record the answer when it comes.</source>
        <translation>%1 este în viitor; înregistrați răspunsul când sosește.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="127"/>
        <source>Choose the staff member who takes over; they become the case manager.</source>
        <translation>Alegeți membrul personalului care preia cazul; acesta devine managerul de caz.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/reports/ReportActions.cpp" line="67"/>
        <source>Programme &amp;dashboard...</source>
        <translation>&amp;Tablou de bord al programului...</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="26"/>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Registre de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="31"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="38"/>
        <source>Reports cannot be written as &quot;%1&quot;; choose CSV, XLSX or PDF.</source>
        <translation>Rapoartele nu pot fi scrise ca „%1”; alegeți CSV, XLSX sau PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="48"/>
        <source>Saved &quot;%1&quot; (%2) as %3 to %4: %n row(s).</source>
        <translation>
            <numerusform>S-a salvat „%1” (%2) ca %3 în %4: %n rând.</numerusform>
            <numerusform>S-a salvat „%1” (%2) ca %3 în %4: %n rânduri.</numerusform>
            <numerusform>S-a salvat „%1” (%2) ca %3 în %4: %n de rânduri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="52"/>
        <source>For outside the programme: %n cell(s) hidden (&lt;5 or x).</source>
        <translation>
            <numerusform>Pentru exteriorul programului: %n celulă ascunsă (&lt;5 sau x).</numerusform>
            <numerusform>Pentru exteriorul programului: %n celule ascunse (&lt;5 sau x).</numerusform>
            <numerusform>Pentru exteriorul programului: %n de celule ascunse (&lt;5 sau x).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="53"/>
        <source>For the programme&apos;s own use: every count as it is; do not send it outside.</source>
        <translation>Pentru uzul propriu al programului: fiecare valoare așa cum este; nu îl trimiteți în afara programului.</translation>
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
        <translation>%1 trebuie să fie o zi care există, scrisă YYYY-MM-DD (de exemplu 2026-01-31); „%2” nu este.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="54"/>
        <source>The period would end on %1, before it starts on %2. Choose a first day on or before the last.</source>
        <translation>Perioada s-ar încheia la %1, înainte de a începe, la %2. Alegeți o primă zi care nu este după ultima.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="67"/>
        <source>There is no locality with the id %1 in this database. Check the id against the list of localities.</source>
        <translation>Nu există nicio localitate cu id-ul %1 în această bază de date. Verificați id-ul în lista localităților.</translation>
    </message>
</context>
<context>
    <name>ReportPrivacy</name>
    <message>
        <location filename="../../core/reports/ReportPrivacy.cpp" line="77"/>
        <source>For use outside the programme: a count of fewer than %1 people is not shown (&lt;%1), and neither is the smallest count beside it where it could otherwise be worked out from the others.</source>
        <translation>Pentru uz în afara programului: un număr mai mic de %1 persoane nu este afișat (&lt;%1) și nici cel mai mic număr de lângă el, acolo unde altfel ar putea fi dedus din celelalte.</translation>
    </message>
</context>
<context>
    <name>ReportSuppression</name>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="323"/>
        <source>Counts of 1 to %1 people are suppressed and shown as &quot;%2&quot;. Zero is shown: it reveals no one.</source>
        <translation>Valorile de 1 până la %1 persoane sunt suprimate și afișate ca „%2”. Zero este afișat: nu dezvăluie pe nimeni.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="327"/>
        <source>Cells shown as &quot;%1&quot; are hidden so that a suppressed count cannot be worked out from a total or a share; they may hold %2 or more.</source>
        <translation>Celulele afișate ca „%1” sunt ascunse pentru ca o valoare suprimată să nu poată fi dedusă dintr-un total sau dintr-un procent; ele pot conține %2 sau mai mult.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="333"/>
        <source>Names and identifiers of people and households are left out.</source>
        <translation>Se omit numele și identificatorii persoanelor și gospodăriilor.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="20"/>
        <source>%1 could not be written: the disk is full. Free some space or choose another place; nothing was saved.</source>
        <translation>%1 nu a putut fi scris: discul este plin. Eliberați spațiu sau alegeți alt loc; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="27"/>
        <source>%1 could not be written. Choose a folder you can write to; nothing was saved.</source>
        <translation>%1 nu a putut fi scris. Alegeți un dosar în care aveți drept de scriere; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="39"/>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 este un dosar. Indicați numele fișierului de scris.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="95"/>
        <source>Unknown report format.</source>
        <translation>Format de raport necunoscut.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="100"/>
        <source>The report has no columns; there is nothing to write.</source>
        <translation>Raportul nu are coloane; nu este nimic de scris.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="105"/>
        <source>The report could not be written: its rows do not match its columns. This is a fault in Fieldcase; please report it.</source>
        <translation>Raportul nu a putut fi scris: rândurile sale nu corespund coloanelor. Aceasta este o eroare în Fieldcase; vă rugăm să o raportați.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="121"/>
        <source>The report could not be written out.</source>
        <translation>Raportul nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="25"/>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="56"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
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
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="30"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="27"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="54"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="116"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="278"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="31"/>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="37"/>
        <source>Computed as</source>
        <translation>Calculat ca</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="43"/>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="45"/>
        <source>Definition</source>
        <translation>Definiție</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="47"/>
        <source>Shipped with Fieldcase</source>
        <translation>Livrat cu Fieldcase</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="54"/>
        <source>Indicator target</source>
        <translation>Ținta indicatorului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="57"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="62"/>
        <source>Period from</source>
        <translation>Perioadă de la</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="66"/>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="75"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="76"/>
        <source>Households</source>
        <translation>Gospodării</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="77"/>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="79"/>
        <source>Referrals</source>
        <translation>Referiri</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="80"/>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="81"/>
        <source>ESF+ common indicator</source>
        <translation>Indicator comun ESF+</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="82"/>
        <source>Participants entering in the period</source>
        <translation>Participanți care intră în perioada respectivă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="83"/>
        <source>Participants leaving in the period</source>
        <translation>Participanți care ies în perioada respectivă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="84"/>
        <source>People with a signed development plan</source>
        <translation>Persoane cu plan de dezvoltare semnat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="85"/>
        <source>Events held</source>
        <translation>Evenimente organizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="86"/>
        <source>Hours of events</source>
        <translation>Ore de evenimente</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="87"/>
        <source>Staff active in the period</source>
        <translation>Personal activ în perioada respectivă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="88"/>
        <source>Staff who completed training hours</source>
        <translation>Personal care a absolvit orele de formare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="89"/>
        <source>Households served</source>
        <translation>Gospodării deservite</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="90"/>
        <source>Clients handed over between facilities</source>
        <translation>Beneficiari transferați între unități</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="91"/>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="92"/>
        <source>Quarter</source>
        <translation>Trimestru</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="93"/>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="94"/>
        <source>Whole programme</source>
        <translation>Întregul program</translation>
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
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="32"/>
        <source>Funder line</source>
        <translation>Linie de finanțare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="34"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="56"/>
        <source>Municipality</source>
        <translation>Comună/oraș</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="35"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="59"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="39"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="306"/>
        <source>Start date</source>
        <translation>Data începerii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="40"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="307"/>
        <source>End date</source>
        <translation>Data încheierii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="42"/>
        <source>Record special-category data</source>
        <translation>Înregistrare date din categorii speciale</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="44"/>
        <source>Months between plan reviews</source>
        <translation>Luni între revizuirile planului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="64"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="50"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="114"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="276"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="549"/>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="58"/>
        <source>County or region</source>
        <translation>Județ sau regiune</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="63"/>
        <source>Settlement kind</source>
        <translation>Tipul așezării</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="67"/>
        <source>Degree of urbanisation</source>
        <translation>Grad de urbanizare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="70"/>
        <source>Postal code</source>
        <translation>Cod poștal</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="77"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="102"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="461"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="569"/>
        <source>Staff member</source>
        <translation>Membru al personalului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="82"/>
        <source>Full name</source>
        <translation>Nume complet</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="84"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="464"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="571"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="89"/>
        <source>Is experience expert</source>
        <translation>Este expert prin experiență</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="91"/>
        <source>Account name</source>
        <translation>Nume de cont</translation>
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
        <translation>Activ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="100"/>
        <source>Staff training</source>
        <translation>Formare a personalului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="103"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="301"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="104"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="546"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="78"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="105"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="547"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="574"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="106"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="386"/>
        <source>Provider</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="112"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="136"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="297"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="424"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="488"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="511"/>
        <source>Household</source>
        <translation>Gospodărie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="117"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="285"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="119"/>
        <source>Head of household</source>
        <translation>Capul gospodăriei</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="122"/>
        <source>Housing situation</source>
        <translation>Situația locativă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="127"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="163"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="311"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="603"/>
        <source>Case manager</source>
        <translation>Manager de caz</translation>
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
        <translation>Persoană</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="139"/>
        <source>Family name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="141"/>
        <source>Given names</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="143"/>
        <source>Birth name</source>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="145"/>
        <source>Mother&apos;s birth name</source>
        <translation>Numele mamei la naștere</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="147"/>
        <source>Date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="149"/>
        <source>Place of birth</source>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="151"/>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="154"/>
        <source>Relationship to head</source>
        <translation>Relația cu capul gospodăriei</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="160"/>
        <source>Languages</source>
        <translation>Limbi vorbite</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="161"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="673"/>
        <source>Client</source>
        <translation>Beneficiar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="170"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="522"/>
        <source>Consent</source>
        <translation>Consimțământ</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="173"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="432"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="178"/>
        <source>Consent text version</source>
        <translation>Versiunea textului consimțământului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="180"/>
        <source>Date given</source>
        <translation>Data acordării</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="182"/>
        <source>Method</source>
        <translation>Modalitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="184"/>
        <source>Given by</source>
        <translation>Acordat de</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="187"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="319"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="640"/>
        <source>Legal representative</source>
        <translation>Reprezentant legal</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="189"/>
        <source>Date withdrawn</source>
        <translation>Data retragerii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="191"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="426"/>
        <source>Recorded by</source>
        <translation>Înregistrat de</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="198"/>
        <source>Entry record</source>
        <translation>Fișă de intrare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="203"/>
        <source>Date of entry</source>
        <translation>Data intrării</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="205"/>
        <source>Labour status</source>
        <translation>Statut pe piața muncii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="209"/>
        <source>Highest education (ISCED)</source>
        <translation>Cel mai înalt nivel de educație (ISCED)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="213"/>
        <source>Disability</source>
        <translation>Dizabilitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="216"/>
        <source>Minority, including marginalised communities</source>
        <translation>Minoritate, inclusiv comunități marginalizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="219"/>
        <source>Homeless or housing exclusion</source>
        <translation>Persoană fără adăpost sau afectată de excluziune locativă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="222"/>
        <source>Jobless household</source>
        <translation>Gospodărie fără persoane ocupate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="225"/>
        <source>Single adult household with children</source>
        <translation>Gospodărie cu un singur adult și copii în întreținere</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="227"/>
        <source>Asked by</source>
        <translation>Întrebat de</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="229"/>
        <source>Asked on</source>
        <translation>Data întrebării</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="233"/>
        <source>Unemployed since</source>
        <translation>Șomer din</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="235"/>
        <source>Citizenship</source>
        <translation>Cetățenie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="239"/>
        <source>Foreign background</source>
        <translation>Origine străină</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="246"/>
        <source>Exit record</source>
        <translation>Fișă de ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="250"/>
        <source>Date of exit</source>
        <translation>Data ieșirii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="252"/>
        <source>Situation on leaving</source>
        <translation>Situația la ieșire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="257"/>
        <source>Qualification gained</source>
        <translation>Calificare obținută</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="259"/>
        <source>Follow-up date</source>
        <translation>Data contactului ulterior</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="262"/>
        <source>Situation six months later</source>
        <translation>Situația după șase luni</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="272"/>
        <source>Facility</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="284"/>
        <source>Beds</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="292"/>
        <source>Development plan</source>
        <translation>Plan de dezvoltare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="302"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="366"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="388"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="499"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="525"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="309"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="406"/>
        <source>Next review</source>
        <translation>Următoarea revizuire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="313"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="604"/>
        <source>Experience expert</source>
        <translation>Expert prin experiență</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="315"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="408"/>
        <source>Plan version</source>
        <translation>Versiunea planului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="316"/>
        <source>Signed by</source>
        <translation>Semnat de</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="321"/>
        <source>Signed by client on</source>
        <translation>Semnat de beneficiar la</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="323"/>
        <source>Signed by case manager on</source>
        <translation>Semnat de managerul de caz la</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="325"/>
        <source>Signed by experience expert on</source>
        <translation>Semnat de expertul prin experiență la</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="332"/>
        <source>Plan need</source>
        <translation>Nevoie din plan</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="333"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="350"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="377"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="398"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="336"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="355"/>
        <source>Intervention area</source>
        <translation>Domeniu de intervenție</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="341"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="385"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="493"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="342"/>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="349"/>
        <source>Plan goal</source>
        <translation>Obiectiv din plan</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="359"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="379"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="476"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="490"/>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="360"/>
        <source>Steps</source>
        <translation>Pași</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="361"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="494"/>
        <source>Who does it</source>
        <translation>Cine se ocupă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="363"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="496"/>
        <source>Responsible staff member</source>
        <translation>Membru al personalului responsabil</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="365"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="498"/>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="48"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="370"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="376"/>
        <source>Plan action</source>
        <translation>Acțiune din plan</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="387"/>
        <source>Due date</source>
        <translation>Termen-limită</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="396"/>
        <source>Plan review</source>
        <translation>Revizuirea planului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="401"/>
        <source>Review date</source>
        <translation>Data revizuirii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="403"/>
        <source>Reviewed by</source>
        <translation>Revizuit de</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="404"/>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="410"/>
        <source>Plan as reviewed</source>
        <translation>Planul așa cum a fost revizuit</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="416"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="457"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="474"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="484"/>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="429"/>
        <source>Date and time</source>
        <translation>Data și ora</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="430"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="548"/>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="431"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="684"/>
        <source>Planned</source>
        <translation>Planificat(ă)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="434"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="690"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="436"/>
        <source>Observations</source>
        <translation>Observații</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="438"/>
        <source>Agreements</source>
        <translation>Înțelegeri</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="440"/>
        <source>Minutes spent</source>
        <translation>Durată (minute)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="442"/>
        <source>Child protection or risk concern</source>
        <translation>Îngrijorare privind protecția copilului sau alt risc</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="444"/>
        <source>Risk note</source>
        <translation>Notă privind riscul</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="446"/>
        <source>Next visit</source>
        <translation>Următoarea vizită</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="447"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="576"/>
        <source>Corrects</source>
        <translation>Corectează</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="449"/>
        <source>Withdrawn</source>
        <translation>Retras</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="455"/>
        <source>Activity participant</source>
        <translation>Participant la activitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="472"/>
        <source>Activity goal link</source>
        <translation>Legătură activitate–obiectiv</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="483"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="691"/>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="506"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="632"/>
        <source>Referral</source>
        <translation>Referire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="514"/>
        <source>From service</source>
        <translation>Serviciul de la care se face referirea</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="516"/>
        <source>To service</source>
        <translation>Serviciul către care se face referirea</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="518"/>
        <source>From facility</source>
        <translation>Unitatea de la care se face transferul</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="520"/>
        <source>To facility</source>
        <translation>Unitatea către care se face transferul</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="521"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="524"/>
        <source>Date sent</source>
        <translation>Data trimiterii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="529"/>
        <source>Status since</source>
        <translation>Stare valabilă din</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="530"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="532"/>
        <source>Referred by</source>
        <translation>Referit de</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="534"/>
        <source>Receiving staff member</source>
        <translation>Membrul personalului care preia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="540"/>
        <source>Group event</source>
        <translation>Eveniment de grup</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="545"/>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="554"/>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="556"/>
        <source>External guests</source>
        <translation>Invitați externi</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="563"/>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="565"/>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="575"/>
        <source>Present</source>
        <translation>Prezent</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="586"/>
        <source>Catching-up settlements</source>
        <translation>Recuperare în localitățile defavorizate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="587"/>
        <source>Regional social services</source>
        <translation>Servicii sociale regionale</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="588"/>
        <source>Community work centre</source>
        <translation>Centru comunitar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="589"/>
        <source>County inclusion coordination</source>
        <translation>Coordonare județeană a incluziunii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="590"/>
        <source>Hungary</source>
        <translation>Ungaria</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="591"/>
        <source>Czechia</source>
        <translation>Cehia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="592"/>
        <source>Slovakia</source>
        <translation>Slovacia</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="593"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="594"/>
        <source>Romania</source>
        <translation>România</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="595"/>
        <source>Segregated settlement</source>
        <translation>Comunitate segregată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="596"/>
        <source>Village</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="597"/>
        <source>Town</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="598"/>
        <source>City district</source>
        <translation>Cartier de oraș</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="599"/>
        <source>Rural</source>
        <translation>Rural</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="600"/>
        <source>Intermediate</source>
        <translation>Intermediar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="601"/>
        <source>Urban</source>
        <translation>Urban</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="602"/>
        <source>Social worker</source>
        <translation>Asistent social</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="605"/>
        <source>Supervisor</source>
        <translation>Supervizor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="606"/>
        <source>Health mediator</source>
        <translation>Mediator sanitar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="607"/>
        <source>Education mediator</source>
        <translation>Mediator școlar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="608"/>
        <source>Assistant</source>
        <translation>Asistent</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="609"/>
        <source>Coordinator</source>
        <translation>Coordonator</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="610"/>
        <source>Municipal staff</source>
        <translation>Personal al primăriei</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="611"/>
        <source>Owned</source>
        <translation>Proprietate personală</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="612"/>
        <source>Rented</source>
        <translation>Închiriată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="613"/>
        <source>Social rented</source>
        <translation>Locuință socială</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="614"/>
        <source>Informal</source>
        <translation>Informală</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="615"/>
        <source>Shelter</source>
        <translation>Adăpost</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="616"/>
        <source>Homeless</source>
        <translation>Fără adăpost</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="617"/>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="618"/>
        <source>Female</source>
        <translation>Feminin</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="619"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="620"/>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="621"/>
        <source>Head</source>
        <translation>Capul gospodăriei</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="622"/>
        <source>Spouse</source>
        <translation>Soț/soție</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="623"/>
        <source>Partner</source>
        <translation>Partener(ă)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="624"/>
        <source>Child</source>
        <translation>Copil</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="625"/>
        <source>Parent</source>
        <translation>Părinte</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="626"/>
        <source>Sibling</source>
        <translation>Frate/soră</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="627"/>
        <source>Grandchild</source>
        <translation>Nepot/nepoată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="628"/>
        <source>Grandparent</source>
        <translation>Bunic/bunică</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="629"/>
        <source>Other relative</source>
        <translation>Altă rudă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="630"/>
        <source>Case work</source>
        <translation>Managementul cazului</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="631"/>
        <source>Sharing with other services</source>
        <translation>Transmiterea datelor către alte servicii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="633"/>
        <source>Special-category data</source>
        <translation>Date din categorii speciale</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="634"/>
        <source>Photos</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="635"/>
        <source>Monitoring</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="636"/>
        <source>Written</source>
        <translation>Scris</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="637"/>
        <source>Oral, witnessed</source>
        <translation>Verbal, în prezența unui martor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="638"/>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="639"/>
        <source>Self</source>
        <translation>Persoana însăși</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="641"/>
        <source>Employed</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="642"/>
        <source>Self-employed</source>
        <translation>Lucrător pe cont propriu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="643"/>
        <source>Unemployed</source>
        <translation>Șomer</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="644"/>
        <source>Long-term unemployed</source>
        <translation>Șomer de lungă durată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="645"/>
        <source>Inactive</source>
        <translation>Inactiv</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="646"/>
        <source>In education</source>
        <translation>În educație</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="647"/>
        <source>ISCED 0: early childhood or none</source>
        <translation>ISCED 0: educație timpurie sau fără educație</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="648"/>
        <source>ISCED 1: primary</source>
        <translation>ISCED 1: învățământ primar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="649"/>
        <source>ISCED 2: lower secondary</source>
        <translation>ISCED 2: învățământ gimnazial</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="650"/>
        <source>ISCED 3: upper secondary</source>
        <translation>ISCED 3: învățământ liceal</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="651"/>
        <source>ISCED 4: post-secondary non-tertiary</source>
        <translation>ISCED 4: învățământ postliceal nonterțiar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="652"/>
        <source>ISCED 5: short-cycle tertiary</source>
        <translation>ISCED 5: învățământ terțiar de scurtă durată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="653"/>
        <source>ISCED 6: bachelor&apos;s or equivalent</source>
        <translation>ISCED 6: licență sau echivalent</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="654"/>
        <source>ISCED 7: master&apos;s or equivalent</source>
        <translation>ISCED 7: master sau echivalent</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="655"/>
        <source>ISCED 8: doctoral</source>
        <translation>ISCED 8: doctorat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="656"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="657"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="658"/>
        <source>Declined to answer</source>
        <translation>A refuzat să răspundă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="659"/>
        <source>Job searching</source>
        <translation>În căutarea unui loc de muncă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="660"/>
        <source>In training</source>
        <translation>În formare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="661"/>
        <source>Field social work</source>
        <translation>Asistență socială pe teren</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="662"/>
        <source>Counselling</source>
        <translation>Consiliere</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="663"/>
        <source>Family support service</source>
        <translation>Serviciu de sprijin pentru familie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="664"/>
        <source>Job centre</source>
        <translation>Agenția de ocupare a forței de muncă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="665"/>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="666"/>
        <source>School</source>
        <translation>Școală</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="667"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="668"/>
        <source>Family</source>
        <translation>Familial</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="669"/>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="670"/>
        <source>Awaiting signature</source>
        <translation>În așteptarea semnăturii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="672"/>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="674"/>
        <source>Education</source>
        <translation>Educație</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="675"/>
        <source>Employment</source>
        <translation>Ocupare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="676"/>
        <source>Housing</source>
        <translation>Locuire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="677"/>
        <source>Income and debt</source>
        <translation>Venituri și datorii</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="678"/>
        <source>Children and family</source>
        <translation>Copii și familie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="679"/>
        <source>Documents</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="680"/>
        <source>Community</source>
        <translation>Comunitate</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="681"/>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="682"/>
        <source>Medium</source>
        <translation>Medie</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="683"/>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="685"/>
        <source>In progress</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="686"/>
        <source>Achieved</source>
        <translation>Atins</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="687"/>
        <source>Partly achieved</source>
        <translation>Parțial atins</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="688"/>
        <source>Not achieved</source>
        <translation>Neatins</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="689"/>
        <source>Dropped</source>
        <translation>Abandonat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="692"/>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="693"/>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="694"/>
        <source>Home visit</source>
        <translation>Vizită la domiciliu</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="695"/>
        <source>Consultation</source>
        <translation>Consultație</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="696"/>
        <source>Case conference</source>
        <translation>Întâlnire de caz</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="697"/>
        <source>Phone call</source>
        <translation>Apel telefonic</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="698"/>
        <source>Accompaniment</source>
        <translation>Însoțire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="699"/>
        <source>Household member</source>
        <translation>Membru al gospodăriei</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="700"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="701"/>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="702"/>
        <source>Hand-over</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="703"/>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="704"/>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="705"/>
        <source>Completed</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="706"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="707"/>
        <source>Thematic day</source>
        <translation>Zi tematică</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="708"/>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="709"/>
        <source>Community event</source>
        <translation>Eveniment comunitar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="710"/>
        <source>Volunteering</source>
        <translation>Voluntariat</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="711"/>
        <source>Community meeting</source>
        <translation>Întâlnire comunitară</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="712"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="713"/>
        <source>Volunteer</source>
        <translation>Voluntar</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="714"/>
        <source>Speaker</source>
        <translation>Vorbitor</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="715"/>
        <source>Citizen of this country</source>
        <translation>Cetățean al acestei țări</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="716"/>
        <source>Citizen of another EU country</source>
        <translation>Cetățean al altei țări din UE</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="717"/>
        <source>Citizen of a country outside the EU</source>
        <translation>Cetățean al unei țări din afara UE</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="718"/>
        <source>Stateless</source>
        <translation>Apatrid</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="52"/>
        <source>The folder %1 could not be made.</source>
        <translation>Dosarul %1 nu a putut fi creat.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="62"/>
        <source>%1 could not be written.</source>
        <translation>%1 nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="36"/>
        <source>%1: %2 is in the future, which is not possible here.</source>
        <translation>%1: %2 este în viitor, ceea ce aici nu este posibil.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="47"/>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) nu poate fi înainte de %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="62"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 trebuie să fie între %2 și %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="71"/>
        <source>Choose a %1 or a %2.</source>
        <translation>Alegeți %1 sau %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="76"/>
        <source>Choose either a %1 or a %2, not both.</source>
        <translation>Alegeți fie %1, fie %2, nu pe amândouă.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="89"/>
        <source>A target for the whole programme has no %1; leave it empty.</source>
        <translation>O țintă pentru întregul program nu are câmpul %1; lăsați-l gol.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="95"/>
        <source>A target for a month, a quarter or a year needs the first day of that period in %1.</source>
        <translation>O țintă pentru o lună, un trimestru sau un an necesită în %1 prima zi a acelei perioade.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="103"/>
        <source>%1 (%2) must be the first day of the %3: the 1st of a month, of January, April, July or October for a quarter, of January for a year.</source>
        <translation>%1 (%2) trebuie să fie prima zi a perioadei (%3): ziua de 1 a lunii pentru o lună; 1 ianuarie, aprilie, iulie sau octombrie pentru un trimestru; 1 ianuarie pentru un an.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="141"/>
        <source>Write the name of the legal representative who gave the consent.</source>
        <translation>Scrieți numele reprezentantului legal care și-a dat consimțământul.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="166"/>
        <source>An individual plan needs the person it is for.</source>
        <translation>Un plan individual necesită persoana pentru care este întocmit.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="170"/>
        <source>A family plan needs the household it is for.</source>
        <translation>Un plan pentru familie necesită gospodăria pentru care este întocmit.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="190"/>
        <source>%1: a visit or service is recorded after it happened; this one is in the future. Plan it as the next visit instead.</source>
        <translation>%1: o vizită sau un serviciu se înregistrează după ce a avut loc; aceasta este în viitor. Planificați-o în schimb ca următoarea vizită.</translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>The database file.</source>
        <translation>Fișierul bazei de date.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="36"/>
        <source>%1 needs --db PATH, the database file.</source>
        <translation>%1 necesită --db CALE, fișierul bazei de date.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="54"/>
        <source>fieldcase-cli: the changes that earlier merges set aside could not be tried again after the upgrade: %1. They are kept; the next merge tries again.</source>
        <translation>fieldcase-cli: modificările puse deoparte de îmbinările anterioare nu au putut fi încercate din nou după actualizare: %1. Sunt păstrate; următoarea îmbinare încearcă din nou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/VerbParser.cpp" line="59"/>
        <source>fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside are merged now.</source>
        <translation>
            <numerusform>fieldcase-cli: baza de date a fost actualizată; %n modificare pe care îmbinările anterioare o puseseră deoparte este îmbinată acum.</numerusform>
            <numerusform>fieldcase-cli: baza de date a fost actualizată; %n modificări pe care îmbinările anterioare le puseseră deoparte sunt îmbinate acum.</numerusform>
            <numerusform>fieldcase-cli: baza de date a fost actualizată; %n de modificări pe care îmbinările anterioare le puseseră deoparte sunt îmbinate acum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="68"/>
        <source>fieldcase-cli: error: %1</source>
        <translation>fieldcase-cli: eroare: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="73"/>
        <source>fieldcase-cli: %1</source>
        <translation>fieldcase-cli: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="74"/>
        <source>Run fieldcase-cli --help for the verbs.</source>
        <translation>Rulați fieldcase-cli --help pentru lista comenzilor.</translation>
    </message>
</context>
<context>
    <name>VisitWork</name>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="81"/>
        <source>This visit was already corrected or withdrawn. Open the latest version of it to correct it again.</source>
        <translation>Această vizită a fost deja corectată sau retrasă. Deschideți cea mai recentă versiune a ei pentru a o corecta din nou.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="85"/>
        <source>This record withdraws a visit; it cannot be corrected.</source>
        <translation>Această înregistrare retrage o vizită; nu poate fi corectată.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="102"/>
        <source>Say why the visit is withdrawn; the reason is kept with it.</source>
        <translation>Precizați de ce este retrasă vizita; motivul se păstrează împreună cu ea.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="53"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="63"/>
        <source>No temporary folder could be made for the spreadsheet.</source>
        <translation>Nu s-a putut crea un dosar temporar pentru foaia de calcul.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="73"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="79"/>
        <source>The spreadsheet could not be started.</source>
        <translation>Foaia de calcul nu a putut fi începută.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="159"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="164"/>
        <source>The spreadsheet could not be made.</source>
        <translation>Foaia de calcul nu a putut fi creată.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="16"/>
        <source>Print plans awaiting signature</source>
        <translation>Tipărire planuri în așteptarea semnăturii</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="19"/>
        <source>Every individual and family plan of the locality whose status is awaiting signature is printed, each starting on a new sheet with its own page numbers.</source>
        <translation>Fiecare plan individual și pentru familie din localitate aflat în așteptarea semnăturii se tipărește începând pe o foaie nouă, cu numerotare proprie a paginilor.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="28"/>
        <source>%1 (awaiting signature: %2)</source>
        <translation>%1 (în așteptarea semnăturii: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="30"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Localitatea:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="39"/>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Previzualizare și tipărire...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="40"/>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Salvare ca PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="67"/>
        <source>No plan awaits signature at the moment.</source>
        <translation>Momentan niciun plan nu așteaptă semnătura.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="74"/>
        <source>Plans awaiting signature in all localities: %1.</source>
        <translation>Planuri în așteptarea semnăturii în toate localitățile: %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseActions</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="85"/>
        <source>Risk flagged</source>
        <translation>Risc semnalat</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="86"/>
        <source>A child-protection or other risk was flagged on this visit. Refer the family to the service that can act on it now?</source>
        <translation>La această vizită a fost semnalat un risc privind protecția copilului sau alt risc. Doriți să referiți acum familia către serviciul care poate interveni?</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="191"/>
        <source>Not editable</source>
        <translation>Nu se poate edita</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="192"/>
        <source>This record is a fact and is not edited; it is kept as it was recorded.</source>
        <translation>Această înregistrare consemnează un fapt și nu se editează; se păstrează așa cum a fost înregistrată.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="216"/>
        <source>Already corrected</source>
        <translation>Deja corectată</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="217"/>
        <source>This visit was already corrected or withdrawn. Open the record in force to correct it again.</source>
        <translation>Această vizită a fost deja corectată sau retrasă. Deschideți înregistrarea în vigoare pentru a o corecta din nou.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="227"/>
        <source>Withdraw a visit</source>
        <translation>Retragerea unei vizite</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="228"/>
        <source>The visit stays in the records, marked as withdrawn, with the reason you give. Why is it withdrawn?</source>
        <translation>Vizita rămâne în evidență, marcată ca retrasă, împreună cu motivul pe care îl indicați. De ce este retrasă?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChangeHistoryModel</name>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="24"/>
        <source>(structured data)</source>
        <translation>(date structurate)</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="44"/>
        <source>%1 created</source>
        <translation>Creare: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="46"/>
        <source>%1 deleted</source>
        <translation>Ștergere: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="48"/>
        <source>%1 changed</source>
        <translation>Modificare: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="107"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="109"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="111"/>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="113"/>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="115"/>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="117"/>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="119"/>
        <source>Correction note</source>
        <translation>Notă de corectare</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ConflictInbox</name>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="44"/>
        <source>%1 (by that device&apos;s clock)</source>
        <translation>%1 (după ceasul acelui dispozitiv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="53"/>
        <source>Conflict inbox</source>
        <translation>Conflicte în așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="63"/>
        <source>Open conflicts</source>
        <translation>Conflicte deschise</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="84"/>
        <source>Or &amp;type the right value:</source>
        <translation>Sau &amp;tastați valoarea corectă:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="87"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Folosiți această valoare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="102"/>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="117"/>
        <source>this copy</source>
        <translation>această copie</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="120"/>
        <source>central copy</source>
        <translation>copia centrală</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="131"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="132"/>
        <source>deleted, still needed</source>
        <translation>șters, dar încă necesar</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="133"/>
        <source>deleted and edited</source>
        <translation>șters și editat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="135"/>
        <source>%1 [special category]</source>
        <translation>%1 [categorie specială]</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="140"/>
        <source>No open conflicts</source>
        <translation>Niciun conflict deschis</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="141"/>
        <source>Every change merged so far fitted together. Conflicts appear here when two devices change the same thing, or one deletes what another edits.</source>
        <translation>Toate modificările îmbinate până acum s-au potrivit. Conflictele apar aici când două dispozitive modifică același lucru sau când unul șterge ce editează altul.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="167"/>
        <source>%1: deleted on one device, still needed by records from another</source>
        <translation>%1: șters pe un dispozitiv, dar încă necesar pentru înregistrări de pe altul</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="168"/>
        <source>%1: deleted on one device, edited on another</source>
        <translation>%1: șters pe un dispozitiv, editat pe altul</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="171"/>
        <source>Other records still point at this one, so it is kept for now with every value it had. Keep it, or change those records first and then decide to delete it.</source>
        <translation>Alte înregistrări încă fac referire la aceasta, așa că deocamdată este păstrată cu toate valorile pe care le avea. Păstrați-o sau modificați mai întâi acele înregistrări și apoi decideți ștergerea ei.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="173"/>
        <source>The record stays deleted until you decide. Taking the edited version restores it with every value it had.</source>
        <translation>Înregistrarea rămâne ștearsă până când decideți. Dacă alegeți versiunea editată, aceasta este restaurată cu toate valorile pe care le avea.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="176"/>
        <source>Two records of this person were merged, and they held different values. The value of the merged record is offered beside the one in use for now (%1). Nothing is lost until you decide.</source>
        <translation>Două înregistrări ale acestei persoane au fost îmbinate și aveau valori diferite. Valoarea înregistrării îmbinate este oferită alături de cea folosită deocamdată (%1). Nu se pierde nimic până când nu decideți.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="179"/>
        <source>The value in use for now is the latest one (%1). Nothing is lost until you decide.</source>
        <translation>Valoarea folosită deocamdată este cea mai recentă (%1). Nu se pierde nimic până când decideți.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="182"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically, and the value from before the conflict (%1) stays in use until you decide.</source>
        <translation>Acestea sunt date din categorii speciale (de exemplu minoritate sau dizabilitate): nu se decid niciodată automat, iar valoarea de dinaintea conflictului (%1) se folosește în continuare până când decideți.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="186"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically.</source>
        <translation>Acestea sunt date din categorii speciale (de exemplu minoritate sau dizabilitate): nu se decid niciodată automat.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Changed by</source>
        <translation>Modificat de</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Device</source>
        <translation>Dispozitiv</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="198"/>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="205"/>
        <source>Version %1</source>
        <translation>Versiunea %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="211"/>
        <source>Keep &amp;%1 (stays deleted)</source>
        <translation>Păstrare &amp;%1 (rămâne ștearsă)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="212"/>
        <source>Take &amp;%1</source>
        <translation>Alegere &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="243"/>
        <source>Decided. The decision is logged and goes back to the laptops with their next return package.</source>
        <translation>Decis. Decizia este înregistrată în jurnal și ajunge înapoi la laptopuri cu următorul lor pachet de retur.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Dashboard</name>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="59"/>
        <source>Programme dashboard</source>
        <translation>Tablou de bord al programului</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="66"/>
        <source>&amp;Period:</source>
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="69"/>
        <source>(whole programme)</source>
        <translation>(întregul program)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="70"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Localitatea:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="82"/>
        <source>Enter or a double-click lists the people or events behind an indicator&apos;s achieved number.</source>
        <translation>Enter sau un dublu clic listează persoanele sau evenimentele din spatele valorii realizate a unui indicator.</translation>
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
        <translation>&amp;Set de indicatori:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="99"/>
        <source>Planned vs &amp;achieved</source>
        <translation>Planificat față de &amp;realizat</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="100"/>
        <source>&amp;ESF+ participants</source>
        <translation>Participanți &amp;ESF+</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="225"/>
        <source>This indicator rests on special-category data, which the programme does not record; there is nobody to list.</source>
        <translation>Acest indicator se bazează pe date din categorii speciale, pe care programul nu le înregistrează; nu există nimeni de listat.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="231"/>
        <source>This indicator&apos;s definition cannot be read (the notes under the table say why), so nothing is counted and there is nobody to list.</source>
        <translation>Definiția acestui indicator nu poate fi citită (notele de sub tabel explică de ce), așa că nu se numără nimic și nu există nimeni de listat.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="251"/>
        <source>Achieved: %1. Unit: %2. %3.
The records behind the number are listed here; Enter shows the one chosen in the main window.</source>
        <translation>Realizat: %1. Unitate: %2. %3.
Înregistrările din spatele valorii sunt listate aici; Enter o afișează pe cea aleasă în fereastra principală.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="257"/>
        <source>Behind the number: %1</source>
        <translation>În spatele valorii: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="296"/>
        <location filename="../../ui/reports/Dashboard.cpp" line="308"/>
        <source>Export the report</source>
        <translation>Exportare raport</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-LL-ZZ HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-LL-ZZ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="14"/>
        <source>Year-month-day and time, for example 2026-03-31 14:30. Ctrl+D: now.</source>
        <translation>An-lună-zi și ora, de exemplu 2026-03-31 14:30. Ctrl+D: acum.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="15"/>
        <source>Year-month-day with a four-digit year, for example 2026-03-31. Ctrl+D: today.</source>
        <translation>An-lună-zi, cu anul din patru cifre, de exemplu 2026-03-31. Ctrl+D: azi.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DocumentActions</name>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="26"/>
        <source>&amp;Print...</source>
        <translation>&amp;Tipărire...</translation>
    </message>
    <message>
        <source>Print preview of the plan of the person on screen, or their case summary</source>
        <translation type="vanished">Previzualizarea tipăririi planului persoanei afișate sau a rezumatului ei de caz</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="32"/>
        <source>Print case &amp;summary...</source>
        <translation>Tipărire &amp;rezumat de caz...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="35"/>
        <source>Save as P&amp;DF...</source>
        <translation>Salvare ca P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="39"/>
        <source>Plans &amp;awaiting signature...</source>
        <translation>Planuri în &amp;așteptarea semnăturii...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="40"/>
        <source>Print every plan of a locality that awaits signature</source>
        <translation>Tipărirea tuturor planurilor unei localități care așteaptă semnătura</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="45"/>
        <source>&amp;Print</source>
        <translation>&amp;Tipărire</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="54"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Select a person first: printing shows their plan or their case summary.</source>
        <translation type="vanished">Selectați mai întâi o persoană: tipărirea afișează planul sau rezumatul ei de caz.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="28"/>
        <source>Print preview of the record on screen: a plan, review, visit, attendance sheet or consent form; for a person their current plan, else their case summary</source>
        <translation>Previzualizarea tipăririi înregistrării afișate: un plan, o revizuire, o vizită, o listă de prezență sau un formular de consimțământ; pentru o persoană, planul ei curent sau, dacă nu are, rezumatul ei de caz</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="67"/>
        <source>Select a person first: the case summary is printed for them.</source>
        <translation>Selectați mai întâi o persoană: rezumatul de caz se tipărește pentru ea.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="68"/>
        <source>Select a record first: a person, household, plan, plan review, visit, group event or consent.</source>
        <translation>Selectați mai întâi o înregistrare: o persoană, o gospodărie, un plan, o revizuire de plan, o vizită, un eveniment de grup sau un consimțământ.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="110"/>
        <source>Print preview: %1</source>
        <translation>Previzualizare tipărire: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <source>Preparing the pages...</source>
        <translation>Se pregătesc paginile...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Writing %1...</source>
        <translation>Se scrie %1...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="157"/>
        <source>Save as PDF</source>
        <translation>Salvare ca PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="189"/>
        <source>No plan of this locality awaits signature any more.</source>
        <translation>Niciun plan din această localitate nu mai așteaptă semnătura.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="196"/>
        <source>Save plans as PDF</source>
        <translation>Salvare planuri ca PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="203"/>
        <source>Print</source>
        <translation>Tipărire</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuplicateReview</name>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="30"/>
        <source>Possible duplicate persons</source>
        <translation>Posibile persoane duplicate</translation>
    </message>
    <message>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept.</source>
        <translation type="vanished">Aceste persoane au fost înregistrate de mai multe ori, poate pe două laptopuri. Îmbinarea păstrează toate vizitele, planurile și consimțămintele ambelor; fișierele care încă menționează persoana îmbinată ajung la cea păstrată.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="33"/>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept. Where the two hold different details (two phone numbers), both go to the conflict inbox for you to decide.</source>
        <translation>Aceste persoane au fost înregistrate de mai multe ori, poate pe două laptopuri. Îmbinarea păstrează toate vizitele, planurile și consimțămintele ambelor; fișierele care încă menționează persoana îmbinată ajung la cea păstrată. Acolo unde cele două au detalii diferite (două numere de telefon), ambele ajung în Conflicte în așteptare, ca să decideți dumneavoastră.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>First person</source>
        <translation>Prima persoană</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Born</source>
        <translation>Născut(ă)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Second person</source>
        <translation>A doua persoană</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="54"/>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Păstrați &amp;prima persoană și îmbinați-o pe a doua în ea</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="56"/>
        <source>Keep the &amp;second</source>
        <translation>Păstrați a &amp;doua persoană</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="57"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nu este aceeași persoană</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="58"/>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="84"/>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Nu există posibile duplicate care așteaptă verificarea.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="99"/>
        <source>Merge two persons</source>
        <translation>Îmbinarea a două persoane</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="100"/>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1. Details that differ between the two wait in the conflict inbox, with both values, until you decide.</source>
        <translation>Îmbinați cele două înregistrări în %1? Toate vizitele, planurile și consimțămintele ambelor rămân, la %1. Detaliile care diferă între cele două așteaptă în Conflicte în așteptare, cu ambele valori, până când decideți.</translation>
    </message>
    <message>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1.</source>
        <translation type="vanished">Îmbinați cele două înregistrări în %1? Toate vizitele, planurile și consimțămintele ambelor rămân, la %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="114"/>
        <source>Merged into %1: %n record(s) moved over.</source>
        <translation>
            <numerusform>Îmbinat în %1: %n înregistrare mutată.</numerusform>
            <numerusform>Îmbinat în %1: %n înregistrări mutate.</numerusform>
            <numerusform>Îmbinat în %1: %n de înregistrări mutate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="116"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n valoare diferită între cele două așteaptă o decizie în Conflicte în așteptare (meniul Schimb de date, Ctrl+Shift+I).</numerusform>
            <numerusform>%n valori diferite între cele două așteaptă o decizie în Conflicte în așteptare (meniul Schimb de date, Ctrl+Shift+I).</numerusform>
            <numerusform>%n de valori diferite între cele două așteaptă o decizie în Conflicte în așteptare (meniul Schimb de date, Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="130"/>
        <source>Marked as two different people.</source>
        <translation>Marcate ca două persoane diferite.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="47"/>
        <source>Enrol a laptop</source>
        <translation>Înrolarea unui laptop</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="50"/>
        <source>The enrolment file holds the laptop&apos;s keys and the caseload of the worker. Take it to the laptop on a stick; tell the worker the passphrase separately.</source>
        <translation>Fișierul de înrolare conține cheile laptopului și portofoliul de cazuri al lucrătorului. Duceți-l la laptop pe un stick; comunicați separat lucrătorului fraza de acces.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="58"/>
        <source>for example: Laptop 3, Alsóberény team</source>
        <translation>de exemplu: Laptop 3, echipa Alsóberény</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="59"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Numele laptopului:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="77"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Lucrător:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="79"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Alegere...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="80"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Fișier de înrolare:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="86"/>
        <source>C&amp;opy</source>
        <translation>&amp;Copiere</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="87"/>
        <source>Passphrase:</source>
        <translation>Fraza de acces:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="95"/>
        <source>&amp;Enrol</source>
        <translation>Înr&amp;olare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="116"/>
        <source>Enrolment file</source>
        <translation>Fișier de înrolare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="117"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Fișiere de schimb Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="125"/>
        <source>Choose where to write the enrolment file.</source>
        <translation>Alegeți unde se scrie fișierul de înrolare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="134"/>
        <source>Enrolled &quot;%1&quot;: %n record(s) in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</source>
        <translation>
            <numerusform>S-a înrolat „%1”: %n înregistrare în %2. Comunicați lucrătorului fraza de acces de mai sus prin telefon sau pe hârtie, niciodată împreună cu fișierul.</numerusform>
            <numerusform>S-a înrolat „%1”: %n înregistrări în %2. Comunicați lucrătorului fraza de acces de mai sus prin telefon sau pe hârtie, niciodată împreună cu fișierul.</numerusform>
            <numerusform>S-a înrolat „%1”: %n de înregistrări în %2. Comunicați lucrătorului fraza de acces de mai sus prin telefon sau pe hârtie, niciodată împreună cu fișierul.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="139"/>
        <source>Tell them this central copy&apos;s key too, which they give when joining, so that the laptop refuses a file that another copy made: %1</source>
        <translation>Comunicați lucrătorului și cheia acestei copii centrale, pe care o va indica la alăturare, astfel încât laptopul să refuze un fișier făcut de o altă copie: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="42"/>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="44"/>
        <source>&amp;Find a registered person</source>
        <translation>&amp;Căutare persoană înregistrată</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="47"/>
        <source>Add to the &amp;list</source>
        <translation>Adăugare în &amp;listă</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="51"/>
        <source>Registered &amp;people present</source>
        <translation>&amp;Persoane înregistrate prezente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="54"/>
        <source>S&amp;taff present</source>
        <translation>Personal p&amp;rezent</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FieldForm</name>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(not recorded)</source>
        <translation>(neînregistrat)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/HistoryDialog.cpp" line="24"/>
        <source>History: %1 %2</source>
        <translation>Istoric: %1 %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IndicatorChart</name>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="36"/>
        <source>Planned against achieved, as bars</source>
        <translation>Planificat față de realizat, sub formă de bare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="62"/>
        <source>Achieved</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="65"/>
        <source>Still to reach the target</source>
        <translation>Rămas până la țintă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="68"/>
        <source>Beyond the target</source>
        <translation>Peste țintă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="88"/>
        <source>%1: %2 of %3</source>
        <comment>an indicator&apos;s code, what it achieved and its target: PO1: 240 of 300</comment>
        <translation>%1: %2 din %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="91"/>
        <source>%1 ▼ behind by %2</source>
        <comment>the bar&apos;s label, then how far the indicator is behind its target</comment>
        <translation>%1 ▼ în urmă cu %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="120"/>
        <source>share of the target achieved</source>
        <translation>procentul realizat din țintă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="124"/>
        <source>No indicator has a target for this period and place.</source>
        <translation>Niciun indicator nu are o țintă pentru această perioadă și acest loc.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::JoinDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="148"/>
        <source>Join a programme</source>
        <translation>Alăturare la un program</translation>
    </message>
    <message>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase they told you. The laptop gets a new database with your caseload.</source>
        <translation type="vanished">Alegeți fișierul de înrolare primit de la supervizor și tastați fraza de acces pe care v-a comunicat-o. Laptopul primește o bază de date nouă cu portofoliul dumneavoastră de cazuri.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="151"/>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase and the central copy&apos;s key they told you. The laptop gets a new database with your caseload.</source>
        <translation>Alegeți fișierul de înrolare primit de la supervizor și tastați fraza de acces și cheia copiei centrale pe care vi le-a comunicat. Laptopul primește o bază de date nouă cu portofoliul dumneavoastră de cazuri.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="159"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Alegere...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="160"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Fișier de înrolare:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="163"/>
        <source>&amp;Passphrase:</source>
        <translation>Frază de a&amp;cces:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="165"/>
        <source>as your supervisor read it out or printed it, for example ABCD-EFGH-...</source>
        <translation>așa cum v-a citit-o sau v-a tipărit-o supervizorul, de exemplu ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="166"/>
        <source>Central copy&apos;s &amp;key:</source>
        <translation>&amp;Cheia copiei centrale:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="170"/>
        <source>New &amp;database:</source>
        <translation>&amp;Bază de date nouă:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="177"/>
        <source>&amp;Join</source>
        <translation>A&amp;lăturare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="181"/>
        <source>Enrolment file</source>
        <translation>Fișier de înrolare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="182"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Fișiere de schimb Fieldcase (*.fcx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="198"/>
        <source>The enrolment file cannot be read: %1</source>
        <translation>Fișierul de înrolare nu poate fi citit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="202"/>
        <source>%1 exists already. A laptop joins with a new database file; choose another name.</source>
        <translation>%1 există deja. Un laptop se alătură cu un fișier nou de bază de date; alegeți alt nume.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="213"/>
        <source>Compare the central copy&apos;s key</source>
        <translation>Comparați cheia copiei centrale</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="214"/>
        <source>Joined as &quot;%1&quot;. The enrolment file was made by the central copy with the key

%2

Compare it with the key your supervisor reads out or printed. If they differ, the file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Alăturat ca „%1”. Fișierul de înrolare a fost făcut de copia centrală cu cheia

%2

Comparați-o cu cheia pe care v-a citit-o sau v-a tipărit-o supervizorul. Dacă diferă, fișierul nu a fost făcut de copia dumneavoastră centrală: nu folosiți această bază de date și anunțați-l pe supervizor.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="14"/>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="15"/>
        <source>Takes effect at the next start</source>
        <translation>Se aplică la următoarea pornire</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="21"/>
        <source>&amp;System language</source>
        <translation>Limba &amp;sistemului</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="39"/>
        <source>the system language</source>
        <translation>limba sistemului</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="40"/>
        <source>Fieldcase will use %1 the next time it starts.</source>
        <translation>Fieldcase va folosi %1 la următoarea pornire.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="42"/>
        <source>The %1 environment variable is set on this computer and takes precedence.</source>
        <translation>Variabila de mediu %1 este setată pe acest calculator și are prioritate.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="45"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Launcher</name>
    <message>
        <location filename="../../ui/Launcher.cpp" line="58"/>
        <source>Database not opened</source>
        <translation>Baza de date nu a fost deschisă</translation>
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
        <translation>Căutare</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>&amp;Find:</source>
        <translation>&amp;Căutare:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>A person, household or locality, e.g. kovacs (Ctrl+F)</source>
        <translation>O persoană, o gospodărie sau o localitate, de ex. kovacs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Search people, households and localities</source>
        <translation>Căutare persoane, gospodării și localități</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83"/>
        <source>Lists</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>No people yet</source>
        <translation>Încă nu există persoane</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>This database holds no people. Register a household (Ctrl+Shift+H) and its members, or try Fieldcase with a synthetic programme: &lt;tt&gt;fieldcase-cli demo --db FILE --people 2000&lt;/tt&gt;.</source>
        <translation>Această bază de date nu conține persoane. Înregistrați o gospodărie (Ctrl+Shift+H) și membrii ei sau încercați Fieldcase cu un program sintetic: &lt;tt&gt;fieldcase-cli demo --db FIȘIER --people 2000&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="139"/>
        <source>Choose a person</source>
        <translation>Alegeți o persoană</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Pick someone in the list, or type a name in the search box (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; finds Kovács.</source>
        <translation>Alegeți pe cineva din listă sau tastați un nume în caseta de căutare (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; îl găsește pe Kovács.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>%n form(s) were not saved last time; open the same form again to continue where you left off.</source>
        <translation>
            <numerusform>%n formular nu a fost salvat data trecută; deschideți din nou același formular pentru a continua de unde ați rămas.</numerusform>
            <numerusform>%n formulare nu au fost salvate data trecută; deschideți din nou același formular pentru a continua de unde ați rămas.</numerusform>
            <numerusform>%n de formulare nu au fost salvate data trecută; deschideți din nou același formular pentru a continua de unde ați rămas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Households</source>
        <translation>Gospodării</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>(all localities)</source>
        <translation>(toate localitățile)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>in &amp;locality:</source>
        <translation>în l&amp;ocalitatea:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>Localities</source>
        <translation>Localități</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>Development plans</source>
        <translation>Planuri de dezvoltare</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Visits and services</source>
        <translation>Vizite și servicii</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>Referrals</source>
        <translation>Referiri</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Group events</source>
        <translation>Evenimente de grup</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>My caseload</source>
        <translation>Cazurile mele</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>of &amp;staff member:</source>
        <translation>pentru membrul &amp;personalului:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="215"/>
        <source>Overdue plan reviews</source>
        <translation>Revizuiri de plan restante</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="216"/>
        <source>Visits due this week</source>
        <translation>Vizite scadente săptămâna aceasta</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235"/>
        <source>&amp;New database...</source>
        <translation>Bază de date &amp;nouă...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Deschidere bază de date...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Find person, household or locality</source>
        <translation>&amp;Căutare persoană, gospodărie sau localitate</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Edit the record shown</source>
        <translation>&amp;Editare înregistrare afișată</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;History of the record shown</source>
        <translation>&amp;Istoricul înregistrării afișate</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>&amp;Case work</source>
        <translation>&amp;Lucru cu cazurile</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>&amp;New in this list</source>
        <translation>&amp;Nou în această listă</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>New &amp;person</source>
        <translation>&amp;Persoană nouă</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271"/>
        <source>New &amp;household</source>
        <translation>&amp;Gospodărie nouă</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277"/>
        <source>Record &amp;visit or service</source>
        <translation>Înregistrare &amp;vizită sau serviciu</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279"/>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="297"/>
        <source>Choose a person or household first.</source>
        <translation>Alegeți mai întâi o persoană sau o gospodărie.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>New development p&amp;lan</source>
        <translation>P&amp;lan de dezvoltare nou</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>Choose a person (individual plan) or household (family plan) first.</source>
        <translation>Alegeți mai întâi o persoană (plan individual) sau o gospodărie (plan pentru familie).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Refer</source>
        <translation>&amp;Referire</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Hand &amp;over to another facility</source>
        <translation>&amp;Transfer către altă unitate</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300"/>
        <source>New group &amp;event</source>
        <translation>&amp;Eveniment de grup nou</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigare</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="317"/>
        <source>&amp;About Fieldcase</source>
        <translation>&amp;Despre Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Schimb de date</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapoarte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="423"/>
        <source>Open a person or household, then make a plan for them (Ctrl+Shift+L).</source>
        <translation>Deschideți o persoană sau o gospodărie, apoi întocmiți un plan pentru ea (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="429"/>
        <source>Open a person or household, then record the visit (Ctrl+Shift+V).</source>
        <translation>Deschideți o persoană sau o gospodărie, apoi înregistrați vizita (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433"/>
        <source>Open a person or household, then refer them (Ctrl+Shift+R).</source>
        <translation>Deschideți o persoană sau o gospodărie, apoi referiți-o (Ctrl+Shift+R).</translation>
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
        <translation>Persoană</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="498"/>
        <source>Household</source>
        <translation>Gospodărie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="501"/>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="519"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="520"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
            <numerusform>%n de rezultate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="526"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="539"/>
        <source>Choose a staff member above to see the people they are case manager of.</source>
        <translation>Alegeți mai sus un membru al personalului pentru a vedea persoanele pentru care este manager de caz.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="540"/>
        <source>Nobody is in this caseload yet. A person joins it when this staff member becomes their case manager, or their household&apos;s.</source>
        <translation>Încă nu există nimeni în acest portofoliu de cazuri. O persoană intră în portofoliu când acest membru al personalului devine managerul ei de caz sau al gospodăriei ei.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="543"/>
        <source>No plan is waiting for its review. Plans in force whose next review date has passed show here.</source>
        <translation>Niciun plan nu își așteaptă revizuirea. Aici apar planurile în vigoare a căror dată de revizuire a trecut.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="545"/>
        <source>No visit is due this week. When a visit is recorded with a next visit date in this week, the household shows here until it is visited.</source>
        <translation>Nicio vizită nu este scadentă săptămâna aceasta. Când se înregistrează o vizită cu data următoarei vizite în această săptămână, gospodăria apare aici până când este vizitată.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="548"/>
        <source>No households here yet. Register one with Ctrl+Shift+H.</source>
        <translation>Încă nu există gospodării aici. Înregistrați una cu Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="550"/>
        <source>Nothing here yet. Ctrl+N makes a new one where that is possible.</source>
        <translation>Încă nu există nimic aici. Ctrl+N creează o înregistrare nouă acolo unde este posibil.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="576"/>
        <source>Open database</source>
        <translation>Deschidere bază de date</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="577"/>
        <source>Fieldcase databases (*.db *.fieldcase);;All files (*)</source>
        <translation>Baze de date Fieldcase (*.db *.fieldcase);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="584"/>
        <source>New database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="585"/>
        <source>Fieldcase databases (*.db)</source>
        <translation>Baze de date Fieldcase (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="592"/>
        <source>About Fieldcase</source>
        <translation>Despre Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="593"/>
        <source>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Case management and programme monitoring for social inclusion work.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Managementul cazurilor și monitorizarea programelor pentru activitatea de incluziune socială.&lt;/p&gt;&lt;p&gt;Baza de date: %2&lt;br&gt;Versiunea schemei: %3&lt;/p&gt;&lt;p&gt;Licențiat sub GNU General Public License, versiunea 3 sau ulterioară.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MemberListDialog</name>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="38"/>
        <source>&amp;Find:</source>
        <translation>&amp;Căutare:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="40"/>
        <source>part of a name, e.g. kovacs</source>
        <translation>o parte dintr-un nume, de ex. kovacs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="69"/>
        <source>&amp;Show in the main window</source>
        <translation>&amp;Afișare în fereastra principală</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="128"/>
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 din %n înregistrare</numerusform>
            <numerusform>%1 din %n înregistrări</numerusform>
            <numerusform>%1 din %n de înregistrări</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="52"/>
        <source>Merge exchange files</source>
        <translation>Îmbinarea fișierelor de schimb</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="57"/>
        <source>Files from laptops (or, on a laptop, return packages from the central copy), in any order. Each file is checked and previewed first; nothing is written until you press Merge.</source>
        <translation>Fișiere de la laptopuri (sau, pe un laptop, pachete de retur de la copia centrală), în orice ordine. Fiecare fișier este mai întâi verificat și previzualizat; nu se scrie nimic până nu apăsați Îmbinare.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>New</source>
        <translation>Noi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Changed</source>
        <translation>Modificate</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Already here</source>
        <translation>Deja aici</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Conflicts</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Duplicates?</source>
        <translation>Duplicate?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="78"/>
        <source>Files to merge</source>
        <translation>Fișiere de îmbinat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="86"/>
        <source>Merge report</source>
        <translation>Raportul îmbinării</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="92"/>
        <source>Cancel merge</source>
        <translation>Anulare îmbinare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="99"/>
        <source>&amp;Add files...</source>
        <translation>&amp;Adăugare fișiere...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="101"/>
        <source>&amp;Merge</source>
        <translation>Îm&amp;binare</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="104"/>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="117"/>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="157"/>
        <source>Add the files to merge, or drop them on this window.</source>
        <translation>Adăugați fișierele de îmbinat sau trageți-le în această fereastră.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="122"/>
        <source>Choose exchange files</source>
        <translation>Alegeți fișierele de schimb</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="123"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Fișiere de schimb Fieldcase (*.fcx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="214"/>
        <source>The changes set aside by earlier merges could not be tried again (%1). They are kept.</source>
        <translation>Modificările puse deoparte de îmbinările anterioare nu au putut fi încercate din nou (%1). Sunt păstrate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="219"/>
        <source>%n change(s) that earlier merges had set aside are merged now, as this copy can use them.</source>
        <translation>
            <numerusform>%n modificare pe care îmbinările anterioare o puseseră deoparte este îmbinată acum, deoarece această copie o poate folosi.</numerusform>
            <numerusform>%n modificări pe care îmbinările anterioare le puseseră deoparte sunt îmbinate acum, deoarece această copie le poate folosi.</numerusform>
            <numerusform>%n de modificări pe care îmbinările anterioare le puseseră deoparte sunt îmbinate acum, deoarece această copie le poate folosi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="222"/>
        <source>%n change(s) that earlier merges had set aside will be merged first, as this copy can use them now.</source>
        <translation>
            <numerusform>%n modificare pe care îmbinările anterioare o puseseră deoparte va fi îmbinată mai întâi, deoarece această copie o poate folosi acum.</numerusform>
            <numerusform>%n modificări pe care îmbinările anterioare le puseseră deoparte vor fi îmbinate mai întâi, deoarece această copie le poate folosi acum.</numerusform>
            <numerusform>%n de modificări pe care îmbinările anterioare le puseseră deoparte vor fi îmbinate mai întâi, deoarece această copie le poate folosi acum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="233"/>
        <source>%1, file %2 (with everything since file %3)</source>
        <translation>%1, fișierul %2 (cu tot conținutul începând cu fișierul %3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="237"/>
        <source>%1, file %2</source>
        <translation>%1, fișierul %2</translation>
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
            <numerusform>%1; %n modificare pusă deoparte</numerusform>
            <numerusform>%1; %n modificări puse deoparte</numerusform>
            <numerusform>%1; %n de modificări puse deoparte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="266"/>
        <source>%1 new, %2 changed, %3 already here, %4 conflicting</source>
        <translation>%1 noi, %2 modificate, %3 deja aici, %4 în conflict</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="273"/>
        <source>Possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>Posibil duplicat: %1 (%2) și %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="278"/>
        <source>Set aside: %1</source>
        <translation>Pus deoparte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="285"/>
        <source>Also merged after waiting: %1</source>
        <translation>Îmbinat și acesta, după așteptare: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="288"/>
        <source>Backup before merging: %1</source>
        <translation>Copie de siguranță înainte de îmbinare: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="294"/>
        <source>Changes set aside are not lost: they are kept, and merged as soon as this copy can use them (once Fieldcase is updated to the version that made them).</source>
        <translation>Modificările puse deoparte nu se pierd: sunt păstrate și îmbinate de îndată ce această copie le poate folosi (după ce Fieldcase este actualizat la versiunea care le-a creat).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="300"/>
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>S-a îmbinat %n fișier.</numerusform>
            <numerusform>S-au îmbinat %n fișiere.</numerusform>
            <numerusform>S-au îmbinat %n de fișiere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="302"/>
        <source>%n file(s) refused; they changed nothing.</source>
        <translation>
            <numerusform>%n fișier refuzat; nu a modificat nimic.</numerusform>
            <numerusform>%n fișiere refuzate; nu au modificat nimic.</numerusform>
            <numerusform>%n de fișiere refuzate; nu au modificat nimic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="306"/>
        <source>Preview: %n file(s) ready to merge.</source>
        <translation>
            <numerusform>Previzualizare: %n fișier gata de îmbinare.</numerusform>
            <numerusform>Previzualizare: %n fișiere gata de îmbinare.</numerusform>
            <numerusform>Previzualizare: %n de fișiere gata de îmbinare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="307"/>
        <source>%n file(s) will be refused.</source>
        <translation>
            <numerusform>%n fișier va fi refuzat.</numerusform>
            <numerusform>%n fișiere vor fi refuzate.</numerusform>
            <numerusform>%n de fișiere vor fi refuzate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="308"/>
        <source>Nothing has been written yet.</source>
        <translation>Încă nu s-a scris nimic.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NoteDialog</name>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Salvați modificările făcute aici?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeriodChooser</name>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="25"/>
        <source>Kind of period</source>
        <translation>Tipul perioadei</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="26"/>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="27"/>
        <source>Quarter</source>
        <translation>Trimestru</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="28"/>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="29"/>
        <source>Whole programme</source>
        <translation>Întregul program</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="31"/>
        <source>Which period</source>
        <translation>Care perioadă</translation>
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
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="140"/>
        <source>%1 to %2</source>
        <translation>%1 până la %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="142"/>
        <source>since %1</source>
        <translation>începând cu %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="144"/>
        <source>every date on record</source>
        <translation>toate datele din evidență</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="37"/>
        <source>Possible duplicates already on this laptop</source>
        <translation>Posibile duplicate deja existente pe acest laptop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="40"/>
        <source>Possible duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="47"/>
        <source>Open the &amp;existing record</source>
        <translation>Deschideți înregistrarea &amp;existentă</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="93"/>
        <source>born %1</source>
        <translation>născut(ă) la %1</translation>
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
            <numerusform>%n persoană deja existentă pe acest laptop ar putea fi aceeași persoană (vedeți mai jos). Deschideți înregistrarea existentă sau apăsați din nou Salvare pentru a înregistra totuși o persoană nouă.</numerusform>
            <numerusform>%n persoane deja existente pe acest laptop ar putea fi aceeași persoană (vedeți mai jos). Deschideți înregistrarea existentă sau apăsați din nou Salvare pentru a înregistra totuși o persoană nouă.</numerusform>
            <numerusform>%n de persoane deja existente pe acest laptop ar putea fi aceeași persoană (vedeți mai jos). Deschideți înregistrarea existentă sau apăsați din nou Salvare pentru a înregistra totuși o persoană nouă.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonListModel</name>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="101"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="103"/>
        <source>Born</source>
        <translation>Născut(ă)</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="105"/>
        <source>Household</source>
        <translation>Gospodărie</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="107"/>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PlanDialog</name>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New family development plan</source>
        <translation>Plan de dezvoltare nou pentru familie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New individual development plan</source>
        <translation>Plan individual de dezvoltare nou</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="52"/>
        <source>Needs, goals and agreed services</source>
        <translation>Nevoi, obiective și servicii convenite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="62"/>
        <source>Add...</source>
        <translation>Adăugare...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="63"/>
        <source>Remove</source>
        <translation>Eliminare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="76"/>
        <source>N&amp;eeds by area</source>
        <translation>N&amp;evoi pe domenii</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="77"/>
        <source>&amp;Goals</source>
        <translation>&amp;Obiective</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="78"/>
        <source>Agreed services and &amp;referrals</source>
        <translation>Servicii și &amp;referiri convenite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="80"/>
        <source>Add &amp;need...</source>
        <translation>Adăugare nevo&amp;ie...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>Add g&amp;oal...</source>
        <translation>Adăugare o&amp;biectiv...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="82"/>
        <source>Add ser&amp;vice...</source>
        <translation>Adăugare servi&amp;ciu...</translation>
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
        <translation>până la %1</translation>
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
        <translation>Detalii</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="38"/>
        <source>New %1</source>
        <translation>Înregistrare nouă: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="73"/>
        <source>Correction &amp;note (required to change frozen data):</source>
        <translation>&amp;Notă de corectare (obligatorie pentru modificarea datelor înghețate):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="75"/>
        <source>Why the stored data was wrong, e.g. &quot;certificate seen&quot;</source>
        <translation>Motivul pentru care datele salvate erau greșite, de ex. „certificat văzut”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="206"/>
        <source>What you typed could not be kept as a draft: %1 Save the form now, or it is lost if this program or the computer stops.</source>
        <translation>Ce ați scris nu a putut fi păstrat ca ciornă: %1 Salvați formularul acum, altfel se pierde dacă programul sau calculatorul se oprește.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="228"/>
        <source>Restored what was typed here on %1 and not saved. Save it, or press Esc to throw it away.</source>
        <translation>S-a restaurat ce a fost tastat aici la %1 și nu a fost salvat. Salvați sau apăsați Esc pentru a renunța.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="330"/>
        <source>%1: this field is required.</source>
        <translation>%1: acest câmp este obligatoriu.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Salvați modificările făcute aici?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="29"/>
        <source>Type a name to find the person</source>
        <translation>Tastați un nume pentru a găsi persoana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="30"/>
        <source>Type a name to find the household</source>
        <translation>Tastați un nume pentru a găsi gospodăria</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="68"/>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Hand over: %1</source>
        <translation>Transfer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Refer: %1</source>
        <translation>Referire: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportPane</name>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="76"/>
        <source>For &amp;outside the programme (counts under 5 people hidden)</source>
        <translation>Pentru &amp;exteriorul programului (valorile sub 5 persoane sunt ascunse)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="77"/>
        <source>A report for a funder or anyone outside the programme: no names, and every count of one to four people written as &lt;5 so that nobody can be recognised.</source>
        <translation>Un raport pentru un finanțator sau pentru oricine din afara programului: fără nume, iar fiecare valoare de una până la patru persoane este scrisă ca &lt;5, astfel încât nimeni să nu poată fi recunoscut.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="79"/>
        <source>Export &amp;CSV...</source>
        <translation>Export &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="80"/>
        <source>Export &amp;XLSX...</source>
        <translation>Export &amp;XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="81"/>
        <source>Export P&amp;DF...</source>
        <translation>Export P&amp;DF...</translation>
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
        <translation>Ascuns pentru ca o valoare mică din altă parte a tabelului să nu poată fi dedusă din totaluri.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="117"/>
        <source>Fewer than 5 people: hidden so that nobody can be recognised outside the programme.</source>
        <translation>Mai puțin de 5 persoane: ascuns pentru ca nimeni să nu poată fi recunoscut în afara programului.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReviewDialog</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="38"/>
        <source>Review the plan</source>
        <translation>Revizuirea planului</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="26"/>
        <source>Change the referral&apos;s status</source>
        <translation>Schimbarea stării referirii</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="30"/>
        <source>Now: %1</source>
        <translation>Acum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="43"/>
        <source>New &amp;status</source>
        <translation>&amp;Stare nouă</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="44"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="45"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Rezultat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="53"/>
        <source>&amp;Save</source>
        <translation>S&amp;alvare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="60"/>
        <source>This referral is %1; its status does not change any more.</source>
        <translation>Această referire are starea „%1”; starea ei nu se mai schimbă.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="80"/>
        <source>Date: &quot;%1&quot; is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>Data: „%1” nu este o dată; scrieți-o ca an-lună-zi, de exemplu 2026-03-31.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Salvați modificările făcute aici?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="69"/>
        <source>Record a visit or service: %1</source>
        <translation>Înregistrarea unei vizite sau a unui serviciu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="70"/>
        <source>Correct a visit: %1</source>
        <translation>Corectarea unei vizite: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="76"/>
        <source>Who was there, plan goals and tasks</source>
        <translation>Cine a fost prezent, obiective din plan și sarcini</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="78"/>
        <source>&amp;Present</source>
        <translation>&amp;Prezenți</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="80"/>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="82"/>
        <source>Plan goals &amp;worked on</source>
        <translation>&amp;Obiective din plan abordate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="84"/>
        <source>Plan goals worked on</source>
        <translation>Obiective din plan abordate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="91"/>
        <source>Tas&amp;ks agreed (what, who, by when as YYYY-MM-DD)</source>
        <translation>Sarcini &amp;convenite (ce, cine, până când, ca AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="93"/>
        <source>Tasks agreed</source>
        <translation>Sarcini convenite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="335"/>
        <source>Task %1 says who and by when but not what is to be done; write the task or clear the line.</source>
        <translation>Sarcina %1 indică cine și până când, dar nu ce trebuie făcut; scrieți sarcina sau goliți rândul.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="340"/>
        <source>Task %1 (%2): %3</source>
        <translation>Sarcina %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="40"/>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="105"/>
        <source>&amp;Add task</source>
        <translation>&amp;Adăugare sarcină</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (experience expert)</source>
        <translation>%1 (expert prin experiență)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (staff)</source>
        <translation>%1 (personal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="249"/>
        <source>(no plan goals yet)</source>
        <translation>(încă nu există obiective în plan)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="26"/>
        <source>Case management for social inclusion work.</source>
        <translation>Managementul cazurilor pentru activitatea de incluziune socială.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>The database to open.</source>
        <translation>Baza de date de deschis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="30"/>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>Salvează o imagine a ferestrei principale în FIȘIER și se închide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33"/>
        <source>FILE</source>
        <translation>FIȘIER</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="35"/>
        <source>Save pictures of the main screens into FOLDER and quit.</source>
        <translation>Salvează imagini ale ecranelor principale în DOSAR și se închide.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="36"/>
        <source>FOLDER</source>
        <translation>DOSAR</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="46"/>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>%1 could not be written.</source>
        <translation>%1 nu a putut fi scris.</translation>
    </message>
</context>
</TS>
