"""A report of what someone at another body's meeting did ("Ordföranden lyfte behovet av en samlad bild …") ties to
an earlier task given to someone else only when they share more than one content word: "analysera behoven" given
to a styrgrupp is no task that remark follows up.
"""
from __future__ import annotations

from samverkan.graph.store import AssignmentInfo
from samverkan.loaders.resolve import _FollowUpCandidates, _follow_up_of, _stems


def _candidates(task: str) -> _FollowUpCandidates:
    return _FollowUpCandidates([AssignmentInfo("a1", task, ("group:styrgrupp",), "group:rad", "2026-10-01")])


def test_one_word_in_common_with_someone_elses_short_task_is_no_follow_up():
    words = _stems("lyfte behovet av en samlad bild av arbetet i Åby län inför budgetdialogerna")
    assert _follow_up_of(words, {"person:ordf"}, "group:rad", "2027-05-28", _candidates("analysera behoven"), set()) is None


def test_two_words_in_common_still_follow_up():
    words = _stems("analysen av behoven är klar och redovisas i juni")
    assert _follow_up_of(words, {"person:ordf"}, "group:rad", "2027-05-28", _candidates("analysera behoven"), set()) == "a1"
