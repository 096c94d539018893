#!/usr/bin/env python3
"""Issue 9's service-time figure: `/api/ask` p50 on the seed articles (the reply's timings.totalMs,
answer cache off), for one build or two side by side. Each round starts a build on a copy of the
seeds, asks every question of seeds-own without history WARM_ROUNDS times untimed, then TIMED_ROUNDS
times timed, and prints that round's p50; builds alternate round by round (before, after, before,
after), so a change of the machine's load falls on both. Prints each round and each build's median.

    python3 bench/seeds_latency.py --app target/quarkus-app [--before /tmp/isnad-before] [--rounds 2]
"""
import argparse
import json
import os
import shutil
import statistics
import tempfile

from run import ROOT, REPO_EVAL, Service, percentile, request

WARM_ROUNDS = 10
TIMED_ROUNDS = 3


def seed_questions():
    with open(os.path.join(REPO_EVAL, "seeds-own.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r["question"] for r in rows if not r.get("history")]


def round_p50(app, questions, work, name):
    articles = os.path.join(work, name + "-seeds")
    shutil.copytree(os.path.join(ROOT, "seeds"), articles)
    service = Service(app, articles, os.path.join(work, name + "-index"), os.path.join(work, name + ".log"),
                      ["-Disnad.answer.cache-size=0"], 300)
    try:
        for _ in range(WARM_ROUNDS):
            for q in questions:
                request(service.base + "/api/ask", {"question": q})
        times = []
        for _ in range(TIMED_ROUNDS):
            for q in questions:
                _, reply = request(service.base + "/api/ask", {"question": q})
                if reply["timings"].get("cached"):
                    raise SystemExit("seeds_latency: an answer came from the cache: " + q)
                times.append(reply["timings"]["totalMs"])
        return percentile(times, 50)
    finally:
        service.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", default=os.path.join(ROOT, "target", "quarkus-app"))
    parser.add_argument("--before", help="another build's quarkus-app folder, measured alternately")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    builds = [("before", args.before)] if args.before else []
    builds.append(("after" if args.before else "build", args.app))
    questions = seed_questions()
    p50s = {name: [] for name, _ in builds}
    with tempfile.TemporaryDirectory(prefix="isnad-seeds-latency-") as work:
        for r in range(args.rounds):
            for name, app in builds:
                p50 = round_p50(app, questions, work, f"{name}-{r}")
                p50s[name].append(p50)
                print(f"round {r + 1} {name}: p50 {p50:.2f} ms ({len(questions)} questions x {TIMED_ROUNDS})",
                      flush=True)
    for name, values in p50s.items():
        print(f"{name}: p50 per round " + " / ".join(f"{v:.2f}" for v in values)
              + f" ms, median {statistics.median(values):.2f} ms")


if __name__ == "__main__":
    main()
