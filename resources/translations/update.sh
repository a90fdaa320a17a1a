#!/bin/sh
# Refresh the .ts sources from the code, then compile the .qm catalogues the package ships.
#   resources/translations/update.sh            (run from anywhere; uses the project venv)
# Source strings in the code are English. archive_app_vi.ts holds the Vietnamese; qt_vi.ts holds
# Vietnamese for Qt's own buttons and dialogs (Qt ships no Vietnamese catalogue); archive_app_en.ts
# only holds English plural forms.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
out="$root/archive_app/resources/translations"
cd "$root"
files=$(find archive_app/ui -name "*.py" | sort)
"$bin/pyside6-lupdate" $files -locations relative -no-obsolete -source-language en -target-language vi \
    -ts "$here/archive_app_vi.ts"
"$bin/pyside6-lupdate" $files -locations relative -no-obsolete -pluralonly -source-language en \
    -target-language en -ts "$here/archive_app_en.ts"
mkdir -p "$out"
"$bin/pyside6-lrelease" "$here/archive_app_vi.ts" "$here/qt_vi.ts" -qm "$out/archive_app_vi.qm"
"$bin/pyside6-lrelease" "$here/archive_app_en.ts" -qm "$out/archive_app_en.qm"
