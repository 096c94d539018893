#!/usr/bin/env python3
"""Isnad benchmark: one command, one table. Generates a synthetic Arabic archive (fixed seed), then
measures the packaged service as a user meets it: first ingestion, the background merge after it,
resident memory, restart to ready, one changed file re-indexed, /api/ask service time for Arabic
and English questions (none asked twice), and wrk throughput on the seed articles next to the
health endpoint, with the answer cache on (repeated questions) and off. Prints figures; asserts nothing
except that each step worked. The service runs with the launcher's JVM options (./isnad) and the
start-up cache its build trains. Build first: ./isnad build

    python3 bench/run.py --articles 20000          # the figures in docs/performance.md
    python3 bench/run.py --articles 200 --questions 20 --wrk-seconds 2   # the CI smoke run
"""
import argparse
import json
import os
import platform
import random
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import archive  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_EVAL = os.path.join(ROOT, "..", "shared", "eval")
REPO_EVAL = os.path.join(ROOT, "src", "test", "resources", "eval")
ADMIN_TOKEN = "bench-admin-token"
MARKER_WORD = "زنجفيلوبراق"
IDLE_SETTLE_S = 5
# Readiness is polled every 20 ms at first, then every hundredth of the time waited so far, at most
# 200 ms: a readiness is seen at most 1% of the wait late (none in the first 2 s, so a restart's
# figure keeps its precision), and a 20-second ingestion is asked about 330 times instead of 1,000
# (those requests, each on a new connection, were 6-7% of the service's CPU samples while it ingested).
READY_POLL_MIN_S, READY_POLL_MAX_S, READY_POLL_SHARE = 0.02, 0.2, 0.01


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_existing(*paths):
    for p in paths:
        if os.path.exists(p):
            return p
    raise SystemExit("bench: none of these exists: " + ", ".join(paths))


def request(url, body=None, timeout=600):
    headers = {"Authorization": "Bearer " + ADMIN_TOKEN}
    data = None
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode()
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if body is not None else "GET")
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        reply = json.load(r)
    return (time.perf_counter() - started) * 1000, reply


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def cpu_seconds(pid):
    """User and system CPU time of a process so far: on a shared machine, the figure that compares."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def rss_file_mb(pid):
    """The part of the resident memory that is pages of mapped files (the index): page cache the
    kernel can drop, unlike the heap."""
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"RssFile:\s+(\d+)", f.read()).group(1)) / 1024


def launcher_jvm_options(app):
    """The JVM options ./isnad serves with (its serve_jvm list: heap bound, vector module), and the
    app's start-up cache when its build trained one, so the figures are those a user gets."""
    with open(os.path.join(ROOT, "isnad")) as f:
        # Read as bash reads the list: a quoted option (a pattern with *) is one word, without its quotes.
        listed = shlex.split(re.search(r"^serve_jvm=\((.*?)\)", f.read(), re.M | re.S).group(1))
    cache = os.path.join(app, "isnad.aot")
    # The cache holds the class loader of the run that trained it, with that folder's jar paths: a
    # build copied elsewhere (--app) would load the classes of target/quarkus-app through it, not
    # its own (docs/performance.md, "Tenth round"). Only the folder ./isnad build trains uses it.
    trained_here = os.path.realpath(app) == os.path.realpath(os.path.join(ROOT, "target", "quarkus-app"))
    if os.path.exists(cache) and trained_here:
        listed += [f"-XX:AOTCache={cache}", "-Xlog:aot=off", "-Xlog:cds=off"]
    elif os.path.exists(cache):
        print(f"bench: not using {cache}: it was trained in another folder", file=sys.stderr)
    return listed


