"""Benchmark: the CPU time one case page costs, whole and part by part.

    python bench/web_case_cpu.py [--cases 200] [--pages 100] [--data-dir DIR]
                                 [--profile N] [--lang en]

Complements ``bench/web_load.py`` (latency under 10 clients): there the case page is
CPU-bound, so its latency follows from the CPU one page costs. This script measures that
cost in one process, with ``time.process_time`` (CPU, not wall: other work on a shared
machine does not count), over ``--pages`` different generated cases:

* ``request``: the whole request through Django's WSGI handler, as gunicorn calls it
  (middleware, session, permissions, the access-log entry, reading and decrypting the case,
  its assessment, the page) — what a server process spends on ``GET /cases/<key>/`` minus
  HTTP parsing;
* ``finding``: a finding of each case opened (its body through htmx, the assessment not
  remembered);
* ``reopened``: the same request again for the last 20 of those cases (their assessments
  remembered, :mod:`panah.web.assessment`);
* and its parts, each measured on its own over the same cases: ``read`` (the row and its
  decryption, then the case file parsed and checked), ``assessment`` (as the page gets it:
  the one stored with the case, decrypted and read, or the engine where none is stored for
  today; then the claims behind each finding), ``computed`` (the same by the engine),
  ``context`` (everything else the view prepares: people,
  conflicts, timeline, proceedings), ``render`` (the template), ``audit`` (the access-log
  entry).

It loads ``--cases`` generated cases first (``bench/web_casegen.py``, through the import
action, as ``web_load.py`` does), or reuses the data directory of a ``web_load.py --keep``
run (``--data-dir``). ``--profile N`` prints the N functions with the most CPU time
(cProfile) over the requests. ``--lang`` sets the Accept-Language of the requests.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_line  # noqa: E402
from web_load import _django, _findings, load  # noqa: E402


def _cpu_ms(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    t = time.process_time()
    out = fn(*args, **kwargs)
    return (time.process_time() - t) * 1000, out


def _summary(values: list[float]) -> str:
    return (f"median {statistics.median(values):6.1f}  mean {statistics.fmean(values):6.1f}  "
            f"max {max(values):6.1f}")


def measure(keys: list[str], lang: str, profile: int, sort: str = "tottime") -> None:
    from django.contrib.auth import get_user_model
    from django.core.handlers.wsgi import WSGIHandler
    from django.template.loader import render_to_string
    from django.test import Client, RequestFactory
    from django.utils import timezone, translation

    from panah.storage.django_orm import actions
    from panah.storage.django_orm.models import CaseRecord
    from panah.web import views
    from panah.web.assessment import assessment_for

    user = get_user_model().objects.get(username="bench-all")
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    cookie = "; ".join(f"{m.key}={m.coded_value}" for m in client.cookies.values())
    handler = WSGIHandler()

    def get(path: str, **headers: str) -> tuple[str, bytes]:
        """GET through the WSGI handler, as a WSGI server calls it: (status, body)."""
        environ = {**headers,
            "REQUEST_METHOD": "GET", "PATH_INFO": path, "SCRIPT_NAME": "", "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1", "HTTP_COOKIE": cookie,
            "HTTP_ACCEPT_LANGUAGE": lang, "wsgi.version": (1, 0), "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""), "wsgi.errors": sys.stderr,
            "wsgi.multiprocess": True, "wsgi.multithread": False, "wsgi.run_once": False,
        }
        status: list[str] = []

        def start_response(code: str, headers: Any, exc_info: Any = None) -> Any:
            status.append(code)
            return lambda data: None

        chunks = handler(environ, start_response)
        try:
            body = b"".join(chunks)
        finally:
            getattr(chunks, "close", lambda: None)()
        return status[0], body

    # Warm-up: templates, translations, law packs, as a worker's first requests do.
    for key in keys[:3]:
        code, body = get(f"/cases/{key}/")
        if not code.startswith("200") or b'class="person-assessment"' not in body:
            raise SystemExit(f"case page {key}: HTTP {code} or no assessment")

    parts: dict[str, list[float]] = {k: [] for k in
                                      ("request", "reopened", "finding", "read", "assessment",
                                       "computed", "context", "render", "audit")}
    sizes: list[int] = []
    finding_sizes: list[int] = []
    profiler = cProfile.Profile() if profile else None
    for key in keys:
        if profiler:
            profiler.enable()
        ms, (code, body) = _cpu_ms(get, f"/cases/{key}/")
        if profiler:
            profiler.disable()
        if not code.startswith("200"):
            raise SystemExit(f"case page {key}: HTTP {code}")
        parts["request"].append(ms)
        sizes.append(len(body))

    # A finding of each case opened (htmx asks the finding's view for its body), as when the
    # worker that answers does not remember the case's assessment (as in web_load.py).
    from panah.web.assessment import forget_assessments

    by_case: dict[str, list[str]] = {}
    for key, ident, _ in _findings(keys):
        by_case.setdefault(key, []).append(ident)
    rng = random.Random(1)
    for key in keys:
        forget_assessments()
        ident = rng.choice(by_case[key])
        ms, (code, body) = _cpu_ms(get, f"/cases/{key}/assessment/findings/{ident}/",
                                   HTTP_HX_REQUEST="true")
        if not code.startswith("200"):
            raise SystemExit(f"finding {key} {ident}: HTTP {code}")
        parts["finding"].append(ms)
        finding_sizes.append(len(body))

    # The same pages again, as a team reopens its cases: the last few cases' assessments are
    # remembered by the process (panah.web.assessment.REMEMBERED).
    from panah.web import assessment

    remembered = getattr(assessment, "REMEMBERED", 0)  # 0 in versions before it
    for key in keys[len(keys) - min(20, remembered, len(keys)):]:
        ms, _ = _cpu_ms(get, f"/cases/{key}/")
        parts["reopened"].append(ms)

    factory = RequestFactory(HTTP_HOST="127.0.0.1")
    # How the case page reads the stored case (the loader itself in versions before it).
    read: Callable[[CaseRecord], Any] = getattr(views, "_stored_case", CaseRecord.to_domain)
    today = timezone.localdate()
    with translation.override(lang):
        for key in keys:
            ms, case = _cpu_ms(lambda: read(CaseRecord.objects.get(key=key)))  # noqa: B023
            parts["read"].append(ms)
            record = CaseRecord.objects.get(key=key)
            ms, _ = _cpu_ms(assessment_for, case, today)
            parts["computed"].append(ms)
            # As the page gets it: stored with the case (versions before it: computed).
            stored = {"stored": (record.pk, record.version)} if hasattr(
                assessment, "stored_assessment") else {}
            # (only its summary, where the page reads only that)
            page = {"summary": True} if hasattr(assessment, "finding_ids") else {}
            ms, _ = _cpu_ms(assessment_for, case, today, **stored, **page)
            parts["assessment"].append(ms)
            ms, context = _cpu_ms(views._case_context, case, None, **stored)
            parts["context"].append(ms - parts["assessment"][-1])
            request = factory.get(f"/cases/{key}/")
            request.user = user
            context.update(record=record, as_of_query="", role="administrator", can_change=True,
                           can_export=True, can_manage=True, can_audit=True)
            from panah.web.drafts import DocumentForm

            context["document_form"] = DocumentForm(case)
            ms, _ = _cpu_ms(render_to_string, "panah/case_detail.html", context, request)
            parts["render"].append(ms)
            ms, _ = _cpu_ms(actions.case_access_log, record=record, what="view")
            parts["audit"].append(ms)

    print(f"\ncase page CPU ms over {len(keys)} cases (language {lang}), "
          f"page {statistics.median(sizes) / 1024:.0f} KiB median, a finding opened "
          f"{statistics.median(finding_sizes) / 1024:.1f} KiB:")
    for name, values in parts.items():
        if not values:
            continue
        print(f"  {name:<11} {_summary(values)}")
    stored_share = sum(1 for k in keys if CaseRecord.objects.filter(
        key=k, assessments__as_of=today).exists()) if hasattr(assessment, "stored_assessment") else 0
    print(f"  ({stored_share} of {len(keys)} cases have an assessment stored for today)")
    print(f"  machine: {machine_line()}")
    print("  (context excludes the assessment; the parts are measured apart from the request, "
          "so they need not add up to it exactly)")
    if profiler:
        print()
        pstats.Stats(profiler).sort_stats(sort).print_stats(profile)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=200, help="cases to load (default 200)")
    ap.add_argument("--pages", type=int, default=100,
                    help="case pages to measure, each a different case (default 100)")
    ap.add_argument("--data-dir", type=Path, default=None,
                    help="data directory of a `web_load.py --keep` run, or one to make and "
                         "keep (default: a new temporary one, removed)")
    ap.add_argument("--profile", type=int, default=0,
                    help="print the N functions with the most CPU time (cProfile)")
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"],
                    help="order of the --profile listing (default tottime)")
    ap.add_argument("--lang", default="en", help="language of the requests (default en)")
    ap.add_argument("--seed", type=int, default=7)
    ns, _unknown = ap.parse_known_args(argv)  # bench/run.py passes every script the same argv

    temp = ns.data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="panah-case-cpu-")) if temp else ns.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        _django(data_dir, None)
        loaded = load(ns.cases, ns.seed, dt.datetime.now(dt.UTC).date())
        rng = random.Random(ns.seed)
        keys = rng.sample(loaded.keys, min(ns.pages, len(loaded.keys)))
        measure(keys, ns.lang, ns.profile, ns.sort)
    finally:
        if temp:
            shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
