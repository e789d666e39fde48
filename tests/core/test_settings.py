"""User settings: round trip, atomic save, and safe fall-back to defaults."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tromsvekst_desktop.core.settings import SETTINGS_VERSION, Settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.json"
    original = Settings(
        library_folders=["/data/planer", "/data/Tromsø"],
        index_dir="/data/indeks",
        language="en",
        include_bundled=False,
    )
    original.save(path)
    assert Settings.load(path) == original
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == SETTINGS_VERSION
    assert "/data/Tromsø" in path.read_text(encoding="utf-8")


def test_defaults() -> None:
    settings = Settings()
    assert settings.library_folders == []
    assert settings.index_dir is None
    assert settings.language == "nb"
    assert settings.include_bundled is True


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "nope.json") == Settings()


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        '{"library_folders": ["/x"]}',
        json.dumps({"version": SETTINGS_VERSION + 1, "library_folders": ["/x"]}),
        b"\xff\xfe\x00garbage",
    ],
    ids=["corrupt", "not-an-object", "no-version", "newer-version", "not-utf8"],
)
def test_unusable_file_gives_defaults_and_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str | bytes
) -> None:
    path = tmp_path / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert Settings.load(path) == Settings()
    assert any(record.levelno == logging.WARNING for record in caplog.records)


def test_bad_field_keeps_default_for_that_field_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"version": 1, "library_folders": "/not/a/list", "language": "de", "index_dir": "/i"}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        settings = Settings.load(path)
    assert settings.library_folders == []
    assert settings.language == "nb"
    assert settings.index_dir == "/i"
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2


def test_save_replaces_without_leaving_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(language="en").save(path)
    Settings(language="nb").save(path)
    assert Settings.load(path).language == "nb"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_failed_save_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    Settings(library_folders=["/old"]).save(path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("tromsvekst_desktop.core.settings.os.replace", broken_replace)
    with pytest.raises(OSError):
        Settings(library_folders=["/new"]).save(path)
    assert Settings.load(path).library_folders == ["/old"]
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
