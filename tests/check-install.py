#!/usr/bin/env python3
# check-install.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `meson install` into a DESTDIR, as a distribution package or Flatpak
# builds it: every file lands under DESTDIR, where the desktop expects it
# (the app and the CLI, the settings schema, the icons, the desktop file,
# the metainfo, the plan MIME type, the translations), the installed
# desktop file and metainfo validate as a tree, and nothing is written
# outside DESTDIR (the post-install steps that update system caches are
# skipped there, as meson does under DESTDIR). TAP output.
# Usage: check-install.py SOURCE-ROOT BUILD-ROOT (it builds what is not built)

import json
import os
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
    for line in ([] if ok else str(detail).splitlines()[-25:]):
        print("# " + line)
    sys.stdout.flush()


def run(*argv, **kwargs):
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def introspect(build, what):
    out = run("meson", "introspect", what, build)
    return json.loads(out.stdout or "null")


def options(build):
    return {o["name"]: o["value"] for o in introspect(build, "--buildoptions")}


def app_id_of(build):
    with open(os.path.join(build, "config.h")) as f:
        for line in f:
            if line.startswith("#define APP_ID "):
                return line.split('"')[1]
    return None


def linguas(source):
    try:
        with open(os.path.join(source, "po", "LINGUAS")) as f:
            return [w for line in f for w in line.split("#")[0].split()]
    except OSError:
        return []


def snapshot(paths):
    """The modification time of each path that exists (None if not)."""
    return {p: (os.stat(p).st_mtime_ns if os.path.exists(p) else None) for p in paths}


