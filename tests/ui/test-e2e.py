#!/usr/bin/env python3
# test-e2e.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end: starts the real run-planner binary on the X display of the
# test run (xvfb-run) with an empty HOME, drags a palette tile onto a day
# with real pointer events (xdotool), and checks the autosaved plan; drags
# the card with Ctrl held (a copy) and alone (a move); then adds and undoes
# a workout with the keyboard alone. TAP output; a skip
# without xdotool.
#
# Where to press: the binary has no test hook. The test preloads a
# test-only module (e2e-geometry.c, $RP_E2E_GEOMETRY_MODULE) that writes
# the window id and the centres of the palette tiles and day columns.

import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

RUN_PLANNER = os.environ.get("RUN_PLANNER", "run-planner")
TIMEOUT = 30.0
tests_run = 0
failures = 0


def tap(ok, name, detail=""):
    global tests_run, failures
    tests_run += 1
    if not ok:
        failures += 1
    print(("ok" if ok else "not ok") + f" {tests_run} - {name}")
    if detail and not ok:
        for line in detail.splitlines():
            print("# " + line)
    sys.stdout.flush()


def xdotool(*args):
    subprocess.run(["xdotool", *[str(a) for a in args]], check=True)


def wait_for(predicate, timeout=TIMEOUT, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


# "Today" for the app and for this test: the app runs under libfaketime
# (its clock starts at that date and runs on; monotonic time is left
# alone), so nothing here depends on the day the suite runs.
TODAY = datetime.date.fromisoformat(os.environ.get("RP_TEST_TODAY", "2027-03-28"))
LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"


def asan_runtime():
    """libasan, when the binary is sanitized: it must stay the first library
    loaded, so it goes before the preloaded module."""
    out = subprocess.run(["ldd", RUN_PLANNER], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0].startswith("libasan.so") and len(parts) > 2:
            return parts[2]
    return None


def write_setup_done(home):
    """GSettings' keyfile backend with first-start-done set: the first-start
    setup (a modal window over the day columns) stays away, as for a
    runner who answered it."""
    folder = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "keyfile"), "w") as f:
        f.write("[io/github/runplanner/RunPlanner]\nfirst-start-done=true\n")


class App:
    def __init__(self, home, unset=(), setup_done=False):
        self.home = home
        self.data = os.path.join(home, "data")
        self.geometry = os.path.join(home, "geometry.txt")
        preload = " ".join(p for p in (asan_runtime(), os.environ["RP_E2E_GEOMETRY_MODULE"],
                                       LIBFAKETIME, os.environ.get("LD_PRELOAD")) if p)
        self.plan = os.path.join(self.data, "run-planner", "plan.json")
        env = dict(os.environ)
        env.update({
            "HOME": home,
            "XDG_DATA_HOME": self.data,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "GSETTINGS_BACKEND": "keyfile" if setup_done else "memory",
            "GSK_RENDERER": "cairo",
            "RP_E2E_GEOMETRY": self.geometry,
            "LD_PRELOAD": preload,
            "FAKETIME": "@" + TODAY.isoformat() + " 09:00:00",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        })
        for name in unset:
            env.pop(name, None)
        if setup_done:
            write_setup_done(home)
        self.log = open(os.path.join(home, "app.log"), "w")
        self.proc = subprocess.Popen([RUN_PLANNER], env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT)

    def read_geometry(self):
        def parse():
            if not os.path.exists(self.geometry):
                return None
            points = {}
            with open(self.geometry) as f:
                for line in f:
                    parts = line.split()
                    if parts[0] == "window":
                        points["window"] = parts[1]
                    else:
                        points[(parts[0], parts[1])] = (int(parts[2]), int(parts[3]))
            return points if "window" in points else None
        return wait_for(parse)

    def read_plan(self):
        try:
            with open(self.plan) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def day_workouts(plan, iso):
    for week in plan.get("weeks", []):
        for day in week.get("days", []):
            if day["date"] == iso:
                return day.get("workouts", [])
    return []


