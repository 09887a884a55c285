#!/bin/sh
# check-po.sh SOURCE_ROOT LANG: po/LANG.po is valid (msgfmt --check: format
# specifiers, plural forms, header) and complete against the sources as
# they are now: merged with a template extracted afresh from
# po/POTFILES.in (as `meson compile run-planner-pot` does, the glib
# preset's keywords), it has no untranslated and no fuzzy message.
# TAP output.
set -eu

root=$1
lang=$2
po="$root/po/$lang.po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "1..2"

if stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
  echo "ok 1 $lang.po: msgfmt --check: $stats"
else
  echo "$stats" | sed 's/^/# /'
  echo "not ok 1 $lang.po: msgfmt --check"
fi

# The glib preset of meson's i18n module (po/meson.build).
(cd "$root" && xgettext --package-name=run-planner -f po/POTFILES.in -D "$root" \
  -o "$tmp/run-planner.pot" --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format 2>"$tmp/xgettext.log")
msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/run-planner.pot"
stats=$(msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*)
    # Which ones: run `meson compile -C BUILD run-planner-update-po`.
    msgattrib --no-wrap --untranslated "$tmp/$lang.po" | grep '^msgid ' | sed '1d; s/^/# untranslated: /' | head -20
    msgattrib --no-wrap --only-fuzzy "$tmp/$lang.po" | grep '^msgid ' | sed '1d; s/^/# fuzzy: /' | head -20
    echo "not ok 2 $lang.po is complete against the sources: $stats"
    ;;
  *)
    echo "ok 2 $lang.po is complete against the sources: $stats"
    ;;
esac
