<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../desktop/measures_editor.py" line="302"/>
        <source>Add a measure</source>
        <translation>Add a measure</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="304"/>
        <source>Remove the selected measure</source>
        <translation>Remove the selected measure</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="331"/>
        <source>Double-click a cell or press F2 to change the measure, type its time or say who took it.</source>
        <translation>Double-click a cell or press F2 to change the measure, type its time or say who took it.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../desktop/measures_editor.py" line="113"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="114"/>
        <source>When (empty = unknown)</source>
        <translation>When (empty = unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="115"/>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="143"/>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="149"/>
        <source>This measure is dated before the content was posted.</source>
        <translation>This measure is dated before the content was posted.</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="198"/>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
</context>
<context>
    <name>AnswerSummary</name>
    <message>
        <location filename="../../desktop/answer.py" line="84"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/answer.py" line="100"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/answer.py" line="112"/>
        <source>Answer: the outcome, why, and what is missing</source>
        <translation>Answer: the outcome, why, and what is missing</translation>
    </message>
</context>
<context>
    <name>AskedQuestion</name>
    <message>
        <location filename="../../desktop/entry.py" line="138"/>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../desktop/entry.py" line="229"/>
        <source>Questions about the case</source>
        <translation>Questions about the case</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="282"/>
        <source>Case title (for your own list)</source>
        <translation>Case title (for your own list)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="287"/>
        <source>e.g. Owners&apos; group, insults over fees</source>
        <translation>e.g. Owners&apos; group, insults over fees</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="298"/>
        <source>Step 1 · The basics</source>
        <translation>Step 1 · The basics</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="315"/>
        <source>Step 2 · The content</source>
        <translation>Step 2 · The content</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="323"/>
        <source>Step 3 · The people</source>
        <translation>Step 3 · The people</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="338"/>
        <source>Step 4 · What the owner did</source>
        <translation>Step 4 · What the owner did</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="351"/>
        <source>Your own judgement. Leave it at Don&apos;t know to let the app apply its time window (see Settings).</source>
        <translation>Your own judgement. Leave it at Don&apos;t know to let the app apply its time window (see Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="358"/>
        <location filename="../../desktop/entry.py" line="361"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="385"/>
        <source>Tags (for your own list and its search)</source>
        <translation>Tags (for your own list and its search)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="386"/>
        <source>e.g. property, noise; separate tags with commas or spaces</source>
        <translation>e.g. property, noise; separate tags with commas or spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="391"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="396"/>
        <source>Optional. Kept with the case in this app only: never written to an exported case file, and replaced in a redacted PDF.</source>
        <translation>Optional. Kept with the case in this app only: never written to an exported case file, and replaced in a redacted PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="405"/>
        <source>Name of the person who posted</source>
        <translation>Name of the person who posted</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="411"/>
        <source>Name of the person harmed</source>
        <translation>Name of the person harmed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entry.py" line="508"/>
        <source>%n question(s) that affect the outcome are still unanswered</source>
        <translation>
            <numerusform>%n question that affects the outcome is still unanswered</numerusform>
            <numerusform>%n questions that affect the outcome are still unanswered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="510"/>
        <source>Every question that affects the outcome is answered</source>
        <translation>Every question that affects the outcome is answered</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="673"/>
        <source>Measure %1 is dated before the content was posted.</source>
        <translation>Measure %1 is dated before the content was posted.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/caselist.py" line="180"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="182"/>
        <source>Incident date</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="183"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="181"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="184"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="185"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="218"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../desktop/caselist.py" line="278"/>
        <source>Search titles, notes and tags</source>
        <translation>Search titles, notes and tags</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="279"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="286"/>
        <source>Only this outcome</source>
        <translation>Only this outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="287"/>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="292"/>
        <source>Only this platform</source>
        <translation>Only this platform</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="293"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="298"/>
        <source>from YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="299"/>
        <source>Incidents from this date</source>
        <translation>Incidents from this date</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="302"/>
        <source>to YYYY-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="303"/>
        <source>Incidents up to this date</source>
        <translation>Incidents up to this date</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="317"/>
        <location filename="../../desktop/caselist.py" line="319"/>
        <source>Show the trash</source>
        <translation>Show the trash</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="325"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="358"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="358"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="360"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="360"/>
        <source>Duplicate the selected case</source>
        <translation>Duplicate the selected case</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="363"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="363"/>
        <source>Move the selected case to the trash</source>
        <translation>Move the selected case to the trash</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="366"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="366"/>
        <source>Restore the selected case</source>
        <translation>Restore the selected case</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/caselist.py" line="535"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="671"/>
        <source>&amp;Law:</source>
        <translation>&amp;Law:</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="672"/>
        <source>Law whose versions to compare</source>
        <translation>Law whose versions to compare</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="673"/>
        <source>Article numbers in each version</source>
        <translation>Article numbers in each version</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="675"/>
        <source>%1 text</source>
        <translation>%1 text</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="741"/>
        <source>The %1 text has no such provision (%2).</source>
        <translation>The %1 text has no such provision (%2).</translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <location filename="../../desktop/content_checklist.py" line="156"/>
        <source>Tick every kind that applies.</source>
        <translation>Tick every kind that applies.</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="242"/>
        <source>e.g. 300; leave empty if unknown</source>
        <translation>e.g. 300; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="247"/>
        <source>Please enter a whole number, e.g. 300.</source>
        <translation>Please enter a whole number, e.g. 300.</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="249"/>
        <source>That is more members than any group has.</source>
        <translation>That is more members than any group has.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/fields.py" line="252"/>
        <source>A group has at least %n members.</source>
        <translation>
            <numerusform>A group has at least %n members.</numerusform>
            <numerusform>A group has at least %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="332"/>
        <source>e.g. 2019-03-05, 2019/3 or 2019; leave empty if unknown</source>
        <translation>e.g. 2019-03-05, 2019/3 or 2019; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="338"/>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
</context>
<context>
    <name>DateTimeLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="350"/>
        <source>e.g. 2019-03-05 20:30, or just 2019-03-05; leave empty if unknown</source>
        <translation>e.g. 2019-03-05 20:30, or just 2019-03-05; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="357"/>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
</context>
<context>
    <name>EnumChoice</name>
    <message>
        <location filename="../../desktop/fields.py" line="104"/>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
</context>
<context>
    <name>LawBrowser</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="109"/>
        <source>Constitution</source>
        <translation>Constitution</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="110"/>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="111"/>
        <source>Administrative regulation</source>
        <translation>Administrative regulation</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="114"/>
        <source>Departmental rule</source>
        <translation>Departmental rule</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="115"/>
        <source>Departmental normative document</source>
        <translation>Departmental normative document</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="118"/>
        <source>Judicial interpretation</source>
        <translation>Judicial interpretation</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="142"/>
        <source>in force from %1</source>
        <translation>in force from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="144"/>
        <source>in force %1 to %2</source>
        <translation>in force %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="549"/>
        <source>adopted/amended: %1</source>
        <translation>adopted/amended: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="554"/>
        <source>article number to be checked</source>
        <translation>article number to be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="571"/>
        <source>Source: </source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="576"/>
        <source>⚠️ Article number to be checked: the text is verified, but the number was inferred from the structure.</source>
        <translation>⚠️ Article number to be checked: the text is verified, but the number was inferred from the structure.</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="583"/>
        <location filename="../../desktop/law_browser.py" line="616"/>
        <source>Note: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="585"/>
        <source>✅ two or more independent sources agree · ☑️ single source · ⚠️ number inferred</source>
        <translation>✅ two or more independent sources agree · ☑️ single source · ⚠️ number inferred</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="599"/>
        <source>This is not the text of a law.</source>
        <translation>This is not the text of a law.</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="601"/>
        <source>Quoted verbatim:</source>
        <translation>Quoted verbatim:</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="603"/>
        <source>This app&apos;s paraphrase, not the original:</source>
        <translation>This app&apos;s paraphrase, not the original:</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="838"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="840"/>
        <source>Any words of the texts, e.g. %1</source>
        <translation>Any words of the texts, e.g. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="842"/>
        <source>Search the law texts</source>
        <translation>Search the law texts</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="843"/>
        <source>Laws, versions and articles</source>
        <translation>Laws, versions and articles</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="844"/>
        <source>Text of the selected article</source>
        <translation>Text of the selected article</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="845"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="846"/>
        <source>&amp;Compare versions</source>
        <translation>&amp;Compare versions</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="847"/>
        <source>The article&apos;s text or a comparison of its versions</source>
        <translation>The article&apos;s text or a comparison of its versions</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="949"/>
        <source>✅ verified · ☑️ single source · ⚠️ number inferred (to be checked)</source>
        <translation>✅ verified · ☑️ single source · ⚠️ number inferred (to be checked)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/law_browser.py" line="953"/>
        <source>%n article(s) contain these words</source>
        <translation>
            <numerusform>%n article contains these words</numerusform>
            <numerusform>%n articles contain these words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="1011"/>
        <source>The same provision in other versions:</source>
        <translation>The same provision in other versions:</translation>
    </message>
</context>
<context>
    <name>LawTreeModel</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="260"/>
        <source>%1 text · %2</source>
        <translation>%1 text · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="271"/>
        <source>article number to be checked</source>
        <translation>article number to be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="275"/>
        <source>Interpretation, commentary and practice (not law)</source>
        <translation>Interpretation, commentary and practice (not law)</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="292"/>
        <source>The article number was inferred from the structure; the text is verified. Check the number before citing it.</source>
        <translation>The article number was inferred from the structure; the text is verified. Check the number before citing it.</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="395"/>
        <source>Laws, versions and articles</source>
        <translation>Laws, versions and articles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="183"/>
        <source>Group-Owner Liability Analyzer</source>
        <translation>Group-Owner Liability Analyzer</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="201"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="284"/>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="287"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Import case file…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="289"/>
        <source>&amp;Export case file…</source>
        <translation>&amp;Export case file…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="291"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="296"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="299"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="302"/>
        <source>&amp;Duplicate case</source>
        <translation>&amp;Duplicate case</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="303"/>
        <source>Move case to &amp;trash</source>
        <translation>Move case to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="307"/>
        <source>&amp;Law texts</source>
        <translation>&amp;Law texts</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="309"/>
        <source>Common &amp;misreadings</source>
        <translation>Common &amp;misreadings</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="313"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="314"/>
        <source>&amp;Case list</source>
        <translation>&amp;Case list</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="329"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="342"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="346"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="348"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="477"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="511"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="513"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="515"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="517"/>
        <source>name of the person who posted</source>
        <translation>name of the person who posted</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="519"/>
        <source>name of the person harmed</source>
        <translation>name of the person harmed</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="522"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="536"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="540"/>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="544"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="592"/>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="647"/>
        <source>case summary</source>
        <translation>case summary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="672"/>
        <source>PDF written: %1</source>
        <translation>PDF written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="684"/>
        <location filename="../../desktop/mainwindow.py" line="829"/>
        <source>Law texts</source>
        <translation>Law texts</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="706"/>
        <location filename="../../desktop/mainwindow.py" line="832"/>
        <source>Common misreadings</source>
        <translation>Common misreadings</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="726"/>
        <source>Side panels</source>
        <translation>Side panels</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="760"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="762"/>
        <source>Group-Owner Liability Analyzer, ruleset %1. An aid for legal-aid volunteers; not legal advice.</source>
        <translation>Group-Owner Liability Analyzer, ruleset %1. An aid for legal-aid volunteers; not legal advice.</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <location filename="../../desktop/migration_progress.py" line="43"/>
        <source>Upgrading the case store</source>
        <translation>Upgrading the case store</translation>
    </message>
    <message>
        <location filename="../../desktop/migration_progress.py" line="46"/>
        <source>Saved cases are being converted to case format version 2. Nothing is lost; please wait.</source>
        <translation>Saved cases are being converted to case format version 2. Nothing is lost; please wait.</translation>
    </message>
</context>
<context>
    <name>MisreadingsPage</name>
    <message>
        <location filename="../../desktop/misreadings.py" line="149"/>
        <source>Common misreadings</source>
        <translation>Common misreadings</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="150"/>
        <source>This app&apos;s answer, the clauses and the sources</source>
        <translation>This app&apos;s answer, the clauses and the sources</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="208"/>
        <source>Misreading: </source>
        <translation>Misreading: </translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="209"/>
        <source>Steps of the analysis that decide it</source>
        <translation>Steps of the analysis that decide it</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="210"/>
        <source>Clauses (verbatim, Chinese)</source>
        <translation>Clauses (verbatim, Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="211"/>
        <source>Sources and interpretation (not law)</source>
        <translation>Sources and interpretation (not law)</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="238"/>
        <source>2017 press explainer, part %1</source>
        <translation>2017 press explainer, part %1</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="68"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="72"/>
        <source>Volunteer&apos;s name</source>
        <translation>Volunteer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="73"/>
        <source>Printed on the report; may stay empty</source>
        <translation>Printed on the report; may stay empty</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="75"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="78"/>
        <source>&amp;Redact personal data (names, phone and ID numbers, e-mail and addresses…)</source>
        <translation>&amp;Redact personal data (names, phone and ID numbers, e-mail and addresses…)</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="82"/>
        <source>Redact personal data</source>
        <translation>Redact personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="85"/>
        <source>Names to replace</source>
        <translation>Names to replace</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="86"/>
        <source>Separate names with commas</source>
        <translation>Separate names with commas</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="88"/>
        <source>&amp;Names to replace:</source>
        <translation>&amp;Names to replace:</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="92"/>
        <source>Names found in the title and notes after words such as plaintiff or group owner are filled in: add anyone else named in the case and remove words that are not names. Phone and ID numbers, WeChat and QQ IDs, e-mail and street addresses are found without a list. The whole report is redacted, its title, running header and file properties included.</source>
        <translation>Names found in the title and notes after words such as plaintiff or group owner are filled in: add anyone else named in the case and remove words that are not names. Phone and ID numbers, WeChat and QQ IDs, e-mail and street addresses are found without a list. The whole report is redacted, its title, running header and file properties included.</translation>
    </message>
</context>
<context>
    <name>ProvisionCompareModel</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="493"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="515"/>
        <source>Provision (key)</source>
        <translation>Provision (key)</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="517"/>
        <source>%1 text</source>
        <translation>%1 text</translation>
    </message>
</context>
<context>
    <name>ReasoningPanel</name>
    <message>
        <location filename="../../desktop/reasoning.py" line="204"/>
        <source>Step-by-step reasoning</source>
        <translation>Step-by-step reasoning</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="363"/>
        <location filename="../../desktop/reasoning.py" line="382"/>
        <source>Show why</source>
        <translation>Show why</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="363"/>
        <location filename="../../desktop/reasoning.py" line="382"/>
        <source>Hide why</source>
        <translation>Hide why</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="426"/>
        <source>Common misreading: read more</source>
        <translation>Common misreading: read more</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="445"/>
        <source>Hide the text</source>
        <translation>Hide the text</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="445"/>
        <source>Show the text</source>
        <translation>Show the text</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>This app&apos;s assumptions (recorded with every analysis)</source>
        <translation>This app&apos;s assumptions (recorded with every analysis)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="57"/>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Time window for a prompt measure, in hours (this app&apos;s assumption)</source>
        <translation>Time window for a prompt measure, in hours (this app&apos;s assumption)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Hours after which a measure is late (this app&apos;s assumption)</source>
        <translation>Hours after which a measure is late (this app&apos;s assumption)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <source> members</source>
        <translation> members</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>Largest family-only group treated as private (this app&apos;s assumption)</source>
        <translation>Largest family-only group treated as private (this app&apos;s assumption)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>&amp;Timeliness window:</source>
        <translation>&amp;Timeliness window:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>L&amp;ate after:</source>
        <translation>L&amp;ate after:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="81"/>
        <source>Largest small &amp;family group:</source>
        <translation>Largest small &amp;family group:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>These values are this app&apos;s assumptions, not rules of law. Timeliness: how many hours after the owner learns of unlawful content a measure still counts as prompt (step 6, duty of care); past the late hours it is late, and in between only your own judgement of promptness decides. Small family group: up to how many members a group made up only of family members is treated as a private space (step 2, group or private space). Every analysis records the values it used; a change affects later analyses only.</source>
        <translation>These values are this app&apos;s assumptions, not rules of law. Timeliness: how many hours after the owner learns of unlawful content a measure still counts as prompt (step 6, duty of care); past the late hours it is late, and in between only your own judgement of promptness decides. Small family group: up to how many members a group made up only of family members is treated as a private space (step 2, group or private space). Every analysis records the values it used; a change affects later analyses only.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="102"/>
        <source>Volunteer and interface</source>
        <translation>Volunteer and interface</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="105"/>
        <source>Volunteer&apos;s name</source>
        <translation>Volunteer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106"/>
        <source>Optional; printed on reports</source>
        <translation>Optional; printed on reports</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="112"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="117"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="118"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="120"/>
        <source>Font size in points; the lowest value means the system default</source>
        <translation>Font size in points; the lowest value means the system default</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="122"/>
        <source>Volunteer&apos;s &amp;name:</source>
        <translation>Volunteer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="126"/>
        <source>Font &amp;size:</source>
        <translation>Font &amp;size:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="129"/>
        <source>Law texts are always shown in the original Chinese.</source>
        <translation>Law texts are always shown in the original Chinese.</translation>
    </message>
</context>
<context>
    <name>TallyLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="264"/>
        <source>e.g. 120; leave empty if unknown</source>
        <translation>e.g. 120; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="268"/>
        <source>Please enter a whole number, e.g. 120.</source>
        <translation>Please enter a whole number, e.g. 120.</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="270"/>
        <source>That number is too large.</source>
        <translation>That number is too large.</translation>
    </message>
</context>
<context>
    <name>TriStateChoice</name>
    <message>
        <location filename="../../desktop/fields.py" line="49"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="49"/>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/instance.py" line="33"/>
        <source>This case store is already open in another window of this app. Switch to that window: two windows on one store would overwrite each other&apos;s edits.

Store: %1

If no window is using it (for example, the app stopped on another computer that shares this store), close this message and delete the lock file: %2</source>
        <translation>This case store is already open in another window of this app. Switch to that window: two windows on one store would overwrite each other&apos;s edits.

Store: %1

If no window is using it (for example, the app stopped on another computer that shares this store), close this message and delete the lock file: %2</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/crash.py" line="19"/>
        <source>The app ran into an unexpected problem. Your cases are saved after every change, so nothing you entered before this moment is lost. You can keep working; if it happens again, please send the details below to the developers.</source>
        <translation>The app ran into an unexpected problem. Your cases are saved after every change, so nothing you entered before this moment is lost. You can keep working; if it happens again, please send the details below to the developers.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="28"/>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="30"/>
        <source>This app helps legal-aid volunteers think through whether a group owner is responsible under the 2017 Provisions on the Administration of Internet Group Information Services.</source>
        <translation>This app helps legal-aid volunteers think through whether a group owner is responsible under the 2017 Provisions on the Administration of Internet Group Information Services.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="38"/>
        <source>It is not legal advice. It shows the clauses and the reasoning so that you can check them; a lawyer must confirm any conclusion. Your cases stay on this computer.</source>
        <translation>It is not legal advice. It shows the clauses and the reasoning so that you can check them; a lawyer must confirm any conclusion. Your cases stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="46"/>
        <source>I understand</source>
        <translation>I understand</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="49"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="66"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="68"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="83"/>
        <source>Import case file</source>
        <translation>Import case file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="85"/>
        <location filename="../../desktop/dialogs.py" line="98"/>
        <source>Case files (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="96"/>
        <source>Export case file</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="113"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
</TS>
