#!/usr/bin/env python3
"""Plays one conversation with a program through a pseudo-terminal, for tests/setup.rs.

Usage: pty_driver.py SCRIPT.json. The script (written by the Rust test) names the program, its
arguments and environment (plus the variables named in "inherit", taken from this process: the
D-Bus session the test started), a transcript file, and the steps, each a two-element list:

  ["expect", text]   wait until the program has written `text`
  ["send", text]     type `text` and Enter
  ["echo", bool]     check whether the terminal echoes what is typed right now
  ["interrupt", _]   press Ctrl-C

Then it waits for the program to end and prints {"status": exit code, "signal": signal} as JSON.
A step that fails prints what the program wrote so far and exits with 1.
"""

import json
import os
import sys

import pexpect


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        script = json.load(f)
    env = {k: os.environ[k] for k in script["inherit"] if k in os.environ}
    env.update(script["env"])
    with open(script["transcript"], "w", encoding="utf-8") as transcript:
        child = pexpect.spawn(
            script["program"],
            script["args"],
            env=env,
            encoding="utf-8",
            timeout=script["timeout"],
            dimensions=(40, 100),
        )
        child.logfile_read = transcript
        for number, (kind, value) in enumerate(script["steps"]):
            try:
                if kind == "expect":
                    child.expect_exact(value)
                elif kind == "send":
                    child.sendline(value)
                elif kind == "echo":
                    if child.getecho() != value:
                        raise AssertionError(f"echo is {not value}, wanted {value}")
                elif kind == "interrupt":
                    child.sendintr()
                else:
                    raise AssertionError(f"unknown step {kind}")
            except (pexpect.TIMEOUT, pexpect.EOF, AssertionError) as e:
                transcript.flush()
                print(f"step {number} {kind} {value!r} failed: {type(e).__name__} {e}", file=sys.stderr)
                print(f"the program wrote:\n{child.before}", file=sys.stderr)
                child.close(force=True)
                sys.exit(1)
        child.expect(pexpect.EOF)
        child.close()
    print(json.dumps({"status": child.exitstatus, "signal": child.signalstatus}))


if __name__ == "__main__":
    main()
