"""Benchmark: the web app with 10,000 cases under 10 concurrent clients on loopback.

    python bench/web_load.py [--cases 10000] [--clients 10] [--requests 300]
                             [--server gunicorn|panah] [--database postgres://...]

1. Makes a fresh data directory in a temporary folder (``PANAH_DATA_DIR``; keys are made
   there as ``panah serve`` makes them), applies the migrations and loads N generated cases
   (``bench/web_casegen.py``: ~44 claims, ~20 events, 2-3 clients with names in five scripts)
   through the real import action, :func:`panah.storage.django_orm.actions.case_import` — the
   same checks, summary columns, assessment for the urgency sort, encryption, history row and
   audit entries as an upload — in transactions of 100 cases. Prints the load rate.
2. Creates two accounts in that throwaway database: ``bench-all`` (administrator of every
   case, through the import) and ``bench-few`` (viewer of 20 cases). Both are marked exempt
   from TOTP the way ``panah serve`` marks its demo account; no setting is changed.
3. Starts the server in a subprocess on 127.0.0.1 with the dev settings that ``panah serve``
   uses: by default gunicorn (``panah.web.wsgi:application``, the production WSGI entry point,
   one sync worker per CPU core, as docs/web.md deploys it; ``--worker-class gthread`` for
   threaded workers), or ``--server panah`` to run ``panah serve``
   itself (Django's threaded development server).
4. Each client signs in through the sign-in form (its own session cookie), then the clients
   run, C at a time with no pause between requests, one endpoint after another: the case
   list (its first page: the 50 most urgent of 10,000), a search by a person's name in Kazakh
   Cyrillic and one in Latin (press form), the case page of a random case (with its
   assessment as of today: each finding's outcome, title, citation, verification level and
   explanation on one line), a finding of a random case opened (what htmx asks for when a
   finding on the case page is first opened: its explanation tree, citations and the claims
   behind it; drawn from every top-level finding of 1,000 random cases), and the list of the
   account with 20 cases. Each phase stops after R requests or ``--seconds``. A request is an
   error if it fails, times out, answers anything but 200, or lacks what the page must show
   (the searched case's key among the hits — a name matching more than a page of cases would
   count as an error — the assessment on a case page, the finding's provision in a finding).
5. Prints p50/p95/p99/max, requests per second and errors per endpoint against the targets
   (case page and a finding opened p95 <= 150 ms, list and search p95 <= 200 ms, no errors),
   with the CPU time the server (and PostgreSQL) spent per request, the median size of a
   response, and the machine's load average, since on a shared machine the latencies depend
   on what else runs; then stops the server and removes the data (and drops the PostgreSQL
   database it created).

Use ``--data-dir DIR --keep`` to keep the loaded database and reuse it in the next run (the
load is skipped when DIR already holds N cases made by this script); ``--only case`` to run
one endpoint.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import html
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_line  # noqa: E402
from web_casegen import NameBook, make_case  # noqa: E402

TARGETS_MS = {"list": 200.0, "search": 200.0, "case": 150.0}
FEW = 20  # cases the small account is a member of
FINDING_CASES = 1000  # cases whose findings the finding endpoint opens


# --- load ------------------------------------------------------------------------------------
@dataclass
class Loaded:
    keys: list[str]  # case keys visible to bench-all
    few_keys: list[str]
    searches: list[tuple[str, str, str]]  # (Kazakh Cyrillic name, Latin press name, key)
    passwords: dict[str, str]
    findings: list[tuple[str, str, str]] = field(default_factory=list)
    """(case key, finding id, provision) of every top-level finding of FINDING_CASES cases."""


def _django(data_dir: Path, database: str | None) -> None:
    os.environ["PANAH_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "panah.web.settings.dev"
    if database:
        os.environ["DATABASE_URL"] = database
    import django

    django.setup()


def load(n: int, seed: int, today: dt.date) -> Loaded:
    """Migrate, make the accounts, import N generated cases (skipped if already there)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from panah.core.casefile import parse_case
    from panah.storage.django_orm import actions
    from panah.storage.django_orm.models import CaseMembership, CaseRecord, CaseRole

    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    print(f"migrated in {time.perf_counter() - t0:.1f} s "
          f"({connection.vendor}: {connection.settings_dict['NAME']})", flush=True)
    users = get_user_model()
    passwords: dict[str, str] = {}
    accounts = {}
    for name in ("bench-all", "bench-few"):
        user, _ = users.objects.get_or_create(username=name)
        passwords[name] = f"bench-{random.SystemRandom().getrandbits(64):x}"
        user.set_password(passwords[name])
        user.save()
        # The same mark `panah serve` gives its demo account, in this throwaway database.
        actions.account_mfa_exempt_set(user=user, exempt=True, note="benchmark account")
        accounts[name] = user
    big, few = accounts["bench-all"], accounts["bench-few"]

    book = NameBook()
    searches: list[tuple[str, str, int]] = []
    have = CaseMembership.objects.filter(user=big).count()
    if have == n:
        print(f"reusing {n} loaded cases", flush=True)
        for i in range(0, n, 37):  # the same draws as the load, for the search terms
            rng = random.Random(seed * 1_000_003 + i)
            data = make_case(i, rng, book, today)
            searches.append((data["people"][0]["names"][0]["value"],
                             data["people"][0]["names"][1]["value"], i))
    else:
        if have:
            raise SystemExit(f"the data directory holds {have} benchmark cases, not {n}: "
                             "use another --data-dir")
        gen_s = import_s = 0.0
        claims = 0
        t_start = time.perf_counter()
        batch = 100
        for first in range(0, n, batch):
            cases = []
            t = time.perf_counter()
            for i in range(first, min(n, first + batch)):
                rng = random.Random(seed * 1_000_003 + i)
                data = make_case(i, rng, book, today)
                if i % 37 == 0:
                    searches.append((data["people"][0]["names"][0]["value"],
                                     data["people"][0]["names"][1]["value"], i))
                cases.append((i, json.dumps(data, ensure_ascii=False)))
            gen_s += time.perf_counter() - t
            t = time.perf_counter()
            with transaction.atomic():
                for i, text in cases:
                    # What the import page does with an uploaded file: parse and check it,
                    # then the import action.
                    case = parse_case(text, file=f"gen-{i}.json", fmt="json")
                    claims += len(case.claims)
                    record = actions.case_import(actor=big, case=case)
                    if i % (n // FEW or 1) == 0:
                        actions.case_member_add(actor=big, record=record, user=few,
                                                role=CaseRole.VIEWER.value)
            import_s += time.perf_counter() - t
            done = min(n, first + batch)
            if done % 1000 == 0 or done == n:
                el = time.perf_counter() - t_start
                print(f"  loaded {done:>6} cases, {claims:>7} claims  "
                      f"({done / import_s:.0f} cases/s import, {el:.0f} s so far)", flush=True)
        print(f"load: {n} cases, {claims} claims ({claims / n:.1f} per case) in "
              f"{import_s:.1f} s: {n / import_s:.1f} cases/s, {claims / import_s:.0f} claims/s "
              f"through actions.case_import (parse + check + summary with assessment + "
              f"encrypt + history + audit); generating the files took {gen_s:.1f} s more",
              flush=True)
    # What the daily `deadlines_refresh` does each morning (and the import did for the cases
    # it stored today): every case's deadlines and stored assessments (each interface
    # language) as of today, so the case pages measured are those a team sees on any day.
    # Fills what a data directory loaded by an older version, or on another day, lacks.
    t = time.perf_counter()
    fresh = actions.case_assessments_refresh_stale(records=CaseRecord.objects.all(),
                                                   today=timezone.localdate())
    print(f"daily refresh: {fresh} cases recomputed in {time.perf_counter() - t:.1f} s",
          flush=True)
    if connection.vendor == "postgresql":
        # What autovacuum does within a minute or so of a bulk load: the planner's statistics.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    keys = list(
        CaseRecord.objects.filter(memberships__user=big).order_by("pk").values_list("key", flat=True)
    )
    few_keys = list(CaseRecord.objects.filter(memberships__user=few).values_list("key", flat=True))
    findings = _findings(random.Random(seed).sample(keys, min(FINDING_CASES, len(keys))))
    connection.close()
    return Loaded(keys=keys, few_keys=few_keys,
                  searches=[(c, latin, keys[i]) for c, latin, i in searches],
                  passwords=passwords, findings=findings)


