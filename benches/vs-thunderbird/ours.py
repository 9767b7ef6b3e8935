#!/usr/bin/python3
"""Times `mailsetup discover ADDRESS --json` for every address in the plan: a fresh process each
time, from just before it is started to its exit, as a user (or a script) would run it.

  ours.py BINARY PLAN.json RESULTS.jsonl

Runs inside the benchmark's network namespace, so the binary uses the namespace's resolv.conf and
trust store like any program there; only the ISPDB address is given, since that one is built in.
"""

import json
import os
import subprocess
import sys
import time


def first(servers):
    if not servers:
        return None
    s = servers[0]
    return {"protocol": s.get("protocol"), "host": s.get("host"), "port": s.get("port"),
            "security": s.get("security"), "source": s.get("source")}


def main(binary, plan_path, results_path):
    with open(plan_path) as f:
        plan = json.load(f)
    with open(results_path, "w") as out:
        # The floor every run pays: start the process and let it exit, nothing looked up.
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run([binary, "--version"], stdin=subprocess.DEVNULL, capture_output=True, check=True)
            out.write(json.dumps({"kind": "startup", "ms": (time.perf_counter() - t0) * 1000}) + "\n")
        for item in plan["runs"]:
            argv = [binary, "discover", item["address"], "--json", "--ispdb-url", plan["ispdb_url"]]
            t0 = time.perf_counter()
            proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True)
            ms = (time.perf_counter() - t0) * 1000
            record = {"kind": "run", "scenario": item["scenario"], "run": item["run"],
                      "address": item["address"], "warmup": item["warmup"], "ms": ms,
                      "exit": proc.returncode, "incoming": None, "outgoing": None, "sources": None}
            try:
                answer = json.loads(proc.stdout)
                record["incoming"] = first(answer.get("incoming"))
                # The program's own measure of the lookup, without process start-up and exit.
                record["internal_ms"] = answer.get("elapsed_ms")
                record["outgoing"] = first(answer.get("outgoing"))
                # What each source said, for reading the odd cases afterwards.
                record["sources"] = [(s.get("name"), s.get("status"), s.get("elapsed_ms"))
                                     for s in answer.get("sources", [])]
            except (ValueError, AttributeError):
                record["stderr"] = proc.stderr.decode(errors="replace")[-500:]
            if proc.returncode not in (0, 1):
                record["stderr"] = proc.stderr.decode(errors="replace")[-500:]
            out.write(json.dumps(record) + "\n")
            out.flush()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    if not os.access(sys.argv[1], os.X_OK):
        sys.exit(f"ours.py: {sys.argv[1]} is not an executable")
    main(*sys.argv[1:])
