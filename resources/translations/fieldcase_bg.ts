<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>BatchApply</name>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="21"/>
        <location filename="../../core/domain/BatchApply.cpp" line="26"/>
        <source>Line %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="47"/>
        <source>this is not valid JSON (%1 at character %2).</source>
        <translation>това не е валиден JSON (%1 при знак %2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="52"/>
        <source>each line must be one JSON object.</source>
        <translation>всеки ред трябва да е един JSON обект.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="59"/>
        <source>unknown key &quot;%1&quot;; a line has op, table, id, fields and note.</source>
        <translation>непознат ключ „%1“; редът съдържа op, table, id, fields и note.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="67"/>
        <source>&quot;op&quot; must be create, update or delete.</source>
        <translation>„op“ трябва да е create, update или delete.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="71"/>
        <source>there is no table called &quot;%1&quot;.</source>
        <translation>няма таблица с име „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="74"/>
        <source>&quot;id&quot; must be a text id.</source>
        <translation>„id“ трябва да е текстов идентификатор.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="78"/>
        <source>an %1 needs the &quot;id&quot; of the record.</source>
        <translation>операцията %1 изисква „id“ на записа.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="81"/>
        <source>&quot;fields&quot; must be a JSON object.</source>
        <translation>„fields“ трябва да е JSON обект.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="85"/>
        <source>a delete takes no fields.</source>
        <translation>изтриването не приема полета.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="91"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 няма поле с име „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/BatchApply.cpp" line="104"/>
        <source>an update needs at least one field.</source>
        <translation>обновяването изисква поне едно поле.</translation>
    </message>
</context>
<context>
    <name>CaseLists</name>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="221"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Households</source>
        <translation>Домакинства</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="223"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="225"/>
        <source>Development plans</source>
        <translation>Планове за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="227"/>
        <source>Visits and services</source>
        <translation>Посещения и услуги</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="229"/>
        <source>Group events</source>
        <translation>Групови събития</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="231"/>
        <source>Staff</source>
        <translation>Служители</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="233"/>
        <source>Referrals and hand-overs</source>
        <translation>Насочвания и предавания на случаи</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="235"/>
        <source>Caseload</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="237"/>
        <source>Overdue plan reviews</source>
        <translation>Просрочени прегледи на планове</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="239"/>
        <source>Visits due this week</source>
        <translation>Посещения за тази седмица</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Household</source>
        <translation>Домакинство</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="247"/>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Case manager</source>
        <translation>Водещ случая</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Municipality</source>
        <translation>Община</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>County or region</source>
        <translation>Област или регион</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="249"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="251"/>
        <source>Next review</source>
        <translation>Следващ преглед</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Household or person</source>
        <translation>Домакинство или лице</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="253"/>
        <source>Recorded by</source>
        <translation>Записано от</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <source>Minutes</source>
        <translation>Минути</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="254"/>
        <location filename="../../core/casework/CaseLists.cpp" line="320"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>Attended</source>
        <translation>Присъствали</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="256"/>
        <source>External guests</source>
        <translation>Външни гости</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Experience expert</source>
        <translation>Експерт с личен опит</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Training hours</source>
        <translation>Часове обучение</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="258"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>Sent</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="260"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="262"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="264"/>
        <source>Review was due</source>
        <translation>Срок на прегледа</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Next visit</source>
        <translation>Следващо посещение</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>Last visit</source>
        <translation>Последно посещение</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="266"/>
        <source>By</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="328"/>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../core/casework/CaseLists.cpp" line="330"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../core/casework/Choices.cpp" line="45"/>
        <source>There is no list of %1.</source>
        <translation>Няма списък за %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Usage: fieldcase-cli VERB [OPTIONS]</source>
        <translation>Употреба: fieldcase-cli ГЛАГОЛ [ОПЦИИ]</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Verbs:</source>
        <translation>Глаголи:</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="29"/>
        <source>Run fieldcase-cli VERB --help for the options of a verb.</source>
        <translation>Изпълнете fieldcase-cli ГЛАГОЛ --help за опциите на даден глагол.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="49"/>
        <source>fieldcase-cli: unknown verb &quot;%1&quot;.</source>
        <translation>fieldcase-cli: непознат глагол „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="35"/>
        <source>Prints a case-work list as tab-separated lines with a header: %1.</source>
        <translation>Извежда списък за работа по случаи като редове, разделени с табулации, със заглавен ред: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <source>Which list.</source>
        <translation>Кой списък.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="37"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="69"/>
        <source>NAME</source>
        <translation>ИМЕ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="39"/>
        <source>The locality (households) or staff member (caseload) to list, by id.</source>
        <translation>Населеното място (домакинства) или служителят (случаи), чийто списък да се изведе, по id.</translation>
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
        <translation>Денят, за който са списъците с просрочени и предстоящи (по подразбиране: днес).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="41"/>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <location filename="../../app/cli/CommandsData.cpp" line="107"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="43"/>
        <location filename="../../app/cli/CommandsReports.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="42"/>
        <source>At most this many lines (default: all).</source>
        <translation>Най-много толкова реда (по подразбиране: всички).</translation>
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
        <translation>Извежда само броя на записите в списъка.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="49"/>
        <source>--list must be one of: %1.</source>
        <translation>--list трябва да е едно от: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="53"/>
        <source>The caseload needs --filter with the id of a staff member.</source>
        <translation>Списъкът със случаи изисква --filter с id на служител.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="58"/>
        <source>--today must be a date written as YYYY-MM-DD.</source>
        <translation>--today трябва да е дата във формат ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="66"/>
        <source>--limit must be a number of lines.</source>
        <translation>--limit трябва да е брой редове.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="109"/>
        <source>Lists people already in the database who may be the person described: the check made before a new person is saved.</source>
        <translation>Изброява лицата в базата данни, които може да са описаното лице: проверката, която се прави преди записване на ново лице.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="111"/>
        <source>Family name.</source>
        <translation>Фамилия.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>Given names.</source>
        <translation>Собствено име.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="112"/>
        <source>NAMES</source>
        <translation>ИМЕНА</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="113"/>
        <source>Birth name, when it differs.</source>
        <translation>Рождено име, ако е различно.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="114"/>
        <source>Date of birth.</source>
        <translation>Дата на раждане.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="119"/>
        <source>Give at least --family and --given.</source>
        <translation>Посочете поне --family и --given.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="123"/>
        <source>--born must be a date written as YYYY-MM-DD.</source>
        <translation>--born трябва да е дата във формат ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="139"/>
        <source>No one on record looks like this person.</source>
        <translation>Никой от записаните не прилича на това лице.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="148"/>
        <source>print a case-work list (households, overdue reviews, visits due, ...)</source>
        <translation>извежда списък за работа по случаи (домакинства, просрочени прегледи, предстоящи посещения, ...)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsCaseWork.cpp" line="150"/>
        <source>find people who may be the person described</source>
        <translation>намира лица, които може да са описаното лице</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="45"/>
        <source>Creates a database for a programme.</source>
        <translation>Създава база данни за програма.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="46"/>
        <source>The programme&apos;s name.</source>
        <translation>Името на програмата.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="48"/>
        <source>catching_up, social_services, community_centre or county_coordination (default catching_up).</source>
        <translation>catching_up, social_services, community_centre или county_coordination (по подразбиране catching_up).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="49"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>HU, CZ, SK, BG or RO.</source>
        <translation>HU, CZ, SK, BG или RO.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="50"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="56"/>
        <source>init needs --programme NAME.</source>
        <translation>init изисква --programme ИМЕ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="70"/>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>Тази база данни вече съдържа програмата „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="94"/>
        <source>Created the programme &quot;%1&quot; (%2) in %3.</source>
        <translation>Създадена е програмата „%1“ (%2) в %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="95"/>
        <source>Its catalogue holds %1 indicators to report on (ESF+ and examples for the programme).</source>
        <translation>Каталогът му съдържа %1 показателя за отчитане (ESF+ и примерни показатели за програмата).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="102"/>
        <source>Fills an empty database with a synthetic demo programme.</source>
        <translation>Попълва празна база данни с измислена демонстрационна програма.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="103"/>
        <source>How many people (default 1000).</source>
        <translation>Колко лица (по подразбиране 1000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="104"/>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>Начално число за случайните данни; едно и също число дава едни и същи данни (по подразбиране 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="105"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="106"/>
        <source>The last day of the two years of history (default today).</source>
        <translation>Последният ден от двете години история (по подразбиране днес).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="108"/>
        <source>Print only the summary.</source>
        <translation>Извежда само обобщението.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="118"/>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>--people трябва да е цяло число от 1 до %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="124"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed трябва да е цяло число.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="130"/>
        <source>--today must be a real date written as YYYY-MM-DD.</source>
        <translation>--today трябва да е съществуваща дата във формат ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="139"/>
        <source>%1% of people written</source>
        <translation>%1% от лицата са записани</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="156"/>
        <source>Demo programme written to %1 in %2 s:</source>
        <translation>Демонстрационната програма е записана в %1 за %2 s:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="158"/>
        <source>  %1 localities, %2 staff, %3 households, %4 people</source>
        <translation>  %1 населени места, %2 служители, %3 домакинства, %4 лица</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="164"/>
        <source>  %1 plans with %2 goals, %3 visits and services, %4 referrals</source>
        <translation>  %1 плана с %2 цели, %3 посещения и услуги, %4 насочвания</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="170"/>
        <source>  %1 group events with %2 attendances; %3 records in all</source>
        <translation>  %1 групови събития с %2 присъствия; общо %3 записа</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="180"/>
        <source>Prints every synced record as one JSON object a line, sorted, without machine-local data.</source>
        <translation>Извежда всеки синхронизиран запис като един JSON обект на ред, подредени, без локалните данни на машината.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="181"/>
        <source>Write to this file instead of standard output.</source>
        <translation>Записва в този файл вместо в стандартния изход.</translation>
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
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="193"/>
        <location filename="../../app/cli/CommandsData.cpp" line="201"/>
        <source>%1 cannot be written.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="215"/>
        <source>Checks the database: SQLite integrity, foreign keys and Fieldcase&apos;s own invariants.</source>
        <translation>Проверява базата данни: целостта на SQLite, външните ключове и собствените правила на Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="228"/>
        <source>%1: no problems found.</source>
        <translation>%1: не са открити проблеми.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsData.cpp" line="234"/>
        <source>fieldcase-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>fieldcase-cli: открит е %n проблем.</numerusform>
            <numerusform>fieldcase-cli: открити са %n проблема.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="240"/>
        <source>Applies a batch of create, update and delete operations (JSON lines), all or nothing.</source>
        <translation>Прилага пакет от операции за създаване, обновяване и изтриване (JSON редове) – всички или нито една.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="241"/>
        <source>The batch file, or - for standard input.</source>
        <translation>Файлът с пакета или - за стандартния вход.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="246"/>
        <source>apply needs exactly one batch FILE.</source>
        <translation>apply изисква точно един ФАЙЛ с пакет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="254"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="141"/>
        <location filename="../../app/cli/CommandsPrint.cpp" line="142"/>
        <source>%1 cannot be read.</source>
        <translation>%1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="263"/>
        <source>Nothing of the batch was written.</source>
        <translation>Нищо от пакета не е записано.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="266"/>
        <source>Applied %1: %2 created, %3 updated, %4 deleted.</source>
        <translation>Приложен е %1: %2 създадени, %3 обновени, %4 изтрити.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="279"/>
        <source>create a database for a programme</source>
        <translation>създава база данни за програма</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="280"/>
        <source>fill an empty database with a synthetic demo programme</source>
        <translation>попълва празна база данни с измислена демонстрационна програма</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="281"/>
        <source>print all synced data, canonical and sorted</source>
        <translation>извежда всички синхронизирани данни, канонично и подредено</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="282"/>
        <source>check integrity, foreign keys and invariants</source>
        <translation>проверява целостта, външните ключове и правилата</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsData.cpp" line="283"/>
        <source>apply a batch of operations (JSON lines), all or nothing</source>
        <translation>прилага пакет от операции (JSON редове) – всички или нито една</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="33"/>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Файлът с паролата %1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="53"/>
        <source>this copy</source>
        <translation>това копие</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="55"/>
        <source>central copy</source>
        <translation>централно копие</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="61"/>
        <source>%1 (device clock)</source>
        <translation>%1 (по часовника на устройството)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="65"/>
        <source>Enrols a laptop: writes its enrolment file (keys, caseload and reference data), protected by a passphrase.</source>
        <translation>Регистрира лаптоп: записва неговия файл за регистрация (ключове, случаи и справочни данни), защитен с парола.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="67"/>
        <source>A name for the laptop.</source>
        <translation>Име на лаптопа.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="68"/>
        <source>The staff member (account or full name) who uses it.</source>
        <translation>Служителят (потребителско име или пълно име), който го използва.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="70"/>
        <source>The enrolment file to write.</source>
        <translation>Файлът за регистрация, който да се запише.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="72"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE); without either a passphrase is made and printed.</source>
        <translation>Чете паролата от този файл (или задайте FIELDCASE_PASSPHRASE); без тях се създава и извежда нова парола.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="80"/>
        <source>enrol needs --%1.</source>
        <translation>enrol изисква --%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="100"/>
        <source>Enrolled the laptop &quot;%1&quot; (device %2): %n record(s) of caseload and reference data in %3.</source>
        <translation>
            <numerusform>Лаптопът „%1“ е регистриран (устройство %2): %n запис от случаите и справочните данни в %3.</numerusform>
            <numerusform>Лаптопът „%1“ е регистриран (устройство %2): %n записа от случаите и справочните данни в %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="105"/>
        <source>Passphrase: %1</source>
        <translation>Парола: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="106"/>
        <source>Give the passphrase to the worker separately, never together with the file.</source>
        <translation>Дайте паролата на служителя отделно, никога заедно с файла.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="108"/>
        <source>Central copy&apos;s key: %1</source>
        <translation>Ключ на централното копие: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="109"/>
        <source>Tell it to the worker (read it out or print it), who gives it to join with --central-key, so that the laptop refuses an enrolment file that another copy made.</source>
        <translation>Съобщете го на служителя (прочетете го на глас или го отпечатайте); той го въвежда в join с --central-key, за да може лаптопът да откаже файл за регистрация, създаден от друго копие.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="117"/>
        <source>Makes a new, empty database the laptop&apos;s copy of a programme, from an enrolment file.</source>
        <translation>Превръща нова, празна база данни в копието на програмата за лаптопа, от файл за регистрация.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="118"/>
        <source>The enrolment file.</source>
        <translation>Файлът за регистрация.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="120"/>
        <source>Read the passphrase from this file (or set FIELDCASE_PASSPHRASE).</source>
        <translation>Чете паролата от този файл (или задайте FIELDCASE_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="122"/>
        <source>The central copy&apos;s key as the supervisor gave it (printed by enrol): an enrolment file signed with another key is refused.</source>
        <translation>Ключът на централното копие, както го е дал супервизорът (отпечатан от enrol): файл за регистрация, подписан с друг ключ, се отказва.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="124"/>
        <source>FINGERPRINT</source>
        <translation>ОТПЕЧАТЪК</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="129"/>
        <source>join needs exactly one enrolment FILE.</source>
        <translation>join изисква точно един ФАЙЛ за регистрация.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="136"/>
        <source>join needs the passphrase: --passphrase-file FILE or the environment variable FIELDCASE_PASSPHRASE.</source>
        <translation>join изисква паролата: --passphrase-file ФАЙЛ или променливата на средата FIELDCASE_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="150"/>
        <source>Joined as &quot;%1&quot;: %n record(s) received.</source>
        <translation>
            <numerusform>Присъединяване като „%1“: получен е %n запис.</numerusform>
            <numerusform>Присъединяване като „%1“: получени са %n записа.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="153"/>
        <source>Central copy&apos;s key: %1 (the key given: checked).</source>
        <translation>Ключ на централното копие: %1 (даденият ключ: проверен).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="155"/>
        <source>Central copy&apos;s key: %1 (not checked).</source>
        <translation>Ключ на централното копие: %1 (не е проверен).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="156"/>
        <source>Compare it with the key your supervisor reads out or printed. If they differ, this file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Сравнете го с ключа, който супервизорът Ви прочита на глас или е отпечатал. Ако се различават, този файл не е създаден от Вашето централно копие: не използвайте тази база данни и уведомете своя супервизор.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="164"/>
        <source>Writes the laptop&apos;s changes since its last export, encrypted to the central copy and signed.</source>
        <translation>Записва промените на лаптопа от последния експорт, шифровани за централното копие и подписани.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="166"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="408"/>
        <source>The package file to write.</source>
        <translation>Файлът с пакета, който да се запише.</translation>
    </message>
    <message>
        <source>Export every change made on this laptop again (when a file was lost).</source>
        <translation type="vanished">Експортира отново всяка промяна, направена на този лаптоп (когато файл е бил изгубен).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="168"/>
        <source>Export every change made on this laptop, in a file that stands in for all earlier ones (when a file was lost, or the central copy says it waits for one).</source>
        <translation>Експортира всяка промяна, направена на този лаптоп, във файл, който замества всички по-ранни (когато файл е изгубен или централното копие съобщава, че чака такъв).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="174"/>
        <source>export needs --out FILE.</source>
        <translation>export изисква --out ФАЙЛ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="185"/>
        <source>Nothing new to export: every change was in an earlier file. No file was written.</source>
        <translation>Няма нищо ново за експорт: всяка промяна е била в по-ранен файл. Не е записан файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="189"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.</source>
        <translation>
            <numerusform>Експортирана е %n промяна като файл %1 на този лаптоп в %2, с всичко от файл %3 насам.</numerusform>
            <numerusform>Експортирани са %n промени като файл %1 на този лаптоп в %2, с всичко от файл %3 насам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="197"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2.</source>
        <translation>
            <numerusform>Експортирана е %n промяна като файл %1 на този лаптоп в %2.</numerusform>
            <numerusform>Експортирани са %n промени като файл %1 на този лаптоп в %2.</numerusform>
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
        <translation> (файл %1 от %2, с всичко от файл %3 насам)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="222"/>
        <source> (file %1 from %2)</source>
        <translation> (файл %1 от %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 refused change(s)</source>
        <translation type="vanished">%1 нови, %2 променени, %3 вече налични, %4 в конфликт, %5 възможни дубликата, %6 отхвърлени промени</translation>
    </message>
    <message>
        <source>refused change: %1</source>
        <translation type="vanished">отхвърлена промяна: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="253"/>
        <source>possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>възможен дубликат: %1 (%2) и %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="258"/>
        <source>also merged, after waiting: %1</source>
        <translation>обединен също, след изчакване: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="261"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="305"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="566"/>
        <source>backup before merging: %1</source>
        <translation>резервно копие преди обединяването: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="266"/>
        <source>Merges exchange files: laptops&apos; exports into the central copy, or a return package into a laptop.</source>
        <translation>Обединява файлове за обмен: експортите на лаптопите в централното копие или обратен пакет в лаптоп.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>The files, in any order.</source>
        <translation>Файловете, в произволен ред.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="268"/>
        <source>FILE...</source>
        <translation>ФАЙЛ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="269"/>
        <source>Only show what merging would do; write nothing.</source>
        <translation>Само показва какво би направило обединяването; не записва нищо.</translation>
    </message>
    <message>
        <source>Do not copy the database aside before each file.</source>
        <translation type="vanished">Без резервно копие на базата данни преди всеки файл.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="233"/>
        <source>%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 set aside</source>
        <translation>%1 нови, %2 променени, %3 вече налични, %4 в конфликт, %5 възможни дубликата, %6 отложени</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="243"/>
        <source>set aside: %1</source>
        <translation>отложени: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="247"/>
        <source>Changes set aside are kept, and merged as soon as this copy can use them (once Fieldcase is updated); fieldcase-cli quarantine lists them.</source>
        <translation>Отложените промени се пазят и се обединяват веднага щом това копие може да ги използва (след обновяване на Fieldcase); fieldcase-cli quarantine ги изброява.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="270"/>
        <source>Do not copy the database aside before merging.</source>
        <translation>Не копирайте базата данни настрана преди обединяването.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="275"/>
        <source>merge needs at least one FILE.</source>
        <translation>merge изисква поне един ФАЙЛ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="286"/>
        <source>Merging %1…</source>
        <translation>Обединяване на %1…</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="287"/>
        <source>Merged %1</source>
        <translation>Обединен: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="292"/>
        <source>fieldcase-cli: the changes set aside by earlier merges could not be tried again: %1. They are kept.</source>
        <translation>fieldcase-cli: отложените от предишни обединявания промени не можаха да бъдат опитани отново: %1. Те се пазят.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="297"/>
        <source>%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</source>
        <translation>
            <numerusform>%n промяна, отложена от предишни обединявания, вече е обединена (%1 нови, %2 променени, %3 в конфликт).</numerusform>
            <numerusform>%n промени, отложени от предишни обединявания, вече са обединени (%1 нови, %2 променени, %3 в конфликт).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="314"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробно изпълнение: нищо не е записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="317"/>
        <source>fieldcase-cli: %n file(s) refused; the database is unchanged by them.</source>
        <translation>
            <numerusform>fieldcase-cli: %n файл е отхвърлен; базата данни не е променена от него.</numerusform>
            <numerusform>fieldcase-cli: %n файла са отхвърлени; базата данни не е променена от тях.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="325"/>
        <source>Lists the open conflicts, one a line.</source>
        <translation>Изброява отворените конфликти, по един на ред.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5]</source>
        <translation>%1=%2 [%3, %4, %5]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="346"/>
        <source>%1=%2 [%3, %4, %5, of the merged duplicate]</source>
        <translation>%1=%2 [%3, %4, %5, от слетия дубликат]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="352"/>
        <source>deleted-vs-edited</source>
        <translation>изтрит-срещу-редактиран</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="354"/>
        <source>special category: decide explicitly</source>
        <translation>специална категория: решете изрично</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="357"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n отворен конфликт.</numerusform>
            <numerusform>%n отворени конфликта.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="362"/>
        <source>Decides one conflict; the decision travels back to the laptops.</source>
        <translation>Решава един конфликт; решението се връща към лаптопите.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="363"/>
        <source>The conflict number (from conflicts).</source>
        <translation>Номерът на конфликта (от conflicts).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="364"/>
        <source>The version to keep: a, b (c... when there are more).</source>
        <translation>Версията, която да се запази: a, b (c... когато са повече).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="365"/>
        <source>a|b</source>
        <translation>a|b</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>A new value instead of one of the versions.</source>
        <translation>Нова стойност вместо някоя от версиите.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="366"/>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="373"/>
        <source>resolve needs --conflict ID, a number from fieldcase-cli conflicts.</source>
        <translation>resolve изисква --conflict ID – номер от fieldcase-cli conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="377"/>
        <source>resolve needs either --take a|b or --value TEXT.</source>
        <translation>resolve изисква или --take a|b, или --value ТЕКСТ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="388"/>
        <source>--take must be a letter: a, b, ...</source>
        <translation>--take трябва да е буква: a, b, ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="397"/>
        <source>Conflict %1 decided; the decision is logged (change %2) and goes back to the laptops.</source>
        <translation>Конфликт %1 е решен; решението е вписано в дневника (промяна %2) и се връща към лаптопите.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="405"/>
        <source>Writes a laptop&apos;s return package: its updated caseload, reference data and decided conflicts.</source>
        <translation>Записва обратния пакет за лаптоп: обновените му случаи, справочните данни и решените конфликти.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="407"/>
        <location filename="../../app/cli/CommandsExchange.cpp" line="478"/>
        <source>The laptop (its name or device id).</source>
        <translation>Лаптопът (името му или id на устройството).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="410"/>
        <source>Send the laptop&apos;s whole caseload history, in a package that stands in for all earlier ones (when a return package was lost, or the laptop says it waits for one).</source>
        <translation>Изпраща цялата история на случаите на лаптопа в пакет, който замества всички по-ранни (когато обратен пакет е изгубен или лаптопът съобщава, че чака такъв).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="416"/>
        <source>return needs --device ID and --out FILE.</source>
        <translation>return изисква --device ID и --out ФАЙЛ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="428"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Няма нищо ново за „%1“: лаптопът вече има всичко. Не е записан файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="434"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3, with everything since return package %4.</source>
        <translation>
            <numerusform>Записан е обратен пакет %1 за „%2“: %n промяна в %3, с всичко от обратен пакет %4 насам.</numerusform>
            <numerusform>Записан е обратен пакет %1 за „%2“: %n промени в %3, с всичко от обратен пакет %4 насам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="443"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3.</source>
        <translation>
            <numerusform>Записан е обратен пакет %1 за „%2“: %n промяна в %3.</numerusform>
            <numerusform>Записан е обратен пакет %1 за „%2“: %n промени в %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="451"/>
        <source>Lists the laptops enrolled in this central copy.</source>
        <translation>Изброява лаптопите, регистрирани в това централно копие.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>revoked</source>
        <translation>отнета регистрация</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="465"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="466"/>
        <source>last file merged: %1</source>
        <translation>последен обединен файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="470"/>
        <source>This central copy&apos;s key: %1</source>
        <translation>Ключ на това централно копие: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="477"/>
        <source>Withdraws a laptop&apos;s enrolment (lost or stolen): its files are refused from now on.</source>
        <translation>Отнема регистрацията на лаптоп (изгубен или откраднат): файловете му се отхвърлят отсега нататък.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="494"/>
        <source>The laptop &quot;%1&quot; is revoked; its files will be refused.</source>
        <translation>Регистрацията на лаптопа „%1“ е отнета; файловете му ще бъдат отхвърляни.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="499"/>
        <source>Lists possible duplicate persons found while merging.</source>
        <translation>Изброява възможните дублирани лица, открити при обединяването.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="515"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n възможен дубликат.</numerusform>
            <numerusform>%n възможни дубликата.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="521"/>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; details the kept person lacks are taken over, details both have with different values become conflicts to decide; the duplicate is redirected.</source>
        <translation>Слива дублирано лице с друго: всяко посещение, план и съгласие се прехвърлят; данните, които липсват на запазеното лице, се поемат, а данните, които двете имат с различни стойности, стават конфликти за решаване; дубликатът се пренасочва.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="634"/>
        <source>list the changes set aside by merges, or try them again</source>
        <translation>изброява отложените при обединявания промени или ги опитва отново</translation>
    </message>
    <message>
        <source>Merges a duplicate person into another: every visit, plan and consent moves over; the duplicate is redirected.</source>
        <translation type="vanished">Слива дублирано лице с друго: всяко посещение, план и съгласие се прехвърлят; дубликатът се пренасочва.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="524"/>
        <source>The person who stays.</source>
        <translation>Лицето, което остава.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="525"/>
        <source>The duplicate, merged into the other.</source>
        <translation>Дубликатът, който се слива с другото лице.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="530"/>
        <source>merge-persons needs --keep ID and --merge ID.</source>
        <translation>merge-persons изисква --keep ID и --merge ID.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="540"/>
        <source>Merged: %n record(s) now point at the person kept.</source>
        <translation>
            <numerusform>Сливане: %n запис вече сочи към запазеното лице.</numerusform>
            <numerusform>Сливане: %n записа вече сочат към запазеното лице.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="542"/>
        <source>%n detail(s) that only the duplicate had were taken over.</source>
        <translation>
            <numerusform>%n данна, която е имал само дубликатът, е поета.</numerusform>
            <numerusform>%n данни, които е имал само дубликатът, са поети.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="545"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</source>
        <translation>
            <numerusform>%n различаваща се стойност на двете лица очаква решение във „Входящи конфликти“: изведете ги с conflicts, решете с resolve. Дотогава се използват стойностите на запазеното лице.</numerusform>
            <numerusform>%n различаващи се стойности на двете лица очакват решение във „Входящи конфликти“: изведете ги с conflicts, решете с resolve. Дотогава се използват стойностите на запазеното лице.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="554"/>
        <source>%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</source>
        <translation>
            <numerusform>%n промяна е обединена (%1 нови, %2 променени, %3 в конфликт, %4 възможни дубликата).</numerusform>
            <numerusform>%n промени са обединени (%1 нови, %2 променени, %3 в конфликт, %4 възможни дубликата).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="561"/>
        <source>%n change(s) still set aside.</source>
        <translation>
            <numerusform>%n промяна все още е отложена.</numerusform>
            <numerusform>%n промени все още са отложени.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="563"/>
        <source>still set aside: %1</source>
        <translation>все още отложени: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="572"/>
        <source>Lists the changes that merges set aside because this copy cannot use them (a table or field it does not know, a value it does not accept), as tab-separated lines with a header. They are kept, and merged as soon as this copy can use them.</source>
        <translation>Изброява промените, които обединяванията са отложили, защото това копие не може да ги използва (таблица или поле, които не познава, стойност, която не приема), като редове, разделени с табулации, със заглавен ред. Те се пазят и се обединяват веднага щом това копие може да ги използва.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="575"/>
        <source>Try them again now: merge those this copy can use (after a backup), and say why the others are still set aside.</source>
        <translation>Опитайте ги отново сега: обединяват се тези, които това копие може да използва (след резервно копие), и се посочва защо останалите все още са отложени.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="607"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="608"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="615"/>
        <source>%n change(s) set aside.</source>
        <translation>
            <numerusform>%n промяна е отложена.</numerusform>
            <numerusform>%n промени са отложени.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="623"/>
        <source>enrol a laptop: write its enrolment file</source>
        <translation>регистрира лаптоп: записва неговия файл за регистрация</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="624"/>
        <source>make a new laptop database from an enrolment file</source>
        <translation>създава нова база данни на лаптоп от файл за регистрация</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="625"/>
        <source>write the laptop&apos;s new changes for the central copy</source>
        <translation>записва новите промени на лаптопа за централното копие</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="626"/>
        <source>merge exchange files (preview with --dry-run)</source>
        <translation>обединява файлове за обмен (преглед с --dry-run)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="627"/>
        <source>list open conflicts</source>
        <translation>изброява отворените конфликти</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="628"/>
        <source>decide a conflict</source>
        <translation>решава конфликт</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="629"/>
        <source>write a laptop&apos;s return package</source>
        <translation>записва обратния пакет за лаптоп</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="630"/>
        <source>list enrolled laptops</source>
        <translation>изброява регистрираните лаптопи</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="631"/>
        <source>withdraw a laptop&apos;s enrolment</source>
        <translation>отнема регистрацията на лаптоп</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="632"/>
        <source>list possible duplicate persons</source>
        <translation>изброява възможните дублирани лица</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsExchange.cpp" line="633"/>
        <source>merge a duplicate person into another</source>
        <translation>слива дублирано лице с друго</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="28"/>
        <source>Prints a document to PDF: a development plan, a plan review, a visit record, an attendance sheet, a consent form or a case summary; or, for municipality staff, every plan of a locality that awaits signature, in one PDF.</source>
        <translation>Отпечатва документ в PDF: план за подкрепа, преглед на план, протокол от посещение, присъствен списък, формуляр за съгласие или резюме на случая; или – за общинските служители – всички планове на населено място, които очакват подпис, в един PDF.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="31"/>
        <source>The document: %1.</source>
        <translation>Документът: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="33"/>
        <source>The record to print: a plan, plan review, activity, event, consent or person id.</source>
        <translation>Записът за отпечатване: id на план, преглед на план, дейност, събитие, съгласие или лице.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="35"/>
        <source>Print a batch for this locality (with --awaiting-signature).</source>
        <translation>Отпечатва пакет за това населено място (с --awaiting-signature).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="37"/>
        <source>The batch: every plan whose status is awaiting signature.</source>
        <translation>Пакетът: всички планове със статус „очаква подпис“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>The PDF file to write.</source>
        <translation>PDF файлът, който да се запише.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="45"/>
        <source>print needs --out FILE.pdf, the file to write.</source>
        <translation>print изисква --out ФАЙЛ.pdf – файла, който да се запише.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="51"/>
        <source>Give either --kind and --id for one document, or --locality ID --awaiting-signature for a batch, not both.</source>
        <translation>Посочете или --kind и --id за един документ, или --locality ID --awaiting-signature за пакет, не и двете.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="55"/>
        <source>A batch needs both --locality ID and --awaiting-signature.</source>
        <translation>Пакетът изисква и --locality ID, и --awaiting-signature.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="59"/>
        <source>print needs --kind KIND and --id ID (or --locality ID --awaiting-signature for a batch).</source>
        <translation>print изисква --kind ВИД и --id ID (или --locality ID --awaiting-signature за пакет).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="64"/>
        <source>Unknown document kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>Непознат вид документ „%1“. Видовете са: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="82"/>
        <source>No plan in locality %1 awaits signature; nothing was written.</source>
        <translation>Няма план в населено място %1, който да очаква подпис; нищо не е записано.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="93"/>
        <source>Wrote %1: documents %2, pages %3.</source>
        <translation>Записан е %1: документи %2, страници %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="100"/>
        <source>Sets or removes the logos printed in the letterhead of documents on this machine (PNG, JPEG or SVG).</source>
        <translation>Задава или премахва логата, отпечатвани в бланката на документите на тази машина (PNG, JPEG или SVG).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="102"/>
        <source>The image for the left of the letterhead.</source>
        <translation>Изображението за лявата страна на бланката.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="103"/>
        <source>The image for the right of the letterhead.</source>
        <translation>Изображението за дясната страна на бланката.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="104"/>
        <source>Remove the left logo.</source>
        <translation>Премахва лявото лого.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="105"/>
        <source>Remove the right logo.</source>
        <translation>Премахва дясното лого.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="106"/>
        <source>The programme (default: the first of the database).</source>
        <translation>Програмата (по подразбиране: първата в базата данни).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="115"/>
        <source>logo needs --left FILE, --right FILE, --clear-left or --clear-right.</source>
        <translation>logo изисква --left ФАЙЛ, --right ФАЙЛ, --clear-left или --clear-right.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="132"/>
        <source>The database holds no programme; create one with init.</source>
        <translation>Базата данни не съдържа програма; създайте такава с init.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="148"/>
        <source>The %1 logo is now %2.</source>
        <translation>Логото (%1) вече е %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="158"/>
        <source>The %1 logo was removed.</source>
        <translation>Логото (%1) е премахнато.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="175"/>
        <source>prints plans, visit records, attendance sheets, consent forms to PDF</source>
        <translation>отпечатва планове, протоколи от посещения, присъствени списъци и формуляри за съгласие в PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsPrint.cpp" line="177"/>
        <source>sets the logos of the letterhead of printed documents</source>
        <translation>задава логата в бланката на отпечатваните документи</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="32"/>
        <source>Writes a report of the programme to CSV, XLSX or PDF: the ESF common indicators on participants, or the programme&apos;s indicators planned against achieved. ESF reports are made for outside the programme (counts of 1 to 4 people suppressed, no names) unless --internal is given; indicator reports are internal unless --outside is given.</source>
        <translation>Записва отчет за програмата в CSV, XLSX или PDF: общите показатели на ESF за участниците или показателите на програмата – планирано спрямо постигнато. Отчетите по ESF се изготвят за външни получатели (бройки от 1 до 4 лица се скриват, без имена), освен ако е зададено --internal; отчетите по показатели са вътрешни, освен ако е зададено --outside.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="37"/>
        <source>The ESF common indicators on participants: 2021 (ESF+ 2021-2027) or 2014 (ESF 2014-2020).</source>
        <translation>Общите показатели на ESF за участниците: 2021 (ESF+ 2021-2027) или 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="38"/>
        <source>SET</source>
        <translation>НАБОР</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="39"/>
        <source>The programme&apos;s indicators, planned against achieved.</source>
        <translation>Показателите на програмата – планирано спрямо постигнато.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="41"/>
        <source>The first day of the period (default: the programme&apos;s start date, else 1 January of this year).</source>
        <translation>Първият ден от периода (по подразбиране: началната дата на програмата, иначе 1 януари на текущата година).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="45"/>
        <source>The last day of the period (default: the programme&apos;s end date, else 31 December of this year).</source>
        <translation>Последният ден от периода (по подразбиране: крайната дата на програмата, иначе 31 декември на текущата година).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="48"/>
        <source>Only this locality (default: the whole programme).</source>
        <translation>Само това населено място (по подразбиране: цялата програма).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="51"/>
        <source>For use inside the programme: small counts are not suppressed. Such a file must not leave the programme.</source>
        <translation>За използване в рамките на програмата: малките бройки не се скриват. Такъв файл не бива да излиза извън програмата.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="54"/>
        <source>For outside the programme: small counts suppressed, names and ids left out (the default for --esf).</source>
        <translation>За външни получатели: малките бройки се скриват, имената и идентификаторите се пропускат (по подразбиране за --esf).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="57"/>
        <source>The file format: %1.</source>
        <translation>Форматът на файла: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="58"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="59"/>
        <source>The file to write.</source>
        <translation>Файлът, който да се запише.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="66"/>
        <source>Give either --esf or --indicators, not both.</source>
        <translation>Посочете или --esf, или --indicators, не и двете.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="67"/>
        <source>report needs the report to make: --esf 2021, --esf 2014 or --indicators.</source>
        <translation>report изисква отчета, който да се изготви: --esf 2021, --esf 2014 или --indicators.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="78"/>
        <source>Unknown ESF indicator set &quot;%1&quot;. Give --esf 2021 (ESF+ 2021-2027) or --esf 2014 (ESF 2014-2020).</source>
        <translation>Непознат набор от показатели на ESF „%1“. Посочете --esf 2021 (ESF+ 2021-2027) или --esf 2014 (ESF 2014-2020).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="84"/>
        <source>Give either --internal or --outside, not both.</source>
        <translation>Посочете или --internal, или --outside, не и двете.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="88"/>
        <source>report needs --format FORMAT: %1.</source>
        <translation>report изисква --format ФОРМАТ: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="93"/>
        <source>Unknown format &quot;%1&quot;. The formats are: %2.</source>
        <translation>Непознат формат „%1“. Форматите са: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="98"/>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report изисква --out ФАЙЛ – файла, който да се запише.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="135"/>
        <source>%1 to %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="137"/>
        <source>Wrote %1 (%2): %n row(s), for outside the programme; cells suppressed: %3.</source>
        <translation>
            <numerusform>Записан е %1 (%2): %n ред, за външни получатели; скрити клетки: %3.</numerusform>
            <numerusform>Записан е %1 (%2): %n реда, за външни получатели; скрити клетки: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="143"/>
        <source>Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave the programme.</source>
        <translation>
            <numerusform>Записан е %1 (%2): %n ред, вътрешен: малките бройки са показани, затова файлът не бива да излиза извън програмата.</numerusform>
            <numerusform>Записан е %1 (%2): %n реда, вътрешен: малките бройки са показани, затова файлът не бива да излиза извън програмата.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandsReports.cpp" line="156"/>
        <source>writes the ESF indicators or planned against achieved to CSV, XLSX or PDF</source>
        <translation>записва показателите на ESF или планираното спрямо постигнатото в CSV, XLSX или PDF</translation>
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
        <translation>Няма отворен конфликт с номер %1. Може вече да е решен; изведете отново списъка с отворени конфликти.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="130"/>
        <source>(deleted)</source>
        <translation>(изтрит)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="141"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="143"/>
        <source>(kept: still pointed at by %1)</source>
        <translation>(запазен: към него все още сочи %1)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="153"/>
        <source>(edited)</source>
        <translation>(редактиран)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="161"/>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/ConflictStore.cpp" line="170"/>
        <source>Conflict %1 has %n version(s); choose one of them.</source>
        <translation>
            <numerusform>Конфликт %1 има %n версия; изберете я.</numerusform>
            <numerusform>Конфликт %1 има %n версии; изберете една от тях.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="180"/>
        <source>Conflict %1: this record cannot stay deleted while other records point at it. Keep it, or first change the records that point at it and decide again.</source>
        <translation>Конфликт %1: този запис не може да остане изтрит, докато други записи сочат към него. Запазете го или първо променете записите, които сочат към него, и решете отново.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="196"/>
        <source>A deleted record is kept deleted or restored; choose one of the versions.</source>
        <translation>Изтрит запис остава изтрит или се възстановява; изберете една от версиите.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="210"/>
        <source>%1 is required and cannot be left empty.</source>
        <translation>%1 е задължително и не може да остане празно.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="222"/>
        <source>Conflict %1 decided</source>
        <translation>Конфликт %1 е решен</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="248"/>
        <source>Conflict %1 decided: stays deleted</source>
        <translation>Конфликт %1 е решен: остава изтрит</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ConflictStore.cpp" line="249"/>
        <source>Conflict %1 decided: restored</source>
        <translation>Конфликт %1 е решен: възстановен</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="8"/>
        <source>I agree that the programme team records my personal data and the data of my household that are needed for our work together: names, dates of birth, contact details, the development plan, visits, services and agreements.</source>
        <translation>Съгласен/съгласна съм екипът на програмата да записва мои лични данни и данни на моето домакинство, необходими за съвместната ни работа: имена, дати на раждане, данни за контакт, плана за подкрепа, посещенията, услугите и договореностите.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="11"/>
        <source>The data are used only to plan and provide support to me and my family and to report to the funder in a form that does not identify me.</source>
        <translation>Данните се използват само за планиране и предоставяне на подкрепа на мен и семейството ми и за отчитане пред финансиращата организация във вид, който не позволява да бъда идентифициран(а).</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="15"/>
        <source>I agree that the programme team shares the data needed for my support with the services named in my development plan (for example the family support service, the job centre, the school or the district nurse).</source>
        <translation>Съгласен/съгласна съм екипът на програмата да споделя данните, необходими за моята подкрепа, с услугите, посочени в плана ми за подкрепа (например услугата за подкрепа на семейството, бюрото по труда, училището или патронажната сестра).</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="18"/>
        <source>Only the data that a service needs for the task are shared, and each sharing is recorded.</source>
        <translation>Споделят се само данните, от които услугата се нуждае за съответната задача, и всяко споделяне се записва.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="21"/>
        <source>I agree that the programme team refers me to another service and sends that service my name, contact details and the reason for the referral.</source>
        <translation>Съгласен/съгласна съм екипът на програмата да ме насочи към друга услуга и да изпрати на тази услуга моето име, данните ми за контакт и причината за насочването.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="23"/>
        <source>The receiving service tells the team whether it accepted the referral and how it ended.</source>
        <translation>Приемащата услуга съобщава на екипа дали е приела насочването и как е приключило то.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="26"/>
        <source>I agree that the programme records data about my health, disability or ethnic origin, which the law protects specially, because I want them taken into account in my support.</source>
        <translation>Съгласен/съгласна съм програмата да записва данни за моето здраве, увреждане или етнически произход, които законът защитава специално, защото искам те да бъдат взети предвид при подкрепата ми.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="28"/>
        <source>These data are seen only by the staff who work with me and are never printed in reports that leave the programme.</source>
        <translation>Тези данни се виждат само от служителите, които работят с мен, и никога не се отпечатват в отчети, които излизат извън програмата.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="32"/>
        <source>I agree that photographs or video in which I can be recognised are taken at programme events and used in the programme&apos;s reports and publications.</source>
        <translation>Съгласен/съгласна съм на събитията на програмата да се правят снимки или видеозаписи, на които мога да бъда разпознат(а), и те да се използват в отчетите и публикациите на програмата.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="34"/>
        <source>I can ask at any time that a picture of me is not used again.</source>
        <translation>Мога по всяко време да поискам моя снимка да не се използва повече.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="37"/>
        <source>I agree that the programme records the data the funder requires at entry and exit (labour status, education, household situation) and contacts me up to six months after I leave the programme to ask about my situation.</source>
        <translation>Съгласен/съгласна съм програмата да записва данните, които финансиращата организация изисква при включване и при напускане (статус на пазара на труда, образование, положение на домакинството), и да се свърже с мен до шест месеца след като напусна програмата, за да попита за положението ми.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="40"/>
        <source>The funder receives these data only as totals that do not identify anyone.</source>
        <translation>Финансиращата организация получава тези данни само като обобщени числа, които не позволяват да бъде идентифициран никой.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="46"/>
        <source>My consent is voluntary. If I do not give it, or withdraw it later, I still receive the support that does not depend on it.</source>
        <translation>Съгласието ми е доброволно. Ако не го дам или го оттегля по-късно, продължавам да получавам подкрепата, която не зависи от него.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="48"/>
        <source>I can withdraw this consent at any time, in writing or by telling a member of the team; the withdrawal applies from that day on.</source>
        <translation>Мога да оттегля това съгласие по всяко време – писмено или като кажа на член на екипа; оттеглянето важи от този ден нататък.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentTexts.cpp" line="50"/>
        <source>I have the right to see the data kept about me, to have mistakes corrected and, where the law allows, to have data erased. I can complain to the data protection authority.</source>
        <translation>Имам право да видя данните, които се съхраняват за мен, да поискам грешките да бъдат поправени и, когато законът позволява, данните да бъдат изтрити. Мога да подам жалба до Комисията за защита на личните данни.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="32"/>
        <location filename="../../core/storage/Database.cpp" line="364"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Дискът е пълен. Освободете място и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="36"/>
        <location filename="../../core/storage/Database.cpp" line="361"/>
        <source>The database is busy in another window or program. Close it there and try again.</source>
        <translation>Базата данни е заета в друг прозорец или програма. Затворете я там и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/RawStatement.cpp" line="40"/>
        <location filename="../../core/storage/Database.cpp" line="366"/>
        <source>The database reported an error; nothing was changed.</source>
        <translation>Базата данни съобщи за грешка; нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="91"/>
        <source>There is no database at %1.</source>
        <translation>Няма база данни в %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="94"/>
        <source>%1 is not a file. Choose a database file.</source>
        <translation>%1 не е файл. Изберете файл на база данни.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="97"/>
        <source>The folder for %1 could not be created.</source>
        <translation>Папката за %1 не можа да бъде създадена.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="105"/>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Липсва SQLite драйверът за Qt. Инсталирайте пакета libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="109"/>
        <source>The database %1 could not be opened.</source>
        <translation>Базата данни %1 не можа да бъде отворена.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>The SQLite connection could not be configured.</source>
        <translation>Връзката със SQLite не можа да бъде настроена.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="144"/>
        <source>%1 is not a Fieldcase database, or it is damaged. Open another file.</source>
        <translation>%1 не е база данни на Fieldcase или е повредена. Отворете друг файл.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="182"/>
        <source>This database was made by a newer version of Fieldcase (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Тази база данни е създадена с по-нова версия на Fieldcase (схема %1; тази версия познава до %2). Инсталирайте по-новата версия, за да я отворите.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="194"/>
        <source>Before upgrading the database, a copy could not be written to %1; the database was left as it was. Free some disk space and open the database again.</source>
        <translation>Преди обновяването на базата данни не можа да се запише копие в %1; базата данни остана непроменена. Освободете място на диска и отворете базата данни отново.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="294"/>
        <location filename="../../core/storage/Database.cpp" line="338"/>
        <source>The backup %1 could not be written.</source>
        <translation>Резервното копие %1 не можа да бъде записано.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="299"/>
        <location filename="../../core/storage/Database.cpp" line="333"/>
        <source>The backup %1 could not be written (is the disk full?).</source>
        <translation>Резервното копие %1 не можа да бъде записано (дискът пълен ли е?).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="412"/>
        <source>The database undid this change after an error (is the disk full?); nothing of it was stored. Try again.</source>
        <translation>След грешка базата данни отмени тази промяна (дискът пълен ли е?); нищо от нея не е съхранено. Опитайте отново.</translation>
    </message>
    <message>
        <source>Before upgrading the database, a copy could not be written to %1. Free some disk space and open the database again.</source>
        <translation type="vanished">Преди надграждането на базата данни не можа да бъде записано копие в %1. Освободете място на диска и отворете базата данни отново.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="210"/>
        <source>The database could not be upgraded to schema %1 (%2). It was left as it was.</source>
        <translation>Базата данни не можа да бъде надградена до схема %1 (%2). Оставена е без промяна.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="213"/>
        <source>The database could not be upgraded to schema %1 (%2). It stays at schema %3, complete and consistent, and a copy from before the upgrade is at %4. Open it again once the cause below is fixed.</source>
        <translation>Базата данни не можа да бъде надградена до схема %1 (%2). Тя остава на схема %3, цяла и непротиворечива, а копие отпреди надграждането се намира в %4. Отворете я отново, след като причината по-долу бъде отстранена.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="41"/>
        <source>The change was already undone; nothing was stored.</source>
        <translation>Промяната вече беше отменена; нищо не е записано.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="54"/>
        <source>The demo data could not be written; nothing was saved. %1</source>
        <translation>Демонстрационните данни не можаха да бъдат записани; нищо не е запазено. %1</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="63"/>
        <source>Demo data can be made for 1 to %1 people; %2 is outside that range.</source>
        <translation>Демонстрационни данни могат да се създадат за 1 до %1 лица; %2 е извън този диапазон.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="73"/>
        <source>The demo&apos;s history must end today or earlier; %1 is in the future.</source>
        <translation>Историята на демонстрацията трябва да завършва днес или по-рано; %1 е в бъдещето.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="82"/>
        <source>Demo data is only added to a database without people, so that it is never mixed with real cases. Create a new, empty database for the demo.</source>
        <translation>Демонстрационни данни се добавят само в база данни без лица, за да не се смесват никога с реални случаи. Създайте нова, празна база данни за демонстрацията.</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="124"/>
        <source>Making the demo data was stopped; nothing was saved.</source>
        <translation>Създаването на демонстрационните данни беше спряно; нищо не е запазено.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="25"/>
        <location filename="../../ui/views/DetailHtml.cpp" line="191"/>
        <source>%1 plan</source>
        <translation>%1 план</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="28"/>
        <source>Edit plan</source>
        <translation>Редактиране на плана</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="29"/>
        <source>Add need</source>
        <translation>Добавяне на потребност</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="30"/>
        <source>Add goal</source>
        <translation>Добавяне на цел</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="31"/>
        <source>Add service or referral</source>
        <translation>Добавяне на услуга или насочване</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="32"/>
        <source>Review</source>
        <translation>Преглед на плана</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="33"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="140"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="194"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="24"/>
        <source>Print</source>
        <comment>the print preview of a record</comment>
        <translation>Печат</translation>
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
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="43"/>
        <source>legal representative %1</source>
        <translation>законен представител %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="44"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="46"/>
        <source>%1: not signed</source>
        <translation>%1: не е подписан</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="47"/>
        <source>%1: signed %2</source>
        <translation>%1: подписан на %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="50"/>
        <source>case manager</source>
        <translation>водещ случая</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="53"/>
        <source>experience expert</source>
        <translation>експерт с личен опит</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="55"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="56"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="44"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="61"/>
        <source>Needs by intervention area</source>
        <translation>Потребности по области на интервенция</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="65"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="90"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="114"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="195"/>
        <source>edit</source>
        <translation>редактиране</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="72"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="76"/>
        <location filename="../../ui/views/CaseHtml.cpp" line="110"/>
        <source>by %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="83"/>
        <source>who: %1</source>
        <translation>кой: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="86"/>
        <source>for %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="103"/>
        <source>Agreed services and referrals</source>
        <translation>Договорени услуги и насочвания</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="121"/>
        <source>Reviews (earlier versions kept)</source>
        <translation>Прегледи (по-ранните версии се пазят)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="125"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · версия %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="138"/>
        <source>Plan review of %1 (version %2)</source>
        <translation>Преглед на плана от %1 (версия %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="153"/>
        <source>Goals as they stood at the review</source>
        <translation>Целите към момента на прегледа</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="161"/>
        <source>, by %1</source>
        <translation>, от %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="167"/>
        <source>Needs as they stood at the review</source>
        <translation>Потребностите към момента на прегледа</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="184"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="189"/>
        <source>This record was corrected or withdrawn.</source>
        <translation>Този запис е коригиран или оттеглен.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="190"/>
        <source>Show the record in force</source>
        <translation>Показване на действащия запис</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="192"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="68"/>
        <source>Correct</source>
        <translation>Коригиране</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="193"/>
        <source>Withdraw</source>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="200"/>
        <source>This record withdraws a visit recorded by mistake.</source>
        <translation>Този запис оттегля посещение, записано по грешка.</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the withdrawn record</source>
        <translation>Показване на оттегления запис</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="205"/>
        <source>Show the record it corrects</source>
        <translation>Показване на коригирания запис</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="225"/>
        <source>Present</source>
        <translation>Присъстващи</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="229"/>
        <source>Plan goals worked on</source>
        <translation>Цели от плана, по които е работено</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="238"/>
        <source>Tasks agreed</source>
        <translation>Договорени задачи</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="245"/>
        <source>update</source>
        <translation>обновяване</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="254"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="257"/>
        <source>Change status</source>
        <translation>Промяна на статуса</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="268"/>
        <source>Status history</source>
        <translation>История на статуса</translation>
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
        <translation>Редактиране</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="290"/>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="291"/>
        <source>Print attendance sheet</source>
        <translation>Печат на присъствения списък</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="311"/>
        <source>Attendance: %1 registered people, %2 staff, %3 external guests</source>
        <translation>Присъствие: %1 регистрирани лица, %2 служители, %3 външни гости</translation>
    </message>
    <message>
        <location filename="../../ui/views/CaseHtml.cpp" line="319"/>
        <source>Staff:</source>
        <translation>Служители:</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="93"/>
        <source>&lt;h3&gt;Deleted&lt;/h3&gt;&lt;p&gt;This record was deleted. Its history is kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Изтрит&lt;/h3&gt;&lt;p&gt;Този запис е изтрит. Историята му се пази.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="146"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest visits and services</source>
        <translation>Последни посещения и услуги</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="154"/>
        <source> (withdrawal)</source>
        <translation> (оттегляне)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="156"/>
        <source> (correction)</source>
        <translation> (корекция)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="188"/>
        <source>Development plans</source>
        <translation>Планове за подкрепа</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="195"/>
        <source>(%1, from %2, next review %3)</source>
        <translation>(%1, от %2, следващ преглед %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/DetailHtml.cpp" line="208"/>
        <source>Referrals and hand-overs</source>
        <translation>Насочвания и предавания на случаи</translation>
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
        <translation>Записване на посещение</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="18"/>
        <source>New plan</source>
        <translation>Нов план</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="19"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="123"/>
        <source>Refer</source>
        <translation>Насочване</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="20"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="124"/>
        <source>Hand over</source>
        <translation>Предаване на случая</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="21"/>
        <source>Record consent</source>
        <translation>Записване на съгласие</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="22"/>
        <source>Entry data</source>
        <translation>Данни при включване</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="23"/>
        <location filename="../../ui/views/PeopleHtml.cpp" line="79"/>
        <source>Exit</source>
        <translation>Напускане</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="35"/>
        <source>%1 (%n year(s) old)</source>
        <translation>
            <numerusform>%1 (на %n година)</numerusform>
            <numerusform>%1 (на %n години)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="38"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="51"/>
        <source>Household members</source>
        <translation>Членове на домакинството</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="53"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="67"/>
        <source>Entry data (frozen)</source>
        <translation>Данни при включване (заключени)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="90"/>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="92"/>
        <source>%1, given %2 (%3, text %4)</source>
        <translation>%1, дадено на %2 (%3, текст %4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="96"/>
        <source>, withdrawn %1</source>
        <translation>, оттеглено на %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="101"/>
        <source>edit or withdraw</source>
        <translation>редактиране или оттегляне</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="102"/>
        <source>print the form</source>
        <translation>отпечатване на формуляра</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="110"/>
        <source>Latest household visits</source>
        <translation>Последни посещения в домакинството</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="118"/>
        <source>%1 household</source>
        <translation>Домакинство %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="120"/>
        <source>Add member</source>
        <translation>Добавяне на член</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="122"/>
        <source>New family plan</source>
        <translation>Нов семеен план</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="125"/>
        <source>Print family plan</source>
        <translation>Печат на семейния план</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="134"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Членове (%n)</numerusform>
            <numerusform>Членове (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="158"/>
        <source>Show its households</source>
        <translation>Показване на домакинствата</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="159"/>
        <source>Register a household here</source>
        <translation>Регистриране на домакинство тук</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="173"/>
        <source>Add training</source>
        <translation>Добавяне на обучение</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="174"/>
        <source>Show caseload</source>
        <translation>Показване на случаите</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="189"/>
        <source>%1 · %2 · %3 h%4</source>
        <translation>%1 · %2 · %3 ч%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/PeopleHtml.cpp" line="198"/>
        <source>Trainings (%1 hours in all)</source>
        <translation>Обучения (общо %1 часа)</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <location filename="../../core/exchange/DeviceRegistry.cpp" line="72"/>
        <source>No laptop called &quot;%1&quot; is enrolled in this central copy.</source>
        <translation>В това централно копие няма регистриран лаптоп с име „%1“.</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="240"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Signature</source>
        <translation>Подпис</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentBuilder.cpp" line="259"/>
        <source>Place</source>
        <translation>Място</translation>
    </message>
</context>
<context>
    <name>DocumentData</name>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="76"/>
        <source>There is no %1 with the id %2 in this database. Check the id and the database.</source>
        <translation>В тази база данни няма %1 с id %2. Проверете id и базата данни.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="83"/>
        <source>The %1 with the id %2 was deleted, so it cannot be printed.</source>
        <translation>Записът (%1) с id %2 е изтрит и не може да бъде отпечатан.</translation>
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
        <translation>Отпечатано от %1 на %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="213"/>
        <source>Plan version %1, last changed %2 (%3)</source>
        <translation>Версия на плана %1, последна промяна %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentData.cpp" line="217"/>
        <source>Record version of %1 (%2)</source>
        <translation>Версия на записа от %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="43"/>
        <source>Individual development plan</source>
        <translation>Индивидуален план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="45"/>
        <source>Family development plan</source>
        <translation>Семеен план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="47"/>
        <source>Plan review record</source>
        <translation>Протокол от преглед на плана</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="49"/>
        <source>Home visit record</source>
        <translation>Протокол от посещение в дома</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="51"/>
        <source>Attendance sheet</source>
        <translation>Присъствен списък</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="53"/>
        <source>Consent form</source>
        <translation>Формуляр за съгласие</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentKind.cpp" line="55"/>
        <source>Case summary</source>
        <translation>Резюме на случая</translation>
    </message>
</context>
<context>
    <name>DocumentLogos</name>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="37"/>
        <source>The logo is larger than %1 MB. Save a smaller image and try again.</source>
        <translation>Логото е по-голямо от %1 MB. Запазете по-малко изображение и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="51"/>
        <source>A logo must be a PNG, JPEG or SVG image.</source>
        <translation>Логото трябва да е изображение PNG, JPEG или SVG.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentLogos.cpp" line="55"/>
        <source>The logo cannot be read as an image; it may be damaged.</source>
        <translation>Логото не може да бъде прочетено като изображение; възможно е да е повредено.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="71"/>
        <source>The plan %1 is of the kind &quot;%2&quot;, not &quot;%3&quot;. Print it as &quot;%2&quot;.</source>
        <translation>Планът %1 е от вида „%2“, а не „%3“. Отпечатайте го като „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="128"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>За печат е необходима графичната част на Qt, която не е стартирана.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="132"/>
        <source>There is nothing to print.</source>
        <translation>Няма нищо за отпечатване.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="142"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Принтерът или файлът не можа да бъде отворен за печат.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="159"/>
        <source>Printing was stopped.</source>
        <translation>Печатът беше спрян.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="163"/>
        <source>The printer or file did not accept the pages.</source>
        <translation>Принтерът или файлът не прие страниците.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="173"/>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="192"/>
        <source>%1 cannot be written. Choose a folder you can write to.</source>
        <translation>%1 не може да бъде записан. Изберете папка, в която имате право на запис.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="281"/>
        <source>The %1 household has no family plan in force or awaiting signature, so there is nothing to print for it. Open one of its members to print their plan or case summary.</source>
        <translation>Домакинство %1 няма действащ семеен план или такъв, който очаква подпис, затова няма какво да се отпечата за него. Отворете някой от членовете му, за да отпечатате неговия план или резюмето на случая му.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="287"/>
        <source>There is no printed document for a %1. Open a person, household, plan, plan review, visit, group event or consent, then print.</source>
        <translation>Няма документ за печат за запис (%1). Отворете лице, домакинство, план, преглед на план, посещение, групово събитие или съгласие и след това отпечатайте.</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentPrinter.cpp" line="319"/>
        <source>This record is not about one person. Open a person, or a record about them, to print their case summary.</source>
        <translation>Този запис не се отнася до едно лице. Отворете лице или запис за него, за да отпечатате резюмето на случая му.</translation>
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
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="39"/>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="106"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="85"/>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="132"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="23"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="181"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="259"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="86"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="88"/>
        <source>Signature</source>
        <translation>Подпис</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="99"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="101"/>
        <source>Registered participants are listed first. Guests write their name on an empty numbered line. Everyone signs in the last column.</source>
        <translation>Първо са изброени регистрираните участници. Гостите пишат името си на празен номериран ред. Всички се подписват в последната колона.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="107"/>
        <source>I confirm that the people who signed above took part in the event.</source>
        <translation>Потвърждавам, че подписалите се по-горе лица са участвали в събитието.</translation>
    </message>
    <message>
        <location filename="../../core/documents/AttendanceDocument.cpp" line="112"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="43"/>
        <source>Development plans</source>
        <translation>Планове за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="45"/>
        <source>No development plan yet.</source>
        <translation>Все още няма план за подкрепа.</translation>
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
        <translation>Срок на плана</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="66"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="414"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="131"/>
        <source>Goal</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="80"/>
        <source>%1 (goal of %2)</source>
        <translation>%1 (цел на %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="90"/>
        <source>%n goal(s) in the health area are not shown here; the plan itself holds them.</source>
        <translation>
            <numerusform>%n цел в областта на здравето не е показана тук; планът я съдържа.</numerusform>
            <numerusform>%n цели в областта на здравето не са показани тук; планът ги съдържа.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="107"/>
        <source>Personal details</source>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="113"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="129"/>
        <source>Case manager</source>
        <translation>Водещ случая</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="117"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="250"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="66"/>
        <source>Household</source>
        <translation>Домакинство</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="133"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="262"/>
        <source>Age</source>
        <translation>Възраст</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="153"/>
        <source>Entry to and exit from the programme</source>
        <translation>Включване в програмата и напускане</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="155"/>
        <source>No entry data recorded.</source>
        <translation>Няма записани данни при включване.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="167"/>
        <source>Disability and ethnic minority answers and the goals of the health area are left off this summary. Notes and visit purposes are printed as they were written.</source>
        <translation>Отговорите за увреждане и етническо малцинство и целите в областта на здравето са пропуснати в това резюме. Бележките и целите на посещенията се отпечатват така, както са записани.</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, ethnic origin) are never printed.</source>
        <translation type="vanished">Данните от специална категория (здраве, увреждане, етнически произход) никога не се отпечатват.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="175"/>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="177"/>
        <source>No consent recorded.</source>
        <translation>Няма записано съгласие.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="205"/>
        <source>Recent contacts</source>
        <translation>Последни контакти</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="207"/>
        <source>No contacts recorded.</source>
        <translation>Няма записани контакти.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="212"/>
        <location filename="../../core/documents/ConsentDocument.cpp" line="76"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="64"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="174"/>
        <source>Staff member</source>
        <translation>Служител</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="224"/>
        <source>Newest first; at most the last %1.</source>
        <translation>Първо най-новите; най-много последните %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="235"/>
        <source>Referrals</source>
        <translation>Насочвания</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="272"/>
        <source>Open tasks</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="276"/>
        <source>Prepared by</source>
        <translation>Изготвил(а)</translation>
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
        <translation>Цел: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="22"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="180"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="65"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="34"/>
        <source>What the consent is for</source>
        <translation>За какво се дава съгласието</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="41"/>
        <source>Your rights</source>
        <translation>Вашите права</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="47"/>
        <source>The consent was recorded on text version %1; the wording above is version %2. Attach the signed sheet of version %1 if it differs.</source>
        <translation>Съгласието е записано по текст версия %1; текстът по-горе е версия %2. Ако се различават, приложете подписания лист от версия %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="51"/>
        <source>Text version %1.</source>
        <translation>Версия на текста %1.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="54"/>
        <source>Record of the consent</source>
        <translation>Данни за съгласието</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="65"/>
        <source>This consent was withdrawn on %1 and no longer applies.</source>
        <translation>Това съгласие е оттеглено на %1 и вече не е в сила.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="71"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="122"/>
        <source>Legal representative of %1</source>
        <translation>Законен представител на %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="74"/>
        <source>Person giving consent</source>
        <translation>Лице, което дава съгласие</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="78"/>
        <source>I have read this form, or had it read to me, and I give this consent on behalf of the person named above.</source>
        <translation>Прочетох този формуляр или ми беше прочетен и давам това съгласие от името на посоченото по-горе лице.</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConsentDocument.cpp" line="80"/>
        <source>I have read this form, or had it read to me, and I give this consent.</source>
        <translation>Прочетох този формуляр или ми беше прочетен и давам това съгласие.</translation>
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
        <translation>Експерт с личен опит</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="47"/>
        <source>Needs identified</source>
        <translation>Установени потребности</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="82"/>
        <source>Agreed action</source>
        <translation>Договорено действие</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="97"/>
        <source>Goal %1: %2</source>
        <translation>Цел %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="101"/>
        <source>Responsible</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="105"/>
        <source>Steps: %1</source>
        <translation>Стъпки: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="125"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="170"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="142"/>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="144"/>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="156"/>
        <source>%1 (with %2)</source>
        <translation>%1 (с %2)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="190"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="273"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="393"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="206"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="208"/>
        <source>No goals have been set yet.</source>
        <translation>Все още не са поставени цели.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="215"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="326"/>
        <source>Other agreed actions</source>
        <translation>Други договорени действия</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="225"/>
        <source>We drew up this plan together and agree to work towards its goals.</source>
        <translation>Изготвихме този план заедно и се съгласяваме да работим за постигане на целите му.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="247"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="378"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="39"/>
        <source>Household %1</source>
        <translation>Домакинство %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="248"/>
        <source>Household %1: %2</source>
        <translation>Домакинство %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="270"/>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="308"/>
        <source>Shared goals of the family</source>
        <translation>Общи цели на семейството</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="310"/>
        <source>No shared goals have been set.</source>
        <translation>Не са поставени общи цели.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="320"/>
        <source>Goals of %1</source>
        <translation>Цели на %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="339"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="172"/>
        <source>Family member</source>
        <translation>Член на семейството</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="346"/>
        <location filename="../../core/documents/PlanDocuments.cpp" line="381"/>
        <source>Head of household</source>
        <translation>Глава на домакинството</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="349"/>
        <source>Legal representative</source>
        <translation>Законен представител</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="353"/>
        <source>We drew up this plan together as a family and agree to work towards its goals.</source>
        <translation>Изготвихме този план заедно като семейство и се съгласяваме да работим за постигане на целите му.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="360"/>
        <source>%1: household %2</source>
        <translation>%1: домакинство %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="401"/>
        <source>Plan version reviewed</source>
        <translation>Прегледана версия на плана</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="404"/>
        <source>What was reviewed and agreed</source>
        <translation>Какво беше прегледано и договорено</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="407"/>
        <source>No summary was recorded.</source>
        <translation>Не е записано обобщение.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="415"/>
        <source>Status at review</source>
        <translation>Статус при прегледа</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="432"/>
        <source>Goals at the review</source>
        <translation>Целите при прегледа</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="444"/>
        <source>Goals of the plan</source>
        <translation>Цели на плана</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="445"/>
        <source>The review kept no copy of the goals; their present status is shown.</source>
        <translation>При прегледа не е запазено копие на целите; показан е настоящият им статус.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="448"/>
        <source>The plan has no goals.</source>
        <translation>Планът няма цели.</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="452"/>
        <source>Reviewed by</source>
        <translation>Прегледал(а)</translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanDocuments.cpp" line="453"/>
        <source>We reviewed the plan together on the date above.</source>
        <translation>Прегледахме плана заедно на посочената по-горе дата.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="43"/>
        <source>Record of a contact: %1</source>
        <translation>Протокол от контакт: %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="46"/>
        <source>This record was voided: it was entered by mistake and does not count.</source>
        <translation>Този запис е анулиран: въведен е по грешка и не се отчита.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="53"/>
        <source>A later record corrects this one (entered %1).</source>
        <translation>По-късен запис коригира този (въведен на %1).</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="71"/>
        <source>Duration</source>
        <translation>Продължителност</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="74"/>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="84"/>
        <source>Present</source>
        <translation>Присъстващи</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="106"/>
        <location filename="../../core/documents/VisitDocument.cpp" line="113"/>
        <source>Nothing recorded.</source>
        <translation>Нищо не е записано.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="118"/>
        <source>Risk noted</source>
        <translation>Отбелязан риск</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="120"/>
        <source>A risk was noted during this contact.</source>
        <translation>По време на този контакт е отбелязан риск.</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="129"/>
        <source>Plan goals worked on</source>
        <translation>Цели от плана, по които е работено</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="151"/>
        <source>Tasks agreed</source>
        <translation>Договорени задачи</translation>
    </message>
    <message>
        <location filename="../../core/documents/VisitDocument.cpp" line="175"/>
        <source>We confirm that this record is a true account of the contact.</source>
        <translation>Потвърждаваме, че този протокол вярно отразява контакта.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <location filename="../../core/domain/Dump.cpp" line="80"/>
        <source>The dump could not be written.</source>
        <translation>Извлечението не можа да бъде записано.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="169"/>
        <source>Same name and date of birth</source>
        <translation>Еднакво име и дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="172"/>
        <source>Similar name, same date of birth</source>
        <translation>Сходно име, еднаква дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="175"/>
        <source>Same name, date of birth differs by one digit or has day and month swapped</source>
        <translation>Еднакво име, датата на раждане се различава с една цифра или денят и месецът са разменени</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="178"/>
        <source>Same name; a date of birth is missing, so it cannot be compared</source>
        <translation>Еднакво име; липсва дата на раждане, затова не може да се сравни</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="181"/>
        <source>Name written differently, same date of birth</source>
        <translation>Името е изписано различно, еднаква дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/casework/DuplicateFinder.cpp" line="191"/>
        <source>(born %1)</source>
        <translation>(роден(а) %1)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="104"/>
        <source>same name and date of birth</source>
        <translation>еднакво име и дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="106"/>
        <source>same names in another order, same date of birth</source>
        <translation>еднакви имена в друг ред, еднаква дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="108"/>
        <source>similar name, same date of birth</source>
        <translation>сходно име, еднаква дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="127"/>
        <source>same name, one date of birth missing</source>
        <translation>еднакво име, липсва едната дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="130"/>
        <source>same name, nearly the same date of birth</source>
        <translation>еднакво име, почти еднаква дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="186"/>
        <source>Choose two different people to merge.</source>
        <translation>Изберете две различни лица за сливане.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="195"/>
        <source>One of the two people was deleted; there is nothing to merge.</source>
        <translation>Едното от двете лица е изтрито; няма какво да се слива.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="203"/>
        <source>Person merge: %1 into %2</source>
        <translation>Сливане на лица: %1 в %2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Duplicates.cpp" line="240"/>
        <source>Person merge: %1 into %2, values of the duplicate to decide</source>
        <translation>Сливане на лица: %1 в %2, стойности на дубликата за решаване</translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="14"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="53"/>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Безработни, включително продължително безработни</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="15"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="54"/>
        <source>Long-term unemployed</source>
        <translation>Продължително безработни</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="16"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="55"/>
        <source>Inactive</source>
        <translation>Неактивни</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="17"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="57"/>
        <source>Employed, including self-employed</source>
        <translation>Заети, включително самостоятелно заети</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="18"/>
        <source>Children below 18 years of age</source>
        <translation>Деца под 18-годишна възраст</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="19"/>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Млади хора на възраст между 18 и 29 години</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="20"/>
        <source>Participants of 55 years of age and above</source>
        <translation>Участници на възраст 55 и повече години</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="21"/>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>С прогимназиално или по-ниско образование (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="23"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="67"/>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>Със средно (ISCED 3) или следсредно образование (ISCED 4)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="25"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="69"/>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>С висше образование (ISCED 5 до 8)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="26"/>
        <source>Total number of participants</source>
        <translation>Общ брой участници</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="27"/>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="79"/>
        <source>Participants with disabilities</source>
        <translation>Участници с увреждания</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="28"/>
        <source>Third-country nationals</source>
        <translation>Граждани на трети държави</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="29"/>
        <source>Participants with a foreign background</source>
        <translation>Участници с чуждестранен произход</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="31"/>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Малцинства (включително маргинализирани общности като ромите)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="33"/>
        <source>Participants facing homelessness or housing exclusion</source>
        <translation>Участници, засегнати от бездомност или жилищно изключване</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="35"/>
        <source>Participants from rural areas</source>
        <translation>Участници от селски райони</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="36"/>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>Участници, които търсят работа при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="38"/>
        <source>Participants in education or training upon leaving</source>
        <translation>Участници в образование или обучение при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="40"/>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>Участници, придобили квалификация при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="43"/>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>Участници със заетост, включително самостоятелна заетост, при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="46"/>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>Участници със заетост, включително самостоятелна заетост, шест месеца след напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="56"/>
        <source>Inactive, not in education or training</source>
        <translation>Неактивни, които не са в образование или обучение</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="58"/>
        <source>Below 25 years of age</source>
        <translation>На възраст под 25 години</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="59"/>
        <source>Above 54 years of age</source>
        <translation>На възраст над 54 години</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="61"/>
        <source>Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training</source>
        <translation>На възраст над 54 години, които са безработни, включително продължително безработни, или неактивни и не са в образование или обучение</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="64"/>
        <source>With primary (ISCED 1) or lower secondary education (ISCED 2)</source>
        <translation>С начално (ISCED 1) или прогимназиално образование (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="70"/>
        <source>Participants who live in jobless households</source>
        <translation>Участници, които живеят в домакинства без работещи</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="73"/>
        <source>Participants who live in a single adult household with dependent children</source>
        <translation>Участници, които живеят в домакинство с един възрастен и деца на издръжка</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="76"/>
        <source>Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)</source>
        <translation>Мигранти, участници с чуждестранен произход, малцинства (включително маргинализирани общности като ромите)</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="80"/>
        <source>Other disadvantaged</source>
        <translation>Други лица в неравностойно положение</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="81"/>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Бездомни или засегнати от жилищно изключване</translation>
    </message>
    <message>
        <location filename="../../core/domain/EsfCatalogue.cpp" line="82"/>
        <source>From rural areas</source>
        <translation>От селски райони</translation>
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
        <translation>Общи показатели на ESF+ за участниците (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="157"/>
        <source>ESF common indicators on participants (2014-2020)</source>
        <translation>Общи показатели на ESF за участниците (2014-2020)</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="159"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="160"/>
        <source>Indicator</source>
        <translation>Показател</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="161"/>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="162"/>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="163"/>
        <source>Non-binary</source>
        <translation>Небинарни</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="164"/>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="165"/>
        <source>Declined to answer</source>
        <translation>Отказали да отговорят</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="203"/>
        <source>Each participant is counted once, with the answers recorded at their first entry; a later entry record changes nothing. Ages are at the date of entry.</source>
        <translation>Всеки участник се брои веднъж, с отговорите, записани при първото му включване; по-късен запис при включване не променя нищо. Възрастта е към датата на включване.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="205"/>
        <source>Women, men and non-binary add up to the total except for participants whose gender is not recorded, who are in the total only. A declined answer is counted as declined, never as yes or no.</source>
        <translation>Жените, мъжете и небинарните лица дават общия брой с изключение на участниците, чийто пол не е записан – те са само в общия брой. Отказан отговор се брои като отказ, никога като „да“ или „не“.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="208"/>
        <source>Long-term unemployed: unemployed for more than 6 months at entry under the age of 25, more than 12 months from 25; where the date since when someone is unemployed was not recorded, as the entry record says.</source>
        <translation>Продължително безработни: безработни повече от 6 месеца при включване под 25-годишна възраст, повече от 12 месеца от 25 години нагоре; когато не е записана датата, от която лицето е безработно – според данните при включване.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="211"/>
        <source>People without a household are counted for the whole programme only, not in a locality; rural areas come from the degree of urbanisation of the household&apos;s locality.</source>
        <translation>Лицата без домакинство се броят само за цялата програма, не в населено място; селските райони се определят по степента на урбанизация на населеното място на домакинството.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="214"/>
        <source>Disability and minority are not recorded: this programme does not record special-category data, so their rows are empty, not zero.</source>
        <translation>Увреждането и малцинството не се записват: тази програма не записва данни от специална категория, затова техните редове са празни, а не нула.</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="258"/>
        <source>whole programme</source>
        <translation>цялата програма</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="266"/>
        <source>All dates, %1</source>
        <translation>Всички дати, %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="268"/>
        <source>the start</source>
        <translation>началото</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="269"/>
        <source>today</source>
        <translation>днес</translation>
    </message>
    <message>
        <location filename="../../core/reports/EsfReport.cpp" line="270"/>
        <source>%1 to %2, %3</source>
        <translation>%1 до %2, %3</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="109"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="115"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="131"/>
        <source>Return package</source>
        <translation>Обратен пакет</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="110"/>
        <source>No laptop is enrolled yet. Enrol one first.</source>
        <translation>Все още няма регистриран лаптоп. Първо регистрирайте лаптоп.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="116"/>
        <source>Which laptop is the package for?</source>
        <translation>За кой лаптоп е пакетът?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="123"/>
        <source>Save the return package</source>
        <translation>Запазване на обратния пакет</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="124"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="220"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Файлове за обмен на Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="136"/>
        <source>Nothing new for &quot;%1&quot;: the laptop has everything already. No file was written.</source>
        <translation>Няма нищо ново за „%1“: лаптопът вече има всичко. Не е записан файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="138"/>
        <source>Return package %1 for &quot;%2&quot; written: %n change(s).</source>
        <translation>
            <numerusform>Обратният пакет %1 за „%2“ е записан: %n промяна.</numerusform>
            <numerusform>Обратният пакет %1 за „%2“ е записан: %n промени.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="155"/>
        <source>Nothing new to export: every change is in an earlier file. No file was written.</source>
        <translation>Няма нищо ново за експорт: всяка промяна е в по-ранен файл. Не е записан файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="158"/>
        <source>Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file to your supervisor.</source>
        <translation>
            <numerusform>Експортирана е %n промяна като файл %1 в %2, с всичко от файл %3 насам. Предайте файла на своя супервизор.</numerusform>
            <numerusform>Експортирани са %n промени като файл %1 в %2, с всичко от файл %3 насам. Предайте файла на своя супервизор.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="166"/>
        <source>Exported %n change(s) as file %1 to %2. Give the file to your supervisor.</source>
        <translation>
            <numerusform>Експортирана е %n промяна като файл %1 в %2. Предайте файла на своя супервизор.</numerusform>
            <numerusform>Експортирани са %n промени като файл %1 в %2. Предайте файла на своя супервизор.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="178"/>
        <source>&amp;Export changes...</source>
        <translation>&amp;Експорт на промените...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="180"/>
        <source>Export everything &amp;again (a file was lost)...</source>
        <translation>Експорт на всичко о&amp;тново (изгубен е файл)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="181"/>
        <source>&amp;Merge files...</source>
        <translation>&amp;Обединяване на файлове...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="183"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="207"/>
        <source>&amp;Conflict inbox...</source>
        <translation>&amp;Входящи конфликти...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="185"/>
        <source>Possible &amp;duplicates...</source>
        <translation>Възможни &amp;дубликати...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="187"/>
        <source>&amp;Return package for a laptop...</source>
        <translation>Обратен &amp;пакет за лаптоп...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="189"/>
        <source>Return package with e&amp;verything (one was lost)...</source>
        <translation>Обратен пакет с вс&amp;ичко (изгубен е пакет)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="190"/>
        <source>E&amp;nrol a laptop...</source>
        <translation>&amp;Регистриране на лаптоп...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="191"/>
        <source>&amp;Join a programme...</source>
        <translation>Присъединяване към &amp;програма...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="206"/>
        <source>&amp;Conflict inbox (%n open)...</source>
        <translation>
            <numerusform>&amp;Входящи конфликти (%n отворен)...</numerusform>
            <numerusform>&amp;Входящи конфликти (%n отворени)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="219"/>
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="228"/>
        <source>Export changes</source>
        <translation>Експорт на промените</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="54"/>
        <source>This database holds no programme yet. Create the programme first (fieldcase-cli init).</source>
        <translation>Тази база данни все още не съдържа програма. Първо създайте програмата (fieldcase-cli init).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="62"/>
        <source>This database is a laptop&apos;s copy; only the central copy does this.</source>
        <translation>Тази база данни е копие на лаптоп; това се прави само в централното копие.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="67"/>
        <source>This database is not a central copy yet: it has enrolled no laptop.</source>
        <translation>Тази база данни все още не е централно копие: не е регистрирала нито един лаптоп.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation>Библиотеката за шифроване не можа да стартира.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="104"/>
        <source>The central copy&apos;s keys are damaged; packages cannot be read.</source>
        <translation>Ключовете на централното копие са повредени; пакетите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="112"/>
        <source>This database has not joined a programme. Join with the enrolment file from your supervisor first.</source>
        <translation>Тази база данни не е присъединена към програма. Първо се присъединете с файла за регистрация от своя супервизор.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/ExchangeIdentity.cpp" line="130"/>
        <source>This laptop&apos;s exchange keys are damaged. Ask your supervisor for a new enrolment file.</source>
        <translation>Ключовете за обмен на този лаптоп са повредени. Поискайте нов файл за регистрация от своя супервизор.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="114"/>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2024-03-31.</source>
        <translation>„%1“ не е дата; въведете я като година-месец-ден, например 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="119"/>
        <source>%1 is not a real date. Check the day and the month.</source>
        <translation>%1 не е съществуваща дата. Проверете деня и месеца.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="122"/>
        <source>a date is expected here.</source>
        <translation>тук се очаква дата.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="125"/>
        <source>the date is not valid.</source>
        <translation>датата не е валидна.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="128"/>
        <source>the year %1 is outside %2-%3. Write the year with four digits.</source>
        <translation>годината %1 е извън %2–%3. Въведете годината с четири цифри.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date and time; write it as 2024-03-31T14:30.</source>
        <translation>„%1“ не е дата и час; въведете ги като 2024-03-31T14:30.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="167"/>
        <source>%1 is not a real date and time.</source>
        <translation>%1 не е съществуваща дата и час.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="172"/>
        <source>a date and time is expected here.</source>
        <translation>тук се очакват дата и час.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="145"/>
        <source>the date and time is not valid.</source>
        <translation>датата и часът не са валидни.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="175"/>
        <source>the year %1 is outside %2-%3.</source>
        <translation>годината %1 е извън %2–%3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="200"/>
        <source>text is expected here.</source>
        <translation>тук се очаква текст.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="210"/>
        <source>the text holds control characters. Type it again or paste it as plain text.</source>
        <translation>текстът съдържа управляващи знаци. Въведете го отново или го поставете като обикновен текст.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="215"/>
        <source>the text is %1 characters long; at most %2 fit here.</source>
        <translation>текстът е дълъг %1 знака; тук се побират най-много %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="221"/>
        <source>a whole number is expected here.</source>
        <translation>тук се очаква цяло число.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="226"/>
        <source>a number is expected here.</source>
        <translation>тук се очаква число.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="237"/>
        <source>yes or no (true or false) is expected here.</source>
        <translation>тук се очаква да или не (true или false).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="245"/>
        <source>one of %1 is expected here.</source>
        <translation>тук се очаква едно от: %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="252"/>
        <source>&quot;%1&quot; is not one of the choices (%2).</source>
        <translation>„%1“ не е сред възможностите (%2).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="259"/>
        <source>a record id is expected here.</source>
        <translation>тук се очаква id на запис.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="266"/>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>„%1“ не е id на запис.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="276"/>
        <source>the structured data is not valid JSON.</source>
        <translation>структурираните данни не са валиден JSON.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="287"/>
        <source>structured data (a JSON object or list) is expected here.</source>
        <translation>тук се очакват структурирани данни (JSON обект или списък).</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="295"/>
        <source>this value cannot be stored.</source>
        <translation>тази стойност не може да бъде съхранена.</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../core/domain/FieldValue.cpp" line="370"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <location filename="../../core/util/HybridLogicalClock.cpp" line="32"/>
        <source>A change is stamped more than a day ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>Промяна е с отметка за време повече от един ден напред спрямо часовника на този компютър. Проверете датата и часа на двата компютъра.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="77"/>
        <source>merged</source>
        <translation>обединен</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="79"/>
        <source>ready to merge</source>
        <translation>готов за обединяване</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="81"/>
        <source>already merged</source>
        <translation>вече обединен</translation>
    </message>
    <message>
        <source>waiting for an earlier file</source>
        <translation type="vanished">изчаква по-ранен файл</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="83"/>
        <source>waiting</source>
        <translation>изчаква</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="85"/>
        <source>refused</source>
        <translation>отхвърлен</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="87"/>
        <source>cancelled</source>
        <translation>отменен</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="106"/>
        <source>The backup folder next to the database could not be made; nothing was merged. Free some space or check the folder&apos;s permissions.</source>
        <translation>Папката за резервни копия до базата данни не можа да бъде създадена; нищо не е обединено. Освободете място или проверете правата за папката.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written; nothing was merged.</source>
        <translation type="vanished">Резервното копие %1 не можа да бъде записано; нищо не е обединено.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="120"/>
        <source>The backup before merging could not be written (is the disk full?); nothing was merged.</source>
        <translation>Резервното копие преди обединяването не можа да бъде записано (дали дискът не е пълен?); нищо не е обединено.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="144"/>
        <source>This database takes part in no exchange yet: enrol a laptop (central copy) or join a programme (laptop) first.</source>
        <translation>Тази база данни все още не участва в обмен: първо регистрирайте лаптоп (централно копие) или се присъединете към програма (лаптоп).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="182"/>
        <source>When %1 wrote this file, it had merged none of the %n return package(s) written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>При записването на този файл %1 не е обединил нито един обратен пакет (за него е записан %n). Ако пакетът е изгубен, запишете отново обратния пакет за него с всичко.</numerusform>
            <numerusform>При записването на този файл %1 не е обединил нито един от %n обратни пакета, записани за него. Ако някой е изгубен, запишете отново обратния пакет за него с всичко.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="186"/>
        <source>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>При записването на този файл последният обратен пакет, обединен от %1, е бил номер %2 от %n, записан за него. Ако някой е изгубен, запишете отново обратния пакет за него с всичко.</numerusform>
            <numerusform>При записването на този файл последният обратен пакет, обединен от %1, е бил номер %2 от %n, записани за него. Ако някой е изгубен, запишете отново обратния пакет за него с всичко.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="197"/>
        <source>central copy</source>
        <translation>централно копие</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="219"/>
        <source>When the central copy wrote this package, it had merged none of the %n file(s) this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>При записването на този пакет централното копие не е обединило нито един файл от този лаптоп (експортиран е %n). Ако файлът е изгубен или не е предаден на супервизора, експортирайте всичко отново.</numerusform>
            <numerusform>При записването на този пакет централното копие не е обединило нито един от %n файла, експортирани от този лаптоп. Ако някой е изгубен или не е предаден на супервизора, експортирайте всичко отново.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="222"/>
        <source>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>При записването на този пакет централното копие е обединило файловете на този лаптоп до номер %1 от %n експортиран. Ако някой е изгубен или не е предаден на супервизора, експортирайте всичко отново.</numerusform>
            <numerusform>При записването на този пакет централното копие е обединило файловете на този лаптоп до номер %1 от %n експортирани. Ако някой е изгубен или не е предаден на супервизора, експортирайте всичко отново.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="270"/>
        <source>%1 could not be read.</source>
        <translation>%1 не можа да бъде прочетен.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="309"/>
        <source>File %1 of %2 waits behind file %3 (%4), which is here but refers to records this copy does not have yet. Both are merged as soon as a file that brings those records is merged.</source>
        <translation>Файл %1 от %2 чака след файл %3 (%4), който е тук, но сочи към записи, които това копие все още няма. И двата ще бъдат обединени веднага щом бъде обединен файл, който носи тези записи.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="319"/>
        <source>Return package %1 is kept until return package %2 is merged: it has not come. If it was lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Обратен пакет %1 се пази, докато не бъде обединен обратен пакет %2: той още не е пристигнал. Ако е изгубен, помолете супервизора да запише обратния пакет отново („изпращане на всичко“); той замества всеки по-ранен пакет.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="325"/>
        <source>Return package %1 is kept until return packages %2 to %3 are merged: they have not come. If they were lost, ask the supervisor to write the return package again (&quot;send everything&quot;); that one stands in for every earlier package.</source>
        <translation>Обратен пакет %1 се пази, докато не бъдат обединени обратните пакети от %2 до %3: те още не са пристигнали. Ако са изгубени, помолете супервизора да запише обратния пакет отново („изпращане на всичко“); той замества всеки по-ранен пакет.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="333"/>
        <source>File %1 of %2 is kept until file %3 of %2 is merged: it has not come. If it was lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Файл %1 от %2 се пази, докато не бъде обединен файл %3 от %2: той още не е пристигнал. Ако е изгубен, експортирайте всичко отново на %2 (меню „Обмен“ или fieldcase-cli export --again); този файл замества всеки по-ранен.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="340"/>
        <source>File %1 of %2 is kept until files %3 to %4 of %2 are merged: they have not come. If they were lost, export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in for every earlier one.</source>
        <translation>Файл %1 от %2 се пази, докато не бъдат обединени файловете от %3 до %4 от %2: те още не са пристигнали. Ако са изгубени, експортирайте всичко отново на %2 (меню „Обмен“ или fieldcase-cli export --again); този файл замества всеки по-ранен.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="403"/>
        <source>File %1 of %2 refers to records that are not here yet (%3). It is kept, with the later files of %2, and merged as soon as a file that brings those records is merged. If that file was lost, its sender can send everything again (export --again on a laptop, return --again on the central copy).</source>
        <translation>Файл %1 от %2 сочи към записи, които все още ги няма тук (%3). Той се пази заедно с по-късните файлове от %2 и ще бъде обединен веднага щом бъде обединен файл, който носи тези записи. Ако този файл е изгубен, подателят му може да изпрати всичко отново (export --again на лаптоп, return --again на централното копие).</translation>
    </message>
    <message>
        <source>File %1 of %2 arrived before file %3; it is kept and merged as soon as the files before it are here.</source>
        <translation type="vanished">Файл %1 от %2 пристигна преди файл %3; запазен е и ще бъде обединен, щом пристигнат предходните файлове.</translation>
    </message>
    <message>
        <source>File %1 of %2 refers to records that are not here yet (%3); it is kept and merged as soon as the file that brings them is merged.</source>
        <translation type="vanished">Файл %1 от %2 се позовава на записи, които още ги няма тук (%3); запазен е и ще бъде обединен, щом бъде обединен файлът, който ги носи.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Importer.cpp" line="480"/>
        <source>The merge was cancelled; nothing of %1 was written.</source>
        <translation>Обединяването беше отменено; нищо от %1 не е записано.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="115"/>
        <source>This indicator rests on special-category data, which this programme does not record.</source>
        <translation>Този показател се основава на данни от специална категория, които тази програма не записва.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="130"/>
        <source>The indicator was deleted.</source>
        <translation>Показателят е изтрит.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorEngine.cpp" line="314"/>
        <source>Indicators computed as &quot;%1&quot; are not known to this version.</source>
        <translation>Показатели, изчислявани като „%1“, не са познати на тази версия.</translation>
    </message>
</context>
<context>
    <name>IndicatorKinds</name>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="92"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a whole number from %3 to %4.</source>
        <translation>Параметърът „%1“ на показател, изчисляван като %2, трябва да е цяло число от %3 до %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="94"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a number from %3 to %4.</source>
        <translation>Параметърът „%1“ на показател, изчисляван като %2, трябва да е число от %3 до %4.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="105"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be true or false.</source>
        <translation>Параметърът „%1“ на показател, изчисляван като %2, трябва да е true или false.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="112"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be one of: %3.</source>
        <translation>Параметърът „%1“ на показател, изчисляван като %2, трябва да е едно от: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="119"/>
        <source>The parameter &quot;%1&quot; of an indicator computed as %2 must be a list of one or more of: %3, each once.</source>
        <translation>Параметърът „%1“ на показател, изчисляван като %2, трябва да е списък от едно или повече от: %3, всяко по веднъж.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="182"/>
        <source>The parameters of an indicator are written as one JSON object, for example {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</source>
        <translation>Параметрите на показател се записват като един JSON обект, например {&quot;age_min&quot;: 16, &quot;age_max&quot;: 55}.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="195"/>
        <source>An indicator computed as %1 takes no parameters; &quot;%2&quot; is not one.</source>
        <translation>Показател, изчисляван като %1, няма параметри; „%2“ не е параметър.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="197"/>
        <source>An indicator computed as %1 has no parameter &quot;%2&quot;; its parameters are: %3.</source>
        <translation>Показател, изчисляван като %1, няма параметър „%2“; параметрите му са: %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="204"/>
        <source>An indicator computed as %1 needs the parameter &quot;%2&quot;.</source>
        <translation>Показател, изчисляван като %1, изисква параметъра „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorKinds.cpp" line="215"/>
        <source>The lowest age (age_min) cannot be above the highest (age_max).</source>
        <translation>Най-ниската възраст (age_min) не може да е по-висока от най-високата (age_max).</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="48"/>
        <source>Planned and achieved</source>
        <translation>Планирано и постигнато</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="50"/>
        <source>Indicator</source>
        <translation>Показател</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="51"/>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Achieved</source>
        <translation>Постигнато</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="52"/>
        <source>Share</source>
        <translation>Дял</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="53"/>
        <source>Behind by</source>
        <translation>Изоставане</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="135"/>
        <source>The target of a period is the sum of the targets set for the whole programme, the years, the quarters or the months that lie within it, the largest of these that has any; the whole programme&apos;s target is the sum of its localities&apos; where it has none of its own.</source>
        <translation>Целевата стойност за даден период е сборът от целевите стойности, зададени за цялата програма, годините, тримесечията или месеците в него – за най-голямата от тези единици, за която има зададени; целевата стойност за цялата програма е сборът от тези на населените места, когато няма собствена.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="138"/>
        <source>Behind by: what is still missing to reach the whole target of the period, whatever part of the period has passed.</source>
        <translation>Изоставане: колко още липсва до пълната целева стойност за периода, независимо каква част от периода е изминала.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="141"/>
        <source>Not computed, because their parameters cannot be read: %1. Correct them in the catalogue of indicators.</source>
        <translation>Не са изчислени, защото параметрите им не могат да бъдат прочетени: %1. Коригирайте ги в каталога с показатели.</translation>
    </message>
    <message>
        <location filename="../../core/reports/IndicatorReport.cpp" line="146"/>
        <source>Indicators that rest on special-category data are empty: this programme does not record such data.</source>
        <translation>Показателите, които се основават на данни от специална категория, са празни: тази програма не записва такива данни.</translation>
    </message>
</context>
<context>
    <name>IndicatorSeed</name>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="45"/>
        <source>People aged 16-55 with a signed development plan</source>
        <translation>Лица на възраст 16-55 години с подписан план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="46"/>
        <source>People aged 16 to 55 on the day the client signed their individual or family development plan.</source>
        <translation>Лица на възраст от 16 до 55 години към деня, в който клиентът е подписал своя индивидуален или семеен план за подкрепа.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="53"/>
        <source>Managers, professionals and support staff involved</source>
        <translation>Включени ръководители, специалисти и помощен персонал</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="54"/>
        <source>Staff other than experience experts and municipal staff who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Служители, различни от експертите с личен опит и общинските служители, които са записали или са участвали в посещения, услуги, събития или обучения през периода.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="63"/>
        <source>Experience experts employed</source>
        <translation>Наети експерти с личен опит</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="64"/>
        <source>Experience experts who recorded or took part in visits, services, events or trainings in the period.</source>
        <translation>Експерти с личен опит, които са записали или са участвали в посещения, услуги, събития или обучения през периода.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="69"/>
        <source>Forums held</source>
        <translation>Проведени форуми</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="70"/>
        <source>Forums that monitor expectations and achievements, held in the period.</source>
        <translation>Форуми за наблюдение на очакванията и постиженията, проведени през периода.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="77"/>
        <source>Trainings held</source>
        <translation>Проведени обучения</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="78"/>
        <source>Trainings held in the period.</source>
        <translation>Обучения, проведени през периода.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="86"/>
        <source>County inclusion forums held</source>
        <translation>Проведени областни форуми за приобщаване</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="87"/>
        <source>Inclusion forums held in the period, in April and October.</source>
        <translation>Форуми за приобщаване, проведени през периода, през април и октомври.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="90"/>
        <source>Thematic days held</source>
        <translation>Проведени тематични дни</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="91"/>
        <source>Thematic days on community cooperation held in the period.</source>
        <translation>Тематични дни за сътрудничество в общността, проведени през периода.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="96"/>
        <source>Municipal staff who completed the 10-hour training</source>
        <translation>Общински служители, завършили 10-часовото обучение</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="97"/>
        <source>Municipal staff with at least 10 hours of training in the period, recorded as their trainings or as attendance at training events.</source>
        <translation>Общински служители с поне 10 часа обучение през периода, записани като техни обучения или като присъствие на обучителни събития.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="108"/>
        <source>Clients handed over between facilities</source>
        <translation>Клиенти, предадени между звена</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="109"/>
        <source>Hand-overs to another facility sent in the period and not declined or cancelled.</source>
        <translation>Предавания на случаи към друго звено, изпратени през периода и неотказани или неотменени.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="116"/>
        <source>People in employment on leaving</source>
        <translation>Лица със заетост при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="117"/>
        <source>People whose exit record in the period says employed or self-employed.</source>
        <translation>Лица, чиито данни при напускане през периода сочат, че са заети или самостоятелно заети.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="127"/>
        <source>Families served by the mobile team</source>
        <translation>Семейства, обслужени от мобилния екип</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="128"/>
        <source>Households with a visit or service in the period in which at least two staff members took part.</source>
        <translation>Домакинства с посещение или услуга през периода, в които са участвали поне двама служители.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="135"/>
        <source>Participation events held</source>
        <translation>Проведени събития за участие</translation>
    </message>
    <message>
        <location filename="../../core/domain/IndicatorSeed.cpp" line="136"/>
        <source>Community meetings and consultations on local decisions held in the period.</source>
        <translation>Срещи в общността и консултации по местни решения, проведени през периода.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="44"/>
        <source>SQLite integrity: %1</source>
        <translation>Цялост на SQLite: %1</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="58"/>
        <source>%1 row %2 points at a missing %3 record.</source>
        <translation>%1, ред %2, сочи към липсващ запис от %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="80"/>
        <source>%1: live records lack the required field %2.</source>
        <translation>%1: в действащи записи липсва задължителното поле %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="86"/>
        <source>%1: field %2 holds values that are not among its choices.</source>
        <translation>%1: полето %2 съдържа стойности, които не са сред възможностите му.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="92"/>
        <source>%1: field %2 holds values that are not dates.</source>
        <translation>%1: полето %2 съдържа стойности, които не са дати.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="99"/>
        <source>%1: live records point through %2 at deleted records.</source>
        <translation>%1: действащи записи сочат чрез %2 към изтрити записи.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="105"/>
        <source>%1: field %2 holds values that are not whole numbers.</source>
        <translation>%1: полето %2 съдържа стойности, които не са цели числа.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="117"/>
        <source>%1: deleted records still hold personal data.</source>
        <translation>%1: изтрити записи все още съдържат лични данни.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="122"/>
        <source>%1: records were changed without a matching change-log entry.</source>
        <translation>%1: записи са променени без съответен запис в дневника на промените.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="128"/>
        <source>The search index of %1 does not match the records.</source>
        <translation>Индексът за търсене на %1 не съответства на записите.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="132"/>
        <source>The search index of %1 lists records that are gone.</source>
        <translation>Индексът за търсене на %1 съдържа записи, които вече ги няма.</translation>
    </message>
    <message>
        <location filename="../../core/domain/IntegrityCheck.cpp" line="135"/>
        <source>The change log holds entries that cannot be read.</source>
        <translation>Дневникът на промените съдържа записи, които не могат да бъдат прочетени.</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="174"/>
        <source>The database is busy in another window or program; nothing was merged. Close it there and try again.</source>
        <translation>Базата данни се използва от друг прозорец или програма; нищо не е обединено. Затворете я там и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="203"/>
        <source>unknown table &quot;%1&quot;</source>
        <translation>непозната таблица „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="206"/>
        <source>a change or record id is not valid</source>
        <translation>id на промяна или запис не е валидно</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="209"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>непозната операция „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="213"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>непознато действие „%1“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="216"/>
        <source>the change has no valid time stamp or device</source>
        <translation>промяната няма валидна отметка за време или устройство</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="219"/>
        <source>the merge target is not a valid id</source>
        <translation>целта на сливането не е валидно id</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="224"/>
        <source>the list of settled changes is not readable</source>
        <translation>списъкът с уредените промени не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="229"/>
        <source>the field values are not readable</source>
        <translation>стойностите на полетата не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="234"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 няма поле „%2“</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Merger.cpp" line="237"/>
        <source>the value of %1 is not an [old, new] pair</source>
        <translation>стойността на %1 не е двойка [стара, нова]</translation>
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
            <numerusform>Промените се позовават на %n запис, който това копие няма. Първо обединете по-ранните файлове от същия лаптоп или поискайте нов експорт.</numerusform>
            <numerusform>Промените се позовават на %n записа, които това копие няма. Първо обединете по-ранните файлове от същия лаптоп или поискайте нов експорт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/MessageBox.cpp" line="45"/>
        <source>Save the changes you made here?</source>
        <translation>Да бъдат ли запазени промените, които направихте тук?</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="371"/>
        <source>The file could not be read.</source>
        <translation>Файлът не можа да бъде прочетен.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="373"/>
        <source>The file is far larger than any Fieldcase package; it is not one.</source>
        <translation>Файлът е много по-голям от всеки пакет на Fieldcase; не е такъв пакет.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="375"/>
        <source>This is not a Fieldcase exchange file.</source>
        <translation>Това не е файл за обмен на Fieldcase.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="377"/>
        <source>This file was made by a newer version of Fieldcase. Install the newer version to read it.</source>
        <translation>Този файл е създаден с по-нова версия на Fieldcase. Инсталирайте по-новата версия, за да го прочетете.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="379"/>
        <source>This is a different kind of Fieldcase file (for example an enrolment file or a return package) and cannot be merged here.</source>
        <translation>Това е друг вид файл на Fieldcase (например файл за регистрация или обратен пакет) и не може да бъде обединен тук.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="382"/>
        <source>This file belongs to another programme.</source>
        <translation>Този файл принадлежи на друга програма.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="384"/>
        <source>This file was encrypted for another copy (another central copy or another laptop); this copy cannot open it.</source>
        <translation>Този файл е шифрован за друго копие (друго централно копие или друг лаптоп); това копие не може да го отвори.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="387"/>
        <source>This file comes from a laptop that this central copy has not enrolled.</source>
        <translation>Този файл идва от лаптоп, който не е регистриран в това централно копие.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="389"/>
        <source>This file comes from a laptop whose enrolment was withdrawn; it is not accepted.</source>
        <translation>Този файл идва от лаптоп, чиято регистрация е отнета; не се приема.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="391"/>
        <source>The file was altered or cut short after it was made, or it was not made by the device it names. Ask for a new copy of the file.</source>
        <translation>Файлът е променен или съкратен, след като е създаден, или не е създаден от устройството, което посочва. Поискайте ново копие на файла.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="394"/>
        <source>The file could not be decrypted with this copy&apos;s key or the passphrase given.</source>
        <translation>Файлът не можа да бъде дешифриран с ключа на това копие или с въведената парола.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="396"/>
        <source>The file decrypted but its contents are damaged.</source>
        <translation>Файлът е дешифриран, но съдържанието му е повредено.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="240"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="262"/>
        <source>The encryption library could not start.</source>
        <translation>Библиотеката за шифроване не можа да стартира.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="245"/>
        <source>The recipient&apos;s key is not valid; the package was not written.</source>
        <translation>Ключът на получателя не е валиден; пакетът не е записан.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="268"/>
        <source>The key could not be derived from the passphrase (not enough memory).</source>
        <translation>Ключът не можа да бъде изведен от паролата (недостатъчно памет).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="282"/>
        <location filename="../../core/exchange/PackageFile.cpp" line="358"/>
        <source>The package could not be written. Check the disk or stick.</source>
        <translation>Пакетът не можа да бъде записан. Проверете диска или флашката.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="355"/>
        <source>The package could not be signed: the signing key is not valid.</source>
        <translation>Пакетът не можа да бъде подписан: ключът за подписване не е валиден.</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="102"/>
        <source>%1 could not be written. Check that the stick or folder is writable and has room.</source>
        <translation>%1 не можа да бъде записан. Проверете дали във флашката или папката може да се записва и дали има място.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="227"/>
        <source>The laptop &quot;%1&quot; was revoked; it gets no more data.</source>
        <translation>Регистрацията на лаптопа „%1“ е отнета; той не получава повече данни.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="304"/>
        <source>Give the laptop a name of 1 to 100 characters.</source>
        <translation>Дайте на лаптопа име от 1 до 100 знака.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="307"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Паролата трябва да има поне 12 знака.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="324"/>
        <source>There is no staff member with the account or name &quot;%1&quot;. Add the worker as a staff member first.</source>
        <translation>Няма служител с потребителско име или име „%1“. Първо добавете работещия като служител.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="334"/>
        <source>A laptop called &quot;%1&quot; is already enrolled. Choose another name, or revoke the old enrolment first.</source>
        <translation>Вече е регистриран лаптоп с име „%1“. Изберете друго име или първо отнемете старата регистрация.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="430"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 letters and digits in 8 groups, as the supervisor&apos;s enrolment printed it.</source>
        <translation>„%1“ не е отпечатък на ключ: той има 32 букви и цифри в 8 групи, както е отпечатан при регистрацията от супервизора.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="443"/>
        <location filename="../../core/exchange/Packages.cpp" line="460"/>
        <source>The passphrase does not open this enrolment file. Check it with your supervisor.</source>
        <translation>Паролата не отваря този файл за регистрация. Проверете я при своя супервизор.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="493"/>
        <source>This enrolment file was not made by the central copy whose key you were given (%1): it was signed with the key %2. Do not use it, and tell your supervisor.</source>
        <translation>Този файл за регистрация не е създаден от централното копие, чийто ключ Ви е даден (%1): подписан е с ключа %2. Не го използвайте и уведомете своя супервизор.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="506"/>
        <source>%1 is a central copy; a laptop joins with a database of its own.</source>
        <translation>%1 е централно копие; лаптопът се присъединява със собствена база данни.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="512"/>
        <source>This laptop&apos;s database already belongs to another programme. Use a new database file to join this one.</source>
        <translation>Базата данни на този лаптоп вече принадлежи на друга програма. Използвайте нов файл на база данни, за да се присъедините към тази.</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="515"/>
        <source>This laptop&apos;s database has already joined the programme (as &quot;%1&quot;).</source>
        <translation>Базата данни на този лаптоп вече е присъединена към програмата (като „%1“).</translation>
    </message>
    <message>
        <location filename="../../core/exchange/Packages.cpp" line="523"/>
        <source>%1 already holds records. A laptop joins with a new, empty database file.</source>
        <translation>%1 вече съдържа записи. Лаптопът се присъединява с нов, празен файл на база данни.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <location filename="../../core/documents/PagedRenderer.cpp" line="260"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 от %2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="100"/>
        <source>Printing needs the graphical part of Qt, which is not running.</source>
        <translation>Печатът изисква графичната част на Qt, която не е стартирана.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="114"/>
        <source>The PDF could not be started.</source>
        <translation>PDF файлът не можа да бъде започнат.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="146"/>
        <source>For use outside the programme: small counts suppressed</source>
        <translation>За използване извън програмата: малките бройки са скрити</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="147"/>
        <source>Internal: holds small counts; not to leave the programme</source>
        <translation>Вътрешен: съдържа малки бройки; да не излиза извън програмата</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/PdfReportWriter.cpp" line="151"/>
        <source>The PDF could not be finished.</source>
        <translation>PDF файлът не можа да бъде завършен.</translation>
    </message>
</context>
<context>
    <name>PlanWork</name>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="151"/>
        <source>This plan was deleted; it cannot be reviewed.</source>
        <translation>Този план е изтрит; не може да бъде прегледан.</translation>
    </message>
    <message>
        <location filename="../../core/casework/PlanWork.cpp" line="172"/>
        <source>The review date is before the plan started (%1). Check the date.</source>
        <translation>Датата на прегледа е преди началото на плана (%1). Проверете датата.</translation>
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
        <translation>Няма таблица с име „%1“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="96"/>
        <location filename="../../core/domain/RecordStore.cpp" line="150"/>
        <location filename="../../core/domain/RecordStore.cpp" line="153"/>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation>%1 няма поле с име „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="120"/>
        <source>The %1 record %2 does not exist.</source>
        <translation>Записът (%1) %2 не съществува.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="192"/>
        <source>%1: there is no %2 with the id %3.</source>
        <translation>%1: няма %2 с id %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="199"/>
        <source>%1: the %2 it points to was deleted.</source>
        <translation>%1: записът (%2), към който сочи, е изтрит.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="209"/>
        <source>%1 is required.</source>
        <translation>%1 е задължително.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="270"/>
        <source>&quot;%1&quot; is not a record id; ids look like 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</source>
        <translation>„%1“ не е id на запис; id изглеждат така: 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="283"/>
        <source>A %1 with the id %2 already exists.</source>
        <translation>Вече съществува запис (%1) с id %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="335"/>
        <source>This %1 was deleted; it can no longer be changed.</source>
        <translation>Този запис (%1) е изтрит; вече не може да бъде променян.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="338"/>
        <source>A %1 is a record of what happened and is not edited. Record a correction instead; it will replace this one.</source>
        <translation>Записът (%1) отразява случилото се и не се редактира. Вместо това запишете корекция; тя ще го замени.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="376"/>
        <source>%1 was changed differently on two devices, and a person has not decided yet which answer stands. Decide it in the conflict inbox; it cannot be changed here until then.</source>
        <translation>%1: стойността е променена различно на две устройства и все още никой не е решил коя важи. Решете във „Входящи конфликти“; дотогава тя не може да бъде променяна тук.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="383"/>
        <source>The %1 is frozen once saved. To change it, make a correction and say why; the correction is logged.</source>
        <translation>Записът (%1) се заключва след записване. За да го промените, направете корекция и посочете защо; корекцията се вписва в дневника.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="436"/>
        <source>A %1 is a record of what happened and cannot be deleted. Record a correction that withdraws it instead.</source>
        <translation>Записът (%1) отразява случилото се и не може да бъде изтрит. Вместо това запишете корекция, която го оттегля.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="456"/>
        <source>The record owns too deep a tree of records to delete at once.</source>
        <translation>Записът има твърде дълбоко дърво от подчинени записи, за да бъде изтрит наведнъж.</translation>
    </message>
    <message>
        <location filename="../../core/domain/RecordStore.cpp" line="461"/>
        <source>A %1 is a record of what happened and cannot be deleted.</source>
        <translation>Записът (%1) отразява случилото се и не може да бъде изтрит.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/domain/RecordStore.cpp" line="483"/>
        <source>This %1 cannot be deleted: %n record(s) of type &quot;%2&quot; still point at it (%3). Change or delete those first.</source>
        <translation>
            <numerusform>Записът (%1) не може да бъде изтрит: %n запис от вида „%2“ все още сочи към него (%3). Първо ги променете или изтрийте.</numerusform>
            <numerusform>Записът (%1) не може да бъде изтрит: %n записа от вида „%2“ все още сочат към него (%3). Първо ги променете или изтрийте.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralWork</name>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="65"/>
        <source>A referral passes the person&apos;s data to another service: choose their consent for referrals or for sharing with other services. If there is none, record it first.</source>
        <translation>Насочването предава данните на лицето на друга услуга: изберете неговото съгласие за насочвания или за споделяне с други услуги. Ако няма такова, първо го запишете.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="95"/>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Насочване със статус „%1“ не може да премине в „%2“.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="102"/>
        <source>%1 cannot be before the referral was sent.</source>
        <translation>%1 не може да е преди изпращането на насочването.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="108"/>
        <source>%1 is in the future; record the answer when it comes.</source>
        <translation>%1 е в бъдещето; запишете отговора, когато пристигне.</translation>
    </message>
    <message>
        <location filename="../../core/casework/ReferralWork.cpp" line="127"/>
        <source>Choose the staff member who takes over; they become the case manager.</source>
        <translation>Изберете служителя, който поема случая; той става водещ случая.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/reports/ReportActions.cpp" line="67"/>
        <source>Programme &amp;dashboard...</source>
        <translation>&amp;Табло на програмата...</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="26"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="31"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="38"/>
        <source>Reports cannot be written as &quot;%1&quot;; choose CSV, XLSX or PDF.</source>
        <translation>Отчетите не могат да бъдат записани като „%1“; изберете CSV, XLSX или PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="48"/>
        <source>Saved &quot;%1&quot; (%2) as %3 to %4: %n row(s).</source>
        <translation>
            <numerusform>„%1“ (%2) е запазен като %3 в %4: %n ред.</numerusform>
            <numerusform>„%1“ (%2) е запазен като %3 в %4: %n реда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="52"/>
        <source>For outside the programme: %n cell(s) hidden (&lt;5 or x).</source>
        <translation>
            <numerusform>За външни получатели: %n клетка е скрита (&lt;5 или x).</numerusform>
            <numerusform>За външни получатели: %n клетки са скрити (&lt;5 или x).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportExport.cpp" line="53"/>
        <source>For the programme&apos;s own use: every count as it is; do not send it outside.</source>
        <translation>За собствена употреба в програмата: всички бройки са такива, каквито са; не го изпращайте навън.</translation>
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
        <translation>%1 трябва да е съществуващ ден, записан като ГГГГ-ММ-ДД (например 2026-01-31); „%2“ не е такъв.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="54"/>
        <source>The period would end on %1, before it starts on %2. Choose a first day on or before the last.</source>
        <translation>Периодът би завършил на %1, преди да започне на %2. Изберете първи ден, който е на или преди последния.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportPeriod.cpp" line="67"/>
        <source>There is no locality with the id %1 in this database. Check the id against the list of localities.</source>
        <translation>В тази база данни няма населено място с id %1. Проверете id в списъка с населени места.</translation>
    </message>
</context>
<context>
    <name>ReportPrivacy</name>
    <message>
        <location filename="../../core/reports/ReportPrivacy.cpp" line="77"/>
        <source>For use outside the programme: a count of fewer than %1 people is not shown (&lt;%1), and neither is the smallest count beside it where it could otherwise be worked out from the others.</source>
        <translation>За използване извън програмата: бройка под %1 лица не се показва (&lt;%1), нито най-малката бройка до нея, когато иначе би могла да бъде изчислена от останалите.</translation>
    </message>
</context>
<context>
    <name>ReportSuppression</name>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="323"/>
        <source>Counts of 1 to %1 people are suppressed and shown as &quot;%2&quot;. Zero is shown: it reveals no one.</source>
        <translation>Бройките от 1 до %1 лица се скриват и се показват като „%2“. Нулата се показва: тя не разкрива никого.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="327"/>
        <source>Cells shown as &quot;%1&quot; are hidden so that a suppressed count cannot be worked out from a total or a share; they may hold %2 or more.</source>
        <translation>Клетките, показани като „%1“, са скрити, за да не може скрита бройка да бъде изчислена от общ брой или дял; те може да съдържат %2 или повече.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportSuppression.cpp" line="333"/>
        <source>Names and identifiers of people and households are left out.</source>
        <translation>Имената и идентификаторите на лицата и домакинствата са пропуснати.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="20"/>
        <source>%1 could not be written: the disk is full. Free some space or choose another place; nothing was saved.</source>
        <translation>%1 не можа да бъде записан: дискът е пълен. Освободете място или изберете друго място; нищо не е запазено.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="27"/>
        <source>%1 could not be written. Choose a folder you can write to; nothing was saved.</source>
        <translation>%1 не можа да бъде записан. Изберете папка, в която имате право на запис; нищо не е запазено.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="39"/>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 е папка. Посочете името на файла, който да се запише.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="95"/>
        <source>Unknown report format.</source>
        <translation>Непознат формат на отчет.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="100"/>
        <source>The report has no columns; there is nothing to write.</source>
        <translation>Отчетът няма колони; няма какво да се запише.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="105"/>
        <source>The report could not be written: its rows do not match its columns. This is a fault in Fieldcase; please report it.</source>
        <translation>Отчетът не можа да бъде записан: редовете му не съответстват на колоните. Това е грешка във Fieldcase; моля, съобщете за нея.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/ReportWriter.cpp" line="121"/>
        <source>The report could not be written out.</source>
        <translation>Отчетът не можа да бъде записан.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="25"/>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="56"/>
        <source>Indicator</source>
        <translation>Показател</translation>
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
        <translation>Програма</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="29"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="30"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="27"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="54"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="116"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="278"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="31"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="37"/>
        <source>Computed as</source>
        <translation>Начин на изчисляване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="43"/>
        <source>Parameters</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="45"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="47"/>
        <source>Shipped with Fieldcase</source>
        <translation>Доставен с Fieldcase</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="54"/>
        <source>Indicator target</source>
        <translation>Целева стойност на показател</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="57"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="62"/>
        <source>Period from</source>
        <translation>Период от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="66"/>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="75"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="76"/>
        <source>Households</source>
        <translation>Домакинства</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="77"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="79"/>
        <source>Referrals</source>
        <translation>Насочвания</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="80"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="81"/>
        <source>ESF+ common indicator</source>
        <translation>Общ показател на ESF+</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="82"/>
        <source>Participants entering in the period</source>
        <translation>Участници, включени през периода</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="83"/>
        <source>Participants leaving in the period</source>
        <translation>Участници, напуснали през периода</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="84"/>
        <source>People with a signed development plan</source>
        <translation>Лица с подписан план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="85"/>
        <source>Events held</source>
        <translation>Проведени събития</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="86"/>
        <source>Hours of events</source>
        <translation>Часове събития</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="87"/>
        <source>Staff active in the period</source>
        <translation>Служители, активни през периода</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="88"/>
        <source>Staff who completed training hours</source>
        <translation>Служители, завършили часове обучение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="89"/>
        <source>Households served</source>
        <translation>Обслужени домакинства</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="90"/>
        <source>Clients handed over between facilities</source>
        <translation>Клиенти, предадени между звена</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="91"/>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="92"/>
        <source>Quarter</source>
        <translation>Тримесечие</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="93"/>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="94"/>
        <source>Whole programme</source>
        <translation>Цялата програма</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="32"/>
        <source>Funder line</source>
        <translation>Линия на финансиране</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="34"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="56"/>
        <source>Municipality</source>
        <translation>Община</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="35"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="59"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="39"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="306"/>
        <source>Start date</source>
        <translation>Начална дата</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="40"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="307"/>
        <source>End date</source>
        <translation>Крайна дата</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="42"/>
        <source>Record special-category data</source>
        <translation>Записване на данни от специална категория</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="44"/>
        <source>Months between plan reviews</source>
        <translation>Месеци между прегледите на плана</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="64"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="50"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="114"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="276"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="549"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="58"/>
        <source>County or region</source>
        <translation>Област или регион</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="63"/>
        <source>Settlement kind</source>
        <translation>Вид населено място</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="67"/>
        <source>Degree of urbanisation</source>
        <translation>Степен на урбанизация</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="70"/>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
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
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="77"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="102"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="461"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="569"/>
        <source>Staff member</source>
        <translation>Служител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="82"/>
        <source>Full name</source>
        <translation>Пълно име</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="84"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="464"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="571"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="89"/>
        <source>Is experience expert</source>
        <translation>Експерт с личен опит ли е</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="91"/>
        <source>Account name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="92"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="159"/>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="93"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="120"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="158"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="286"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="94"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="671"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="100"/>
        <source>Staff training</source>
        <translation>Обучение на служител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="103"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="301"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="104"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="546"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="78"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="105"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="547"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="574"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="106"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="386"/>
        <source>Provider</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="112"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="136"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="297"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="424"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="488"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="511"/>
        <source>Household</source>
        <translation>Домакинство</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="117"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="285"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="119"/>
        <source>Head of household</source>
        <translation>Глава на домакинството</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="122"/>
        <source>Housing situation</source>
        <translation>Жилищно положение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="127"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="163"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="311"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="603"/>
        <source>Case manager</source>
        <translation>Водещ случая</translation>
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
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="139"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="141"/>
        <source>Given names</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="143"/>
        <source>Birth name</source>
        <translation>Рождено име</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="145"/>
        <source>Mother&apos;s birth name</source>
        <translation>Рождено име на майката</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="147"/>
        <source>Date of birth</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="149"/>
        <source>Place of birth</source>
        <translation>Място на раждане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="151"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="154"/>
        <source>Relationship to head</source>
        <translation>Родство с главата на домакинството</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="160"/>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="161"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="673"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="170"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="522"/>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="173"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="432"/>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="178"/>
        <source>Consent text version</source>
        <translation>Версия на текста на съгласието</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="180"/>
        <source>Date given</source>
        <translation>Дата на даване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="182"/>
        <source>Method</source>
        <translation>Начин</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="184"/>
        <source>Given by</source>
        <translation>Дадено от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="187"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="319"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="640"/>
        <source>Legal representative</source>
        <translation>Законен представител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="189"/>
        <source>Date withdrawn</source>
        <translation>Дата на оттегляне</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="191"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="426"/>
        <source>Recorded by</source>
        <translation>Записано от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="198"/>
        <source>Entry record</source>
        <translation>Данни при включване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="203"/>
        <source>Date of entry</source>
        <translation>Дата на включване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="205"/>
        <source>Labour status</source>
        <translation>Статус на пазара на труда</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="209"/>
        <source>Highest education (ISCED)</source>
        <translation>Най-висока образователна степен (ISCED)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="213"/>
        <source>Disability</source>
        <translation>Увреждане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="216"/>
        <source>Minority, including marginalised communities</source>
        <translation>Малцинство, включително маргинализирани общности</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="219"/>
        <source>Homeless or housing exclusion</source>
        <translation>Бездомност или жилищно изключване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="222"/>
        <source>Jobless household</source>
        <translation>Домакинство без работещи</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="225"/>
        <source>Single adult household with children</source>
        <translation>Домакинство с един възрастен и деца</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="227"/>
        <source>Asked by</source>
        <translation>Попитан(а) от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="229"/>
        <source>Asked on</source>
        <translation>Попитан(а) на</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="233"/>
        <source>Unemployed since</source>
        <translation>Безработен(а) от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="235"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="239"/>
        <source>Foreign background</source>
        <translation>Чуждестранен произход</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="246"/>
        <source>Exit record</source>
        <translation>Данни при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="250"/>
        <source>Date of exit</source>
        <translation>Дата на напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="252"/>
        <source>Situation on leaving</source>
        <translation>Положение при напускане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="257"/>
        <source>Qualification gained</source>
        <translation>Придобита квалификация</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="259"/>
        <source>Follow-up date</source>
        <translation>Дата на проследяване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="262"/>
        <source>Situation six months later</source>
        <translation>Положение шест месеца по-късно</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="272"/>
        <source>Facility</source>
        <translation>Звено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="284"/>
        <source>Beds</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="292"/>
        <source>Development plan</source>
        <translation>План за подкрепа</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="302"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="366"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="388"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="499"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="525"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="309"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="406"/>
        <source>Next review</source>
        <translation>Следващ преглед</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="313"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="604"/>
        <source>Experience expert</source>
        <translation>Експерт с личен опит</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="315"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="408"/>
        <source>Plan version</source>
        <translation>Версия на плана</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="316"/>
        <source>Signed by</source>
        <translation>Подписан от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="321"/>
        <source>Signed by client on</source>
        <translation>Подписан от клиента на</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="323"/>
        <source>Signed by case manager on</source>
        <translation>Подписан от водещия случая на</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="325"/>
        <source>Signed by experience expert on</source>
        <translation>Подписан от експерта с личен опит на</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="332"/>
        <source>Plan need</source>
        <translation>Потребност в плана</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="333"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="350"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="377"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="398"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="336"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="355"/>
        <source>Intervention area</source>
        <translation>Област на интервенция</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="341"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="385"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="493"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="342"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="349"/>
        <source>Plan goal</source>
        <translation>Цел в плана</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="359"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="379"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="476"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="490"/>
        <source>Goal</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="360"/>
        <source>Steps</source>
        <translation>Стъпки</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="361"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="494"/>
        <source>Who does it</source>
        <translation>Кой го прави</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="363"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="496"/>
        <source>Responsible staff member</source>
        <translation>Отговорен служител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="365"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="498"/>
        <source>Deadline</source>
        <translation>Краен срок</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaMonitoring.cpp" line="48"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="370"/>
        <source>Order</source>
        <translation>Поредност</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="376"/>
        <source>Plan action</source>
        <translation>Действие по плана</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="387"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="396"/>
        <source>Plan review</source>
        <translation>Преглед на плана</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="401"/>
        <source>Review date</source>
        <translation>Дата на прегледа</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="403"/>
        <source>Reviewed by</source>
        <translation>Прегледал(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="404"/>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="410"/>
        <source>Plan as reviewed</source>
        <translation>Планът при прегледа</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="416"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="457"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="474"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="484"/>
        <source>Activity</source>
        <translation>Дейност</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="429"/>
        <source>Date and time</source>
        <translation>Дата и час</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="430"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="548"/>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="431"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="684"/>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="434"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="690"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="436"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="438"/>
        <source>Agreements</source>
        <translation>Договорености</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="440"/>
        <source>Minutes spent</source>
        <translation>Отделени минути</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="442"/>
        <source>Child protection or risk concern</source>
        <translation>Закрила на детето или опасение за риск</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="444"/>
        <source>Risk note</source>
        <translation>Бележка за риска</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="446"/>
        <source>Next visit</source>
        <translation>Следващо посещение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="447"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="576"/>
        <source>Corrects</source>
        <translation>Коригира</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="449"/>
        <source>Withdrawn</source>
        <translation>Оттеглен</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="455"/>
        <source>Activity participant</source>
        <translation>Участник в дейността</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="472"/>
        <source>Activity goal link</source>
        <translation>Връзка на дейността с цел</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="483"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="691"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="506"/>
        <location filename="../../core/domain/SchemaTables.cpp" line="632"/>
        <source>Referral</source>
        <translation>Насочване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="514"/>
        <source>From service</source>
        <translation>От услуга</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="516"/>
        <source>To service</source>
        <translation>Към услуга</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="518"/>
        <source>From facility</source>
        <translation>От звено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="520"/>
        <source>To facility</source>
        <translation>Към звено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="521"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="524"/>
        <source>Date sent</source>
        <translation>Дата на изпращане</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="529"/>
        <source>Status since</source>
        <translation>Статус от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="530"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="532"/>
        <source>Referred by</source>
        <translation>Насочено от</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="534"/>
        <source>Receiving staff member</source>
        <translation>Приемащ служител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="540"/>
        <source>Group event</source>
        <translation>Групово събитие</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="545"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="554"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="556"/>
        <source>External guests</source>
        <translation>Външни гости</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="563"/>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="565"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="575"/>
        <source>Present</source>
        <translation>Присъстващи</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="586"/>
        <source>Catching-up settlements</source>
        <translation>Изоставащи населени места</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="587"/>
        <source>Regional social services</source>
        <translation>Регионални социални услуги</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="588"/>
        <source>Community work centre</source>
        <translation>Център за работа в общността</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="589"/>
        <source>County inclusion coordination</source>
        <translation>Областна координация на приобщаването</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="590"/>
        <source>Hungary</source>
        <translation>Унгария</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="591"/>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="592"/>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="593"/>
        <source>Bulgaria</source>
        <translation>България</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="594"/>
        <source>Romania</source>
        <translation>Румъния</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="595"/>
        <source>Segregated settlement</source>
        <translation>Сегрегиран квартал</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="596"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="597"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="598"/>
        <source>City district</source>
        <translation>Район на град</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="599"/>
        <source>Rural</source>
        <translation>Селски район</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="600"/>
        <source>Intermediate</source>
        <translation>Междинен район</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="601"/>
        <source>Urban</source>
        <translation>Градски район</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="602"/>
        <source>Social worker</source>
        <translation>Социален работник</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="605"/>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="606"/>
        <source>Health mediator</source>
        <translation>Здравен медиатор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="607"/>
        <source>Education mediator</source>
        <translation>Образователен медиатор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="608"/>
        <source>Assistant</source>
        <translation>Асистент</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="609"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="610"/>
        <source>Municipal staff</source>
        <translation>Общински служител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="611"/>
        <source>Owned</source>
        <translation>Собствено жилище</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="612"/>
        <source>Rented</source>
        <translation>Под наем</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="613"/>
        <source>Social rented</source>
        <translation>Общинско жилище под наем</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="614"/>
        <source>Informal</source>
        <translation>Неформално жилище</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="615"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="616"/>
        <source>Homeless</source>
        <translation>Бездомен</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="617"/>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="618"/>
        <source>Female</source>
        <translation>Жена</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="619"/>
        <source>Male</source>
        <translation>Мъж</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="620"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="621"/>
        <source>Head</source>
        <translation>Глава на домакинството</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="622"/>
        <source>Spouse</source>
        <translation>Съпруг(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="623"/>
        <source>Partner</source>
        <translation>Партньор(ка)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="624"/>
        <source>Child</source>
        <translation>Дете</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="625"/>
        <source>Parent</source>
        <translation>Родител</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="626"/>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="627"/>
        <source>Grandchild</source>
        <translation>Внук или внучка</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="628"/>
        <source>Grandparent</source>
        <translation>Баба или дядо</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="629"/>
        <source>Other relative</source>
        <translation>Друг роднина</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="630"/>
        <source>Case work</source>
        <translation>Работа по случая</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="631"/>
        <source>Sharing with other services</source>
        <translation>Споделяне с други услуги</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="633"/>
        <source>Special-category data</source>
        <translation>Данни от специална категория</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="634"/>
        <source>Photos</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="635"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="636"/>
        <source>Written</source>
        <translation>Писмено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="637"/>
        <source>Oral, witnessed</source>
        <translation>Устно, пред свидетел</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="638"/>
        <source>Electronic</source>
        <translation>Електронно</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="639"/>
        <source>Self</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="641"/>
        <source>Employed</source>
        <translation>Зает(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="642"/>
        <source>Self-employed</source>
        <translation>Самостоятелно зает(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="643"/>
        <source>Unemployed</source>
        <translation>Безработен(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="644"/>
        <source>Long-term unemployed</source>
        <translation>Продължително безработен(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="645"/>
        <source>Inactive</source>
        <translation>Икономически неактивен(а)</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="646"/>
        <source>In education</source>
        <translation>В образование</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="647"/>
        <source>ISCED 0: early childhood or none</source>
        <translation>ISCED 0: ранно детско образование или без образование</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="648"/>
        <source>ISCED 1: primary</source>
        <translation>ISCED 1: начално</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="649"/>
        <source>ISCED 2: lower secondary</source>
        <translation>ISCED 2: прогимназиално</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="650"/>
        <source>ISCED 3: upper secondary</source>
        <translation>ISCED 3: средно</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="651"/>
        <source>ISCED 4: post-secondary non-tertiary</source>
        <translation>ISCED 4: следсредно, невисше</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="652"/>
        <source>ISCED 5: short-cycle tertiary</source>
        <translation>ISCED 5: кратък цикъл на висше образование</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="653"/>
        <source>ISCED 6: bachelor&apos;s or equivalent</source>
        <translation>ISCED 6: бакалавър или еквивалентно</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="654"/>
        <source>ISCED 7: master&apos;s or equivalent</source>
        <translation>ISCED 7: магистър или еквивалентно</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="655"/>
        <source>ISCED 8: doctoral</source>
        <translation>ISCED 8: доктор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="656"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="657"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="658"/>
        <source>Declined to answer</source>
        <translation>Отказва да отговори</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="659"/>
        <source>Job searching</source>
        <translation>Търси работа</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="660"/>
        <source>In training</source>
        <translation>В обучение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="661"/>
        <source>Field social work</source>
        <translation>Теренна социална работа</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="662"/>
        <source>Counselling</source>
        <translation>Консултиране</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="663"/>
        <source>Family support service</source>
        <translation>Услуга за подкрепа на семейството</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="664"/>
        <source>Job centre</source>
        <translation>Бюро по труда</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="665"/>
        <source>Health</source>
        <translation>Здравеопазване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="666"/>
        <source>School</source>
        <translation>Училище</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="667"/>
        <source>Individual</source>
        <translation>Индивидуален</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="668"/>
        <source>Family</source>
        <translation>Семеен</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="669"/>
        <source>Draft</source>
        <translation>Чернова</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="670"/>
        <source>Awaiting signature</source>
        <translation>Очаква подпис</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="672"/>
        <source>Closed</source>
        <translation>Приключен</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="674"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="675"/>
        <source>Employment</source>
        <translation>Заетост</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="676"/>
        <source>Housing</source>
        <translation>Жилищни условия</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="677"/>
        <source>Income and debt</source>
        <translation>Доходи и дългове</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="678"/>
        <source>Children and family</source>
        <translation>Деца и семейство</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="679"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="680"/>
        <source>Community</source>
        <translation>Общност</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="681"/>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="682"/>
        <source>Medium</source>
        <translation>Среден</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="683"/>
        <source>Low</source>
        <translation>Нисък</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="685"/>
        <source>In progress</source>
        <translation>В процес</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="686"/>
        <source>Achieved</source>
        <translation>Постигната</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="687"/>
        <source>Partly achieved</source>
        <translation>Частично постигната</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="688"/>
        <source>Not achieved</source>
        <translation>Непостигната</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="689"/>
        <source>Dropped</source>
        <translation>Отпаднала</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="692"/>
        <source>Done</source>
        <translation>Изпълнена</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="693"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="694"/>
        <source>Home visit</source>
        <translation>Посещение в дома</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="695"/>
        <source>Consultation</source>
        <translation>Консултация</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="696"/>
        <source>Case conference</source>
        <translation>Среща по случая</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="697"/>
        <source>Phone call</source>
        <translation>Телефонен разговор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="698"/>
        <source>Accompaniment</source>
        <translation>Придружаване</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="699"/>
        <source>Household member</source>
        <translation>Член на домакинството</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="700"/>
        <source>Staff</source>
        <translation>Служители</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="701"/>
        <source>Open</source>
        <translation>Отворено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="702"/>
        <source>Hand-over</source>
        <translation>Предаване на случая</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="703"/>
        <source>Sent</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="704"/>
        <source>Accepted</source>
        <translation>Прието</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="705"/>
        <source>Completed</source>
        <translation>Приключено</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="706"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="707"/>
        <source>Thematic day</source>
        <translation>Тематичен ден</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="708"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="709"/>
        <source>Community event</source>
        <translation>Събитие в общността</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="710"/>
        <source>Volunteering</source>
        <translation>Доброволчество</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="711"/>
        <source>Community meeting</source>
        <translation>Среща в общността</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="712"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="713"/>
        <source>Volunteer</source>
        <translation>Доброволец</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="714"/>
        <source>Speaker</source>
        <translation>Лектор</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="715"/>
        <source>Citizen of this country</source>
        <translation>Гражданин на тази държава</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="716"/>
        <source>Citizen of another EU country</source>
        <translation>Гражданин на друга държава от ЕС</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="717"/>
        <source>Citizen of a country outside the EU</source>
        <translation>Гражданин на държава извън ЕС</translation>
    </message>
    <message>
        <location filename="../../core/domain/SchemaTables.cpp" line="718"/>
        <source>Stateless</source>
        <translation>Без гражданство</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="52"/>
        <source>The folder %1 could not be made.</source>
        <translation>Папката %1 не можа да бъде създадена.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotTour.cpp" line="62"/>
        <source>%1 could not be written.</source>
        <translation>%1 не можа да бъде записан.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="36"/>
        <source>%1: %2 is in the future, which is not possible here.</source>
        <translation>%1: %2 е в бъдещето, което тук не е възможно.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="47"/>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) не може да е преди %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="62"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 трябва да е между %2 и %3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="71"/>
        <source>Choose a %1 or a %2.</source>
        <translation>Изберете %1 или %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="76"/>
        <source>Choose either a %1 or a %2, not both.</source>
        <translation>Изберете или %1, или %2, не и двете.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="89"/>
        <source>A target for the whole programme has no %1; leave it empty.</source>
        <translation>Целева стойност за цялата програма няма %1; оставете полето празно.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="95"/>
        <source>A target for a month, a quarter or a year needs the first day of that period in %1.</source>
        <translation>Целева стойност за месец, тримесечие или година изисква първия ден от този период в %1.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="103"/>
        <source>%1 (%2) must be the first day of the %3: the 1st of a month, of January, April, July or October for a quarter, of January for a year.</source>
        <translation>%1 (%2) трябва да е първият ден на %3: 1-во число на месеца; 1 януари, април, юли или октомври за тримесечие; 1 януари за година.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="141"/>
        <source>Write the name of the legal representative who gave the consent.</source>
        <translation>Въведете името на законния представител, който е дал съгласието.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="166"/>
        <source>An individual plan needs the person it is for.</source>
        <translation>Индивидуалният план изисква лицето, за което е.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="170"/>
        <source>A family plan needs the household it is for.</source>
        <translation>Семейният план изисква домакинството, за което е.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="190"/>
        <source>%1: a visit or service is recorded after it happened; this one is in the future. Plan it as the next visit instead.</source>
        <translation>%1: посещение или услуга се записва, след като се е състояло; това е в бъдещето. Вместо това го планирайте като следващо посещение.</translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>The database file.</source>
        <translation>Файлът на базата данни.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="14"/>
        <source>PATH</source>
        <translation>ПЪТ</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="36"/>
        <source>%1 needs --db PATH, the database file.</source>
        <translation>%1 изисква --db ПЪТ – файла на базата данни.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="54"/>
        <source>fieldcase-cli: the changes that earlier merges set aside could not be tried again after the upgrade: %1. They are kept; the next merge tries again.</source>
        <translation>fieldcase-cli: отложените от предишни обединявания промени не можаха да бъдат опитани отново след надграждането: %1. Те се пазят; следващото обединяване ще опита отново.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/VerbParser.cpp" line="59"/>
        <source>fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside are merged now.</source>
        <translation>
            <numerusform>fieldcase-cli: базата данни е надградена; %n промяна, отложена от предишни обединявания, вече е обединена.</numerusform>
            <numerusform>fieldcase-cli: базата данни е надградена; %n промени, отложени от предишни обединявания, вече са обединени.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="68"/>
        <source>fieldcase-cli: error: %1</source>
        <translation>fieldcase-cli: грешка: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="73"/>
        <source>fieldcase-cli: %1</source>
        <translation>fieldcase-cli: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerbParser.cpp" line="74"/>
        <source>Run fieldcase-cli --help for the verbs.</source>
        <translation>Изпълнете fieldcase-cli --help за списък с глаголите.</translation>
    </message>
</context>
<context>
    <name>VisitWork</name>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="81"/>
        <source>This visit was already corrected or withdrawn. Open the latest version of it to correct it again.</source>
        <translation>Това посещение вече е коригирано или оттеглено. Отворете последната му версия, за да го коригирате отново.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="85"/>
        <source>This record withdraws a visit; it cannot be corrected.</source>
        <translation>Този запис оттегля посещение; не може да бъде коригиран.</translation>
    </message>
    <message>
        <location filename="../../core/casework/VisitWork.cpp" line="102"/>
        <source>Say why the visit is withdrawn; the reason is kept with it.</source>
        <translation>Посочете защо посещението се оттегля; причината се пази заедно с него.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="53"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="63"/>
        <source>No temporary folder could be made for the spreadsheet.</source>
        <translation>Не можа да бъде създадена временна папка за електронната таблица.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="73"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="79"/>
        <source>The spreadsheet could not be started.</source>
        <translation>Електронната таблица не можа да бъде започната.</translation>
    </message>
    <message>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="159"/>
        <location filename="../../core/reports/export/XlsxReportWriter.cpp" line="164"/>
        <source>The spreadsheet could not be made.</source>
        <translation>Електронната таблица не можа да бъде създадена.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="16"/>
        <source>Print plans awaiting signature</source>
        <translation>Печат на плановете, които очакват подпис</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="19"/>
        <source>Every individual and family plan of the locality whose status is awaiting signature is printed, each starting on a new sheet with its own page numbers.</source>
        <translation>Отпечатват се всички индивидуални и семейни планове на населеното място със статус „очаква подпис“, като всеки започва на нов лист със собствена номерация на страниците.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="28"/>
        <source>%1 (awaiting signature: %2)</source>
        <translation>%1 (очакват подпис: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="30"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Населено място:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="39"/>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Преглед и печат...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="40"/>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Запазване като PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="67"/>
        <source>No plan awaits signature at the moment.</source>
        <translation>В момента няма план, който да очаква подпис.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/BatchPrintDialog.cpp" line="74"/>
        <source>Plans awaiting signature in all localities: %1.</source>
        <translation>Планове, очакващи подпис, във всички населени места: %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseActions</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="85"/>
        <source>Risk flagged</source>
        <translation>Отбелязан риск</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="86"/>
        <source>A child-protection or other risk was flagged on this visit. Refer the family to the service that can act on it now?</source>
        <translation>При това посещение е отбелязан риск за детето или друг риск. Да бъде ли семейството насочено сега към услугата, която може да реагира?</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="191"/>
        <source>Not editable</source>
        <translation>Не може да се редактира</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="192"/>
        <source>This record is a fact and is not edited; it is kept as it was recorded.</source>
        <translation>Този запис е факт и не се редактира; пази се така, както е записан.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="216"/>
        <source>Already corrected</source>
        <translation>Вече е коригирано</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="217"/>
        <source>This visit was already corrected or withdrawn. Open the record in force to correct it again.</source>
        <translation>Това посещение вече е коригирано или оттеглено. Отворете действащия запис, за да го коригирате отново.</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="227"/>
        <source>Withdraw a visit</source>
        <translation>Оттегляне на посещение</translation>
    </message>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="228"/>
        <source>The visit stays in the records, marked as withdrawn, with the reason you give. Why is it withdrawn?</source>
        <translation>Посещението остава в записите, отбелязано като оттеглено, заедно с посочената от Вас причина. Защо се оттегля?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChangeHistoryModel</name>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="24"/>
        <source>(structured data)</source>
        <translation>(структурирани данни)</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="44"/>
        <source>%1 created</source>
        <translation>Създаване: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="46"/>
        <source>%1 deleted</source>
        <translation>Изтриване: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="48"/>
        <source>%1 changed</source>
        <translation>Промяна: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="107"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="109"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="111"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="113"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="115"/>
        <source>Before</source>
        <translation>Преди</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="117"/>
        <source>After</source>
        <translation>След</translation>
    </message>
    <message>
        <location filename="../../ui/models/ChangeHistoryModel.cpp" line="119"/>
        <source>Correction note</source>
        <translation>Бележка за корекцията</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ConflictInbox</name>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="44"/>
        <source>%1 (by that device&apos;s clock)</source>
        <translation>%1 (по часовника на онова устройство)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="53"/>
        <source>Conflict inbox</source>
        <translation>Входящи конфликти</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="63"/>
        <source>Open conflicts</source>
        <translation>Отворени конфликти</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="84"/>
        <source>Or &amp;type the right value:</source>
        <translation>Или &amp;въведете правилната стойност:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="87"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Използване на тази стойност</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="102"/>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="117"/>
        <source>this copy</source>
        <translation>това копие</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="120"/>
        <source>central copy</source>
        <translation>централно копие</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="131"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="132"/>
        <source>deleted, still needed</source>
        <translation>изтрит, но все още нужен</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="133"/>
        <source>deleted and edited</source>
        <translation>изтрит и редактиран</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="135"/>
        <source>%1 [special category]</source>
        <translation>%1 [специална категория]</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="140"/>
        <source>No open conflicts</source>
        <translation>Няма отворени конфликти</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="141"/>
        <source>Every change merged so far fitted together. Conflicts appear here when two devices change the same thing, or one deletes what another edits.</source>
        <translation>Всички обединени досега промени са съвместими. Конфликти се появяват тук, когато две устройства променят едно и също нещо или когато едното изтрие това, което другото редактира.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="167"/>
        <source>%1: deleted on one device, still needed by records from another</source>
        <translation>%1: изтрит на едно устройство, но все още нужен на записи от друго</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="168"/>
        <source>%1: deleted on one device, edited on another</source>
        <translation>%1: изтрит на едно устройство, редактиран на друго</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="171"/>
        <source>Other records still point at this one, so it is kept for now with every value it had. Keep it, or change those records first and then decide to delete it.</source>
        <translation>Други записи все още сочат към този, затова засега той се пази с всички стойности, които е имал. Запазете го или първо променете онези записи и след това решете да го изтриете.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="173"/>
        <source>The record stays deleted until you decide. Taking the edited version restores it with every value it had.</source>
        <translation>Записът остава изтрит, докато не решите. Ако изберете редактираната версия, той се възстановява с всички стойности, които е имал.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="176"/>
        <source>Two records of this person were merged, and they held different values. The value of the merged record is offered beside the one in use for now (%1). Nothing is lost until you decide.</source>
        <translation>Два записа на това лице са слети и са съдържали различни стойности. Стойността от слетия запис се предлага до тази, която се използва засега (%1). Нищо не се губи, докато не решите.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="179"/>
        <source>The value in use for now is the latest one (%1). Nothing is lost until you decide.</source>
        <translation>Засега се използва последната стойност (%1). Нищо не се губи, докато не решите.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="182"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically, and the value from before the conflict (%1) stays in use until you decide.</source>
        <translation>Това са данни от специална категория (например малцинство или увреждане): те никога не се решават автоматично и стойността отпреди конфликта (%1) се използва, докато не решите.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="186"/>
        <source>This is special-category data (such as minority or disability): it is never decided automatically.</source>
        <translation>Това са данни от специална категория (например малцинство или увреждане): те никога не се решават автоматично.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Changed by</source>
        <translation>Променено от</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="192"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="198"/>
        <source>Before</source>
        <translation>Преди</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="205"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="211"/>
        <source>Keep &amp;%1 (stays deleted)</source>
        <translation>Запазване на &amp;%1 (остава изтрит)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="212"/>
        <source>Take &amp;%1</source>
        <translation>Избор на &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictInbox.cpp" line="243"/>
        <source>Decided. The decision is logged and goes back to the laptops with their next return package.</source>
        <translation>Решено. Решението е вписано в дневника и се връща към лаптопите със следващия им обратен пакет.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Dashboard</name>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="59"/>
        <source>Programme dashboard</source>
        <translation>Табло на програмата</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="66"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="69"/>
        <source>(whole programme)</source>
        <translation>(цялата програма)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="70"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Населено място:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="82"/>
        <source>Enter or a double-click lists the people or events behind an indicator&apos;s achieved number.</source>
        <translation>Enter или двойно щракване извежда лицата или събитията зад постигнатата стойност на показателя.</translation>
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
        <translation>Набор от &amp;показатели:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="99"/>
        <source>Planned vs &amp;achieved</source>
        <translation>Планирано спрямо &amp;постигнато</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="100"/>
        <source>&amp;ESF+ participants</source>
        <translation>Участници по &amp;ESF+</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="225"/>
        <source>This indicator rests on special-category data, which the programme does not record; there is nobody to list.</source>
        <translation>Този показател се основава на данни от специална категория, които програмата не записва; няма кого да се изведе.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="231"/>
        <source>This indicator&apos;s definition cannot be read (the notes under the table say why), so nothing is counted and there is nobody to list.</source>
        <translation>Определението на този показател не може да бъде прочетено (бележките под таблицата обясняват защо), затова нищо не се брои и няма кого да се изведе.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="251"/>
        <source>Achieved: %1. Unit: %2. %3.
The records behind the number are listed here; Enter shows the one chosen in the main window.</source>
        <translation>Постигнато: %1. Мерна единица: %2. %3.
Тук са изброени записите зад числото; Enter показва избрания запис в главния прозорец.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="257"/>
        <source>Behind the number: %1</source>
        <translation>Зад числото: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/Dashboard.cpp" line="296"/>
        <location filename="../../ui/reports/Dashboard.cpp" line="308"/>
        <source>Export the report</source>
        <translation>Експорт на отчета</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="13"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="14"/>
        <source>Year-month-day and time, for example 2026-03-31 14:30. Ctrl+D: now.</source>
        <translation>Година-месец-ден и час, например 2026-03-31 14:30. Ctrl+D: сега.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="15"/>
        <source>Year-month-day with a four-digit year, for example 2026-03-31. Ctrl+D: today.</source>
        <translation>Година-месец-ден с четирицифрена година, например 2026-03-31. Ctrl+D: днес.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DocumentActions</name>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="26"/>
        <source>&amp;Print...</source>
        <translation>&amp;Печат...</translation>
    </message>
    <message>
        <source>Print preview of the plan of the person on screen, or their case summary</source>
        <translation type="vanished">Преглед за печат на плана на лицето на екрана или на резюмето на случая му</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="32"/>
        <source>Print case &amp;summary...</source>
        <translation>Печат на &amp;резюме на случая...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="35"/>
        <source>Save as P&amp;DF...</source>
        <translation>Запазване като P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="39"/>
        <source>Plans &amp;awaiting signature...</source>
        <translation>Планове, оч&amp;акващи подпис...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="40"/>
        <source>Print every plan of a locality that awaits signature</source>
        <translation>Печат на всички планове на населено място, които очакват подпис</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="45"/>
        <source>&amp;Print</source>
        <translation>&amp;Печат</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="54"/>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Select a person first: printing shows their plan or their case summary.</source>
        <translation type="vanished">Първо изберете лице: при печат се показва неговият план или резюмето на случая му.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="28"/>
        <source>Print preview of the record on screen: a plan, review, visit, attendance sheet or consent form; for a person their current plan, else their case summary</source>
        <translation>Преглед за печат на записа на екрана: план, преглед на план, посещение, присъствен списък или формуляр за съгласие; за лице – текущият му план, а ако няма такъв – резюмето на случая му</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="67"/>
        <source>Select a person first: the case summary is printed for them.</source>
        <translation>Първо изберете лице: за него се отпечатва резюмето на случая.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="68"/>
        <source>Select a record first: a person, household, plan, plan review, visit, group event or consent.</source>
        <translation>Първо изберете запис: лице, домакинство, план, преглед на план, посещение, групово събитие или съгласие.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="110"/>
        <source>Print preview: %1</source>
        <translation>Преглед за печат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <source>Preparing the pages...</source>
        <translation>Подготовка на страниците...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="113"/>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="140"/>
        <source>Writing %1...</source>
        <translation>Записване на %1...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="157"/>
        <source>Save as PDF</source>
        <translation>Запазване като PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="189"/>
        <source>No plan of this locality awaits signature any more.</source>
        <translation>Вече няма план от това населено място, който да очаква подпис.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="196"/>
        <source>Save plans as PDF</source>
        <translation>Запазване на плановете като PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/DocumentActions.cpp" line="203"/>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuplicateReview</name>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="30"/>
        <source>Possible duplicate persons</source>
        <translation>Възможни дублирани лица</translation>
    </message>
    <message>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept.</source>
        <translation type="vanished">Тези лица са регистрирани повече от веднъж, може би на два лаптопа. При сливане се запазват всички посещения, планове и съгласия на двамата; файловете, които още посочват слетото лице, се отнасят към запазеното.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="33"/>
        <source>These people were registered more than once, perhaps on two laptops. Merging keeps every visit, plan and consent of both; files that still name the merged person land on the one kept. Where the two hold different details (two phone numbers), both go to the conflict inbox for you to decide.</source>
        <translation>Тези лица са регистрирани повече от веднъж, може би на два лаптопа. При сливане се запазват всички посещения, планове и съгласия и на двамата; файловете, които все още посочват слятото лице, се прехвърлят към запазеното. Когато двата записа съдържат различни данни (два телефонни номера), и двете стойности отиват във „Входящи конфликти“, за да решите Вие.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>First person</source>
        <translation>Първо лице</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Second person</source>
        <translation>Второ лице</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="41"/>
        <source>Why</source>
        <translation>Защо</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="54"/>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Запазване на &amp;първото, второто се слива с него</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="56"/>
        <source>Keep the &amp;second</source>
        <translation>Запазване на &amp;второто</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="57"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Не е едно и също лице</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="58"/>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="84"/>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Няма възможни дубликати, които да чакат преглед.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="99"/>
        <source>Merge two persons</source>
        <translation>Сливане на две лица</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="100"/>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1. Details that differ between the two wait in the conflict inbox, with both values, until you decide.</source>
        <translation>Да се слеят ли двата записа в %1? Всички посещения, планове и съгласия и на двамата остават, при %1. Данните, които се различават, чакат във „Входящи конфликти“ с двете стойности, докато не решите.</translation>
    </message>
    <message>
        <source>Merge the two records into %1? Every visit, plan and consent of both stays, with %1.</source>
        <translation type="vanished">Да бъдат ли слети двата записа в %1? Всички посещения, планове и съгласия на двамата остават при %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="114"/>
        <source>Merged into %1: %n record(s) moved over.</source>
        <translation>
            <numerusform>Слято в %1: прехвърлен е %n запис.</numerusform>
            <numerusform>Слято в %1: прехвърлени са %n записа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="116"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n различаваща се стойност на двете лица очаква решение във „Входящи конфликти“ (меню „Обмен“, Ctrl+Shift+I).</numerusform>
            <numerusform>%n различаващи се стойности на двете лица очакват решение във „Входящи конфликти“ (меню „Обмен“, Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="130"/>
        <source>Marked as two different people.</source>
        <translation>Отбелязано като две различни лица.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="47"/>
        <source>Enrol a laptop</source>
        <translation>Регистриране на лаптоп</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="50"/>
        <source>The enrolment file holds the laptop&apos;s keys and the caseload of the worker. Take it to the laptop on a stick; tell the worker the passphrase separately.</source>
        <translation>Файлът за регистрация съдържа ключовете на лаптопа и случаите на служителя. Занесете го на лаптопа с флашка; кажете паролата на служителя отделно.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="58"/>
        <source>for example: Laptop 3, Alsóberény team</source>
        <translation>например: Лаптоп 3, екип Alsóberény</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="59"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Име на лаптопа:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="77"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Служител:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="79"/>
        <source>&amp;Choose...</source>
        <translation>Из&amp;бор...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="80"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Файл за регистрация:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="86"/>
        <source>C&amp;opy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="87"/>
        <source>Passphrase:</source>
        <translation>Парола:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="95"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Регистриране</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="116"/>
        <source>Enrolment file</source>
        <translation>Файл за регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="117"/>
        <source>Fieldcase exchange files (*.fcx)</source>
        <translation>Файлове за обмен на Fieldcase (*.fcx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="125"/>
        <source>Choose where to write the enrolment file.</source>
        <translation>Изберете къде да се запише файлът за регистрация.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="134"/>
        <source>Enrolled &quot;%1&quot;: %n record(s) in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</source>
        <translation>
            <numerusform>Регистриран е „%1“: %n запис в %2. Кажете паролата по-горе на служителя по телефона или на хартия, никога заедно с файла.</numerusform>
            <numerusform>Регистриран е „%1“: %n записа в %2. Кажете паролата по-горе на служителя по телефона или на хартия, никога заедно с файла.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="139"/>
        <source>Tell them this central copy&apos;s key too, which they give when joining, so that the laptop refuses a file that another copy made: %1</source>
        <translation>Съобщете му също ключа на това централно копие, който той въвежда при присъединяването, за да може лаптопът да откаже файл, създаден от друго копие: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="42"/>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="44"/>
        <source>&amp;Find a registered person</source>
        <translation>&amp;Търсене на регистрирано лице</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="47"/>
        <source>Add to the &amp;list</source>
        <translation>Добавяне в &amp;списъка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="51"/>
        <source>Registered &amp;people present</source>
        <translation>Присъстващи регистрирани &amp;лица</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/EventDialog.cpp" line="54"/>
        <source>S&amp;taff present</source>
        <translation>Присъстващи сл&amp;ужители</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FieldForm</name>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(choose)</source>
        <translation>(изберете)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/FieldForm.cpp" line="95"/>
        <source>(not recorded)</source>
        <translation>(не е записано)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/HistoryDialog.cpp" line="24"/>
        <source>History: %1 %2</source>
        <translation>История: %1 %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IndicatorChart</name>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="36"/>
        <source>Planned against achieved, as bars</source>
        <translation>Планирано спрямо постигнато, като стълбове</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="62"/>
        <source>Achieved</source>
        <translation>Постигнато</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="65"/>
        <source>Still to reach the target</source>
        <translation>Остава до целевата стойност</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="68"/>
        <source>Beyond the target</source>
        <translation>Над целевата стойност</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="88"/>
        <source>%1: %2 of %3</source>
        <comment>an indicator&apos;s code, what it achieved and its target: PO1: 240 of 300</comment>
        <translation>%1: %2 от %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="91"/>
        <source>%1 ▼ behind by %2</source>
        <comment>the bar&apos;s label, then how far the indicator is behind its target</comment>
        <translation>%1 ▼ изоставане с %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="120"/>
        <source>share of the target achieved</source>
        <translation>постигнат дял от целевата стойност</translation>
    </message>
    <message>
        <location filename="../../ui/reports/IndicatorChart.cpp" line="124"/>
        <source>No indicator has a target for this period and place.</source>
        <translation>Няма показател с целева стойност за този период и място.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::JoinDialog</name>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="148"/>
        <source>Join a programme</source>
        <translation>Присъединяване към програма</translation>
    </message>
    <message>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase they told you. The laptop gets a new database with your caseload.</source>
        <translation type="vanished">Изберете файла за регистрация, който Ви е дал супервизорът, и въведете паролата, която Ви е казал. Лаптопът получава нова база данни с Вашите случаи.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="151"/>
        <source>Choose the enrolment file your supervisor gave you and type the passphrase and the central copy&apos;s key they told you. The laptop gets a new database with your caseload.</source>
        <translation>Изберете файла за регистрация, който Ви е дал супервизорът, и въведете паролата и ключа на централното копие, които Ви е съобщил. Лаптопът получава нова база данни с Вашите случаи.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="159"/>
        <source>&amp;Choose...</source>
        <translation>Из&amp;бор...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="160"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Файл за регистрация:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="163"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="165"/>
        <source>as your supervisor read it out or printed it, for example ABCD-EFGH-...</source>
        <translation>както супервизорът го е прочел на глас или отпечатал, например ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="166"/>
        <source>Central copy&apos;s &amp;key:</source>
        <translation>&amp;Ключ на централното копие:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="170"/>
        <source>New &amp;database:</source>
        <translation>Нова &amp;база данни:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="177"/>
        <source>&amp;Join</source>
        <translation>П&amp;рисъединяване</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="181"/>
        <source>Enrolment file</source>
        <translation>Файл за регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="182"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Файлове за обмен на Fieldcase (*.fcx);;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="198"/>
        <source>The enrolment file cannot be read: %1</source>
        <translation>Файлът за регистрация не може да бъде прочетен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="202"/>
        <source>%1 exists already. A laptop joins with a new database file; choose another name.</source>
        <translation>%1 вече съществува. Лаптопът се присъединява с нов файл на база данни; изберете друго име.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="213"/>
        <source>Compare the central copy&apos;s key</source>
        <translation>Сравнете ключа на централното копие</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="214"/>
        <source>Joined as &quot;%1&quot;. The enrolment file was made by the central copy with the key

%2

Compare it with the key your supervisor reads out or printed. If they differ, the file was not made by your central copy: do not use this database, and tell your supervisor.</source>
        <translation>Присъединяване като „%1“. Файлът за регистрация е създаден от централното копие с ключа

%2

Сравнете го с ключа, който супервизорът Ви прочита на глас или е отпечатал. Ако се различават, файлът не е създаден от Вашето централно копие: не използвайте тази база данни и уведомете своя супервизор.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="14"/>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="15"/>
        <source>Takes effect at the next start</source>
        <translation>Влиза в сила при следващото стартиране</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="21"/>
        <source>&amp;System language</source>
        <translation>&amp;Системен език</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="39"/>
        <source>the system language</source>
        <translation>системния език</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="40"/>
        <source>Fieldcase will use %1 the next time it starts.</source>
        <translation>Fieldcase ще използва %1 при следващото стартиране.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="42"/>
        <source>The %1 environment variable is set on this computer and takes precedence.</source>
        <translation>На този компютър е зададена променливата на средата %1 и тя има предимство.</translation>
    </message>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="45"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Launcher</name>
    <message>
        <location filename="../../ui/Launcher.cpp" line="58"/>
        <source>Database not opened</source>
        <translation>Базата данни не е отворена</translation>
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
        <translation>Търсене</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>&amp;Find:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>A person, household or locality, e.g. kovacs (Ctrl+F)</source>
        <translation>Лице, домакинство или населено място, напр. kovacs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Search people, households and localities</source>
        <translation>Търсене на лица, домакинства и населени места</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83"/>
        <source>Lists</source>
        <translation>Списъци</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>No people yet</source>
        <translation>Все още няма лица</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>This database holds no people. Register a household (Ctrl+Shift+H) and its members, or try Fieldcase with a synthetic programme: &lt;tt&gt;fieldcase-cli demo --db FILE --people 2000&lt;/tt&gt;.</source>
        <translation>Тази база данни не съдържа лица. Регистрирайте домакинство (Ctrl+Shift+H) и членовете му или изпробвайте Fieldcase с измислена програма: &lt;tt&gt;fieldcase-cli demo --db FILE --people 2000&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="139"/>
        <source>Choose a person</source>
        <translation>Изберете лице</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Pick someone in the list, or type a name in the search box (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; finds Kovács.</source>
        <translation>Изберете някого от списъка или въведете име в полето за търсене (Ctrl+F): &lt;i&gt;kovacs&lt;/i&gt; намира Kovács.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>%n form(s) were not saved last time; open the same form again to continue where you left off.</source>
        <translation>
            <numerusform>%n формуляр не беше запазен миналия път; отворете същия формуляр отново, за да продължите оттам, докъдето сте стигнали.</numerusform>
            <numerusform>%n формуляра не бяха запазени миналия път; отворете същия формуляр отново, за да продължите оттам, докъдето сте стигнали.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Households</source>
        <translation>Домакинства</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>(all localities)</source>
        <translation>(всички населени места)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>in &amp;locality:</source>
        <translation>в &amp;населено място:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>Development plans</source>
        <translation>Планове за подкрепа</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Visits and services</source>
        <translation>Посещения и услуги</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>Referrals</source>
        <translation>Насочвания</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Group events</source>
        <translation>Групови събития</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>Staff</source>
        <translation>Служители</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>My caseload</source>
        <translation>Моите случаи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>(choose)</source>
        <translation>(изберете)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>of &amp;staff member:</source>
        <translation>на с&amp;лужител:</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="215"/>
        <source>Overdue plan reviews</source>
        <translation>Просрочени прегледи на планове</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="216"/>
        <source>Visits due this week</source>
        <translation>Посещения за тази седмица</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235"/>
        <source>&amp;New database...</source>
        <translation>&amp;Нова база данни...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Отваряне на база данни...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Find person, household or locality</source>
        <translation>&amp;Търсене на лице, домакинство или населено място</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Edit the record shown</source>
        <translation>&amp;Редактиране на показания запис</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;History of the record shown</source>
        <translation>&amp;История на показания запис</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>&amp;Case work</source>
        <translation>Работа по &amp;случаи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>&amp;New in this list</source>
        <translation>Н&amp;ов запис в този списък</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>New &amp;person</source>
        <translation>Ново &amp;лице</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="271"/>
        <source>New &amp;household</source>
        <translation>Ново &amp;домакинство</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="277"/>
        <source>Record &amp;visit or service</source>
        <translation>&amp;Записване на посещение или услуга</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279"/>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="297"/>
        <source>Choose a person or household first.</source>
        <translation>Първо изберете лице или домакинство.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>New development p&amp;lan</source>
        <translation>Нов &amp;план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>Choose a person (individual plan) or household (family plan) first.</source>
        <translation>Първо изберете лице (индивидуален план) или домакинство (семеен план).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Refer</source>
        <translation>&amp;Насочване</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Hand &amp;over to another facility</source>
        <translation>Предаване на д&amp;руго звено</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="300"/>
        <source>New group &amp;event</source>
        <translation>Ново групово &amp;събитие</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Go</source>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation>По&amp;мощ</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="317"/>
        <source>&amp;About Fieldcase</source>
        <translation>&amp;За Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Reports</source>
        <translation>О&amp;тчети</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="423"/>
        <source>Open a person or household, then make a plan for them (Ctrl+Shift+L).</source>
        <translation>Отворете лице или домакинство и след това създайте план за него (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="429"/>
        <source>Open a person or household, then record the visit (Ctrl+Shift+V).</source>
        <translation>Отворете лице или домакинство и след това запишете посещението (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433"/>
        <source>Open a person or household, then refer them (Ctrl+Shift+R).</source>
        <translation>Отворете лице или домакинство и след това го насочете (Ctrl+Shift+R).</translation>
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
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="498"/>
        <source>Household</source>
        <translation>Домакинство</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="501"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="519"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n лице</numerusform>
            <numerusform>%n лица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="520"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n съвпадение</numerusform>
            <numerusform>%n съвпадения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="526"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="539"/>
        <source>Choose a staff member above to see the people they are case manager of.</source>
        <translation>Изберете служител по-горе, за да видите лицата, на които той е водещ случая.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="540"/>
        <source>Nobody is in this caseload yet. A person joins it when this staff member becomes their case manager, or their household&apos;s.</source>
        <translation>В тези случаи все още няма никого. Лицето се добавя, когато този служител стане водещ на неговия случай или на случая на домакинството му.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="543"/>
        <source>No plan is waiting for its review. Plans in force whose next review date has passed show here.</source>
        <translation>Няма план, който да чака преглед. Тук се показват действащите планове, чиято дата за следващ преглед е минала.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="545"/>
        <source>No visit is due this week. When a visit is recorded with a next visit date in this week, the household shows here until it is visited.</source>
        <translation>Няма посещения за тази седмица. Когато при записване на посещение се посочи дата за следващо посещение в тази седмица, домакинството се показва тук, докато не бъде посетено.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="548"/>
        <source>No households here yet. Register one with Ctrl+Shift+H.</source>
        <translation>Все още няма домакинства. Регистрирайте домакинство с Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="550"/>
        <source>Nothing here yet. Ctrl+N makes a new one where that is possible.</source>
        <translation>Все още няма нищо. Ctrl+N създава нов запис, където това е възможно.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="576"/>
        <source>Open database</source>
        <translation>Отваряне на база данни</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="577"/>
        <source>Fieldcase databases (*.db *.fieldcase);;All files (*)</source>
        <translation>Бази данни на Fieldcase (*.db *.fieldcase);;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="584"/>
        <source>New database</source>
        <translation>Нова база данни</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="585"/>
        <source>Fieldcase databases (*.db)</source>
        <translation>Бази данни на Fieldcase (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="592"/>
        <source>About Fieldcase</source>
        <translation>За Fieldcase</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="593"/>
        <source>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Case management and programme monitoring for social inclusion work.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldcase %1&lt;/h3&gt;&lt;p&gt;Управление на случаи и мониторинг на програми за работа по социално включване.&lt;/p&gt;&lt;p&gt;База данни: %2&lt;br&gt;Версия на схемата %3&lt;/p&gt;&lt;p&gt;Лицензирано под GNU General Public License, версия 3 или по-нова.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MemberListDialog</name>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="38"/>
        <source>&amp;Find:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="40"/>
        <source>part of a name, e.g. kovacs</source>
        <translation>част от име, напр. kovacs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/MemberListDialog.cpp" line="69"/>
        <source>&amp;Show in the main window</source>
        <translation>&amp;Показване в главния прозорец</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="128"/>
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 от %n запис</numerusform>
            <numerusform>%1 от %n записа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="52"/>
        <source>Merge exchange files</source>
        <translation>Обединяване на файлове за обмен</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="57"/>
        <source>Files from laptops (or, on a laptop, return packages from the central copy), in any order. Each file is checked and previewed first; nothing is written until you press Merge.</source>
        <translation>Файлове от лаптопите (или, на лаптоп, обратни пакети от централното копие), в произволен ред. Всеки файл първо се проверява и се показва предварителен преглед; нищо не се записва, докато не натиснете „Обединяване“.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Changed</source>
        <translation>Променени</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="65"/>
        <source>Already here</source>
        <translation>Вече са тук</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Duplicates?</source>
        <translation>Дубликати?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="66"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="78"/>
        <source>Files to merge</source>
        <translation>Файлове за обединяване</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="86"/>
        <source>Merge report</source>
        <translation>Отчет за обединяването</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="92"/>
        <source>Cancel merge</source>
        <translation>Отказ от обединяването</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="99"/>
        <source>&amp;Add files...</source>
        <translation>&amp;Добавяне на файлове...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="101"/>
        <source>&amp;Merge</source>
        <translation>&amp;Обединяване</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="104"/>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="117"/>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="157"/>
        <source>Add the files to merge, or drop them on this window.</source>
        <translation>Добавете файловете за обединяване или ги пуснете в този прозорец.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="122"/>
        <source>Choose exchange files</source>
        <translation>Избор на файлове за обмен</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="123"/>
        <source>Fieldcase exchange files (*.fcx);;All files (*)</source>
        <translation>Файлове за обмен на Fieldcase (*.fcx);;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="214"/>
        <source>The changes set aside by earlier merges could not be tried again (%1). They are kept.</source>
        <translation>Отложените от предишни обединявания промени не можаха да бъдат опитани отново (%1). Те се пазят.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="219"/>
        <source>%n change(s) that earlier merges had set aside are merged now, as this copy can use them.</source>
        <translation>
            <numerusform>%n промяна, отложена от предишни обединявания, вече е обединена, тъй като това копие може да я използва.</numerusform>
            <numerusform>%n промени, отложени от предишни обединявания, вече са обединени, тъй като това копие може да ги използва.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="222"/>
        <source>%n change(s) that earlier merges had set aside will be merged first, as this copy can use them now.</source>
        <translation>
            <numerusform>%n промяна, отложена от предишни обединявания, ще бъде обединена първо, тъй като това копие вече може да я използва.</numerusform>
            <numerusform>%n промени, отложени от предишни обединявания, ще бъдат обединени първо, тъй като това копие вече може да ги използва.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="233"/>
        <source>%1, file %2 (with everything since file %3)</source>
        <translation>%1, файл %2 (с всичко от файл %3 насам)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="237"/>
        <source>%1, file %2</source>
        <translation>%1, файл %2</translation>
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
            <numerusform>%1; %n промяна е оставена настрана</numerusform>
            <numerusform>%1; %n промени са оставени настрана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="266"/>
        <source>%1 new, %2 changed, %3 already here, %4 conflicting</source>
        <translation>%1 нови, %2 променени, %3 вече са тук, %4 в конфликт</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="273"/>
        <source>Possible duplicate: %1 (%2) and %3 (%4): %5</source>
        <translation>Възможен дубликат: %1 (%2) и %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="278"/>
        <source>Set aside: %1</source>
        <translation>Оставено настрана: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="285"/>
        <source>Also merged after waiting: %1</source>
        <translation>Обединен също след изчакване: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="288"/>
        <source>Backup before merging: %1</source>
        <translation>Резервно копие преди обединяването: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="294"/>
        <source>Changes set aside are not lost: they are kept, and merged as soon as this copy can use them (once Fieldcase is updated to the version that made them).</source>
        <translation>Отложените промени не се губят: те се пазят и се обединяват веднага щом това копие може да ги използва (след като Fieldcase бъде обновен до версията, която ги е създала).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="300"/>
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>Обединен е %n файл.</numerusform>
            <numerusform>Обединени са %n файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="302"/>
        <source>%n file(s) refused; they changed nothing.</source>
        <translation>
            <numerusform>%n файл е отхвърлен; не е променил нищо.</numerusform>
            <numerusform>%n файла са отхвърлени; не са променили нищо.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="306"/>
        <source>Preview: %n file(s) ready to merge.</source>
        <translation>
            <numerusform>Предварителен преглед: %n файл е готов за обединяване.</numerusform>
            <numerusform>Предварителен преглед: %n файла са готови за обединяване.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="307"/>
        <source>%n file(s) will be refused.</source>
        <translation>
            <numerusform>%n файл ще бъде отхвърлен.</numerusform>
            <numerusform>%n файла ще бъдат отхвърлени.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="308"/>
        <source>Nothing has been written yet.</source>
        <translation>Все още нищо не е записано.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NoteDialog</name>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Да бъдат ли запазени промените, които направихте тук?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeriodChooser</name>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="25"/>
        <source>Kind of period</source>
        <translation>Вид период</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="26"/>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="27"/>
        <source>Quarter</source>
        <translation>Тримесечие</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="28"/>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="29"/>
        <source>Whole programme</source>
        <translation>Цялата програма</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="31"/>
        <source>Which period</source>
        <translation>Кой период</translation>
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
        <translation>%1 до %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="142"/>
        <source>since %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/PeriodChooser.cpp" line="144"/>
        <source>every date on record</source>
        <translation>всички записани дати</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="37"/>
        <source>Possible duplicates already on this laptop</source>
        <translation>Възможни дубликати, които вече са на този лаптоп</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="40"/>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="47"/>
        <source>Open the &amp;existing record</source>
        <translation>Отваряне на &amp;съществуващия запис</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="93"/>
        <source>born %1</source>
        <translation>роден(а) %1</translation>
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
            <numerusform>%n лице, което вече е на този лаптоп, може да е същото лице (вижте по-долу). Отворете съществуващия запис или натиснете „Запазване“ отново, за да регистрирате въпреки това ново лице.</numerusform>
            <numerusform>%n лица, които вече са на този лаптоп, може да са същото лице (вижте по-долу). Отворете съществуващия запис или натиснете „Запазване“ отново, за да регистрирате въпреки това ново лице.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonListModel</name>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="101"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="103"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="105"/>
        <source>Household</source>
        <translation>Домакинство</translation>
    </message>
    <message>
        <location filename="../../ui/models/PersonListModel.cpp" line="107"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PlanDialog</name>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New family development plan</source>
        <translation>Нов семеен план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="38"/>
        <source>New individual development plan</source>
        <translation>Нов индивидуален план за подкрепа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="52"/>
        <source>Needs, goals and agreed services</source>
        <translation>Потребности, цели и договорени услуги</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="62"/>
        <source>Add...</source>
        <translation>Добавяне...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="63"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="76"/>
        <source>N&amp;eeds by area</source>
        <translation>&amp;Потребности по области</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="77"/>
        <source>&amp;Goals</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="78"/>
        <source>Agreed services and &amp;referrals</source>
        <translation>Договорени услуги и &amp;насочвания</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="80"/>
        <source>Add &amp;need...</source>
        <translation>Добавяне на по&amp;требност...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>Add g&amp;oal...</source>
        <translation>Добавяне на ц&amp;ел...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PlanDialog.cpp" line="82"/>
        <source>Add ser&amp;vice...</source>
        <translation>Добавяне на &amp;услуга...</translation>
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
        <translation>от %1</translation>
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
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="38"/>
        <source>New %1</source>
        <translation>Нов запис: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="73"/>
        <source>Correction &amp;note (required to change frozen data):</source>
        <translation>&amp;Бележка за корекцията (задължителна при промяна на заключени данни):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="75"/>
        <source>Why the stored data was wrong, e.g. &quot;certificate seen&quot;</source>
        <translation>Защо съхранените данни са били грешни, напр. „видян е документът“</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="206"/>
        <source>What you typed could not be kept as a draft: %1 Save the form now, or it is lost if this program or the computer stops.</source>
        <translation>Написаното не можа да бъде запазено като чернова: %1 Запишете формуляра сега, иначе ще се загуби, ако програмата или компютърът спре.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="228"/>
        <source>Restored what was typed here on %1 and not saved. Save it, or press Esc to throw it away.</source>
        <translation>Възстановено е въведеното тук на %1, което не беше запазено. Запазете го или натиснете Esc, за да го отхвърлите.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RecordDialog.cpp" line="330"/>
        <source>%1: this field is required.</source>
        <translation>%1: това поле е задължително.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Да бъдат ли запазени промените, които направихте тук?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="29"/>
        <source>Type a name to find the person</source>
        <translation>Въведете име, за да намерите лицето</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="30"/>
        <source>Type a name to find the household</source>
        <translation>Въведете име, за да намерите домакинството</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/RecordPicker.cpp" line="68"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Hand over: %1</source>
        <translation>Предаване на случая: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ReferralDialog.cpp" line="34"/>
        <source>Refer: %1</source>
        <translation>Насочване: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReportPane</name>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="76"/>
        <source>For &amp;outside the programme (counts under 5 people hidden)</source>
        <translation>За &amp;външни получатели (бройки под 5 лица са скрити)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="77"/>
        <source>A report for a funder or anyone outside the programme: no names, and every count of one to four people written as &lt;5 so that nobody can be recognised.</source>
        <translation>Отчет за финансиращата организация или за други извън програмата: без имена, а всяка бройка от едно до четири лица се записва като &lt;5, за да не може никой да бъде разпознат.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="79"/>
        <source>Export &amp;CSV...</source>
        <translation>Експорт в &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="80"/>
        <source>Export &amp;XLSX...</source>
        <translation>Експорт в &amp;XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPane.cpp" line="81"/>
        <source>Export P&amp;DF...</source>
        <translation>Експорт в P&amp;DF...</translation>
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
        <translation>Скрито, за да не може малка бройка другаде в таблицата да бъде изчислена от общите суми.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="117"/>
        <source>Fewer than 5 people: hidden so that nobody can be recognised outside the programme.</source>
        <translation>По-малко от 5 лица: скрито, за да не може никой да бъде разпознат извън програмата.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReviewDialog</name>
    <message>
        <location filename="../../ui/CaseActions.cpp" line="38"/>
        <source>Review the plan</source>
        <translation>Преглед на плана</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="26"/>
        <source>Change the referral&apos;s status</source>
        <translation>Промяна на статуса на насочването</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="30"/>
        <source>Now: %1</source>
        <translation>Сега: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="43"/>
        <source>New &amp;status</source>
        <translation>Нов &amp;статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="44"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="45"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Резултат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="60"/>
        <source>This referral is %1; its status does not change any more.</source>
        <translation>Това насочване е със статус „%1“; статусът му вече не се променя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/StatusDialog.cpp" line="80"/>
        <source>Date: &quot;%1&quot; is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>Дата: „%1“ не е дата; въведете я като година-месец-ден, например 2026-03-31.</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="vanished">Да бъдат ли запазени промените, които направихте тук?</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="69"/>
        <source>Record a visit or service: %1</source>
        <translation>Записване на посещение или услуга: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="70"/>
        <source>Correct a visit: %1</source>
        <translation>Коригиране на посещение: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="76"/>
        <source>Who was there, plan goals and tasks</source>
        <translation>Кой е присъствал, цели от плана и задачи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="78"/>
        <source>&amp;Present</source>
        <translation>&amp;Присъстващи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="80"/>
        <source>Present</source>
        <translation>Присъстващи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="82"/>
        <source>Plan goals &amp;worked on</source>
        <translation>&amp;Цели от плана, по които е работено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="84"/>
        <source>Plan goals worked on</source>
        <translation>Цели от плана, по които е работено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="91"/>
        <source>Tas&amp;ks agreed (what, who, by when as YYYY-MM-DD)</source>
        <translation>Договорени &amp;задачи (какво, кой, до кога, като ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="93"/>
        <source>Tasks agreed</source>
        <translation>Договорени задачи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="335"/>
        <source>Task %1 says who and by when but not what is to be done; write the task or clear the line.</source>
        <translation>В задача %1 е посочено кой и до кога, но не и какво трябва да се направи; опишете задачата или изчистете реда.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="340"/>
        <source>Task %1 (%2): %3</source>
        <translation>Задача %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="40"/>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="94"/>
        <source>Deadline</source>
        <translation>Краен срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="105"/>
        <source>&amp;Add task</source>
        <translation>&amp;Добавяне на задача</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (experience expert)</source>
        <translation>%1 (експерт с личен опит)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="200"/>
        <source>%1 (staff)</source>
        <translation>%1 (служител)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/VisitDialog.cpp" line="249"/>
        <source>(no plan goals yet)</source>
        <translation>(все още няма цели в плана)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="26"/>
        <source>Case management for social inclusion work.</source>
        <translation>Управление на случаи в работата по социално включване.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>The database to open.</source>
        <translation>Базата данни, която да се отвори.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="30"/>
        <source>PATH</source>
        <translation>ПЪТ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>Запазва изображение на главния прозорец във ФАЙЛ и излиза.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="35"/>
        <source>Save pictures of the main screens into FOLDER and quit.</source>
        <translation>Запазва изображения на главните екрани в ПАПКА и излиза.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="36"/>
        <source>FOLDER</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="46"/>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="74"/>
        <source>%1 could not be written.</source>
        <translation>%1 не можа да бъде записан.</translation>
    </message>
</context>
</TS>
