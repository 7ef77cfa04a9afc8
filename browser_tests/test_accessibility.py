"""WCAG 2.1 AA in a real browser: axe-core on the course site and on a framing report.

The site (tools/build_site.py) and a report on the two course texts (tools/render_report.py) are
built into a temporary folder, opened from disk in headless Chromium (they need no server and no
network), and checked with axe-core (the npm package, installed by tools/run_browser_tests.sh into
artifacts/axe/; its path comes in AXE_CORE_JS) for the WCAG 2.0/2.1 A and AA rules. A violation of
impact "serious" or "critical" fails the test; every result is written to artifacts/axe/*.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts" / "axe"
AXE = Path(os.environ.get("AXE_CORE_JS", ARTIFACTS / "node_modules" / "axe-core" / "axe.min.js"))
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING = ("serious", "critical")
BUILD_TIMEOUT_S = 900

pytestmark = pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not installed ({AXE})")


def _python() -> str:
    venv = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return str(venv if venv.exists() else sys.executable)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("a11y")
    site = subprocess.run(
        [_python(), str(ROOT / "tools" / "build_site.py"), "--out", str(out / "site")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=BUILD_TIMEOUT_S,
    )
    assert site.returncode == 0, site.stdout[-2000:] + site.stderr[-2000:]
    report = subprocess.run(
        [
            _python(),
            str(ROOT / "tools" / "render_report.py"),
            "press_release",
            "newspaper",
            "--out",
            str(out / "reports"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=BUILD_TIMEOUT_S,
    )
    assert report.returncode == 0, report.stdout[-2000:] + report.stderr[-2000:]
    pages = {"site-home": out / "site" / "index.html", "report": next((out / "reports").glob("*.html"))}
    figures = sorted((out / "site").rglob("02_*.html"))
    assert figures, "the site has no page for notebook 02 (its charts and word clouds)"
    pages["site-02-word-frequencies"] = figures[0]
    return pages


def run_axe(page: Any, url: str) -> dict[str, Any]:
    page.goto(url, wait_until="load")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        TAGS,
    )


@pytest.mark.parametrize("name", ["site-home", "site-02-word-frequencies", "report"])
def test_no_serious_or_critical_accessibility_violations(name: str, built: dict[str, Path], page_and_log):
    page, _log = page_and_log
    results = run_axe(page, built[name].as_uri())
    violations = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": len(v["nodes"]),
            "examples": [n["html"][:160] for n in v["nodes"][:3]],
        }
        for v in results["violations"]
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    summary = {
        "page": built[name].name,
        "axe": results.get("testEngine", {}).get("version"),
        "violations": violations,
    }
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    failing = [v for v in violations if v["impact"] in FAILING]
    assert not failing, f"{name}: axe-core finds {json.dumps(failing, indent=1)}"
    images = page.evaluate(
        "() => [...document.querySelectorAll('img')].map(i => i.getAttribute('alt') || '')"
    )
    charts = [alt for alt in images if "Bar chart" in alt or "Word cloud" in alt]
    if name != "site-home":
        assert charts, f"{name}: no image has an alt text that says what its chart shows: {images[:5]}"
        assert not [alt for alt in images if alt.endswith(".png") or alt in ("", "png")], images
