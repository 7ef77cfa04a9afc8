#!/usr/bin/env python3
"""A framing report on any two catalogued texts, as a web page that opens with no network.

    python3 course.py report press_release newspaper            # the usual way (uses the course environment)
    python tools/render_report.py example_opposition press_release  # the same, with the environment's Python
    python tools/render_report.py A B --out somewhere/ --no-clean --top-n 20

What it does:

1. checks both ids against ``texts/catalogue.csv`` (an unknown id stops here, with the known ids);
2. takes notebook 07 (``notebooks/07_framing_report.ipynb``) without its course-only parts: the
   cells tagged ``course-only`` (the objectives, the "Going further" heading, and every exercise's
   question, solution and check cell, which sit beside their sections), any cell tagged
   ``solution``, and anything from an ``## Exercises`` heading on (the old layout); then it puts a
   title naming the two texts at the top;
3. runs it with papermill, the two ids and the options as its parameters, in the ``python3``
   kernel, and saves the executed notebook as ``<out>/<A>_vs_<B>.ipynb`` (the code is there);
4. exports ``<out>/<A>_vs_<B>.html`` for a reader: no code, only the prose, tables and figures.
   Figures are embedded as base64 PNG; the page loads no script, stylesheet or font from the
   network (nbconvert's "lab" template would load require.js, MathJax and Mermaid from a CDN:
   those three blocks are emptied here, as the report uses none of them).

Nothing in ``texts/`` is written. ``reports/`` is ignored by git. Exits with status 2 (and a
message saying what to do) on a bad id, 1 if the notebook fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "07_framing_report.ipynb"
DEFAULT_OUT = ROOT / "reports"
COURSE_ONLY_TAG = "course-only"
DROPPED_TAGS = frozenset({COURSE_ONLY_TAG, "solution"})
EXERCISES_HEADING = "## Exercises"
KERNEL = "python3"
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"  # Jupyter's own: figures become PNG outputs

if str(ROOT) not in sys.path:  # run from a checkout, with or without `pip install -e .`
    sys.path.insert(0, str(ROOT))

# The "lab" template, minus the three blocks that load JavaScript from a CDN, and with a
# description (alt text) on every figure for readers who cannot see it.
OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style type="text/css">
  main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
  .jp-OutputArea-output.jp-RenderedMarkdown { padding-left: var(--jp-code-padding); }
  .jp-RenderedImage img { max-width: 100%; height: auto; }
  /* WCAG 1.4.1: a link in running text is told apart by more than its colour */
  /* this style comes before the lab theme's, so it needs the higher specificity of `html body` */
  html body .jp-RenderedHTMLCommon a:link, html body .jp-RenderedHTMLCommon a:visited {
    text-decoration: underline;
  }
</style>
{% endblock extra_css %}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}" alt="{{ output.metadata.get('alt', 'A figure of the report') | escape_html }}">
</div>
{% endblock data_png %}
"""


class ReportError(Exception):
    """The report cannot be made; the message says why and what to do. ``status`` is the exit status."""

    status = 1


class UsageError(ReportError):
    """The command line asks for something that cannot be: an unknown id, the same text twice..."""

    status = 2


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="render_report.py",
        description="A framing report (notebook 07) on two texts of texts/catalogue.csv, as HTML.",
        epilog="Example: python3 course.py report example_opposition press_release",
    )
    parser.add_argument("text_a", help="id of the first text (text A), as in texts/catalogue.csv")
    parser.add_argument("text_b", help="id of the second text (text B)")
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="folder for the report (default: reports/)"
    )
    parser.add_argument(
        "--no-clean",
        dest="clean",
        action="store_false",
        help="analyse the texts as received, web-page furniture included (default: cleaned)",
    )
    parser.add_argument("--top-n", type=int, default=15, help="rows in the word tables (default: 15)")
    return parser.parse_args(argv)


def check_ids(text_a: str, text_b: str) -> None:
    """Stop with the loader's own message (it lists the known ids) if an id is not catalogued."""
    from helpers.report import check_pair
    from helpers.texts import TextLoadError

    try:
        check_pair(text_a, text_b)
    except (TextLoadError, ValueError) as exc:
        raise UsageError(str(exc)) from None


