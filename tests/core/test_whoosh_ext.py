"""Tromsvekst's Whoosh extensions are installed explicitly, once, and only for the right Whoosh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.codec.plaintext import PlainTextCodec
from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb import compound as whoosh_compound
from whoosh.qparser import QueryParser

from tromsvekst_desktop.core import whoosh_ext


def test_importing_the_core_changes_nothing_in_whoosh() -> None:
    code = (
        "import whoosh.codec.whoosh3 as w3, whoosh.filedb.compound as c, whoosh.writing as w\n"
        "before = (w3.W3PerDocReader._cached_reader, c.BufferFile, w.PostingPool,"
        " w.SegmentWriter._flush_segment)\n"
        "import tromsvekst_desktop.core.index, tromsvekst_desktop.core.search, tromsvekst_desktop.cli\n"
        "after = (w3.W3PerDocReader._cached_reader, c.BufferFile, w.PostingPool,"
        " w.SegmentWriter._flush_segment)\n"
        "assert before == after, (before, after)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_install_applies_the_reading_extensions_once() -> None:
    whoosh_ext.install()
    first = (W3PerDocReader._cached_reader, whoosh_compound.BufferFile)
    whoosh_ext.install()
    assert (W3PerDocReader._cached_reader, whoosh_compound.BufferFile) == first
    assert first == (whoosh_ext._cached_reader_with_misses, whoosh_ext._UncopiedBufferFile)


def test_another_whoosh_version_is_refused_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whoosh_ext, "_installed", False)
    monkeypatch.setattr(whoosh_ext.metadata, "version", lambda _name: "2.7.4")
    with pytest.raises(whoosh_ext.WhooshVersionError) as raised:
        whoosh_ext.install()
    assert "Whoosh-Reloaded==2.7.5" in str(raised.value)
    assert "found Whoosh-Reloaded 2.7.4" in str(raised.value)


def test_the_writer_is_whooshs_own_with_another_codec(tmp_path: Path) -> None:
    schema = Schema(id=ID(stored=True), text=TEXT)
    ix = whoosh_index.create_in(str(tmp_path), schema)
    writer = whoosh_ext.TermGroupedWriter(ix, codec=PlainTextCodec())
    writer.add_document(id="a", text="kollektivtransport i Tromsø")
    writer.add_document(id="b", text="boligbygging og kollektivtransport")
    writer.commit()
    with ix.searcher() as searcher:
        hits = searcher.search(QueryParser("text", schema).parse("kollektivtransport"))
        assert sorted(hit["id"] for hit in hits) == ["a", "b"]
