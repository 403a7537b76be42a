<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionsEditor</name>
    <message>
        <location filename="../../desktop/measures_editor.py" line="302"/>
        <source>Add a measure</source>
        <translation>添加一项措施</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="304"/>
        <source>Remove the selected measure</source>
        <translation>删除所选措施</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="331"/>
        <source>Double-click a cell or press F2 to change the measure, type its time or say who took it.</source>
        <translation>双击单元格或按 F2，可更改措施、填写时间或选择由谁采取。</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../desktop/measures_editor.py" line="113"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="114"/>
        <source>When (empty = unknown)</source>
        <translation>时间（留空 = 不知道）</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="115"/>
        <source>Taken by</source>
        <translation>由谁采取</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="143"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="149"/>
        <source>This measure is dated before the content was posted.</source>
        <translation>这项措施的时间早于信息发布的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/measures_editor.py" line="198"/>
        <source>This time is in the future.</source>
        <translation>这个时间晚于现在。</translation>
    </message>
</context>
<context>
    <name>AnswerSummary</name>
    <message>
        <location filename="../../desktop/answer.py" line="84"/>
        <source>Answer</source>
        <translation>结论摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/answer.py" line="100"/>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/answer.py" line="112"/>
        <source>Answer: the outcome, why, and what is missing</source>
        <translation>结论：结果、理由和尚缺的事实</translation>
    </message>
