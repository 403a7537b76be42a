"""The 常见误解 page: topics, verbatim clauses, links to the law browser, language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QUrl

from cases.law import library as lawlib
from cases.present import misreadings
from desktop.law_browser import LawBrowser, Role
from desktop.misreadings import KEY_ROLE, MisreadingsPage, TopicListModel

ON = dt.date(2026, 6, 1)

# The texts asserted are the Chinese interface's, as the app shows them.
pytestmark = pytest.mark.usefixtures("zh_catalogue")


@pytest.fixture
def page(qtbot):
    widget = MisreadingsPage(on=ON)
    qtbot.addWidget(widget)
    return widget


def test_topic_model_passes_modeltester(qtmodeltester):
    model = TopicListModel(misreadings.topics())
    qtmodeltester.check(model)
    model.set_language("en")
    qtmodeltester.check(model)


def test_first_topic_shown_at_start(page):
    assert page.current_key() == "private_space"
    assert misreadings.topic("private_space").misreading.zh in page.text_view.toPlainText()


@pytest.mark.parametrize(
    "key", ["private_space", "already_punished", "owner_answers_for_everything"]
)
def test_show_topic_shows_answer_steps_and_verbatim_clauses(qtbot, page, key):
    topic = misreadings.topic(key)
    page.show_topic("owner_answers_for_everything" if key == "private_space" else "private_space")
    with qtbot.wait_signal(page.topic_shown) as blocker:
        assert page.show_topic(key)
    assert blocker.args == [key]
    assert page.list_view.currentIndex().data(KEY_ROLE) == key
    shown = page.text_view.toPlainText()
    assert topic.verdict.zh in shown
    for paragraph in topic.answer:
        assert paragraph.zh in shown
    for title in topic.step_titles("zh"):
        assert title in shown
    for ref in topic.provisions:
        citation = ref.cite(ON)
        assert citation.heading("zh") in shown
        for line in citation.text.split("\n"):
            assert line in shown
    assert f"{topic.explainer_part} 部分" in shown
    assert "评论（转述）" in shown


def test_show_topic_again_re_emits(qtbot, page):
    with qtbot.wait_signal(page.topic_shown):
        assert page.show_topic(page.current_key())
    assert not page.show_topic("no_such_topic")


def test_inferred_article_numbers_are_marked(page):
    page.show_topic("already_punished")
    assert "条号待核对" in page.text_view.toPlainText()


def test_clause_link_emits_citation(qtbot, page):
    page.show_topic("private_space")
    with qtbot.wait_signal(page.citation_activated) as blocker:
        page.text_view.anchorClicked.emit(QUrl("cite:1"))
    assert blocker.args == ["constitution", "2018", "第四十条"]
    with qtbot.assert_not_emitted(page.citation_activated):
        page.text_view.anchorClicked.emit(QUrl("cite:99"))
        page.text_view.anchorClicked.emit(QUrl("https://example.org"))


def test_authority_link_emits_key(qtbot, page):
    page.show_topic("owner_answers_for_everything")
    with qtbot.wait_signal(page.authority_activated) as blocker:
        page.text_view.anchorClicked.emit(QUrl("authority:commentary_c"))
    assert blocker.args == ["commentary_c"]


def test_every_clause_link_opens_its_article_in_the_law_browser(qtbot, page):
    browser = LawBrowser()
    qtbot.addWidget(browser)
    page.citation_activated.connect(browser.show_citation)
    for topic in misreadings.topics():
        page.show_topic(topic.key)
        for number, ref in enumerate(topic.provisions):
            citation = ref.cite(ON)
            with qtbot.wait_signal(browser.article_shown) as blocker:
                page.text_view.anchorClicked.emit(QUrl(f"cite:{number}"))
            assert blocker.args == [citation.law_id, citation.version, citation.article]
            assert browser.tree.currentIndex().data(Role.ARTICLE) == citation.article
            assert citation.text.split("\n")[0] in browser.text_view.toPlainText()


def test_old_date_cites_the_old_version(qtbot):
    page = MisreadingsPage(on=dt.date(2020, 1, 1))
    qtbot.addWidget(page)
    page.show_topic("already_punished")
    assert "《立法法》（2015）第九十三条" in page.text_view.toPlainText()


def test_english(qtbot):
    page = MisreadingsPage(language="en", on=ON)
    qtbot.addWidget(page)
    page.show_topic("owner_answers_for_everything")
    topic = misreadings.topic("owner_answers_for_everything")
    shown = page.text_view.toPlainText()
    assert topic.verdict.en in shown
    assert "S6 Duty of care" in shown
    # Law text stays verbatim Chinese.
    assert lawlib.library().cite("group_regulation", "owner_duty", ON).text in shown
    page.set_language("zh")
    assert topic.verdict.zh in page.text_view.toPlainText()
    assert page.list_view.currentIndex().data() == topic.misreading.zh


def test_accessible_names(page):
    assert page.list_view.accessibleName()
    assert page.text_view.accessibleName()


def test_parent_is_the_first_argument(qtbot):
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    page = MisreadingsPage(holder)
    assert page.parentWidget() is holder
    browser = LawBrowser(holder, language="en")
    assert browser.parentWidget() is holder
