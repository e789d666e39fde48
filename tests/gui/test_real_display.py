"""The real `tromsvekst-desktop` on a real X display (Xvfb, Qt's xcb platform, not offscreen), read
and driven by a screen reader's interface: AT-SPI on the session's accessibility bus.

Needs the system packages the README's set-up command installs (xvfb, dbus-daemon,
at-spi2-core, python3-pyatspi and the xcb libraries of Qt's platform plugin).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi is for the system Python
CLIENT = Path(__file__).with_name("atspi_client.py")
SCREEN = (1366, 768)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and AT-SPI are Linux's")


def _require(command: str) -> str:
    found = shutil.which(command)
    assert found, f"{command} is missing: install the system packages of the README's set-up command"
    return found


@pytest.fixture
def x_display() -> str:
    """A fresh Xvfb server with a 1366×768 screen; its display name (":N")."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            _require("Xvfb"),
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_the_window_appears_fits_and_answers_a_search_through_the_accessibility_bus(
    x_display: str, tmp_path: Path
) -> None:
    assert Path(SYSTEM_PYTHON).exists()
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True)
    assert check.returncode == 0, "python3-pyatspi is missing: " + check.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "WAYLAND"))}
    env.update(
        DISPLAY=x_display,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",  # no desktop here has switched screen readers on
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / ".config"),
        XDG_DATA_HOME=str(tmp_path / ".local" / "share"),
        XDG_RUNTIME_DIR=str(tmp_path),
        APP_PYTHON=sys.executable,
        INDEX_DIR=str(tmp_path / "index"),
        CLIENT=str(CLIENT),
        SYSTEM_PYTHON=SYSTEM_PYTHON,
    )
    # One session bus for both: the window registers on its accessibility bus, the client reads it.
    # The window starts with a search (its first hit opened), the client then types another one.
    script = (
        '"$APP_PYTHON" -m tromsvekst_desktop --index-dir "$INDEX_DIR" --search klimatilpasning '
        '--no-crash-dialog 2>"$HOME/app.log" & app=$!; '
        '"$SYSTEM_PYTHON" "$CLIENT" Tromsvekst kollektivtransport; code=$?; '
        "kill $app; wait $app; exit $code"
    )
    result = subprocess.run(
        [_require("dbus-run-session"), "--", "sh", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    log = (tmp_path / "app.log").read_text(errors="replace") if (tmp_path / "app.log").exists() else ""
    assert result.returncode == 0, result.stderr + log
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "error" not in report, report

    # The window appeared on the real display, inside the 1366×768 screen.
    frame = report["frame"]
    assert frame["name"] == "Tromsvekst"
    assert frame["x"] >= 0 and frame["y"] >= 0
    assert frame["x"] + frame["width"] <= SCREEN[0] and frame["y"] + frame["height"] <= SCREEN[1]

    controls = {(c["role"], c["name"]) for c in report["controls"]}
    for expected in [
        ("text", "Søk"),
        ("push button", "Søk"),
        ("tree", "Treff per plan og mål"),
        ("tree", "Søkeresultater"),
        ("tree", "Mål og strategier"),
        ("spin button", "Sidenummer"),
        ("status bar", ""),
    ]:
        assert expected in controls, f"{expected} is not on the accessibility bus"
    # The page viewer says which page it shows: the first hit of the start search.
    assert any(name.startswith("Side ") and " av " in name for _role, name in controls), controls
    # Every button has a name a screen reader can say.
    unnamed = [c for c in report["controls"] if c["role"] == "push button" and not c["name"]]
    assert unnamed == []
    # Goal tree items expose their text.
    assert ("table cell", "Tromsvekstavtalen for Tromsøregionen") in controls

    # The result rows expose their text: the start search, then the one typed over AT-SPI.
    assert any("klimatilpasning" in row for row in report["rows_before"])
    after = report["rows_after"]
    assert after != report["rows_before"]
    assert any("kollektivtransport" in row.lower() for row in after), after
