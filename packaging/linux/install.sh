#!/bin/sh
# Put archive-app in this user's application menu (no root needed), from the unpacked folder:
#   ./install.sh            menu entry, icons, and ~/.local/bin/archive-app for the command line
#   ./install.sh --remove   take them out again (the archive itself is never touched)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.archiveapp.ArchiveApp
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$id.svg"
  for png in "$here"/share/icons/hicolor/*/apps/$id.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    rm -f "$data/icons/hicolor/$size/apps/$id.png"
  done
  [ -L "$bin/archive-app" ] && rm -f "$bin/archive-app"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  echo "archive-app: removed from the menu (your archive is still in $data/archive-app)"
  exit 0
fi

[ -x "$here/archive-app" ] || { echo "install.sh: run it from the unpacked archive-app folder" >&2; exit 1; }
mkdir -p "$data/applications" "$data/metainfo" "$bin"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$data/$(dirname "$icon")"
  cp "$here/share/$icon" "$data/$icon"
done
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
# The menu entry starts this very folder's executable.
sed -e "s|^Exec=.*|Exec=\"$here/archive-app\"|" -e "s|^TryExec=.*|TryExec=$here/archive-app|" \
    "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
ln -sf "$here/archive-app" "$bin/archive-app"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "archive-app: added to the menu; 'archive-app' works in a terminal if $bin is on your PATH"
