"""The framing report: `tools/render_report.py A B` (`python3 course.py report A B`) and helpers/report.py.

The report is made once, for a pair other than the course's two texts (the made-up example
against the press release), into a temporary folder; the tests then read the page as a reader's
browser would get it: every section, figures embedded, nothing loaded from the network.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import report
from helpers.texts import UnknownTextIdError

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "render_report.py"
A, B = "example_opposition", "press_release"


def _render_report_tool():
    """tools/render_report.py as a module (tools/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_report", TOOL)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


SECTIONS = (  # notebook 07's order: the core path's sections, then those under its "Going further"
    "The two texts",
    "Counts",
    "Distinctive words (keyness)",
    "Frame cues",
    "Cleaning",
    "Top words",
    "Word clouds",
    "Sentiment",
    "Voices",
    "Reuse",
    "What we found",
)


def run_tool(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Run the command once: (the finished process, the HTML page's text, the executed notebook)."""
    out = tmp_path_factory.mktemp("reports")
    result = run_tool(A, B, "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    html = out / f"{A}_vs_{B}.html"
    notebook = out / f"{A}_vs_{B}.ipynb"
    return result, html.read_text(encoding="utf-8"), json.loads(notebook.read_text(encoding="utf-8"))


# --- the command -----------------------------------------------------------------------------


def test_it_says_where_the_report_is_and_nothing_alarming(made):
    result, _, _ = made
    assert result.stdout.splitlines()[-1].startswith("Report (open it in a web browser): ")
    assert result.stdout.rstrip().endswith(f"{A}_vs_{B}.html")
    assert result.stderr == "", f"the command printed to stderr:\n{result.stderr}"


def test_the_page_has_every_section_in_order(made):
    _, html, _ = made
    headings = re.findall(r"<h2 id=\"[^\"]*\">(.*?)<a class=\"anchor-link\"", html)
    assert headings == list(SECTIONS)
    assert re.search(r"<h1 id=\"[^\"]*\">Framing report: example_opposition vs press_release", html)
    assert "<title>Framing report: example_opposition vs press_release</title>" in html


def test_the_page_names_both_texts_and_hides_the_code(made):
    _, html, _ = made
    for text_id in (A, B):
        assert html.count(text_id) > 20
    assert "hl-ipython3" not in html and "report.load_pair" not in html  # no code cells
    assert "Exercise" not in html and "✅" not in html  # the course's exercises are not in a report
    assert "Learning objectives" not in html and "Traceback" not in html


def test_figures_are_embedded_images_with_a_description(made):
    _, html, _ = made
    images = re.findall(r"<img\b[^>]*>", html)
    assert len(images) == 4  # keyness bars, word clouds, two sentiment charts
    assert all(re.search(r'\bsrc="data:image/png;base64,[A-Za-z0-9+/=\s]+"', img) for img in images)
    alts = [re.search(r'\balt="([^"]*)"', img).group(1) for img in images]
    assert alts[0].startswith("Figure, Distinctive words (keyness): The ten words with the highest G²")
    assert alts[1].startswith("Figure, Word clouds: The same frequencies as the top-word tables")
    assert [alt.split(":")[0] for alt in alts[2:]] == [f"Figure, Sentiment ({A})", f"Figure, Sentiment ({B})"]


def test_nothing_is_loaded_from_the_network(made):
    _, html, _ = made
    assert not re.search(r"<script[^>]*\bsrc=", html, re.IGNORECASE), "a script is loaded from a file or URL"
    assert not re.search(r"<link[^>]*\bhref=", html, re.IGNORECASE), "a stylesheet or font is linked"
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", html, re.IGNORECASE)
    assert not re.search(r"\b(?:src|href)=[\"']?(?:https?:)?//", html, re.IGNORECASE)
    assert not re.search(r"import\(\s*[\"']https?://", html), "a JavaScript module is imported from a CDN"


def test_the_date_line_and_cleaning_are_for_this_pair(made):
    _, html, _ = made
    assert "Both texts are dated <strong>22 December 2017</strong>" in html
    assert "months apart" not in html
    # the example's own headline is labelled a related headline by the cleaning rules: the page says so
    assert "Opposition spokesperson responds to the Moscow visit" in html


def test_the_executed_notebook_is_saved_beside_the_page(made):
    _, _, nb = made
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert nb["metadata"]["papermill"]["parameters"] == {"text_a": A, "text_b": B, "clean": True, "top_n": 15}
    outputs = json.dumps([cell.get("outputs", []) for cell in nb["cells"]])
    assert '"output_type": "error"' not in outputs and '"name": "stderr"' not in outputs
    tags = [tag for cell in nb["cells"] for tag in cell["metadata"].get("tags", [])]
    assert "solution" not in tags and "course-only" not in tags and "injected-parameters" in tags


def test_neither_file_shows_a_local_path(made):
    _, html, nb = made
    local = re.compile(r"(/root/|/home/\w+|/tmp/|/work/|/private/var/|C:\\\\Users)")
    assert not local.search(html)
    assert not local.search(json.dumps(nb)), "the executed notebook records a path on this machine"
    assert nb["metadata"]["papermill"]["input_path"] == "notebooks/07_framing_report.ipynb"


def test_an_unknown_id_is_a_clear_error_listing_the_known_ids(tmp_path):
    result = run_tool("press_release", "newspapr", "--out", str(tmp_path))
    assert result.returncode == 2
    assert (
        "There is no text with id 'newspapr'" in result.stderr
        and "Did you mean 'newspaper'?" in result.stderr
    )
    assert "Known ids: press_release, newspaper, example_opposition" in result.stderr
    assert "docs/adding-a-text.md" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_same_text_twice_is_a_clear_error(tmp_path):
    result = run_tool("newspaper", "newspaper", "--out", str(tmp_path))
    assert result.returncode == 2 and "a report compares two different texts" in result.stderr


def test_the_notebook_for_a_report_drops_the_course_only_cells():
    tool = _render_report_tool()
    nb = tool.report_notebook(A, B, clean=False)
    sources = [cell.source for cell in nb.cells]
    assert sources[0].startswith("# Framing report: example_opposition vs press_release")
    assert "as received, not cleaned" in sources[0] and "--no-clean" in sources[0]
    assert not any(s.startswith("# 07 ·") or s.startswith("## Exercises") or "check(" in s for s in sources)
    # the exercises sit beside their sections in the course notebook: none of their cells is kept
    assert not any("Exercise 07." in s or "answer_07_" in s or "Going further" in s for s in sources)
    assert not any({"solution", "course-only"} & set(cell.metadata.get("tags", [])) for cell in nb.cells)
    assert sum("parameters" in cell.metadata.get("tags", []) for cell in nb.cells) == 1
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")


# --- helpers/report.py -----------------------------------------------------------------------


def test_check_pair_errors():
    with pytest.raises(UnknownTextIdError, match="Known ids: press_release, newspaper, example_opposition"):
        report.check_pair("press", "newspaper")
    with pytest.raises(ValueError, match="two different texts"):
        report.check_pair("newspaper", "newspaper")
    with pytest.raises(TypeError, match="string"):
        report.check_pair("newspaper", 3)


@pytest.mark.parametrize(
    "a, b, months",
    [
        ("2017-03", "2017-12-22", 9),
        ("2017-12-22", "2017-03", 9),
        ("2016-11-30", "2017-01-01", 2),
        ("2017-12-01", "2017-12-31", 0),
        ("2017", "2017-12", None),
        ("", "2017-12", None),
        ("unknown", "2017-03", None),
        ("2017-13", "2017-03", None),
    ],
)
def test_months_apart(a, b, months):
    assert report.months_apart(a, b) == months


def test_clean_false_keeps_the_gallery():
    raw = report.load_pair("newspaper", "press_release", clean=False)
    cleaned = report.load_pair("newspaper", "press_release")
    assert "1/19" in raw["newspaper"] and "1/19" not in cleaned["newspaper"]
    assert raw["press_release"] == cleaned["press_release"]


def test_each_text_keeps_its_colour_in_every_figure():
    from helpers import plots

    assert report.colors(["press_release", "newspaper"]) == {
        "press_release": plots.PALETTE["press_release"],
        "newspaper": plots.PALETTE["newspaper"],
    }
    assert len(set(report.colors([A, B]).values())) == 2


def test_only_the_benign_kernel_shutdown_line_is_filtered_from_stderr(tmp_path, capfd):
    """The report hides ipykernel's 'KeyboardInterrupt caught in kernel' (a shutdown race in
    jupyter_client, harmless) and nothing else the kernel prints."""
    tool = _render_report_tool()
    script = (
        "import sys; print('[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel.', file=sys.stderr); "
        "print('a real problem', file=sys.stderr)"
    )
    with tool.kernel_stderr_filtered(tmp_path / "err.txt"):
        subprocess.run(
            [sys.executable, "-c", script], check=True
        )  # a child inherits fd 2, as the kernel does
    err = capfd.readouterr().err
    assert "a real problem" in err and "KeyboardInterrupt" not in err


# --- the sentiment sentence: "more positive" only with the permutation test behind it (issue 13) ------


def _positive_claims(sentence: str) -> list[str]:
    """The clauses of a generated sentence that say one text is more positive (its conclusion excepted)."""
    clauses = re.split(r"(?<=[.;])\s+", sentence)
    return [c for c in clauses if "more positive" in c and not c.startswith("Neither model shows")]


def _check_claims(sentence: str, comparison) -> None:
    supported = comparison[comparison["p_value"] < 0.05]
    claims = _positive_claims(sentence)
    assert len(claims) == len(supported), (sentence, comparison)
    for claim, row in zip(claims, supported.itertuples()):
        assert f"by {row.model}'s reading the sentences of {row.higher} are more positive" in claim
        assert f"(p = {row.p_value:.3f})" in claim or "(p = < 0.001)" in claim or "p < 0.001" in claim
    if supported.empty:
        assert "Neither model shows that one text is more positive than the other." in sentence


@pytest.mark.parametrize(
    "pair",
    [
        ("press_release", "newspaper"),
        ("example_opposition", "press_release"),
        ("newspaper", "example_opposition"),
    ],
)
def test_the_report_says_more_positive_only_when_the_test_supports_it(pair):
    texts = report.load_pair(*pair)
    comparison = report.sentiment_comparison(texts)
    assert comparison["method"].str.endswith("(seed 0)").all()  # the same sentence on every run
    _check_claims(report.sentiment_sentence(texts, comparison), comparison)
    verdict = report.sentiment_verdict(comparison)
    assert all(f"p = {p:.2f}" in verdict for p in comparison["p_value"])


def test_a_clear_difference_is_reported_with_its_test():
    texts = {
        "cheerful": "A good day. A fine plan. The talks went well. A great result. A lovely evening. Happy fans.",
        "grim": "A bad day. An awful plan. The talks failed. A terrible result. A sad evening. Angry fans.",
    }
    comparison = report.sentiment_comparison(texts)
    assert (comparison["p_value"] < 0.05).all() and (comparison["higher"] == "cheerful").all()
    sentence = report.sentiment_sentence(texts, comparison)
    _check_claims(sentence, comparison)
    assert "by TextBlob's reading the sentences of cheerful are more positive" in report.sentiment_verdict(
        comparison
    )


def test_a_claim_without_its_test_fails_the_check():
    """The check above is not vacuous: a bare verdict, as the report once wrote, is caught."""
    texts = report.load_pair("press_release", "newspaper")
    comparison = report.sentiment_comparison(texts)
    bare = "TextBlob's polarity is +0.027 and +0.003: by TextBlob the press_release is more positive."
    with pytest.raises(AssertionError):
        _check_claims(bare, comparison)