def report_notebook(text_a: str, text_b: str, clean: bool):
    """Notebook 07 as a report: course-only cells and the exercises removed, a title on top, no outputs."""
    import nbformat

    if not NOTEBOOK.exists():
        raise ReportError(
            f"{NOTEBOOK.relative_to(ROOT)} is missing: build it with `python3 course.py build 07`."
        )
    nb = nbformat.read(NOTEBOOK, as_version=4)
    kept = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith(EXERCISES_HEADING):
            break
        if DROPPED_TAGS & set(cell.metadata.get("tags", [])):
            continue
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        kept.append(cell)
    if not any("parameters" in cell.metadata.get("tags", []) for cell in kept):
        raise ReportError(f"{NOTEBOOK.name} has no cell tagged 'parameters'; rebuild it from notebooks/src/.")
    how = "cleaned: web-page furniture removed, encoding repaired" if clean else "as received, not cleaned"
    title = nbformat.v4.new_markdown_cell(
        f"# Framing report: {text_a} vs {text_b}\n\n"
        f"Text A is **{text_a}**, text B is **{text_b}**, from `texts/catalogue.csv` ({how}). Made with "
        "Framing Lab's notebook 07, *A framing report on any two texts*, by "
        f"`python3 course.py report {text_a} {text_b}{'' if clean else ' --no-clean'}`. Every number is computed "
        "from the two texts, and every score comes with the raw counts it rests on. The code is hidden here; "
        "the executed notebook saved beside this page shows it."
    )
    nb.cells = [title] + kept
    nb.metadata["title"] = f"Framing report: {text_a} vs {text_b}"
    return nb


def kernel_config(folder: Path):
    """Kernel settings: on Linux and macOS, talk to the kernel over local IPC sockets in ``folder``.

    With the default TCP transport, ipykernel 7 warns on start-up that traffic is unencrypted;
    IPC sockets are files in a folder only this user can open, so the warning's cause goes away
    rather than being hidden. Windows has no IPC transport: there TCP on 127.0.0.1 is used, as
    Jupyter itself does.
    """
    from traitlets.config import Config

    config = Config()
    if os.name == "posix":
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = str(folder / "kernel")
    return config


# jupyter_client always interrupts a kernel before shutting it down; if the interrupt lands while
# ipykernel is handling a message, ipykernel logs this line although nothing went wrong.
BENIGN_KERNEL_LINES = ("KeyboardInterrupt caught in kernel",)


@contextlib.contextmanager
def kernel_stderr_filtered(capture: Path):
    """Send this process's stderr (which the kernel inherits) to ``capture``, then pass it on
    without the benign shutdown lines above; anything else the kernel printed still shows."""
    sys.stderr.flush()
    saved = os.dup(2)
    with capture.open("wb") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
    for line in capture.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.strip() and not any(benign in line for benign in BENIGN_KERNEL_LINES):
            print(line, file=sys.stderr)


def run(nb, executed: Path, parameters: dict) -> None:
    """Execute the report notebook with papermill and save it as ``executed``."""
    import nbformat
    import papermill

    # The kernel inherits this process's environment. A non-interactive MPLBACKEND (say "Agg", as
    # test runners and servers set) would stop the figures from being shown, and so from being saved.
    backend = os.environ.get("MPLBACKEND")
    os.environ["MPLBACKEND"] = INLINE_BACKEND
    with tempfile.TemporaryDirectory(prefix="framing-report-") as tmp:  # private (0700), removed afterwards
        source = Path(tmp) / "report_input.ipynb"
        nbformat.write(nb, source)
        try:
            with kernel_stderr_filtered(Path(tmp) / "kernel-stderr.txt"):
                papermill.execute_notebook(
                    str(source),
                    str(executed),
                    parameters=parameters,
                    kernel_name=KERNEL,
                    progress_bar=False,
                    cwd=str(ROOT / "notebooks"),
                    config=kernel_config(Path(tmp)),
                )
        except papermill.PapermillExecutionError as exc:
            raise ReportError(
                f"The report notebook stopped with an error in cell {exc.exec_count}: {exc.ename}: {exc.evalue}\n"
                f"The executed notebook, with the error, is {_shown(executed)}."
            ) from None
        finally:
            if backend is None:
                os.environ.pop("MPLBACKEND", None)
            else:
                os.environ["MPLBACKEND"] = backend
    # papermill records where it read and wrote: the input was a temporary copy of notebook 07
    executed_nb = nbformat.read(executed, as_version=4)
    record = executed_nb.metadata.get("papermill", {})
    record["input_path"] = str(NOTEBOOK.relative_to(ROOT))
    record["output_path"] = executed.name
    nbformat.write(executed_nb, executed)


