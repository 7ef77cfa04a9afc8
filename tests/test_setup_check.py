"""Notebook 00's setup check: a short table that turns red, with a fix, when something is wrong."""

from __future__ import annotations

from helpers import setup_check
from helpers.setup_check import FAIL, PASS, run_checks, summary


def test_all_green_in_the_course_environment():
    table = run_checks()
    assert list(table.columns) == ["area", "check", "result", "detail", "fix"]
    assert (table["result"] == PASS).all(), table.loc[table["result"] != PASS].to_dict("records")
    assert summary(table).startswith(f"All {len(table)} checks passed")
    assert set(table["area"]) == {"Python", "Packages", "Texts", "Offline data"}
    offline = table.loc[table["area"] == "Offline data", "check"].tolist()
    assert offline == setup_check.offline_check_names(), "exercise 00.1 counts these without running them"


def test_a_wrong_package_version_gets_its_own_red_row_with_a_fix(monkeypatch):
    pins = setup_check.pinned_requirements()
    pins["pandas"] = "0.0.1"
    monkeypatch.setattr(setup_check, "pinned_requirements", lambda: pins)
    rows = setup_check._package_rows()
    assert [r["check"] for r in rows] == ["pandas"]
    assert rows[0]["result"] == FAIL and "course.py install --force" in rows[0]["fix"]


def test_offline_failures_are_rows_not_tracebacks(monkeypatch):
    def broken():
        raise LookupError("no model")

    monkeypatch.setattr(setup_check, "_offline_checks", lambda: [("Sentence model", broken, "reinstall")])
    table = run_checks()
    row = table.loc[table["check"] == "Sentence model"].iloc[0]
    assert row["result"] == FAIL and "LookupError: no model" in row["detail"] and row["fix"] == "reinstall"
    assert "1 of" in summary(table)
