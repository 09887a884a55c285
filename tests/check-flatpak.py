#!/usr/bin/env python3
# check-flatpak.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Flatpak manifests (flatpak/*.json), without flatpak-builder or the
# network: each is on a supported GNOME runtime (50 or later: 45 is end of
# life), asks for exactly the wayland, fallback-x11, ipc and dri
# permissions (files go through the portals), fetches its other modules
# by checksum, and builds this source tree with meson: its config-opts
# configure this tree, and the configured build's app id, desktop file,
# metainfo and command are the manifest's. The Devel manifest is the same
# app with the .Devel id of -Ddevelopment=true. TAP output.
# Usage: check-flatpak.py SOURCE-ROOT

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MIN_RUNTIME = 50
ALLOWED_FINISH_ARGS = {"--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"}
APP_ID = "io.github.runplanner.RunPlanner"

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


def meson_option_names(source):
    with open(os.path.join(source, "meson_options.txt")) as f:
        return set(re.findall(r"option\('([^']+)'", f.read()))


def uses_libical(source):
    for top, _, names in os.walk(os.path.join(source, "src")):
        for name in names:
            if name == "meson.build":
                with open(os.path.join(top, name)) as f:
                    if re.search(r"dependency\(\s*'libical", f.read()):
                        return True
    return False


def configure(source, opts):
    """Configures source with the module's options and builds the files
    named after the app id; returns (build dir, error text)."""
    build = tempfile.mkdtemp(prefix="check-flatpak-")
    setup = subprocess.run(["meson", "setup", build, source, *opts],
                           capture_output=True, text=True)
    if setup.returncode != 0:
        return build, setup.stdout + setup.stderr
    with open(os.path.join(build, "config.h")) as f:
        app_id = re.search(r'#define APP_ID "([^"]+)"', f.read()).group(1)
    built = subprocess.run(["ninja", "-C", build, f"data/{app_id}.desktop",
                            f"data/{app_id}.metainfo.xml"], capture_output=True, text=True)
    return build, None if built.returncode == 0 else built.stdout + built.stderr


def check_manifest(source, path, expected_id, devel):
    name = os.path.basename(path)
    try:
        with open(path) as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        tap(False, f"{name} is JSON", e)
        for _ in range(6):
            tap(False, f"{name}: skipped")
        return

    tap(manifest.get("id") == expected_id and "app-id" not in manifest and
        ("devel" in manifest.get("tags", [])) == devel,
        f"{name}: id is {expected_id}" + (", tagged devel" if devel else ""),
        f"{manifest.get('id')} tags {manifest.get('tags')}")

    version = manifest.get("runtime-version", "")
    tap(manifest.get("runtime") == "org.gnome.Platform" and
        manifest.get("sdk") == "org.gnome.Sdk" and
        version.isdigit() and int(version) >= MIN_RUNTIME,
        f"{name}: org.gnome.Platform {version}, a supported runtime (>= {MIN_RUNTIME})",
        f"{manifest.get('runtime')} {version} / {manifest.get('sdk')}")

    args = manifest.get("finish-args", [])
    tap(len(args) == len(set(args)) and set(args) == ALLOWED_FINISH_ARGS,
        f"{name}: finish-args are exactly {' '.join(sorted(ALLOWED_FINISH_ARGS))}", args)

    modules = manifest.get("modules", [])
    app = modules[-1] if modules else {}
    others = modules[:-1]
    fetched = [s for m in others for s in m.get("sources", [])]
    tap(all(s.get("type") in ("archive", "file") and s.get("url", "").startswith("https://") and
            re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")) for s in fetched) and
        (not uses_libical(source) or any(m.get("name") == "libical" for m in others)),
        f"{name}: the other modules ({', '.join(m.get('name', '?') for m in others) or 'none'}) "
        "are fetched over https by sha256, libical among them if the build uses it",
        json.dumps(others, indent=1))

    sources = app.get("sources", [])
    tree = os.path.normpath(os.path.join(os.path.dirname(path), sources[0].get("path", ""))) \
        if len(sources) == 1 and sources[0].get("type") == "dir" else None
    opts = app.get("config-opts", [])
    names = {o[2:].split("=")[0] for o in opts if o.startswith("-D")}
    tap(app.get("name") == "run-planner" and app.get("buildsystem") == "meson" and
        tree == os.path.normpath(source) and names <= meson_option_names(source) and
        ("development=true" in {o[2:] for o in opts}) == devel,
        f"{name}: the last module builds this tree with meson and its own options {opts}",
        json.dumps(app, indent=1))

    build, error = configure(source, opts)
    try:
        if error is not None:
            tap(False, f"{name}: meson configures the tree with {opts}", error)
            tap(False, f"{name}: skipped")
            return
        with open(os.path.join(build, "config.h")) as f:
            built_id = re.search(r'#define APP_ID "([^"]+)"', f.read()).group(1)
        metainfo = ET.parse(os.path.join(build, "data", built_id + ".metainfo.xml")).getroot()
        launchable = metainfo.find("launchable")
        with open(os.path.join(build, "data", built_id + ".desktop")) as f:
            desktop = f.read()
        tap(built_id == expected_id and metainfo.findtext("id") == expected_id and
            launchable is not None and launchable.text == expected_id + ".desktop" and
            f"\nIcon={expected_id}\n" in desktop,
            f"{name}: meson configures it as {expected_id}: the desktop file, its icon and the "
            "metainfo carry the manifest's id", f"built {built_id}, metainfo "
            f"{metainfo.findtext('id')}")

        out = subprocess.run(["meson", "introspect", "--installed", build],
                             capture_output=True, text=True)
        installed = json.loads(out.stdout or "{}").values()
        command = manifest.get("command")
        tap(command and any(p.endswith("/bin/" + command) for p in installed),
            f"{name}: the command {command} is a program the build installs in bin",
            "\n".join(sorted(installed)))
    finally:
        shutil.rmtree(build, ignore_errors=True)


def main():
    source = os.path.abspath(sys.argv[1])
    print("1..15")
    directory = os.path.join(source, "flatpak")
    found = sorted(f for f in os.listdir(directory) if f.endswith(".json"))
    wanted = [APP_ID + ".json", APP_ID + ".Devel.json"]
    tap(found == sorted(wanted), f"flatpak/ holds the two manifests {wanted}", found)
    check_manifest(source, os.path.join(directory, wanted[0]), APP_ID, devel=False)
    check_manifest(source, os.path.join(directory, wanted[1]), APP_ID + ".Devel", devel=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