def has(plan, iso, kind, pinned):
    return any(w["kind"] == kind and bool(w.get("pinned")) == pinned
               for w in day_workouts(plan, iso))


def next_day(iso):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


def drag(window, start, end, keys=()):
    """A real drag: press, move past the threshold in small steps, release;
    with keys (e.g. "ctrl") held from before the press to after the release."""
    xdotool("mousemove", "--window", window, start[0], start[1])
    time.sleep(0.2)
    for key in keys:
        xdotool("keydown", key)
    xdotool("mousedown", 1)
    time.sleep(0.1)
    steps = 12
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i // steps
        y = start[1] + (end[1] - start[1]) * i // steps
        xdotool("mousemove", "--window", window, x, y)
        time.sleep(0.05)
    time.sleep(0.3)
    xdotool("mouseup", 1)
    for key in keys:
        xdotool("keyup", key)


def shown_week_day(index):
    """The date of day column index: the app opens a new plan on this week,
    which starts on Monday by default."""
    return (TODAY + datetime.timedelta(days=index - TODAY.weekday())).isoformat()


def test_drag(app, points):
    # Tuesday of the shown week: Monday is the default rest day.
    target = shown_week_day(1)
    drag(points["window"], points[("tile", "kind-tempo")], points[("day", "1")])

    plan = wait_for(lambda: (lambda p: p if p and has(p, target, "tempo", True) else None)
                    (app.read_plan()))
    tap(plan is not None, "drag a tempo tile onto a day: pinned and autosaved",
        f"plan: {json.dumps(app.read_plan())[:2000]}")
    if plan is None:
        return None
    tap(has(plan, next_day(target), "recovery", False),
        "the next day gets the engine's recovery run",
        json.dumps(day_workouts(plan, next_day(target))))
    return target


def test_card_drags(app, points, dragged):
    """The tempo card dragged with Ctrl held is copied (GTK gives the drop
    COPY); dragged alone it moves (MOVE). The views only report the drop's
    action: the window's edit follows it."""
    thursday = shown_week_day(3)
    saturday = shown_week_day(5)
    drag(points["window"], points[("day", "1")], points[("day", "3")], keys=("ctrl",))
    plan = wait_for(lambda: (lambda p: p if p and has(p, thursday, "tempo", True) else None)
                    (app.read_plan()))
    tap(plan is not None and has(plan, dragged, "tempo", True),
        "a card dragged with Ctrl held is copied",
        json.dumps(app.read_plan())[:2000])
    drag(points["window"], points[("day", "3")], points[("day", "5")])
    plan = wait_for(lambda: (lambda p: p if p and has(p, saturday, "tempo", True) else None)
                    (app.read_plan()))
    tap(plan is not None and not has(plan, thursday, "tempo", True),
        "a card dragged alone is moved",
        json.dumps(app.read_plan())[:2000])
    # Back as it was for the keyboard test: two undos.
    xdotool("key", "--window", points["window"], "ctrl+z")
    time.sleep(0.5)
    xdotool("key", "--window", points["window"], "ctrl+z")
    wait_for(lambda: (lambda p: p if p and not has(p, saturday, "tempo", True)
                      and not has(p, thursday, "tempo", True) else None)(app.read_plan()))
    # The focus back on today (Ctrl+T), where a drag's click took it from.
    xdotool("key", "--window", points["window"], "ctrl+t")
    time.sleep(0.2)


def window_named(name):
    # Only a mapped window: GTK may create and drop helper windows that
    # carry the same title before the dialog is shown.
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                         capture_output=True, text=True)
    ids = out.stdout.split()
    return ids[-1] if ids else None


