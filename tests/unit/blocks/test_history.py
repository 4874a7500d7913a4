"""The edit session: one undo history for page edits, theme and settings changes."""

from __future__ import annotations

from bubblegum.blocks.history import MERGE_SECONDS, SETTINGS, THEME, UNDO_LIMIT, EditSession, Restore, page_target


def doc(title: str) -> dict:
    return {"root": {"title": title}, "content": []}


def test_undo_and_redo_walk_the_open_page_back_and_forth():
    a, b, c = doc("a"), doc("b"), doc("c")
    session = EditSession().open(1, a).edit(b).edit(c)
    session, restore = session.undo()
    assert session.doc is b and restore == Restore(page_target(1), b)
    session, _ = session.undo()
    assert session.doc is a and not session.can_undo and session.can_redo
    session, restore = session.redo()
    assert session.doc is b and restore.value is b
    assert session.edit(doc("d")).can_redo is False  # a new edit drops what could be redone


def test_typing_in_one_field_is_one_step_until_a_pause_or_another_field():
    session = EditSession().open(1, doc("")).edit(doc("H"), merge_key="hero:title", now=10.0)
    session = session.edit(doc("Hi"), merge_key="hero:title", now=10.5)
    assert len(session.past) == 1 and session.past[0].after == doc("Hi")
    session = session.edit(doc("Hi!"), merge_key="hero:title", now=10.5 + MERGE_SECONDS)
    session = session.edit(doc("Hi!?"), merge_key="hero:subtitle", now=13.0)
    assert len(session.past) == 3
    session, _ = session.undo()
    assert session.edit(doc("x"), merge_key="hero:title", now=13.1).past[-1].before == doc("Hi!")
    session, _ = session.redo()
    assert session.edit(doc("x"), merge_key="hero:subtitle", now=13.1).past[-1].before == doc("Hi!?")


def test_theme_and_settings_changes_share_the_history_and_leave_the_page_alone():
    page = doc("home")
    session = EditSession().open(1, page).record(THEME, {"preset": "modern"}, {"preset": "bold"})
    session = session.record(SETTINGS, {"name": "A"}, {"name": "B"}).record(THEME, {"x": 1}, {"x": 1})
    assert len(session.past) == 2  # an unchanged value is no step
    session, restore = session.undo()
    assert restore == Restore(SETTINGS, {"name": "A"}) and session.doc is page
    session, restore = session.undo()
    assert restore == Restore(THEME, {"preset": "modern"})
    session, restore = session.redo()
    assert restore == Restore(THEME, {"preset": "bold"})


def test_history_reaches_across_pages():
    session = EditSession().open(1, doc("home")).edit(doc("home 2")).open(2, doc("about"))
    session, restore = session.undo()
    assert restore == Restore(page_target(1), doc("home")) and session.doc == doc("about")


def test_history_is_bounded_and_nothing_to_undo_is_no_change():
    session = EditSession().open(1, doc("0"))
    for number in range(UNDO_LIMIT + 20):
        session = session.edit(doc(str(number + 1)))
    assert len(session.past) == UNDO_LIMIT
    empty = EditSession()
    assert empty.undo() == (empty, None) and empty.redo() == (empty, None)