def _findings(keys: list[str]) -> list[tuple[str, str, str]]:
    """Every top-level finding of these cases, as the case page links them (its id in
    ``panah.web.assessment.finding_ids``), read from today's stored English assessments."""
    from django.utils import timezone

    from panah.storage.django_orm.models import CaseAssessment
    from panah.web.assessment import finding_ids

    out = []
    rows = CaseAssessment.objects.filter(
        case__key__in=keys, language="en", as_of=timezone.localdate()
    ).values_list("case__key", "data")
    for key, text in rows:
        for person in json.loads(text)["people"]:
            out.extend((key, ident, f["provision"]) for ident, f in finding_ids(person))
    if not out:
        raise SystemExit("no stored assessment of today to draw findings from")
    out.sort()
    return out


def _pg_admin(url: str) -> tuple[Any, str]:
    """A connection to the server's ``postgres`` database, and the benchmark database's name."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = urllib.parse.unquote(parts.path.lstrip("/"))
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or name in ("postgres", "template0",
                                                                 "template1"):
        raise SystemExit(f"--database: use a dedicated database name, not {name!r}")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    return psycopg.connect(admin, autocommit=True, connect_timeout=10), name


def _pg_create(url: str, reuse: bool) -> bool:
    """Create the benchmark database; False if it is already there (reused, not dropped)."""
    conn, name = _pg_admin(url)
    with conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            if not reuse:  # its case files are encrypted with the kept data directory's key
                raise SystemExit(f"database {name} exists: pass the --data-dir kept with it, "
                                 "or drop it")
            print(f"reusing PostgreSQL database {name}")
            return False
        conn.execute(f'CREATE DATABASE "{name}"')
    print(f"created PostgreSQL database {name}")
    return True


def _pg_drop(url: str) -> None:
    from django.db import connections

    connections.close_all()
    conn, name = _pg_admin(url)
    with conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"dropped PostgreSQL database {name}")


# --- server ----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server(kind: str, port: int, workers: int, threads: int, log: Path,
           worker_class: str = "sync") -> Iterator[int]:
    """The app in a subprocess on 127.0.0.1:port; always stopped on the way out."""
    bin_dir = Path(sys.executable).parent
    if kind == "gunicorn":
        cmd = [sys.executable, "-m", "gunicorn", "panah.web.wsgi:application",
               "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
               "--log-level", "warning", "--timeout", "120"]
        if worker_class == "gthread" or threads > 1:
            cmd += ["--worker-class", "gthread", "--threads", str(threads)]
    else:
        cmd = [str(bin_dir / "panah"), "serve", "--host", "127.0.0.1", "--port", str(port),
               "--no-demo"]
    out = log.open("wb")
    # The server runs the code next to this script, as the load did.
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"the server stopped (exit {proc.returncode}); see {log}:\n"
                                 + log.read_text(errors="replace")[-3000:])
            try:
                status, _, _ = _request(port, "GET", "/accounts/login/", {})
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"the server did not answer within 90 s; see {log}")
            time.sleep(0.3)
        yield proc.pid  # the server's process group
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        out.close()


def cpu_seconds(pgid: int | None = None, db: str | None = None) -> float | None:
    """CPU time (user + system) used so far by the server's processes (process group
    ``pgid``), or by the PostgreSQL backends serving database ``db`` (Linux /proc), so that
    each phase can report the CPU a request costs, apart from the waiting that other load on
    the machine adds."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
            if db is not None:
                title = (stat.parent / "cmdline").read_bytes().decode(errors="replace")
                if not (title.startswith("postgres: ") and f" {db} " in title):
                    continue
            elif int(fields[2]) != pgid:  # fields[2] is the process group
                continue
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


