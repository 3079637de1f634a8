""""Gruppen beslutade att lyfta frågan till X den 19 maj. Maria föredrar ärendet.": Maria is to present the
matter at X, a task; she is no presenter at this meeting."""
from samverkan.loaders.extract import _prose_presenters
from samverkan.loaders.types import AttendanceEntry

ATT = [AttendanceEntry(name="Maja Lindqvist", status="present", roles=["ordförande"]),
       AttendanceEntry(name="Olle Berg", status="present", roles=["ledamot"])]


def test_presenting_a_matter_sent_on_is_no_presenter_here():
    text = ("Frågan om finansiering kan inte lösas i gruppen. Gruppen beslutade att lyfta frågan till "
            "ledningsgruppen den 19 maj. Maja Lindqvist föredrar ärendet.")
    assert _prose_presenters(text, ATT) == []


def test_presenting_the_matter_here_still_reads():
    assert _prose_presenters("Maja Lindqvist föredrar ärendet.", ATT) == ["Maja Lindqvist"]


def test_the_task_at_the_other_body():
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import ParsedItem, ParsedMinutes
    text = "Gruppen beslutade att lyfta frågan till ledningsgruppen den 19 maj. Maja Lindqvist föredrar ärendet."
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp X", attendance=ATT,
                                        items=[ParsedItem(number="5", title="Rapport", body=text)], decisions=[]))
    assert [(a.assignees, a.task) for a in r.assignments if "föredra" in a.task] == [
        (["Maja Lindqvist"], "föredra ärendet vid ledningsgruppen den 19 maj")]


def test_matter_sent_here_is_presented_here():
    text = "Ärendet har lyfts till samrådet av ledningsgruppen (ledningsgruppens möte 2027-04-21). Maja Lindqvist föredrar ärendet."
    assert _prose_presenters(text, ATT) == ["Maja Lindqvist"]
