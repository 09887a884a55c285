#!/usr/bin/python3
# check-schema.py
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validates plan files against data/run-planner-plan.schema.json with
# Debian's python3-jsonschema. Used by tests/test-plan-file.c.
#
#   check-schema.py [--expect-invalid] SCHEMA FILE...
#
# Exit 0 when every file is valid (or, with --expect-invalid, when every
# file is refused by the schema); 1 otherwise, naming the files.

import json
import sys

import jsonschema


def main(argv):
    expect_invalid = False
    if argv and argv[0] == '--expect-invalid':
        expect_invalid = True
        argv = argv[1:]
    if len(argv) < 2:
        print('usage: check-schema.py [--expect-invalid] SCHEMA FILE...', file=sys.stderr)
        return 2

    with open(argv[0], encoding='utf-8') as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())

    failed = 0
    for path in argv[1:]:
        with open(path, encoding='utf-8') as f:
            instance = json.load(f)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        if expect_invalid and not errors:
            print('%s: accepted by the schema, but should not be' % path)
            failed += 1
        elif not expect_invalid and errors:
            for error in errors[:5]:
                where = '/'.join(str(p) for p in error.path)
                print('%s: %s: %s' % (path, where, error.message))
            failed += 1
    print('%d files checked, %d failed' % (len(argv) - 1, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
