#!/bin/sh
# Installs every Debian 12 package that Run Planner's build, app, tests,
# benchmarks and fuzzers need. Idempotent and non-interactive; run as root.
set -eu

packages="
  build-essential pkg-config meson ninja-build gettext desktop-file-utils
  appstream appstream-util libglib2.0-dev libglib2.0-bin libjson-glib-dev libcairo2-dev
  libpango1.0-dev libgtk-4-dev libadwaita-1-dev
  clang libclang-rt-14-dev valgrind
  xvfb xauth dbus dbus-x11 xdotool x11-utils imagemagick
  python3 python3-jsonschema python3-cairo python3-icalendar libical-dev
  adwaita-icon-theme hicolor-icon-theme librsvg2-common shared-mime-info
  gsettings-desktop-schemas libgl1-mesa-dri fonts-cantarell fonts-dejavu-core time
  faketime tzdata locales
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing (run as root)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends $missing
fi

# test-i18n runs the programs in German and Spanish: their locales must
# exist (Debian ships none generated). Listed in /etc/locale.gen too, so a
# later locale-gen keeps them.
for loc in de_DE es_ES; do
  if ! locale -a 2>/dev/null | grep -qix "$loc\.utf-\?8"; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "install-deps: locale $loc.UTF-8 is missing (run as root)" >&2
      exit 1
    fi
    if [ -f /etc/locale.gen ]; then
      sed -i "s/^# *\($loc\.UTF-8 UTF-8\)/\1/" /etc/locale.gen
      grep -qx "$loc.UTF-8 UTF-8" /etc/locale.gen || echo "$loc.UTF-8 UTF-8" >> /etc/locale.gen
    fi
    localedef -i "$loc" -f UTF-8 "$loc.UTF-8"
  fi
done
