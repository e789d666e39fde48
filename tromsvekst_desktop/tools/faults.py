"""Fault injection: kill indexing at random moments, damage index files, feed mutated PDFs.

``python -m tromsvekst_desktop.tools.faults kill --runs 20`` builds a library of a few
thousand pages (the bench corpus), then per run starts ``tromsvekst index``, kills it
with SIGKILL at a random moment and checks that the index opens, searches work, the
last complete run is not lost, and the next run gives exactly the hits of a clean
rebuild. ``damage`` truncates, deletes and garbles index files; ``mutate`` indexes
byte-level mutations of a plan PDF. Each prints a table and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tromsvekst_desktop.tools.bench import DEFAULT_WORK_DIR, default_corpus, ensure_corpus
from tromsvekst_desktop.tools.pdfwrite import write_text_pdf

BUNDLED_PDF = Path(__file__).resolve().parents[2] / "resources" / "documents" / "tromsvekstavtalen.pdf"
# Words of the law texts and of the generated fallback text, plus the words that differ
# between the two library states (so a lost commit shows up as different hits).
QUERIES = (
    "kommune",
    "departementet",
    "forskrift",
    "klage",
    "plan",
    "regionen",
    "fjernvarme",
    "havvind",
    "beredskap",
    "kind:goal",
)
SEARCH_LIMIT = 100_000
Snapshot = dict[str, tuple[int, tuple[tuple[str, str, str, int, str], ...]]]

CATALOG_YAML = """\
documents:
  - id: endringsnotat
    title: Endringsnotat
    owner: Tromsø kommune
    kind: rapport
    file: endringsnotat.pdf
"""
GOALS_YAML = """\
plan:
  id: feilplan
  title: Planen som endres
  document: endringsnotat
  levels: [Innsatsområde, Delmål]
goals:
  - id: f.io1
    title: {title}
    page: 1
    children:
      - id: f.d1
        title: Beredskap i hele regionen
        page: 1
