"""The course site (tools/build_site.py): every notebook's page, in course order, with its saved
outputs, built and viewable with no network.

The site is built once per session, in a subprocess whose Python refuses (and records) every
internet socket, via a sitecustomize module; when `unshare -n` works (Linux, as root or with user
namespaces) the build also runs with no network interface at all.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "build_site.py"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# sphinx-thebe (loaded by every Jupyter Book 1 site) writes this URL into an inline script; it is
# fetched only when a reader clicks a "live code" launch button, which site/_config.yml turns off
# (test_pages_load_nothing_from_the_internet checks that no page has the button).
INERT_URLS = ("https://unpkg.com/thebe@",)
STRAIGHT_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})

NETWORK_GUARD = '''
"""Installed by tests/test_site.py: record, then refuse, any use of an internet socket."""
import os
import socket

_LOG = os.environ["FRAMING_LAB_NETWORK_LOG"]


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"BLOCKED {what}\\n")
    raise OSError(f"network access refused during the site build: {what}")


def _guard(name):
    original = getattr(socket.socket, name)

    def guarded(self, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(f"socket.{name}{args!r}")
        return original(self, *args)
    setattr(socket.socket, name, guarded)


for _name in ("connect", "connect_ex", "sendto"):
    _guard(_name)
socket.getaddrinfo = lambda host, *args, **kwargs: _refuse(f"getaddrinfo({host!r})")
socket.gethostbyname = lambda host: _refuse(f"gethostbyname({host!r})")
with open(_LOG, "a", encoding="utf-8") as log:
    log.write("armed\\n")
'''


def _unshare_works() -> bool:
    if sys.platform != "linux" or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def run_offline(cmd: list[str], guard_dir: Path) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``cmd`` with internet sockets refused; return its result and the guard's log lines."""
    guard_dir.mkdir(parents=True, exist_ok=True)
    (guard_dir / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    log = guard_dir / "network.log"
    log.write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "FRAMING_LAB_NETWORK_LOG": str(log),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(guard_dir), os.environ.get("PYTHONPATH")])),
    }
    prefix = ["unshare", "-n"] if _unshare_works() else []
    result = subprocess.run(prefix + cmd, capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT)
    return result, log.read_text(encoding="utf-8").splitlines()


