#!/usr/bin/python3
# check-ics.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads a calendar exported by run-planner-cli with python3-icalendar, a
# parser that is not libical (which writes it): every workout an all-day
# event (DTSTART a date, DTEND the next day, floating), a UUID UID each,
# DTSTAMP in UTC, TRANSP TRANSPARENT, SEQUENCE; a moved workout keeps its
# UID with a higher SEQUENCE. Also the calendar file written on each save.
# Run by meson (test check-ics) with RP_CLI set; exits 77 (skipped)
# without python3-icalendar.

import datetime
import json
import os
import subprocess
import sys
import tempfile
import uuid

try:
    import icalendar
except ImportError:
    print('python3-icalendar is missing: skipped')
    sys.exit(77)

CLI = os.environ['RP_CLI']


def cli(directory, *args):
    result = subprocess.run([CLI, *args], cwd=directory, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit('run-planner-cli %s: exit %d: %s' % (' '.join(args), result.returncode, result.stderr))
    return result


def events(path):
    with open(path, 'rb') as f:
        data = f.read()
    if b'\r\n' not in data or data.replace(b'\r\n', b'').find(b'\n') >= 0:
        sys.exit('%s: lines must end in CRLF' % path)
    calendar = icalendar.Calendar.from_ical(data)
    if 'Run Planner' not in str(calendar['PRODID']) or str(calendar['VERSION']) != '2.0':
        sys.exit('%s: PRODID or VERSION' % path)
    return [c for c in calendar.walk('VEVENT')]


def workouts(plan_path):
    with open(plan_path, encoding='utf-8') as f:
        plan = json.load(f)
    found = {}
    for week in plan['weeks']:
        for day in week['days']:
            for w in day['workouts']:
                found[w['id']] = (datetime.date.fromisoformat(day['date']), w)
    return found


def check_event(event, plan):
    uid = str(event['UID'])
    uuid.UUID(uid)
    if uid not in plan:
        sys.exit('UID %s is no workout of the plan' % uid)
    day, workout = plan[uid]
    start = event['DTSTART'].dt
    end = event['DTEND'].dt
    # All-day: dates, not date-times (a datetime is a date too in Python).
    if isinstance(start, datetime.datetime) or isinstance(end, datetime.datetime):
        sys.exit('%s: DTSTART and DTEND must be dates' % uid)
    if event['DTSTART'].params.get('VALUE') not in (None, 'DATE') or 'TZID' in event['DTSTART'].params:
        sys.exit('%s: DTSTART must be a floating date' % uid)
    if start != day or end != day + datetime.timedelta(days=1):
        sys.exit('%s: %s..%s, expected %s and the next day' % (uid, start, end, day))
    stamp = event['DTSTAMP'].dt
    if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() != datetime.timedelta(0):
        sys.exit('%s: DTSTAMP must be a UTC time' % uid)
    if str(event['TRANSP']) != 'TRANSPARENT':
        sys.exit('%s: TRANSP must be TRANSPARENT' % uid)
    if int(event['SEQUENCE']) != workout.get('sequence', 0):
        sys.exit('%s: SEQUENCE %s, the plan has %s' % (uid, event['SEQUENCE'], workout.get('sequence', 0)))
    if ('LAST-MODIFIED' in event) != ('modified' in workout):
        sys.exit('%s: LAST-MODIFIED only for a changed workout' % uid)
    if not str(event['SUMMARY']) or not str(event['DESCRIPTION']):
        sys.exit('%s: SUMMARY and DESCRIPTION' % uid)


def main():
    with tempfile.TemporaryDirectory(prefix='check-ics-') as d:
        cli(d, 'new', 'plan.json', '--start', '2026-11-23', '--weeks', '3')
        cli(d, 'add', 'plan.json', '2026-11-25', 'tempo', '--distance', '10km',
            '--steps', '2km @ E, 6km @ T, 2km @ E', '--notes', 'Commas, semicolons; and “quotes”')
        cli(d, 'export', 'plan.json', '-o', 'before.ics')
        plan = workouts(os.path.join(d, 'plan.json'))
        before = events(os.path.join(d, 'before.ics'))
        if len(before) != len(plan):
            sys.exit('%d events for %d workouts' % (len(before), len(plan)))
        if len({str(e['UID']) for e in before}) != len(before):
            sys.exit('UIDs repeat')
        for e in before:
            check_event(e, plan)
        tempo = [e for e in before if str(e['SUMMARY']) == 'Tempo 10 km']
        if len(tempo) != 1:
            sys.exit('no event "Tempo 10 km"')
        description = str(tempo[0]['DESCRIPTION'])
        for part in ('Steps: ', 'Notes: Commas, semicolons; and “quotes”', 'Placed by you'):
            if part not in description:
                sys.exit('the tempo run\'s description lacks %r: %r' % (part, description))
        uid = str(tempo[0]['UID'])

        # Moved, through the calendar file each save writes.
        cli(d, 'set', 'plan.json', '--calendar-file', 'on')
        cli(d, 'move', 'plan.json', '2026-11-25', '2026-11-27')
        plan = workouts(os.path.join(d, 'plan.json'))
        after = events(os.path.join(d, 'plan.ics'))
        for e in after:
            check_event(e, plan)
        moved = [e for e in after if str(e['UID']) == uid]
        if len(moved) != 1:
            sys.exit('the moved workout is not the same event')
        if moved[0]['DTSTART'].dt != datetime.date(2026, 11, 27):
            sys.exit('the moved event is on %s' % moved[0]['DTSTART'].dt)
        if int(moved[0]['SEQUENCE']) <= int(tempo[0]['SEQUENCE']):
            sys.exit('SEQUENCE did not rise')
    print('ok')


if __name__ == '__main__':
    main()