def main():
    source, build = sys.argv[1:3]
    opts = options(build)
    prefix = opts["prefix"]
    app_id = app_id_of(build)
    version = introspect(build, "--projectinfo")["version"]
    languages = linguas(source)

    def under(root, option, *parts):
        return os.path.join(root + prefix, opts[option], *parts)

    # System caches the post-install steps would update if they ran
    # outside DESTDIR (glib-compile-schemas, gtk-update-icon-cache).
    outside = [os.path.join(prefix, opts["datadir"], *p) for p in (
        ("glib-2.0", "schemas", "gschemas.compiled"),
        ("icons", "hicolor", "icon-theme.cache"),
        ("mime", "mime.cache"),
        ("applications", "mimeinfo.cache"),
    )] + [os.path.join(prefix, opts["bindir"], name) for name in ("run-planner", "run-planner-cli")]
    before = snapshot(outside)

    dest = tempfile.mkdtemp(prefix="check-install-")
    try:
        print("1..16")
        # Without --no-rebuild: `meson test` builds only what tests name as
        # their dependencies, and an install needs every installed target.
        out = run("meson", "install", "-C", build, "--destdir", dest)
        tap(out.returncode == 0, f"meson install --destdir {dest} succeeds",
            out.stdout + out.stderr)

        log = os.path.join(build, "meson-logs", "install-log.txt")
        with open(log) as f:
            installed = [line.strip() for line in f if not line.startswith("#") and line.strip()]
        stray = [p for p in installed if not p.startswith(dest + os.sep)]
        tap(installed and not stray, "every installed file is under DESTDIR (install-log.txt)",
            "\n".join(stray or ["install-log.txt is empty"]))
        ran = [line for line in out.stdout.splitlines() if line.startswith("Running custom install script")]
        tap(not ran and snapshot(outside) == before,
            "no post-install script ran and nothing outside DESTDIR changed",
            "\n".join(ran) + f"\nbefore: {before}\nafter: {snapshot(outside)}")

        for name in ("run-planner", "run-planner-cli"):
            path = under(dest, "bindir", name)
            tap(os.access(path, os.X_OK), f"{opts['bindir']}/{name} is installed and executable", path)
        # Leaks are other tests' business (a sanitizer build's LeakSanitizer
        # would fail this run at exit).
        cli_path = under(dest, "bindir", "run-planner-cli")
        cli = run(cli_path, "--help", env=dict(os.environ, ASAN_OPTIONS="detect_leaks=0")) \
            if os.access(cli_path, os.X_OK) else None
        tap(cli is not None and cli.returncode == 0 and "export" in cli.stdout,
            "the installed run-planner-cli runs (--help)",
            (cli.stdout + cli.stderr) if cli else "not installed")

        schemas = under(dest, "datadir", "glib-2.0", "schemas")
        compiled = tempfile.mkdtemp(prefix="check-install-schemas-")
        try:
            comp = run("glib-compile-schemas", "--strict", "--targetdir", compiled, schemas)
            keys = run("gsettings", "--schemadir", compiled, "list-keys", app_id)
            tap(os.path.exists(os.path.join(schemas, app_id + ".gschema.xml")) and
                comp.returncode == 0 and keys.returncode == 0 and keys.stdout.split(),
                f"{app_id}.gschema.xml is installed and compiles (--strict) with its keys",
                comp.stderr + keys.stderr)
        finally:
            shutil.rmtree(compiled, ignore_errors=True)

        icons = under(dest, "datadir", "icons", "hicolor")
        for sub, name in (("scalable", app_id + ".svg"), ("symbolic", app_id + "-symbolic.svg")):
            path = os.path.join(icons, sub, "apps", name)
            ok = os.path.exists(path)
            if ok:
                try:
                    ok = ET.parse(path).getroot().tag.endswith("svg")
                except ET.ParseError:
                    ok = False
            tap(ok, f"icons/hicolor/{sub}/apps/{name} is an installed SVG", path)

        desktop = under(dest, "datadir", "applications", app_id + ".desktop")
        check = run("desktop-file-validate", desktop) if os.path.exists(desktop) else None
        tap(check is not None and check.returncode == 0,
            f"applications/{app_id}.desktop is installed and validates",
            (check.stdout + check.stderr) if check else desktop)

        metainfo = under(dest, "datadir", "metainfo", app_id + ".metainfo.xml")
        check = run("appstreamcli", "validate", "--no-net", "--strict", metainfo) \
            if os.path.exists(metainfo) else None
        tap(check is not None and check.returncode == 0,
            f"metainfo/{app_id}.metainfo.xml is installed and validates",
            (check.stdout + check.stderr) if check else metainfo)

        # The metainfo, its desktop file and icon found together, as
        # software centres read an installed tree.
        tree = run("appstreamcli", "validate-tree", "--no-net", "--strict", dest + prefix)
        tap(tree.returncode == 0, "appstreamcli validate-tree --strict of the installed prefix",
            tree.stdout + tree.stderr)

        releases = []
        if os.path.exists(metainfo):
            releases = [r.get("version") for r in ET.parse(metainfo).getroot().iter("release")]
        tap(releases[:1] == [version],
            f"the metainfo's newest release is the project's version ({version})", releases)

        mime = under(dest, "datadir", "mime", "packages", app_id + ".xml")
        types = []
        if os.path.exists(mime):
            ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
            types = [t.get("type") for t in ET.parse(mime).getroot().iter(ns + "mime-type")]
        tap(types == ["application/x-run-planner-plan"],
            f"mime/packages/{app_id}.xml defines application/x-run-planner-plan", types)

        missing = [lang for lang in languages
                   if not os.path.exists(under(dest, "localedir", lang, "LC_MESSAGES",
                                               "run-planner.mo"))]
        tap(not missing, "a run-planner.mo for every language in po/LINGUAS "
            f"({' '.join(languages) or 'none listed yet'})", f"missing: {missing}")

        schema = under(dest, "datadir", "run-planner", "run-planner-plan.schema.json")
        try:
            with open(schema) as f:
                ok = "properties" in json.load(f)
        except (OSError, ValueError):
            ok = False
        tap(ok, "run-planner/run-planner-plan.schema.json is installed", schema)
    finally:
        shutil.rmtree(dest, ignore_errors=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
