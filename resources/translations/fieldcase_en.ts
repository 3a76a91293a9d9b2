<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsData.cpp" line="+234"/>
        <source>fieldcase-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>fieldcase-cli: %n problem found.</numerusform>
            <numerusform>fieldcase-cli: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsExchange.cpp" line="+100"/>
        <source>Enrolled the laptop &quot;%1&quot; (device %2): %n record(s) of caseload and reference data in %3.</source>
        <translation>
            <numerusform>Enrolled the laptop &quot;%1&quot; (device %2): %n record of caseload and reference data in %3.</numerusform>
            <numerusform>Enrolled the laptop &quot;%1&quot; (device %2): %n records of caseload and reference data in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Joined as &quot;%1&quot;: %n record(s) received.</source>
        <translation>
            <numerusform>Joined as &quot;%1&quot;: %n record received.</numerusform>
            <numerusform>Joined as &quot;%1&quot;: %n records received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.</source>
        <translation>
            <numerusform>Exported %n change as file %1 of this laptop to %2, with everything since file %3.</numerusform>
            <numerusform>Exported %n changes as file %1 of this laptop to %2, with everything since file %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n change(s) as file %1 of this laptop to %2.</source>
        <translation>
            <numerusform>Exported %n change as file %1 of this laptop to %2.</numerusform>
            <numerusform>Exported %n changes as file %1 of this laptop to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</source>
        <translation>
            <numerusform>%n change that an earlier merge had set aside is merged now (%1 new, %2 changed, %3 conflicting).</numerusform>
            <numerusform>%n changes that earlier merges had set aside are merged now (%1 new, %2 changed, %3 conflicting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>fieldcase-cli: %n file(s) refused; the database is unchanged by them.</source>
        <translation>
            <numerusform>fieldcase-cli: %n file refused; the database is unchanged by it.</numerusform>
            <numerusform>fieldcase-cli: %n files refused; the database is unchanged by them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n open conflict.</numerusform>
            <numerusform>%n open conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3, with everything since return package %4.</source>
        <translation>
            <numerusform>Wrote return package %1 for &quot;%2&quot;: %n change to %3, with everything since return package %4.</numerusform>
            <numerusform>Wrote return package %1 for &quot;%2&quot;: %n changes to %3, with everything since return package %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote return package %1 for &quot;%2&quot;: %n change(s) to %3.</source>
        <translation>
            <numerusform>Wrote return package %1 for &quot;%2&quot;: %n change to %3.</numerusform>
            <numerusform>Wrote return package %1 for &quot;%2&quot;: %n changes to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Merged: %n record(s) now point at the person kept.</source>
        <translation>
            <numerusform>Merged: %n record now points at the person kept.</numerusform>
            <numerusform>Merged: %n records now point at the person kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n detail(s) that only the duplicate had were taken over.</source>
        <translation>
            <numerusform>%n detail that only the duplicate had was taken over.</numerusform>
            <numerusform>%n details that only the duplicate had were taken over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</source>
        <translation>
            <numerusform>%n differing value of the two awaits a decision in the conflict inbox: list it with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</numerusform>
            <numerusform>%n differing values of the two await a decision in the conflict inbox: list them with conflicts, decide with resolve. Until then the kept person&apos;s values stay in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</source>
        <translation>
            <numerusform>%n change merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</numerusform>
            <numerusform>%n changes merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n change(s) still set aside.</source>
        <translation>
            <numerusform>%n change still set aside.</numerusform>
            <numerusform>%n changes still set aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n change(s) set aside.</source>
        <translation>
            <numerusform>%n change set aside.</numerusform>
            <numerusform>%n changes set aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CommandsReports.cpp" line="+137"/>
        <source>Wrote %1 (%2): %n row(s), for outside the programme; cells suppressed: %3.</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n row, for outside the programme; cells suppressed: %3.</numerusform>
            <numerusform>Wrote %1 (%2): %n rows, for outside the programme; cells suppressed: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave the programme.</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n row, internal: small counts are shown, so the file must not leave the programme.</numerusform>
            <numerusform>Wrote %1 (%2): %n rows, internal: small counts are shown, so the file must not leave the programme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message numerus="yes">
        <location filename="../../core/exchange/ConflictStore.cpp" line="+170"/>
        <source>Conflict %1 has %n version(s); choose one of them.</source>
        <translation>
            <numerusform>Conflict %1 has %n version; choose one of them.</numerusform>
            <numerusform>Conflict %1 has %n versions; choose one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message numerus="yes">
        <location filename="../../ui/views/PeopleHtml.cpp" line="+35"/>
        <source>%1 (%n year(s) old)</source>
        <translation>
            <numerusform>%1 (%n year old)</numerusform>
            <numerusform>%1 (%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform>
            <numerusform>Members (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message numerus="yes">
        <location filename="../../core/documents/CaseSummaryDocument.cpp" line="+90"/>
        <source>%n goal(s) in the health area are not shown here; the plan itself holds them.</source>
        <translation>
            <numerusform>%n goal in the health area is not shown here; the plan itself holds it.</numerusform>
            <numerusform>%n goals in the health area are not shown here; the plan itself holds them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/ExchangeActions.cpp" line="+138"/>
        <source>Return package %1 for &quot;%2&quot; written: %n change(s).</source>
        <translation>
            <numerusform>Return package %1 for &quot;%2&quot; written: %n change.</numerusform>
            <numerusform>Return package %1 for &quot;%2&quot; written: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file to your supervisor.</source>
        <translation>
            <numerusform>Exported %n change as file %1 to %2, with everything since file %3. Give the file to your supervisor.</numerusform>
            <numerusform>Exported %n changes as file %1 to %2, with everything since file %3. Give the file to your supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n change(s) as file %1 to %2. Give the file to your supervisor.</source>
        <translation>
            <numerusform>Exported %n change as file %1 to %2. Give the file to your supervisor.</numerusform>
            <numerusform>Exported %n changes as file %1 to %2. Give the file to your supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>&amp;Conflict inbox (%n open)...</source>
        <translation>
            <numerusform>&amp;Conflict inbox (%n open)...</numerusform>
            <numerusform>&amp;Conflict inbox (%n open)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../../core/exchange/Importer.cpp" line="+182"/>
        <source>When %1 wrote this file, it had merged none of the %n return package(s) written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>When %1 wrote this file, it had not yet merged the return package written for it. If it was lost, write its return package again with everything.</numerusform>
            <numerusform>When %1 wrote this file, it had merged none of the %n return packages written for it. If one was lost, write its return package again with everything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</source>
        <translation>
            <numerusform>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</numerusform>
            <numerusform>When %1 wrote this file, the last return package it had merged was number %2 of the %n written for it. If one was lost, write its return package again with everything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>When the central copy wrote this package, it had merged none of the %n file(s) this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>When the central copy wrote this package, it had not yet merged the file this laptop exported. If it was lost, or was not given to the supervisor, export everything again.</numerusform>
            <numerusform>When the central copy wrote this package, it had merged none of the %n files this laptop exported. If one was lost, or was not given to the supervisor, export everything again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</source>
        <translation>
            <numerusform>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</numerusform>
            <numerusform>When the central copy wrote this package, it had merged this laptop&apos;s files up to number %1 of the %n exported. If one was lost, or was not given to the supervisor, export everything again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message numerus="yes">
        <location filename="../../core/exchange/Merger.cpp" line="+611"/>
        <source>The changes refer to %n record(s) that this copy does not have. Merge the earlier files from the same laptop first, or ask for a new export.</source>
        <translation>
            <numerusform>The changes refer to %n record that this copy does not have. Merge the earlier files from the same laptop first, or ask for a new export.</numerusform>
            <numerusform>The changes refer to %n records that this copy does not have. Merge the earlier files from the same laptop first, or ask for a new export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message numerus="yes">
        <location filename="../../core/domain/RecordStore.cpp" line="+483"/>
        <source>This %1 cannot be deleted: %n record(s) of type &quot;%2&quot; still point at it (%3). Change or delete those first.</source>
        <translation>
            <numerusform>This %1 cannot be deleted: %n record of type &quot;%2&quot; still points at it (%3). Change or delete it first.</numerusform>
            <numerusform>This %1 cannot be deleted: %n records of type &quot;%2&quot; still point at it (%3). Change or delete those first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportExport.cpp" line="+48"/>
        <source>Saved &quot;%1&quot; (%2) as %3 to %4: %n row(s).</source>
        <translation>
            <numerusform>Saved &quot;%1&quot; (%2) as %3 to %4: %n row.</numerusform>
            <numerusform>Saved &quot;%1&quot; (%2) as %3 to %4: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>For outside the programme: %n cell(s) hidden (&lt;5 or x).</source>
        <translation>
            <numerusform>For outside the programme: %n cell hidden (&lt;5 or x).</numerusform>
            <numerusform>For outside the programme: %n cells hidden (&lt;5 or x).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message numerus="yes">
        <location filename="../../app/cli/VerbParser.cpp" line="+59"/>
        <source>fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside are merged now.</source>
        <translation>
            <numerusform>fieldcase-cli: the database was upgraded; %n change that an earlier merge had set aside is merged now.</numerusform>
            <numerusform>fieldcase-cli: the database was upgraded; %n changes that earlier merges had set aside are merged now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuplicateReview</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/DuplicateReview.cpp" line="+114"/>
        <source>Merged into %1: %n record(s) moved over.</source>
        <translation>
            <numerusform>Merged into %1: %n record moved over.</numerusform>
            <numerusform>Merged into %1: %n records moved over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n differing value(s) of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n differing value of the two awaits a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</numerusform>
            <numerusform>%n differing values of the two await a decision in the conflict inbox (Exchange menu, Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EnrolDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/EnrolDialog.cpp" line="+134"/>
        <source>Enrolled &quot;%1&quot;: %n record(s) in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</source>
        <translation>
            <numerusform>Enrolled &quot;%1&quot;: %n record in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</numerusform>
            <numerusform>Enrolled &quot;%1&quot;: %n records in %2. Tell the worker the passphrase above by phone or on paper, never together with the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+145"/>
        <source>%n form(s) were not saved last time; open the same form again to continue where you left off.</source>
        <translation>
            <numerusform>%n form was not saved last time; open the same form again to continue where you left off.</numerusform>
            <numerusform>%n forms were not saved last time; open the same form again to continue where you left off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+374"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MemberListDialog</name>
    <message numerus="yes">
        <location filename="../../ui/reports/MemberListDialog.cpp" line="+127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 of %n record</numerusform>
            <numerusform>%1 of %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MergeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="+219"/>
        <source>%n change(s) that earlier merges had set aside are merged now, as this copy can use them.</source>
        <translation>
            <numerusform>%n change that an earlier merge had set aside is merged now, as this copy can use it.</numerusform>
            <numerusform>%n changes that earlier merges had set aside are merged now, as this copy can use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) that earlier merges had set aside will be merged first, as this copy can use them now.</source>
        <translation>
            <numerusform>%n change that an earlier merge had set aside will be merged first, as this copy can use it now.</numerusform>
            <numerusform>%n changes that earlier merges had set aside will be merged first, as this copy can use them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1; %n change(s) set aside</source>
        <translation>
            <numerusform>%1; %n change set aside</numerusform>
            <numerusform>%1; %n changes set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>Merged %n file.</numerusform>
            <numerusform>Merged %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) refused; they changed nothing.</source>
        <translation>
            <numerusform>%n file refused; it changed nothing.</numerusform>
            <numerusform>%n files refused; they changed nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Preview: %n file(s) ready to merge.</source>
        <translation>
            <numerusform>Preview: %n file ready to merge.</numerusform>
            <numerusform>Preview: %n files ready to merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) will be refused.</source>
        <translation>
            <numerusform>%n file will be refused.</numerusform>
            <numerusform>%n files will be refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PersonDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/PersonDialog.cpp" line="+121"/>
        <source>%n person(s) already on this laptop may be the same person (see below). Open the existing record, or press Save again to register a new person anyway.</source>
        <translation>
            <numerusform>%n person already on this laptop may be the same person (see below). Open the existing record, or press Save again to register a new person anyway.</numerusform>
            <numerusform>%n people already on this laptop may be the same person (see below). Open the existing record, or press Save again to register a new person anyway.</numerusform>
        </translation>
    </message>
</context>
</TS>
