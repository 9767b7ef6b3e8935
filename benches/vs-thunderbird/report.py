#!/usr/bin/python3
"""Turns both tools' results into the comparison table (stdout) and last-run.md.

  report.py WORK MARKDOWN_OUT TB_VERSION OURS_VERSION ELAPSED_SECONDS

Exits non-zero only when results are missing (a broken benchmark), never because of the numbers.
"""

import collections
import json
import os
import platform
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture import SCENARIOS, domain, provider  # noqa: E402

# Thunderbird's nsMsgSocketType numbers, in our words.
TB_SECURITY = {0: "plain", 1: "try-starttls", 2: "starttls", 3: "tls"}


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def tb_side(s):
    if not s:
        return None
    return (s["type"], s["host"], s["port"], TB_SECURITY.get(s["socketType"], str(s["socketType"])))


def ours_side(s):
    if not s:
        return None
    return (s["protocol"], s["host"], s["port"], s["security"])


def tb_source(r):
    if not r.get("incoming"):
        return None
    src = r.get("source") or ""
    # "xml/xml-from-isp-https" → "isp-https"; "guess" stays.
    return src.split("/")[-1].replace("xml-from-", "") or r.get("via")


def ours_source(r):
    return r["incoming"]["source"] if r.get("incoming") else None


def describe(incoming, outgoing, d, p):
    def one(side):
        proto, host, port, sec = side
        host = host.replace(p, "{provider}")
        if host.endswith(d):
            host = host[: -len(d)] + "{d}"
        return f"{proto.upper()} {host}:{port}/{sec.upper()}"

    parts = [one(s) for s in (incoming, outgoing) if s]
    if not parts:
        return "nothing"
    if not incoming:
        parts.insert(0, "no incoming")
    if not outgoing:
        parts.append("no outgoing")
    return ", ".join(parts)


def correct(incoming, outgoing, want):
    want_in, want_out = ({tuple(x) for x in w} for w in want)

    def ok(side, allowed):
        if not allowed:
            return side is None
        return side is not None and tuple(side[1:]) in allowed

    return ok(incoming, want_in) and ok(outgoing, want_out)


def summarise(records, side_of, source_of, expected):
    """Per scenario: median ms, min, max, the most common answer, and how many answers were right."""
    by = collections.defaultdict(list)
    for r in records:
        if r.get("kind") == "run" and not r.get("warmup"):
            by[r["scenario"]].append(r)
    out = {}
    for key, _ in SCENARIOS:
        runs = by.get(key, [])
        if not runs:
            out[key] = None
            continue
        answers = collections.Counter()
        right = 0
        for r in runs:
            d, p = domain(key, r["run"]), provider(r["run"])
            inc, outg = side_of(r.get("incoming")), side_of(r.get("outgoing"))
            text = describe(inc, outg, d, p)
            src = source_of(r)
            if src:
                text += f" [{src}]"
            answers[text] += 1
            right += correct(inc, outg, expected[d])
        ms = [r["ms"] for r in runs]
        out[key] = {
            "median": statistics.median(ms), "min": min(ms), "max": max(ms), "n": len(runs),
            "answers": answers, "right": right,
        }
    return out


def found_cell(s):
    (text, count), *others = s["answers"].most_common()
    mark = "✓" if s["right"] == s["n"] else ("✗" if s["right"] == 0 else f"✗ {s['right']}/{s['n']} right:")
    cell = f"{mark} {text}"
    if others:
        cell += f" (×{count}; also: " + "; ".join(f"{t} ×{c}" for t, c in others) + ")"
    return cell


def fmt_ms(v):
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def main(work, md_out, tb_version, ours_version, elapsed):
    with open(os.path.join(work, "expected.json")) as f:
        expected = json.load(f)
    tb = summarise(load(os.path.join(work, "tb.jsonl")), tb_side, tb_source, expected)
    ours = summarise(load(os.path.join(work, "ours.jsonl")), ours_side, ours_source, expected)
    missing = [k for k, _ in SCENARIOS if tb[k] is None or ours[k] is None]
    if missing:
        sys.exit(f"report: no results for {', '.join(missing)}")

    header = ["scenario", "Thunderbird found", "Thunderbird median ms", "ours found", "ours median ms",
              "ratio ours/TB"]
    rows, ratios = [], []
    for key, title in SCENARIOS:
        t, o = tb[key], ours[key]
        ratio = o["median"] / t["median"] if t["median"] > 0 else float("nan")
        ratios.append(ratio)
        rows.append([f"{key}: {title}", found_cell(t), fmt_ms(t["median"]), found_cell(o),
                     fmt_ms(o["median"]), f"{ratio:.3f}"])
    median_ratio = statistics.median(ratios)

    # Where our time goes: the process's own elapsed_ms (the lookup) against the wall clock.
    ours_records = load(os.path.join(work, "ours.jsonl"))
    internal = collections.defaultdict(list)
    for r in ours_records:
        if r.get("kind") == "run" and not r.get("warmup") and r.get("internal_ms") is not None:
            internal[r["scenario"]].append(r["internal_ms"])
    startup = [r["ms"] for r in ours_records if r.get("kind") == "startup"]

    spread = [["scenario", "Thunderbird min–max ms", "ours min–max ms", "ours elapsed_ms (own report), median",
               "runs TB / ours"]]
    for key, _ in SCENARIOS:
        t, o = tb[key], ours[key]
        own = fmt_ms(statistics.median(internal[key])) if internal[key] else "–"
        spread.append([key, f"{fmt_ms(t['min'])}–{fmt_ms(t['max'])}", f"{fmt_ms(o['min'])}–{fmt_ms(o['max'])}",
                       own, f"{t['n']} / {o['n']}"])

    def table(head, body):
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines)

    when = time.strftime("%Y-%m-%d %H:%M %Z")
    cpus = os.cpu_count()
    load1 = os.getloadavg()[0]
    text = "\n".join([
        f"Account discovery, Thunderbird {tb_version} vs `mailsetup` {ours_version} "
        f"(`benches/vs-thunderbird/run.sh`, {when}, {platform.machine()}, {cpus} CPUs, "
        f"load {load1:.1f} at the end; median of {tb[SCENARIOS[0][0]]['n']} runs each, "
        f"whole benchmark {elapsed:.0f} s):",
        "",
        table(header, rows),
        "",
        f"Median ratio ours/TB over the {len(SCENARIOS)} scenarios: **{median_ratio:.3f}** "
        f"(below 1: ours is faster).",
        "",
        "✓ = the right servers every run (✗ = not; {d} is the run's domain, {provider} the MX "
        "provider's). Thunderbird: `FindConfig.parallelAutoDiscovery` then `GuessConfig.guessConfig`, "
        "timed inside one process (start-up excluded); [source] is its config source. Ours: "
        "`mailsetup discover ADDRESS --json`, a fresh process each run, timed from start to exit; "
        "[source] is `incoming[0].source`.",
        "",
        table(spread[0], spread[1:]),
        "",
        f"Starting and ending the process alone (`mailsetup --version`) takes "
        f"{fmt_ms(statistics.median(startup))} ms (median of {len(startup)})." if startup else "",
        "",
    ])
    print(text)
    with open(md_out, "w") as f:
        f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:5], float(sys.argv[5]))