# --- clients ---------------------------------------------------------------------------------
ACCEPT_ENCODING = "gzip"  # what a browser sends (set to "" by --no-gzip)


def _request(port: int, method: str, path: str, cookies: dict[str, str],
             body: dict[str, str] | None = None, timeout: float = 30.0,
             extra: dict[str, str] | None = None,
             wire: list[int] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request on a new connection: (status, headers, body). The body is decompressed
    where the server compressed it; ``wire`` gets the size that travelled."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Host": f"127.0.0.1:{port}", "Connection": "close",
                   "Accept-Language": "en", **(extra or {})}
        if ACCEPT_ENCODING:
            headers["Accept-Encoding"] = ACCEPT_ENCODING
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        payload = resp.read()
        if wire is not None:
            wire.append(len(payload))
        if resp.getheader("Content-Encoding") == "gzip":
            payload = gzip.decompress(payload)
        for header in resp.headers.get_all("Set-Cookie") or []:
            jar: SimpleCookie = SimpleCookie()
            jar.load(header)
            for k, morsel in jar.items():
                cookies[k] = morsel.value
        return resp.status, dict(resp.headers.items()), payload
    finally:
        conn.close()


def sign_in(port: int, username: str, password: str) -> dict[str, str]:
    """A signed-in session. The app allows 30 sign-ins a minute from one address (allauth's
    rate limit, kept): a run right after another, which signed in 20 sessions, waits for it."""
    deadline = time.monotonic() + 120
    while True:
        cookies: dict[str, str] = {}
        status, _, body = _request(port, "GET", "/accounts/login/", cookies)
        m = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if status != 200 or m is None:
            raise SystemExit(f"sign-in page: HTTP {status}, no CSRF token")
        status, headers, _ = _request(port, "POST", "/accounts/login/", cookies, {
            "csrfmiddlewaretoken": m.group(1).decode(), "login": username, "password": password})
        if status != 429 or time.monotonic() > deadline:
            break
        print("  (sign-in rate limit reached: waiting 10 s)", flush=True)
        time.sleep(10)
    if status != 302 or "sessionid" not in cookies:
        raise SystemExit(f"sign-in as {username} failed: HTTP {status}")
    status, headers, _ = _request(port, "GET", "/cases/", cookies)
    if status != 200:
        raise SystemExit(f"after sign-in, /cases/ answered {status} {headers.get('Location')}")
    return cookies


