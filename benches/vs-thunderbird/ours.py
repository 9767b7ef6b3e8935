#!/usr/bin/python3
"""Times `mailsetup discover ADDRESS --json` for every address in the plan: a fresh process each
time, from just before it is started to its exit, as a user (or a script) would run it.

  ours.py BINARY PLAN.json RESULTS.jsonl

Runs inside the benchmark's network namespace, so the binary uses the namespace's resolv.conf and
trust store like any program there; only the ISPDB address is given, since that one is built in.
"""

import json
import os
import select
import sys
import time


def run_timed(argv):
    """Runs argv with stdin from /dev/null and stdout, stderr captured; returns (ms, exit code,
    stdout, stderr). The clock starts just before posix_spawn and stops when the process has been
    reaped: subprocess.run's own machinery (a fork of this Python, helper threads) would add a few
    milliseconds that are not the program's."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    devnull = os.open(os.devnull, os.O_RDONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, out_w, 1),
               (os.POSIX_SPAWN_DUP2, err_w, 2), (os.POSIX_SPAWN_CLOSE, out_r),
               (os.POSIX_SPAWN_CLOSE, err_r)]
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    for fd in (out_w, err_w, devnull):
        os.close(fd)
    chunks = {out_r: [], err_r: []}
    open_fds = [out_r, err_r]
    while open_fds:
        ready, _, _ = select.select(open_fds, [], [])
        for fd in ready:
            data = os.read(fd, 65536)
            if data:
                chunks[fd].append(data)
            else:
                open_fds.remove(fd)
                os.close(fd)
    _, status = os.waitpid(pid, 0)
    ms = (time.perf_counter() - t0) * 1000
    return ms, os.waitstatus_to_exitcode(status), b"".join(chunks[out_r]), b"".join(chunks[err_r])


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
            ms, code, _, err = run_timed([binary, "--version"])
            if code != 0:
                sys.exit(f"ours.py: {binary} --version exited with {code}: "
                         f"{err.decode(errors='replace')[-800:]}")
            out.write(json.dumps({"kind": "startup", "ms": ms}) + "\n")
        for item in plan["runs"]:
            argv = [binary, "discover", item["address"], "--json", "--ispdb-url", plan["ispdb_url"]]
            ms, returncode, stdout, stderr = run_timed(argv)
            record = {"kind": "run", "scenario": item["scenario"], "run": item["run"],
                      "address": item["address"], "warmup": item["warmup"], "ms": ms,
                      "exit": returncode, "incoming": None, "outgoing": None, "sources": None}
            try:
                answer = json.loads(stdout)
                record["incoming"] = first(answer.get("incoming"))
                # The program's own measure of the lookup, without process start-up and exit.
                record["internal_ms"] = answer.get("elapsed_ms")
                record["outgoing"] = first(answer.get("outgoing"))
                # What each source said, for reading the odd cases afterwards.
                record["sources"] = [(s.get("name"), s.get("status"), s.get("elapsed_ms"))
                                     for s in answer.get("sources", [])]
            except (ValueError, AttributeError):
                record["stderr"] = stderr.decode(errors="replace")[-500:]
            if returncode not in (0, 1):
                record["stderr"] = stderr.decode(errors="replace")[-500:]
            out.write(json.dumps(record) + "\n")
            out.flush()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    if not os.access(sys.argv[1], os.X_OK):
        sys.exit(f"ours.py: {sys.argv[1]} is not an executable")
    main(*sys.argv[1:])
