#!/usr/bin/env python3
"""Build the course site: every notebook as an HTML page, with its saved outputs, in course order.

Uses Jupyter Book 1.x (Sphinx, sphinx-book-theme), which builds offline. The book's sources are
staged in a temporary folder: a copy of each notebooks/NN_*.ipynb, a table of contents listing
them by number (so a new notebook appears as soon as it is built), and a home page made of
README.md's opening paragraphs, a generated course map and site/intro.md. site/_config.yml holds
the settings: notebooks are never executed, and nothing loads from the internet.

    python tools/build_site.py                   # -> _build/site/index.html
    python tools/build_site.py --out somewhere/  # another output folder

Exercise solutions stay on the pages, folded away ("Show code cell source") so readers try first.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
#: How a notebook links to the glossary (from notebooks/ or student/); the site links to its own page.
GLOSSARY_LINK = "../docs/glossary.md"


class SiteError(Exception):
    """The site cannot be built (the message says why)."""


def notebook_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The text of the notebook's first level-1 Markdown heading, else ``fallback``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+?)\s*$", cell.source, re.M)
            if match:
                return match.group(1)
    return fallback


def glossary_tool():
    """tools/glossary.py as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("glossary", Path(__file__).with_name("glossary.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules["glossary"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def readme_opening(readme: Path) -> str:
    """README.md up to its first second-level heading: the title and the opening paragraphs."""
    text = readme.read_text(encoding="utf-8")
    return re.split(r"^## ", text, maxsplit=1, flags=re.M)[0].strip()


def stage(notebooks: list[Path], folder: Path) -> None:
    """Write the book's sources into ``folder``: notebooks, _toc.yml, _config.yml and index.md."""
    course_map = ["## Course map", ""]
    for path in notebooks:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
        for cell in nb.cells:  # fold each solution away; shown with one click
            if cell.cell_type == "markdown":  # the glossary is a page of the book, beside the notebooks
                cell.source = cell.source.replace(f"]({GLOSSARY_LINK})", "](glossary.md)")
            tags = cell.metadata.get("tags", [])
            if cell.cell_type == "code" and "solution" in tags and "hide-input" not in tags:
                cell.metadata["tags"] = [*tags, "hide-input"]
        (folder / path.name).write_text(nbformat.writes(nb), encoding="utf-8")
        course_map.append(f"1. [{notebook_title(nb, path.stem)}]({path.name})")
    # The glossary (tools/glossary.py): each term linked to the section of the notebook that teaches it.
    (folder / "glossary.md").write_text(
        glossary_tool().glossary_markdown(notebooks[0].parent, site=True), encoding="utf-8"
    )
    course_map.append("\nEvery technical term, and where it is taught: the [glossary](glossary.md).")
    toc = ["format: jb-book", "root: index", "chapters:", *(f"- file: {p.stem}" for p in notebooks)]
    toc.append("- file: glossary")
    (folder / "_toc.yml").write_text("\n".join(toc) + "\n", encoding="utf-8")
    shutil.copyfile(SITE / "_config.yml", folder / "_config.yml")
    intro = (SITE / "intro.md").read_text(encoding="utf-8").strip()
    home = [readme_opening(ROOT / "README.md"), "\n".join(course_map), intro]
    (folder / "index.md").write_text("\n\n".join(home) + "\n", encoding="utf-8")


def _prepare_output(out: Path) -> None:
    """Empty ``out`` for a fresh build, refusing to delete a folder that is not a previous site."""
    if out.exists():
        if any(out.iterdir()) and not (out / ".buildinfo").exists():
            raise SiteError(f"{out} exists and is not a site built by this script; choose another --out")
        shutil.rmtree(out)


def build_site(notebooks_dir: Path, out: Path) -> Path:
    """Build the site of ``notebooks_dir/NN_*.ipynb`` into ``out``; return the path of index.html."""
    from jupyter_book.sphinx import build_sphinx

    notebooks = sorted(notebooks_dir.glob(NOTEBOOK_GLOB))
    if not notebooks:
        raise SiteError(
            f"no notebooks matching {NOTEBOOK_GLOB} in {notebooks_dir}: build them first "
            "(python3 course.py build)"
        )
    _prepare_output(out)
    with tempfile.TemporaryDirectory(prefix="framing-lab-site-") as tmp:
        source = Path(tmp) / "book"
        source.mkdir()
        stage(notebooks, source)
        # As `jupyter-book build` does, with the output folder of our choice and a fresh environment.
        result = build_sphinx(
            source,
            out,
            noconfig=True,
            path_config=str(source / "_config.yml"),
            confoverrides={
                "external_toc_path": (source / "_toc.yml").as_posix(),
                "latex_individualpages": False,
            },
            doctreedir=Path(tmp) / "doctrees",
            freshenv=True,
            quiet=True,
        )
    if result != 0:
        raise SiteError(f"the Sphinx build failed ({result}); see the messages above")
    index = out / "index.html"
    if not index.exists():
        raise SiteError(f"the build finished but wrote no {index}")
    for page in sorted(out.rglob("*.html")):  # WCAG 2.1 AA: see accessible_html
        page.write_text(accessible_html(page.read_text(encoding="utf-8")), encoding="utf-8")
    return index


def accessible_html(page: str) -> str:
    """Fix the theme's two controls that axe-core reports (WCAG 2.5.3, label in name, serious).

    The search button shows "Search Ctrl+K" but is named "Search", and the folded code cells'
    toggles show "Show code cell source" but are named "Toggle hidden content": their names now
    come from what they show. The colour-mode button is named "Color mode" while its icons are
    titled "Light", "Dark" and "System Settings": its name now says both.

    Example:
        >>> accessible_html('<button class="btn search-button-field x" title="Search" aria-label="Search">')
        '<button class="btn search-button-field x" title="Search">'
    """
    page = re.sub(r'(<button class="btn search-button-field[^"]*"[^>]*?) aria-label="Search"', r"\1", page)
    page = page.replace('<summary aria-label="Toggle hidden content">', "<summary>")
    return page.replace('aria-label="Color mode"', 'aria-label="Color mode: Light, Dark or System Settings"')


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "_build" / "site", help="output folder (default: _build/site/)"
    )
    parser.add_argument(
        "--notebooks",
        type=Path,
        default=ROOT / "notebooks",
        help="folder of the course notebooks (default: notebooks/)",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        index = build_site(args.notebooks, args.out.resolve())
    except SiteError as error:
        print(f"site not built: {error}", file=sys.stderr)
        return 1
    print(f"site built in {time.perf_counter() - start:.1f} s; open {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
