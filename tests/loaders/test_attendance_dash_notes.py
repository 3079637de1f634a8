"""A roster line's note after a dash: "– förhindrad" (also before ", ersattes av") for an absence, "– projektledare" for the one leading the project."""
from samverkan.loaders.extract import parse_attendance_entry


def test_dash_forhindrad_is_absent():
    entry, _ = parse_attendance_entry("  Kalle Nordin, enhetschef vuxenpsykiatrin - förhindrad", "present", [])
    assert (entry.name, entry.status, entry.title) == ("Kalle Nordin", "absent", "enhetschef")


def test_absence_followed_by_who_stood_in():
    entry, _ = parse_attendance_entry("Vera Lundh, områdeschef – förhindrad, ersattes av", "present", [])
    assert (entry.name, entry.status) == ("Vera Lundh", "absent")


def test_dash_in_a_title_is_no_absence():
    entry, _ = parse_attendance_entry("Vera Lundh, chef barn- och ungdomshälsan", "present", [])
    assert entry.status == "present"


def test_dash_projektledare_is_the_role_leading_the_project():
    entry, _ = parse_attendance_entry("- Kim Dahl, HR-strateg, Region Åby – projektledare", "present", [])
    assert (entry.name, entry.roles, entry.title, entry.organisation) == (
        "Kim Dahl", ["projektledare"], "HR-strateg", "Region Åby")


def test_dash_projektledare_with_a_project_after_it_is_a_title():
    entry, _ = parse_attendance_entry("- Kim Dahl, Region Åby – projektledare mobila team", "present", [])
    assert entry.roles == []


def test_stood_in_by_on_the_line_below():
    from samverkan.loaders.extract import parse_minutes
    text = """Samverkansgrupp LSS i Norrå
MINNESANTECKNINGAR
Datum: 2027-03-09

DELTAGARE
Åby kommun
  Vera Lundh, områdeschef socialpsykiatri - förhindrad, ersattes av
  Kalle Nordin, MAS
  Siv Ek, enhetschef LSS

Punkt 1  Inledning
Dagordningen godkändes.
"""
    att = {a.name: a for a in parse_minutes(text, "x.txt").attendance}
    assert att["Vera Lundh"].status == "absent"
    assert (att["Kalle Nordin"].status, att["Kalle Nordin"].roles, att["Kalle Nordin"].substitute_for) == (
        "present", ["ersättare"], "Vera Lundh")
    assert att["Siv Ek"].substitute_for is None