def describe_figures(nb, text_a: str, text_b: str) -> None:
    """Give each figure an alt text: its section, the sentence that introduces it, and its text.

    A figure's title is drawn inside the picture, so a screen reader cannot read it; the sentence
    before the figure in the report says what it shows, and helpers.plots' alt text adds the
    chart's title and key numbers.
    """
    import html
    import re

    section, intro = "", ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = [line for line in cell.source.splitlines() if line.strip()]
            if lines and lines[0].startswith("## "):
                section, lines = lines[0][3:].strip(), lines[1:]
            if lines:
                text = re.sub(r"[*`]", "", " ".join(lines))
                intro = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(":.")
            continue
        mentions = [
            name
            for name, variable in ((text_a, "text_a"), (text_b, "text_b"))
            if re.search(rf"\b{variable}\b", cell.source)
        ]
        which = f" ({mentions[0]})" if len(mentions) == 1 else ""
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                # helpers.plots adds an <img> with what the chart shows (title, key numbers): it is
                # appended to this description, and the page shows the PNG with the whole of it.
                shown = re.match(r'<img alt="([^"]*)"', str(output["data"].pop("text/html", "")))
                what = f" {html.unescape(shown[1])}" if shown else ""
                output.setdefault("metadata", {})["alt"] = f"Figure, {section}{which}: {intro}.{what}"


def export_html(executed: Path, html: Path) -> None:
    """The executed notebook as a self-contained page for a reader: no code, no prompts, no CDN."""
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(executed, as_version=4)
    parameters = nb.metadata.get("papermill", {}).get("parameters", {})
    describe_figures(nb, parameters.get("text_a", "text A"), parameters.get("text_b", "text B"))
    exporter = HTMLExporter(
        extra_loaders=[jinja2.DictLoader({"framing_report.html.j2": OFFLINE_TEMPLATE})],
        template_file="framing_report.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    # papermill's injected parameters are code, with no output: nothing for a reader
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags={"injected-parameters", "parameters"}, enabled=True),
        enabled=True,
    )
    body, _ = exporter.from_notebook_node(
        nb, resources={"metadata": {"name": nb.metadata.get("title", html.stem)}}
    )
    html.write_text(body, encoding="utf-8")


def make_report(
    text_a: str, text_b: str, *, out: Path = DEFAULT_OUT, clean: bool = True, top_n: int = 15
) -> Path:
    """Run notebook 07 on two catalogued texts; write ``<out>/<A>_vs_<B>.ipynb`` and ``.html``; return the HTML path."""
    check_ids(text_a, text_b)
    if top_n < 1:
        raise UsageError(f"--top-n must be at least 1, not {top_n}.")
    try:
        import nbconvert  # noqa: F401
        import papermill  # noqa: F401
    except ImportError as exc:
        raise ReportError(
            f"{exc.name} is not installed in this Python ({sys.executable}). Run the report in the course "
            f"environment: `python3 course.py report {text_a} {text_b}`."
        ) from None
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{text_a}_vs_{text_b}" + ("" if clean else "_raw")
    executed, html = out / f"{stem}.ipynb", out / f"{stem}.html"
    nb = report_notebook(text_a, text_b, clean)
    run(nb, executed, {"text_a": text_a, "text_b": text_b, "clean": clean, "top_n": top_n})
    export_html(executed, html)
    return html


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(
        f"Framing report: {args.text_a} vs {args.text_b} ({'cleaned' if args.clean else 'as received'}) ...",
        flush=True,
    )
    try:
        html = make_report(args.text_a, args.text_b, out=args.out, clean=args.clean, top_n=args.top_n)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.status
    print(f"Executed notebook: {_shown(html.with_suffix('.ipynb'))}")
    print(f"Report (open it in a web browser): {_shown(html)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
