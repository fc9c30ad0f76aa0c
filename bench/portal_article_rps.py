#!/usr/bin/env python
"""Anonymous article page: requests per second from the app server (as bin/serve runs it) next to
nginx serving the same saved HTML, under the same wrk command. Issue 3 asks for ≥ 10 %.

    LANTOA_VAR_DIR=/tmp/portal-var .venv/bin/python bench/portal_article_rps.py --port 8101

It migrates and seeds LANTOA_VAR_DIR's database (org, legal, plans, portal), collects static
files, starts Granian (DEBUG=0, --workers nproc+1 --blocking-threads 4, like bin/serve) twice —
with the anonymous page cache and without it (bench/portal_settings.py, PORTAL_BENCH_PAGE_CACHE) — and
nginx (nginx-light) on --nginx-port (default port+90), then runs for each:

    wrk -t2 -c32 -d<seconds>s -H 'Connection: close' <article url>
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv/bin/python")


def env_for(page_cache: bool) -> dict:
    env = dict(os.environ)
    env.update({
        "DJANGO_SETTINGS_MODULE": "bench.portal_settings", "PORTAL_BENCH_PAGE_CACHE": "1" if page_cache else "0", "PYTHONPATH": str(ROOT), "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-not-secret", "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0", "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0",
        "LOG_LEVEL": "WARNING", "LANTOA_TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
    })
    return env


def prepare(env: dict) -> None:
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    seed = (
        "import django; django.setup()\n"
        "from lantoa.org.seed import seed as o; from lantoa.legal.seed import seed as l\n"
        "from lantoa.plans.seed import seed as p; from lantoa.portal.seed import seed as s\n"
        "o(); l(); p(); s()\n"
        "from lantoa.portal.models import ArticlePage\n"
        "print(ArticlePage.objects.live().order_by('-first_published_at').first().url)\n"
    )
    out = subprocess.run([PY, "-c", seed], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def wait_for(url: str, seconds: float = 30) -> None:
    stop = time.time() + seconds
    while time.time() < stop:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def wrk(url: str, seconds: int) -> float:
    cmd = ["wrk", "-t2", "-c32", f"-d{seconds}s", "-H", "Connection: close", url]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} error responses\n{out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def app_server(env: dict, port: int, workers: int | None = None, threads: int = 4) -> subprocess.Popen:
    """Granian as bin/serve starts it (without its access log: nginx below logs nothing either)."""
    return subprocess.Popen(
        [str(ROOT / ".venv/bin/granian"), "--interface", "wsgi", "lantoa.wsgi:application", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers or (os.cpu_count() or 1) + 1),
         "--blocking-threads", str(threads), "--no-access-log"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8101)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--nginx-port", type=int, default=None, help="default --port + 90")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (bin/serve: 4)")
    parser.add_argument("--workers", type=int, default=None, help="default nproc+1 (as bin/serve)")
    parser.add_argument("--skip-uncached", action="store_true", help="skip the run without the page cache")
    args = parser.parse_args()
    if not (shutil.which("wrk") and shutil.which("nginx")):
        raise SystemExit("needs wrk and nginx (apt-get install wrk nginx-light)")

    load_before = os.getloadavg()
    cached_env = env_for(True)
    article_path = prepare(cached_env)
    base = f"http://127.0.0.1:{args.port}"
    results = {}
    workdir = Path(tempfile.mkdtemp(prefix="portal-rps-"))
    workdir.chmod(0o755)  # nginx workers run as an unprivileged user

    runs = [("app server, page cache", True), ("app server, no page cache", False)]
    for label, page_cache in runs[:1] if args.skip_uncached else runs:
        server = app_server(env_for(page_cache), args.port, args.workers, args.threads)
        try:
            wait_for(base + article_path)
            if label.endswith("page cache") and not (workdir / "article.html").exists():
                with urllib.request.urlopen(base + article_path) as response:
                    (workdir / "article.html").write_bytes(response.read())
            results[label] = wrk(base + article_path, args.seconds)
        finally:
            stop(server)

    nginx_port = args.nginx_port or args.port + 90
    (workdir / "nginx.conf").write_text(f"""
worker_processes auto; daemon off; pid {workdir}/nginx.pid; error_log {workdir}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off; default_type text/html;
  server {{ listen 127.0.0.1:{nginx_port}; root {workdir};
    location / {{ try_files /article.html =404; }} }}
}}
""")
    nginx = subprocess.Popen(["nginx", "-c", str(workdir / "nginx.conf"), "-p", str(workdir)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{nginx_port}{article_path}")
        results["nginx, saved HTML"] = wrk(f"http://127.0.0.1:{nginx_port}{article_path}", args.seconds)
    finally:
        stop(nginx)

    size = (workdir / "article.html").stat().st_size
    print(f"article {article_path} ({size} bytes of HTML); cores: {os.cpu_count()}; load average before: "
          f"{' '.join(f'{x:.2f}' for x in load_before)}, after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"granian --interface wsgi --workers {args.workers or (os.cpu_count() or 1) + 1} "
          f"--blocking-threads {args.threads}")
    print(f"command: wrk -t2 -c32 -d{args.seconds}s -H 'Connection: close' <url>")
    static = results["nginx, saved HTML"]
    for label, rps in results.items():
        print(f"{label:28s} {rps:10.1f} req/s   {100 * rps / static:6.1f} % of nginx")


if __name__ == "__main__":
    sys.exit(main())