@dataclass
class Phase:
    name: str
    make: Callable[[random.Random], tuple[str, bytes | None]]  # -> (path, must contain)
    user: str = "bench-all"
    tag: str = ""  # list, search, case, finding, few (--only)
    headers: dict[str, str] = field(default_factory=dict)  # sent with each request
    times: list[float] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # bytes of each response's body
    wire: list[int] = field(default_factory=list)  # bytes each body took on the wire
    errors: dict[str, int] = field(default_factory=dict)
    wall: float = 0.0
    server_cpu: float | None = None  # seconds used by the server during the phase
    client_cpu: float = 0.0  # seconds used by this process (the clients) during the phase
    db_cpu: float | None = None  # seconds used by PostgreSQL's backends for the benchmark
    load: float = 0.0  # the machine's 1-minute load average when the phase started


def run_phase(port: int, phase: Phase, sessions: list[dict[str, str]], requests: int,
              seconds: float, seed: int, pgid: int | None = None, db: str | None = None
              ) -> None:
    phase.load = os.getloadavg()[0]
    cpu0 = cpu_seconds(pgid) if pgid else None
    db0 = cpu_seconds(db=db) if db else None
    own0 = time.process_time()
    lock = threading.Lock()
    issued = [0]
    deadline = time.monotonic() + seconds

    def client(k: int) -> None:
        rng = random.Random(seed * 31 + k)
        cookies = sessions[k]
        while True:
            with lock:
                if issued[0] >= requests or time.monotonic() > deadline:
                    return
                issued[0] += 1
            path, marker = phase.make(rng)
            t = time.perf_counter()
            wire: list[int] = []
            try:
                status, _, body = _request(port, "GET", path, dict(cookies),
                                           extra=phase.headers, wire=wire)
                error = None if status == 200 else f"HTTP {status}"
                if error is None and marker is not None and marker not in body:
                    error = "content missing"
            except (OSError, http.client.HTTPException) as exc:
                error = type(exc).__name__
            elapsed = time.perf_counter() - t
            with lock:
                phase.times.append(elapsed)
                if error is None:
                    phase.sizes.append(len(body))
                    phase.wire.extend(wire)
                if error:
                    phase.errors[error] = phase.errors.get(error, 0) + 1

    threads = [threading.Thread(target=client, args=(k,), daemon=True)
               for k in range(len(sessions))]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join(seconds + 60)
    phase.wall = time.perf_counter() - t0
    phase.client_cpu = time.process_time() - own0
    cpu1 = cpu_seconds(pgid) if pgid else None
    if cpu0 is not None and cpu1 is not None:
        phase.server_cpu = cpu1 - cpu0
    db1 = cpu_seconds(db=db) if db else None
    if db0 is not None and db1 is not None:
        phase.db_cpu = db1 - db0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(phases: list[Phase]) -> bool:
    print(f"\n{'endpoint':<30} {'n':>5} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'p99 ms':>8} {'max ms':>8} {'req/s':>7} {'cpu ms':>8} {'client':>6} {'load':>5} "
          f"{'KiB':>6} {'wire':>5}  target")
    ok = True
    for ph in phases:
        ms = [t * 1000 for t in ph.times] or [float("nan")]
        errors = sum(ph.errors.values())
        target = next((v for k, v in TARGETS_MS.items() if ph.name.startswith(k)), None)
        p95 = _pct(ms, 0.95)
        cpu = (f"{ph.server_cpu * 1000 / len(ph.times):.1f}"
               if ph.server_cpu is not None and ph.times else "-")
        if ph.db_cpu is not None and ph.times:
            cpu += f"+{ph.db_cpu * 1000 / len(ph.times):.0f}"
        verdict = ""
        if target is not None:
            met = p95 <= target and errors == 0
            ok &= met
            verdict = f"p95 <= {target:.0f} ms, no errors: {'met' if met else 'MISSED'}"
        print(f"{ph.name:<30} {len(ph.times):>5} {errors:>6} {statistics.median(ms):>8.1f} "
              f"{p95:>8.1f} {_pct(ms, 0.99):>8.1f} {max(ms):>8.1f} "
              f"{len(ph.times) / max(ph.wall, 1e-9):>7.1f} {cpu:>8} "
              f"{ph.client_cpu * 1000 / max(len(ph.times), 1):>6.1f} {ph.load:>5.1f} "
              f"{statistics.median(ph.sizes or [0]) / 1024:>6.1f} "
              f"{statistics.median(ph.wire or [0]) / 1024:>5.1f}  {verdict}")
        if ph.errors:
            print(f"{'':<30} errors: {ph.errors}")
    print(f"cpu ms: the server's CPU time per request (all its processes; +PostgreSQL's "
          f"backends), the cost of a request whatever else runs; client: this process's CPU time per request (the clients, on the "
          f"same cores); load: the machine's load average ({os.cpu_count()} cores) as the "
          "endpoint's run began; KiB: the median size of a response's body (uncompressed); "
          "wire: as it travelled (gzip, which the clients accept as a browser does, unless "
          "--no-gzip)")
    print(f"machine: {machine_line()}")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000, help="cases to load (default 10000)")
    ap.add_argument("--clients", type=int, default=10, help="concurrent clients (default 10)")
    ap.add_argument("--requests", type=int, default=300,
                    help="requests per endpoint, all clients together (default 300)")
    ap.add_argument("--seconds", type=float, default=120.0,
                    help="longest time per endpoint (default 120)")
    ap.add_argument("--server", choices=["gunicorn", "panah"], default="gunicorn",
                    help="gunicorn (production WSGI server, default) or `panah serve`")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                    help="gunicorn worker processes (default: CPU cores)")
    ap.add_argument("--threads", type=int, default=1,
                    help="threads per gunicorn worker (default 1: the pages are CPU-bound; more "
                         "threads per process add GIL switching, ~15%% more CPU per case page)")
    ap.add_argument("--worker-class", choices=["sync", "gthread"], default="sync",
                    help="gunicorn worker class (default sync, gunicorn's default and the "
                         "deployment docs/web.md describes: a worker takes a connection only "
                         "when it is free, so the requests wait in one queue; a gthread worker "
                         "takes every connection it can and queues them behind its own threads, "
                         "so one worker can hold a queue while the other is idle)")
    ap.add_argument("--database", default=None,
                    help="postgres://user@127.0.0.1:5432/NAME: run on PostgreSQL in database NAME, "
                         "created for the run and dropped after it (unless --keep; an existing "
                         "one is reused). Default: SQLite in the data directory")
    ap.add_argument("--data-dir", type=Path, default=None,
                    help="data directory to use (default: a new temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the data directory")
    ap.add_argument("--only", default="",
                    help="comma-separated endpoints to run: list, search, case, finding, few "
                         "(default all)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-gzip", action="store_true",
                    help="clients do not accept compressed responses (default: they send "
                         "Accept-Encoding: gzip, as browsers do)")
    ns, _unknown = ap.parse_known_args(argv)  # bench/run.py passes every script the same argv
    global ACCEPT_ENCODING
    if ns.no_gzip:
        ACCEPT_ENCODING = ""

    if ns.data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="panah-web-bench-"))
    else:
        data_dir = ns.data_dir.resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
    today = dt.datetime.now(dt.UTC).date()
    created = _pg_create(ns.database, ns.data_dir is not None) if ns.database else False
    try:
        _django(data_dir, ns.database)
        print(f"web load: {ns.cases} cases, {ns.clients} concurrent clients, "
              f"{ns.requests} requests per endpoint, server {ns.server}"
              + (f" ({ns.workers} {ns.worker_class if ns.threads == 1 else 'gthread'} workers x "
                 f"{ns.threads} threads)" if ns.server == "gunicorn"
                 else "") + f"; data in {data_dir}", flush=True)
        loaded = load(ns.cases, ns.seed, today)
        db_file = data_dir / "panah.sqlite3"
        if db_file.exists() and not ns.database:
            size = sum(p.stat().st_size for p in data_dir.glob("panah.sqlite3*"))
            print(f"database: {size / 2**20:.0f} MiB", flush=True)
        db_name = (urllib.parse.unquote(urllib.parse.urlsplit(ns.database).path.lstrip("/"))
                   if ns.database else None)
        port = _free_port()
        with server(ns.server, port, ns.workers, ns.threads, data_dir / "server.log",
                    ns.worker_class) as pgid:
            t = time.perf_counter()
            sessions = [sign_in(port, "bench-all", loaded.passwords["bench-all"])
                        for _ in range(ns.clients)]
            few_sessions = [sign_in(port, "bench-few", loaded.passwords["bench-few"])
                            for _ in range(ns.clients)]
            print(f"{2 * ns.clients} sessions signed in in {time.perf_counter() - t:.1f} s",
                  flush=True)
            phases = phases_for(loaded)
            if ns.only:
                wanted = {w.strip() for w in ns.only.split(",")}
                phases = [ph for ph in phases if ph.tag in wanted]
            # Warm-up, not measured: every worker loads templates, translations and the law
            # packs on its first requests.
            t = time.perf_counter()
            for ph in phases:
                warm = Phase(ph.name, ph.make, ph.user, ph.tag, ph.headers)
                run_phase(port, warm, few_sessions if ph.user == "bench-few" else sessions,
                          4 * ns.clients, 60, ns.seed + 1)
            print(f"warm-up: {time.perf_counter() - t:.1f} s", flush=True)
            for ph in phases:
                run_phase(port, ph, few_sessions if ph.user == "bench-few" else sessions,
                          ns.requests, ns.seconds, ns.seed, pgid, db_name)
                print(f"  {ph.name}: {len(ph.times)} requests in {ph.wall:.1f} s", flush=True)
        ok = report(phases)
        print("\nall targets met" if ok else "\nsome targets missed")
        return 0
    finally:
        if ns.keep:
            print(f"kept {data_dir}" + (f" and {ns.database}" if ns.database else ""))
        else:
            shutil.rmtree(data_dir, ignore_errors=True)
            if ns.database and created:
                _pg_drop(ns.database)


