#!/usr/bin/env python3
"""Benchmark of the packaged service as a user meets it: start-up to ready, ingestion of the
articles, /api/ask latency over a question set, and resident memory. Prints figures; asserts
nothing. Build first: ./mvnw -B -DskipTests package

    python3 bench/serve_bench.py [--rounds 20] [--questions src/test/resources/eval/seeds-dev.jsonl]
"""
import argparse, json, os, re, shutil, socket, statistics, subprocess, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=30) as r:
        reply = json.load(r)
    return (time.perf_counter() - started) * 1000, reply


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--questions", default=os.path.join(ROOT, "src/test/resources/eval/seeds-dev.jsonl"))
    parser.add_argument("--articles", default=os.path.join(ROOT, "seeds"))
    args = parser.parse_args()

    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    jar = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
    if not os.path.exists(jar):
        raise SystemExit("bench: build first: ./mvnw -B -DskipTests package")
    questions = [json.loads(l) for l in open(args.questions, encoding="utf-8") if l.strip()]
    questions = [q for q in questions if not q.get("history")]
    port, index_dir = free_port(), tempfile.mkdtemp(prefix="isnad-bench-")
    log = open(os.path.join(index_dir, "service.log"), "w+")
    started = time.perf_counter()
    service = subprocess.Popen([java, "--add-modules", "jdk.incubator.vector", f"-Dquarkus.http.port={port}",
                                f"-Disnad.index.dir={index_dir}/index", f"-Disnad.ingest.dir={args.articles}",
                                "-jar", jar], stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        while True:
            if time.perf_counter() - started > 60:
                raise SystemExit("bench: the service was not ready within 60 s")
            try:
                urllib.request.urlopen(base + "/q/health/ready", timeout=1)
                break
            except OSError:
                time.sleep(0.02)
        ready_ms = (time.perf_counter() - started) * 1000
        log.seek(0)
        ingest = re.search(r"Ingested .*? in (\d+) ms", log.read())
        first_ms, _ = post(base + "/api/ask", {"question": questions[0]["question"]})
        total, retrieval, service_total = [], [], []
        for _ in range(args.rounds):
            for q in questions:
                ms, reply = post(base + "/api/ask", {"question": q["question"]})
                total.append(ms)
                retrieval.append(reply["timings"]["retrievalMs"])
                service_total.append(reply["timings"]["totalMs"])
        rss_kb = int(re.search(r"VmRSS:\s+(\d+)", open(f"/proc/{service.pid}/status").read()).group(1))
        print(f"machine: {os.cpu_count()} cores; java: {java}")
        print(f"start-up to ready: {ready_ms:.0f} ms (ingestion of {args.articles}: "
              f"{ingest.group(1) if ingest else '?'} ms)")
        print(f"first /api/ask after ready: {first_ms:.1f} ms")
        print(f"/api/ask over {len(questions)} questions x {args.rounds} rounds ({len(total)} requests):")
        for name, values in (("HTTP round trip", total), ("service total", service_total), ("retrieval", retrieval)):
            print(f"  {name:16s} p50 {percentile(values, 50):6.2f} ms  p95 {percentile(values, 95):6.2f} ms  "
                  f"mean {statistics.mean(values):6.2f} ms")
        print(f"resident memory after the run: {rss_kb / 1024:.0f} MB")
    finally:
        service.terminate()
        service.wait(10)
        shutil.rmtree(index_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