</context>
<context>
    <name>AskedQuestion</name>
    <message>
        <location filename="../../desktop/entry.py" line="138"/>
        <source>Help: %1</source>
        <translation>说明：%1</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../desktop/entry.py" line="229"/>
        <source>Questions about the case</source>
        <translation>案件问题</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="282"/>
        <source>Case title (for your own list)</source>
        <translation>案件标题（仅用于您自己的列表）</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="287"/>
        <source>e.g. Owners&apos; group, insults over fees</source>
        <translation>例如：业主群物业费纠纷中的辱骂</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="298"/>
        <source>Step 1 · The basics</source>
        <translation>第 1 步 · 基本情况</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="315"/>
        <source>Step 2 · The content</source>
        <translation>第 2 步 · 信息内容</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="323"/>
        <source>Step 3 · The people</source>
        <translation>第 3 步 · 当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="338"/>
        <source>Step 4 · What the owner did</source>
        <translation>第 4 步 · 群主的处理</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="351"/>
        <source>Your own judgement. Leave it at Don&apos;t know to let the app apply its time window (see Settings).</source>
        <translation>这是您自己的判断。选“不知道”时，由应用按设置中的及时期限判断。</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="358"/>
        <location filename="../../desktop/entry.py" line="361"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="385"/>
        <source>Tags (for your own list and its search)</source>
        <translation>标签（用于您自己的案件列表和搜索）</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="386"/>
        <source>e.g. property, noise; separate tags with commas or spaces</source>
        <translation>例如：物业、噪音；多个标签用顿号、逗号或空格分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="391"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="396"/>
        <source>Optional. Kept with the case in this app only: never written to an exported case file, and replaced in a redacted PDF.</source>
        <translation>可不填。只随案件保存在本应用中：不写入导出的案件文件，脱敏导出 PDF 时会被替换。</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="405"/>
        <source>Name of the person who posted</source>
        <translation>发帖人（发布该信息的人）姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="411"/>
        <source>Name of the person harmed</source>
        <translation>受害人（受该信息侵害的人）姓名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entry.py" line="508"/>
        <source>%n question(s) that affect the outcome are still unanswered</source>
        <translation>
            <numerusform>还有 %n 个影响结论的问题未回答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="510"/>
        <source>Every question that affects the outcome is answered</source>
        <translation>影响结论的问题都已回答</translation>
    </message>
    <message>
        <location filename="../../desktop/entry.py" line="673"/>
        <source>Measure %1 is dated before the content was posted.</source>
        <translation>第 %1 项措施的时间早于信息发布的日期。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/caselist.py" line="180"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="182"/>
        <source>Incident date</source>
        <translation>事发日期</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="183"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="181"/>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="184"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="185"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="218"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../desktop/caselist.py" line="278"/>
        <source>Search titles, notes and tags</source>
        <translation>搜索标题、备注和标签</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="279"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="286"/>
        <source>Only this outcome</source>
        <translation>只看此结论</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="287"/>
        <source>All outcomes</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="292"/>
        <source>Only this platform</source>
        <translation>只看此平台</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="293"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="298"/>
        <source>from YYYY-MM-DD</source>
        <translation>起 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="299"/>
        <source>Incidents from this date</source>
        <translation>事发日期不早于</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="302"/>
        <source>to YYYY-MM-DD</source>
        <translation>止 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="303"/>
        <source>Incidents up to this date</source>
        <translation>事发日期不晚于</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="317"/>
        <location filename="../../desktop/caselist.py" line="319"/>
        <source>Show the trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="325"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="358"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="358"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="360"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="360"/>
        <source>Duplicate the selected case</source>
        <translation>复制所选案件</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="363"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="363"/>
        <source>Move the selected case to the trash</source>
        <translation>将所选案件移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="366"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/caselist.py" line="366"/>
        <source>Restore the selected case</source>
        <translation>恢复所选案件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/caselist.py" line="535"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 个案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="671"/>
        <source>&amp;Law:</source>
        <translation>法律(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="672"/>
        <source>Law whose versions to compare</source>
        <translation>要对照版本的法律</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="673"/>
        <source>Article numbers in each version</source>
        <translation>各版本的条号对照</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="675"/>
        <source>%1 text</source>
        <translation>%1 年文本</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="741"/>
        <source>The %1 text has no such provision (%2).</source>
        <translation>%1 年文本没有这一条款（%2）。</translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <location filename="../../desktop/content_checklist.py" line="156"/>
        <source>Tick every kind that applies.</source>
        <translation>请勾选所有符合的类别。</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="242"/>
        <source>e.g. 300; leave empty if unknown</source>
        <translation>例如 300；不知道就留空</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="247"/>
        <source>Please enter a whole number, e.g. 300.</source>
        <translation>请输入整数，例如 300。</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="249"/>
        <source>That is more members than any group has.</source>
        <translation>这比任何群组的人数都多，请检查是否输错。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/fields.py" line="252"/>
        <source>A group has at least %n members.</source>
        <translation>
            <numerusform>群组至少有 %n 名成员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="332"/>
        <source>e.g. 2019-03-05, 2019/3 or 2019; leave empty if unknown</source>
        <translation>例如 2019-03-05、2019年3月、2019 或 3月5日；不知道就留空</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="338"/>
        <source>This date is in the future.</source>
        <translation>这个日期晚于今天。</translation>
    </message>
</context>
<context>
    <name>DateTimeLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="350"/>
        <source>e.g. 2019-03-05 20:30, or just 2019-03-05; leave empty if unknown</source>
        <translation>例如 2019-03-05 20:30、3月5日下午3点 或 3月5日晚上；不知道就留空</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="357"/>
        <source>This time is in the future.</source>
        <translation>这个时间晚于现在。</translation>
    </message>
</context>
<context>
    <name>EnumChoice</name>
    <message>
        <location filename="../../desktop/fields.py" line="104"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
</context>
<context>
    <name>LawBrowser</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="109"/>
        <source>Constitution</source>
        <translation>宪法</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="110"/>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="111"/>
        <source>Administrative regulation</source>
        <translation>行政法规</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="114"/>
        <source>Departmental rule</source>
        <translation>部门规章</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="115"/>
        <source>Departmental normative document</source>
        <translation>部门规范性文件</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="118"/>
        <source>Judicial interpretation</source>
        <translation>司法解释</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="142"/>
        <source>in force from %1</source>
        <translation>%1 起施行</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="144"/>
        <source>in force %1 to %2</source>
        <translation>%1 至 %2 施行</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="549"/>
        <source>adopted/amended: %1</source>
        <translation>通过/修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="554"/>
        <source>article number to be checked</source>
        <translation>条号待核对</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="571"/>
        <source>Source: </source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="576"/>
        <source>⚠️ Article number to be checked: the text is verified, but the number was inferred from the structure.</source>
        <translation>⚠️ 条号待核对：文字已核实，但条号是根据结构推断的。</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="583"/>
        <location filename="../../desktop/law_browser.py" line="616"/>
        <source>Note: </source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="585"/>
        <source>✅ two or more independent sources agree · ☑️ single source · ⚠️ number inferred</source>
        <translation>✅ 两个以上独立来源一致 · ☑️ 单一来源 · ⚠️ 条号推断</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="599"/>
        <source>This is not the text of a law.</source>
        <translation>这不是法律条文。</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="601"/>
        <source>Quoted verbatim:</source>
        <translation>原文摘录：</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="603"/>
        <source>This app&apos;s paraphrase, not the original:</source>
        <translation>本应用的转述，不是原文：</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="838"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="840"/>
        <source>Any words of the texts, e.g. %1</source>
        <translation>条文中的任意文字，如 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="842"/>
        <source>Search the law texts</source>
        <translation>在法律文本中搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="843"/>
        <source>Laws, versions and articles</source>
        <translation>法律、版本与条文</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="844"/>
        <source>Text of the selected article</source>
        <translation>所选条文的原文</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="845"/>
        <source>&amp;Text</source>
        <translation>条文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="846"/>
        <source>&amp;Compare versions</source>
        <translation>版本对照(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="847"/>
        <source>The article&apos;s text or a comparison of its versions</source>
        <translation>条文原文或各版本对照</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="949"/>
        <source>✅ verified · ☑️ single source · ⚠️ number inferred (to be checked)</source>
        <translation>✅ 已核实 · ☑️ 单一来源 · ⚠️ 条号推断（条号待核对）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/law_browser.py" line="953"/>
        <source>%n article(s) contain these words</source>
        <translation>
            <numerusform>%n 条条文含有该文字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="1011"/>
        <source>The same provision in other versions:</source>
        <translation>其他版本中的同一条款：</translation>
    </message>
</context>
<context>
    <name>LawTreeModel</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="260"/>
        <source>%1 text · %2</source>
        <translation>%1 年文本 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="271"/>
        <source>article number to be checked</source>
        <translation>条号待核对</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="275"/>
        <source>Interpretation, commentary and practice (not law)</source>
        <translation>解读、评论与实务（不是法律条文）</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="292"/>
        <source>The article number was inferred from the structure; the text is verified. Check the number before citing it.</source>
        <translation>条号是根据结构推断的，文字已核实；引用时请核对条号。</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="395"/>
        <source>Laws, versions and articles</source>
        <translation>法律、版本与条文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="183"/>
        <source>Group-Owner Liability Analyzer</source>
        <translation>群主责任分析</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="201"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="284"/>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="287"/>
        <source>&amp;Import case file…</source>
        <translation>导入案件文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="289"/>
        <source>&amp;Export case file…</source>
        <translation>导出案件文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="291"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="296"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="299"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="302"/>
        <source>&amp;Duplicate case</source>
        <translation>复制案件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="303"/>
        <source>Move case to &amp;trash</source>
        <translation>将案件移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="307"/>
        <source>&amp;Law texts</source>
        <translation>法规原文(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="309"/>
        <source>Common &amp;misreadings</source>
        <translation>常见误解(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="313"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="314"/>
        <source>&amp;Case list</source>
        <translation>案件列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="329"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="342"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="346"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="348"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="477"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="511"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="513"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="515"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="517"/>
        <source>name of the person who posted</source>
        <translation>发帖人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="519"/>
        <source>name of the person harmed</source>
        <translation>受害人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="522"/>
        <source>Change: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="536"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="540"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="544"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="592"/>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="647"/>
        <source>case summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="672"/>
        <source>PDF written: %1</source>
        <translation>已导出 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="684"/>
        <location filename="../../desktop/mainwindow.py" line="829"/>
        <source>Law texts</source>
        <translation>法规原文</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="706"/>
        <location filename="../../desktop/mainwindow.py" line="832"/>
        <source>Common misreadings</source>
        <translation>常见误解</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="726"/>
        <source>Side panels</source>
        <translation>侧边面板</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="760"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="762"/>
        <source>Group-Owner Liability Analyzer, ruleset %1. An aid for legal-aid volunteers; not legal advice.</source>
        <translation>群主责任分析，规则集 %1。供法律援助志愿者参考，不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <location filename="../../desktop/migration_progress.py" line="43"/>
        <source>Upgrading the case store</source>
        <translation>正在升级案件库</translation>
    </message>
    <message>
        <location filename="../../desktop/migration_progress.py" line="46"/>
        <source>Saved cases are being converted to case format version 2. Nothing is lost; please wait.</source>
        <translation>正在把已保存的案件转换为第 2 版案件格式，不会丢失任何内容，请稍候。</translation>
    </message>
</context>
<context>
    <name>MisreadingsPage</name>
    <message>
        <location filename="../../desktop/misreadings.py" line="149"/>
        <source>Common misreadings</source>
        <translation>常见误解</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="150"/>
        <source>This app&apos;s answer, the clauses and the sources</source>
        <translation>本应用的回答、相关条文与出处</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="208"/>
        <source>Misreading: </source>
        <translation>误解：</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="209"/>
        <source>Steps of the analysis that decide it</source>
        <translation>决定这一问题的分析步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="210"/>
        <source>Clauses (verbatim, Chinese)</source>
        <translation>相关条文（原文）</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="211"/>
        <source>Sources and interpretation (not law)</source>
        <translation>出处与解读（不是法律条文）</translation>
    </message>
    <message>
        <location filename="../../desktop/misreadings.py" line="238"/>
        <source>2017 press explainer, part %1</source>
        <translation>2017 年新闻解读 %1 部分</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="68"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="72"/>
        <source>Volunteer&apos;s name</source>
        <translation>经办志愿者姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="73"/>
        <source>Printed on the report; may stay empty</source>
        <translation>印在报告上，可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="75"/>
        <source>&amp;Volunteer:</source>
        <translation>经办志愿者(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="78"/>
        <source>&amp;Redact personal data (names, phone and ID numbers, e-mail and addresses…)</source>
        <translation>脱敏(&amp;R)：替换个人信息（姓名、电话和证件号码、电子邮箱、住址…）</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="82"/>
        <source>Redact personal data</source>
        <translation>脱敏：替换个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="85"/>
        <source>Names to replace</source>
        <translation>要替换的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="86"/>
        <source>Separate names with commas</source>
        <translation>多个姓名用顿号或逗号分开</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="88"/>
        <source>&amp;Names to replace:</source>
        <translation>要替换的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/pdf_dialog.py" line="92"/>
        <source>Names found in the title and notes after words such as plaintiff or group owner are filled in: add anyone else named in the case and remove words that are not names. Phone and ID numbers, WeChat and QQ IDs, e-mail and street addresses are found without a list. The whole report is redacted, its title, running header and file properties included.</source>
        <translation>已填入在标题和备注中“原告”“群主”等词后面找到的姓名：请补上案件中提到的其他人，删去不是姓名的词。电话和证件号码、微信号和QQ号、电子邮箱和住址无需列出即可找到。脱敏覆盖整份报告，包括标题、页眉和文件属性。</translation>
    </message>
</context>
<context>
    <name>ProvisionCompareModel</name>
    <message>
        <location filename="../../desktop/law_browser.py" line="493"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="515"/>
        <source>Provision (key)</source>
        <translation>条款（键）</translation>
    </message>
    <message>
        <location filename="../../desktop/law_browser.py" line="517"/>
        <source>%1 text</source>
        <translation>%1 年文本</translation>
    </message>
</context>
<context>
    <name>ReasoningPanel</name>
    <message>
        <location filename="../../desktop/reasoning.py" line="204"/>
        <source>Step-by-step reasoning</source>
        <translation>逐步分析</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="363"/>
        <location filename="../../desktop/reasoning.py" line="382"/>
        <source>Show why</source>
        <translation>显示说明</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="363"/>
        <location filename="../../desktop/reasoning.py" line="382"/>
        <source>Hide why</source>
        <translation>隐藏说明</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="426"/>
        <source>Common misreading: read more</source>
        <translation>常见误解：了解更多</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="445"/>
        <source>Hide the text</source>
        <translation>隐藏条文</translation>
    </message>
    <message>
        <location filename="../../desktop/reasoning.py" line="445"/>
        <source>Show the text</source>
        <translation>显示条文</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>This app&apos;s assumptions (recorded with every analysis)</source>
        <translation>本应用的假定（随每次分析一并记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="57"/>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Time window for a prompt measure, in hours (this app&apos;s assumption)</source>
        <translation>及时处理的时间窗口（小时），本应用的假定</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Hours after which a measure is late (this app&apos;s assumption)</source>
        <translation>超过多少小时算不及时，本应用的假定</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <source> members</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>Largest family-only group treated as private (this app&apos;s assumption)</source>
        <translation>视为私密空间的家庭小群最多人数，本应用的假定</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>&amp;Timeliness window:</source>
        <translation>“及时”的时间窗口(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>L&amp;ate after:</source>
        <translation>超过多少小时算不及时(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="81"/>
        <source>Largest small &amp;family group:</source>
        <translation>家庭小群最多人数(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>These values are this app&apos;s assumptions, not rules of law. Timeliness: how many hours after the owner learns of unlawful content a measure still counts as prompt (step 6, duty of care); past the late hours it is late, and in between only your own judgement of promptness decides. Small family group: up to how many members a group made up only of family members is treated as a private space (step 2, group or private space). Every analysis records the values it used; a change affects later analyses only.</source>
        <translation>这些数值是本应用的假定，不是法律的规定。“及时”：群主知道违法信息后，在多少小时内采取的措施算及时（第 6 步，注意义务）；超过“不及时”的时数算不及时，两者之间只有您对“是否及时”的判断能决定。家庭小群：只由家庭成员组成的群，人数不超过多少时按私密空间对待（第 2 步，群组性质）。每次分析都会记录当时使用的数值；修改只影响以后的分析。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="102"/>
        <source>Volunteer and interface</source>
        <translation>志愿者与界面</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="105"/>
        <source>Volunteer&apos;s name</source>
        <translation>志愿者姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106"/>
        <source>Optional; printed on reports</source>
        <translation>可不填；会印在报告上</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="112"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="117"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="118"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="120"/>
        <source>Font size in points; the lowest value means the system default</source>
        <translation>字号（磅），最小值表示系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="122"/>
        <source>Volunteer&apos;s &amp;name:</source>
        <translation>志愿者姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="126"/>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="129"/>
        <source>Law texts are always shown in the original Chinese.</source>
        <translation>法律条文始终以中文原文显示。</translation>
    </message>
</context>
<context>
    <name>TallyLine</name>
    <message>
        <location filename="../../desktop/fields.py" line="264"/>
        <source>e.g. 120; leave empty if unknown</source>
        <translation>例如 120；不知道就留空</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="268"/>
        <source>Please enter a whole number, e.g. 120.</source>
        <translation>请填写整数，例如 120。</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="270"/>
        <source>That number is too large.</source>
        <translation>这个数字太大了。</translation>
    </message>
</context>
<context>
    <name>TriStateChoice</name>
    <message>
        <location filename="../../desktop/fields.py" line="49"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="49"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/fields.py" line="49"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/instance.py" line="33"/>
        <source>This case store is already open in another window of this app. Switch to that window: two windows on one store would overwrite each other&apos;s edits.

Store: %1

If no window is using it (for example, the app stopped on another computer that shares this store), close this message and delete the lock file: %2</source>
        <translation>这个案件库已经在本应用的另一个窗口中打开。请切换到那个窗口：两个窗口同时使用一个案件库，会互相覆盖对方的修改。

案件库：%1

如果确实没有窗口在使用它（例如共用这个案件库的另一台电脑上的程序意外停止了），请关闭本消息，再删除锁文件：%2</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/crash.py" line="19"/>
        <source>The app ran into an unexpected problem. Your cases are saved after every change, so nothing you entered before this moment is lost. You can keep working; if it happens again, please send the details below to the developers.</source>
        <translation>应用遇到了一个意外问题。案件在每次修改后都会自动保存，此前输入的内容不会丢失。您可以继续使用；如果再次出现，请把下面的详细信息发给开发者。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="28"/>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="30"/>
        <source>This app helps legal-aid volunteers think through whether a group owner is responsible under the 2017 Provisions on the Administration of Internet Group Information Services.</source>
        <translation>本应用帮助法律援助志愿者按照 2017 年《互联网群组信息服务管理规定》梳理群主是否应当担责。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="38"/>
        <source>It is not legal advice. It shows the clauses and the reasoning so that you can check them; a lawyer must confirm any conclusion. Your cases stay on this computer.</source>
        <translation>本应用不构成法律意见。它列出条文和推理过程，便于您核对；任何结论都须由律师确认。您的案件只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="46"/>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="49"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="66"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="68"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="83"/>
        <source>Import case file</source>
        <translation>导入案件文件</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="85"/>
        <location filename="../../desktop/dialogs.py" line="98"/>
        <source>Case files (*.json)</source>
        <translation>案件文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="96"/>
        <source>Export case file</source>
        <translation>导出案件文件</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="113"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
</context>
</TS>
