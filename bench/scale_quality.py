#!/usr/bin/env python3
"""Retrieval and answer quality at archive scale: the xquad-dev questions asked over their own
articles hidden among N synthetic distractors (built like the benchmark's archive, but from ARCD
sentences only, so no distractor repeats a sentence of the gold articles). Prints the figures per
language and writes the evaluation's JSON report; asserts nothing. The dev sets alone are too
small (under 1,000 chunks) to reach the code paths that only a large archive takes, such as the
second stage of common n-grams. Build first: ./isnad build

    python3 bench/scale_quality.py --articles 20000 --json target/scale-quality.json
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import archive  # noqa: E402
import run  # noqa: E402

XQUAD = os.path.join(run.REPO_EVAL, "xquad-dev")
METRICS = ("recall@1", "mrr@10", "answer_hit", "latency_p50_ms", "latency_p95_ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000, help="distractor articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--app", default=os.path.join(run.ROOT, "target", "quarkus-app"), help="packaged app folder")
    parser.add_argument("--json", default=os.path.join(run.ROOT, "target", "scale-quality.json"))
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="isnad-scale-")
    try:
        corpus = os.path.join(work, "corpus")
        archive.generate(corpus, args.articles, [os.path.join(run.REPO_EVAL, "arcd-train", "corpus")], args.seed)
        for name in os.listdir(os.path.join(XQUAD, "corpus")):
            shutil.copy(os.path.join(XQUAD, "corpus", name), corpus)
        java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
        command = [java, *run.launcher_jvm_options(args.app), "-jar", os.path.join(args.app, "quarkus-run.jar"),
                   "eval", "--corpus", corpus, "--questions", os.path.join(XQUAD, "questions.jsonl"),
                   "--json", args.json]
        subprocess.run(command, cwd=run.ROOT, check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(args.json, encoding="utf-8") as f:
        report = json.load(f)
    cost = report["cost"]
    print(f"xquad-dev over {args.articles:,} distractors: {cost['indexedPassages']:,} chunks indexed in"
          f" {cost['indexBuildMs'] / 1000:.1f} s; {cost['questionsCpuMs'] / len(report['questions']):.1f}"
          " CPU-ms per question")
    print("| part | " + " | ".join(METRICS) + " |")
    print("|---" * (len(METRICS) + 1) + "|")
    for group in ("all", "ar", "en"):
        figures = report["metrics"][group]
        print(f"| {group} | " + " | ".join(f"{figures[m]:.3f}" for m in METRICS) + " |")


if __name__ == "__main__":
    main()
