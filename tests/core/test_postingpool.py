"""The writer's term-grouped posting pool writes exactly what Whoosh's own pool and writer write."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from tromsvekst_desktop.core.index import make_schema
from tromsvekst_desktop.core.postingpool import TermGroupedPool
from tromsvekst_desktop.core.whoosh_ext import TermGroupedWriter

WORDS = (
    "kommunen skal sikre god planlegging av arealbruk og transport i Tromsø og omegn "
    "med klimatilpasning besøksforvaltning næringsutvikling samfunnsutvikling gang- og "
    "sykkelstier regional transportplan kollektivtrafikk boligbygging sentrumsutvikling"
).split()


def pages(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [
        {
            "uid": f"page:{number}",
            "type": "page",
            "doc": rng.choice(["rtp", "kps", "kpa"]),
            "page": number,
            "title": " ".join(rng.choices(WORDS, k=3)),
            "content": " ".join(rng.choices(WORDS, k=rng.randint(0, 200))),
            "parts": " ".join(rng.choices(WORDS, k=20)),
        }
        for number in range(count)
    ]


def write_index(
    folder: Path, documents: list[dict[str, Any]], writer_class: type, *, limit: int | None = None
) -> dict[str, bytes]:
    """The segment's term table and postings after indexing ``documents`` in one commit."""
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema(), indexname="MAIN")
    writer = writer_class(ix)
    if limit is not None:
        writer.pool.limit = limit
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    storage = FileStorage(str(folder))
    segment = next(name for name in storage.list() if name.endswith(".seg"))
    files = CompoundStorage(storage.open_file(segment), use_mmap=False)
    try:
        names = [name for name in files.list() if name[-3:] in ("trm", "pst")]
        return {name[-3:]: files.open_file(name).read() for name in names}
    finally:
        files.close()


@pytest.fixture
def reference(tmp_path: Path) -> dict[str, bytes]:
    return write_index(tmp_path / "whoosh", pages(400, seed=1), SegmentWriter)


@pytest.mark.parametrize("limit", [None, 20_000], ids=["in memory", "spilled to disk"])
def test_the_segment_is_byte_for_byte_what_whoosh_writes(
    reference: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int | None
) -> None:
    spilled: list[int] = []
    original_save = TermGroupedPool.save

    def counting_save(self: TermGroupedPool) -> None:
        spilled.append(len(self.runs))
        original_save(self)

    monkeypatch.setattr(TermGroupedPool, "save", counting_save)
    ours = write_index(tmp_path / "ours", pages(400, seed=1), TermGroupedWriter, limit=limit)
    assert set(ours) == {"trm", "pst"}
    assert ours == reference
    assert (len(spilled) > 3) == (limit is not None)  # the small limit really spilled runs


postings = st.lists(
    st.tuples(
        st.sampled_from(["content", "parts", "spell_content"]),
        st.binary(min_size=1, max_size=3),
        st.floats(min_value=0.5, max_value=9, allow_nan=False),
        st.binary(max_size=6),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(documents=st.lists(postings, max_size=25), limit=st.integers(min_value=300, max_value=5_000))
def test_postings_come_out_in_whooshs_order_however_often_the_pool_spills(
    documents: list[list[tuple[str, bytes, float, bytes]]], limit: int
) -> None:
    # Whoosh adds each spelling word on document 0 for every document that has it.
    added = [
        (fieldname, text, 0 if fieldname == "spell_content" else docnum, weight, value)
        for docnum, document in enumerate(documents)
        for fieldname, text, weight, value in document
    ]
    with tempfile.TemporaryDirectory() as folder:
        pool = TermGroupedPool(FileStorage(folder), None, limitmb=1)
        pool.limit = limit
        for item in added:
            pool.add(item)
        assert list(pool.items()) == sorted(added)
        pool.cleanup()
        assert not list(Path(folder).iterdir())  # no run left behind