"""


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cli_command(index_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tromsvekst_desktop.cli", "--index-dir", str(index_dir), *args]


def run_cli(index_dir: Path, *args: str, timeout: float = 900.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(index_dir, *args), capture_output=True, text=True, timeout=timeout)


# Runs `tromsvekst --index-dir DIR ARGS…`: (exit status, stdout, stderr).
CliRunner = Callable[[Path, Sequence[str]], tuple[int, str, str]]


def subprocess_runner(index_dir: Path, args: Sequence[str]) -> tuple[int, str, str]:
    result = run_cli(index_dir, *args)
    return result.returncode, result.stdout, result.stderr


def snapshot(index_dir: Path, queries: Sequence[str] = QUERIES) -> Snapshot:
    """Every hit of each query as (kind, document, path, page, goal), sorted, with the total."""
    from tromsvekst_desktop.core.search import SearchEngine

    result: Snapshot = {}
    with SearchEngine(index_dir) as engine:
        for query in queries:
            found = engine.search(query, limit=SEARCH_LIMIT)
            hits = sorted(
                (h.kind, h.doc_id or "", h.path or "", h.page or 0, h.node_id or "") for h in found.hits
            )
            result[query] = (found.total, tuple(hits))
    return result


# ---------------------------------------------------------------- the library in two states


@dataclass
class TwoStateLibrary:
    """A library folder switched between states A and B.

    B, compared with A: one document deleted, one moved to a subfolder, one added, one
    file's content changed and a goal renamed; so an update from one to the other
    adds, removes, moves and replaces pages and rewrites goals.
    """

    root: Path
    corpus: Path
    files: list[str]
    state: str = ""

    def __post_init__(self) -> None:
        stash = self.root.parent / f"{self.root.name}-stash"
        stash.mkdir(parents=True, exist_ok=True)
        self._variants = {state: stash / f"endringsnotat-{state}.pdf" for state in ("A", "B")}
        write_text_pdf(self._variants["A"], ["Endringsnotat A: fjernvarme og beredskap i regionen."] * 3)
        write_text_pdf(
            self._variants["B"], ["Endringsnotat B: havvind, fjernvarme og beredskap i regionen."] * 4
        )

    @property
    def removed(self) -> str:
        return self.files[0]

    @property
    def moved(self) -> str | None:
        return self.files[1] if len(self.files) > 3 else None

    @property
    def added(self) -> str:
        return self.files[-1]

    def set_state(self, state: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        wanted: dict[str, str] = {}  # library-relative path -> corpus file name
        for name in self.files:
            if state == "A" and name == self.added:
                continue
            if state == "B" and name == self.removed:
                continue
            wanted[f"flyttet/{name}" if state == "B" and name == self.moved else name] = name
        present = {str(p.relative_to(self.root)) for p in self.root.rglob("*.pdf")} - {"endringsnotat.pdf"}
        for rel in present - set(wanted):
            corpus_name = Path(rel).name
            target = next((k for k, v in wanted.items() if v == corpus_name and k not in present), None)
            if target is not None:  # a rename, as a user would do it (same inode, same mtime)
                (self.root / target).parent.mkdir(parents=True, exist_ok=True)
                os.rename(self.root / rel, self.root / target)
                present.add(target)
            else:
                (self.root / rel).unlink()
        for rel, name in wanted.items():
            if not (self.root / rel).exists():
                (self.root / rel).parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(self.corpus / name, self.root / rel)
                except OSError:  # another file system
                    shutil.copy2(self.corpus / name, self.root / rel)
        if state != self.state:
            shutil.copyfile(self._variants[state], self.root / "endringsnotat.pdf")
            (self.root / "katalog.yaml").write_text(CATALOG_YAML, encoding="utf-8")
            title = "Grønn energi" if state == "A" else "Havvind og grønn energi"
            (self.root / "mål.yaml").write_text(GOALS_YAML.format(title=title), encoding="utf-8")
        self.state = state


def make_two_state_library(pages: int, work: Path, corpus_dir: Path | None = None) -> TwoStateLibrary:
    """The two-state library under ``work``, hard-linked from a corpus cached in ``corpus_dir``."""
    corpus_dir = corpus_dir or DEFAULT_WORK_DIR / f"faults-{pages}"
    corpus, docs, _origin = ensure_corpus(pages, corpus_dir, _log, default_corpus())
    files = [d.file_name for d in docs]
    if len(files) < 2:
        raise SystemExit(f"--pages {pages} gives one document; give at least 100")
    return TwoStateLibrary(work / "library", corpus, files)


def _session_processes(session: int) -> list[int]:
    """Processes left in a session (the killed indexer's extraction workers, if any)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[3]) == session and fields[0] != "Z":
            pids.append(int(entry.name))
    return pids


# ---------------------------------------------------------------- kill


@dataclass
class KillRun:
    run: int
    kind: str
    kill_at_s: float
    expected_s: float
    killed: bool
    after_kill: str  # "old", "new", "lost" or an error
    lock_left: bool
    orphans: int
    next_run: str  # "ok" or what went wrong
    next_s: float

    @property
    def ok(self) -> bool:
        return self.after_kill in ("old", "new", "old=new") and self.next_run == "ok" and self.orphans == 0


def kill_series(
    runs: int,
    pages: int,
    work: Path,
    seed: int,
    corpus_dir: Path | None = None,
    log: Callable[[str], None] = _log,
) -> list[KillRun]:
    """``runs`` kill-and-check rounds on a library of ``pages`` pages under ``work``."""
    rng = random.Random(seed)
    library = make_two_state_library(pages, work, corpus_dir)
    expected: dict[str, Snapshot] = {}
    durations: dict[str, float] = {}
    for state in ("A", "B"):
        library.set_state(state)
        clean = work / f"clean-{state}"
        shutil.rmtree(clean, ignore_errors=True)
        started = time.monotonic()
        result = run_cli(clean, "index", "--no-bundled", str(library.root))
        durations["rebuild"] = time.monotonic() - started
        if result.returncode != 0:
            raise SystemExit(f"clean build of state {state} failed:\n{result.stderr}")
        expected[state] = snapshot(clean)
        log(f"clean rebuild of state {state}: {durations['rebuild']:.1f} s")
    if expected["A"] == expected["B"]:
        raise SystemExit("the two library states give the same hits: the check would prove nothing")
    index_dir = work / "index"
    shutil.rmtree(index_dir, ignore_errors=True)
    shutil.copytree(work / "clean-B", index_dir)
    library.set_state("A")
    started = time.monotonic()
    run_cli(index_dir, "index", "--no-bundled", str(library.root))
    durations["update"] = time.monotonic() - started
    log(f"update B→A: {durations['update']:.1f} s")
    results = []
    for number in range(1, runs + 1):
        old = library.state
        kind = rng.choice(("update", "rebuild"))
        if kind == "update":
            library.set_state("B" if old == "A" else "A")
        new = library.state
        args = ["index", "--no-bundled", str(library.root)] + (["--rebuild"] if kind == "rebuild" else [])
        kill_at = rng.uniform(0.0, durations[kind] * 1.1)
        victim = subprocess.Popen(
            cli_command(index_dir, *args),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(kill_at)
        killed = victim.poll() is None
        if killed:
            victim.send_signal(signal.SIGKILL)
        victim.wait()
        orphans = _wait_for_session_end(victim.pid)
        lock_left = (index_dir / "MAIN_WRITELOCK").exists()
        after_kill = _state_after_kill(index_dir, expected[old], expected[new])
        started = time.monotonic()
        follow = run_cli(index_dir, "index", "--no-bundled", str(library.root))
        next_s = time.monotonic() - started
        if follow.returncode != 0 or "Traceback" in follow.stderr:
            next_run = f"exit {follow.returncode}: {follow.stderr.strip()[-200:]}"
        elif "Waiting" in follow.stderr:
            next_run = "waited for a lock"
        else:
            try:
                next_run = (
                    "ok" if snapshot(index_dir) == expected[new] else "hits differ from a clean rebuild"
                )
            except Exception as exc:
                next_run = f"cannot search: {exc}"
        row = KillRun(
            number, kind, kill_at, durations[kind], killed, after_kill, lock_left, orphans, next_run, next_s
        )
        results.append(row)
        log(_kill_row(row))
    return results


def _wait_for_session_end(session: int, timeout_s: float = 10.0) -> int:
    """Wait for the killed indexer's workers to notice and exit; kill and count any that do not."""
    deadline = time.monotonic() + timeout_s
    while (left := _session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return len(left)


def _state_after_kill(index_dir: Path, old: Snapshot, new: Snapshot) -> str:
    try:
        got = snapshot(index_dir)
    except Exception as exc:
        return f"cannot search: {type(exc).__name__}: {exc}"
    if got == old == new:
        return "old=new"
    if got == old:
        return "old"
    if got == new:
        return "new"
    return "lost"


def _kill_row(row: KillRun) -> str:
    when = f"{row.kill_at_s:5.2f} s ({row.kill_at_s / max(row.expected_s, 1e-6):4.0%})"
    return (
        f"{row.run:>3}  {row.kind:<7}  {when:<16}  {'yes' if row.killed else 'no ':<6}  {row.after_kill:<8}  "
        f"{'yes' if row.lock_left else 'no':<9}  {row.orphans:>7}  {row.next_s:5.1f} s  "
        f"{row.next_run}  {'OK' if row.ok else 'FAIL'}"
    )


KILL_HEADER = "run  kind     kill at (of run)  killed  after      lock file  orphans  next run  check"


# ---------------------------------------------------------------- damage


def _segment(index_dir: Path) -> Path:
    return max(index_dir.glob("MAIN_*.seg"), key=lambda p: p.stat().st_size)


def _toc(index_dir: Path) -> Path:
    return max(index_dir.glob("_MAIN_*.toc"), key=lambda p: p.stat().st_mtime_ns)


def _truncate(path: Path, fraction: float) -> None:
    with path.open("r+b") as stream:
        stream.truncate(int(path.stat().st_size * fraction))


def _garble(path: Path, fraction: float) -> None:
    size = path.stat().st_size
    at = min(int(size * fraction), max(size - 64, 0))
    with path.open("r+b") as stream:
        stream.seek(at)
        stream.write(random.Random(at).randbytes(min(64, size)))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "segment truncated to half": lambda d: _truncate(_segment(d), 0.5),
    "segment: last byte cut": lambda d: _truncate(_segment(d), 1 - 1 / _segment(d).stat().st_size),
    "segment emptied": lambda d: _truncate(_segment(d), 0.0),
    "segment deleted": lambda d: _segment(d).unlink(),
    "segment: garbage at the start": lambda d: _garble(_segment(d), 0.0),
    "segment: garbage in the middle": lambda d: _garble(_segment(d), 0.5),
    "segment: garbage at the end": lambda d: _garble(_segment(d), 1.0),
    "table of contents truncated": lambda d: _truncate(_toc(d), 0.5),
    "table of contents deleted": lambda d: _toc(d).unlink(),
    "table of contents: garbage": lambda d: _garble(_toc(d), 0.3),
}


@dataclass
class DamageRun:
    kind: str
    search: str  # what `tromsvekst search` said
    search_ok: bool
    repair: str
    repair_ok: bool

    @property
    def ok(self) -> bool:
        return self.search_ok and self.repair_ok


def damage_series(
    library: Path, work: Path, kinds: Sequence[str] = tuple(DAMAGE), run: CliRunner = subprocess_runner
) -> list[DamageRun]:
    """Damage a copy of a good index in each way; search must say so, `index` must repair it."""
    work.mkdir(parents=True, exist_ok=True)
    good = work / "good"
    shutil.rmtree(good, ignore_errors=True)
    code, _out, err = run(good, ["index", "--no-bundled", str(library)])
    if code != 0:
        raise SystemExit(f"building the index failed:\n{err}")
    want = snapshot(good)
    rows = []
    for kind in kinds:
        broken = work / "broken"
        shutil.rmtree(broken, ignore_errors=True)
        shutil.copytree(good, broken)
        DAMAGE[kind](broken)
        code, out, err = run(broken, ["search", QUERIES[0]])
        said = err.strip().splitlines()[-1] if err.strip() else out[:80]
        search_ok = (
            code == 1
            and "damaged" in err
            and "tromsvekst index --rebuild" in err
            and "Traceback" not in err
            and err.count("\n") == 1
        )
        code, out, err = run(broken, ["index", "--no-bundled", str(library)])
        repair_ok = (
            code == 0 and "rebuilding it" in err and "Traceback" not in err and snapshot(broken) == want
        )
        repair = "rebuilt, same hits" if repair_ok else f"exit {code}: {err[-200:]}"
        rows.append(DamageRun(kind, said, search_ok, repair, repair_ok))
    return rows


# ---------------------------------------------------------------- mutate


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to eight random byte-level edits: flips, overwrites, inserts, deletions, a cut, a copy."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.choice(("flip", "overwrite", "insert", "delete", "truncate", "duplicate"))
        at = rng.randrange(max(len(out), 1))
        if op == "flip":
            out[at] ^= 1 << rng.randrange(8)
        elif op == "overwrite":
            out[at : at + 16] = rng.randbytes(16)
        elif op == "insert":
            out[at:at] = rng.choice((rng.randbytes(rng.randint(1, 64)), b"(", b")", b"<<", b"obj", b"\x00"))
        elif op == "delete":
            del out[at : at + rng.randint(1, 256)]
        elif op == "truncate" and rng.random() < 0.3:
            del out[at:]
        elif op == "duplicate":
            length = rng.randint(1, 4096)
            out[at:at] = out[rng.randrange(max(len(out), 1)) :][:length]
    return bytes(out)


@dataclass(frozen=True)
class MutateResult:
    count: int
    indexed: int
    reported: int
    unaccounted: tuple[str, ...]
    exit_code: int
    traceback: bool
    seconds: float
    reasons: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.unaccounted and self.exit_code == 0 and not self.traceback


def mutate_series(count: int, work: Path, seed: int, source: Path = BUNDLED_PDF) -> MutateResult:
    """Index ``count`` mutants of ``source`` in one run: each must be indexed or reported."""
    from tromsvekst_desktop.core.index import open_index

    rng = random.Random(seed)
    folder = work / "mutants"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    original = source.read_bytes()
    for n in range(count):
        (folder / f"mutant-{n:04d}.pdf").write_bytes(mutate(original, rng))
    index_dir = work / "mutants-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    started = time.monotonic()
    result = run_cli(index_dir, "index", "--no-bundled", str(folder), "--json")
    seconds = time.monotonic() - started
    records: dict[str, dict[str, Any]] = {}
    if result.returncode == 0:
        with open_index(index_dir).searcher() as searcher:
            records = {f["path"]: f.get("meta") or {} for f in searcher.documents(type="file")}
    indexed = reported = 0
    unaccounted = []
    reasons: dict[str, int] = {}
    for path in sorted(str(p) for p in folder.iterdir()):
        meta = records.get(path)
        if meta is None:
            unaccounted.append(path)
        elif meta.get("pages_indexed", 0) > 0:
            indexed += 1
        elif meta.get("problems"):
            reported += 1
            reason = meta["problems"][0]["reason"].split(":")[0][:60]
            reasons[reason] = reasons.get(reason, 0) + 1
        else:
            unaccounted.append(path)
    return MutateResult(
        count,
        indexed,
        reported,
        tuple(unaccounted),
        result.returncode,
        "Traceback" in result.stderr,
        seconds,
        dict(sorted(reasons.items(), key=lambda kv: -kv[1])),
    )


# ---------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tromsvekst_desktop.faults", description=__doc__)
    parser.add_argument("--work-dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    parser.add_argument("--seed", type=int, default=5, help="random seed (default 5)")
    commands = parser.add_subparsers(dest="command", required=True)
    kill = commands.add_parser("kill", help="kill indexing at random moments")
    kill.add_argument("--runs", type=int, default=20)
    kill.add_argument("--pages", type=int, default=3000, help="library size (default 3000 pages)")
    damage = commands.add_parser("damage", help="truncate, delete and garble index files")
    damage.add_argument("--pages", type=int, default=300, help="library size (default 300 pages)")
    mut = commands.add_parser("mutate", help="index byte-level mutations of a plan PDF")
    mut.add_argument("--count", type=int, default=1000)
    args = parser.parse_args(argv)
    for name in ("runs", "pages", "count"):
        if getattr(args, name, 1) < 1:
            parser.error(f"--{name} must be 1 or more")
    temp = None
    if args.work_dir is None:
        temp = tempfile.mkdtemp(prefix="tromsvekst-faults-")
        args.work_dir = Path(temp)
    try:
        return _run(args)
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


def _run(args: argparse.Namespace) -> int:
    work: Path = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    if args.command == "kill":
        _log(KILL_HEADER)
        rows = kill_series(args.runs, args.pages, work, args.seed)
        failed = [r for r in rows if not r.ok]
        killed = sum(r.killed for r in rows)
        outcome = {k: sum(r.after_kill == k for r in rows) for k in ("old", "new", "old=new")}
        print(
            f"kill: {len(rows)} runs on {args.pages} pages, {killed} killed mid-run "
            f"(index after the kill: {outcome['old']} previous run, {outcome['new']} this run, "
            f"{outcome['old=new']} identical), lock file left behind {sum(r.lock_left for r in rows)} times "
            f"(a next run that had to wait counts as a failure), orphaned workers "
            f"{sum(r.orphans for r in rows)}, failures {len(failed)}"
        )
        return 1 if failed else 0
    if args.command == "damage":
        library = make_two_state_library(args.pages, work)
        library.set_state("A")
        damage_rows = damage_series(library.root, work)
        for damage in damage_rows:
            said = damage.search.split(" is damaged (", 1)[-1].rsplit("): run", 1)[0]
            print(
                f"{damage.kind:<32}  search: {'OK' if damage.search_ok else 'FAIL'} ({said[:70]})  "
                f"index: {damage.repair}"
            )
        broken = [d for d in damage_rows if not d.ok]
        print(f"damage: {len(damage_rows)} kinds, failures {len(broken)}")
        return 1 if broken else 0
    result = mutate_series(args.count, work, args.seed)
    print(
        f"mutate: {result.count} mutants of {BUNDLED_PDF.name} in {result.seconds:.1f} s: "
        f"{result.indexed} indexed, {result.reported} reported, {len(result.unaccounted)} unaccounted, "
        f"exit {result.exit_code}{', TRACEBACK' if result.traceback else ''}"
    )
    for reason, n in result.reasons.items():
        print(f"  {n:>5}  {reason}")
    for path in result.unaccounted[:20]:
        print(f"  unaccounted: {path}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