class Service:
    """The packaged app on a free port, its log in `log_path`."""

    def __init__(self, app, articles, index, log_path, jvm_opts, timeout, poll_ms=None):
        """poll_ms: a fixed interval between readiness polls (the rounds before the sixth polled every
        20 ms); by default, the interval grows with the wait (READY_POLL_SHARE)."""
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
        command = [java, *launcher_jvm_options(app), *jvm_opts, f"-Dquarkus.http.port={self.port}",
                   "-Dquarkus.http.host=127.0.0.1", f"-Disnad.ingest.dir={articles}", f"-Disnad.index.dir={index}",
                   "-Dquarkus.log.level=INFO", "-jar", os.path.join(app, "quarkus-run.jar")]
        env = dict(os.environ, ISNAD_ADMIN_TOKEN=ADMIN_TOKEN)
        self.log = open(log_path, "a")
        # The log is appended to by every service of a run (and of earlier runs in the same --work):
        # this one's lines start here, so a figure read from it is never an earlier service's.
        self.log_from = self.log.tell()
        started = time.perf_counter()
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: the service exited ({self.process.returncode}); see {log_path}")
            if time.perf_counter() - started > timeout:
                self.stop()
                raise SystemExit(f"bench: the service was not ready within {timeout} s; see {log_path}")
            try:
                urllib.request.urlopen(self.base + "/q/health/ready", timeout=1)
                break
            except OSError:
                waited = time.perf_counter() - started
                time.sleep(poll_ms / 1000 if poll_ms else
                           min(READY_POLL_MAX_S, max(READY_POLL_MIN_S, waited * READY_POLL_SHARE)))
        self.ready_s = time.perf_counter() - started

    def rss_mb(self):
        return rss_mb(self.process.pid)

    def rss_file_mb(self):
        return rss_file_mb(self.process.pid)

    def cpu_s(self):
        return cpu_seconds(self.process.pid)

    def merge_s(self, timeout):
        """Waits for the background merge that follows a large first ingestion (the log says when it
        starts and ends) and returns its length in seconds; None when none started."""
        time.sleep(1)
        started = time.perf_counter()
        if not re.search(r"Merging the index's \d+ segments", self.own_log()):
            return None
        while time.perf_counter() - started < timeout:
            found = re.findall(r"Merged the index's \d+ segments into one in (\d+) ms", self.own_log())
            if found:
                return int(found[-1]) / 1000
            time.sleep(0.5)
        raise SystemExit(f"bench: the index merge did not end within {timeout} s; see {self.log_path}")

    def last_ingest_ms(self):
        found = re.findall(r"Ingested .*? in (\d+) ms", self.own_log())
        return int(found[-1]) if found else None

    def own_log(self):
        """This service's part of the log."""
        with open(self.log_path, "rb") as f:
            f.seek(self.log_from)
            return f.read().decode("utf-8", "replace")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def idle_rss_mb(service):
    """Resident memory of the idle service a few seconds after it became ready: G1 returns the heap
    it freed in the background, so a reading taken at the instant of readiness still counts it."""
    time.sleep(IDLE_SETTLE_S)
    return service.rss_mb()


def chunk_count(service):
    """Sum of indexed chunks, whether /api/articles pages (total/offset/limit) or lists everything."""
    _, first = request(service.base + "/api/articles?limit=500")
    if "total" not in first:
        return sum(a["chunks"] for a in first["articles"])
    chunks, offset = 0, 0
    while offset < first["total"]:
        _, page = request(service.base + f"/api/articles?offset={offset}&limit=500")
        chunks += sum(a["chunks"] for a in page["articles"])
        offset += 500
    return chunks


WARM_UP = 50


def questions(count, seed):
    """2 × `count` questions per language to time (a fresh round, then a steady one), and WARM_UP
    others before them to warm the service with: none is asked twice, so no answer comes from the
    answer cache."""
    path = first_existing(os.path.join(REPO_EVAL, "xquad-dev", "questions.jsonl"),
                          os.path.join(SHARED_EVAL, "xquad-dev", "questions.jsonl"))
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rng = random.Random(seed)
    picked = {}
    for lang in ("ar", "en"):
        # Distinct texts as the service sees them (stripped): a few XQuAD questions repeat.
        pool = sorted({r["question"].strip() for r in rows if r["lang"] == lang})
        picked[lang] = rng.sample(pool, min(2 * count + WARM_UP, len(pool)))
    return picked


