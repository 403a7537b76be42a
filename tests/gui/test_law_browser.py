"""The law browser: tree model, verbatim text, citations, version comparison, search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QUrl

from cases.law import library as lawlib
from desktop import law_browser
from desktop.law_browser import LawBrowser, LawTreeModel, NodeKind, ProvisionCompareModel, Role

# The texts asserted are the Chinese interface's, as the app shows them.
pytestmark = pytest.mark.usefixtures("zh_catalogue")


@pytest.fixture
def browser(qtbot):
    widget = LawBrowser()
    qtbot.addWidget(widget)
    return widget


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def test_tree_model_passes_modeltester(qtmodeltester):
    qtmodeltester.check(LawTreeModel(lawlib.library()))
    english = LawTreeModel(lawlib.library(), language="en")
    qtmodeltester.check(english)
    english.set_language("zh")
    qtmodeltester.check(english)


def test_filter_proxy_passes_modeltester(qtmodeltester, browser):
    browser.search_edit.setText("通信秘密")
    qtmodeltester.check(browser.proxy)


def test_compare_model_passes_modeltester(qtmodeltester):
    model = ProvisionCompareModel()
    model.set_law(lawlib.library().law("cybersecurity_law"))
    qtmodeltester.check(model)
    model.set_law(None)
    qtmodeltester.check(model)


def test_tree_holds_every_law_version_and_article():
    library = lawlib.library()
    model = LawTreeModel(library)
    articles = {
        (i.data(Role.LAW_ID), i.data(Role.VERSION), i.data(Role.ARTICLE))
        for i in _walk(model)
        if i.data(Role.KIND) == NodeKind.ARTICLE.value
    }
    expected = {
        (law.id, version.version, article.number)
        for law in library.laws
        for version in law.versions
        for article in version.articles
    }
    assert articles == expected


def test_inferred_numbers_are_marked_in_the_tree():
    model = LawTreeModel(lawlib.library())
    index = model.article_index("group_regulation", "2017", "第十一条")
    assert lawlib.library().law("group_regulation").versions[0].article("第十一条").number_inferred
    assert "条号待核对" in index.data()
    assert "⚠️" in index.data()
    verified = model.article_index("group_regulation", "2017", "第九条").data()
    assert "条号待核对" not in verified


def test_authorities_sit_in_their_own_branch_by_level():
    model = LawTreeModel(lawlib.library())
    top = [model.index(row, 0) for row in range(model.rowCount())]
    branch = [i for i in top if i.data(Role.KIND) == NodeKind.AUTHORITIES.value]
    assert len(branch) == 1
    levels = [model.index(r, 0, branch[0]).data() for r in range(model.rowCount(branch[0]))]
    assert levels == ["官方解读", "评论（转述）", "法院实务（转述）"]
    # No law row sits under the branch and no authority sits under a law.
    for index in _walk(model, branch[0]):
        assert index.data(Role.KIND) in (NodeKind.LEVEL.value, NodeKind.AUTHORITY.value)
    for law_row in top:
        if law_row is not branch[0] and law_row.data(Role.KIND) == NodeKind.LAW.value:
            for index in _walk(model, law_row):
                assert index.data(Role.KIND) in (NodeKind.VERSION.value, NodeKind.ARTICLE.value)


def test_every_known_authority_key_resolves():
    library = lawlib.library()
    for key in law_browser.AUTHORITY_KEYS:
        assert library.authority(key).level is not lawlib.Level.LAW


def test_show_citation_selects_and_shows_verbatim_text(qtbot, browser):
    library = lawlib.library()
    article = library.law("cybersecurity_law").versions[1].article("第十三条")
    with qtbot.wait_signal(browser.article_shown) as blocker:
        assert browser.show_citation("cybersecurity_law", "2025", "第十三条")
    assert blocker.args == ["cybersecurity_law", "2025", "第十三条"]
    current = browser.tree.currentIndex()
    assert current.data(Role.LAW_ID) == "cybersecurity_law"
    assert current.data(Role.VERSION) == "2025"
    assert current.data(Role.ARTICLE) == "第十三条"
    assert browser.tree.selectionModel().isSelected(current)
    shown = browser.text_view.toPlainText()
    for paragraph in article.paragraphs:
        assert paragraph.text in shown
    assert "《网络安全法》（2025）第十三条" in shown
    assert "2026-01-01" in shown
    assert library.law("cybersecurity_law").versions[1].source in shown
    assert browser.tabs.currentWidget() is browser.text_view


def test_show_citation_of_every_article_shows_its_text(browser):
    for law in lawlib.library().laws:
        for version in law.versions:
            for article in version.articles:
                assert browser.show_citation(law.id, version.version, article.number)
                for paragraph in article.paragraphs:
                    assert paragraph.text in browser.text_view.toPlainText()


def test_show_citation_marks_inferred_article_numbers(browser):
    assert browser.show_citation("group_regulation", "2017", "第十四条")
    assert "条号待核对" in browser.text_view.toPlainText()


def test_show_citation_unknown_version_falls_back_to_newest(browser):
    assert browser.show_citation("constitution", "", "第四十条")
    assert browser.tree.currentIndex().data(Role.VERSION) == "2018"
    assert not browser.show_citation("constitution", "2018", "第九百条")
    assert not browser.show_citation("no_such_law", "2018", "第一条")


def test_show_citation_clears_a_search_hiding_the_article(browser):
    browser.search_edit.setText("通信秘密")
    assert browser.show_citation("civil_code", "2020", "第一千一百九十五条")
    assert browser.search_edit.text() == ""
    assert browser.tree.currentIndex().data(Role.ARTICLE) == "第一千一百九十五条"


def test_compare_shows_renumbered_article_side_by_side(qtbot, browser):
    library = lawlib.library()
    old, new = library.law("cybersecurity_law").versions
    with qtbot.wait_signal(browser.compare.provision_shown):
        assert browser.show_comparison("cybersecurity_law", "use_obligation")
    assert browser.tabs.currentWidget() is browser.compare
    model = browser.compare.model
    row = model.row_of("use_obligation")
    assert model.index(row, 1).data() == "第十二条第二款"
    assert model.index(row, 2).data() == "第十三条第二款"
    assert (
        model.headerData(1, browser.compare.table.horizontalHeader().orientation()) == "2016 年文本"
    )
    left, right = browser.compare.panes
    assert left.objectName() == "2016"
    assert right.objectName() == "2025"
    assert "第十二条" in left.toPlainText()
    assert "第十三条" in right.toPlainText()
    assert old.article("第十二条").text(2) in left.toPlainText()
    assert new.article("第十三条").text(2) in right.toPlainText()
    # The two panes sit next to each other.
    assert left.parentWidget() is right.parentWidget()


def test_compare_every_provision_of_every_multi_version_law(browser):
    for law in lawlib.library().laws:
        if len(law.versions) < 2:
            continue
        for version in law.versions:
            for key, (number, paragraph) in version.provisions.items():
                assert browser.show_comparison(law.id, key)
                pane = browser.compare.panes[law.versions.index(version)]
                article = version.article(number)
                cited = (
                    article.paragraphs if paragraph is None else [article.paragraphs[paragraph - 1]]
                )
                for cited_paragraph in cited:
                    assert cited_paragraph.text in pane.toPlainText()


def test_article_view_links_to_the_comparison(qtbot, browser):
    browser.show_citation("cybersecurity_law", "2016", "第十二条")
    assert "2025 第十三条" in browser.text_view.toPlainText()
    with qtbot.wait_signal(browser.compare.provision_shown) as blocker:
        browser.text_view.anchorClicked.emit(QUrl("compare:cybersecurity_law/use_obligation"))
    assert blocker.args == ["cybersecurity_law", "use_obligation"]
    assert browser.tabs.currentWidget() is browser.compare


def test_search_finds_secrecy_of_correspondence_in_constitution_art_40(browser):
    browser.search_edit.setText("通信秘密")
    found = browser.matching_articles()
    assert ("constitution", "2018", "第四十条") in found
    for law_id, version, number in found:
        text = lawlib.library().law(law_id)
        article = next(v for v in text.versions if v.version == version).article(number)
        assert "通信秘密" in article.text()
    assert "条条文含有该文字" in browser._result_label.text()


def test_search_by_law_title_keeps_its_articles_and_clearing_restores_all(browser):
    everything = browser.matching_articles()
    browser.search_edit.setText("立法法")
    assert {a[0] for a in browser.matching_articles()} == {"legislation_law"}
    browser.search_edit.setText("no such words 无此文字")
    assert browser.matching_articles() == []
    browser.search_edit.clear()
    assert browser.matching_articles() == everything


def test_search_finds_commentary_only_in_its_branch(browser):
    browser.search_edit.setText("本应用转述")
    assert browser.matching_articles() == []
    assert browser.proxy.rowCount() == 1


def test_show_authority_labels_the_level_and_is_not_law(qtbot, browser):
    with qtbot.wait_signal(browser.authority_shown) as blocker:
        assert browser.show_authority("commentary_c")
    assert blocker.args == ["commentary_c"]
    shown = browser.text_view.toPlainText()
    assert "评论（转述）" in shown
    assert "这不是法律条文" in shown
    assert lawlib.library().authority("commentary_c").text in shown
    assert browser.show_authority("qa_owner_duty")
    shown = browser.text_view.toPlainText()
    assert "官方解读 ☑️" in shown
    assert lawlib.library().authority("qa_owner_duty").text in shown
    assert not browser.show_authority("no_such_key")


def test_accessible_names(browser):
    for widget in (browser.search_edit, browser.tree, browser.text_view, browser.compare.table):
        assert widget.accessibleName()


def test_english_names_laws_and_articles_in_both_languages(qtbot):
    widget = LawBrowser(language="en")
    qtbot.addWidget(widget)
    model = widget.model
    law_row = model.version_index("cybersecurity_law", "2016").parent()
    assert law_row.data() == "Cybersecurity Law · 网络安全法"
    article = model.article_index("criminal_law", "2020", "第二百八十七条之一").data()
    assert article.startswith("第二百八十七条之一 (Art. 287-1)")
    widget.set_language("zh")
    assert law_row.data() == "网络安全法"
    assert "Art." not in model.article_index("criminal_law", "2020", "第二百八十七条之一").data()


def test_switching_the_window_to_english_renames_the_laws(make_main_window):
    window = make_main_window()
    browser = window.law_browser()
    index = browser.model.version_index("group_regulation", "2017").parent()
    assert "Provisions" not in index.data()
    window.set_language("en")
    assert index.data().startswith("Provisions on the Administration of Internet Group")


def test_a_version_remark_is_shown_in_the_interface_language(qtbot):
    widget = LawBrowser(language="en")
    qtbot.addWidget(widget)
    assert widget.show_citation("civil_code", "2020", "第一千一百九十五条")
    assert "Tort Liability Law" in widget.text_view.toPlainText()
    assert "侵权责任法》第三十六条" not in widget.text_view.toPlainText()
    widget.set_language("zh")
    assert widget.show_citation("group_regulation", "2017", "第一条")
    assert "未发现修订或废止的证据" in widget.text_view.toPlainText()
