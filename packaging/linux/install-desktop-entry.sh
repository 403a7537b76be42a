#!/bin/sh
# Add 群主责任分析 to this user's application menu, pointing at this unpacked folder.
# Run it again after moving the folder; `./install-desktop-entry.sh --remove` takes the
# entry away. It writes only under ~/.local/share (or $XDG_DATA_HOME), nothing here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
entry="$data/applications/qunzhu-analyzer.desktop"
icon="$data/icons/hicolor/256x256/apps/qunzhu-analyzer.png"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "已从菜单中移除。Removed from the menu."
  exit 0
fi

if [ ! -x "$here/qunzhu-analyzer" ]; then
  echo "找不到 $here/qunzhu-analyzer：请在解压后的文件夹中运行本脚本。" >&2
  echo "$here/qunzhu-analyzer not found: run this script from the unpacked folder." >&2
  exit 2
fi

# The Exec key's quoting rules: inside double quotes, \ " ` $ are escaped with a
# backslash, and a desktop file's string escapes double every backslash again.
quoted=$(printf '%s' "$here/qunzhu-analyzer" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')

mkdir -p "$data/applications" "$(dirname "$icon")"
cp "$here/qunzhu-analyzer.png" "$icon"
sed -e "s|^Exec=.*|Exec=\"$(printf '%s' "$quoted" | sed 's/[|&]/\\&/g')\" %f|" \
    -e "s|^Icon=.*|Icon=$(printf '%s' "$icon" | sed 's/[|&\\]/\\&/g')|" \
    "$here/qunzhu-analyzer.desktop" > "$entry.tmp"
chmod 0644 "$entry.tmp"
mv "$entry.tmp" "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "已加入菜单：$entry"
echo "Added to the menu: $entry"
