#!/usr/bin/env python3
# check-mime.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The plan MIME type: the shared-mime-info XML installs cleanly
# (update-mime-database into a temporary directory, no warnings), GIO then
# calls plans application/x-run-planner-plan by name or content and other
# JSON application/json, and the desktop file claims only plans.
# TAP output. Usage: check-mime.py MIME-XML DESKTOP-FILE TESTS-DATA-DIR

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLAN = "application/x-run-planner-plan"
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
n = 0
failures = 0


def tap(ok, name, detail=""):
    global n, failures
    n += 1
    failures += 0 if ok else 1
    print(("ok" if ok else "not ok") + f" {n} - {name}")
    for line in ([] if ok else str(detail).splitlines()):
        print("# " + line)


def content_type(env, path):
    out = subprocess.run(["gio", "info", "-a", "standard::content-type", path], env=env,
                         capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if "standard::content-type:" in line:
            return line.split(":", 3)[-1].strip()
    return out.stderr.strip()


def main():
    mime_xml, desktop, data = sys.argv[1:4]
    print("1..10")

    root = ET.parse(mime_xml).getroot()
    types = root.findall(NS + "mime-type")
    tap(len(types) == 1 and types[0].get("type") == PLAN, f"the XML defines {PLAN} alone",
        [t.get("type") for t in types])
    parents = [e.get("type") for e in types[0].iter(NS + "sub-class-of")]
    tap(parents == ["application/json"], "a sub-class of application/json", parents)

    with open(desktop) as f:
        mime_lines = [line.strip() for line in f if line.startswith("MimeType=")]
    tap(mime_lines == [f"MimeType={PLAN};"], "the desktop file claims plans only", mime_lines)

    tmp = tempfile.mkdtemp(prefix="check-mime-")
    try:
        packages = os.path.join(tmp, "share", "mime", "packages")
        os.makedirs(packages)
        shutil.copy(mime_xml, os.path.join(packages, "run-planner.xml"))
        out = subprocess.run(["update-mime-database", "-V", os.path.join(tmp, "share", "mime")],
                             capture_output=True, text=True)
        warnings = [line for line in out.stderr.splitlines()
                    if "error" in line.lower() or "warning" in line.lower()
                    or "unknown" in line.lower()]
        tap(out.returncode == 0 and not warnings, "update-mime-database takes it without a warning",
            out.stderr)

        env = dict(os.environ)
        env["XDG_DATA_DIRS"] = os.path.join(tmp, "share") + ":/usr/share"
        env["XDG_DATA_HOME"] = os.path.join(tmp, "home")
        env["GIO_USE_VFS"] = "local"
        with open(os.path.join(data, "good", "small.json")) as f:
            plan = f.read()
        files = {
            # What the app writes, under any name.
            "plan.json": (plan, PLAN),
            "week.runplan.json": (plan, PLAN),
            "no-extension": (plan, PLAN),
            # Written by hand.
            "compact.json": ('{"format":"run-planner-plan","version":1}', PLAN),
            "spaced.json": ('{\n  "format": "run-planner-plan"\n}\n', PLAN),
            # Other JSON stays JSON.
            "other.json": ('{"format": "something-else", "version": 1}\n', "application/json"),
        }
        for name, (text, expected) in files.items():
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(text)
            got = content_type(env, path)
            tap(got == expected, f"{name} is {expected}", f"got {got}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
