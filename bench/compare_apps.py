#!/usr/bin/env python3
"""Two builds of Isnad side by side in one run, on the same index and the same machine load: the
packaged app before a change (--before) and after it (--after, default target/quarkus-app). The
archive is ingested once; then each build in turn (before, after, before, after: alternating, so a
change of the machine's load falls on both) re-indexes one changed file, answers the same questions
one at a time, and takes wrk's 32 connections. Prints each figure and the after/before ratio.
Meant for the OpenSearch backend (pass its keys with --jvm-opt), where both builds read one cluster:

    python3 bench/compare_apps.py --before /tmp/isnad-before --articles 2000 \\
        --jvm-opt=-Disnad.index.backend=opensearch --jvm-opt=-Disnad.opensearch.hosts=http://127.0.0.1:9200 \\
        --jvm-opt=-Disnad.opensearch.index=compare
"""
import argparse
import os
import shutil
import statistics
import tempfile

import archive
from run import (ROOT, REPO_EVAL, SHARED_EVAL, Service, ask_latencies, first_existing, percentile, questions,
                 reindex_one, wrk, wrk_script)


def measure(build, app, articles_dir, index_dir, name, args, work):
    service = Service(app, articles_dir, index_dir, os.path.join(work, build + ".log"), args.jvm_opt, args.timeout)
    try:
        # Every round appends the same marker sentence to another file, so the check that the newest
        # one is found first is not reliable after the first; the time is what is compared.
        reindex_ms, _ = reindex_one(service, articles_dir, name)
        latencies = ask_latencies(service, questions(args.questions, args.seed))
        script = wrk_script(os.path.join(work, "ask.lua"))
        wrk(service.base + "/api/ask", 2, script)
        rps, p99, errors = wrk(service.base + "/api/ask", args.wrk_seconds, script)
    finally:
        service.stop()
    figures = {"reindex one file, ms": reindex_ms, "wrk /api/ask, req/s": rps, "wrk p99, ms": p99,
               "wrk non-2xx": errors}
    for lang, (service_ms, _, cpu_ms) in latencies.items():
        figures[f"ask {lang} p50, ms"] = percentile(service_ms, 50)
        figures[f"ask {lang} p95, ms"] = percentile(service_ms, 95)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True, help="packaged app folder of the build before the change")
    parser.add_argument("--after", default=os.path.join(ROOT, "target", "quarkus-app"), help="the build after")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--questions", type=int, default=50, help="questions per language")
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2, help="alternations of before and after")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--jvm-opt", action="append", default=[], help="extra JVM option for both (repeatable)")
    parser.add_argument("--timeout", type=int, default=900)
    parser.add_argument("--logs", help="copy the services' logs into this folder (they are deleted otherwise)")
    args = parser.parse_args()
    for app in (args.before, args.after):
        if not os.path.exists(os.path.join(app, "quarkus-run.jar")):
            raise SystemExit(f"compare: no quarkus-run.jar in {app}")

    work = tempfile.mkdtemp(prefix="isnad-compare-")
    try:
        articles_dir, index_dir = os.path.join(work, "articles"), os.path.join(work, "index")
        sources = [first_existing(os.path.join(SHARED_EVAL, "xquad-dev", "corpus"),
                                  os.path.join(REPO_EVAL, "xquad-dev", "corpus")),
                   os.path.join(SHARED_EVAL, "arcd-train", "corpus"), os.path.join(ROOT, "seeds")]
        names = archive.generate(articles_dir, args.articles, [s for s in sources if os.path.isdir(s)], args.seed)
        # First ingestion by the build after the change; each build then only syncs what changed.
        Service(args.after, articles_dir, index_dir, os.path.join(work, "ingest.log"), args.jvm_opt,
                args.timeout).stop()
        runs = {"before": [], "after": []}
        for round_ in range(args.rounds):
            for build, app in (("before", args.before), ("after", args.after)):
                name = names[1 + 2 * round_ + (build == "after")]
                runs[build].append(measure(build, app, articles_dir, index_dir, name, args, work))
    finally:
        if args.logs:
            os.makedirs(args.logs, exist_ok=True)
            for log in (f for f in os.listdir(work) if f.endswith(".log")):
                shutil.copy(os.path.join(work, log), args.logs)
        shutil.rmtree(work, ignore_errors=True)

    print(f"{args.articles} articles, {args.questions} questions per language, wrk {args.wrk_seconds} s x "
          f"{args.rounds} rounds; medians of the rounds")
    print(f"{'figure':<26}{'before':>12}{'after':>12}{'after/before':>14}")
    for key in runs["before"][0]:
        before = statistics.median(r[key] for r in runs["before"])
        after = statistics.median(r[key] for r in runs["after"])
        ratio = f"{after / before:.2f}" if before else "-"
        print(f"{key:<26}{before:>12.1f}{after:>12.1f}{ratio:>14}")
    with open("/proc/loadavg") as f:
        print("load average", f.read().split()[0])


if __name__ == "__main__":
    main()
