#!/usr/bin/env python3
"""Every evaluation of issue 9 in one go: the five dev sets (both parts of their fixed tune/check
split in one run each) and the negative sets (near-miss and cross-corpus), through the packaged
`eval` command. Writes one JSON and one HTML report per run into OUT and prints a Markdown table
of the tuning and check figures. Asserts nothing: the gate is EvalRunnerTest. Build first:

    ./mvnw -B -DskipTests package
    python3 bench/eval_suite.py [--out target/eval-suite] [--only seeds-own,xquad-near-miss] [--table-only]
"""
import argparse, json, os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = "src/test/resources/eval"
XQUAD, ARCD = f"{EVAL}/xquad-dev", f"{EVAL}/arcd-train"

# name, corpus, questions, extra options, kind
RUNS = [
    ("seeds-dev", "seeds", f"{EVAL}/seeds-dev.jsonl", [], "dev"),
    ("seeds-own", "seeds", f"{EVAL}/seeds-own.jsonl", [], "dev"),
    ("seeds-fresh", "seeds", f"{EVAL}/seeds-fresh.jsonl", [], "dev"),
    ("xquad-dev", f"{XQUAD}/corpus", f"{XQUAD}/questions.jsonl", [], "dev"),
    ("arcd-train", f"{ARCD}/corpus", f"{ARCD}/questions.jsonl", [], "dev"),
    ("seeds-unanswerable", "seeds", f"{EVAL}/seeds-unanswerable.jsonl", [], "negative"),
    ("xquad-near-miss", f"{XQUAD}/corpus", f"{XQUAD}/near-miss.jsonl", [], "negative"),
    ("arcd-near-miss", f"{ARCD}/corpus", f"{ARCD}/near-miss.jsonl", [], "negative"),
    ("xquad-over-seeds", "seeds", f"{XQUAD}/questions.jsonl", ["--cross-corpus"], "negative"),
    ("arcd-over-xquad", f"{XQUAD}/corpus", f"{ARCD}/questions.jsonl", ["--cross-corpus"], "negative"),
    ("xquad-over-arcd", f"{ARCD}/corpus", f"{XQUAD}/questions.jsonl", ["--cross-corpus"], "negative"),
]
DEV_COLUMNS = ["recall@1", "mrr@10", "answer_hit", "answer_hit_first", "followup_answer_hit", "short_answer_em",
               "short_answer_f1", "answer_chars", "false_abstain", "abstain_accuracy"]


def java():
    home = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")
    candidate = os.path.join(home, "bin", "java")
    return candidate if os.path.exists(candidate) else shutil.which("java")


def run(name, corpus, questions, extra, out):
    json_path, html_path = os.path.join(out, name + ".json"), os.path.join(out, name + ".html")
    command = [java(), "--add-modules", "jdk.incubator.vector", "-jar", "target/quarkus-app/quarkus-run.jar",
               "eval", "--corpus", corpus, "--questions", questions, "--json", json_path, "--html", html_path] + extra
    print("$ java " + " ".join(command[1:]), file=sys.stderr, flush=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{name} failed ({done.returncode}): {done.stderr[-2000:]}")
    with open(json_path, encoding="utf-8") as f:
        return json.load(f)


def cell(value, metric):
    if value is None:
        return "-"
    return f"{value:.1f}" if metric == "answer_chars" else f"{value:.3f}"


def dev_rows(name, report):
    rows = []
    for part, figures in report["bySplit"].items():
        langs = [g for g in figures["metrics"] if g != "all"]
        for group in ["all"] + (langs if len(langs) > 1 else []):
            m, n = figures["metrics"][group], figures["counts"][group]["questions"]
            label = name if group == "all" else f"{name} {group}"
            rows.append(f"| {label} | {part} | {n} | " + " | ".join(cell(m.get(c), c) for c in DEV_COLUMNS) + " |")
    return rows


def negative_row(name, report):
    cells = []
    for part in ("tune", "check"):
        figures = report["bySplit"].get(part)
        if figures is None:
            cells.append("-")
            continue
        all_ = figures["metrics"]["all"]
        langs = [g for g in figures["metrics"] if g != "all"]
        detail = ", ".join(f"{g} {cell(figures['metrics'][g]['abstain_accuracy'], '')}" for g in langs) if len(langs) > 1 else ""
        cells.append(f"{cell(all_['abstain_accuracy'], '')} of {figures['counts']['all']['questions']}"
                     + (f" ({detail})" if detail else ""))
    return f"| {name} | " + " | ".join(cells) + " |"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="target/eval-suite")
    parser.add_argument("--only", default="", help="comma-separated run names")
    parser.add_argument("--table-only", action="store_true", help="print the table of the reports already in OUT")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    out = os.path.join(ROOT, args.out)
    os.makedirs(out, exist_ok=True)
    dev, negative = [], []
    for name, corpus, questions, extra, kind in RUNS:
        if only and name not in only:
            continue
        if args.table_only:
            path = os.path.join(out, name + ".json")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                report = json.load(f)
        else:
            report = run(name, corpus, questions, extra, out)
        (dev if kind == "dev" else negative).append((name, report))
    if dev:
        print("| set | part | questions | " + " | ".join(DEV_COLUMNS) + " |")
        print("|---|---|---:|" + "---:|" * len(DEV_COLUMNS))
        for name, report in dev:
            print("\n".join(dev_rows(name, report)))
    if negative:
        print("\n| negative set (declined share) | tune | check |\n|---|---|---|")
        for name, report in negative:
            print(negative_row(name, report))


if __name__ == "__main__":
    main()