def ask_latencies(service, picked, count):
    """Service time (the reply's timings.totalMs) of each question, after an untimed warm-up round:
    `count` questions per language just after it ("ar", "en"), then `count` others once the JIT has
    compiled the answer path ("ar_steady", "en_steady": the service has by then answered
    WARM_UP + count questions of each language, as a service running for a while has)."""
    for lang in picked:
        for q in picked[lang][:WARM_UP]:
            request(service.base + "/api/ask", {"question": q})
    result = {}
    rounds = [(lang, picked[lang][WARM_UP:WARM_UP + count]) for lang in picked]
    rounds += [(lang + "_steady", picked[lang][WARM_UP + count:]) for lang in picked]
    for key, qs in rounds:
        service_ms, http_ms = [], []
        cpu = service.cpu_s()
        for q in qs:
            ms, reply = request(service.base + "/api/ask", {"question": q})
            if reply["timings"].get("cached"):
                raise SystemExit("bench: a timed question was answered from the cache: " + q)
            http_ms.append(ms)
            service_ms.append(reply["timings"]["totalMs"])
        result[key] = (service_ms, http_ms, (service.cpu_s() - cpu) * 1000 / len(qs))
    return result


def reindex_one(service, articles_dir, name):
    """Appends a paragraph with a unique word to one article, re-indexes, and checks it is found."""
    with open(os.path.join(articles_dir, name), "a", encoding="utf-8") as f:
        f.write(f"\nوأعلن المتحدث أن مشروع {MARKER_WORD} سيكتمل قبل نهاية العام المقبل.\n")
    ms, _ = request(service.base + "/api/admin/reindex", {})
    _, reply = request(service.base + "/api/ask", {"question": f"متى يكتمل مشروع {MARKER_WORD}؟", "topK": 1})
    found = bool(reply["passages"]) and reply["passages"][0]["file"].endswith(name)
    return ms, found


def wrk(url, seconds, script=None, service=None):
    """req/s, p99 in ms and non-2xx replies of one wrk run; with `service`, also the service's CPU time
    per request in ms (its CPU time over the run divided by wrk's request count)."""
    command = ["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", script]
    cpu = service.cpu_s() if service else 0
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu = service.cpu_s() - cpu if service else 0
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures = [rps, p99, int(errors.group(1)) if errors else 0]
    if service:
        count = int(re.search(r"(\d+) requests in", out).group(1))
        figures.append(cpu * 1000 / max(1, count))
    return tuple(figures)