def phases_for(loaded: Loaded) -> list[Phase]:
    def case_list(rng: random.Random) -> tuple[str, bytes | None]:
        return "/cases/", b'id="case-rows"'

    def search(which: int) -> Callable[[random.Random], tuple[str, bytes | None]]:
        def make(rng: random.Random) -> tuple[str, bytes | None]:
            entry = rng.choice(loaded.searches)
            q = urllib.parse.quote(entry[which])
            return f"/cases/?q={q}", html.escape(entry[2]).encode()

        return make

    def case_page(rng: random.Random) -> tuple[str, bytes | None]:
        key = rng.choice(loaded.keys)
        return f"/cases/{key}/", b'class="person-assessment"'

    def finding(rng: random.Random) -> tuple[str, bytes | None]:
        # A random finding of a random case, opened on its case page: htmx asks the
        # finding's view for its body (explanation tree, citations, claims).
        key, ident, provision = rng.choice(loaded.findings)
        return (f"/cases/{key}/assessment/findings/{ident}/",
                f"<code>{html.escape(provision)}</code>".encode())

    def few_list(rng: random.Random) -> tuple[str, bytes | None]:
        return "/cases/", html.escape(rng.choice(loaded.few_keys)).encode()

    return [
        Phase(f"list ({len(loaded.keys):,} cases)", case_list, tag="list"),
        Phase("search, Kazakh Cyrillic name", search(0), tag="search"),
        Phase("search, Latin name", search(1), tag="search"),
        Phase("case page with assessment", case_page, tag="case"),
        Phase("case page: a finding opened", finding, tag="finding",
              headers={"HX-Request": "true"}),
        Phase(f"list ({len(loaded.few_keys)} cases)", few_list, user="bench-few", tag="few"),
    ]


if __name__ == "__main__":
    sys.exit(main())