def test_keyboard(app, points, dragged):
    window = points["window"]
    xdotool("windowfocus", "--sync", window)
    time.sleep(0.3)

    # Undo the drag with Ctrl+Z: the file loses the tempo run.
    xdotool("key", "--window", window, "ctrl+z")
    plan = wait_for(lambda: (lambda p: p if p and not has(p, dragged, "tempo", True) else None)
                    (app.read_plan()))
    tap(plan is not None, "Ctrl+Z undoes the drop and the undo is autosaved")

    # Keyboard only: the focus starts on today; Right moves it a day, Insert
    # (or Shift+Ctrl+N; Ctrl+N is New Plan) opens the editor (tempo by
    # default), Ctrl+Enter saves.
    target = (TODAY + datetime.timedelta(days=1)).isoformat()
    xdotool("windowfocus", "--sync", window)
    xdotool("key", "--window", window, "Right")
    time.sleep(0.2)
    xdotool("key", "--window", window, "Insert")
    editor = wait_for(lambda: window_named("Add Workout"), timeout=10)
    if editor is None:
        tap(False, "Insert opens the editor for the focused day")
        return
    xdotool("windowfocus", "--sync", editor)
    time.sleep(0.3)
    # Real key events (XTEST) to the focused editor.
    xdotool("key", "--clearmodifiers", "ctrl+Return")
    plan = wait_for(lambda: (lambda p: p if p and has(p, target, "tempo", True) else None)
                    (app.read_plan()))
    tap(plan is not None, "keyboard only: Right, Insert, Ctrl+Enter add a tempo run tomorrow",
        json.dumps(day_workouts(app.read_plan() or {}, target)))

    xdotool("windowfocus", "--sync", window)
    time.sleep(0.2)
    xdotool("key", "--window", window, "ctrl+z")
    plan = wait_for(lambda: (lambda p: p if p and not has(p, target, "tempo", True) else None)
                    (app.read_plan()))
    tap(plan is not None, "keyboard only: Ctrl+Z removes it again")


def test_no_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["GDK_BACKEND"] = "x11,wayland"
    out = subprocess.run([RUN_PLANNER], env=env, capture_output=True, text=True, timeout=60)
    tap(out.returncode == 1 and "cannot open display; run it under xvfb-run" in out.stderr,
        "without a display: exit 1 with a hint",
        f"status {out.returncode}, stderr: {out.stderr}")


def test_no_schema():
    """Run uninstalled without GSETTINGS_SCHEMA_DIR, the app has no settings
    schema: it says so, and opens its window all the same."""
    home = tempfile.mkdtemp(prefix="rp-e2e-")
    app = App(home, unset=("GSETTINGS_SCHEMA_DIR",))
    try:
        points = app.read_geometry()
        running = app.proc.poll() is None
    finally:
        app.stop()
        with open(os.path.join(home, "app.log")) as f:
            log = f.read()
        shutil.rmtree(home, ignore_errors=True)
    tap(points is not None and running and "is not installed" in log,
        "without its settings schema: a note, and the window opens", log)


def main():
    if shutil.which("xdotool") is None:
        print("1..0 # SKIP xdotool not installed")
        return
    if not os.path.exists(LIBFAKETIME):
        print("1..0 # SKIP libfaketime not installed (Debian package faketime)")
        return
    print("1..9")
    test_no_display()
    test_no_schema()
    home = tempfile.mkdtemp(prefix="rp-e2e-")
    app = App(home, setup_done=True)
    try:
        points = app.read_geometry()
        if points is None or app.read_plan() is None:
            for _ in range(5):
                tap(False, "the app starts and writes its default plan")
            return
        dragged = test_drag(app, points)
        if dragged is None:
            for _ in range(5):
                tap(False, "skipped after a failed drag")
            return
        test_card_drags(app, points, dragged)
        test_keyboard(app, points, dragged)
    finally:
        app.stop()
        with open(os.path.join(home, "app.log")) as f:
            log = f.read()
        if failures:
            for line in log.splitlines()[-30:]:
                print("# app: " + line)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
