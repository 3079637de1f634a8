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