def wrk_script(path):
    with open(os.path.join(REPO_EVAL, "seeds-dev.jsonl"), encoding="utf-8") as f:
        qs = [json.loads(line)["question"] for line in f if line.strip() and not json.loads(line).get("history")]
    bodies = ",\n".join("[==[" + json.dumps({"question": q}, ensure_ascii=False) + "]==]" for q in qs)
    with open(path, "w", encoding="utf-8") as f:
        f.write("local bodies = {\n" + bodies + "\n}\nlocal i = 0\n"
                "request = function()\n  i = i % #bodies + 1\n"
                "  return wrk.format('POST', '/api/ask', {['Content-Type'] = 'application/json'}, bodies[i])\nend\n")
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000, help="archive size (5000, 20000, 100000...)")
    parser.add_argument("--questions", type=int, default=200, help="questions per language")
    parser.add_argument("--wrk-seconds", type=int, default=15, help="length of each wrk run")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--app", default=os.path.join(ROOT, "target", "quarkus-app"), help="packaged app folder")
    parser.add_argument("--jvm-opt", action="append", default=[], help="extra JVM option (repeatable)")
    parser.add_argument("--work", help="folder for the archive and indexes (default: a temporary one, deleted)")
    parser.add_argument("--timeout", type=int, default=900, help="seconds to wait for the service to be ready")
    parser.add_argument("--ready-poll-ms", type=int,
                        help="poll readiness at this fixed interval (20: as before the sixth round) instead of"
                             " every 1%% of the wait")
    parser.add_argument("--warm-up-seconds", type=int,
                        help="wrk load on the uncached service before its second, warmed-up measurement"
                             " (default: 4 x --wrk-seconds, at most 40)")
    parser.add_argument("--json", help="also write the figures as JSON to this file")
    args = parser.parse_args()
    if args.warm_up_seconds is None:
        args.warm_up_seconds = min(40, 4 * args.wrk_seconds)

    if not os.path.exists(os.path.join(args.app, "quarkus-run.jar")):
        raise SystemExit("bench: build first: ./isnad build")
    if shutil.which("wrk") is None:
        raise SystemExit("bench: wrk is missing: apt-get install -y wrk")
    work = args.work or tempfile.mkdtemp(prefix="isnad-bench-")
    os.makedirs(work, exist_ok=True)
    articles_dir, index_dir = os.path.join(work, "articles"), os.path.join(work, "index")
    shutil.rmtree(articles_dir, ignore_errors=True)
    shutil.rmtree(index_dir, ignore_errors=True)
    sources = [first_existing(os.path.join(SHARED_EVAL, "xquad-dev", "corpus"),
                              os.path.join(REPO_EVAL, "xquad-dev", "corpus")),
               os.path.join(SHARED_EVAL, "arcd-train", "corpus"), os.path.join(ROOT, "seeds")]
    names = archive.generate(articles_dir, args.articles, [s for s in sources if os.path.isdir(s)], args.seed)
    figures = {"articles": args.articles}
    log = os.path.join(work, "service.log")
    try:
        service = Service(args.app, articles_dir, index_dir, log, args.jvm_opt, args.timeout, args.ready_poll_ms)
        try:
            figures["ingest_ms"] = service.last_ingest_ms()
            figures["first_ready_s"] = service.ready_s
            figures["first_ready_cpu_s"] = service.cpu_s()
            figures["merge_s"] = service.merge_s(args.timeout)
            figures["rss_after_ingest_mb"] = idle_rss_mb(service)
            figures["chunks"] = chunk_count(service)
            figures["reindex_one_ms"], figures["reindex_found"] = reindex_one(service, articles_dir, names[0])
            latencies = ask_latencies(service, questions(args.questions, args.seed), args.questions)
            figures["rss_after_queries_mb"] = service.rss_mb()
            figures["rss_file_after_queries_mb"] = service.rss_file_mb()
        finally:
            service.stop()
        service = Service(args.app, articles_dir, index_dir, log, args.jvm_opt, args.timeout, args.ready_poll_ms)
        try:
            figures["restart_ready_s"] = service.ready_s
            figures["restart_ready_cpu_s"] = service.cpu_s()
            figures["rss_after_restart_mb"] = idle_rss_mb(service)
        finally:
            service.stop()
        seeds_service = Service(args.app, os.path.join(ROOT, "seeds"), os.path.join(work, "seeds-index"), log,
                                args.jvm_opt, args.timeout, args.ready_poll_ms)
        try:
            figures["seeds_ready_cpu_s"] = seeds_service.cpu_s()
            script = wrk_script(os.path.join(work, "ask.lua"))
            wrk(seeds_service.base + "/api/ask", min(3, args.wrk_seconds), script)
            figures["wrk_ask"] = wrk(seeds_service.base + "/api/ask", args.wrk_seconds, script)
            figures["wrk_health"] = wrk(seeds_service.base + "/q/health/live", args.wrk_seconds)
        finally:
            seeds_service.stop()
        # The same questions with the answer cache off: what answering each one anew costs.
        uncached = Service(args.app, os.path.join(ROOT, "seeds"), os.path.join(work, "seeds-index"), log,
                           [*args.jvm_opt, "-Disnad.answer.cache-size=0"], args.timeout, args.ready_poll_ms)
        try:
            wrk(uncached.base + "/api/ask", min(3, args.wrk_seconds), script)
            figures["wrk_ask_uncached"] = wrk(uncached.base + "/api/ask", args.wrk_seconds, script, uncached)
            # The launcher's optimising compiler waits for ten times the usual calls (restart CPU), so
            # the figure just after a start is partly JIT warm-up; this one is a service's that has
            # answered for a while (docs/performance.md, "Tenth round").
            wrk(uncached.base + "/api/ask", args.warm_up_seconds, script)
            figures["wrk_ask_uncached_warm"] = wrk(uncached.base + "/api/ask", args.wrk_seconds, script, uncached)
        finally:
            uncached.stop()
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    for lang, (service_ms, http_ms, cpu_ms) in latencies.items():
        figures[f"ask_{lang}"] = {"p50": percentile(service_ms, 50), "p95": percentile(service_ms, 95),
                                  "http_p50": percentile(http_ms, 50), "n": len(service_ms), "cpu_ms": cpu_ms}
    with open("/proc/loadavg") as f:
        figures["load_average"] = f.read().split()[0]
    print_table(figures, args)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)
    if not figures["reindex_found"]:
        raise SystemExit("bench: the re-indexed article was not found by a question about its new paragraph")
    if (figures["wrk_ask"][2] or figures["wrk_health"][2] or figures["wrk_ask_uncached"][2]
            or figures["wrk_ask_uncached_warm"][2]):
        raise SystemExit("bench: wrk saw non-2xx responses")


