"""The real `tromsvekst-desktop --screenshot` on laptop and monitor screens (offscreen platform,
screen size from its configuration file), each in a fresh process: the platform and the scale
are fixed when the QApplication starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tromsvekst_desktop.gui.window_fit import MIN_DETAIL_WIDTH, MIN_RESULTS_WIDTH, MIN_TREE_WIDTH

# (screen width, height in device pixels, scale factor): the laptops and monitors of the issue.
SCREENS = [
    (1280, 720, 1.0),
    (1366, 768, 1.0),
    (1920, 1080, 1.0),
    (1920, 1080, 1.25),
    (1920, 1080, 1.5),
    (2560, 1440, 1.0),
]


def screen_config(folder: Path, width: int, height: int) -> Path:
    """A screen for the offscreen platform, as in ../shared/screens/ (written here: no dependency)."""
    config = folder / f"{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": f"{width}x{height}",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return config


def run_screenshot(
    home: Path, config: Path, scale: float, index_dir: Path, *extra: str
) -> tuple[dict[str, object], QImage]:
    """Start the application on that screen with a fresh (or the given) user folder; its report."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
    )
    out, report = home / "window.png", home / "window.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tromsvekst_desktop",
            "--index-dir",
            str(index_dir),
            "--search",
            "klimatilpasning",
            "--screenshot",
            str(out),
            "--screenshot-report",
            str(report),
            "--no-crash-dialog",
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(report.read_text()), QImage(str(out))


def inside(part: dict[str, int], area: dict[str, int], slack: int = 0) -> bool:
    """Whether ``part`` lies within ``area`` (``slack``: logical pixels of rounding allowed)."""
    return (
        part["x"] >= area["x"] - slack
        and part["y"] >= area["y"] - slack
        and part["x"] + part["width"] <= area["x"] + area["width"] + slack
        and part["y"] + part["height"] <= area["y"] + area["height"] + slack
    )


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index of the bundled plans for every screen (the first start builds it)."""
    return tmp_path_factory.mktemp("index") / "index"


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS, ids=[f"{w}x{h}@{s:g}" for w, h, s in SCREENS])
def test_the_first_window_fits_the_screen_and_is_usable(
    tmp_path: Path, shared_index: Path, width: int, height: int, scale: float
) -> None:
    report, image = run_screenshot(tmp_path, screen_config(tmp_path, width, height), scale, shared_index)
    screen = report["screen"]
    assert isinstance(screen, dict)
    available = screen["available"]
    # The platform really gave the screen asked for, in logical pixels.
    assert available["width"] == round(width / scale)
    assert screen["device_pixel_ratio"] == pytest.approx(scale)

    window = report["window"]
    assert isinstance(window, dict)
    # At 125 % the platform rounds the frame's device pixels to logical ones: 1 px either way.
    assert inside(window["frame"], available, slack=0 if scale.is_integer() else 1)
    parts = report["parts"]
    assert isinstance(parts, dict)
    for name in ("search_button", "status_bar", "tree_pane", "results_pane", "detail_pane"):
        assert parts[name] is not None, f"{name} is not shown"
        assert inside(parts[name], available), f"{name} {parts[name]} is outside {available}"
    # No pane squeezed below a usable width.
    assert parts["tree_pane"]["width"] >= MIN_TREE_WIDTH
    assert parts["results_pane"]["width"] >= MIN_RESULTS_WIDTH
    assert parts["detail_pane"]["width"] >= MIN_DETAIL_WIDTH

    # The first hit's page is open, fitted to the width, at 100 % or more (PDF points to
    # logical pixels): the plans' 10.5 pt body text is at least 10.5 px high.
    viewer = report["viewer"]
    assert isinstance(viewer, dict)
    assert viewer["open"] and viewer["fit_width"]
    assert viewer["zoom"] >= 1.0
    assert report["hits"]
    # The facet box shows whole rows: none cut in half.
    facets = report["facets"]
    assert isinstance(facets, dict)
    assert facets["rows"] > 0 and facets["cut"] == 0 and facets["whole"] >= min(facets["rows"], 4)

    # The picture is the window, in device pixels.
    assert image.width() == round(window["geometry"]["width"] * scale)
    assert image.height() == round(window["geometry"]["height"] * scale)


def test_a_window_saved_on_a_large_monitor_is_fitted_to_a_laptop_and_stays_the_same(
    tmp_path: Path, shared_index: Path
) -> None:
    """A size saved on a 2560×1440 monitor, next start on 1366×768: fitted; and a third start
    opens exactly as the second one closed."""
    big, laptop = screen_config(tmp_path, 2560, 1440), screen_config(tmp_path, 1366, 768)
    home = tmp_path / "home"
    first, _ = run_screenshot(home, big, 1.0, shared_index)
    assert first["window"]["geometry"]["width"] > 1366  # type: ignore[index]
    assert not first["window"]["maximized"]  # type: ignore[index]

    second, _ = run_screenshot(home, laptop, 1.0, shared_index)
    window = second["window"]
    assert isinstance(window, dict)
    assert inside(window["frame"], second["screen"]["available"])  # type: ignore[index]
    assert inside(second["parts"]["status_bar"], second["screen"]["available"])  # type: ignore[index]

    third, _ = run_screenshot(home, laptop, 1.0, shared_index)
    assert third["window"] == second["window"]
