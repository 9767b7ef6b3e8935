#!/usr/bin/python3
"""Drives the real wizard window through AT-SPI alone, as a screen reader would, for tests/access.rs.

Usage (inside a D-Bus session of its own, under Xvfb): atspi_driver.py SCRIPT.json. The script names
the program, its arguments and environment, and the steps, each a list:

  ["find", role, name]        wait until a node with this role and name is in the window
  ["starts", role, prefix]    wait until a node with this role and a name starting so is there
  ["gone", role, name]        wait until no such node is there any more
  ["text", role, name, text]  the node's text (Text interface) is `text`
  ["hides", role, name, text] the node's text does not contain `text` (a password field)
  ["set", role, name, text]   set the field's text through the EditableText interface
  ["press", role, name]       do the node's first action (click) through the Action interface
  ["checked", role, name, b]  the node's CHECKED state is `b`
  ["exit", code]              wait for the program to end with this exit code
  ["dump"]                    print the window's tree to stderr (while writing a test)

Roles are AT-SPI role names ("heading", "entry", "password text", "push button", "check box",
"radio button", "label", "status bar"...). A step waits up to the script's timeout. A step that fails
prints the window's tree as the screen reader sees it and exits with 1. At the end it prints
{"steps": N} as JSON.

It first marks the accessibility bus enabled (org.a11y.Status.IsEnabled), as GNOME does when a
screen reader is turned on: without it AccessKit's adapter stays off, and the window builds no tree.
"""

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib


def enable_accessibility():
    subprocess.run(
        [
            "gdbus", "call", "--session",
            "--dest", "org.a11y.Bus",
            "--object-path", "/org/a11y/bus",
            "--method", "org.freedesktop.DBus.Properties.Set",
            "org.a11y.Status", "IsEnabled", "<true>",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def walk(node, depth=0):
    yield node, depth
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def application(name, process, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the window ended early with {process.returncode}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                # Read the window afresh each time: its nodes change as its pages do.
                app.set_cache_mask(Atspi.Cache.NONE)
                return app
        time.sleep(0.1)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def dump(app):
    lines = []
    for node, depth in list(walk(app)):
        states = node.getState().getStates()
        flags = [pyatspi.stateToString(s) for s in states
                 if s in (pyatspi.STATE_CHECKED, pyatspi.STATE_FOCUSED, pyatspi.STATE_SENSITIVE)]
        lines.append(f"{'  ' * depth}{node.getRoleName()} {node.name!r} {flags}")
    return "\n".join(lines)


def find(app, role, name):
    for node, _ in walk(app):
        if node.getRoleName() == role and node.name == name:
            return node
    return None


def text_of(node):
    try:
        t = node.queryText()
    except NotImplementedError:
        return None
    return t.getText(0, t.characterCount)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        script = json.load(f)
    timeout = script["timeout"]
    enable_accessibility()
    env = dict(os.environ)
    env.update(script["env"])
    process = subprocess.Popen([script["program"], *script["args"]], env=env)
    try:
        app = application(script["application"], process, timeout)
        for number, step in enumerate(script["steps"]):
            kind, args = step[0], step[1:]
            deadline = time.monotonic() + timeout
            while True:
                app.clear_cache()
                try:
                    ok, why = attempt(app, process, kind, args)
                except (NotImplementedError, GLib.Error) as e:
                    # A node that changed under us (an interface it gained, a page that left).
                    ok, why = False, f"{type(e).__name__} {e}"
                if ok:
                    break
                if time.monotonic() > deadline:
                    print(f"step {number} {step} failed: {why}\n--- the window, as AT-SPI shows it ---",
                          file=sys.stderr)
                    try:
                        print(dump(app), file=sys.stderr)
                    except Exception as e:  # the window may be gone
                        print(f"(no tree: {e})", file=sys.stderr)
                    sys.exit(1)
                time.sleep(0.1)
        print(json.dumps({"steps": len(script["steps"])}))
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(10)


def attempt(app, process, kind, args):
    """One try at a step: (done, why not)."""
    if kind == "dump":
        print(dump(app), file=sys.stderr)
        return True, ""
    if kind == "exit":
        code = process.poll()
        if code is None:
            return False, "the window is still open"
        return code == args[0], f"it ended with {code}"
    role, name = args[0], args[1]
    if kind == "starts":
        for node, _ in walk(app):
            if node.getRoleName() == role and (node.name or "").startswith(name):
                return True, ""
        return False, f"no {role} named {name!r}..."
    node = find(app, role, name)
    if kind == "gone":
        return node is None, "it is still there"
    if node is None:
        return False, f"no {role} named {name!r}"
    if kind == "find":
        return True, ""
    if kind == "text":
        t = text_of(node)
        return t == args[2], f"its text is {t!r}"
    if kind == "hides":
        t = text_of(node) or ""
        return args[2] not in t and args[2] not in (node.description or ""), f"it exposes {t!r}"
    if kind == "set":
        node.queryEditableText().setTextContents(args[2])
        return True, ""
    if kind == "press":
        if not node.getState().contains(pyatspi.STATE_SENSITIVE):
            return False, "it cannot be pressed yet"
        node.queryAction().doAction(0)
        return True, ""
    if kind == "checked":
        checked = node.getState().contains(pyatspi.STATE_CHECKED)
        return checked == args[2], f"checked is {checked}"
    raise SystemExit(f"unknown step {kind}")


if __name__ == "__main__":
    main()