def page_text(path: Path) -> str:
    """A page's visible text, tags removed and whitespace collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return normalize(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def normalize(text: str) -> str:
    """``text`` with whitespace collapsed and curly quotes straightened (Sphinx makes quotes smart)."""
    return " ".join(text.translate(STRAIGHT_QUOTES).split())


class _Links(HTMLParser):
    """Collects the resources a page loads, and its internal links in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.links: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "embed", "audio", "video") and a.get("src"):
            self.loads.append(a["src"])
        if (
            tag == "link"
            and a.get("href")
            and a.get("rel") not in ("prev", "next", "index", "search", "canonical")
        ):
            self.loads.append(a["href"])
        if tag == "a" and a.get("href") and "reference internal" in (a.get("class") or ""):
            self.links.append(a["href"].split("#")[0])
        self._in_script = tag == "script" and not a.get("src")

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course site, built offline (about 5 s)."""
    tmp = tmp_path_factory.mktemp("site")
    out = tmp / "site"
    result, log = run_offline([sys.executable, str(TOOL), "--out", str(out)], tmp / "guard")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "armed" in log, "the network guard was not loaded, so this build proves nothing"
    assert [line for line in log if line != "armed"] == [], f"the site build tried to use the network: {log}"
    assert str(out / "index.html") in result.stdout, "the build must print where index.html is"
    return out


def test_there_are_notebooks_to_build_a_site_from():
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb: build them first (python3 course.py build)"


def test_the_network_guard_catches_a_connection(tmp_path: Path):
    code = "import urllib.request; urllib.request.urlopen('http://example.com', timeout=5)"
    result, log = run_offline([sys.executable, "-c", code], tmp_path)
    assert result.returncode != 0
    assert any(line.startswith("BLOCKED") for line in log), log


def test_index_and_a_page_per_notebook(site: Path):
    assert (site / "index.html").is_file()
    for path in NOTEBOOKS:
        assert (site / f"{path.stem}.html").is_file(), f"no page for {path.name}"


def test_navigation_follows_the_course_order(site: Path):
    pages = [f"{p.stem}.html" for p in NOTEBOOKS]
    links = [link for link in parse(site / "index.html").links if link in pages]
    assert list(dict.fromkeys(links)) == pages, (
        "the home page's menu and course map must list every notebook, in order"
    )
    for previous, page in zip(["index.html", *pages], pages):  # each page's "Previous" link
        assert re.search(
            rf'<link rel="prev"[^>]*href="{re.escape(previous)}"', (site / page).read_text(encoding="utf-8")
        ), page


def _output_snippets(nb: nbformat.NotebookNode) -> list[str]:
    """Texts that must appear on the notebook's page: cells of the first saved table, and the first
    line of every printed (stdout) output."""
    snippets = []
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    for out in outputs:
        table = out.get("data", {}).get("text/html", "")
        if "<table" in table:
            cells = [
                html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                for c in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)
            ]
            snippets += [normalize(c) for c in cells if len(c) >= 3][:5]
            break
    for out in outputs:
        if out.output_type == "stream" and out.name == "stdout" and out.text.strip():
            snippets.append(normalize(out.text.strip().splitlines()[0]))
    return snippets


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_page_shows_its_notebook_with_saved_outputs(path: Path, site: Path):
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    text = page_text(site / f"{path.stem}.html")
    headings = [
        m
        for c in nb.cells
        if c.cell_type == "markdown"
        for m in re.findall(r"^#{1,3}\s+(.+)$", c.source, re.M)
    ]
    assert headings, f"{path.name} has no headings"
    for heading in headings:
        plain = normalize(re.sub(r"[*`_]", "", heading))
        assert plain in text, f"heading {heading!r} is missing from its page"
    snippets = _output_snippets(nb)
    assert snippets, f"{path.name} has no saved table or printed output to look for: build it first"
    missing = [s for s in snippets if s not in text]
    assert not missing, f"saved outputs of {path.name} missing from its page: {missing}"
    checks = len(
        re.findall(r'check\("\d\d\.\d+"', "".join(c.source for c in nb.cells if c.cell_type == "code"))
    )
    assert text.count("✅ Exercise") == checks, "each exercise's saved check result is shown"


def test_pages_load_nothing_from_the_internet(site: Path):
    external = re.compile(r"^(https?:)?//", re.I)
    for page in sorted(site.glob("*.html")):
        parsed = parse(page)
        assert not [src for src in parsed.loads if external.match(src)], (
            f"{page.name} loads from the internet"
        )
        for script in parsed.inline_scripts:
            for url in re.findall(r"https?://[^\s\"'`]+", script):
                assert url.startswith(INERT_URLS), f"{page.name}: an inline script refers to {url}"
        assert not re.search(
            r"initThebe|launch-thebe|thebe-launch-button", page.read_text(encoding="utf-8")
        ), f"{page.name} has a live-code (Thebe) button, which would load {INERT_URLS[0]}..."
    for css in sorted(site.glob("_static/**/*.css")):
        imports = re.findall(r"(?:@import|url\()\s*[\"']?(?:https?:)?//", css.read_text(encoding="utf-8"))
        assert not imports, f"{css.relative_to(site)} imports from the internet"


def test_pages_are_not_re_executed_and_new_notebooks_appear(tmp_path: Path):
    """Built from a made-up course: a saved output that running the code could never give, and a
    notebook number not in the course yet."""
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    cell = nbformat.v4.new_code_cell(
        "1 + 1",
        execution_count=1,
        outputs=[
            nbformat.v4.new_output("execute_result", {"text/plain": "saved output 7391"}, execution_count=1)
        ],
    )
    for stem in ("42_the_answer", "07_later", "03_earlier"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# Notebook {stem}"), cell])
        (notebooks / f"{stem}.ipynb").write_text(nbformat.writes(nb), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(TOOL), "--notebooks", str(notebooks), "--out", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "saved output 7391" in page_text(tmp_path / "site" / "42_the_answer.html")
    links = [link for link in parse(tmp_path / "site" / "index.html").links if link[:2].isdigit()]
    assert list(dict.fromkeys(links)) == ["03_earlier.html", "07_later.html", "42_the_answer.html"]


def test_refuses_to_empty_a_folder_that_is_not_a_site(tmp_path: Path):
    (tmp_path / "precious.txt").write_text("keep me", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(TOOL), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert result.returncode == 1 and "not a site built by this script" in result.stderr
    assert (tmp_path / "precious.txt").read_text(encoding="utf-8") == "keep me"


def test_the_glossary_page_links_each_term_to_its_section(site: Path):
    page = (site / "glossary.html").read_text(encoding="utf-8")
    text = page_text(site / "glossary.html")
    for term in ("token", "keyness", "wildcard"):
        assert term in text, f"the glossary page has no {term!r}"
    anchors = re.findall(r'href="(\d\d_[a-z_]+\.html)#([\w-]+)"', page)
    assert anchors, "the glossary links to no notebook section"
    for target, anchor in anchors:
        assert f'id="{anchor}"' in (site / target).read_text(encoding="utf-8"), f"{target} has no #{anchor}"
    assert "glossary.html" in (site / "index.html").read_text(encoding="utf-8")
    # notebook 01 links to the glossary (../docs/glossary.md in the repository): on the site, to its page
    notebook_01 = parse(site / "01_reading_the_two_texts.html").links
    assert "glossary.html" in notebook_01, "notebook 01's glossary link does not reach the glossary page"