def print_table(f, args):
    ingest_s = (f["ingest_ms"] or 0) / 1000
    rate = f["chunks"] / ingest_s if ingest_s else float("nan")
    ask_rps, ask_p99, _ = f["wrk_ask"]
    fresh_rps, fresh_p99, _, fresh_cpu = f["wrk_ask_uncached"]
    warm_rps, warm_p99, _, warm_cpu = f["wrk_ask_uncached_warm"]
    warmed_s = min(3, args.wrk_seconds) + args.wrk_seconds + args.warm_up_seconds
    health_rps, health_p99, _ = f["wrk_health"]
    # CPU spent ingesting: the first start's CPU at ready, less a start that ingested only the seeds.
    ingest_cpu = f["first_ready_cpu_s"] - f["seeds_ready_cpu_s"]
    rows = [
        ("archive", f"{f['articles']:,} articles, {f['chunks']:,} chunks"),
        ("first ingestion", f"{ingest_s:.1f} s, {rate:,.0f} chunks/s (ready {f['first_ready_s']:.1f} s after start)"),
        ("first ingestion, CPU time", f"{ingest_cpu:.1f} CPU-s, {f['chunks'] / max(ingest_cpu, 0.001):,.0f} chunks per CPU-s"),
        ("background merge into one segment, after ready", "none" if f["merge_s"] is None else f"{f['merge_s']:.1f} s"),
        ("RSS 5 s after ingestion / after restart", f"{f['rss_after_ingest_mb']:.0f} MB / {f['rss_after_restart_mb']:.0f} MB"
                                                f" (after the queries {f['rss_after_queries_mb']:.0f} MB, of which"
                                                f" {f['rss_file_after_queries_mb']:.0f} MB pages of the mapped index)"),
        ("restart to ready, nothing changed", f"{f['restart_ready_s']:.2f} s ({f['restart_ready_cpu_s']:.1f} CPU-s;"
                                              f" a start with the seeds only: {f['seeds_ready_cpu_s']:.1f} CPU-s)"),
        ("one changed file re-indexed", f"{f['reindex_one_ms']:.0f} ms (then found: {f['reindex_found']})"),
    ]
    for lang, name in (("ar", "Arabic"), ("en", "English"), ("ar_steady", "Arabic, steady"),
                       ("en_steady", "English, steady")):
        a = f[f"ask_{lang}"]
        rows.append((f"/api/ask service time, {a['n']} {name}", f"p50 {a['p50']:.1f} ms, p95 {a['p95']:.1f} ms"
                                                                f" (HTTP p50 {a['http_p50']:.1f} ms; "
                                                                f"{a['cpu_ms']:.1f} CPU-ms per question)"))
    rows.append((f"wrk seeds /api/ask, 32 conn, {args.wrk_seconds} s (seeds-dev questions, answer cache on)",
                 f"{ask_rps:,.0f} req/s, p99 {ask_p99:.1f} ms"))
    rows.append(("same, answer cache off (every answer computed)", f"{fresh_rps:,.0f} req/s, p99 {fresh_p99:.1f} ms"
                                                                   f" ({fresh_cpu:.2f} CPU-ms per answer)"))
    rows.append((f"same, answer cache off, after {warmed_s} s of wrk warm-up", f"{warm_rps:,.0f} req/s, p99"
                                                                           f" {warm_p99:.1f} ms ({warm_cpu:.2f}"
                                                                           f" CPU-ms per answer)"))
    rows.append((f"wrk seeds /q/health/live, same", f"{health_rps:,.0f} req/s, p99 {health_p99:.1f} ms"))
    rows.append(("ask / health throughput", f"{ask_rps / health_rps:.3f}" if health_rps else "n/a (no health reply)"))
    print(f"Isnad benchmark: {platform.node()}, {os.cpu_count()} cores, {platform.platform()}, seed {args.seed},"
          f" load average {f['load_average']} at the end")
    print("| figure | value |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
