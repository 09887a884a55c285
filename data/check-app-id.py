#!/usr/bin/env python3
# check-app-id.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file named after the application id agrees with the APP_ID the
# binary is built with: the settings schema it looks up (a mismatch made
# the -Ddevelopment=true app exit at once), the desktop file and its icon,
# the metainfo, the resource icon and the installed icons. Checked in this
# build and in a -Ddevelopment=true one, which is configured and has its
# data files built (no compiling, so it takes seconds). TAP output.
# Usage: check-app-id.py SOURCE-ROOT BUILD-ROOT

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

n = 0
failures = 0


def tap(ok, name, detail=""):
    global n, failures
    n += 1
    failures += 0 if ok else 1
    print(("ok" if ok else "not ok") + f" {n} - {name}")
    for line in ([] if ok else str(detail).splitlines()[-20:]):
        print("# " + line)
    sys.stdout.flush()


def app_id_of(build):
    with open(os.path.join(build, "config.h")) as f:
        match = re.search(r'#define APP_ID "([^"]+)"', f.read())
    return match.group(1) if match else None


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError as e:
        return str(e)


def xml_text(path, tag):
    try:
        element = ET.parse(path).getroot().find(tag)
        return element.text if element is not None else None
    except (OSError, ET.ParseError) as e:
        return str(e)


def check_build(build, label):
    app_id = app_id_of(build)
    data = os.path.join(build, "data")
    tap(app_id is not None, f"{label}: config.h has APP_ID ({app_id})")

    schema = os.path.join(data, app_id + ".gschema.xml")
    ids = []
    if os.path.exists(schema):
        ids = [s.get("id") for s in ET.parse(schema).getroot().iter("schema")]
    tap(ids == [app_id], f"{label}: {app_id}.gschema.xml defines the schema {app_id}", ids)

    keys = subprocess.run(["gsettings", "--schemadir", data, "list-keys", app_id],
                          capture_output=True, text=True)
    tap(keys.returncode == 0 and "view" in keys.stdout.split(),
        f"{label}: the compiled schema has {app_id}, which the binary looks up", keys.stderr)

    desktop = read(os.path.join(data, app_id + ".desktop"))
    tap(f"\nIcon={app_id}\n" in desktop, f"{label}: {app_id}.desktop names the icon {app_id}",
        desktop)

    metainfo = os.path.join(data, app_id + ".metainfo.xml")
    tap(xml_text(metainfo, "id") == app_id and
        xml_text(metainfo, "launchable") == app_id + ".desktop",
        f"{label}: {app_id}.metainfo.xml has the id {app_id} and launches {app_id}.desktop",
        read(metainfo))

    resources = read(os.path.join(data, "io.github.runplanner.RunPlanner.gresource.xml"))
    tap(f'alias="icons/scalable/apps/{app_id}.svg"' in resources,
        f"{label}: the resource icon is {app_id}.svg", resources)

    out = subprocess.run(["meson", "introspect", "--installed", build],
                         capture_output=True, text=True)
    installed = {os.path.basename(p) for p in json.loads(out.stdout or "{}").values()}
    wanted = {app_id + ".svg", app_id + "-symbolic.svg", app_id + ".gschema.xml",
              app_id + ".desktop", app_id + ".metainfo.xml", app_id + ".xml"}
    tap(wanted <= installed, f"{label}: installed files are named after {app_id}",
        f"missing: {sorted(wanted - installed)}\n{out.stderr}")
    return app_id


def main():
    source, build = sys.argv[1:3]
    print("1..16")

    # The code looks the schema and the icon up by APP_ID, never by name.
    literal = []
    for top, _, names in os.walk(os.path.join(source, "src")):
        for name in names:
            if name.endswith((".c", ".h")):
                text = read(os.path.join(top, name))
                if '"io.github.runplanner.RunPlanner' in text:
                    literal.append(os.path.join(top, name))
    tap(not literal, "no source file spells the app id (they use APP_ID)", literal)

    check_build(build, "this build")

    devel = tempfile.mkdtemp(prefix="check-app-id-")
    try:
        setup = subprocess.run(["meson", "setup", devel, source, "-Ddevelopment=true",
                                "-Dgui_tests=false"], capture_output=True, text=True)
        app_id = app_id_of(devel) if setup.returncode == 0 else None
        targets = [f"data/{app_id}.desktop", f"data/{app_id}.metainfo.xml",
                   "data/gschemas.compiled"]
        built = subprocess.run(["ninja", "-C", devel, *targets], capture_output=True, text=True)
        tap(setup.returncode == 0 and built.returncode == 0 and app_id.endswith(".Devel"),
            f"a -Ddevelopment=true build configures and builds its data files ({app_id})",
            setup.stdout + setup.stderr + built.stdout + built.stderr)
        if app_id is None:
            for _ in range(7):
                tap(False, "skipped: the development build did not configure")
        else:
            check_build(devel, "development build")
    finally:
        shutil.rmtree(devel, ignore_errors=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
